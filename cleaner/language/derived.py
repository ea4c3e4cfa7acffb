"""A sample's language scores derived from those of the document's sample one round before.

The pipeline detects the language again in each round, on the lines the last round left; the
sample changes when a removed line was in it (lines after it then move in). Every n-gram
langdetect's reader takes lies within a word, and a line break ends a word, so a sample's scores
are the sums of its lines' scores (the line cut where the sample ends is a line like any other),
and a later sample's are the earlier one's minus the scores of the lines it lost and plus those of
the lines it gained. ``Scorer.prepared`` works line by line as well (links, addresses and
Vietnamese marks never span a line break, and a line break is kept), so the lines compared are
those of the two samples as it left them, whatever each decided about Latin letters.
tests/test_language_derived.py holds the derived scores equal to those of the whole sample.
"""

from __future__ import annotations

from collections import Counter


class Scored:
    """A document's last sample scored: its text as ``Scorer.prepared`` left it, and its scores."""

    __slots__ = ("prepared", "totals")

    def __init__(self):
        self.prepared: str = ""
        self.totals: list[int] | None = None

    def derived(self, prepared: str, vectors) -> list[int] | None:
        """The scores of ``prepared`` (a sample as ``Scorer.prepared`` leaves it) from this one's
        and ``vectors.difference`` of the lines that differ; None when there is no earlier sample,
        or when the lines that differ hold more characters than ``prepared``, which is then
        cheaper to score whole."""
        if self.totals is None:
            return None
        before, after = Counter(self.prepared.split("\n")), Counter(prepared.split("\n"))
        lost, gained = "\n".join((before - after).elements()), "\n".join((after - before).elements())
        if len(lost) + len(gained) > len(prepared):
            return None
        return [total + change for total, change in zip(self.totals, vectors.difference(gained, lost))]

    def keep(self, prepared: str, totals: list[int]) -> None:
        self.prepared, self.totals = prepared, totals
