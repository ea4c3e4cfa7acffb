"""langdetect's language profiles: n-gram counts per language, read without reading them all.

Parsing langdetect's JSON profiles costs more than cleaning a small file
(docs/performance.md). The first run copies them into an SQLite file in cleaner's
cache (io/cache.py), named after the profiles it was made from; later runs ask it for the n-grams a text has. Where
no cache can be written, the JSON files are read as before. Both give the same
counts, so the same answers.
"""

from __future__ import annotations

import os
import sys
import threading
from array import array
from typing import Iterable

Counts = dict[str, list[tuple[int, int]]]  # n-gram -> (language index, count) for the profiles that have it
_BATCH = 500  # n-grams per query: under SQLite's limit on parameters
_INHERITED: list = []


def profile_files() -> list[str]:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    # Sorted, unlike langdetect's os.listdir(): the same order, so the same tie-break, everywhere.
    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
    return [p for p in (os.path.join(PROFILES_DIRECTORY, n) for n in names) if os.path.isfile(p)]


def language_codes() -> list[str]:
    """The codes of the languages the detector knows ("en", "zh-cn"): its profiles' names."""
    return [os.path.basename(path) for path in profile_files()]


class JsonProfiles:
    def __init__(self, files: list[str]):
        import json

        self.langs: list[str] = []
        self.totals: list[list[int]] = []
        self.freqs: list[dict[str, int]] = []
        for path in files:
            with open(path, encoding="utf-8") as handle:
                profile = json.load(handle)
            self.langs.append(profile["name"])
            self.totals.append(profile["n_words"])
            self.freqs.append(profile["freq"])

    def counts(self, grams: Iterable[str]) -> Counts:
        found: Counts = {}
        for gram in grams:
            pairs = [(i, freq[gram]) for i, freq in enumerate(self.freqs) if gram in freq]
            if pairs:
                found[gram] = pairs
        return found


class SqliteProfiles:
    def __init__(self, path: str):
        import json

        self.path = path
        self._lock = threading.Lock()
        self._pid = -1
        self._db = None
        self._fallback: JsonProfiles | None = None
        row = self._connection().execute("SELECT langs, totals FROM meta").fetchone()
        self.langs, self.totals = json.loads(row[0]), json.loads(row[1])

    def _connection(self):
        # A connection does not survive a fork: a worker forked from a warm parent opens its
        # own, and keeps the parent's unclosed (closing it here would close the parent's file).
        if self._pid != os.getpid():
            if self._db is not None:
                _INHERITED.append(self._db)
            self._db = _connect(self.path)
            self._pid = os.getpid()
        return self._db

    def counts(self, grams: Iterable[str]) -> Counts:
        import sqlite3

        wanted = list(grams)
        if self._fallback is None:
            try:
                return self._query(wanted)
            except (sqlite3.Error, ValueError):
                # The file went bad under a running job (truncated, replaced by junk): the
                # JSON profiles answer the same for the rest of the run.
                self._fallback = JsonProfiles(profile_files())
        return self._fallback.counts(wanted)

    def _query(self, wanted: list[str]) -> Counts:
        found: Counts = {}
        with self._lock:
            db = self._connection()
            for start in range(0, len(wanted), _BATCH):
                chunk = wanted[start:start + _BATCH]
                marks = ",".join("?" * len(chunk))
                for gram, blob in db.execute(f"SELECT gram, pairs FROM grams WHERE gram IN ({marks})", chunk):
                    flat = array("q")
                    flat.frombytes(blob)
                    if sys.byteorder == "big":  # stored little-endian: a home may be shared between machines
                        flat.byteswap()
                    found[gram] = list(zip(flat[::2], flat[1::2]))
        return found


def _connect(path: str):
    """A read-only connection to the cache file at ``path``, if cache.py trusts it and it is
    still the file SQLite opened; sqlite3.DatabaseError if not (the JSON profiles answer then).

    SQLite opens a file by its name, following links: the name is checked before SQLite
    opens it and after, and must lead to the same trusted file both times."""
    import sqlite3
    from pathlib import Path

    from ..io import cache

    before = cache.checked(path)
    if before is None:
        raise sqlite3.DatabaseError(f"{path}: not a cache file this user alone could have written")
    db = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("SELECT 1 FROM meta LIMIT 0")  # read once, whenever SQLite opens the file
        after = cache.checked(path)
        if after is None or not cache.same_file(before, after):
            raise sqlite3.DatabaseError(f"{path}: replaced while it was opened")
    except BaseException:
        db.close()
        raise
    return db


def _cache_path(files: list[str]) -> str:
    from ..io.cache import path_for

    # Named after the profiles it copies: another langdetect gives another file.
    listing = "\n".join(f"{os.path.basename(p)} {status.st_size} {status.st_mtime_ns}"
                         for p, status in zip(files, map(os.stat, files)))
    return path_for("langdetect-profiles", listing, suffix=".sqlite")


def _write_cache(path: str, profiles: JsonProfiles) -> None:
    import json
    import sqlite3

    from ..io.cache import writing

    with writing(path) as temporary:
        db = sqlite3.connect(temporary)
        try:
            db.execute("CREATE TABLE meta (langs TEXT, totals TEXT)")
            db.execute("INSERT INTO meta VALUES (?, ?)", (json.dumps(profiles.langs), json.dumps(profiles.totals)))
            db.execute("CREATE TABLE grams (gram TEXT PRIMARY KEY, pairs BLOB) WITHOUT ROWID")
            merged: dict[str, array] = {}
            for i, freq in enumerate(profiles.freqs):
                for gram, count in freq.items():
                    merged.setdefault(gram, array("q")).extend((i, count))
            if sys.byteorder == "big":
                for pairs in merged.values():
                    pairs.byteswap()
            db.executemany("INSERT INTO grams VALUES (?, ?)", ((g, a.tobytes()) for g, a in merged.items()))
            db.commit()
        finally:
            db.close()


def open_profiles() -> JsonProfiles | SqliteProfiles:
    """The cached database when there is one (made now if it can be), else the JSON profiles."""
    import sqlite3

    files = profile_files()
    path = None
    try:
        path = _cache_path(files)
        return SqliteProfiles(path)
    except (OSError, sqlite3.Error):
        pass  # no cache, or one not to trust: the JSON files answer the same, and a new cache replaces it
    profiles = JsonProfiles(files)
    if path is not None:
        try:
            _write_cache(path, profiles)
        except (OSError, sqlite3.Error):
            pass  # a read-only home, a full disk: this run and the next read JSON
    return profiles
