"""The order of the dates heading a run of lines one rule matched: a box of other stories lists
them newest first, a story's own chronology or a tour's dates go forward in time."""

from __future__ import annotations

import functools
from typing import Callable

import regex

from ..data import months_in_order


@functools.cache
def _date_pattern():
    """A date in words at the line's head ("March 4, 2019", "Nov. 2, 2018", "12 May 2019"), its
    month read by its first three letters; and those prefixes, January to December."""
    prefixes = tuple(name[:3] for name in months_in_order("en"))
    month = "(?:" + "|".join(prefixes) + r")\p{L}*\.?"
    return regex.compile(r"(?i)^\W{0,3}(?:(?P<m1>" + month + r")\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
                         r"|(?P<d2>\d{1,2})\s+(?P<m2>" + month + r"),?\s+(?P<y2>\d{4}))\b"), prefixes


def _date(text: str) -> tuple[int, int, int] | None:
    pattern, prefixes = _date_pattern()
    found = pattern.search(text)
    if found is None:
        return None
    month = (found["m1"] or found["m2"]).lower()[:3]
    return int(found["y1"] or found["y2"]), prefixes.index(month) + 1, int(found["d1"] or found["d2"])


def dates_go_forward(i: int, texts: list[str], same: Callable[[int], bool]) -> bool:
    """Whether, in the run of adjacent lines round ``i`` that ``same`` says the rule matched, one
    line's date is later than the date of the line over it."""
    start, end = i, i
    while start > 0 and same(start - 1):
        start -= 1
    while end + 1 < len(texts) and same(end + 1):
        end += 1
    dates = [d for d in (_date(texts[k]) for k in range(start, end + 1)) if d is not None]
    return any(later > earlier for earlier, later in zip(dates, dates[1:]))
