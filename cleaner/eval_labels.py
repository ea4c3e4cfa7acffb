"""How `cleaner eval` labels an extracted line against a page's gold text, and the shingle F1
of a text against it: what counts as the article's line, apart from how the counts are
gathered (evaluation.py)."""

from __future__ import annotations

import bisect
import collections
import re

# A line this long is judged by whether it stands in the gold text; a shorter one
# must be a whole gold line ("Home", "Share" occur inside any article).
_LONG_LINE_WORDS = 5
_SHINGLE = 4


def fold(text: str) -> str:
    return " ".join(text.casefold().translate(_TYPOGRAPHIC).split())


# Golds and pages write the same sentence with typographic or plain punctuation ("it’s" and
# "it's", "–" and "-"): a line is compared with them read alike.
_TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u00ad": None, "\u200b": None, "\ufeff": None,
})


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
    item or table row whose text is), the same read on its words alone or, in the Latin
    alphabet, on its ASCII letters (a gold without the page's quotes, or in another charset),
    when it and its unlabelled neighbours joined are one (a list's item and its date, a code
    block, which the gold wrote on one line), when it continues a gold neighbour as the gold
    goes on (a page wrapped at a fixed width gives "to" or "occasionally" a line of their own,
    with or without the spaces around it in the gold: "andoccasionallyinto"), or when most of
    its shingles are in the gold (a gold that dropped a bullet, a footnote mark or a quote the
    page had), or when its letters and digits stand in
    the gold's (a gold that joined its wrapped lines without a space: "tosilently")."""
    store = GoldLines(gold)
    labels = [store.take_extracted(line) for line in lines]
    units = [(i, i) for i, is_gold in enumerate(labels) if is_gold]
    for key_of in (words_key, _spaced_key, _ascii_key):
        _label_keyed([_TABLE_ROW if _table_marks(line) else key_of(line) for line in lines], labels,
                     [key for key in (key_of(line) for line in store.raw) if key], units)
    gold_keys = [key for key in (words_key(line) for line in store.raw) if key]
    _label_wrapped([words_key(line) for line in lines], labels, "\n".join(gold_keys))
    _label_near(lines, labels, store.raw)
    _label_glued(lines, labels, gold)
    _label_glued_wrapped(lines, labels, "\n".join(_compact(line) for line in store.raw))
    _label_marks(lines, labels, "\n".join(store.folded))
    _place_copies(lines, labels, store.raw)
    return labels


def words_key(text: str) -> str:
    """``text`` folded to its words: case, spacing and every mark but letters and digits left
    out ("- It’s “done”." and "its done" are one key), so a list item's dash, a gold that
    dropped the page's quotes or a page read with its quotes lost compare alike."""
    return " ".join(_NOT_WORD.sub("", text.casefold()).split())


_NOT_WORD = re.compile(r"[^\w\s]|_")


def _spaced_key(text: str) -> str:
    # Marks read as spaces: a gold that set a space around each inline element ("max (depth)",
    # "[ Home ]") where the page has none ("max(depth)", "[Home]").
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _ascii_key(text: str) -> str:
    # A line mostly in the Latin alphabet compared on its ASCII letters and digits alone: a
    # gold or a page decoded in the wrong charset ("itĺs", "ACMEÂ®" for "it’s", "ACME®")
    # keeps them. A line with more other letters than that has no such key.
    letters = [char for char in text if char.isalpha()]
    if not letters or sum(not char.isascii() for char in letters) * _ASCII_SHARE > len(letters):
        return ""
    return words_key("".join(char for char in text if char.isascii()))


# A line's key on ASCII alone needs at least 9 of 10 of its letters in ASCII.
_ASCII_SHARE = 10


def _label_keyed(keys: list[str], labels: list[bool], gold_keys: list[str],
                 units: list[tuple[int, int]]) -> None:
    # The rules of GoldLines.take on the lines' keys (a whole gold line, or five words or more
    # inside one), then on runs of unlabelled lines joined: a gold that wrote a list's item and
    # its date, or a heading cut in two on the page, as one line. Each passage of the gold
    # labels one line or run; ``units``, the lines and runs already labelled, took theirs first.
    credit = _Credit("\n".join(gold_keys))
    for start, end in units:
        taken = " ".join(key for key in keys[start:end + 1] if key)
        credit.take(taken, whole=len(taken.split()) < _LONG_LINE_WORDS)
    for i, key in enumerate(keys):
        if not labels[i] and key and credit.take(key, whole=len(key.split()) < _LONG_LINE_WORDS):
            labels[i] = True
            units.append((i, i))
    for i, key in enumerate(keys):
        if labels[i] or not key or credit.free(key) < 0:
            continue
        joined, end, found = key, i, None
        while end + 1 < len(keys) and not labels[end + 1]:
            end += 1
            if not keys[end]:
                continue  # a line of marks alone ("}") goes with the run if the run goes on
            joined = f"{joined} {keys[end]}"
            # A longer run holds a shorter one's passage: once no free passage holds it, none will.
            if credit.free(joined) < 0:
                break
            if credit.free(joined, whole=len(joined.split()) < _LONG_LINE_WORDS) >= 0:
                found = (end, joined)
        if found:
            for j in range(i, found[0] + 1):
                labels[j] = True
            credit.take(found[1], whole=len(found[1].split()) < _LONG_LINE_WORDS)
            units.append((i, found[0]))


class _Credit:
    """The passages of a gold text (its lines' keys, one a line) already credited to a line or a
    run of lines, by position: a passage labels one copy of the page's text, and a run joined
    from lines cannot take again what a line or another run took ("A B" inside a credited "A B C")."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []  # the credited passages, disjoint, sorted by start
        self.ends: dict[int, int] = {}

    def free(self, key: str, whole: bool = False) -> int:
        """Where the first passage ``key`` that no credited passage overlaps starts (``whole``: a
        whole line of the gold), or -1."""
        text, size = self.text, len(key)
        at = text.find(key)
        while at >= 0:
            end = at + size
            if whole and not ((at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n")):
                at = text.find(key, at + 1)
                continue
            k = bisect.bisect_left(self.starts, end)
            if k == 0 or self.ends[self.starts[k - 1]] <= at:
                return at
            at = text.find(key, self.ends[self.starts[k - 1]])
        return -1

    def take(self, key: str, whole: bool = False) -> bool:
        """Credits a free passage ``key``, a whole gold line first; whether there was one."""
        at = self.free(key, whole=True)
        if at < 0 and not whole:
            at = self.free(key)
        if at < 0 or not key:
            return False
        bisect.insort(self.starts, at)
        self.ends[at] = at + len(key)
        return True


def _label_wrapped(keys: list[str], labels: list[bool], text: str) -> None:
    # ``keys``: the extracted lines' words_key; ``text`` holds the gold's lines' keys apart, so
    # that a continuation stays inside one gold line.
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(keys):
            if labels[i] or not line:
                continue
            before = i > 0 and labels[i - 1] and keys[i - 1] and f"{keys[i - 1]} {line}" in text
            after = i + 1 < len(keys) and labels[i + 1] and keys[i + 1] and f"{line} {keys[i + 1]}" in text
            if before or after:
                labels[i] = changed = True


def _place_copies(lines: list[str], labels: list[bool], gold_lines: list[str]) -> None:
    # A short line the page writes more often than the gold (a menu's "Research" and the
    # section's heading "RESEARCH") is gold once for each time the gold holds it as a line; the
    # labels above give it to the first copies. Here it goes first to a copy written as the gold
    # writes it (case and marks too) before one that is not, then to a copy standing where the
    # gold has it: beside the lines the gold has beside it (the nearest line with words above
    # ends the gold's line above, the one below begins the gold's line below) before one beside
    # neither; other things equal, the labels stay.
    # A paragraph printed twice (a teaser over the story) is left as labelled: either copy is the text.
    keys = [words_key(line) for line in lines]
    gold_keys = [words_key(line) for line in gold_lines]
    where: dict[str, list[int]] = collections.defaultdict(list)
    for g, key in enumerate(gold_keys):
        if key and len(key.split()) < _LONG_LINE_WORDS:
            where[key].append(g)
    copies: dict[str, list[int]] = collections.defaultdict(list)
    for i, key in enumerate(keys):
        if key in where:
            copies[key].append(i)
    for key, found in copies.items():
        if len(found) < 2 or all(labels[i] for i in found) or not any(labels[i] for i in found):
            continue
        ranked = sorted(found, key=lambda i: (not _as_written(lines[i], gold_lines, where[key]),
                                              -_beside_gold(keys, i, gold_keys, where[key]),
                                              not labels[i], i))
        gold_count = sum(labels[i] for i in found)
        for rank, i in enumerate(ranked):
            labels[i] = rank < gold_count


def _beside_gold(keys: list[str], i: int, gold_keys: list[str], places: list[int]) -> int:
    # How many of the copy's two neighbours (the nearest lines with words) are the gold's
    # neighbours of the line at one of its places: the line above ends the gold's line above,
    # the line below begins the gold's line below.
    above = next((keys[j] for j in range(i - 1, -1, -1) if keys[j]), "")
    below = next((keys[j] for j in range(i + 1, len(keys)) if keys[j]), "")
    best = 0
    for g in places:
        score = bool(above and g > 0 and _edge_of(gold_keys[g - 1], above, end=True))
        score += bool(below and g + 1 < len(gold_keys) and _edge_of(gold_keys[g + 1], below, end=False))
        best = max(best, score)
    return best


def _edge_of(gold_key: str, key: str, end: bool) -> bool:
    # Whether ``key`` is the end (or the beginning) of ``gold_key`` on a word boundary.
    if end:
        return gold_key == key or gold_key.endswith(" " + key)
    return gold_key == key or gold_key.startswith(key + " ")


def _as_written(line: str, gold_lines: list[str], places: list[int]) -> bool:
    # Whether the line is written as the gold writes it at one of its places, case and marks too.
    written = " ".join(line.translate(_TYPOGRAPHIC).split())
    return any(" ".join(gold_lines[g].translate(_TYPOGRAPHIC).split()) == written for g in places)


def _table_marks(line: str) -> bool:
    """Whether ``line`` is bars and dashes alone: how trafilatura writes a table's empty row
    or rule, which is no text of the article's."""
    return not line.strip(" |-:\t")


# A key no gold line holds: a table's empty row ends a run of lines instead of going with it.
_TABLE_ROW = "|"


def _label_marks(lines: list[str], labels: list[bool], text: str) -> None:
    # A line of marks alone ("});", "..."), between two article lines, the three standing in
    # one gold line in that order: a code block's brace, which the gold wrote on its block's
    # line; not a table's empty row or rule.
    for i in range(1, len(lines) - 1):
        if labels[i] or not labels[i - 1] or not labels[i + 1] or any(char.isalnum() for char in lines[i]):
            continue
        if _table_marks(lines[i]):
            continue
        if fold(lines[i]) and f"{fold(lines[i - 1])} {fold(lines[i])} {fold(lines[i + 1])}" in text:
            labels[i] = True


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


def _label_glued_wrapped(lines: list[str], labels: list[bool], compact_gold: str) -> None:
    # A word wrapped onto its own line, in a gold that joined the wrapped lines without a space
    # ("andoccasionallyinto"): the article lines next to it and the line, compared on letters
    # and digits, run on inside one gold line. The edges give the probe enough letters to tell
    # it apart; either edge may be read alone (a paragraph ends or begins at the wrapped word).
    compact = [_compact(line) for line in lines]
    changed = True
    while changed:
        changed = False
        for i, key in enumerate(compact):
            if labels[i] or not key or len(lines[i].split()) >= _LONG_LINE_WORDS:
                continue
            before = _edge(compact, labels, range(i - 1, -1, -1))[-_EDGE_CHARS:]
            after = _edge(compact, labels, range(i + 1, len(lines)))[:_EDGE_CHARS]
            probes = [before + key + after, before + key, key + after]
            if any(len(probe) - len(key) >= _EDGE_CHARS and probe in compact_gold for probe in probes):
                labels[i] = changed = True


def _edge(compact: list[str], labels: list[bool], order: range) -> str:
    # The article lines next to a line, read outwards until they give enough letters.
    parts: list[str] = []
    for j in order:
        if not labels[j] or sum(map(len, parts)) >= _EDGE_CHARS:
            break
        parts.append(compact[j])
    return "".join(reversed(parts)) if order.step < 0 else "".join(parts)


# How many letters and digits of the article lines beside a wrapped line are read with it: enough
# that "Share" between two paragraphs is not taken for a word the gold ran on with.
_EDGE_CHARS = 12
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
