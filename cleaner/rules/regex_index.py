"""What a line needs for a regex to match it: how it begins, what it contains, how it ends.

``starts(r"(?i)^(?:home|accueil)\\s*[>»]")`` is ``{"home", "accu"}``: every match
begins with one of these (compared in lower case), so a line that begins with
neither need not be searched. ``contains(r"\\d+ (?:comments|replies)")`` is
``{"comments", "replies"}``: a line that holds neither need not be searched either.
``ends(r"Photo: [^.!?]{1,60}$")`` is ``(True, {".", "!", "?"})``: a line ending with
one of these cannot match. The matcher's screen (matching/screen.py) finds a line's
openings (regex_openings: starts after a lead of separators) and parts in one scan, and the
matcher leaves out the rules that cannot end as the line does.

The answer only ever over-approximates: a construct this reading does not
follow (a class, a look-around, a back-reference) ends a start early or makes
the pattern unindexed (None), and an unindexed pattern is searched on every
line. Patterns are read with Python's own ``re`` parser after the ``regex``
module's Unicode properties are replaced by ``\\w``, which is "any character"
here; a pattern it cannot read is unindexed. The pattern is read as written: RE2 runs
a translation of it that matches the same lines (rule_regex), so what holds for the
``regex`` module's reading holds for what runs.
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
    differently ("ſ" and "s"). Such a character does not come back from upper case to the
    same lower case. Sigma is the exception made for it: Σ, σ and ς match one another
    case-blind and are all folded to σ, as patterns' are (Greek lines end words on ς).
    "ß" (upper case "SS") is let through: only full case folding matches it to "ss", and
    a pattern asking for that ((?f), (?V1)) is one re's parser cannot read, so it is never
    indexed."""
    if text.isascii() or _regular_line().fullmatch(text):  # lowered and checked, character by character
        return text.lower()
    return _checked_fold(text)


def _checked_fold(text: str) -> str | None:
    """fold() by its definition: lowered, and the round trip checked on the whole text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    # Python lowers Σ by its place in the word (σ, or ς at the end): every sigma becomes σ,
    # before the round trip and after it.
    if "ς" in lowered:
        lowered = lowered.replace("ς", "σ")
    probe = lowered.replace("ß", "") if "ß" in lowered else lowered
    back = probe.upper().lower()
    return lowered if back.replace("ς", "σ") == probe else None


# Where the letters of most lines live (Latin, Greek, Cyrillic, general punctuation):
# each character of these blocks that passes fold()'s check alone, the sigmas aside (lower
# case gives σ or ς by the place in the word, where fold() wants σ), makes the class of
# lines lowered without more.
_COMMON_BLOCKS = ((0x80, 0x52F), (0x2000, 0x206F))


@functools.cache
def _regular_line() -> re.Pattern:
    regular = [chr(code) for first, last in _COMMON_BLOCKS for code in range(first, last + 1)
               if chr(code) not in "Σσς" and _checked_fold(chr(code)) == chr(code).lower()]
    return re.compile("[\\x00-\\x7f" + "".join(map(re.escape, regular)) + "]*")


# What re's parser would read as something else than the regex module means: a POSIX
# class ("[[:alpha:]]", a set of ":alph" for re) or a fuzzy constraint ("(?:foo){e<=1}",
# literal braces for re). Such a pattern is not indexed. A set that only opens on a colon
# ("[:!]", "[:：]") means the same to both.
_NOT_RE = re.compile(r"\[:\^?[A-Za-z]+:\]|\{[^}]*[a-z][^}]*\}")


def _parse(pattern: str):
    """re's reading of the pattern as a list of items, or None where it cannot be trusted."""
    parsed = _parse_whole(pattern)
    return None if parsed is None else list(parsed)


def _parse_whole(pattern: str):
    """re's reading of the pattern (its items and its global flags), or None where it cannot be trusted."""
    import warnings
    from re import _parser

    readable = _PROPERTY.sub(r"\\w", pattern)
    if _NOT_RE.search(readable):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set" and the like: not read
            return _parser.parse(readable)
    except (re.error, RecursionError, OverflowError, ValueError, Warning):
        return None


def _key(ch: str) -> str:
    """A pattern's character as a folded line has it: through upper case, so that "ς" and "ſ",
    which match "σ" and "s" case-blind, are written "σ" and "s" (a line holding "ς" itself
    is not folded at all)."""
    upper = ch.upper()
    if len(upper) == 1 and len(upper.lower()) == 1:
        return upper.lower()
    return ch.lower()


