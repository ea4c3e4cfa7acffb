"""A generated corpus for benchmarks: news-sized documents built from the bundled fixtures.

    python -m bench.corpus OUT.jsonl --megabytes 1000 [--zipf]

Each record takes a fixture document (the text seeds and the written ones) and
rewrites every line cleaner keeps so that no other record has it (Varied): chrome
recurs from record to record, text does not. Written as JSONL with the fields `id`
and `text`. With ``--zipf``, records of prose whose words are drawn by Zipf's law from
a million made-up word types instead: a vocabulary that keeps growing, as a large
corpus's does, for the language caches' memory and speed (the fixtures' vocabulary is
met within the first records).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "input").glob("*.txt"))]


def news_documents() -> list[str]:
    """The news-sized documents among them (a few KB each): the seeds, pages as the web has them."""
    return [doc for doc in documents() if len(doc.encode("utf-8")) >= 2000]


def cyrillic_documents() -> list[str]:
    """The Russian and Ukrainian pages of the evaluation set (eval/docs/), without their labels:
    lines in another script than Latin, which every character scan and rule index meets whole."""
    from bench.quality import load

    return [doc.text for doc in load() if doc.lang in ("ru", "uk")]


class Varied:
    """Documents as a corpus has them: the same chrome again and again, text never twice.

    Record ``i`` is document ``i % n`` with each line cleaner keeps (its text: title,
    headings, paragraphs) rewritten by a generator seeded with ``i``: the words between
    its first and last shuffled, the record's number among them. Same words, same
    language, lines no other record has. The rewrite is made wherever the line stands,
    inside other lines too, so that a title glued to a breadcrumb or printed twice still
    is. Chrome stays as it was; a line of one word too (and the few lines whose
    characters cleaner repairs, which it does not find as they were written).
    """

    def __init__(self, docs: list[str]):
        from cleaner import Cleaner

        self.docs = docs
        cleaner = Cleaner()
        kept = [set(cleaner.clean(doc).text.split("\n")) for doc in docs]
        # Longest first: a title inside a glued line is rewritten as the title is; lines of
        # one length in their own order, so that every process makes the same records.
        self.kept = [sorted((line for line in lines if len(line.split()) > 1), key=lambda line: (-len(line), line))
                     for lines in kept]

    def __getitem__(self, i: int) -> str:
        import random

        doc, kept = self.docs[i % len(self.docs)], self.kept[i % len(self.docs)]
        rnd = random.Random(i)
        for line in kept:
            words = line.split()
            # First and last words stay: how a line begins and ends is what rules look at.
            middle = words[1:-1] + [str(i)]
            rnd.shuffle(middle)
            doc = doc.replace(line, " ".join([words[0], *middle, words[-1]]))
        return doc if kept else f"{i} {doc}"

    def take(self, count: int, start: int = 0) -> list[str]:
        """Records ``start`` to ``start + count``: no line of their text is in another record."""
        return [self[i] for i in range(start, start + count)]


def records(megabytes: float):
    docs = Varied(documents())
    limit = megabytes * 1e6
    written = 0
    i = 0
    while written < limit:
        line = json.dumps({"id": i, "text": docs[i]}, ensure_ascii=False) + "\n"
        written += len(line.encode("utf-8"))
        i += 1
        yield line


_LETTERS = "abcdefghijklmnopqrstuvwxyzéèàçôûîäöüñ"


def zipf_records(megabytes: float, types: int = 1_000_000, seed: int = 11):
    """JSONL records of made-up prose: paragraphs of words drawn by Zipf's law (the word of
    rank r with weight 1/r) from ``types`` random words of 2 to 11 letters. The same records
    for the same arguments."""
    import bisect
    import itertools
    import random

    rnd = random.Random(seed)
    vocabulary: dict[str, None] = {}
    while len(vocabulary) < types:
        vocabulary["".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(2, 11)))] = None
    words = list(vocabulary)
    weights = list(itertools.accumulate(1 / rank for rank in range(1, types + 1)))
    limit, written, i = megabytes * 1e6, 0, 0
    while written < limit:
        paragraphs = []
        for _ in range(rnd.randint(5, 30)):
            drawn = [words[bisect.bisect(weights, rnd.random() * weights[-1])] for _ in range(rnd.randint(4, 30))]
            paragraphs.append(" ".join([drawn[0].capitalize(), *drawn[1:]]) + ".")
        line = json.dumps({"id": i, "text": "\n\n".join(paragraphs)}, ensure_ascii=False) + "\n"
        written += len(line.encode("utf-8"))
        i += 1
        yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--zipf", action="store_true", help="made-up prose with a growing vocabulary")
    args = parser.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.writelines((zipf_records if args.zipf else records)(args.megabytes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
