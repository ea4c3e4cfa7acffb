"""What a run counts, its closing summary, and the progress bar it draws on stderr."""

from __future__ import annotations

import collections
import sys
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Stats:
    documents: int = 0
    changed: int = 0  # documents whose output differs from their input
    bytes_in: int = 0
    lines_removed: int = 0
    rules: collections.Counter = field(default_factory=collections.Counter)
    records_read: int = 0
    records_written: int = 0
    records_dropped: int = 0
    records_skipped: int = 0
    records_failed: int = 0  # read from a file that failed, and not written
    errors: int = 0
    # HTML pages (files or records) that yielded no text: counted among the documents, and said
    # (stdin's page is said as an error before any summary, and not counted here).
    no_text: int = 0
    # Files of a folder left alone, by reason ("not a type cleaner reads"): counted in the summary.
    skipped: collections.Counter = field(default_factory=collections.Counter)

    def add_result(self, result, size: int) -> None:
        self.documents += 1
        self.changed += bool(result.changed)
        self.bytes_in += size
        self.lines_removed += len(result.removals)
        self.rules.update(result.removal_counts())

    def merge(self, other: "Stats") -> None:
        for name in ("documents", "changed", "bytes_in", "lines_removed", "records_read", "records_written",
                     "records_dropped", "records_skipped", "records_failed", "errors", "no_text"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rules.update(other.rules)

    def summary(self, seconds: float, records: bool, listed: bool = False) -> list[str]:
        """The closing lines on stderr; ``listed``: the skipped files were named one by one (--explain)."""
        rate = self.documents / seconds if seconds > 0 else 0.0
        lines = [f"cleaner: {self.documents} documents ({self.changed} changed), {self.bytes_in / 1e6:.1f} MB in "
                 f"{seconds:.1f} s ({rate:.0f} documents/s); {self.lines_removed} lines removed"]
        if self.rules:
            top = ", ".join(f"{rule} {n}" for rule, n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
            lines.append(f"cleaner: top rules: {top}")
        if records:
            failed = f", {self.records_failed} in failed files" if self.records_failed else ""
            lines.append(f"cleaner: records: {self.records_read} read, {self.records_written} written, "
                         f"{self.records_dropped} dropped (empty), {self.records_skipped} skipped (malformed){failed}")
        if self.skipped:
            why = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])))
            hint = "" if listed else "; --explain lists them"
            lines.append(f"cleaner: {sum(self.skipped.values())} files skipped ({why}){hint}")
        if self.no_text:
            pages = "page" if self.no_text == 1 else "pages"
            lines.append(f"cleaner: {self.no_text} {pages} yielded no text")
        if self.errors:
            lines.append(f"cleaner: {self.errors} errors")
        return lines


class Progress:
    """The progress bar of a run (tqdm) on stderr: the input's bytes done of its total, the rate,
    the time left, and the documents cleaned. Off, it draws nothing; on, the lines a run says on
    stderr go above it (say), and it is gone before the summary."""

    def __init__(self, enabled: bool, total: int | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.bar = None
        self.done = 0  # the bytes of the files finished
        self.position: Callable[[], int] = lambda: 0  # how far into the file being read
        if enabled:
            import shutil

            from tqdm import tqdm

            # The size from the environment or the terminal, else 80 by 24: tqdm draws nothing on a
            # terminal that says it is 0 by 0 (a pseudo-terminal nobody sized).
            size = shutil.get_terminal_size()
            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=self.stream,
                            mininterval=0.5, ncols=size.columns, nrows=size.lines, leave=False, desc="cleaner")

    def reading(self, position: Callable[[], int]) -> None:
        """A file is being read: ``position()`` says how many of its bytes are done."""
        self.position = position

    def finished(self, size: int) -> None:
        """A file of ``size`` bytes is done."""
        self.done += size
        self.position = lambda: 0

    def update(self, stats: Stats) -> None:
        if self.bar is None:
            return
        self.bar.n = self.done + self.position()
        self.bar.set_postfix_str(f"{stats.documents} documents", refresh=False)
        self.bar.update(0)  # redraws when half a second has passed

    def say(self, text: str, stream=None) -> None:
        """Write ``text`` to stderr (or ``stream``: stdout on the same terminal) above the bar."""
        stream = stream or self.stream
        if not text:
            return
        if self.bar is None or (stream is not self.stream and not stream.isatty()):
            stream.write(text)  # no bar, or a file or pipe the bar is not drawn on
        else:
            self.bar.clear()
            stream.write(text)
            stream.flush()
            self.bar.refresh()

    def close(self, stats: Stats | None = None) -> None:
        """Draw the bar as the run ends (however fast it was), then clear it."""
        if self.bar is not None:
            if stats is not None:
                self.bar.n = self.done + self.position()
                self.bar.set_postfix_str(f"{stats.documents} documents", refresh=False)
                self.bar.refresh()
            self.bar.close()
