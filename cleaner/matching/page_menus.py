"""The page rule of a site's menu flattened into one line (kind page_flat_menu): "Home | News |
Sport | Weather | Contact", "About us · Advertise · Careers · Privacy", a network's sister sites
joined by bars, above the story or in the page's foot.

The words alone do not tell such a line from a sentence listing places, teams or titles with
bars between them; the page does: a menu's items are links, and it stands outside the story,
above its first paragraph or below its last.
"""

from __future__ import annotations

import re

from ..document import Document, Line
from ..io.page_facts import Spot
from ..rules.model import StructureRule
from ..text.prose import more_words_than
from .line_rules import remove_line
from .page_boxes import page_paragraph_in
from .table_rows import header_rule

# What parts the items: bars (one or more), and middle dots, bullets, slashes, hyphens, dashes or
# angle quotes between spaces ("News/Media" and "Stoke-on-Trent" are one item each).
_SEPARATORS = re.compile(r"\s*\|+\s*|\s+[·•/\-–»›>]\s+")
# A figure on each side of a spaced hyphen or dash is a score or a range ("Arsenal 2 - 1 Chelsea"),
# a result line of the story's, no menu.
_SCORE = re.compile(r"\d\s+[-–]\s+\d")
# An item ending so is a sentence's piece or a label over what follows, no menu item.
_NOT_ITEM_END = frozenset(".!?:;,")
# Paragraphs the page needs: a page of one paragraph or none is a directory or an index, whose
# links are its content.
_PARAGRAPHS = 2


def menu_items(text: str, max_words: int) -> list[str] | None:
    """The items of a line read as a menu flattened into one line, or None: each item holds a
    letter and at most ``max_words`` words, and none ends as a sentence or a label ends."""
    if _SCORE.search(text):
        return None
    items = [item.strip() for item in _SEPARATORS.split(text)]
    items = [item for item in items if item]
    if not items or any(not any(ch.isalpha() for ch in item) or more_words_than(item, max_words)
                        or item[-1] in _NOT_ITEM_END for item in items):
        return None
    return items


def _data_table_row(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is a row of a table whose rows hold a header rule: a table with a header
    names its columns (a festival's bands by day, linked to their pages), which a menu set in a
    layout table's cells does not."""
    if texts[i][:1] != "|":
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and texts[j][:1] == "|":
            if header_rule(texts[j]):
                return True
            j += step
    return False


def _in_paragraphs_element(spot: Spot, paragraph_frames: set) -> bool:
    """Whether every copy of the line stands with no element of its own, inside one holding a
    paragraph: an event notice's "Venue | Tickets | Parking | Map" under its heading, in the notice's
    element. A menu above the story stands in an element of its own (a nav, a list, a "menu" box),
    or in the head's. Asked only above the first paragraph and under the page's first line: under
    the last paragraph a layout page of tables prints its foot links in the story's own cell too."""
    chains = spot.frames()
    return bool(chains) and all(frames and frames[0] in paragraph_frames for frames in chains)


def page_flat_menu(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Each line above the page's first paragraph or below its last (a line of at least
    ``prose_words`` words ending as a sentence ends, little of it link text) that holds at least
    ``min_lines`` menu items (menu_items: at most ``max_words`` words each) and at least
    ``link_share`` link text in every copy. A line between two paragraphs stays whatever it holds
    (the story's own list of places, a byline's links), and so does every line of a page with
    fewer than _PARAGRAPHS paragraphs, and a row of a table with a header (_data_table_row)."""
    page = doc.page
    if page is None:
        return 0
    spots = [page.spot(line.number) for line in lines]
    paragraphs = [i for i, (text, spot) in enumerate(zip(texts, spots))
                  if spot is not None and page_paragraph_in(doc, text, spot.link_share(), rule.prose_words)]
    if len(paragraphs) < _PARAGRAPHS:
        return 0
    # Each paragraph's innermost element: read once for the page.
    paragraph_frames = {frame for i in paragraphs for frames in spots[i].frames() for frame in frames[:1]}
    removed = 0
    for i, (line, text, spot) in enumerate(zip(lines, texts, spots)):
        if paragraphs[0] < i < paragraphs[-1] or spot is None or spot.link_share() < rule.link_share:
            continue
        items = menu_items(text, rule.max_words)
        if items is not None and len(items) >= rule.min_lines and not _data_table_row(texts, i) \
                and not (0 < i < paragraphs[0] and _in_paragraphs_element(spot, paragraph_frames)):
            remove_line(line, rule)
            removed += 1
    return removed
