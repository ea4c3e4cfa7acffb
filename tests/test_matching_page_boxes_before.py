"""Link boxes before the article's prose (matching/page_boxes.py with ``where: before``,
rules/page.yaml: page-link-box-before), on pages written for these tests, extracted by the real
trafilatura: a site's column of links printed above a short story, beside its element."""

import pytest

from cleaner import Cleaner
from test_matching_page_boxes import HEADLINES, RANKED, STORY, TEASERS, page, ranked, teasers

SECTIONS = ["News", "Sport", "Culture", "Weather", "Letters"]


def above(column: str, story: list[str] = STORY[:3]) -> str:
    """``column`` printed above the story's own element (page() prints it below)."""
    html = page("", story=story)
    return html.replace('<div class="col-main">', f'{column}<div class="col-main">')


def sections() -> str:
    links = "".join(f'<li><a href="/basel/{name.lower()}">{name}</a></li>' for name in SECTIONS)
    return f'<div class="box-0"><ul>{links}</ul></div>'


def removed(result) -> list[str]:
    return [r.text.strip("- ") for r in result.removals if r.rule_id == "page-link-box-before"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_link_boxes_above_the_story_go(cleaner):
    result = cleaner.clean_html(above(ranked() + teasers()))
    taken = removed(result)
    assert set(RANKED + HEADLINES + TEASERS) <= set(taken)
    assert all(p in result.text for p in STORY[:3])
    removal = next(r for r in result.removals if r.rule_id == "page-link-box-before")
    assert removal.family == "page_box"


def test_a_box_above_the_story_holding_a_paragraph_stays(cleaner):
    # Above the story a paragraph is its standfirst or its first lines, whatever links stand
    # beside it in the same element.
    stand = ("The night lines were first tried in the summer of 2019, when the council ran them for six "
             "weekends and counted the riders at every stop.")
    box = ranked().replace('<section class="box-1">', f'<section class="box-1"><p>{stand}</p>')
    result = cleaner.clean_html(above(box))
    assert removed(result) == []
    assert stand in result.text and all(line in result.text for line in RANKED)


def test_a_box_of_mostly_plain_lines_stays(cleaner):
    # Half of a box's lines must be links: a fact box (names, places, figures) with two links in
    # it is no list of links.
    facts = ["Lines: 3, 8 and 11", "Hours: midnight to five", "Fare: the day ticket",
             "First night: 4 July", "Operator: the city"]
    items = "".join(f"<p>{line}</p>" for line in facts)
    box = f'<section class="box-1">{items}<p><a href="/basel/a">{HEADLINES[0]}</a></p>' \
          f'<p><a href="/basel/b">{HEADLINES[1]}</a></p><p><a href="/basel/c">{HEADLINES[2]}</a></p></section>'
    result = cleaner.clean_html(above(box))
    assert removed(result) == []
    assert all(line in result.text for line in facts)


def test_a_box_after_the_story_is_not_this_rule_s(cleaner):
    result = cleaner.clean_html(page(ranked(), story=STORY[:3]))
    assert removed(result) == []
    # (the rules of boxes after the article take it)
    assert not any(line in result.text for line in RANKED)
