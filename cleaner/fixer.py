"""``cleaner fix``: rewrite text files in place, the way pre-commit's fixers do.

Exit 0 when nothing changed, 1 when a file was (or, with --check/--diff, would
be) rewritten, 2 when a file could not be handled. A file is only ever
replaced whole, through a temporary file and a rename; an unchanged file is
not touched at all.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .decode import DecodeError, decode
from .files import atomic_write, unified_diff

# Markdown's meaning lives in indentation, fenced code and trailing double
# spaces, which line cleaning would destroy: refuse it rather than damage it.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class FixError(Exception):
    pass


@dataclass(frozen=True)
class FixOutcome:
    path: Path
    before: bytes
    after: bytes

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        return unified_diff(self.before.decode("utf-8", "replace"), self.after.decode("utf-8", "replace"),
                            str(self.path))


def line_ending_of(text: str) -> str:
    """The file's own convention: CRLF when most of its line breaks are CRLF."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def fix_file(path: Path, cleaner, *, lang: str | None, line_ending: str, suffixes: list[str]) -> FixOutcome:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        raise FixError("Markdown is not handled (cleaning lines would break code blocks and line breaks); "
                       "leave it out of the hook's files")
    if suffix not in suffixes:
        raise FixError(f"not a file type cleaner fixes ({suffix or 'no suffix'}; it fixes {', '.join(suffixes)}); "
                       "left untouched")
    try:
        before = path.read_bytes()
    except OSError as exc:
        raise FixError(exc.strerror or str(exc)) from None
    try:
        text, encoding = decode(before)
    except DecodeError as exc:
        raise FixError(f"{exc}; left untouched") from None
    if encoding not in ("utf-8", "utf-8-sig"):
        raise FixError(f"encoded as {encoding}, not UTF-8; convert it first (cleaner never changes a file's "
                       "encoding behind your back); left untouched")
    result = cleaner.clean(text, lang=lang, name=str(path))
    eol = {"lf": "\n", "crlf": "\r\n"}.get(line_ending) or line_ending_of(text)
    after = result.text.replace("\n", eol).encode("utf-8")
    return FixOutcome(path, before, after)


def run_fix(args, cleaner, config) -> int:
    status = 0
    lang = args.lang or config.lang
    line_ending = args.line_ending or config.line_ending
    for name in args.paths:
        path = Path(name)
        try:
            outcome = fix_file(path, cleaner, lang=lang, line_ending=line_ending, suffixes=config.suffixes)
        except FixError as exc:
            print(f"cleaner: error: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        if not outcome.changed:
            continue
        if args.diff:
            sys.stdout.write(outcome.diff())
        elif args.check:
            print(f"Would fix {path}")
        else:
            atomic_write(path, outcome.after)
            print(f"Fixing {path}")
        status = max(status, 1)
    return status
