"""Start-up cost of `cleaner fix` on one small file, against baselines run in the same process.

    python -m bench.startup [--runs N]

Prints the median wall time of each command over N fresh processes (and its median CPU
time, user and system: steadier than wall time on a loaded machine) and the ratios
the speed issue sets: `cleaner fix` against a bare `python -c pass` plus the import
of ftfy, langdetect and yaml. Also checks that the fix path never imports trafilatura.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


# As an installed package runs: its modules compiled once (pip does it on install), not on
# every start as they are where PYTHONDONTWRITEBYTECODE is set.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(command: list[str], runs: int) -> tuple[float, float]:
    """The median wall time and the median CPU time (user and system) of ``runs`` runs."""
    times, cpu = [], []
    # One run first, not timed: it writes the bytecode and cleaner's caches (cache.py), as
    # any first run on a machine does.
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        small = Path(folder) / "small.txt"
        small.write_text("A title\n\nA short paragraph of clean text, already fixed.\n", encoding="utf-8")
        fix = [py, "-m", "cleaner", "fix", "--no-config", str(small)]
        rows = {
            "python -c pass": median_seconds([py, "-c", "pass"], args.runs),
            "python -c 'import ftfy, langdetect, yaml'": median_seconds(
                [py, "-c", "import ftfy, langdetect, yaml"], args.runs),
            "cleaner fix small.txt --lang en": median_seconds([*fix, "--lang", "en"], args.runs),
            "cleaner fix small.txt (language detected)": median_seconds(fix, args.runs),
        }
        probe = subprocess.run(
            [py, "-c", "import sys; from cleaner.cli import main; main(sys.argv[1:]); "
             "print('trafilatura' in sys.modules, file=sys.stderr)", "fix", "--no-config", str(small)],
            capture_output=True, text=True, env=ENV)
    baseline = rows["python -c 'import ftfy, langdetect, yaml'"][0]
    print(f"median of {args.runs} runs, {sys.version.split()[0]}: wall time, ratio, CPU time")
    for name, (seconds, cpu) in rows.items():
        print(f"  {seconds * 1000:8.1f} ms  {seconds / baseline:5.2f}x  {cpu * 1000:8.1f} ms CPU  {name}")
    print(f"trafilatura imported on the fix path: {probe.stderr.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
