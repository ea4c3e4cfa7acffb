"""`cleaner fix`: flags and configuration to typed options for run.fix."""

from __future__ import annotations

from .options import add_clean_options, config_of, settings_of


def add_parser(sub) -> None:
    fix = sub.add_parser("fix", help="rewrite files in place, pre-commit style (exit 1 when a file changed)")
    fix.add_argument("paths", nargs="+", metavar="FILE")
    fix.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    fix.add_argument("--diff", action="store_true", help="print unified diffs; write nothing; exit 1 if any")
    fix.add_argument("--line-ending", choices=("lf", "crlf", "keep"),
                     help="line breaks written: keep (default) leaves each line's own, CRLF and CR included; "
                     "lf or crlf rewrite every break")
    add_clean_options(fix)


def command(args) -> int:
    from ..run.fix import FixOptions, Selection, run_fix

    config = config_of(args)
    settings = settings_of(args, config)
    settings.build()  # a bad rule stops the run before the configuration's exclusions are read
    selection = Selection(tuple(config.suffixes), config.exclusion(), config.skip_known_files)
    options = FixOptions(tuple(args.paths), settings, selection, lang=args.lang or config.lang, url=args.url,
                         line_ending=args.line_ending or config.line_ending, explain=args.explain,
                         check=args.check, diff=args.diff)
    return run_fix(options)
