"""A site's greeting joined to the day's date, and the arrows and dots its menus leave behind,
go from above the story; a greeting that is a sentence, a poem's marks and a Markdown heading's
underline stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


_clean = kept_and_rules


def test_a_welcome_banner_with_the_date_goes():
    for banner in ("Welcome to Example Weekly • Monday, March 3, 2014", "| Welcome Example College |  | 03-Mar-2014 |"):
        kept, rules = _clean([banner, *STORY])
        assert kept == STORY
        assert "en-welcome-date-banner" in rules


def test_a_welcome_that_is_a_sentence_stays():
    lines = ["Welcome to the valley, where the fair opens on Monday, March 3, 2014.", *STORY[1:]]
    assert _clean(lines)[0] == lines
    # A post titled "Welcome" over its own date on the next line is the post's.
    lines = ["Welcome", "Monday, March 3, 2014", *STORY[1:]]
    assert _clean(lines)[0][0] == "Welcome"


def test_arrows_and_dots_above_the_story_go():
    kept, rules = _clean(["»", STORY[0], "·", *STORY[1:]])
    assert kept == STORY
    assert "head-symbol-line" in rules


def test_a_mark_under_the_first_paragraph_stays():
    lines = [*STORY[:2], ".", STORY[2]]
    assert _clean(lines)[0] == lines


def test_a_markdown_underline_and_a_section_break_stay():
    lines = ["Ferry timetable", "--", *STORY[1:2], "***", STORY[2]]
    assert _clean(lines)[0] == lines
