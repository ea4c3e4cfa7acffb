"""Which regex rules a line may match, told by two RE2 sets read over the line at once.

regex_openings says of each rule regex how its matches begin (``opening``: a run of lead
characters, then one of some starts), regex_index what they hold (``contains``), in lower
case. The openings of a selection's rules are one RE2 set anchored at the line's beginning,
its sets of parts another, searched through the line: RE2 runs each as one automaton over
the folded line, whatever the number of rules, and only the rules whose patterns they
report are searched. Two sets, not one: the openings' automaton stops within a few
characters, and one automaton of both outgrew RE2's memory bound and was rebuilt again and
again. The answer is the same as testing each in turn (``plain``, kept for the test that
says so).
"""

from __future__ import annotations

import re2

from ..bounded import BoundedCache
from ..rules import regex_index
from ..rules.model import Rule
from ..rules.rule_regex import options


# How many of the set's answers a screen keeps the rules of (each a short list).
_ANSWERS = 4096


class Screen:
    """The rules of ``indexed`` (each with an opening or a contained part for every pattern) a
    line may match: those one of whose openings it begins with or parts it holds, once folded."""

    def __init__(self, indexed: list[Rule]):
        self.indexed = indexed
        self.starts: dict[tuple[frozenset[str], frozenset[str]], list[Rule]] = {}  # by how their matches begin
        self.parts: dict[frozenset[str], list[Rule]] = {}  # by what their matches hold
        for rule in indexed:
            for opening, holds in rule.index:
                if opening is not None:
                    self.starts.setdefault(opening, []).append(rule)
                else:
                    self.parts.setdefault(holds, []).append(rule)
        # Each opening's and part's rules, by the index RE2 gives its pattern (a part's index
        # counted after the openings'); each set's last pattern is the empty one, which every
        # line matches: a scan RE2 could not finish (past its memory bound) reports nothing,
        # not even it, and then every rule is tried.
        self._rules = [*self.starts.values(), *self.parts.values()]
        self._opened = len(self.starts)
        # Each set has the bound the one set of both had (rule_regex.options): each holds some of
        # its patterns, so each compiles wherever it did (10,000 openings do not at 2 MB).
        self._openings = _literal_set(re2.Set.MatchSet, [*map(_opening, self.starts), ""]) if self.starts else None
        self._holds = _literal_set(re2.Set.SearchSet, [*map(_either, self.parts), ""]) if self.parts else None
        # With openings alone (as for the rules a line of any length may match), the line's head
        # is all the set reads: its lead characters, then as much as the longest start. Only
        # it is folded (fold works character by character).
        self.head = None if self.parts else max((len(start) for _, starts in self.starts for start in starts), default=0)
        self.lead = "".join(sorted(set().union(*(lead for lead, _ in self.starts))))
        # The rules of each answer of the set (the indexes it reported), made once: a selection's
        # lines give only a few hundred answers.
        self._answers: BoundedCache = BoundedCache(_ANSWERS)

    def rules(self, text: str) -> list[Rule]:
        """The rules the line may match (each once, in no set order), a superset of those it does.
        The list may be the one given for another line: the caller does not change it."""
        if self.head is not None:
            text = text[:self.head + len(text) - len(text.lstrip(self.lead)) if self.lead else self.head]
        folded = regex_index.fold(text)
        if folded is None or not self._rules:
            return self.indexed if folded is None else []
        try:
            data = folded.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: utf8() would read another line
            return self.indexed
        opened, held = (), ()
        if self._openings is not None:
            opened = self._openings.Match(data)
            if not opened or self._opened not in opened:
                return self.indexed
        if self._holds is not None:
            held = self._holds.Match(data)
            if not held or len(self.parts) not in held:
                return self.indexed
        if len(opened) + len(held) == (self._openings is not None) + (self._holds is not None):
            return []
        key = (*opened, -1, *held)
        rules = self._answers.get(key)
        if rules is None:
            found = [*(i for i in opened if i != self._opened),
                     *(self._opened + i for i in held if i != len(self.parts))]
            rules = list(dict.fromkeys(rule for i in found for rule in self._rules[i]))
            self._answers.add(key, rules)
        return rules

    def plain(self, text: str) -> list[Rule]:
        """rules() by testing each opening and part in turn: what the set must equal."""
        folded = regex_index.fold(text)
        if folded is None:
            return self.indexed
        return list(dict.fromkeys([*(rule for opening, rules in self.starts.items() if _opens(folded, opening)
                                     for rule in rules),
                                   *(rule for parts, rules in self.parts.items() if any(part in folded for part in parts)
                                     for rule in rules)]))


def _opens(folded: str, opening: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether the line begins with a run of the lead characters, then a start."""
    lead, starts = opening
    run = len(folded) - len(folded.lstrip("".join(lead))) if lead else 0
    return any(folded.startswith(start, at) for at in range(run + 1) for start in starts)


def _either(strings) -> str:
    return "(?:" + "|".join(map(re2.escape, sorted(strings))) + ")"


def _opening(opening: tuple[frozenset[str], frozenset[str]]) -> str:
    """An opening as RE2 reads it in a set anchored at the line's beginning, the lead characters
    written by code point."""
    lead, starts = opening
    run = "[" + "".join(f"\\x{{{ord(ch):x}}}" for ch in sorted(lead)) + "]*" if lead else ""
    return run + _either(starts)


def _literal_set(kind, patterns: list[str]):
    found = kind(options())
    for pattern in patterns:
        found.Add(pattern)
    found.Compile()
    return found
