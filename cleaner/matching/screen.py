"""Which regex rules a line may match, told by one scan of the line.

regex_index says of each rule regex how its matches begin (``starts``) or what they
hold (``contains``), in lower case. All those strings of a selection's rules go into
one RE2 set of literals, the starts anchored at the line's beginning: RE2 runs it as
one automaton over the folded line, so the line is read once, whatever the number of
rules, and only the rules whose strings it reports are searched. The answer is the
same as looking each string up in turn (``plain``, kept for the test that says so).
"""

from __future__ import annotations

import re2

from ..rules import regex_index
from ..rules.model import Rule
from ..rules.rule_regex import options


class Screen:
    """The rules of ``indexed`` (each with a start or a contained part for every pattern) a
    line may match: those one of whose strings it begins with or holds, once folded."""

    def __init__(self, indexed: list[Rule]):
        self.indexed = indexed
        self.starts: dict[str, list[Rule]] = {}  # by how their matches begin
        self.parts: dict[str, list[Rule]] = {}  # by what their matches hold
        for rule in indexed:
            for begins, holds in rule.index:
                for start in sorted(begins or ()):
                    self.starts.setdefault(start, []).append(rule)
                for part in sorted(holds or ()) if begins is None else ():
                    self.parts.setdefault(part, []).append(rule)
        # Each string's rules, by the index RE2 gives its pattern; the last pattern is
        # the empty one, which every line matches: a scan RE2 could not finish (past its
        # memory bound) reports nothing, not even it, and then every rule is tried.
        self._rules = [*self.starts.values(), *self.parts.values()]
        self._every_line = len(self._rules)
        self._set = _literal_set([*(r"\A" + re2.escape(start) for start in self.starts),
                                  *map(re2.escape, self.parts), ""]) if self._rules else None
        # With starts alone (as for the rules a line of any length may match), the line's head
        # is all the set reads: only it is folded (fold works character by character).
        self.head = None if self.parts else max(map(len, self.starts), default=0)

    def rules(self, text: str) -> list[Rule]:
        """The rules the line may match (each once, in no set order), a superset of those it does."""
        folded = regex_index.fold(text if self.head is None else text[:self.head])
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
        rules = self._rules
        return list(dict.fromkeys(rule for i in found if i != self._every_line for rule in rules[i]))

    def plain(self, text: str) -> list[Rule]:
        """rules() by looking up each string in turn: what the set must equal."""
        folded = regex_index.fold(text)
        if folded is None:
            return self.indexed
        return list(dict.fromkeys([*(rule for start, rules in self.starts.items() if folded.startswith(start)
                                     for rule in rules),
                                   *(rule for part, rules in self.parts.items() if part in folded for rule in rules)]))


def _literal_set(patterns: list[str]):
    found = re2.Set.SearchSet(options())
    for pattern in patterns:
        found.Add(pattern)
    found.Compile()
    return found