@functools.lru_cache(maxsize=65536)
def starts(pattern: str, length: int = LENGTH) -> frozenset[str] | None:
    """The lower-case starts every match of ``pattern`` begins with, cut to ``length``
    characters, or None if it is not indexable."""
    from re import _constants as c

    parsed = _parse(pattern)
    if parsed is None or not _anchored(list(parsed), c):
        return None
    found = _sequence(list(parsed), c, length)
    if any(not start for start, _ in found):
        return None
    return frozenset(start for start, _ in found)


@functools.lru_cache(maxsize=65536)
def contains(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which every match holds, or None when no part of the
    pattern is both required and literal enough to tell (two characters, or one that
    is neither a letter, a digit nor a space: "›" tells, "a" does not)."""
    from re import _constants as c

    items = _parse(pattern)
    if items is None:
        return None
    return _best(_required(items, c))


def _best(candidates) -> frozenset[str] | None:
    """Of sets of parts one of which every match holds, the one that tells most: its shortest
    part the longest, then the fewest parts; None when none tells."""
    best: frozenset[str] | None = None
    for found in map(_fewest, candidates):
        if not _telling(found):
            continue
        if best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best)):
            best = found
    return best


@functools.lru_cache(maxsize=65536)
def ends(pattern: str) -> tuple[bool, frozenset[str]] | None:
    """How every match of an end-anchored ``pattern`` ends: (negated, chars), its last
    character being one of ``chars`` (or, negated, none of them); a line whose last
    character is not such a one cannot match. None when it cannot be told: no "$" at
    the end, or a last character this reading does not follow (a category, a wide
    range, a letter under case-blind matching)."""
    from re import _constants as c

    parsed = _parse_whole(pattern)
    if parsed is None:
        return None
    return _ending(list(parsed), c, bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))


def _ending(items: list, c, blind: bool) -> tuple[bool, frozenset[str]] | None:
    """The last character of a match of ``items`` that must end where the line does."""
    if not items:
        return None
    op, value = items[-1]
    if op is c.AT and value in (c.AT_END, c.AT_END_STRING):
        return _last_char(items[:-1], c, blind)
    if op is c.SUBPATTERN:
        return _ending(list(value[3]), c, _blind(value, c, blind))
    if op is c.BRANCH:
        return either([_ending(list(branch), c, blind) for branch in value[1]])
    return None


def _last_char(items: list, c, blind: bool) -> tuple[bool, frozenset[str]] | None:
    """The last character of a match of ``items`` (None: it cannot be told, or there may be none)."""
    if not items:
        return None
    op, value = items[-1]
    found = None
    if op in (c.LITERAL, c.NOT_LITERAL):
        found = (op is c.NOT_LITERAL, frozenset(chr(value)))
    elif op is c.IN:
        negated = bool(value) and value[0][0] is c.NEGATE
        chars = class_chars(c.IN, value[1:] if negated else value)
        # \s is read wide (what either module means by it): right for a class, not for its negation.
        if negated and any(kind is c.CATEGORY for kind, _ in value[1:]):
            chars = None
        found = None if chars is None else (negated, frozenset(chars))
    elif op is c.SUBPATTERN:
        return _last_char(list(value[3]), c, _blind(value, c, blind))
    elif op is c.BRANCH:
        return either([_last_char(list(branch), c, blind) for branch in value[1]])
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        inner = _last_char(list(value[2]), c, blind)
        # None times: the last character is that of what comes before.
        return inner if value[0] >= 1 else either([inner, _last_char(items[:-1], c, blind)])
    if found is not None and blind and any(ch.lower() != ch.upper() for ch in found[1]):
        return None  # case-blind, a letter matches its other case too
    return found


def _blind(subpattern, c, blind: bool) -> bool:
    """Whether a group matches case-blind: its own flags, or those around it."""
    _, add_flags, del_flags, _ = subpattern
    if del_flags & c.SRE_FLAG_IGNORECASE:
        return False
    return blind or bool(add_flags & c.SRE_FLAG_IGNORECASE)


def either(found: list) -> tuple[bool, frozenset[str]] | None:
    """What ends one alternative or another: the union of their last characters."""
    if not found or None in found:
        return None
    negated, chars = found[0]
    for other_negated, other in found[1:]:
        if negated and other_negated:
            chars = chars & other
        elif negated:
            chars = chars - other
        elif other_negated:
            negated, chars = True, other - chars
        else:
            chars = chars | other
    return negated, chars


def ends_with(ending: tuple[bool, frozenset[str]] | None, ch: str) -> bool:
    """Whether a match can end with the character ``ch`` (always, for an ending not told);
    ``ch`` "" stands for any character the ending does not name."""
    return ending is None or (ch in ending[1]) != ending[0]


_CONTAINS_LENGTH = 16  # a part as long as this tells more ("pour vous abonner", not "pour")


def _required(items: list, c):
    """Sets of strings one of which every match holds: whatever happens before it, every
    match has a part that begins where item i begins, so the starts of items[i:] are
    held; so are those within an item every match goes through (a group, a repeat), and of
    alternatives, a part of each together."""
    for i, (op, value) in enumerate(items):
        yield frozenset(start for start, _ in _sequence(items[i:], c, _CONTAINS_LENGTH))
        if op is c.SUBPATTERN:
            yield from _required(list(value[3]), c)
        elif op is c.ATOMIC_GROUP:
            yield from _required(list(value), c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
            yield from _required(list(value[2]), c)
        elif op is c.BRANCH:
            # Every match goes through one alternative, and so holds a part of that one:
            # what each alternative requires, together ("\\d+ min read|reading time: \\d+").
            each = [_best(_required(list(branch), c)) for branch in value[1]]
            if None not in each:
                yield frozenset().union(*each)


def _fewest(found: frozenset[str]) -> frozenset[str]:
    """The same test with fewer strings: a space that ends a part tells nothing ("bild\\t",
    "bild " are "bild"), and a part that holds another is held wherever that one is."""
    parts = {part.rstrip(_WHITESPACE) or part for part in found}
    return frozenset(part for part in parts if not any(other != part and other in part for other in parts))


def _telling(found: frozenset[str]) -> bool:
    return bool(found) and all(part and (len(part) >= 2 or not (part.isalnum() or part.isspace()))
                               for part in found)


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


def _sequence(items: list, c, length: int = LENGTH) -> frozenset[tuple[str, bool]]:
    found = _EMPTY
    for op, value in items:
        if all(not exact or len(start) >= length for start, exact in found):
            break
        found = _concatenate(found, _item(op, value, c, length), length)
    return frozenset((start[:length], exact and len(start) < length) for start, exact in found)


def _concatenate(left, right, length: int) -> frozenset[tuple[str, bool]]:
    joined = set()
    for start, exact in left:
        if not exact or len(start) >= length:
            joined.add((start[:length], False))
            continue
        for more, more_exact in right:
            whole = start + more
            joined.add((whole[:length], more_exact and len(whole) < length))
    return _bounded(joined, length)


def _bounded(found: set, length: int) -> frozenset[tuple[str, bool]]:
    """Too many alternatives: cut them shorter (still true, less selective) until they are few."""
    size = length
    while len(found) > _MOST and size > 0:
        size -= 1
        found = {(start[:size], exact and len(start) <= size) for start, exact in found}
    return frozenset(found)


def _item(op, value, c, length: int) -> frozenset[tuple[str, bool]]:
    if op is c.LITERAL:
        key = _key(chr(value))
        return frozenset({(key, True)}) if len(key) == 1 else _ANY
    if op is c.IN:
        return _character_class(value, c, length)
    if op is c.SUBPATTERN:
        return _sequence(list(value[3]), c, length)
    if op is c.ATOMIC_GROUP:
        return _sequence(list(value), c, length)
    if op is c.BRANCH:
        return _bounded(set().union(*(_sequence(list(branch), c, length) for branch in value[1])), length)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, inner = value
        once = _sequence(list(inner), c, length)
        if low == high == 1:
            return once
        # Two or more copies are not followed here: after the first, the start is open.
        repeated = frozenset((start, exact and high == 1) for start, exact in once)
        return _bounded(set(repeated) | {("", True)}, length) if low == 0 else repeated
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # zero width: the constraint is dropped, which only widens the starts
    return _ANY


def _character_class(items: list, c, length: int) -> frozenset[tuple[str, bool]]:
    chars = class_chars(c.IN, items)
    if chars is None:  # a negation, a category, a wide range: any character
        return _ANY
    lowered = {_key(ch) for ch in chars}
    if any(len(ch) != 1 for ch in lowered):
        return _ANY
    return _bounded({(ch, True) for ch in lowered}, length)


def class_chars(op, value) -> set[str] | None:
    """The characters one item of re's parse matches, as written (no case folding): a
    literal, or a class of literals, ranges of at most _RANGE and \\s; None for anything
    else (a negation, another category, a wide range, more than one character)."""
    from re import _constants as c

    if op is c.LITERAL:
        return {chr(value)}
    if op is not c.IN:
        return None
    chars: set[str] = set()
    for kind, item in value:
        if kind is c.LITERAL:
            chars.add(chr(item))
        elif kind is c.RANGE and item[1] - item[0] <= _RANGE:
            chars.update(map(chr, range(item[0], item[1] + 1)))
        elif kind is c.CATEGORY and item is c.CATEGORY_SPACE:
            chars.update(_WHITESPACE)
        else:
            return None
    return chars
