"""Near rules: a line's neighbours read once for all the rules (line_rules._families_around) must
take what asking each rule's neighbours alone takes (``_apply_near_rules(..., plain=True)``)."""

import copy

from hypothesis import given, settings, strategies as st

from cleaner import Cleaner
from cleaner.document import Document, Removal
from cleaner.matching.line_rules import _apply_near_rules

_CLEANER = Cleaner()


def _matcher(lang):
    return _CLEANER._rules_for(lang, None)[0]


def _pool(lang) -> tuple[str, ...]:
    # The near rules' own examples, both kinds, and lines of a story round them.
    matcher = _matcher(lang)
    examples = [text for rule in matcher.near_rules for text in (*rule.drop_examples, *rule.keep_examples)]
    return (*sorted(set(examples)), "The ferry will run every twenty minutes during the summer fair.",
            "Lisbon", "By Mara Quist", "Harbour news", "")


POOLS = {lang: _pool(lang) for lang in ("en", "de")}
FAMILIES = sorted(_matcher("en").near_families | _matcher("de").near_families | {"share", "caption"})


def _document(lang: str, picks) -> Document:
    pool = POOLS[lang]
    doc = Document.from_text("\n".join(pool[i % len(pool)] for i, _, _ in picks))
    for line, (_, family, marker) in zip(doc.lines, picks):
        if family is not None and line.text:
            name = FAMILIES[family % len(FAMILIES)]
            line.removed_by = Removal(f"t-{name}", "t.yaml", line.number, line.text, 1 if marker else None, name,
                                      line.start, line.end)
    return doc


def _both(lang: str, doc: Document):
    matcher = _matcher(lang)
    once, plain = copy.deepcopy(doc), copy.deepcopy(doc)
    taken = _apply_near_rules(once, matcher, {}), _apply_near_rules(plain, matcher, {}, plain=True)
    return (taken[0], [line.removed_by for line in once.lines]), (taken[1], [line.removed_by for line in plain.lines])


@settings(max_examples=300, deadline=None)
@given(lang=st.sampled_from(sorted(POOLS)),
       picks=st.lists(st.tuples(st.integers(0, 400), st.one_of(st.none(), st.integers(0, 40)), st.booleans()),
                      max_size=16))
def test_near_rules_reading_a_lines_neighbours_once_take_what_each_rule_reading_them_takes(lang, picks):
    once, plain = _both(lang, _document(lang, picks))
    assert once == plain


def test_a_place_echoing_the_byline_beside_it_goes_and_one_beside_a_cut_stays():
    # A line removed as part of a marker's cut is no neighbour a near rule stands beside.
    text = "Harbour news\nLisbon\nLisbon / Mara Quist\nThe ferry will run every twenty minutes during the summer fair."
    for marker, gone in ((None, True), (1, False)):
        doc = Document.from_text(text)
        line = doc.lines[2]
        line.removed_by = Removal("t-byline", "t.yaml", 3, line.text, marker, "byline", line.start, line.end)
        once, plain = _both("en", doc)
        assert once == plain
        assert (once[1][1] is not None) == gone
