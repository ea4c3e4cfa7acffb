"""cleaner: strip site chrome from web text, repair its Unicode, and say what was removed.

    >>> from cleaner import Cleaner, clean_text
    >>> result = Cleaner().clean(text, lang=None, url=None)
"""

from typing import TYPE_CHECKING

__all__ = ["Cleaner", "clean_text", "Result", "Removal", "Fix", "Notice", "Rule", "RuleSet", "RuleBook", "RuleError"]

# The module each public name comes from, imported on first use: `python -m cleaner` then
# reaches the command line's Ctrl-C handler before the pipeline's modules load.
_HOMES = {"Cleaner": "pipeline", "clean_text": "pipeline", "Result": "document", "Removal": "document",
          "Fix": "document", "Notice": "document", "Rule": "rules.model", "RuleSet": "rules.model",
          "RuleBook": "rules.book", "RuleError": "rules.model"}

if TYPE_CHECKING:
    from .document import Fix, Notice, Removal, Result
    from .pipeline import Cleaner, clean_text
    from .rules.book import RuleBook
    from .rules.model import Rule, RuleError, RuleSet


def __getattr__(name: str):
    if name == "__version__":
        from .distribution import version

        return version()
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
