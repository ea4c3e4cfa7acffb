"""Finding input files and writing output files so that nothing is ever half-written."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .signals import signals_held

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def quote_name(name: str | os.PathLike) -> str:
    """A file name as an error line shows it: as it is, or quoted with escapes (repr) when it
    holds a newline, a control or another character that would break or forge the line."""
    text = str(name)
    return text if text.isprintable() else repr(text)


def os_error_text(exc: OSError, about: str | os.PathLike | None = None) -> str:
    """What went wrong, in one line: the system's reason, and the file it concerns when that is
    not ``about``, the file the line already names (a folder on the way that is a file, say)."""
    reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
    if exc.filename is None or (about is not None and str(exc.filename) == str(about)):
        return reason
    return f"{reason}: {quote_name(exc.filename)}"


def file_id(path: str | os.PathLike) -> tuple[int, int] | None:
    """(device, inode) of what ``path`` names, through symlinks; None when nothing is there.
    Two names with the same id are one file, whatever the spelling, symlink or hard link."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


@dataclass(frozen=True)
class InputFile:
    path: Path
    relative: Path  # the name it keeps under an output directory


@dataclass(frozen=True)
class Skipped:
    """A file (or folder) a folder walk left alone, and why: ``kind`` counts it in a summary
    ("hidden"), ``why`` says it in a line ("a hidden name, starting with a dot")."""

    path: Path
    kind: str
    why: str
    named: bool = False  # named on the command line, not found in a folder


@dataclass(frozen=True)
class Found:
    files: list[InputFile]
    errors: list[str]  # one line per folder that could not be read, naming it
    skipped: list[Skipped] = field(default_factory=list)  # what folders held that is left alone


def discover(paths: list[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES,
             skip: frozenset[tuple[int, int]] = frozenset(), refuse=None) -> Found:
    """Files named on the command line, and the files with these suffixes under named folders,
    in a stable order. Folders whose file_id is in ``skip`` (the output folder) are not entered.
    ``refuse(name)`` gives (kind, why) for a file left alone, even named (Markdown), or None."""
    files: list[InputFile] = []
    errors: list[str] = []
    skipped: list[Skipped] = []
    refuse = refuse or (lambda name: None)
    for name in paths:
        path = Path(name)
        if path.is_dir():
            _walk(path, suffixes, skip, files, errors, skipped, refuse)
        elif (refused := refuse(path.name)) is not None:
            skipped.append(Skipped(path, *refused, named=True))
        else:
            files.append(InputFile(path, Path(path.name)))
    return Found(files, errors, skipped)


def _walk(root: Path, suffixes, skip, files: list[InputFile], errors: list[str], skipped: list[Skipped],
          refuse) -> None:
    """Depth first with each folder's entries by name, as sorted paths come; hidden names and
    symlinked folders (which may loop) are left out. A stack, not recursion, so depth is no
    limit, and a folder that cannot be read is one error while its siblings are still walked."""
    stack: list[tuple[Path, Iterator[os.DirEntry]]] = []
    _enter(root, Path(), stack, errors)
    while stack:
        rel, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        child = rel / entry.name
        if entry.name.startswith("."):
            skipped.append(Skipped(root / child, "hidden", "a hidden name, starting with a dot"))
        elif _is_folder(entry):
            if not (skip and _entry_id(entry) in skip):
                _enter(root, child, stack, errors)
        elif not _is_file(entry):
            why = "a link to a folder, not followed" if _is_link_to_folder(entry) else "not a regular file"
            skipped.append(Skipped(root / child, "not a regular file", why))
        elif (refused := refuse(entry.name)) is not None:
            skipped.append(Skipped(root / child, *refused))
        elif entry.name.lower().endswith(suffixes):
            files.append(InputFile(root / child, child))
        else:
            suffix = Path(entry.name).suffix.lower() or "no suffix"
            skipped.append(Skipped(root / child, "not a type cleaner reads",
                                   f"not a type cleaner reads ({suffix}; it reads {', '.join(suffixes)})"))


def _is_link_to_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _enter(root: Path, rel: Path, stack: list, errors: list[str]) -> None:
    folder = root / rel
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError as exc:
        errors.append(f"{quote_name(folder)}: cannot read folder: {exc.strerror or exc}")
        return
    stack.append((rel, iter(entries)))


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()  # a symlink to a file is that file
    except OSError:
        return False


def _entry_id(entry: os.DirEntry) -> tuple[int, int] | None:
    try:
        found = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def make_folders(folder: Path) -> None:
    """``mkdir -p`` one level at a time: os.makedirs and Path.mkdir recurse once per missing
    level, and a tree a thousand levels deep would exhaust Python's recursion."""
    missing = []
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            if not path.is_dir():
                raise


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
    make_folders(folder)
    owner = None
    try:
        old = os.stat(path)
        mode, owner = stat.S_IMODE(old.st_mode), (old.st_uid, old.st_gid)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = None
    try:
        # Held: a signal handled after the file is made and before its name is kept here
        # (inside mkstemp, or on the way out of it) would leave the file behind.
        with signals_held():
            try:
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
            except OSError as exc:  # the error names the folder, not a temporary name the user never gave
                raise OSError(exc.errno, exc.strerror, str(folder)) from None
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if owner is not None:
            _give_owner(tmp, owner)
        os.chmod(tmp, mode)
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        if tmp is not None:
            with signals_held():  # a second Ctrl-C waits for the removal
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

    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{name}", tofile=f"b/{name}")
    # A last line without a line break is marked as diff -u marks it, not run into the next.
    return "".join(line + "\n\\ No newline at end of file\n" if line.splitlines() == [line] else line
                   for line in lines)


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
