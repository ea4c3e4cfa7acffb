"""Files a run leaves for the next: what is slow to build and never changes between runs.

They live in ``$CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleaner``, else
``~/.cache/cleaner``, named after what they were built from, so a changed input
gets a new file rather than a stale one. A cache is only ever a shortcut:
unreadable, unwritable or corrupt, it is ignored and the work done again.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import contextmanager
from typing import Iterator


def cache_dir() -> str:
    if os.environ.get("CLEANER_CACHE_DIR"):
        return os.environ["CLEANER_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cleaner")


def path_for(kind: str, *parts: bytes | str, suffix: str) -> str:
    """The cache file for ``kind`` built from ``parts``."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    return os.path.join(cache_dir(), f"{kind}-{digest.hexdigest()[:20]}{suffix}")


def _yours(status: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()


def usable(path: str) -> bool:
    """Whether the cache file is there and is the user's own: a cache is unpickled or
    trusted, so one another user could have written (a shared $CLEANER_CACHE_DIR) is ignored."""
    try:
        return _yours(os.stat(path))
    except OSError:
        return False


def read(path: str) -> bytes | None:
    """The file's bytes, if it is there and is the user's own (see usable)."""
    try:
        with open(path, "rb") as handle:
            return handle.read() if _yours(os.fstat(handle.fileno())) else None
    except OSError:
        return None


@contextmanager
def writing(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it when the block ends well: a
    reader (another process of a parallel run) never sees half a file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    os.close(handle)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def write(path: str, data: bytes) -> None:
    """Store ``data`` if the cache can be written; a cache that cannot is no error."""
    try:
        with writing(path) as temporary:
            with open(temporary, "wb") as handle:
                handle.write(data)
    except OSError:
        pass
