"""Finding input files and writing output files so that nothing is ever half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".text")


@dataclass(frozen=True)
class InputFile:
    path: Path
    relative: Path  # the name it keeps under an output directory


def discover(paths: list[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[InputFile]:
    """Files named on the command line, and the text files under named directories, in a stable order."""
    found: list[InputFile] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and child.name.lower().endswith(suffixes):
                    found.append(InputFile(child, rel))
        else:
            found.append(InputFile(path, Path(path.name)))
    return found


@contextmanager
def atomic_output(path: Path):
    """A binary file object writing to a temporary file beside ``path``, renamed over it on success.

    A reader (or a crash) sees the old file or the new one, never a part of
    either; an existing file keeps its permission bits, and its owner and group
    where this process may give them (root fixing a user's file in a container must
    not leave it root's). On any exception, Ctrl-C included, the temporary file is
    removed and ``path`` is untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    owner = None
    try:
        old = os.stat(path)
        mode, owner = stat.S_IMODE(old.st_mode), (old.st_uid, old.st_gid)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if owner is not None:
            _give_owner(tmp, owner)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _give_owner(path: str, owner: tuple[int, int]) -> None:
    status = os.stat(path)
    if (status.st_uid, status.st_gid) == owner:
        return
    try:
        os.chown(path, *owner)
    except PermissionError:
        try:  # a user may still give a group they belong to
            os.chown(path, -1, owner[1])
        except PermissionError:
            pass


def unified_diff(before: str, after: str, name: str) -> str:
    """What cleaning changed in ``name``, as `diff -u` prints it (a/ and b/ prefixes, like git)."""
    import difflib

    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{name}", tofile=f"b/{name}"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`atomic_output`)."""
    with atomic_output(path) as handle:
        handle.write(data)


class NotRegularFile(OSError):
    """A path that names no regular file (a FIFO, a device, a folder); ``str()`` says what."""


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(mode: int) -> None:
    for test, kind in _KINDS:
        if test(mode):
            raise NotRegularFile(f"{kind}, not a regular file; left untouched")
    if not stat.S_ISREG(mode):
        raise NotRegularFile("not a regular file; left untouched")


def read_regular(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file ``path`` names (through symlinks), and its status.

    Anything else is refused from its status, before it is opened: opening a FIFO
    blocks until a writer comes, opening a device can act on it. The file is opened
    non-blocking and checked again, in case it was swapped in between.
    """
    _check_regular(os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        status = os.fstat(fd)
        _check_regular(status.st_mode)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(), status
    finally:
        os.close(fd)
