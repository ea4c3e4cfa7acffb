"""cleaner on a Dask cluster: bags, dataframes, and whole shard jobs.

    pip install 'webtext-cleaner[dask]'

The rules travel with the job: the client reads every rule file once and the
texts go to the workers inside the task's settings, so a worker needs no
access to the client's folders and every worker uses the same rules. Each
worker process compiles them once (cached per process), not per task.
"""

from __future__ import annotations

import json
import posixpath
import tempfile
import uuid
import warnings
from dataclasses import replace
from pathlib import Path

from ..io.records import Fields, fields_found, get_field, record_kind
from .documents import clean_any, clean_record
from .settings import Settings
from .shards import Shard, filesystem, fingerprint, is_url, remove_output, stamp, up_to_date, write_manifest
from .stats import Stats


def _settings(options: dict) -> Settings:
    if "rules" in options:  # the old name of rule_dirs
        warnings.warn("rules= is now rule_dirs= (folders of rule files)", DeprecationWarning, stacklevel=3)
        options["rule_dirs"] = options.pop("rules")
    settings = options.pop("settings", None) or Settings()
    if options:
        settings = replace(settings, **options)
    return settings if settings.sources else settings.with_sources()


def _clean_partition(items, settings: Settings):
    cleaner = settings.build()
    found: set = set()
    records = False
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(clean_any(cleaner, settings, item, "<bag>").text)
            continue
        if not isinstance(item, dict):
            raise TypeError(f"clean_bag takes texts or records (dicts), not {type(item).__name__}")
        records = True
        found.update(fields_found(item, settings.fields))
        out.append(clean_record(cleaner, settings, dict(item), "<bag>", limits=False).record)
    if records:
        _check_found(found, settings.fields, "_field", "record of a partition")
    return out


def _check_found(found: set, fields: Fields, suffix: str, what: str) -> None:
    """A field named by the caller that nothing in a partition has is a mistake in the call (a
    misspelt name, a flat name for a nested field), not a fact about the records."""
    for role, name in (("url", fields.url), ("lang", fields.lang)):
        if name and role not in found:
            raise ValueError(f"no {what} has the field {name!r} ({role}{suffix})")


def clean_bag(bag, *, text_field: str = "text", url_field: str | None = None, lang_field: str | None = None,
              audit_field: str = "cleaner", **options):
    """A Dask bag of texts (cleaned texts out) or of records (records out, as in JSONL mode).

    Fields are names or dotted paths into objects (``metadata.url``); ``audit_field`` is
    where the ``cleaner`` object goes. A ``url_field`` or ``lang_field`` that no record of
    a partition has raises ValueError naming it. ``options`` are those of
    :class:`cleaner.run.settings.Settings`: ``rule_dirs`` (folders of rule files),
    ``disable``, ``default_rules``, ``lang``, ``doc_format``, ``title``, ``preset``...
    """
    settings = _settings({**options, "fields": Fields(text_field, url_field, lang_field, audit_field)})
    return bag.map_partitions(_clean_partition, settings)


def _clean_frame(frame, settings: Settings, text_column: str, url_column, lang_column):
    import pandas as pd

    cleaner = settings.build()
    fields = Fields(text_column, url_column, lang_column, "cleaner")
    # The columns a field names: the field itself, or the column a dotted path starts in.
    columns = sorted({_column_of(name, frame.columns) for name in (text_column, url_column, lang_column) if name})
    texts, langs, changed, removals = [], [], [], []
    found: set = set()
    for values in zip(*(frame[column] for column in columns)):
        row = dict(zip(columns, values))
        found.update(fields_found(row, fields))
        record = clean_record(cleaner, settings, row, "<dataframe>", fields, limits=False).record
        texts.append(get_field(record, text_column))
        langs.append(record["cleaner"]["lang"])
        changed.append(record["cleaner"]["changed"])
        removals.append(json.dumps(record["cleaner"]["removals"], sort_keys=True))
    if len(frame):
        _check_found(found, fields, "_column", "row of a partition")
    out = frame.copy()
    out[text_column] = pd.Series(texts, index=frame.index, dtype=object)
    out["cleaner_lang"] = pd.Series(langs, index=frame.index, dtype=object)
    out["cleaner_changed"] = pd.Series(changed, index=frame.index, dtype=bool)
    out["cleaner_removals"] = pd.Series(removals, index=frame.index, dtype=object)
    return out


