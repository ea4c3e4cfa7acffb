"""Language detection with langdetect, seeded and on a bounded sample."""

from __future__ import annotations

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# langdetect draws random trials; a fixed seed makes the same text give the same answer.
SEED = 0

_factory = None


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
    return _factory


def detect(lines: list[str]) -> str | None:
    """The language code langdetect gives the sample ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text)
    try:
        return detector.detect()
    except LangDetectException:
        return None
