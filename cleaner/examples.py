"""Running every rule's own examples: the test a rule author runs before a commit."""

from __future__ import annotations

from dataclasses import dataclass

from .rules import Rule, RuleBook


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    kind: str  # "drop" or "keep"
    example: str

    def __str__(self) -> str:
        what = {"drop": "drop example not matched", "keep": "keep example matched"}[self.kind]
        return f"{self.rule.source}:{self.rule.line}: rule {self.rule.id}: {what}: {self.example!r}"


def check_rule(rule: Rule) -> list[ExampleFailure]:
    failures = []
    for kind, examples, wanted in (("drop", rule.drop_examples, True), ("keep", rule.keep_examples, False)):
        for example in examples:
            if rule.matches_text(example) != wanted:
                failures.append(ExampleFailure(rule, kind, example))
    return failures


def check_rulebook(book: RuleBook) -> tuple[int, int, list[ExampleFailure]]:
    """(rules checked, examples run, failures)."""
    rules = book.all_rules()
    failures = [failure for rule in rules for failure in check_rule(rule)]
    examples = sum(len(rule.drop_examples) + len(rule.keep_examples) for rule in rules)
    return len(rules), examples, failures
