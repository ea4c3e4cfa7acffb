"""Structural rules: chrome recognised by where lines stand, not by their words."""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..text.lines import fold_spaces
from .line_rules import remove_line
from .islands import chrome_island
from .menus import barred_menu, menu_run
from .pager import pager
from .table_rows import lone_table_rule
from .credited_links import credited_links
from .dividers import lone_divider
from .page_rules import STEPS as PAGE_STEPS
from ..text.prose import (DIALOGUE_DASHES, VERSE_WORDS, at_least_words, ends_sentence, is_dialogue, is_stanza,
                          opens_unclosed_quote, sentences, word_count)
from ..text.works import lists_data
from ..rules.model import zone_size, StructureRule
from .dated_box import dated_story_box
from .slideshow import counted_slideshow
from .threads import comment_thread
from .tail_box import tail_box
from .ticker import headline_ticker

# What may stand between a breadcrumb and the title it is glued to.
_BREADCRUMB_JOINT = regex.compile(r"[\p{Ll}\p{Lu}\p{N}]$|\s*[›»>/|·•→:–—-]\s*$")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_LABEL_OR_LOWER = regex.compile(r"\s*(?:\p{Ll}|[\p{L}\p{N}-]+\s*:\s*$)")


class Runs:
    """Runs of lines compared in constant time: each line an id, each run a polynomial
    hash of its ids, so that a document of lines pasted far apart stays linear. Equal
    hashes are confirmed line by line, so a collision can never remove a line."""

    _BASE, _MOD = 1_000_003, (1 << 61) - 1

    def __init__(self, texts: list[str]):
        self.texts = texts
        ids: dict[str, int] = {}
        self.prefix, self.power, self.chars = [0], [1], [0]
        for text in texts:
            self.prefix.append((self.prefix[-1] * self._BASE + ids.setdefault(text, len(ids) + 1)) % self._MOD)
            self.power.append(self.power[-1] * self._BASE % self._MOD)
            self.chars.append(self.chars[-1] + len(text))

    def _hash(self, start: int, size: int) -> int:
        return (self.prefix[start + size] - self.prefix[start] * self.power[size]) % self._MOD

    def same(self, a: int, b: int, size: int) -> bool:
        """Whether the ``size`` lines from ``a`` are those from ``b`` (both within the document)."""
        if max(a, b) + size > len(self.texts) or self._hash(a, size) != self._hash(b, size):
            return False
        return self.texts[a:a + size] == self.texts[b:b + size]

    def characters(self, start: int, size: int) -> int:
        return self.chars[start + size] - self.chars[start]


# Lines that are not paragraphs: a table row, a list item, a line of code or a shell
# prompt. A block holding one is a table, a list or code, printed so on purpose.
_NOT_PARAGRAPH = regex.compile(r"^(?:\||(?:[-*+•·▪]|\d{1,3}[.)]|\p{Ll}[.)])\s|\$\s|>>>\s)|[{};]$")


_LIST_ITEM = regex.compile(r"^[-*•·▪]\s+")


# A photo's caption closed by its credit: "… on Monday. (AP Photo/Jane Doe)", "(Photo: Reuters)".
# A page prints a caption under the picture and again beside it (a gallery, a zoomed copy):
# the copy is the page's, not an accident.
_CAPTION_CREDIT = regex.compile(
    r"\((?:[^()]*\b(?:[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|[Ff]oto|[Фф]ото)s?\b[^()]*|AP|AFP|Reuters|Getty Images)\)\s*$")


def _pasted_prose(texts: list[str], prose_words: int) -> bool:
    """Whether a block reads as paragraphs pasted twice: no table row, list item, code or
    photo caption in it, and at least half its lines of ``prose_words`` words or more (short
    lines are verse, a chorus, a list of names: written to be repeated)."""
    if any(_NOT_PARAGRAPH.search(text) or _CAPTION_CREDIT.search(text) for text in texts):
        return False
    return 2 * sum(len(text.split()) >= prose_words for text in texts) >= len(texts)


def _whole_article(texts: list[str], rule: StructureRule) -> bool:
    """Whether a block is a whole story: a headline of ``min_title_words`` words or more, then
    ``min_lines`` paragraphs or more (lines of ``prose_words`` words that end a sentence), or
    ``min_story_lines`` paragraphs with no headline (a body printed again below itself). A page
    that prints its stories twice (a print copy, an archive page printing each column again)
    repeats them on purpose; a pasted paragraph or a duplicated teaser (a headline and one
    paragraph) is shorter."""
    head = texts[0]
    paragraphs = sum(len(text.split()) >= rule.prose_words and ends_sentence(text) for text in texts[1:])
    if paragraphs + (len(head.split()) >= rule.prose_words and ends_sentence(head)) >= rule.min_story_lines:
        return True
    return len(head.split()) >= rule.min_title_words and is_headline(head) and paragraphs >= rule.min_lines


