"""Comment threads: readers' comments printed after the article, found by their units.

trafilatura runs without comments, but a thread whose elements carry no comment class
comes through as text: a heading ("12 Comments", "Leave a Reply"), then units of a
commenter line with a stamp ("Posted by: Ann at May 3, 2012 9:14 PM", "Ann | 5 years
ago", "~ann [2012-01-04 09:29]") and the comment's lines. A heading alone proves nothing
("Comments" can be a story's chapter, "No comment." a reply in dialogue), nor do stamps
alone (a timeline, a ticker, a forum the page is): a thread is a heading followed closely
by at least ``min_run`` commenter lines printed by one template (the same shape once
names and numbers are folded), no more than ``max_unit_lines`` lines apart, after at
least one paragraph of the article, and with no more than one line of that shape before
the heading (a page whose article is itself such a unit is a forum or a list, and stays).
Some sites print each comment under its commenter's name alone, with no stamp; a name
proves less, so such a thread goes only under a notice another rule removed that says the
comments are closed (they are printed, and no form follows), after the article.
"""

from __future__ import annotations

import functools

import regex

from ..data import month_names
from ..document import Document, Line
from ..rules.keys import phrase_key
from ..rules.model import StructureRule
from ..text.prose import ends_sentence, is_dialogue, sentences, word_count
from .line_rules import remove_line

# What a heading may carry besides its words: a count, brackets, bullets, bars, colons.
_HEADING_DECORATION = regex.compile(r"[\d\p{P}\p{S}]+")
# A name's initials and titles ("David L. Hagen", "Dr. No", "O'Brien") fold with its words.
_TOKEN = regex.compile(r"\d+|\p{L}[\p{L}\p{M}.'’-]*|[^\s\p{L}\d]")
# A time (9:14; 21.05 is not: a decimal), or a date written in numbers (2012-01-04, 3/5/12, 04.01.2012).
_TIME = regex.compile(r"\b\d{1,2}:\d{2}\b")
_TIME_OR_DATE = regex.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\d{4}年\d{1,2}月")
_OPENING_QUOTES = frozenset("\"'“”„‘’«»‹›「『")
_SENTENCE_END = regex.compile(r"[.!?。！？]\s*$")
_CLOCK = regex.compile(r"(?i)\b[ap]\.?m\.?$")


# A commenter's name alone: words and characters at most; a comment under it holds words at least.
_NAME_WORDS, _NAME_CHARS, _COMMENT_WORDS = 4, 40, 4
# Lines from one named unit to the next: a name proves less than a stamp, so its units stand closer.
_NAMED_GAP = 10
# Paragraphs of article before the notice of a named thread: a notice under a story's standfirst
# stands in its header, and the names under it are the story's headings.
_NAMED_ARTICLE = 2
# Of a named thread's units, at least this share under names not met before in it: readers come
# one by one, while a script, an interview, a chat or a hearing gives its few speakers turn by turn.
_NEW_NAMES = 0.75

# A word of a named unit's line that the text also writes in lower case is a common noun, no
# commenter's name: a guide's "Water" over its section, "high water" in another. Shorter words
# ("Ann", "Joe", "sea") tell nothing.
_NOUN_LETTERS = 4
_WORD = regex.compile(r"\p{L}+")

# A heading's first word, after its count and decoration ("| 12 Comments:").
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}]+")


@functools.lru_cache(maxsize=64)
def _first_words(labels: frozenset[str]) -> frozenset[str]:
    return frozenset(_FIRST_WORD.search(label)[0].casefold() for label in labels if _FIRST_WORD.search(label))


@functools.lru_cache(maxsize=64)
def _patterns(patterns: tuple[str, ...]) -> regex.Pattern | None:
    return regex.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE) if patterns else None


def _has_stamp(text: str, rule: StructureRule) -> bool:
    """Whether a line holds a date or a time: in numbers, a month's name beside a number, or
    one of the rule's relative stamps ("5 years ago")."""
    if _TIME_OR_DATE.search(text):
        return True
    tokens = _TOKEN.findall(text.lower())
    months = month_names()
    for k, token in enumerate(tokens):
        if token.rstrip(".") in months and any(t.isdigit() for t in tokens[max(0, k - 2):k + 3]):
            return True
    relative = _patterns(rule.stamps)
    return bool(relative and relative.search(text))


