"""The rule book: every rule set loaded, and the rules selected for a language and a site."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .loader import RuleSource, parse_rule_file, read_directory
from .model import Rule, RuleError, RuleSet, StructureRule, in_scope


@dataclass
class RuleBook:
    """All loaded rule sets, with disabled ids taken out; selects what applies to a document."""

    sets: list[RuleSet]
    disabled: frozenset[str] = frozenset()
    # The rule files' texts the book was read from, when it was: what a pickled book carries.
    sources: tuple[RuleSource, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        seen: dict[str, Rule | StructureRule] = {}
        for ruleset in self.sets:
            for rule in [*ruleset.rules, *ruleset.structure]:
                if rule.id in seen:
                    first = seen[rule.id]
                    raise RuleError(rule.source, rule.line, rule.id,
                                    f"duplicate id (first defined at {first.source}:{first.line})")
                seen[rule.id] = rule
        self.by_name = {s.name: s for s in self.sets}
        for ruleset in self.sets:
            for parent in ruleset.extends:
                if parent not in self.by_name:
                    raise RuleError(ruleset.source, ruleset.extends_line, None,
                                    f"extends unknown rule set {parent!r}")
        cycle = extends_cycle(self.sets, self.by_name)
        if cycle:
            raise RuleError(cycle[0].source, cycle[0].extends_line, None,
                            f"extends makes a cycle: {' -> '.join(s.source for s in cycle)}")
        self._selection_cache: dict = {}
        # Every site a set or a rule names: a domain is reduced to those it falls under,
        # so that a million domains with no site rules share one selection.
        self._named_sites = frozenset(site for ruleset in self.sets
                                      for scoped in (ruleset, *ruleset.rules) for site in (scoped.sites or ()))

    def __reduce__(self):
        # Compiled regexes do not pickle: a book travels as its rule texts and is read again
        # where it lands (once per process: book_from_sources is cached).
        if self.sources is None:
            raise TypeError("a RuleBook made from rule sets, not rule files, cannot be pickled: "
                            "read it with book_from_sources or load_rulebook")
        return book_from_sources, (self.sources, self.disabled)

    # copy and deepcopy would go through __reduce__; rules are frozen, so a copy shares them.
    def __copy__(self) -> "RuleBook":
        return RuleBook(self.sets, self.disabled, self.sources)

    def __deepcopy__(self, memo: dict) -> "RuleBook":
        return self.__copy__()

    def sites_of(self, domain: str | None) -> tuple[str, ...]:
        """The named sites ``domain`` is, or is a subdomain of."""
        if not domain or not self._named_sites:
            return ()
        labels = domain.split(".")
        return tuple(suffix for suffix in (".".join(labels[i:]) for i in range(len(labels)))
                     if suffix in self._named_sites)

    def all_rules(self) -> list[Rule]:
        return [r for s in self.sets for r in s.rules]

    def all_structure(self) -> list[StructureRule]:
        return [r for s in self.sets for r in s.structure if r.id not in self.disabled]

    def select(self, lang: str | None, domain: str | None) -> tuple[list[Rule], list[StructureRule]]:
        """Rules of the selected sets (and what they extend), site sets first, then languages, then common."""
        key = (lang, self.sites_of(domain))
        cached = self._selection_cache.get(key)
        if cached is not None:
            return cached
        chosen: list[RuleSet] = []

        def take(ruleset: RuleSet) -> None:
            if ruleset in chosen:
                return
            chosen.append(ruleset)
            for parent in ruleset.extends:
                take(self.by_name[parent])

        for ruleset in sorted(self.sets, key=lambda s: (s.sites is None, s.languages is None)):
            if ruleset.selected_by(lang, domain):
                take(ruleset)
        rules = [r for s in chosen for r in s.rules
                 # a rule may be scoped tighter than its file (a common rule for es and pt only)
                 if r.id not in self.disabled and in_scope(r.languages, r.sites, lang, domain)]
        structure = [r for s in chosen for r in s.structure if r.id not in self.disabled]
        self._selection_cache[key] = (rules, structure)
        return rules, structure


def extends_cycle(sets: list[RuleSet], by_name: dict[str, RuleSet]) -> list[RuleSet]:
    """The first cycle of extends met walking the sets in order, from the set it comes back
    to round to that set again; [] if there is none. Every name must be in ``by_name``."""
    done: set[str] = set()
    for root in sets:
        path: list[RuleSet] = []
        # One iterator of parents per set on the path: a depth-first walk with no recursion.
        pending = [iter((root.name,))]
        while pending:
            name = next(pending[-1], None)
            if name is None:
                pending.pop()
                if path:
                    done.add(path.pop().name)
                continue
            if name in done:
                continue
            names = [s.name for s in path]
            if name in names:
                return [*path[names.index(name):], by_name[name]]
            path.append(by_name[name])
            pending.append(iter(by_name[name].extends))
    return []


def rule_sources(extra_dirs: tuple[str, ...] = (), defaults: bool = True) -> tuple[RuleSource, ...]:
    """The texts of the bundled rules (unless ``defaults`` is false) and of the user's directories."""
    from ..data import default_rules_dir

    found: list[RuleSource] = []
    if defaults:
        found += read_directory(default_rules_dir(), "rules", skip_tables=True, bundled=True)
    for directory in extra_dirs:
        found += read_directory(Path(directory), directory)
    return tuple(found)


