"""`cleaner clean`: from paths (or stdin) to cleaned files, records, diffs and an audit."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .files import InputFile, atomic_output, discover, file_id, os_error_text, quote_name
from .overwrite import Overwrite, Reads, refuse_overwrites
from .records import (
    JSONL_SUFFIXES, PARQUET_SUFFIXES, ParquetSink, RecordError, UnreadableFile, iter_parquet, jsonl_writer,
    bounded_lines, open_record_lines, parquet_schema, read_jsonl, record_kind, record_line,
)
from .run import (
    HTML_SUFFIXES, FileTask, Progress, Settings, Stats, batches, is_html_name, ordered_map,
    run_file, run_records,
)

TEXT_SUFFIXES = (".txt", ".text")
ALL_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES, *PARQUET_SUFFIXES)


class CleanError(Exception):
    """Stops the run; ``str()`` is the one-line message (it names the file)."""


class AuditSink:
    """``--audit FILE``: one JSON line per removal, fix and notice, committed atomically at the end."""

    def __init__(self, stack: contextlib.ExitStack, path: str | None):
        self.handle = None
        if path:
            raw = stack.enter_context(atomic_output(Path(path)))
            self.handle = stack.enter_context(jsonl_writer(raw, path))

    @property
    def wanted(self) -> bool:
        return self.handle is not None

    def write(self, entries: list[dict]) -> None:
        if self.handle is not None:
            for entry in entries:
                self.handle.write(record_line(entry, separators=None))


def output_name(item: InputFile) -> Path:
    """A text file keeps its name; an HTML page x.html becomes x.txt."""
    rel = item.relative
    return rel.with_suffix(".txt") if is_html_name(rel.name) else rel


@dataclass(frozen=True)
class Plan:
    """What a run over paths reads and writes, settled (and refused) before anything is written."""

    files: list[InputFile]
    output: Path | None
    single_record_output: bool  # -o names the one record input's output file, not a folder
    errors: list[str]  # folders that could not be read, one line each

    @property
    def plain(self) -> list[InputFile]:
        return [item for item in self.files if not record_kind(item.path)]

    @property
    def records(self) -> list[InputFile]:
        return [item for item in self.files if record_kind(item.path)]

    def target(self, item: InputFile) -> Path | None:
        if self.output is None:
            return None
        return self.output if self.single_record_output else self.output / output_name(item)


def plan_paths(args, skip_plain_outputs: bool = False) -> Plan:
    """The inputs under ``args.paths`` and their outputs under ``args.output``; CleanError when the
    outputs collide, or would write over an input (``skip_plain_outputs``: --diff writes no text)."""
    output = Path(args.output) if args.output else None
    # An output folder inside an input folder is never read back as input (a rerun would clean
    # out/ into out/out/).
    output_id = file_id(output) if output is not None else None
    found = discover(args.paths, ALL_SUFFIXES, frozenset([output_id]) if output_id else frozenset())
    if not found.files and not found.errors:
        names = ", ".join(quote_name(name) for name in args.paths)
        raise CleanError(f"{names}: no files to clean (looked for {', '.join(ALL_SUFFIXES)})")
    plan = Plan(found.files, output, output is not None and record_kind(output) is not None, found.errors)
    records, plain = plan.records, plan.plain
    if plan.single_record_output and (len(records) != 1 or plain):
        raise CleanError(f"{quote_name(output)}: a record file as output takes exactly one record input "
                         f"(got {len(records)} record files and {len(plain)} other files); "
                         "give a directory instead")
    if output is not None and not plan.single_record_output:
        seen: dict[Path, Path] = {}
        for item in found.files:
            target = output_name(item)
            if target in seen:
                raise CleanError(f"{quote_name(item.path)}: would overwrite the output of {quote_name(seen[target])} "
                                 f"({quote_name(output / target)})")
            seen[target] = item.path
    writes = [plan.target(item) for item in (*records, *([] if skip_plain_outputs else plain))]
    reads = Reads([*(item.path for item in found.files), *map(Path, args.paths)])
    folder = output if not plan.single_record_output else None
    _refuse(reads, [path for path in writes if path is not None], folder, args.audit)
    return plan


def _refuse(reads: Reads, writes: list[Path], folder: Path | None, audit: str | None) -> None:
    try:
        refuse_overwrites(reads, writes, folder, Path(audit) if audit else None)
    except Overwrite as exc:
        raise CleanError(str(exc)) from None


def run_clean(args, settings: Settings) -> int:
    settings.build()  # a bad rule stops the run here, before any output exists
    if args.dask:
        return _clean_on_dask(args, settings)
    jobs = args.jobs if args.jobs else (os.cpu_count() or 1)
    stdin = not args.paths or args.paths == ["-"]
    if stdin:
        _refuse(Reads(()), [Path(args.output)] if args.output else [], None, args.audit)
    else:
        plan = plan_paths(args, skip_plain_outputs=args.diff)
    stats = Stats()
    progress = Progress(args.progress or sys.stderr.isatty())
    started = time.monotonic()
    status = 0
    with contextlib.ExitStack() as stack:
        audit = AuditSink(stack, args.audit)
        try:
            if stdin:
                status = _clean_stdin(args, settings, jobs, stats, audit, progress)
            else:
                status = _clean_paths(plan, args, settings, jobs, stats, audit, progress)
        finally:
            progress.close()
    if (args.output or args.progress) and not args.quiet:
        records = stats.records_read > 0
        for line in stats.summary(time.monotonic() - started, records):
            print(line, file=sys.stderr)
    return status


def _report(error: str, stats: Stats) -> None:
    print(f"cleaner: error: {error}", file=sys.stderr)
    stats.errors += 1


def _clean_stdin(args, settings, jobs, stats, audit, progress) -> int:
    if args.format == "jsonl":
        output = Path(args.output) if args.output else None
        lines = bounded_lines(sys.stdin.buffer, settings.max_document_bytes)
        error = _attempt("<stdin>", output, lambda: clean_records(
            "<stdin>", read_jsonl(lines), output, None, args.on_error, settings, jobs, stats, audit, progress))
        if error is not None:
            _report(error, stats)
            return 2
        return 0
    from .decode import DecodeError, read
    from .run import DocumentTooLarge, check_lines, encoding_hint, guessed_note, too_large

    limit = settings.max_document_bytes
    data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
    try:
        if limit and len(data) > limit:
            raise too_large(limit)
        decoded = read(data, settings.encoding)
        check_lines(decoded.text, settings)
    except DocumentTooLarge as exc:
        raise CleanError(f"<stdin>: {exc}") from None
    except DecodeError as exc:
        raise CleanError(f"<stdin>: {exc}{encoding_hint(exc)}") from None
    text, encoding = decoded.text, decoded.encoding
    sys.stderr.write(guessed_note("<stdin>", decoded))
    from .pipeline import with_encoding
    from .run import clean_any, explain_text

    result = with_encoding(clean_any(settings.build(), settings, text, "<stdin>", html=None), encoding)
    stats.add_result(result, len(data))
    if args.explain:
        sys.stderr.write(explain_text("<stdin>", result))
    audit.write(result.audit_entries("<stdin>"))
    if args.diff:
        from .files import unified_diff

        sys.stdout.write(unified_diff(text, result.text, "<stdin>"))
    elif args.output:
        from .files import atomic_write

        atomic_write(Path(args.output), result.text.encode("utf-8"))
    else:
        sys.stdout.write(result.text)
    return 0


def _clean_paths(plan: Plan, args, settings, jobs, stats, audit, progress) -> int:
    """Every input is attempted; a failed one is a line on stderr and makes the status 2."""
    for error in plan.errors:
        _report(error, stats)
    status = 2 if plan.errors else 0
    plain = plan.plain
    if plain:
        tasks = (FileTask(item.path, str(item.path), None if args.diff else plan.target(item),
                          diff=args.diff, audit=audit.wanted) for item in plain)
        # A pool costs a fork per worker: not worth it for fewer files than workers.
        for outcome in ordered_map(run_file, tasks, min(jobs, len(plain)), settings):
            if outcome.error:
                _report(outcome.error, stats)
                status = 2
                continue
            stats.merge(outcome.stats)
            sys.stderr.write(outcome.explain)
            sys.stdout.write(outcome.diff or outcome.text)
            audit.write(outcome.audit)
            progress.update(stats)
    for item in plan.records:
        error = clean_record_file(item.path, plan.target(item), args.on_error, settings, jobs, stats, audit, progress)
        if error is not None:
            _report(error, stats)
            status = 2
    return status


class FileFailed(Exception):
    """A malformed record under --on-error fail: its file fails; ``str()`` names file and line."""


def clean_record_file(path: Path, target: Path | None, on_error, settings, jobs, stats, audit=None,
                      progress=None) -> str | None:
    """Clean one record file into ``target`` (or stdout): None, or the one-line error of a file
    that failed, whose ``target`` is then absent (never a part that looks complete)."""

    def clean() -> None:
        if record_kind(path) == "parquet":
            schema = parquet_schema(path) if target is not None and record_kind(target) == "parquet" else None
            clean_records(source, iter_parquet(path), target, schema, on_error, settings, jobs, stats, audit,
                          progress)
        else:
            with open_record_lines(path, settings.max_document_bytes) as lines:
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
            write = sys.stdout.buffer.write
            sink = None
        elif record_kind(target) == "parquet":
            if schema is None:
                raise CleanError(f"{quote_name(target)}: Parquet output needs Parquet input (the schema comes from it)")
            raw = stack.enter_context(atomic_output(target))
            sink = ParquetSink(raw, schema)
            stack.callback(sink.close)
            write = None
        else:
            raw = stack.enter_context(atomic_output(target))
            handle = stack.enter_context(jsonl_writer(raw, target.name))
            write = handle.write
            sink = None
        wanted = audit is not None and audit.wanted
        task = functools.partial(run_records, audit=wanted, as_lines=sink is None)
        for outcomes, batch_stats in ordered_map(task, batches(items, source), jobs, settings):
            # The records are counted here, as they reach the output, not by the worker.
            stats.merge(replace(batch_stats, records_read=0, records_written=0, records_dropped=0))
            lines = []
            for outcome in outcomes:
                tally.read += 1
                if outcome.error is not None:
                    message = f"{quote_name(source)}:{outcome.number}: {outcome.error}"
                    if on_error == "fail":
                        if lines:  # the records before it go out, as they would one by one
                            write(b"".join(lines))
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
                if sink is not None:
                    sink.write(outcome.record)
                else:
                    lines.append(outcome.record)
            if lines:
                write(b"".join(lines))
            if progress is not None:
                progress.update(stats)


def _clean_on_dask(args, settings: Settings) -> int:
    if not args.paths or args.paths == ["-"] or not args.output or record_kind(args.output):
        raise CleanError("--dask cleans shards (files) into a directory: give PATH... and -o DIR")
    try:
        from .dask import connect, run_job
    except ImportError as exc:
        raise CleanError(f"--dask needs Dask: pip install 'cleaner[dask]' ({exc})") from None
    plan = plan_paths(args)
    unsupported = [item.path for item in plan.files if record_kind(item.path) == "parquet"]
    if unsupported:
        raise CleanError(f"{quote_name(unsupported[0])}: --dask takes JSONL and text or HTML shards, not Parquet")
    jobs = [(str(item.path), str(plan.target(item))) for item in plan.files]
    stats = Stats()
    for error in plan.errors:
        _report(error, stats)
    started = time.monotonic()
    client = connect(args.dask)
    try:
        done, skipped, failed = run_job(client, jobs, settings, args.on_error)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and args.dask.startswith("local"):
            cluster.close()
    stats.merge(done)
    for error in failed:
        _report(error, stats)
    if not args.quiet:
        for line in stats.summary(time.monotonic() - started, stats.records_read > 0):
            print(line, file=sys.stderr)
        tail = f", {len(failed)} failed" if failed else ""
        print(f"cleaner: {len(jobs) - skipped - len(failed)} shards cleaned, {skipped} already done{tail}",
              file=sys.stderr)
    return 2 if failed or plan.errors else 0
