"""page_section reads which of a page's lines stand in elements a rule names once for a document
(matching/page_rules.py, _marked_lines): the lines it finds are those _marked finds line by line,
and what the rules remove is what they remove when every call reads the page afresh, on pages
written for these tests, extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from cleaner.data import default_rules_dir
from cleaner.document import Document
from cleaner.io.html import extract
from cleaner.matching import page_rules, structure
from cleaner.rules.loader import parse_rule_file
from test_matching_page_rules import STORY, link_table, page

URL = "https://news.example.org/basel/night-trams"
BIO = ("Lena Graf has written about the city's trams and buses for twelve years, and rides the "
       "number eight to work every morning.")
PAGES = {
    "a byline, a date and a caption": page(
        '<div class="articleAuthor">Lena Graf, Basel</div>', '<div class="pubDate"><p>2 May 2024, 09:40</p></div>',
        '<p class="photoCaption">A night tram waits at the depot.</p>'),
    "a side box and related links": page(
        '<div class="topics"><p>Basel transport</p><p>City council</p></div>',
        f'<div class="related-posts">{link_table([f"/basel/{n}" for n in range(4)])}</div>'),
    "a writer's box after the story": page(f'<div class="mini-bio"><p>About Lena Graf</p><p>{BIO}</p></div>'),
    # A writer's box between the story's paragraphs is its own (page-author-bio's where: after).
    "a writer's box inside the story": page(
        '<div class="mini-bio"><p>About Lena Graf</p><p>Transport reporter</p></div>',
        *(f"<p>{line.replace('night', 'late')}</p>" for line in STORY[:2])),
}


def _section_rules():
    text = (default_rules_dir() / "page.yaml").read_text(encoding="utf-8")
    return [r for r in parse_rule_file(text, "rules/page.yaml", "page").structure if r.kind == "page_section"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_lines_read_once_are_those_marked_line_by_line(name):
    extracted = extract(PAGES[name], url=URL)
    facts = extracted.facts
    doc = Document.from_text(extracted.text, page=facts)
    marked = set()
    for rule in _section_rules():
        expected = {number for number, spot in facts.spots.items() if page_rules._marked(rule, facts, spot)}
        assert page_rules._marked_lines(doc, rule, facts) == expected
        marked |= expected
    assert marked and len(marked) < len(facts.spots)


def _afresh(doc, rule, lines, texts):
    doc.memo.pop(page_rules._marked_lines, None)
    doc.memo.pop(page_rules._covers, None)
    return page_rules.page_section(doc, rule, lines, texts)


def _removals(result):
    return [(r.rule_id, r.line, r.text) for r in result.removals]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_rules_remove_what_they_remove_reading_the_page_afresh(name, monkeypatch):
    cleaner = Cleaner()
    once = cleaner.clean_html(PAGES[name], url=URL)
    monkeypatch.setitem(structure.STEPS, "page_section", _afresh)
    afresh = cleaner.clean_html(PAGES[name], url=URL)
    assert _removals(once) == _removals(afresh) and once.text == afresh.text


def test_the_pages_give_the_section_rules_work_to_do():
    # The comparison above means something only if page_section rules, one placed after the story
    # among them, remove lines on these pages, and the placed one leaves a box inside the story.
    cleaner = Cleaner()
    section = {rule.id for rule in _section_rules()}
    taken = {name: {r.rule_id for r in cleaner.clean_html(html, url=URL).removals} & section
             for name, html in PAGES.items()}
    assert len(set().union(*taken.values())) >= 4
    assert "page-author-bio" in taken["a writer's box after the story"]
    assert "page-author-bio" not in taken["a writer's box inside the story"]
