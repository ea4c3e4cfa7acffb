"""Slideshows printed as a list: each slide a line opening on its place in the show ("- 7/40 Headline ...").

A news site's gallery of other stories, flattened by the extraction, leaves one line a slide, its
headline and caption after the slide's number over the show's length. The counters prove the run:
the same length on every line, the places going up one by one. The length is at least
_MIN_LENGTH, which no day of a month nor a month reaches, so a diary's days ("1/12", "2/12", "3/12")
or a club's monthly dates ("10/12", "11/12") stay, and a cook's fractions ("1/2 cup") never run.
The run holds half the show's slides at least: a story quoting the first posts of a long numbered
thread holds a few.
Family ticker: the counters prove it as a ticker's stamps do, and the over-cleaning guard weighs it
apart, so, as a ticker, the run goes only beside an article the text keeps outside it.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule
from .line_rules import remove_runs_beside_prose

# The slide's place and the show's length, then its headline opening on a capital, a digit or a quote.
_COUNTER = regex.compile(r"^(?:[-*•·]\s*)?(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})\s+[\p{Lu}\p{N}\"'“‘]")
_MIN_LENGTH = 32


def _counter(text: str) -> tuple[int, int] | None:
    found = _COUNTER.match(text)
    if found is None:
        return None
    place, length = int(found["n"]), int(found["of"])
    return (place, length) if 1 <= place <= length and length >= _MIN_LENGTH else None


def counted_slideshow(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    counters = [_counter(text) for text in texts]
    runs: list[list[int]] = []
    run: list[int] = []
    for k, counter in enumerate(counters):
        previous = counters[run[-1]] if run else None
        if counter is not None and previous is not None and counter == (previous[0] + 1, previous[1]):
            run.append(k)
            continue
        if len(run) >= rule.min_run:
            runs.append(run)
        run = [k] if counter is not None else []
    if len(run) >= rule.min_run:
        runs.append(run)
    # A show printed as a list prints its slides, most of them at least; a story quoting a few
    # numbered posts of a long thread ("1/35 The wind came up at nine") prints a handful.
    runs = [run for run in runs if 2 * len(run) >= counters[run[0]][1]]
    if not runs:  # most documents: no counted run
        return 0
    return remove_runs_beside_prose(lines, texts, runs, rule)
