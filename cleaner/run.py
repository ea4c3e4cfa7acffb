"""`cleaner clean` over many documents: files, HTML pages and record streams, in parallel.

Work is cut into tasks (a file; a batch of records) that worker processes run
with a Cleaner built once per process. Results come back in input order
through a bounded window, so memory stays flat however long the input, and
the output of ``-j N`` is byte-identical to ``-j 1``.
"""

from __future__ import annotations

import collections
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decode import DecodeError, EncodingUnknown, read
from .pipeline import MAX_REMOVAL
from .files import TEXT_SUFFIXES, atomic_write, os_error_text, quote_name, unified_diff
from .records import (
    Fields, RecordError, cleaner_field, is_empty, parse_record, record_inputs, record_line,
)

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
RECORD_BATCH = 64
# Cleaning holds a few copies of a document's text and an object per line (about 20 bytes
# a character on one long line, 250 to 350 bytes a line on short ones): documents beyond
# these are refused, named, rather than let one hostile input take the machine's memory.
# Web pages are far smaller (Common Crawl cuts pages at 1 MiB); a long book fits.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
MAX_DOCUMENT_LINES = 200_000


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs: picklable, so it travels to every process once."""

    rules: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    default_rules: bool = True
    uncurl_quotes: bool = False
    max_removal: float = MAX_REMOVAL
    lang: str | None = None
    url: str | None = None
    doc_format: str = "auto"
    title: str = "keep"
    preset: str = "balanced"
    comments: bool = False
    explain: bool = False
    fields: Fields = Fields()
    drop_empty: bool = False
    max_document_bytes: int = MAX_DOCUMENT_BYTES  # 0: no limit
    max_document_lines: int = MAX_DOCUMENT_LINES  # 0: no limit
    encoding: str | None = None  # --encoding: the documents' encoding, not guessed
    # The rule files' texts, for workers on other machines: with them a worker
    # needs no access to the client's rule directories, and uses its rules.
    sources: tuple = ()

    def build(self):
        """The Cleaner these settings describe; one per process and settings."""
        cleaner = _cleaners.get(self)
        if cleaner is None:
            from .pipeline import Cleaner
            from .rules import book_from_sources

            rulebook = book_from_sources(self.sources, frozenset(self.disable)) if self.sources else None
            cleaner = Cleaner(rules=self.rules, disable=self.disable, default_rules=self.default_rules,
                              uncurl_quotes=self.uncurl_quotes, rulebook=rulebook, max_removal=self.max_removal)
            _cleaners.clear()  # one job's rules at a time
            _cleaners[self] = cleaner
        return cleaner

    def with_sources(self) -> "Settings":
        """These settings carrying the rule texts themselves (read now, on the client)."""
        from dataclasses import replace

        from .rules import rule_sources

        return replace(self, sources=rule_sources(tuple(self.rules), self.default_rules))


_cleaners: dict = {}
_worker: tuple[Settings, object] | None = None


def _init_worker(settings: Settings) -> None:
    global _worker
    _worker = (settings, settings.build())


def _current() -> tuple[Settings, object]:
    assert _worker is not None, "worker used before _init_worker"
    return _worker


def current_cleaner():
    """The Cleaner of this worker (or of the caller, with -j 1), for tasks run by ordered_map."""
    return _current()[1]


def is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


def format_by_name(name: str) -> bool | None:
    """What a file's name says it holds: an HTML page (True), text (False), or nothing (None)."""
    lowered = name.lower()
    if lowered.endswith(HTML_SUFFIXES):
        return True
    return False if lowered.endswith(TEXT_SUFFIXES) else None


def reads_as_html(doc_format: str, said: bool | None, text: str) -> bool:
    """Whether a document is cleaned as an HTML page: as --format says; else as its origin says
    (``said``); else, when nothing says, if it is a page beyond doubt (html.looks_like_html).
    Extraction keeps a page's main text only, so a text must never be taken for one."""
    if doc_format in ("html", "text"):
        return doc_format == "html"
    if said is not None:
        return said
    from .html import looks_like_html

    return looks_like_html(text)


def clean_any(cleaner, settings: Settings, text: str, name: str, url: str | None = None,
              lang: str | None = None, html: bool | None = False):
    """Clean one document as text or as an HTML page (see reads_as_html).

    ``html`` is what the document's origin says: False (the default) for text, such as a
    record's text field or a file named .txt; True for a file named .html; None when nothing
    does (stdin, a file of another name), and only then is the text sniffed.
    """
    url = url or settings.url
    lang = lang or settings.lang
    if reads_as_html(settings.doc_format, html, text):
        return cleaner.clean_html(text, lang=lang, url=url, name=name, title=settings.title,
                                  preset=settings.preset, comments=settings.comments)
    return cleaner.clean(text, lang=lang, url=url, name=name)


# --- document limits --------------------------------------------------------------


class DocumentTooLarge(ValueError):
    """A document over --max-document-size or --max-document-lines; ``str()`` says which and by how much."""


