"""The lines of an HTML page, and those an extraction of its main text left out.

A line of the page is the text a reader sees as one line: the text of a block-level element
of the body (a paragraph, a heading, a list item, a table cell, a div holding text of its
own...), up to a nested block or a <br>, as lxml reads it, without scripts, styles,
<noscript>, <template> and comments; each line of a <pre> is one. A line reaches the
extracted text when the same line comes out (white space folded; a table cell or a list
item as trafilatura writes it), once for each time it comes out; when it came out inside a
longer line trafilatura joined; or when it was kept in part: at least half of its words came
out in runs of RUN words or more. Every other line was left out, and the audit names it.

Cheap beside the extraction: one pass of libxslt over the tree trafilatura parsed
(page_walk.py, which also says where each line stands), a dictionary lookup per line, and
word searches for the lines that missed.
"""

from __future__ import annotations

import unicodedata
from html import unescape

# A line of the page: the source line where the element holding its text starts (the first
# line of the page is 1), and its text, white space folded. A plain tuple: a page has
# thousands, made and compared beside an extraction that must stay cheap.
PageLine = tuple[int, str]


RUN = 4


def page_lines(tree) -> list[PageLine]:
    """The lines of the page (lxml's tree of it), in order."""
    from .page_walk import walk

    return walk(tree)[0]


def line_keys(lines: list[PageLine]) -> list[str]:
    """The key of each line of the page (_key), computed once for dropped_lines and page_facts."""
    return [_key(text, folded=True) for _, text in lines]


def dropped_lines(lines: list[PageLine], extracted: str, keys: list[str] | None = None) -> tuple[PageLine, ...]:
    """The lines of the page that did not reach the extracted text (see above).

    Each line that came out accounts for one line of the page: a page that repeats a line
    (a headline again in a sidebar) and kept one copy has the other named. A line of the
    page that trafilatura joined to others, or cut at a line break of the page's source, is
    found in what is left of the extracted text once the whole lines are accounted for:
    there, lines that came out one after the other run on, and what is found is taken out."""
    pieces = text_pieces(extracted)
    kept: dict[str, int] = {}
    for piece in pieces:
        kept[piece] = kept.get(piece, 0) + 1
    came_out = dict(kept)
    missed = []
    for line, key in zip(lines, keys if keys is not None else line_keys(lines)):
        count = kept.get(key)
        if count:
            kept[key] = count - 1
        elif key:
            missed.append((line, key))
    if not missed:
        return ()
    rest = _left_over(pieces, {piece: n - kept[piece] for piece, n in came_out.items()})
    joined = []
    for line, key in missed:
        found = _find_words(rest, key)
        if found < 0:
            joined.append((line, key))
        else:  # a break stands where it was: the words on either side are no longer neighbours
            rest = rest[:found] + "\n" + rest[found + len(key):]
    runs = _word_runs(rest.split("\n"))
    if not runs:
        return tuple(line for line, _ in joined)
    return tuple(line for line, key in joined if not _mostly_kept(key.split(), runs))


def _left_over(pieces: list[str], used: dict[str, int]) -> str:
    """The extracted lines (``pieces``, in order) but for the ``used`` first copies of each,
    between line breaks: lines that came out one after the other are joined by a space; a
    used line, taken out, leaves a line break."""
    used = dict(used)
    runs: list[list[str]] = [[]]
    for piece in pieces:
        if used[piece] > 0:
            used[piece] -= 1
            runs.append([])
        else:
            runs[-1].append(piece)
    return "\n" + "\n".join(" ".join(run) for run in runs if run) + "\n"


def _find_words(text: str, words: str) -> int:
    """Where ``words`` stand in ``text`` as whole words (between spaces or line breaks), or -1."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if text[at - 1] in " \n" and text[end] in " \n":  # text begins and ends with a line break
            return at
        at = text.find(words, at + 1)
    return -1


def _key(text: str, folded: bool = False) -> str:
    """A line as trafilatura writes its text: entities read, control characters out (as its
    remove_control_characters), Unicode composed, white space folded (``folded``: it is
    already), without the "- " it puts before a list item."""
    if "&" in text:
        text = unescape(text)
        folded = False
    if not text.isprintable():
        text = "".join(c for c in text if c.isprintable() or c.isspace())
        folded = False
    if not text.isascii():  # ASCII is composed already
        text = unicodedata.normalize("NFC", text)
    if not folded:
        text = " ".join(text.split())
    return text[2:] if text.startswith("- ") else ("" if text == "-" else text)


def text_pieces(extracted: str) -> list[str]:
    """The extracted text's lines as keys; a table row ("| a | b |") gives one per cell."""
    pieces = []
    for line in extracted.split("\n"):
        key = _key(line)
        if len(key) > 1 and key[0] == "|" and key[-1] == "|":
            pieces.extend(cell for cell in (c.strip() for c in key[1:-1].split(" | ")) if cell)
        elif key:
            pieces.append(key)
    return pieces


def _word_runs(pieces: list[str]) -> set[tuple[str, ...]]:
    runs = set()
    for piece in pieces:
        words = piece.split()
        runs.update(tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


def _mostly_kept(words: list[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether at least half of ``words`` lie in runs of RUN words found in the extraction."""
    if len(words) < RUN:
        return False
    covered = [False] * len(words)
    for i in range(len(words) - RUN + 1):
        if tuple(words[i:i + RUN]) in runs:
            covered[i:i + RUN] = [True] * RUN
    return 2 * sum(covered) >= len(words)
