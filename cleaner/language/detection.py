"""Language detection from langdetect's profiles, scored deterministically on a bounded sample.

langdetect draws n-grams of the text at random and multiplies, for each draw,
every language's probability by ``weight + p(n-gram | language)``; seven such
trials, averaged, give its answer. Here every n-gram of the sample is counted
once, with the same profiles and the same smoothing weight, and the language
with the largest sum of ``log(1 + p / weight)`` wins: langdetect's estimate
without the sampling. There is nothing random left to seed, and the same
sample always gets the same answer.

Each n-gram's scores are fixed-point integers (profiles.py), so a sum is exact and does
not depend on order, platform or library. The sample's n-grams counted and looked up in
plain Python (``Scorer.plain_scores``, the reference) give the same sums as the n-gram
counts as a sparse vector times the profile matrix with numpy (vectors.py), which a process
uses from its ``_PLAIN_SAMPLES``-th sample on; tests/test_language_vectors.py holds them
equal. Agreement with ``langdetect.detect`` (seeded) is checked by
tests/test_language_detection.py on every evaluation document and printed, with the speed
of both, by ``python -m bench.language``.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from itertools import chain, islice

from ..bounded import BoundedCache
from .profiles import SCALE, ProfileTable, open_profiles

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# Chinese and Japanese put no spaces between words: a run of this many of their characters
# is a clause of prose, where a menu item or a heading ("相关推荐") is a few.
_CJK_CLAUSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{10}")
_MAX_TEXT = 10 * SAMPLE_CHARS  # what best() reads of a text it is given

_ANSWER_CACHE = 256
# numpy's import (about 0.1 s) is more than a few samples take in plain Python: a process
# (a pre-commit hook on a few files) scores its first samples so, and later ones with numpy.
_PLAIN_SAMPLES = 8
# The least evidence for an answer from a short sample: the best language's score must beat
# the runner-up's by this much (natural log units, about 150 to one). Below it, a text of a
# word or two ("Hello": it, "Thank you": tr) gets no language rather than a confident wrong
# one. A longer sample keeps its best language however close the second (zh-cn and zh-tw
# often are); docs/pipelines.md gives the figures behind both numbers.
MIN_MARGIN = 5.0
SHORT_SAMPLE = 200  # characters

_scorer: "Scorer | None" = None
_creating = threading.Lock()

# langdetect's cleaning: a text mostly in another script loses its Latin letters.
_LATIN = re.compile("[A-z]")
# Characters langdetect counts as of no other script than Latin, a run at a time: what is
# left when they are gone is the text's characters of other scripts.
_LATIN_SPANS = re.compile("[\x00-\u02ff\u1e00-\u1eff]+")
_LATIN_RUNS = re.compile("[A-z]+")
_LATIN_LETTERS = re.compile("[A-Za-z]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# The profiles of the languages written in Han characters (with kana or Hangul).
_HAN_LANGS = ("ja", "ko", "zh-cn", "zh-tw")


def sample(lines: list[str], limit: int = SAMPLE_CHARS) -> str:
    """The first ``limit`` characters of the document's prose-like lines (all lines if none)."""
    # Lines are looked at only until the sample is full, and split no further than needed.
    prose = (line for line in lines
             if len(line.split(None, _MIN_SAMPLE_WORDS - 1)) == _MIN_SAMPLE_WORDS or _CJK_CLAUSE.search(line))
    return "\n".join(_first(prose, limit) or _first(lines, limit))[:limit]


def _first(lines, limit: int) -> list[str]:
    """Lines from the start until they hold ``limit`` characters."""
    taken: list[str] = []
    size = 0
    for line in lines:
        taken.append(line)
        size += len(line) + 1
        if size >= limit:
            break
    return taken


class _Normalised(dict):
    """A ``str.translate`` table of langdetect's ``NGram.normalize``, filled as characters appear."""

    def __init__(self, normalize):
        super().__init__()
        self.normalize = normalize

    def __missing__(self, code: int) -> str:
        value = self[code] = self.normalize(chr(code))
        return value


