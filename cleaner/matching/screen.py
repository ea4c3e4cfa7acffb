"""Which regex rules a line may match, told by one scan of the line.

regex_index says of each rule regex what every match meets (``Rule.index``): how it
begins (a run of lead characters, then one of some strings: ``opening``), and sets of
strings it holds one of each of (``parts``), in lower case. Each such gate of a
selection's rules is one pattern of one RE2 set, the openings anchored at the line's
beginning: RE2 runs it as one automaton over the folded line, so the line is read once,
whatever the number of rules, and only the rules one of whose regexes has all its gates
met are searched. The answer is the same as testing each gate in turn (``plain``, kept
for the test that says so).
"""

from __future__ import annotations

import re2

from ..rules import regex_index
from ..rules.model import Rule
from ..rules.rule_regex import options

Gate = tuple  # (lead characters or None, strings): see Rule.index


class Screen:
    """The rules of ``indexed`` (each with gates for every pattern) a line may match: those with
    a regex all of whose gates the folded line meets. ``conjoined=False`` keeps a regex's opening
    alone where it has one, so that a line's head is all the set reads (the long lines' screen)."""

    def __init__(self, indexed: list[Rule], conjoined: bool = True):
        self.indexed = indexed
        self.starts: dict[Gate, list[Rule]] = {}  # by how their matches begin
        self.parts: dict[Gate, list[Rule]] = {}  # by what their matches hold
        self._patterns: list[tuple[Rule, tuple[Gate, ...]]] = []
        for rule in indexed:
            for gates in rule.index:
                if not conjoined and gates[0][0] is not None:
                    gates = gates[:1]
                self._patterns.append((rule, gates))
                for gate in gates:
                    (self.parts if gate[0] is None else self.starts).setdefault(gate, []).append(rule)
        # Each gate is one pattern of the set, by the index RE2 gives it; a regex is let through
        # from its first gate when the others are met too. The last pattern is the empty one,
        # which every line matches: a scan RE2 could not finish (past its memory bound)
        # reports nothing, not even it, and then every rule is tried.
        numbers = {gate: i for i, gate in enumerate([*self.starts, *self.parts])}
        self._every_line = len(numbers)
        self._opens: list[list[tuple[Rule, frozenset[int]]]] = [[] for _ in range(len(numbers) + 1)]
        for rule, gates in self._patterns:
            self._opens[numbers[gates[0]]].append((rule, frozenset(numbers[gate] for gate in gates[1:])))
        self._set = _literal_set([*map(_pattern, numbers), ""]) if numbers else None
        # With openings alone (as for the rules a line of any length may match), the line's head
        # is all the set reads: its lead characters and the longest start. Only it is folded
        # (fold works character by character).
        self.head = None if self.parts else max((len(start) for _, starts in self.starts for start in starts), default=0)
        self.lead = "".join(sorted(set().union(*(lead for lead, _ in self.starts))))

    def rules(self, text: str) -> list[Rule]:
        """The rules the line may match (each once, in no set order), a superset of those it does."""
        if self.head is not None:
            text = text[:self.head + len(text) - len(text.lstrip(self.lead)) if self.lead else self.head]
        folded = regex_index.fold(text)
        if folded is None or self._set is None:
            return self.indexed if folded is None else []
        try:
            data = folded.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: utf8() would read another line
            return self.indexed
        found = self._set.Match(data)
        if not found or self._every_line not in found:
            return self.indexed
        if len(found) == 1:
            return []
        met = frozenset(found)
        opens = self._opens
        return list(dict.fromkeys(rule for i in found for rule, others in opens[i] if others <= met))

    def plain(self, text: str) -> list[Rule]:
        """rules() by testing each gate in turn: what the set must equal."""
        folded = regex_index.fold(text)
        if folded is None:
            return self.indexed
        return list(dict.fromkeys(rule for rule, gates in self._patterns
                                  if all(_meets(folded, gate) for gate in gates)))


def _meets(folded: str, gate: Gate) -> bool:
    lead, strings = gate
    if lead is None:
        return any(part in folded for part in strings)
    run = len(folded) - len(folded.lstrip("".join(lead))) if lead else 0
    return any(folded.startswith(start, at) for at in range(run + 1) for start in strings)


def _pattern(gate: Gate) -> str:
    """A gate as RE2 reads it: an opening anchored at the line's beginning, its lead characters
    written by code point."""
    lead, strings = gate
    either = "(?:" + "|".join(map(re2.escape, sorted(strings))) + ")"
    if lead is None:
        return either
    run = "[" + "".join(f"\\x{{{ord(ch):x}}}" for ch in sorted(lead)) + "]*" if lead else ""
    return r"\A" + run + either


def _literal_set(patterns: list[str]):
    found = re2.Set.SearchSet(options())
    for pattern in patterns:
        found.Add(pattern)
    found.Compile()
    return found
