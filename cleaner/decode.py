"""Bytes to text: UTF-8 first, other encodings detected and reported, garbage refused."""

from __future__ import annotations

import codecs

# charset-normalizer's "chaos" above this is text no encoding explains well.
_MAX_CHAOS = 0.2
_WEB_ORDER = ("cp1252", "iso8859_15", "latin_1", "cp1251", "koi8_r", "shift_jis", "gb18030", "euc_kr", "big5",
              "cp1250", "iso8859_2", "cp1253", "cp1254", "cp1256", "cp1255", "cp1257", "cp874")


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

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise DecodeError("not valid UTF-8 and no other text encoding fits it")
    # Short texts often fit several code pages equally well; then the one the
    # web used most wins (cp1250 and cp1252 agree on "é" but not on "è").
    tied = [m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence]
    best = min(tied, key=lambda m: _WEB_ORDER.index(m.encoding) if m.encoding in _WEB_ORDER else len(_WEB_ORDER))
    return str(best), best.encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
