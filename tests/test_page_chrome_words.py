"""page-chrome-section's words for a blog's calendar, a comment system's "talkback" and a forum
post's user info (rules/page.yaml), on pages written for these tests: the boxes go, and the same
words round the article, or round a list the article holds, leave its lines alone."""

import pytest

from cleaner import Cleaner
from test_matching_page_rules import STORY


def page(*blocks: str, wrapper: str = "post-body") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head><body>'
            f'<div class="site"><div class="{wrapper}"><h1>Night trams return to Basel</h1>\n{paragraphs}\n'
            + "\n".join(blocks) + "</div></div></body></html>")


def removed_by(result, rule_id: str) -> list[str]:
    return [r.text.strip() for r in result.removals if r.rule_id == rule_id]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_blog_s_calendar_goes(cleaner):
    days = "".join(f"<td>{d}</td>" for d in range(1, 8))
    calendar = ('<div id="wp-calendar"><p>November 2026</p><table><tr><td>Mon</td><td>Tue</td><td>Wed</td>'
                f'<td>Thu</td><td>Fri</td><td>Sat</td><td>Sun</td></tr><tr>{days}</tr></table></div>')
    result = cleaner.clean_html(page(calendar))
    assert "November 2026" in removed_by(result, "page-chrome-section")
    assert "November 2026" not in result.text
    assert all(p in result.text for p in STORY)


def test_a_talkback_s_names_and_stamps_go_and_the_comments_are_judged_apart(cleaner):
    talkback = ('<div id="talkback"><p class="tb-name">Anna K.</p><p class="tb-stamp">Jun 28, 2026, 5:13 PM</p>'
                '<p class="tb-name">Marc B.</p><p class="tb-stamp">Jun 28, 2026, 4:49 PM</p></div>')
    result = cleaner.clean_html(page(talkback))
    assert removed_by(result, "page-chrome-section") == ["Anna K.", "Jun 28, 2026, 5:13 PM", "Marc B.",
                                                         "Jun 28, 2026, 4:49 PM"]
    assert all(p in result.text for p in STORY)


def test_a_forum_writer_s_user_info_goes(cleaner):
    post = ('<div class="post"><div class="userinfo"><p>tramfan</p><p>Senior member</p><p>Basel, Switzerland</p>'
            '</div><div class="message"><p>I rode the first night tram last Friday and it was '
            'full of students going home from the concert at the stadium.</p></div></div>')
    result = cleaner.clean_html(page(post))
    assert removed_by(result, "page-chrome-section") == ["tramfan", "Senior member", "Basel, Switzerland"]
    assert all(p in result.text for p in STORY)


@pytest.mark.parametrize("wrapper", ["calendar-story", "talkback-column", "userinfo-page"])
def test_the_words_round_the_article_leave_it_alone(cleaner, wrapper):
    # The element holding the story is the article's, whatever its class says, and so are its short lines.
    steps = "".join(f"<p>{s}</p>" for s in ("Buy a night pass", "Check the timetable", "Board at the front door"))
    result = cleaner.clean_html(page(steps, wrapper=wrapper))
    assert not [r for r in result.removals if r.rule_id.startswith("page-")]
    assert all(p in result.text for p in STORY)
    assert "Check the timetable" in result.text


def test_a_dated_list_of_events_in_the_article_stays(cleaner):
    # An events list the story prints (no calendar box round it) is the story's.
    events = ('<div class="events"><p>Opening night: 3 July</p><p>Student week: 10 July</p>'
              '<p>Review meeting: 4 August</p></div>')
    result = cleaner.clean_html(page(events))
    assert "Student week: 10 July" in result.text
    assert removed_by(result, "page-chrome-section") == []
