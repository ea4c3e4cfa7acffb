"""`cleaner eval`: how well extraction and rules do on labelled real pages.

A labelled set is a folder holding ``html/<id>.html[.gz]`` and either ``gold.json``
(``{"<id>": {"text": ..., "lang"?: ..., "url"?: ...}}``: the page's article text) or
``snippets.json`` (``{"<id>": {"with": [...], "without": [...], "url"?: ...}}``: strings a
good extraction keeps and strings it leaves out). Each page is extracted as
`cleaner clean --format html` does, then each extracted line is labelled *gold* (a
line of the article) or *chrome* (left by the extractor), and the rules' removals
are counted against those labels: chrome removed, article lines lost (each listed
with page, line and rule), and F1 of the text against the gold, for trafilatura
alone and for cleaner.
"""

from __future__ import annotations

import collections
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from .eval_labels import fold, label_lines, shingle_f1

# Families of lines some golds keep as content (dragnet and L3S keep bylines, dates,
# captions and copyright lines; CleanEval and htmltotext keep readers' comment threads and
# their posts' headers, which dragnet's gold leaves out): removing them is counted apart, not
# as text lost.
KEPT_BY_SOME_GOLDS = frozenset({"byline", "dateline", "caption", "copyright", "thread", "post"})


class EvalError(Exception):
    """A set that cannot be read; ``str()`` names the file."""


@dataclass(frozen=True)
class Page:
    set_name: str
    page_id: str
    path: Path
    gold: str | None = None
    lang: str | None = None
    url: str | None = None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()


def read_set(folder: Path, limit: int | None = None) -> list[Page]:
    """The pages of one labelled set, in the order of their ids."""
    folder = Path(folder)
    html = folder / "html"
    if not html.is_dir():
        raise EvalError(f"{folder}: no html/ folder (a labelled set holds html/ and gold.json or snippets.json)")
    files = {}
    for path in sorted(html.iterdir()):
        for suffix in (".html.gz", ".htm.gz", ".html", ".htm"):
            if path.name.endswith(suffix):
                files[path.name[: -len(suffix)]] = path
                break
    labels, kind = _labels(folder)
    pages = []
    for page_id in sorted(labels):
        if page_id not in files:
            continue
        entry = labels[page_id]
        if kind == "gold":
            pages.append(Page(folder.name, page_id, files[page_id], gold=str(entry.get("text") or ""),
                              lang=entry.get("lang"), url=entry.get("url")))
        else:
            pages.append(Page(folder.name, page_id, files[page_id], lang=entry.get("lang"), url=entry.get("url"),
                              with_snippets=tuple(entry.get("with") or ()),
                              without_snippets=tuple(entry.get("without") or ())))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def _labels(folder: Path) -> tuple[dict, str]:
    for name, kind in (("gold.json", "gold"), ("snippets.json", "snippets")):
        path = folder / name
        if path.is_file():
            try:
                labels = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise EvalError(f"{path}: cannot read: {exc}") from None
            if not isinstance(labels, dict):
                raise EvalError(f"{path}: must map page ids to labels")
            return {str(k): v for k, v in labels.items() if isinstance(v, dict)}, kind
    raise EvalError(f"{folder}: neither gold.json nor snippets.json")


