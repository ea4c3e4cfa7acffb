"""YAML rule sets: the format, its loader and the errors it refuses with.

A rule file is a mapping::

    extends: [es]                 # rule sets selected along with this one
    languages: [fr]               # the file applies to documents in these languages
    sites: [aa.com.tr]            # ... or of these sites (and their subdomains)
    rules:
      - id: fr-translator-credit
        description: Translator credit at the foot of a wire story
        family: translator
        match: {regex: '...'}     # or {phrase: ...} or {prefix: ...}, a string or a list
        action: drop_line         # drop_line | drop_rest | drop_before
        zone: {tail: 5}           # head/tail N non-empty lines
        max_words: 12
        near: {families: [byline], distance: 1}
        examples: {drop: [...], keep: [...]}
    structure:
      - id: repeated-block
        kind: repeated_block
        ...

Every problem is reported as ``file:line: rule ID: what is wrong``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from pathlib import Path

import regex
import yaml

from ..text.prose import SPEECH_CLOSERS, SPEECH_OPENERS, is_speech

ACTIONS = ("drop_line", "drop_rest", "drop_before")
MATCH_KINDS = ("phrase", "prefix", "regex")
FAMILIES = (
    "ads", "app", "breadcrumb", "byline", "caption", "comments", "cookie", "copyright",
    "dateline", "label", "navigation", "promo", "related", "share", "source",
    "subscription", "tags", "translator", "widget",
)
STRUCTURE_KINDS = ("repeated_block", "repeated_title", "glued_title", "link_list", "repeated_headline", "chrome_tail")

_FILE_KEYS = {"description", "extends", "languages", "sites", "rules", "structure"}
_RULE_KEYS = {"id", "description", "family", "match", "action", "zone", "languages", "sites",
              "max_words", "near", "examples"}
_STRUCTURE_KEYS = {"id", "description", "kind", "zone", "min_chars", "min_title_words", "max_prefix_words",
                   "max_words", "prose_words", "max_prose"}
_ID = regex.compile(r"[a-z0-9][a-z0-9._-]*")
# Edges of a line that carry no words: bullets, arrows, colons, quotes, spaces.
_LEFT_EDGE = regex.compile(r"^[\p{P}\p{S}\p{Z}\s]+")
_EDGE_CHAR = regex.compile(r"[\p{P}\p{S}\p{Z}\s]")
_SPACED_MARKS = (" :", " ;", " !", " ?")
_APOSTROPHES = ("’", "‘", "ʼ", "`")  # all read as "'"


# libyaml's loader when PyYAML was built with it: the same safe rules, several times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RuleError(Exception):
    """A rule file that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: str, line: int | None, rule_id: str | None, message: str):
        self.path, self.line, self.rule_id, self.message = path, line, rule_id, message
        where = f"{path}:{line}" if line else path
        who = f" rule {rule_id}:" if rule_id else ""
        super().__init__(f"{where}:{who} {message}")


def key_fold(text: str) -> str:
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    folded = " ".join(text.casefold().split())
    # "Tags :" and "Tags:" are one label: French typography spaces before colons.
    # (Spaces are single ones here, so the space before a mark is " ".)
    for mark in _SPACED_MARKS:
        if mark in folded:
            folded = folded.replace(mark, mark[1])
    return folded


def line_keys(text: str) -> tuple[str, str]:
    """(phrase_key, prefix_key) of a line, folding it once.

    Edge punctuation folds away, except on words someone says (prose.is_speech): "— Ver
    más", "«Ver más»" and "Leave a comment?" keep their marks, and so match no label.
    """
    left = key_fold(text)
    if left and (left[0] in SPEECH_OPENERS or left[-1] in SPEECH_CLOSERS) and is_speech(left):
        return left, left
    if left and _EDGE_CHAR.match(left):  # most lines begin with a letter: one look
        left = _LEFT_EDGE.sub("", left)
    end = len(left)
    while end and _EDGE_CHAR.match(left, end - 1):  # most lines end on a letter: one look
        end -= 1
    return left[:end], left.rstrip()


def longer_than(words: list[str], limit: int) -> bool:
    """Whether the phrase key of a line, given as its words (``text.split()``), holds more
    than ``limit`` characters, told without folding the line: when its first and last
    words hold a letter or a digit (never an edge), every word between stays whole in
    the key, and case folding shortens none."""
    if len(words) < 3:
        return False
    first, last = words[0], words[-1]
    return (sum(map(len, words)) - len(first) - len(last) > limit
            and _holds_alnum(first) and _holds_alnum(last))


