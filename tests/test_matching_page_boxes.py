"""Link boxes after the article's prose (matching/page_boxes.py, rules/page.yaml: page-link-box),
on pages written for these tests, extracted by the real trafilatura: a short story beside a
column of links longer than itself, which page-box-after-article cannot read (the element holding
most of the text is the page's wrapper)."""

import pytest

from cleaner import Cleaner
from test_matching_page_rules import STORY

RANKED = ["1. Bridge works close the Rhine path", "2. Festival boats draw record crowds",
          "3. Zoo welcomes its first elephant calf", "4. Market hall reopens after renovation"]
HEADLINES = ["Bridge works close the Rhine path", "Festival boats draw record crowds",
             "Zoo welcomes its first elephant calf", "Market hall reopens after renovation"]
TEASERS = ["The path reopens in August.", "Forty boats sailed past the old town.",
           "Keepers named her after the river.", "It kept its old iron roof."]
READING = ["The history of the Basel tram network", "Night buses and trams in Zurich compared",
           "How Vienna runs its night lines"]


DATES = ["4 June", "3 June", "2 June", "1 June"]


def ranked(box: str = '<section class="box-1">', hrefs: list[str] | None = None) -> str:
    """A "most read" box: a ranked list of linked headlines, each with its date below it."""
    hrefs = hrefs or [f"/basel/{n}" for n in range(len(RANKED))]
    items = "".join(f'<p><a href="{href}">{line}</a></p><p>{date}</p>' for href, line, date in zip(hrefs, RANKED, DATES))
    return f"{box}{items}</section>"


def teasers() -> str:
    """Other stories: each one's linked headline and its teaser, in an element of its own."""
    items = "".join(f'<p><a href="/basel/t{n}">{head}</a></p><p>{teaser}</p>'
                    for n, (head, teaser) in enumerate(zip(HEADLINES, TEASERS)))
    return f'<section class="box-2">{items}</section>'


def page(column: str, story: list[str] = STORY[:2], inside: str = "",
         url: str = "https://news.example.org/basel/night-trams") -> str:
    """A short story (``inside`` after its paragraphs, in its own element), then ``column``."""
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title>'
            f'<link rel="canonical" href="{url}"></head><body><div class="site">'
            f'<div class="col-main">{paragraphs}{inside}</div>{column}</div></body></html>')


def removed(result, rule_id: str = "page-link-box") -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_column_of_link_boxes_after_a_short_story_goes(cleaner):
    result = cleaner.clean_html(page(ranked() + teasers()))
    taken = removed(result)
    assert taken[:len(RANKED) * 2:2] == RANKED and taken[-8:] == [line for pair in zip(HEADLINES, TEASERS) for line in pair]
    # A date a date rule took first counts in the box's shape, and stays its rule's.
    assert not any(line in result.text for line in RANKED + DATES + HEADLINES + TEASERS)
    assert all(p in result.text for p in STORY[:2])
    removal = next(r for r in result.removals if r.rule_id == "page-link-box")
    # Family page_box, as the boxes page-box-after-article takes.
    assert removal.rule_file.endswith("page.yaml") and removal.family == "page_box"


def test_the_column_is_more_than_half_of_the_text(cleaner):
    # What page-box-after-article needs is missing here: the element holding most of the text
    # is the page's wrapper, round the story and the column alike.
    result = cleaner.clean_html(page(ranked() + teasers()))
    assert removed(result, "page-box-after-article") == []
    column = sum(len(line) for line in RANKED + DATES + HEADLINES + TEASERS)
    assert column > sum(len(p) for p in STORY[:2])


def test_a_reading_list_inside_the_story_stays(cleaner):
    # Links in the story's own element, after its last paragraph: its sources, a reading list.
    reading = "".join(f'<p><a href="/basel/r{n}">{t}</a></p><p>{date}</p>'
                      for n, (t, date) in enumerate(zip(READING, DATES)))
    result = cleaner.clean_html(page("", inside=reading))
    assert removed(result) == []
    assert all(line in result.text for line in READING)


def test_a_box_before_the_story_s_last_paragraph_stays(cleaner):
    # A box standing between paragraphs of the story is not after the article.
    html = ('<!DOCTYPE html><html lang="en"><head><title>Night trams</title></head><body><div class="site">'
            f'<div class="col-main"><p>{STORY[0]}</p><p>{STORY[1]}</p></div>{ranked()}'
            f'<div class="col-end"><p>{STORY[2]}</p></div></div></body></html>')
    result = cleaner.clean_html(html)
    assert removed(result) == []
    assert all(line in result.text for line in RANKED)


