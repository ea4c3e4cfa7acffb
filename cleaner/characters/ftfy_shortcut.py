"""The ftfy shortcut: which lines could ftfy change, found with a few scans of the whole text.

A speed-up of ``repairs.repair_unicode(line, shortcut=False)``, which asks ftfy about every
line: a line this module passes over is one ftfy would return unchanged. The tests that
hold the two equal are tests/test_properties.py's test_ftfy_shortcut_*, test_badness_*
and test_whole_text_scans_*.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from ..text.classes import char_class

# Printable ASCII without "&" is text ftfy leaves as it is: no mojibake, no
# entity, no control character. Most lines of most documents are like this.
_PLAIN_ASCII = re.compile(r"[\x20-\x25\x27-\x7e\t]*")
_PLAIN_LINES = re.compile(r"[\x20-\x25\x27-\x7e\t\n]*")  # the same, lines of it


class FtfySigns(NamedTuple):
    signs: re.Pattern  # an HTML entity, or a character one of ftfy's fixers acts on
    suspects: re.Pattern | None  # a prefilter for badness: None when it cannot be derived
    badness: re.Pattern  # ftfy's own test for mojibake
    width: int | None  # the longest badness match, when each alternative is a fixed row of characters
    starts: re.Pattern  # a character a sign begins with: a class, for one scan of a whole text


@functools.cache
def ftfy_signs() -> FtfySigns:
    from ftfy.badness import BADNESS_RE
    from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES

    # What each of ftfy's fixers (as configured here) acts on: HTML entities (as its own
    # pattern finds them: a bare "&", as in "Terms & Conditions", it leaves alone), C1 and
    # other control characters, ligatures, surrogates, terminal escapes; mojibake is what
    # its own badness test finds, and the encoding fixes run only when it does.
    chars = "\x1b" + "".join(map(chr, range(0x80, 0xA0))) + "".join(map(chr, sorted({*LIGATURES, *CONTROL_CHARS})))
    one = "".join(map(re.escape, chars)) + "\ud800-\udfff"
    signs = re.compile(f"[{one}]|{HTML_ENTITY_RE.pattern}")
    starts = re.compile(f"[{one}{re.escape(HTML_ENTITY_RE.pattern[0])}]")
    return FtfySigns(signs, _badness_suspects(BADNESS_RE), BADNESS_RE, _badness_width(BADNESS_RE), starts)


def _branches(badness: re.Pattern) -> list | None:
    from re import _constants as c
    from re import _parser

    parsed = list(_parser.parse(badness.pattern, badness.flags))
    if len(parsed) != 1 or parsed[0][0] is not c.BRANCH:
        return None
    return parsed[0][1][1]


def _badness_suspects(badness: re.Pattern) -> re.Pattern | None:
    """A much faster pattern that matches wherever ftfy's badness pattern could.

    Read from the badness pattern itself: each of its alternatives needs two
    characters in a row from two classes of non-ASCII characters (such as an accented
    lower-case letter and an accented capital), or one of a few characters; most lines
    have neither, and are spared the full pattern (which tries dozens of alternatives at
    every position). The pairs are taken as they are written, not as "any two non-ASCII
    characters": a line of Cyrillic or Greek is not suspect from end to end. None if an
    alternative needs neither (a later ftfy): then every line gets the full pattern.
    """
    from ..rules.regex_index import class_chars

    branches = _branches(badness)
    if branches is None:
        return None
    firsts: set[str] = set()
    seconds: set[str] = set()
    lone: set[str] = set()
    for branch in branches:
        sets = [class_chars(op, value) for op, value in branch]
        wide = [found is not None and min(map(ord, found)) > 0x7F for found in sets]
        pairs = [(sets[i], sets[i + 1]) for i in range(len(sets) - 1) if wide[i] and wide[i + 1]]
        if pairs:  # the pair whose first character is the rarest
            first, second = min(pairs, key=lambda pair: len(pair[0]))
            firsts |= first
            seconds |= second
            continue
        needed = [found for found, is_wide in zip(sets, wide) if is_wide]
        if not needed:
            return None
        lone |= min(needed, key=len)
    # One class first, so that re looks for one of its characters before anything else.
    return re.compile(f"[{char_class(firsts | lone)}](?:[{char_class(seconds)}]|(?<=[{char_class(lone)}]))")


def _badness_width(badness: re.Pattern) -> int | None:
    """The longest match of the badness pattern, if each of its alternatives is a row of
    single characters (at most repeated a few times, or anchored at the line's start):
    then every match lies within that many characters of a suspect, and only there
    need it be looked for. None for anything else (a look-around, a word boundary)."""
    from re import _constants as c

    def width(op, value) -> int | None:
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            return 1
        if op is c.AT and value in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return 0  # searched from a later position of the line, it matches nothing: as alone
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[1] is not c.MAXREPEAT and len(value[2]) == 1:
            one = width(*value[2][0])
            return None if one is None else one * value[1]
        return None

    branches = _branches(badness)
    if branches is None:
        return None
    widths = [[width(op, value) for op, value in branch] for branch in branches]
    if any(None in found for found in widths):
        return None
    return max(sum(found) for found in widths)


def lines_for_ftfy(lines: list[str], text: str, starts: list[int], signed: set[int]) -> set[int]:
    """The lines ftfy (quotes kept) may change: those ``nothing_for_ftfy`` does not clear,
    found by scanning the whole ``text`` (the lines joined) once per check and only the
    suspects line by line. ``signed``: the lines holding one of ftfy's signs."""
    found = ftfy_signs()
    suspects, badness = found.suspects, found.badness
    found = set(signed)
    # NFC never composes across a line break: the whole is normalised when every line is.
    if not unicodedata.is_normalized("NFC", text):
        found.update(i for i, line in enumerate(lines) if not unicodedata.is_normalized("NFC", line))
    if suspects is None:
        found.update(i for i, line in enumerate(lines) if i not in found and badness.search(line))
    else:
        found.update(_bad_lines(text, starts, lines, found))
    return found


def _bad_lines(text: str, starts: list[int], lines: list[str], skip: set[int]) -> list[int]:
    """The lines (not in ``skip``) where ftfy's badness pattern matches, looked for only
    around the suspects: a match lies within ``width`` characters of one."""
    found = ftfy_signs()
    suspects, badness, width = found.suspects, found.badness, found.width
    bad: list[int] = []
    match = suspects.search(text)
    line, misses = -1, 0
    while match is not None:
        at = match.start()
        i = bisect_right(starts, at) - 1
        begin, end = starts[i], starts[i] + len(lines[i])
        misses = misses + 1 if i == line else 0
        line, resume = i, end  # the next line, once this one is decided
        if i in skip:
            pass
        elif width is None:
            if badness.search(lines[i]):
                bad.append(i)
        # A badness match holds a suspect, and the scan (left to right, no overlaps)
        # meets a suspect starting at most one character before the match begins.
        # Text in another script is suspects all along: after a few, the rest of the line.
        elif badness.search(lines[i], max(0, at - begin - width),
                            at - begin + width + 2 if misses < _WINDOWS else end - begin):
            bad.append(i)
        elif misses < _WINDOWS:
            resume = match.end()
        match = suspects.search(text, resume)
    return bad


# Suspects of a line looked at one by one before the rest of the line is searched at once.
_WINDOWS = 4


def plain(text: str) -> bool:
    """Printable ASCII (and line breaks) without "&": nothing in it for any character repair."""
    return bool(_PLAIN_LINES.fullmatch(text))


@functools.lru_cache(maxsize=8)
def union(*classes: re.Pattern) -> re.Pattern:
    """One class of the characters of several (each a plain "[...]"): one scan for all."""
    return re.compile("[" + "".join(c.pattern[1:-1] for c in classes) + "]")


def nothing_for_ftfy(text: str) -> bool:
    """Whether ftfy (quotes kept) would leave the line as it is, by a few scans instead
    of its passes: no sign for its fixers, NFC, and no match for its badness pattern."""
    if _PLAIN_ASCII.fullmatch(text):
        return True
    found = ftfy_signs()
    signs, suspects, badness = found.signs, found.suspects, found.badness
    if signs.search(text) or not unicodedata.is_normalized("NFC", text):
        return False
    return (suspects is not None and not suspects.search(text)) or not badness.search(text)
