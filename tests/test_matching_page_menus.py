"""The page rule of a menu flattened into one line (matching/page_menus.py, page-flat-menu in
rules/page.yaml), on pages written for these tests."""

import pytest

from cleaner.matching.page_menus import menu_items
from conftest import removed_by

STORY = [
    "The harbour board agreed on Monday to open the old grain quay to walkers and cyclists from the "
    "first of May, after two years of talks with the shipping companies.",
    "A new footbridge will link the quay to the fish market, and the board will plant a row of lime "
    "trees along the water once the last cranes have been taken down.",
    "Shop owners near the market welcomed the plan, though some asked who would pay to light the path "
    "at night and to clear it of snow in the winter months.",
]
# A network's sister sites: no word of a site's sections, which the text rules know (en-pipe-menu).
SECTIONS = ["Port Gazette", "Valley Times", "Coast Radio", "Hill Weekly", "Lake Post"]


def _links(items: list[str], sep: str = " | ") -> str:
    return sep.join(f'<a href="/{item.lower().replace(" ", "-")}">{item}</a>' for item in items)


def _page(top: str = "", middle: str = "", foot: str = "", paragraphs: list[str] = STORY) -> str:
    """A page laid out in a table, as sites printed them: a row over the story, the story, a row under it."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs[:2]) + f"\n{middle}\n" + \
        "\n".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return ('<!DOCTYPE html><html lang="en"><head><title>Grain quay opens to walkers</title>'
            '<link rel="canonical" href="https://port.example.net/news/grain-quay"></head><body>'
            f'<table><tr><td>{top}</td></tr><tr><td><h1>Grain quay opens to walkers</h1>\n{body}\n</td></tr>'
            f'<tr><td>{foot}</td></tr></table></body></html>')




def test_a_menu_of_links_on_one_line_goes_above_the_story_and_in_its_foot(cleaner_obj):
    foot = ["About us", "Advertise", "Careers", "Privacy"]
    result = cleaner_obj.clean_html(_page(top=_links(SECTIONS), foot=_links(foot, " · ")))
    assert removed_by(result, "page-flat-menu") == [" | ".join(SECTIONS), " · ".join(foot)]
    assert all(p in result.text for p in STORY)


@pytest.mark.parametrize("joiner", [" | ", " - "])
def test_the_same_line_between_paragraphs_stays(cleaner_obj, joiner):
    # The story's own list of the places it names, each linked, stands between its paragraphs.
    places = ["Grain Quay", "Fish Market", "Lime Walk", "Old Customs House"]
    result = cleaner_obj.clean_html(_page(middle=f"<p>{_links(places, joiner)}</p>"))
    assert removed_by(result, "page-flat-menu") == []
    assert joiner.join(places) in result.text


def test_items_without_links_stay(cleaner_obj):
    # Bars between words that link nowhere: the page does not show a menu.
    result = cleaner_obj.clean_html(_page(top=" | ".join(SECTIONS)))
    assert removed_by(result, "page-flat-menu") == []
    assert " | ".join(SECTIONS) in result.text


def test_a_page_with_one_paragraph_keeps_its_lines(cleaner_obj):
    # A directory or an index: its links are its content.
    result = cleaner_obj.clean_html(_page(top=_links(SECTIONS), paragraphs=STORY[:1]))
    assert removed_by(result, "page-flat-menu") == []
    assert " | ".join(SECTIONS) in result.text


def test_text_mode_has_no_page(cleaner_obj):
    text = "\n".join([" | ".join(SECTIONS), *STORY])
    assert not [r for r in cleaner_obj.clean(text, lang="en").removals if r.rule_id == "page-flat-menu"]


@pytest.mark.parametrize("text, items", [
    ("Home | News | Sport", ["Home", "News", "Sport"]),
    ("| Home || News | Sport |", ["Home", "News", "Sport"]),
    ("News/Media · Recreation · Reference", ["News/Media", "Recreation", "Reference"]),
    ("About us • Privacy / Terms", ["About us", "Privacy", "Terms"]),
    ("Home | News | Sport was cancelled today.", None),  # a sentence's end
    ("Sections: | News | Sport", None),  # a label over what follows
    ("| 12 | 4.5 | 37 |", None),  # figures: a table's row
    ("Home | The long road to the harbour and back | Sport", None),  # more than max_words
    ("Home - Local News - Stoke-on-Trent - Weather", ["Home", "Local News", "Stoke-on-Trent", "Weather"]),
    ("Home » Harbour » Quays » Walks", ["Home", "Harbour", "Quays", "Walks"]),
    ("Home › Harbour > Quays – Walks", ["Home", "Harbour", "Quays", "Walks"]),
    ("Rovers 2 - 1 United - City 0 - 0 Town", None),  # scores
    ("Pages 12 – 40 - Notes - Index", None),  # a range of figures
])
def test_menu_items(text, items):
    assert menu_items(text, 4) == items



def _article(after: str) -> str:
    """A story in an <article>, with ``after`` under its last paragraph."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Festival line-up</title>'
            '<link rel="canonical" href="https://port.example.net/news/line-up"></head><body><main><article>'
            f"<h1>Festival line-up</h1>{paragraphs}{after}</article></main></body></html>")


