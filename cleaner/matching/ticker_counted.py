"""Stamps under a ticker's headlines that a counter rule took first: "14-03-2007 09:12 | 2 comment(s)".

A newswire or a blog prints its latest posts as a list, each title over a line of its stamp and its
comment count. The line rules take that line as a post's counters (family comments) before the
ticker runs, which then sees the titles alone; the stamp the counter line opens on still stamps the
title above it. A blog's page of posts prints each post's body under its counters, and a body is no
headline: only a list of titles makes a run.
"""

from __future__ import annotations

from typing import Callable, TypeVar

import regex

from ..document import Document, Line

Stamp = TypeVar("Stamp")
# What follows the stamp on a counter line: a bar or a dot, then the count of comments or replies.
_COUNT = regex.compile(r"\s*[|•·]\s*(?i:(?:\d+|no)\s+(?:comments?(?:\(s\))?|replies|responses))\s*$")


def stamps_counted_below(doc: Document, lines: list[Line], read: Callable[[str], Stamp | None]) -> dict[int, Stamp]:
    """For each kept line (its index in ``lines``), the stamp of the counter line right under it
    (the next non-empty line) that a rule of family comments removed: ``read`` reads the stamp
    left once the count is cut off."""
    taken: dict[int, Stamp] = {}
    if not any(line.removed_by is not None and line.removed_by.family == "comments" for line in doc.lines):
        return taken  # most documents: no counters taken
    for k, line in enumerate(lines):
        number = line.number + 1
        other = doc.line(number)
        while other is not None and not other.text.strip():
            number += 1
            other = doc.line(number)
        if other is None or other.removed_by is None or other.removed_by.family != "comments":
            continue
        count = _COUNT.search(other.text)
        stamp = read(other.text[:count.start()].strip()) if count else None
        if stamp is not None:
            taken[k] = stamp
    return taken
