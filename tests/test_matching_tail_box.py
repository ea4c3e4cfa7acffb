"""The short lines of a box after the article, under the line a tail marker took (kind tail_box)."""

import pytest

from cleaner import Cleaner
from cleaner.rules.loader import parse_rule_file
from cleaner.rules.model import RuleError

STORY = [
    "Harbour board approves new ferry timetable",
    "The harbour board voted on Tuesday to run the morning ferry every forty minutes from March.",
    "Residents of the outer islands had asked for an earlier first crossing for three winters running.",
    "The board said the change would cost less than a new boat and could be tried for a season.",
    "A public meeting on the fares is planned for the second week of February in the town hall.",
]


def clean(lines, **kwargs):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en", **kwargs)


def taken(result):
    return [r.text for r in result.removals if r.rule_id == "tail-box-lines"]


def test_the_lines_of_a_box_under_its_label_go_with_it():
    box = ["Harbour works", "The plans explained", "Who sits on the board", "- Ferry operators",
           "http://www.example.org/ferries"]
    result = clean([*STORY, "Special reports", *box])
    assert result.text == "\n".join(STORY) + "\n"
    assert taken(result) == box


def test_the_box_ends_where_prose_comes_back():
    # A postscript under the footer's links is the writer's: it and all below stay.
    postscript = "P.S. Questions go to the ferry office."
    lines = [*STORY, "| © 2026 Harbour Gazette. All rights reserved. |", "Island desk", "Weather",
             postscript, "Island news"]
    result = clean(lines)
    assert taken(result) == ["Island desk", "Weather"]
    assert result.text.endswith(postscript + "\nIsland news\n")


def test_a_postscript_under_a_box_label_keeps_the_label_and_its_lines():
    # A sentence under the label makes it the story's own heading (en-tail-box-label): nothing opens.
    postscript = "P.S. The ferry office will answer questions by telephone until the end of the month."
    lines = [*STORY, "Special reports", "Harbour works", "The plans explained", postscript]
    assert taken(clean(lines)) == []


@pytest.mark.parametrize("credit", ["Source: Coastal News Agency",
                                    "Contributed by: Mara Olsen, with reporting by Tom Reyes"])
def test_a_source_or_contributor_line_under_the_box_ends_it_and_stays(credit):
    lines = [*STORY, "Special reports", "Harbour works", credit, "Island news"]
    result = clean(lines)
    assert taken(result) == ["Harbour works"]
    assert f"{credit}\nIsland news\n" in result.text


def test_a_sentence_that_stops_the_box_keeps_its_heading():
    # A short sentence in the writer's voice ends the box, and the line above it is its heading;
    # the box's lines above that still go.
    lines = [*STORY, "Special reports", "Harbour works", "Island ferries", "It runs again in May.", "Island news"]
    result = clean(lines)
    assert taken(result) == ["Harbour works"]
    assert result.text.endswith("Island ferries\nIt runs again in May.\nIsland news\n")


def test_a_headline_longer_than_a_boxs_line_ends_the_box():
    # The story's own headline printed again under its sidebar, with its credit under it.
    headline = "Island Councils Ask Harbour Board To Keep The Late Ferry Running Through The Winter Months"
    lines = [*STORY, "Special reports", "Harbour works", headline, "Island news"]
    result = clean(lines)
    assert taken(result) == ["Harbour works"]
    assert result.text.endswith(f"{headline}\nIsland news\n")


def test_a_reading_list_under_a_box_label_is_the_texts_own():
    reading = ["Tides and Harbours (1998)", "The Island Ferries (2004)", "Crossing in Winter (2011)"]
    result = clean([*STORY, "Special reports", *reading])
    assert taken(result) == []
    assert result.text.endswith("\n".join(reading) + "\n")


def test_a_heading_above_the_articles_end_opens_no_box():
    # "Most read" as a story's own section over its list and paragraphs: the story goes on below.
    lines = [STORY[0], STORY[1], "Most read", "The ferry timetable", "The fares", *STORY[2:],
             "More on this in next week's edition, when the board publishes the full plan."]
    result = clean(lines)
    assert taken(result) == []
    assert "The ferry timetable\nThe fares\n" in result.text