def _timed(text: str, rule: StructureRule) -> bool:
    """Whether a stamp tells the time or how long ago: a comment's does, a letter's or a
    diary entry's date ("March 3, 1901") does not."""
    relative = _patterns(rule.stamps)
    return bool(_TIME.search(text) or (relative and relative.search(text)))


def _name_beside(i: int, folded: list[str]) -> bool:
    """Whether a short line that is no sentence (a commenter's name) stands next to line ``i``."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(folded):
            words = folded[k].split()
            if 0 < len(words) <= 4 and not _SENTENCE_END.search(folded[k]) and not _has_digit(folded[k]):
                return True
    return False


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def stamp_shape(text: str, rule: StructureRule) -> str | None:
    """The template of a commenter line, or None when the line is not one: a short line
    holding a stamp, not a sentence or dialogue. Words fold to "w" (a run of them to one),
    numbers to "0" and month names to "M", so that every unit a site prints has one shape."""
    words = word_count(text)  # a Chinese or Japanese character counts as a word
    if not words or words > rule.max_words or is_dialogue(text):
        return None
    if _SENTENCE_END.search(text) and not _CLOCK.search(text) and words >= rule.prose_words:
        return None
    if not _has_stamp(text, rule):
        return None
    months = month_names()
    shape: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        mark = "0" if token.isdigit() else "M" if token.rstrip(".") in months else "w" if token[0].isalpha() else token
        if mark == "w" and shape and shape[-1] == "w":
            continue
        shape.append(mark)
    return "".join(shape)


def is_thread_heading(text: str, rule: StructureRule) -> bool:
    """A comments heading: one of the rule's labels once counts and decoration are gone
    ("Comments (12)", "12 Comments", "| READER COMMENTS: |"), or a label of several words
    followed by the post's title in quotes ("142 Antworten zu „Kafka“"), or without them
    after a count when the label ends in "on" or "to" ("3 thoughts on Kafka")."""
    if len(text) > 12 * rule.max_words:
        return False
    # Most lines are turned away by their first word, before any folding.
    first = _FIRST_WORD.search(text)
    if first is None or first[0].casefold() not in _first_words(rule.labels) or len(text.split()) > rule.max_words:
        return False
    bare = phrase_key(_HEADING_DECORATION.sub(" ", text))
    if bare in rule.labels:
        return True
    full = phrase_key(text)
    key = full.lstrip("0123456789 ")
    counted = key != full  # "3 thoughts on Kafka": a count, not a sentence's first words
    for label in rule.labels:
        if " " in label and key.startswith(label + " "):
            quoted = key[len(label) + 1:len(label) + 2] in _OPENING_QUOTES
            if quoted or (counted and label.endswith((" on", " to"))):
                return True
    return False


def _is_paragraph(text: str, rule: StructureRule) -> bool:
    return word_count(text) >= rule.prose_words and (sentences(text) >= 2 or bool(_SENTENCE_END.search(text)))


def comment_thread(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Removes each thread, from its heading to the end of its last unit (see the module's doc)."""
    written = doc.written()  # removed lines too: a stamp a line rule took is still a unit
    firsts = _first_words(rule.labels)
    heads = []
    for i, line in enumerate(written):
        # A long line, or one whose first word opens no label, is no heading: most are never folded.
        if len(line.text) > 24 * rule.max_words:
            continue
        first = _FIRST_WORD.search(line.text)
        if first is not None and first[0].casefold() in firsts and is_thread_heading(doc.texts([line])[0], rule):
            heads.append(i)
    noticed = any(line.removed_by is not None and line.removed_by.family == "comments" for line in written)
    if not heads and not noticed:
        return 0
    folded = doc.texts(written)
    shapes = _Shapes(folded, rule)
    removed = 0
    done = -1
    for h in heads:
        if h <= done:
            continue
        thread = _thread_after(h, folded, shapes, written, rule)
        if thread is None:
            continue
        end = thread
        for line in written[h:end + 1]:
            if line.removed_by is None:
                remove_line(line, rule)
                removed += 1
        done = end
    return removed + (_named_threads(written, folded, rule, done) if noticed else 0)


