"""`cleaner learn`: propose a site's rules from its pages."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .options import (EXIT_ERROR, EXIT_OK, UsageError, add_limit_options, add_record_field_options, encoding_of,
                      limits_of, site_of, url_field_of)


def add_parser(sub) -> None:
    learn = sub.add_parser("learn", help="propose a site's rules from its pages (chrome repeats, articles do not)")
    learn.add_argument("paths", nargs="+", metavar="PATH",
                       help="text or HTML files, folders, JSONL or Parquet records")
    learn.add_argument("-o", "--output", required=True, metavar="FILE|DIR",
                       help="rules/sites/DOMAIN.yaml for one site, or a folder for one file per site")
    learn.add_argument("--site", metavar="DOMAIN", help="learn this site's rules; pages with no URL (and HTML pages "
                       "with no canonical link) are its pages (default: every site with --min-pages pages; a page "
                       "without a URL belongs to the site its folder names)")
    learn.add_argument("--min-pages", type=int, default=5, metavar="N", help="a pattern must be on N pages (default 5)")
    learn.add_argument("--min-share", type=float, default=0.3, metavar="F",
                       help="... and on this share of the site's pages (default 0.3)")
    learn.add_argument("--format", choices=("auto", "text", "html"), default="auto",
                       help="documents are text or HTML pages (auto: .html/.htm files are pages, the rest text)")
    learn.add_argument("--encoding", metavar="NAME", help="the files' encoding when not UTF-8")
    add_record_field_options(learn)
    add_limit_options(learn)
    learn.add_argument("--explain", action="store_true", help="also print each rule's match on stderr")
    learn.add_argument("--verbose", action="store_true", help="print a traceback with errors")


def command(args) -> int:
    from ..io.records import Fields
    from ..learn import Corpus
    from ..run.settings import Settings

    if args.min_pages < 1 or not 0 <= args.min_share <= 1:
        raise UsageError("--min-pages is a number of pages (1 or more) and --min-share a share between 0 and 1")
    settings = Settings(fields=Fields(args.text_field, url_field_of(args)), doc_format=args.format,
                        encoding=encoding_of(args.encoding), **limits_of(args))

    def error(message: str) -> None:
        print(f"cleaner: error: {message}", file=sys.stderr)

    corpus = Corpus(tuple(args.paths), site_of(args.site), settings, error)
    try:
        _learn(args, corpus)
    finally:
        corpus.close()
    return EXIT_ERROR if corpus.errors else EXIT_OK


def _learn(args, corpus) -> None:
    from ..io.files import atomic_write, os_error_text, quote_name
    from ..learn import check, mine, propose, report, to_yaml
    from ..learn.proposals import bundled_chrome

    if args.site:
        sites = [corpus.site]
    else:
        census = Counter(page.site for page in corpus.pages())
        sites = sorted(site for site, n in census.items() if n >= args.min_pages)
        if not sites:
            raise UsageError(f"no site has {args.min_pages} pages or more in {', '.join(args.paths)}")
    output = Path(args.output)
    single = output.suffix in (".yaml", ".yml")
    if single and len(sites) != 1:
        raise UsageError(f"{output}: the pages come from {len(sites)} sites ({', '.join(sites[:5])}); "
                         "name one with --site, or give a folder")
    known = bundled_chrome()
    for site in sites:
        target = output if single else output / f"{site}.yaml"
        mined = mine(corpus.pages, site, args.min_pages, args.min_share)
        if not mined.pages:
            raise UsageError(f"no page of {site} in {', '.join(args.paths)} (a page with a URL is its domain's)")
        checked = check(propose(mined, known), corpus.pages, str(target))
        learned = checked.learned
        if not learned.proposals and not single:  # one file per site: a site without chrome gets none
            print(f"{site}: no rules from {learned.pages} pages, no file written"
                  f" ({len(learned.held_back)} frequent lines held back)")
            for line in report(checked):
                print(f"  {line}")
            continue
        try:
            atomic_write(target, to_yaml(learned).encode("utf-8"))
        except OSError as exc:  # a folder on the way that is a file, say: one line, not a traceback's last
            raise UsageError(f"{quote_name(target)}: cannot write: {os_error_text(exc, target)}") from None
        merged = f", {learned.merged} lines merged into others' rules" if learned.merged else ""
        print(f"{target}: {len(learned.proposals)} rules from {learned.pages} pages of {site}"
              f" ({len(learned.held_back)} frequent lines held back{merged})")
        for line in report(checked):
            print(f"  {line}")
        if args.explain:
            for proposal in learned.proposals:
                print(f"  {proposal.rule_id}: {proposal.kind} {' | '.join(proposal.values)}", file=sys.stderr)
