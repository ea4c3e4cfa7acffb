"""page_link_box reads the page's boxes once for a document (matching/page_boxes.py: both link
box rules and every round share them): what it removes is what it removes when each call reads
them afresh, on pages written for these tests, extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from cleaner.matching import page_boxes, structure
from test_matching_page_boxes import READING, STORY, page, ranked, teasers
from test_matching_page_boxes_before import above


def _afresh(doc, rule, lines, texts):
    doc.memo.pop(page_boxes.page_link_box, None)
    return page_boxes.page_link_box(doc, rule, lines, texts)


def _removals(result):
    return [(r.rule_id, r.line, r.text) for r in result.removals]


PAGES = {
    "a column after a short story": page(ranked() + teasers()),
    "a box above the story, others after it": above(ranked()),
    "a reading list inside the story": page(teasers(), inside="<ul>" + "".join(
        f'<li><a href="/basel/r{n}">{line}</a></li>' for n, line in enumerate(READING)) + "</ul>"),
    "a longer story": page(ranked() + teasers(), story=STORY),
    "no prose": page(ranked()).replace(f"<p>{STORY[0]}</p>", "").replace(f"<p>{STORY[1]}</p>", ""),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_boxes_read_once_remove_what_boxes_read_afresh_remove(name, monkeypatch):
    cleaner = Cleaner()
    html = PAGES[name]
    once = cleaner.clean_html(html)
    monkeypatch.setitem(structure.STEPS, "page_link_box", _afresh)
    afresh = cleaner.clean_html(html)
    assert _removals(once) == _removals(afresh) and once.text == afresh.text


def test_the_pages_give_the_rule_work_to_do():
    # The comparison above means something only if the rule removes lines on some of the pages.
    cleaner = Cleaner()
    taken = {name: [r for r in cleaner.clean_html(html).removals if r.rule_id.startswith("page-link-box")]
             for name, html in PAGES.items()}
    assert taken["a column after a short story"] and not taken["no prose"]
    # Both rules act on one page: the boxes they share are the page's, what each takes its own.
    assert {r.rule_id for r in taken["a box above the story, others after it"]} == {"page-link-box", "page-link-box-before"}
