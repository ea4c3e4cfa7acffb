"""The short lines of a box after the article, under the line that opened it.

A line that only opens a page's tail (a comments section's heading, a related-links box's
label, a box the page sets apart after the article) is taken by its own rule; the headlines,
links, counters and section names printed under it belong to the same box, whatever words
they hold, until a paragraph of prose comes back. Only a marker below the article's end
(article_end: nearly all of the text's prose above it) opens such a box, so a heading of the
story's own with its list under it keeps both.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import TailShape, ends_sentence, is_prose, word_count
from ..text.markers import is_marker
from ..text.works import lists_data
from .article_end import article_end
from .line_rules import remove_line

# Words of the longest paragraph the rest of a page's tail may hold: a teaser, a call to subscribe,
# a site's notice are a few lines long; a longer paragraph is writing, and the box ends at it.
SWEPT_WORDS = 40


def tail_box(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Lines under a removal by one of ``rule.markers`` below the article's end: each line no
    rule takes, of at most ``rule.max_words`` words and not prose, down to the first line of
    prose, of more words, or matching one of ``rule.stops`` (a story's source line printed under
    its sidebar) or a note marker; a stop that is a sentence keeps the line right above it too.
    Lines other rules took between them do not end the box. A paragraph ends it only when the rest
    of the text does not read as the page's tail (_rest_of_box); when it does, the box goes on to
    the text's end. A run the text lists as its own data (a reading list, a table of results:
    lists_data) stays."""
    written = doc.written()  # the removed ones too: the marker is one
    if not any(_marker(line, rule) for line in written):
        return 0
    folded = doc.texts(written)
    shape = TailShape(prose_words=rule.prose_words)
    prose = [line.removed_by is None and is_prose(text, shape) for line, text in zip(written, folded)]
    end = article_end([word_count(text) if p else 0 for text, p in zip(folded, prose)])
    stops = rule.stop_patterns
    removed = 0
    i = end
    while i < len(written):
        if not _marker(written[i], rule):
            i += 1
            continue
        run: list[int] = []
        rest: list[int] = []
        j = i + 1
        while j < len(written):
            if written[j].removed_by is None:
                text = folded[j]
                # A note marker ("cleaner: off") is the writer's own line: the box ends at it.
                if is_marker(text):
                    break
                if prose[j] or word_count(text) > rule.max_words:
                    rest = _rest_of_box(written, folded, prose, stops, j, rule)
                    j = len(written) if rest else j
                    break
                if any(stop.search(text) for stop in stops):
                    # A stop that is a sentence keeps its heading, the line right above it: a story
                    # part's headline over its one-sentence teaser, a label over a sign-off.
                    if ends_sentence(text) and run and run[-1] == j - 1:
                        run.pop()
                    break
                run.append(j)
            j += 1
        # The box's lines and the rest of the tail are read apart (_rest_of_box reads the rest): a
        # table of figures at the text's end keeps itself, not the box's headlines above it.
        taken = [*(run if run and not lists_data([folded[k] for k in run]) else []), *rest]
        for k in taken:
            remove_line(written[k], rule)
        removed += len(taken)
        # A marker inside the box just read would read the rest of the same box: a thread of a
        # thousand removed comments is read once, not once a comment.
        i = j
    return removed


def _rest_of_box(written: list[Line], folded: list[str], prose: list[bool], stops: tuple[regex.Pattern, ...],
                 start: int, rule: StructureRule) -> list[int]:
    """The lines from ``start`` (a paragraph that stopped the box) to the text's end that no rule
    takes, when they read as the rest of the page's tail: at most ``rule.max_prose`` paragraphs of
    at most SWEPT_WORDS words (a teaser, a call to subscribe, a site's notice) among at least as
    many of the box's short lines, no line longer than a box's that is not prose (a story's own
    headline printed again), no stop and no note marker, and not the text's own data (lists_data).
    Else none: the paragraph ends the box."""
    rest = [k for k in range(start, len(written)) if written[k].removed_by is None]
    paragraphs = 0
    for k in rest:
        text = folded[k]
        if is_marker(text) or any(stop.search(text) for stop in stops):
            return []
        if prose[k]:
            paragraphs += 1
            if paragraphs > rule.max_prose or word_count(text) > SWEPT_WORDS:
                return []
        elif word_count(text) > rule.max_words:
            return []
    if len(rest) < 2 * paragraphs or lists_data([folded[k] for k in rest]):
        return []
    return rest


def _marker(line: Line, rule: StructureRule) -> bool:
    """Whether a rule that opens a page's tail took ``line`` itself (not as part of a cut)."""
    removal = line.removed_by
    return removal is not None and removal.marker_line is None and removal.rule_id in rule.markers

