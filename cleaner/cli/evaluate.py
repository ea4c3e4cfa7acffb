"""`cleaner eval`: extraction and rules measured on labelled pages."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .options import EXIT_ERROR, EXIT_OK, UsageError, add_rule_options


def add_parser(sub) -> None:
    evaluate = sub.add_parser("eval", help="measure extraction and rules on labelled pages (html/ with gold.json "
                              "or snippets.json)")
    evaluate.add_argument("sets", nargs="+", metavar="SET", help="folders holding html/ and gold.json or snippets.json")
    evaluate.add_argument("--limit", type=int, metavar="N", help="the first N pages of each set (by id)")
    evaluate.add_argument("--title", choices=("keep", "drop"), default="drop",
                          help="drop (default): the page title is left out, as headlines in most golds; keep")
    evaluate.add_argument("--lost", action="store_true", help="list every article line the rules removed")
    evaluate.add_argument("--json", metavar="FILE", help="write every figure, and the lost lines, as JSON to FILE")
    evaluate.add_argument("--dump", metavar="FILE", help="write every extracted line as JSON lines to FILE: set, page, "
                          "line, text, gold (article text or not; null on a snippet set), rule (what removed it, if anything)")
    evaluate.add_argument("--learn", choices=("all", "held-out"), help="also apply each site's chrome learned by "
                          "`cleaner learn` from the sets' own pages (never their gold): all = learned from every "
                          "page, scored on every page (in-sample); held-out = each site's pages split in two halves "
                          "by id, each scored with the rules learned from the other")
    evaluate.add_argument("--learned", metavar="DIR", help="with --learn: keep the learned rule files in DIR "
                          "(default: a temporary folder, removed)")
    evaluate.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    evaluate.add_argument("--verbose", action="store_true", help="print a traceback with errors")
    add_rule_options(evaluate)


def command(args) -> int:
    import os

    import contextlib

    from ..evaluation import EvalError, Report, format_report, read_set, score_task
    from ..io.files import atomic_output, atomic_write
    from ..io.html import require_html
    from ..run.pool import ordered_map

    require_html()  # eval scores trafilatura's extraction: without it, one line before anything
    try:
        pages = [page for folder in args.sets for page in read_set(Path(folder), args.limit)]
    except EvalError as exc:
        raise UsageError(str(exc)) from None
    _refuse_overwrites(args, pages)
    if args.learned and not args.learn:
        raise UsageError("--learned names where --learn keeps the rules it learns: give --learn all or held-out")
    if args.learned and Path(args.learned).is_dir() and any(Path(args.learned).rglob("*.yaml")):
        # A site learned nothing this time would keep an earlier run's file, read with this run's.
        raise UsageError(f"--learned {args.learned}: holds rule files of an earlier run, which this run would "
                         "read too: give an empty or new folder")
    jobs = args.jobs or (os.cpu_count() or 1)
    report = Report()
    with contextlib.ExitStack() as stack:
        dump = stack.enter_context(atomic_output(Path(args.dump))) if args.dump else None
        for rule_dirs, scored in _folds(args, pages, jobs, stack):
            settings = _settings(args, rule_dirs)
            settings.build()
            tasks = ((page, args.title) for page in scored)
            for score in ordered_map(score_task, tasks, min(jobs, len(scored) or 1), settings):
                report.add(score)
                if dump is not None:
                    dump.write("".join(json.dumps({"set": score.set_name, "page": score.page_id, "line": number,
                                                   "text": text, "gold": gold, "rule": rule}, ensure_ascii=False)
                                       + "\n" for number, text, gold, rule in score.labelled).encode("utf-8"))
    for line in format_report(report):
        print(line)
    if args.lost:
        for set_name, lost in report.lost:
            print(f"lost {set_name}/{lost.page}:{lost.line} by {lost.rule}: {lost.text}")
    if args.json:
        atomic_write(Path(args.json), json.dumps(report.as_dict(), ensure_ascii=False, indent=1).encode("utf-8"))
    return EXIT_OK if not report.errors else EXIT_ERROR


def _settings(args, rule_dirs: tuple):
    """The rules the run scores (or reads pages for learn) with: these folders, and the options'."""
    from ..run.settings import Settings

    return Settings(rule_dirs=rule_dirs, disable=tuple(args.disable), default_rules=not args.no_default_rules)


def _folds(args, pages, jobs, stack):
    """(rule folders, pages scored with them): the pages once, or with --learn each fold's
    pages with the rules learned for them (cleaner/learn/labelled.py)."""
    if not args.learn:
        yield tuple(args.rules), pages
        return
    import tempfile

    from ..evaluation import learning_task
    from ..learn.labelled import folds
    from ..run.pool import ordered_map

    if args.learned:
        folder = Path(args.learned)
    else:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cleaner-learned-")))
    reading = _settings(args, tuple(args.rules))

    def read(labelled):
        return ordered_map(learning_task, labelled, min(jobs, len(labelled) or 1), reading)

    for fold in folds(pages, read, args.learn, folder):
        print(f"cleaner: learned {fold.rules.name}: {fold.files} "
              f"of {len(fold.lines)} sites with rules, scoring {len(fold.scored)} pages", file=sys.stderr)
        yield (*args.rules, str(fold.rules)), fold.scored


def _refuse_overwrites(args, pages) -> None:
    """--json and --dump never name a page or a label file the run reads, nor each other:
    they are written whole at the end, over whatever is there."""
    from ..io.files import quote_name
    from ..io.overwrite import Reads

    labels = [Path(folder) / name for folder in args.sets for name in ("gold.json", "snippets.json")]
    reads = Reads([*(page.path for page in pages), *labels])
    outputs = [(option, Path(value)) for option, value in (("--json", args.json), ("--dump", args.dump)) if value]
    for option, path in outputs:
        if (source := reads.find(path)) is not None:
            raise UsageError(f"{quote_name(path)}: {option} names the input {quote_name(source)}; "
                             "give it a file of its own")
    if len(outputs) == 2 and os.path.realpath(outputs[0][1]) == os.path.realpath(outputs[1][1]):
        raise UsageError(f"{quote_name(outputs[0][1])}: --json and --dump name the same file; give each its own")
