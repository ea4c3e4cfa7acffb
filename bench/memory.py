"""Peak memory of `cleaner clean` on a large JSONL: the whole process tree, sampled.

    python -m bench.memory INPUT.jsonl [cleaner clean options...]

Runs `cleaner clean INPUT -o <tmp>/out.jsonl OPTIONS`, samples the resident
memory of the parent and its worker processes every 0.2 s from /proc, and
prints the peak of their sum, the input size and the throughput.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def tree_rss_kb(pid: int) -> int:
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, StopIteration, ValueError):
            continue
    return total


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    source = Path(argv.pop(0))
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "cleaner", "clean", str(source), "-o", str(Path(folder) / "out.jsonl"),
                   "--quiet", *argv]
        start = time.monotonic()
        child = subprocess.Popen(command)
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_rss_kb(child.pid))
            time.sleep(0.2)
        seconds = time.monotonic() - start
    size = source.stat().st_size
    print(f"input {size / 1e9:.2f} GB, {seconds:.0f} s ({size / 1e6 / seconds:.1f} MB/s), "
          f"peak RSS of all processes {peak / 1024:.0f} MB, exit {child.returncode}")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
