"""page-site-branding (rules/page.yaml): the site's name block above the story, named by its
element (masthead, logo, site title, site name, site description), on pages written for these
tests; the same words round the story, round a part of it, or on its title leave its lines alone."""

import pytest

from cleaner import Cleaner
from conftest import removed_by
from test_matching_page_rules import STORY

TITLE = "Night trams return to Basel"


def page(head: str, body: str = "", wrapper: str = "post-body") -> str:
    """A blog post: ``head`` above the story, in the wrapper trafilatura keeps (as an old layout's
    table cell keeps its head), ``body`` between the story's second and third paragraphs."""
    first = "\n".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "\n".join(f"<p>{p}</p>" for p in STORY[2:])
    return (f'<!DOCTYPE html><html lang="en"><head><title>{TITLE}</title></head><body>'
            f'<div class="page"><div class="{wrapper}">{head}<h1>{TITLE}</h1>\n{first}\n{body}\n{rest}\n'
            '</div></div></body></html>')


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def story_whole(result) -> bool:
    return all(p in result.text for p in STORY) and TITLE in result.text


def test_a_blog_s_name_and_tagline_in_its_masthead_go(cleaner):
    head = ('<div id="masthead"><div class="blog-name"><p>The Tram Notebook</p></div>'
            '<div class="blurb"><p>Notes from the last stop</p></div></div>')
    result = cleaner.clean_html(page(head))
    assert removed_by(result, "page-site-branding") == ["The Tram Notebook", "Notes from the last stop"]
    assert story_whole(result)


@pytest.mark.parametrize("box", ["site-title", "siteName", "site_description", "logo"])
def test_the_site_s_name_by_its_box_s_name_goes(cleaner, box):
    head = f'<div class="{box}"><p>Rhine Valley Courier</p></div>'
    result = cleaner.clean_html(page(head))
    assert removed_by(result, "page-site-branding") == ["Rhine Valley Courier"]
    assert story_whole(result)


def test_the_page_s_title_in_the_masthead_stays(cleaner):
    # The post's own title set in the head's box is the page's h1: no name block's line.
    head = f'<div class="masthead"><h1>{TITLE}</h1><p>The Tram Notebook</p></div>'
    html = page(head).replace(f"<h1>{TITLE}</h1>\n<p>", "<p>", 1)
    result = cleaner.clean_html(html)
    assert TITLE in result.text
    assert removed_by(result, "page-site-branding") == ["The Tram Notebook"]


def test_a_post_s_title_and_subtitle_in_a_theme_s_masthead_stay(cleaner):
    # A blog theme's post page: the post's heading block (title h1, subtitle h2) in a header classed masthead.
    subtitle = "A winter of broken engines and one very stubborn gull on the slipway"
    head = (f'<header class="masthead"><div class="post-heading"><h1>{TITLE}</h1>'
            f'<h2 class="subheading">{subtitle}</h2></div></header>')
    html = page(head).replace(f"<h1>{TITLE}</h1>\n<p>", "<p>", 1)
    result = cleaner.clean_html(html)
    assert TITLE in result.text and subtitle in result.text
    assert removed_by(result, "page-site-branding") == []


def test_a_masthead_round_the_whole_story_is_the_article_s(cleaner):
    # A magazine that names its issue's wrapper "masthead-issue": it holds the text, so it is the article.
    result = cleaner.clean_html(page("", body="<p>Photographs by the readers</p>", wrapper="masthead-issue"))
    assert removed_by(result, "page-site-branding") == []
    assert "Photographs by the readers" in result.text
    assert story_whole(result)


def test_a_logo_box_inside_the_story_stays(cleaner):
    # A story about the tram company's logo shows its versions between its paragraphs: the story's own.
    body = ('<div class="logo-versions"><p>The 1968 logo, a blue wheel</p>'
            '<p>The 1994 logo, a red line</p></div>')
    result = cleaner.clean_html(page("", body=body))
    assert removed_by(result, "page-site-branding") == []
    assert "The 1968 logo, a blue wheel" in result.text and "The 1994 logo, a red line" in result.text
    assert story_whole(result)


def test_text_mode_is_left_alone(cleaner):
    result = cleaner.clean("The Tram Notebook\n\n" + "\n\n".join(STORY))
    assert removed_by(result, "page-site-branding") == []