def _is_commenter(text: str) -> bool:
    """A commenter's name alone on its line ("Ann", "Frank @ Toronto", "Ruth Kincaid, Nepean"):
    one to four words, a letter first, no sentence's end, no dialogue."""
    text = text.strip()
    # A digit or a colon makes a date ("July 10. 2003") or an address ("To: Ann"), no name.
    return (0 < len(text.split()) <= _NAME_WORDS and len(text) <= _NAME_CHARS and text[0].isalpha()
            and text[-1] not in ".!?;,。！？" and not _has_digit(text) and ":" not in text and "：" not in text
            and not is_dialogue(text))


def _named_unit(folded: list[str], k: int) -> bool:
    """Whether line ``k`` is a commenter's name over a comment of ``_COMMENT_WORDS`` words or more."""
    return (_is_commenter(folded[k]) and word_count(folded[k + 1]) >= _COMMENT_WORDS
            and not _is_commenter(folded[k + 1]))


def _runs_on(folded: list[str], j: int, names: set[int]) -> bool:
    """Whether line ``j`` is a verse's line going on below it: no sentence's end, and the next
    line opening in lower case or the line ending on a comma ("He opened the gates at dawn" /
    "and shut them again at dusk"). A reader's comment ends its line, or is one line; the next
    commenter's name under it (of ``names``, the units' lines) goes on nothing, in lower case
    too ("devk")."""
    if j + 1 >= len(folded) or not folded[j + 1] or ends_sentence(folded[j]) or j + 1 in names:
        return False
    return folded[j + 1][0].islower() or folded[j].rstrip().endswith((",", ";"))


def _headings(folded: list[str], units: list[int]) -> int:
    """How many of the named units stand under a heading rather than a name: a word of
    ``_NOUN_LETTERS`` letters or more that a line of the text other than the units' writes in lower
    case, as it is or with its plural's "s" ("Tides" over a section, "the tide tables" in another);
    the "s" only off the line's first word, for a surname after a first name is often a plural
    noun's spelling ("Ann Wells", "Tom Banks") and a section's heading opens on its noun.
    Readers' names are names ("Ruth Kincaid", "puddin and pie"), words the text's prose seldom holds.
    Only a capital's word counts: a name line's own small words ("Marta from Leeds", "Ann says") are
    the prose's too, and say nothing of a heading."""
    names = set(units)
    lower = {word for k, text in enumerate(folded) if k not in names for word in _WORD.findall(text) if word.islower()}

    def common(word: str, first: bool) -> bool:
        word = word.casefold()
        return word in lower or word + "s" in lower or (first and word.endswith("s") and word[:-1] in lower)

    return sum(1 for k in units
               if any(common(word, n == 0) for n, word in enumerate(_WORD.findall(folded[k]))
                      if len(word) >= _NOUN_LETTERS and word[0].isupper()))


def _named_threads(written: list[Line], folded: list[str], rule: StructureRule, done: int) -> int:
    """Comments under their commenters' names with no stamp ("Ann", then her comment). A name
    proves less than a stamp: the thread must follow a comment notice another rule removed that
    says the comments are closed (one of ``named_notices``: "Comments are now closed for this
    story"; a prompt such as "Leave a comment" or "Be the first to comment" says nothing of what
    follows it), after ``_NAMED_ARTICLE`` paragraphs of article, begin right under it and hold
    ``min_named_run`` units, each a name over a line of at least four words, no more than
    ``_NAMED_GAP`` lines apart, most under names not met before in it. Where the last comment
    ends is known only when a line another rule removed follows it within the longest unit;
    else it stays."""
    closed = _patterns(rule.named_notices)
    if closed is None:
        return 0
    removed = 0
    for h in range(done + 1, len(written)):
        notice = written[h].removed_by
        if notice is None or notice.family != "comments" or notice.rule_id == rule.id or h <= done \
                or not closed.search(folded[h]):
            continue
        units: list[int] = []
        i, notices, forum = h + 1, False, False
        while i + 1 < len(written) and i - (units[-1] if units else h) <= (_NAMED_GAP if units else 2):
            if written[i].removed_by is None and written[i + 1].removed_by is None and _named_unit(folded, i):
                # A unit past another comments notice: a notice under every post ("Post Reply",
                # "Report Abuse"), a forum the page is. Told here, the run is not read on to the
                # page's end from every notice.
                if forum := notices:
                    break
                units.append(i)
                i += 2
            else:
                notices = notices or (written[i].removed_by is not None and written[i].removed_by.family == "comments")
                i += 1
        if forum or len(units) < rule.min_named_run:
            continue
        if len({folded[k].casefold() for k in units}) < _NEW_NAMES * len(units):
            continue  # speakers taking turns: a script, an interview, a chat, a hearing
        if 2 * _headings(folded, units) >= len(units):
            continue  # common nouns over paragraphs: a guide's sections under their headings
        names = set(units)
        if 2 * sum(1 for k in units if _runs_on(folded, k + 1, names)) >= len(units):
            continue  # a poem's stanzas under their titles: readers' comments end their lines
        if any(folded[k] == folded[h] for k in range(units[-1] + 1, len(written))):
            continue  # the notice again further down: each post's foot on a blog's page of posts
        if sum(1 for k in range(h - 1) if _named_unit(folded, k)) >= rule.min_named_run:
            continue  # the page prints such units above the notice too: a forum, an interview, a script
        if sum(1 for k in range(h) if written[k].removed_by is None
               and _is_paragraph(folded[k], rule)) < _NAMED_ARTICLE:
            continue  # no article before it: the page is the thread, or the notice its header's
        end = _last_comment_end(written, units)
        for line in written[h + 1:end + 1]:
            if line.removed_by is None:
                remove_line(line, rule)
                removed += 1
        done = end
    return removed


