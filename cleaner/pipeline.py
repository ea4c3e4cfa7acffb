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
from itertools import accumulate
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .characters import ftfy_shortcut, repairs
from .characters import homoglyphs
from .language import detection
from .data import c1_code_pages, invisible_chars
from .document import Document, Fix, Notice, Removal, Result
from .matching.line_rules import Matcher, apply_line_rules, remove_line, tail_shape
from .matching.layout import keep_layout
from .matching.overcleaning import guard_against_overcleaning
from .rules.book import load_rulebook, RuleBook
from .rules.model import StructureRule
from .matching.structure import apply_structure_rules
from .text.lines import fold_spaces, joined, lines_with, normalise_line_breaks

if TYPE_CHECKING:
    from .io.html import Extracted
    from .io.page_facts import PageFacts

MAX_ROUNDS = 8
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


_REPAIR_PASSES = 4


def repair_characters(doc: Document, uncurl_quotes: bool = False, shortcut: bool = True) -> None:
    """ftfy, invisible characters and look-alike letters, on each line, to a fixed point.

    ftfy goes first: mojibake such as "Ã\xad" (í read as cp1252) holds a soft
    hyphen that must still be there for ftfy to recognise it. Removing a
    character, or folding spaces as the output will, can make a sequence ftfy
    would read differently, so the passes repeat until the line holds: what
    comes out is what a second cleaning would leave as it is. Lines none of these
    can change are found by a few scans of the whole text and only have their
    spaces folded; ``shortcut=False`` asks ftfy about every line
    (repairs.repair_unicode), as the tests do to compare.
    """
    invisible = invisible_chars()
    todo: set[int] | range = range(len(doc.lines))
    for_ftfy = todo
    if shortcut and not uncurl_quotes:
        # Tabs read as the spaces folding makes them: "Â A>" is mojibake, "Â<tab>A>" is not.
        for_ftfy, others = lines_to_repair([line.text.replace("\t", " ") for line in doc.lines], invisible)
        todo = for_ftfy | others
        for i, line in enumerate(doc.lines):
            if i not in todo:
                line.text = fold_spaces(line.text)
    steps = repairs.repair_steps(invisible, uncurl_quotes, shortcut, c1_code_pages())
    for i in sorted(todo):
        line = doc.lines[i]
        text = line.text
        noted: set[str] = set()
        for n in range(_REPAIR_PASSES):
            before = text
            for step, repair in steps:
                if n == 0 and step == "unicode" and i not in for_ftfy:
                    continue  # already known to hold nothing for ftfy
                fixed, detail = repair(text)
                if detail:
                    doc.fixes.append(Fix(step, line.number, detail, text, fixed, line.start, line.end))
                    text = fixed
            fixed, swaps, ambiguous = homoglyphs.repair_line(text)
            for detail in swaps:
                doc.fixes.append(Fix("homoglyph", line.number, detail, text, fixed, line.start, line.end))
            for message in ambiguous:
                if message not in noted:
                    noted.add(message)
                    doc.notices.append(Notice("homoglyph", line.number, message))
            text = fold_spaces(fixed)
            if text == before:
                break
        line.text = text
    doc.folded = True


def lines_to_repair(texts: list[str], invisible: frozenset[str]) -> tuple[set[int], set[int]]:
    """The lines with something for ftfy, and those with an invisible character or a letter of
    another script, one scan for each check. The others need only their spaces folded: folding
    never joins characters a space kept apart, so it makes no sequence these checks would find."""
    found = ftfy_shortcut.ftfy_signs()
    # A line of ASCII (told without reading it) is NFC and holds no invisible character
    # (repairs.holds_any), no letter of another script, and nothing ftfy's badness test
    # begins with (ftfy_shortcut._badness_suspects): only an entity or a control character
    # for ftfy, which one scan of the ASCII lines finds. Half of real text is in such lines.
    wide = [i for i, line in enumerate(texts) if not line.isascii()]
    narrow = [i for i, line in enumerate(texts) if line.isascii()] if wide else range(len(texts))
    for_ftfy: set[int] = set()
    lines = [texts[i] for i in narrow] if wide else texts
    text, starts = joined(lines)
    if not ftfy_shortcut.plain(text):
        for_ftfy = {narrow[j] for j in lines_with(found.starts, text, starts) if found.signs.search(lines[j])}
    if found.suspects is None:  # then ftfy_shortcut.lines_for_ftfy reads every line
        for_ftfy.update(i for i in narrow if found.badness.search(texts[i]))
    if not wide:
        return for_ftfy, set()
    # One scan of the other lines for three kinds of character: where a sign for ftfy begins,
    # an invisible one, a letter of the Cyrillic or Greek blocks; then each line found is
    # asked which it holds.
    lines = [texts[i] for i in wide]
    text, starts = joined(lines)
    searched = ftfy_shortcut.union(found.starts, repairs.any_of(invisible), homoglyphs.BLOCKS)
    marked = lines_with(searched, text, starts)
    others = {wide[j] for j in marked if repairs.holds_any(lines[j], invisible) or homoglyphs.mixes_scripts(lines[j])}
    signed = {j for j in marked if found.signs.search(lines[j])}
    for_ftfy.update(wide[j] for j in ftfy_shortcut.lines_for_ftfy(lines, text, starts, signed))
    return for_ftfy, others


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
        self._matchers: dict[tuple, tuple[Matcher, list]] = {}
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

    def _rules_for(self, lang: str | None, domain: str | None):
        key = (lang, self.rulebook.sites_of(domain))
        if key not in self._matchers:
            rules, structure = self.rulebook.select(lang, domain)
            self._matchers[key] = (Matcher(rules, tail_shape(structure)), structure)
        return self._matchers[key]

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
                matcher, _ = self._rules_for(lang, None)
                for rule in [*matcher.indexed, *matcher.regexes, *matcher.near_rules]:
                    if rule.kind == "regex":
                        rule.searcher  # noqa: B018 - compiles and caches
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
        doc = Document.from_text(normalise_line_breaks(text), lang=lang, lang_forced=lang is not None,
                                 url=url, name=name, page=page)
        repair_characters(doc, self.uncurl_quotes)
        if drop_title:
            _drop_title(doc, drop_title)
        self._rounds(doc, domain_of(site) or domain_of(url))
        keep_layout(doc)
        guard_against_overcleaning(doc, self.max_removal)
        out = normalised_text(doc)
        return Result(text=out, lang=doc.lang, removals=tuple(doc.removals), fixes=tuple(doc.fixes),
                      notices=tuple(doc.notices), changed=out != text, url=url)

    def _rounds(self, doc: Document, domain: str | None, skip_idle: bool = True) -> None:
        """Language, line rules and structural rules until a round removes nothing. Structural rules
        that removed nothing would remove nothing again from the same lines: a round whose line rules
        remove nothing after such a round ends there. ``skip_idle=False`` runs them every round."""
        idle = None  # the structural rules that last ran and removed nothing, if no line has gone since
        for _ in range(MAX_ROUNDS):
            if not doc.lang_forced:
                doc.lang = detection.detect([line.text for line in doc.content()])
            matcher, structure = self._rules_for(doc.lang, domain)
            removed = apply_line_rules(doc, matcher, self._matched)
            if not removed and structure is idle and skip_idle:
                break
            taken = apply_structure_rules(doc, structure)
            if not removed + taken:
                break
            idle = None if taken else structure

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
        return replace(result, removals=(*left_out, *result.removals))

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
