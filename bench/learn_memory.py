"""Memory of `cleaner learn` as a site grows: 5,000 and 50,000 generated pages.

    python -m bench.learn_memory

Writes a JSONL of synthetic pages (bench/sites.py) for each size, runs
`cleaner learn` on it in a child process, and prints the peak RSS (sampled
from /proc) and the time. Memory should barely move with the corpus: the
first pass counts in a fixed-size sketch, the second only frequent lines.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.memory import tree_rss_kb
from bench.sites import pages


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for count in (5_000, 50_000):
            corpus = root / f"site{count}.jsonl"
            with open(corpus, "w", encoding="utf-8") as handle:
                for page in pages("news.example", "en", count, seed=1):
                    handle.write(json.dumps({"url": page.url, "text": page.text}) + "\n")
            command = [sys.executable, "-m", "cleaner", "learn", str(corpus), "-o", str(root / f"r{count}.yaml"),
                       "--site", "news.example"]
            start = time.monotonic()
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
            peak = 0
            while child.poll() is None:
                peak = max(peak, tree_rss_kb(child.pid))
                time.sleep(0.1)
            seconds = time.monotonic() - start
            size = corpus.stat().st_size / 1e6
            print(f"{count:>6} pages ({size:.0f} MB): peak RSS {peak / 1024:.0f} MB, {seconds:.1f} s, exit {child.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
