"""What the commands share: exit codes, the rule and cleaning flags, and settings built from
flags and the configuration file (flags win; rule directories and disabled ids add up)."""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK, EXIT_CHANGED, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


def add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", metavar="DIR", action="append", default=[],
                        help="also read every .yaml rule file under DIR (repeatable)")
    parser.add_argument("--disable", metavar="ID", action="append", default=[],
                        help="turn off the rule with this id (repeatable)")
    parser.add_argument("--no-default-rules", action="store_true", help="do not load the bundled rules")


def add_clean_options(parser: argparse.ArgumentParser) -> None:
    add_rule_options(parser)
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


def add_record_field_options(parser: argparse.ArgumentParser) -> None:
    """The record fields `clean` and `learn` read, with the same defaults: rules learned from a
    corpus's URLs are selected by the same URLs when it is cleaned."""
    parser.add_argument("--text-field", default="text", metavar="NAME", help="records: the text field (default text)")
    parser.add_argument("--url-field", default=None, metavar="NAME",
                        help="records: the field holding the page URL, which selects site rules (default url; "
                        "a dotted path such as metadata.url reaches into objects; '' for none); a field named "
                        "here that no record of a file has is an error")


def url_field_of(args) -> str | None:
    """The record field holding the URL: url unless --url-field names another ('' for none)."""
    return "url" if args.url_field is None else args.url_field or None


def url_optional(args) -> frozenset[str]:
    """The record fields whose absence is no error: the URL when --url-field was not given
    (records without one are cleaned without site rules)."""
    return frozenset({"url"}) if args.url_field is None else frozenset()


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-document-size", type=size, default=None, metavar="BYTES",
                        help="refuse, naming it, a document (a file, stdin, a record's JSON line) larger than this: "
                        "e.g. 500k, 8M, 1G (default 8M; 0: no limit)")
    parser.add_argument("--max-document-lines", type=int, default=None, metavar="N",
                        help="refuse, naming it, a document of more lines than this (default 200000; 0: no limit)")


def site_of(name: str | None) -> str | None:
    """A --site as rule sets name sites: a domain, lower-case, without "www."; a URL gives its domain."""
    from ..pipeline import domain_of

    if name is None:
        return None
    site = domain_of(name)
    if not site:
        raise UsageError(f"--site: not a domain: {name!r}")
    return site


def size(value: str) -> int:
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


def config_of(args):
    from .config import Config, discover, load_file

    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"{path}: no such configuration file")
        return load_file(path) or Config(source=path)
    return discover()


def settings_of(args, config, **document_options):
    """What to clean with, from the configuration file and the flags: flags win; rule
    directories and disabled ids from both add up."""
    from ..run.settings import Settings

    quotes = args.quotes or config.quotes
    settings = Settings(
        rule_dirs=(*config.rules, *args.rules), disable=(*config.disable, *args.disable),
        default_rules=config.default_rules and not args.no_default_rules, uncurl_quotes=quotes == "straighten",
        max_removal=_max_removal(args, config), lang=args.lang or config.lang, **document_options,
    )
    if settings.lang is not None:
        # A code no profile nor rule set knows ("english", "EN") would select no language's
        # rules, silently: refused, with the codes, before anything is read.
        try:
            settings.build().check_language(settings.lang)
        except ValueError as exc:
            where = "--lang" if args.lang else f"{config.source}: lang"
            raise UsageError(f"{where}: {exc}") from None
    return settings


def _max_removal(args, config) -> float:
    value = args.max_removal if args.max_removal is not None else config.max_removal
    if not 0 < value <= 1:
        raise UsageError(f"--max-removal is a share between 0 and 1, not {value}")
    return value


def encoding_of(name: str | None) -> str | None:
    from ..io.decode import codec_name

    if name is None:
        return None
    try:
        codec_name(name)
    except LookupError:
        raise UsageError(f"--encoding: unknown text encoding {name!r}") from None
    return name


def limits_of(args) -> dict:
    """The document limits given on the command line (the others keep Settings' defaults)."""
    limits = {"max_document_bytes": args.max_document_size, "max_document_lines": args.max_document_lines}
    if (args.max_document_lines or 0) < 0:
        raise UsageError(f"--max-document-lines is a number of lines, not {args.max_document_lines}")
    return {name: value for name, value in limits.items() if value is not None}
