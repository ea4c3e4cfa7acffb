"""`cleaner clean`: from paths (or stdin) to cleaned files, records, diffs and an audit."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from ..io.files import (
    HTML_SUFFIXES, TEXT_SUFFIXES, InputFile, Skipped, atomic_output, discover, file_id, os_error_text, quote_name,
)
from ..io.overwrite import Overwrite, Reads, refuse_overwrites
from ..io.records import (
    JSONL_SUFFIXES, PARQUET_SUFFIXES, bounded_lines, jsonl_writer, read_jsonl, record_kind, record_line,
)
from ..io.selection import markdown
from .documents import is_html_name
from .pool import ordered_map
from .record_files import CleanError, _attempt, clean_record_file, clean_records
from .settings import Settings
from .shards import is_url
from .stats import Progress, Stats
from .tasks import FILE_BATCH, FileTask, file_batches, run_files

ALL_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES, *PARQUET_SUFFIXES)


@dataclass(frozen=True)
class CleanOptions:
    """What `cleaner clean` does, beside the settings every document is cleaned with."""

    settings: Settings = Settings()
    paths: tuple[str, ...] = ()  # none, or ("-",): stdin
    output: str | None = None  # a folder, or the one record input's output file, or stdin's output
    jobs: int = 0  # 0: a worker per core
    diff: bool = False
    audit: str | None = None  # the audit's JSON lines file
    progress: bool | None = None  # the progress bar and the summary; None: the bar on a terminal only
    quiet: bool = False
    stdin_jsonl: bool = False  # stdin holds JSONL records
    on_error: str = "fail"  # a malformed record fails its file ("fail") or is skipped ("skip")
    dask: str | None = None  # a Dask scheduler's address, or local:N
    force: bool = False  # --dask: redo every shard, even those whose output is up to date


class AuditSink:
    """``--audit FILE``: one JSON line per removal, fix and notice, committed atomically at the end."""

    def __init__(self, stack: contextlib.ExitStack, path: str | None):
        self.handle = None
        if path:
            # Refused here, before any output is written: a folder would only fail at the
            # end, when the finished audit is renamed over it.
            if os.path.isdir(path):
                raise CleanError(f"{quote_name(path)}: --audit names a folder; give the audit a file")
            try:
                raw = stack.enter_context(atomic_output(Path(path)))
            except OSError as exc:
                raise CleanError(f"{quote_name(path)}: cannot write the audit: {os_error_text(exc, path)}") from None
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
    skipped: list[Skipped] = field(default_factory=list)  # what is left alone, and why

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


def plan_paths(options: CleanOptions, skip_plain_outputs: bool = False) -> Plan:
    """The inputs under ``options.paths`` and their outputs under ``options.output``; CleanError when the
    outputs collide, or would write over an input (``skip_plain_outputs``: --diff writes no text)."""
    output = Path(options.output) if options.output else None
    # An output folder inside an input folder is never read back as input (a rerun would clean
    # out/ into out/out/).
    output_id = file_id(output) if output is not None else None
    found = discover(options.paths, ALL_SUFFIXES, frozenset([output_id]) if output_id else frozenset(), markdown)
    if not found.files and not found.errors and not any(item.named for item in found.skipped):
        names = ", ".join(quote_name(name) for name in options.paths)
        raise CleanError(f"{names}: no files to clean (looked for {', '.join(ALL_SUFFIXES)})")
    plan = Plan(found.files, output, output is not None and record_kind(output) is not None, found.errors,
                found.skipped)
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
    reads = Reads([*(item.path for item in found.files), *map(Path, options.paths)])
    folder = output if not plan.single_record_output else None
    _refuse(reads, [path for path in writes if path is not None], folder, options.audit)
    return plan


def _refuse(reads: Reads, writes: list[Path], folder: Path | None, audit: str | None) -> None:
    try:
        refuse_overwrites(reads, writes, folder, Path(audit) if audit else None)
    except Overwrite as exc:
        raise CleanError(str(exc)) from None


def run_clean(options: CleanOptions) -> int:
    settings = options.settings
    settings.build()  # a bad rule stops the run here, before any output exists
    if options.dask:
        return _clean_on_dask(options, settings)
    jobs = options.jobs if options.jobs else (os.cpu_count() or 1)
    stdin = not options.paths or options.paths == ("-",)
    if stdin:
        _refuse(Reads(()), [Path(options.output)] if options.output else [], None, options.audit)
    else:
        plan = plan_paths(options, skip_plain_outputs=options.diff)
    stats = Stats()
    shown = options.progress if options.progress is not None else sys.stderr.isatty()
    progress = Progress(shown, None if stdin else sum(map(_size, plan.files)))
    started = time.monotonic()
    status = 0
    with contextlib.ExitStack() as stack:
        audit = AuditSink(stack, options.audit)
        try:
            if stdin:
                status = _clean_stdin(options, settings, jobs, stats, audit, progress)
            else:
                status = _clean_paths(plan, options, settings, jobs, stats, audit, progress)
        finally:
            progress.close(stats)
    if stats.no_text:  # a page that yielded no text, a file's or a record's: each said on stderr
        status = 2
    if (options.output or options.progress) and not options.quiet:
        records = stats.records_read > 0
        listed = settings.explain or stdin or all(item.named for item in plan.skipped)
        for line in stats.summary(time.monotonic() - started, records, listed):
            print(line, file=sys.stderr)
    return status


def _size(item: InputFile) -> int:
    try:
        return os.stat(item.path).st_size
    except OSError:
        return 0


def _report(error: str, stats: Stats, progress: Progress | None = None) -> None:
    line = f"cleaner: error: {error}\n"
    if progress is not None:
        progress.say(line)  # above the bar, if one is drawn
    else:
        sys.stderr.write(line)
    stats.errors += 1


def _skip(plan: Plan, settings: Settings, stats: Stats, progress: Progress) -> None:
    """What the run leaves alone is counted; a file named on the command line is said to be
    left, and with --explain every one of them, with why."""
    for item in plan.skipped:
        stats.skipped[item.kind] += 1
        if item.named or settings.explain:
            progress.say(f"cleaner: skipped {quote_name(item.path)}: {item.why}\n")


def _clean_stdin(options, settings, jobs, stats, audit, progress) -> int:
    if options.stdin_jsonl:
        output = Path(options.output) if options.output else None
        lines = bounded_lines(sys.stdin.buffer, settings.max_document_bytes)
        output = None if options.diff else output
        error = _attempt("<stdin>", output, lambda: clean_records(
            "<stdin>", read_jsonl(lines), output, None, options.on_error, settings, jobs, stats, audit, progress,
            options.diff))
        if error is not None:
            _report(error, stats)
            return 2
        return 0
    from ..io.decode import DecodeError, read
    from .documents import encoding_hint, guessed_note, read_as_page
    from .limits import DocumentTooLarge, check_lines, too_large

    limit = settings.max_document_bytes
    data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
    try:
        if limit and len(data) > limit:
            raise too_large(limit)
        decoded = read(data, settings.encoding, page=read_as_page(settings.doc_format, None))
        check_lines(decoded.text, settings)
    except DocumentTooLarge as exc:
        raise CleanError(f"<stdin>: {exc}") from None
    except DecodeError as exc:
        raise CleanError(f"<stdin>: {exc}{encoding_hint(exc)}") from None
    text, encoding = decoded.text, decoded.encoding
    sys.stderr.write(guessed_note("<stdin>", decoded))
    from ..distribution import MissingExtra
    from ..pipeline import with_encoding
    from .documents import clean_any, empty_page, explain_text

    try:
        result = with_encoding(clean_any(settings.build(), settings, text, "<stdin>", html=None), encoding)
    except MissingExtra as exc:
        raise CleanError(f"<stdin>: {exc}") from None
    stats.add_result(result, len(data))
    if settings.explain:
        sys.stderr.write(explain_text("<stdin>", result))
    audit.write(result.audit_entries("<stdin>"))
    if (why := empty_page(result)) is not None:
        raise CleanError(f"<stdin>: {why}")
    if options.diff:
        from ..io.files import unified_diff

        sys.stdout.write(unified_diff(text, result.text, "<stdin>"))
    elif options.output:
        from ..io.files import atomic_write, os_error_text, quote_name

        target = Path(options.output)
        try:
            atomic_write(target, result.text.encode("utf-8"))
        except OSError as exc:  # a folder given as the output, say: one line, as for records
            raise CleanError(f"<stdin>: cannot write {quote_name(target)}: {os_error_text(exc, target)}") from None
    else:
        sys.stdout.write(result.text)
    return 0


def _clean_paths(plan: Plan, options, settings, jobs, stats, audit, progress) -> int:
    """Every input is attempted; a failed one is a line on stderr and makes the status 2."""
    _skip(plan, settings, stats, progress)
    for error in plan.errors:
        _report(error, stats, progress)
    status = 2 if plan.errors else 0
    plain = plan.plain
    if plain:
        tasks = (FileTask(item.path, str(item.path), None if options.diff else plan.target(item),
                          diff=options.diff, audit=audit.wanted) for item in plain)
        # A pool costs a fork per worker: not worth it for fewer files than workers. Files go in batches
        # (run_files), small enough that each worker has several.
        workers = min(jobs, len(plain))
        batched = file_batches(tasks, max(1, min(FILE_BATCH, len(plain) // (4 * workers))))
        outcomes = chain.from_iterable(ordered_map(run_files, batched, workers, settings))
        for item, outcome in zip(plain, outcomes):
            progress.finished(_size(item))
            if outcome.error:
                progress.say(outcome.explain)  # a page that yields no text: what was guessed, --explain
                audit.write(outcome.audit)  # and its notice
                if outcome.no_text:  # cleaned, and counted as a document, though nothing is written
                    stats.merge(outcome.stats)
                _report(outcome.error, stats, progress)
                status = 2
                continue
            stats.merge(outcome.stats)
            progress.say(outcome.explain)
            progress.say(outcome.diff or outcome.text, sys.stdout)
            audit.write(outcome.audit)
            progress.update(stats)
    for item in plan.records:
        error = clean_record_file(item.path, plan.target(item), options.on_error, settings, jobs, stats, audit, progress,
                                  options.diff)
        progress.finished(_size(item))
        progress.update(stats)
        if error is not None:
            _report(error, stats, progress)
            status = 2
    return status


def _clean_on_dask(options, settings: Settings) -> int:
    if not options.paths or options.paths == ("-",) or not options.output or record_kind(options.output):
        raise CleanError("--dask cleans shards (files) into a directory: give PATH... and -o DIR")
    if options.diff:
        raise CleanError("--dask writes cleaned shards and prints no diffs: run --diff without --dask")
    try:
        from .dask import connect, run_job
    except ImportError as exc:
        from ..distribution import install_hint

        raise CleanError(f"--dask needs Dask: {install_hint('dask')} ({exc})") from None
    errors: list[str] = []
    if any(is_url(name) for name in (*options.paths, options.output)):
        jobs = _url_jobs(options)
    else:
        plan = plan_paths(options)
        jobs = [(str(item.path), str(plan.target(item))) for item in plan.files]
        errors = plan.errors
    stats = Stats()
    for error in errors:
        _report(error, stats)
    started = time.monotonic()
    client = connect(options.dask)
    try:
        done, skipped, failed = run_job(client, jobs, settings, options.on_error, options.force)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and options.dask.startswith("local"):
            cluster.close()
    stats.merge(done)
    for error in failed:
        _report(error, stats)
    if not options.quiet:
        for line in stats.summary(time.monotonic() - started, stats.records_read > 0):
            print(line, file=sys.stderr)
        tail = f", {len(failed)} failed" if failed else ""
        print(f"cleaner: {len(jobs) - skipped - len(failed)} shards cleaned, {skipped} already done{tail}",
              file=sys.stderr)
    return 2 if failed or errors or stats.no_text else 0


def _url_jobs(options) -> list[tuple[str, str]]:
    """Shards named by fsspec URLs (s3://, gs://, file://...), as Dask reads them."""
    from .shards import url_jobs

    try:
        jobs = url_jobs(options.paths, options.output, ALL_SUFFIXES)
    except ImportError as exc:
        from ..distribution import install_hint

        raise CleanError(f"URLs need fsspec: {install_hint('dask')} ({exc})") from None
    except (ValueError, OSError) as exc:
        raise CleanError(str(exc)) from None
    sources = {_same(source) for source, _ in jobs}
    seen: dict[str, str] = {}
    for source, target in jobs:
        if _same(target) in sources:
            raise CleanError(f"{source}: its output {target} would write over an input; give -o another folder")
        if _same(target) in seen:
            raise CleanError(f"{source}: would overwrite the output of {seen[_same(target)]} ({target})")
        seen[_same(target)] = source
    return jobs


def _same(name: str) -> str:
    """A name compared with others: a local file as its absolute path, whether a path or a file:// URL."""
    if name.startswith("file://"):
        name = name[len("file://"):]
    return name if is_url(name) else os.path.abspath(name)
