"""A table's header rule left alone: the "|---|---|" row an extractor writes under a table's
first row, once the rows on one side of it are gone.

The row carries no text; it parts a table's header from its body. When a rule removed the
header (a row of share buttons) or every row of the body (a box's links), the row parts
nothing and is all that is left of the box. A header rule between two rows that stay is the
table's, and stays; so does one no rule's removal stands beside (a table a writer left with
its header only).
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule
from .line_rules import remove_line

# A header rule as trafilatura writes it, with the alignment colons Markdown allows.
_RULE = regex.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def header_rule(text: str) -> bool:
    """Whether a line is a table's header rule ("|---|---|")."""
    return text[:1] == "|" and _RULE.match(text) is not None


def lone_table_rule(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Header rules that do not stand between two table rows among the lines that stay, when
    a rule removed the line next to them: a header-only table a writer made stays."""
    candidates = [i for i, text in enumerate(texts)
                  if text[:1] == "|" and _RULE.match(text) and not (_row(texts, i - 1) and _row(texts, i + 1))]
    if not candidates:
        return 0
    written = doc.written()
    at = {id(line): k for k, line in enumerate(written)}
    removed = 0
    for i in candidates:
        k = at[id(lines[i])]
        beside = [written[j] for j in (k - 1, k + 1) if 0 <= j < len(written)]
        # Only a row gone beside it leaves it alone: a header row over a removed "Share this"
        # is still a table's header, and the rule under it is the table's.
        if any(line.removed_by is not None and line.text.lstrip()[:1] == "|" for line in beside):
            remove_line(lines[i], rule)
            removed += 1
    return removed


def _row(texts: list[str], i: int) -> bool:
    return 0 <= i < len(texts) and texts[i][:1] == "|" and not _RULE.match(texts[i])
