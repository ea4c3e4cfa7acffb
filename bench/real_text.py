"""Text mode on real text: what trafilatura extracts from real pages, cleaned, against ftfy alone.

    python -m bench.real_text [SET_DIR ...] [--limit N] [--cache FILE] [--profile]

SET_DIRs are folders of real pages in the format of ``cleaner eval`` (``html/<id>.html.gz``,
``html/<id>.html``); by default the gold sets of ``../shared/realworld`` beside the
repository, when it is there (nothing else is read, and the run says so and stops when it
is not). Each page's text is extracted once with the project's settings
(``cleaner.io.html.extract``, in worker processes) and kept in a cache file outside the
repository (``--cache``, by default under the user's cache folder), keyed by the pages'
names and sizes: the pages are not ours to copy, and neither is their text.

The measure: the documents are split in two halves taken alternately; a new ``Cleaner`` is
warmed on one half (rules compiled, the detector's vocabulary met, as in a long run), then
timed on the other, which it has not seen (``Cleaner.clean_many``, in batches as ``cleaner
clean``'s record loop takes them), against ``ftfy.fix_text`` on the same documents;
the runs take turns and the best of each is kept (bench.speed.paired). Targets of the speed
issue: at least 10 MB/s on one core and at least 4x ftfy.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_SETS = ("dragnet", "l3s-gn1", "cleaneval-final", "cleaneval-dev", "cleanportaleval", "readability",
             "waddle-dev", "htmltotext")


def default_sets() -> list[Path]:
    """The gold sets of ../shared/realworld beside the repository, those that are there."""
    base = ROOT.parent / "shared" / "realworld"
    return [base / name for name in GOLD_SETS if (base / name / "html").is_dir()]


def pages_of(folder: Path) -> list[Path]:
    html = folder / "html"
    return sorted(list(html.glob("*.html.gz")) + list(html.glob("*.html")))


def read_page(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as handle:
            return handle.read()
    return path.read_text(encoding="utf-8", errors="replace")


def _extracted(path: str) -> str:
    from cleaner.io.html import extract

    try:
        return extract(read_page(Path(path))).text
    except Exception:  # noqa: BLE001 - a page trafilatura cannot read gives no text to time
        return ""


def _cache_file(paths: list[Path]) -> Path:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(f"{path.parent.parent.name}/{path.name}:{path.stat().st_size}\n".encode())
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "cleaner-bench" / f"real-text-{digest.hexdigest()[:16]}.jsonl"


def real_texts(folders: list[Path], cache: Path | None = None, jobs: int = 2) -> list[str]:
    """The extracted text of every page of ``folders`` that has any, in a stable order."""
    paths = [path for folder in folders for path in pages_of(folder)]
    cache = cache or _cache_file(paths)
    if cache.exists():
        return [json.loads(line)["text"] for line in cache.read_text(encoding="utf-8").splitlines()]
    print(f"extracting the text of {len(paths)} pages once (cached in {cache}) ...", flush=True)
    with ProcessPoolExecutor(jobs) as pool:
        texts = [text for text in pool.map(_extracted, map(str, paths), chunksize=16) if text.strip()]
    cache.parent.mkdir(parents=True, exist_ok=True)
    temporary = cache.with_suffix(".part")
    temporary.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
                         encoding="utf-8")
    temporary.replace(cache)
    return texts


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {platform.processor() or 'processor not named'}")


def measure(texts: list[str], rounds: int = 2) -> tuple[float, float]:
    """MB/s of text mode (a warmed Cleaner on documents new to it) and of ftfy.fix_text alone."""
    import ftfy

    from bench.speed import megabytes_of, paired
    from cleaner import Cleaner
    from cleaner.language import detection

    halves = (texts[0::2], texts[1::2])
    best_ours, best_ftfy = 0.0, 0.0
    for turn in range(rounds):
        warm, timed = halves[turn % 2], halves[1 - turn % 2]
        cleaner = Cleaner()
        for _ in cleaner.clean_many(warm):
            pass
        detection.forget_samples()
        ours, alone = paired(lambda: list(cleaner.clean_many(timed)), lambda: [ftfy.fix_text(t) for t in timed],
                             repeat=1)
        size = megabytes_of(timed)
        best_ours, best_ftfy = max(best_ours, size / ours), max(best_ftfy, size / alone)
    return best_ours, best_ftfy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="folders with html/ (default: the gold sets of "
                        "../shared/realworld beside the repository)")
    parser.add_argument("--limit", type=int, help="the first N documents only")
    parser.add_argument("--cache", type=Path, help="where the extracted texts are kept")
    parser.add_argument("--profile", action="store_true", help="also print where text mode spends its time")
    args = parser.parse_args(argv)
    folders = args.sets or default_sets()
    if not folders:
        print("real text: no real pages here (../shared/realworld is absent and no SET_DIR was given); skipped")
        return 0
    texts = real_texts(folders, args.cache)[: args.limit]
    from bench.speed import megabytes_of, profile, stages

    size = megabytes_of(texts)
    print(f"machine: {machine()}")
    documents = f"{len(texts)} document{'s' if len(texts) != 1 else ''}"
    print(f"real text: {documents}, {size:.1f} MB ({size / len(texts) * 1e3:.1f} KB each), "
          f"extracted by trafilatura from {', '.join(f.name for f in folders)}")
    ours, alone = measure(texts)
    print(f"  text mode with the default rules and language detection: {ours:.2f} MB/s on one core "
          f"(target >= 10); ftfy.fix_text alone {alone:.2f} MB/s; cleaner / ftfy speed {ours / alone:.2f}x "
          "(target >= 4)")
    from cleaner import Cleaner

    cleaner = Cleaner()
    staged = stages(cleaner, texts[: min(len(texts), 1000)])
    print("  stages (1,000 documents, one round):", ", ".join(f"{k} {v:.2f} s" for k, v in staged.items()))
    if args.profile:
        profile(cleaner, texts[: min(len(texts), 1000)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