def test_a_comments_heading_over_a_marking_guide_stays_with_its_notes():
    lines = ["Marking guide for the essay on coastal erosion",
             "Award up to ten marks for the argument and five for the use of sources.",
             "Candidates who describe the process without an example cannot reach the top band.",
             "Comments",
             "Most candidates named the right causes but few measured the rate of retreat.",
             "Band A", "Band B"]
    result = clean(lines)
    assert taken(result) == []
    assert result.text == "\n".join(lines) + "\n"


def test_a_related_line_that_goes_on_as_a_sentence_stays():
    lines = [*STORY, "Related: the board will also review the winter fares before the spring sailings begin.",
             "Island news", "Fares"]
    result = clean(lines)
    assert taken(result) == []


@pytest.mark.parametrize("opener", ["Tags: ferries, harbour board, timetables",
                                    "Click here to subscribe",
                                    "More stories by Mara Olsen",
                                    "Powered by WordPress"])
def test_a_posts_widget_after_the_article_opens_the_box_under_it(opener):
    # A tag line, a call to subscribe or comment, the writer's archive link, a theme's credit:
    # the headlines and links printed under them are the page's, not the story's.
    box = ["Island news", "Ferry fares rise in spring", "Weather", "Letters to the editor"]
    result = clean([*STORY, opener, *box])
    assert taken(result) == box
    assert result.text == "\n".join(STORY) + "\n"


def test_a_sign_off_under_a_posts_widget_stays_with_its_heading():
    # Short lines in the writer's voice under a tag line end the box: the heading over the
    # sentence and everything below stay.
    lines = [*STORY, "Tags: ferries, harbour board", "Island ferries", "Next week: the fares in full.",
             "Mara Olsen"]
    result = clean(lines)
    assert taken(result) == []
    assert result.text.endswith("Island ferries\nNext week: the fares in full.\nMara Olsen\n")


def test_a_reading_list_under_a_call_to_subscribe_is_the_texts_own():
    reading = ["Tides and Harbours (1998)", "The Island Ferries (2004)", "Crossing in Winter (2011)"]
    result = clean([*STORY, "Click here to subscribe", *reading])
    assert taken(result) == []
    assert result.text.endswith("\n".join(reading) + "\n")


def test_a_comment_prompt_above_the_articles_end_opens_no_box():
    # A help page's section on comments: its heading and steps are the page's own text.
    lines = [STORY[0], STORY[1], "Leave a Comment", "Your name", "Your email address", *STORY[2:],
             "Comments wait for a moderator's approval and usually appear within a working day."]
    result = clean(lines)
    assert taken(result) == []
    assert "Your name\nYour email address\n" in result.text


def test_cleaning_twice_equals_cleaning_once():
    lines = [*STORY, "Special reports", "Harbour works", "The plans explained", "Island news",
             "Copyright 2026 Harbour Gazette. All rights reserved.", "About us", "Contact"]
    once = Cleaner().clean("\n".join(lines) + "\n", lang="en").text
    assert Cleaner().clean(once, lang="en").text == once


RULE = """
structure:
  - id: box-lines
    kind: tail_box
    description: Lines under a box's label after the article.
    markers: [some-label]
    stops: ['{stop}']
"""


def test_markers_and_stops_are_read():
    rule = parse_rule_file(RULE.format(stop="^Source:"), "<test>", "test").structure[0]
    assert rule.markers == frozenset({"some-label"}) and rule.stops == ("^Source:",)
    assert rule.family == "box"


def test_a_bad_stop_is_refused():
    with pytest.raises(RuleError, match="stops"):
        parse_rule_file(RULE.format(stop="(unclosed"), "<test>", "test")


def test_every_bundled_marker_names_a_bundled_rule():
    # A misspelt marker would open no box and say nothing.
    from cleaner.rules.book import load_rulebook

    book = load_rulebook()
    known = {rule.id for rule in [*book.all_rules(), *book.all_structure()]}
    boxes = [rule for rule in book.all_structure() if rule.kind == "tail_box"]
    assert boxes and all(rule.markers and rule.markers <= known for rule in boxes)


def test_a_note_marker_ends_the_box():
    # "cleaner: off" is the writer's instruction to the fixer, never a box's line: the box stops
    # at it, so the fixer's audit names only the lines a rule of their own would take.
    lines = [*STORY, "Special reports", "The plans explained", "cleaner: off", "Who sits on the board",
             "cleaner: on"]
    result = clean(lines)
    assert taken(result) == ["The plans explained"]
    assert "cleaner: off" in result.text and "Who sits on the board" in result.text
