"""``cleaner fix``: rewrite text files in place, the way pre-commit's fixers do.

Exit 0 when nothing changed, 1 when a file was (or, with --check/--diff, would
be) rewritten, 2 when a file could not be handled; every file is tried. A file is
only ever replaced whole, through a temporary file and a rename; an unchanged
file is not touched at all. What changes in a file is fixtext's business; this
module decides which files to touch and how to write them safely.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..io.decode import DecodeError, decode
from ..document import Result
from ..io.files import NotRegularFile, atomic_write, read_regular, unified_diff
from ..fix_pipeline import fix_text
from ..io.selection import MARKDOWN_WHY, Exclusion, markdown, not_prose
from .settings import Settings


class FixError(Exception):
    pass


@dataclass(frozen=True)
class Selection:
    """Which files to fix: the handled suffixes, the configured exclusions, and whether
    well-known files that are not prose are left alone."""

    suffixes: tuple[str, ...] = (".txt", ".text")
    exclusion: Exclusion = Exclusion()
    skip_known_files: bool = True

    def skip_reason(self, path: Path) -> str | None:
        """Why ``path`` is left alone on purpose (not an error), or None; raises FixError
        for a file cleaner cannot fix at all."""
        pattern = self.exclusion.matching(path)
        if pattern is not None:
            return f"excluded by the configuration's exclude pattern {pattern!r}"
        if markdown(path.name) is not None:
            return MARKDOWN_WHY
        suffix = path.suffix.lower()
        if suffix not in self.suffixes:
            raise FixError(f"not a file type cleaner fixes ({suffix or 'no suffix'}; it fixes "
                           f"{', '.join(self.suffixes)}); left untouched")
        why = not_prose(path) if self.skip_known_files else None
        if why is not None:
            return f"{why}, not prose (set skip-known-files: false in the configuration to fix such files)"
        return None


@dataclass(frozen=True)
class FixOutcome:
    path: Path
    before: bytes
    after: bytes
    audit: Result | None = None
    links: int = 1  # the file's hard links

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        return unified_diff(self.before.decode("utf-8", "replace"), self.after.decode("utf-8", "replace"),
                            str(self.path))


def fix_file(path: Path, cleaner, *, lang: str | None, line_ending: str, url: str | None = None) -> FixOutcome:
    """What fixing ``path`` gives; reads it (a regular file, through symlinks) and writes nothing."""
    try:
        before, status = read_regular(path)
    except NotRegularFile as exc:
        raise FixError(str(exc)) from None
    except OSError as exc:
        raise FixError(exc.strerror or str(exc)) from None
    try:
        text, encoding = decode(before)
    except DecodeError as exc:
        raise FixError(f"{exc}; left untouched") from None
    if encoding not in ("utf-8", "utf-8-sig"):
        raise FixError(f"encoded as {encoding}, not UTF-8; convert it first (cleaner never changes a file's "
                       "encoding behind your back); left untouched")
    audit = fix_text(text, cleaner, lang=lang, url=url, name=str(path), line_ending=line_ending)
    bom = codecs.BOM_UTF8 if encoding == "utf-8-sig" else b""
    after = before if not audit.changed else bom + audit.text.encode("utf-8")
    return FixOutcome(path, before, after, audit, status.st_nlink)


def write_fixed(outcome: FixOutcome) -> None:
    """Replace the file with its fixed bytes: the target of a symlink (the link stays a
    link), never a file with other hard links (replacing it would split them)."""
    if outcome.links > 1:
        raise FixError(f"has {outcome.links} hard links; replacing it would leave the other names with the "
                       "old text, so it is left untouched (fix it where it has one name, or break the links)")
    target = Path(os.path.realpath(outcome.path))
    try:
        atomic_write(target, outcome.after)
    except OSError as exc:
        where = "" if target == Path(os.path.abspath(outcome.path)) else f" (the symlink's target {target})"
        raise FixError(f"cannot write{where}: {exc.strerror or exc}; left untouched") from None


@dataclass(frozen=True)
class FixOptions:
    """What `cleaner fix` does: the files, what cleans them, and how it reports."""

    paths: tuple[str, ...]
    settings: Settings = Settings()
    selection: Selection = Selection()
    lang: str | None = None
    url: str | None = None
    line_ending: str = "keep"  # keep, lf or crlf
    explain: bool = False
    check: bool = False  # write nothing; say which files would change
    diff: bool = False  # write nothing; print the diffs


def run_fix(options: FixOptions) -> int:
    cleaner = options.settings.build()
    status = 0
    lang, line_ending, selection = options.lang, options.line_ending, options.selection
    for name in options.paths:
        path = Path(name)
        try:
            skipped = selection.skip_reason(path)
            if skipped is not None:
                print(f"cleaner: skipped {path}: {skipped}", file=sys.stderr)
                continue
            outcome = fix_file(path, cleaner, lang=lang, line_ending=line_ending, url=options.url)
            if options.explain and outcome.audit is not None:
                from .documents import explain_text

                sys.stderr.write(explain_text(str(path), outcome.audit))
            if not outcome.changed:
                continue
            if options.diff:
                sys.stdout.write(outcome.diff())
            elif options.check:
                print(f"Would fix {path}")
            else:
                write_fixed(outcome)
                print(f"Fixing {path}")
            status = max(status, 1)
        except FixError as exc:
            print(f"cleaner: error: {path}: {exc}", file=sys.stderr)
            status = 2
    return status
