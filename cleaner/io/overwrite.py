"""Refusing, before anything is written, a run that would write over what it reads.

Files are compared by (device, inode), so any spelling of a name, a symlink or a
hard link is the same file; an output not there yet is compared by its real path.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .files import file_id, quote_name


class Overwrite(ValueError):
    """``str()`` is the one-line refusal; it names the output (or audit) and the input."""


class Reads:
    """The files and folders a run reads, by file_id."""

    def __init__(self, paths: Iterable[Path]):
        self.ids: dict[tuple[int, int], Path] = {}
        for path in paths:
            key = file_id(path)
            if key is not None:
                self.ids.setdefault(key, path)

    def find(self, path: Path) -> Path | None:
        """The input that ``path`` is another name of, if it is one."""
        key = file_id(path)
        return self.ids.get(key) if key is not None else None


def refuse_overwrites(reads: Reads, writes: list[Path], folder: Path | None = None, audit: Path | None = None) -> None:
    """Raise Overwrite when an output file, the output ``folder`` or the audit is an input, or
    the audit is an output; ``writes`` are all the output files the run may write."""
    if folder is not None and (source := reads.find(folder)) is not None:
        raise Overwrite(f"{quote_name(folder)}: the output folder is the input {quote_name(source)}; "
                        "give -o another folder")
    written: dict[tuple[int, int], Path] = {}
    for path in writes:
        key = file_id(path)
        if key is None:
            continue
        if key in reads.ids:
            raise Overwrite(f"{quote_name(path)}: would write over the input {quote_name(reads.ids[key])}; "
                            "give -o another name")
        written[key] = path
    if audit is not None:
        _refuse_audit(audit, reads, writes, written, folder)


def _refuse_audit(audit: Path, reads: Reads, writes: list[Path], written: dict, folder: Path | None) -> None:
    key = file_id(audit)
    source = reads.find(audit)
    if source is not None:
        raise Overwrite(f"{quote_name(audit)}: --audit names the input {quote_name(source)}; "
                        "give the audit a file of its own")
    real = os.path.realpath(audit)
    # Outputs are mostly not there yet: their real paths are compared, only for those that
    # could match (the same last name), so that a large run is not a realpath per file.
    same = [path for path in (*writes, *([folder] if folder is not None else []))
            if Path(path).name == Path(real).name and os.path.realpath(path) == real]
    if key is not None and key in written:
        same.append(written[key])
    if same:
        raise Overwrite(f"{quote_name(audit)}: --audit names the output {quote_name(same[0])}; "
                        "give the audit a file of its own")
