"""The cleaning pipeline: a list of small steps over a document.

1. line breaks to LF; 2. invisible characters, ftfy, look-alike letters;
3. language; 4. line rules; 5. structural rules; 6. whitespace and blank lines.

Steps 3 to 5 repeat until a round removes nothing and the language holds:
removing chrome moves lines into a zone or changes the language guess, and
doing it to a fixed point is what makes clean(clean(x)) == clean(x).
"""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate, islice
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .characters import homoglyphs
# Re-exported: the tests and bench/ import the document repairs from the pipeline.
from .characters.document_repairs import lines_to_repair, repair_characters  # noqa: F401
from .language import detection
from .document import Document, Notice, Removal, Result
from .matching.line_rules import Matcher, apply_line_rules, remove_line, tail_shape
from .matching.layout import keep_layout
from .matching.overcleaning import guard_against_overcleaning
from .rules.book import load_rulebook, RuleBook
from .rules.model import PAGE_KINDS, SETTLED_KINDS, StructureRule
from .matching.structure import apply_structure_rules
from .text.lines import fold_spaces, normalise_line_breaks

if TYPE_CHECKING:
    from .io.html import Extracted
    from .io.page_facts import PageFacts

MAX_ROUNDS = 8
# How many documents Cleaner.clean_many prepares before cleaning them: as many as a batch of records.
BATCH = 64
# Rules that would take more than this share of a document's characters are
# more likely misfiring on an article than finding that much chrome: the
# document is then left as it was and the removal reported as suspicious.
# On the bundled fixtures the largest legitimate share is 52% (a short page
# under a cookie banner); the seeds stay under 46%.
MAX_REMOVAL = 0.7


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.lower().removeprefix("www.") or None


def normalised_text(doc: Document) -> str:
    out: list[str] = []
    for text in doc.texts(doc.alive()):
        if text or (out and out[-1]):
            out.append(text)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def as_names(value) -> tuple[str, ...]:
    """Rule folders or rule ids as a tuple of strings: one name (a str or a path) is one
    item, not a sequence of one-letter names ("/" would be the whole file system)."""
    if isinstance(value, (str, os.PathLike)):
        return (os.fspath(value),)
    return tuple(os.fspath(v) for v in value)