def word_ngrams(word: str) -> list[str]:
    """The 1-, 2- and 3-grams langdetect's reader takes from a word (a run of non-spaces of
    the normalised text), in order: at each character of the word padded with spaces (the
    first space aside), the (at most) three characters ending there and their last two and
    last one; no 3-gram at the word's first letter, no 1-gram of the space after it, and
    nothing at a capital that follows a capital ("NATO" gives " N", " NA", "N", "TO ", "O ")."""
    padded = f" {word} "
    grams = []
    for end in range(1, len(padded)):
        if padded[end].isupper() and padded[end - 1].isupper():
            continue
        if end > 1:
            grams.append(padded[end - 2:end + 1])
        grams.append(padded[end - 1:end + 1])
        if end < len(padded) - 1:
            grams.append(padded[end])
    return grams


class Scorer:
    """langdetect's profiles, sorted by language code, and what reads a text into their n-grams."""

    def __init__(self, table: ProfileTable | None = None):
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        self.table = table or open_profiles()
        self.langs: list[str] = self.table.langs
        self.vectors = None  # vectors.VectorScorer, made at the _PLAIN_SAMPLES-th sample (or by warm())
        self.samples = 0
        # The same sample always gets the same answer: a pipeline round that removed
        # only short chrome lines leaves the sample as it was, and need not score it again.
        self.answers = BoundedCache(_ANSWER_CACHE)
        # The scorer is shared by every Cleaner of the process: detect() holds this while it
        # reads and fills the cache above (and the vector scorer's table of characters).
        self.lock = threading.Lock()
        self.normalised = _Normalised(NGram.normalize)
        self.normalize_vi = NGram.normalize_vi
        self.marks = re.compile(f"[{re.escape(NGram.DMARK_CLASS)}]")  # what normalize_vi acts after
        self.url, self.mail = Detector.URL_RE, Detector.MAIL_RE

    def vectorised(self):
        """The numpy scorer of this table, made now if it is not yet."""
        if self.vectors is None:
            from .vectors import VectorScorer

            self.vectors = VectorScorer(self.table, self.normalised)
        return self.vectors

    def prepared(self, text: str) -> str:
        """``text`` after langdetect's steps before normalising: links, addresses and
        Vietnamese marks handled, Latin letters gone from a text mostly in another script."""
        text, others = self._unlinked(text)
        return _LATIN_RUNS.sub("", text) if _mostly_other_script(text, others) else text

    def _unlinked(self, text: str) -> tuple[str, int]:
        """``text`` without links and addresses, its Vietnamese marks composed, and how many
        of its characters are of other scripts than Latin. (Each step is skipped where its
        pattern cannot match.)"""
        if "http" in text:
            text = self.url.sub(" ", text)
        if "@" in text:
            text = self.mail.sub(" ", text)
        if text.isascii():
            return text, 0
        # Vietnamese marks are characters of the other scripts' range: looked for among those.
        others = _LATIN_SPANS.sub("", text)
        if self.marks.search(others):
            text = self.normalize_vi(text)
            others = _LATIN_SPANS.sub("", text)
        return text, len(others)

    def words_of(self, text: str) -> list[str]:
        """The words of ``text`` as langdetect's n-gram reader sees them."""
        return self.prepared(text).translate(self.normalised).split()

    def plain_scores(self, words: list[str]) -> list[int]:
        """Every language's score for these words: each n-gram of each word counted, and its
        scores in the profiles added that many times. The reference the vectors must equal."""
        totals = [0] * len(self.langs)
        table = self.table
        for gram, count in Counter(chain.from_iterable(map(word_ngrams, words))).items():
            where = table.row(gram)
            for language, score in zip(table.languages[where], table.scores[where]):
                totals[language] += score * count
        return totals

    def scores(self, text: str) -> list[int]:
        """Every language's score for ``text``, in units of 2^-16 (in the order of ``langs``)."""
        self.samples += 1
        if self.vectors is None and self.samples < _PLAIN_SAMPLES:
            return self.plain_scores(self.words_of(text))
        return self.vectorised().scores(self.prepared(text))

    def best(self, text: str) -> str | None:
        """The language whose profile scores ``text`` highest (at most _MAX_TEXT characters are read);
        None for a text shorter than SHORT_SAMPLE whose best leads the runner-up by less than MIN_MARGIN."""
        text = text[:_MAX_TEXT]
        totals = self.scores(text)
        if len(text) < SHORT_SAMPLE and margin(totals) < MIN_MARGIN:
            return None
        found = self.answer(totals)
        # langdetect's Korean profile holds Chinese characters (Hanja), so traditional Chinese
        # can score Korean; Korean is written in Hangul, and a text with none is not Korean.
        if found == "ko" and not _HANGUL.search(text):
            found = self.answer(totals, leave_out="ko")
        # A Chinese story full of product names ("Galaxy Tab 10.1") keeps its Latin letters
        # (more than half its Han characters), and their n-grams can outscore the Han ones
        # for a Latin-script profile (vi); a text with more Han characters than Latin letters
        # is read among the languages written in Han.
        elif found not in _HAN_LANGS and _han_over_latin(text):
            found = self.answer(totals, leave_out=None if _HANGUL.search(text) else "ko", among=_HAN_LANGS)
        return found

    def answer(self, totals: list[int], leave_out: str | None = None,
               among: tuple[str, ...] | None = None) -> str | None:
        """The language of the largest score (the first such: a tie goes to the first
        language), ``leave_out`` aside, and only one of ``among`` if given; None when every
        score is 0."""
        if not any(totals):
            return None
        if leave_out in self.langs or among:
            totals = [score if language != leave_out and (not among or language in among) else -1
                      for language, score in zip(self.langs, totals)]
        return self.langs[totals.index(max(totals))]


