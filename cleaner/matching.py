"""Applying line rules to a document.

A selection of rules is compiled once into a matcher: exact phrases become one
dictionary, so most lines cost a lookup, not a loop over rules.
"""

from __future__ import annotations

from bisect import bisect_right

from . import regex_index
from .document import Document, Line, Removal
from .fixes import fold_spaces
from .rules import Rule, RuleTimeout, line_keys, prefix_matches

# Strongest action first: a line that opens a tail of chrome says more than one chrome line.
_ACTION_RANK = {"drop_rest": 0, "drop_before": 0, "drop_line": 1}


def first_word(text: str) -> str:
    """The leading run of letters and digits: what a prefix rule is indexed by."""
    end = 0
    for ch in text:
        if not ch.isalnum():
            break
        end += 1
    return text[:end]


class Matcher:
    """Rules of one selection, indexed so that a line meets only the rules that can match it.

    Phrases are one dictionary; prefixes are indexed by their first word; regexes
    anchored at the start of the line are indexed by the first characters their
    matches can begin with, and the others gated by strings their matches must
    hold (regex_index). Only regexes with neither are tried on every line.
    """

    def __init__(self, rules: list[Rule]):
        self.phrases: dict[str, list[Rule]] = {}
        self.prefixes: dict[str, list[tuple[str, Rule]]] = {}
        self.starts: dict[str, list[Rule]] = {}  # by how their matches begin
        self.gated: dict[str, list[Rule]] = {}  # by what their matches hold: part -> rules
        self.indexed: list[Rule] = []  # the two above: all searched on a line lower case cannot key
        self.regexes: list[Rule] = []  # searched on every line
        self.near_rules: list[Rule] = []
        for rule in rules:
            if rule.near is not None:
                self.near_rules.append(rule)
            elif rule.kind == "phrase":
                for key in rule.keys:
                    self.phrases.setdefault(key, []).append(rule)
            elif rule.kind == "prefix":
                for key in rule.keys:
                    self.prefixes.setdefault(first_word(key), []).append((key, rule))
            else:
                self._add_regex(rule)
        self.order = {rule: i for i, rule in enumerate(rules)}
        # Parts by the longest line (in words) any of their rules accepts, most accepting
        # first: a line of n words need only look for the parts before the first limit < n.
        limit = {part: max(_UNLIMITED if r.max_words is None else r.max_words for r in found)
                 for part, found in self.gated.items()}
        self.gated_parts = sorted(self.gated.items(), key=lambda item: (-limit[item[0]], item[0]))
        self.gated_limits = [-limit[part] for part, _ in self.gated_parts]
        self.start_heads = {start[:n] for start in self.starts for n in range(1, len(start) + 1)}

    def _add_regex(self, rule: Rule) -> None:
        starts, contains = set(), set()
        for begins, holds in rule.index:
            if begins is not None:
                starts |= begins
            elif holds is not None:
                contains |= holds
            else:  # one pattern that could match anything: the rule is tried on every line
                self.regexes.append(rule)
                return
        self.indexed.append(rule)
        for start in sorted(starts):
            self.starts.setdefault(start, []).append(rule)
        for part in sorted(contains):
            self.gated.setdefault(part, []).append(rule)

    def candidates(self, text: str, words: int | None = None) -> list[Rule]:
        """Rules whose pattern matches the line (scope and zone aside), in priority order.

        With ``words``, regex rules whose max_words the line exceeds are not even run.
        """
        phrase, key = line_keys(text)
        found = list(self.phrases.get(phrase, ()))
        if self.prefixes:
            found += [rule for prefix, rule in self.prefixes.get(first_word(key), ()) if prefix_matches(key, prefix)]
        tried = self.regexes
        if self.indexed:
            folded = regex_index.fold(text)
            if folded is None:
                tried = [*tried, *self.indexed]
            else:
                hits = []
                for n in range(1, min(len(folded), regex_index.LENGTH) + 1):
                    head = folded[:n]
                    if head not in self.start_heads:  # no start begins so: no longer one will either
                        break
                    hits += self.starts.get(head, ())
                reach = len(self.gated_parts) if words is None else bisect_right(self.gated_limits, -words)
                hits += [rule for part, rules in self.gated_parts[:reach] if part in folded for rule in rules]
                tried = [*tried, *dict.fromkeys(hits)]
        found += [rule for rule in tried if _short_enough(rule, words) and rule.search(text)]
        if len(found) > 1:
            found = sorted(set(found), key=self.order.__getitem__)
        return found


