"""Families above the story: a menu set out as one table row of any labels, and a television
channel's box of the day's programmes, its times run into the names. The same shapes in the story's
own table or timetable stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


def test_a_row_of_section_labels_above_the_story_goes():
    for row in ("| Football | Cricket | Rugby | Golf |",
                "|  | reviews |  | trailers |  | interviews |  | film blog |  | ",
                "| Weather \\| Traffic \\| Lottery | Obituaries \\| Classifieds | "):
        kept, rules = kept_and_rules([row, *STORY])
        assert kept == STORY, row
        assert "en-head-menu-table-row" in rules, row


def test_a_row_of_labels_under_the_first_paragraph_stays():
    text = [*STORY[:2], "| Football | Cricket | Rugby | Golf |", STORY[2]]
    assert kept_and_rules(text)[0] == text


def test_a_table_header_over_its_rule_or_its_figures_stays():
    over_rule = ["| Maple | Oak | Beech |", "|---|---|---|", "| tall | broad | smooth |", *STORY]
    assert "en-head-menu-table-row" not in kept_and_rules(over_rule)[1]
    over_figures = ["| Maple | Oak | Beech | Birch |", "| 12 | 30 | 7 | 2 |", *STORY]
    assert "en-head-menu-table-row" not in kept_and_rules(over_figures)[1]
    columns = ["| Name | Age | Town |", *STORY]
    assert kept_and_rules(columns)[0] == columns


def test_a_channel_s_programmes_above_the_story_go():
    box = ["07:00p.m.Garden Rescue", "07:30p.m.Island Vets", "08:30p.m.Harbour Patrol"]
    kept, rules = kept_and_rules([*box, *STORY])
    assert kept[-len(STORY):] == STORY
    assert "07:00p.m.Garden Rescue" not in kept and "07:30p.m.Island Vets" not in kept
    assert "en-tv-schedule-box-row" in rules


def test_a_day_s_timetable_with_spaces_stays():
    timetable = ["09:00 Registration and coffee", "09:30 Opening talk by the chair",
                 "10:30 Workshops in the small hall", *STORY]
    assert "en-tv-schedule-box-row" not in kept_and_rules(timetable)[1]
