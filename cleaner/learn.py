"""`cleaner learn`: mine a site's chrome from its pages and propose YAML rules.

Chrome repeats across the pages of a site; article text does not. Two passes
over the pages keep memory bounded by the number of candidate lines, not by
the corpus: the first counts every line pattern in a count-min sketch of fixed
size, the second counts exactly only the patterns the sketch says are frequent.

A pattern is a line with its numbers, dates and month names folded
("12 comments" and "3 comments" are one pattern), so that a footer with a
changing year or a comment count is one rule.
"""

from __future__ import annotations

import array
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .text.lines import fold_spaces, normalise_line_breaks
from .matching.line_rules import may_mark
from .rules.keys import phrase_key

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "januar februar märz april mai juni juli august september oktober november dezember "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
).split()
_MONTH = regex.compile(r"\b(?:" + "|".join(sorted(set(MONTHS), key=len, reverse=True)) + r")\b", regex.IGNORECASE)
_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")
_LONG_SENTENCE_WORDS = 12


def pattern_of(line: str) -> str:
    """The line's pattern: phrase_key with numbers as <n> and month names as <month>."""
    key = phrase_key(line)
    key = _NUMBER.sub("<n>", key)
    return _MONTH.sub("<month>", key)


def _hash(pattern: str) -> int:
    return int.from_bytes(hashlib.blake2b(pattern.encode("utf-8"), digest_size=8).digest(), "little")


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


@dataclass
class Page:
    site: str
    lines: list[str]  # non-empty, spaces folded


@dataclass
class Candidate:
    pattern: str
    pages: int = 0
    other_sites: set = field(default_factory=set)
    from_start: int = 0  # the furthest its occurrences stand from the start (index)
    from_end: int = 0
    rest_is_chrome: int = 0  # pages where every line after it is short and headline-like
    variants: Counter = field(default_factory=Counter)
    examples: list = field(default_factory=list)
    max_words: int = 0


@dataclass(frozen=True)
class Proposal:
    rule_id: str
    candidate: Candidate
    share: float
    kind: str  # phrase | regex
    value: str
    action: str
    zone: dict
    keep: list


@dataclass(frozen=True)
class HeldBack:
    pattern: str
    example: str
    reason: str


def read_pages(paths: list[str], site: str | None, url_field: str | None, text_field: str = "text",
               doc_format: str = "auto") -> Iterator[Page]:
    """Pages from text and HTML files (their folder names the site unless --site) and JSONL records."""
    from .distribution import MissingExtra
    from .io.decode import decode
    from .io.files import discover, quote_name
    from .pipeline import domain_of
    from .io.records import JSONL_SUFFIXES, open_record_lines, parse_record, read_jsonl, record_kind

    for item in discover(paths, (".txt", ".text", ".html", ".htm", *JSONL_SUFFIXES)).files:
        try:
            if record_kind(item.path) == "jsonl":
                with open_record_lines(item.path) as handle:
                    for _, line in read_jsonl(handle):
                        record = parse_record(line)
                        text = record.get(text_field)
                        if not isinstance(text, str):
                            continue
                        url = record.get(url_field) if url_field else None
                        page_site = domain_of(url) if isinstance(url, str) else None
                        yield _page(page_site or site or item.path.parent.name, text, doc_format)
                continue
            text = decode(item.path.read_bytes())[0]
            yield _page(site or item.path.parent.resolve().name, text, doc_format,
                        html=item.path.suffix.lower() in (".html", ".htm"))
        except MissingExtra as exc:  # a page without the html extra: the error names the file
            raise exc.at(quote_name(item.path)) from None


def _page(site: str, text: str, doc_format: str, html: bool = False) -> Page:
    from .io.html import extract, looks_like_html

    if html or doc_format == "html" or (doc_format == "auto" and looks_like_html(text)):
        text = extract(text).text
    lines = [fold_spaces(line) for line in normalise_line_breaks(text).split("\n")]
    return Page(site, [line for line in lines if line])


def _is_headline_like(line: str) -> bool:
    return len(line.split()) <= 12 and line[-1] not in ".:;,"


@dataclass
class Learned:
    site: str
    pages: int
    proposals: list[Proposal]
    held_back: list[HeldBack]


