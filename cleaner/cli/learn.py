"""`cleaner learn`: propose a site's rules from its pages."""

from __future__ import annotations

import sys
from pathlib import Path

from .options import EXIT_OK, UsageError


def add_parser(sub) -> None:
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


def command(args) -> int:
    from collections import Counter

    from ..matching.selftest import check_rule
    from ..io.files import atomic_write, os_error_text, quote_name
    from ..learn import learn, read_pages, report, to_yaml
    from ..rules.loader import parse_rule_file

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
        try:
            atomic_write(target, text.encode("utf-8"))
        except OSError as exc:  # a folder on the way that is a file, say: one line, not a traceback's last
            raise UsageError(f"{quote_name(target)}: cannot write: {os_error_text(exc, target)}") from None
        print(f"{target}: {len(learned.proposals)} rules from {learned.pages} pages of {site}"
              f" ({len(learned.held_back)} frequent lines held back)")
        for line in report(learned, pages(), target):
            print(f"  {line}")
        if args.explain:
            for held in learned.held_back:
                print(f"  held back {held.example!r}: {held.reason}", file=sys.stderr)
    return EXIT_OK
