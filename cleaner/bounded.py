"""BoundedCache: the one kind of cache cleaner keeps in memory between documents.

A dict of at most ``limit`` entries: an addition that would pass the limit empties it
first. Emptying changes no answer, since whatever a cache holds is computed again the
same way; it only costs the work of filling it again. Text rarely comes back and chrome
always does, so a cache emptied whole soon holds what matters again.

Thread policy: a cache belongs to one object (a Cleaner, a Matcher, the language
scorer) and is read and written only under that object's lock, so no reader ever
finds an entry gone between looking and reading.
"""

from __future__ import annotations


class BoundedCache(dict):
    __slots__ = ("limit",)

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def add(self, key, value) -> None:
        if len(self) >= self.limit:
            self.clear()
        self[key] = value

    def add_all(self, entries: dict) -> None:
        if len(self) + len(entries) > self.limit:
            self.clear()
        self.update(entries)
