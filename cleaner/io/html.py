"""HTML pages: trafilatura's main-content extraction, then the text pipeline.

trafilatura is imported here only, and only when a page arrives: text and the
file fixer never pay for it. It comes with the ``html`` extra, which the pre-commit hook
does without: a page cleaned without it is one error naming the extra (MissingExtra).

How trafilatura is configured, and why:
- comments off (``include_comments=False``): readers' comments are not the
  article, and a corpus that wants them asks with ``--comments``;
- tables kept: they are content more often than layout on article pages (the rows of a
  layout table are given as their cells' blocks: page_tables.py);
- no deduplication across pages: cleaner must give the same output for a page
  whatever was cleaned before it (determinism, parallel runs);
- the precision/recall trade-off is the user's (``--preset``): ``balanced``
  (trafilatura's default), ``precision`` (``favor_precision``: fewer chrome
  lines, a risk of losing a short paragraph) or ``recall`` (``favor_recall``).
  cleaner's own rules then remove the chrome trafilatura leaves, so
  ``balanced`` is the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..distribution import MissingExtra

if TYPE_CHECKING:
    from .page_facts import PageFacts
    from .page_lines import PageLine

PRESETS = {
    "balanced": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}
TITLE_MODES = ("keep", "drop")
# The audit's name for what extraction leaves out of a page (a rule id, for the audit's
# readers), and the family that tells it from the rules' removals.
EXTRACTION_STEP = "html-extraction"
EXTRACTION_FAMILY = "extraction"
# What the audit and stderr say of a page read only in part (libxml2 stops at 255 nested
# elements and drops what stands deeper; it stops too at a text or an attribute longer than its
# buffer), and of a page that yields no text at all: an empty output is never silent.
PAGE_CUT = "part of the page is not read: its elements nest deeper than the HTML parser reads (255 levels)"
PAGE_CUT_SIZE = "part of the page is not read: a text or an attribute in it is longer than the HTML parser reads"
NO_TEXT = "no text extracted from the page"

# A page beyond doubt: after a byte-order mark, white space and comments (and an XML
# declaration, for XHTML), a doctype of HTML or the html element itself. Anything else,
# however many tags it mentions, is text: a tutorial, a note headed by a comment, extracted
# text. A comment ends at its first -->, so that text between two comments is not skipped.
_HTML_START = regex.compile(
    r"\A\ufeff?(?:\s|<!--(?>.*?-->))*+(?:<\?xml[^>]*\?>(?:\s|<!--(?>.*?-->))*+)?"
    r"(?:<!doctype\s+html(?=[\s>])|<html(?=[\s>/]))",
    regex.IGNORECASE | regex.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page beyond doubt, rather than text that mentions a tag."""
    return _HTML_START.match(text) is not None


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    sitename: str | None
    # The lines of the page (page_lines) whose text did not reach ``text``, in page order.
    dropped: tuple[PageLine, ...] = ()
    # The title --title keep writes: a declared title the page agrees with (page_title.py).
    page_title: str | None = None
    # Where each line of ``text`` stands in the page (page_facts), for the page rules.
    facts: PageFacts | None = None
    # trafilatura's own text, before the rows of layout tables were given as their blocks
    # (page_tables.py): ``text`` when the page has none. `cleaner eval` scores it as
    # "trafilatura alone".
    extractor_text: str | None = None
    # What the audit says when the parser stopped at one of its limits, leaving part of the
    # page out of the tree (PAGE_CUT, PAGE_CUT_SIZE); "" when it read the whole page.
    cut: str = ""

    def meta(self) -> dict:
        return {"title": self.title, "author": self.author, "date": self.date, "sitename": self.sitename}


def require_html():
    """trafilatura, or MissingExtra when the html extra is not installed."""
    try:
        import trafilatura
    except ImportError as exc:  # trafilatura, or one of its own imports (lxml...), is missing
        raise MissingExtra("HTML input", "html", exc) from None
    return trafilatura


def extract(html: str, url: str | None = None, preset: str = "balanced", comments: bool = False,
            date: bool = True, guess_title: bool = True, guess_site: bool = True) -> Extracted:
    """The page's main text (one paragraph a line) and its metadata. MissingExtra without
    the html extra. ``date=False`` leaves the date out (None): htmldate's search for it
    (dateparser's, through the page's text) can take longer than the extraction itself.
    ``guess_title=False`` leaves ``title`` to what the page declares (None when it declares
    none): trafilatura's guess from the page's headings costs a few XPath searches of it.
    ``guess_site=False`` leaves ``sitename`` to what the page declares, else its address's host:
    trafilatura's guess from the page's title serves the metadata only."""
    require_html()

    from .page_extraction import in_place
    from .page_facts import describe
    from .page_lines import dropped_lines, line_keys
    from .page_tables import unfold_layout
    from .page_title import agreed_title, page_headings
    from .page_walk import walk

    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r} (expected {', '.join(PRESETS)})")
    # One parse serves the metadata, the walk, the headings and, last, the extraction, which
    # cuts the tree up (page_extraction.py: no copy of it).
    tree, limit = parse(html)
    if tree is None:
        return Extracted("", None, None, None, url, None)
    cut = cut_notice(limit)
    meta, declared, site = _metadata(tree, url, date, guess_title, guess_site)
    lines, places = walk(tree, *_site_and_path(url or meta.url))
    headings = page_headings(tree)
    extraction = in_place(tree, url, comments, **PRESETS[preset])
    del tree  # spoilt by the extraction
    text = extractor_text = (extraction[0] if extraction is not None else None) or ""
    if text and extraction[1] is not None and unfold_layout(extraction[1]):
        from trafilatura.xml import xmltotxt

        text = xmltotxt(extraction[1], False)
    keys = line_keys(lines)
    return Extracted(
        text=text,
        title=meta.title or None,
        author=meta.author or None,
        date=meta.date or None,
        url=url or meta.url or None,  # the caller's URL wins over the page's canonical one
        sitename=meta.sitename or None,
        dropped=dropped_lines(lines, text, keys),
        page_title=agreed_title(declared, site, headings),
        facts=describe(lines, places, text, keys, comments),
        extractor_text=extractor_text,
        cut=cut,
    )


