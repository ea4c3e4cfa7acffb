"""A sample's language scores with numpy: its n-grams as keys, counted, looked up in the profile
table at once, and the counts times the rows of the profile matrix summed per language (the
n-gram counts as a sparse vector times the matrix), with no Python loop over words or n-grams.

It gives exactly what ``detection.Scorer.plain_scores`` gives: the same n-grams (those of
``detection.word_ngrams``, taken here at every position of the text at once) and the same
fixed-point scores, summed as int64 (exact: a sample of _MAX_TEXT characters sums to less
than 2^36). tests/test_language_vectors.py holds the two equal.
"""

from __future__ import annotations

import sys

import numpy as np

from .profiles import CHAR_BITS, ProfileTable

_KNOWN, _UPPER = 1, 2
_SPACE = ord(" ")


class VectorScorer:
    def __init__(self, table: ProfileTable):
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
        # What is known of each character met: _KNOWN, and _UPPER for str.isupper (filled as
        # characters come; np.zeros leaves the pages of characters never met untouched).
        self.flags = np.zeros(sys.maxunicode + 1, dtype=np.uint8)

    def scores(self, words: str) -> list[int]:
        """Every language's score (as ``Scorer.plain_scores``) of a text's normalised words,
        given joined by single spaces."""
        if not words:
            return [0] * self.matrix.shape[1]
        grams, counts = _counted(self.keys_of(words))
        at = np.searchsorted(self.keys, grams)
        found = self.keys[at] == grams
        return (counts[found] @ self.matrix[at[found]]).tolist()

    def keys_of(self, words: str):
        """The keys (profiles.gram_key) of the n-grams langdetect's reader takes from these words."""
        codes = np.frombuffer(f" {words} ".encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        flags = self.flags[codes]
        if not flags.all():
            for code in np.unique(codes[flags == 0]).tolist():
                self.flags[code] = _KNOWN | (_UPPER if chr(code).isupper() else 0)
            flags = self.flags[codes]
        upper = (flags & _UPPER).astype(bool)
        space = codes == _SPACE
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
