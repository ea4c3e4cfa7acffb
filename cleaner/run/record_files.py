"""A record file (JSONL or Parquet) or stream cleaned into its output: complete or absent."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..io.files import atomic_output, os_error_text, quote_name
from ..io.parquet import InferredParquetSink, ParquetSink, iter_parquet, parquet_schema
from ..io.records import (
    LinesSink, RecordError, UnreadableFile, jsonl_writer, open_record_lines, read_jsonl, record_kind,
)
from .pool import ordered_map
from .stats import Stats
from .tasks import batches, run_records


class CleanError(Exception):
    """Stops the run; ``str()`` is the one-line message (it names the file)."""


class FileFailed(Exception):
    """A malformed record under --on-error fail: its file fails; ``str()`` names file and line."""


def clean_record_file(path: Path, target: Path | None, on_error, settings, jobs, stats, audit=None,
                      progress=None, diff: bool = False, name: str | None = None) -> str | None:
    """Clean one record file into ``target`` (or stdout; with ``diff``, each record's diff to
    stdout): None, or the one-line error of a file that failed, whose ``target`` is then absent
    (never a part that looks complete). ``name`` is the file's in messages (default: ``path``)."""

    def clean() -> None:
        reading = progress.reading if progress is not None else None
        if record_kind(path) == "parquet":
            parquet_out = target is not None and record_kind(target) == "parquet"
            schema = parquet_schema(path, settings.fields.audit) if parquet_out else None
            clean_records(source, iter_parquet(path, reading=reading), target, schema, on_error, settings, jobs, stats, audit,
                          progress, diff)
        else:
            with open_record_lines(path, settings.max_document_bytes, reading) as lines:
                clean_records(source, read_jsonl(lines), target, None, on_error, settings, jobs, stats, audit,
                              progress, diff)

    source = name or str(path)
    return _attempt(source, None if diff else target, clean)


def _attempt(source: str, target: Path | None, clean: Callable[[], None]) -> str | None:
    """Run ``clean``, the cleaning of one record input: None, or the one-line error of the input."""
    try:
        clean()
    except (FileFailed, UnreadableFile, RecordError, OSError) as exc:
        if isinstance(exc, OSError) and target is None:
            raise  # stdout went away (a closed pipe): not the input's fault
        return _record_error(source, target, exc)
    return None


def _record_error(source: str, target: Path | None, exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{quote_name(source)}: cannot write {quote_name(target)}: {os_error_text(exc, target)}"
    message = str(exc) if isinstance(exc, FileFailed) else f"{quote_name(source)}: {exc}"
    return message + (f"; {quote_name(target)} not written" if target is not None else "")


@dataclass
class _Tally:
    """One file's records as they are handled, counted where they are written: a failed file's
    records that never reached a kept output are counted as failed, so the counts add up."""

    read: int = 0
    written: int = 0
    dropped: int = 0
    skipped: int = 0
    parsed: int = 0  # the lines that were records (JSON objects), malformed or not
    found: dict = field(default_factory=dict)  # named field ("text", "url", "lang") -> records having it

    def add_to(self, stats: Stats, failed: bool, kept: bool) -> None:
        written, dropped = (self.written, self.dropped) if kept or not failed else (0, 0)
        stats.records_read += self.read
        stats.records_written += written
        stats.records_dropped += dropped
        stats.records_skipped += self.skipped
        stats.records_failed += self.read - written - dropped - self.skipped

    def check_fields(self, source: str, fields) -> None:
        """A field named on the command line that no record of the file has is a mistake in the
        command (a misspelt name, a flat path for a nested field), not a fact about the records."""
        if not self.parsed:  # no record at all, or only lines that are not records, said one by one
            return
        for role, name in (("text", fields.text), ("url", fields.url), ("lang", fields.lang)):
            if name and not self.found.get(role):
                raise FileFailed(f"{quote_name(source)}: no record has the field {name!r} (--{role}-field)")


def clean_records(source, items, target, schema, on_error, settings, jobs, stats, audit=None, progress=None,
                  diff: bool = False) -> None:
    """Stream records through the workers into ``target`` (or stdout); the target is complete or absent.

    Raises FileFailed (a malformed record, --on-error fail; a named field no record has),
    UnreadableFile, or OSError (writing); ``stats`` counts the file's records either way.
    """
    tally = _Tally()
    target = None if diff else target
    try:
        _stream_records(source, items, target, schema, on_error, settings, jobs, stats, tally, audit, progress, diff)
    except Exception:
        tally.add_to(stats, failed=True, kept=target is None)
        raise
    tally.add_to(stats, failed=False, kept=True)


def _sink(stack: contextlib.ExitStack, target: Path | None, schema, settings):
    """Where the records go: stdout, or the target file by its name (JSONL, or Parquet with
    the input's schema, or one inferred from the records when the input had none)."""
    if target is None:
        sys.stdout.flush()
        return LinesSink(sys.stdout.buffer.write)
    raw = stack.enter_context(atomic_output(target))
    if record_kind(target) == "parquet":
        audit = settings.fields.audit
        sink = ParquetSink(raw, schema, audit) if schema is not None else InferredParquetSink(raw, audit)
        stack.callback(sink.close)
        return sink
    return LinesSink(stack.enter_context(jsonl_writer(raw, target.name)).write)


def _stream_records(source, items, target, schema, on_error, settings, jobs, stats, tally, audit, progress,
                    diff) -> None:
    with contextlib.ExitStack() as stack:
        sink = _sink(stack, target, schema, settings)
        wanted = audit is not None and audit.wanted
        task = functools.partial(run_records, audit=wanted, as_lines=sink.takes_lines, diff=diff)
        for outcomes, batch_stats in ordered_map(task, batches(items, source), jobs, settings):
            # The records are counted here, as they reach the output, not by the worker.
            stats.merge(replace(batch_stats, records_read=0, records_written=0, records_dropped=0))
            for outcome in outcomes:
                tally.read += 1
                if outcome.found is not None:
                    tally.parsed += 1
                    for role in outcome.found:
                        tally.found[role] = tally.found.get(role, 0) + 1
                if outcome.error is not None:
                    message = f"{quote_name(source)}:{outcome.number}: {outcome.error}"
                    if on_error == "fail":
                        sink.end_batch()  # the records before it go out, as they would one by one
                        raise FileFailed(f"{message} (--on-error skip to go on)")
                    print(f"cleaner: skipped {message}", file=sys.stderr)
                    tally.skipped += 1
                    continue
                if wanted:
                    audit.write(outcome.audit)
                if outcome.no_text is not None:
                    _say_no_text(source, outcome, diff, progress)
                    stats.errors += 1
                if outcome.record is None:
                    tally.dropped += 1
                    continue
                tally.written += 1
                if outcome.record:  # an unchanged record has an empty diff
                    sink.put(outcome.record)
            sink.end_batch()
            if progress is not None:
                progress.update(stats)
        # Checked before the output is committed: a file failed on it gets no output.
        tally.check_fields(source, settings.fields)


def _say_no_text(source: str, outcome, diff: bool, progress) -> None:
    """The error line on stderr for a record whose page yielded no text, as for a file: the
    record is still written (its text empty, its cleaner object saying why), the other
    records go on, and the run's status is 2 (Stats.no_text)."""
    fate = ("" if diff else "; the record is dropped (--drop-empty)" if outcome.record is None
            else "; the record is written with an empty text")
    line = f"cleaner: error: {quote_name(source)}:{outcome.number}: {outcome.no_text}{fate}\n"
    if progress is not None:
        progress.say(line)
    else:
        sys.stderr.write(line)
