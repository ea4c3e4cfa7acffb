"""Whether RE2 matches the same lines as the ``regex`` module, for every bundled rule pattern.

    python -m bench.regex_engines [FILE_OR_DIRECTORY ...] [--generated 4000]

Rule patterns are written in the ``regex`` module's dialect and run by RE2 after
cleaner.rules.rule_regex has rewritten them. This searches every bundled pattern, with both
engines, over the rules' own examples, the fixtures, the evaluation documents, the files
named on the command line, and lines generated from all of these; it prints each line
on which the two disagree, and exits 1 if there is one. tests/test_rules_rule_regex.py runs it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import regex

from cleaner.rules.rule_regex import compile_rule
from cleaner.rules.book import load_rulebook

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("fixtures/input", "fixtures/expected", "eval/docs")

# What generated lines are made of besides the sample's own characters: sentence ends
# and separators, the edges of \w and \s, case pairs that fold unusually (ſ, K, İ, ς,
# ß, ǅ), marks, digits of other scripts, and letters newer than some Unicode tables.
_EXTRA = (".!?›»>|:,;-–—'’ \t\u00a0\u2009\u3000_0123456789٣߄"
          "ſKKİıςσΣßẞǅǄǆ\u0301\u0345ÉéЁёЙй" "\U00010d50\U00010d70\U000105c0\u1c89\u1c8a")


def bundled_patterns() -> list[tuple[str, str]]:
    """(rule id, pattern) for every regex of the bundled rule sets."""
    return [(rule.id, pattern) for rule in load_rulebook().all_rules() if rule.kind == "regex"
            for pattern in rule.patterns]


def example_lines() -> list[str]:
    """The rules' examples, as the lines rules are searched on: an example of several lines
    (a document, for a marker) is split as the pipeline splits it."""
    return [line.strip() for rule in load_rulebook().all_rules()
            for example in (*rule.drop_examples, *rule.keep_examples)
            for line in example.split("\n") if line.strip()]


def file_lines(paths) -> list[str]:
    """The stripped, non-blank lines of the files given, and of the files in the directories given."""
    lines = []
    for path in map(Path, paths):
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8", errors="replace")
            lines += [line.strip() for line in text.splitlines() if line.strip()]
    return lines


def generated_lines(sample: list[str], count: int, seed: int = 0) -> list[str]:
    """``count`` lines made by editing lines of the sample: characters replaced, inserted
    (often at a word's edge), removed, case changed, lines cut and joined. Deterministic
    for a seed."""
    rng = random.Random(seed)
    alphabet = sorted(set("".join(sample)) | set(_EXTRA))
    out = []
    for _ in range(count):
        line = list(rng.choice(sample))
        for _ in range(rng.randint(1, 4)):
            where = rng.randrange(len(line) + 1)
            edit = rng.randrange(7)
            if edit == 0 and line:
                line[min(where, len(line) - 1)] = rng.choice(alphabet)
            elif edit == 1:
                line.insert(where, rng.choice(alphabet))
            elif edit == 2 and line:
                del line[min(where, len(line) - 1)]
            elif edit == 3:
                line = list("".join(line).upper() if rng.random() < 0.5 else "".join(line).lower())
            elif edit == 5:  # beside a word's edge, where \b decides
                edges = [m.start() for m in regex.finditer(r"\b", "".join(line))]
                line.insert(rng.choice(edges) if edges else where, rng.choice(alphabet))
            elif edit == 4:
                line = line[:where] if rng.random() < 0.5 else line[where:]
            else:
                line += [" "] + list(rng.choice(sample))
        out.append("".join(line))
    return out


def disagreements(patterns: list[tuple[str, str]], lines: list[str]) -> list[tuple[str, str, str, bool]]:
    """(rule id, pattern, line, what the ``regex`` module says) wherever RE2 says otherwise."""
    found = []
    for rule_id, pattern in patterns:
        old, new = regex.compile(pattern), compile_rule(pattern)
        for line in lines:
            expected = old.search(line) is not None
            if (new.search(line) is not None) != expected:
                found.append((rule_id, pattern, line, expected))
    return found


def all_lines(extra=(), generated: int = 4000) -> list[str]:
    sample = example_lines() + file_lines(ROOT / corpus for corpus in CORPORA) + file_lines(extra)
    sample = list(dict.fromkeys(sample))
    return sample + generated_lines(sample, generated)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="more files or directories of text")
    parser.add_argument("--generated", type=int, default=4000, help="lines generated from the others")
    args = parser.parse_args(argv)
    patterns, lines = bundled_patterns(), all_lines(args.paths, args.generated)
    found = disagreements(patterns, lines)
    for rule_id, pattern, line, expected in found:
        print(f"{rule_id}: regex says {expected}, RE2 says {not expected}: {line!r}  ({pattern})")
    print(f"{len(patterns)} patterns, {len(lines)} lines, {len(found)} disagreements")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
