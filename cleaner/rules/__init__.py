"""The rule sets as data: the model (model.py), line keys (keys.py), the YAML loader
(loader.py), the rule book that selects rules (book.py), and rule regexes (rule_regex.py,
regex_index.py, regex_facts.py). The names below are the ones cleaner.rules always had."""

from .book import RuleBook, load_rulebook
from .loader import parse_rule_file
from .model import Rule, RuleError, RuleSet, StructureRule

__all__ = ["Rule", "RuleBook", "RuleError", "RuleSet", "StructureRule", "load_rulebook", "parse_rule_file"]
