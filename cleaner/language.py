"""Language detection with langdetect, seeded and on a bounded sample."""

from __future__ import annotations

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# langdetect draws random trials; a fixed seed makes the same text give the same answer.
SEED = 0

_factory_ready = False


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


def detect(lines: list[str]) -> str | None:
    """The language code langdetect gives the sample ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    global _factory_ready
    from langdetect import DetectorFactory, detect as langdetect_detect
    from langdetect.lang_detect_exception import LangDetectException

    if not _factory_ready:
        DetectorFactory.seed = SEED
        _factory_ready = True
    try:
        return langdetect_detect(text)
    except LangDetectException:
        return None
