"""Files a run leaves for the next: what is slow to build and never changes between runs.

They live in ``$CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleaner``, else
``~/.cache/cleaner``, named after what they were built from, so a changed input
gets a new file rather than a stale one. A cache is only ever a shortcut:
unreadable, unwritable, corrupt or untrusted, it is ignored and the work done again.

A cache is trusted only when no one but the user could have written it: its folder
is a real folder (not a symbolic link) owned by the user and writable by no group or
other user, and the file, opened through that folder without following a link, is a
regular file with the same owner and mode. Caches hold plain data (JSON, arrays of numbers),
never anything that runs when read.

The folder stays bounded: writing a file of one kind (``regex-facts``, ``rule-translations``,
``rule-sets``, ``langdetect-profiles``) removes the files of that kind beyond the ``KEEP`` most recently
written (those of another rule set or code version), and any file of a kind earlier
versions wrote and none reads now (``RETIRED``). Only files named as this module names
them are removed, and only regular files the user owns (a link is never followed).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import stat
from contextlib import contextmanager
from typing import Iterator

_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
# Without owners, links that can be refused and folders opened as such, no cache can be
# trusted: every run then does the work itself.
_SUPPORTED = hasattr(os, "getuid") and hasattr(os, "O_NOFOLLOW") and hasattr(os, "O_DIRECTORY") \
    and {os.open, os.rename, os.unlink} <= os.supports_dir_fd \
    and os.scandir in os.supports_fd  # os.replace is os.rename there

# How many files of one kind a folder keeps: a user's few rule sets and the code before an
# upgrade. Every kind is a file per rule set, language table or code version, never per item.
KEEP = 4
# The kinds (and suffixes) earlier versions wrote that nothing reads now: a file per
# pattern translated (re2), pickled rule books, the profiles' SQLite tables.
RETIRED = frozenset({("re2", ".re2"), ("rulebook", ".pickle"), ("langdetect-profiles", ".sqlite")})
_NAME = re.compile(r"(?P<kind>[a-z0-9]+(?:-[a-z0-9]+)*)-[0-9a-f]{20}(?P<suffix>\.[a-z0-9]+)")


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


def trusted(status: os.stat_result, kind: int) -> bool:
    """Whether a file (``kind`` stat.S_IFREG) or folder (S_IFDIR) is of that kind, the
    user's own, and writable by no one else."""
    return (stat.S_IFMT(status.st_mode) == kind and status.st_uid == os.getuid()
            and not status.st_mode & _OTHERS_WRITE)


def _folder_of(path: str) -> str:
    # "link/" would open what the link points to, O_NOFOLLOW or not.
    return os.path.dirname(path).rstrip(os.sep) or os.sep


def _open_folder(folder: str) -> int | None:
    """A descriptor of ``folder`` if it is a trusted one (see trusted), else None."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    if trusted(os.fstat(fd), stat.S_IFDIR):
        return fd
    os.close(fd)
    return None


def _open_file(path: str) -> int | None:
    """A descriptor of the cache file at ``path`` if it and its folder are trusted, else None.

    The file is opened through the folder's descriptor, so what was checked is what is read."""
    if not _SUPPORTED:
        return None
    folder = _open_folder(_folder_of(path))
    if folder is None:
        return None
    try:
        # O_NONBLOCK: a FIFO in place of the file must not hang the run; fstat then refuses it.
        fd = os.open(os.path.basename(path), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except OSError:
        return None
    finally:
        os.close(folder)
    if trusted(os.fstat(fd), stat.S_IFREG):
        return fd
    os.close(fd)
    return None


def read(path: str) -> bytes | None:
    """The file's bytes, if it can be trusted (see the module's docstring); else None."""
    fd = _open_file(path)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _made_folder(folder: str) -> int:
    """A descriptor of the cache folder, made for the user alone if it is not there;
    OSError if it is there and cannot be trusted."""
    parent = os.path.dirname(folder)
    if parent:
        os.makedirs(parent, exist_ok=True)
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    fd = _open_folder(folder)
    if fd is None:
        raise PermissionError(f"{folder}: not a folder only this user can write")
    return fd


@contextmanager
def writing(path: str) -> Iterator[str]:
    """A temporary path beside ``path``, renamed onto it when the block ends well: a
    reader (another process of a parallel run) never sees half a file. OSError where the
    folder cannot be trusted."""
    if not _SUPPORTED:
        raise OSError("caches need owners and O_NOFOLLOW")
    directory = _folder_of(path)
    folder = _made_folder(directory)
    try:
        name = f".{os.path.basename(path)}.{secrets.token_hex(8)}.tmp"
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=folder))
        try:
            yield os.path.join(directory, name)
            # A rename replaces a link planted at ``path``; it never writes through it.
            os.replace(name, os.path.basename(path), src_dir_fd=folder, dst_dir_fd=folder)
            prune(folder, os.path.basename(path))
        finally:
            try:
                os.unlink(name, dir_fd=folder)
            except FileNotFoundError:
                pass
    finally:
        os.close(folder)


def prune(folder: int, written: str, keep: int = KEEP) -> list[str]:
    """Remove, from the folder open as ``folder``, the files of ``written``'s kind beyond the
    ``keep`` most recently written (``written`` always stays) and those of a retired kind;
    returns their names. Only the user's own regular files named as path_for names them go."""
    named = _NAME.fullmatch(written)
    same: list[tuple[int, str]] = []
    gone: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            found = _NAME.fullmatch(entry.name)
            if found is None or entry.name == written:
                continue
            try:
                status = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not trusted(status, stat.S_IFREG):
                continue
            if (found["kind"], found["suffix"]) in RETIRED:
                gone.append(entry.name)
            elif named is not None and found.group("kind", "suffix") == named.group("kind", "suffix"):
                same.append((status.st_mtime_ns, entry.name))
    gone += [name for _, name in sorted(same, reverse=True)[max(keep - 1, 0):]]
    for name in gone:
        try:
            os.unlink(name, dir_fd=folder)
        except OSError:  # gone already (another process pruned it), or not ours to remove
            pass
    return gone


def write(path: str, data: bytes) -> None:
    """Store ``data`` if the cache can be written; a cache that cannot is no error."""
    try:
        with writing(path) as temporary:
            with open(temporary, "wb") as handle:
                handle.write(data)
    except OSError:
        pass
