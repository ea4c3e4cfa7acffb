"""cleaner on a Dask cluster: bags, dataframes, and whole shard jobs.

    pip install 'webtext-cleaner[dask]'

The rules travel with the job: the client reads every rule file once and the
texts go to the workers inside the task's settings, so a worker needs no
access to the client's folders and every worker uses the same rules. Each
worker process compiles them once (cached per process), not per task.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import replace
from pathlib import Path

from ..io.records import Fields, record_kind
from .documents import clean_any, clean_record
from .settings import Settings
from .stats import Stats


def _settings(options: dict) -> Settings:
    if "rules" in options:  # the old name of rule_dirs
        warnings.warn("rules= is now rule_dirs= (folders of rule files)", DeprecationWarning, stacklevel=3)
        options["rule_dirs"] = options.pop("rules")
    settings = options.pop("settings", None) or Settings()
    if options:
        settings = replace(settings, **options)
    return settings if settings.sources else settings.with_sources()


def _clean_item(cleaner, settings: Settings, item):
    if isinstance(item, str):
        return clean_any(cleaner, settings, item, "<bag>").text
    if not isinstance(item, dict):
        raise TypeError(f"clean_bag takes texts or records (dicts), not {type(item).__name__}")
    return clean_record(cleaner, settings, dict(item), "<bag>", limits=False).record


def _clean_partition(items, settings: Settings):
    cleaner = settings.build()
    return [_clean_item(cleaner, settings, item) for item in items]


def clean_bag(bag, *, text_field: str = "text", url_field: str | None = None, lang_field: str | None = None,
              **options):
    """A Dask bag of texts (cleaned texts out) or of records (records out, as in JSONL mode).

    ``options`` are those of :class:`cleaner.run.settings.Settings`: ``rule_dirs`` (folders of rule files),
    ``disable``, ``default_rules``, ``lang``, ``doc_format``, ``title``, ``preset``...
    """
    settings = _settings({**options, "fields": Fields(text_field, url_field, lang_field)})
    return bag.map_partitions(_clean_partition, settings)


def _clean_frame(frame, settings: Settings, text_column: str, url_column, lang_column):
    import pandas as pd

    cleaner = settings.build()
    texts, langs, changed, removals = [], [], [], []
    urls = frame[url_column] if url_column else [None] * len(frame)
    given = frame[lang_column] if lang_column else [None] * len(frame)
    fields = Fields("text", "url", "lang")
    for text, url, lang in zip(frame[text_column], urls, given):
        row = {"text": text, "url": url, "lang": lang}
        result = clean_record(cleaner, settings, row, "<dataframe>", fields, limits=False).result
        texts.append(result.text)
        langs.append(result.lang)
        changed.append(result.changed)
        removals.append(json.dumps(result.removal_counts(), sort_keys=True))
    out = frame.copy()
    out[text_column] = pd.Series(texts, index=frame.index, dtype=object)
    out["cleaner_lang"] = pd.Series(langs, index=frame.index, dtype=object)
    out["cleaner_changed"] = pd.Series(changed, index=frame.index, dtype=bool)
    out["cleaner_removals"] = pd.Series(removals, index=frame.index, dtype=object)
    return out


def clean_dataframe(ddf, text_column: str = "text", url_column: str | None = None, lang_column: str | None = None,
                    **options):
    """A Dask dataframe with ``text_column`` cleaned and the columns ``cleaner_lang``,
    ``cleaner_changed`` and ``cleaner_removals`` (rule id -> count, as JSON) added."""
    import pandas as pd

    settings = _settings(options)
    meta = ddf._meta.copy()
    meta[text_column] = pd.Series([], dtype=object)
    meta["cleaner_lang"] = pd.Series([], dtype=object)
    meta["cleaner_changed"] = pd.Series([], dtype=bool)
    meta["cleaner_removals"] = pd.Series([], dtype=object)
    return ddf.map_partitions(_clean_frame, settings, text_column, url_column, lang_column, meta=meta)


# --- whole jobs: one output shard per input shard ---------------------------------


def clean_shard(source: str, target: str, settings: Settings, on_error: str = "fail") -> tuple[Stats, str | None]:
    """Clean one shard into its output, written atomically: complete or absent.

    A shard that fails comes back as its one-line error, not as an exception: the worker
    would log an exception at length, and the other shards go on either way.
    """
    from .record_files import clean_record_file
    from .pool import init_worker
    from .tasks import FileTask, run_file

    path = Path(source)
    if record_kind(path) == "jsonl":
        stats = Stats()
        error = clean_record_file(path, Path(target), on_error, settings, 1, stats)
        return stats, error
    init_worker(settings)
    outcome = run_file(FileTask(path, source, Path(target)))
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


def run_job(client, jobs: list[tuple[str, str]], settings: Settings, on_error: str = "fail"
            ) -> tuple[Stats, int, list[str]]:
    """Clean every (input, output) shard on the cluster; shards whose output exists are skipped.

    Returns the merged statistics, how many shards were skipped as done, and the one-line
    error of each shard that failed (in job order; its output is absent, so a rerun retries it).
    A worker lost mid-shard makes the scheduler run the shard again elsewhere;
    the atomic write means the half-done attempt left nothing behind.
    """
    settings = settings if settings.sources else settings.with_sources()
    todo = [(src, dst) for src, dst in jobs if not Path(dst).exists()]
    scattered = client.scatter(settings, broadcast=True)
    futures = [client.submit(clean_shard, src, dst, scattered, on_error, key=f"cleaner-shard-{i}-{Path(src).name}",
                             pure=False, retries=0) for i, (src, dst) in enumerate(todo)]
    total = Stats()
    errors = []
    for stats, error in client.gather(futures):
        total.merge(stats)
        if error is not None:
            errors.append(error)
    return total, len(jobs) - len(todo), errors
