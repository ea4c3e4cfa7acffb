"""Peak memory of `cleaner clean` on a large JSONL, or on hostile documents.

    python -m bench.memory INPUT.jsonl [cleaner clean options...]
    python -m bench.memory --hostile [MB] [cleaner clean options...]

The first runs `cleaner clean INPUT -o <tmp>/out.jsonl OPTIONS`, samples the
resident memory of the parent and its worker processes every 0.2 s from /proc,
and prints the peak of their sum, the input size and the throughput, and the peak in
each tenth of the run: memory that grows with the input shows there.

``--hostile`` writes five hostile inputs of MB megabytes (default 100): newlines
only, "a" lines, one long line, a JSONL of one such record, and that JSONL
gzipped (a few hundred kilobytes that expand to MB); then documents at the
default limits (8 MiB of one line, of prose; 200,000 lines of "a"), which are
cleaned, not refused. Each is cleaned in a process of its own, and its peak
resident memory (the kernel's, from wait4) and exit status are printed.
"""

from __future__ import annotations

import gzip
import os
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


def write_hostile(folder: Path, megabytes: int) -> list[Path]:
    size = megabytes * 1_000_000
    chunk = 1 << 20
    files = []

    def write(name: str, head: bytes, piece: bytes, tail: bytes, total: int, opener=open) -> None:
        path = folder / name
        block = piece * (chunk // len(piece))
        with opener(path, "wb") as handle:
            handle.write(head)
            for _ in range(total // len(block)):
                handle.write(block)
            handle.write(piece * (total % len(block) // len(piece)))
            handle.write(tail)
        files.append(path)

    write("newlines.txt", b"", b"\n", b"", size)
    write("a-lines.txt", b"", b"a\n", b"", size)
    write("one-line.txt", b"", b"word ", b"\n", size)
    write("one-record.jsonl", b'{"text": "', b"word ", b'"}\n', size)
    write("bomb.jsonl.gz", b'{"text": "', b"word ", b'"}\n', size, opener=gzip.open)
    # At the limits: cleaned, and what a worker may hold at most.
    limit = 8 * 1024 * 1024 - 5
    write("limit-one-line.txt", b"", b"word ", b"\n", limit)
    prose = b"The council met on Tuesday and agreed on the plan for the new bridge over the river.\n"
    write("limit-prose.txt", b"", prose, b"", limit - limit % len(prose))
    write("limit-lines.txt", b"", b"a\n", b"", 2 * 199_999)
    return files


def peak_of(command: list[str]) -> tuple[int, int, float]:
    """(peak RSS in kB of the largest process of the run, exit status, seconds)."""
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    for line in err.decode(errors="replace").splitlines()[:1]:
        print(f"    {line[:160]}")
    return usage.ru_maxrss, child.returncode, time.monotonic() - start


def hostile(argv: list[str]) -> int:
    megabytes = int(argv.pop(0)) if argv and argv[0].isdigit() else 100
    with tempfile.TemporaryDirectory() as folder:
        for path in write_hostile(Path(folder), megabytes):
            out = Path(folder) / ("out.jsonl" if ".jsonl" in path.name else "out")
            command = [sys.executable, "-m", "cleaner", "clean", str(path), "-o", str(out), "--quiet", *argv]
            print(f"{path.name} ({path.stat().st_size / 1e6:.1f} MB on disk):")
            peak, status, seconds = peak_of(command)
            print(f"    peak RSS {peak / 1024:.0f} MB, exit {status}, {seconds:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "--hostile":
        return hostile(argv[1:])
    source = Path(argv.pop(0))
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "cleaner", "clean", str(source), "-o", str(Path(folder) / "out.jsonl"),
                   "--quiet", *argv]
        start = time.monotonic()
        child = subprocess.Popen(command)
        samples: list[tuple[float, int]] = []
        while child.poll() is None:
            samples.append((time.monotonic() - start, tree_rss_kb(child.pid)))
            time.sleep(0.2)
        seconds = time.monotonic() - start
    size = source.stat().st_size
    peak = max((rss for _, rss in samples), default=0)
    print(f"input {size / 1e9:.2f} GB, {seconds:.0f} s ({size / 1e6 / seconds:.1f} MB/s), "
          f"peak RSS of all processes {peak / 1024:.0f} MB, exit {child.returncode}")
    print("peak RSS in each tenth of the run (flat memory: no growth after the first tenths): "
          + ", ".join(f"{rss / 1024:.0f}" for rss in tenths(samples, seconds)) + " MB")
    return child.returncode


def tenths(samples: list[tuple[float, int]], seconds: float) -> list[int]:
    """The largest sample in each tenth of the run's time (0 for a tenth with no sample)."""
    peaks = [0] * 10
    for at, rss in samples:
        slot = min(int(10 * at / seconds), 9) if seconds else 0
        peaks[slot] = max(peaks[slot], rss)
    return peaks


if __name__ == "__main__":
    sys.exit(main())
