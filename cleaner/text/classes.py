"""Regex classes written from sets of characters."""

from __future__ import annotations

import re


def char_class(chars) -> str:
    """The inside of a regex class of these characters, in code point order, runs of
    consecutive ones as ranges (a class of thousands of letters stays short)."""
    spans: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)
