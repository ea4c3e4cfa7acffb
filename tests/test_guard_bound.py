"""The over-cleaning guard's bound (overcleaning._may_pass): a document whose removals of weighed
families, all counted, stay under the limit is left alone without reading its lines as prose. The
guard with the bound must do to every document what the plain guard (bound=False) does."""

import copy

from hypothesis import given, settings, strategies as st

from cleaner import Cleaner
from cleaner.document import Document, Removal
from cleaner.matching.overcleaning import UNWEIGHED, guard_against_overcleaning
from cleaner.text.prose import TailShape

LINES = (
    "The harbour ferry will run every twenty minutes during the summer fair.",
    "Councillors agreed the new timetable after a long debate on Tuesday evening.",
    "Residents can read the full plan at the library on Mill Street.",
    "Garden news", "Allotment forum", "Sign in", "Weather", "Seed swaps",
    "Our reading list for the season:",
    "Copper Kettles", "Winter Orchards",
    "",
    "-----",
    "He said: \"We waited three years for this ferry, and it is finally here.\"",
    "Posted 3 May 2026 10:14",
)
FAMILIES = (None, "navigation", "related", "share", *sorted(UNWEIGHED))


def _document(picks: list[tuple[int, int | None]]) -> Document:
    doc = Document.from_text("\n".join(LINES[i] for i, _ in picks))
    for line, (_, family) in zip(doc.lines, picks):
        if family is not None:
            name = FAMILIES[family]
            line.removed_by = Removal(f"t-{name}", "t.yaml", line.number, line.text, None, name, line.start, line.end)
    return doc


def _state(doc: Document) -> tuple:
    return [line.removed_by for line in doc.lines], [notice.message for notice in doc.notices]


def _both(doc: Document, limit: float, shape: TailShape) -> tuple[tuple, tuple]:
    bounded, plain = copy.deepcopy(doc), copy.deepcopy(doc)
    guard_against_overcleaning(bounded, limit, shape)
    guard_against_overcleaning(plain, limit, shape, bound=False)
    return _state(bounded), _state(plain)


@settings(max_examples=400, deadline=None)
@given(picks=st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.one_of(st.none(), st.integers(0, len(FAMILIES) - 1))),
                      max_size=14),
       limit=st.sampled_from((0.05, 0.3, 0.5, 0.7, 0.9, 1.0)),
       shape=st.sampled_from((TailShape(), TailShape(prose_words=4, max_prose=0))))
def test_the_bounded_guard_does_what_the_plain_guard_does(picks, limit, shape):
    bounded, plain = _both(_document(picks), limit, shape)
    assert bounded == plain


def test_the_bound_leaves_a_document_the_guard_restores_to_the_guard():
    # Four of five lines taken by a menu rule, the story's one sentence among them: the plain guard
    # gives everything back, and so must the bounded one (a bound that said "under" would not).
    picks = [(3, 1), (0, 2), (4, 1), (6, 1), (7, 1)]
    bounded, plain = _both(_document(picks), 0.7, TailShape())
    assert bounded == plain
    assert all(removal is None for removal in bounded[0]) and "would remove" in bounded[1][0]


def test_unweighed_families_alone_never_pass_the_bound():
    picks = [(3, FAMILIES.index(family)) for family in sorted(UNWEIGHED)] + [(0, None)]
    doc = _document(picks)
    guard_against_overcleaning(doc, 0.05, TailShape())
    assert not doc.notices and sum(line.removed_by is not None for line in doc.lines) == len(UNWEIGHED)


def test_cleaning_with_the_bound_is_cleaning_with_the_plain_guard(monkeypatch):
    # The whole pipeline on invented pages, some of them mostly menus, at two limits: the same results.
    texts = ["\n".join([*LINES[3:8] * 4, LINES[0]]), "\n".join(LINES), "\n".join([LINES[0], "Share this", "Sign in"]),
             "Home › Garden › News\nBy Ann Reed\n" + LINES[1] + "\nLeave a Comment\nYou may also like\nWinter Orchards\n"]
    limits = (0.05, 0.7)
    bounded = [[Cleaner(max_removal=limit).clean(text) for text in texts] for limit in limits]
    assert any(result.notices for result in bounded[0])  # the guard acts on some of these pages
    import cleaner.pipeline as pipeline

    plain_guard = guard_against_overcleaning
    monkeypatch.setattr(pipeline, "guard_against_overcleaning",
                        lambda doc, limit, shape: plain_guard(doc, limit, shape, bound=False))
    assert [[Cleaner(max_removal=limit).clean(text) for text in texts] for limit in limits] == bounded
