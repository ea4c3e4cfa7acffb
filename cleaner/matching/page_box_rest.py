"""The page rule of a box's rest (kind page_box_rest): the lines left of a box beside the article
once the other rules took most of it. A box (page_outside: the outermost element round a line that
is not the article's element nor one round it) whose lines were mostly chrome by the rules' own
proofs, a menu's labels, a share prompt, a related list, is a widget, and what the rules left of it
(its heading, a blurb, an odd link) is the widget's too. Lines alone cannot tell such a heading from
the story's; the page says it stands in the same box as the chrome, apart from the article.

Removals of families that say nothing of the box are no proof of it: a byline, a date, a caption or
a copy of the title may stand in the story's own header, which the page sets apart from its
paragraphs (its headline stays).

A box that holds a part of its own, a heading over lines the rules left or a list the rules left,
is no widget whatever stands beside it: a recipe card's ingredients under their heading, a fact
box's figures, a timeline, the steps of an application, each set beside the page's share and
rating buttons. A widget's rest is a heading and a blurb, or links."""

from __future__ import annotations

from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import ends_sentence, word_count
from .line_rules import remove_line
from .page_outside import _layout, _looks, in_article_tag


def page_box_rest(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Each line still standing in a box beside the article (the innermost element holding
    ``article_held`` of the text, and those round it) of at least ``min_lines`` lines, of which the
    rules removed at least ``taken``, counting no removal of a family in ``unless_families``; lines
    of more than ``max_words`` words stay. A box that looks like an element inside the article's
    (the same name and class: a story whose paragraphs stand side by side) stays, and so does one
    set inside the ``<article>`` element holding the article's own. A line right above or below a
    line inside the article's element stays: the article's head or foot (its headline, a post's
    date row under its last paragraph) may stand in a box of the page's layout beside it. A box
    holding a part of its own (``_own_part``) stays whole, and so does one holding a line left in
    an element of ``unless_elements`` (the story's headline) or, when ``unless_prose`` is set, a
    line left of that many words or more, no link, ending as a sentence ends (an author's note
    beside the share buttons). ``where`` "after" takes only the lines below the last line inside
    the article's element."""
    page = doc.page
    if page is None or rule.article_held is None:
        return 0
    layout = _boxes(doc, rule.article_held)
    if layout is None:
        return 0
    around, own, boxes, beside, last = layout
    alive = {id(line) for line in lines}
    removed = 0
    for box, box_lines in boxes.items():
        if len(box_lines) < rule.min_lines:
            continue
        proved = sum(line.removed_by is not None and line.removed_by.family not in rule.unless_families
                     for line in box_lines)
        left = [line for line in box_lines if id(line) in alive]
        if not left or proved < rule.taken * len(box_lines):
            continue
        looks = _looks(box)
        if looks is not None and looks in own or in_article_tag(box, around) \
                or _own_part(page, rule, box_lines, alive) \
                or any(_inside(page, line, rule.unless_elements) or _prose(page, rule, line) for line in left):
            continue
        for line in left:
            if rule.where == "after" and line.number <= last:
                continue
            if line.number not in beside and word_count(line.text) <= rule.max_words:
                remove_line(line, rule)
                removed += 1
    return removed


def _boxes(doc: Document, article_held: float):
    """The elements round the article's, the looks of those inside it, each box beside it with its
    written lines (removed or not), the numbers of the lines next to a line inside the article's
    element, and the number of the last line inside it: read once for the document, the same in
    every round."""
    known: dict = doc.memo.setdefault(page_box_rest, {})
    if article_held not in known:
        page = doc.page
        written = [line for line in doc.written() if page.spot(line.number) is not None]
        layout = _layout(page, article_held, written)
        if layout is None:
            known[article_held] = None
        else:
            around, inside, own, boxes = layout
            numbers = [line.number for line in doc.written()]
            inside = set(inside)
            beside = {number for before, number, after in zip([None, *numbers], numbers, [*numbers[1:], None])
                      if before in inside or after in inside}
            known[article_held] = (around, own, boxes, frozenset(beside), max(inside))
    return known[article_held]


def _own_part(page, rule: StructureRule, box_lines: list[Line], alive: set[int]) -> bool:
    """Whether the box holds a part the rules left of its own: a heading (an element of
    ``elements``) right over ``part_lines`` lines or more, or ``item_lines`` list items or more in a
    row, each line unlinked and left by the rules. A widget's heading stands over its removed
    buttons or over a single blurb, and its lists are links."""
    plain = [id(line) in alive and page.spot(line.number).link_share() == 0 for line in box_lines]
    heading = [_inside(page, line, rule.elements) for line in box_lines]
    item = [_inside(page, line, _ITEM) for line in box_lines]
    under = items = 0
    for at in range(len(box_lines) - 1, -1, -1):
        if plain[at] and heading[at] and under >= rule.part_lines:
            return True
        under = under + 1 if plain[at] and not heading[at] else 0
        items = items + 1 if plain[at] and item[at] else 0
        if items >= rule.item_lines:
            return True
    return False


# A list's item: the element every list (<ul>, <ol>, <menu>) holds its lines in.
_ITEM = frozenset({"li"})


def _prose(page, rule: StructureRule, line: Line) -> bool:
    """Whether ``line`` is a sentence of ``unless_prose`` words or more holding no link (no check
    when the rule sets none)."""
    return bool(rule.unless_prose) and word_count(line.text) >= rule.unless_prose \
        and ends_sentence(line.text) and page.spot(line.number).link_share() == 0


def _inside(page, line: Line, names: frozenset[str]) -> bool:
    """Whether every copy of ``line`` stands inside an element named in ``names``."""
    return all(any(frame.name in names for frame in frames) for frames in page.spot(line.number).frames())
