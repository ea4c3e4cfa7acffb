"""What a line needs for a regex to match it: how it begins, what it contains.

``starts(r"(?i)^(?:home|accueil)\\s*[>»]")`` is ``{"home", "accu"}``: every match
begins with one of these (compared in lower case), so a line that begins with
neither need not be searched. ``contains(r"\\d+ (?:comments|replies)")`` is
``{"comm", "repl"}``: a line that holds neither need not be searched either.
Matcher indexes regex rules by their starts and gates the rest by what they contain.

The answer only ever over-approximates: a construct this reading does not
follow (a class, a look-around, a back-reference) ends a start early or makes
the pattern unindexed (None), and an unindexed pattern is searched on every
line. Patterns are read with Python's own ``re`` parser after the ``regex``
module's Unicode properties are replaced by ``\\w``, which is "any character"
here; a pattern it cannot read is unindexed.
"""

from __future__ import annotations

import functools
import re

# Starts are cut to this many characters: long enough to tell "home" from "hora",
# short enough that the alternatives stay few.
LENGTH = 4
_MOST = 128  # more alternatives than this and the starts are cut shorter
_RANGE = 64  # a character class wider than this is "any character"

_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
# What \s matches, in the ``regex`` module or in ``re``: a class of it stays a set of starts.
_WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + \
    "\u2028\u2029\u202f\u205f\u3000"


def fold(text: str) -> str | None:
    """The line in lower case, character for character, as starts and contains are
    written; None when a character makes lower case an unsafe comparison: one whose
    lower case is longer ("İ"), or that matches case-blind a character lowering
    differently ("ſ" and "s", "ς" and "σ"). Such a character does not come back from
    upper case to the same lower case; "ß" (upper case "SS") is the one harmless exception."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    probe = lowered.replace("ß", "") if "ß" in lowered else lowered
    return lowered if probe.upper().lower() == probe else None


@functools.lru_cache(maxsize=65536)
def starts(pattern: str) -> frozenset[str] | None:
    """The lower-case starts every match of ``pattern`` begins with, or None if it is not indexable."""
    from re import _constants as c
    from re import _parser

    try:
        parsed = _parser.parse(_PROPERTY.sub(r"\\w", pattern))
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    if not _anchored(list(parsed), c):
        return None
    found = _sequence(list(parsed), c)
    if any(not start for start, _ in found):
        return None
    return frozenset(start for start, _ in found)


@functools.lru_cache(maxsize=65536)
def contains(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match holds, or None when no part of the
    pattern is both required and literal enough (two characters at least) to tell."""
    from re import _constants as c
    from re import _parser

    try:
        items = list(_parser.parse(_PROPERTY.sub(r"\\w", pattern)))
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    while len(items) == 1 and items[0][0] is c.SUBPATTERN:  # "(?i:...)" around everything
        items = list(items[0][1][3])
    # Whatever happens before it, every match has a part that begins where item i
    # begins: the starts of items[i:] are strings a match holds. The longest win.
    best: frozenset[str] | None = None
    for i in range(len(items)):
        found = frozenset(start for start, _ in _sequence(items[i:], c))
        shortest = min(map(len, found), default=0)
        if shortest >= 2 and (best is None or (shortest, -len(found)) > (min(map(len, best)), -len(best))):
            best = found
    return best


def _anchored(items: list, c) -> bool:
    """Whether every match must begin at the start of the line."""
    if not items:
        return False
    op, value = items[0]
    if op is c.AT:
        return value in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
    if op is c.SUBPATTERN:
        return _anchored(list(value[3]), c)
    if op is c.ATOMIC_GROUP:
        return _anchored(list(value), c)
    if op is c.BRANCH:
        return all(_anchored(list(branch), c) for branch in value[1])
    return False


# Each construct gives a set of (start, exact): exact when the construct matches
# exactly ``start`` and what follows may extend it; otherwise matches only begin with it.
_ANY = frozenset({("", False)})
_EMPTY = frozenset({("", True)})


def _sequence(items: list, c) -> frozenset[tuple[str, bool]]:
    found = _EMPTY
    for op, value in items:
        if all(not exact or len(start) >= LENGTH for start, exact in found):
            break
        found = _concatenate(found, _item(op, value, c), c)
    return frozenset((start[:LENGTH], exact and len(start) < LENGTH) for start, exact in found)


def _concatenate(left, right, c) -> frozenset[tuple[str, bool]]:
    joined = set()
    for start, exact in left:
        if not exact or len(start) >= LENGTH:
            joined.add((start[:LENGTH], False))
            continue
        for more, more_exact in right:
            whole = start + more
            joined.add((whole[:LENGTH], more_exact and len(whole) < LENGTH))
    return _bounded(joined)


def _bounded(found: set) -> frozenset[tuple[str, bool]]:
    """Too many alternatives: cut them shorter (still true, less selective) until they are few."""
    size = LENGTH
    while len(found) > _MOST and size > 0:
        size -= 1
        found = {(start[:size], exact and len(start) <= size) for start, exact in found}
    return frozenset(found)


def _item(op, value, c) -> frozenset[tuple[str, bool]]:
    if op is c.LITERAL:
        return frozenset({(chr(value).lower(), True)}) if len(chr(value).lower()) == 1 else _ANY
    if op is c.IN:
        return _character_class(value, c)
    if op is c.SUBPATTERN:
        return _sequence(list(value[3]), c)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(value), c)
    if op is c.BRANCH:
        return _bounded(set().union(*(_sequence(list(branch), c) for branch in value[1])))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = value
        once = _sequence(list(inner), c)
        if low == high == 1:
            return once
        # Two or more copies are not followed here: after the first, the start is open.
        repeated = frozenset((start, exact and high == 1) for start, exact in once)
        return _bounded(set(repeated) | {("", True)}) if low == 0 else repeated
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero width: the constraint is dropped, which only widens the starts
    return _ANY


def _character_class(items: list, c) -> frozenset[tuple[str, bool]]:
    chars: set[str] = set()
    for op, value in items:
        if op is c.LITERAL:
            chars.add(chr(value))
        elif op is c.RANGE and value[1] - value[0] <= _RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif op is c.CATEGORY and value is c.CATEGORY_SPACE:
            chars.update(_WHITESPACE)
        else:  # a negation, a category, a wide range: any character
            return _ANY
    lowered = {ch.lower() for ch in chars}
    if any(len(ch) != 1 for ch in lowered):
        return _ANY
    return _bounded({(ch, True) for ch in lowered})
