"""Page rules: chrome recognised by where a line stood in the HTML page it was extracted from
(io.page_facts), in HTML mode only. A text has no page, and these rules remove nothing from it.

Each reads its parameters from its YAML rule (rules/page.yaml) and acts only when every copy of
a line in the page agrees: a headline that is both in the article and in a sidebar stays.
"""

from __future__ import annotations

from ..document import Document, Line
from ..io.page_facts import PageFacts, Spot, frame_classes, frame_words
from ..rules.model import StructureRule
from ..text.prose import at_least_words, more_words_than
from ..text.works import lists_works
from .line_rules import remove_line
from .page_box_rest import page_box_rest
from .page_boxes import ink, page_link_box, page_paragraph_in
from .page_menus import page_flat_menu
from .page_outside import page_outside
from .page_teasers import page_headline_run, page_teaser_list


def _small(rule: StructureRule, page: PageFacts, frame) -> bool:
    """An element that is not the article's: it holds at most ``max_held`` of the extracted
    text, and no line of more than ``max_line_words`` words. An element round most of the
    article ("related-content-body" round the whole story), or round one of its paragraphs
    (a WordPress post's wrapper says "category-news author-anna"), is the article's,
    whatever its class says."""
    return page.small(frame, rule.max_held, rule.max_line_words)


# The page's own title: a box's word never takes it.
_TITLE = "h1"


def _marked(rule: StructureRule, page: PageFacts, spot: Spot) -> bool:
    """Whether every copy of the line stands inside an element the rule names (by its name,
    one of its class names, or a word of its class or id) that is not the article's (_small),
    and in no element of ``spare`` up to it: a heading stays, even in a box (its id may be
    made of its words and "nav", for a table of contents to link to). A heading below the
    page's title goes only in a box round it named by a word of ``heading_words`` (a related
    box's "More stories", a side column's "Most read"): the box's own title, read from the
    elements round the heading, never from its own id. The class of an element in ``skip`` is
    not read: a link's class says how it looks ("mm_menu" on a directory's own categories), a
    block's says what the region is. A word of ``unless_words`` beside the box's word on the
    same element says the box is the text's own ("foot-notes", "side-note"), and an element
    round it is asked instead; a word of ``unless_inside`` on an element between the line and
    the box, or its name, says the line is the text's own (a post's heading block inside a theme's
    masthead, a post quoted in a blockquote inside a consent placeholder)."""
    # Most lines stand in no element the rule names, and the walk below would end on "no" at the
    # first copy: the names, classes and words of that copy's whole chain tell it in one look.
    names, classes, words = page.chain_marks(spot.places[0][0])
    if rule.elements.isdisjoint(names) and rule.classes.isdisjoint(classes) and rule.words.isdisjoint(words):
        return False
    return _marked_walk(rule, page, spot)


def _marked_walk(rule: StructureRule, page: PageFacts, spot: Spot) -> bool:
    """_marked, element by element (a test holds the two equal)."""
    for frames in spot.frames():
        heading = inside = False
        for depth, frame in enumerate(frames):
            if frame.name in rule.spare:
                if heading or frame.name == _TITLE or not rule.heading_words:
                    return False
                heading = True
                continue
            if frame.name in rule.skip:
                continue
            if frame.name in rule.elements and _small(rule, page, frame):
                if heading or inside:
                    return False
                break
            if rule.classes and not rule.classes.isdisjoint(frame_classes(frame)) and _small(rule, page, frame):
                if heading or inside:
                    return False
                break
            words = frame_words(frame)
            said = rule.words & words if rule.unless_words.isdisjoint(words) else frozenset()
            if said and _small(rule, page, frame):
                if _no_menu(rule, page, frame, said):
                    continue
                if inside:
                    return False
                if _the_article_s_word(rule, page, frames[depth + 1:], said):
                    return False
                if heading and said.isdisjoint(rule.heading_words):
                    return False
                break
            # A bare element ("<blockquote>" without a class) is named by its name alone.
            inside = inside or not rule.unless_inside.isdisjoint(words) or frame.name in rule.unless_inside
        else:
            return False
    return True


def _no_menu(rule: StructureRule, page: PageFacts, frame, said: frozenset[str]) -> bool:
    """Whether a box named only by a menu's words (``menu_words``: nav, menu, breadcrumb...) holds a
    line longer than any the rule takes: a menu holds labels and links, not such sentences, so
    the word says how the box looks ("nav-new-1-pixel" round a review's summary), not what it
    is. So does a box beside which, right inside the same element, another of its name and class
    holds such a line (a review's "Full Review" heading in a cell of its own between the summary's
    cell and the review's). An outer box may still say chrome."""
    return said <= rule.menu_words and (page.longest_line(frame) > rule.max_words
                                        or page.longest_in_kin(frame) > rule.max_words)


