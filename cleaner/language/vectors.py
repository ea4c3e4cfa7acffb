"""A sample's language scores with numpy: its n-grams as keys, looked up in a hash table of the
profile's keys at once, counted by the rows found, and the counts times those rows of the profile
matrix summed per language (the n-gram counts as a sparse vector times the matrix), with no
Python loop over words or n-grams and no sort.

It gives exactly what ``detection.Scorer.plain_scores`` gives for the words
``Scorer.words_of`` reads: the text normalised as langdetect normalises it and split into
words here too, on the code points at once (the plain path's ``str.translate`` and
``str.split`` took a quarter of the time); the same n-grams (those of
``detection.word_ngrams``, taken at every position of the text at once) and the same
fixed-point scores, summed as float64 (exact whatever the order: every partial sum of a sample
of _MAX_TEXT characters is an integer below 2^36). tests/test_language_vectors.py holds the two
equal, and the hash table's lookup equal to a search of the sorted keys.
"""

from __future__ import annotations

import sys

import numpy as np

from .profiles import CHAR_BITS, ProfileTable

_SPACE = ord(" ")
# The hash table of the profile's keys has 2^_SLOT_BITS slots, each holding a row of the table
# (langdetect's 87,598 keys fill a third of 2^18: 1 MB, small enough to stay in the processor's
# caches); a key sits in the slot its hash names or the next, and the keys both were taken for
# (about 7%) in a sorted list searched only for the n-grams missed in the table.
_SLOT_BITS = 18
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: 2^64 over the golden ratio