def learn(pages_factory, site: str, min_pages: int = 5, min_share: float = 0.3,
          sketch: CountMinSketch | None = None) -> Learned:
    """Two passes over ``pages_factory()`` (called twice) for the pages of ``site``."""
    sketch = sketch or CountMinSketch()
    site_pages = 0
    for page in pages_factory():
        if page.site != site:
            continue
        site_pages += 1
        for pattern in {pattern_of(line) for line in page.lines}:
            if pattern:
                sketch.add(pattern)
    threshold = max(min_pages, int(min_share * site_pages + 0.999999))
    candidates: dict[str, Candidate] = {}
    body_lines: dict[str, list[str]] = defaultdict(list)  # real kept lines, for keep examples
    elsewhere: dict[str, set] = {}
    for page in pages_factory():
        patterns = [pattern_of(line) for line in page.lines]
        if page.site != site:
            # Frequent here and present on other sites too: remember which (a few suffice).
            for pattern in set(patterns):
                if pattern and sketch.estimate(pattern) >= threshold:
                    sites = elsewhere.setdefault(pattern, set())
                    if len(sites) < 50:
                        sites.add(page.site)
            continue
        seen: set[str] = set()
        count = len(page.lines)
        for index, (line, pattern) in enumerate(zip(page.lines, patterns)):
            if not pattern:
                continue
            if pattern not in candidates and sketch.estimate(pattern) < threshold:
                if len(body_lines[site]) < 200 and len(line.split()) >= 6:
                    body_lines[site].append(line)
                continue
            candidate = candidates.setdefault(pattern, Candidate(pattern))
            if pattern in seen:
                continue
            seen.add(pattern)
            candidate.pages += 1
            candidate.from_start = max(candidate.from_start, index)
            candidate.from_end = max(candidate.from_end, count - 1 - index)
            candidate.max_words = max(candidate.max_words, len(line.split()))
            candidate.variants[phrase_key(line)] += 1
            if len(candidate.examples) < 3 and (len(candidate.examples) < 2 or line not in candidate.examples):
                candidate.examples.append(line)
            rest = page.lines[index + 1:]
            if rest and all(_is_headline_like(r) or sketch.estimate(pattern_of(r)) >= threshold for r in rest):
                candidate.rest_is_chrome += 1
    for pattern, sites in elsewhere.items():
        if pattern in candidates:
            candidates[pattern].other_sites = sites
    return _propose(site, site_pages, candidates, threshold, body_lines[site])


