"""cleaner's language detection against ``langdetect.detect`` (seeded), on the evaluation documents.

    python -m bench.language

For every language of eval/docs/ (and the fixtures), how often cleaner's
deterministic scoring gives langdetect's answer on the same sample, and the
time each takes. The speed issue asks for at least 99% agreement per detection.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def samples() -> dict[str, list[str]]:
    """The detection samples of the evaluation documents by their language, and of the fixtures."""
    from cleaner.language import detection

    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "eval" / "docs").glob("*.txt")):
        found.setdefault(path.name.split("_")[0], []).append(path.read_text(encoding="utf-8"))
    found["fixtures"] = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "input").glob("*.txt"))]
    return {group: [detection.sample(text.splitlines()) for text in texts] for group, texts in found.items()}


def langdetect_answers(texts: list[str]) -> list[str | None]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    answers = []
    for text in texts:
        DetectorFactory.seed = 0
        try:
            answers.append(detect(text))
        except LangDetectException:
            answers.append(None)
    return answers


def agreement() -> dict[str, tuple[int, int, float, float]]:
    """Per group: (agreeing samples, samples, seconds for cleaner, seconds for langdetect)."""
    from cleaner.language import detection

    table = {}
    for group, texts in samples().items():
        detection.forget_samples()
        start = time.perf_counter()
        ours = [detection.detect(text.split("\n")) for text in texts]
        middle = time.perf_counter()
        theirs = langdetect_answers(texts)
        end = time.perf_counter()
        table[group] = (sum(a == b for a, b in zip(ours, theirs)), len(texts), middle - start, end - middle)
    return table


def main(argv: list[str] | None = None) -> int:
    table = agreement()
    for group, (agree, total, ours, theirs) in table.items():
        print(f"  {group:9} {agree}/{total} agree with langdetect.detect ({agree / total:.0%})")
    ours = sum(row[2] for row in table.values())
    theirs = sum(row[3] for row in table.values())
    samples_count = sum(row[1] for row in table.values())
    print(f"language: {sum(row[0] for row in table.values())}/{samples_count} samples agree; "
          f"{ours / samples_count * 1000:.2f} ms a sample (first sight of every word included) against "
          f"langdetect's {theirs / samples_count * 1000:.2f} ms: {theirs / ours:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