class Cleaner:
    """Cleans texts with a rule book; build one and reuse it (rules compile once).

    >>> Cleaner().clean("Title\\n\\nBody text.\\nLeave a Comment\\n").text
    'Title\\n\\nBody text.\\n'
    """

    def __init__(self, rule_dirs: tuple[str, ...] | list[str] = (), disable: tuple[str, ...] | list[str] = (),
                 default_rules: bool = True, rulebook: RuleBook | None = None, uncurl_quotes: bool = False,
                 max_removal: float = MAX_REMOVAL, *, rules: tuple[str, ...] | list[str] | None = None):
        # ``rules=`` is the old name of ``rule_dirs=`` (folders of rule files, not rules), kept for callers of 0.1.
        if rules is not None:
            warnings.warn("Cleaner(rules=...) is now Cleaner(rule_dirs=...)", DeprecationWarning, stacklevel=2)
            rule_dirs = rules
        rule_dirs, disable = as_names(rule_dirs), as_names(disable)
        self.rulebook = rulebook or load_rulebook(rule_dirs, frozenset(disable), default_rules)
        self.uncurl_quotes = uncurl_quotes
        if not 0 < max_removal <= 1:
            raise ValueError(f"max_removal is a share between 0 and 1, not {max_removal}")
        self.max_removal = max_removal
        self._matchers: dict[tuple, tuple[Matcher, list, list]] = {}
        self._for_texts: dict[tuple, tuple[Matcher, list, list]] = {}  # the same without the page kinds
        # What each line matched, kept from document to document: the chrome of a site
        # comes back on every page of it and is matched once (matching.apply_line_rules).
        self._matched: dict = {}
        # A Cleaner may be shared by threads (a Dask worker's): they take turns with its
        # matchers and memo, which one document at a time reads and fills.
        self._lock = threading.Lock()
        self._languages: frozenset[str] | None = None

    def __getstate__(self) -> dict:
        # What a Cleaner is made of; its matchers, memo and lock are built again where it lands.
        return {"rulebook": self.rulebook, "uncurl_quotes": self.uncurl_quotes, "max_removal": self.max_removal}

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state)

    @property
    def languages(self) -> frozenset[str]:
        """The codes ``lang=`` takes: the detector's languages and those the rule sets name."""
        if self._languages is None:
            from .language.profiles import language_codes

            scopes = [ruleset.languages for ruleset in self.rulebook.sets]
            scopes += [rule.languages for ruleset in self.rulebook.sets for rule in ruleset.rules]
            named = {lang for scope in scopes for lang in (scope or ())}
            self._languages = frozenset(language_codes()) | named
        return self._languages

    def check_language(self, lang: str | None) -> None:
        """ValueError, listing the codes, for a ``lang`` no detector profile nor rule set has. (clean()
        does not call it: a record's language field may hold any code, and then selects no rules.)"""
        if lang is not None and lang not in self.languages:
            raise ValueError(f"unknown language {lang!r}; the codes are {', '.join(sorted(self.languages))}")

    def _rules_for(self, lang: str | None, domain: str | None, page: bool = True):
        """The line rules' matcher, the structure rules of the rounds and those run once they
        settle. ``page=False``, for a document with no page facts (a text): the structure rules
        without the page kinds, which read the page and remove nothing without one."""
        key = (lang, self.rulebook.sites_of(domain))
        if key not in self._matchers:
            rules, structure = self.rulebook.select(lang, domain)
            # The rules that read what the others left run apart, once the rounds have settled.
            settled = [rule for rule in structure if rule.kind in SETTLED_KINDS]
            rounds = [rule for rule in structure if rule.kind not in SETTLED_KINDS]
            matcher = Matcher(rules, tail_shape(structure))
            self._matchers[key] = (matcher, rounds, settled)
            # On a text each page kind returns at once, yet would be called every round, and the
            # settled ones (page kinds all) would be given the text's lines once more at the end.
            self._for_texts[key] = (matcher, [rule for rule in rounds if rule.kind not in PAGE_KINDS],
                                    [rule for rule in settled if rule.kind not in PAGE_KINDS])
        return self._matchers[key] if page else self._for_texts[key]

    def warm(self, every_language: bool = True) -> "Cleaner":
        """Do now what the first documents would: load the language profiles, build the
        matchers of every language the rules name and compile their regexes. Before a
        pool forks, so that workers inherit it all rather than each doing it again.

        ``every_language=False`` builds only what every document needs (the profiles, the rules of
        no language): most inputs meet a few languages, and RE2 compiles holding the one core."""
        detection.warm()
        homoglyphs.warm()
        named = sorted({lang for ruleset in self.rulebook.sets for lang in (ruleset.languages or ())}
                       if every_language else ())
        with self._lock:
            for lang in (None, *named):
                matcher = self._rules_for(lang, None)[0]
                for rule in [*matcher.indexed, *matcher.regexes, *matcher.near_rules]:
                    if rule.kind == "regex":
                        rule.searcher  # noqa: B018 - compiles and caches
                for rule in matcher.regexes:  # tried on every line: searched through a document (Matcher.everywhere)
                    rule.lines_searcher  # noqa: B018 - compiles and caches
                # Their contexts' patterns too, which a worker would compile at a rule's first match.
                for rule in self.rulebook.select(lang, None)[0]:
                    if rule.context is not None:
                        rule.context.compiled  # noqa: B018 - compiles and caches
        return self

    def clean(self, text: str, lang: str | None = None, url: str | None = None, name: str = "<text>",
              drop_title: str | None = None, site: str | None = None) -> Result:
        """``site`` (a domain) selects site rule sets as if the text came from it, whatever ``url`` says."""
        return self._clean(text, lang, url, name, drop_title, site)

    def _clean(self, text: str, lang: str | None, url: str | None, name: str, drop_title: str | None,
               site: str | None = None, page: PageFacts | None = None) -> Result:
        with self._lock:
            return self._clean_alone(text, lang, url, name, drop_title, site, page)

    def _clean_alone(self, text: str, lang: str | None, url: str | None, name: str, drop_title: str | None,
                     site: str | None = None, page: PageFacts | None = None) -> Result:
        doc = self._repaired(text, lang, url, name, drop_title, page)
        return self._finished(doc, text, url, site)

    def _repaired(self, text: str, lang: str | None, url: str | None, name: str, drop_title: str | None,
                  page: PageFacts | None = None) -> Document:
        """The document before the rounds: its characters repaired and, on request, its title gone."""
        doc = Document.from_text(normalise_line_breaks(text), lang=lang, lang_forced=lang is not None,
                                 url=url, name=name, page=page)
        repair_characters(doc, self.uncurl_quotes)
        if drop_title:
            _drop_title(doc, drop_title)
        return doc

    def _finished(self, doc: Document, text: str, url: str | None, site: str | None,
                  detected: bool = False) -> Result:
        domain = domain_of(site) or domain_of(url)
        self._rounds(doc, domain, detected=detected)
        keep_layout(doc)
        guard_against_overcleaning(doc, self.max_removal, self._rules_for(doc.lang, domain)[0].tail)
        out = normalised_text(doc)
        return Result(text=out, lang=doc.lang, removals=tuple(doc.removals), fixes=tuple(doc.fixes),
                      notices=tuple(doc.notices), changed=out != text, url=url)

    def clean_many(self, documents: Iterable[str | Mapping], batch: int = BATCH) -> Iterator[Result]:
        """Clean documents in order, each as :meth:`clean` would (the same results, whatever the
        batches): a document is a text, or a mapping of clean()'s arguments ("text", "lang", "url",
        "name", "drop_title", "site"). ``batch`` documents at a time are repaired and their first
        language detected one after the other, then cleaned: back to back, the detections find the
        processor's caches as the one before left them (docs/performance.md, fourteenth round).
        Holds at most ``batch`` documents and their results."""
        if batch < 1:
            raise ValueError(f"batch is a number of documents, at least 1, not {batch}")
        taken = iter(documents)
        while chunk := [_clean_arguments(item) for item in islice(taken, batch)]:
            yield from self._clean_batch(chunk)

    def _clean_batch(self, chunk: list[Mapping]) -> list[Result]:
        with self._lock:
            repaired = []
            for item in chunk:
                lang, url = item.get("lang"), item.get("url")
                repaired.append(self._repaired(item["text"], lang, url, item.get("name", "<text>"),
                                               item.get("drop_title")))
            # The first round's language is a function of the repaired lines alone (as _rounds detects it).
            for doc in repaired:
                if not doc.lang_forced:
                    doc.lang = detection.detect([line.text for line in doc.content()])
            return [self._finished(doc, item["text"], item.get("url"), item.get("site"), detected=True)
                    for doc, item in zip(repaired, chunk)]

    def _rounds(self, doc: Document, domain: str | None, skip_idle: bool = True, detected: bool = False) -> None:
        """Language, line rules and structural rules until a round removes nothing. Structural rules
        that removed nothing would remove nothing again from the same lines: a round whose line rules
        remove nothing after such a round ends there. ``skip_idle=False`` runs them every round.
        ``detected``: ``doc.lang`` already holds the first round's detection (clean_many). Then the
        rules of the kinds that run apart (model.SETTLED_KINDS), and the rounds again if they
        removed a line."""
        while True:
            idle = None  # the structural rules that last ran and removed nothing, if no line has gone since
            settled: list[StructureRule] = []
            for round_ in range(MAX_ROUNDS):
                if not doc.lang_forced and not (detected and round_ == 0):
                    doc.lang = detection.detect([line.text for line in doc.content()])
                matcher, structure, settled = self._rules_for(doc.lang, domain, page=doc.page is not None)
                removed = apply_line_rules(doc, matcher, self._matched)
                if not removed and structure is idle and skip_idle:
                    break
                taken = apply_structure_rules(doc, structure)
                if not removed + taken:
                    break
                idle = None if taken else structure
            # Once the rounds have settled (model.SETTLED_KINDS): what these take, no other rule
            # would have. The rounds then run again on what they left, as a cleaning of the output
            # would: the other rules may read the lines round the removed ones anew.
            if not settled or not apply_structure_rules(doc, settled):
                break
            detected = False

    def clean_html(self, html: str, lang: str | None = None, url: str | None = None, name: str = "<html>",
                   title: str = "keep", preset: str = "balanced", comments: bool = False,
                   site: str | None = None, meta: bool = True) -> Result:
        """Extract the page's main text with trafilatura, then clean it.

        ``url`` (else the page's canonical link or og:url) selects site rule sets;
        ``title="keep"`` makes the page title the first line, ``"drop"`` removes it;
        ``meta=False`` when ``Result.meta`` is not wanted (it is None then): the page's date
        is not searched for, which on some pages takes longer than the extraction.
        Each line of the page the extraction leaves out is a removal by ``html-extraction``
        (see page_lines.py for what a line of a page is). Raises
        :class:`cleaner.distribution.MissingExtra` (an ImportError) without the html extra.
        """
        from dataclasses import replace

        from .io.html import extract

        # trafilatura's guesses of a title (from the headings) and site name serve the metadata (and --title drop) only.
        page = extract(html, url=url, preset=preset, comments=comments, date=meta,
                       guess_title=meta or title == "drop", guess_site=meta)
        result = self.clean_extracted(page, lang=lang, name=name, title=title, site=site, meta=meta)
        # The extraction's removals join the audit apart from the document: the over-cleaning guard weighs rules alone.
        left_out = extraction_removals(html, page.dropped, preset)
        return replace(result, removals=(*left_out, *result.removals),
                       notices=(*extraction_notices(page), *result.notices))

    def clean_extracted(self, page: Extracted, lang: str | None = None, name: str = "<html>",
                        title: str = "keep", site: str | None = None, meta: bool = True) -> Result:
        """Clean what :func:`cleaner.io.html.extract` took from a page: its text (with the title
        before it, as ``title`` says: see page_text), with the page rules reading where each line
        stood in the page. The removals number the lines of page_text's text. ``meta``: whether
        ``Result.meta`` holds the page's metadata (else None)."""
        from dataclasses import replace

        text, offset = page_text(page, title)
        facts = page.facts.shifted(offset) if page.facts is not None and offset else page.facts
        result = self._clean(text, lang, page.url, name, page.title if title == "drop" else None, site, facts)
        return replace(result, meta=page.meta() if meta else None, changed=True)

    def clean_bytes(self, data: bytes, lang: str | None = None, url: str | None = None,
                    name: str = "<bytes>", site: str | None = None) -> Result:
        """Decode (UTF-8, or the encoding detected and reported in ``Result.encoding``), then clean.

        Raises :class:`cleaner.decode.DecodeError` for data that is not text.
        """
        from .io.decode import decode

        text, encoding = decode(data)
        return with_encoding(self.clean(text, lang=lang, url=url, name=name, site=site), encoding)


