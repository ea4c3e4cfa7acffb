"""HTML mode against trafilatura alone, on the pages in fixtures/html with their article text as truth.

    python -m bench.html_quality

Scores lines: a predicted line is right when it is a line of the article
(fixtures/html-truth/NAME.txt). Prints precision, recall and F1 for
trafilatura.extract alone (comments off, as cleaner configures it) and for
cleaner's HTML mode, over all pages and page by page.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "html"
TRUTH = ROOT / "fixtures" / "html-truth"


@dataclass
class Score:
    true_positive: int = 0
    predicted: int = 0
    relevant: int = 0

    def add(self, predicted: list[str], truth: list[str]) -> None:
        remaining = list(truth)
        for line in predicted:
            if line in remaining:
                remaining.remove(line)
                self.true_positive += 1
        self.predicted += len(predicted)
        self.relevant += len(truth)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.relevant if self.relevant else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def score_pages() -> dict[str, dict[str, Score]]:
    import trafilatura

    from cleaner import Cleaner

    cleaner = Cleaner()
    scores: dict[str, dict[str, Score]] = {"trafilatura": {}, "cleaner": {}}
    for page in sorted(PAGES.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        truth = lines((TRUTH / f"{page.stem}.txt").read_text(encoding="utf-8"))
        alone = trafilatura.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
        for system, text in (("trafilatura", alone), ("cleaner", cleaner.clean_html(html).text)):
            score = Score()
            score.add(lines(text), truth)
            scores[system][page.stem] = score
    return scores


def total(per_page: dict[str, Score]) -> Score:
    overall = Score()
    for score in per_page.values():
        overall.true_positive += score.true_positive
        overall.predicted += score.predicted
        overall.relevant += score.relevant
    return overall


def main() -> int:
    scores = score_pages()
    print(f"{len(scores['cleaner'])} pages, line-level scores against the article text\n")
    print("| system | precision | recall | F1 |")
    print("| --- | --- | --- | --- |")
    for system in ("trafilatura", "cleaner"):
        s = total(scores[system])
        name = "trafilatura.extract alone" if system == "trafilatura" else "cleaner (HTML mode)"
        print(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    print("\n| page | trafilatura F1 | cleaner F1 |")
    print("| --- | --- | --- |")
    for page in scores["cleaner"]:
        print(f"| {page} | {scores['trafilatura'][page].f1:.3f} | {scores['cleaner'][page].f1:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
