"""Ctrl-C at random moments of `cleaner clean -j 2`: does every run stop cleanly?

    python -m bench.interrupt [RUNS] [--jobs N] [--files N] [--seed S]

Writes a small corpus, then RUNS times starts `cleaner clean -j N CORPUS -o OUT`,
sends SIGINT after a random delay (from before the workers exist to after the
last file), and checks the run: exit status 130 (or 0 when it had already
finished) within a few seconds, the one line "cleaner: interrupted" on stderr,
no temporary .NAME.*.tmp file under OUT, and no process left that names the
corpus (an orphan worker). Prints the counts of each outcome; not a test.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROMPT_EXIT = 5.0  # seconds the run may take to end after SIGINT


def write_corpus(folder: Path, files: int) -> None:
    body = "".join(f"Paragraph {i}: the council met and agreed on plan number {i}.\n" for i in range(300))
    for n in range(files):
        (folder / f"doc{n:03}.txt").write_text(f"Title {n}\n\n{body}Share this\nLeave a Comment\n", encoding="utf-8")


def processes_naming(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def one_run(corpus: Path, out: Path, jobs: int, delay: float) -> list[str]:
    """The problems of one interrupted run (none: an empty list)."""
    shutil.rmtree(out, ignore_errors=True)
    child = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", "-j", str(jobs), str(corpus), "-o", str(out),
                              "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(delay)
    child.send_signal(signal.SIGINT)
    sent = time.monotonic()
    problems = []
    try:
        _, err = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
        problems.append("hung")
    waited = time.monotonic() - sent
    if waited > PROMPT_EXIT:
        problems.append("slow exit")
    if child.returncode == 0 and err == b"":
        problems.append("finished before the signal")
    elif child.returncode == -signal.SIGINT and not err:
        problems.append("killed by SIGINT outside Python's handler (interpreter start or end), no output")
    elif err.endswith(b"KeyboardInterrupt\n") and not re.search(rb'cli\.py", line \d+, in (main|_run)\n', err):
        # Python's own ending, before cleaner's main runs: the signal came while modules were imported.
        problems.append("interrupted while Python imported modules (its traceback)")
    elif child.returncode != 130:
        problems.append(f"exit {child.returncode}: {err.decode(errors='replace')[-300:]!r}")
    elif err != b"cleaner: interrupted\n":
        problems.append(f"stderr not one line: {err.decode(errors='replace')[-300:]!r}")
    if out.exists() and any(p.name.endswith(".tmp") for p in out.iterdir()):
        problems.append("temporary file left")
    time.sleep(0.05)
    if processes_naming(str(corpus)):
        problems.append("orphan process")
        for pid in processes_naming(str(corpus)):
            subprocess.run(["kill", "-9", str(pid)], check=False)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.interrupt")
    parser.add_argument("runs", type=int, nargs="?", default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="cleaner-interrupt-") as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, args.files)
        # How long an uninterrupted run takes sets the range of the random delays.
        start = time.monotonic()
        subprocess.run([sys.executable, "-m", "cleaner", "clean", "-j", str(args.jobs), str(corpus), "-o",
                        str(Path(folder) / "whole"), "--quiet"], check=True)
        whole = time.monotonic() - start
        outcomes: Counter = Counter()
        for n in range(args.runs):
            delay = rng.uniform(0.0, whole * 1.1)
            problems = one_run(corpus, Path(folder) / "out", args.jobs, delay)
            outcomes.update(problems or ["stopped cleanly (exit 130, one line)"])
            if any(p.startswith(("exit", "stderr", "hung", "slow", "temporary", "orphan")) for p in problems):
                print(f"run {n}: SIGINT after {delay:.2f} s: {', '.join(problems)}", file=sys.stderr)
    print(f"{args.runs} runs of `cleaner clean -j {args.jobs}` on {args.files} files "
          f"(an uninterrupted run takes {whole:.1f} s), SIGINT at a random moment:")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
