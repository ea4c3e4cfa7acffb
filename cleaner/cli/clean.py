"""`cleaner clean`: flags to typed options for run.clean."""

from __future__ import annotations

import argparse

from .options import (UsageError, add_clean_options, add_limit_options, add_record_field_options, config_of,
                      encoding_of, limits_of, settings_of, site_of, url_field_of, url_optional)


def add_parser(sub) -> None:
    clean = sub.add_parser("clean", help="clean files, directories or stdin")
    clean.add_argument("paths", nargs="*", metavar="PATH", help="files or directories; none or - reads stdin")
    clean.add_argument("-o", "--output", metavar="DIR",
                       help="write each cleaned file under DIR with its name (x.html becomes x.txt); "
                       "a .jsonl[.gz|.zst] or .parquet name: the one record input's output; stdin: the output file; "
                       "- (the default): stdout")
    add_clean_options(clean)
    clean.add_argument("--site", metavar="DOMAIN", help="apply this site's rule sets (rules/sites/DOMAIN.yaml, or "
                       "what `cleaner learn --site DOMAIN` wrote) to every document, whatever its URL")
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
    add_record_field_options(clean)
    clean.add_argument("--lang-field", metavar="NAME", help="records: a field holding the language (e.g. "
                       "metadata.language); an error if no record of a file has it")
    clean.add_argument("--audit-field", default="cleaner", metavar="NAME",
                       help="records: where the cleaner object goes (default cleaner; a dotted path such as "
                       "metadata.cleaner puts it inside an object)")
    clean.add_argument("--drop-empty", action="store_true", help="records: drop records left without text")
    clean.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                       help="records: a malformed record fails its file, which gets no output (fail), "
                       "or is skipped and counted; other files go on either way")
    add_limit_options(clean)
    clean.add_argument("--audit", metavar="FILE", help="write every removal, fix and notice as JSON lines to FILE")
    clean.add_argument("--diff", action="store_true", help="print unified diffs instead of writing text (records: of each "
                       "changed record's text, named FILE:LINE)")
    clean.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="a progress bar (total, rate, time left) and the closing summary on stderr; "
                       "default: the bar when stderr is a terminal, the summary when writing to -o")
    clean.add_argument("--quiet", action="store_true", help="no closing summary")
    clean.add_argument("--dask", metavar="ADDRESS",
                       help="run on a Dask cluster (tcp://scheduler:8786) or a new local one (local:N): one output "
                       "shard per input shard under -o DIR (paths and -o may be fsspec URLs: s3://, gs://...); a "
                       "rerun redoes only the shards whose output is missing or whose input, rules or options changed")
    clean.add_argument("--force", action="store_true", help="--dask: redo every shard, even those up to date")


def command(args) -> int:
    from ..io.records import Fields
    from ..run.clean import CleanError, CleanOptions, run_clean

    try:
        fields = Fields(args.text_field, url_field_of(args), args.lang_field, args.audit_field,
                        optional=url_optional(args))
    except ValueError as exc:
        raise UsageError(f"--audit-field: {exc}") from None
    settings = settings_of(
        args, config_of(args), url=args.url, site=site_of(args.site),
        doc_format=args.format if args.format != "jsonl" else "auto",
        title=args.title, preset=args.preset, comments=args.comments, explain=args.explain,
        fields=fields, drop_empty=args.drop_empty,
        **limits_of(args), encoding=encoding_of(args.encoding),
    )
    output = None if args.output == "-" else args.output  # -o -: stdout, as with no -o
    options = CleanOptions(settings, tuple(args.paths), output, args.jobs, args.diff, args.audit, args.progress,
                           args.quiet, args.format == "jsonl", args.on_error, args.dask, args.force)
    try:
        return run_clean(options)
    except CleanError as exc:
        raise UsageError(str(exc)) from None
