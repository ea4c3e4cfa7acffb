"""cleaner: strip site chrome from web text, repair its Unicode, and say what was removed.

    >>> from cleaner import Cleaner, clean_text
    >>> result = Cleaner().clean(text, lang=None, url=None)
"""

from .document import Fix, Notice, Removal, Result
from .pipeline import Cleaner, clean_text
from .rules import Rule, RuleBook, RuleError, RuleSet

__all__ = ["Cleaner", "clean_text", "Result", "Removal", "Fix", "Notice", "Rule", "RuleSet", "RuleBook", "RuleError"]
__version__ = "0.1.0"
