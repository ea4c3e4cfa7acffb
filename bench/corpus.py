"""A generated corpus for benchmarks: news-sized documents built from the bundled fixtures.

    python -m bench.corpus OUT.jsonl --megabytes 1000

Each record takes a fixture document (the text seeds and the written ones),
numbers its title so no two records are the same, and writes it as JSONL with
the fields `id` and `text`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "input").glob("*.txt"))]


def records(megabytes: float):
    docs = documents()
    limit = megabytes * 1e6
    written = 0
    i = 0
    while written < limit:
        text = f"{i} {docs[i % len(docs)]}"
        line = json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n"
        written += len(line.encode("utf-8"))
        i += 1
        yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--megabytes", type=float, default=100)
    args = parser.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.writelines(records(args.megabytes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