def _slug(site: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-") or "site"


def _regex_for(candidate: Candidate) -> str:
    """A regex for a pattern whose numbers or month names vary."""
    parts = regex.split(r"(<n>|<month>)", candidate.pattern)
    out = []
    for part in parts:
        if part == "<n>":
            out.append(r"\d+(?:[.,:/-]\d+)*")
        elif part == "<month>":
            out.append(r"\p{L}+")
        else:
            out.append(regex.escape(part).replace(r"\ ", r"\s+"))
    return "(?i)^\\W*" + "".join(out) + "\\W*$"


def _propose(site: str, pages: int, candidates: dict[str, Candidate], threshold: int,
             body: list[str]) -> Learned:
    proposals: list[Proposal] = []
    held: list[HeldBack] = []
    ranked = sorted(candidates.values(), key=lambda c: (-c.pages, c.pattern))
    for candidate in ranked:
        example = candidate.examples[0] if candidate.examples else candidate.pattern
        share = candidate.pages / pages if pages else 0.0
        if candidate.pages < threshold:
            continue  # the sketch over-counted it; it was never frequent
        words = candidate.max_words
        if words >= _LONG_SENTENCE_WORDS and example.rstrip()[-1:] in ".!?" and share < 0.8:
            held.append(HeldBack(candidate.pattern, example,
                                 f"a long sentence on only {share:.0%} of pages: plausibly content"))
            continue
        # A sentence that other sites print too is a syndicated story's or a quote's; a label
        # ("Share on Facebook", "Related articles") that they print too is common theme chrome.
        sentence = len(example.split()) >= 5 and example.rstrip()[-1:] in ".!?»”\""
        if sentence and len(candidate.other_sites) >= 3:
            held.append(HeldBack(candidate.pattern, example,
                                 f"a sentence also on pages of {len(candidate.other_sites)} other sites: "
                                 "syndicated or quoted text, not this site's chrome"))
            continue
        if not regex.search(r"\p{L}", candidate.pattern):
            held.append(HeldBack(candidate.pattern, example, "no letters: numbers or symbols carry no chrome signal"))
            continue
        varies = "<n>" in candidate.pattern or "<month>" in candidate.pattern
        kind, value = ("regex", _regex_for(candidate)) if varies and len(candidate.variants) > 1 else (
            "phrase", candidate.examples[0])
        zone: dict = {}
        if candidate.from_end < 10 and candidate.from_end < candidate.from_start:
            zone = {"tail": candidate.from_end + 1}
        elif candidate.from_start < 10:
            zone = {"head": candidate.from_start + 1}
        action = "drop_line"
        # A marker's line must be a label (matching.may_mark): a sentence such as a copyright
        # notice, however often chrome follows it, is proposed as the chrome line it is.
        if ("tail" in zone and candidate.rest_is_chrome >= 0.9 * candidate.pages and candidate.from_end > 0
                and all(may_mark(kind, line) for line in candidate.examples)):
            action = "drop_rest"
        proposals.append(Proposal(f"{_slug(site)}-{len(proposals) + 1:03d}", candidate, share, kind, value, action,
                                  zone, []))
    # Keep examples: real lines of the site's pages that no proposed rule matches.
    final = []
    for proposal in proposals:
        matcher = _compile(proposal)
        keep = [line for line in body if not matcher(line)][:2]
        final.append(Proposal(proposal.rule_id, proposal.candidate, proposal.share, proposal.kind, proposal.value,
                              proposal.action, proposal.zone, keep))
    return Learned(site, pages, final, held)


def _compile(proposal: Proposal):
    if proposal.kind == "regex":
        pattern = regex.compile(proposal.value)
        return lambda line: bool(pattern.search(" ".join(line.split())))
    key = phrase_key(proposal.value)
    return lambda line: phrase_key(line) == key


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def to_yaml(learned: Learned) -> str:
    """The proposed rule set, one rule per pattern, with its evidence, ready for review."""
    out = [
        f"# Learned by `cleaner learn` from {learned.pages} pages of {learned.site}.",
        "# Review each rule: the description says how often and where it was seen.",
        f"description: {_quote(f'Chrome learned from {learned.pages} pages of {learned.site}')}",
        f"sites: [{_quote(learned.site)}]",
        "rules:" if learned.proposals else "rules: []",
    ]
    for p in learned.proposals:
        c = p.candidate
        where = "anywhere on the page"
        if p.zone:
            n = next(iter(p.zone.values()))
            side = "last" if "tail" in p.zone else "first"
            where = f"on the {side} line" if n == 1 else f"in the {side} {n} lines"
        opens = "; everything after it was chrome too" if p.action == "drop_rest" else ""
        out += [
            f"  - id: {p.rule_id}",
            f"    description: {_quote(f'Seen on {c.pages} of {learned.pages} pages ({p.share:.0%}), {where}{opens}')}",
            f"    match: {{{p.kind}: {_quote(p.value)}}}",
            f"    action: {p.action}",
        ]
        if p.zone:
            key, value = next(iter(p.zone.items()))
            out.append(f"    zone: {{{key}: {value}}}")
        out.append(f"    max_words: {max(c.max_words, 1)}")
        drops = c.examples[:3] if len(c.examples) >= 2 else (c.examples * 2)[:2]
        out.append("    examples:")
        out.append("      drop: [" + ", ".join(_quote(d) for d in drops) + "]")
        keeps = p.keep if len(p.keep) >= 2 else [*p.keep, *["(no kept line to show)"] * (2 - len(p.keep))]
        out.append("      keep: [" + ", ".join(_quote(k) for k in keeps) + "]")
    return "\n".join(out) + "\n"


def report(learned: Learned, pages: Iterable[Page], rules_file: Path) -> list[str]:
    """How many lines each proposed rule removes from the same pages, with three examples each."""
    from .pipeline import Cleaner
    from .rules.book import book_from_sources
    from .rules.loader import RuleSource

    book = book_from_sources((RuleSource(str(rules_file), "learned", rules_file.read_text(encoding="utf-8")),))
    cleaner = Cleaner(rulebook=book)
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        if page.site != learned.site:
            continue
        result = cleaner.clean("\n".join(page.lines), lang="und", url=f"https://{learned.site}/")
        for removal in result.removals:
            counts[removal.rule_id] += 1
            if len(examples[removal.rule_id]) < 3 and removal.text not in examples[removal.rule_id]:
                examples[removal.rule_id].append(removal.text)
    lines = []
    for p in learned.proposals:
        shown = "; ".join(repr(e) for e in examples[p.rule_id])
        lines.append(f"{p.rule_id}: {counts[p.rule_id]} lines ({p.action}), e.g. {shown}")
    return lines
