"""A paper's box of earlier stories, each headline over its date alone (cleaner/matching/dated_box.py):
the run goes right under the box's heading a rule took, its dates newest first, beside an article; a
blog's archive under a heading that stays, a run going forward in time, a short run and a run with
nothing else kept stay. Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

BOX = [
    "Earlier stories",
    "Ferry fares rise for the third time",
    "March 4, 2003",
    "Council names new harbour master",
    "March 3, 2003",
    "Lifeboat crew wins national award",
    "March 1, 2003",
    "Will the pier reopen this summer?",
    "February 27, 2003",
]


def _whole(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_dated_box_under_its_removed_heading_goes():
    result = clean_lines([*HARBOUR_STORY[:3], *BOX, *HARBOUR_STORY[3:]])
    assert result.text == _whole(HARBOUR_STORY)
    rules = {r.text: r.rule_id for r in result.removals}
    assert rules["Earlier stories"] == "en-box-heading"
    assert {rules[line] for line in BOX[1:]} == {"dated-story-box"}
    # Cleaned again, the text stays as it is.
    assert clean_lines(HARBOUR_STORY).text == result.text


def test_days_written_first_and_a_weekday_read_as_dates():
    box = ["Earlier stories", "Ferry fares rise for the third time", "Friday, 4 March 2003",
           "Council names new harbour master", "3 March 2003", "Lifeboat crew wins national award", "1 March 2003"]
    result = clean_lines([*HARBOUR_STORY[:3], *box, *HARBOUR_STORY[3:]])
    assert result.text == _whole(HARBOUR_STORY)


def test_an_archive_under_a_heading_that_stays_is_the_text():
    # A blog's archive page: the same shape under its own heading, which no rule takes.
    lines = [*HARBOUR_STORY[:3], "From the harbour diary", *BOX[1:], *HARBOUR_STORY[3:]]
    assert clean_lines(lines).text == _whole(lines)


def test_dates_going_forward_or_too_few_stay():
    # Between the story's paragraphs (at its foot the related rules read the box apart).
    forward = ["Earlier stories", *BOX[7:9], *BOX[5:7], *BOX[3:5], *BOX[1:3]]
    result = clean_lines([*HARBOUR_STORY[:3], *forward, *HARBOUR_STORY[3:]])
    assert all(line in result.text.splitlines() for line in forward[1:])
    short = BOX[:5]
    result = clean_lines([*HARBOUR_STORY[:3], *short, *HARBOUR_STORY[3:]])
    assert all(line in result.text.splitlines() for line in short[1:])


def test_headlines_ending_on_a_stop_are_a_diary():
    # Each day's entry closes its sentence: a diary printed under a heading a rule took, not a box.
    entries = ["Earlier stories", "The ferry ran late again.", "March 4, 2003", "The council met at last.",
               "March 3, 2003", "The lifeboat went out twice.", "March 1, 2003"]
    result = clean_lines([*HARBOUR_STORY[:3], *entries, *HARBOUR_STORY[3:]])
    assert all(line in result.text.splitlines() for line in entries[1:])


def test_a_box_with_no_article_beside_it_stays():
    result = clean_lines(BOX)
    assert all(line in result.text.splitlines() for line in BOX[1:])


def test_dates_alone_under_the_heading_are_no_headlines():
    # A list of days alone (a diary's index) under a heading a rule took: no date is a headline.
    days = ["Earlier stories", "Friday, March 7, 2003", "Thursday, March 6, 2003", "Wednesday, March 5, 2003",
            "Tuesday, March 4, 2003", "Monday, March 3, 2003", "Sunday, March 2, 2003"]
    result = clean_lines([*HARBOUR_STORY[:3], *days, *HARBOUR_STORY[3:]])
    assert not any(r.rule_id == "dated-story-box" for r in result.removals)