_UNLIMITED = 1 << 30


def _short_enough(rule: Rule, words: int | None) -> bool:
    return words is None or rule.max_words is None or words <= rule.max_words


def _words(text: str) -> int:
    return len(text.split())


def _fits(rule: Rule, index: int, count: int, words: int) -> bool:
    return _short_enough(rule, words) and rule.in_zone(index, count)


def apply_line_rules(doc: Document, matcher: Matcher, memo: dict | None = None) -> int:
    """Remove the lines the rules claim; returns how many lines were removed.

    ``memo`` carries what was matched from one round of the pipeline to the next:
    what a line's text matches does not change when other lines go.
    """
    memo = {} if memo is None else memo
    content = doc.content()
    count = len(content)
    texts = [fold_spaces(line.text) for line in content]
    chosen: list[Rule | None] = [None] * count
    # A line repeated a thousand times is matched once: text -> (its word count, the rules it matches).
    seen: dict[str, tuple[int, list[Rule]]] = memo.setdefault(matcher, {})
    for i, text in enumerate(texts):
        known = seen.get(text)
        if known is None:
            words = _words(text)
            try:
                known = seen[text] = (words, matcher.candidates(text, words))
            except RuleTimeout as exc:
                raise RuleTimeout(exc.rule, content[i].number) from None
        words, found = known
        if not found:
            continue
        fitting = [r for r in found if _fits(r, i, count, words)]
        if fitting:
            chosen[i] = min(fitting, key=lambda r: _ACTION_RANK[r.action])

    removed = 0
    rest = next((i for i, r in enumerate(chosen) if r is not None and r.action == "drop_rest"), None)
    before = next((i for i in range(count - 1, -1, -1)
                   if chosen[i] is not None and chosen[i].action == "drop_before"), None)
    for i, line in enumerate(content):
        rule, marker = chosen[i], None
        if rest is not None and i > rest:
            rule, marker = chosen[rest], content[rest].number
        elif before is not None and i < before:
            rule, marker = chosen[before], content[before].number
        if rule is not None:
            remove_line(line, rule, marker)
            removed += 1
    removed += _apply_near_rules(doc, matcher, memo.setdefault("near", {}))
    return removed


def _apply_near_rules(doc: Document, matcher: Matcher, seen: dict) -> int:
    """Lines that are chrome only beside other chrome: a lone place name next to a byline.

    The document's first line is the title slot and is never taken this way.
    """
    if not matcher.near_rules:
        return 0
    families = frozenset().union(*(rule.near.families for rule in matcher.near_rules))
    reach = max(rule.near.distance for rule in matcher.near_rules)
    removed = 0
    changed = True
    while changed:
        changed = False
        lines = [line for line in doc.lines if line.text.strip()]
        positions = [i for i, line in enumerate(lines) if line.removed_by is None]
        # No line removed by a family these rules stand beside: none of them can fire
        # (a line one of them removes is such a line, so the check holds as they go).
        if not positions or not any(_beside_family(lines, i, families, reach) for i in positions[1:]):
            break
        alive_count = len(positions)
        for rank, i in enumerate(positions[1:], start=1):
            line = lines[i]
            if not _beside_family(lines, i, families, reach):
                continue
            text = fold_spaces(line.text)
            words = _words(text)
            for rule in matcher.near_rules:
                if not _fits(rule, rank, alive_count, words) or not _beside_family(
                        lines, i, rule.near.families, rule.near.distance):
                    continue
                matched = seen.get((rule, text))
                if matched is None:
                    try:
                        matched = seen[rule, text] = rule.matches_text(text)
                    except RuleTimeout as exc:
                        raise RuleTimeout(exc.rule, line.number) from None
                if matched:
                    remove_line(line, rule, None)
                    removed += 1
                    changed = True
                    break
    return removed


def _beside_family(lines: list[Line], i: int, families: frozenset[str], distance: int) -> bool:
    for j in (*range(i - 1, max(-1, i - 1 - distance), -1), *range(i + 1, min(len(lines), i + 1 + distance))):
        removal = lines[j].removed_by
        if removal is not None and removal.marker_line is None and removal.family in families:
            return True
    return False


def remove_line(line: Line, rule, marker: int | None = None) -> None:
    line.removed_by = Removal(rule.id, rule.source, line.number, line.text, marker, rule.family, line.start, line.end)
