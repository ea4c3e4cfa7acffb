"""What a site prints under the article's last line, in its last lines: a call to comment left
without its form, a link to report a problem or answer an advert, the site's owner and its ban
on copying, the page's own address, a link to its privacy policy, a newsletter's offer, a stamp
of the page's last change, a network's popular topics on one line, a report form's questions and
a serial's links to its chapters. Under a story they go; a text using the same words for itself
keeps them. Every text here is written for the test."""

import pytest

from conftest import HARBOUR_STORY, clean_lines

STORY = [
    *HARBOUR_STORY,
    "The council will decide in the spring whether to build a second berth for the larger boats.",
]

FOOT = {
    "en-tail-comment-call": ["Be the first to share your thoughts!", "Have your say on this article"],
    "en-feedback-link": ["Report delivery problems", "Reply to this listing"],
    "en-site-maker-credit": ["This site is managed by Example Media Ltd.",
                             "No part of this site may be reproduced without written permission."],
    "en-page-address": ["URL to this page: http://www.example.com/walks/coast.html"],
    "en-policy-link": ["Example Online Privacy Policy"],
    "en-newsletter-offer": ["Sign-up To Our Newsletter And Get A Free Guide"],
    "en-popular-on-menu": ["Popular on Example Network: Phones|Games|TV Listings|Free Music"],
    "en-foot-update-stamp": ["Last update: 16 May 2005"],
    "en-report-reason": ["Why is this comment inappropriate?", "What is the duplicate post?"],
    "en-chapter-pager": ["Previous Chapter - Chapter 4", "Next ->"],
}


def _kept(lines: list[str]) -> None:
    result = clean_lines(lines)
    assert result.text == "\n".join(lines) + "\n", [r.rule_id for r in result.removals]
    assert clean_lines(result.text.splitlines()).text == result.text


@pytest.mark.parametrize("rule_id", sorted(FOOT))
def test_the_foot_goes_and_the_story_stays(rule_id):
    result = clean_lines([*STORY, *FOOT[rule_id]])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {rule_id}
    assert clean_lines(result.text.splitlines()).text == result.text


def test_the_whole_foot_goes_at_once():
    foot = [line for lines in FOOT.values() for line in lines]
    result = clean_lines([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"


def test_a_privacy_policy_page_keeps_its_heading():
    _kept([
        *STORY,
        "Privacy Notice",
        "We keep your name and address only to send you the newsletter you asked for.",
        "We never share them, and you can ask us to delete them at any time.",
    ])


def test_the_same_words_in_the_story_stay():
    _kept([
        *STORY,
        "Be the first to comment on the plans, the council urged residents in a leaflet.",
        "Report delivery problems to the depot, not to the driver, the notice on the quay says.",
        "The site was designed by a Dutch architect in 1931 and has not changed since.",
        "Last update: the bridge reopens on 16 May 2005, a week late.",
    ])


def test_the_foot_stamp_is_read_in_the_last_lines_only():
    # Far from the foot, a story's own stamp of its last change is its byline's: the head's
    # rules judge it, not this one.
    result = clean_lines(["Last updated June 3, 1999", *STORY, *STORY])
    assert "en-foot-update-stamp" not in {r.rule_id for r in result.removals}
