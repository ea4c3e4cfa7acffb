"""Chrome after the article's end named by its element (issue #19, twelfth round): a blog's
sidebar widgets, a forum's similar threads, a comment form, a site's promotion boxes (page rule
page-tail-widget in rules/page.yaml), on pages written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY, removed_by

STORY = FERRY_PIER_STORY


def page(*blocks: str, title: str = "Kettleness pier to be rebuilt") -> str:
    """A blog post: the story's paragraphs, then ``blocks`` under them in the post's element."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>' + title + '</title></head><body>'
            '<div class="site"><div class="post-body"><h1>' + title + '</h1>\n'
            f"{paragraphs}\n" + "\n".join(blocks) + "\n</div></div></body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_blog_s_recent_posts_and_a_promotion_box_go(cleaner):
    recent = ('<div class="recentPosts"><h3>This week on the blog</h3><ul>'
              "<li>Low tide walks on the north shore</li><li>The seal colony in winter</li>"
              "<li>A new timetable for the island boat</li></ul></div>")
    puff = ('<div class="puffbox"><p>Win a night at the lighthouse</p>'
            "<p>Our guide to the coast path, free with Saturday's paper</p></div>")
    result = cleaner.clean_html(page(recent, puff))
    removed = removed_by(result, "page-tail-widget")
    assert removed == ["This week on the blog", "- Low tide walks on the north shore", "- The seal colony in winter",
                       "- A new timetable for the island boat", "Win a night at the lighthouse",
                       "Our guide to the coast path, free with Saturday's paper"]
    assert all(p in result.text for p in STORY)


def test_a_forum_s_similar_threads_go(cleaner):
    similar = ('<table id="similarthreads"><tr><td>Pier closures this winter</td><td>harbourfan</td></tr>'
               "<tr><td>Electric boats on the estuary</td><td>seawall</td></tr></table>")
    result = cleaner.clean_html(page(similar))
    removed = removed_by(result, "page-tail-widget")
    assert any("Electric boats on the estuary" in line for line in removed)
    assert all(p in result.text for p in STORY)


def test_a_box_of_the_same_name_between_the_story_s_paragraphs_is_no_tail_widget(cleaner):
    # An editor's pick set inside the story, the story going on under it: where: after takes only
    # what stands below the last paragraph.
    pick = ('<div class="editors-choice"><p>Editor\'s choice</p><p>The lighthouse keeper\'s diary</p>'
            "<p>Photographs of the storm</p></div>")
    later = ("The harbour board will publish the plans at the library in March, and residents may "
             "comment on them there or by letter until the end of April.")
    html = ('<!DOCTYPE html><html lang="en"><head><title>Pier</title></head><body><div class="post-body">'
            "<h1>Pier</h1>\n" + "\n".join(f"<p>{p}</p>" for p in STORY) + f"\n{pick}\n<p>{later}</p>\n"
            "</div></body></html>")
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-tail-widget") == []
    assert later in result.text
    # The pick's headlines under its heading are other stories: if they go, it is as the lines of
    # the box its heading opened (tail-box-lines), named in the audit, not as a widget of the page.
    gone = [r.text for r in result.removals if r.text in ("The lighthouse keeper's diary", "Photographs of the storm")]
    assert all(r.rule_id == "tail-box-lines" for r in result.removals if r.text in gone)


def test_a_page_whose_text_is_the_list_keeps_it(cleaner):
    # A blog's archive page: the element named recent-posts holds the whole text; it is the article.
    entries = [f"{title}: the week's notes from the harbour, the boats and the weather on the pier." for title in
               ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
    html = ('<!DOCTYPE html><html lang="en"><head><title>Archive</title></head><body>'
            '<div class="recent-posts"><h1>This week on the harbour</h1>'
            + "".join(f"<p>{entry}</p>" for entry in entries) + "</div></body></html>")
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-tail-widget") == []
    assert all(entry in result.text for entry in entries)
