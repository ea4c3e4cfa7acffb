"""Lines that list works: a film, a book or a record named with its year in brackets at the end
("The Harbour Ghost (1972)", "Anna Berger: Der Hafen im Mittelalter (Hamburg 1988)")."""

from __future__ import annotations

import regex

# The year closes the brackets, a place or a publisher before it; a headline is never dated so.
_DATED_WORK = regex.compile(r"\((?:[^()]{0,40}[\s,])?(?:1[5-9]|20)\d{2}\)\.?$")


def lists_works(texts: list[str]) -> bool:
    """Whether most of ``texts`` end on a year in brackets: a filmography, a bibliography or a
    reading list, the text's data however a page links or heads it."""
    return 2 * sum(1 for text in texts if _DATED_WORK.search(text.rstrip(" |")) is not None) > len(texts)
