"""The page rule of boxes outside the article (kind page_outside): after the article's last line
(or before its first), an element standing beside the article's own one, holding little of the
text, whose lines are all short and many of them links: other stories' headlines, a site's
footer links, a column of sections. Lines alone cannot tell these from a short paragraph; their
place in the page can.

The article's element is the innermost one holding at least ``article_held`` of the extracted
text (io.page_facts). A box is the outermost element round a line that is not the article's
element nor one round it: the part of the page the line stands in beside the article.
"""

from __future__ import annotations

import re

from ..document import Document, Line
from ..io.page_facts import PageFacts
from ..rules.model import StructureRule
from ..text.prose import ends_sentence, word_count
from .line_rules import remove_line

_NUMBER = re.compile(r"[0-9]+")
# A directory's entry: a name linked to its page (a few words), then a line of plain text on it.
_NAME_WORDS = 4
_NOTE_WORDS = 3
_ENTRIES = 3


def _box(chains: list[list], article, around: set) -> object | None:
    """The box every copy of the line (``chains``: each copy's frames, Spot.frames) stands in
    (None: a copy is inside the article's element, stands in an element round it, or the copies
    stand in different boxes)."""
    boxes = set()
    for frames in chains:
        if article in frames:
            return None
        box = None
        for frame in frames:
            if frame in around:
                break
            box = frame
        if box is None:
            return None
        boxes.add(box)
    return boxes.pop() if len(boxes) == 1 else None


def _looks(frame) -> tuple[str, str] | None:
    """An element's name and class, when it has a class, numbers aside: what a story's own
    paragraphs share ("story-text para-12" and "story-text para-13" look alike)."""
    classes = " ".join(_NUMBER.sub("", frame.classes).split())
    return (frame.name, classes) if classes else None


def in_article_tag(box, around: set) -> bool:
    """Whether the element round both ``box`` and the article's element (the first of ``around``
    round the box) is an ``<article>``: the page sets the box inside the story, after its
    paragraphs' own element (its reading list, its sources)."""
    frame = next((frame for frame in box.chain() if frame in around), None)
    return frame is not None and frame.name == "article"


def directory_entries(page: PageFacts, lines: list[Line], link_share: float) -> bool:
    """Whether the box's lines are a directory's entries, each a linked name of at most _NAME_WORDS
    words and under it a line of plain text of _NOTE_WORDS words or more ending as a sentence ends,
    _ENTRIES entries or more: the list a short introduction stands over ("Ashby Ramblers",
    "Saturdays, from the church."). Other stories' headlines are longer than a name, a site's foot
    links have no note, and a sidebar's short titles carry a label or a place under them with no
    stop ("mieszkania na sprzedaż - domy")."""
    if len(lines) < 2 * _ENTRIES or len(lines) % 2:
        return False
    for name, note in zip(lines[::2], lines[1::2]):
        if page.spot(name.number).link_share() < link_share or page.spot(note.number).link_share() > 0 \
                or word_count(name.text.strip().lstrip("-*• ")) > _NAME_WORDS or word_count(note.text) < _NOTE_WORDS \
                or not ends_sentence(note.text):
            return False
    return True


def boxes_once(doc: Document, owner, rule: StructureRule, params: tuple, layout, boxed):
    """The line numbers a box rule takes, read once for the document: the boxes are read from
    every written line, removed or not, so they are the same in every round and for both rules
    of a kind (after and before the article). ``layout(written)``, what the kind reads of the
    page, is kept by ``params`` (the rule's fields it reads) and shared by the kind's rules;
    ``boxed(written, layout)`` is kept by rule. ``owner``, the kind, names its memo."""
    page = doc.page
    written = [line for line in doc.written() if page.spot(line.number) is not None]
    known: dict = doc.memo.setdefault(owner, {})
    shape = tuple((line.number, line.text) for line in written)
    key = (rule, shape)
    if key not in known:
        layout_key = (*params, shape)
        if layout_key not in known:
            known[layout_key] = layout(written)
        known[key] = boxed(written, known[layout_key])
    return known[key]


def page_outside(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Every line of each box ``where`` the article stands (after its last line, or before its
    first) that holds at most ``max_held`` of the text, has at least ``min_lines`` lines, none of
    more than ``max_line_words`` words, and at least ``linked`` of them links (lines of at least
    ``link_share`` link text). A box whose element looks like one inside the article's, or like
    a box beside it holding a longer line (the same name and class: a story whose paragraphs
    stand one beside the other), stays, and so does one the page sets inside the ``<article>``
    element that holds the article's own. The lines rules removed before count in a box's shape."""
    page = doc.page
    if page is None or rule.article_held is None:
        return 0
    taken = boxes_once(doc, page_outside, rule, (rule.article_held,),
                       lambda written: _layout(page, rule.article_held, written),
                       lambda written, layout: _boxed(page, rule, layout))
    removed = 0
    for line in lines:
        if line.number in taken:
            remove_line(line, rule)
            removed += 1
    return removed


def _layout(page: PageFacts, article_held: float, written: list[Line]):
    """What both rules read of the page: the article's element and those round it, the numbers
    of the lines inside it, the looks of the elements inside it, and each box beside it with its
    lines; None when no element holds ``article_held`` of the text or no line is inside it."""
    article = page.article(article_held)
    if article is None:
        return None
    around = set(article.chain())
    # Each line's copies' chains of elements, walked once for the three questions below.
    chains = {line.number: page.spot(line.number).frames() for line in written}
    inside = [line.number for line in written if all(article in frames for frames in chains[line.number])]
    if not inside:
        return None
    own = _article_looks(chains.values(), article)
    boxes: dict[object, list[Line]] = {}
    for line in written:
        box = _box(chains[line.number], article, around)
        if box is not None:
            boxes.setdefault(box, []).append(line)
    return around, inside, own, boxes


def _boxed(page: PageFacts, rule: StructureRule, layout) -> frozenset[int]:
    """The numbers of the lines in the rule's boxes (page_outside), read from ``_layout``."""
    if layout is None:
        return frozenset()
    around, inside, own, boxes = layout
    # A box with a line of prose may be part of the story, standing beside the element the page
    # rules take for the article's (a gallery holding most of the text): boxes that look like it stay.
    own = own | {_looks(box) for box in boxes if page.longest_line(box) > rule.max_line_words}
    taken: set[int] = set()
    for box, box_lines in boxes.items():
        numbers = [line.number for line in box_lines]
        linked = sum(page.spot(number).link_share() >= rule.link_share for number in numbers)
        placed = min(numbers) > inside[-1] if rule.where != "before" else max(numbers) < inside[0]
        if not placed or len(box_lines) < rule.min_lines or linked < rule.linked * len(box_lines):
            continue
        if not page.small(box, rule.max_held, rule.max_line_words):
            continue
        if _looks(box) is not None and _looks(box) in own or in_article_tag(box, around) \
                or directory_entries(page, box_lines, rule.link_share):
            continue
        taken.update(numbers)
    return frozenset(taken)


def _article_looks(chains, article) -> set[tuple[str, str]]:
    """The name and class of each element inside the article's element round its lines
    (``chains``: each line's copies' frames)."""
    looks = set()
    # An element met before was read with every element round it up to the article's.
    seen: set = set()
    for copies in chains:
        for frames in copies:
            if article not in frames:
                continue
            for frame in frames:
                if frame is article or frame in seen:
                    break
                seen.add(frame)
                found = _looks(frame)
                if found is not None:
                    looks.add(found)
    return looks
