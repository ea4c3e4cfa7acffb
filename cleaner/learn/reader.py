"""The pages `cleaner learn` reads: text and HTML files, JSONL and Parquet records, read
again for each pass, within clean's document limits; a bad input is one line naming it
(and its record line), said once, and the other inputs are still read."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..distribution import MissingExtra
from ..io.decode import DecodeError, decode
from ..io.files import discover, os_error_text, quote_name
from ..io.parquet import iter_parquet
from ..io.records import (JSONL_SUFFIXES, PARQUET_SUFFIXES, RecordError, UnreadableFile, open_record_lines,
                          parse_record, read_jsonl, record_inputs, record_kind)
from ..pipeline import domain_of
from ..run.documents import encoding_hint
from ..run.limits import DocumentTooLarge, check_lines, check_size, read_document
from ..run.settings import Settings
from ..text.lines import fold_spaces, normalise_line_breaks

SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", *JSONL_SUFFIXES, *PARQUET_SUFFIXES)


@dataclass
class Page:
    site: str
    lines: list[str]  # non-empty, spaces folded


@dataclass
class Corpus:
    """The inputs' pages. ``settings`` gives the record fields, the format, the encoding and
    the document limits (as `cleaner clean` reads them); ``site`` names the site of pages
    whose origin names none (no URL, no canonical link): else their folder's name."""

    paths: tuple[str, ...]
    site: str | None = None
    settings: Settings = field(default_factory=Settings)
    on_error: Callable[[str], None] = lambda message: None
    errors: int = 0
    _reads: int = 0
    _spill: BinaryIO | None = None
    _spilled: bool = False

    def pages(self) -> Iterator[Page]:
        """Every page, in a stable order; errors are reported on the first read only. The first
        complete read keeps the pages' lines in a temporary file, which the later passes read
        instead of decoding and extracting the inputs again (on disk: memory stays bounded)."""
        if self._spill is not None and self._spilled:
            self._spill.seek(0)
            for line in self._spill:
                site, lines = json.loads(line)
                yield Page(site, lines)
            return
        first = self._reads == 0
        self._reads += 1
        spill = tempfile.TemporaryFile() if first else None
        if spill is not None:
            self._spill = spill
        for page in self._read(first):
            if spill is not None:
                spill.write(json.dumps([page.site, page.lines]).encode("ascii") + b"\n")
            yield page
        self._spilled = spill is not None

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill, self._spilled = None, False

    def _read(self, first: bool) -> Iterator[Page]:
        found = discover(list(self.paths), SUFFIXES)
        for error in found.errors:
            self._error(error, first)
        for item in found.files:
            try:
                kind = record_kind(item.path)
                if kind == "jsonl":
                    yield from self._jsonl(item.path, first)
                elif kind == "parquet":
                    yield from self._parquet(item.path, first)
                else:
                    yield self._file(item.path)
            except MissingExtra as exc:  # a page without the html extra: one line naming it, no rules
                raise exc.at(quote_name(item.path)) from None
            except OSError as exc:
                self._error(f"{quote_name(item.path)}: {os_error_text(exc, item.path)}", first)
            except DecodeError as exc:
                self._error(f"{quote_name(item.path)}: {exc}{encoding_hint(exc)}", first)
            except (DocumentTooLarge, UnreadableFile, RecordError) as exc:
                self._error(f"{quote_name(item.path)}: {exc}", first)

    def _error(self, message: str, first: bool) -> None:
        if first:
            self.errors += 1
            self.on_error(message)

    def _file(self, path: Path) -> Page:
        text = decode(read_document(path, self.settings), self.settings.encoding)[0]
        check_lines(text, self.settings)
        html = self.settings.doc_format == "html" or (
            self.settings.doc_format == "auto" and path.suffix.lower() in (".html", ".htm", ".xhtml"))
        return self._page(text, None, html, path.parent.resolve().name)

    def _jsonl(self, path: Path, first: bool) -> Iterator[Page]:
        with open_record_lines(path, self.settings.max_document_bytes) as lines:
            for number, line in read_jsonl(lines):
                try:
                    if isinstance(line, RecordError):
                        raise line
                    yield self._record(parse_record(line), path)
                except (RecordError, DocumentTooLarge) as exc:
                    self._error(f"{quote_name(path)}:{number}: {exc}", first)

    def _parquet(self, path: Path, first: bool) -> Iterator[Page]:
        for number, record in iter_parquet(path):
            try:
                yield self._record(record, path)
            except (RecordError, DocumentTooLarge) as exc:
                self._error(f"{quote_name(path)}: record {number}: {exc}", first)

    def _record(self, record: dict, path: Path) -> Page:
        text, url, _ = record_inputs(record, self.settings.fields)
        check_size(len(text.encode("utf-8", "surrogatepass")), self.settings)
        check_lines(text, self.settings)
        return self._page(text, url, self.settings.doc_format == "html", path.parent.resolve().name)

    def _page(self, text: str, url: str | None, html: bool, folder: str) -> Page:
        return page_of(text, url, html, self.site or folder)


def page_of(text: str, url: str | None, html: bool, fallback_site: str) -> Page:
    """The page's lines as `cleaner clean` sees them: an HTML page's main text, its title first;
    its site the domain of its URL (an HTML page's canonical link), else ``fallback_site``."""
    if html:
        from ..io.html import extract

        page = extract(text, url=url, date=False)
        text, url = page.text, page.url
        if page.title and fold_spaces(text.split("\n", 1)[0]) != fold_spaces(page.title):
            text = f"{page.title}\n\n{text}"
    lines = [fold_spaces(line) for line in normalise_line_breaks(text).split("\n")]
    return Page(domain_of(url) or fallback_site, [line for line in lines if line])


def read_pages(paths: list[str], site: str | None = None, settings: Settings | None = None) -> Iterator[Page]:
    """The pages of ``paths`` (errors ignored): for a library caller with trusted inputs."""
    return Corpus(tuple(paths), site, settings or Settings()).pages()