def spaced_longer_than(text: str, words: int, limit: int) -> bool:
    """``longer_than(text.split(), limit)`` for a line of ``words`` words whose only
    whitespace is one space between each two (stripped, folded, printable), without
    splitting it: its first and last words are found by the first and last space."""
    if words < 3:
        return False
    first, last = text[:text.find(" ")], text[text.rfind(" ") + 1:]
    return (len(text) - (words - 1) - len(first) - len(last) > limit
            and _holds_alnum(first) and _holds_alnum(last))


def _holds_alnum(word: str) -> bool:
    return word[-1].isalnum() or word[0].isalnum() or any(map(str.isalnum, word))


def phrase_key(text: str) -> str:
    """What phrase rules compare: casefolded, apostrophes and spaces unified, both edges bare."""
    return line_keys(text)[0]


def prefix_key(text: str) -> str:
    """What prefix rules compare: as phrase_key, but a trailing colon stays ("Tags:" is not "Tags")."""
    return line_keys(text)[1]


@dataclass(frozen=True)
class Near:
    families: frozenset[str]
    distance: int


@dataclass(frozen=True, eq=False)
class Rule:
    id: str
    description: str
    kind: str
    patterns: tuple[str, ...]
    action: str = "drop_line"
    family: str | None = None
    head: int | float | None = None
    tail: int | float | None = None
    languages: frozenset[str] | None = None
    sites: tuple[str, ...] | None = None
    max_words: int | None = None
    near: Near | None = None
    drop_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()
    source: str = "<rules>"
    line: int = 0
    keys: tuple[str, ...] = ()
    pattern_line: int = 0  # where the patterns stand, for a late compile error

    @functools.cached_property
    def compiled(self) -> tuple:
        """The rule's regexes, compiled by RE2 when first needed: a run compiles only the
        rules it selects. RE2 takes time linear in the line, so no search needs a time
        bound, and the output never depends on the machine's load (rule_regex)."""
        return tuple(compile_pattern(p, self.source, self.pattern_line, self.id) for p in self.patterns)

    @functools.cached_property
    def facts(self) -> tuple:
        """For each regex, what regex_index tells of it (regex_facts.of); () for other kinds.
        book_from_sources fills it from the cache kept between runs."""
        from . import regex_facts

        return tuple(regex_facts.of(pattern) for pattern in self.patterns) if self.kind == "regex" else ()

    @functools.cached_property
    def index(self) -> tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...]:
        """For each regex, how its matches begin and what they hold (regex_index), as far as can be told."""
        return tuple((starts, contains) for starts, contains, _ in self.facts)

    @functools.cached_property
    def ending(self) -> tuple[bool, frozenset[str]] | None:
        """How every match of the rule ends, if its regexes tell (regex_index.ends)."""
        from . import regex_index

        if self.kind != "regex":
            return None
        return regex_index.either([ends for _, _, ends in self.facts])

    def matches_text(self, text: str) -> bool:
        """Whether the pattern matches the line, leaving zone, scope and neighbours aside."""
        text = " ".join(text.split())
        if self.max_words is not None and len(text.split()) > self.max_words:
            return False
        if self.kind == "regex":
            return self.search(text)
        if self.kind == "phrase":
            return phrase_key(text) in self.keys
        key = prefix_key(text)
        return any(prefix_matches(key, p) for p in self.keys)

    def in_zone(self, index: int, count: int) -> bool:
        return in_zone(self.head, self.tail, index, count)

    def search(self, text: str) -> bool:
        """Whether one of the rule's regexes matches the line (one line: no line break)."""
        try:
            return any(p.search(text) is not None for p in self.compiled)
        except UnicodeEncodeError:
            # RE2 reads UTF-8, which has no lone surrogate: the line is read as the
            # pipeline repairs it before any rule sees it (a rule's example may hold one).
            text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            return any(p.search(text) is not None for p in self.compiled)


def compile_pattern(pattern: str, source: str, line: int, rule_id: str):
    """A rule pattern compiled for RE2, or the RuleError saying what in it is refused."""
    from .rule_regex import Unsupported, compile_rule

    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise RuleError(source, line, rule_id, f"bad regex: {exc}") from None
    try:
        return compile_rule(pattern)
    except Unsupported as exc:
        raise RuleError(source, line, rule_id, f"unsupported regex: {exc}") from None


