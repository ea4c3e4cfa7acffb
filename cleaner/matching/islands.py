"""Chrome islands: a short label left alone between two lines the rules took as a site's chrome.

Below a story, a site prints its boxes line by line: a heading, a counter, another post's
title, a link to the archive. The rules take most of them by their words; what is left
between two of them, short and no sentence, is the box's own label or headline ("OUR PICKS"
between two tool lines, another post's title between its two comment counters). A line
of the story stands beside the story's other lines, not wedged between two chrome lines,
and a line beside an advertisement marker, a byline, a date or a caption (which stand
inside stories) is never judged so.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule, zone_size
from ..text.markers import is_marker
from ..text.prose import TailShape, ends_sentence, is_dialogue, is_prose, word_count
from .line_rules import remove_line

# Families of removals that mark a region of site chrome: never the story's own furniture
# (advertisement markers, bylines, datelines, captions and labels stand inside stories).
ISLAND_FAMILIES = frozenset({"navigation", "share", "widget", "comments", "related", "subscription", "tags",
                             "breadcrumb", "copyright", "promo", "source", "app", "cookie"})
_WORD = regex.compile(r"\p{L}")
_PARAGRAPH = TailShape()
_INSET = 2  # chrome lines on each side of a story's short line that a promo set inside the story holds
# A line ending on a comma or a dash goes on below or breaks off as speech does (a poem's line,
# an address, "I kept it open-- in case----"); a box's label or another post's title ends on neither.
_GOES_ON = regex.compile(r"(?:,|--|[—–])[\"'”’»)\]]*$")


def _chrome(line: Line, rule: StructureRule) -> bool:
    """Whether a neighbour was taken as chrome of those families, by another rule, and says something."""
    removal = line.removed_by
    return (removal is not None and removal.rule_id != rule.id and removal.family in ISLAND_FAMILIES
            and removal.marker_line is None and _WORD.search(line.text) is not None)


def _short(text: str, max_words: int) -> bool:
    """A short line with a letter that is no sentence: what an island, or a box's other label, looks like."""
    return 1 <= len(text.split()) <= max_words and _WORD.search(text) is not None and not ends_sentence(text)


def _paragraph(text: str, above: bool) -> bool:
    """A paragraph of a story, or above the line, its sentence introducing what follows
    ("…, which the mayor read aloud:")."""
    return is_prose(text, _PARAGRAPH) or (above and text.endswith(":") and word_count(text) >= _PARAGRAPH.prose_words)


def _inside_story(written: list[Line], k: int, max_words: int) -> bool:
    """Whether the chrome around line ``k`` is a promo or two set inside a story: past at most
    _INSET removed lines on each side (and the short lines among them), the nearest line is a
    paragraph. The short line is then the story's own (a poem's line, a refrain, a subheading);
    below longer runs of chrome is the page's foot, where a box's label stands between them."""
    def beyond(step: int) -> str | None:
        j, crossed = k + step, 0
        while 0 <= j < len(written) and (written[j].removed_by is not None
                                         or _short(written[j].text.strip(), max_words)):
            crossed += written[j].removed_by is not None
            if crossed > _INSET:
                return None
            j += step
        return written[j].text.strip() if 0 <= j < len(written) else None
    above, below = beyond(-1), beyond(1)
    return above is not None and below is not None and _paragraph(above, True) and _paragraph(below, False)


def _island(text: str, max_words: int) -> bool:
    """A line an island may be: short, no sentence, not going on below (a comma or a dash at its
    end), no dialogue, no note marker."""
    return (_short(text, max_words) and not _GOES_ON.search(text) and not is_dialogue(text)
            and not is_marker(text))


def chrome_island(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A line of one to ``max_words`` words (see _island) whose written neighbours on both sides
    were removed as chrome (see _chrome), in the rule's zone; the document's first line (the
    title's place) stays, and so does a note marker ("cleaner: off"), which the fixer reads
    between chrome lines it keeps, and a line with the story's paragraphs beyond its chrome
    neighbours on both sides (see _inside_story)."""
    if len(lines) < 3:
        return 0
    start = max(len(lines) - zone_size(rule.tail, len(lines)) if rule.tail is not None else 1, 1)
    zone = {id(line): text for line, text in zip(lines[start:], texts[start:])}
    written = doc.written()
    # The neighbours are asked first: most lines stand beside no chrome at all.
    islands = [line for k, line in enumerate(written[1:-1], start=1)
               if id(line) in zone and _chrome(written[k - 1], rule) and _chrome(written[k + 1], rule)
               and _island(zone[id(line)], rule.max_words) and not _inside_story(written, k, rule.max_words)]
    for line in islands:
        remove_line(line, rule)
    return len(islands)
