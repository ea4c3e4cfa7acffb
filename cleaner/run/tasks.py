"""`cleaner clean` over many documents: files, HTML pages and record streams, in parallel.

Work is cut into tasks (a file; a batch of records) that worker processes run
with a Cleaner built once per process. Results come back in input order
through a bounded window, so memory stays flat however long the input, and
the output of ``-j N`` is byte-identical to ``-j 1``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..distribution import MissingExtra
from ..io.decode import DecodeError, read
from ..io.files import atomic_write, os_error_text, quote_name, unified_diff
from ..io.records import RecordError, fields_found, get_field, is_empty, parse_record, record_line
from .documents import (
    checked_inputs, clean_any, clean_record, empty_page, encoding_hint, explain_text, format_by_name, guessed_note,
    read_as_page, reads_as_html, record_text_arguments,
)
from .limits import DocumentTooLarge, check_lines, read_document
from .pool import current_worker
from .stats import Stats

RECORD_BATCH = 64
# Files a task cleans together (run_files), and the most bytes they hold together: a batch of
# files is in memory at once, as a batch of records is.
FILE_BATCH = 16
FILE_BATCH_BYTES = 4 << 20



# --- the ordered, bounded parallel map --------------------------------------------


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
    # The error is that of a page that yielded no text: the file was cleaned, and is counted.
    no_text: bool = False


def run_file(task: FileTask) -> FileOutcome:
    return run_files((task,))[0]


def run_files(tasks: tuple[FileTask, ...]) -> list[FileOutcome]:
    """Clean a batch of files, each as alone: they are read first, and those cleaned as text
    are cleaned together (Cleaner.clean_many), the pages one by one."""
    settings, cleaner = current_worker()
    outcomes = [FileOutcome(task.name) for task in tasks]
    read_ = [_read_file(task, outcome, settings) for task, outcome in zip(tasks, outcomes)]
    texts = {at: {"text": got[1].text, "lang": settings.lang, "url": settings.url, "name": task.name,
                  "site": settings.site}
             for at, (task, got) in enumerate(zip(tasks, read_))
             if got is not None and not reads_as_html(settings.doc_format, format_by_name(task.name), got[1].text)}
    cleaned = dict(zip(texts, cleaner.clean_many(texts.values(), batch=max(len(texts), 1))))
    for at, (task, outcome, got) in enumerate(zip(tasks, outcomes, read_)):
        if got is not None:
            _finish_file(task, outcome, settings, cleaner, *got, cleaned.get(at))
    return outcomes


def _read_file(task: FileTask, outcome: FileOutcome, settings):
    """The file's bytes and decoded text, or None with the outcome's error said."""
    try:
        data = read_document(task.path, settings)
        decoded = read(data, settings.encoding, page=read_as_page(settings.doc_format, format_by_name(task.name)))
        check_lines(decoded.text, settings)
    except OSError as exc:
        outcome.error = f"{quote_name(task.name)}: {exc.strerror or exc}"
        return None
    except DocumentTooLarge as exc:
        outcome.error = f"{quote_name(task.name)}: {exc}"
        return None
    except DecodeError as exc:
        outcome.error = f"{quote_name(task.name)}: {exc}{encoding_hint(exc)}"
        return None
    return data, decoded


def _finish_file(task: FileTask, outcome: FileOutcome, settings, cleaner, data: bytes, decoded, result) -> None:
    """Clean the file (unless ``result`` holds its text cleaned already) and write or keep its outcome."""
    from ..pipeline import with_encoding

    text, encoding = decoded.text, decoded.encoding
    try:
        if result is None:
            result = clean_any(cleaner, settings, text, task.name, html=format_by_name(task.name))
        result = with_encoding(result, encoding)
    except MissingExtra as exc:  # a page without the html extra: this file only, the others go on
        outcome.error = f"{quote_name(task.name)}: {exc}"
        return
    outcome.stats.add_result(result, len(data))
    outcome.explain = guessed_note(task.name, decoded)
    if settings.explain:
        outcome.explain += explain_text(task.name, result)
    if task.audit:
        outcome.audit = result.audit_entries(task.name)
    if (why := empty_page(result)) is not None:  # nothing written: a line on stderr, status 2
        outcome.error = f"{quote_name(task.name)}: {why}"
        outcome.no_text = True
        outcome.stats.no_text += 1
        return
    if task.diff:
        outcome.diff = unified_diff(text, result.text, task.name)
    elif task.output is not None:
        from ..io.signals import signals_held

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


# --- records ----------------------------------------------------------------------


@dataclass
class RecordOutcome:
    number: int
    record: dict | bytes | None = None  # None: dropped or skipped; bytes: the record as a JSON line
    error: str | None = None
    audit: list = field(default_factory=list)
    # The named fields the record has (records.fields_found); None for a line that is no record.
    found: frozenset[str] | None = None
    no_text: str | None = None  # why its page yielded no text (documents.empty_page): said, and status 2


def run_records(batch: tuple[str, list], audit: bool = True, as_lines: bool = False, diff: bool = False
                ) -> tuple[list[RecordOutcome], Stats]:
    """Clean a batch of records: (source name, [(line number, JSON line (bytes or str) or dict), ...]).

    ``as_lines`` gives each record back as its JSON line: the worker writes it, rather
    than the parent (which, with -j, would do it for all of them on a core the workers
    need); ``diff`` gives the diff of its text instead (empty when unchanged), named
    SOURCE:LINE; ``audit=False`` leaves out the audit entries nobody will write.
    """
    settings, cleaner = current_worker()
    source, items = batch
    stats = Stats()
    parsed: list[tuple[int, dict | RecordError, frozenset[str] | None]] = []
    for number, item in items:
        stats.records_read += 1
        try:
            if isinstance(item, RecordError):  # the reader refused the line (records.read_jsonl)
                raise item
            record = parse_record(item) if isinstance(item, (str, bytes)) else dict(item)
            parsed.append((number, record, fields_found(record, settings.fields)))
        except RecordError as exc:
            parsed.append((number, exc, None))
    # The records cleaned as text first, together (Cleaner.clean_many); pages and refusals in the loop.
    inputs, texts = {}, {}
    for at, (number, record, _) in enumerate(parsed):
        if isinstance(record, RecordError):
            continue
        try:
            inputs[at] = checked_inputs(settings, record)
        except (RecordError, DocumentTooLarge):
            continue  # refused again, and reported, by clean_record in the loop below
        arguments = record_text_arguments(settings, inputs[at], f"{source}:{number}")
        if arguments is not None:
            texts[at] = arguments
    cleaned_texts = dict(zip(texts, cleaner.clean_many(texts.values(), batch=max(len(texts), 1))))
    outcomes = []
    for at, (number, record, found) in enumerate(parsed):
        try:
            if isinstance(record, RecordError):
                raise record
            name = f"{source}:{number}"
            before = get_field(record, settings.fields.text)
            cleaned = clean_record(cleaner, settings, record, name, result=cleaned_texts.get(at),
                                   inputs=inputs.get(at))
            dropped = settings.drop_empty and is_empty(cleaned.result.text) and not diff
            if diff:
                line = unified_diff(before, get_field(cleaned.record, settings.fields.text), name).encode(
                    "utf-8", "backslashreplace")
            else:
                # Written here, in the worker; a field JSON cannot hold (Parquet's bytes) is this record's error.
                line = record_line(cleaned.record) if as_lines and not dropped else None
        except (RecordError, DocumentTooLarge, MissingExtra) as exc:
            outcomes.append(RecordOutcome(number, error=str(exc), found=found))
            continue
        result = cleaned.result
        stats.add_result(result, cleaned.size)
        stats.no_text += cleaned.no_text is not None
        entries = result.audit_entries(name) if audit else []
        if dropped:
            stats.records_dropped += 1
            outcomes.append(RecordOutcome(number, audit=entries, found=found, no_text=cleaned.no_text))
            continue
        stats.records_written += 1
        outcomes.append(RecordOutcome(number, record=line if as_lines or diff else cleaned.record, audit=entries,
                                      found=found, no_text=cleaned.no_text))
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


def file_batches(tasks: Iterable[FileTask], size: int = FILE_BATCH) -> Iterator[tuple[FileTask, ...]]:
    """The tasks in batches of at most ``size`` files and FILE_BATCH_BYTES (a larger file goes alone)."""
    batch: list[FileTask] = []
    held = 0
    for task in tasks:
        try:
            bytes_ = task.path.stat().st_size
        except OSError:  # run_files says why
            bytes_ = 0
        if batch and (len(batch) >= size or held + bytes_ > FILE_BATCH_BYTES):
            yield tuple(batch)
            batch, held = [], 0
        batch.append(task)
        held += bytes_
    if batch:
        yield tuple(batch)