def page_text(page: Extracted, title: str) -> tuple[str, int]:
    """The text HTML mode cleans from an extracted page, and how many lines stand before the
    extracted text in it: with ``title="keep"`` the title the page agrees with (page_title.py)
    is the first line (then a blank one) unless the text already opens with it."""
    from .io.html import TITLE_MODES

    if title not in TITLE_MODES:
        raise ValueError(f"title must be one of {', '.join(TITLE_MODES)}, not {title!r}")
    text, kept = page.text, page.page_title
    if title == "keep" and kept and fold_spaces(text.split("\n", 1)[0]) != fold_spaces(kept):
        return f"{kept}\n\n{text}", 2
    return text, 0


def extraction_notices(page: Extracted) -> tuple[Notice, ...]:
    """What the audit says of a page the parser read only in part, or that yields no text."""
    from .io.html import EXTRACTION_STEP, NO_TEXT

    if not page.text.strip():
        return (Notice(EXTRACTION_STEP, 0, f"{NO_TEXT}; {page.cut}" if page.cut else NO_TEXT),)
    return (Notice(EXTRACTION_STEP, 0, page.cut),) if page.cut else ()


def extraction_removals(html: str, dropped, preset: str) -> tuple[Removal, ...]:
    """Each line of the page the extraction left out (page_lines.dropped_lines), as a removal by the
    extraction step: ``line`` is the page's source line where its element starts, ``start`` and
    ``end`` that source line's offsets in the page (its line breaks made LF), as for a text."""
    from .io.html import EXTRACTION_FAMILY, EXTRACTION_STEP

    if not dropped:
        return ()
    if "\r" in html:  # as lxml counts lines
        html = html.replace("\r\n", "\n").replace("\r", "\n")
    lengths = list(map(len, html.split("\n")))
    ends = list(accumulate(lengths))  # where each line ends, not counting the line breaks before it
    source = f"trafilatura --preset {preset}"
    removals = []
    for line, text in dropped:
        number = min(max(line, 1), len(lengths))
        end = ends[number - 1] + number - 1
        removals.append(Removal(EXTRACTION_STEP, source, number, text, None, EXTRACTION_FAMILY,
                                end - lengths[number - 1], end))
    return tuple(removals)