def _the_article_s_word(rule: StructureRule, page: PageFacts, outer, said: frozenset[str]) -> bool:
    """Whether an element round the line's box that holds at least ``article_held`` of the text
    (the article's) has one of the box's chrome words (``said``): then the word says what kind
    of page the article is (a gallery's slides in "editorial-gallery-item" inside
    "editorial-gallery"), not that the box is beside it. A page whose text is mostly its
    menus ("site-sub-nav" round 46% of it) is no article of that kind."""
    if rule.article_held is None:
        return False
    return any(not said.isdisjoint(frame_words(frame)) and page.share_held(frame) >= rule.article_held
               for frame in outer if frame.name not in rule.skip)


# A piece cut from a sentence is a word or two (a name the page set in a link or a span);
# longer lines between two pieces of text, such as a forum post's date, are lines of their own.
_PIECE_WORDS = 2


def _cut_from_a_sentence(texts: list[str], i: int) -> bool:
    """Whether the line is a piece of a sentence the extraction cut (at a name the page set
    apart): a word or two, after a line that ends in a letter or a comma and before one that
    goes on in lower case, or before one that goes on from it at a comma (a speaker's name set
    in bold over ", the mayor: «…»"). Its text may equal a box's line elsewhere in the page (a
    photo credit naming the company the sentence names, a tag naming the speaker), and that box
    does not say where this line stood."""
    if not 0 < i < len(texts) - 1 or len(texts[i].split()) > _PIECE_WORDS:
        return False
    end, after = texts[i - 1][-1:], texts[i + 1][:1]
    return after == "," or ((end.isalpha() or end == ",") and after.islower())


