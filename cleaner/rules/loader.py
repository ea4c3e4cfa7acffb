"""YAML rule sets: the format and its loader.

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
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

from .keys import phrase_key, prefix_key
from .model import (
    ACTIONS, FAMILIES, MATCH_KINDS, PROVEN_FAMILIES, STRUCTURE_KINDS, Context, Near, Rule, RuleError, RuleSet, StructureRule, compile_pattern,
)
from .page_params import PAGE_KEYS as _PAGE_KEYS
from .page_params import page_params as _page_params
from .yaml_fields import Context as _Context
from .yaml_fields import construct as _construct
from .yaml_fields import positive_int as _positive_int
from .yaml_fields import strings as _strings


_ID = regex.compile(r"[a-z0-9][a-z0-9._-]*")
_FILE_KEYS = {"description", "extends", "languages", "sites", "rules", "structure"}
_RULE_KEYS = {"id", "description", "family", "match", "action", "zone", "languages", "sites",
              "max_words", "near", "context", "examples"}
_CONTEXT_KEYS = {"next", "not_next", "not_beside", "not_prose", "not_before_prose", "not_between_prose", "not_on_subject",
                 "not_forward_dates", "not_steps_named", "not_under_verse",
                 "not_named_in_prose", "unless", "not_over_kept", "not_among_entries", "not_under"}
_STRUCTURE_KEYS = _PAGE_KEYS | {"id", "description", "kind", "zone", "min_chars", "min_title_words", "max_prefix_words",
                                "max_words", "prose_words", "max_prose", "min_lines", "min_evidence", "min_dense",
                                "labels", "min_run", "family", "max_unit_lines", "stamps", "min_story_lines",
                                "min_named_run", "named_notices", "markers", "stops", "not_labels"}


# libyaml's loader when PyYAML was built with it: the same safe rules, faster (docs/performance.md).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def _zone(ctx: _Context, node: yaml.Node, rule_id: str | None, line_rule: bool = False) -> tuple:
    """(head, tail, whether the head ends at the first line of prose, whether the zone reaches
    up to the article's end): the last two only for a line rule."""
    if not isinstance(node, yaml.MappingNode):
        raise ctx.fail(node, rule_id, "zone must be a mapping such as {head: 5} or {tail: 10}")
    zone, flags = {"head": None, "tail": None}, {"head_ends_at_prose": False, "after_article": False}
    for key, (knode, vnode) in _mapping(node).items():
        if line_rule and key in flags:
            if not isinstance(flag := _construct(vnode), bool):
                raise ctx.fail(vnode, rule_id, f"zone {key} takes true or false, not {flag!r}")
            flags[key] = flag
            continue
        if key not in zone:
            raise ctx.fail(knode, rule_id, f"zone takes head and tail, not {key!r}")
        value = _construct(vnode)
        if isinstance(value, str) and regex.fullmatch(r"\d{1,3}%", value.strip()) and 0 < int(value.strip()[:-1]) <= 100:
            zone[key] = int(value.strip()[:-1]) / 100
        else:
            zone[key] = _positive_int(ctx, vnode, rule_id, f"zone {key} (N lines or 'N%')")
    if flags["head_ends_at_prose"] and zone["head"] is None:
        raise ctx.fail(node, rule_id, "zone head_ends_at_prose needs a head")
    if flags["after_article"] and zone["tail"] is None:
        raise ctx.fail(node, rule_id, "zone after_article needs a tail (it widens the tail zone)")
    return zone["head"], zone["tail"], flags["head_ends_at_prose"], flags["after_article"]


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
                compile_pattern(pattern, ctx.source, pnode.start_mark.line + 1, rule_id, ctx.translations)
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
        if family in PROVEN_FAMILIES:
            instead = " (a post's header read by its words is family post)" if family == "thread" else ""
            raise ctx.fail(fields["family"][1], rule_id, f"family {family!r} is the over-cleaning guard's to weigh "
                           f"apart, given by the kinds that prove it, not by a line rule{instead}")
    head, tail, head_ends_at_prose, after_article = (_zone(ctx, fields["zone"][1], rule_id, True) if "zone" in fields
                                                     else (None, None, False, False))
    languages, sites = _scope(ctx, fields, rule_id)
    max_words = _positive_int(ctx, fields["max_words"][1], rule_id, "max_words") if "max_words" in fields else None
    near = None
    if "near" in fields:
        nnode = fields["near"][1]
        nfields = _mapping(nnode) if isinstance(nnode, yaml.MappingNode) else {}
        if "families" not in nfields or set(nfields) - {"families", "distance", "echoed"}:
            raise ctx.fail(nnode, rule_id, "near must be a mapping {families: [...], distance: N, echoed: BOOL}")
        families = frozenset(_strings(ctx, nfields["families"][1], rule_id, "near families"))
        unknown = families - set(FAMILIES)
        if unknown:
            raise ctx.fail(nfields["families"][1], rule_id, f"unknown family {sorted(unknown)[0]!r} in near")
        distance = _positive_int(ctx, nfields["distance"][1], rule_id, "near distance") if "distance" in nfields else 1
        echoed = _construct(nfields["echoed"][1]) if "echoed" in nfields else False
        if not isinstance(echoed, bool):
            raise ctx.fail(nfields["echoed"][1], rule_id, "near echoed must be true or false")
        near = Near(families, distance, echoed)
        if action != "drop_line":
            raise ctx.fail(nnode, rule_id, "a rule with near can only drop_line")
    context = _context(ctx, fields["context"][1], rule_id) if "context" in fields else None
    if context is not None and action != "drop_line":
        raise ctx.fail(fields["context"][1], rule_id, "a rule with context can only drop_line")
    if after_article and (action != "drop_line" or near is not None):
        # A marker cuts all that follows: past the article by prose alone is too weak a proof.
        raise ctx.fail(fields["zone"][1], rule_id, "zone after_article is for a drop_line rule without near")
    drop, keep = _examples(ctx, fields, rule_id)
    return Rule(
        id=rule_id, description=description.strip(), kind=kind, patterns=patterns, action=action,
        family=family, head=head, tail=tail, head_ends_at_prose=head_ends_at_prose,
        after_article=after_article,
        languages=languages, sites=sites,
        max_words=max_words, near=near, context=context, drop_examples=drop, keep_examples=keep,
        source=ctx.source, line=node.start_mark.line + 1, keys=keys, pattern_line=pnode.start_mark.line + 1,
    )


def _context(ctx: _Context, node: yaml.Node, rule_id: str) -> Context:
    if not isinstance(node, yaml.MappingNode) or not node.value:
        raise ctx.fail(node, rule_id, f"context must be a mapping of {', '.join(sorted(_CONTEXT_KEYS))}")
    fields = _mapping(node)
    _check_keys(ctx, fields, _CONTEXT_KEYS, rule_id)
    values: dict = {}
    for key in Context.PATTERN_KEYS:
        if key in fields:
            values[key] = _context_patterns(ctx, fields[key][1], rule_id, f"context {key}")
            for pattern in values[key] if ctx.eager else ():
                compile_pattern(pattern, ctx.source, fields[key][1].start_mark.line + 1, rule_id, ctx.translations)
    for key in ("not_prose", "not_before_prose", "not_between_prose", "not_forward_dates", "not_steps_named",
                "not_under_verse", "not_named_in_prose"):
        if key in fields:
            values[key] = _construct(fields[key][1])
            if not isinstance(values[key], bool):
                raise ctx.fail(fields[key][1], rule_id, f"context {key} takes true or false, not {values[key]!r}")
    return Context(**values, source=ctx.source, line=node.start_mark.line + 1, rule_id=rule_id)


def _context_patterns(ctx: _Context, node: yaml.Node, rule_id: str, what: str) -> tuple[str, ...]:
    """A context key's regexes: a string or a list whose items are regexes, or ``{pattern: NAME}``,
    the regex patterns.yaml names (named_patterns), put in its place here, so that the rule
    set, and the cache of its parse, hold the regex itself."""
    if isinstance(node, yaml.MappingNode):
        raise ctx.fail(node, rule_id, f"{what}: a named pattern is an item of a list: [{{pattern: NAME}}]")
    if not isinstance(node, yaml.SequenceNode) or not any(isinstance(item, yaml.MappingNode) for item in node.value):
        return _strings(ctx, node, rule_id, what)
    found: list[str] = []
    for item in node.value:
        if isinstance(item, yaml.ScalarNode):
            found += _strings(ctx, item, rule_id, what)
            continue
        if not isinstance(item, yaml.MappingNode):
            raise ctx.fail(item, rule_id, f"{what} must be a list of strings and {{pattern: NAME}} items")
        fields = _mapping(item)
        name = _construct(fields["pattern"][1]) if set(fields) == {"pattern"} else None
        if not isinstance(name, str):
            raise ctx.fail(item, rule_id, f"{what}: a named pattern is written {{pattern: NAME}}")
        table = named_patterns()
        if name not in table:
            raise ctx.fail(item, rule_id, f"{what}: no pattern is named {name!r} in {PATTERNS_FILE} "
                           f"(it names {', '.join(sorted(table))})")
        found.append(table[name])
    return tuple(found)


# The bundled table of regexes that rules take by name (_context_patterns).
PATTERNS_FILE = "rules/patterns.yaml"


def named_patterns_text() -> str:
    """patterns.yaml as written: the rule-set cache's key holds it (rule_set_cache._digest), since
    the sets it keeps hold the regexes the names stood for."""
    from ..data import default_rules_dir

    return (default_rules_dir() / "patterns.yaml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def named_patterns() -> dict[str, str]:
    """The regexes of patterns.yaml by name; a table of the wrong shape is a RuleError naming it."""
    text = named_patterns_text()
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise RuleError(PATTERNS_FILE, None, None, f"YAML error: {exc}") from None
    ctx = _Context(PATTERNS_FILE)
    if not isinstance(root, yaml.MappingNode):
        raise ctx.fail(root, None, "must be a mapping of names to regexes")
    _refuse_duplicate_keys(ctx, root)
    table = {}
    for key, value in root.value:
        name, pattern = _construct(key), _construct(value)
        if not isinstance(name, str) or not _ID.fullmatch(name) or not isinstance(pattern, str) or not pattern.strip():
            raise ctx.fail(key, None, "each entry is a name (lower-case letters, digits, '.', '_', '-') and a regex")
        table[name] = pattern
    return table


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
    for key in ("min_chars", "min_title_words", "max_prefix_words", "max_words", "prose_words", "max_prose",
                "min_lines", "min_evidence", "min_dense", "min_run", "max_unit_lines", "min_story_lines",
                "min_named_run"):
        if key in fields:
            params[key] = _positive_int(ctx, fields[key][1], rule_id, key)
    # A ticker's run and a thread are told by what their units share: one unit shares nothing.
    for key in ("min_run", "min_named_run"):
        if params.get(key) == 1:
            raise ctx.fail(fields[key][1], rule_id, f"{key} must be a whole number of at least 2")
    if "labels" in fields:
        labels = _strings(ctx, fields["labels"][1], rule_id, "labels", allow_one=False)
        params["labels"] = frozenset(phrase_key(label) for label in labels)
    if "markers" in fields:
        params["markers"] = frozenset(_strings(ctx, fields["markers"][1], rule_id, "markers"))
    for key in ("stamps", "named_notices", "stops", "not_labels"):
        if key in fields:
            params[key] = _strings(ctx, fields[key][1], rule_id, key)
            for pattern in params[key]:
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    raise ctx.fail(fields[key][1], rule_id, f"bad {key} regex {pattern!r}: {exc}") from None
    head = tail = None
    if "zone" in fields:
        head, tail, _, _ = _zone(ctx, fields["zone"][1], rule_id)
    params.update(_page_params(ctx, fields, rule_id, kind))
    return StructureRule(id=rule_id, description=description.strip(), kind=kind, head=head, tail=tail,
                         source=ctx.source, line=node.start_mark.line + 1, **params)


def parse_rule_file(text: str, source: str, name: str, eager: bool = True, translations=None) -> RuleSet:
    ctx = _Context(source, eager, translations)
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
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
_NOT_RULE_SETS = {"confusables", "unicode", "alphabets", "domains", "transliteration", "months", "patterns"}


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
        if directory.exists():  # a rule file given for its folder: say so, not "does not exist"
            raise RuleError(display, None, None, "not a folder: --rules (and rule_dirs) take a folder of .yaml "
                            "rule files")
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


def bundled_tables(directory: Path) -> dict[str, str]:
    """The data tables of a rules folder (not rule sets: read_directory skips them), by name."""
    return {name: path.read_text(encoding="utf-8") for name in sorted(_NOT_RULE_SETS)
            if (path := directory / f"{name}.yaml").is_file()}


def load_directory(directory: Path, display: str, skip_tables: bool = False) -> list[RuleSet]:
    return [parse_rule_file(s.text, s.source, s.name) for s in read_directory(directory, display, skip_tables)]