def test_a_table_with_a_header_of_linked_names_under_the_story_stays(cleaner_obj):
    # A festival's bands by day, each linked to its page: four short linked items a row, under the
    # last paragraph, as a menu in a layout table's cells is; the header rule says it is a table.
    days = "".join(f"<th>{day}</th>" for day in ["Friday", "Saturday", "Sunday", "Monday"])
    rows = [["The Crows", "Blue Hour", "Paper Towns", "The Anchors"], ["Red Sky", "The Millers", "Low Tide", "North Road"]]
    body = "".join("<tr>" + "".join(f"<td>{_links([band])}</td>" for band in row) + "</tr>" for row in rows)
    result = cleaner_obj.clean_html(_article(f"<table><tr>{days}</tr>{body}</table>"))
    assert removed_by(result, "page-flat-menu") == []
    assert "| The Crows | Blue Hour | Paper Towns | The Anchors |" in result.text
    # The same rows with no header read as a layout table's menu, as before.
    bare = cleaner_obj.clean_html(_article(f"<table>{body}</table>"))
    assert removed_by(bare, "page-flat-menu") == ["| The Crows | Blue Hour | Paper Towns | The Anchors |",
                              "| Red Sky | The Millers | Low Tide | North Road |"]


def test_menus_joined_by_hyphens_or_dashes_go_above_the_story(cleaner_obj):
    # (A line of items joined by "»" is read first as a breadcrumb, by its own rule.)
    top = _links(SECTIONS, " - ") + "<br>" + _links(["Harbour News", "Quays", "Walks", "Tides"], " – ")
    result = cleaner_obj.clean_html(_page(top=top))
    assert removed_by(result, "page-flat-menu") == [" - ".join(SECTIONS), "Harbour News – Quays – Walks – Tides"]
    assert all(p in result.text for p in STORY)


def test_a_book_s_chapters_in_the_story_stay(cleaner_obj):
    # A line of a serial's chapters, linked and joined by angle quotes, inside the story.
    chapters = ["The Quay", "The Market", "The Bridge", "The Lamps"]
    result = cleaner_obj.clean_html(_page(middle=f"<p>{_links(chapters, ' » ')}</p>"))
    assert removed_by(result, "page-flat-menu") == []
    assert " » ".join(chapters) in result.text


def test_a_linked_result_line_under_the_story_stays(cleaner_obj):
    # A results line under the last paragraph, the teams linked: figures on both sides of a hyphen.
    results = '<a href="/rovers">Rovers</a> 2 - 1 <a href="/united">United</a> - ' \
              '<a href="/city">City</a> 0 - 0 <a href="/town">Town</a> - <a href="/table">Full table</a>'
    result = cleaner_obj.clean_html(_article(f"<p>{results}</p>"))
    assert removed_by(result, "page-flat-menu") == []


def test_linked_tags_in_the_article_s_element_between_paragraphs_stay(cleaner_obj):
    # Tags the story links inline, joined by hyphens, between two of its paragraphs.
    tags = ["Harbour", "Cycling", "Market Square", "Lime Trees"]
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2]) + f"<p>{_links(tags, ' - ')}</p>" + f"<p>{STORY[2]}</p>"
    page = ('<!DOCTYPE html><html lang="en"><head><title>Grain quay</title></head><body><main><article>'
            f"<h1>Grain quay opens to walkers</h1>{paragraphs}</article></main></body></html>")
    result = cleaner_obj.clean_html(page)
    assert removed_by(result, "page-flat-menu") == []
    assert " - ".join(tags) in result.text