def repeated_block(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A run of paragraphs printed again right after itself loses the second copy.

    Only a copy that follows its first whole, with nothing between, is an accident
    of the page (a block pasted twice); content that comes back later (a meal plan,
    a course table, code, a chorus between verses) is written so, and stays. So does
    a block printed three times or more in a row (written so, as a refrain is, even when
    the page cuts the third copy short: the block's first line comes back after the
    second), a short one (the run must hold at least ``min_chars`` characters), a
    table, a list, code or verse (see _pasted_prose), and a whole story (_whole_article).
    """
    if len(set(texts)) == len(texts):  # no line twice, so no run of lines twice
        return 0
    runs = Runs(texts)
    last_seen: dict[str, int] = {}
    removed = 0
    i = 0
    while i < len(texts):
        j = last_seen.get(texts[i])
        # The copy of texts[j:i] must start at i: the block is the lines since its first line.
        size = i - j if j is not None else 0
        if size and runs.characters(j, size) >= rule.min_chars and runs.same(j, i, size):
            third = i + size < len(texts) and texts[i + size] == texts[j]
            if not third and _pasted_prose(texts[j:i], rule.prose_words) and not _whole_article(texts[j:i], rule):
                for line in lines[i:i + size]:
                    remove_line(line, rule)
                removed += size
            i += size
            while runs.same(j, i, size):  # the third copy and on, kept
                i += size
            continue
        last_seen[texts[i]] = i
        i += 1
    return removed


# More words than a title holds (a Chinese or Japanese character is a word): a lead
# paragraph printed twice at the top is the page's text, not its title again.
_TITLE_WORDS = 40
# A reply or a short sentence ending on a stop ("No.", "Not yet!", "They're not coming back.") said
# twice opens a conversation or a speech that repeats itself; a page's title that short does not end
# on a stop.
_REPLY_WORDS = 6


def _said_twice(text: str) -> bool:
    """A reply said twice: a line of dialogue opening on a dash ("— Non."), or a few words ending on a
    stop or an exclamation ("No.", "Not yet!", "走啦！", a speaker's "We are not leaving." said again),
    or a few words of a question opening in lower case (a transcript's "tu as vu ?"). Not a quotation
    or a question opening on a capital: headlines are written so ("“We have no other choice”", "Who
    pays now?")."""
    text = text.strip()
    if text[:1] in DIALOGUE_DASHES:
        return True
    # The stop's words alone: French sets "!" and "?" apart with a space ("Nous restons ici !").
    if word_count(text.rstrip(".!?。！？ ")) > _REPLY_WORDS:
        return False
    # (the first word, not its first letter: a brand's "iPhone or Pixel?" is a headline's question)
    return text[-1:] in ".!。！" or (text[-1:] in "?？" and text.split()[0].islower())


# A line going on in lower case, a word and a space or a comma after it (an address's "https:" is no
# word going on): the verse or the sentence the line above opens runs on into it.
_RUNS_ON = regex.compile(r"\p{Ll}[\p{L}'’-]*[\s,;]")


def _runs_on(text: str | None) -> bool:
    return text is not None and _RUNS_ON.match(text.lstrip()) is not None


def _verse_under(texts: list[str]) -> bool:
    """Whether these lines (a title's second copy and what follows) open a stanza whose verse runs
    on in lower case under the copy: a poem titled by its first line, not a page's title printed
    twice over a lower-case stamp ("posted in news, politics") and the story."""
    verse = []
    for text in texts:
        if word_count(text) > VERSE_WORDS:
            break
        verse.append(text.strip())
    return len(texts) > 1 and _runs_on(texts[1]) and is_stanza(verse)


def repeated_title(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The title printed twice in a row (page title, then article title) keeps one copy;
    a line printed three times or more in a row is written so, and stays, as does a
    paragraph (more than _TITLE_WORDS words ending a sentence), a reply or a line of
    dialogue said twice, and a poem's title that is its first line (the verse runs on
    under the second copy in lower case)."""
    if (len(texts) >= 2 and texts[0] == texts[1] and texts[2:3] != texts[:1]
            and not (ends_sentence(texts[0]) and word_count(texts[0]) > _TITLE_WORDS)
            and not _said_twice(texts[0]) and not _verse_under(texts[1:])):
        remove_line(lines[1], rule)
        return 1
    return 0


_TAIL = 3


def glued_title(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A head line that is a short breadcrumb glued to the title ("Home ActualitéÉtats-Unis et …").

    The title must also stand alone in the head zone, be at least
    ``min_title_words`` long, and meet the prefix without a space or across a
    breadcrumb separator; only then is the glued line dropped.
    """
    head = texts[: zone_size(rule.head or 10, len(texts))]
    # A title ends a line only if their last few characters agree: each line is compared
    # with the titles that end as it does, not with every other head line.
    ending: dict[str, list[int]] = {}
    short: list[int] = []
    for t, title in enumerate(head):
        if len(title) >= _TAIL:
            ending.setdefault(title[-_TAIL:], []).append(t)
        else:
            short.append(t)
    removed = 0
    for a, text in enumerate(head):
        for t in (*ending.get(text[-_TAIL:], ()), *short):
            title = head[t]
            if t == a or not text.endswith(title) or len(title.split()) < rule.min_title_words:
                continue
            prefix = text[: -len(title)]
            # A breadcrumb names pages; "- " alone is a list item's mark (a table of contents).
            if not _HAS_WORD.search(prefix) or len(prefix.split()) > rule.max_prefix_words:
                continue
            # A trail names pages, capital first; one word and a colon is a label introducing
            # the text ("Abstract: This is how…"), and a lowercase start a sentence's words.
            if _LABEL_OR_LOWER.match(prefix):
                continue
            # A forum's "Anna wrote:" glued to the post a reply quotes is the reply's quotation.
            if _attributes_quote(prefix):
                continue
            if _BREADCRUMB_JOINT.search(prefix):
                remove_line(lines[a], rule)
                removed += 1
                break
    return removed


def is_headline(text: str) -> bool:
    """A line that reads like a headline: it ends without a full stop or colon, holds one
    sentence, and is not dialogue ("— Tu viens ?", «Ты куда?»). Chinese and Japanese
    punctuation counts as well: a paragraph of Chinese has no spaces to tell it by."""
    return bool(text) and text[-1] not in ".:;,。：；，" and sentences(text) == 1 and not is_dialogue(text)


def link_list(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The headlines listed under a related-links heading ("À lire aussi", then titles).

    Only a list that runs to the end of the document, or to the next chrome
    line, goes: a heading in mid-article followed by prose keeps the prose. A
    list item right under a listed headline that is a list item too, and ends a
    sentence, is that headline's teaser ("- Storm hits the coast", "- Thousands
    lost power overnight.").
    """
    lines = doc.written()  # the removed ones too: the heading is one
    removed = 0
    for i, line in enumerate(lines):
        removal = line.removed_by
        if removal is None or removal.family != "related" or removal.marker_line is not None:
            continue
        run = []
        j = i + 1
        item_headline = False  # whether the line before is a listed headline marked as a list item
        while j < len(lines) and lines[j].alive:
            text = fold_spaces(lines[j].text)
            item = _LIST_ITEM.match(text) is not None
            if len(text.split()) <= rule.max_words and is_headline(text):
                item_headline = item
            elif item and item_headline and ends_sentence(text) and not is_dialogue(_LIST_ITEM.sub("", text)):
                item_headline = False  # a teaser, then the next headline
            else:
                break
            run.append(lines[j])
            j += 1
        # A reading list or a filmography under such a heading ("Zum Weiterlesen", "Most
        # popular") is the text's own: other stories' headlines carry no year in brackets. So are a
        # table of results and a list of names (lists_data).
        if run and (j == len(lines) or not lines[j].alive) and not lists_data([fold_spaces(x.text) for x in run]):
            for listed in run:
                remove_line(listed, rule)
            removed += len(run)
    return removed


def repeated_headline(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The headline or standfirst printed again inside the body (a caption or pull quote repeating it).

    Only copies between the top and the last line go: a title repeated as the
    very last line is the page title a site prints at the foot, kept as content.
    A table row, a list item or code is no headline. A copy with the head's own
    neighbour beside it (the line after the head after it, or the line before the
    head before it, copies this rule removed counted) starts or goes on with the text printed
    again, not a caption: repeated_block judges such a block whole, never this rule. A copy of
    the first line over a line running on in lower case is the text quoting it (a song named by
    its refrain's first line), and so is a copy under a forum's line naming the post a reply
    quotes ("Anna wrote:"): both stay.
    """
    heads = {}
    if texts and at_least_words(texts[0], rule.min_title_words):
        heads[texts[0]] = 0
    # A standfirst is a paragraph, not a line of verse: short second lines are left alone.
    # It stands under a headline: under a label ending in a colon ("Summary:", a report's
    # "Description:") the second line is the text's own first paragraph, which a report may
    # print again under a later label.
    if len(texts) > 1 and at_least_words(texts[1], 2 * rule.min_title_words) and not texts[0].rstrip().endswith(":"):
        heads.setdefault(texts[1], 1)
    body = texts[2:-1]
    removed = 0
    for head, at in heads.items():
        # Printed again once or twice: an artefact. Three times or more: a refrain, written.
        # A line opening a quotation it does not close starts a quoted passage (a stanza a
        # character speaks, a refrain opening each verse), and no headline does.
        if (head not in body or texts[1:].count(head) >= 3 or _NOT_PARAGRAPH.search(head)
                or opens_unclosed_quote(head)):
            continue
        # Neighbours among the lines still there: a copy this rule or another took is absent
        # when the output is cleaned again, and must not decide now what it cannot decide then.
        written = [line for line in doc.written() if line.removed_by is None]
        place = {id(line): k for k, line in enumerate(written)}
        # Case folded: a page may print its text again in another case ("DR JANE DOE and"
        # above, "Dr Jane Doe and" below), still the same text printed again.
        raw = doc.texts(written)
        folded = [text.casefold() for text in raw]

        def neighbours(line: Line, among: list[str] = folded) -> tuple[str | None, str | None]:
            k = place[id(line)]
            return (among[k - 1] if k else None, among[k + 1] if k + 1 < len(among) else None)

        before, after = neighbours(lines[at])
        copies = []
        for i in range(2, len(texts) - 1):
            if texts[i] == head and lines[i].removed_by is None:
                prev, nxt = neighbours(lines[i])
                if not ((after is not None and nxt == after) or (before is not None and prev == before)
                        or (at == 0 and _runs_on(neighbours(lines[i], raw)[1]))
                        or _attributes_quote(neighbours(lines[i], raw)[0])):
                    copies.append(lines[i])
        for line in copies:
            remove_line(line, rule)
        removed += len(copies)
    return removed


# A forum's line naming whose post the reply quotes below it: "Anna wrote:", "Quote from: Anna",
# "Originally Posted by Anna", "Zitat von Anna:", "Anna a écrit :", "Anna 写道：". A reply quoting the
# thread's opening post prints it again there; the line says so in the text itself, so the copy stays
# when the text is cleaned again without its page.
_QUOTE_WORD = r"(?:quote|zitat|citation|citação|cita|citazione|citaat|cytat|цитата|παράθεση|引用)"
_ATTRIBUTION = regex.compile(
    rf"(?i)^(?:{_QUOTE_WORD}\s*[:：]?|{_QUOTE_WORD}\s*(?:(?:from|von|de|di|van|od)\s*)?[:：]\s*\S.*"
    rf"|{_QUOTE_WORD}\s+(?:from|von|de|di|van|od)\s+\S.*"
    r"|(?:originally\s+posted\s+by|ursprünglich\s+geschrieben\s+von)\s+\S.*"
    r"|\S+(?:\s+\S+){0,3}\s*(?:wrote|writes|said|says|replied|schrieb|schreibt|a\s+écrit|escribió|escribe|ha\s+scritto|"
    r"scrive|schreef|schrijft|napisał\(?a?\)?|(?:на)?писал(?:а|\(а\))?|написав|escreveu|έγραψε|写道|寫道)\s*[:：]"
    # phpBB's arrow to the quoted post and its date after the colon ("Anna wrote: ↑ Tue Dec 08, ...")
    r"(?:\s*↑.*)?"
    # Discuz's "Anna 发表于 2026-12-8 01:14"
    r"|\S+(?:\s+\S+){0,2}\s*(?:发表于|發表於)\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")


def _attributes_quote(text: str | None) -> bool:
    """Whether ``text`` is a forum's line naming the post quoted under it (_ATTRIBUTION)."""
    # (by characters, not words: "Quote from: Anna on December 08, 2026, 01:14:00 AM" is one line)
    return text is not None and len(text) <= 80 and _ATTRIBUTION.match(text.strip()) is not None


def chrome_tail(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Removes nothing itself: the rule says what the lines a tail or head marker cuts may
    hold (matching.tail_shape reads it)."""
    return 0


STEPS = {
    "chrome_tail": chrome_tail,
    "repeated_headline": repeated_headline,
    "link_list": link_list,
    "repeated_block": repeated_block,
    "repeated_title": repeated_title,
    "glued_title": glued_title,
    "menu_run": menu_run,
    "barred_menu": barred_menu,
    "headline_ticker": headline_ticker,
    "counted_slideshow": counted_slideshow,
    "dated_story_box": dated_story_box,
    "pager": pager,
    "comment_thread": comment_thread,
    "chrome_island": chrome_island,
    "lone_table_rule": lone_table_rule,
    "lone_divider": lone_divider,
    "tail_box": tail_box,
    "credited_links": credited_links,
    **PAGE_STEPS,
}


def apply_structure_rules(doc: Document, rules: list[StructureRule]) -> int:
    """Each rule in turn, on the content lines (and their folded texts) the rules before it left."""
    lines = doc.content()
    texts = doc.texts(lines)
    removed = 0
    for rule in rules:
        taken = STEPS[rule.kind](doc, rule, lines, texts)
        if taken:
            kept = [i for i, line in enumerate(lines) if line.removed_by is None]
            lines, texts = [lines[i] for i in kept], [texts[i] for i in kept]
            removed += taken
    return removed
