"""A box of other stories under its heading: each headline over its date alone, newest first.

A paper's box of its earlier stories, flattened by the extraction, leaves each headline over the
day it went out ("Headline", then "January 2, 2002"). A date alone with its month in words is too
common to mark a line (a letter's date, a story's dateline), and a blog's archive is printed the
same way under a heading of its own, which the page keeps as its text. What proves the box is its
heading, which one of the rules named in ``markers`` removed right above the run, and its dates
going back in time (newest first), as a ticker's stamps do. Family ticker: the dates prove it, the
over-cleaning guard weighs it apart, and the run goes only beside an article the text keeps outside it.
"""

from __future__ import annotations

import functools

import regex

from ..data import month_numbers
from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import is_dialogue, more_words_than, sentences
from .line_rules import remove_runs_beside_prose
from .ticker import Stamp, goes_back

# A headline is two words of letters at least, no table cell, and does not end on a stop (a
# paragraph's, or a list of items closing its sentence).
_WORDS = regex.compile(r"\p{L}{2,}\W+\p{L}{2,}")
_CELLS = regex.compile(r"[|│┃║]")


@functools.cache
def _date_pattern() -> regex.Pattern:
    """A date alone on its line, its month in words and its year: "January 2, 2002", "2 January
    2002", "Friday, April 4, 2008"; the longest month names first, so that "June" is not read as "Jun"."""
    names = sorted({form for name in month_numbers() for form in (name, name.capitalize())}, key=lambda n: (-len(n), n))
    month = "|".join(regex.escape(name) for name in names)
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    return regex.compile(
        rf"^(?:\p{{L}}{{3,12}}\.?,\s+)?(?:(?P<m1>{month})\.?\s+(?P<d1>{day})(?:st|nd|rd|th)?,?"
        rf"|(?P<d2>{day})\.?\s+(?P<m2>{month})\.?,?)\s+(?P<y>(?:19|20)\d{{2}})$")


def _date(text: str) -> Stamp | None:
    found = _date_pattern().match(text)
    if found is None:
        return None
    month = month_numbers()[(found["m1"] or found["m2"]).lower()]
    return Stamp(int(found["y"]), month, int(found["d1"] or found["d2"]), None, None, iso=True, named=True)


def _headline(text: str, max_words: int) -> bool:
    return (_WORDS.search(text) is not None and not _CELLS.search(text) and not is_dialogue(text)
            and sentences(text) == 1 and not more_words_than(text, max_words)
            and not text.rstrip().endswith((".", ";", ",", ":")))


def _under_marker(doc: Document, line: Line, markers: frozenset[str]) -> bool:
    """Whether the written line right above ``line`` is a box's heading a marker rule removed."""
    number = line.number - 1
    while number > 0:
        above = doc.line(number)
        if above is not None and above.text.strip():
            return above.removed_by is not None and above.removed_by.rule_id in markers
        number -= 1
    return False


def dated_story_box(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    # Most documents hold fewer dates alone than a run has: a year's four digits end each of them.
    dates = {k: stamp for k, text in enumerate(texts) if text[-4:].isdigit() and (stamp := _date(text)) is not None}
    if len(dates) < rule.min_run:
        return 0
    runs: list[list[int]] = []
    after = -1  # the end of the last run taken
    for first in sorted(k - 1 for k in dates if k > 0):
        if first < after or not _under_marker(doc, lines[first], rule.markers):
            continue
        run: list[int] = []
        stamps: list[Stamp] = []
        j = first
        # A date is no headline: a weekday's name and the month's read as two words ("Friday, April").
        while j + 1 in dates and j not in dates and _headline(texts[j], rule.max_words):
            run += [j, j + 1]
            stamps.append(dates[j + 1])
            j += 2
        if len(stamps) >= rule.min_run and goes_back(stamps):
            runs.append(run)
            after = j
    if not runs:  # most documents: no dated box under a heading a rule took
        return 0
    return remove_runs_beside_prose(lines, texts, runs, rule)
