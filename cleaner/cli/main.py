"""The command line: ``cleaner clean``, ``cleaner fix``, ``cleaner rules test|list``.

Exit status: 0 success, 1 (fix, rules test) something to report, 2 error.
Every error is one line naming the file, and the rule for a bad rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def _add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="DIR", action="append", default=[],
                        help="also read every .yaml rule file under DIR (repeatable)")
    parser.add_argument("--disable", metavar="ID", action="append", default=[],
                        help="turn off the rule with this id (repeatable)")
    parser.add_argument("--no-default-rules", action="store_true", help="do not load the bundled rules")


def _add_clean_options(parser: argparse.ArgumentParser) -> None:
    _add_rule_options(parser)
    parser.add_argument("--lang", help="the documents' language (skips detection), e.g. fr")
    parser.add_argument("--url", help="the page's URL: selects site rule sets (rules/sites/DOMAIN.yaml)")
    parser.add_argument("--max-removal", type=float, metavar="F",
                        help="leave a document unchanged, reported as suspicious, when rules would remove more than "
                        "this share of its characters (default: 0.7; 1 turns the guard off)")
    parser.add_argument("--quotes", choices=("keep", "straighten"),
                        help="keep curly quotes (default) or straighten them")
    parser.add_argument("--explain", action="store_true",
                        help="print every removal, repair and notice with its rule id to stderr")
    parser.add_argument("--config", metavar="FILE", help="read this .cleaner.yaml or pyproject.toml instead of "
                        "discovering one from the current folder up to the repository root")
    parser.add_argument("--no-config", action="store_true", help="ignore any configuration file")
    parser.add_argument("--verbose", action="store_true", help="print a traceback with errors")


def _size(value: str) -> int:
    """A number of bytes, with an optional k, M or G (powers of 1024)."""
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = value.strip().lower().removesuffix("b")
    scale = units.get(text[-1:], 1)
    try:
        number = int(text[:-1] if scale > 1 else text) * scale
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 500k, 8M)") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 500k, 8M)")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleaner", description="Strip site chrome from web text and repair its Unicode.")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean files, directories or stdin")
    clean.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; none or - reads stdin")
    clean.add_argument("-o", "--output", metavar="DIR",
                       help="write each cleaned file under DIR with its name (x.html becomes x.txt); "
                       "a .jsonl[.gz|.zst] or .parquet name: the one record input's output; stdin: the output file")
    _add_clean_options(clean)
    clean.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                       help="worker processes (default: all cores); output is identical to -j 1")
    clean.add_argument("--encoding", metavar="NAME", help="the documents' encoding (e.g. iso8859-2, cp1251) when "
                       "not UTF-8; without it another encoding is used only when it can be told for sure")
    clean.add_argument("--format", choices=("auto", "text", "html", "jsonl"), default="auto",
                       help="documents are text or HTML (auto: .html/.htm files are pages, .txt files and record "
                       "fields text; stdin and other files a page only if they open as one, with <!DOCTYPE html> or "
                       "<html>); jsonl: stdin is JSONL")
    clean.add_argument("--title", choices=("keep", "drop"), default="keep",
                       help="HTML: the page title is the first line (keep) or removed (drop)")
    clean.add_argument("--preset", choices=("balanced", "precision", "recall"), default="balanced",
                       help="HTML: trafilatura's precision/recall trade-off")
    clean.add_argument("--comments", action="store_true", help="HTML: keep the page's comment section")
    clean.add_argument("--text-field", default="text", metavar="NAME", help="records: the text field (default text)")
    clean.add_argument("--url-field", metavar="NAME", help="records: a field holding the page URL")
    clean.add_argument("--lang-field", metavar="NAME", help="records: a field holding the language")
    clean.add_argument("--drop-empty", action="store_true", help="records: drop records left without text")
    clean.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                       help="records: a malformed record fails its file, which gets no output (fail), "
                       "or is skipped and counted; other files go on either way")
    clean.add_argument("--max-document-size", type=_size, default=None, metavar="BYTES",
                       help="refuse, naming it, a document (a file, stdin, a record's JSON line) larger than this: "
                       "e.g. 500k, 8M, 1G (default 8M; 0: no limit)")
    clean.add_argument("--max-document-lines", type=int, default=None, metavar="N",
                       help="refuse, naming it, a document of more lines than this (default 200000; 0: no limit)")
    clean.add_argument("--audit", metavar="FILE", help="write every removal, fix and notice as JSON lines to FILE")
    clean.add_argument("--diff", action="store_true", help="print unified diffs instead of writing text")
    clean.add_argument("--progress", action="store_true", help="progress and summary on stderr (default: on a terminal)")
    clean.add_argument("--quiet", action="store_true", help="no closing summary")
    clean.add_argument("--dask", metavar="ADDRESS",
                       help="run on a Dask cluster (tcp://scheduler:8786) or a new local one (local:N): one output "
                       "shard per input shard under -o DIR; a rerun redoes only the missing shards")

    fix = sub.add_parser("fix", help="rewrite files in place, pre-commit style (exit 1 when a file changed)")
    fix.add_argument("paths", nargs="+", metavar="FILE")
    fix.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    fix.add_argument("--diff", action="store_true", help="print unified diffs; write nothing; exit 1 if any")
    fix.add_argument("--line-ending", choices=("lf", "crlf", "keep"),
                     help="line breaks written: keep (default) leaves each line's own, CRLF and CR included; "
                     "lf or crlf rewrite every break")
    _add_clean_options(fix)

    learn = sub.add_parser("learn", help="propose a site's rules from its pages (chrome repeats, articles do not)")
    learn.add_argument("paths", nargs="+", metavar="PATH", help="text or HTML files, folders, JSONL records")
    learn.add_argument("-o", "--output", required=True, metavar="FILE|DIR",
                       help="rules/sites/DOMAIN.yaml for one site, or a folder for one file per site")
    learn.add_argument("--site", metavar="DOMAIN", help="the site the pages belong to (default: their URL's domain, "
                       "else their folder's name)")
    learn.add_argument("--min-pages", type=int, default=5, metavar="N", help="a pattern must be on N pages (default 5)")
    learn.add_argument("--min-share", type=float, default=0.3, metavar="F",
                       help="... and on this share of the site's pages (default 0.3)")
    learn.add_argument("--url-field", default="url", metavar="NAME", help="records: the URL field (default url)")
    learn.add_argument("--text-field", default="text", metavar="NAME", help="records: the text field (default text)")
    learn.add_argument("--explain", action="store_true", help="say why each frequent line was held back")
    learn.add_argument("--verbose", action="store_true", help="print a traceback with errors")

    evaluate = sub.add_parser("eval", help="measure extraction and rules on labelled pages (html/ with gold.json "
                              "or snippets.json)")
    evaluate.add_argument("sets", nargs="+", metavar="SET", help="folders holding html/ and gold.json or snippets.json")
    evaluate.add_argument("--limit", type=int, metavar="N", help="the first N pages of each set (by id)")
    evaluate.add_argument("--title", choices=("keep", "drop"), default="drop",
                          help="drop (default): the page title is left out, as headlines in most golds; keep")
    evaluate.add_argument("--lost", action="store_true", help="list every article line the rules removed")
    evaluate.add_argument("--json", metavar="FILE", help="write every figure, and the lost lines, as JSON to FILE")
    evaluate.add_argument("--dump", metavar="FILE", help="write every extracted line as JSON lines to FILE: set, page, "
                          "line, text, gold (article text or not), rule (what removed it, if anything)")
    evaluate.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    evaluate.add_argument("--verbose", action="store_true", help="print a traceback with errors")
    _add_rule_options(evaluate)

    rules = sub.add_parser("rules", help="test or list rule sets")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    test = rules_sub.add_parser("test", help="run every rule's examples; exit 1 on a miss")
    test.add_argument("--min-examples", type=int, default=2, metavar="N",
                      help="each rule needs N drop and N keep examples (default 2)")
    _add_rule_options(test)
    listing = rules_sub.add_parser("list", help="list rules: id, file:line, action, description")
    listing.add_argument("--lang", help="only rules that apply to this language")
    listing.add_argument("--url", help="only rules that apply to this page")
    _add_rule_options(listing)
    return parser


def _config(args):
    from .config import Config, discover, load_file

    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"{path}: no such configuration file")
        return load_file(path) or Config(source=path)
    return discover()


def _settings(args, config, **document_options):
    """What to clean with, from the configuration file and the flags: flags win; rule
    directories and disabled ids from both add up."""
    from ..run.settings import Settings

    quotes = args.quotes or config.quotes
    return Settings(
        rules=(*config.rules, *args.rules), disable=(*config.disable, *args.disable),
        default_rules=config.default_rules and not args.no_default_rules, uncurl_quotes=quotes == "straighten",
        max_removal=_max_removal(args, config), lang=args.lang or config.lang, **document_options,
    )


def _max_removal(args, config) -> float:
    value = args.max_removal if args.max_removal is not None else config.max_removal
    if not 0 < value <= 1:
        raise UsageError(f"--max-removal is a share between 0 and 1, not {value}")
    return value


def _encoding(name: str | None) -> str | None:
    from ..io.decode import codec_name

    if name is None:
        return None
    try:
        codec_name(name)
    except LookupError:
        raise UsageError(f"--encoding: unknown text encoding {name!r}") from None
    return name


def cmd_clean(args) -> int:
    from ..run.clean import CleanError, run_clean
    from ..io.records import Fields

    settings = _settings(
        args, _config(args), url=args.url, doc_format=args.format if args.format != "jsonl" else "auto",
        title=args.title, preset=args.preset, comments=args.comments, explain=args.explain,
        fields=Fields(args.text_field, args.url_field, args.lang_field), drop_empty=args.drop_empty,
        **_limits(args), encoding=_encoding(args.encoding),
    )
    try:
        return run_clean(args, settings)
    except CleanError as exc:
        raise UsageError(str(exc)) from None


def _limits(args) -> dict:
    """The document limits given on the command line (the others keep Settings' defaults)."""
    limits = {"max_document_bytes": args.max_document_size, "max_document_lines": args.max_document_lines}
    if (args.max_document_lines or 0) < 0:
        raise UsageError(f"--max-document-lines is a number of lines, not {args.max_document_lines}")
    return {name: value for name, value in limits.items() if value is not None}


def cmd_fix(args) -> int:
    from ..run.fix import run_fix

    config = _config(args)
    return run_fix(args, _settings(args, config).build(), config)


def cmd_learn(args) -> int:
    from collections import Counter

    from ..matching.selftest import check_rule
    from ..io.files import atomic_write
    from ..learn import learn, read_pages, report, to_yaml
    from ..rules.core import parse_rule_file

    def pages():
        return read_pages(args.paths, args.site, args.url_field, args.text_field)

    if args.site:
        sites = [args.site.lower().removeprefix("www.")]
    else:
        census = Counter(page.site for page in pages())
        sites = sorted(site for site, n in census.items() if n >= args.min_pages)
        if not sites:
            raise UsageError(f"no site has {args.min_pages} pages or more in {', '.join(args.paths)}")
    output = Path(args.output)
    single = output.suffix in (".yaml", ".yml")
    if single and len(sites) != 1:
        raise UsageError(f"{output}: the pages come from {len(sites)} sites ({', '.join(sites[:5])}); "
                         "name one with --site, or give a folder")
    for site in sites:
        learned = learn(pages, site, args.min_pages, args.min_share)
        target = output if single else output / f"{site}.yaml"
        text = to_yaml(learned)
        ruleset = parse_rule_file(text, str(target), target.stem)  # what it writes, it can read
        failures = [str(f) for rule in ruleset.rules for f in check_rule(rule)]
        if failures:
            raise UsageError(f"{target}: a proposed rule fails its own examples: {failures[0]}")
        atomic_write(target, text.encode("utf-8"))
        print(f"{target}: {len(learned.proposals)} rules from {learned.pages} pages of {site}"
              f" ({len(learned.held_back)} frequent lines held back)")
        for line in report(learned, pages(), target):
            print(f"  {line}")
        if args.explain:
            for held in learned.held_back:
                print(f"  held back {held.example!r}: {held.reason}", file=sys.stderr)
    return EXIT_OK


def cmd_eval(args) -> int:
    import os

    import contextlib

    from ..evaluation import EvalError, Report, format_report, read_set, score_task
    from ..io.files import atomic_output, atomic_write
    from ..run.pool import ordered_map
    from ..run.settings import Settings

    try:
        pages = [page for folder in args.sets for page in read_set(Path(folder), args.limit)]
    except EvalError as exc:
        raise UsageError(str(exc)) from None
    settings = Settings(rules=tuple(args.rules), disable=tuple(args.disable), default_rules=not args.no_default_rules)
    settings.build()
    jobs = args.jobs or (os.cpu_count() or 1)
    report = Report()
    with contextlib.ExitStack() as stack:
        dump = stack.enter_context(atomic_output(Path(args.dump))) if args.dump else None
        tasks = ((page, args.title) for page in pages)
        for score in ordered_map(score_task, tasks, min(jobs, len(pages) or 1), settings):
            report.add(score)
            if dump is not None:
                dump.write("".join(json.dumps({"set": score.set_name, "page": score.page_id, "line": number,
                                               "text": text, "gold": gold, "rule": rule}, ensure_ascii=False) + "\n"
                                   for number, text, gold, rule in score.labelled).encode("utf-8"))
    for line in format_report(report):
        print(line)
    if args.lost:
        for set_name, lost in report.lost:
            print(f"lost {set_name}/{lost.page}:{lost.line} by {lost.rule}: {lost.text}")
    if args.json:
        atomic_write(Path(args.json), json.dumps(report.as_dict(), ensure_ascii=False, indent=1).encode("utf-8"))
    return EXIT_OK if not report.errors else EXIT_ERROR


def cmd_rules(args) -> int:
    from ..matching.selftest import check_rulebook
    from ..rules.core import load_rulebook

    book = load_rulebook(tuple(args.rules), frozenset(args.disable), not args.no_default_rules)
    if args.rules_command == "list":
        rules = book.all_rules()
        if args.lang or args.url:
            from ..pipeline import domain_of

            rules = book.select(args.lang, domain_of(args.url))[0]
        for rule in rules:
            if rule.id in book.disabled:
                continue
            print(f"{rule.id}\t{rule.source}:{rule.line}\t{rule.action}\t{rule.description}")
        return EXIT_OK
    count, examples, failures = check_rulebook(book)
    messages = [str(f) for f in failures]
    for rule in book.all_rules():
        if len(rule.drop_examples) < args.min_examples or len(rule.keep_examples) < args.min_examples:
            messages.append(f"{rule.source}:{rule.line}: rule {rule.id}: needs at least {args.min_examples} "
                            f"drop and {args.min_examples} keep examples "
                            f"(has {len(rule.drop_examples)} and {len(rule.keep_examples)})")
    for message in messages:
        print(message)
    print(f"{count} rules, {examples} examples: {'all pass' if not messages else f'{len(messages)} problems'}")
    return EXIT_OK if not messages else EXIT_CHANGED


def main(argv: list[str] | None = None) -> int:
    # Ctrl-C at any moment of the run is one line: reading the arguments and the imports the
    # commands make included.
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("cleaner: interrupted", file=sys.stderr)
        return 130


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    from .config import ConfigError
    from ..rules.core import RuleError

    try:
        handler = {"clean": cmd_clean, "fix": cmd_fix, "learn": cmd_learn, "rules": cmd_rules, "eval": cmd_eval}[args.command]
        return handler(args)
    except (RuleError, ConfigError, UsageError) as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the promise is one line, not a traceback
        if getattr(args, "verbose", False):
            raise
        print(f"cleaner: error: {type(exc).__name__}: {exc} (run with --verbose for the traceback)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
