"""A record file (JSONL or Parquet) or stream cleaned into its output: complete or absent."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..io.files import atomic_output, os_error_text, quote_name
from ..io.records import (
    LinesSink, ParquetSink, RecordError, UnreadableFile, iter_parquet, jsonl_writer, open_record_lines, parquet_schema,
    read_jsonl, record_kind,
)
from .pool import ordered_map
from .stats import Stats
from .tasks import batches, run_records


class CleanError(Exception):
    """Stops the run; ``str()`` is the one-line message (it names the file)."""


class FileFailed(Exception):
    """A malformed record under --on-error fail: its file fails; ``str()`` names file and line."""


def clean_record_file(path: Path, target: Path | None, on_error, settings, jobs, stats, audit=None,
                      progress=None) -> str | None:
    """Clean one record file into ``target`` (or stdout): None, or the one-line error of a file
    that failed, whose ``target`` is then absent (never a part that looks complete)."""

    def clean() -> None:
        reading = progress.reading if progress is not None else None
        if record_kind(path) == "parquet":
            schema = parquet_schema(path) if target is not None and record_kind(target) == "parquet" else None
            clean_records(source, iter_parquet(path, reading=reading), target, schema, on_error, settings, jobs,
                          stats, audit, progress)
        else:
            with open_record_lines(path, settings.max_document_bytes, reading) as lines:
                clean_records(source, read_jsonl(lines), target, None, on_error, settings, jobs, stats, audit,
                              progress)

    source = str(path)
    return _attempt(source, target, clean)


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

    def add_to(self, stats: Stats, failed: bool, kept: bool) -> None:
        written, dropped = (self.written, self.dropped) if kept or not failed else (0, 0)
        stats.records_read += self.read
        stats.records_written += written
        stats.records_dropped += dropped
        stats.records_skipped += self.skipped
        stats.records_failed += self.read - written - dropped - self.skipped


def clean_records(source, items, target, schema, on_error, settings, jobs, stats, audit=None, progress=None) -> None:
    """Stream records through the workers into ``target`` (or stdout); the target is complete or absent.

    Raises FileFailed (a malformed record, --on-error fail), UnreadableFile, or OSError (writing);
    ``stats`` counts the file's records either way.
    """
    tally = _Tally()
    try:
        _stream_records(source, items, target, schema, on_error, settings, jobs, stats, tally, audit, progress)
    except Exception:
        tally.add_to(stats, failed=True, kept=target is None)
        raise
    tally.add_to(stats, failed=False, kept=True)


def _stream_records(source, items, target, schema, on_error, settings, jobs, stats, tally, audit, progress) -> None:
    with contextlib.ExitStack() as stack:
        if target is None:
            sys.stdout.flush()
            sink = LinesSink(sys.stdout.buffer.write)
        elif record_kind(target) == "parquet":
            if schema is None:
                raise CleanError(f"{quote_name(target)}: Parquet output needs Parquet input (the schema comes from it)")
            raw = stack.enter_context(atomic_output(target))
            sink = ParquetSink(raw, schema)
            stack.callback(sink.close)
        else:
            raw = stack.enter_context(atomic_output(target))
            sink = LinesSink(stack.enter_context(jsonl_writer(raw, target.name)).write)
        wanted = audit is not None and audit.wanted
        task = functools.partial(run_records, audit=wanted, as_lines=sink.takes_lines)
        for outcomes, batch_stats in ordered_map(task, batches(items, source), jobs, settings):
            # The records are counted here, as they reach the output, not by the worker.
            stats.merge(replace(batch_stats, records_read=0, records_written=0, records_dropped=0))
            for outcome in outcomes:
                tally.read += 1
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
                if outcome.record is None:
                    tally.dropped += 1
                    continue
                tally.written += 1
                sink.put(outcome.record)
            sink.end_batch()
            if progress is not None:
                progress.update(stats)