def too_large(limit: int, size: int | None = None) -> DocumentTooLarge:
    """The refusal of a document over ``limit`` bytes (``size`` None: known only to be larger,
    from a read that stopped there)."""
    told = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return DocumentTooLarge(f"{told}, over the document size limit of {limit:,} (--max-document-size)")


def check_size(size: int, settings: Settings) -> None:
    if settings.max_document_bytes and size > settings.max_document_bytes:
        raise too_large(settings.max_document_bytes, size)


def line_count(text: str) -> int:
    """The lines the pipeline makes of ``text``: its line breaks as fixes.normalise_line_breaks reads them."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return 1 + breaks + text.count("\x85") + text.count("\u2028") + text.count("\u2029")


def check_lines(text: str, settings: Settings) -> None:
    limit = settings.max_document_lines
    if limit and (lines := line_count(text)) > limit:
        raise DocumentTooLarge(f"{lines:,} lines, over the document line limit of {limit:,} (--max-document-lines)")


def read_document(path: Path, settings: Settings) -> bytes:
    """The bytes of a file, refused from its size before they are read, and read no further
    than the limit (a file can grow, and a pipe or /proc file has no size to ask)."""
    import os

    limit = settings.max_document_bytes
    with open(path, "rb") as handle:
        check_size(os.fstat(handle.fileno()).st_size, settings)
        data = handle.read(limit + 1) if limit else handle.read()
    if limit and len(data) > limit:
        raise too_large(limit)
    return data


# --- statistics and progress ------------------------------------------------------


@dataclass
class Stats:
    documents: int = 0
    bytes_in: int = 0
    lines_removed: int = 0
    rules: collections.Counter = field(default_factory=collections.Counter)
    records_read: int = 0
    records_written: int = 0
    records_dropped: int = 0
    records_skipped: int = 0
    records_failed: int = 0  # read from a file that failed, and not written
    errors: int = 0

    def add_result(self, result, size: int) -> None:
        self.documents += 1
        self.bytes_in += size
        self.lines_removed += len(result.removals)
        self.rules.update(result.removal_counts())

    def merge(self, other: "Stats") -> None:
        for name in ("documents", "bytes_in", "lines_removed", "records_read", "records_written",
                     "records_dropped", "records_skipped", "records_failed", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rules.update(other.rules)

    def summary(self, seconds: float, records: bool) -> list[str]:
        rate = self.documents / seconds if seconds > 0 else 0.0
        lines = [f"cleaner: {self.documents} documents, {self.bytes_in / 1e6:.1f} MB in {seconds:.1f} s "
                 f"({rate:.0f} documents/s); {self.lines_removed} lines removed"]
        if self.rules:
            top = ", ".join(f"{rule} {n}" for rule, n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
            lines.append(f"cleaner: top rules: {top}")
        if records:
            failed = f", {self.records_failed} in failed files" if self.records_failed else ""
            lines.append(f"cleaner: records: {self.records_read} read, {self.records_written} written, "
                         f"{self.records_dropped} dropped (empty), {self.records_skipped} skipped (malformed){failed}")
        if self.errors:
            lines.append(f"cleaner: {self.errors} errors")
        return lines


class Progress:
    """A one-line progress report on stderr, redrawn at most twice a second."""

    def __init__(self, enabled: bool, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, stats: Stats) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        self.stream.write(f"\r{stats.documents} documents, {stats.bytes_in / 1e6:.1f} MB, "
                          f"{stats.documents / elapsed:.0f} documents/s ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            self.stream.write("\n")


# --- the ordered, bounded parallel map --------------------------------------------


def ordered_map(func: Callable, tasks: Iterable, jobs: int, settings: Settings) -> Iterator:
    """``map(func, tasks)`` over ``jobs`` processes, in order, with at most 2 x jobs tasks in flight."""
    if jobs <= 1:
        _init_worker(settings)
        for task in tasks:
            yield func(task)
        return
    from .pool import ForkPool

    # Build (and cache) the rules and the detector before the pool forks: workers inherit them.
    settings.build().warm()
    with ForkPool(jobs, _init_worker, (settings,)) as pool:
        yield from pool.imap(func, tasks, 2 * jobs)


# --- files ------------------------------------------------------------------------


@dataclass(frozen=True)
class FileTask:
    path: Path
    name: str
    output: Path | None  # None: the text goes back to the caller (stdout or diff)
    diff: bool = False
    audit: bool = True  # whether the caller wants the audit entries (they cost a pickle home)


@dataclass
class FileOutcome:
    name: str
    text: str = ""
    diff: str = ""
    explain: str = ""
    audit: list = field(default_factory=list)
    error: str | None = None
    stats: Stats = field(default_factory=Stats)


def explain_text(name: str, result) -> str:
    out = []
    for entry in result.audit_entries(name):
        if entry["kind"] == "removal":
            via = f" (after marker on line {entry['marker_line']})" if entry.get("marker_line") else ""
            out.append(f"{name}:{entry['line']}: removed by {entry['rule']} [{entry['file']}]{via}: {entry['text']}")
        elif entry["kind"] == "fix":
            out.append(f"{name}:{entry['line']}: fixed {entry['step']}: {entry['detail']}")
        else:
            out.append(f"{name}:{entry['line']}: note {entry['step']}: {entry['message']}")
    return "".join(line + "\n" for line in out)


def guessed_note(name: str, decoded) -> str:
    """The line on stderr for a document whose encoding was guessed: a guess is never silent."""
    if decoded.guess is None:
        return ""
    return (f"cleaner: note: {name}: not UTF-8; guessed {decoded.encoding} ({decoded.guess}); "
            "give --encoding NAME if that is wrong\n")


def encoding_hint(error: DecodeError) -> str:
    """What to do about a text whose encoding could not be told."""
    return "; give it with --encoding NAME" if isinstance(error, EncodingUnknown) else ""


def run_file(task: FileTask) -> FileOutcome:
    settings, cleaner = _current()
    outcome = FileOutcome(task.name)
    try:
        data = read_document(task.path, settings)
        decoded = read(data, settings.encoding)
        text, encoding = decoded.text, decoded.encoding
        check_lines(text, settings)
    except OSError as exc:
        outcome.error = f"{quote_name(task.name)}: {exc.strerror or exc}"
        return outcome
    except DocumentTooLarge as exc:
        outcome.error = f"{quote_name(task.name)}: {exc}"
        return outcome
    except DecodeError as exc:
        outcome.error = f"{quote_name(task.name)}: {exc}{encoding_hint(exc)}"
        return outcome
    from .pipeline import with_encoding

    result = with_encoding(clean_any(cleaner, settings, text, task.name, html=format_by_name(task.name)), encoding)
    outcome.stats.add_result(result, len(data))
    outcome.explain = guessed_note(task.name, decoded)
    if settings.explain:
        outcome.explain += explain_text(task.name, result)
    if task.audit:
        outcome.audit = result.audit_entries(task.name)
    if task.diff:
        outcome.diff = unified_diff(text, result.text, task.name)
    elif task.output is not None:
        from .pool import signals_held

        # Ctrl-C, or the pool stopping this worker, waits for the file to be whole and in place:
        # a temporary file cut between its creation and its removal would stay behind.
        try:
            with signals_held():
                atomic_write(task.output, result.text.encode("utf-8"))
        except OSError as exc:  # this output only: the other files go on
            outcome.error = (f"{quote_name(task.name)}: cannot write {quote_name(task.output)}: "
                             f"{os_error_text(exc, task.output)}")
    else:
        outcome.text = result.text
    return outcome


# --- records ----------------------------------------------------------------------


@dataclass
class RecordOutcome:
    number: int
    record: dict | bytes | None = None  # None: dropped or skipped; bytes: the record as a JSON line
    error: str | None = None
    audit: list = field(default_factory=list)


def run_records(batch: tuple[str, list], audit: bool = True, as_lines: bool = False
                ) -> tuple[list[RecordOutcome], Stats]:
    """Clean a batch of records: (source name, [(line number, JSON line (bytes or str) or dict), ...]).

    ``as_lines`` gives each record back as its JSON line: the worker writes it, rather
    than the parent (which, with -j, would do it for all of them on a core the workers
    need); ``audit=False`` leaves out the audit entries nobody will write.
    """
    settings, cleaner = _current()
    source, items = batch
    stats = Stats()
    outcomes = []
    for number, item in items:
        stats.records_read += 1
        try:
            if isinstance(item, RecordError):  # the reader refused the line (records.read_jsonl)
                raise item
            record = parse_record(item) if isinstance(item, (str, bytes)) else dict(item)
            text, url, lang = record_inputs(record, settings.fields)
            size = len(text.encode("utf-8", "surrogatepass"))
            check_size(size, settings)
            check_lines(text, settings)
        except (RecordError, DocumentTooLarge) as exc:
            outcomes.append(RecordOutcome(number, error=str(exc)))
            continue
        name = f"{source}:{number}"
        result = clean_any(cleaner, settings, text, name, url=url, lang=lang)
        stats.add_result(result, size)
        entries = result.audit_entries(name) if audit else []
        if settings.drop_empty and is_empty(result.text):
            stats.records_dropped += 1
            outcomes.append(RecordOutcome(number, audit=entries))
            continue
        record[settings.fields.text] = result.text
        record["cleaner"] = cleaner_field(result, settings.explain)
        stats.records_written += 1
        outcomes.append(RecordOutcome(number, record=record_line(record) if as_lines else record, audit=entries))
    return outcomes, stats


def batches(items: Iterable, source: str, size: int = RECORD_BATCH) -> Iterator[tuple[str, list]]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield source, batch
            batch = []
    if batch:
        yield source, batch