def read_page(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


@dataclass
class Lost:
    page: str
    line: int
    rule: str
    text: str


@dataclass
class PageScore:
    """What one page contributes to its set's figures."""

    set_name: str
    page_id: str
    lang: str | None
    extracted: int = 0  # non-empty lines trafilatura left
    chrome: int = 0  # of those, not in the gold
    chrome_removed: int = 0
    gold_removed: int = 0  # article lines the rules removed (the title under --title drop apart)
    title_removed: int = 0
    labels_removed: int = 0  # gold lines of a family some golds keep (KEPT_BY_SOME_GOLDS)
    lost: list[Lost] = field(default_factory=list)
    # (line number, text, whether it is article text, the rule that removed it): for --dump.
    # A snippet set labels no line: its lines come with None for "article text".
    labelled: list[tuple[int, str, bool | None, str | None]] = field(default_factory=list)
    rules_chrome: collections.Counter = field(default_factory=collections.Counter)
    rules_gold: collections.Counter = field(default_factory=collections.Counter)
    f1_before: float | None = None
    f1_after: float | None = None
    snippets_without: int = 0  # must-not-appear snippets present in trafilatura's text
    snippets_without_removed: int = 0
    snippets_with: int = 0  # must-appear snippets present in trafilatura's text
    snippets_with_lost: int = 0
    snippets_with_title: int = 0  # must-appear snippets only the title's drop (--title drop) took
    error: str | None = None


def score_page(cleaner, page: Page, title: str = "drop") -> PageScore:
    """Extract ``page`` and clean it as HTML mode does (the page rules reading the page), and
    score the extracted text and what the cleaning left of it against the labels."""
    from .io.html import extract
    from .pipeline import page_text

    score = PageScore(page.set_name, page.page_id, page.lang)
    try:
        extracted = extract(read_page(page.path), url=page.url, date=False)
    except Exception as exc:  # noqa: BLE001 - one bad page is a line in the report, not the end of it
        score.error = f"{page.path}: {type(exc).__name__}: {exc}"
        return score
    # The lines cleaned (a layout table's rows given as their blocks, io/page_tables.py) are
    # labelled; "trafilatura alone" is scored on trafilatura's own text.
    text = extracted.text
    alone = extracted.extractor_text if extracted.extractor_text is not None else text
    result = cleaner.clean_extracted(extracted, name=page.page_id, title=title, meta=False)
    # The lines of the extracted text, as numbered before HTML mode put the title above it.
    offset = page_text(extracted, title)[1]
    removed = {r.line - offset: r for r in result.removals}
    numbered = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if page.gold is not None:
        labels = label_lines([line for _, line in numbered], page.gold)
        for (number, line), is_gold in zip(numbered, labels):
            score.extracted += 1
            removal = removed.get(number)
            score.labelled.append((number, line, is_gold, removal.rule_id if removal else None))
            if not is_gold:
                score.chrome += 1
                if removal is not None:
                    score.chrome_removed += 1
                    score.rules_chrome[removal.rule_id] += 1
            elif removal is not None:
                if removal.rule_file == "--title drop":
                    score.title_removed += 1
                    continue
                if removal.family in KEPT_BY_SOME_GOLDS:
                    score.labels_removed += 1
                    continue
                score.gold_removed += 1
                score.rules_gold[removal.rule_id] += 1
                score.lost.append(Lost(page.page_id, number, removal.rule_id, " ".join(line.split())))
        score.f1_before = shingle_f1(alone, page.gold)[2]
        score.f1_after = shingle_f1(result.text, page.gold)[2]
    else:
        before, after = fold(alone), fold(result.text)
        # A must-appear snippet that is the page's title goes with --title drop, which was asked
        # for: it is counted apart from the snippets the rules lost, as the gold sets count titles.
        titles = [r.text for r in result.removals if r.rule_file == "--title drop"]
        with_titles = fold("\n".join([result.text, *titles])) if titles else after
        for snippet in map(fold, page.without_snippets):
            if snippet in before:
                score.snippets_without += 1
                score.snippets_without_removed += snippet not in after
        for snippet in map(fold, page.with_snippets):
            if snippet in before:
                score.snippets_with += 1
                if snippet not in after:
                    if snippet in with_titles:
                        score.snippets_with_title += 1
                    else:
                        score.snippets_with_lost += 1
        score.extracted = len(numbered)
        score.labelled = [(n, line, None, removed[n].rule_id if n in removed else None) for n, line in numbered]
    return score


def learning_task(page: Page):
    """The page's lines and site as `cleaner learn` reads an HTML page (for `eval --learn`;
    its gold is not read), or None when it cannot be read: scoring says why."""
    from .learn.reader import page_of

    try:
        return page_of(read_page(page.path), page.url, True, "")
    except Exception:  # noqa: BLE001 - the page's error is reported once, by its scoring
        return None


def score_task(task: tuple[Page, str]) -> PageScore:
    """One page scored with the worker's Cleaner (run.ordered_map's unit of work)."""
    from .run.pool import current_cleaner

    page, title = task
    return score_page(current_cleaner(), page, title)


@dataclass
class Totals:
    pages: int = 0
    errors: int = 0
    extracted: int = 0
    chrome: int = 0
    chrome_removed: int = 0
    gold_removed: int = 0
    title_removed: int = 0
    labels_removed: int = 0
    f1_before: float = 0.0
    f1_after: float = 0.0
    f1_pages: int = 0
    snippets_without: int = 0
    snippets_without_removed: int = 0
    snippets_with: int = 0
    snippets_with_lost: int = 0
    snippets_with_title: int = 0

    def add(self, score: PageScore) -> None:
        self.pages += 1
        if score.error:
            self.errors += 1
            return
        for name in ("extracted", "chrome", "chrome_removed", "gold_removed", "title_removed", "labels_removed",
                     "snippets_without",
                     "snippets_without_removed", "snippets_with", "snippets_with_lost", "snippets_with_title"):
            setattr(self, name, getattr(self, name) + getattr(score, name))
        if score.f1_before is not None:
            self.f1_before += score.f1_before
            self.f1_after += score.f1_after
            self.f1_pages += 1

    @property
    def gold_lines(self) -> int:
        return self.extracted - self.chrome

    def as_dict(self) -> dict:
        out = {name: getattr(self, name) for name in self.__dataclass_fields__ if not name.startswith("f1")}
        if self.f1_pages:
            out["f1_trafilatura"] = round(self.f1_before / self.f1_pages, 4)
            out["f1_cleaner"] = round(self.f1_after / self.f1_pages, 4)
        return out


def pooled(parts) -> Totals:
    """The sum of several sets' totals, field by field."""
    total = Totals()
    for totals in parts:
        for name in total.__dataclass_fields__:
            setattr(total, name, getattr(total, name) + getattr(totals, name))
    return total


@dataclass
class Report:
    """Figures per set, per language and per rule, and every article line lost."""

    sets: dict[str, Totals] = field(default_factory=dict)
    languages: dict[str, Totals] = field(default_factory=dict)
    rules_chrome: collections.Counter = field(default_factory=collections.Counter)
    rules_gold: collections.Counter = field(default_factory=collections.Counter)
    lost: list[tuple[str, Lost]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, score: PageScore) -> None:
        self.sets.setdefault(score.set_name, Totals()).add(score)
        if score.lang:
            self.languages.setdefault(score.lang, Totals()).add(score)
        self.rules_chrome.update(score.rules_chrome)
        self.rules_gold.update(score.rules_gold)
        self.lost += [(score.set_name, lost) for lost in score.lost]
        if score.error:
            self.errors.append(score.error)

    def as_dict(self) -> dict:
        return {
            "sets": {name: totals.as_dict() for name, totals in self.sets.items()},
            "languages": {name: totals.as_dict() for name, totals in sorted(self.languages.items())},
            "rules": {rule: {"chrome": self.rules_chrome[rule], "gold": self.rules_gold[rule]}
                      for rule in sorted(set(self.rules_chrome) | set(self.rules_gold))},
            "lost": [{"set": set_name, "page": lost.page, "line": lost.line, "rule": lost.rule, "text": lost.text}
                     for set_name, lost in self.lost],
            "errors": self.errors,
        }


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _row(name: str, totals: Totals) -> str:
    if totals.f1_pages:
        f1 = f"{totals.f1_before / totals.f1_pages:.3f} → {totals.f1_after / totals.f1_pages:.3f}"
    else:
        f1 = "-"
    lost = f"{totals.gold_removed} ({totals.gold_removed / totals.gold_lines:.2%})" if totals.gold_lines else "0"
    return (f"| {name} | {totals.pages} | {totals.chrome} | {totals.chrome_removed} "
            f"({_share(totals.chrome_removed, totals.chrome)}) | {lost} | {totals.labels_removed} | {f1} |")


def format_report(report: Report, top_rules: int = 15) -> list[str]:
    """The report as Markdown tables, the form docs/ keeps them in."""
    out = ["| set | pages | chrome lines trafilatura leaves | removed by cleaner | article lines lost "
           "| bylines, dates, captions the gold keeps, removed | F1 trafilatura → cleaner |",
           "|---|---|---|---|---|---|---|"]
    gold_sets = {n: t for n, t in report.sets.items() if t.extracted and (t.chrome or t.gold_lines)
                 and not t.snippets_with and not t.snippets_without}
    for name, totals in sorted(gold_sets.items()):
        out.append(_row(name, totals))
    if len(gold_sets) > 1:
        out.append(_row("pooled", pooled(gold_sets.values())))
    snippet_sets = {n: t for n, t in report.sets.items() if t.snippets_with or t.snippets_without}
    if snippet_sets:
        out += ["", "| set | pages | must-not-appear left by trafilatura | removed by cleaner "
                "| must-appear kept by trafilatura | lost by cleaner | titles, under --title drop |",
                "|---|---|---|---|---|---|---|"]
        for name, t in sorted(snippet_sets.items()):
            out.append(f"| {name} | {t.pages} | {t.snippets_without} | {t.snippets_without_removed} "
                       f"({_share(t.snippets_without_removed, t.snippets_without)}) | {t.snippets_with} "
                       f"| {t.snippets_with_lost} | {t.snippets_with_title} |")
    if len(report.languages) > 1:
        out += ["", "| language | pages | chrome lines | removed | article lines lost | bylines etc. removed | F1 |",
                "|---|---|---|---|---|---|---|"]
        out += [_row(lang, totals) for lang, totals in sorted(report.languages.items())]
    rules = sorted(set(report.rules_chrome) | set(report.rules_gold),
                   key=lambda r: (-(report.rules_chrome[r] + report.rules_gold[r]), r))[:top_rules]
    if rules:
        out += ["", "| rule | chrome lines removed | article lines removed |", "|---|---|---|"]
        out += [f"| {rule} | {report.rules_chrome[rule]} | {report.rules_gold[rule]} |" for rule in rules]
    if report.errors:
        out += ["", f"{len(report.errors)} pages could not be read:"] + [f"- {e}" for e in report.errors]
    return out
