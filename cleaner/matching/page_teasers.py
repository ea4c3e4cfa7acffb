"""The page rules of other stories' teasers. Kind page_teaser_list: a list whose items each hold
a story's headline link and its first sentences, the teaser in an element the page names for
what it is ("news-item-summary", "teaser", "excerpt", "anons"). Kind page_headline_run: after the
article's last paragraph, headlines linked to their stories, each with one line of teaser,
source or date under it.

trafilatura often drops the headline links and keeps the teasers, which read as paragraphs: no
link text and no stamp says what they are. The page does: a teaser's element inside an item of
a list, one of at least ``min_lines`` such items. An article's own list (its points, its
sources) names its items' text for no summary of another page.
"""

from __future__ import annotations

from ..document import Document, Line
from ..io.page_facts import PageFacts, Spot, frame_words
from ..rules.model import StructureRule
from ..text.prose import at_least_words
from .line_rules import remove_line
from .page_boxes import page_paragraph_in
from .page_outside import _looks, directory_entries, in_article_tag


def _teaser_item(rule: StructureRule, frames: list) -> tuple | None:
    """The list and the item (the innermost element named in ``elements``, or whose class or id
    has a word of ``item_words``: "list_item") of one copy of a line whose element up to that
    item has one of the rule's words: (list, item), else None."""
    named = False
    for frame in frames:
        words = frame_words(frame)
        named = named or not rule.words.isdisjoint(words)
        if frame.name in rule.elements or not rule.item_words.isdisjoint(words):
            return (frame.parent, frame) if named and frame.parent is not None else None
    return None


def _listed(rule: StructureRule, page: PageFacts, spot, text: str):
    """The list and item every copy of the line (at ``spot`` in the page) stands in as a teaser, or None."""
    if at_least_words(text, rule.max_words + 1):
        return None
    # A first copy with none of the rule's words in its whole chain is no teaser (_teaser_item's
    # None), and neither is the line: told in one look (a test holds it to _listed_walk).
    if rule.words.isdisjoint(page.chain_marks(spot.places[0][0])[2]):
        return None
    return _listed_walk(rule, spot)


def _listed_walk(rule: StructureRule, spot):
    """_listed's answer, read from each copy's elements."""
    found = {_teaser_item(rule, frames) for frames in spot.frames()}
    return found.pop() if len(found) == 1 and None not in found else None


def page_teaser_list(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Each run of teasers one after the other standing in at least ``min_lines`` list items (a
    site may print one short list a topic, one under the other), every list of the run holding at
    most ``max_held`` of the extracted text and no line of more than ``max_line_words`` words."""
    page = doc.page
    if page is None:
        return 0
    runs: list[list[tuple[Line, tuple]]] = []
    run: list[tuple[Line, tuple]] = []
    for line, text in [*zip(lines, texts), (None, "")]:
        # A line the page cannot place (one the extraction joined) stands in no list, and does
        # not part a run either.
        spot = page.spot(line.number) if line is not None else None
        if line is not None and spot is None:
            continue
        found = _listed(rule, page, spot, text) if line is not None else None
        if found is not None:
            run.append((line, found))
            continue
        if run:
            runs.append(run)
        run = []
    removed = 0
    for run in runs:
        lists = {found[0] for _, found in run}
        if len({found[1] for _, found in run}) < rule.min_lines or not all(
                page.small(frame, rule.max_held, rule.max_line_words) for frame in lists):
            continue
        for line, _ in run:
            remove_line(line, rule)
            removed += 1
    return removed


# A teaser, a source or a date under a headline: little or none of it link text, as a paragraph.
_TEASER_LINKS = 0.3
# A headline is words: a link of one word alone (an address, "More") is no story's title.
_HEADLINE_WORDS = 2
# Paragraphs the page needs above the run: a page of one paragraph and its links is the links' page.
_HEADLINE_RUN_PARAGRAPHS = 2


def page_headline_run(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Other stories listed after the article's last paragraph (a line of at least ``prose_words``
    words ending as a sentence ends, little of it link text): a run of at least ``min_lines``
    headlines one after the other, each a line of two to ``max_words`` words and at least
    ``link_share`` link text with one line under it of at most ``max_line_words`` words and little
    link text (the story's teaser, its source and date). The article's own paragraphs never
    alternate with links so; a list of links alone (a reading list, a directory) is no such run,
    and a run inside the article's own element (with ``article_held``) is its reading list, one in
    an element that looks like a paragraph's (name and class) may be the story's own end. No
    element of the run's own is asked: the pages of 2007 print other stories in the layout cell
    round the story, where page_link_box finds no box."""
    page = doc.page
    if page is None:
        return 0
    spots = [page.spot(line.number) for line in lines]
    shares = [spot.link_share() if spot is not None else None for spot in spots]

    def headline(i: int) -> bool:
        return (shares[i] is not None and shares[i] >= rule.link_share and at_least_words(texts[i], _HEADLINE_WORDS)
                and not at_least_words(texts[i], rule.max_words + 1))

    def teaser(i: int) -> bool:
        return (shares[i] is not None and shares[i] < _TEASER_LINKS and bool(texts[i].strip())
                and not at_least_words(texts[i], rule.max_line_words + 1))

    # A teaser that reads as a paragraph is still a teaser: under a headline it is no line of the article.
    paragraphs = [i for i, (text, share) in enumerate(zip(texts, shares))
                  if share is not None and page_paragraph_in(doc, text, share, rule.prose_words)
                  and not (i > 0 and headline(i - 1) and teaser(i))]
    if len(paragraphs) < _HEADLINE_RUN_PARAGRAPHS:
        return 0

    # A run in an element that looks like one holding a paragraph (its name and class) may be the
    # story's own end, its parts set side by side.
    own = _box_looks(spots[i] for i in paragraphs)
    removed = 0
    i = paragraphs[-1] + 1
    while i < len(lines):
        start = i
        while i + 1 < len(lines) and headline(i) and teaser(i + 1):
            i += 2
        if (i - start) // 2 < rule.min_lines:
            i = start + 1
        # A run the page shows to be the article's stays whole: no part of it is read again.
        elif not _in_article(page, rule, spots[start:i]) and own.isdisjoint(_box_looks(spots[start:i])) \
                and not directory_entries(page, lines[start:i], rule.link_share):
            for line in lines[start:i]:
                remove_line(line, rule)
            removed += i - start
    return removed


def _in_article(page: PageFacts, rule: StructureRule, spots: list[Spot | None]) -> bool:
    """Whether every line of a run stands inside the article's own element (the innermost holding
    ``article_held`` of the text), or inside the ``<article>`` element round it: there the links
    are its reading list or its sources."""
    if rule.article_held is None:
        return False
    article = page.article(rule.article_held)
    if article is None:
        return False
    around = set(article.chain())
    return all(spot is not None and all(article in copy or bool(copy) and in_article_tag(copy[0], around)
                                        for copy in spot.frames()) for spot in spots)


def _box_looks(spots) -> set[tuple[str, str]]:
    """The name and class of the innermost element with a class round each copy of the lines."""
    looks = set()
    for spot in spots:
        for copy in spot.frames() if spot is not None else ():
            looks.add(next((found for found in map(_looks, copy) if found is not None), None))
    looks.discard(None)
    return looks
