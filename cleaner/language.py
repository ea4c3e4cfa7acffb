"""Language detection from langdetect's profiles, scored deterministically on a bounded sample.

langdetect draws n-grams of the text at random and multiplies, for each draw,
every language's probability by ``weight + p(n-gram | language)``; seven such
trials, averaged, give its answer. Here every n-gram of the sample is counted
once, with the same profiles and the same smoothing weight, and the language
with the largest sum of ``log(1 + p / weight)`` wins: langdetect's estimate
without the sampling. There is nothing random left to seed, and the same
sample always gets the same answer.

An n-gram never crosses a space (langdetect resets its window there), so a
text's n-grams are the union of its words' n-grams: a word's scores are
computed once and reused by every document that has the word. Scores are fixed
point (units of 2^-16) packed side by side in one integer, a field per language:
adding two words' scores is one integer addition, exact, so the sum does not
depend on order, platform or Python version. Agreement with
``langdetect.detect`` (seeded) is checked by tests/test_language.py on every
evaluation document and printed, with the speed of both, by ``python -m bench.speed``.
"""

from __future__ import annotations

import math
import re
from itertools import islice

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# langdetect's smoothing: ALPHA_DEFAULT / BASE_FREQ. (Its random trials add noise
# to alpha; the noise has mean zero, so the scoring uses the mean.)
_WEIGHT = 0.5 / 10000
# Scores kept between documents (a word's are one integer of 55 fields); a full cache
# is emptied, which changes no answer: scores are computed the same way whenever they are.
_WORD_CACHE = 50_000
_GRAM_CACHE = 200_000
# Fixed point: a gram's score is at most log(1 + 1/_WEIGHT) < 10, a sample holds
# fewer than 6,000 n-grams, so a field never exceeds 2^16 * 10 * 6,000 < 2^32;
# 40 bits leave room to spare and no carry ever reaches the next field.
_SCALE = 1 << 16
_FIELD = 40
_MASK = (1 << _FIELD) - 1
_MAX_TEXT = 10 * SAMPLE_CHARS  # still far from a carry: 60,000 n-grams * 10 * 2^16 < 2^40

_profiles: "_Profiles | None" = None
# The same sample always gets the same answer: a pipeline round that removed
# only short chrome lines leaves the sample as it was, and need not score it again.
_answers: dict[str, str | None] = {}

# langdetect's cleaning: a text mostly in another script loses its Latin letters.
_LATIN = re.compile("[A-z]")
_NON_LATIN = re.compile("[^\x00-\u02ff\u1e00-\u1eff]")
_LATIN_RUNS = re.compile("[A-z]+")


def sample(lines: list[str], limit: int = SAMPLE_CHARS) -> str:
    """The first ``limit`` characters of the document's prose-like lines (all lines if none)."""
    prose = [line for line in lines if len(line.split()) >= _MIN_SAMPLE_WORDS] or lines
    taken: list[str] = []
    size = 0
    for line in prose:
        taken.append(line)
        size += len(line) + 1
        if size >= limit:
            break
    return "\n".join(taken)[:limit]


class _Normalised(dict):
    """A ``str.translate`` table of langdetect's ``NGram.normalize``, filled as characters appear."""

    def __init__(self, normalize):
        super().__init__()
        self.normalize = normalize

    def __missing__(self, code: int) -> str:
        value = self[code] = self.normalize(chr(code))
        return value


def word_ngrams(word: str) -> list[str]:
    """The 1-, 2- and 3-grams langdetect takes from a word: padded with spaces, and
    none ending on the second or later capital of a run ("NATO" gives "N", " N", "O ", "TO ").
    (In no particular order: a word's score is their sum.)"""
    padded = f" {word} "
    rest = word[1:]
    if rest == rest.lower():  # no capital after the first letter, so no run of capitals: slice it all
        size = len(padded)
        return [*word, *[padded[i:i + 2] for i in range(size - 1)], *[padded[i:i + 3] for i in range(size - 2)]]
    grams: list[str] = []
    for i in range(1, len(padded)):
        ch = padded[i]
        if ch.isupper() and padded[i - 1].isupper():
            continue
        if i < len(padded) - 1:
            grams.append(ch)
        grams.append(padded[i - 1:i + 1])
        if i >= 2:
            grams.append(padded[i - 2:i + 1])
    return grams


