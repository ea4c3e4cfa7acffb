"""A page_section rule's ``unless_inside`` (a word of an element between the line and the box
that makes the line the text's own) holds whichever way the rule names its box: by a word of its
class or id, by one of its class names (``classes``) or by its element's name (``elements``)."""

from dataclasses import replace

import pytest

from cleaner.data import default_rules_dir
from cleaner.io.html import extract
from cleaner.matching.page_rules import _marked, _marked_walk
from cleaner.rules.loader import parse_rule_file
from test_matching_page_rules import STORY

OWN = "Notes from a slow ride across town"
SITE = "The Riverside Tram Diary"


def _page() -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams</title></head><body>'
            f'<div class="content"><section class="masthead"><div class="site-heading"><p>{SITE}</p></div>'
            f'<div class="post-heading"><p>{OWN}</p></div></section>'
            f'<h1>Night trams return to Basel</h1>\n{paragraphs}\n</div></body></html>')


def _bundled():
    text = (default_rules_dir() / "page.yaml").read_text(encoding="utf-8")
    return next(r for r in parse_rule_file(text, "rules/page.yaml", "page").structure
                if r.id == "page-site-branding")


@pytest.mark.parametrize("naming", [
    {},  # the bundled rule: a word of the box's class
    {"words": frozenset(), "classes": frozenset({"masthead"})},
    {"words": frozenset(), "elements": frozenset({"section"})},
])
def test_a_line_in_the_text_s_own_block_inside_the_box_is_not_the_box_s(naming):
    rule = replace(_bundled(), **naming)
    page = extract(_page(), url="https://trams.example.org/night")
    lines = page.text.split("\n")
    told = {}
    for number, spot in page.facts.spots.items():
        if lines[number - 1] in (OWN, SITE):
            told[lines[number - 1]] = _marked(rule, page.facts, spot)
            assert told[lines[number - 1]] == _marked_walk(rule, page.facts, spot)
    assert told == {SITE: True, OWN: False}