class VectorScorer:
    def __init__(self, table: ProfileTable, normalised):
        """``normalised``: langdetect's normalising, as a mapping of a code point to a character."""
        keys = np.frombuffer(table.keys, dtype=table.keys.typecode)
        self.absent = len(keys)  # the row of an n-gram no profile has
        self.keys = np.append(keys, -1)  # each row's key, and none (no key is negative) for the absent row
        self.slot_rows, self.rest, self.rest_rows = _hash_table(keys, self.absent)
        # Where each row was last met in a sample's n-grams (any value before that): a sample's
        # n-grams are counted by writing their places there and reading them back.
        self.last = np.zeros(self.absent + 1, dtype=np.int32)
        starts = np.frombuffer(table.starts, dtype=table.starts.typecode)
        # The table as a dense matrix, an n-gram a row and a language a column (19 MB for
        # langdetect's profiles): a sample's rows are gathered in one step.
        self.matrix = np.zeros((len(table.keys), len(table.langs)), dtype=np.int32)
        self.matrix[np.repeat(np.arange(len(table.keys)), np.diff(starts)),
                    np.frombuffer(table.languages, dtype=table.languages.typecode)] = \
            np.frombuffer(table.scores, dtype=table.scores.typecode)
        self.normalised = normalised
        # For each character met, the code point normalising makes it, white space of every
        # kind made a space (as splitting into words and joining them with spaces does); 0 for
        # a character not met yet (none is normalised to U+0000). Filled as characters come:
        # np.zeros leaves the pages of characters never met untouched.
        self.normal = np.zeros(sys.maxunicode + 1, dtype=np.uint32)
        self.upper = np.zeros(sys.maxunicode + 1, dtype=bool)  # str.isupper, of normalised characters

    def scores(self, text: str) -> list[int]:
        """Every language's score (as ``Scorer.plain_scores`` of ``Scorer.words_of(text)``) of a
        text as ``Scorer.prepared`` leaves it. Not for two threads at once (``self.last``):
        ``detection.detect`` holds the scorer's lock."""
        rows = self.rows_of(self.keys_of(text))
        # Each n-gram's place written at its row, then read back: the place read is one of each
        # row's n-grams (whichever write numpy keeps), and how often it comes is that row's count.
        # The absent row is given a place and its count dropped (its n-grams score nothing).
        rows = np.append(rows, self.absent)
        self.last[rows] = np.arange(len(rows), dtype=np.int32)
        counts = np.bincount(self.last[rows], minlength=len(rows))
        counts[self.last[self.absent]] = 0
        places = np.flatnonzero(counts)
        # float64, whose sums of these integers are exact, has a faster product than int64;
        # einsum's own loop, not BLAS's, which may run it on several threads. take gathers
        # whole rows faster than indexing does.
        totals = np.einsum("i,ij->j", counts[places].astype(np.float64),
                           self.matrix.take(rows[places], axis=0).astype(np.float64))
        return totals.astype(np.int64).tolist()

    def rows_of(self, keys):
        """The profile table's row of each key, ``self.absent`` for a key it does not have."""
        slots = _slot(keys)
        rows = self.slot_rows[slots]
        missed = np.flatnonzero(self.keys[rows] != keys)
        if len(missed):
            keys, slots = keys[missed], slots[missed] + 1
            found = self.slot_rows[slots]
            found = np.where(self.keys[found] == keys, found, self.absent)
            far = np.flatnonzero(found == self.absent)
            if len(far):
                at = np.searchsorted(self.rest, keys[far])
                found[far] = np.where(self.rest[at] == keys[far], self.rest_rows[at], self.absent)
            rows[missed] = found
        return rows

    def _meet(self, codes) -> None:
        for code in np.unique(codes).tolist():
            normal = self.normalised[code]
            if normal.isspace():
                normal = " "
            self.normal[code] = ord(normal)
            self.upper[ord(normal)] = normal.isupper()

    def keys_of(self, text: str):
        """The keys (profiles.gram_key) of the n-grams langdetect's reader takes from the words
        of this text (runs of what normalising leaves not white space)."""
        codes = np.frombuffer(f" {text} ".encode("utf-32-le", "surrogatepass"), dtype="<u4")
        normal = self.normal[codes]
        if not normal.all():
            self._meet(codes[normal == 0])
            normal = self.normal[codes]
        # The words joined by single spaces, with a space before the first and after the
        # last: a space is kept only after something else (the text is padded with spaces).
        space = normal == _SPACE
        kept = np.empty(len(normal), dtype=bool)
        kept[0] = True
        np.logical_not(space[1:] & space[:-1], out=kept[1:])
        codes, space = normal[kept].astype(np.int64), space[kept]
        upper = self.upper[codes]
        # At each character after the first (an end), the n-grams ending there, unless it
        # is a capital after a capital: the 2-gram always, the 1-gram unless it is a space,
        # the 3-gram unless the character before it is a space (the start of a word).
        ends, before = codes[1:], codes[:-1]
        taken = ~(upper[1:] & upper[:-1])
        pairs = (before << CHAR_BITS) | ends
        triples = (codes[:-2] << 2 * CHAR_BITS) | pairs[1:]
        return np.concatenate((ends[taken & ~space[1:]], pairs[taken], triples[taken[1:] & ~space[1:-1]]))


def _slot(keys):
    """The slot of the hash table each key is looked for first."""
    return (keys.view(np.uint64) * _MULTIPLIER >> np.uint64(64 - _SLOT_BITS)).astype(np.intp)


def _hash_table(keys, absent: int):
    """The slots' rows (``absent`` for an empty slot; one slot more, for a key placed after the
    last), and the keys placed in neither of their two slots, sorted, with their rows. Each slot
    goes to the first key (in the table's order) that asks for it, in its own slot before anyone
    in the next."""
    slot_rows = np.full((1 << _SLOT_BITS) + 1, absent, dtype=np.int32)
    home, waiting = _slot(keys), np.arange(len(keys))
    for step in (0, 1):
        slots = home[waiting] + step
        free = slot_rows[slots] == absent
        taken, first = np.unique(slots[free], return_index=True)
        placed = waiting[free][first]
        slot_rows[taken] = placed
        waiting = np.setdiff1d(waiting, placed, assume_unique=True)
    # An end marker larger than any key, so that a search past the last key reads no key.
    rest = np.append(keys[waiting], np.iinfo(np.int64).max)
    return slot_rows, rest, np.append(waiting, absent).astype(np.int32)
