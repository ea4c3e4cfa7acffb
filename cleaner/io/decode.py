"""Bytes to text: UTF-8 first, another encoding when it is given or can be told for sure, garbage refused.

Telling a legacy encoding from the bytes alone is a guess: several code pages
read most bytes alike, and differ on the few that carry a language's accented
letters (ISO-8859-2 and ISO-8859-10 both read Polish bytes as letters, one of
them as "zauważyli", the other as "zauwaŋyli"). A guess is trusted only when
exactly one reading is plausible: every letter in it belongs to an ordinary
alphabet of its script (rules/alphabets.yaml), no sign sits inside a word
where a letter belongs ("pi±tej"), charset-normalizer finds it
orderly (its "chaos", the share of odd sequences, is low), and every other
plausible reading that gives a different text is plainly worse: more chaotic,
or much less like any language in its letters' frequencies (charset-normalizer's
"coherence"). Code pages that give the same text are one reading, not competitors.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from dataclasses import dataclass

import regex

from ..data import alphabets

# charset-normalizer's chaos: at most this for a reading to be plausible. A reading that
# gives a different text must have this much more chaos, or this much less coherence
# (the letters' frequencies against its likeliest language's), for the guess to be sure.
_MAX_CHAOS = 0.1
_CHAOS_GAP = 0.05
_COHERENCE_GAP = 0.15
# Chaos and coherence are measured on the text's first characters: they take seconds a
# megabyte. Readings that differ only past them measure the same, and are refused as rivals.
_SAMPLE = 100_000
# A sign or punctuation mark beyond ASCII between two letters ("s„o", "utanf—r") is where a
# wrong code page put a letter; an apostrophe, a hyphen, a middle dot (Catalan "l·l") are not.
_SIGN_IN_WORD = regex.compile(r"(?<=\p{L})[^\x00-\x7f\p{L}\p{M}\p{N}\u2019\u2018\u2010\u2011\u00b7\u00ad](?=\p{L})")


class DecodeError(ValueError):
    """Input that is not text, or whose encoding cannot be told; ``str()`` says why, the caller names the file."""


class EncodingUnknown(DecodeError):
    """Text that is not UTF-8, in an encoding that cannot be told for sure: the user can say which."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "cp1251", ...
    guess: str | None = None  # for an encoding told from the bytes: how sure, in a sentence


