"""Lines that list works: a film, a book or a record named with its year in brackets at the end
("The Harbour Ghost (1972)", "Anna Berger: Der Hafen im Mittelalter (Hamburg 1988)")."""

from __future__ import annotations

import regex

# The year closes the brackets, a place or a publisher before it; a headline is never dated so.
# A year alone in them is a film's or a record's, 1800 on: "News (1523)" is a menu's count of
# posts, and a book printed before 1800 is cited with its place ("Basel 1523"), or with a title
# of three words or more ("The Harbour Chronicle (1623)"), where a menu's section is a word or two.
_DATED_WORK = regex.compile(r"\((?:[^()]{0,40}[\s,](?:1[5-9]|20)\d{2}|(?:1[89]|20)\d{2})\)\.?$")
_OLD_TITLE = regex.compile(r"^\W*\S+\s+\S+\s+\S+.*\s\(1[5-7]\d{2}\)\.?$")


def lists_works(texts: list[str]) -> bool:
    """Whether most of ``texts`` end on a year in brackets: a filmography, a bibliography or a
    reading list, the text's data however a page links or heads it."""
    return 2 * sum(1 for text in texts if _dated_work(text.rstrip(" |"))) > len(texts)


def _dated_work(text: str) -> bool:
    return _DATED_WORK.search(text) is not None or _OLD_TITLE.match(text) is not None


# A table's row as trafilatura writes it, and a cell holding a figure alone: a place, a score,
# a count or a time ("3", "1:02:11", "12.5").
_ROW = regex.compile(r"^\|.*\|\s*$")
_FIGURE_CELL = regex.compile(r"^\d{1,5}(?:[.,:]\d{1,2}){0,2}\.?$")
# A list item that is one word of letters: a name, a term ("- Olivia"). Site names ("Example.ru",
# "Radio-Nord") hold a dot or a hyphen.
_ONE_WORD_ITEM = regex.compile(r"^[-*•]\s+\p{L}+$")


def lists_data(texts: list[str]) -> bool:
    """Whether ``texts`` are the text's own data rather than other stories' headlines, however a
    page heads them ("Most popular" over a regatta's results or a year's baby names): a list of
    works (lists_works); a table whose rows of three cells or more mostly hold a figure alone in a
    cell (places, scores, times); three list items or more, most of them one word of letters."""
    if lists_works(texts):
        return True
    rows = [[cell.strip() for cell in text.strip().strip("|").split("|")] for text in texts if _ROW.match(text)]
    rows = [cells for cells in rows if len(cells) >= 3 and not all(set(cell) <= set("-: ") for cell in cells)]
    if len(rows) >= 2 and 2 * len(rows) > len(texts) - 1:
        return 2 * sum(1 for cells in rows if any(_FIGURE_CELL.match(cell) for cell in cells)) > len(rows)
    named = sum(1 for text in texts if _ONE_WORD_ITEM.match(text))
    return named >= 3 and 2 * named > len(texts)
