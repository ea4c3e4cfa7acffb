"""A document's characters repaired line by line: ftfy, invisible characters, look-alike letters."""

from __future__ import annotations

from ..data import c1_code_pages, invisible_chars
from ..document import Document, Fix, Notice
from ..text.lines import fold_spaces, joined, lines_with
from . import ftfy_shortcut, homoglyphs, repairs


_REPAIR_PASSES = 4


def repair_characters(doc: Document, uncurl_quotes: bool = False, shortcut: bool = True) -> None:
    """ftfy, invisible characters and look-alike letters, on each line, to a fixed point.

    ftfy goes first: mojibake such as "Ã\xad" (í read as cp1252) holds a soft
    hyphen that must still be there for ftfy to recognise it. Removing a
    character, or folding spaces as the output will, can make a sequence ftfy
    would read differently, so the passes repeat until the line holds: what
    comes out is what a second cleaning would leave as it is. Lines none of these
    can change are found by a few scans of the whole text and only have their
    spaces folded; ``shortcut=False`` asks ftfy about every line
    (repairs.repair_unicode), as the tests do to compare.
    """
    invisible = invisible_chars()
    todo: set[int] | range = range(len(doc.lines))
    for_ftfy = todo
    if shortcut and not uncurl_quotes:
        # Tabs read as the spaces folding makes them: "Â A>" is mojibake, "Â<tab>A>" is not.
        for_ftfy, others = lines_to_repair([line.text.replace("\t", " ") for line in doc.lines], invisible)
        todo = for_ftfy | others
        for i, line in enumerate(doc.lines):
            if i not in todo:
                line.text = fold_spaces(line.text)
    steps = repairs.repair_steps(invisible, uncurl_quotes, shortcut, c1_code_pages())
    for i in sorted(todo):
        line = doc.lines[i]
        text = line.text
        noted: set[str] = set()
        for n in range(_REPAIR_PASSES):
            before = text
            for step, repair in steps:
                if n == 0 and step == "unicode" and i not in for_ftfy:
                    continue  # already known to hold nothing for ftfy
                fixed, detail = repair(text)
                if detail:
                    doc.fixes.append(Fix(step, line.number, detail, text, fixed, line.start, line.end))
                    text = fixed
            fixed, swaps, ambiguous = homoglyphs.repair_line(text)
            for detail in swaps:
                doc.fixes.append(Fix("homoglyph", line.number, detail, text, fixed, line.start, line.end))
            for message in ambiguous:
                if message not in noted:
                    noted.add(message)
                    doc.notices.append(Notice("homoglyph", line.number, message))
            text = fold_spaces(fixed)
            if text == before:
                break
        line.text = text
    doc.folded = True


def lines_to_repair(texts: list[str], invisible: frozenset[str]) -> tuple[set[int], set[int]]:
    """The lines with something for ftfy, and those with an invisible character or a letter of
    another script, one scan for each check. The others need only their spaces folded: folding
    never joins characters a space kept apart, so it makes no sequence these checks would find."""
    # A line of ASCII (told without reading it) is NFC and holds no invisible character
    # (repairs.holds_any), no letter of another script, and nothing ftfy's badness test
    # begins with (ftfy_shortcut._badness_suspects). Plain ASCII has nothing for any repair (ftfy
    # is not even imported); else one scan finds the entities and control characters for ftfy.
    wide = [i for i, line in enumerate(texts) if not line.isascii()]
    narrow = [i for i, line in enumerate(texts) if line.isascii()] if wide else range(len(texts))
    for_ftfy: set[int] = set()
    lines = [texts[i] for i in narrow] if wide else texts
    text, starts = joined(lines)
    if not wide and ftfy_shortcut.plain(text):
        return for_ftfy, set()
    found = ftfy_shortcut.ftfy_signs()
    if not ftfy_shortcut.plain(text):
        for_ftfy = {narrow[j] for j in lines_with(found.starts, text, starts) if found.signs.search(lines[j])}
    if found.suspects is None:  # then ftfy_shortcut.lines_for_ftfy reads every line
        for_ftfy.update(i for i in narrow if found.badness.search(texts[i]))
    if not wide:
        return for_ftfy, set()
    # One scan of the other lines for three kinds of character: where a sign for ftfy begins,
    # an invisible one, a letter of the Cyrillic or Greek blocks; then each line found is
    # asked which it holds.
    lines = [texts[i] for i in wide]
    text, starts = joined(lines)
    searched = ftfy_shortcut.union(found.starts, repairs.any_of(invisible), homoglyphs.BLOCKS)
    marked = lines_with(searched, text, starts)
    others = {wide[j] for j in marked if repairs.holds_any(lines[j], invisible) or homoglyphs.mixes_scripts(lines[j])}
    signed = {j for j in marked if found.signs.search(lines[j])}
    for_ftfy.update(wide[j] for j in ftfy_shortcut.lines_for_ftfy(lines, text, starts, signed))
    return for_ftfy, others
