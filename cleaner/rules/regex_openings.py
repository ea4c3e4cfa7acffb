"""How a regex's matches open: a run of separators, then a start (the screen's openings).

regex_index.starts reads a pattern's first characters, so ``^[\\s|·•]*(?:share|print)``
begins with a space, a bar or a bullet, as every table row trafilatura writes does (a row
is a line opening with "|"). ``opening`` reads the separators apart, as a lead: a line
opens such a regex only when a start follows its run of them. Only characters without case
make a lead, so the folded line holds them as written. The same reading as regex_index's:
it only ever over-approximates, and a pattern it cannot read has no opening.
"""

from __future__ import annotations

import functools

from . import regex_index

# Starts are cut to this many characters (regex_index.starts cuts at 4): a longer literal
# opens fewer lines, and the screen's set reads an anchored one only as far as it goes.
LENGTH = 16


@functools.lru_cache(maxsize=65536)
def opening(pattern: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """How every match of an anchored ``pattern`` begins, told sharper than regex_index.starts:
    (lead, starts), every match being a run of ``lead`` characters, then one of ``starts`` (cut
    to LENGTH, lower case). ``^[\\s|·•]*(?:share|print)`` is ({whitespace, "|", "·", "•"},
    {"share", "print"}) where ``starts`` gives the separators themselves, which begin every
    table row. The lead is what the pattern's first items match when they match only
    characters without case (separators, spaces); lead is empty when none do. None when
    regex_index.starts is."""
    from re import _constants as c

    parsed = regex_index._parse(pattern)
    if parsed is None or not regex_index._anchored(list(parsed), c):
        return None
    items = list(parsed)
    lead: set[str] = set()
    if items[0][0] is c.AT:  # "^" written first: the items after it may be a lead
        first = 1
        while first < len(items):
            chars = _caseless(*items[first], c)
            if chars is None:
                break
            lead |= chars
            first += 1
        found = regex_index._sequence(items[first:], c, LENGTH)
        if first > 1 and all(start for start, _ in found):
            return frozenset(lead), _shortest_starts(start for start, _ in found)
    found = regex_index.starts(pattern, LENGTH)
    return None if found is None else (frozenset(), _shortest_starts(found))


def _shortest_starts(found) -> frozenset[str]:
    """The same test with fewer strings: a space that ends a start tells nothing ("share\\t",
    "share " are "share"), and a start that begins with another is met wherever that one is."""
    starts = {start.rstrip(regex_index._WHITESPACE) or start for start in found}
    return frozenset(start for start in starts
                     if not any(other != start and start.startswith(other) for other in starts))


def _caseless(op, value, c) -> set[str] | None:
    """The characters an item's matches are made of, when they are single characters without
    case (a folded line holds them as written); None for anything else."""
    if op in (c.LITERAL, c.IN):
        chars = regex_index.class_chars(op, value)
        if chars is None or any(ch.lower() != ch or ch.upper() != ch for ch in chars):
            return None
        return chars
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        inner = [value[2]]
    elif op is c.SUBPATTERN:
        inner = [value[3]]
    elif op is c.BRANCH:
        inner = value[1]
    else:
        return None
    found: set[str] = set()
    for items in inner:
        for item in items:
            chars = _caseless(*item, c)
            if chars is None:
                return None
            found |= chars
    return found
