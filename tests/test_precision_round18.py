"""Article lines the rules took on real pages, and false removals an attack found, guarded
(issue #19, precision first): a story's credit at its foot is no menu item.

Every text here was written for these tests."""

import pytest

from cleaner import Cleaner

CLEANER = Cleaner()

STORY = ("Harbour Board Approves New Ferry Terminal\n"
         "The harbour board approved the new ferry terminal on Tuesday after a debate that lasted all afternoon.\n"
         "Work on the terminal will begin in the spring and should take about two years, the chairman said.\n"
         "The terminal will serve the island routes and a new fast service to the city, opening next summer.\n")
TOOLS = "Share this article\nPrint this article\nEmail this article\n"


def removed(text, lang="en"):
    return [(r.rule_id, r.text.strip()) for r in CLEANER.clean(text, lang=lang).removals]


@pytest.mark.parametrize("credit", ["Written By MARA LINDQVIST", "Reported by Jonas Weber", "Associated Press"])
def test_a_storys_credit_over_the_page_tools_is_no_menu_item(credit):
    gone = removed(STORY + credit + "\n" + TOOLS)
    assert not any(rule == "en-menu-run" for rule, _ in gone)
    assert ("en-page-tools", "Print this article") in gone


def test_a_menu_under_the_credit_and_the_tools_still_goes():
    gone = removed(STORY + "Written By MARA LINDQVIST\n" + TOOLS + "News\nSport\nWeather\n")
    assert [text for rule, text in gone if rule == "en-menu-run"] == ["News", "Sport", "Weather"]
