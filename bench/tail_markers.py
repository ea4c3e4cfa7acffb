"""What tail and head markers cut on real pages, and how much of it was the article.

    python -m bench.tail_markers DATA [--sets dragnet,l3s-gn1,...] [--cache DIR]

DATA is a folder of page sets, each ``SET/html/ID.html.gz`` with its article text in
``SET/gold.json`` (``{"ID": {"text": ...}}``). Each page goes through cleaner's HTML
extraction (trafilatura), then cleaner's text rules. Per set the table counts the lines
that markers removed: drop_rest and drop_before cuts (the marker line and the lines it
took with it), and apart, the headlines link_list structure rules took under a related
heading. A removed line is counted as gold when, spaces folded, it is a line of
the gold text or, for a line of at least eight words, a part of it.

Extraction is slow and does not depend on the rules: with ``--cache``, each set's
extracted texts are kept there (as JSON) and read back on the next run, so a change to
the rules is measured in seconds. Nothing of the pages is written to the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SETS = ("dragnet", "l3s-gn1", "cleaneval-final", "readability", "waddle-dev")
LONG_LINE_WORDS = 8


def fold(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Gold:
    """A page's gold text, ready for the two questions a removed line asks it."""

    lines: frozenset[str]
    text: str

    @classmethod
    def of(cls, text: str) -> Gold:
        return cls(frozenset(fold(line) for line in text.splitlines() if line.strip()), fold(text))

    def holds(self, line: str) -> bool:
        line = fold(line)
        return line in self.lines or (len(line.split()) >= LONG_LINE_WORDS and line in self.text)


@dataclass
class Count:
    """What one kind of cut removed from the pages of a set."""

    pages: int = 0  # pages it cut on
    removed: int = 0
    gold: int = 0
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (page, rule, line) of gold removed


@dataclass
class SetCount:
    pages: int = 0
    markers: Count = field(default_factory=Count)  # drop_rest and drop_before cuts
    lists: Count = field(default_factory=Count)  # link_list under a related heading


def extracted_pages(folder: Path, cache: Path | None) -> dict[str, dict]:
    """Page id -> {"text", "title", "url"}: what cleaner's HTML mode hands to the text rules."""
    cached = cache / f"{folder.name}.json" if cache else None
    if cached and cached.is_file():
        return json.loads(cached.read_text(encoding="utf-8"))
    from cleaner.io.html import extract

    pages = {}
    for path in sorted((folder / "html").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            page = extract(handle.read())
        pages[path.name.removesuffix(".html.gz")] = {"text": page.text, "title": page.title, "url": page.url}
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
    return pages


def page_text(page: dict) -> str:
    """The text Cleaner.clean_html cleans: the title first unless the text opens with it."""
    from cleaner.text.lines import fold_spaces

    text, title = page["text"], page["title"]
    if title and fold_spaces(text.split("\n", 1)[0]) != fold_spaces(title):
        text = f"{title}\n\n{text}"
    return text


def cut_rules(cleaner) -> tuple[frozenset[str], frozenset[str]]:
    """Ids of the marker rules (drop_rest, drop_before) and of the link_list structure rules."""
    markers = {r.id for r in cleaner.rulebook.all_rules() if r.action in ("drop_rest", "drop_before")}
    lists = {r.id for s in cleaner.rulebook.sets for r in s.structure if r.kind == "link_list"}
    return frozenset(markers), frozenset(lists)


def measure(folder: Path, cache: Path | None, cleaner) -> SetCount:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    markers, lists = cut_rules(cleaner)
    counts = SetCount()
    for page_id, page in extracted_pages(folder, cache).items():
        if page_id not in gold:
            continue
        counts.pages += 1
        result = cleaner.clean(page_text(page), url=page["url"], name=page_id)
        truth = Gold.of(gold[page_id]["text"])
        for rules, count in ((markers, counts.markers), (lists, counts.lists)):
            taken = [r for r in result.removals if r.rule_id in rules]
            count.pages += bool(taken)
            for removal in taken:
                count.removed += 1
                if truth.holds(removal.text):
                    count.gold += 1
                    count.examples.append((page_id, removal.rule_id, fold(removal.text)))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tail_markers", description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder holding the page sets")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help="comma-separated set names")
    parser.add_argument("--cache", type=Path, help="folder keeping extracted texts between runs")
    parser.add_argument("--show", type=int, default=0, help="print up to N gold lines removed per set")
    args = parser.parse_args(argv)

    from cleaner import Cleaner

    cleaner = Cleaner()
    print("| set | pages | marker cuts: pages | lines removed | of them gold "
          "| link lists: pages | lines removed | of them gold |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    shown = []
    for name in args.sets.split(","):
        counts = measure(args.data / name, args.cache, cleaner)
        m, k = counts.markers, counts.lists
        print(f"| {name} | {counts.pages} | {m.pages} | {m.removed} | {m.gold} | {k.pages} | {k.removed} | {k.gold} |",
              flush=True)
        shown += [(name, *example) for example in (m.examples + k.examples)[:args.show]]
    for name, page_id, rule, line in shown:
        print(f"{name} {page_id} {rule}: {line[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
