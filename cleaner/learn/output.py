"""The learned rule file, and the checks it passes before it is written: every rule passes
its own examples (as `cleaner rules test` runs them) and removes lines of the pages it was
learned from; a rule that fails or removes nothing is left out, and the report says so."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from .proposals import Learned
from .reader import Page

_ROUNDS = 3  # leaving a rule out can change what a cut takes: the counts are taken again


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _where(zone: dict) -> str:
    if not zone:
        return "anywhere on the page"
    side, n = next(iter(zone.items()))
    side = "last" if side == "tail" else "first"
    return f"on the {side} line" if n == 1 else f"in the {side} {n} lines"


def to_yaml(learned: Learned) -> str:
    """The proposed rule set, one rule per line, block or varying line, with its evidence, ready for review."""
    out = [
        f"# Learned by `cleaner learn` from {learned.pages} pages of {learned.site}.",
        "# Review each rule: the description says how often and where it was seen.",
        f"description: {_quote(f'Chrome learned from {learned.pages} pages of {learned.site}')}",
        f"sites: [{_quote(learned.site)}]",
        "rules:" if learned.proposals else "rules: []",
    ]
    for p in learned.proposals:
        opens = "; everything after it was chrome too" if p.action == "drop_rest" else ""
        evidence = f"{p.what} {p.pages} of {learned.pages} pages ({p.share:.0%}), {_where(p.zone)}{opens}"
        values = _quote(p.values[0]) if len(p.values) == 1 else "[" + ", ".join(map(_quote, p.values)) + "]"
        out += [
            f"  - id: {p.rule_id}",
            f"    description: {_quote(evidence)}",
            *([f"    family: {p.family}"] if p.family else []),
            f"    match: {{{p.kind}: {values}}}",
            f"    action: {p.action}",
        ]
        if p.zone:
            key, value = next(iter(p.zone.items()))
            out.append(f"    zone: {{{key}: {value}}}")
        out.append(f"    max_words: {p.max_words}")
        out.append("    examples:")
        out.append("      drop: [" + ", ".join(_quote(d) for d in p.drops) + "]")
        out.append("      keep: [" + ", ".join(_quote(k) for k in p.keep) + "]")
    return "\n".join(out) + "\n"


@dataclass
class Checked:
    learned: Learned
    counts: Counter = field(default_factory=Counter)  # lines each kept rule removes from the pages
    examples: dict = field(default_factory=dict)  # rule id -> up to three lines it removed
    failing: list[str] = field(default_factory=list)  # rules left out: their own examples fail
    removed_nothing: list[str] = field(default_factory=list)  # rules left out: they removed no line


def check(learned: Learned, pages: Callable[[], Iterable[Page]], source: str) -> Checked:
    """The learned set without the rules that fail their examples or remove nothing from the
    pages (``pages()`` is read once a round); ``source`` names the file in messages."""
    from ..matching.selftest import check_rule
    from ..rules.loader import parse_rule_file

    ruleset = parse_rule_file(to_yaml(learned), source, "learned")  # what it writes, it can read
    failing = {failure.rule.id for rule in ruleset.rules for failure in check_rule(rule)}
    checked = Checked(_without(learned, failing), failing=sorted(failing))
    for _ in range(_ROUNDS):
        checked.counts, checked.examples = removals(checked.learned, pages(), source)
        idle = [p.rule_id for p in checked.learned.proposals if not checked.counts[p.rule_id]]
        if not idle:
            break
        checked.removed_nothing += idle
        checked.learned = _without(checked.learned, set(idle))
    return checked


def _without(learned: Learned, ids: set[str]) -> Learned:
    return replace(learned, proposals=[p for p in learned.proposals if p.rule_id not in ids])


def removals(learned: Learned, pages: Iterable[Page], source: str) -> tuple[Counter, dict]:
    """How many lines each rule removes from the site's pages, and three of them, cleaning as
    `cleaner clean --site` does with the learned rules alone."""
    from ..pipeline import Cleaner
    from ..rules.book import book_from_sources
    from ..rules.loader import RuleSource

    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    if not learned.proposals:
        return counts, examples
    cleaner = Cleaner(rulebook=book_from_sources((RuleSource(source, "learned", to_yaml(learned)),)))
    for page in pages:
        if page.site != learned.site:
            continue
        result = cleaner.clean("\n".join(page.lines), lang="und", site=learned.site)
        for removal in result.removals:
            counts[removal.rule_id] += 1
            if len(examples[removal.rule_id]) < 3 and removal.text not in examples[removal.rule_id]:
                examples[removal.rule_id].append(removal.text)
    return counts, examples


def report(checked: Checked) -> list[str]:
    """One line a rule: the lines it removes from the pages, its action, three examples; then
    what was left out and held back, and why."""
    learned = checked.learned
    lines = []
    for p in learned.proposals:
        shown = "; ".join(repr(e) for e in checked.examples.get(p.rule_id, ()))
        lines.append(f"{p.rule_id}: {checked.counts[p.rule_id]} lines ({p.action}), e.g. {shown}")
    if checked.removed_nothing:
        lines.append(f"left out {len(checked.removed_nothing)} rules that removed no line of these pages "
                     f"(others took their lines): {', '.join(checked.removed_nothing)}")
    if checked.failing:
        lines.append(f"left out {len(checked.failing)} rules that failed their own examples: "
                     f"{', '.join(checked.failing)}")
    for held in learned.held_back:
        lines.append(f"held back {held.example!r}: {held.reason}")
    return lines
