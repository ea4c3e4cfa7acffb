"""Speed of cleaner against baselines run in the same process, on the same documents.

    python -m bench.speed [--documents 600] [--quick]      (also: make bench)

Prints documents/s and MB/s for text mode with language detection, the time of
each pipeline stage, and the ratios the performance issue sets:
- text mode against ``ftfy.fix_text`` alone (target: 4x faster, 10 MB/s per core; on real text: bench.real_text);
- HTML mode against ``trafilatura.extract`` alone (target: at most 1.10x its time);
- ``-j 2`` against ``-j 1`` (target: 1.8x);
- 10,000 generated rules against the default rule sets (target: at most 1.5x).
Language agreement with langdetect is printed by ``python -m bench.language`` (and here);
start-up is measured by ``python -m bench.startup``; memory by ``python -m bench.memory``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import Varied, cyrillic_documents, documents, news_documents

ROOT = Path(__file__).resolve().parent.parent


def seconds(func, *args, repeat: int = 1) -> float:
    """The best of ``repeat`` runs: the least disturbed by whatever else the machine does.

    As timeit does, the garbage collector is run before and kept out of each run: its
    passes come when the garbage of a run before (a thousand HTML trees) says, and would
    fall on whichever run comes next.
    """
    import gc

    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            func(*args)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def paired(first, second, repeat: int) -> tuple[float, float]:
    """The best of ``repeat`` runs of each, taken in turns: a machine whose speed drifts
    (a shared one does, by a quarter) slows both alike, and their ratio holds. Which
    goes first alternates from turn to turn: here a run right after another heavy one
    was measured up to a fifth slower than the same run going first."""
    best = [float("inf"), float("inf")]
    for turn in range(repeat):
        for k in ((0, 1) if turn % 2 == 0 else (1, 0)):
            best[k] = min(best[k], seconds((first, second)[k]))
    return best[0], best[1]


def stages(cleaner, texts: list[str]) -> dict[str, float]:
    """Time spent in each step of the pipeline (one round), summed over the documents."""
    from cleaner.characters import repairs
    from cleaner.language import detection
    from cleaner.document import Document
    from cleaner.matching.line_rules import apply_line_rules
    from cleaner.text.lines import normalise_line_breaks
    from cleaner.pipeline import normalised_text, repair_characters
    from cleaner.matching.structure import apply_structure_rules

    detection.forget_samples()
    spent = dict.fromkeys(("characters", "language", "line rules", "structure", "normalise"), 0.0)
    for text in texts:
        doc = Document.from_text(normalise_line_breaks(text))
        t0 = time.perf_counter()
        repair_characters(doc)
        t1 = time.perf_counter()
        doc.lang = detection.detect([line.text for line in doc.content()])
        t2 = time.perf_counter()
        matcher, structure, settled = cleaner._rules_for(doc.lang, None)
        apply_line_rules(doc, matcher, cleaner._matched)  # what lines matched, kept as clean() keeps it
        t3 = time.perf_counter()
        apply_structure_rules(doc, structure + settled)
        t4 = time.perf_counter()
        normalised_text(doc)
        t5 = time.perf_counter()
        for name, value in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            spent[name] += value
    return spent


def profile(cleaner, texts: list[str], top: int = 15) -> None:
    """cProfile's top functions by own time over the text-mode run."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        cleaner.clean(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    rows = [line for line in out.getvalue().splitlines() if line.strip() and line.strip()[0].isdigit()]
    print(f"  profile of the news-sized run (cProfile, top {top} by own time; ncalls tottime percall cumtime"
          " percall function):")
    for row in rows[1:]:  # the first is the "N function calls in S seconds" line
        print("    " + row.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", ""))


def megabytes_of(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def fastest(runs: list, rounds: list[list[list[str]]]) -> list[float]:
    """The best MB/s of each run, the runs taking turns in each round (see ``paired``),
    each on its texts of that round: texts new to it, as the documents of a corpus are
    (a cleaner remembers the lines it has matched, and the detector the samples it has
    read: forgotten before each run, which another run may have read)."""
    from cleaner.language import detection

    best = [0.0] * len(runs)
    for texts_of in rounds:
        for k, (run, texts) in enumerate(zip(runs, texts_of)):
            detection.forget_samples()
            best[k] = max(best[k], megabytes_of(texts) / seconds(run, texts))
    return best


def text_mode(name: str, cleaner, corpus: Varied, count: int) -> None:
    """documents/s, MB/s and stages of cleaner on ``count`` records of ``corpus`` it has not
    seen, after as many others (its steady state: rules compiled, the vocabulary met, the
    chrome of the sites matched), and ftfy.fix_text alone on the same records."""
    import ftfy

    for text in corpus.take(count, start=3 * count):
        cleaner.clean(text)
    sets = [corpus.take(count, start=r * count) for r in range(3)]
    ours, alone = fastest([lambda texts: [cleaner.clean(t) for t in texts],
                           lambda texts: [ftfy.fix_text(t) for t in texts]], [[texts, texts] for texts in sets])
    size = megabytes_of(sets[0]) / count * 1e3
    print(f"text mode, {name}: {count} documents of {size:.1f} KB: {ours * 1e3 / size:.0f} documents/s, "
          f"{ours:.2f} MB/s (one core)")
    print(f"  ftfy.fix_text alone: {alone:.2f} MB/s; cleaner / ftfy speed: {ours / alone:.2f}x "
          "(target 4x, and 10 MB/s)")
    staged = stages(cleaner, corpus.take(count, start=4 * count))
    print("  stages (one round):", ", ".join(f"{name} {value:.2f} s" for name, value in staged.items()))


def _generated_rule(i: int) -> str:
    kind = ("phrase", "phrase", "phrase", "phrase", "phrase", "phrase", "phrase", "prefix", "prefix", "regex")[i % 10]
    value = {"phrase": f"Generated footer number {i}", "prefix": f"Generated label {i}:",
             "regex": f"^Generated widget {i} \\\\d+$"}[kind]
    return f"  - id: gen-{i}\n    description: generated\n    match: {{{kind}: \"{value}\"}}\n"


def generated_site_rules(folder: Path, sites: int, per_site: int) -> None:
    """Site rule sets as a large collection has them: ``sites`` files of ``per_site`` rules each."""
    (folder / "sites").mkdir(parents=True, exist_ok=True)
    for s in range(sites):
        rules = "".join(_generated_rule(s * per_site + i) for i in range(per_site))
        (folder / "sites" / f"site{s}.example.yaml").write_text(f"sites: [site{s}.example]\nrules:\n{rules}",
                                                                  encoding="utf-8")


def generated_rules(folder: Path, count: int) -> None:
    """``count`` rules in one unscoped file: every rule applies to every document (the hard case)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "generated.yaml").write_text("rules:\n" + "".join(_generated_rule(i) for i in range(count)),
                                           encoding="utf-8")


def rule_scale(news: Varied, count: int) -> None:
    """10,000 site rules (1,000 site sets) and 10,000 rules that all apply, against the default rules.

    Each cleaner is warmed on some records (each site's rules selected once, as a long
    run has them), then timed on records it has not seen, with the same sites: records
    of its own, as every record holds a word (its number) new to the language detector.
    """
    from cleaner import Cleaner

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        size = max(30, count // 5)
        urls = [f"https://www.site{i % 1000}.example/a/{i}" for i in range(size)]
        generated_site_rules(root / "sites-set", sites=1000, per_site=10)
        generated_rules(root / "flat", 10_000)
        configurations = (("base", []), ("sites", [str(root / "sites-set")]), ("flat", [str(root / "flat")]))
        ruled, records = {}, {}
        for k, (name, rules) in enumerate(configurations):
            warm, *records[name] = [news.take(size, start=(10 + 4 * k + r) * count) for r in range(4)]
            ruled[name] = Cleaner(rule_dirs=rules)
            for text, url in zip(warm, urls):
                ruled[name].clean(text, url=url)
        # The configurations take turns, each on records of its own.
        runs = [lambda texts, cleaner=cleaner: [cleaner.clean(t, url=u) for t, u in zip(texts, urls)]
                for cleaner in ruled.values()]
        speeds = dict(zip(ruled, fastest(runs, [[records[name][r] for name in ruled] for r in range(3)])))
    print(f"10,000 site rules (1,000 site sets) / default rules: {speeds['base'] / speeds['sites']:.2f}x "
          "(target <= 1.5)")
    print(f"10,000 rules that all apply / default rules: {speeds['base'] / speeds['flat']:.2f}x "
          "(no target; the hard case)")


def parallel(count: int, quick: bool = False) -> bool:
    """``cleaner clean -j 2`` against ``-j 1`` on a JSONL file of the generated corpus, by
    bench.jobs' measure (two processes of the CLI in turns; their outputs must be identical)."""
    from bench.jobs import measure, write_inputs

    # Long enough that the start of a process (about 0.3 s) does not decide the ratio.
    records = Varied(documents()).take(max(count, 200 if quick else 20_000))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source, size = write_inputs(records, root, ["jsonl"], len(records))["jsonl"]
        return measure("jsonl", source, size, root, rounds=2, audit=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument("--quick", action="store_true", help="fewer documents and pages, for a smoke run")
    parser.add_argument("--profile", action="store_true", help="also print where text mode spends its time")
    args = parser.parse_args(argv)
    count = 60 if args.quick else args.documents

    from cleaner import Cleaner

    cleaner = Cleaner()
    # The measure: news-sized documents (the seed pages, a few KB each). Then every
    # fixture, most of them a few hundred bytes of test page, where per-document work weighs more.
    news = Varied(news_documents())
    text_mode("news-sized documents (the seed pages)", cleaner, news, count)
    text_mode("every fixture document", Cleaner(), Varied(documents()), count)
    text_mode("Cyrillic pages (the Russian and Ukrainian evaluation documents)", Cleaner(),
              Varied(cyrillic_documents()), count)

    if args.profile:
        profile(cleaner, news.take(count, start=8 * count))

    from bench.language import main as language_agreement

    language_agreement([])

    import trafilatura

    from bench.pages import pages as heavy_pages

    pages = heavy_pages(1 if args.quick else 4)
    kilobytes = sum(len(p.encode("utf-8")) for p in pages) / len(pages) / 1000
    cleaner.clean_html(pages[0])
    def extract():
        return [trafilatura.extract(p, include_comments=False, include_tables=True, deduplicate=False) for p in pages]

    alone, html = paired(extract, lambda: [cleaner.clean_html(p) for p in pages], repeat=6)
    # What this measure reads between two runs of the same thing: how far to trust the one above.
    again, twice = paired(extract, extract, repeat=6)
    print(f"HTML mode: {len(pages)} pages of {kilobytes:.0f} KB on average, cleaner / trafilatura.extract time: "
          f"{html / alone:.2f}x (target <= 1.10; trafilatura.extract against itself: {twice / again:.2f}x)")

    rule_scale(news, count)
    return 0 if parallel(count, quick=args.quick) else 1


if __name__ == "__main__":
    sys.exit(main())
