"""Lines whose layout is their meaning, which no line rule may take from a text.

A text file is not always web text: a manual draws its diagrams with "|", "+--+" and
"v", and aligns its tables with tabs and runs of spaces; a vocabulary lists a word a
line. An empty table row of a web page ("|  |  |", as extractors write it) and a menu
("Home", "Search") look the same once spaces are folded, so what tells them apart is
read from the lines as written: the spacing of a letterless line (``drawn``: only
``cleaner fix`` keeps that spacing, so only it can ask), and a list that is nearly all
one word a line. Clean, which folds spaces, asks what folding keeps (``keep_layout``):
the list, and a box's corners ("+---+") or arrows ("v", "^") beside a row of bars.
Pages (HTML mode) are left to their own rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..document import Document, Notice
from ..text.prose import UNSPACED

# A list is at least this many lines, nearly all of one word each.
_LIST_LINES, _LIST_SHARE = 20, 0.9
# A word of a script written without spaces (Chinese, Japanese) is a few characters; a line of
# more holds no space either, and is a phrase or a sentence, not one word.
_UNSPACED_WORD = 4
_LAYOUT_SPACE = re.compile(r"\t|   ")
DRAWN = "a line of a drawing or an aligned table"
LISTED = "an entry of a word list"


def drawn(line: str) -> bool:
    """A line of a drawing or an aligned table: no letter or digit, and a tab or a run of
    three spaces between or before its marks (an extractor's empty row is "|  |  |")."""
    return not any(ch.isalnum() for ch in line) and _LAYOUT_SPACE.search(line.rstrip()) is not None


def one_word(line: str) -> bool:
    """Whether ``line`` is one word: splitting it once leaves one piece (a paragraph is not
    split whole), and it holds at most _UNSPACED_WORD characters of a script written without
    spaces (a Chinese line of a sentence is one piece too)."""
    if len(line.split(None, 1)) != 1:
        return False
    return line.isascii() or len(UNSPACED.findall(line)) <= _UNSPACED_WORD


def word_list(lines: list[str]) -> bool:
    """Whether the non-blank ``lines`` are a list of words: enough of them, nearly all one word."""
    words = [one_word(line) for line in lines if line.strip()]
    return len(words) >= _LIST_LINES and sum(words) >= _LIST_SHARE * len(words)


def kept_notice(number: int, why: str, rule_id: str, rule_file: str) -> Notice:
    return Notice("layout", number, f"kept: {why}; {rule_id} [{rule_file}] would remove it")


# A drawing's border ("+------+", ".---.", a rule of dashes "--------"), arrows ("v", "^  |"),
# a tree's branch ("+- Source the file", "`- child") or a diagram's diagonals ("/   |   \\"):
# no web page's table writes them (its header rule is "|---|---|", which is none of these).
_DRAWING = re.compile(r"^[^\w]*(?:\+-|-\+|\.-|-\.)[^\w]*$|^[\s|vV^<>]*[vV^][\s|vV^<>]*$"
                      r"|^\s*(?:-{4,}|={4,})\s*$|^[\s|]*(?:\+-|`-)|^[\s|/\\]*[/\\][\s|/\\]*$")
_BARS = re.compile(r"^[\s|]*$")  # a row of bars alone: the lines _beside_drawing looks past
_REACH = 3


def keep_layout(doc: Document) -> None:
    """Take back, with a notice each, the removals of a text's words when it is a word list,
    and of its rows of bars standing beside a drawing's border or arrows."""
    if doc.page is not None or not any(line.removed_by is not None for line in doc.lines):
        return
    listed = word_list([line.text for line in doc.lines])
    # What the rows of bars are judged by: the lines that stay, rows of bars aside, so that
    # the output, cleaned again, gives the same judgement.
    others = [i for i, line in enumerate(doc.lines)
              if line.removed_by is None and line.text.strip() and not _BARS.match(line.text)]
    for i, line in enumerate(doc.lines):
        removal = line.removed_by
        if removal is None:
            continue
        if listed and one_word(line.text):
            why = LISTED
        elif line.text.strip() and _BARS.match(line.text) and _beside_drawing(doc, others, i):
            why = DRAWN
        else:
            continue
        line.removed_by = None
        doc.notices.append(kept_notice(line.number, why, removal.rule_id, removal.rule_file))


def _beside_drawing(doc: Document, others: list[int], i: int) -> bool:
    at = bisect_left(others, i)
    near = others[max(0, at - _REACH):at + _REACH]
    return any(_DRAWING.match(doc.lines[j].text.strip()) for j in near)
