"""A data table whose header or rows hold empty cells (a day's heading over its three columns, a
sign-up sheet's blank cells) is no site menu set out in one table row (spaced-menu-row), and its
header rule stays with it (lone-table-rule). Pages written for the test, extracted by the real
trafilatura."""

import pytest

from cleaner import Cleaner

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
INTRO = ("<p>The swimming pool reopened in May after a year of repairs to its roof and its changing rooms.</p>"
         "<p>The timetable below holds for the summer; lanes are kept for clubs on weekday evenings.</p>")


def _page(table: str) -> str:
    return ("<!DOCTYPE html><html lang='en'><head><title>Pool timetable</title></head><body><article>"
            f"<h1>Pool timetable</h1>{INTRO}<table>{table}</table>"
            "<p>Prices are on the board at the entrance, and children swim free on Sundays.</p></article></body></html>")


ROTA = ("<tr>" + "".join(f"<th colspan='3'>{d}</th>" for d in DAYS) + "</tr>"
        + "<tr>" + "".join("<td>Morning</td><td>Afternoon</td><td>Evening</td>" for _ in DAYS) + "</tr>"
        + "<tr>" + "".join("<td>Lanes</td><td>Open</td><td>Clubs</td>" for _ in DAYS) + "</tr>")
SIGN_UP = ("<tr>" + "".join("<th>Day</th><th>Name</th><th>Phone</th>" for _ in DAYS) + "</tr>"
           + "<tr>" + "".join(f"<td>{d}</td><td></td><td></td>" for d in DAYS) + "</tr>")


@pytest.mark.parametrize("table", [ROTA, SIGN_UP])
def test_a_data_tables_rows_with_empty_cells_stay(table):
    result = Cleaner().clean_html(_page(table), url="https://example.com/pool")
    assert not [r for r in result.removals if r.rule_id != "html-extraction"]
    assert all(day in result.text for day in DAYS)
    assert "|---|" in result.text


def test_a_menu_row_of_spacer_cells_at_the_top_still_goes():
    menu = "| Home |  |  |  | World |  |  |  | Sport |  |  |  | Business |  |  |  | Travel |  |  |  |"
    story = ("The council approved the new bridge on Monday, after a debate of four hours.\n"
             "Work will start in the spring and last two years, the mayor said.\n")
    result = Cleaner().clean(f"Bridge plan agreed\n{menu}\n{story}", lang="en")
    assert [r.rule_id for r in result.removals] == ["spaced-menu-row"]
