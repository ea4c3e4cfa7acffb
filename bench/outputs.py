"""Every output cleaner gives on a fixed set of inputs, as digests: to prove a change of
code that must not change behaviour changed none.

    python -m bench.outputs write BEFORE.json [--seeds DIR] [--megabytes 2]
    ... change the code ...
    python -m bench.outputs check BEFORE.json [--seeds DIR] [--megabytes 2]

The inputs: the fixtures (text and HTML), the evaluation documents, the seeds (when
given), and generated records (bench.corpus) cleaned as JSONL. What is compared, for
each document through the library: the text, the language, every removal, repair and
notice; and through the command line (`cleaner clean`, one process): each output file
and the audit, byte for byte. The other commands too: `cleaner fix` (its diffs, notices
and rewritten files), `cleaner rules test` and `rules list`, `cleaner eval` on a set made
of the HTML fixtures with a truth, and every command's --help.
`check` lists what differs and exits 1 if anything does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _result_digest(result) -> str:
    shown = {"text": result.text, "lang": result.lang, "changed": result.changed,
             "audit": result.audit_entries("doc"), "meta": result.meta}
    return _digest(json.dumps(shown, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def library_outputs(seeds: Path | None) -> dict[str, str]:
    from bench.quality import load
    from cleaner import Cleaner

    cleaner = Cleaner()
    found = {}
    texts = sorted((ROOT / "fixtures" / "input").glob("*.txt"))
    if seeds is not None:
        texts += sorted(seeds.glob("*.txt"))
    for path in texts:
        found[f"text:{path.parent.name}/{path.name}"] = _result_digest(cleaner.clean(path.read_text(encoding="utf-8")))
    for doc in load():
        found[f"eval:{doc.name}"] = _result_digest(cleaner.clean(doc.text))
    for path in sorted((ROOT / "fixtures" / "html").glob("*.htm*")):
        result = cleaner.clean_html(path.read_text(encoding="utf-8"), name=path.name)
        found[f"html:{path.name}"] = _result_digest(result)
    return found


def cli_outputs(seeds: Path | None, megabytes: float) -> dict[str, str]:
    import shutil

    from bench.corpus import records

    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "records.jsonl"
        corpus.write_text("".join(records(megabytes)), encoding="utf-8")
        # Copied and named relative to the run's folder: the audit names its documents.
        shutil.copytree(ROOT / "fixtures" / "input", work / "text")
        shutil.copytree(ROOT / "fixtures" / "html", work / "html")
        runs = {"fixtures-text": "text", "fixtures-html": "html", "records": "records.jsonl"}
        if seeds is not None:
            shutil.copytree(seeds, work / "seeds")
            runs["seeds"] = "seeds"
        for name, source in runs.items():
            out = work / ("out-records.jsonl" if name == "records" else f"out-{name}")
            audit = work / f"audit-{name}.jsonl"
            command = [sys.executable, "-m", "cleaner", "clean", source, "-o", out.name, "-j", "1", "--quiet",
                       "--audit", audit.name]
            # The checkout this script belongs to, whatever an installed cleaner says.
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            done = subprocess.run(command, capture_output=True, cwd=work, env=env)
            found[f"cli:{name}:exit"] = str(done.returncode)
            found[f"cli:{name}:stderr"] = _digest(done.stderr)
            files = [out] if out.is_file() else sorted(p for p in out.rglob("*") if p.is_file())
            for path in files:
                found[f"cli:{name}:{path.relative_to(work)}"] = _digest(path.read_bytes())
            found[f"cli:{name}:audit"] = _digest(audit.read_bytes()) if audit.exists() else "absent"
    return found


def _command(found: dict[str, str], name: str, args: list, cwd: Path) -> None:
    """Run ``cleaner ARGS`` in ``cwd`` and digest its exit status, stdout and stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], capture_output=True, cwd=cwd, env=env)
    found[f"cmd:{name}:exit"] = str(done.returncode)
    found[f"cmd:{name}:stdout"] = _digest(done.stdout)
    found[f"cmd:{name}:stderr"] = _digest(done.stderr)


def command_outputs() -> dict[str, str]:
    import gzip
    import shutil

    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for command in ("", "clean", "fix", "learn", "eval", "rules", "rules test", "rules list"):
            _command(found, f"help:{command or 'cleaner'}", [*command.split(), "--help"], work)
        _command(found, "rules-test", ["rules", "test"], work)
        _command(found, "rules-list", ["rules", "list"], work)
        _command(found, "rules-list-fr", ["rules", "list", "--lang", "fr", "--url", "https://www.lemonde.fr/a"], work)
        shutil.copytree(ROOT / "fixtures" / "input", work / "fix")
        names = sorted(path.name for path in (work / "fix").glob("*.txt"))
        _command(found, "fix-diff", ["fix", "--diff", "--explain", "--no-config", *names], work / "fix")
        _command(found, "fix-check", ["fix", "--check", "--no-config", *names], work / "fix")
        _command(found, "fix", ["fix", "--no-config", "--line-ending", "lf", *names], work / "fix")
        for name in names:
            found[f"cmd:fix:{name}"] = _digest((work / "fix" / name).read_bytes())
        # An evaluation set of the HTML fixtures that have a truth.
        labelled = work / "set"
        (labelled / "html").mkdir(parents=True)
        gold = {}
        for truth in sorted((ROOT / "fixtures" / "html-truth").glob("*.txt")):
            page = ROOT / "fixtures" / "html" / f"{truth.stem}.html"
            (labelled / "html" / f"{truth.stem}.html.gz").write_bytes(gzip.compress(page.read_bytes(), mtime=0))
            gold[truth.stem] = {"text": truth.read_text(encoding="utf-8"), "lang": truth.stem[:2]}
        (labelled / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
        _command(found, "eval", ["eval", "set", "-j", "1", "--lost", "--json", "eval.json", "--dump", "dump.jsonl"],
                 work)
        for name in ("eval.json", "dump.jsonl"):
            path = work / name
            found[f"cmd:eval:{name}"] = _digest(path.read_bytes()) if path.exists() else "absent"
    return found


def outputs(seeds: Path | None, megabytes: float) -> dict[str, str]:
    return {**library_outputs(seeds), **cli_outputs(seeds, megabytes), **command_outputs()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.outputs", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("file", type=Path, help="the digests: written by write, compared by check")
    parser.add_argument("--seeds", type=Path, help="a folder of seed .txt files to include")
    parser.add_argument("--megabytes", type=float, default=2.0, help="generated records (default 2 MB)")
    args = parser.parse_args(argv)
    found = outputs(args.seeds, args.megabytes)
    if args.action == "write":
        args.file.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(found)} outputs written to {args.file}")
        return 0
    before = json.loads(args.file.read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | found.keys() if before.get(k) != found.get(k))
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(found)} outputs, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
