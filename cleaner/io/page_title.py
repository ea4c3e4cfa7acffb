"""The title ``--title keep`` writes: the page's declared title, only when the page agrees with it.

A page declares a title in its ``<title>`` element and its meta tags (og:title, JSON-LD's
headline); on many pages that is the site's name or a widget's heading ("Keyboard
shortcuts", "Node.js v20 documentation"), the same on every page. A declared title (or
one of its parts, once a " | Site" or "Site - " part is set apart) is kept only when the
page shows it as a heading (h1 to h3), written as the heading writes it. Otherwise there is
no title, rather than chrome promoted to one.
"""

from __future__ import annotations

import regex

# What sets a site's name apart from the page's own title, with a space on each side
# ("Title | Site", "Site - Title", "Title — Site"): trafilatura's separators.
# A colon needs no space before it ("AFP: Title").
_SEPARATOR = regex.compile(r"\s+[|–•·—⁄*~‹«<›»>:\-]{1,2}\s+|:\s+")
_EDGES = regex.compile(r"^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$")
_HEADINGS = ("h1", "h2", "h3")


def fold(text: str) -> str:
    """A title as compared: case, runs of spaces and the punctuation at its edges ignored."""
    return _EDGES.sub("", " ".join(text.split()).casefold())


def candidates(declared: list[str], sitename: str | None) -> list[str]:
    """The titles a page declares, each whole and then its runs of parts between separators,
    longest first ("AFP: Talks resume: envoy | Site" gives "Talks resume: envoy | Site", "AFP:
    Talks resume: envoy", "Talks resume: envoy"...); a part naming the site (as the page declares
    it) is left out, but not a whole title that does."""
    site = fold(sitename) if sitename else None
    found: list[str] = []
    for title in declared:
        title = " ".join(title.split())
        cuts = [(0, 0), *((m.start(), m.end()) for m in _SEPARATOR.finditer(title)), (len(title), len(title))]
        runs = [title[cuts[i][1]:cuts[j][0]] for i in range(len(cuts)) for j in range(i + 1, len(cuts))]
        runs = [run for run in runs if run == title or fold(run) != site]
        for form in sorted(runs, key=len, reverse=True):
            if fold(form) and form not in found:
                found.append(form)
    return found


def page_headings(tree) -> list[str]:
    """The text of the page's h1–h3 headings, in page order."""
    found = (" ".join(element.text_content().split()) for element in tree.iter(*_HEADINGS))
    return [text for text in found if text]


def agreed_title(declared: list[str], sitename: str | None, headings: list[str]) -> str | None:
    """The first declared title (whole, then its parts, longest first) that the page shows as a
    heading, written as the heading writes it; None when the page agrees with none."""
    if not headings:  # a <title> left open can hold the whole page: its parts are never split
        return None
    shown: dict[str, str] = {}
    for heading in headings:
        shown.setdefault(fold(heading), heading)
    for form in candidates(declared, sitename):
        heading = shown.get(fold(form))
        if heading is not None:
            return heading
    return None