@dataclass(frozen=True)
class _Reading:
    text: str
    encodings: tuple[str, ...]  # the code pages that give this text
    chaos: float

    @functools.cached_property
    def _languages(self) -> list[tuple[str, float]]:
        from charset_normalizer.cd import coherence_ratio

        return coherence_ratio(self.text[:_SAMPLE])

    @property
    def coherence(self) -> float:
        return self._languages[0][1] if self._languages else 0.0

    @property
    def language(self) -> str:
        return f"reads as {self._languages[0][0]}" if self._languages else "no language recognised"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the name of the encoding it was in ("utf-8", "utf-8-sig", "cp1252", ...)."""
    decoded = read(data, encoding)
    return decoded.text, decoded.encoding


# A page may hold a few stray NUL bytes that browsers and HTML parsers skip; a file of
# UTF-16 without a BOM, or a binary one, holds far more.
_PAGE_NULS = 0.01


def read(data: bytes, encoding: str | None = None, page: bool = False) -> Decoded:
    """The text in ``encoding``, else UTF-8, else an encoding told for sure from the bytes.

    Raises DecodeError for bytes that are not valid in the given encoding, for binary
    data, and for a text whose encoding cannot be told for sure. ``page``: the bytes are an
    HTML page, whose parser drops NUL bytes: a few are let through, as browsers do."""
    if encoding is not None:
        name = codec_name(encoding)
        if name == "utf_8" and data.startswith(codecs.BOM_UTF8):
            return Decoded(_strict(data[len(codecs.BOM_UTF8):], encoding), "utf-8-sig")
        return Decoded(_strict(data, encoding), "utf-8" if name == "utf_8" else encoding)
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig")
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Decoded(_strict(data, name), name)
    if b"\x00" in data and not (page and data.count(b"\x00") <= _PAGE_NULS * len(data)):
        raise DecodeError("binary data (NUL bytes), not text")
    if b"\x1b$" in data:
        iso2022 = _iso2022(data)
        if iso2022 is not None:
            return iso2022
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


# ISO-2022-JP and -KR write Japanese and Korean in 7-bit bytes, switching character sets
# with escapes ("ESC $ B" ... "ESC ( B"): valid UTF-8 to a decoder, whose text loses its
# escapes to the repairs and its meaning with them. A terminal's escapes never open "ESC $".
_ISO2022 = regex.compile(rb"\x1b(?:\$[@AB]|\$\([CDQ]|\$\)C)")


def _iso2022(data: bytes) -> Decoded | None:
    """The text of 7-bit ISO-2022 bytes that read as such, else None."""
    if not data.isascii() or not _ISO2022.search(data):
        return None
    for name in ("iso2022_kr", "iso2022_jp_2") if b"\x1b$)C" in data else ("iso2022_jp_2",):
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    return None


def codec_name(encoding: str) -> str:
    """Python's name for an encoding ("ISO-8859-2" -> "iso8859_2"); LookupError for an unknown one,
    and for a codec that is no text encoding (base64, rot13)."""
    info = codecs.lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError(f"{encoding} is not a text encoding")
    return info.name.replace("-", "_")


def _detect(data: bytes) -> Decoded:
    readings = sorted(_plausible_readings(data), key=lambda r: (r.chaos, r.encodings))
    if not readings:
        raise EncodingUnknown("not UTF-8, and no known encoding reads it as text in an alphabet cleaner knows")
    best, others = readings[0], readings[1:]
    for rival in others:
        if rival.chaos - best.chaos < _CHAOS_GAP and best.coherence - rival.coherence < _COHERENCE_GAP:
            raise EncodingUnknown(f"not UTF-8, and its encoding cannot be told for sure: {_name(best)} and "
                              f"{_name(rival)} read it as different texts, both plausible ({_measures(best)}; "
                              f"{_measures(rival)})")
    runner_up = (f"; the next plausible reading, {_name(others[0])}: {_measures(others[0])}" if others
                 else "; no other reading is plausible")
    return Decoded(best.text, best.encodings[0], f"{_measures(best)}, {best.language}{runner_up}")


def _measures(reading: _Reading) -> str:
    return f"chaos {reading.chaos:.1%}, coherence {reading.coherence:.0%}"


def _name(reading: _Reading) -> str:
    first, *alike = reading.encodings
    return f"{first} (or {', '.join(alike[:2])})" if alike else first


def _plausible_readings(data: bytes) -> list[_Reading]:
    """Each different text some single-byte code page gives the bytes, where its letters fit
    the alphabets, no sign sits inside a word, and charset-normalizer finds it orderly enough."""
    from charset_normalizer.md import mess_ratio

    # A single-byte code page reads each byte alone: what it makes of the bytes present says
    # which letters its text holds, and two code pages that read them alike give one text.
    present = bytes(sorted(set(data)))
    by_reading: dict[str, list[str]] = {}
    for encoding in _code_pages():
        try:
            characters = present.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(characters) == len(present) and _fits_alphabets(frozenset(characters)):
            by_reading.setdefault(characters, []).append(encoding)
    readings = []
    for encodings in by_reading.values():
        text = data.decode(encodings[0])
        if _SIGN_IN_WORD.search(text):
            continue
        chaos = mess_ratio(text[:_SAMPLE], _MAX_CHAOS + _CHAOS_GAP)
        if chaos <= _MAX_CHAOS:
            readings.append(_Reading(text, tuple(encodings), chaos))
    return readings


@functools.cache
def _code_pages() -> tuple[str, ...]:
    """The single-byte code pages charset-normalizer knows, the web's commonest first (the
    name a reading is reported under is its first)."""
    from charset_normalizer.constant import IANA_SUPPORTED
    from charset_normalizer.utils import is_multi_byte_encoding

    common = ("cp1252", "iso8859_15", "latin_1", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u",
              "cp1253", "iso8859_7")
    others = sorted(e for e in set(IANA_SUPPORTED) if e != "ascii" and not is_multi_byte_encoding(e))
    return (*common, *(e for e in others if e not in common))


def _fits_alphabets(characters: frozenset[str]) -> bool:
    """Whether the letters beyond ASCII are, for each script, letters of one language's alphabet."""
    by_script: dict[str, set[str]] = {}
    for ch in characters:
        if ch.isascii() or not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if "SIGN" in name or "INDICATOR" in name:
            continue  # µ, ª, º: signs that Unicode counts as letters
        by_script.setdefault(name.split(" ", 1)[0], set()).add(ch)
    known = alphabets()
    return all(script in known and any(letters <= alphabet for alphabet in known[script].values())
               for script, letters in by_script.items())


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
