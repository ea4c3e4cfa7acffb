"""headline_ticker's stamps: which lines carry one and which way they run, its min_run
parameter, and tables of stamped rows (a ticker set as a table goes; data, timetables, results
and diaries kept as tables stay)."""

import pytest

from cleaner import Cleaner
from cleaner.matching.ticker import _stamped, goes_back
from cleaner.rules.loader import parse_rule_file
from cleaner.rules.model import RuleError
from test_matching_ticker import clean, removed_by


@pytest.mark.parametrize("line, stamped", [
    ("12:45 Министр прибыл", True),
    ("29.10.2011 10:04 Недосыпание ведет к смерти!", True),
    ("- Αν ήμουν πλούσιος14/1/2012 8:00:00 μμ", True),
    ("- 翻斗车司机卸泥时遭泥土埋压身亡2011-01-17", True),
    ("20:38", True),
    # Not stamps: a version, a sentence of two, dialogue.
    ("Version 3.2", False),
    ("12:45 Он сказал. Потом ушёл.", False),
    ("— 12:45, — ответил он.", False),
])
def test_stamped_lines(line, stamped):
    assert (_stamped(line, 30) is not None) is stamped


def test_dates_with_a_first_number_above_twelve_read_day_first():
    stamps = [_stamped(f"- Заголовок номер {n} {d}", 30) for n, d in
              enumerate(["14/1/2012 10:51", "13/1/2012 09:25", "2/1/2012 20:56"])]
    assert goes_back(stamps)
    assert not goes_back(list(reversed(stamps)))


def test_min_run_is_read_and_checked():
    text = ("structure:\n  - id: t\n    kind: headline_ticker\n    description: d\n    min_run: 5\n")
    assert parse_rule_file(text, "t.yaml", "t").structure[0].min_run == 5
    with pytest.raises(RuleError, match="min_run"):
        parse_rule_file(text.replace("min_run: 5", "min_run: 0"), "t.yaml", "t")


def test_a_table_of_stamped_rows_is_data_not_a_ticker():
    # A query's output: rows stamped with times that go back, but cells of numbers, not headlines.
    rows = ["2021-03-04 18:00:00 │ 200 │ 4084", "2021-03-04 17:59:00 │ 404 │ 0",
            "2021-03-04 17:58:00 │ 500 │ 12", "2021-03-04 17:57:00 │ 200 │ 977"]
    text = "The requests per minute, newest first:\n" + "\n".join(rows) + "\nThe errors began at noon.\n"
    result = Cleaner().clean(text, lang="en")
    assert [r.rule_id for r in result.removals] == []


STORY = ["Bridge to close for two months",
         "The bridge over the river will close for two months, the council said on Monday.",
         "Buses will take the old ferry road while the works go on, the operator added."]


def test_a_ticker_set_as_a_table_of_a_stamp_and_a_headline_goes():
    rows = ["| 15.01.08 19:45 | Two hurt as lorry hits a bus shelter |",
            "| 15.01.08 19:28 | Council sets its budget for next year |",
            "| 15.01.08 19:24 | Hospital opens a new children's ward |",
            "| 14.01.08 18:02 | Farmers march on the ministry over prices |"]
    result = clean([*STORY, *rows], lang="en")
    assert result.text == "\n".join(STORY) + "\n"
    assert removed_by(result) == rows


@pytest.mark.parametrize("rows", [
    # A timetable runs forward, as it does in lines.
    ["| 7:00 AM | Breakfast and the morning meeting |", "| 8:30 AM | Leave the hotel for the school |",
     "| 1:00 PM | Lunch with the other teachers |", "| 5:00 PM | Free time in the old town |"],
    # Three cells: a results table, however its dates run.
    ["| 15.01.08 | Leeds beat Hull | 2-1 |", "| 12.01.08 | Hull draw with York | 0-0 |",
     "| 08.01.08 | York beat Leeds | 1-0 |", "| 05.01.08 | Leeds lose to Derby | 0-3 |"],
    # Each row states what happened, to its full stop: a log of the story's own events.
    ["| 19:45 | The last bus left the depot. |", "| 19:28 | The driver was told to wait. |",
     "| 19:24 | The bridge was shut by the police. |", "| 19:02 | The alarm went off at the depot. |"],
    # Dated by the day alone, newest first: a life's history told as a table.
    ["| 15.01.2008 | Founded the company in Berlin |", "| 03.06.2006 | Won the city's design prize |",
     "| 11.02.2004 | Graduated from the art school |", "| 20.09.2001 | Moved from Hamburg to Berlin |"],
    # A diary kept as a table, an entry a day with its time, newest first: a feed lists several a day.
    ["| 14.03.2024 21:10 | The supply boat did not come; we ate the last of the peaches |",
     "| 13.03.2024 18:45 | Wind from the north all day and the lamp needed cleaning twice |",
     "| 12.03.2024 07:30 | Saw a pod of dolphins off the western rocks at dawn |",
     "| 11.03.2024 22:15 | Arrived on the island with two crates of books and a radio |"],
    # An empty cell is a cell: three columns, one of them blank on every row.
    ["| 15.01.08 19:45 | | Two hurt as lorry hits a bus shelter |", "| 15.01.08 19:28 | | Council sets its budget |",
     "| 15.01.08 19:24 | | Hospital opens a new ward |", "| 14.01.08 18:02 | | Farmers march on the ministry |"],
])
def test_tables_of_stamped_rows_that_are_no_ticker_stay(rows):
    text = [*STORY, *rows]
    assert clean(text, lang="en").text == "\n".join(text) + "\n"
