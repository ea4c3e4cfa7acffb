"""The document limits: a document over a size or a line count is refused by name."""

from __future__ import annotations

from pathlib import Path

from ..text.lines import nel_breaks
from .settings import Settings


class DocumentTooLarge(ValueError):
    """A document over --max-document-size or --max-document-lines; ``str()`` says which and by how much."""


def too_large(limit: int, size: int | None = None) -> DocumentTooLarge:
    """The refusal of a document over ``limit`` bytes (``size`` None: known only to be larger,
    from a read that stopped there)."""
    told = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return DocumentTooLarge(f"{told}, over the document size limit of {limit:,} (--max-document-size)")


def check_size(size: int, settings: Settings) -> None:
    if settings.max_document_bytes and size > settings.max_document_bytes:
        raise too_large(settings.max_document_bytes, size)


def line_count(text: str) -> int:
    """The lines the pipeline makes of ``text``: its line breaks as fixes.normalise_line_breaks reads them."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return 1 + breaks + nel_breaks(text) + text.count("\u2028") + text.count("\u2029")


def check_lines(text: str, settings: Settings) -> None:
    limit = settings.max_document_lines
    if limit and (lines := line_count(text)) > limit:
        raise DocumentTooLarge(f"{lines:,} lines, over the document line limit of {limit:,} (--max-document-lines)")


def read_document(path: Path, settings: Settings) -> bytes:
    """The bytes of a file, refused from its size before they are read, and read no further
    than the limit (a file can grow, and a pipe or /proc file has no size to ask)."""
    import os

    limit = settings.max_document_bytes
    with open(path, "rb") as handle:
        check_size(os.fstat(handle.fileno()).st_size, settings)
        data = handle.read(limit + 1) if limit else handle.read()
    if limit and len(data) > limit:
        raise too_large(limit)
    return data
