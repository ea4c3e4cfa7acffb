"""A file's text as ``cleaner fix`` leaves it: built from its own lines, not from
the cleaned text.

Cleaning normalises web text (lines stripped, spaces folded, blank lines
collapsed); a fixer must not. It takes from the cleaning only what it decided:
the lines its rules removed, and the lines whose characters it repaired. Those
lines go or get the repair on their content; each kept line keeps its
indentation, its trailing whitespace and its own line break, and everything else
stays byte for byte. Only a blank line that a removal leaves doubled goes too,
audited as ``doubled-blank-line``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .characters import repairs
from .characters import homoglyphs
from .data import c1_code_pages, invisible_chars
from .document import Fix, Notice, Removal, Result
from .matching.layout import DRAWN, drawn, kept_notice
from .text.lines import lines_with_breaks
from .text.markers import Protection, read_markers

BREAKS = {"keep": None, "lf": "\n", "crlf": "\r\n"}
_PASSES = 8  # repairs repeat until a line holds; a handful is always enough in practice
_SOURCE = "cleaner fix"


@dataclass(frozen=True)
class Line:
    number: int
    content: str
    end: str  # its line break, as in the file

    @property
    def blank(self) -> bool:
        return not self.content.strip()


def fix_text(text: str, cleaner, *, lang: str | None = None, url: str | None = None, name: str = "<text>",
             line_ending: str = "keep") -> Result:
    """``text`` fixed; the Result's audit says what went and what was repaired."""
    lines = [Line(n, content, end) for n, (content, end) in enumerate(lines_with_breaks(text), start=1)]
    protection = read_markers([line.content for line in lines])
    if protection.skip_file is not None:
        notice = Notice("marker", protection.skip_file, "cleaner: skip-file; the file is left as it is")
        return Result(text=text, lang=lang, removals=(), fixes=(), notices=(notice,), changed=False)
    result = cleaner.clean(text, lang=lang, url=url, name=name)
    removed, notices = _removals(result, protection)
    notices += keep_drawings(lines, removed)
    removed.update(doubled_blanks(lines, removed, protection.kept))
    repaired_lines = {f.line for f in result.fixes} - set(removed) - protection.kept
    kept_notices = [n for n in result.notices if n.line not in removed]
    out: list[str] = []
    line_fixes: list[Fix] = []
    offset = 0
    for line in lines:
        start, offset = offset, offset + len(line.content) + 1  # offsets count each break as one LF
        if line.number in removed:
            continue
        content = line.content
        if line.number in repaired_lines:
            content, found = repair_line(content, cleaner.uncurl_quotes)
            line_fixes += [Fix(step, line.number, detail, line.content, content, start, start + len(line.content))
                        for step, detail in found]
        end = BREAKS[line_ending] if line.end and BREAKS[line_ending] else line.end
        if not content and end == "\n" and out and out[-1].endswith("\r"):
            # Brought next to a CR-only break (by a removal, or a repair that emptied the
            # line), this LF would read as the end of a CRLF and the line would vanish.
            end = "\r"
        out.append(content + end)
    fixed = "".join(out)
    return Result(text=fixed, lang=result.lang, removals=tuple(removed[n] for n in sorted(removed)),
                  fixes=tuple(line_fixes), notices=tuple(sorted([*kept_notices, *notices], key=lambda n: n.line)),
                  changed=fixed != text, url=result.url)


def _removals(result: Result, protection: Protection) -> tuple[dict[int, Removal], list[Notice]]:
    """The removals to make, by line, and a notice for each a marker prevents. A removal
    opened by a marker line (the rest of a page after "Share this:") goes with it."""
    removed: dict[int, Removal] = {}
    notices: list[Notice] = []
    for removal in result.removals:
        keeper = removal.line if removal.line in protection.kept else removal.marker_line
        if keeper in protection.kept:
            notices.append(Notice("marker", removal.line, f"kept by {protection.reason(keeper)}; "
                                  f"{removal.rule_id} [{removal.rule_file}] would remove it"))
        else:
            removed[removal.line] = removal
    return removed, notices


def keep_drawings(lines: list[Line], removed: dict[int, Removal]) -> list[Notice]:
    """Take back the removals of the lines of a drawing or an aligned table (layout.drawn),
    which the file shows as written, with a notice each."""
    notices = []
    for number, removal in sorted(removed.items()):
        if drawn(lines[number - 1].content):
            del removed[number]
            notices.append(kept_notice(number, DRAWN, removal.rule_id, removal.rule_file))
    return notices


def doubled_blanks(lines: list[Line], removed: dict[int, Removal], kept: frozenset[int]) -> dict[int, Removal]:
    """The blank lines a removal leaves doubled, or at the file's start or end.

    Between two lines of text, the blank lines on either side of removed lines would
    meet: the first group stays, as the author spaced the text before the chrome. At
    the start, the blank lines before the first removal stay; at the end, the blank
    lines that led to the removed tail go. A line a marker keeps always stays.
    """
    extra: dict[int, Removal] = {}
    groups: list[list[Line]] = [[]]
    cut = False  # a removal since the last line of text
    before_text = True  # no line of text kept yet

    def settle(at_end: bool) -> None:
        if not cut:
            return
        if at_end:
            stays = None
        elif before_text:
            stays = 0
        else:
            stays = next((index for index, group in enumerate(groups) if group), None)
        for index, group in enumerate(groups):
            for line in group if index != stays else ():
                if line.number not in kept:
                    extra[line.number] = Removal("doubled-blank-line", _SOURCE, line.number, line.content)

    for line in lines:
        if line.number in removed:
            cut = True
            groups.append([])
        elif line.blank:
            groups[-1].append(line)
        else:
            settle(at_end=False)
            groups, cut, before_text = [[]], False, False
    settle(at_end=True)
    return extra


def repair_line(content: str, uncurl_quotes: bool = False) -> tuple[str, list[tuple[str, str]]]:
    """The line's characters repaired (ftfy, invisible characters, look-alike letters) to
    a fixed point; and each repair made, as (step, what).

    The whole line is repaired, as clean repairs it before stripping it: ftfy reads a
    sequence in its context ("voilÃ " is "voilà" whose no-break space became a space, and
    needs that space). Spaces and tabs are never a defect ftfy repairs, so indentation
    and trailing whitespace stay unless they are part of one.
    """
    if not content.strip():
        return content, []
    steps = repairs.repair_steps(invisible_chars(), uncurl_quotes, code_pages=c1_code_pages())
    found: list[tuple[str, str]] = []
    text = content
    for _ in range(_PASSES):
        before = text
        for step, repair in steps:
            fixed, detail = repair(text)
            if detail:
                found.append((step, detail))
                text = fixed
        text, swaps, _ = homoglyphs.repair_line(text)
        found += [("homoglyph", detail) for detail in swaps]
        if text == before:
            break
    return text, found
