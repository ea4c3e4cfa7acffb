"""Bytes to text: UTF-8 first, other encodings detected and reported, garbage refused."""

from __future__ import annotations

import codecs

# charset-normalizer's "chaos" above this is text no encoding explains well.
_MAX_CHAOS = 0.2


class DecodeError(ValueError):
    """Input that is not text; ``str()`` says why, the caller names the file."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was in ("utf-8", "utf-8-sig", "cp1252", ...)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, name), name
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise DecodeError("not valid UTF-8 and no other text encoding fits it")
    return str(best), best.encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
