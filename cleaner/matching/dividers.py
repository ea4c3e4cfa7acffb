"""Dividers left alone: a line of punctuation only ("-----", "»", "* * *") between lines the
rules removed.

A site parts its boxes with such lines, and an extractor keeps them when it keeps the boxes.
Once the rules took the lines on both sides of one (or on one side, at the document's edge),
or every line above it, it parts nothing that is left and is all that remains of the box. A divider between two lines
that stay parts the story's sections and stays; so does one between two removals set inside
the story (an advertisement marker above it, a share row below it, the story's paragraphs
right beyond them), which is the story's own section break.

A bracket alone on its line ("[", "]") is a divider too, and the inner side is the one that counts:
a forum prints its tool row as "[ Post Reply | Private Reply | View Replies ]", the extractor
gives the brackets lines of their own, and once the rules took the row, an opening bracket over a
removed line or a closing one under it encloses nothing that is left, whatever stands beyond it
(the next post's first line). It goes only where the row's shape is there: its links after the first
open on their bar ("| Private Reply"). Elsewhere a lone bracket or brace is code's or data's (a JSON
list of labels the rules took line by line) and stays, whatever the rules took round it: the listing
keeps its brackets.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import TailShape, is_prose
from .line_rules import remove_line

# A letter or a digit: a divider holds neither.
_SAYS = regex.compile(r"[\p{L}\p{N}]")
# A dinkus ("* * *", "***", "⁂"): a story's or a poem's own mark, which a Russian book prints as the
# title of a poem that has none; under a byline it opens the text, and no site's box was seen to use it.
_DINKUS = regex.compile(r"^(?:\*[ \t]*)+$|^⁂$")
_PARAGRAPH = TailShape()
_INSET = 2  # removed lines on each side of a divider that a promo set inside a story holds
_BRACKET_SPAN = 8  # lines from a bracket to its partner that a tool row printed one link a line holds
_PAIRS = {"[": "]", "{": "}", "(": ")"}
_OPENS = {close: open_ for open_, close in _PAIRS.items()}
_BRACKETS = frozenset(_PAIRS) | frozenset(_OPENS)
_SQUARE = frozenset("[]")  # a forum's tool row is printed in square brackets


# A drawn box's corner or a tree's branch ("+---------+", ".---.", "`- child"): a line of a text's
# drawing, whose rows of bars other rules take as an extractor's empty table rows.
_CORNER = regex.compile(r"\+-|-\+|\.-|-\.|`-")


def _divider(line: Line) -> bool:
    text = line.text.strip()
    return bool(text) and line.removed_by is None and _SAYS.search(text) is None and _CORNER.search(text) is None


def _partner(written: list[Line], k: int) -> int | None:
    """Where the lone bracket at ``k`` has its partner alone on a line within _BRACKET_SPAN lines
    (a listing's or a tool row's other end); None: it closes nothing in the text."""
    text = written[k].text.strip()
    partner, step = (_PAIRS[text], 1) if text in _PAIRS else (_OPENS[text], -1)
    j = k + step
    while 0 <= j < len(written) and abs(j - k) <= _BRACKET_SPAN:
        if written[j].text.strip() == partner:
            return j
        j += step
    return None


def _encloses_removed(written: list[Line], k: int, j: int) -> bool:
    """Whether the square brackets at ``k`` and ``j`` (its partner) enclose a tool row the rules
    took: every line between them removed, the row's shape there. A row holding a line that stays
    (an editor's note) keeps both its brackets."""
    if written[k].text.strip() not in _SQUARE or abs(j - k) < 2:  # nothing between them
        return False
    step = 1 if j > k else -1
    # The row's bar: the link after the first, under an opening bracket, or the last, over a closing one.
    bar = k + 2 if step == 1 else k - 1
    if not (0 <= bar < len(written) and written[bar].removed_by is not None
            and written[bar].text.lstrip().startswith("|")):
        return False
    return all(written[m].removed_by is not None for m in range(min(j, k) + 1, max(j, k)))


def _in_story(written: list[Line], first: int, last: int) -> bool:
    """Whether past at most _INSET removed lines on each side of the dividers ``first``..``last``
    the nearest line that stays is a paragraph: a promo set inside the story, and the divider is
    the story's section break."""
    def beyond(k: int, step: int) -> str | None:
        crossed = 0
        while 0 <= k < len(written) and written[k].removed_by is not None:
            crossed += 1
            if crossed > _INSET:
                return None
            k += step
        return written[k].text.strip() if 0 <= k < len(written) else None
    above, below = beyond(first - 1, -1), beyond(last + 1, 1)
    return above is not None and below is not None and is_prose(above, _PARAGRAPH) and is_prose(below, _PARAGRAPH)


def lone_divider(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of dividers (lines with no letter and no digit) whose written neighbours were both
    removed, or one removed and the document's edge on the other side, or that stand first among
    the lines that stay under removed lines; see the module's doc."""
    if not any(_SAYS.search(text) is None for text in texts):
        return 0  # most documents hold no divider
    written = doc.written()
    # Dividers standing first among the lines that stay, under a head the rules removed whole, part
    # that head from the text and go too. Not so at the foot: a press release ends on its own mark
    # ("###", "***"), which golds keep.
    first_kept = next((j for j, line in enumerate(written) if line.removed_by is None), 0)
    removed = 0
    k = 0
    while k < len(written):
        if not _divider(written[k]):
            k += 1
            continue
        last = k
        while last + 1 < len(written) and _divider(written[last + 1]):
            last += 1
        before = written[k - 1] if k > 0 else None
        after = written[last + 1] if last + 1 < len(written) else None
        sides = [line for line in (before, after) if line is not None]
        # A bracket with a partner is a listing's or a tool row's: only the row's go. One with
        # none (a widget's stray "}") is a divider as any other.
        partner = _partner(written, k) if k == last and written[k].text.strip() in _BRACKETS else None
        bracket = partner is not None
        if (not bracket and sides and all(line.removed_by is not None for line in sides)
                and not _in_story(written, k, last)
                or not bracket and k == first_kept > 0
                and not all(_DINKUS.match(line.text.strip()) for line in written[k:last + 1])
                or bracket and _encloses_removed(written, k, partner)):
            for line in written[k:last + 1]:
                remove_line(line, rule)
                removed += 1
        k = last + 1
    return removed