def with_encoding(result: Result, encoding: str) -> Result:
    """The result of text decoded from ``encoding``: anything but UTF-8 is reported, and is a change."""
    from dataclasses import replace

    if encoding in ("utf-8", "utf-8-sig"):
        return replace(result, encoding=encoding)
    notice = Notice("decode", 0, f"read as {encoding}, not UTF-8")
    return replace(result, encoding=encoding, notices=(notice, *result.notices), changed=True)


_CLEAN_ARGUMENTS = frozenset({"text", "lang", "url", "name", "drop_title", "site"})


def _clean_arguments(item: str | Mapping) -> Mapping:
    """A document of clean_many as a mapping of clean()'s arguments; TypeError for another name."""
    if not isinstance(item, Mapping):
        return {"text": item}
    if "text" not in item or not _CLEAN_ARGUMENTS.issuperset(item):
        raise TypeError(f"a document is a text or a mapping of {', '.join(sorted(_CLEAN_ARGUMENTS))} "
                        f"(with text), not one of {', '.join(map(str, item))}")
    return item


_PAGE_TITLE = StructureRule(id="page-title", description="the page title, removed on request",
                            kind="repeated_title", source="--title drop")


def _drop_title(doc: Document, title: str) -> None:
    """With --title drop, the title lines at the head of an extracted page go, audited."""
    wanted = fold_spaces(title)
    for line in doc.content()[:3]:
        if fold_spaces(line.text) == wanted:
            remove_line(line, _PAGE_TITLE)


_default: Cleaner | None = None


def clean_text(text: str, lang: str | None = None, url: str | None = None) -> str:
    """Clean one text with the bundled rules and return the clean text."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(text, lang=lang, url=url).text
