"""`cleaner rules test|list`: the rules' own examples, and a listing."""

from __future__ import annotations

from .options import EXIT_CHANGED, EXIT_OK, add_rule_options


def add_parser(sub) -> None:
    rules = sub.add_parser("rules", help="test or list rule sets")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    test = rules_sub.add_parser("test", help="run every rule's examples; exit 1 on a miss")
    test.add_argument("--min-examples", type=int, default=2, metavar="N",
                      help="each rule needs N drop and N keep examples (default 2)")
    add_rule_options(test)
    listing = rules_sub.add_parser("list", help="list rules: id, file:line, action, description")
    listing.add_argument("--lang", help="only rules that apply to this language")
    listing.add_argument("--url", help="only rules that apply to this page")
    add_rule_options(listing)


def command(args) -> int:
    from ..matching.selftest import check_rulebook
    from ..rules.book import load_rulebook

    book = load_rulebook(tuple(args.rules), frozenset(args.disable), not args.no_default_rules)
    if args.rules_command == "list":
        rules, structure = book.all_rules(), book.all_structure()
        if args.lang or args.url:
            from ..pipeline import domain_of

            rules, structure = book.select(args.lang, domain_of(args.url))
        for rule in rules:
            if rule.id in book.disabled:
                continue
            print(f"{rule.id}\t{rule.source}:{rule.line}\t{rule.action}\t{rule.description}")
        # Structural and page rules: their kind stands where a line rule's action does.
        for rule in structure:
            print(f"{rule.id}\t{rule.source}:{rule.line}\t{rule.kind}\t{' '.join(rule.description.split())}")
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