def test_a_box_with_a_longer_run_of_other_lines_stays(cleaner):
    # Three lines in a row between two links that are no links: more than max_gap, an author's
    # box or a part of the story, not a list of other stories.
    notes = "".join(f"<p>{line}</p>" for line in ["Anna Keller", "Basel correspondent", "Writes on transport"])
    box = (f'<section class="box-2"><p><a href="/a">{HEADLINES[0]}</a></p>{notes}'
           f'<p><a href="/b">{HEADLINES[1]}</a></p><p>{DATES[0]}</p><p><a href="/c">{HEADLINES[2]}</a></p>'
           f'<p>{DATES[1]}</p></section>')
    result = cleaner.clean_html(page(box))
    assert removed(result) == []
    assert all(line in result.text for line in HEADLINES[:3])
    # With one line fewer between them, the links make a box.
    result = cleaner.clean_html(page(box.replace("<p>Writes on transport</p>", "")))
    assert removed(result)[:3] == [HEADLINES[0], "Anna Keller", "Basel correspondent"]


def test_one_link_is_no_box(cleaner):
    box = f'<section class="box-2"><p><a href="/a">{HEADLINES[0]}</a></p><p>{TEASERS[0]}</p></section>'
    result = cleaner.clean_html(page(box))
    assert removed(result) == []
    assert HEADLINES[0] in result.text


def test_a_list_linking_out_to_other_sites_stays(cleaner):
    # Links to other sites are no link text (page_walk): a list of sources after the story.
    hrefs = [f"https://source{n}.example.net/report" for n in range(len(RANKED))]
    result = cleaner.clean_html(page(ranked(hrefs=hrefs)))
    assert removed(result) == []
    assert all(line in result.text for line in RANKED)


def test_a_page_with_no_prose_loses_nothing_to_the_rule(cleaner):
    # No paragraph ends as a sentence: no article's element, and no box beside it.
    result = cleaner.clean_html(page(ranked(), story=["Night trams", "Basel, 4 June"]))
    assert removed(result) == []


def test_text_mode_has_no_page_and_no_box_goes(cleaner):
    from cleaner.io.html import extract

    text = extract(page(ranked() + teasers())).text
    assert all(line in cleaner.clean(text).text for line in RANKED)


def test_a_box_opening_with_a_paragraph_stays(cleaner):
    # A paragraph first: the box may be the story's end, standing beside its element.
    note = ("The night lines were first tried in the summer of 2019, when the council ran them for six "
            "weekends and counted the riders at every stop.")
    result = cleaner.clean_html(page(ranked().replace('<section class="box-1">', f'<section class="box-1"><p>{note}</p>')))
    assert removed(result) == []
    assert note in result.text and all(line in result.text for line in RANKED)


def test_a_box_like_the_story_s_own_parts_stays(cleaner):
    # The story's paragraphs each in an element of their own, side by side; a box with their
    # name and class (numbers aside) is one more of them, and stays; the other box goes.
    parts = "".join(f'<div class="part part-{n}"><p>{p}</p></div>' for n, p in enumerate(STORY[:2]))
    box = teasers().replace('<section class="box-2">', '<div class="part part-9">').replace("</section>", "</div>")
    html = page(ranked() + box).replace("".join(f"<p>{p}</p>" for p in STORY[:2]), parts)
    result = cleaner.clean_html(html)
    assert removed(result)[::2] == RANKED
    assert all(line in result.text for line in HEADLINES + TEASERS)



def test_boxes_the_page_proves_are_weighed_apart_by_the_over_cleaning_guard():
    # A one-paragraph story beside three link boxes: the boxes are more of the text than the
    # guard's limit, which would send every removal back if it weighed them with the rules' words.
    reading = "".join(f'<p><a href="/basel/r{n}">{line}</a></p>' for n, line in enumerate(READING))
    column = ranked() + teasers() + f'<section class="box-3">{reading}</section>'
    result = Cleaner(max_removal=0.6).clean_html(page(column, story=STORY[:1]))
    boxes = [r for r in result.removals if r.family == "page_box"]
    taken = sum(len(r.text.strip()) for r in boxes)
    assert taken / (taken + sum(len(line.strip()) for line in result.text.splitlines())) > 0.6
    assert not any(n.kind == "suspicious" for n in result.notices)
    assert STORY[0] in result.text and set(RANKED + HEADLINES + TEASERS) <= {r.text for r in boxes}