@functools.lru_cache(maxsize=8)
def book_from_sources(sources: tuple[RuleSource, ...], disabled: frozenset[str] = frozenset()) -> RuleBook:
    """A rule book from rule texts; cached per process, so a worker compiles a job's rules once.
    What is slow to build, the regex facts, is kept between runs as plain data (regex_facts)."""
    from . import regex_facts
    from .translation_cache import Translations

    # The RE2 translations of the book's regexes, in one file named after its rule texts.
    translations = Translations(*(part for s in sources for part in (s.name, s.text)))
    book = _book(sources, disabled, translations)
    regexes = [rule for rule in book.all_rules() if rule.kind == "regex"]
    table = regex_facts.cached(pattern for rule in regexes for pattern in rule.patterns)
    for rule in regexes:
        # What Rule.facts would compute, read back: set as the cached property sets it.
        vars(rule)["facts"] = tuple(table[pattern] for pattern in rule.patterns)
        vars(rule)["translations"] = translations
    for rule in book.all_rules():
        if rule.context is not None:
            vars(rule.context)["translations"] = translations
    translations.save()  # those of the rules a user wrote, compiled as they were read
    return book


def _book(sources: tuple[RuleSource, ...], disabled: frozenset[str], translations=None) -> RuleBook:
    sets = _sets(sources, translations)
    book = RuleBook(sets, disabled, sources)
    known = {r.id for s in sets for r in [*s.rules, *s.structure]}
    unknown = sorted(disabled - known)
    if unknown:
        raise RuleError("--disable", None, unknown[0], "no rule has this id")
    return book


def _sets(sources: tuple[RuleSource, ...], translations=None) -> list[RuleSet]:
    """Each source's rule set, in order: the bundled ones from the cache of their parse
    (rule_set_cache) when it holds them, else parsed and then stored; a user's parsed."""
    from . import rule_set_cache

    bundled = [s for s in sources if s.bundled]
    stored = iter((rule_set_cache.load(bundled) if bundled else None) or ())  # empty: parse them
    sets, parsed = [], []
    for source in sources:
        ruleset = next(stored, None) if source.bundled else None
        if ruleset is None:
            # Parsed in the sources' order, as ever: the first broken file is the one reported.
            ruleset = parse_rule_file(source.text, source.source, source.name, eager=not source.bundled,
                                      translations=translations)
            if source.bundled:
                parsed.append(ruleset)
                if len(parsed) == len(bundled):
                    rule_set_cache.store(bundled, parsed)
        sets.append(ruleset)
    return sets


@functools.lru_cache(maxsize=8)
def load_rulebook(extra_dirs: tuple[str, ...] = (), disabled: frozenset[str] = frozenset(),
                  defaults: bool = True) -> RuleBook:
    """The bundled rules plus the user's directories; cached per process."""
    return book_from_sources(rule_sources(extra_dirs, defaults), disabled)
