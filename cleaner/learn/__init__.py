"""`cleaner learn`: mine a site's chrome from its pages and propose YAML rules (docs/learn.md).

``reader`` reads the pages, ``patterns`` folds lines into patterns, ``mining`` counts them
in two passes, ``proposals`` turns the frequent ones into rules, ``output`` writes the rule
file and checks it against the pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .mining import Candidate, HeldBack, Mined, mine
from .output import Checked, check, removals, report, to_yaml
from .patterns import CountMinSketch, pattern_of, regex_for, slots_of
from .proposals import Learned, Proposal, bundled_chrome, propose
from .reader import Corpus, Page, read_pages

__all__ = ["Candidate", "Checked", "Corpus", "CountMinSketch", "HeldBack", "Learned", "Mined", "Page", "Proposal",
           "check", "learn", "mine", "pattern_of", "propose", "read_pages", "regex_for", "removals", "report",
           "slots_of", "to_yaml"]


def learn(pages_factory: Callable[[], Iterable[Page]], site: str, min_pages: int = 5, min_share: float = 0.3,
          sketch: CountMinSketch | None = None) -> Learned:
    """The rules proposed for ``site`` from ``pages_factory()`` (called twice), before they are checked."""
    return propose(mine(pages_factory, site, min_pages, min_share, sketch), bundled_chrome())
