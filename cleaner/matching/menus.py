"""Menu runs: a site's navigation printed one item a line, or one item a table row.

A menu is told from a list an author wrote by where it stands and what it names,
never by its shape alone: ingredients, a poem's short lines, a list of names or a
table of contents have the shape too. So a run of short labels goes only when both
of its ends are chrome (a line a rule removed as navigation, sharing, a widget...)
or the document's own edge, and when it names a site's sections or tools: menu
words from the rule's ``labels``, or lines the line rules already took as such. A run
right under a sentence of the text ending on a colon is the list it announces, and stays.
"""

from __future__ import annotations

import functools

import regex

from ..document import Document, Line, Removal
from ..rules.keys import phrase_key
from ..rules.model import StructureRule
from ..text.prose import OPENING_QUOTES, ends_sentence, more_words_than
from .line_rules import remove_line

# Families of line rules whose lines say "site chrome around a menu": evidence and edges.
MENU_FAMILIES = frozenset({"navigation", "share", "widget", "comments", "related", "subscription", "tags",
                           "breadcrumb", "copyright", "app"})
# Families of removals that end a run rather than stand in it: a box a page rule took whole
# beside the article, a round-up of links; the story's own title may follow it.
RUN_ENDS = frozenset({"box", "page_box", "roundup"})
# Families of removals that stamp a post: a label right above one is the post's title
# ("Summertime", then "Posted July 26th, 2011"), not the menu's last item. (Above a byline
# stands the author's name as often: "Posted by", "Becky", "View all posts by Becky".)
STAMPS = frozenset({"dateline"})
# A table row as extractors render it: cells between bars; a bar inside a cell is escaped.
_CELL_BAR = regex.compile(r"(?<!\\)\|")
_BULLETS = "-–•·»›>*▪■◦"
_BULLET = regex.compile(rf"^[{_BULLETS}]+\s*")
# Letters, and nothing that makes a sentence, a number or a quotation of it.
_NOT_LABEL_END = frozenset(".!?:;,")
_SHORT_LOWER = 3  # "and", "of", "the", "&": the only lower-case words a title-case label holds


def cells(text: str) -> list[str]:
    """A table row's non-empty cells ("| Home | | News |" -> Home, News); a plain line is one cell.
    A cell of dashes is the rule under a header, not a label."""
    if not text.startswith("|"):
        return [text]
    parts = (part.replace("\\|", "|").strip() for part in _CELL_BAR.split(text.strip("|")))
    return [part for part in parts if part and part.strip("-: ")]


def is_label(text: str, max_words: int) -> bool:
    """A menu item: one to ``max_words`` words in title case or capitals, no digit, no
    sentence punctuation at its end, no quotation ("Business", "Contact Us", "- TOP STORIES")."""
    # Most lines are prose, told from a label without taking the bullet off: the bullet is a head
    # of the line, so the last character stays, and it takes at most one word (regex's \s is
    # within str.isspace). A test holds this equal to reads_as_label alone.
    end = text.rstrip()
    if not end or end[-1] in _NOT_LABEL_END or len(text.split(None, max_words + 1)) > max_words + 1:
        return False
    return reads_as_label(text, max_words)


def reads_as_label(text: str, max_words: int) -> bool:
    """is_label, without its first look."""
    text = _BULLET.sub("", text).strip()
    if not text or text[-1] in _NOT_LABEL_END or text[0] in OPENING_QUOTES or text[0] in "([":
        return False
    words = text.split()
    if len(words) > max_words or any(char.isdigit() or char == ":" for char in text):
        return False
    letters = False
    for word in words:
        if word[0].isalpha():
            letters = True
            if word[0].islower() and len(word) > _SHORT_LOWER:
                return False
    return letters


class _Item:
    """One written line as a menu run sees it."""

    __slots__ = ("line", "label", "named", "chrome", "edge")

    def __init__(self, line: Line, removal: Removal | None, rule: StructureRule, text: str,
                 known: dict[str, tuple[bool, bool]]):
        # A line a rule removed as site chrome may end a run; it speaks for a menu when it
        # holds words (an empty table row ends a layout table's row, and names nothing).
        self.edge = removal is not None and removal.family in MENU_FAMILIES
        self.chrome = self.edge and any(c.isalpha() for c in text)
        self.line = line
        self.label, self.named = (False, False) if removal is not None else _read(text, rule, known)


