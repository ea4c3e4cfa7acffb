"""Cleaning quality on the labelled evaluation set in eval/docs/, against baselines run in the same process.

    python -m bench.quality            # the table
    python -m bench.quality --misses   # also every line cleaner got wrong

Each document is a labelled text: one line per line of the input, behind a
label — ``K`` content, ``N`` content that is a hard negative (a sentence that
mentions comments, sharing, subscriptions, copyright, cookies or translation),
``C`` chrome, ``U`` content with a Unicode defect (``U <input>\\t<expected>``);
empty lines are empty lines. The input is the lines without labels; the
expected text is the content lines (repaired).

Systems: cleaner; the input untouched; ftfy alone; jusText on the lines
(wrapped as paragraphs, with the document language's stoplist); trafilatura on
the lines wrapped as paragraphs of an article.

Scores: chrome-line recall (chrome lines removed), content-line precision and
recall (over output lines, against the expected content lines), F1, exact
documents (the output's lines are the expected lines), Unicode fixes (defective
lines that come out repaired), hard-negative survival.
"""

from __future__ import annotations

import argparse
import html
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "eval" / "docs"
JUSTEXT_STOPLISTS = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
                     "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian"}


@dataclass
class LabelledDoc:
    name: str
    lang: str
    site: str
    input_lines: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # K N C U or "" per input line
    expected_lines: list[str | None] = field(default_factory=list)  # per input line: its clean form, None if chrome

    @property
    def text(self) -> str:
        return "\n".join(self.input_lines) + "\n"

    @property
    def expected(self) -> list[str]:
        return [e for e, label in zip(self.expected_lines, self.labels) if label in "KNU" and label and e]

    @property
    def is_hard_negative(self) -> bool:
        return "N" in self.labels or "C" not in self.labels


def load(folder: Path = DOCS) -> list[LabelledDoc]:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        site = lines[0].removeprefix("# site:").strip() if lines[0].startswith("# site:") else ""
        doc = LabelledDoc(path.stem, path.stem.split("_")[0], site)
        for raw in lines[1:]:
            if not raw:
                doc.input_lines.append("")
                doc.labels.append("")
                doc.expected_lines.append("")
                continue
            label, _, rest = raw.partition(" ")
            if label not in ("K", "N", "C", "U"):
                raise ValueError(f"{path}: unknown label {label!r} in {raw!r}")
            if label == "U":
                broken, _, fixed = rest.partition("\t")
                doc.input_lines.append(broken)
                doc.expected_lines.append(fixed)
            else:
                doc.input_lines.append(rest)
                doc.expected_lines.append(None if label == "C" else rest)
            doc.labels.append(label)
        while doc.input_lines and not doc.input_lines[-1]:
            doc.input_lines.pop(), doc.labels.pop(), doc.expected_lines.pop()
        docs.append(doc)
    return docs


def out_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


# --- systems --------------------------------------------------------------------


def system_cleaner():
    from cleaner import Cleaner

    cleaner = Cleaner()
    return lambda doc: cleaner.clean(doc.text, url=f"https://www.{doc.site}/article").text


def system_untouched():
    return lambda doc: doc.text


def system_ftfy():
    import ftfy

    return lambda doc: ftfy.fix_text(doc.text)


def _as_html(doc: LabelledDoc) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in doc.input_lines if line.strip())
    return f"<html><head><title>{html.escape(doc.input_lines[0])}</title></head><body><article>{body}</article></body></html>"


def system_justext():
    import justext

    def run(doc: LabelledDoc) -> str:
        stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS[doc.lang])
        # jusText's defaults want paragraphs of 200 characters to anchor "good" text; an
        # article's lines are shorter, so its thresholds are lowered to give it a fair chance.
        paragraphs = justext.justext(_as_html(doc).encode("utf-8"), stoplist, length_low=40, length_high=100)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def system_trafilatura():
    import trafilatura

    return lambda doc: trafilatura.extract(_as_html(doc), include_comments=False, include_tables=True,
                                           deduplicate=False) or ""


SYSTEMS = {
    "cleaner": system_cleaner,
    "input untouched": system_untouched,
    "ftfy alone": system_ftfy,
    "jusText on the lines": system_justext,
    "trafilatura on the lines": system_trafilatura,
}


# --- scores ---------------------------------------------------------------------


@dataclass
class Scores:
    chrome: int = 0
    chrome_removed: int = 0
    expected: int = 0
    expected_found: int = 0
    output: int = 0
    output_correct: int = 0
    documents: int = 0
    exact: int = 0
    unicode: int = 0
    unicode_fixed: int = 0
    negatives: int = 0
    negatives_kept: int = 0
    misses: list = field(default_factory=list)

    def add(self, doc: LabelledDoc, output: str) -> None:
        got = out_lines(output)
        expected = [" ".join(e.split()) for e in doc.expected]
        remaining = list(got)
        for line in expected:
            if line in remaining:
                remaining.remove(line)
                self.expected_found += 1
            else:
                self.misses.append((doc.name, "content lost", line))
        self.expected += len(expected)
        self.output += len(got)
        self.output_correct += len(got) - len(remaining)
        for line in remaining:
            self.misses.append((doc.name, "not content", line))
        kept = set(got)
        for raw, label, fixed in zip(doc.input_lines, doc.labels, doc.expected_lines):
            folded = " ".join(raw.split())
            if label == "C":
                self.chrome += 1
                self.chrome_removed += folded not in kept
            elif label == "U":
                self.unicode += 1
                self.unicode_fixed += " ".join(fixed.split()) in kept
            elif label == "N":
                self.negatives += 1
                self.negatives_kept += folded in kept
        self.documents += 1
        self.exact += got == expected

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def chrome_recall(self) -> float:
        return self._ratio(self.chrome_removed, self.chrome)

    @property
    def precision(self) -> float:
        return self._ratio(self.output_correct, self.output)

    @property
    def recall(self) -> float:
        return self._ratio(self.expected_found, self.expected)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float:
        return self._ratio(self.exact, self.documents)

    @property
    def unicode_rate(self) -> float:
        return self._ratio(self.unicode_fixed, self.unicode)

    @property
    def negative_survival(self) -> float:
        return self._ratio(self.negatives_kept, self.negatives)


def evaluate(systems: dict | None = None, docs: list[LabelledDoc] | None = None) -> dict[str, Scores]:
    docs = docs if docs is not None else load()
    results = {}
    for name, make in (systems or SYSTEMS).items():
        run = make()
        scores = Scores()
        for doc in docs:
            scores.add(doc, run(doc))
        results[name] = scores
    return results


def table(results: dict[str, Scores]) -> str:
    rows = ["| system | chrome-line recall | content precision | content recall | F1 | exact documents | "
            "Unicode fixes | hard negatives kept |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, s in results.items():
        rows.append(f"| {name} | {s.chrome_recall:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                    f"{s.exact_rate:.3f} | {s.unicode_rate:.3f} | {s.negative_survival:.3f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every line cleaner got wrong")
    args = parser.parse_args(argv)
    docs = load()
    languages = sorted({d.lang for d in docs})
    print(f"{len(docs)} documents in {len(languages)} languages ({', '.join(languages)}), "
          f"{sum(d.is_hard_negative for d in docs)} of them hard negatives or fully clean\n")
    results = evaluate(docs=docs)
    print(table(results))
    if args.misses:
        for doc, kind, line in results["cleaner"].misses:
            print(f"{doc}: {kind}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
