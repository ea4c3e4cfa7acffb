"""Lines whose layout is their meaning, which no line rule may take from a text.

A text file is not always web text: a manual draws its diagrams with "|", "+--+" and
"v", and aligns its tables with tabs and runs of spaces; a vocabulary lists a word a
line. An empty table row of a web page ("|  |  |", as extractors write it) and a menu
("Home", "Search") look the same once spaces are folded, so what tells them apart is
read from the lines as written: the spacing of a letterless line, and a list that is
nearly all one word a line. Pages (HTML mode) are left to their own rules.
"""

from __future__ import annotations

import re

from ..document import Document, Notice

# A list is at least this many lines, nearly all of one word each.
_LIST_LINES, _LIST_SHARE = 20, 0.9
_LAYOUT_SPACE = re.compile(r"\t|   ")


def drawn(line: str) -> bool:
    """A line of a drawing or an aligned table: no letter or digit, and a tab or a run of
    three spaces between or before its marks (an extractor's empty row is "|  |  |")."""
    return not any(ch.isalnum() for ch in line) and _LAYOUT_SPACE.search(line.rstrip()) is not None


def word_list(lines: list[str]) -> bool:
    """Whether the non-blank ``lines`` are a list of words: enough of them, nearly all one word."""
    words = [len(line.split()) == 1 for line in lines if line.strip()]
    return len(words) >= _LIST_LINES and sum(words) >= _LIST_SHARE * len(words)


def keep_laid_out(doc: Document, source: str) -> None:
    """Take back the removals of a text's drawn lines and, in a word list, of its words,
    with a notice each; ``source`` is the text the document's line offsets point into."""
    if doc.page is not None or not any(line.removed_by is not None for line in doc.lines):
        return
    written = [source[line.start:line.end] for line in doc.lines]
    listed = word_list(written)
    for line, raw in zip(doc.lines, written):
        removal = line.removed_by
        if removal is None:
            continue
        is_drawn = drawn(raw)
        if is_drawn or (listed and len(raw.split()) == 1):
            line.removed_by = None
            why = "a line of a drawing or an aligned table" if is_drawn else "an entry of a word list"
            doc.notices.append(Notice("layout", line.number, f"kept: {why}; {removal.rule_id} "
                                      f"[{removal.rule_file}] would remove it"))
