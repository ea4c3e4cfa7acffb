"""The title ``--title keep`` writes: the page's declared title, only when the page agrees with it.

A page declares a title in its ``<title>`` element and its meta tags (og:title, JSON-LD's
headline); on many pages that is the site's name or a widget's heading ("Keyboard
shortcuts", "Node.js v20 documentation"), the same on every page. A declared title (or
one of its parts, once a " | Site" or "Site - " part is set apart) is kept only when the
page shows it as a heading: the first ``<h1>``, or a heading whose text is a line of the
extracted text. Otherwise there is no title, rather than chrome promoted to one.
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
    Talks resume: envoy", "Talks resume: envoy"...); a part naming the site is left out, but not a
    whole title equal to the site's name (trafilatura's guess of the name may be the title)."""
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


def page_headings(tree) -> tuple[str, list[str]]:
    """The text of the page's first ``<h1>`` ('' if none), and of its h1–h3 headings in page order."""
    headings, first_h1 = [], ""
    for element in tree.iter(*_HEADINGS):
        text = " ".join(element.text_content().split())
        if not text:
            continue
        if element.tag == "h1" and not first_h1:
            first_h1 = text
        headings.append(text)
    return first_h1, headings


def agreed_title(declared: list[str], sitename: str | None, first_h1: str, headings: list[str],
                 text: str) -> str | None:
    """The first declared title (whole, then its parts) that the page shows as its first h1 or
    as a heading standing as a line of the extracted text, written as the heading writes it;
    None when the page agrees with none."""
    lines = {fold(line) for line in text.split("\n") if line.strip()}
    shown = {fold(heading): heading for heading in headings if fold(heading) in lines}
    if first_h1:
        shown.setdefault(fold(first_h1), first_h1)
    for form in candidates(declared, sitename):
        heading = shown.get(fold(form))
        if heading is not None:
            return heading
    return None
