"""Layout tables: the rows of trafilatura's output that are blocks of a page's layout, not data,
given as lines of their own.

trafilatura writes every table row as one line, "| cell | cell |", the text of each cell run
together. Old pages lay out the whole page with tables: one row holds the menu, the article and
a sidebar, or one cell holds a heading, paragraphs and a list. As one line, the chrome in such
a row cannot be told from the article it is joined to, and a cell standing alone behind bars
escapes every rule written for a line. So a layout row is written as what it holds: each
paragraph, heading, list item or line of text of each cell on its own line, in order, and the
line rules and page rules judge each. A list item is written without the "- " trafilatura
puts before the items of a list elsewhere: in the row it wrote them as the cell's text, with
no mark, and nothing but line breaks changes here. A layout row is

- a row with one cell holding text (a block of the page set in a table; a table of one
  column is a list, and a row of one cell in a wider table spans it, as a heading does), or
- a row with a cell holding at least MIN_BLOCKS blocks (paragraphs, headings, lists,
  tables, quotes, or text beside them): a region of the page, not a value.

Every other row stays one line, as a data table's rows must (a schedule, prices, results,
specifications: a cell read alone loses the row it belongs to), and so does every row of a
table that declares a header row (th cells): it says it is data.

Nothing is removed here: the rows' text is all written, only its line breaks change.
"""

from __future__ import annotations

import re

MIN_BLOCKS = 2
# trafilatura's block elements: each starts a line of its text.
_BLOCKS = frozenset({"p", "head", "list", "quote", "table"})
# A line break of the page's source inside a cell's text: trafilatura writes it as a space in a
# row, and so must the block the text moves to (a <br> is an element, and stays a line break).
_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")


def unfold_layout(body) -> bool:
    """Rewrite the layout rows of trafilatura's XML ``body`` (its document.body, changed in
    place) as the blocks their cells hold; whether any row was. A table holding both kinds
    keeps its data rows as tables before and after the layout rows' blocks."""
    changed = False
    for table in list(body.iter("table")):
        if table.getparent() is None:
            continue
        rows = table.findall("row")
        if not rows or any(cell.get("role") == "head" for cell in table.iter("cell")):
            continue
        layout = [_is_layout(row) for row in rows]
        if any(layout):
            _replace(table, rows, layout)
            changed = True
    return changed


def _is_layout(row) -> bool:
    cells = [cell for cell in row.findall("cell") if _has_text(cell)]
    return len(cells) == 1 or any(_blocks(cell) >= MIN_BLOCKS for cell in cells)


def _has_text(element) -> bool:
    return any(text.strip() for text in element.itertext())


def _blocks(cell) -> int:
    """The blocks of a cell: its block children, and one for text beside them (its own text,
    inline elements and the text after a block count as one)."""
    blocks, loose = 0, bool(cell.text and cell.text.strip())
    for child in cell:
        if child.tag in _BLOCKS:
            blocks += 1
        elif _has_text(child):
            loose = True
        if child.tail and child.tail.strip():
            loose = True
    return blocks + loose


def _replace(table, rows, layout: list[bool]) -> None:
    """Put in the table's place, in order: its data rows, in tables of their own, and the blocks
    of its layout rows."""
    from lxml import etree

    parent, tail = table.getparent(), table.tail
    at = parent.index(table)
    made = []
    kept = None
    for row, is_layout in zip(rows, layout):
        if not is_layout:
            if kept is None:
                kept = etree.Element("table", dict(table.attrib))
                made.append(kept)
            kept.append(row)
            continue
        kept = None
        for cell in row.findall("cell"):
            made += _cell_blocks(cell)
    parent.remove(table)
    for offset, element in enumerate(made):
        element.tail = None
        parent.insert(at + offset, element)
    if made:
        made[-1].tail = tail
    elif tail and tail.strip():  # nothing was written of the table: its tail keeps its place
        _append_text(parent, at, tail)


def _cell_blocks(cell) -> list:
    """A cell's content as blocks: its block children as they are; its text and inline
    elements between them in paragraphs."""
    from lxml import etree

    out: list = []
    paragraph = None

    def loose():
        nonlocal paragraph
        if paragraph is None:
            paragraph = etree.Element("p")
            out.append(paragraph)
        return paragraph

    # Its lists' items, one a line, without the marks trafilatura gives a list elsewhere: in the
    # row it wrote them as the cell's text, and only line breaks change here.
    for listing in list(cell.iter("list")):
        _unmark(listing)
    if cell.text and cell.text.strip():
        loose().text = cell.text
    for child in list(cell):
        tail, child.tail = child.tail, None
        if child.tag in _BLOCKS:
            paragraph = None
            out.append(child)
        else:
            loose().append(child)
        if tail and tail.strip():
            target = loose()
            if len(target):
                target[-1].tail = (target[-1].tail or "") + tail
            else:
                target.text = (target.text or "") + tail
    blocks = [block for block in out if _has_text(block)]
    for block in blocks:
        _fold_breaks(block)
    return blocks


def _unmark(listing) -> None:
    """Put a list's items in its place as paragraphs (and what stands beside them in it, such as
    its heading, before them), so that they are written without marks."""
    from lxml import etree

    parent = listing.getparent()
    if parent is None:
        return
    made = []
    if listing.text and listing.text.strip():
        head = etree.Element("p")
        head.text = listing.text
        made.append(head)
    for child in list(listing):
        if child.tag == "item":
            child.tag = "p"
            child.attrib.clear()
        made.append(child)
    at = parent.index(listing)
    tail = listing.tail
    parent.remove(listing)
    for offset, element in enumerate(made):
        parent.insert(at + offset, element)
    if tail:
        if made:
            made[-1].tail = (made[-1].tail or "") + tail
        else:
            _append_text(parent, at, tail)


def _fold_breaks(block) -> None:
    """The source line breaks in ``block``'s text made spaces, but in code, which keeps its lines."""
    for element in block.iter():
        if element.tag == "code" or any(above.tag == "code" for above in element.iterancestors()):
            continue
        if element.text and "\n" in element.text:
            element.text = _SOURCE_BREAK.sub(" ", element.text)
        if element is not block and element.tail and "\n" in element.tail:
            element.tail = _SOURCE_BREAK.sub(" ", element.tail)


def _append_text(parent, at: int, text: str) -> None:
    """``text`` where an element removed from ``parent`` at index ``at`` stood."""
    if at == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[at - 1]
        before.tail = (before.tail or "") + text
