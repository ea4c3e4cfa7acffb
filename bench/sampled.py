"""Where text mode spends its time, sampled by py-spy (pip install 'webtext-cleaner[bench]').

    python -m bench.sampled [--seconds 20] [--top 15]

Runs the news-sized text-mode workload of bench.speed (records new to the cleaner,
after a warm-up on as many others) in a child process for ``--seconds`` under
``py-spy record``, and prints the functions holding the most samples: by own time
(the sampled frame itself) and, for cleaner's functions, with what they call. A
sampling profiler does not slow small functions down as cProfile does (the
``--profile`` table of bench.speed), so the shares are the ones a run has.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def workload(seconds: float, count: int = 600) -> None:
    """Clean news-sized records for ``seconds``, each record new to the cleaner."""
    from bench.corpus import Varied, news_documents
    from cleaner import Cleaner

    cleaner = Cleaner()
    news = Varied(news_documents())
    for text in news.take(count, start=count):
        cleaner.clean(text)
    start, i = time.monotonic(), 2 * count
    while time.monotonic() - start < seconds:
        cleaner.clean(news[i])
        i += 1


CLEANING = "cleaner/pipeline.py Cleaner.clean"


def shares(raw: str) -> tuple[int, collections.Counter, collections.Counter]:
    """From py-spy's raw output (a stack, then its count, a line each), the samples taken
    while a document was being cleaned (not while the corpus made it, nor at start-up):
    how many, by leaf frame, and by every cleaner frame on the stack."""
    own: collections.Counter = collections.Counter()
    within: collections.Counter = collections.Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [_short(frame) for frame in stack.split(";")]
        if CLEANING not in frames:
            continue
        total += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames):
            if frame.startswith("cleaner/") and frame != CLEANING:
                within[frame] += int(count)
    return total, own, within


def _short(frame: str) -> str:
    """"candidates (/path/to/cleaner/matching.py:96)" as "cleaner/matching.py candidates":
    a function, whatever line of it was running."""
    name, _, place = frame.partition(" (")
    path = place.rstrip(")").rsplit(":", 1)[0]
    for prefix in (str(ROOT) + "/", sys.prefix + "/"):
        path = path.replace(prefix, "")
    if "/site-packages/" in path:
        path = path.split("/site-packages/", 1)[1]
    return f"{path} {name}" if path else name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--run", action="store_true", help=argparse.SUPPRESS)  # the child
    args = parser.parse_args(argv)
    if args.run:
        workload(args.seconds)
        return 0
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        print("bench.sampled: py-spy is not installed (pip install 'webtext-cleaner[bench]')", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "samples.txt"
        subprocess.run([spy, "record", "--rate", "250", "--nonblocking", "--format", "raw", "--output", str(out),
                        "--", sys.executable, "-m", "bench.sampled", "--run", "--seconds", str(args.seconds)],
                       check=True, cwd=ROOT, capture_output=True)
        total, own, within = shares(out.read_text(encoding="utf-8"))
    print(f"text mode, news-sized records: {total} samples by py-spy while cleaning (warm-up included), shares of them:")
    print("  own time:")
    for frame, count in own.most_common(args.top):
        print(f"    {count / total:6.1%}  {frame}")
    print("  cleaner's functions with what they call:")
    for frame, count in within.most_common(args.top):
        print(f"    {count / total:6.1%}  {frame}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
