"""page-chrome-section's menu and related-box names written as one word ("navbar", "mainNav",
"right_nav", "relatedArticle"; rules/page.yaml), on pages written for these tests: the boxes go,
a sentence in a box named only as a menu stays, and the same words round the story leave it alone."""

import pytest

from cleaner import Cleaner
from conftest import removed_by
from test_matching_page_rules import STORY

LINKS = ["Night lines", "Timetables", "Fares and passes", "Park and ride"]


def page(*blocks: str, wrapper: str = "post-body") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head><body>'
            f'<div class="site"><div class="{wrapper}"><h1>Night trams return to Basel</h1>\n{paragraphs}\n'
            + "\n".join(blocks) + "</div></div></body></html>")


def cell(name: str, inner: str) -> str:
    """A layout table's cell (trafilatura drops such a box as a div, and keeps it as a cell)."""
    return f'<table><tr><td class="{name}">{inner}</td></tr></table>'


def menu(name: str) -> str:
    return cell(name, "".join(f'<p><a href="/{i}">{text}</a></p>' for i, text in enumerate(LINKS)))


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("name", ["navbar", "mainNav", "right_nav"])
def test_a_menu_named_in_one_word_goes(cleaner, name):
    result = cleaner.clean_html(page(menu(name)))
    assert removed_by(result, "page-chrome-section") == LINKS
    assert all(p in result.text for p in STORY)


def test_the_same_cell_named_otherwise_stays(cleaner):
    # The rule's word is what takes the cell: a list of links inside the story's element stays.
    result = cleaner.clean_html(page(menu("tram-lines")))
    assert all(line in result.text for line in LINKS)
    assert removed_by(result, "page-chrome-section") == []


def test_a_related_article_box_goes_with_its_title(cleaner):
    box = cell("relatedArticle", '<h3>More from the valley</h3><p><a href="/a">Ferry fares rise in spring</a></p>'
               '<p><a href="/b">New bridge opens to cyclists</a></p>')
    result = cleaner.clean_html(page(box))
    assert removed_by(result, "page-chrome-section") == ["More from the valley", "Ferry fares rise in spring",
                                                         "New bridge opens to cyclists"]
    assert all(p in result.text for p in STORY)


def test_a_sentence_in_a_box_named_only_as_a_menu_stays(cleaner):
    # A menu holds labels and links, not a sentence of more than max_words words: the name says how it looks.
    note = ("<p>Our reviewers rode every night line twice before writing this guide, once on a Friday and once "
            "on a quiet Tuesday in the middle of the month.</p>")
    result = cleaner.clean_html(page(cell("navbar", f"{note}<p>Back to the guide</p>")))
    assert "Back to the guide" in result.text
    assert removed_by(result, "page-chrome-section") == []


@pytest.mark.parametrize("wrapper", ["mainnav-page", "relatedarticle-body"])
def test_the_words_round_the_story_leave_it_alone(cleaner, wrapper):
    steps = "".join(f"<p>{s}</p>" for s in ("Buy a night pass", "Check the timetable", "Board at the front door"))
    result = cleaner.clean_html(page(steps, wrapper=wrapper))
    assert removed_by(result, "page-chrome-section") == []
    assert all(p in result.text for p in STORY) and "Check the timetable" in result.text
