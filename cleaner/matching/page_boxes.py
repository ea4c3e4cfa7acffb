"""The page rule of link boxes after the article's prose (kind page_link_box): lists of other
stories' headlines, a column's "most read" ranking, a site's footer links, each in an element of
its own after the article's last paragraph.

page_outside finds the article as the element holding most of the extracted text; on a short
story beside long lists of links that element is the page's wrapper, and nothing stands beside it.
Here the article's element is the one round the page's prose (paragraphs ending as sentences end,
hardly any of it link text), which the lists of links, however long, do not hold. Any element
after its last line, beside it, holding at least two link lines and no longer run of other lines
(a headline's teaser, its date) is a box: no one-element-per-box assumption is made, so a column
holding several boxes gives each of them.
"""

from __future__ import annotations

from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import UNSPACED, ends_sentence
from .line_rules import remove_line
from .page_outside import _article_looks, _looks, boxes_once, directory_entries, in_article_tag

# Prose is little link text: a paragraph with a link or two in it, not a linked headline.
_PROSE_LINKS = 0.3
# A line of Chinese or Japanese this many characters long is a paragraph, stop or none (a
# story's lines often end on a quote or a bracket).
_UNSPACED_PROSE = 25


def page_paragraph(text: str, link_share: float, words: int) -> bool:
    """A paragraph of the article: hardly any link text, and ``words`` words ending as a sentence
    ends, or a long line of a script written without spaces."""
    if link_share >= _PROSE_LINKS:
        return False
    # (word_count less the spaced words, without splitting the line again)
    if not text.isascii() and len(UNSPACED.findall(text)) >= _UNSPACED_PROSE:
        return True
    return len(text.split()) >= words and ends_sentence(text)


def page_paragraph_in(doc: Document, text: str, link_share: float, words: int) -> bool:
    """``page_paragraph``, remembered for the document: four page rules ask it of every line in
    every round (the memo goes with the document, so no text outlives it)."""
    known: dict = doc.memo.setdefault(page_paragraph, {})
    key = (text, link_share, words)
    found = known.get(key)
    if found is None:
        found = known[key] = page_paragraph(text, link_share, words)
    return found


def ink(text: str) -> int:
    """A line's characters but its spaces: how much of the text it holds."""
    return len(text) - text.count(" ")


def _prose_element(written: list[Line], chains: dict, prose: set[int], rule: StructureRule):
    """The innermost element holding at least ``article_held`` of the characters of the prose
    lines (``prose``: their numbers; None: the page has no prose); a bare blockquote, a
    quotation inside it, is not asked."""
    held: dict = {}
    total = 0
    for line in written:
        frames = chains[line.number]
        if line.number not in prose:
            continue
        size = ink(line.text)
        total += size
        seen: set = set()
        for copy in frames:
            for frame in copy:
                if frame in seen:
                    break
                seen.add(frame)
                held[frame] = held.get(frame, 0) + size
    if not total:
        return None
    best = None
    for frame, size in held.items():
        if size >= rule.article_held * total and (best is None or frame.depth > best.depth) \
                and not frame.bare_quote:
            best = frame
    return best


def _longest_gap(linked: list[bool]) -> int:
    longest = run = 0
    for is_link in linked:
        run = 0 if is_link else run + 1
        longest = max(longest, run)
    return longest


def page_link_box(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Every line of each element after the article's prose (``where`` before: before it, and no
    paragraph in it) and beside it (see the module) whose
    lines follow one another, that holds at most ``max_held`` of the text, at least ``min_lines``
    link lines (of at least ``link_share`` link text and at most ``max_words`` words) making at
    least ``linked`` of its lines, and no run of more than ``max_gap`` other lines. The lines
    rules removed before count in a box's shape."""
    page = doc.page
    if page is None or rule.article_held is None:
        return 0
    taken = boxes_once(doc, page_link_box, rule, (rule.prose_words, rule.article_held),
                       lambda written: _layout(doc, rule, written),
                       lambda written, layout: _boxed(doc, rule, written, layout))
    removed = 0
    for line in lines:
        if line.number in taken and line.removed_by is None:
            remove_line(line, rule)
            removed += 1
    return removed


def _layout(doc: Document, rule: StructureRule, written: list[Line]):
    """What both link box rules read of the page: each line's chains, the prose lines, the
    article's element and those round it, the indices of the lines inside it, the elements
    beside it with their lines' indices, and the looks of the story's own elements; None when
    the page has no prose or no line inside the article."""
    page = doc.page
    chains = {line.number: page.spot(line.number).frames() for line in written}
    prose = {line.number for line in written
             if page_paragraph_in(doc, line.text, page.spot(line.number).link_share(), rule.prose_words)}
    article = _prose_element(written, chains, prose, rule)
    if article is None:
        return None
    around = set(article.chain())
    inside = [i for i, line in enumerate(written) if all(article in copy for copy in chains[line.number])]
    if not inside:
        return None
    members: dict = {}  # element beside the article -> the indices of the lines inside it
    for i, line in enumerate(written):
        seen: set = set()
        for copy in chains[line.number]:
            for frame in copy:
                if frame in around or frame in seen:
                    break
                seen.add(frame)
                members.setdefault(frame, []).append(i)
    # An element with the name and class of one inside the article, or of one beside it holding
    # a paragraph, is the story's own (its paragraphs standing side by side): it stays.
    own = _article_looks(chains.values(), article)
    own |= {_looks(frame) for frame, indices in members.items() if any(written[i].number in prose for i in indices)}
    return chains, prose, around, inside, members, own


def _boxed(doc: Document, rule: StructureRule, written: list[Line], layout) -> frozenset[int]:
    """The numbers of the lines in the rule's boxes (page_link_box), read from ``_layout``."""
    if layout is None:
        return frozenset()
    page = doc.page
    chains, prose, around, inside, members, own = layout
    taken: set[int] = set()
    before = rule.where == "before"
    for frame, indices in members.items():
        if (indices[-1] >= inside[0] if before else indices[0] <= inside[-1]) \
                or indices[-1] - indices[0] + 1 != len(indices):
            continue
        box = [written[i] for i in indices]
        # Every copy of each line in the box: a headline also printed in the story stays.
        if not all(all(frame in copy for copy in chains[line.number]) for line in box):
            continue
        # A box opening with a paragraph may be the story's end; other stories open on a link.
        # Above the story, a box holding a paragraph may be its standfirst or its first lines.
        if (any(line.number in prose for line in box) if before else box[0].number in prose) \
                or (_looks(frame) is not None and _looks(frame) in own) or in_article_tag(frame, around) \
                or directory_entries(page, box, rule.link_share):
            continue
        if page.share_held(frame) > rule.max_held:
            continue
        linked = [page.spot(line.number).link_share() >= rule.link_share and len(line.text.split()) <= rule.max_words
                  for line in box]
        if sum(linked) < rule.min_lines or sum(linked) < rule.linked * len(box) or _longest_gap(linked) > rule.max_gap:
            continue
        taken.update(line.number for line in box)
    return frozenset(taken)