def _column_of(name: str, columns) -> str:
    return name if name in columns or "." not in name else name.split(".", 1)[0]


def clean_dataframe(ddf, text_column: str = "text", url_column: str | None = None, lang_column: str | None = None,
                    **options):
    """A Dask dataframe with ``text_column`` cleaned and the columns ``cleaner_lang``,
    ``cleaner_changed`` and ``cleaner_removals`` (rule id -> count, as JSON) added.

    ``url_column`` and ``lang_column`` may be dotted paths into a column of dicts
    (``metadata.url``); a column that is not there raises ValueError at once, a path that
    no row of a partition has when the partition is computed."""
    import pandas as pd

    for option, name in (("text_column", text_column), ("url_column", url_column), ("lang_column", lang_column)):
        if name and _column_of(name, ddf.columns) not in ddf.columns:
            raise ValueError(f"no column {_column_of(name, ddf.columns)!r} ({option}={name!r})")
    if _column_of(text_column, ddf.columns) != text_column:
        raise ValueError(f"text_column names a column, not a path into one: {text_column!r}")
    settings = _settings(options)
    meta = ddf._meta.copy()
    meta[text_column] = pd.Series([], dtype=object)
    meta["cleaner_lang"] = pd.Series([], dtype=object)
    meta["cleaner_changed"] = pd.Series([], dtype=bool)
    meta["cleaner_removals"] = pd.Series([], dtype=object)
    return ddf.map_partitions(_clean_frame, settings, text_column, url_column, lang_column, meta=meta)


def read_documents(urlpath, *, encoding: str | None = None, on_error: str = "fail",
                   files_per_partition: int = 64):
    """A Dask bag of whole documents, one record per file: ``{"path": ..., "text": ...}``.

    ``urlpath`` is what Dask's readers take: a path, a glob, a list of them, or fsspec URLs
    (``s3://bucket/pages/*.txt``). ``db.read_text`` gives a bag of *lines*, and clean_bag
    would clean each line as a document, with no context; this gives files. Bytes are
    decoded as cleaner decodes files (UTF-8, else an encoding told for sure, or
    ``encoding``); a file that cannot be decoded raises ValueError naming it, or with
    ``on_error="skip"`` is left out. ``files_per_partition`` files go in a partition.
    """
    import dask.bag as db
    from fsspec.core import get_fs_token_paths

    fs, _, paths = get_fs_token_paths(urlpath, mode="rb")
    names = sorted(fs.unstrip_protocol(path) for path in paths)
    if not names:
        raise ValueError(f"{urlpath}: no files")
    bag = db.from_sequence(names, partition_size=max(1, files_per_partition))
    return bag.map_partitions(_read_partition, encoding, on_error)


def _read_partition(names, encoding, on_error):
    from ..io.decode import DecodeError, read

    out = []
    for name in names:
        try:
            fs, path = filesystem(name)
            out.append({"path": name, "text": read(fs.cat_file(path), encoding).text})
        except (DecodeError, OSError) as exc:
            if on_error != "skip":
                raise ValueError(f"{name}: {exc}") from None
    return out


# --- whole jobs: one output shard per input shard ---------------------------------


def clean_shard(source: str, target: str, settings: Settings, on_error: str = "fail", manifest: dict | None = None
                ) -> tuple[Stats, str | None]:
    """Clean one shard into its output, written atomically: complete or absent; then write
    ``manifest`` (what produced it, run.shards) beside it. ``source`` and ``target`` may
    be fsspec URLs: the shard is copied to a temporary folder of the worker, cleaned, and
    the output copied whole to ``target``.

    A shard that fails comes back as its one-line error, not as an exception: the worker
    would log an exception at length, and the other shards go on either way. It leaves
    no output and no manifest, not even those of an earlier run.
    """
    try:
        stats, error = _clean_shard_at(source, target, settings, on_error)
        # A shard with a page that yielded no text gets no manifest: a rerun redoes it and says so
        # again (status 2), rather than counting it done.
        if error is None and manifest is not None and not stats.no_text:
            write_manifest(target, manifest)
    except OSError as exc:
        stats, error = Stats(), f"{source}: {exc.strerror or exc}"
    if error is not None:
        remove_output(target)
        stats = Stats()
    return stats, error


