"""Link boxes before the article's prose (matching/page_boxes.py with ``where: before``,
rules/page.yaml: page-link-box-before), on pages written for these tests, extracted by the real
trafilatura: a site's box of links printed above a short story, beside its element, on a page
whose column of other stories after the story holds more text than the story itself (so that
page-box-before-article, which needs an element holding half of the text, finds no article)."""

import pytest

from cleaner import Cleaner
from test_matching_page_boxes import DATES, HEADLINES, RANKED, STORY, TEASERS, page, ranked, teasers

# Other stories after the story: linked headlines (trafilatura drops them) and short teasers
# (it keeps them), more text than a short story.
OTHER = [("Ferry strike ends after two days", "Crews accepted the pay offer."),
         ("New bike lanes on the ring road", "Work starts in September."),
         ("Library opens on Sundays", "A trial until December."),
         ("Harbour cranes to be kept", "Two will stay as a monument."),
         ("Choir wins national prize", "Sixty singers went to Bern."),
         ("Old post office sold", "A hotel chain bought it."),
         ("Swimming season opens early", "The water is already warm."),
         ("Museum night draws crowds", "Queues formed at midnight."),
         ("Rhine ferry gets a new rope", "It was last changed in 1998."),
         ("Town hall clock stops again", "A part is on its way.")]


def column() -> str:
    items = "".join(f'<h3><a href="/basel/o{n}">{head}</a></h3><p>{teaser}</p>' for n, (head, teaser) in enumerate(OTHER))
    return f'<div class="box-3">{items}</div>'


def above(box: str, story: list[str] = STORY) -> str:
    """``box`` printed above the story's own element, the other stories after it."""
    return page(teasers() + column(), story=story).replace('<div class="col-main">', f'{box}<div class="col-main">')


def listed(texts: list[str], notes: list[str], href: str = "/basel/{}") -> str:
    """A box of links, each with a line under it (a date, a note), as ranked() prints them."""
    items = "".join(f'<p><a href="{href.format(n)}">{text}</a></p><p>{note}</p>'
                    for n, (text, note) in enumerate(zip(texts, notes)))
    return f'<section class="box-5">{items}</section>'


def removed(result) -> list[str]:
    return [r.text.strip("- ") for r in result.removals if r.rule_id == "page-link-box-before"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_link_box_above_the_story_goes(cleaner):
    result = cleaner.clean_html(above(ranked()))
    assert removed(result) == [line for pair in zip(RANKED, DATES) for line in pair]
    assert all(p in result.text for p in STORY)
    removal = next(r for r in result.removals if r.rule_id == "page-link-box-before")
    assert removal.family == "page_box"
    # The element holding most of the text is the page's wrapper: the box rule of the text's
    # shares has no article to stand beside.
    assert not [r for r in result.removals if r.rule_id == "page-box-before-article"]


def test_a_box_above_a_shorter_story_holding_more_of_the_text_stays(cleaner):
    # Over max_held (15%, as page-box-before-article): above a short story a box may be its top.
    result = cleaner.clean_html(above(ranked(), story=STORY[:2]))
    assert removed(result) == []
    assert all(line in result.text for line in RANKED)


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
    # Half of a box's lines must be links: a fact box (names, places, figures) with a few links
    # in it is no list of links.
    facts = ["Lines: 3, 8 and 11", "Hours: midnight to five", "Fare: the day ticket",
             "First night: 4 July", "Operator: the city"]
    items = "".join(f"<p>{line}</p>" for line in facts)
    links = "".join(f'<p><a href="/basel/{n}">{head}</a></p>' for n, head in enumerate(HEADLINES[:3]))
    result = cleaner.clean_html(above(f'<section class="box-1">{items}{links}</section>'))
    assert removed(result) == []
    assert all(line in result.text for line in facts)


CONTENTS = ["Why the night trams stopped in 2020", "What the council decided on Tuesday",
            "Who is expected to ride at night", "What the opponents want to happen next"]
SOURCES = ["Minutes of the city council, 3 June", "Annual report of the transport authority",
           "Survey of night travel by the students' union", "Statement by the cantonal police"]


def test_a_table_of_contents_above_the_story_stays(cleaner):
    # Its links go to places in the page ("#part-2"): no link text, the article's own list.
    box = listed(CONTENTS, ["Part one", "Part two", "Part three", "Part four"], href="#part-{}")
    result = cleaner.clean_html(above(box))
    assert removed(result) == []
    assert all(line in result.text for line in CONTENTS)


def test_sources_linked_on_other_sites_above_the_story_stay(cleaner):
    # Links to another site are no link text here: a list of sources links out, a site's boxes link in.
    box = listed(SOURCES, DATES, href="https://records.example.net/{}")
    result = cleaner.clean_html(above(box))
    assert removed(result) == []
    assert all(line in result.text for line in SOURCES)


def test_a_box_after_the_story_is_not_this_rule_s(cleaner):
    result = cleaner.clean_html(page(ranked(), story=STORY[:3]))
    assert removed(result) == []
    # (the rules of boxes after the article take it)
    assert not any(line in result.text for line in RANKED)