def margin(totals: list[int]) -> float:
    """How far the best language's score leads the second's, in natural log units."""
    first, second = sorted(totals, reverse=True)[:2]
    return (first - second) / SCALE


def _mostly_other_script(text: str, others: int) -> bool:
    """langdetect drops Latin letters from a text with fewer of them than half its characters
    of other scripts; counting them stops at that many, which in Latin text is a handful."""
    if not others:
        return False
    need = (others + 1) // 2
    return sum(1 for _ in islice(_LATIN.finditer(text), need)) < need


def _han_over_latin(text: str) -> bool:
    """Whether ``text`` holds more Han characters than Latin letters."""
    if text.isascii():
        return False
    # Asked of nearly every sample: most hold no Han character, and the Latin letters are
    # counted only as far as the Han characters' number (a test holds it equal to counting all).
    han = len(_HAN.findall(text))
    return han > 0 and sum(1 for _ in islice(_LATIN_LETTERS.finditer(text), han)) < han


def scorer() -> Scorer:
    """The process's scorer, made on first use and shared by every Cleaner."""
    global _scorer
    with _creating:
        if _scorer is None:
            _scorer = Scorer()
    return _scorer


def warm() -> None:
    """Make the scorer and its numpy half now: before a pool forks, so that workers inherit them."""
    found = scorer()
    with found.lock:
        found.vectorised()


def forget_samples() -> None:
    """Empty what is kept of samples (their answers): as if every document were new. For
    benchmarks that time several configurations on one corpus."""
    if _scorer is not None:
        with _scorer.lock:
            _scorer.answers.clear()


def detect(lines: list[str]) -> str | None:
    """The language code of the sample's profile ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    found = scorer()
    with found.lock:
        if text in found.answers:
            return found.answers[text]
        answer = found.best(text)
        found.answers.add(text, answer)
    return answer