def _clean_shard_at(source: str, target: str, settings: Settings, on_error: str) -> tuple[Stats, str | None]:
    local_source, local_target = _local(source), _local(target)
    if local_source is not None and local_target is not None:
        return _clean_local(local_source, local_target, source, settings, on_error)
    # The temporary folder is made only for a shard on another store: a worker killed while
    # cleaning leaves its folder behind, and most shards are on the local disk.
    with tempfile.TemporaryDirectory(prefix="cleaner-shard-") as folder:
        return _clean_shard_via(Path(folder), source, target, local_source, local_target, settings, on_error)


def _clean_shard_via(folder: Path, source: str, target: str, local_source: Path | None, local_target: Path | None,
                     settings: Settings, on_error: str) -> tuple[Stats, str | None]:
    if local_source is None:
        local_source = folder / "in" / posixpath.basename(source)
        local_source.parent.mkdir()
        fs, path = filesystem(source)
        try:
            fs.get_file(path, str(local_source))
        except (OSError, ValueError) as exc:
            return Stats(), f"{source}: cannot read: {getattr(exc, 'strerror', None) or exc}"
    if local_target is None:
        local_target = folder / "out" / posixpath.basename(target)
    stats, error = _clean_local(local_source, local_target, source, settings, on_error)
    if error is not None:
        return stats, error.replace(str(local_target), target)
    if not _local(target):
        fs, path = filesystem(target)
        try:
            fs.put_file(str(local_target), path)
        except (OSError, ValueError) as exc:
            return Stats(), f"{source}: cannot write {target}: {getattr(exc, 'strerror', None) or exc}"
    return stats, None


def _local(name: str) -> Path | None:
    """The local path a name or a file:// URL names; None for a URL of another store."""
    if not is_url(name):
        return Path(name)
    fs, path = filesystem(name)
    return Path(path) if "file" in fs.protocol else None


def _clean_local(path: Path, target: Path, name: str, settings: Settings, on_error: str) -> tuple[Stats, str | None]:
    from .pool import init_worker
    from .record_files import clean_record_file
    from .tasks import FileTask, run_file

    if record_kind(path):
        stats = Stats()
        error = clean_record_file(path, target, on_error, settings, 1, stats, name=name)
        return stats, error
    init_worker(settings)
    outcome = run_file(FileTask(path, name, target))
    return (Stats() if outcome.error else outcome.stats), outcome.error


def connect(address: str):
    """A distributed Client for ``tcp://host:port``, or a new LocalCluster for ``local:N``."""
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        _, _, count = address.partition(":")
        workers = int(count) if count else None
        # No dashboard, and the scheduler's HTTP routes on a free local port rather than 8787: a
        # second cluster on the machine would otherwise print a warning about the port.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        return Client(cluster)
    return Client(address)


def run_job(client, jobs: list[tuple[str, str]], settings: Settings, on_error: str = "fail", force: bool = False
            ) -> tuple[Stats, int, list[str]]:
    """Clean every (input, output) shard on the cluster, but those already done: whose output
    and manifest are there and say it was made from this input (size and version) with these
    rules and options (run.shards); ``force`` redoes them all.

    Returns the merged statistics, how many shards were skipped as done, and the one-line
    error of each shard that failed (in job order; its output is absent, so a rerun retries it).
    A worker lost mid-shard makes the scheduler run the shard again elsewhere;
    the atomic write means the half-done attempt left nothing behind.
    """
    settings = settings if settings.sources else settings.with_sources()
    mark = fingerprint(settings, on_error)
    # Stamped before any shard is read: an input changed during the job is redone next time.
    shards = [Shard(src, dst, stamp(src)) for src, dst in jobs]
    todo = [shard for shard in shards if force or not up_to_date(shard, mark)]
    # Keys of this job alone: a second job on the same client must not share the first one's
    # scattered settings (released when the first job's futures go) or its task keys.
    job = uuid.uuid4().hex[:8]
    scattered = client.scatter(settings, broadcast=True, hash=False)
    futures = [client.submit(clean_shard, shard.source, shard.target, scattered, on_error, shard.manifest(mark),
                             key=f"cleaner-shard-{job}-{i}-{posixpath.basename(shard.source)}", pure=False,
                             retries=0)
               for i, shard in enumerate(todo)]
    total = Stats()
    errors = []
    for stats, error in client.gather(futures):
        total.merge(stats)
        if error is not None:
            errors.append(error)
    return total, len(jobs) - len(todo), errors