@functools.lru_cache(maxsize=64)
def _patterns(patterns: tuple[str, ...]) -> regex.Pattern | None:
    return regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _read(text: str, rule: StructureRule, known: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether a line kept is a label, and a menu word: read once a document (``known``). A line
    of the rule's ``not_labels`` is none: a story's byline or credit in title case at its foot."""
    if text not in known:
        found = cells(text)
        refused = _patterns(rule.not_labels)
        label = bool(found) and all(is_label(cell, rule.max_words) and (
            refused is None or refused.search(_BULLET.sub("", cell).strip()) is None) for cell in found)
        known[text] = (label, label and all(phrase_key(cell) in rule.labels for cell in found))
    return known[text]


# A sentence of the text that announces a list ("In the suitcase she packed only what her
# hands could hold:"): the labels under it are the text's list, at the page's foot too. A
# label and its colon ("Contents:", "Follow us:") is a menu's own heading, and announces none.
_ANNOUNCING_WORDS = 3


def announces(text: str) -> bool:
    end = text.rstrip()
    return end[-1:] in (":", "：") and more_words_than(end, _ANNOUNCING_WORDS)


# A divider: a line of punctuation alone, no letter nor digit in it.
_SAYS = regex.compile(r"[\p{L}\p{N}]")


def _divider_text(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and _SAYS.search(stripped) is None


def _inside(removal: Removal | None) -> bool:
    """Whether a removed line may stand inside a run."""
    return removal is not None and removal.family not in RUN_ENDS


def menu_run(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of labels whose ends are chrome or the document's edges, naming a site's menu.

    A run is the longest stretch of written lines that are labels or lines rules
    removed; it goes when its first and last lines are chrome a rule removed (or it
    starts or ends the document, and then holds a chrome line or one more menu word), it
    holds at least ``min_lines`` items, and at least ``min_evidence`` of them are menu
    words or chrome lines. A run with other ends goes
    only when at least ``min_dense`` of its items, and half of them, are such. A label
    right above a post's date stamp is the post's title, and stays.
    """
    written = doc.written()
    said = doc.texts(written)
    known = doc.memo.setdefault(rule, {})  # text -> (a label, a menu word)
    # Most lines are neither labels nor removed: items are made only for the runs, as the
    # lines stood when the step began.
    was = [line.removed_by for line in written]
    # A line that is no table row and ends as a sentence or a clause does (most of the text's
    # lines) is no label, told before _read looks it up (is_label's first look).
    label = [removal is None and (text[:1] == "|" or text.rstrip()[-1:] not in _NOT_LABEL_END)
             and _read(text, rule, known)[0] for removal, text in zip(was, said)]
    removed = 0
    i = 0
    while i < len(written):
        if not label[i]:
            i += 1
            continue
        start = i
        while start > 0 and _inside(written[start - 1].removed_by):
            start -= 1
        end = i
        while end < len(written) and (label[end] or _inside(written[end].removed_by)):
            end += 1
        # A site may part its menu's items with divider lines ("--"): a run that is no menu
        # as it stands is read again across them, the dividers neither ending it nor counting
        # as items, when a label or a removed line stands beyond them.
        across = end
        while across < len(written):
            beyond = across
            while beyond < len(written) and was[beyond] is None and _divider_text(said[beyond]):
                beyond += 1
            if beyond == across or beyond == len(written) or not (label[beyond] or _inside(was[beyond])):
                break
            across = beyond
            while across < len(written) and (label[across] or _inside(written[across].removed_by)):
                across += 1
        taken = _judge(rule, written, was, said, known, start, end)
        if taken is None and across > end:
            taken = _judge(rule, written, was, said, known, start, across)
            end = across if taken is not None else end
        i = end
        removed += taken or 0
    return removed


def _judge(rule: StructureRule, written: list[Line], was: list[Removal | None], said: list[str],
           known: dict[str, tuple[bool, bool]], start: int, end: int) -> int | None:
    """The lines removed from the run ``start``..``end`` when it is a menu (see menu_run), or None."""
    run = [_Item(written[k], was[k], rule, said[k], known) for k in range(start, end)]
    labels = [item for item in run if item.label]
    chrome = sum(item.chrome for item in run)
    evidence = chrome + sum(item.named for item in labels)
    # Both ends chrome, or one end the page's own edge: nothing of the story beyond it,
    # though with no chrome line in it a help page's contents could stand there: one more
    # menu word is asked. Elsewhere only a dense menu goes: most of its items, and many.
    bounded = (start == 0 or run[0].edge) and (end == len(written) or run[-1].edge) \
        or (start == 0 or end == len(written)) and (chrome or evidence > rule.min_evidence)
    dense = evidence >= rule.min_dense and 2 * evidence >= len(labels) + chrome
    announced = start > 0 and was[start - 1] is None and announces(said[start - 1])
    if not ((bounded or dense) and not announced and len(labels) + chrome >= rule.min_lines
            and evidence >= rule.min_evidence):
        return None
    text_below = end < len(written) and was[end] is None  # kept so far: not a box a rule took
    heading = _heading_below_capitals(rule, run, was[start:end], said[start:end], text_below)
    signed = start > 0 and was[start - 1] is None and ends_sentence(said[start - 1]) \
        and _name_over_bars(rule, run, was[start:end], said[start:end])
    removed = 0
    for k, item in zip(range(start, end), run):
        if not item.label or item.line is written[0] or item is heading or (signed and k == start):
            continue
        if k + 1 < len(written) and was[k + 1] is not None and was[k + 1].family in STAMPS:
            continue  # a post's title over its date stamp
        remove_line(item.line, rule)
        removed += 1
    return removed


# Labels in capitals a menu needs above a line in other case for that line to read as the text's
# heading rather than the menu's last item.
_CAPITALS_ABOVE = 2


def _capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _heading_below_capitals(rule: StructureRule, run: list[_Item], was: list[Removal | None],
                            texts: list[str], text_below: bool) -> _Item | None:
    """The run's last line when it is the text's heading: a label not in capitals ending a run
    whose other items (its labels, and the lines this rule took from it before) all are ("TOUR
    DATES", "PHOTOS", "CONTACT", then "Autumn Shows" over the list of shows), with a line of the
    text right under it. A site sets its menu in one case; the page's heading under it is
    written in another."""
    last = run[-1]
    if not text_below or not last.label or _capitals(texts[-1]):
        return None
    items = [text for item, removal, text in zip(run[:-1], was[:-1], texts[:-1])
             if item.label or (removal is not None and removal.rule_id == rule.id)]
    return last if len(items) >= _CAPITALS_ABOVE and all(_capitals(text) for text in items) else None


# Items with a bar a menu needs under a line without one for that line to read as the text's
# signature rather than the menu's first item.
_BARRED_BELOW = 2


def _name_over_bars(rule: StructureRule, run: list[_Item], was: list[Removal | None], texts: list[str]) -> bool:
    """Whether the run's first line is the text's signature: a label without a bar, right under a
    sentence of the text, over a menu whose other items (its labels, and the lines this rule took
    from it before) all end on the bar that parts them ("Heather" under a reader's letter, then
    "Home |", "Reviews |", "Advice |"). A site sets each item of such a menu with its bar; a name
    over it without one is the letter's, not the menu's."""
    first = run[0]
    if not first.label or _BARRED_ITEM.match(texts[0]) is not None:
        return False
    items = [text for item, removal, text in zip(run[1:], was[1:], texts[1:])
             if item.label or (removal is not None and removal.rule_id == rule.id)]
    return len(items) >= _BARRED_BELOW and all(_BARRED_ITEM.match(text) is not None for text in items)


# A menu item with the bar that parts it from the next one, alone on its line ("News |",
# "- Sport |"): the extractor gave each of the menu's links a line of its own. A table row
# opens with a bar too, and is no such item.
_BARRED_ITEM = regex.compile(r"^(?!\s*\|)\s*(\S.*?)\s+\|\s*$")

# A label opens on a capital or a brand's small letter ("eMedicine"); a piece of a sentence on a
# word in lower case ("tide comes |", a lead sheet's bar lines under its lyrics).
_LOWER_WORD = regex.compile(rf"^[{_BULLETS}\s]*\p{{Ll}}+(?:\s|$)")

# A menu's items are labels; a directory's entries among them may be longer (a site's name and a
# page's), within twice the words of a label.
_LONG_ITEM = 2


def barred_menu(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of at least ``min_lines`` lines in a row (lines rules removed between them aside),
    each a label of at most ``max_words`` words followed by a separator bar: a menu whose
    items were printed one a line with their separators ("News |", "Sport |", "Weather |").
    A label ending as a sentence ends, or opening on a word in lower case, is no menu item, and
    ends the run. Inside a run of such
    labels an item may be longer, up to _LONG_ITEM times ``max_words`` (a directory's "Guild of
    Harbour Pilots - Notes of the Winter Meeting at Leith |"), the bar still its own mark, when it
    reads as a title-case label (no digit, no long word in lower case; a colon may part a title
    from its subtitle)."""
    removed = 0
    run: list[Line] = []
    short = 0
    for line, text in [*zip(lines, texts), (None, "")]:
        # Most lines hold no bar, and the pattern needs one.
        found = _BARRED_ITEM.match(text) if line is not None and "|" in text else None
        if found is not None and not more_words_than(found[1], _LONG_ITEM * rule.max_words) \
                and found[1][-1:] not in _NOT_LABEL_END and _LOWER_WORD.match(found[1]) is None:
            label = not more_words_than(found[1], rule.max_words)
            # A longer item is a title-case name, as a directory's entry is, its title's colon aside
            # ("Org - Title: Subtitle"): a sentence or a table's row with its cells and commas
            # ("Tuesday | Belém and the monastery, then …") is none.
            if label or reads_as_label(found[1].replace(":", " "), _LONG_ITEM * rule.max_words):
                run.append(line)
                short += label
                continue
        if short >= rule.min_lines:
            for item in run:
                remove_line(item, rule)
            removed += len(run)
        run, short = [], 0
    return removed

