"""The records that travel through the pipeline and the audit they leave."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .text.lines import fold_spaces

if TYPE_CHECKING:
    from .io.page_facts import PageFacts


@dataclass(frozen=True)
class Removal:
    """One input line removed, and the rule that claimed it.

    ``line`` numbers the input text's lines from 1 (after line breaks are
    normalised to LF), so an audit points at what the user has on disk.
    ``marker_line`` is set when the line went with a tail or head cut opened
    by a marker rule on that line.
    """

    rule_id: str
    rule_file: str
    line: int
    text: str
    marker_line: int | None = None
    family: str | None = None
    start: int = 0  # character offsets of the line in the input (line breaks made LF)
    end: int = 0

    def as_dict(self) -> dict:
        entry = {"rule": self.rule_id, "file": self.rule_file, "line": self.line, "start": self.start,
                 "end": self.end, "text": self.text}
        if self.marker_line is not None:
            entry["marker_line"] = self.marker_line
        return entry


@dataclass(frozen=True)
class Fix:
    """One repair made to a line's characters (encoding, Unicode, look-alikes)."""

    step: str
    line: int
    detail: str
    before: str = ""
    after: str = ""
    start: int = 0  # character offsets of the line in the input (line breaks made LF)
    end: int = 0

    def as_dict(self) -> dict:
        return {"step": self.step, "line": self.line, "start": self.start, "end": self.end, "detail": self.detail,
                "before": self.before, "after": self.after}


@dataclass(frozen=True)
class Notice:
    """Something noticed and deliberately left alone (an ambiguous look-alike, a suspicious removal)."""

    step: str
    line: int
    message: str

    def as_dict(self) -> dict:
        return {"step": self.step, "line": self.line, "message": self.message}


@dataclass(slots=True)
class Line:
    number: int
    text: str
    removed_by: Removal | None = None
    start: int = 0
    end: int = 0

    @property
    def alive(self) -> bool:
        return self.removed_by is None


@dataclass
class Document:
    """A text on its way through the pipeline: its lines, what it is, and its audit."""

    lines: list[Line]
    lang: str | None = None
    lang_forced: bool = False
    url: str | None = None
    name: str = "<text>"
    fixes: list[Fix] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    # Every line stripped and its spaces folded (fixes.fold_spaces), as the character
    # repairs leave them: the steps after need not fold them again.
    folded: bool = False
    # Where each line stood in the HTML page it was extracted from (io.page_facts), for the
    # page rules; None for a text, which they leave alone.
    page: PageFacts | None = None
    # What a structural rule read from a line's text, by rule and text: each round of the
    # pipeline runs the rules again on the lines the last one left, and need not read them again.
    memo: dict = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str, **kwargs) -> Document:
        lines = []
        offset = 0
        for number, part in enumerate(text.split("\n"), start=1):
            lines.append(Line(number, part, None, offset, offset + len(part)))
            offset += len(part) + 1
        return cls(lines=lines, **kwargs)

    def alive(self) -> list[Line]:
        return [line for line in self.lines if line.removed_by is None]

    def line(self, number: int) -> Line | None:
        """The line numbered ``number`` (from 1), if it stands at its place among the lines."""
        line = self.lines[number - 1] if 0 < number <= len(self.lines) else None
        return line if line is not None and line.number == number else None

    def content(self) -> list[Line]:
        """Surviving lines that carry text: the ones zones and structure count."""
        if self.folded:
            return [line for line in self.lines if line.removed_by is None and line.text]
        return [line for line in self.lines if line.removed_by is None and line.text.strip()]

    def written(self) -> list[Line]:
        """Lines that carry text, removed or not."""
        if self.folded:
            return [line for line in self.lines if line.text]
        return [line for line in self.lines if line.text.strip()]

    def texts(self, lines: list[Line]) -> list[str]:
        """The texts of ``lines``, stripped and their spaces folded."""
        if self.folded:
            return [line.text for line in lines]
        return [fold_spaces(line.text) for line in lines]

    @property
    def removals(self) -> list[Removal]:
        return [line.removed_by for line in self.lines if line.removed_by is not None]


@dataclass(frozen=True)
class Result:
    """What :meth:`cleaner.Cleaner.clean` returns."""

    text: str
    lang: str | None
    removals: tuple[Removal, ...]
    fixes: tuple[Fix, ...]
    notices: tuple[Notice, ...]
    changed: bool
    encoding: str = "utf-8"
    url: str | None = None
    meta: dict | None = None  # page metadata from HTML: title, author, date, sitename

    def audit_entries(self, document: str) -> list[dict]:
        """One mapping per removal, repair and notice, for a JSONL audit."""
        entries = [{"document": document, "kind": "removal", **r.as_dict()} for r in self.removals]
        entries += [{"document": document, "kind": "fix", **f.as_dict()} for f in self.fixes]
        entries += [{"document": document, "kind": "notice", **n.as_dict()} for n in self.notices]
        return sorted(entries, key=lambda e: e["line"])

    def removal_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.rule_id] = counts.get(removal.rule_id, 0) + 1
        return dict(sorted(counts.items()))
