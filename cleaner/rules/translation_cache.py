"""The RE2 translations of a rule book's patterns, kept between runs in one cache file:
asking the regex module about every code point of a class costs more than cleaning a small
file."""

from __future__ import annotations

import hashlib
import json

from . import rule_regex


class Translations:
    """The RE2 translations of a rule book's patterns, kept between runs in one cache file
    (cache.py): asking the regex module about every code point of a class costs more than
    cleaning a small file. The file is named after the book's rule texts and this code, so
    a changed rule set or version gets a new one (and cache.py removes the old ones beyond a
    few). It is read when the book's first pattern is compiled, and written again by save()
    when patterns were translated since: it holds what the book's runs have compiled.

    A translation lists the code points of its classes: every language's would be megabytes.
    So the file is a JSON line of where each translation stands ({pattern: [start, length]}),
    then the translations' UTF-8 bytes, and a run decodes only those it compiles."""

    def __init__(self, *parts: bytes | str):
        from ..io import cache

        self.path = cache.path_for("rule-translations", rule_regex.code_version(), *parts, suffix=".bin")
        self.known: dict[str, str] = {}  # decoded or translated in this process
        self._places: dict[str, list[int]] | None = None  # where the file holds each one
        self._body = b""
        self.fresh = False  # translated since read or saved

    def __call__(self, pattern: str) -> str:
        return self._kept(pattern, pattern, rule_regex.translated)

    def lines(self, pattern: str) -> str:
        """rule_regex.translate_lines(pattern), kept as the translations are."""
        return self._kept(_LINES + pattern, pattern, rule_regex.translate_lines)

    def _kept(self, key: str, pattern: str, translate) -> str:
        found = self.known.get(key)
        if found is None:
            if self._places is None:
                self._read()
            found = self._stored(key)
            if found is None:
                found = translate(pattern)
                self.fresh = True
            self.known[key] = found
        return found

    def large(self, text: str) -> bool:
        """Whether a run has found ``text``'s RE2 program large (rule_regex.sized)."""
        key = _large_key(text)
        if key in self.known:
            return True
        if self._places is None:
            self._read()
        return key in self._places

    def mark_large(self, text: str) -> None:
        """Remember that ``text``'s RE2 program is large, for the runs after this one."""
        if not self.large(text):
            self.known[_large_key(text)] = ""
            self.fresh = True

    def save(self) -> None:
        """Write the translations to the cache file, if any were made since it was read."""
        from ..io import cache

        if not self.fresh:
            return
        self.fresh = False
        table = self._table()
        # Another process of the run (a worker of -j N) may have saved since this one read the file:
        # merged, not written over. Two saves at the same moment can still lose one's additions
        # (no lock): those are only translated again by a later run.
        self._read()
        table = {**self._table(), **table, **self.known}
        places, body, offset = {}, [], 0
        for pattern in sorted(table):
            data = table[pattern].encode("utf-8")
            places[pattern] = [offset, len(data)]
            body.append(data)
            offset += len(data)
        cache.write(self.path, json.dumps(places, sort_keys=True).encode("ascii") + b"\n" + b"".join(body))

    def _table(self) -> dict[str, str]:
        """What the file held when last read, decoded."""
        table = {pattern: self._stored(pattern) for pattern in self._places or ()}
        return {pattern: text for pattern, text in table.items() if text is not None}

    def _read(self) -> None:
        from ..io import cache

        self._places, self._body = {}, b""
        data = cache.read(self.path) or b""
        header, _, body = data.partition(b"\n")
        try:
            places = json.loads(header) if header else {}
        except ValueError:  # not JSON, not UTF-8: built again
            return
        if isinstance(places, dict) and all(
                isinstance(place, list) and len(place) == 2 and all(type(n) is int and n >= 0 for n in place)
                and place[0] + place[1] <= len(body) for place in places.values()):
            self._places, self._body = places, body

    def _stored(self, pattern: str) -> str | None:
        place = (self._places or {}).get(pattern)
        if place is None:
            return None
        try:
            return self._body[place[0]:place[0] + place[1]].decode("utf-8")
        except UnicodeDecodeError:
            return None


# The key of a pattern's translate_lines, in the same table: no pattern a rule holds opens with a NUL.
_LINES = "\x00lines "


def _large_key(text: str) -> str:
    # Kept in the same table as the translations, with an empty text: no pattern a rule holds
    # opens with a NUL character.
    return "\x00large " + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
