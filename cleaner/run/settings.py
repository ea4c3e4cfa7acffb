"""What a run cleans with: the typed settings every worker gets, and the Cleaner they build."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..bounded import BoundedCache
from ..io.records import Fields
from ..pipeline import MAX_REMOVAL, Cleaner, as_names
from ..rules.book import book_from_sources, rule_sources

# Cleaning holds a few copies of a document's text and an object per line (about 20 bytes
# a character on one long line, 250 to 350 bytes a line on short ones): documents beyond
# these are refused, named, rather than let one hostile input take the machine's memory.
# Web pages are far smaller (Common Crawl cuts pages at 1 MiB); a long book fits.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
MAX_DOCUMENT_LINES = 200_000


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs: picklable, so it travels to every process once."""

    rule_dirs: tuple[str, ...] = ()  # folders of rule files read besides (or instead of) the bundled ones
    disable: tuple[str, ...] = ()
    default_rules: bool = True
    uncurl_quotes: bool = False
    max_removal: float = MAX_REMOVAL
    lang: str | None = None
    url: str | None = None
    site: str | None = None  # --site: the site whose rule sets apply to every document, whatever its URL
    doc_format: str = "auto"
    title: str = "keep"
    preset: str = "balanced"
    comments: bool = False
    explain: bool = False
    fields: Fields = Fields()
    drop_empty: bool = False
    max_document_bytes: int = MAX_DOCUMENT_BYTES  # 0: no limit
    max_document_lines: int = MAX_DOCUMENT_LINES  # 0: no limit
    encoding: str | None = None  # --encoding: the documents' encoding, not guessed
    # The rule files' texts, for workers on other machines: with them a worker
    # needs no access to the client's rule directories, and uses its rules.
    sources: tuple = ()

    def __post_init__(self):
        # Lists (as the library's callers write them) would make the settings unhashable,
        # and the per-process Cleaner cache keys on them.
        object.__setattr__(self, "rule_dirs", as_names(self.rule_dirs))
        object.__setattr__(self, "disable", as_names(self.disable))

    def build(self):
        """The Cleaner these settings describe; one per process and settings."""
        cleaner = _cleaners.get(self)
        if cleaner is None:
            rulebook = book_from_sources(self.sources, frozenset(self.disable)) if self.sources else None
            cleaner = Cleaner(rule_dirs=self.rule_dirs, disable=self.disable, default_rules=self.default_rules,
                              uncurl_quotes=self.uncurl_quotes, rulebook=rulebook, max_removal=self.max_removal)
            _cleaners.add(self, cleaner)
        return cleaner

    def with_sources(self) -> "Settings":
        """These settings carrying the rule texts themselves (read now, on the client)."""
        return replace(self, sources=rule_sources(tuple(self.rule_dirs), self.default_rules))


_cleaners = BoundedCache(1)  # settings -> their Cleaner, in this process: one job's rules at a time
