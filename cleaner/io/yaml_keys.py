"""Keys written twice in one YAML mapping, found in the composed document where each key's line is known.

A YAML loader keeps the last of two equal keys and says nothing, so a rule with two
``match:`` would quietly lose one. Rule files and the configuration ask for the first
repeated key and refuse the file at its line.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class DuplicateKey:
    key: str
    line: int  # of the second one, counted from 1
    first_line: int
    within: tuple[yaml.MappingNode, ...]  # the mappings holding it, outermost first

    @property
    def message(self) -> str:
        return f"duplicate key {self.key!r} (first at line {self.first_line})"


def first_duplicate(root: yaml.Node | None) -> DuplicateKey | None:
    """A key its mapping already holds, looked for from the outermost mapping in and in
    document order within one; None if there is none.

    Keys are equal when written with the same tag and text (``a`` and ``'a'``; not ``1`` and
    ``'1'``). A node reached twice through an alias is looked at once."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, tuple[yaml.MappingNode, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, within = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            within = (*within, node)
            found = _repeated(node, within)
            if found is not None:
                return found
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            continue
        stack.extend((child, within) for child in reversed(children))
    return None


def _repeated(mapping: yaml.MappingNode, within: tuple[yaml.MappingNode, ...]) -> DuplicateKey | None:
    first: dict[tuple[str, str], yaml.Node] = {}
    for key, _ in mapping.value:
        if not isinstance(key, yaml.ScalarNode):
            continue  # a list or mapping as a key: the constructor refuses it as unhashable
        earlier = first.setdefault((key.tag, key.value), key)
        if earlier is not key:
            return DuplicateKey(key.value, key.start_mark.line + 1, earlier.start_mark.line + 1, within)
    return None
