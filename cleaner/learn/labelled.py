"""`cleaner eval --learn`: each site's chrome learned from a labelled set's own pages (their
HTML, never their gold), as `cleaner learn` learns it from a crawl, and written as rule files
for the scoring to read.

``all`` learns from every page and scores every page: in-sample, as a corpus builder runs
learn on the crawl they clean. ``held-out`` is a two-fold split: each site's pages, in the
order of their ids, alternate between two halves, and each half is scored with the rules
learned from the other, so that every page is scored by rules that never saw it and the
figures compare with a plain `cleaner eval` of the same sets.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .reader import Page


@dataclass
class Fold:
    rules: Path  # the folder of the rule files learned for this fold
    scored: list  # the labelled pages (evaluation.Page) scored with them
    lines: list[str]  # what was learned, one line a site
    files: int = 0  # the sites that got a rule file


def split(pages: list, sites: list[str], mode: str) -> list[tuple[list[int], list[int]]]:
    """(pages learned from, pages scored) as indexes of ``pages``, one pair a fold; ``sites[i]``
    is page i's site ('' for a page with no URL: it belongs to no site and is learned from by none)."""
    if mode == "all":
        everything = list(range(len(pages)))
        return [(everything, everything)]
    halves: tuple[list[int], list[int]] = ([], [])
    by_site: dict[str, list[int]] = {}
    for index, site in enumerate(sites):
        by_site.setdefault(site, []).append(index)
    for site, indexes in by_site.items():
        indexes.sort(key=lambda i: (pages[i].set_name, pages[i].page_id))
        for rank, index in enumerate(indexes):
            halves[rank % 2 if site else 0].append(index)
    return [(halves[1], sorted(halves[0])), (halves[0], sorted(halves[1]))]


def learn_sites(pages: list[Page], folder: Path, min_pages: int = 5,
                min_share: float = 0.3) -> tuple[list[str], int]:
    """`cleaner learn`'s rule file for each site with ``min_pages`` pages or more, written into
    ``folder`` (a site where no rule was found gets none): one line a site saying what it
    got, and how many files were written."""
    from ..io.files import atomic_write
    from . import check, mine, propose, to_yaml
    from .proposals import bundled_chrome

    def every_page() -> Iterable[Page]:
        return iter(pages)

    census = Counter(page.site for page in pages if page.site)
    known = bundled_chrome()
    lines, files = [], 0
    for site in sorted(site for site, count in census.items() if count >= min_pages):
        target = folder / f"{site}.yaml"
        checked = check(propose(mine(every_page, site, min_pages, min_share), known), every_page, str(target))
        learned = checked.learned
        if learned.proposals:
            atomic_write(target, to_yaml(learned).encode("utf-8"))
            files += 1
        lines.append(f"{site}: {len(learned.proposals)} rules from {learned.pages} pages"
                     f" ({len(learned.held_back)} frequent lines held back)")
    return lines, files


def folds(pages: list, read: Callable[[Iterable], Iterable[Page | None]], mode: str, folder: Path) -> list[Fold]:
    """The folds of ``mode`` for the labelled ``pages``, their rules learned into subfolders of
    ``folder``; ``read`` gives each labelled page's lines and site as learn reads an HTML page
    (None for a page that cannot be read: it is learned from by none and still scored)."""
    read_pages = list(read(pages))
    sites = [page.site if page is not None else "" for page in read_pages]
    out = []
    for number, (learn_from, scored) in enumerate(split(pages, sites, mode), start=1):
        rules = folder / (mode if mode == "all" else f"fold-{number}")
        rules.mkdir(parents=True, exist_ok=True)
        learned, files = learn_sites([read_pages[i] for i in learn_from if read_pages[i] is not None and sites[i]],
                                     rules)
        out.append(Fold(rules, [pages[i] for i in scored], learned, files))
    return out
