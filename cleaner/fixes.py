"""Small pure functions that repair the characters of a text.

Each returns the new text and what it did, so that the pipeline can keep an
audit of every change, the way ``ftfy.fix_and_explain`` does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

# Every line break the web throws at us becomes LF; the audit numbers lines after this.
_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028|\u2029")

# Printable ASCII without "&" is text ftfy leaves as it is: no mojibake, no
# entity, no control character. Most lines of most documents are like this.
_PLAIN_ASCII = re.compile(r"[\x20-\x25\x27-\x7e\t]*")


def normalise_line_breaks(text: str) -> str:
    return _LINE_BREAKS.sub("\n", text)


@functools.lru_cache(maxsize=8)
def _any_of(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


def remove_invisible(line: str, invisible: frozenset[str]) -> tuple[str, str]:
    """Drop characters that carry no meaning; the detail names what went."""
    if not holds_any(line, invisible):
        return line, ""
    counts = Counter(ch for ch in line if ch in invisible)
    if not counts:
        return line, ""
    fixed = "".join(ch for ch in line if ch not in invisible)
    detail = ", ".join(
        f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} x{n}" for ch, n in sorted(counts.items())
    )
    return fixed, detail


@functools.lru_cache(maxsize=2)
def ftfy_config(uncurl_quotes: bool = False):
    import ftfy

    # Curly quotes, French guillemets and full-width forms are the author's
    # choice, not damage: keep them unless asked. Line breaks were handled before.
    return ftfy.TextFixerConfig(
        uncurl_quotes=uncurl_quotes,
        fix_character_width=False,
        fix_line_breaks=False,
        normalization="NFC",
        explain=True,
    )


def repair_unicode(line: str, uncurl_quotes: bool = False, shortcut: bool = True) -> tuple[str, str]:
    """Mojibake, stray HTML entities, control characters and NFC, by ftfy.

    Most lines give ftfy nothing to do, and a few scans show it (``shortcut=False``
    asks ftfy about every line, as the tests do to compare)."""
    if shortcut and (_PLAIN_ASCII.fullmatch(line) or (not uncurl_quotes and nothing_for_ftfy(line))):
        return line, ""
    import ftfy

    fixed, steps = ftfy.fix_and_explain(line, config=ftfy_config(uncurl_quotes))
    if fixed == line:
        return line, ""
    return fixed, ", ".join(f"{action} {parameter}" for action, parameter in steps or ())


@functools.cache
def _ftfy_signs() -> tuple[re.Pattern, re.Pattern | None, re.Pattern]:
    from ftfy.badness import BADNESS_RE
    from ftfy.chardata import CONTROL_CHARS, LIGATURES

    # What each of ftfy's fixers (as configured here) acts on: HTML entities, C1 and
    # other control characters, ligatures, surrogates, terminal escapes; mojibake is
    # what its own badness test finds, and the encoding fixes run only when it does.
    chars = "&\x1b" + "".join(map(chr, range(0x80, 0xA0))) + "".join(map(chr, sorted({*LIGATURES, *CONTROL_CHARS})))
    signs = re.compile("[" + "".join(map(re.escape, chars)) + "\ud800-\udfff]")
    return signs, _badness_suspects(BADNESS_RE), BADNESS_RE


def _badness_suspects(badness: re.Pattern) -> re.Pattern | None:
    """A much faster pattern that matches wherever ftfy's badness pattern could.

    Read from the badness pattern itself: each of its alternatives needs two
    non-ASCII characters in a row, or one of a few characters; most French or
    German lines have neither, and are spared the full pattern (which tries dozens
    of alternatives at every position). None if an alternative needs neither
    (a later ftfy): then every line gets the full pattern.
    """
    from re import _constants as c
    from re import _parser

    from .regex_index import class_chars

    parsed = list(_parser.parse(badness.pattern, badness.flags))
    if len(parsed) != 1 or parsed[0][0] is not c.BRANCH:
        return None
    lone: set[str] = set()
    for branch in parsed[0][1][1]:
        sets = [class_chars(op, value) for op, value in branch]
        wide = [found is not None and min(map(ord, found)) > 0x7F for found in sets]
        if any(a and b for a, b in zip(wide, wide[1:])):
            continue
        needed = [found for found, is_wide in zip(sets, wide) if is_wide]
        if not needed:
            return None
        lone |= min(needed, key=len)
    return re.compile("[^\x00-\x7f]{2}|[" + "".join(map(re.escape, sorted(lone))) + "]")


def holds_any(text: str, chars: frozenset[str]) -> bool:
    return not text.isascii() and bool(_any_of(chars).search(text))


def nothing_for_ftfy(text: str, badness_scan: bool = True) -> bool:
    """Whether ftfy (quotes kept) would leave every line of ``text`` as it is, by a few scans
    instead of its passes: no sign for its fixers, NFC, and no match for its badness pattern.
    With ``badness_scan=False`` (a whole document at once) a suspect for the badness
    prefilter is already a "no". False means "ask ftfy", line by line."""
    if _PLAIN_ASCII.fullmatch(text.replace("\n", " ") if "\n" in text else text):
        return True
    signs, suspects, badness = _ftfy_signs()
    if signs.search(text) or not unicodedata.is_normalized("NFC", text):
        return False
    if suspects is not None and not suspects.search(text):
        return True
    return badness_scan and not badness.search(text)


_SPACE_RUN = re.compile(r"[ \t]{2,}|\t")


def fold_spaces(line: str) -> str:
    """Strip a line and fold its runs of spaces and tabs into one space."""
    if "  " not in line and "\t" not in line:  # most lines, and every line already folded
        return line.strip()
    return _SPACE_RUN.sub(" ", line).strip()
