"""Inline markers that keep lines of a file out of ``cleaner fix``.

Written in the file itself, so they travel with it, in words that read naturally
in plain text (comment punctuation around them is fine: ``# cleaner: off``):

- ``cleaner: skip-file`` on any line: the whole file is left as it is;
- ``cleaner: keep`` on a line: that line is neither removed nor repaired;
- ``cleaner: off`` then ``cleaner: on``, each alone on its line: the lines between
  them, the two marker lines included, are kept (an ``off`` never closed runs to
  the end of the file).

"off" and "on" must stand alone on their line because "Window cleaner: on Tuesdays"
is an ordinary sentence; "skip-file" and "keep" may end a line of text, and
mistaking one only ever keeps more of the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ANYWHERE = re.compile(r"(?<![\w-])cleaner:[ \t]*(skip-file|keep)(?![\w-])", re.IGNORECASE)
_ALONE = re.compile(r"[\W_]*cleaner:[ \t]*(off|on)[\W_]*", re.IGNORECASE)
_ANY = re.compile(r"cleaner:", re.IGNORECASE)


@dataclass(frozen=True)
class Protection:
    """What a file's markers keep: ``skip_file`` is the line of a skip-file marker (or
    None), ``kept`` the numbers (from 1) of the lines kept, ``why`` the marker of each."""

    skip_file: int | None = None
    kept: frozenset[int] = frozenset()
    why: tuple[tuple[int, str], ...] = ()

    def reason(self, line: int) -> str:
        return dict(self.why).get(line, "")


def is_marker(line: str) -> bool:
    """Whether ``line`` holds a marker: the user's instruction to the fixer, never a site's chrome."""
    return bool(_ANY.search(line)) and bool(_ALONE.fullmatch(line) or _ANYWHERE.search(line))


def read_markers(lines: list[str]) -> Protection:
    """The markers in ``lines`` (a file's lines, without their line breaks)."""
    if not any(_ANY.search(line) for line in lines):
        return Protection()
    kept: dict[int, str] = {}
    off_since: int | None = None
    for number, line in enumerate(lines, start=1):
        alone = _ALONE.fullmatch(line)
        word = alone.group(1).lower() if alone else None
        if word == "off" and off_since is None:
            off_since = number
        if off_since is not None:
            kept[number] = f"cleaner: off on line {off_since}"
        if word == "on":
            off_since = None
        found = _ANYWHERE.search(line)
        if found and found.group(1).lower() == "skip-file":
            return Protection(skip_file=number)
        if found:
            kept.setdefault(number, "cleaner: keep")
    return Protection(kept=frozenset(kept), why=tuple(sorted(kept.items())))
