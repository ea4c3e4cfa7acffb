"""page-empty-item (rules/page.yaml): a list item holding no text, which trafilatura writes as
"- " alone, goes in HTML mode; a paragraph holding a dash alone (a section break, written "-")
stays, and so does every line of a text, which has no page. Pages written for these tests."""

import pytest

from cleaner import Cleaner
from cleaner.io.html import extract
from cleaner.io.page_facts import describe
from conftest import removed_by

OPENING = "The river rose two metres overnight and the old bridge was closed to traffic on Sunday."
CLOSING = "Engineers will inspect the pillars on Monday before the crossing opens again to walkers."
BOOKS = ['"Bridges of the Upper Rhine"', "By Anna Keller (Harbour Press)",
         '"Floods and Their Towns"', "By Jon Marsh (Delta Books)"]


def page(middle: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><title>Reading list</title></head><body>'
            f'<div class="post-body"><p>{OPENING}</p>\n{middle}\n<p>{CLOSING}</p></div></body></html>')


# Each item's text starts on a line of its own in the page's source: trafilatura writes the
# item's "- " on one line and its text on the lines under it.
READING_LIST = (f"<ul>\n<li>\n{BOOKS[0]}<br>\n{BOOKS[1]}\n</li>\n"
                f"<li>\n{BOOKS[2]}<br>\n{BOOKS[3]}\n</li>\n</ul>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_the_extraction_writes_such_items_as_a_dash_and_a_space():
    # What the rule rests on: if trafilatura stops writing "- " alone, this fails first.
    extracted = extract(page(READING_LIST))
    assert "\n- \n" in extracted.text
    assert len(extracted.facts.bare_items) == 2


def test_bare_items_go_and_the_items_text_stays(cleaner):
    result = cleaner.clean_html(page(READING_LIST))
    assert removed_by(result, "page-empty-item") == ["-", "-"]
    for line in [OPENING, *BOOKS, CLOSING]:
        assert line in result.text.split("\n")


def test_a_paragraph_holding_a_dash_alone_stays(cleaner):
    # A blog's divider between two parts of a post: its own paragraph, no list item.
    result = cleaner.clean_html(page(f"{READING_LIST}\n<p>-</p>\n<p>{OPENING}</p>"))
    assert removed_by(result, "page-empty-item") == ["-", "-"]
    assert "-" in result.text.split("\n")


def test_a_list_whose_items_hold_their_text_loses_nothing(cleaner):
    items = "".join(f"<li>{book}</li>" for book in BOOKS)
    result = cleaner.clean_html(page(f"<ul>{items}</ul>"))
    assert removed_by(result, "page-empty-item") == []
    for book in BOOKS:
        assert f"- {book}" in result.text


def test_a_text_keeps_its_dash_lines(cleaner):
    # A text has no page: nothing tells a bare item from a divider there.
    text = "\n".join([OPENING, "- ", BOOKS[0], "-", CLOSING])
    result = cleaner.clean(text)
    assert removed_by(result, "page-empty-item") == []


def test_the_facts_name_bare_items_indented_or_not_and_keep_them_under_a_title():
    extracted = "\n".join([OPENING, "- ", "  - ", "-", "- Harbour Press", "-\u00a0", CLOSING])
    facts = describe([], [], extracted)
    assert facts.bare_items == frozenset({2, 3})
    assert facts.shifted(2).bare_items == frozenset({4, 5})


def test_cleaning_the_output_again_changes_nothing(cleaner):
    once = cleaner.clean_html(page(READING_LIST)).text
    assert cleaner.clean(once).text == once


def test_it_runs_after_the_tail_box_sweep(cleaner):
    # The structure rules read a box's list as the page printed it, its bare items in it: without
    # them a run of one-word items under a box's heading reads as the text's own data.
    for lang in ("en", "pl", None):
        ids = [rule.id for rule in cleaner.rulebook.select(lang, None)[1]]
        assert ids.index("page-empty-item") > ids.index("tail-box-lines")
