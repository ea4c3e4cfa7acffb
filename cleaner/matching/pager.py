"""Pagers: the page numbers of a paginated article or thread, one a line, and their labels.

A site that splits an article or a forum thread over pages prints its pager as links:
"Pages:", then "[1]", "2", "3", then "Next »". An extractor gives each link a line. The
numbers alone prove nothing (a countdown, the numbers of a list, a table's column), so
a run goes only when its numbers count up by one (1, 2, 3: a countdown runs down) and
a pager's word (the rule's ``labels``: "Pages", "Next page", "Previous") stands on the
line just before or after it; those label lines go with the numbers.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.keys import phrase_key
from ..rules.model import StructureRule
from .line_rules import remove_line

# A page's number as a pager prints it: "2", "[1]" (the page shown), "- 3" (a list item).
_NUMBER = regex.compile(r"^(?:[-•·*]\s*)?[\[(]?(\d{1,3})[\])]?$")


def pager(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of at least ``min_lines`` page numbers counting up by one, beside a pager's word."""
    numbers = page_numbers(texts)
    written = doc.written()
    first = written[0] if written else None  # the title's place, as for near rules
    removed = 0
    i = 0
    while i < len(texts):
        if numbers[i] is None:
            i += 1
            continue
        end = i + 1
        while end < len(texts) and numbers[end] == numbers[end - 1] + 1:
            end += 1
        labels = [k for k in (i - 1, end) if 0 <= k < len(texts) and phrase_key(texts[k]) in rule.labels]
        if end - i >= rule.min_lines and labels:
            for k in (*range(i, end), *labels):
                if lines[k] is not first:
                    remove_line(lines[k], rule)
                    removed += 1
        i = end
    return removed


def page_numbers(texts: list[str]) -> list[int | None]:
    """Each line's page number, or None."""
    # A page's number opens with a bullet, a bracket or a digit, never a letter (no character
    # regex reads as \d is a letter to str: a test holds it): most lines are told by their first.
    return [None if text[:1].isalpha() else _number(text) for text in texts]


def _number(text: str) -> int | None:
    found = _NUMBER.match(text)
    if found is None:
        return None
    try:
        return int(found.group(1))
    except ValueError:  # a digit regex knows and int() does not (regex's Unicode is later than Python's)
        return None
