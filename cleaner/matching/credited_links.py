"""A round-up of links to other sites: each item a headline, a dash and the site it points at.

A blog prints its round-up of the day's links elsewhere as a list, every item crediting the
site it leads to ("- Harbour reopens after the storm — Coast Gazette"). One such line is a
reading list's book and author or a quotation's speaker as often; what tells the box is the
run: several items in a row, naming several sites, none of them a quotation. The label right
above the run ("Elsewhere", "Our reads") is its heading and goes with it.
"""

from __future__ import annotations

import regex

from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.prose import TailShape, is_prose
from .line_rules import remove_line
from .menus import is_label

# A list item: its bullet, a headline that opens on no quotation mark, a spaced dash, the credit.
_ITEM = regex.compile(r"^\s*[-•*·]\s+(?![\"“”‘'«„])(?P<headline>\S.*?)\s+[—–]\s+(?P<credit>\S.*?)\s*$")
# A site's name: words opening on a capital or a digit, the small words of a title between them.
_CREDIT_WORD = regex.compile(r"^(?:[\p{Lu}\d]\S*|of|the|and|&|on|in)$")
_HEADLINE_WORDS = 4  # a title or a name is shorter; a round-up's headline says what happened
_SITES = 3  # sites the run names: a reading list names one author again and again
_HEADING_WORDS = 4
_GOES_ON_WORDS = 5  # a short sentence under the list is the text going on
# A word a title leaves in lower case; any other word in lower case makes the headline a
# sentence's, as a round-up's are ("Ferry fares rise again"): titles of books and songs
# capitalise their words ("The Sea Around the Islands").
_SMALL_WORDS = frozenset("a an and as at but by for from in into is nor of on onto or over the to up upon vs with".split())


def _credit(text: str, max_words: int) -> str | None:
    """The site an item credits, or None when the line is no such item."""
    found = _ITEM.match(text)
    if found is None or len(found["headline"].split()) < _HEADLINE_WORDS:
        return None
    credit = found["credit"]
    words = credit.split()
    if len(words) > max_words or credit[-1] in ".,;:" or not all(_CREDIT_WORD.match(word) for word in words):
        return None
    return credit.casefold()


def credited_links(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of at least ``min_run`` items in a row, each a headline crediting a site of at most
    ``max_words`` words, naming at least _SITES sites; the label right above the run (not the
    document's first line, the title's place) goes with it."""
    if not any("—" in text or "–" in text for text in texts):
        return 0  # most documents hold no such dash
    credits = [_credit(text, rule.max_words) for text in texts]
    title = doc.written()[0]  # the title's place, as for near rules
    removed = 0
    i = 0
    while i < len(lines):
        if credits[i] is None:
            i += 1
            continue
        end = i
        while end < len(lines) and credits[end] is not None:
            end += 1
        heading = i > 0 and lines[i - 1] is not title and is_label(texts[i - 1], _HEADING_WORDS)
        if end - i >= rule.min_run and len(set(credits[i:end])) >= _SITES \
                and not _titles(texts[i:end]) and not _prose_below(texts, end):
            start = i - 1 if heading else i
            for line in lines[start:end]:
                remove_line(line, rule)
            removed += end - start
        i = end
    return removed


def _titles(items: list[str]) -> bool:
    """Whether most items' headlines are titles in title case: a reading list's books, a
    setlist's songs, each crediting its author or its band."""
    titled = 0
    for text in items:
        found = _ITEM.match(text)
        words = regex.findall(r"\p{L}[\p{L}'’-]*", found["headline"]) if found else []
        titled += all(word[0].isupper() or word.casefold() in _SMALL_WORDS for word in words)
    return 2 * titled > len(items)


def _prose_below(texts: list[str], end: int) -> bool:
    """Whether the text goes on in a sentence right under the run: a round-up ends a page or
    stands among its boxes; a list the text goes on from (its quotations, a day's talks and
    their speakers) is its own."""
    return end < len(texts) and is_prose(texts[end], TailShape(prose_words=_GOES_ON_WORDS))
