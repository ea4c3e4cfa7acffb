"""What a run counts, and the progress line it draws on stderr."""

from __future__ import annotations

import collections
import sys
import time
from dataclasses import dataclass, field


@dataclass
class Stats:
    documents: int = 0
    bytes_in: int = 0
    lines_removed: int = 0
    rules: collections.Counter = field(default_factory=collections.Counter)
    records_read: int = 0
    records_written: int = 0
    records_dropped: int = 0
    records_skipped: int = 0
    records_failed: int = 0  # read from a file that failed, and not written
    errors: int = 0

    def add_result(self, result, size: int) -> None:
        self.documents += 1
        self.bytes_in += size
        self.lines_removed += len(result.removals)
        self.rules.update(result.removal_counts())

    def merge(self, other: "Stats") -> None:
        for name in ("documents", "bytes_in", "lines_removed", "records_read", "records_written",
                     "records_dropped", "records_skipped", "records_failed", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rules.update(other.rules)

    def summary(self, seconds: float, records: bool) -> list[str]:
        rate = self.documents / seconds if seconds > 0 else 0.0
        lines = [f"cleaner: {self.documents} documents, {self.bytes_in / 1e6:.1f} MB in {seconds:.1f} s "
                 f"({rate:.0f} documents/s); {self.lines_removed} lines removed"]
        if self.rules:
            top = ", ".join(f"{rule} {n}" for rule, n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
            lines.append(f"cleaner: top rules: {top}")
        if records:
            failed = f", {self.records_failed} in failed files" if self.records_failed else ""
            lines.append(f"cleaner: records: {self.records_read} read, {self.records_written} written, "
                         f"{self.records_dropped} dropped (empty), {self.records_skipped} skipped (malformed){failed}")
        if self.errors:
            lines.append(f"cleaner: {self.errors} errors")
        return lines


class Progress:
    """A one-line progress report on stderr, redrawn at most twice a second."""

    def __init__(self, enabled: bool, stream=None):
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, stats: Stats) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        self.stream.write(f"\r{stats.documents} documents, {stats.bytes_in / 1e6:.1f} MB, "
                          f"{stats.documents / elapsed:.0f} documents/s ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            self.stream.write("\n")