class _Shapes:
    """Each line's stamp shape, worked out when first asked for: most lines of a page with a
    comments heading are never looked at (those before it only once a thread is found)."""

    def __init__(self, folded: list[str], rule: StructureRule):
        self.folded, self.rule = folded, rule
        self.known: dict[int, str | None] = {}

    def __getitem__(self, i: int) -> str | None:
        if i not in self.known:
            self.known[i] = stamp_shape(self.folded[i], self.rule)
        return self.known[i]


def _thread_after(h: int, folded: list[str], shapes: _Shapes, written: list[Line],
                  rule: StructureRule) -> int | None:
    """The last line of the thread under heading ``h``, or None when no thread follows it."""
    gap = rule.max_unit_lines
    # The stamps after the heading, each close to the one before it.
    chain: list[int] = []
    last = h
    for i in range(h + 1, len(folded)):
        if i - last > gap:
            break
        if shapes[i] is not None and (_timed(folded[i], rule) or _name_beside(i, folded)):
            chain.append(i)
            last = i
    if not chain:
        return None
    counts: dict[str, int] = {}
    for i in chain:
        counts[shapes[i]] = counts.get(shapes[i], 0) + 1  # type: ignore[index]
    shape = max(counts, key=lambda s: (counts[s], -chain.index(next(i for i in chain if shapes[i] == s))))
    units = [i for i in chain if shapes[i] == shape]
    if units[0] - h > gap:
        return None
    # A comment between every two stamps: stamps one under the other are a timetable or a ticker.
    if any(b - a < 2 for a, b in zip(units, units[1:])):
        return None
    # The thread ends before a comment longer than a unit may be: what follows it stays.
    for k in range(1, len(units)):
        if units[k] - units[k - 1] > gap:
            units = units[:k]
            break
    if len(units) < rule.min_run:
        return None
    if sum(1 for i in range(h) if shapes[i] == shape) > 1:
        return None  # the article is itself such a unit: a forum, a list of posts
    if not any(written[i].removed_by is None and _is_paragraph(folded[i], rule) for i in range(h)):
        return None  # nothing of an article before it: the page is the thread
    stamp_first = all(not _is_paragraph(folded[i], rule) for i in range(h + 1, units[0]))
    if not stamp_first:
        return units[-1]  # each stamp closes its comment: the thread ends with the last one
    # Each stamp opens its comment: the last comment runs to the next line another rule
    # removed (the comment form, the footer), if that comes within the longest unit. Where
    # none does (the text ends, or paragraphs go on: a sidebar's comments above the
    # article), where the last comment ends is unknown, and its lines stay.
    return _last_comment_end(written, units)


def _last_comment_end(written: list[Line], units: list[int]) -> int:
    """The last line of the last comment when each unit opens its comment: the line before the
    next one another rule removed (the comment form, the footer), if that comes within the
    longest unit; else the last unit's own line, and its comment stays."""
    longest = max(b - a for a, b in zip(units, units[1:]))
    for i in range(units[-1] + 1, min(len(written), units[-1] + longest + 1)):
        if written[i].removed_by is not None:
            return i - 1
    return units[-1]
