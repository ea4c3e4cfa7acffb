"""`cleaner clean`: from paths (or stdin) to cleaned files, records, diffs and an audit."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from pathlib import Path

from .files import InputFile, atomic_output, discover
from .records import (
    JSONL_SUFFIXES, PARQUET_SUFFIXES, ParquetSink, RecordError, iter_parquet, jsonl_writer, open_record_lines,
    parquet_schema, read_jsonl, record_kind, record_line,
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


def run_clean(args, settings: Settings) -> int:
    settings.build()  # a bad rule stops the run here, before any output exists
    if args.dask:
        return _clean_on_dask(args, settings)
    jobs = args.jobs if args.jobs else (os.cpu_count() or 1)
    stats = Stats()
    progress = Progress(args.progress or sys.stderr.isatty())
    started = time.monotonic()
    status = 0
    with contextlib.ExitStack() as stack:
        audit = AuditSink(stack, args.audit)
        try:
            if not args.paths or args.paths == ["-"]:
                status = _clean_stdin(args, settings, jobs, stats, audit, progress)
            else:
                status = _clean_paths(args, settings, jobs, stats, audit, progress)
        finally:
            progress.close()
    if (args.output or args.progress) and not args.quiet:
        records = stats.records_read > 0
        for line in stats.summary(time.monotonic() - started, records):
            print(line, file=sys.stderr)
    return status


def _clean_stdin(args, settings, jobs, stats, audit, progress) -> int:
    if args.format == "jsonl":
        items = read_jsonl(sys.stdin.buffer)
        return clean_records("<stdin>", items, Path(args.output) if args.output else None, None,
                             args.on_error, settings, jobs, stats, audit, progress)
    from .decode import DecodeError, decode

    data = sys.stdin.buffer.read()
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        raise CleanError(f"<stdin>: {exc}") from None
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


def _clean_paths(args, settings, jobs, stats, audit, progress) -> int:
    inputs = discover(args.paths, ALL_SUFFIXES)
    if not inputs:
        raise CleanError(f"{', '.join(args.paths)}: no files to clean (looked for {', '.join(ALL_SUFFIXES)})")
    record_files = [item for item in inputs if record_kind(item.path)]
    plain_files = [item for item in inputs if not record_kind(item.path)]
    output = Path(args.output) if args.output else None
    single_record_output = output is not None and record_kind(output) is not None
    if single_record_output and (len(record_files) != 1 or plain_files):
        raise CleanError(f"{output}: a record file as output takes exactly one record input "
                         f"(got {len(record_files)} record files and {len(plain_files)} other files); "
                         "give a directory instead")
    if output is not None and not single_record_output:
        seen: dict[Path, Path] = {}
        for item in inputs:
            target = output_name(item)
            if target in seen:
                raise CleanError(f"{item.path}: would overwrite the output of {seen[target]} ({output / target})")
            seen[target] = item.path
    status = 0
    if plain_files:
        tasks = (FileTask(item.path, str(item.path), None if output is None or args.diff else output / output_name(item),
                          diff=args.diff, audit=audit.wanted) for item in plain_files)
        # A pool costs a fork per worker: not worth it for fewer files than workers.
        for outcome in ordered_map(run_file, tasks, min(jobs, len(plain_files)), settings):
            if outcome.error:
                print(f"cleaner: error: {outcome.error}", file=sys.stderr)
                stats.errors += 1
                status = 2
                continue
            stats.merge(outcome.stats)
            sys.stderr.write(outcome.explain)
            sys.stdout.write(outcome.diff or outcome.text)
            audit.write(outcome.audit)
            progress.update(stats)
    for item in record_files:
        target = output if single_record_output else (output / item.relative if output else None)
        try:
            status = max(status, _clean_record_file(item, target, args, settings, jobs, stats, audit, progress))
        except RecordError as exc:
            raise CleanError(f"{item.path}: {exc}") from None
    return status


def _clean_record_file(item, target, args, settings, jobs, stats, audit, progress) -> int:
    source = str(item.path)
    if record_kind(item.path) == "parquet":
        schema = parquet_schema(item.path) if target is not None and record_kind(target) == "parquet" else None
        return clean_records(source, iter_parquet(item.path), target, schema, args.on_error, settings, jobs,
                             stats, audit, progress)
    try:
        with open_record_lines(item.path) as handle:
            return clean_records(source, read_jsonl(handle), target, None, args.on_error, settings, jobs,
                                 stats, audit, progress)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise CleanError(f"{source}: cannot read: {exc}") from None


def clean_records(source, items, target, schema, on_error, settings, jobs, stats, audit=None, progress=None) -> int:
    """Stream records through the workers into ``target`` (or stdout); the target is complete or absent."""
    with contextlib.ExitStack() as stack:
        if target is None:
            sys.stdout.flush()
            write = sys.stdout.buffer.write
            sink = None
        elif record_kind(target) == "parquet":
            if schema is None:
                raise CleanError(f"{target}: Parquet output needs Parquet input (the schema comes from it)")
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
            stats.merge(batch_stats)
            lines = []
            for outcome in outcomes:
                if outcome.error is not None:
                    message = f"{source}:{outcome.number}: {outcome.error}"
                    if on_error == "fail":
                        if lines:  # the records before it go out, as they would one by one
                            write(b"".join(lines))
                        raise CleanError(f"{message} (--on-error skip to go on)")
                    print(f"cleaner: skipped {message}", file=sys.stderr)
                    stats.records_skipped += 1
                    continue
                if wanted:
                    audit.write(outcome.audit)
                if outcome.record is None:
                    continue
                if sink is not None:
                    sink.write(outcome.record)
                else:
                    lines.append(outcome.record)
            if lines:
                write(b"".join(lines))
            if progress is not None:
                progress.update(stats)
    return 0


def _clean_on_dask(args, settings: Settings) -> int:
    if not args.paths or args.paths == ["-"] or not args.output or record_kind(args.output):
        raise CleanError("--dask cleans shards (files) into a directory: give PATH... and -o DIR")
    try:
        from .dask import connect, run_job
    except ImportError as exc:
        raise CleanError(f"--dask needs Dask: pip install 'cleaner[dask]' ({exc})") from None
    output = Path(args.output)
    inputs = discover(args.paths, ALL_SUFFIXES)
    unsupported = [item.path for item in inputs if record_kind(item.path) == "parquet"]
    if unsupported:
        raise CleanError(f"{unsupported[0]}: --dask takes JSONL and text or HTML shards, not Parquet")
    jobs = [(str(item.path), str(output / output_name(item))) for item in inputs]
    started = time.monotonic()
    client = connect(args.dask)
    try:
        stats, skipped = run_job(client, jobs, settings, args.on_error)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and args.dask.startswith("local"):
            cluster.close()
    if not args.quiet:
        for line in stats.summary(time.monotonic() - started, stats.records_read > 0):
            print(line, file=sys.stderr)
        print(f"cleaner: {len(jobs) - skipped} shards cleaned, {skipped} already done", file=sys.stderr)
    return 0
