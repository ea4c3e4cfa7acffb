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


# A longer story: the few paragraphs of a page's tail stand below the article's end.
LONG_STORY = [*STORY,
              "Ferry crews will be asked to work a longer day in the first month while the new sailings settle in.",
              "The island councils want the board to print the timetable in the local paper every week.",
              "A second vote on the winter sailings is expected before the end of the summer season.",
              "Until then the old timetable stays on the notice boards at both piers and in the waiting room."]


def test_a_teaser_between_the_boxs_lines_does_not_end_it_at_the_texts_end():
    # Under a tag line, a call to subscribe and a teaser stand among the box's links down to the
    # text's end: the page's tail, every line of it.
    box = ["Island news", "Ferry fares rise in spring",
           "Get the week's harbour stories in your inbox every Friday morning. It's free!",
           "Weather", "Letters to the editor", "Tide tables"]
    result = clean([*LONG_STORY, "Tags: ferries, harbour board, timetables", *box])
    assert taken(result) == box
    assert result.text == "\n".join(LONG_STORY) + "\n"


def test_the_next_post_of_a_blogs_front_page_under_a_tag_line_stays():
    # Its title, date and sign-off are short lines, but two paragraphs are more than a teaser.
    post = ["Lanterns on the quay", "December 20, 2026",
            "The harbour lit its lanterns early this year. The children carried them down at dusk.",
            "We stood on the quay until the last ferry came in. Nobody wanted to go home.",
            "Posted at the harbour", "Merry Christmas"]
    result = clean([*LONG_STORY, "Tags: ferries, harbour board", *post])
    assert "\n".join(post[2:4]) in result.text


def test_the_box_goes_on_through_a_teaser_only_to_the_texts_end_with_its_short_lines():
    # Two paragraphs under one short line are more writing than box: the box ends at the first.
    tail = ["The crews kept the crossings running through the storms. The board thanks them!",
            "Will the late ferry run next winter? The board will say at the end of the summer."]
    result = clean([*LONG_STORY, "Tags: ferries, harbour board", "Island news", *tail])
    assert taken(result) == ["Island news"]
    assert result.text.endswith("\n".join(tail) + "\n")


def test_a_writers_note_under_a_tag_line_stays():
    # The writer's closing paragraph alone under the tag line: no short line of a box beside it.
    note = "Mara Olsen has covered the islands for the Gazette since 2019. Her book on the ferries is out in May."
    result = clean([*LONG_STORY, "Tags: ferries, harbour board", note])
    assert taken(result) == []
    assert result.text.endswith(note + "\n")


@pytest.mark.parametrize("note", [
    "P.S. The ferry office answers questions by telephone until the end of the month, weekdays only.",
    "Update: the board has since moved the public meeting to the library. The date is unchanged.",
    "Editor's note: an earlier version of this story gave the wrong day for the vote. We regret it."])
def test_a_postscript_or_an_editors_note_in_the_tail_keeps_it_and_the_lines_under_it(note):
    lines = [*LONG_STORY, "Tags: ferries, harbour board", "Island news", note, "Weather", "Fares"]
    result = clean(lines)
    assert taken(result) == ["Island news"]
    assert result.text.endswith(f"{note}\nWeather\nFares\n")


def test_a_long_paragraph_in_the_tail_ends_the_box():
    # A paragraph of more than forty words is writing: it and everything under it stay.
    paragraph = ("The harbour board met again on Thursday evening to hear from the island councils. "
                 "They asked that the late ferry keep running through the winter months, that fares for "
                 "residents stay as they are, and that the timetable be printed in the local paper "
                 "every week!")
    more = ["Crossings to the smaller islands will keep their present times until the autumn review.",
            "The board's engineers expect the older of the two boats to need a new engine within three years.",
            "Passengers with bicycles will be asked to board first so that the loading ramp stays clear.",
            "A survey of the piers found that both waiting rooms need new roofs before the winter storms.",
            "The chair of the board said she would write to every household on the islands before March.",
            "Questions about the changes can be sent to the harbour office or handed in at either pier."]
    lines = [*LONG_STORY, *more, "Tags: ferries, harbour board", "Island news", paragraph, "Weather", "Fares"]
    result = clean(lines)
    assert taken(result) == ["Island news"]
    assert result.text.endswith(f"{paragraph}\nWeather\nFares\n")


def test_a_swept_tail_is_gone_when_cleaned_again():
    lines = [*LONG_STORY, "Tags: ferries, harbour board", "Island news",
             "Get the week's harbour stories in your inbox every Friday morning. It's free!",
             "Weather", "Tide tables"]
    once = Cleaner().clean("\n".join(lines) + "\n", lang="en").text
    assert once == "\n".join(LONG_STORY) + "\n"
    assert Cleaner().clean(once, lang="en").text == once


def test_a_table_of_figures_in_the_tail_keeps_itself_not_the_box_above_it():
    # Under a call to subscribe, the box's links go; a teaser and a table of figures under them to
    # the text's end are read apart, and a table the text lists as its own data stays.
    table = ["Who ran the crossings last winter? The crews tell their story!",
             "| Crossing | Minutes | Sailings |", "| North pier | 40 | 12 |", "| South pier | 35 | 14 |",
             "| Outer isles | 90 | 4 |"]
    result = clean([*LONG_STORY, "Click here to subscribe", "Island news", "Weather", *table])
    assert taken(result) == ["Island news", "Weather"]
    assert result.text.endswith("\n".join(table) + "\n")


def test_an_update_headline_in_a_box_is_one_of_its_lines():
    # "UPDATE:" heading another story's headline is no note of the writer's: it does not end the box.
    box = ["Island news", "UPDATE: Ferry fares to rise in spring", "Weather"]
    result = clean([*STORY, "Special reports", *box])
    assert taken(result) == box
