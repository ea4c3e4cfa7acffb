"""How `cleaner eval` labels an extracted line against a page's gold text, and the shingle F1
of a text against it: what counts as the article's line, apart from how the counts are
gathered (evaluation.py)."""

from __future__ import annotations

import collections
import re

# A line this long is judged by whether it stands in the gold text; a shorter one
# must be a whole gold line ("Home", "Share" occur inside any article).
_LONG_LINE_WORDS = 5
_SHINGLE = 4


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


class GoldLines:
    """The article's lines, each usable as many times as the gold holds it."""

    def __init__(self, gold: str):
        self.text = fold(gold)
        self.raw = [line for line in gold.splitlines() if line.strip()]
        self.folded = [fold(line) for line in self.raw]
        self.lines = collections.Counter(self.folded)
        self.used: collections.Counter = collections.Counter()

    def available(self, line: str) -> bool:
        """Whether ``line`` (folded) is article text not yet accounted for."""
        if self.used[line] < self.lines.get(line, 0):
            return True
        return (len(line.split()) >= _LONG_LINE_WORDS and line in self.text
                and self.used[line] < max(self.text.count(line), 1))

    def take(self, line: str) -> bool:
        """Whether ``line`` (folded) is article text not yet accounted for; counts it if so."""
        if self.available(line):
            self.used[line] += 1
            return True
        return False

    def take_extracted(self, line: str) -> bool:
        """Whether an extracted line is article text, reading it as trafilatura wrote it: a list
        item is "- item" where a gold has "item", a table row "| cell | cell |" where a gold
        has its cells as paragraphs. A row is article text when the cells the gold holds
        carry at least half of its words, or when its cells, read one after the other, are a line
        of the gold (a form's row, "| Fee: | $95 |", where the gold has "Fee: $95")."""
        folded = fold(line)
        if self.take(folded):
            return True
        item = _LIST_ITEM.match(line)
        if item and self.take(fold(line[item.end():])):
            return True
        if not folded.startswith("|"):
            return False
        cells = [cell for cell in (fold(part) for part in folded.strip("|").split("|")) if cell]
        if len(cells) > 1 and self.take(" ".join(cells)):
            return True
        found = [cell for cell in cells if self.available(cell)]
        words = sum(len(cell.split()) for cell in cells)
        if not found or 2 * sum(len(cell.split()) for cell in found) < words:
            return False
        for cell in found:
            self.take(cell)
        return True


# How trafilatura writes a list item.
_LIST_ITEM = re.compile(r"\s*- ")


def label_lines(lines: list[str], gold: str) -> list[bool]:
    """For each extracted line, whether it is article text (True) or chrome (False).

    A line is article text when it is a line of the gold (or a long part of it, or a list
    item or table row whose text is), when it continues a gold neighbour as the gold
    goes on (a page wrapped at a fixed width gives "to" or "occasionally" a line of
    their own), or when most of its shingles are in the gold (a gold that dropped a
    bullet, a footnote mark or a quote the page had), or when its letters and digits stand in
    the gold's (a gold that joined its wrapped lines without a space: "tosilently")."""
    store = GoldLines(gold)
    labels = [store.take_extracted(line) for line in lines]
    _label_wrapped([fold(line) for line in lines], labels, "\n".join(store.folded))
    _label_near(lines, labels, store.raw)
    _label_glued(lines, labels, gold)
    return labels


def _label_wrapped(folded: list[str], labels: list[bool], text: str) -> None:
    # ``folded``: the extracted lines folded; ``text`` holds the gold's folded lines apart, so
    # that a continuation stays inside one gold line.
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(folded):
            if labels[i] or not any(char.isalnum() for char in line):
                continue
            before = i > 0 and labels[i - 1] and f"{folded[i - 1]} {line}" in text
            after = i + 1 < len(folded) and labels[i + 1] and f"{line} {folded[i + 1]}" in text
            if before or after:
                labels[i] = changed = True


# A line of at least this many tokens is article text when this share of its 3-token
# shingles is left in the gold once the lines already labelled took theirs.
_NEAR_TOKENS = 8
_NEAR_SHARE = 0.8


def _label_near(lines: list[str], labels: list[bool], gold_lines: list[str]) -> None:
    left: collections.Counter = collections.Counter()
    for line in gold_lines:
        left.update(_triples(line))
    for line, is_gold in zip(lines, labels):
        if is_gold:
            left.subtract(_triples(line))
    for i, line in enumerate(lines):
        if labels[i]:
            continue
        mine = _triples(line)
        total = sum(mine.values())
        if total + 2 < _NEAR_TOKENS:
            continue
        found = sum(min(count, max(left[triple], 0)) for triple, count in mine.items())
        if found >= _NEAR_SHARE * total:
            labels[i] = True
            left.subtract(mine)


def _label_glued(lines: list[str], labels: list[bool], gold: str) -> None:
    # CleanEval's golds joined hard-wrapped lines without a space ("inthe"), so a paragraph
    # trafilatura writes whole matches neither a gold line nor its shingles. Compared on letters
    # and digits alone, each copy in the gold labels one line, copies already labelled first.
    compact_gold = _compact(gold)
    used = collections.Counter(_compact(line) for line, is_gold in zip(lines, labels) if is_gold)
    for i, line in enumerate(lines):
        if labels[i] or len(_TOKENS.findall(line)) < _NEAR_TOKENS:
            continue
        key = _compact(line)
        if len(key) >= _GLUED_CHARS and compact_gold.count(key) > used[key]:
            labels[i] = True
            used[key] += 1


# Below this many letters and digits a line is too short to be told apart by them alone.
_GLUED_CHARS = 30
_NOT_ALNUM = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


def _triples(text: str) -> collections.Counter:
    tokens = _TOKENS.findall(text.casefold())
    return collections.Counter(tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2))


# Chinese and Japanese are written without spaces: each of their characters is a token.
_TOKENS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
                     r"|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def shingles(text: str) -> collections.Counter:
    tokens = _TOKENS.findall(text.casefold())
    if len(tokens) < _SHINGLE:
        return collections.Counter([tuple(tokens)]) if tokens else collections.Counter()
    return collections.Counter(tuple(tokens[i:i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def shingle_f1(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``gold`` over 4-token shingles (multisets)."""
    p, g = shingles(predicted), shingles(gold)
    if not p and not g:
        return 1.0, 1.0, 1.0
    if not p or not g:
        return 0.0, 0.0, 0.0
    common = sum((p & g).values())
    precision, recall = common / sum(p.values()), common / sum(g.values())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
