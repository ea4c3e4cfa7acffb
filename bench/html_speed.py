"""HTML mode on real pages against ``trafilatura.extract`` alone, in the same process.

    python -m bench.html_speed [SET ...] [--limit 100] [--rounds 3] [--slowest 10] [--profile N]

SET is a folder holding ``html/*.html.gz`` (the gold sets of ``../shared/realworld``; by
default its dragnet, trafilatura-eval, waddle-dev and l3s-gn1 that are there, and nothing
is measured when none is). Each page is cleaned as ``cleaner clean --format html`` cleans a
file (``Cleaner().clean_html(page, meta=False)``), as a record is cleaned (with the
metadata, the date among it), and extracted by ``trafilatura.extract`` with the options
HTML mode gives it, in turns, ``--rounds`` times, which goes first alternating; the fastest
time of each is kept. Times are the process's CPU time: on a machine shared with other work
they vary far less than the wall clock, and all of this runs on one thread. Printed: the
ratios of the totals (target at most 1.10), trafilatura against itself (how far to trust
the figures), and the pages over 2x trafilatura's own time (target: none) with the slowest.
``--profile N`` prints cProfile's top functions over N pages' clean_html instead.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = ("dragnet", "trafilatura-eval", "waddle-dev", "l3s-gn1")


def load(sets: list[Path], limit: int) -> list[tuple[str, str]]:
    """(name, page) for up to ``limit`` pages of each set, spread evenly over its sorted files."""
    found = []
    for folder in sets:
        files = sorted((folder / "html").glob("*.html.gz"))
        step = max(1, len(files) // limit) if limit else 1
        for path in files[::step][:limit or None]:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                found.append((f"{folder.name}/{path.name.removesuffix('.html.gz')}", handle.read()))
    return found


def _timed(func, page: str) -> float:
    start = time.process_time()
    func(page)
    return time.process_time() - start


def measure(pages: list[tuple[str, str]], rounds: int) -> dict[str, list[float]]:
    """The fastest time of each page under each of: cleaner (a file's output, then a record's),
    trafilatura, trafilatura again."""
    import trafilatura

    from cleaner import Cleaner

    cleaner = Cleaner()

    def extract(page: str):
        return trafilatura.extract(page, include_comments=False, include_tables=True, deduplicate=False)

    def as_file(page: str):
        return cleaner.clean_html(page, meta=False)

    runs = {"cleaner": as_file, "record": cleaner.clean_html, "trafilatura": extract, "again": extract}
    for func in runs.values():  # imports, rule books and caches before anything is timed
        func(pages[0][1])
    gc.collect()
    gc.freeze()  # the rules and tables loaded are no collection's work
    best = {name: [float("inf")] * len(pages) for name in runs}
    order = list(runs)
    try:
        for turn in range(rounds):
            for i, (_, page) in enumerate(pages):
                for name in (order if (turn + i) % 2 == 0 else order[::-1]):
                    gc.collect()
                    gc.disable()
                    try:
                        best[name][i] = min(best[name][i], _timed(runs[name], page))
                    finally:
                        gc.enable()
    finally:
        gc.unfreeze()
    return best


def report(pages: list[tuple[str, str]], best: dict[str, list[float]], slowest: int) -> None:
    total = {name: sum(times) for name, times in best.items()}
    megabytes = sum(len(page.encode("utf-8")) for _, page in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB: cleaner {total['cleaner']:.2f} s (with the metadata "
          f"{total['record']:.2f} s), trafilatura.extract {total['trafilatura']:.2f} s (CPU time)")
    print(f"HTML mode / trafilatura.extract: {total['cleaner'] / total['trafilatura']:.3f}x (target <= 1.10); "
          f"with the metadata (records): {total['record'] / total['trafilatura']:.3f}x; "
          f"trafilatura against itself: {total['again'] / total['trafilatura']:.3f}x")
    ratios = sorted(((c / t if t else float("inf"), name, c, t) for (name, _), c, t
                     in zip(pages, best["cleaner"], best["trafilatura"])), reverse=True)
    over = [r for r in ratios if r[0] > 2]
    print(f"pages over 2x trafilatura's time: {len(over)} (target: none); the slowest, as a file is cleaned:")
    for ratio, name, c, t in ratios[:slowest]:
        print(f"  {ratio:5.2f}x  {c * 1000:8.1f} ms against {t * 1000:7.1f} ms  {name}")


def profile(pages: list[tuple[str, str]], top: int = 30) -> None:
    import cProfile
    import pstats

    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean_html(pages[0][1])
    profiler = cProfile.Profile()
    profiler.enable()
    for _, page in pages:
        cleaner.clean_html(page, meta=False)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.html_speed", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="folders holding html/*.html.gz")
    parser.add_argument("--limit", type=int, default=100, help="pages of each set (0: all)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile N pages of each set instead")
    args = parser.parse_args(argv)
    sets = args.sets or [ROOT.parent / "shared" / "realworld" / name for name in DEFAULT_SETS]
    sets = [folder for folder in sets if (folder / "html").is_dir()]
    if not sets:
        print("html_speed: no set of real pages found (give SET folders holding html/*.html.gz); nothing measured")
        return 0
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("html_speed: trafilatura is not installed (the html extra); nothing measured")
        return 0
    if args.profile:
        profile(load(sets, args.profile))
        return 0
    pages = load(sets, args.limit)
    report(pages, measure(pages, args.rounds), args.slowest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
