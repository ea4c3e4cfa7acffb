"""Mining a site's pages: the lines (and one-word-varying lines) frequent across its pages,
with the evidence a rule needs: where they stand, what stands around them, and which of
them other sites print too.

Two passes keep memory bounded by the number of candidate lines, not by the corpus: the
first counts every pattern in a count-min sketch of fixed size, the second counts exactly
only the patterns the sketch calls frequent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..rules.keys import phrase_key
from .patterns import SLOT, CountMinSketch, pattern_of, slots_of
from .reader import Page

MAX_VALUES = 8  # a slot varying among more values than this is content (a title, a name), not a template
_BODY_SAMPLE = 2000  # article lines kept for keep examples
_LIMITS = {"other_sites": 50, "followers": 16}


@dataclass
class Candidate:
    pattern: str  # a line pattern, or a slot pattern holding <w>
    pages: int = 0
    other_sites: set = field(default_factory=set)
    from_start: int = 0  # the furthest its occurrences stand from the start (index)
    from_end: int = 0
    rest_is_chrome: int = 0  # pages where every line after it is short and headline-like, or frequent
    variants: set = field(default_factory=set)  # its lines' phrase keys (a few: whether it varies)
    examples: list = field(default_factory=list)
    max_words: int = 0
    values: Counter = field(default_factory=Counter)  # a slot's words, pages each
    too_many_values: bool = False
    example_values: list = field(default_factory=list)  # the slot's word in each example
    after_varying: int = 0  # pages where the line before it is not frequent
    before_prose: int = 0  # pages where the line after it is prose that is not frequent
    after_prose: int = 0  # pages where the line before it is prose that is not frequent
    followers: Counter = field(default_factory=Counter)  # frequent line patterns right after it, pages each

    @property
    def is_slot(self) -> bool:
        return SLOT in self.pattern

    def members(self) -> list[str]:
        """The line patterns a slot pattern stands for (itself for a line pattern)."""
        if not self.is_slot:
            return [self.pattern]
        return [self.pattern.replace(SLOT, value) for value in sorted(self.values)]


@dataclass(frozen=True)
class HeldBack:
    pattern: str
    example: str
    reason: str


@dataclass
class Mined:
    site: str
    pages: int
    threshold: int
    candidates: dict[str, Candidate]  # line and slot patterns frequent on the site
    body: list[str]  # article lines of the site (not frequent), for keep examples


def _is_headline_like(line: str) -> bool:
    return len(line.split()) <= 12 and line[-1] not in ".:;,"


def is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 12 or (words >= 5 and line[-1] in ".!?:;…")


def mine(pages_factory: Callable[[], Iterable[Page]], site: str, min_pages: int = 5, min_share: float = 0.3,
         sketch: CountMinSketch | None = None) -> Mined:
    """Two passes over ``pages_factory()`` (called twice) for the pages of ``site``."""
    sketch = sketch or CountMinSketch()
    site_pages = 0
    for page in pages_factory():
        if page.site != site:
            continue
        site_pages += 1
        patterns = {pattern_of(line) for line in page.lines} - {""}
        for pattern in patterns | {slot for pattern in patterns for slot, _ in slots_of(pattern)}:
            sketch.add(pattern)
    threshold = max(min_pages, int(min_share * site_pages + 0.999999))
    mined = Mined(site, site_pages, threshold, {}, [])
    elsewhere: dict[str, set] = {}
    for page in pages_factory():
        if page.site == site:
            _count_page(page, mined, sketch)
            continue
        # Frequent here and present on other sites too: remember which (a few suffice).
        for pattern in {pattern_of(line) for line in page.lines}:
            if pattern and sketch.estimate(pattern) >= threshold:
                sites = elsewhere.setdefault(pattern, set())
                if len(sites) < _LIMITS["other_sites"]:
                    sites.add(page.site)
    for pattern, sites in elsewhere.items():
        if pattern in mined.candidates:
            mined.candidates[pattern].other_sites = sites
    return mined


def _count_page(page: Page, mined: Mined, sketch: CountMinSketch) -> None:
    candidates, threshold = mined.candidates, mined.threshold

    def frequent(pattern: str) -> bool:
        return bool(pattern) and (pattern in candidates or sketch.estimate(pattern) >= threshold)

    lines = page.lines
    patterns = [pattern_of(line) for line in lines]
    is_frequent = [frequent(pattern) for pattern in patterns]
    # rest_chrome[i]: every line after line i is headline-like or frequent (O(n) for the page).
    rest_chrome = [False] * len(lines)
    chrome_after = True
    for i in range(len(lines) - 1, -1, -1):
        rest_chrome[i] = chrome_after and i < len(lines) - 1
        chrome_after = chrome_after and (is_frequent[i] or _is_headline_like(lines[i]))
    seen: set[str] = set()
    for index, (line, pattern) in enumerate(zip(lines, patterns)):
        if not pattern:
            continue
        keys = [(pattern, None)] if is_frequent[index] else []
        keys += [(slot, value) for slot, value in slots_of(pattern) if frequent(slot)]
        if not keys and len(mined.body) < _BODY_SAMPLE and 6 <= len(line.split()) <= 60:
            mined.body.append(line)
        for key, value in keys:
            if key in seen:
                continue
            seen.add(key)
            candidate = candidates.setdefault(key, Candidate(key))
            _seen_at(candidate, page, index, is_frequent, patterns, rest_chrome[index], value)


def _seen_at(candidate: Candidate, page: Page, index: int, is_frequent: list[bool], patterns: list[str],
             rest_chrome: bool, value: str | None) -> None:
    lines, count = page.lines, len(page.lines)
    line = lines[index]
    candidate.pages += 1
    candidate.from_start = max(candidate.from_start, index)
    candidate.from_end = max(candidate.from_end, count - 1 - index)
    candidate.max_words = max(candidate.max_words, len(line.split()))
    if len(candidate.variants) < 3:
        candidate.variants.add(phrase_key(line))
    candidate.rest_is_chrome += rest_chrome
    if value is not None:
        if value in candidate.values or len(candidate.values) < MAX_VALUES:
            candidate.values[value] += 1
        else:
            candidate.too_many_values = True
    # Examples: distinct lines, and for a slot one of each value first.
    if len(candidate.examples) < 3 and line not in candidate.examples and (
            value is None or value not in candidate.example_values or candidate.pages > 3 * MAX_VALUES):
        candidate.examples.append(line)
        candidate.example_values.append(value)
    if index > 0 and not is_frequent[index - 1]:
        candidate.after_varying += 1
        candidate.after_prose += is_prose(lines[index - 1])
    if index + 1 < count:
        if not is_frequent[index + 1] and is_prose(lines[index + 1]):
            candidate.before_prose += 1
        elif is_frequent[index + 1] and (patterns[index + 1] in candidate.followers
                                         or len(candidate.followers) < _LIMITS["followers"]):
            candidate.followers[patterns[index + 1]] += 1
