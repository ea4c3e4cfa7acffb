"""Running every rule's own examples: the test a rule author runs before a commit.

An example is one line, matched against the rule's pattern; or, when it holds several
lines, a document the rule is applied to as cleaning applies it (zones, cuts and all):
a drop example must lose a line to the rule, a keep example none. A tail marker's keep
examples are such documents: the marker in a story, with the story's prose after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .context import line_allows
from .line_rules import Matcher, apply_line_rules, may_mark, tail_shape
from ..text.prose import TailShape
from ..rules.book import RuleBook
from ..rules.model import Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    kind: str  # "drop" or "keep"
    example: str

    def __str__(self) -> str:
        what = {"drop": "drop example not matched", "keep": "keep example matched"}[self.kind]
        return f"{self.rule.source}:{self.rule.line}: rule {self.rule.id}: {what}: {self.example!r}"


def _matches(rule: Rule, example: str, tail: TailShape) -> bool:
    if "\n" in example.strip():
        return _removes_a_line(rule, example, tail)
    # A marker's line must also be one that may open a cut (a label, not a sentence); a line
    # alone has no neighbours, and its rule's context reads only the line itself.
    return rule.matches_text(example) and (rule.action == "drop_line" or may_mark(rule.kind, example)) and (
        rule.context is None or line_allows(rule.context, " ".join(example.split()), tail))


def _removes_a_line(rule: Rule, document: str, tail: TailShape) -> bool:
    """Whether the rule, alone, removes a line of the document."""
    doc = Document.from_text(document.strip())
    return apply_line_rules(doc, Matcher([rule], tail)) > 0


def check_rule(rule: Rule, tail: TailShape = TailShape()) -> list[ExampleFailure]:
    """The rule's failing examples; ``tail`` is what its cuts may take (its rule book's chrome_tail)."""
    failures = []
    for kind, examples, wanted in (("drop", rule.drop_examples, True), ("keep", rule.keep_examples, False)):
        for example in examples:
            if _matches(rule, example, tail) != wanted:
                failures.append(ExampleFailure(rule, kind, example))
    return failures


def check_rulebook(book: RuleBook) -> tuple[int, int, list[ExampleFailure]]:
    """(rules checked, examples run, failures)."""
    rules = book.all_rules()
    tail = tail_shape([r for s in book.sets for r in s.structure if r.id not in book.disabled])
    failures = [failure for rule in rules for failure in check_rule(rule, tail)]
    examples = sum(len(rule.drop_examples) + len(rule.keep_examples) for rule in rules)
    return len(rules), examples, failures
