"""Language detection with langdetect, seeded and on a bounded sample."""

from __future__ import annotations

import re

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# langdetect draws random trials; a fixed seed makes the same text give the same answer.
SEED = 0

_factory = None
_FastDetector = None
# The same sample always gets the same answer: a pipeline round that removed
# only short chrome lines leaves the sample as it was, and need not ask again.
_answers: dict[str, str | None] = {}


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


class _LazyProbabilities(dict):
    """langdetect's n-gram table, built row by row for the n-grams a text holds.

    langdetect's own factory builds the whole table (about 170,000 rows) at its
    first call, a third of a second on every start. A row computed here is the
    one ``DetectorFactory.add_profile`` would compute, so detection is the same.
    """

    def __init__(self, profiles: list[dict]):
        super().__init__()
        self.profiles = profiles

    def _row(self, word: str):
        found = [(i, p) for i, p in enumerate(self.profiles) if word in p["freq"]]
        if not found:
            return None
        row = [0.0] * len(self.profiles)
        if 1 <= len(word) <= 3:
            for index, profile in found:
                row[index] = 1.0 * profile["freq"][word] / profile["n_words"][len(word) - 1]
        return row

    def __missing__(self, word: str):
        row = self._row(word)
        dict.__setitem__(self, word, row)
        return row

    def __contains__(self, word) -> bool:
        return self[word] is not None


def _fast_detector_class():
    """langdetect's Detector with its hot loops rewritten; the same arithmetic in the same order.

    Every float operation and every draw from the seeded random generator is
    the one langdetect makes, so the answers are langdetect's; what changes is
    the Python overhead around them (a test compares both on every fixture).
    """
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    normalized: dict[str, str] = {}
    spaces = re.compile(" {2,}")

    class FastDetector(Detector):
        def append(self, text: str) -> None:
            text = self.URL_RE.sub(" ", text)
            text = self.MAIL_RE.sub(" ", text)
            text = NGram.normalize_vi(text)
            self.text += spaces.sub(" ", text[: self.max_text_length])

        def _extract_ngrams(self) -> list[str]:
            table = self.word_lang_prob_map
            result = []
            grams, capital = " ", False
            for ch in self.text:
                norm = normalized.get(ch)
                if norm is None:
                    norm = normalized[ch] = NGram.normalize(ch)
                last = grams[-1]
                if last == " ":
                    grams, capital = " ", False
                    if norm == " ":
                        continue
                elif len(grams) >= NGram.N_GRAM:
                    grams = grams[1:]
                grams += norm
                if norm.isupper():
                    if last.isupper():
                        capital = True
                else:
                    capital = False
                if capital:
                    continue
                for n in (1, 2, 3):
                    if len(grams) < n:
                        break
                    gram = grams[-n:]
                    if gram != " " and gram in table:
                        result.append(gram)
            return result

        def _detect_block(self) -> None:
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            table = self.word_lang_prob_map
            langprob = [0.0] * len(self.langlist)
            draw = self.random
            draw.seed(self.seed)
            for _ in range(self.n_trial):
                prob = self._init_probability()
                alpha = self.alpha + draw.gauss(0.0, 1.0) * self.ALPHA_WIDTH
                weight = alpha / self.BASE_FREQ
                # Iteration 0 updates once and normalises; then every fifth
                # iteration normalises, so the updates come in runs of five.
                # Multiplying a run element by element, left to right, is
                # exactly langdetect's five updates in a row.
                row = table[draw.choice(ngrams)]
                prob = [p * (weight + w) for p, w in zip(prob, row)]
                i = 0
                while True:
                    total = sum(prob)
                    prob = [p / total for p in prob]
                    if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                    a, b, c, d, e = (table[draw.choice(ngrams)] for _ in range(5))
                    prob = [p * (weight + ra) * (weight + rb) * (weight + rc) * (weight + rd) * (weight + re_)
                            for p, ra, rb, rc, rd, re_ in zip(prob, a, b, c, d, e)]
                    i += 5
                langprob = [acc + p / self.n_trial for acc, p in zip(langprob, prob)]
            self.langprob = langprob

    return FastDetector


def _detector_factory():
    global _factory
    if _factory is None:
        import json
        import os

        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        profiles = []
        # Sorted, unlike langdetect's os.listdir(): the same order on every machine.
        for name in sorted(os.listdir(PROFILES_DIRECTORY)):
            path = os.path.join(PROFILES_DIRECTORY, name)
            if not name.startswith(".") and os.path.isfile(path):
                with open(path, encoding="utf-8") as handle:
                    profiles.append(json.load(handle))
        factory = DetectorFactory()
        factory.langlist = [p["name"] for p in profiles]
        factory.word_lang_prob_map = _LazyProbabilities(profiles)
        factory.seed = SEED
        _factory = factory
        global _FastDetector
        _FastDetector = _fast_detector_class()
    return _factory


def detect(lines: list[str]) -> str | None:
    """The language code langdetect gives the sample ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    from langdetect.lang_detect_exception import LangDetectException

    if text in _answers:
        return _answers[text]
    factory = _detector_factory()
    detector = _FastDetector(factory)
    detector.append(text)
    try:
        answer = detector.detect()
    except LangDetectException:
        answer = None
    if len(_answers) >= 256:
        _answers.clear()
    _answers[text] = answer
    return answer