def zone_size(size: int | float, count: int) -> int:
    """A zone is N lines, or a share of the document's lines when written "40%"."""
    return size if isinstance(size, int) else math.ceil(size * count)


def in_zone(head: int | float | None, tail: int | float | None, index: int, count: int) -> bool:
    if head is None and tail is None:
        return True
    return (head is not None and index < zone_size(head, count)) or (
        tail is not None and index >= count - zone_size(tail, count)
    )


def prefix_matches(key: str, prefix: str) -> bool:
    """A prefix ends on a word boundary: "Tags:" starts "Tags: a, b"; "Tag" does not start "Tagged"."""
    if not key.startswith(prefix):
        return False
    return len(key) == len(prefix) or not (prefix[-1].isalnum() and key[len(prefix)].isalnum())


@dataclass(frozen=True, eq=False)
class StructureRule:
    id: str
    description: str
    kind: str
    head: int | float | None = None
    tail: int | float | None = None
    min_chars: int = 160
    min_title_words: int = 3
    max_prefix_words: int = 5
    max_words: int = 16
    prose_words: int = 8  # chrome_tail: see prose.TailShape
    max_prose: int = 1
    source: str = "<rules>"
    line: int = 0
    action: str = "drop_line"

    @property
    def family(self) -> str | None:
        # Copies of lines the document keeps: removing them loses nothing.
        return "duplicate" if self.kind.startswith("repeated") else None


@dataclass
class RuleSet:
    """One rule file."""

    name: str
    source: str
    extends: tuple[str, ...] = ()
    languages: frozenset[str] | None = None
    sites: tuple[str, ...] | None = None
    rules: list[Rule] = field(default_factory=list)
    structure: list[StructureRule] = field(default_factory=list)
    extends_line: int = 0  # where extends is written, for its errors

    def selected_by(self, lang: str | None, domain: str | None) -> bool:
        """A file scoped to languages or sites applies when the document is in one of each it names."""
        return in_scope(self.languages, self.sites, lang, domain)


def in_scope(languages: frozenset[str] | None, sites: tuple[str, ...] | None,
             lang: str | None, domain: str | None) -> bool:
    """Whether a document of ``lang`` from ``domain`` is in a file's or a rule's scope (None: any)."""
    if languages is not None and lang not in languages:
        return False
    return sites is None or site_matches(domain, sites)


def site_matches(domain: str | None, sites: tuple[str, ...]) -> bool:
    if not domain:
        return False
    return any(domain == site or domain.endswith("." + site) for site in sites)


# --- loading -----------------------------------------------------------------


class _Context:
    def __init__(self, source: str, eager: bool = True):
        self.source = source
        # Rules a user wrote are compiled at load time, so a bad regex stops the run
        # before any output; the bundled ones (tested) are compiled when first used.
        self.eager = eager

    def fail(self, node: yaml.Node | None, rule_id: str | None, message: str) -> RuleError:
        line = node.start_mark.line + 1 if node is not None else None
        return RuleError(self.source, line, rule_id, message)


def _mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    # Keys are unique here: parse_rule_file refused a file that repeats one (_refuse_duplicate_keys).
    return {key.value: (key, value) for key, value in node.value}


def _refuse_duplicate_keys(ctx: _Context, root: yaml.Node) -> None:
    """A key written twice in a mapping, at any depth, is an error at the second one: a
    loader would silently keep only the last."""
    from ..io.yaml_keys import first_duplicate

    found = first_duplicate(root)
    if found is None:
        return
    # The rule it is in, named by the id of the innermost mapping that has one.
    ids = [value.value for mapping in reversed(found.within) for key, value in mapping.value
           if isinstance(key, yaml.ScalarNode) and key.value == "id" and isinstance(value, yaml.ScalarNode)]
    rule_id = ids[0] if ids and _ID.fullmatch(ids[0]) else None
    raise RuleError(ctx.source, found.line, rule_id, found.message)


def _construct(node: yaml.Node):
    # The safe constructor alone: a whole SafeLoader (reader, scanner, parser) per value cost
    # more than parsing the file, and only the constructor is used.
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def _strings(ctx: _Context, node: yaml.Node, rule_id: str | None, what: str, allow_one: bool = True) -> tuple[str, ...]:
    value = _construct(node)
    if allow_one and isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail(node, rule_id, f"{what} must be {'a string or ' if allow_one else ''}a non-empty list of strings")
    return tuple(value)


