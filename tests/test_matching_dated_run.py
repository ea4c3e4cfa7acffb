"""The order of a run's dates (cleaner/matching/dated_run.py): a box of other stories runs newest
first and goes; a story's own chronology goes forward and stays. Every text here is written for
the test."""

from conftest import HARBOUR_STORY, clean_lines

from cleaner.matching.dated_run import dates_go_forward

BOX = [
    "April 3, 2019 - Lifeboat crew named volunteers of the year",
    "March 20, 2019 - Ferry timetable changes for the summer",
    "2 March 2019 - Storm damage worse than feared",
]


def test_dates_going_back_do_not_go_forward():
    assert not dates_go_forward(1, BOX, lambda j: True)


def test_one_later_date_in_the_run_goes_forward():
    lines = [BOX[2], BOX[1], BOX[0]]
    assert dates_go_forward(0, lines, lambda j: True)
    assert not dates_go_forward(0, lines, lambda j: j == 0)  # a run of one line has no order


def test_a_box_newest_first_goes_and_a_chronology_stays():
    boxed = clean_lines([*HARBOUR_STORY, *BOX])
    assert {r.text for r in boxed.removals if r.rule_id == "en-dated-headline-list"} == set(BOX)
    story = clean_lines([*HARBOUR_STORY, *reversed(BOX)])
    for line in BOX:
        assert line in story.text
