"""Line patterns: a line with what varies from page to page folded, and the regex a pattern becomes.

A pattern is a line's phrase key with numbers as <n> and month names as <month>
("12 comments" and "3 comments" are one pattern). A slot pattern also folds one word
into <w>, so that a line varying in one word among a few values ("Weather: Sunny",
"Weather: Rain") is found as one line. Counting happens in a count-min sketch of fixed
size, so memory does not grow with the corpus.
"""

from __future__ import annotations

import array
import functools
import hashlib
import unicodedata

import regex

from ..data import month_names, transliteration
from ..rules.keys import phrase_key

_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")
_PLACEHOLDER = regex.compile(r"(<n>|<month>|<w>)")
_LETTER = regex.compile(r"\p{L}")
SLOT = "<w>"
# Only short lines get slot patterns: chrome labels are short, and each word of a line
# is one more pattern to count.
MAX_SLOT_WORDS = 8


@functools.lru_cache(maxsize=1 << 12)  # chrome lines come back on every page: folded once
def pattern_of(line: str) -> str:
    """The line's pattern: phrase_key with numbers as <n> and month names as <month>."""
    key = phrase_key(line)
    key = _NUMBER.sub("<n>", key)
    return _month().sub("<month>", key)


@functools.lru_cache(maxsize=1)
def _month():
    names = sorted(month_names(), key=lambda name: (-len(name), name))
    return regex.compile(r"\b(?:" + "|".join(map(regex.escape, names)) + r")\b", regex.IGNORECASE)


def has_word(pattern: str) -> bool:
    """Whether the pattern holds a letter outside its placeholders."""
    return bool(_LETTER.search(_PLACEHOLDER.sub(" ", pattern)))


@functools.lru_cache(maxsize=1 << 12)
def slots_of(pattern: str) -> tuple[tuple[str, str], ...]:
    """(slot pattern, the word it folds) for each word of a short pattern that could vary:
    a word of letters, with at least one other word left to say what the line is."""
    words = pattern.split(" ")
    if not 2 <= len(words) <= MAX_SLOT_WORDS:
        return ()
    found = []
    for i, word in enumerate(words):
        if "<" in word or not _LETTER.search(word):
            continue
        rest = [*words[:i], SLOT, *words[i + 1:]]
        if has_word(" ".join(rest)):
            found.append((" ".join(rest), word))
    return tuple(found)


def _literal(text: str) -> str:
    """A regex for a piece of a phrase key, matching the lines it was folded from (spacing,
    apostrophes, a space before a colon; case by the pattern's (?i))."""
    out = []
    for char in text:
        if char == " ":
            out.append(r"\s+")
        elif char == "'":
            out.append("['’‘ʼ`]")
        elif char in ":;!?":
            out.append(r"\s*" + regex.escape(char))
        else:
            out.append(regex.escape(char))
    return "".join(out)


def regex_for(pattern: str, values: tuple[str, ...] = ()) -> str:
    """The regex of a pattern: numbers and month names as any, the slot as one of ``values``."""
    out = []
    for part in _PLACEHOLDER.split(pattern):
        if part == "<n>":
            out.append(r"\d+(?:[.,:/-]\d+)*")
        elif part == "<month>":
            out.append(r"\p{L}+")
        elif part == SLOT:
            out.append("(?:" + "|".join(_literal(value) for value in values) + ")")
        else:
            out.append(_literal(part))
    return "(?i)^\\W*" + "".join(out) + "\\W*$"


def id_words(pattern: str, example: str, count: int = 4) -> list[str]:
    """The first words of a pattern in ASCII, for a rule id that says what it matches; "©" reads as copyright."""
    latin = transliteration()
    words = ["copyright"] if "©" in example else []
    for word in _PLACEHOLDER.sub(" ", pattern).split():
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
        words += regex.findall(r"[a-z0-9]+", "".join(latin.get(ch, ch) for ch in bare))
    kept: list[str] = []
    for word in words:
        if not word.isdigit() and word not in kept:
            kept.append(word)
    return kept[:count]


def _hash(pattern: str) -> int:
    return int.from_bytes(hashlib.blake2b(pattern.encode("utf-8"), digest_size=8).digest(), "little")


def short_hash(pattern: str) -> str:
    return f"{_hash(pattern) & 0xFFFFFF:06x}"


class CountMinSketch:
    """Approximate counts in fixed memory; never under-counts, so no frequent pattern is missed."""

    def __init__(self, width: int = 1 << 20, depth: int = 4):
        self.width, self.depth = width, depth
        self.rows = [array.array("I", bytes(4 * width)) for _ in range(depth)]

    def _cells(self, pattern: str):
        h = _hash(pattern)
        for i in range(self.depth):
            yield i, ((h >> (16 * i)) ^ (h * (i + 1))) % self.width

    def add(self, pattern: str) -> None:
        for i, j in self._cells(pattern):
            self.rows[i][j] += 1

    def estimate(self, pattern: str) -> int:
        return min(self.rows[i][j] for i, j in self._cells(pattern))
