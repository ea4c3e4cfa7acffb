"""The bundled rule sets as the loader parsed them, kept between runs as plain JSON.

Parsing the bundled rules' YAML was most of `cleaner fix`'s start-up, and grows with every
rule; the sets it gives depend only on the files' texts and on the code that reads them. So
they are kept in one cache file (cache.py) named after both: an edited rule file or a new
version of this code looks for another file, and a broken file is never stored (its parse
fails before anything is written), so it fails as ever, at its line. A file is JSON read
field by field against the rule model's annotations; it holds nothing that runs, and a
damaged or foreign one (its digest, its shapes, a file cache.py will not read as the user's) is
ignored and the YAML parsed again. The digest detects damage, not authorship: like every cache
file, one the user could write is trusted as the user's own. Only the bundled rules are kept: a user's rules are parsed, and their
regexes compiled, at every load, as before.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

import regex
import yaml

from ..io import cache
from .loader import SAFE_LOADER, RuleSource, named_patterns_text
from .model import ACTIONS, FAMILIES, MATCH_KINDS, STRUCTURE_KINDS, Context, Near, Rule, RuleSet, StructureRule

FORMAT = "rule-sets 1"
# The code whose output the file holds: the loader and what it calls (the keys of phrase and
# prefix rules are folded by keys.py and prose.py), and this module's own format.
_CODE = ("rules/loader.py", "rules/model.py", "rules/keys.py", "rules/yaml_fields.py", "rules/page_params.py",
         "rules/rule_set_cache.py", "io/yaml_keys.py", "text/prose.py")
_CLASSES = {"Near": Near, "Context": Context, "Rule": Rule, "StructureRule": StructureRule, "RuleSet": RuleSet}
_SCALARS = {"str": (str,), "bool": (bool,), "int": (int,), "float": (float,), "int | float": (int, float)}


def _digest(sources: Sequence[RuleSource]) -> str | None:
    """What the sets depend on: the code, the libraries that parse YAML and regexes, Python
    (its Unicode tables fold the keys), and each file's name, path and text. None when the
    code's sources cannot be read (an install of bytecode alone): then nothing is kept."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    try:
        code = [(package / name).read_bytes() for name in _CODE]
    except OSError:
        return None
    # The named patterns too: the sets hold the regexes their names stood for.
    parts = [FORMAT, sys.version, yaml.__version__, SAFE_LOADER.__name__, regex.__version__, *code,
             named_patterns_text()]
    for source in sources:
        parts += [source.name, source.source, source.text]
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def load(sources: Sequence[RuleSource]) -> list[RuleSet] | None:
    """The sets parsed from ``sources`` (bundled ones), in their order, if the cache holds
    them; else None."""
    key = _digest(sources)
    if key is None:
        return None
    data = cache.read(cache.path_for("rule-sets", key, suffix=".json"))
    return decode(data, key, sources) if data is not None else None


def store(sources: Sequence[RuleSource], sets: Sequence[RuleSet]) -> None:
    """Keep ``sets``, parsed from ``sources``, for the next runs; a cache that cannot be
    written is no error."""
    key = _digest(sources)
    if key is None:
        return
    cache.write(cache.path_for("rule-sets", key, suffix=".json"), encode(sets, key))


