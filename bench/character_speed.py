"""The character repairs and the structural rules' per-line tests on real texts (issue #21).

    python -m bench.character_speed [TEXTS.jsonl] [--rounds 3] [--limit N]

TEXTS.jsonl holds one JSON object a line with a "text" (for instance what trafilatura extracted
from the pages of ../shared/realworld); the evaluation documents when no file is given. Timed
in one process, rounds taken in turn, the fastest of each kept:

- the character stage (pipeline.repair_characters), and the same asking ftfy about every
  line (``shortcut=False``, the plain version), against ``ftfy.fix_text`` of each whole text;
- headline_ticker and menu_run on each text's folded lines, twice as two rounds of the
  pipeline run them, with what they read from a line kept for the second round
  (Document.memo) and without.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_texts(path: str | None, limit: int | None) -> list[str]:
    if path is None:
        return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "eval" / "docs").glob("*.txt"))][:limit]
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()][:limit]


def fastest(jobs: dict, rounds: int) -> dict[str, float]:
    """The fastest of ``rounds`` runs of each job, the jobs taken in turn each round."""
    best = {name: float("inf") for name in jobs}
    for _ in range(rounds):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def character_jobs(texts: list[str]) -> dict:
    import ftfy

    from cleaner.document import Document
    from cleaner.pipeline import repair_characters
    from cleaner.text.lines import normalise_line_breaks

    def stage(shortcut: bool):
        def run():
            for text in texts:
                repair_characters(Document.from_text(normalise_line_breaks(text)), shortcut=shortcut)
        return run

    return {"character stage": stage(True), "character stage, ftfy on every line": stage(False),
            "ftfy.fix_text": lambda: [ftfy.fix_text(text) for text in texts]}


def structure_jobs(texts: list[str]) -> dict:
    from cleaner.document import Document, Line
    from cleaner.matching import menus, ticker
    from cleaner.rules.book import load_rulebook
    from cleaner.text.lines import fold_spaces

    rules = {rule.kind: rule for ruleset in load_rulebook((), frozenset(), True).sets for rule in ruleset.structure}
    folded = [[line for line in map(fold_spaces, text.split("\n")) if line] for text in texts]

    def step(kind: str, again: bool):
        def run():
            for lines in folded:
                doc = Document([Line(n, line) for n, line in enumerate(lines, start=1)], folded=True)
                for _ in range(2):  # as two rounds of the pipeline do
                    if again:
                        doc.memo.clear()  # the plain version reads every line again
                    if kind == "headline_ticker":
                        ticker.headline_ticker(doc, rules[kind], doc.lines, lines)
                    else:
                        menus.menu_run(doc, rules[kind], doc.lines, lines)
        return run

    return {f"{kind}{', reading again' if again else ''}": step(kind, again)
            for kind in ("headline_ticker", "menu_run") for again in (False, True)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", help="JSONL, one {\"text\": ...} a line (default: eval/docs)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    texts = read_texts(args.texts, args.limit)
    megabytes = sum(len(text.encode("utf-8", "surrogatepass")) for text in texts) / 1e6
    print(f"{len(texts)} texts, {megabytes:.1f} MB; fastest of {args.rounds} rounds taken in turn")
    best = fastest({**character_jobs(texts), **structure_jobs(texts)}, args.rounds)
    for name, seconds in best.items():
        print(f"  {name:40} {seconds:8.3f} s  {megabytes / seconds:8.2f} MB/s")
    print(f"character stage: {best['character stage, ftfy on every line'] / best['character stage']:.1f}x "
          f"the plain version, {best['ftfy.fix_text'] / best['character stage']:.1f}x ftfy.fix_text")
    for kind in ("headline_ticker", "menu_run"):
        print(f"{kind}: {best[f'{kind}, reading again'] / best[kind]:.1f}x with what it read kept for a second round")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
