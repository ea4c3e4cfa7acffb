"""page_link_box and page_outside read the page's boxes once for a document (matching/page_boxes.py,
page_outside.py: each kind's two rules, after and before the article, and every round share them):
what they remove is what they remove when each call reads the page afresh, on pages written for
these tests, extracted by the real trafilatura."""

import pytest

import test_page_outside as outside
from cleaner import Cleaner
from cleaner.matching import page_boxes, page_outside, structure
from test_matching_page_boxes import READING, STORY, page, ranked, teasers
from test_matching_page_boxes_before import above

KINDS = {"page_link_box": page_boxes.page_link_box, "page_outside": page_outside.page_outside}


def _afresh(kind):
    step = KINDS[kind]

    def afresh(doc, rule, lines, texts):
        doc.memo.pop(step, None)
        return step(doc, rule, lines, texts)
    return afresh


def _removals(result):
    return [(r.rule_id, r.line, r.text) for r in result.removals]


PAGES = {
    "a column after a short story": page(ranked() + teasers()),
    "a box above the story, others after it": above(ranked()),
    "a reading list inside the story": page(teasers(), inside="<ul>" + "".join(
        f'<li><a href="/basel/r{n}">{line}</a></li>' for n, line in enumerate(READING)) + "</ul>"),
    "a longer story": page(ranked() + teasers(), story=STORY),
    "no prose": page(ranked()).replace(f"<p>{STORY[0]}</p>", "").replace(f"<p>{STORY[1]}</p>", ""),
    "other stories before a long article": outside.page(
        before=outside.teasers('<div class="strip">'), story=outside.STORY + outside.MORE),
    "other stories after a long article": outside.page(after=outside.teasers()),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_boxes_read_once_remove_what_boxes_read_afresh_remove(name, kind, monkeypatch):
    cleaner = Cleaner()
    html = PAGES[name]
    once = cleaner.clean_html(html)
    monkeypatch.setitem(structure.STEPS, kind, _afresh(kind))
    afresh = cleaner.clean_html(html)
    assert _removals(once) == _removals(afresh) and once.text == afresh.text


def test_the_pages_give_both_rules_of_each_kind_work_to_do():
    # The comparison above means something only if each rule removes lines on some of the pages
    # (the boxes the two rules of a kind share are the page's, what each takes its own).
    cleaner = Cleaner()
    taken = {name: {r.rule_id for r in cleaner.clean_html(html).removals} for name, html in PAGES.items()}
    assert {"page-link-box", "page-link-box-before"} <= taken["a box above the story, others after it"]
    assert "page-box-after-article" in taken["other stories after a long article"]
    assert "page-box-before-article" in taken["other stories before a long article"]
    assert not {"page-link-box", "page-link-box-before"} & taken["no prose"]
