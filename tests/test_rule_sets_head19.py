"""Families above the story and on pages of chrome alone: a menu whose items a site parts with
divider lines. The same shapes in the story's own lines stay. Every page here is written for
the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


def test_a_menu_parted_by_dividers_goes_with_its_dividers():
    menu = ["Valley Courier Home", "--", "--", "Classifieds", "--", "News", "--", "--", "Sports", "--"]
    kept, rules = kept_and_rules(["| | | |", *menu, *STORY])
    assert kept == STORY
    assert "en-menu-run" in rules and "lone-divider" in rules


def test_a_section_break_between_the_story_s_short_lines_stays():
    # A poem's stanzas parted by a divider: labels in shape, but no chrome and no menu word.
    text = [*STORY, "Grey Water", "Low Tide", "--", "Salt Wind", "Night Boat",
            "The ferry came back at dusk, and the harbour lights went on one by one along the quay."]
    assert kept_and_rules(text)[0] == text
