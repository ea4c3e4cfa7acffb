"""Line keys: a line folded as phrase and prefix rules compare it (case, edges, apostrophes)."""

from __future__ import annotations

import regex

from ..text.prose import SPEECH_CLOSERS, SPEECH_OPENERS, is_speech


# Edges of a line that carry no words: bullets, arrows, colons, quotes, spaces.
_LEFT_EDGE = regex.compile(r"^[\p{P}\p{S}\p{Z}\s]+")


EDGE_CHAR = regex.compile(r"[\p{P}\p{S}\p{Z}\s]")


_SPACED_MARKS = (" :", " ;", " !", " ?")


_APOSTROPHES = ("’", "‘", "ʼ", "`")  # all read as "'"


def key_fold(text: str) -> str:
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    folded = text.casefold()
    # A line whose only whitespace is single spaces between words (as most are once folded)
    # is left so by split and join: casefolding makes no character whitespace or the reverse.
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        folded = " ".join(folded.split())
    # "Tags :" and "Tags:" are one label: French typography spaces before colons.
    # (Spaces are single ones here, so the space before a mark is " ".)
    for mark in _SPACED_MARKS:
        if mark in folded:
            folded = folded.replace(mark, mark[1])
    return folded


def line_keys(text: str) -> tuple[str, str]:
    """(phrase_key, prefix_key) of a line, folding it once.

    Edge punctuation folds away, except on words someone says (prose.is_speech): "— Ver
    más", "«Ver más»" and "Leave a comment?" keep their marks, and so match no label.
    """
    left = key_fold(text)
    if left and (left[0] in SPEECH_OPENERS or left[-1] in SPEECH_CLOSERS) and is_speech(left):
        return left, left
    whole = left
    if left and EDGE_CHAR.match(left):  # most lines begin with a letter: one look
        left = _LEFT_EDGE.sub("", left)
    end = len(left)
    while end and EDGE_CHAR.match(left, end - 1):  # most lines end on a letter: one look
        end -= 1
    if (end < len(left) or len(left) < len(whole)) and not_a_label(text):
        return whole, whole
    return left[:end], left.rstrip()


# Marks that make a word code or part of a sentence, not a label: "`print`", "print()",
# "HOME::", "$HOME", ">>> email", ":print"; a parenthesis, brace or bracket opened or closed
# on another line ("search.)", a JSON object's key over its value: '"login": {'); one word and a
# full stop, a sentence: a lowercase word closing a sentence
# wrapped onto its own line ("archives."), or a reply or a story's last word ("Home.", "Merken."):
# a menu's link or a widget's button carries no full stop.
_CODE_MARKS = regex.compile(r"`|\(\)|::|\$\w|>>>|^\s*:\S|^\s*\p{L}[\p{L}-]*\.\s*$")
# The same alternatives taken apart: literals looked for as such, the anchored ones tried at
# the start only. Searching the whole alternation took 18 us on a prose line ending in a period.
_DOLLAR_WORD = regex.compile(r"\$\w")
_COLON_HEAD = regex.compile(r"\s*:\S")
_WORD_SENTENCE = regex.compile(r"\s*\p{L}[\p{L}-]*\.\s*$")


def not_a_label(text: str) -> bool:
    """Whether the edges of a line hold marks no label carries (code, or a sentence's end)."""
    return (_unbalanced(text) or "`" in text or "()" in text or "::" in text or ">>>" in text
            or ("$" in text and _DOLLAR_WORD.search(text) is not None)
            or _COLON_HEAD.match(text) is not None or _WORD_SENTENCE.match(text) is not None)


def not_a_label_plain(text: str) -> bool:
    """not_a_label with one search of the whole alternation: what it must equal (test_shortcuts)."""
    return _unbalanced(text) or _CODE_MARKS.search(text) is not None


def _unbalanced(text: str) -> bool:
    """Whether a parenthesis, brace or bracket of the line is opened or closed on another line."""
    return text.count("(") != text.count(")") or (("{" in text or "}" in text or "[" in text or "]" in text) and (
        text.count("{") != text.count("}") or text.count("[") != text.count("]")))


def longer_than(words: list[str], limit: int) -> bool:
    """Whether the phrase key of a line, given as its words (``text.split()``), holds more
    than ``limit`` characters, told without folding the line: when its first and last
    words hold a letter or a digit (never an edge), every word between stays whole in
    the key, and case folding shortens none."""
    if len(words) < 3:
        return False
    first, last = words[0], words[-1]
    return (sum(map(len, words)) - len(first) - len(last) > limit
            and _holds_alnum(first) and _holds_alnum(last))


def spaced_longer_than(text: str, words: int, limit: int) -> bool:
    """``longer_than(text.split(), limit)`` for a line of ``words`` words whose only
    whitespace is one space between each two (stripped, folded, printable), without
    splitting it: its first and last words are found by the first and last space."""
    if words < 3:
        return False
    first, last = text[:text.find(" ")], text[text.rfind(" ") + 1:]
    return (len(text) - (words - 1) - len(first) - len(last) > limit
            and _holds_alnum(first) and _holds_alnum(last))


def _holds_alnum(word: str) -> bool:
    return word[-1].isalnum() or word[0].isalnum() or any(map(str.isalnum, word))


def phrase_key(text: str) -> str:
    """What phrase rules compare: casefolded, apostrophes and spaces unified, both edges bare."""
    return line_keys(text)[0]


def prefix_key(text: str) -> str:
    """What prefix rules compare: as phrase_key, but a trailing colon stays ("Tags:" is not "Tags")."""
    return line_keys(text)[1]


def prefix_matches(key: str, prefix: str) -> bool:
    """A prefix ends on a word boundary: "Tags:" starts "Tags: a, b"; "Tag" does not start "Tagged"."""
    if not key.startswith(prefix):
        return False
    return len(key) == len(prefix) or not (prefix[-1].isalnum() and key[len(prefix)].isalnum())