def _positive_int(ctx: _Context, node: yaml.Node, rule_id: str | None, what: str) -> int:
    value = _construct(node)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ctx.fail(node, rule_id, f"{what} must be a whole number of at least 1, not {value!r}")
    return value


def _zone(ctx: _Context, node: yaml.Node, rule_id: str | None) -> tuple[int | None, int | None]:
    if not isinstance(node, yaml.MappingNode):
        raise ctx.fail(node, rule_id, "zone must be a mapping such as {head: 5} or {tail: 10}")
    zone = {"head": None, "tail": None}
    for key, (knode, vnode) in _mapping(node).items():
        if key not in zone:
            raise ctx.fail(knode, rule_id, f"zone takes head and tail, not {key!r}")
        value = _construct(vnode)
        if isinstance(value, str) and regex.fullmatch(r"\d{1,3}%", value.strip()) and 0 < int(value.strip()[:-1]) <= 100:
            zone[key] = int(value.strip()[:-1]) / 100
        else:
            zone[key] = _positive_int(ctx, vnode, rule_id, f"zone {key} (N lines or 'N%')")
    return zone["head"], zone["tail"]


def _scope(ctx: _Context, fields: dict, rule_id: str | None) -> tuple[frozenset[str] | None, tuple[str, ...] | None]:
    languages = sites = None
    if "languages" in fields:
        languages = frozenset(s.lower() for s in _strings(ctx, fields["languages"][1], rule_id, "languages"))
    if "sites" in fields:
        sites = tuple(s.lower().removeprefix("www.") for s in _strings(ctx, fields["sites"][1], rule_id, "sites"))
    return languages, sites


def _check_keys(ctx: _Context, fields: dict, allowed: set[str], rule_id: str | None) -> None:
    for key, (knode, _) in fields.items():
        if key not in allowed:
            raise ctx.fail(knode, rule_id, f"unknown key {key!r} (expected one of {', '.join(sorted(allowed))})")


def _rule_id(ctx: _Context, node: yaml.Node, fields: dict, what: str) -> str:
    if "id" not in fields:
        raise ctx.fail(node, None, f"{what} has no id")
    rule_id = _construct(fields["id"][1])
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise ctx.fail(fields["id"][1], None, f"id {rule_id!r} must be lower-case letters, digits, '.', '_' and '-'")
    return rule_id


def _open_rule(ctx: _Context, node: yaml.Node, allowed: set[str], what: str) -> tuple[dict, str, str]:
    """A rule's fields, id and description, checked: what every kind of rule starts with."""
    if not isinstance(node, yaml.MappingNode):
        raise ctx.fail(node, None, f"each {what} must be a mapping with an id")
    fields = _mapping(node)
    rule_id = _rule_id(ctx, node, fields, what)
    _check_keys(ctx, fields, allowed, rule_id)
    description = _construct(fields["description"][1]) if "description" in fields else ""
    if not isinstance(description, str) or not description.strip():
        raise ctx.fail(node, rule_id, "needs a description saying what chrome it removes")
    return fields, rule_id, description


