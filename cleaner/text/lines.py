"""Lines of a text: its line breaks made LF, each line with its own break, spaces folded; the lines
of a document searched at once, as one text."""

from __future__ import annotations

import re
from bisect import bisect_right

from .latin1 import utf8_byte

# Every line break the web throws at us becomes LF; the audit numbers lines after this.
_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028|\u2029")
_ANY_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # the same, and LF


def nel_breaks(text: str) -> int:
    """How many of the U+0085 in ``text`` break a line, as normalise_line_breaks reads them."""
    if "\x85" not in text:
        return 0
    return sum(1 for match in re.finditer("\x85", text) if not utf8_byte(text, match.start(), whole=True))


def _break(match: re.Match) -> str:
    return match.group() if match.group() == "\x85" and utf8_byte(match.string, match.start(), whole=True) else "\n"


def normalise_line_breaks(text: str) -> str:
    # Most texts hold none: four searches for a character cost less than one regex scan.
    if "\x85" in text:
        return _LINE_BREAKS.sub(_break, text)
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return _LINE_BREAKS.sub("\n", text)
    return text


def lines_with_breaks(text: str) -> list[tuple[str, str]]:
    """Each line of ``text`` with the break that ends it ("" for a last line without
    one), split where normalise_line_breaks puts an LF: the n-th pair is line n of the
    audit. A text ending in a break has no empty pair after it."""
    pairs: list[tuple[str, str]] = []
    start = 0
    for match in _ANY_BREAK.finditer(text):
        if match.group() == "\x85" and utf8_byte(text, match.start(), whole=True):
            continue
        pairs.append((text[start:match.start()], match.group()))
        start = match.end()
    if start < len(text):
        pairs.append((text[start:], ""))
    return pairs


# Runs of two spaces or more: the pattern opens with a literal, so re finds its matches by
# a fast search for "  " rather than by trying a class at every position.
_SPACE_RUNS = re.compile("  +")


def fold_spaces(line: str) -> str:
    """Strip a line and fold its runs of spaces and tabs into one space."""
    # Tabs made spaces, then every run folded in one pass (halving runs with str.replace
    # took a pass, and a copy of the line, per doubling of the longest run).
    if "\t" in line:
        line = line.replace("\t", " ")
    if "  " in line:
        line = _SPACE_RUNS.sub(" ", line)
    return line.strip()


def joined(lines: list[str]) -> tuple[str, list[int]]:
    """The lines as one text, and where each begins in it."""
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return "\n".join(lines), starts


def lines_with(pattern, text: str, starts: list[int]) -> list[int]:
    """The lines of ``text`` (beginning at ``starts``) where ``pattern`` finds something:
    one search per such line, not one per line. For patterns that read no context
    and never cross a line break (single characters, runs of non-ASCII ones), these
    are exactly the lines that would match on their own."""
    found: list[int] = []
    search = pattern.search
    match = search(text)
    while match is not None:
        i = bisect_right(starts, match.start()) - 1
        found.append(i)
        if i + 1 == len(starts):
            break
        match = search(text, starts[i + 1])
    return found
