"""Layout tables in HTML mode (io/page_tables.py): the rows of a page laid out with tables give
their cells' blocks as lines, so that the rules judge each; data tables keep one line a row and
lose no cell. Pages written for these tests."""

import pytest

from cleaner import Cleaner
from cleaner.evaluation import Page, score_page
from cleaner.io.html import extract

STORY = [
    "The harbour board agreed on Monday to rebuild the old ferry pier, which has been closed since "
    "the storm of last winter damaged its wooden piles.",
    "Work starts in April and should take eight months; until then the ferry will keep using the "
    "temporary landing stage beside the fish market.",
    "The board said the new pier would be built of steel and concrete and would take boats twice the "
    "size of the present ferry.",
]


def layout_page(extra_row: str = "") -> str:
    """A page of 2005: one table lays it out, a menu cell, the story's cell, a sidebar cell."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<!DOCTYPE html><html><head><title>Ferry pier to be rebuilt</title></head><body>"
            "<table width='100%'><tr>"
            "<td><a href='/home'>Home</a><br><a href='/news'>News</a><br><a href='/sport'>Sport</a><br>"
            "<a href='/weather'>Weather</a></td>"
            f"<td><h1>Ferry pier to be rebuilt</h1>{story}<p>Share this article</p></td>"
            "<td><p>Most read</p><ul><li><a href='/a'>Council opens the new library</a></li>"
            "<li><a href='/b'>Storm closes the coast road</a></li></ul></td>"
            f"</tr>{extra_row}</table></body></html>")


def data_page(table: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<!DOCTYPE html><html><head><title>Ferry pier to be rebuilt</title></head><body><article>"
            f"<h1>Ferry pier to be rebuilt</h1>{story}{table}</article></body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_layout_row_gives_each_block_of_its_cells_a_line():
    extracted = extract(layout_page())
    lines = extracted.text.split("\n")
    assert "|" not in extracted.text
    for paragraph in STORY:
        assert paragraph in lines
    assert "Share this article" in lines and "Ferry pier to be rebuilt" in lines
    # trafilatura's own text, one line for the whole row, is kept for the evaluation
    assert extracted.extractor_text.startswith("| ") and extracted.extractor_text.count("\n") < 3


def test_the_chrome_of_a_layout_row_goes_by_name_and_the_story_stays(cleaner):
    result = cleaner.clean_html(layout_page(), title="drop")
    for paragraph in STORY:
        assert paragraph in result.text.split("\n")
    assert "Share this article" not in result.text
    share = [r for r in result.removals if r.text == "Share this article"]
    assert share and share[0].rule_id == "share-prompt" and share[0].rule_file.startswith("rules/")


def test_a_row_of_one_cell_is_a_line_without_bars():
    row = "<tr><td colspan='3'>Share this article</td></tr>"
    extracted = extract(layout_page(row))
    assert "Share this article" in extracted.text.split("\n")


SCHEDULE = ("<table><tr><td>Monday</td><td>07:15</td><td>Harbour</td></tr>"
            "<tr><td>Tuesday</td><td>07:45</td><td>Fish market</td></tr>"
            "<tr><td>Wednesday</td><td>08:15</td><td>Old pier</td></tr></table>")
PRICES = ("<table><tr><th>Ticket</th><th>Price</th></tr><tr><td>Single</td><td>3.50</td></tr>"
          "<tr><td>Return</td><td>6.00</td></tr><tr><td>Share</td><td>free</td></tr></table>")
RESULTS = ("<table><tr><td>1</td><td>Harbour Rowing Club</td><td>12:03</td></tr>"
           "<tr><td>2</td><td>River Oars</td><td>12:41</td></tr>"
           "<tr><td>3</td><td>Print Works Crew</td><td>13:10</td></tr></table>")
# Cells of one paragraph each, as word processors write them: values, not blocks.
SPECIFICATIONS = ("<table><tr><td><p>Length</p></td><td><p>64 metres</p></td></tr>"
                  "<tr><td><p>Comments</p></td><td><p>none received</p></td></tr>"
                  "<tr><td><p>Print run</p></td><td><p>2,000 copies</p></td></tr></table>")


@pytest.mark.parametrize("table", [SCHEDULE, PRICES, RESULTS, SPECIFICATIONS],
                         ids=["schedule", "prices", "results", "specifications"])
def test_a_data_table_keeps_a_line_a_row_and_loses_no_cell(cleaner, table):
    html = data_page(table)
    extracted = extract(html)
    assert extracted.text == extracted.extractor_text
    rows = [line for line in extracted.text.split("\n") if line.startswith("| ") and "---" not in line]
    assert len(rows) >= 3
    result = cleaner.clean_html(html, title="drop")
    for row in rows:
        assert row.strip() in [line.strip() for line in result.text.split("\n")]


def test_a_table_keeps_its_data_rows_around_a_layout_row():
    """A layout row (a cell holding a heading and a paragraph) inside a table of values: the
    values stay rows, in their places."""
    table = ("<table><tr><td>Monday</td><td>07:15</td></tr>"
             "<tr><td><h3>Winter timetable</h3><p>From November the first boat leaves later.</p></td>"
             "<td></td></tr><tr><td>Tuesday</td><td>07:45</td></tr></table>")
    lines = extract(data_page(table)).text.split("\n")
    at = lines.index("Winter timetable")
    assert lines[at - 1].startswith("| Monday | 07:15")
    assert lines[at + 1] == "From November the first boat leaves later."
    assert lines[at + 2].startswith("| Tuesday | 07:45")


def test_the_evaluation_labels_the_blocks_and_scores_trafilatura_on_its_own_text(tmp_path, cleaner):
    """A layout row's blocks are labelled one by one (the story's paragraphs are article text,
    the menu is not), and "trafilatura alone" is its text with the row as one line."""
    from cleaner.evaluation import shingle_f1

    path = tmp_path / "page.html"
    path.write_text(layout_page(), encoding="utf-8")
    gold = "Ferry pier to be rebuilt\n" + "\n".join(STORY)
    score = score_page(cleaner, Page("set", "page", path, gold=gold))
    labels = {text: is_gold for _, text, is_gold, _ in score.labelled}
    assert all(labels[p] for p in STORY)
    assert labels["Share this article"] is False and labels["Home"] is False
    assert score.f1_before == pytest.approx(shingle_f1(extract(layout_page()).extractor_text, gold)[2])
    assert score.f1_after > score.f1_before
    assert score.gold_removed == 0


def test_a_cells_source_line_breaks_are_spaces_and_its_br_a_line_break():
    """A row's text had the page's source line breaks as spaces; its blocks keep them so."""
    cell = ("<td><p>The pier was closed\n   after the storm of last winter.</p>"
            "<p>Ferries use the landing stage<br>beside the fish market.</p></td>")
    lines = extract(data_page(f"<table><tr>{cell}</tr></table>")).text.split("\n")
    assert "The pier was closed after the storm of last winter." in lines
    assert "Ferries use the landing stage" in lines and "beside the fish market." in lines


def test_a_cleaned_layout_page_cleans_to_itself_and_the_same_every_time(cleaner):
    first = cleaner.clean_html(layout_page(), title="drop")
    assert cleaner.clean_html(layout_page(), title="drop").text == first.text
    assert cleaner.clean(first.text).text == first.text


def test_code_named_in_a_cells_sentence_stays_in_the_sentence():
    cell = ("<td><p>Install the tools first.</p><p>Then run <code>make install</code> in the folder "
            "and wait for it to finish.</p></td><td>Notes</td>")
    lines = extract(data_page(f"<table><tr>{cell}</tr></table>")).text.split("\n")
    assert "Then run make install in the folder and wait for it to finish." in lines


def test_a_layout_cell_s_list_items_are_lines_without_marks():
    """trafilatura wrote a layout cell's list items as the row's text, with no "- " before them:
    unfolding the row gives each its own line, and changes nothing but the line breaks. (Its XML
    written here as trafilatura writes a forum post's cell: trafilatura drops such a list from
    the small pages a test can hold.)"""
    from lxml import etree
    from trafilatura.xml import xmltotxt

    from cleaner.io.page_tables import unfold_layout

    body = etree.fromstring(
        "<body><table><row><cell><p>What changes for riders:</p><list rend='ul'>"
        "<item>The ferry runs every hour<lb/>from six in the morning.</item>"
        "<item>Tickets cost the same as before.</item></list><p>The board meets in May.</p>"
        "</cell><cell>Home News</cell></row><row><cell><div><p>Also decided:</p><list rend='ul'>"
        "<item>A second boat in summer.</item><item>Night crossings on Saturdays.</item></list></div>"
        "</cell></row></table></body>")
    assert unfold_layout(body)
    assert xmltotxt(body, False).split("\n") == [
        "What changes for riders:", "The ferry runs every hour", "from six in the morning.",
        "Tickets cost the same as before.", "The board meets in May.", "Home News",
        "Also decided:", "A second boat in summer.", "Night crossings on Saturdays."]


def test_a_list_outside_a_layout_row_keeps_its_marks():
    from lxml import etree
    from trafilatura.xml import xmltotxt

    from cleaner.io.page_tables import unfold_layout

    body = etree.fromstring("<body><p>Riders:</p><list rend='ul'><item>Tickets cost the same.</item>"
                            "<item>Bicycles travel free.</item></list></body>")
    assert not unfold_layout(body)
    assert xmltotxt(body, False).split("\n") == ["Riders:", "- Tickets cost the same.", "- Bicycles travel free."]
