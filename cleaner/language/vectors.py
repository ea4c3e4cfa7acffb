"""A sample's language scores with numpy: its n-grams as keys, counted, looked up in the profile
table at once, and the counts times the rows of the profile matrix summed per language (the
n-gram counts as a sparse vector times the matrix), with no Python loop over words or n-grams.

It gives exactly what ``detection.Scorer.plain_scores`` gives for the words
``Scorer.words_of`` reads: the text normalised as langdetect normalises it and split into
words here too, on the code points at once (the plain path's ``str.translate`` and
``str.split`` took a quarter of the time); the same n-grams (those of
``detection.word_ngrams``, taken at every position of the text at once) and the same
fixed-point scores, summed as int64 (exact: a sample of _MAX_TEXT characters sums to less
than 2^36). tests/test_language_vectors.py holds the two equal.
"""

from __future__ import annotations

import sys

import numpy as np

from .profiles import CHAR_BITS, ProfileTable

_SPACE = ord(" ")


class VectorScorer:
    def __init__(self, table: ProfileTable, normalised):
        """``normalised``: langdetect's normalising, as a mapping of a code point to a character."""
        # The keys get an end marker larger than any key, so that a lookup past the last
        # key reads no key.
        self.keys = np.append(np.frombuffer(table.keys, dtype=table.keys.typecode), np.iinfo(np.int64).max)
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
        text as ``Scorer.prepared`` leaves it."""
        grams, counts = _counted(self.keys_of(text))
        at = np.searchsorted(self.keys, grams)
        found = self.keys[at] == grams
        return (counts[found] @ self.matrix[at[found]]).tolist()

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


def _counted(keys):
    """The distinct keys, sorted, and how many times each comes."""
    keys = np.sort(keys)
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys))).astype(np.int64)  # a count times a score may pass 2^31
