"""page-lone-link (kind page_lone_link, matching/page_rules.py): a link of one word alone beside the
article (a section's name, a menu's last item) goes once the other rules have settled; a one-word
link inside the article's element, one in a box of text, a link of two words and a link to another
site stay. Every page here is written for the test and extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY

STORY = FERRY_PIER_STORY
URL = "https://example.org/news/pier.html"


def _page(aside: str = "", inside: str = "", below: str = "") -> str:
    # Classes that name no chrome: only the links and the layout tell the cells apart.
    paragraphs = "".join(f"<p>{p}</p>\n" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Pier</title></head><body><table><tr>'
            f'<td class="col-a">{aside}</td>'
            f'<td class="col-b"><h1>Ferry pier to be rebuilt</h1>\n{paragraphs}{inside}</td></tr>'
            f'<tr><td class="col-c">{below}</td></tr></table></body></html>')


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def _removed(result, rule_id: str = "page-lone-link") -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


def test_a_section_link_beside_the_story_goes(cleaner):
    result = cleaner.clean_html(_page(aside='<a href="/travel/">Travel</a>'), url=URL)
    assert _removed(result) == ["Travel"]
    assert all(p in result.text for p in STORY)
    assert {r.family for r in result.removals if r.rule_id == "page-lone-link"} == {"box"}


def test_a_link_below_the_story_goes(cleaner):
    result = cleaner.clean_html(_page(below='<a href="/forum/">Forum</a>'), url=URL)
    assert _removed(result) == ["Forum"]


def test_a_link_inside_the_article_stays(cleaner):
    # A tag under the story, in the story's own element.
    result = cleaner.clean_html(_page(inside='<p><a href="/tag/harbour/">Harbour</a></p>'), url=URL)
    assert _removed(result) == []
    assert "Harbour" in result.text.split("\n")


def test_a_linked_name_over_a_box_of_text_stays(cleaner):
    box = ('<p><a href="/about/anna/">Anna</a></p>'
           "<p>Anna writes about the coast and its towns for the paper every week.</p>")
    result = cleaner.clean_html(_page(aside=box), url=URL)
    assert _removed(result) == []
    assert "Anna" in result.text.split("\n")


def test_a_link_of_two_words_stays(cleaner):
    result = cleaner.clean_html(_page(aside='<a href="/travel/">Travel news</a>'), url=URL)
    assert _removed(result) == []


def test_a_link_to_another_site_is_no_link_here(cleaner):
    # A source the story names, on another site: not link text (page_walk).
    result = cleaner.clean_html(_page(aside='<a href="https://harbour.example.com/">Harbourmaster</a>'), url=URL)
    assert _removed(result) == []


def test_it_is_idempotent(cleaner):
    once = cleaner.clean_html(_page(aside='<a href="/travel/">Travel</a>'), url=URL).text
    assert cleaner.clean(once, lang="en").text == once


def test_text_mode_has_no_page(cleaner):
    text = "\n".join(["Travel", *STORY]) + "\n"
    assert _removed(cleaner.clean(text, lang="en")) == []


def test_its_parameters_are_read_from_yaml():
    from cleaner.rules.loader import parse_rule_file

    body = ("structure:\n  - id: my-lone-link\n    kind: page_lone_link\n    description: a link alone\n"
            "    article_held: 50%\n    linked: 70%\n    max_words: 2\n    family: box\n")
    rule = parse_rule_file(body, "my/page.yaml", "page").structure[0]
    assert (rule.article_held, rule.linked, rule.max_words, rule.link_share, rule.family) == (0.5, 0.7, 2, 0.8, "box")


def test_it_needs_article_held():
    from cleaner.rules.loader import parse_rule_file
    from cleaner.rules.model import RuleError

    body = "structure:\n  - id: my-lone-link\n    kind: page_lone_link\n    description: a link alone\n"
    with pytest.raises(RuleError, match="article_held"):
        parse_rule_file(body, "my/page.yaml", "page")


def test_a_menu_of_one_word_links_is_its_runs_rule(cleaner):
    # It runs once the rounds have settled: the menu's rule takes the run whole, none is left to it.
    items = ["Travel", "Weather", "Schools", "Clubs", "Letters", "Jobs"]
    menu = "".join(f'<li><a href="/{item.lower()}/">{item}</a></li>' for item in items)
    result = cleaner.clean_html(_page(aside=f"<ul>{menu}</ul>"), url=URL)
    assert _removed(result) == []
    assert not any(item in result.text.split("\n") for item in items)


def test_a_sections_linked_heading_over_its_paragraphs_stays(cleaner):
    # review28: the first section holds over half the text (the "article"); the second opens on a
    # heading linked to its own page, over the section's prose. A digest's item heading is the text's.
    first = "".join(f"<p>{p}</p>" for p in STORY)
    html = ('<!DOCTYPE html><html lang="en"><head><title>Pier</title></head><body><article>'
            f'<h1>Ferry pier to be rebuilt</h1><section id="start">{first}</section>'
            '<section id="later"><h2><a href="/news/pier/timber">Timber</a></h2>'
            '<p>The new deck will be laid in oak from the estate, seasoned for two winters in the old mill.</p>'
            '</section></article></body></html>')
    result = cleaner.clean_html(html, url=URL)
    assert _removed(result) == []
    assert "Timber" in result.text.splitlines()
    assert cleaner.clean_html(html, url=URL).text == result.text