def page_section(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The lines of no more than ``max_words`` words inside an element whose class or id says
    chrome (related, share, newsletter...) or whose name does (a <nav>, a <figcaption>). A rule
    of the comments family leaves a page whose comments were asked for (--comments) alone."""
    page = doc.page
    if page is None or (page.comments and rule.family == "comments"):
        return 0
    marked = _marked_lines(doc, rule, page)
    # (the words counted no further than the limit: a paragraph may be a whole story)
    taken = [i for i, line in enumerate(lines) if line.number in marked
             and not at_least_words(texts[i], rule.max_words + 1) and not _cut_from_a_sentence(texts, i)]
    if rule.where is not None and taken:
        taken = _placed(doc, rule, page, lines, texts, taken, marked)
    # Readers' comments holding more than thread_held of the text are the page's: a forum's thread.
    if rule.thread_held is not None and sum(ink(texts[i]) for i in taken) > rule.thread_held * page.ink:
        return 0
    for i in taken:
        remove_line(lines[i], rule)
    return len(taken)


def _marked_lines(doc: Document, rule: StructureRule, page: PageFacts) -> frozenset[int]:
    """The numbers of the page's lines that are _marked for the rule (a test holds the two equal).
    A line's marks are the page's, not the text's: read once for the document (doc.memo) and the
    rule, not by each of its calls in every round."""
    known: dict = doc.memo.setdefault(_marked_lines, {})
    if rule not in known:
        found = set()
        for frame, spots in _covers(doc, page).items():
            # (most elements, with all those round them, name nothing the rule names)
            names, classes, words = page.chain_marks(frame)
            if rule.elements.isdisjoint(names) and rule.classes.isdisjoint(classes) \
                    and rule.words.isdisjoint(words):
                continue
            found.update(number for number, spot in spots if _marked_walk(rule, page, spot))
        known[rule] = frozenset(found)
    return known[rule]


def _covers(doc: Document, page: PageFacts) -> dict:
    """The page's lines (number and spot) by the innermost element round their first copy, the
    element _marked looks at first; once for the document."""
    covers = doc.memo.get(_covers)
    if covers is None:
        covers = doc.memo[_covers] = {}
        for number, spot in page.spots.items():
            covers.setdefault(spot.places[0][0], []).append((number, spot))
    return covers


def _placed(doc: Document, rule: StructureRule, page: PageFacts, lines: list[Line], texts: list[str],
            taken: list[int], marked: frozenset[int]) -> list[int]:
    """Of the lines ``taken``, those standing where ``where`` says: below the page's last paragraph
    standing in no element the rule names (``after``: a writer's box set between the story's
    paragraphs is its own), above its first (``before``), or either (``outside``: a box between
    the story's paragraphs holds the story's own lines); all of them on a page with no paragraph,
    none on a page whose paragraphs all stand in elements the rule names."""
    prose = [(i, spot) for i, (line, text) in enumerate(zip(lines, texts))
             if (spot := page.spot(line.number)) is not None
             and page_paragraph_in(doc, text, spot.link_share(), rule.prose_words)]
    paragraphs = [i for i, _ in prose if lines[i].number not in marked]
    if not paragraphs:
        # Every paragraph in such elements: they are the article, not boxes beside it (a page
        # built of text widgets, one a section).
        return [] if prose else taken
    if rule.where == "before":
        return [i for i in taken if i < paragraphs[0]]
    if rule.where == "outside":
        return [i for i in taken if i < paragraphs[0] or i > paragraphs[-1]]
    return [i for i in taken if i > paragraphs[-1]]


def _linked(rule: StructureRule, page: PageFacts, spot: Spot | None, text: str) -> bool:
    """A line that is (mostly) link text, of at most ``max_words`` words, in every copy an item
    of a list, a menu or a table (the innermost element named in ``elements`` round it), an
    item that is not the article's (_small: a table cell round the whole story is layout)."""
    if spot is None or at_least_words(text, rule.max_words + 1) or spot.link_share() < rule.link_share:
        return False
    for frames in spot.frames():
        item = next((frame for frame in frames if frame.name in rule.elements), None)
        if item is None or not _small(rule, page, item) or _in_article(rule, page, item):
            return False
    return True


def _in_article(rule: StructureRule, page: PageFacts, item) -> bool:
    """Whether the item stands inside the article's own element, the innermost one holding at
    least ``article_held`` of the extracted text: a list in the article's body (its sources, a
    reading list, a directory's entries), which the golds keep. The menus and link boxes of a
    page stand beside it, in the page's wrapper or in elements of their own."""
    if rule.article_held is None:
        return False
    article = page.article(rule.article_held)
    frame = item.parent
    while frame is not None:
        if frame is article:
            return True
        frame = frame.parent
    return False


def page_link_run(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A run of at least ``min_lines`` lines one after the other, each a link in a list, menu or
    table: navigation, and related headlines under no heading. A link within the page (a table
    of contents) is not link text here (page_walk). When the runs hold more than ``page_share``
    of the text's lines, the page is a page of links (a directory's categories, an index), whose
    links are its content, and none goes."""
    page = doc.page
    if page is None:
        return 0
    runs = _runs(len(lines), lambda i: _linked(rule, page, page.spot(lines[i].number), texts[i]))
    listed = [lines[i] for run in runs if len(run) >= rule.min_lines and not lists_works([texts[i] for i in run]) for i in run]
    if rule.page_share is not None and len(listed) > rule.page_share * len(lines):
        return 0
    for line in listed:
        remove_line(line, rule)
    return len(listed)


# Paragraphs of prose a page needs below a run for page_top_menu to read the run as its menu: a
# page with one or none is a directory, an index or a list of links, whose links are its content.
_TOP_MENU_PARAGRAPHS = 2


def page_top_menu(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A site's menu printed above the story one link a line: before the page's first paragraph
    (a line of at least ``prose_words`` words ending as a sentence ends, little of it link text),
    a run of at least ``min_lines`` lines one after the other, each of at most ``max_words`` words
    and at least ``link_share`` link text. page_link_run leaves a menu whose cell holds much of
    the text (a short story beside a long menu) or stands in no list; above the first paragraph,
    with paragraphs below it, a long run of links is the menu, wherever it stands, but in the
    element that holds the first paragraph itself: there it is the article's own list (a recipe's
    ingredients, the titles a review goes on to discuss). A page with fewer than
    _TOP_MENU_PARAGRAPHS paragraphs is a directory or an index, and keeps its runs."""
    page = doc.page
    if page is None:
        return 0
    # The first paragraph, and whether a second follows (most pages: within their first lines).
    first, found = None, 0
    for i, (line, text) in enumerate(zip(lines, texts)):
        spot = page.spot(line.number)
        if page_paragraph_in(doc, text, spot.link_share() if spot is not None else 0.0, rule.prose_words):
            first = i if first is None else first
            found += 1
            if found == _TOP_MENU_PARAGRAPHS:
                break
    if first is None or found < _TOP_MENU_PARAGRAPHS:
        return 0
    spot = page.spot(lines[first].number)
    around = {id(frame) for copy in spot.frames() for frame in copy} if spot is not None else set()

    def item(i: int) -> bool:
        spot = page.spot(lines[i].number)
        return (spot is not None and spot.link_share() >= rule.link_share
                and not at_least_words(texts[i], rule.max_words + 1) and not _heading(spot))

    removed = 0
    for run in _runs(first, item):
        # A menu's items are words: a run whose lines mostly open on a number is a list of amounts
        # or dated items (a recipe's ingredients linked to a shop, "200 g flour"), the page's own.
        numbered = sum(1 for i in run if texts[i].lstrip("-•*· ")[:1].isdigit())
        if len(run) < rule.min_lines or 2 * numbered > len(run) \
                or all(_inside(page.spot(lines[i].number), around) for i in run):
            continue
        for i in run:
            remove_line(lines[i], rule)
        removed += len(run)
    return removed


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _heading(spot: Spot) -> bool:
    """Whether a line stands in a heading: a story's title linked to its own page, no menu item."""
    return any(frame.name in _HEADINGS for copy in spot.frames() for frame in copy)


def _inside(spot: Spot | None, around: set[int]) -> bool:
    """Whether every copy of a line stands right inside one of the elements ``around`` (their ids):
    its innermost element is one of them."""
    return spot is not None and all(copy and id(copy[0]) in around for copy in spot.frames())


def _runs(count: int, member) -> list[list[int]]:
    """The runs of indices one after the other, below ``count``, for which ``member`` holds."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(count):
        if member(i):
            run.append(i)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def page_empty_item(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Each list item holding no text (PageFacts.bare_items: trafilatura's "- " alone, an <li> round
    an icon, an image or a widget the extraction emptied). It holds no word to lose; a dash alone in
    a paragraph of its own, a section break, is no list item and stays."""
    page = doc.page
    if page is None or not page.bare_items:
        return 0
    removed = 0
    for line in lines:
        if line.number in page.bare_items:
            remove_line(line, rule)
            removed += 1
    return removed


def _block_links(doc: Document, page: PageFacts) -> dict:
    """For each element, the characters of the extracted lines whose copies stand right in it
    (as their innermost element) and how many of them are link text; once for the document."""
    blocks = doc.memo.get(_block_links)
    if blocks is None:
        blocks = doc.memo[_block_links] = {}
        for spot in page.spots.values():
            for cover, ink_, linked in spot.places:
                if cover is not None:
                    held = blocks.setdefault(cover, [0, 0])
                    held[0] += ink_
                    held[1] += linked
    return blocks


def page_lone_link(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A line of at most ``max_words`` words, at least ``link_share`` link text, whose every copy
    stands in an element beside the article's (not inside the innermost one holding
    ``article_held`` of the text), holding at most ``max_held`` of the text, whose lines are at
    least ``linked`` link text: a section's name, a "Home" or a counter left alone by a menu or
    a box of links the other rules took, or that trafilatura cut to one line. A word the
    article's element holds (its kicker, a tag under it), one in a box of text and a heading
    over a paragraph stay."""
    page = doc.page
    if page is None or rule.article_held is None:
        return 0
    article = page.article(rule.article_held)
    if article is None:
        return 0
    blocks = _block_links(doc, page)
    removed = 0
    for i, (line, text) in enumerate(zip(lines, texts)):
        spot = page.spot(line.number)
        if spot is None or more_words_than(text, rule.max_words) or spot.link_share() < rule.link_share:
            continue
        # A linked heading over a paragraph heads a part of the text (a digest's item, a second
        # section); a box's or a menu's lone link stands over no prose.
        if _heading(spot) and i + 1 < len(lines) and (after := page.spot(lines[i + 1].number)) is not None \
                and page_paragraph_in(doc, texts[i + 1], after.link_share(), rule.prose_words):
            continue
        if all(cover is not None and page.share_held(cover) <= rule.max_held
               and blocks[cover][1] >= rule.linked * blocks[cover][0]
               and all(frame is not article for frame in cover.chain())
               for cover, _, _ in spot.places):
            remove_line(line, rule)
            removed += 1
    return removed


STEPS = {"page_link_run": page_link_run, "page_top_menu": page_top_menu, "page_section": page_section,
         "page_outside": page_outside, "page_link_box": page_link_box, "page_teaser_list": page_teaser_list,
         "page_headline_run": page_headline_run, "page_flat_menu": page_flat_menu,
         "page_empty_item": page_empty_item, "page_box_rest": page_box_rest, "page_lone_link": page_lone_link}
