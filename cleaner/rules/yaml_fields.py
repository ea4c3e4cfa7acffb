"""Reading a rule file's values from their YAML nodes, each error naming the file, the line and
the rule: what the loader and the page rules' parameters (page_params) share."""

from __future__ import annotations

import yaml

from .model import RuleError


class Context:
    def __init__(self, source: str, eager: bool = True, translations=None):
        self.source = source
        self.translations = translations  # the rule book's, kept between runs (translation_cache.Translations)
        # Rules a user wrote are compiled at load time, so a bad regex stops the run
        # before any output; the bundled ones (tested) are compiled when first used.
        self.eager = eager

    def fail(self, node: yaml.Node | None, rule_id: str | None, message: str) -> RuleError:
        line = node.start_mark.line + 1 if node is not None else None
        return RuleError(self.source, line, rule_id, message)


def construct(node: yaml.Node):
    # The safe constructor alone: a whole SafeLoader (reader, scanner, parser) per value cost
    # more than parsing the file, and only the constructor is used.
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def strings(ctx: Context, node: yaml.Node, rule_id: str | None, what: str, allow_one: bool = True) -> tuple[str, ...]:
    value = construct(node)
    if allow_one and isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail(node, rule_id, f"{what} must be {'a string or ' if allow_one else ''}a non-empty list of strings")
    return tuple(value)


def positive_int(ctx: Context, node: yaml.Node, rule_id: str | None, what: str) -> int:
    value = construct(node)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ctx.fail(node, rule_id, f"{what} must be a whole number of at least 1, not {value!r}")
    return value
