"""Small pure functions that repair the characters of a text.

Each returns the new text and what it did, so that the pipeline can keep an
audit of every change, the way ``ftfy.fix_and_explain`` does.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from ..text.classes import char_class
from ..text.latin1 import utf8_byte
from .ftfy_shortcut import _PLAIN_ASCII, nothing_for_ftfy


@functools.lru_cache(maxsize=8)
def any_of(chars: frozenset[str]) -> re.Pattern:
    return re.compile(f"[{char_class(chars)}]")


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


_C1 = re.compile("[\x80-\x9f]")


@functools.lru_cache(maxsize=4)
def _c1_letters(pages: tuple[str, ...]) -> tuple[tuple[str, dict[str, str]], ...]:
    """For each code page, the letter each C1 control's byte stands for in it."""
    table = []
    for page in pages:
        letters = {}
        for code in range(0x80, 0xA0):
            try:
                letter = bytes([code]).decode(page)
            except UnicodeDecodeError:
                continue
            if letter.isalpha():
                letters[chr(code)] = letter
        table.append((page, letters))
    return tuple(table)


def drop_c1_remnants(line: str, pages: tuple[str, ...]) -> tuple[str, str]:
    """A C1 control right beside the letter its byte stands for in a legacy code page ("\x9cś":
    cp1250's "ś" written twice, once as a control) is what a conversion left: it goes. The page
    that explains the most of the line's controls (the first listed on a tie) is read, and the
    line's other controls that are its letters become them; ftfy would read them as cp1252's."""
    if not pages or not _C1.search(line):
        return line, ""
    best: tuple[str, dict[str, str], set[int]] | None = None
    for page, letters in _c1_letters(pages):
        beside = {i for i, ch in enumerate(line) if ch in letters and not utf8_byte(line, i)
                  and letters[ch] in (line[i - 1:i], line[i + 1:i + 2])}
        if beside and (best is None or len(beside) > len(best[2])):
            best = (page, letters, beside)
    if best is None:
        return line, ""
    page, letters, beside = best
    lone = {i for i, ch in enumerate(line) if ch in letters and i not in beside and not utf8_byte(line, i)}
    fixed = "".join("" if i in beside else letters[ch] if i in lone else ch for i, ch in enumerate(line))
    dropped = Counter(line[i] for i in beside)
    detail = ", ".join(f"U+{ord(ch):04X} beside {letters[ch]} x{n}" for ch, n in sorted(dropped.items()))
    if lone:
        detail += ", " + ", ".join(f"U+{ord(ch):04X} as {letters[ch]} x{n}"
                                   for ch, n in sorted(Counter(line[i] for i in lone).items()))
    return fixed, f"{detail} ({page})"


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
    detail = ", ".join(f"{action} {parameter}" for action, parameter in steps or ())
    if fixed.splitlines() != [fixed]:
        # An entity of a line break ("Title&#13;Subtitle") unescaped would split the line,
        # and the next reading would see another text (clean and fix not idempotent).
        fixed, made = _no_new_breaks(line, fixed)
        detail += f", {made}" if made else ""
    return (fixed, detail) if fixed != line else (line, "")


# What str.splitlines() breaks a line at; "\r\n" first, so that it becomes one space.
_BREAKS = ("\r\n", "\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _no_new_breaks(line: str, fixed: str) -> tuple[str, str]:
    """``fixed`` with each line break the line did not hold made a space, and what was done."""
    made = []
    for brk in _BREAKS:
        if brk in fixed and brk not in line:
            fixed = fixed.replace(brk, " ")
            made.append(f"U+{ord(brk[-1]):04X} made a space" if len(brk) == 1 else "CR LF made a space")
    return fixed, ", ".join(made)


def holds_any(text: str, chars: frozenset[str]) -> bool:
    return not text.isascii() and bool(any_of(chars).search(text))


def repair_steps(invisible: frozenset[str], uncurl_quotes: bool = False, shortcut: bool = True,
                 code_pages: tuple[str, ...] = ()) -> tuple[tuple[str, Callable[[str], tuple[str, str]]], ...]:
    """The line repairs in the order they run, as (step name, repair): a repair gives the
    line and what it did ("" for nothing), as ftfy's fix_and_explain does. A C1 control's
    remnant goes before ftfy, which would read it as a cp1252 letter; ftfy before the invisible
    characters: mojibake such as "Ã\xad" holds a soft hyphen that must still be there for ftfy.
    Look-alike letters (homoglyphs.repair_line) come after these, with notices of their own."""
    return (
        ("c1-remnant", lambda text: drop_c1_remnants(text, code_pages)),
        ("unicode", lambda text: repair_unicode(text, uncurl_quotes, shortcut)),
        ("invisible", lambda text: remove_invisible(text, invisible)),
    )
