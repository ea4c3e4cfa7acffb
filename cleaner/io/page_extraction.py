"""trafilatura's extraction of a page's main text, run on the tree cleaner parsed.

``trafilatura.bare_extraction`` copies a tree it is given before cutting it up (a copy of the
whole page: 0.02-0.03 of the extraction's own time, docs/performance.md). cleaner reads the tree
before the extraction (metadata, the walk, the headings) and nothing after it, so ``in_place``
runs bare_extraction's steps for HTML mode's options on the tree itself, which it spoils. It is
used only when trafilatura's sequence has the signature it was written for; ``copied`` (the
public function) is the plain version, and tests/test_io_page_extraction.py holds them equal.
"""

from __future__ import annotations

import functools
import inspect


def copied(tree, url: str | None, comments: bool, favor_precision: bool = False,
           favor_recall: bool = False) -> tuple[str, object] | None:
    """The extracted text and trafilatura's body element (None when it extracts nothing),
    through ``bare_extraction``, which leaves ``tree`` whole."""
    import trafilatura

    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=comments, include_tables=True, deduplicate=False,
        with_metadata=False, favor_precision=favor_precision, favor_recall=favor_recall,
    )
    return None if document is None else (document.text, document.body)


@functools.cache
def _sequence():
    """trafilatura's extraction sequence, when it is the one ``in_place`` follows (else None)."""
    try:
        from trafilatura.core import trafilatura_sequence
    except ImportError:
        return None
    if list(inspect.signature(trafilatura_sequence).parameters) != ["tree", "options", "url"]:
        return None
    return trafilatura_sequence


def in_place_supported() -> bool:
    return _sequence() is not None


def in_place(tree, url: str | None, comments: bool, favor_precision: bool = False,
             favor_recall: bool = False) -> tuple[str, object] | None:
    """What ``copied`` gives, from ``tree`` itself: the tree is cut up and must not be read
    again. bare_extraction's steps for these options (no metadata, language or duplicate
    check); ``copied`` when this trafilatura's sequence is not the one they follow."""
    sequence = _sequence()
    if sequence is None:
        return copied(tree, url, comments, favor_precision, favor_recall)
    from lxml.etree import strip_tags
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(output_format="python", precision=favor_precision, recall=favor_recall,
                        comments=comments, tables=True, dedup=False, url=url)
    try:
        body, text, _, comments_text = sequence(tree, options, options.url)
        if options.max_tree_size:
            if len(body) > options.max_tree_size:
                strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and len(comments_text) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # as bare_extraction: a page it discards
        return None
    return xmltotxt(body, options.formatting), body
