"""HTML pages: trafilatura's main-content extraction, then the text pipeline.

trafilatura is imported here only, and only when a page arrives: text and the
file fixer never pay for it.

How trafilatura is configured, and why:
- comments off (``include_comments=False``): readers' comments are not the
  article, and a corpus that wants them asks with ``--comments``;
- tables kept: they are content more often than layout on article pages;
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

import regex

PRESETS = {
    "balanced": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}
TITLE_MODES = ("keep", "drop")

_HTML_START = regex.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)", regex.IGNORECASE)
_HTML_TAGS = regex.compile(r"<(?:p|div|article|span|a|br|h[1-6]|section|meta|title)[\s>/]", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than extracted text that mentions a tag."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 5


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: str | None
    url: str | None
    sitename: str | None

    def meta(self) -> dict:
        return {"title": self.title, "author": self.author, "date": self.date, "sitename": self.sitename}


def extract(html: str, url: str | None = None, preset: str = "balanced", comments: bool = False) -> Extracted:
    """The page's main text (one paragraph a line) and its metadata."""
    import trafilatura

    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r} (expected {', '.join(PRESETS)})")
    document = trafilatura.bare_extraction(
        html, url=url, include_comments=comments, include_tables=True, deduplicate=False,
        with_metadata=True, **PRESETS[preset],
    )
    if document is None:
        return Extracted("", None, None, None, url, None)
    return Extracted(
        text=document.text or "",
        title=document.title or None,
        author=document.author or None,
        date=document.date or None,
        url=url or document.url or None,  # the caller's URL wins over the page's canonical one
        sitename=document.sitename or None,
    )