class _Profiles:
    """langdetect's profiles, sorted by language code, as log scores per n-gram and per word."""

    def __init__(self, table=None):
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        from .profiles import open_profiles

        self.table = table or open_profiles()
        self.langs: list[str] = self.table.langs
        self.totals: list[list[int]] = self.table.totals
        self.grams: dict[str, int] = {}
        self.words: dict[str, int] = {}
        self.normalised = _Normalised(NGram.normalize)
        self.normalize_vi = NGram.normalize_vi
        self.marks = re.compile("[" + re.escape(NGram.DMARK_CLASS) + "]")  # what normalize_vi acts after
        self.url, self.mail = Detector.URL_RE, Detector.MAIL_RE

    def learn_grams(self, grams: list[str]) -> None:
        """Score the n-grams not seen yet, asking the profiles about all of them at once."""
        new = [gram for gram in dict.fromkeys(grams) if gram not in self.grams]
        if not new:
            return
        if len(self.grams) + len(new) > _GRAM_CACHE:
            self.grams.clear()
        counts = self.table.counts(new)
        for gram in new:
            n = len(gram) - 1
            packed = 0
            for i, count in counts.get(gram, ()):
                packed |= round(math.log1p(count / self.totals[i][n] / _WEIGHT) * _SCALE) << (_FIELD * i)
            self.grams[gram] = packed

    def word_scores(self, words: list[str]) -> dict[str, int]:
        """Every language's score for each word, packed: the sum of its n-grams' (0 if none is
        known). The n-grams of all the words are looked up in the profiles at once."""
        grams = {word: word_ngrams(word) for word in words}
        self.learn_grams([gram for found in grams.values() for gram in found])
        get = self.grams.__getitem__
        scores = {word: sum(map(get, found)) for word, found in grams.items()}
        if len(self.words) + len(scores) > _WORD_CACHE:
            self.words.clear()
        self.words.update(scores)
        return scores

    def words_of(self, text: str) -> list[str]:
        """The words of ``text`` as langdetect's n-gram reader sees them."""
        # langdetect's own steps, each skipped where its pattern cannot match.
        if "http" in text:
            text = self.url.sub(" ", text)
        if "@" in text:
            text = self.mail.sub(" ", text)
        if self.marks.search(text):
            text = self.normalize_vi(text)
        # Latin letters go when fewer than half the other script's: counting them
        # stops at that many, which in Latin text is a handful.
        others = len(_NON_LATIN.findall(text))
        if others and sum(1 for _ in islice(_LATIN.finditer(text), (others + 1) // 2)) * 2 < others:
            text = _LATIN_RUNS.sub("", text)
        return text.translate(self.normalised).split()

    def best(self, text: str) -> str | None:
        """The language whose profile scores ``text`` highest (at most _MAX_TEXT characters are read)."""
        words = self.words_of(text[:_MAX_TEXT])
        rows = list(map(self.words.get, words))
        if None in rows:
            new = self.word_scores(list(dict.fromkeys(w for row, w in zip(rows, words) if row is None)))
            rows = [row if row is not None else new[word] for row, word in zip(rows, words)]
        total = sum(rows)
        if not total:
            return None
        fields = [(total >> (_FIELD * i)) & _MASK for i in range(len(self.langs))]
        return self.langs[max(range(len(fields)), key=fields.__getitem__)]


def profiles() -> _Profiles:
    global _profiles
    if _profiles is None:
        _profiles = _Profiles()
    return _profiles


def detect(lines: list[str]) -> str | None:
    """The language code of the sample's profile ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    if text in _answers:
        return _answers[text]
    answer = profiles().best(text)
    if len(_answers) >= 256:
        _answers.clear()
    _answers[text] = answer
    return answer
