"""What regex_index tells of each rule regex, kept between runs as plain JSON.

Reading the bundled rules' regexes with regex_index costs more than cleaning a small
file, and the answers depend only on the pattern and on the code that reads it. They
are sets of strings and a flag, so they are kept as JSON (cache.py) and checked field
by field when read back: a cache file holds nothing that runs, and one that does not
hold exactly the facts asked for, of the right shapes, is ignored and rebuilt.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable

from ..io import cache
from . import regex_index, regex_openings

# (opening, contains, ends) of one pattern: how every match begins (lead characters, starts),
# strings one of which it holds, how it ends (regex_index). contains is only read when
# opening is None.
Opening = tuple[frozenset[str], frozenset[str]]
Facts = tuple[Opening | None, frozenset[str] | None, tuple[bool, frozenset[str]] | None]


def of(pattern: str) -> Facts:
    """How the pattern's matches begin, what they hold and how they end (regex_index)."""
    opening = regex_openings.opening(pattern)
    return opening, None if opening is not None else regex_index.contains(pattern), regex_index.ends(pattern)


def cached(patterns: Iterable[str]) -> dict[str, Facts]:
    """The facts of each pattern: from the cache when it holds them all, else computed and stored."""
    wanted = sorted(set(patterns))
    # Named after the patterns and the code that reads them (Python's own parser among it).
    try:
        code = [(Path(__file__).parent / name).read_bytes()
                for name in ("regex_facts.py", "regex_index.py", "regex_openings.py")]
    except OSError:  # an install of bytecode alone cannot name its file: computed, not kept
        return {pattern: of(pattern) for pattern in wanted}
    path = cache.path_for("regex-facts", *code, sys.version, *wanted, suffix=".json")
    data = cache.read(path)
    table = decode(data, wanted) if data is not None else None
    if table is None:
        table = {pattern: of(pattern) for pattern in wanted}
        cache.write(path, encode(table))
    return table


def encode(table: dict[str, Facts]) -> bytes:
    plain = {pattern: [None if opening is None else [sorted(opening[0]), sorted(opening[1])],
                       None if contains is None else sorted(contains),
                       None if ends is None else [ends[0], sorted(ends[1])]]
             for pattern, (opening, contains, ends) in table.items()}
    return json.dumps(plain, sort_keys=True, ensure_ascii=False).encode("utf-8")


def decode(data: bytes, wanted: list[str]) -> dict[str, Facts] | None:
    """The table ``encode`` wrote for exactly the patterns ``wanted``; None for anything else."""
    try:
        plain = json.loads(data)
        if not isinstance(plain, dict) or sorted(plain) != wanted:
            return None
        return {pattern: _facts(plain[pattern]) for pattern in wanted}
    except (ValueError, RecursionError):  # not JSON, not UTF-8, a field of the wrong shape, or nested past the parser
        return None


def _facts(value) -> Facts:
    if not isinstance(value, list) or len(value) != 3:
        raise ValueError("facts are [opening, contains, ends]")
    opening, contains, ends = value
    if opening is not None:
        if not isinstance(opening, list) or len(opening) != 2:
            raise ValueError("an opening is [lead, starts]")
        opening = (_strings(opening[0]), _strings(opening[1]))
        if not opening[1]:
            raise ValueError("an opening has starts")
    if ends is not None:
        if not isinstance(ends, list) or len(ends) != 2 or not isinstance(ends[0], bool) or ends[1] is None:
            raise ValueError("ends are [negated, characters]")
        ends = (ends[0], _strings(ends[1]))
    return opening, None if contains is None else _strings(contains), ends


def _strings(value) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("a set of strings is a list of strings")
    return frozenset(value)
