"""UTF-8 read as Latin-1: which characters of a text are the later bytes of one character."""

from __future__ import annotations


def utf8_byte(text: str, i: int, whole: bool = False) -> bool:
    """Whether ``text[i]`` (a character of U+0080..U+00BF) is a later byte of a UTF-8 character
    read as Latin-1: its lead ("Â".."ô") stands at most three characters back with continuation
    bytes (U+0080..U+00BF) between, as many as the lead asks for ("х" is "Ñ\\x85", "„" is
    "â\\x80\\x9e"). ``whole``: the bytes after it that the lead asks for are there too."""
    for back in range(1, 4):
        lead = text[i - back] if i - back >= 0 else ""
        if "\u00c2" <= lead <= "\u00f4":
            size = 2 if lead <= "\u00df" else 3 if lead <= "\u00ef" else 4
            end = i - back + size
            return back < size and (not whole or end <= len(text) and all(
                "\x80" <= ch <= "\xbf" for ch in text[i - back + 1:end]))
        if not "\x80" <= lead <= "\xbf":
            return False
    return False