def _site_and_path(url: str | None) -> tuple[str | None, str | None]:
    """The host name of ``url``, lower case, without "www." (what links to the same site hold), and
    its path ("/" for a site's front page: a link to it with a "#..." after it is a place in the
    page, as a bare "#..." is); (None, None) without a host."""
    from urllib.parse import urlsplit

    if not url:
        return None, None
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        host = parts.hostname or ""
    except ValueError:
        return None, None
    if not host:
        return None, None
    return host.lower().removeprefix("www.") or None, parts.path or "/"


def cut_notice(limit: str | None) -> str:
    """The notice of a page the parser cut short, worded from its error's message (libxml2's
    "Excessive depth in document", or "Buffer size limit exceeded"); "" for a page read whole."""
    if limit is None:
        return ""
    return PAGE_CUT if "depth" in limit.lower() else PAGE_CUT_SIZE


class Parsed(NamedTuple):
    tree: object  # an lxml element, or None
    limit: str | None  # the message of the parser's limit that cut the page short (cut_notice), or None


def parse(html: str, plain: bool = False) -> Parsed:
    """The page's lxml tree, as trafilatura reads it (None for a text with no element at all),
    and the message of the parser's limit that cut it short, or None, both from the one parse
    that made the tree (page_parser.read).

    trafilatura refuses a fragment or a text that does not name "html" near its start; asked
    to read one as a page (--format html), lxml reads it into a body all the same, so that
    what extraction leaves out of it can be named. The tree's elements get their classes from
    a lookup in C (page_parser.py); ``plain``: from lxml.html's own, as trafilatura's parser gives them."""
    require_html()
    from lxml.etree import ParserError

    from . import page_parser

    tree, limit = page_parser.read(html, plain)
    if tree is not None:
        return Parsed(tree, limit)
    try:
        return Parsed(*page_parser.read_document(html, plain))
    except (ParserError, ValueError):  # empty, or nothing but comments and white space
        return Parsed(None, None)


def _metadata(tree, url: str | None, date: bool = True, guess_title: bool = True,
              guess_site: bool = True) -> tuple:
    """trafilatura's metadata extraction (meta tags, JSON-LD, title (guessed from the headings
    when none is declared and ``guess_title``), canonical URL, htmldate's date when ``date``,
    site name (guessed when none is declared and ``guess_site``)), but the author only from
    meta tags and JSON-LD: its search of the whole page for a byline takes longer than
    extracting the text."""
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url,
    )
    from trafilatura.settings import set_date_params

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:  # a handle, not a name (as trafilatura judges)
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # noqa: BLE001 - trafilatura guards its JSON-LD reader the same way
        pass
    # What the page declares (meta tags, JSON-LD, <title>), before trafilatura's guess from
    # headings: whether the page agrees with it is judged apart (page_title.py).
    element = _head_title(tree)
    if element is None:  # a <title> the parser found in the body, but an SVG's
        element = next((found for found in tree.iter("title") if found.getparent().tag != "svg"), None)
    declared = [title for title in (meta.title, element.text_content() if element is not None else None)
                if title and title.strip()]
    if guess_title and not meta.title:
        meta.title = extract_title(tree)
    meta.url = meta.url or extract_url(tree, url)
    if date:
        date_params = set_date_params(True)
        date_params["url"] = meta.url
        meta.date = find_date(tree, **date_params)
    site = meta.sitename  # as declared (og:site_name, JSON-LD): trafilatura's guess may be the title
    if guess_site:
        meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (host := META_URL.match(meta.url)):
        meta.sitename = host[1]
    meta.clean_and_trim()
    return meta, declared, site


def _head_title(tree):
    """``tree.find(".//head//title")``: the first <title> in a <head>. lxml's search of the
    descendants looks ahead for the next <head> through the whole page; a page's head is
    nearly always its first child, and then its first title is the one the search finds."""
    if len(tree) and tree[0].tag == "head":
        found = next(tree[0].iterdescendants("title"), None)
        if found is not None:
            return found
    return tree.find(".//head//title")
