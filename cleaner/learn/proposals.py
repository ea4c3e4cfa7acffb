"""From mined candidates to proposed rules: what is held back as plausible content, which
lines become one rule (a word varying among a few values, a block printed together), the
rule's match, zone and action, an id saying what it matches, and its examples."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from ..matching.line_rules import may_mark
from ..rules.keys import phrase_key
from .mining import MAX_VALUES, Candidate, HeldBack, Mined
from .patterns import has_word, id_words, regex_for, short_hash

_LONG_SENTENCE_WORDS = 12
_HEADING_WORDS = 8
_ZONE_LINES = 10
_KEEP_CHARS = 200
_DATE = regex.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b")
# "By Ann Lee", "Post written by Ann Lee.", "Article written by a guest ...": a byline, which eval counts apart as some golds keep it.
_BYLINE = regex.compile(r"^\W*(?:(?:\p{L}+\s+){0,2}(?:[Bb]y|BY)\s+\p{Lu}|(?:\p{L}+\s+)?(?i:written|posted)\s+by\s)")
# A signature: one to three capitalised words ("Ann", "Ann L."), no label's colon.
_NAME = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}")
_BLOCK_SHARE = 0.9  # lines printed together on this share of their pages are one block


@dataclass(frozen=True)
class Proposal:
    rule_id: str
    patterns: tuple[str, ...]  # the candidate patterns it covers
    pages: int
    share: float
    kind: str  # phrase | regex
    values: tuple[str, ...]  # the phrases or regexes
    action: str
    zone: dict
    max_words: int
    drops: tuple[str, ...]
    keep: tuple[str, ...] = ()
    what: str = "Seen on"  # how the description opens: a line, a block, a line with a varying word
    family: str | None = None  # where the line tells: a date line, a copyright line

    @property
    def value(self) -> str:
        return self.values[0]


@dataclass
class Learned:
    site: str
    pages: int
    proposals: list[Proposal]
    held_back: list[HeldBack]
    merged: int = 0  # frequent lines proposed within another rule (a block's, a varying word's)


def propose(mined: Mined, known_chrome: Callable[[str], bool] = lambda line: False) -> Learned:
    """The proposed rules for the mined site; ``known_chrome`` tells lines the bundled rules
    remove, which are never held back as headings."""
    pages, threshold = mined.pages, mined.threshold
    held: list[HeldBack] = []
    proposals: list[Proposal] = []
    covered: set[str] = set()
    merged = 0
    ranked = sorted(mined.candidates.values(), key=lambda c: (not c.is_slot, -c.pages, c.pattern))
    for candidate in ranked:
        if candidate.pages < threshold:
            continue  # the sketch over-counted it; it was never frequent
        if candidate.is_slot:
            members = candidate.members()
            if candidate.too_many_values or not 2 <= len(members) <= MAX_VALUES or covered.intersection(members):
                continue
            covered.update(members)
            merged += sum(1 for member in members if member in mined.candidates
                          and mined.candidates[member].pages >= threshold)
        elif candidate.pattern in covered:
            continue
        example = candidate.examples[0] if candidate.examples else candidate.pattern
        reason = _held_back(candidate, pages, example, known_chrome, mined.site)
        if reason:
            held.append(HeldBack(candidate.pattern, example, reason))
            continue
        proposals.append(_proposal(candidate, pages))
    grouped = _blocks(proposals, mined)
    merged += len(proposals) - len(grouped)
    final = [replace(p, keep=_keep_examples(p, mined.body)) for p in _with_ids(mined.site, grouped)]
    return Learned(mined.site, pages, final, held, merged)


def _names_site(pattern: str, site: str) -> bool:
    labels = {label for label in site.lower().split(".") if len(label) >= 4}
    return bool(labels.intersection(id_words(pattern, "", count=99)))


def _held_back(candidate: Candidate, pages: int, example: str, known_chrome: Callable[[str], bool],
               site: str) -> str | None:
    share = candidate.pages / pages if pages else 0.0
    sentence_end = example.rstrip()[-1:]
    if candidate.max_words >= _LONG_SENTENCE_WORDS and sentence_end in ".!?" and share < 0.8:
        return f"a long sentence on only {share:.0%} of pages: plausibly content"
    # A sentence that other sites print too is a syndicated story's or a quote's; a label
    # ("Share on Facebook", "Related articles") that they print too is common theme chrome.
    if len(example.split()) >= 5 and sentence_end in ".!?»”\"" and len(candidate.other_sites) >= 3:
        return (f"a sentence also on pages of {len(candidate.other_sites)} other sites: "
                "syndicated or quoted text, not this site's chrome")
    if not has_word(candidate.pattern):
        return "no letters: numbers or symbols carry no chrome signal"
    # Documentation sites share headings ("Requirements", "Installation"): a short line that
    # different prose follows on most of its pages, after a line that varies, opens a section.
    # A line naming the site ("Правда.Ру" on pravda.ru) is the site's, not a section's.
    if (candidate.max_words <= _HEADING_WORDS and sentence_end not in ".!?"
            and 2 * candidate.before_prose >= candidate.pages and 2 * candidate.after_varying >= candidate.pages
            and not known_chrome(example) and not _names_site(candidate.pattern, site)):
        return (f"a heading: different prose follows it on {candidate.before_prose} of its {candidate.pages} "
                "pages; a section of the article, not chrome")
    # An author signing posts off ("Ann" under each of a blog's posts) stands right after the
    # article's prose, the page or varying lines after it; a label standing there ("Related:",
    # "Share this") is known or has its colon, and a menu's first item ("Doctors") has the same
    # items after it. A heading, which prose follows, is told above.
    if (_NAME.fullmatch(example) and 2 * candidate.after_prose >= candidate.pages
            and 2 * max(candidate.followers.values(), default=0) < candidate.pages and not known_chrome(example)
            and not _names_site(candidate.pattern, site)):
        return (f"a signature: it follows the article's prose on {candidate.after_prose} of its "
                f"{candidate.pages} pages; the author signing off, not chrome")
    return None


def _zone(from_start: int, from_end: int) -> dict:
    if from_end < _ZONE_LINES and from_end < from_start:
        return {"tail": from_end + 1}
    if from_start < _ZONE_LINES:
        return {"head": from_start + 1}
    return {}


def _proposal(candidate: Candidate, pages: int) -> Proposal:
    if candidate.is_slot:
        values = tuple(sorted(candidate.values))
        kind, value, what = "regex", regex_for(candidate.pattern, values), (
            f"One line, its word varying among {len(values)} values ({', '.join(values)}), seen on")
    elif len(candidate.variants) > 1 and "<" in candidate.pattern:
        kind, value, what = "regex", regex_for(candidate.pattern), "Seen on"
    else:
        kind, value, what = "phrase", candidate.examples[0], "Seen on"
    zone = _zone(candidate.from_start, candidate.from_end)
    action = "drop_line"
    # A marker's line must be a label (matching.may_mark): a sentence such as a copyright
    # notice, however often chrome follows it, is proposed as the chrome line it is.
    if ("tail" in zone and candidate.rest_is_chrome >= 0.9 * candidate.pages and candidate.from_end > 0
            and all(may_mark(kind, line) for line in candidate.examples)):
        action = "drop_rest"
    drops = tuple(candidate.examples[:3]) if len(candidate.examples) >= 2 else tuple(candidate.examples * 2)[:2]
    return Proposal("", (candidate.pattern,), candidate.pages, candidate.pages / pages if pages else 0.0, kind,
                    (value,), action, zone, max(candidate.max_words, 1), drops, (), what,
                    _family(candidate.pattern, drops))


def _family(pattern: str, examples: tuple[str, ...]) -> str | None:
    """The family a line says it is of: a copyright line, a date line (a month name, a date or
    a time), a byline, which `cleaner eval` counts apart as some golds keep them."""
    if "copyright" in pattern or any("©" in example for example in examples):
        return "copyright"
    if "<month>" in pattern or any(_DATE.search(example) for example in examples):
        return "dateline"
    if all(_BYLINE.match(example) and len(example.split()) <= 8 for example in examples):
        return "byline"
    return None


def _blocks(proposals: list[Proposal], mined: Mined) -> list[Proposal]:
    """Lines printed one after the other on (nearly) every page they are on, as one rule. A
    marker (drop_rest) joins a block only when the block ends every page: then the block's
    lines are all it cut, and naming them is the narrower rule."""
    lines = {p.patterns[0]: p for p in proposals if len(p.patterns) == 1 and "<w>" not in p.patterns[0]}
    after: dict[str, str] = {}
    for pattern, proposal in lines.items():
        followers = mined.candidates[pattern].followers
        best = max(((n, -len(f), f) for f, n in followers.items() if f in lines), default=None)
        if best is None:
            continue
        n, _, follower = best
        if n >= _BLOCK_SHARE * max(proposal.pages, lines[follower].pages) and _side(proposal) == _side(lines[follower]):
            if follower not in after.values() and follower != pattern:
                after[pattern] = follower
    grouped: dict[str, Proposal | None] = {}
    for start in [p for p in lines if p in after and p not in after.values()]:
        chain, pattern = [start], start
        while pattern in after and after[pattern] not in chain:
            pattern = after[pattern]
            chain.append(pattern)
        if mined.candidates[chain[-1]].from_end > 0:  # not the page's end: a marker keeps its cut
            chain = chain[:next((i for i, p in enumerate(chain) if lines[p].action == "drop_rest"), len(chain))]
        if len(chain) < 2:
            continue
        grouped[chain[0]] = _block([lines[p] for p in chain])
        grouped.update((member, None) for member in chain[1:])
    out = []
    for proposal in proposals:
        key = proposal.patterns[0]
        if key not in grouped:
            out.append(proposal)
        elif grouped[key] is not None:
            out.append(grouped[key])
    return out


def _side(proposal: Proposal) -> str:
    return next(iter(proposal.zone), "")


def _block(members: list[Proposal]) -> Proposal:
    side = _side(members[0])
    zone = {side: max(m.zone[side] for m in members)} if side else {}
    if all(m.kind == "phrase" for m in members):
        kind, values = "phrase", tuple(m.value for m in members)
    else:
        kind, values = "regex", tuple(m.value if m.kind == "regex" else regex_for(m.patterns[0]) for m in members)
    pages = min(m.pages for m in members)
    families = {m.family for m in members}
    return Proposal("", tuple(p for m in members for p in m.patterns), pages, min(m.share for m in members), kind,
                    values, "drop_line", zone, max(m.max_words for m in members), tuple(m.drops[0] for m in members),
                    (), f"A block of {len(members)} lines printed together, seen on",
                    families.pop() if len(families) == 1 else None)


def _with_ids(site: str, proposals: list[Proposal]) -> list[Proposal]:
    """Ids from the site and the words of the rule's first line: stable from run to run, and
    saying what the rule matches (news-example-footer-copyright-city-news)."""
    slug = regex.sub(r"[^a-z0-9]+", "-", site.lower()).strip("-") or "site"
    base = {}
    for p in proposals:
        # header or footer only for the page's edge lines: a zone of ten lines says little
        edge = max(p.zone.values(), default=_ZONE_LINES) <= 3
        role = {"head": ["header"], "tail": ["footer"]}.get(_side(p), []) if edge else []
        words = id_words(p.patterns[0], p.drops[0]) or [f"line-{short_hash(p.patterns[0])}"]
        base[p.patterns] = "-".join([slug, *role, *words])
    taken: dict[str, int] = {}
    out = []
    for p in sorted(proposals, key=lambda p: (base[p.patterns], p.patterns)):
        name = base[p.patterns]
        taken[name] = taken.get(name, 0) + 1
        out.append(replace(p, rule_id=name if taken[name] == 1 else f"{name}-{taken[name]}"))
    order = {p.patterns: i for i, p in enumerate(proposals)}
    return sorted(out, key=lambda p: order[p.patterns])


def bundled_chrome() -> Callable[[str], bool]:
    """Whether a bundled line rule (any language, zone and neighbours aside) matches a line."""
    from ..rules.book import load_rulebook

    rules = [rule for rule in load_rulebook().all_rules() if rule.near is None]
    return lambda line: any(rule.matches_text(line) for rule in rules)


def matcher(proposal: Proposal) -> Callable[[str], bool]:
    """Whether the proposed rule's pattern matches a line (zone aside), as Rule.matches_text."""
    if proposal.kind == "regex":
        compiled = [regex.compile(value) for value in proposal.values]

        def by_regex(line: str) -> bool:
            text = " ".join(line.split())
            return len(text.split()) <= proposal.max_words and any(p.search(text) for p in compiled)
        return by_regex
    keys = {phrase_key(value) for value in proposal.values}
    return lambda line: len(line.split()) <= proposal.max_words and phrase_key(line) in keys


def _keep_examples(proposal: Proposal, body: list[str]) -> tuple[str, ...]:
    """Two article lines of the site the rule leaves, those saying its words first; where the
    pages hold none, sentences quoting its line."""
    matches = matcher(proposal)
    words = _words(" ".join(proposal.drops))
    kept = [line for line in body if not matches(line)]
    # Lines saying the rule's words first, then sentences, shorter first: a reviewer reads them.
    kept.sort(key=lambda line: (-len(words & _words(line)), len(line) > _KEEP_CHARS, line[-1] not in ".!?",
                                len(line)))
    chosen = kept[:2]
    for drop in proposal.drops:
        if len(chosen) >= 2:
            break
        chosen.append(f"The words “{drop}” stood in a sentence of the article, and it stayed.")
    return tuple(chosen)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in regex.findall(r"\p{L}{4,}", text.casefold()))
