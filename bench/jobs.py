"""``cleaner clean -j 2`` against ``-j 1`` on real text: JSONL records, a folder of text files, Parquet.

    python -m bench.jobs [--file F.jsonl] [--megabytes 64] [--rounds 3] [--kinds jsonl,text,parquet]

The input is built outside the repository from the texts trafilatura extracts from the
gold sets of ``../shared/realworld`` (bench.real_text's reader and cache), written again
until it holds ``--megabytes``: after the first copy, each record as ``corpus.Varied`` writes it
again (the middle words of the lines cleaner keeps shuffled with the record's number, first and
last words and chrome as they were), so that the memo of lines met does not answer them and
the rules read real line ends. ``--file``
takes a JSONL of your own instead (its records' ``text``). Each kind is the same texts:

- ``jsonl``: one JSONL file, ``cleaner clean F -o OUT.jsonl``;
- ``text``: a folder of one .txt file per text (the first copy only: a folder of many
  copies of one file says nothing new), ``cleaner clean DIR -o OUT``;
- ``parquet``: the JSONL written as Parquet (pyarrow, the ``parquet`` extra), ``-o OUT.parquet``.

Each command is the user's: ``python -m cleaner clean IN -o OUT -j N --quiet`` in a process of
its own, ``-j 1`` and ``-j 2`` in turns (which goes first alternates), wall time; the fastest of
each is kept, and their ratio printed with the machine's cores (target of issue #21: at least
1.8x). The outputs of ``-j 1`` and ``-j 2`` must be byte-identical, and with ``--audit`` their
audits too: a difference is printed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = ("jsonl", "text", "parquet")


def copies(texts: list[str], megabytes: float) -> list[str]:
    """``texts`` written again until they hold ``megabytes`` of UTF-8: the first copy as it is,
    later records as ``corpus.Varied`` writes them (the middle words of each line cleaner keeps
    shuffled with the record's number; first and last words, and the chrome, as they were), so
    that rules reading a line's start and end see real text and no line repeats another."""
    from bench.corpus import Varied

    out, size, varied = [], 0, None
    limit = megabytes * 1e6
    while size < limit:
        i = len(out)
        if i < len(texts):
            text = texts[i]
        else:
            varied = varied or Varied(texts)
            text = varied[i]
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def write_inputs(texts: list[str], folder: Path, kinds: list[str], first_copy: int) -> dict[str, tuple[Path, float]]:
    """Each kind's input, and the megabytes of text it holds."""
    inputs: dict[str, tuple[Path, float]] = {}
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    jsonl = folder / "in.jsonl"
    with open(jsonl, "w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n")
    if "jsonl" in kinds:
        inputs["jsonl"] = (jsonl, size)
    if "text" in kinds:
        pages = folder / "pages"
        pages.mkdir()
        for number, text in enumerate(texts[:first_copy]):
            (pages / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        inputs["text"] = (pages, sum(len(text.encode("utf-8")) for text in texts[:first_copy]) / 1e6)
    if "parquet" in kinds:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            print("parquet: pyarrow is not installed (the parquet extra); skipped")
        else:
            table = pa.Table.from_pylist([{"id": n, "text": t} for n, t in enumerate(texts)])
            pq.write_table(table, folder / "in.parquet")
            inputs["parquet"] = (folder / "in.parquet", size)
    return inputs


def clean_command(source: Path, output: Path, jobs: int, audit: Path | None) -> list[str]:
    command = [sys.executable, "-m", "cleaner", "clean", str(source), "-o", str(output), "-j", str(jobs), "--quiet"]
    return command + (["--audit", str(audit)] if audit is not None else [])


def output_of(kind: str, folder: Path, jobs: int) -> Path:
    return folder / {"jsonl": f"out{jobs}.jsonl", "text": f"out{jobs}", "parquet": f"out{jobs}.parquet"}[kind]


def run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def same_tree(first: Path, second: Path) -> list[str]:
    """The files that differ between two outputs (a file or a folder), by their bytes."""
    if first.is_file():
        return [] if filecmp.cmp(first, second, shallow=False) else [first.name]
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    others = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    if names != others:
        return ["(the two folders hold different files)"]
    return [str(n) for n in names if not filecmp.cmp(first / n, second / n, shallow=False)]


def measure(kind: str, source: Path, megabytes: float, folder: Path, rounds: int, audit: bool) -> bool:
    """Time -j 1 and -j 2 in turns; print the ratio; whether the outputs (and audits) are identical."""
    times: dict[int, list[float]] = {1: [], 2: []}
    for turn in range(rounds):
        for jobs in ((1, 2) if turn % 2 == 0 else (2, 1)):
            target = output_of(kind, folder, jobs)
            audit_file = folder / f"audit{jobs}.jsonl" if audit else None
            times[jobs].append(run(clean_command(source, target, jobs, audit_file)))
    one, two = min(times[1]), min(times[2])
    differ = same_tree(output_of(kind, folder, 1), output_of(kind, folder, 2))
    if audit:
        differ += [f"audit: {name}" for name in same_tree(folder / "audit1.jsonl", folder / "audit2.jsonl")]
    print(f"{kind}: {megabytes:.1f} MB of text, -j 1 " + ", ".join(f"{t:.2f}" for t in times[1]) + " s; -j 2 "
          + ", ".join(f"{t:.2f}" for t in times[2]) + f" s; fastest against fastest {one / two:.2f}x "
          f"(target >= 1.8; {os.cpu_count()} cores); outputs "
          + ("byte-identical" if not differ else "DIFFER: " + ", ".join(differ[:5])), flush=True)
    return not differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, help="a JSONL of your own (its records' text field) instead of "
                        "the real texts of ../shared/realworld")
    parser.add_argument("--megabytes", type=float, default=64, help="the size of the input built (default 64)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, in turns (default 3)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="which inputs: jsonl,text,parquet (default all)")
    parser.add_argument("--audit", action="store_true", help="also write --audit, and compare the two audits")
    parser.add_argument("--cache", type=Path, help="where bench.real_text keeps the extracted texts")
    args = parser.parse_args(argv)
    kinds = [kind for kind in args.kinds.split(",") if kind]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))} (known: {', '.join(KINDS)})")
    from bench.real_text import default_sets, machine, real_texts

    if args.file is not None:
        with open(args.file, encoding="utf-8") as handle:
            texts = [json.loads(line).get("text") or "" for line in handle if line.strip()]
        first_copy, origin = len(texts), str(args.file)
    else:
        folders = default_sets()
        if not folders:
            print("-j 2 against -j 1: no real pages here (../shared/realworld is absent and no --file was "
                  "given); skipped")
            return 0
        originals = real_texts(folders, args.cache)
        texts = copies(originals, args.megabytes)
        first_copy = len(originals)
        origin = f"the texts extracted from {', '.join(f.name for f in folders)}, written again"
    print(f"machine: {machine()}")
    print(f"-j 2 against -j 1: {len(texts):,} texts ({origin}); `python -m cleaner clean IN -o OUT -j N --quiet`"
          + (" --audit A" if args.audit else "") + f", wall time, {args.rounds} round{'s' if args.rounds != 1 else ''} of each in turns")
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-jobs-") as name:
        folder = Path(name)
        inputs = write_inputs(texts, folder, kinds, first_copy)
        same = [measure(kind, source, size, folder, args.rounds, args.audit) for kind, (source, size) in inputs.items()]
    return 0 if all(same) else 1


if __name__ == "__main__":
    sys.exit(main())