def _parse_rule(ctx: _Context, node: yaml.Node) -> Rule:
    fields, rule_id, description = _open_rule(ctx, node, _RULE_KEYS, "rule")

    if "match" not in fields:
        raise ctx.fail(node, rule_id, "has no match (phrase, prefix or regex)")
    mnode = fields["match"][1]
    if not isinstance(mnode, yaml.MappingNode) or len(mnode.value) != 1:
        raise ctx.fail(mnode, rule_id, "match must hold exactly one of phrase, prefix, regex")
    (kind, (knode, pnode)), = _mapping(mnode).items()
    if kind not in MATCH_KINDS:
        raise ctx.fail(knode, rule_id, f"unknown match kind {kind!r} (expected phrase, prefix or regex)")
    patterns = _strings(ctx, pnode, rule_id, f"match {kind}")
    keys: tuple[str, ...] = ()
    if kind == "regex":
        if ctx.eager:
            for pattern in patterns:
                compile_pattern(pattern, ctx.source, pnode.start_mark.line + 1, rule_id)
    else:
        keys = tuple((phrase_key if kind == "phrase" else prefix_key)(p) for p in patterns)
        if not all(keys):
            raise ctx.fail(pnode, rule_id, f"a {kind} must contain a word, not only punctuation")

    action = _construct(fields["action"][1]) if "action" in fields else "drop_line"
    if action not in ACTIONS:
        raise ctx.fail(fields["action"][1], rule_id, f"unknown action {action!r} (expected {', '.join(ACTIONS)})")
    family = None
    if "family" in fields:
        family = _construct(fields["family"][1])
        if family not in FAMILIES:
            raise ctx.fail(fields["family"][1], rule_id, f"unknown family {family!r} (expected one of {', '.join(FAMILIES)})")
    head = tail = None
    if "zone" in fields:
        head, tail = _zone(ctx, fields["zone"][1], rule_id)
    languages, sites = _scope(ctx, fields, rule_id)
    max_words = _positive_int(ctx, fields["max_words"][1], rule_id, "max_words") if "max_words" in fields else None
    near = None
    if "near" in fields:
        nnode = fields["near"][1]
        nfields = _mapping(nnode) if isinstance(nnode, yaml.MappingNode) else {}
        if "families" not in nfields or set(nfields) - {"families", "distance"}:
            raise ctx.fail(nnode, rule_id, "near must be a mapping {families: [...], distance: N}")
        families = frozenset(_strings(ctx, nfields["families"][1], rule_id, "near families"))
        unknown = families - set(FAMILIES)
        if unknown:
            raise ctx.fail(nfields["families"][1], rule_id, f"unknown family {sorted(unknown)[0]!r} in near")
        distance = _positive_int(ctx, nfields["distance"][1], rule_id, "near distance") if "distance" in nfields else 1
        near = Near(families, distance)
        if action != "drop_line":
            raise ctx.fail(nnode, rule_id, "a rule with near can only drop_line")
    drop, keep = _examples(ctx, fields, rule_id)
    return Rule(
        id=rule_id, description=description.strip(), kind=kind, patterns=patterns, action=action,
        family=family, head=head, tail=tail,
        languages=languages, sites=sites,
        max_words=max_words, near=near, drop_examples=drop, keep_examples=keep,
        source=ctx.source, line=node.start_mark.line + 1, keys=keys, pattern_line=pnode.start_mark.line + 1,
    )


