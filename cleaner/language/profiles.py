"""langdetect's language profiles as one table of fixed-point scores, cached between runs.

A profile counts each n-gram (1 to 3 characters) a language's training text had. The
detector needs, for each n-gram and language, ``log(1 + p / weight)`` with p the n-gram's
share of the language's n-grams of its length: here as an integer in units of 2^-16
(fixed point), so that summing them is exact whatever the order, the platform or the
library that sums. The table is sparse, as the profiles are (88,000 n-grams, 184,000
scores, about 2 per n-gram): n-grams as sorted integer keys (``gram_key``), and for each
the languages that have it and their scores (rows, as a compressed sparse row matrix).

Parsing the 55 JSON profiles and computing the scores takes about half a second; the first
run writes the table into cleaner's cache (io/cache.py), named after the profiles it was
made from, and later runs read 2 MB. A cache file that is not the table it claims to be
(its checksum) is ignored and written again.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
from array import array

# langdetect's smoothing: ALPHA_DEFAULT / BASE_FREQ. (Its random trials add noise to
# alpha; the noise has mean zero, so the scoring uses the mean.)
WEIGHT = 0.5 / 10000
# Fixed point: a score is at most log(1 + 1/WEIGHT) < 10, so at most 10 * 2^16 in units.
SCALE = 1 << 16
# Bits a character takes in an n-gram's key: every code point fits, and no character of a
# normalised text is U+0000, so keys of 1-, 2- and 3-grams fall in disjoint ranges.
CHAR_BITS = 21
_FORMAT = "cleaner-profiles-2"  # the cache file's layout and scoring; another gets another file
# The arrays of a table, in the order the cache file holds them: name, typecode.
_ARRAYS = (("keys", "q"), ("starts", "q"), ("languages", "B"), ("scores", "i"))


def gram_key(gram: str) -> int:
    """The integer an n-gram is known by: its code points side by side, CHAR_BITS each."""
    key = 0
    for ch in gram:
        key = (key << CHAR_BITS) | ord(ch)
    return key


def profile_files() -> list[str]:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    # Sorted, unlike langdetect's os.listdir(): the same order, so the same tie-break, everywhere.
    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
    return [p for p in (os.path.join(PROFILES_DIRECTORY, n) for n in names) if os.path.isfile(p)]


def language_codes() -> list[str]:
    """The codes of the languages the detector knows ("en", "zh-cn"): its profiles' names."""
    return [os.path.basename(path) for path in profile_files()]


class ProfileTable:
    """Every language's fixed-point score of every n-gram of the profiles, sparse: the n-gram
    of key ``keys[r]`` has the scores ``scores[starts[r]:starts[r + 1]]`` for the languages
    ``languages[...]`` of the same slice (indexes into ``langs``), and no other."""

    def __init__(self, langs: list[str], keys: array, starts: array, languages: array, scores: array):
        self.langs = langs
        self.keys, self.starts, self.languages, self.scores = keys, starts, languages, scores

    @classmethod
    def from_json(cls, files: list[str]) -> "ProfileTable":
        langs: list[str] = []
        merged: dict[int, list[tuple[int, int]]] = {}
        for i, path in enumerate(files):
            with open(path, encoding="utf-8") as handle:
                profile = json.load(handle)
            langs.append(profile["name"])
            totals = profile["n_words"]
            for gram, count in profile["freq"].items():
                score = round(math.log1p(count / totals[len(gram) - 1] / WEIGHT) * SCALE)
                merged.setdefault(gram_key(gram), []).append((i, score))
        keys, starts = array("q", sorted(merged)), array("q", [0])
        languages, scores = array("B"), array("i")
        for key in keys:
            for i, score in merged[key]:
                languages.append(i)
                scores.append(score)
            starts.append(len(scores))
        return cls(langs, keys, starts, languages, scores)

    def row(self, gram: str) -> slice:
        """Where the n-gram's scores are, in ``languages`` and ``scores`` (an empty slice for
        an n-gram of no profile)."""
        from bisect import bisect_left

        key = gram_key(gram)
        at = bisect_left(self.keys, key)
        if at < len(self.keys) and self.keys[at] == key:
            return slice(self.starts[at], self.starts[at + 1])
        return slice(0, 0)

    def to_bytes(self) -> bytes:
        """The table as the cache holds it: a JSON header line, then the arrays, little-endian."""
        parts = []
        for name, _ in _ARRAYS:
            part = array(getattr(self, name).typecode, getattr(self, name))
            if sys.byteorder == "big":
                part.byteswap()
            parts.append(part.tobytes())
        body = b"".join(parts)
        header = {"format": _FORMAT, "langs": self.langs, "sizes": [len(getattr(self, n)) for n, _ in _ARRAYS],
                  "itemsizes": [array(code).itemsize for _, code in _ARRAYS]}
        header["sha256"] = _checksum(header, body)
        return json.dumps(header).encode("utf-8") + b"\n" + body

    @classmethod
    def from_bytes(cls, data: bytes) -> "ProfileTable":
        """The table ``to_bytes`` wrote; ValueError for anything else."""
        line, _, body = data.partition(b"\n")
        try:
            header = json.loads(line)
            if header.pop("sha256") != _checksum(header, body) or header["format"] != _FORMAT \
                    or header["itemsizes"] != [array(code).itemsize for _, code in _ARRAYS]:
                raise ValueError("not a profile table of this version and platform")
            arrays, at = [], 0
            for (_, code), size in zip(_ARRAYS, header["sizes"]):
                part = array(code)
                part.frombytes(body[at:at + size * part.itemsize])
                at += size * part.itemsize
                if sys.byteorder == "big":
                    part.byteswap()
                arrays.append(part)
            if at != len(body):
                raise ValueError("sizes that do not add up")
            return cls(list(header["langs"]), *arrays)
        except (TypeError, KeyError, AttributeError) as error:
            raise ValueError(f"not a profile table: {error!r}") from error


def _checksum(header: dict, body: bytes) -> str:
    """What a cache file must say of itself: a digest of its header (but this) and its arrays."""
    return hashlib.sha256(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + body).hexdigest()


def _cache_path(files: list[str]) -> str:
    from ..io.cache import path_for

    # Named after the profiles it copies: another langdetect gives another file.
    listing = "\n".join(f"{os.path.basename(p)} {status.st_size} {status.st_mtime_ns}"
                        for p, status in zip(files, map(os.stat, files)))
    return path_for("langdetect-profiles", _FORMAT, listing, suffix=".bin")


def open_profiles() -> ProfileTable:
    """The table from the cache when it holds it, else from the JSON profiles (and cached)."""
    from ..io import cache

    files = profile_files()
    path = _cache_path(files)
    data = cache.read(path)
    if data is not None:
        try:
            return ProfileTable.from_bytes(data)
        except ValueError:
            pass  # a damaged or foreign file: built again, and replaced
    table = ProfileTable.from_json(files)
    cache.write(path, table.to_bytes())
    return table