def encode(sets: Sequence[RuleSet], key: str) -> bytes:
    """A header line naming the texts (``key``) and the body's SHA-256, then the body: each
    set as the list of its fields' values, in the model's order."""
    body = json.dumps([_encode("RuleSet", ruleset) for ruleset in sets], separators=(",", ":")).encode("ascii")
    header = {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + body


def decode(data: bytes, key: str, sources: Sequence[RuleSource]) -> list[RuleSet] | None:
    """The sets ``encode`` wrote for ``key``, checked to be sets of ``sources``; None for
    anything else."""
    header, _, body = data.partition(b"\n")
    try:
        found = json.loads(header)
        if (not isinstance(found, dict) or found.get("format") != FORMAT or found.get("key") != key
                or found.get("sha256") != hashlib.sha256(body).hexdigest()):
            return None
        plain = json.loads(body)
        if not isinstance(plain, list) or len(plain) != len(sources):
            raise ValueError("a set a file")
        sets = [_decode("RuleSet", value) for value in plain]
        for ruleset, source in zip(sets, sources):
            _check(ruleset, source)
    # Not JSON, not ASCII, a field of the wrong shape or value, or nested past the parser's reach.
    except (ValueError, TypeError, KeyError, RecursionError, MemoryError):
        return None
    return sets


def _check(ruleset: RuleSet, source: RuleSource) -> None:
    """What the loader guarantees of a set, beyond its fields' types."""
    if (ruleset.name, ruleset.source) != (source.name, source.source):
        raise ValueError("another file's set")
    for rule in ruleset.rules:
        if (rule.source != ruleset.source or rule.kind not in MATCH_KINDS or rule.action not in ACTIONS
                or (rule.family is not None and rule.family not in FAMILIES) or not rule.patterns
                or len(rule.keys) != (0 if rule.kind == "regex" else len(rule.patterns))):
            raise ValueError("not a rule the loader gives")
    for rule in ruleset.structure:
        if rule.source != ruleset.source or rule.kind not in STRUCTURE_KINDS:
            raise ValueError("not a structure rule the loader gives")


def _encode(annotation: str, value):
    if annotation.endswith(" | None"):
        return None if value is None else _encode(annotation[:-7], value)
    if annotation in _SCALARS:
        return value
    if annotation in ("tuple[str, ...]", "frozenset[str]"):
        return sorted(value) if annotation.startswith("frozenset") else list(value)
    if annotation.startswith("list["):
        return [_encode(annotation[5:-1], item) for item in value]
    # An object as its fields that differ from their defaults: most of a rule's are defaults.
    return {field.name: _encode(field.type, getattr(value, field.name)) for field in dataclasses.fields(_CLASSES[annotation])
            if not _default(field, getattr(value, field.name))}


def _default(field: dataclasses.Field, value) -> bool:
    return (field.default is not dataclasses.MISSING and type(value) is type(field.default)
            and value == field.default)


def _decode(annotation: str, value):
    return _decoder(annotation)(value)


@functools.cache
def _decoder(annotation: str) -> Callable:
    """A function checking that a JSON value is one ``_encode`` writes for ``annotation``
    and giving the value it was written from; it raises ValueError or TypeError for any other."""
    if annotation.endswith(" | None"):
        inner = _decoder(annotation[:-7])
        return lambda value: None if value is None else inner(value)
    if annotation in _SCALARS:
        types = _SCALARS[annotation]

        def scalar(value):
            # type, not isinstance: true is no whole number, and 1 no share of the lines.
            if type(value) not in types:
                raise ValueError(f"not a {annotation}")
            return value
        return scalar
    if annotation in ("tuple[str, ...]", "frozenset[str]"):
        kind = frozenset if annotation.startswith("frozenset") else tuple

        def strings(value):
            if type(value) is not list or not all(type(item) is str for item in value):
                raise ValueError("not a list of strings")
            return kind(value)
        return strings
    if annotation.startswith("list["):
        item = _decoder(annotation[5:-1])

        def items(value):
            if type(value) is not list:
                raise ValueError(f"not a {annotation}")
            return [item(one) for one in value]
        return items
    # KeyError for a type this module does not know: a field added to the model with a new
    # type fails the tests' store and load, not a user's run.
    cls = _CLASSES[annotation]
    fields = {field.name: _decoder(field.type) for field in dataclasses.fields(cls)}

    def instance(value):
        if type(value) is not dict:
            raise ValueError(f"not a {annotation}")
        # A name no field has is a KeyError; a required field missing, the class's TypeError.
        return cls(**{name: fields[name](item) for name, item in value.items()})
    return instance
