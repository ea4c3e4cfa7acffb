"""How a line reads: someone speaking, a sentence, a paragraph of prose, or chrome.

A tail marker ("You may also like", "3 comments") takes every line after it on the
strength of one line, so before it cuts, two things are asked here: whether the
marker line is a bare label rather than words someone says, and whether the lines it
would take read as chrome (headlines, links, labels, a short bio) rather than as
paragraphs of writing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# Dashes that open a line of dialogue (French, Spanish, Russian, … typography). The
# hyphen-minus is not one: trafilatura and Markdown write list items as "- item".
DIALOGUE_DASHES = "—–―‒"
# Marks that open and close a quotation, in the typographies of the supported languages
# (« », “ ”, „ “, » «, ‹ ›, " ", ' ', ‘ ’, 「 」).
OPENING_QUOTES = "«»“”„‟\"'‘’‚‹›「『"
CLOSING_QUOTES = "«»“”„‟\"'‘’‹›」』"
_STOPS = frozenset(".!?…")  # what may follow a whole line's closing quote
_SPEAKER_STOPS = frozenset(",.!?…")  # what a quotation ends on before the speaker is named
_LEFT_MARKS = "¿¡"  # Spanish opens a question or an exclamation
_RIGHT_MARKS = "?!"
# Greek asks with a semicolon ("Κοινοποίηση;": "Share it?"); the Greek question mark folds to
# ";" under NFC. After a Greek letter it asks, as "?" does.
_GREEK_ASKS = ";\u037e"
_GREEK_LETTER = regex.compile(r"\p{Greek}")
# The first and last characters of every line is_speech accepts: what a caller can look at first.
SPEECH_OPENERS = frozenset(DIALOGUE_DASHES + OPENING_QUOTES + _LEFT_MARKS)
SPEECH_CLOSERS = frozenset(_RIGHT_MARKS + _GREEK_ASKS)

# A sentence ends, perhaps inside quotes or brackets, and the next begins with a capital
# (perhaps after an opening quote or bracket); CJK full stops need no space after them.
_SENTENCE_BREAK = regex.compile(r"[.!?…][\"'”’»)\]]*\s+[(\[\"'“‘«„]*\p{Lu}|[。！？][^\s。！？」』）]")
# The same break on a full stop: a headline asks or cries before its kicker, a story's line states.
_STOP_BREAK = regex.compile(r"[.…][\"'”’»)\]]*\s+[(\[\"'“‘«„]*\p{Lu}|。[^\s。！？」』）]")
# A sentence's stops, and the quotes and brackets that may close it after its stop.
_SENTENCE_STOPS = ".!?…。！？"
_STOP_CLOSERS = "\"'”’»“«)]」』）"
# The line ends as a sentence does, perhaps inside quotes or brackets (ends_sentence_plain's way).
_SENTENCE_END = regex.compile(f"[{regex.escape(_SENTENCE_STOPS)}][{regex.escape(_STOP_CLOSERS)}]*$")
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")  # a word each: these scripts write no spaces


# A stanza: at least _STANZA lines of at most VERSE_WORDS words, one of them ending on a comma as
# a verse running on does. A story's head (title, kicker, standfirst, date) has no line ending so,
# and a paragraph is longer.
_STANZA = 3
VERSE_WORDS = 10


def is_stanza(lines: list[str]) -> bool:
    """Whether these lines (stripped, in any order) are verse: enough short lines, one running on."""
    return (len(lines) >= _STANZA and all(word_count(line) <= VERSE_WORDS for line in lines)
            and any(line.endswith(",") for line in lines))


def is_dialogue(text: str) -> bool:
    """A line of dialogue or a quotation. It opens with a dialogue dash ("— Oui," but not the
    mirrored "— Advertisement —" of a widget), or with a quote that closes as speech does:
    at the end of the line («Ты куда?»), after the speaker's own comma or stop ("“Leave a
    comment,” she said"), or before the comma or dash that leads to the speaker («Ver más»,
    dijo). A headline quoting a title ("“Title”: what it means") is not dialogue."""
    text = text.strip()
    if len(text) < 2:
        return False
    first, last = text[0], text[-1]
    if first in DIALOGUE_DASHES:
        return last not in DIALOGUE_DASHES
    if first not in OPENING_QUOTES:
        return False
    closing = _closing_quote(text)
    if not closing:
        return False
    after = text[closing + 1:].lstrip()
    return after[:1] in ("", ",", "—", "–") or after in _STOPS or text[closing - 1] in _SPEAKER_STOPS


# Closing quotes, found by a search: a paragraph opening with a quote may hold none for
# thousands of characters, which a loop in Python read one by one.
_CLOSING = regex.compile("[" + regex.escape(CLOSING_QUOTES) + "]")


def _closing_quote(text: str) -> int:
    """Where a quote opened by the line's first character closes (0: it does not). An
    apostrophe inside a word ("don't") is no closing quote."""
    found = _CLOSING.search(text, 2)
    while found is not None:
        i = found.start()
        if not (text[i] in "'’" and i + 1 < len(text) and text[i + 1].isalpha()):
            return i
        found = _CLOSING.search(text, i + 1)
    return 0


def opens_unclosed_quote(text: str) -> bool:
    """A line that opens a quotation and never closes it: the first line of a quoted passage
    that runs on below (a stanza spoken by a character, a long speech), never a headline.
    A straight or right single quote first is read as an elision ("'Tis", "’Twas"), not a quote."""
    text = text.strip()
    return len(text) > 1 and text[0] in OPENING_QUOTES and text[0] not in "'’" and not _closing_quote(text)


def is_speech(text: str) -> bool:
    """Words someone says rather than a widget's label: dialogue or a quotation, or a
    question or exclamation ("Leave a comment?" is asked; the label never asks)."""
    text = text.strip()
    if not text:
        return False
    return (text[-1] in _RIGHT_MARKS or text[0] in _LEFT_MARKS
            or text[-1] in _GREEK_ASKS and len(text) > 1 and _GREEK_LETTER.match(text[-2]) is not None
            or is_dialogue(text))


def sentences(text: str) -> int:
    """How many sentences the line holds, as far as its punctuation tells (at least 1)."""
    return 1 + len(_SENTENCE_BREAK.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether the line ends on a stop, perhaps inside quotes or brackets: _SENTENCE_END, read
    back from the line's end (a test holds them equal). The search tried every place of the line,
    and the line is often a paragraph."""
    end = text.rstrip().rstrip(_STOP_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_STOPS


def ends_sentence_plain(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def word_count(text: str) -> int:
    """Words, a Chinese or Japanese character counting as one."""
    words = len(text.split())
    return words if text.isascii() else words + len(UNSPACED.findall(text))


def more_words_than(text: str, limit: int) -> bool:
    """``word_count(text) > limit`` (a test holds them equal), without splitting a long line
    whole: the first ``limit`` + 1 words are enough to tell."""
    if limit < 0:
        return True
    words = len(text.split(None, limit))
    if words > limit:  # the last piece holds at least one word
        return True
    return not text.isascii() and words + len(UNSPACED.findall(text)) > limit


# A paragraph of an article, as the structure kinds that weigh a box against the text beside it
# count one: this many words or more, ending as a sentence ends.
PARAGRAPH_WORDS = 8


def is_paragraph(text: str) -> bool:
    return ends_sentence(text) and more_words_than(text, PARAGRAPH_WORDS - 1)


def at_least_words(text: str, least: int) -> bool:
    """``len(text.split()) >= least`` (a test holds them equal), splitting a long line no further
    than its ``least``-th word: a paragraph can be a whole article on one line."""
    return least <= 0 or len(text.split(None, least - 1)) >= least


@dataclass(frozen=True)
class TailShape:
    """What the lines a marker cuts may hold (rules/structure.yaml, kind chrome_tail).

    ``prose_words``: a line ending as a sentence ends is a paragraph from this many words
    on. ``max_prose``: how many such paragraphs the cut lines may hold (an author's bio,
    a teaser); more are writing, and the marker does not cut. ``unstopped_words``: a line
    of two sentences that does not end as one, parted by a question or exclamation mark, is a
    paragraph (one that lost its final stop) from this many words on, and a headline with its
    kicker below it; parted by a full stop, it is a paragraph.
    """

    prose_words: int = 8
    max_prose: int = 1
    unstopped_words: int = 12


def is_prose(text: str, shape: TailShape) -> bool:
    """A paragraph of writing: dialogue, or a line ending as a sentence ends that holds two
    sentences or ``shape.prose_words`` words; a line not ending so is prose with a
    full stop inside it, or with two sentences and ``shape.unstopped_words`` words."""
    if is_dialogue(text):
        return True
    if not ends_sentence(text):
        # A headline and its kicker or subtitle ("Why am I not losing weight? 4 reasons")
        # hold two sentences without ending as one; a paragraph that lost its final stop is longer.
        # A full stop inside the line is a story's (a song's "Come home. Come home, my love", a
        # diary's "Day one. We left at dawn"): headlines drop their stops.
        if _STOP_BREAK.search(text):
            return True
        return more_words_than(text, shape.unstopped_words - 1) and sentences(text) >= 2
    # Words counted first, and only as far as asked: most such lines are paragraphs long enough,
    # and sentences() reads the whole line (is_prose_plain is the order it stands for).
    return more_words_than(text, shape.prose_words - 1) or sentences(text) >= 2


def is_prose_plain(text: str, shape: TailShape) -> bool:
    """is_prose with the sentences counted first and every word counted: what it must equal."""
    if is_dialogue(text):
        return True
    if not ends_sentence(text):
        if _STOP_BREAK.search(text):
            return True
        return sentences(text) >= 2 and word_count(text) >= shape.unstopped_words
    return sentences(text) >= 2 or word_count(text) >= shape.prose_words


def reads_as_chrome(texts: list[str], taken: list[bool], shape: TailShape) -> bool:
    """Whether lines a marker would cut read as chrome: lines other rules take, short
    headline-like lines, link rows, and at most ``shape.max_prose`` paragraphs of prose.
    ``taken[i]`` says that another rule takes ``texts[i]`` as chrome on its own."""
    prose = 0
    for text, chrome in zip(texts, taken):
        if not chrome and is_prose(text, shape):
            prose += 1
            if prose > shape.max_prose:
                return False
    return True
