"""A stamped list set inside the story: a diary's or a log's lines under the story's own heading.

A walker's diary ("06.05.2024 18:40 Reached the harbour"), one entry a line and newest first, has a
ticker's shape; what tells it is where it stands. It opens under a heading that stays (a short line
with no stop) right under a paragraph of the text, and a paragraph of the text follows it at once,
with no line the rules took in between: the story goes on round it. A ticker's box stands at the
page's edge, or under a heading the rules took ("Latest news"), and the text does not go on under it.
"""

from __future__ import annotations

from ..document import Document, Line
from ..text.prose import ends_sentence, is_paragraph, more_words_than

_HEADING_WORDS = 6  # a section's heading ("Diary", "The log of the crossing")


def _heading(text: str) -> bool:
    return not ends_sentence(text) and not more_words_than(text, _HEADING_WORDS) \
        and not any(ch.isdigit() for ch in text)


def _none_removed_between(doc: Document, top: Line, bottom: Line) -> bool:
    """Whether no written line between ``top`` and ``bottom`` was removed by a rule."""
    for number in range(top.number + 1, bottom.number):
        other = doc.line(number)
        if other is not None and other.removed_by is not None and other.text.strip():
            return False
    return True


def _closes_text(doc: Document, last: Line) -> bool:
    """Whether no written line of the document, removed or not, stands after ``last``."""
    return not any(line.number > last.number and line.text.strip() for line in doc.lines)


def set_in_story(doc: Document, lines: list[Line], texts: list[str], run: list[int], closing: bool = False) -> bool:
    """Whether the run stands under a kept heading over a paragraph, with a paragraph right under
    it, and no line the rules removed between any of them. With ``closing`` (each entry one line,
    its stamp on it), a run closing the text there is the story's too: a ship's log, a race's
    finishers, an evening's listings ending it. A run whose headlines stand over their stamps
    alone (a box of other stories, each over its date and time) still goes there."""
    head, after = run[0] - 1, run[-1] + 1
    if head < 1 or not (_heading(texts[head]) and is_paragraph(texts[head - 1])):
        return False
    if after >= len(texts):
        if not closing:
            return False
        return _none_removed_between(doc, lines[head - 1], lines[run[-1]]) and _closes_text(doc, lines[run[-1]])
    if not is_paragraph(texts[after]):
        return False
    return _none_removed_between(doc, lines[head - 1], lines[after])


def told_in_story(doc: Document, lines: list[Line], texts: list[str], run: list[int]) -> bool:
    """Whether a run of one day's stamps is the text's own list: a story's list of what happens on
    one day (what changes on New Year's Day, a release's notes) stands between two of its
    paragraphs (a heading of its own may stand between), no line the rules removed among them, or
    closes the text, no line after it. A box of one day's stories stands among the page's other
    boxes, which go on under it."""
    last = run[-1] + 1
    if last >= len(texts):
        return _closes_text(doc, lines[run[-1]])
    above = _story_side(texts, run[0] - 1, -1)
    below = _story_side(texts, last, 1)
    if above is None or below is None:
        return False
    return _none_removed_between(doc, lines[above], lines[below])


def _story_side(texts: list[str], k: int, step: int) -> int | None:
    """The paragraph at ``k``, or past a heading at ``k`` (``step`` the way to read), if there is one."""
    if 0 <= k < len(texts) and is_paragraph(texts[k]):
        return k
    if 0 <= k < len(texts) and _heading(texts[k]) and 0 <= k + step < len(texts) and is_paragraph(texts[k + step]):
        return k + step
    return None