def _examples(ctx: _Context, fields: dict, rule_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if "examples" not in fields:
        return (), ()
    enode = fields["examples"][1]
    if not isinstance(enode, yaml.MappingNode):
        raise ctx.fail(enode, rule_id, "examples must be a mapping {drop: [...], keep: [...]}")
    efields = _mapping(enode)
    _check_keys(ctx, efields, {"drop", "keep"}, rule_id)
    drop = _strings(ctx, efields["drop"][1], rule_id, "examples drop", allow_one=False) if "drop" in efields else ()
    keep = _strings(ctx, efields["keep"][1], rule_id, "examples keep", allow_one=False) if "keep" in efields else ()
    return drop, keep


def _parse_structure(ctx: _Context, node: yaml.Node) -> StructureRule:
    fields, rule_id, description = _open_rule(ctx, node, _STRUCTURE_KEYS, "structure rule")
    kind = _construct(fields["kind"][1]) if "kind" in fields else None
    if kind not in STRUCTURE_KINDS:
        raise ctx.fail(node, rule_id, f"kind must be one of {', '.join(STRUCTURE_KINDS)}, not {kind!r}")
    params = {}
    for key in ("min_chars", "min_title_words", "max_prefix_words", "max_words", "prose_words", "max_prose"):
        if key in fields:
            params[key] = _positive_int(ctx, fields[key][1], rule_id, key)
    head = tail = None
    if "zone" in fields:
        head, tail = _zone(ctx, fields["zone"][1], rule_id)
    return StructureRule(id=rule_id, description=description.strip(), kind=kind, head=head, tail=tail,
                         source=ctx.source, line=node.start_mark.line + 1, **params)


def parse_rule_file(text: str, source: str, name: str, eager: bool = True) -> RuleSet:
    ctx = _Context(source, eager)
    try:
        root = yaml.compose(text, Loader=_SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RuleError(source, line, None, f"YAML error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise RuleError(source, None, None, f"YAML error: {exc}") from None
    if root is None:
        return RuleSet(name=name, source=source)
    try:
        # The safe constructor refuses every tag that would build a Python object.
        _construct(root)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(source, mark.line + 1 if mark else None, None,
                        f"YAML error: {getattr(exc, 'problem', None) or exc}") from None
    _refuse_duplicate_keys(ctx, root)
    if not isinstance(root, yaml.MappingNode):
        raise ctx.fail(root, None, "a rule file must be a mapping with a 'rules' list")
    fields = _mapping(root)
    _check_keys(ctx, fields, _FILE_KEYS, None)
    extends = _strings(ctx, fields["extends"][1], None, "extends") if "extends" in fields else ()
    languages, sites = _scope(ctx, fields, None)
    ruleset = RuleSet(name=name, source=source, extends=extends, languages=languages, sites=sites,
                      extends_line=fields["extends"][0].start_mark.line + 1 if "extends" in fields else 0)
    for section, parse in (("rules", lambda n: _parse_rule(ctx, n)),
                           ("structure", lambda n: _parse_structure(ctx, n))):
        if section not in fields:
            continue
        snode = fields[section][1]
        if not isinstance(snode, yaml.SequenceNode):
            raise ctx.fail(snode, None, f"'{section}' must be a list")
        getattr(ruleset, section).extend(parse(item) for item in snode.value)
    return ruleset


# The bundled rules/ folder also holds data tables that are not rule sets.
_NOT_RULE_SETS = {"confusables", "unicode", "alphabets", "domains"}


@dataclass(frozen=True)
class RuleSource:
    """A rule file's text and where it came from: what travels to remote workers."""

    source: str  # the path shown in messages and audits
    name: str  # the rule set's name, for extends ("fr", "sites/aa.com.tr")
    text: str
    bundled: bool = False  # cleaner's own rules, tested: compiled lazily


def read_directory(directory: Path, display: str, skip_tables: bool = False,
                   bundled: bool = False) -> list[RuleSource]:
    """Every .yaml/.yml file under ``directory``, in a stable order."""
    if not directory.is_dir():
        raise RuleError(display, None, None, "rule directory does not exist")
    found = []
    files = sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for path in files:
        rel = path.relative_to(directory)
        name = rel.with_suffix("").as_posix()
        if skip_tables and name in _NOT_RULE_SETS:
            continue
        source = f"{display.rstrip('/')}/{rel.as_posix()}"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(source, None, None, f"cannot read: {exc}") from None
        found.append(RuleSource(source, name, text, bundled))
    return found


def load_directory(directory: Path, display: str, skip_tables: bool = False) -> list[RuleSet]:
    return [parse_rule_file(s.text, s.source, s.name) for s in read_directory(directory, display, skip_tables)]


@dataclass
class RuleBook:
    """All loaded rule sets, with disabled ids taken out; selects what applies to a document."""

    sets: list[RuleSet]
    disabled: frozenset[str] = frozenset()

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

    def sites_of(self, domain: str | None) -> tuple[str, ...]:
        """The named sites ``domain`` is, or is a subdomain of."""
        if not domain or not self._named_sites:
            return ()
        labels = domain.split(".")
        return tuple(suffix for suffix in (".".join(labels[i:]) for i in range(len(labels)))
                     if suffix in self._named_sites)

    def all_rules(self) -> list[Rule]:
        return [r for s in self.sets for r in s.rules]

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

    book = _book(sources, disabled)
    regexes = [rule for rule in book.all_rules() if rule.kind == "regex"]
    table = regex_facts.cached(pattern for rule in regexes for pattern in rule.patterns)
    for rule in regexes:
        # What Rule.facts would compute, read back: set as the cached property sets it.
        vars(rule)["facts"] = tuple(table[pattern] for pattern in rule.patterns)
    return book


def _book(sources: tuple[RuleSource, ...], disabled: frozenset[str]) -> RuleBook:
    sets = [parse_rule_file(s.text, s.source, s.name, eager=not s.bundled) for s in sources]
    book = RuleBook(sets, disabled)
    known = {r.id for s in sets for r in [*s.rules, *s.structure]}
    unknown = sorted(disabled - known)
    if unknown:
        raise RuleError("--disable", None, unknown[0], "no rule has this id")
    return book


@functools.lru_cache(maxsize=8)
def load_rulebook(extra_dirs: tuple[str, ...] = (), disabled: frozenset[str] = frozenset(),
                  defaults: bool = True) -> RuleBook:
    """The bundled rules plus the user's directories; cached per process."""
    return book_from_sources(rule_sources(extra_dirs, defaults), disabled)
