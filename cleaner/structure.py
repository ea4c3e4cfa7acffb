"""Structural rules: chrome recognised by where lines stand, not by their words."""

from __future__ import annotations

import regex

from .document import Document, Line
from .fixes import fold_spaces
from .matching import remove_line
from .prose import is_dialogue
from .rules import StructureRule, zone_size

# What may stand between a breadcrumb and the title it is glued to.
_BREADCRUMB_JOINT = regex.compile(r"[\p{Ll}\p{Lu}\p{N}]$|\s*[›»>/|·•→:–—-]\s*$")


_RECENT_COPIES = 8


def repeated_block(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A run of lines that repeats an earlier run verbatim loses its later copy.

    Short repeats (a refrain, two identical bullets) stay: the run must hold at
    least ``min_chars`` characters to be a pasted-twice block rather than writing.
    """
    if len(set(texts)) == len(texts):  # no line twice, so no run of lines twice
        return 0
    first_seen: dict[str, list[int]] = {}
    removed = 0
    i = 0
    while i < len(texts):
        best = 0
        earlier = first_seen.get(texts[i], ())
        # The first copy and the latest few are where a pasted block comes from;
        # looking at every earlier copy of a line repeated thousands of times is quadratic.
        for j in (*earlier[:1], *earlier[-_RECENT_COPIES:]) if len(earlier) > _RECENT_COPIES + 1 else earlier:
            k = 0
            while i + k < len(texts) and j + k < i and texts[i + k] == texts[j + k]:
                k += 1
            best = max(best, k)
        if best and sum(len(t) for t in texts[i:i + best]) >= rule.min_chars:
            for line in lines[i:i + best]:
                remove_line(line, rule)
            removed += best
            i += best
            continue
        first_seen.setdefault(texts[i], []).append(i)
        i += 1
    return removed


def repeated_title(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The title printed twice in a row (page title, then article title) keeps one copy."""
    if len(texts) >= 2 and texts[0] == texts[1]:
        remove_line(lines[1], rule)
        return 1
    return 0


_TAIL = 3


def glued_title(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """A head line that is a short breadcrumb glued to the title ("Home ActualitéÉtats-Unis et …").

    The title must also stand alone in the head zone, be at least
    ``min_title_words`` long, and meet the prefix without a space or across a
    breadcrumb separator; only then is the glued line dropped.
    """
    head = texts[: zone_size(rule.head or 10, len(texts))]
    # A title ends a line only if their last few characters agree: each line is compared
    # with the titles that end as it does, not with every other head line.
    ending: dict[str, list[int]] = {}
    short: list[int] = []
    for t, title in enumerate(head):
        if len(title) >= _TAIL:
            ending.setdefault(title[-_TAIL:], []).append(t)
        else:
            short.append(t)
    removed = 0
    for a, text in enumerate(head):
        for t in (*ending.get(text[-_TAIL:], ()), *short):
            title = head[t]
            if t == a or not text.endswith(title) or len(title.split()) < rule.min_title_words:
                continue
            prefix = text[: -len(title)]
            if not prefix.strip() or len(prefix.split()) > rule.max_prefix_words:
                continue
            if _BREADCRUMB_JOINT.search(prefix):
                remove_line(lines[a], rule)
                removed += 1
                break
    return removed


# Two sentences in a line: a paragraph, not a headline.
_SENTENCE_BREAK = regex.compile(r"[.!?][»”\"']?\s+\p{Lu}")


def is_headline(text: str) -> bool:
    """A line that reads like a headline: it ends without a full stop or colon, holds one
    sentence, and is not dialogue ("— Tu viens ?", «Ты куда?»)."""
    return bool(text) and text[-1] not in ".:;," and not _SENTENCE_BREAK.search(text) and not is_dialogue(text)


def link_list(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The headlines listed under a related-links heading ("À lire aussi", then titles).

    Only a list that runs to the end of the document, or to the next chrome
    line, goes: a heading in mid-article followed by prose keeps the prose.
    """
    lines = doc.written()  # the removed ones too: the heading is one
    removed = 0
    for i, line in enumerate(lines):
        removal = line.removed_by
        if removal is None or removal.family != "related" or removal.marker_line is not None:
            continue
        run = []
        j = i + 1
        while j < len(lines) and lines[j].alive:
            text = fold_spaces(lines[j].text)
            if len(text.split()) > rule.max_words or not is_headline(text):
                break
            run.append(lines[j])
            j += 1
        if run and (j == len(lines) or not lines[j].alive):
            for listed in run:
                remove_line(listed, rule)
            removed += len(run)
    return removed


def repeated_headline(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """The headline or standfirst printed again inside the body (a caption or pull quote repeating it).

    Only copies between the top and the last line go: a title repeated as the
    very last line is the page title a site prints at the foot, kept as content.
    """
    heads = set()
    if texts and len(texts[0].split()) >= rule.min_title_words:
        heads.add(texts[0])
    # A standfirst is a paragraph, not a line of verse: short second lines are left alone.
    if len(texts) > 1 and len(texts[1].split()) >= 2 * rule.min_title_words:
        heads.add(texts[1])
    body = texts[2:-1]
    removed = 0
    for head in heads:
        # Printed again once or twice: an artefact. Three times or more: a refrain, written.
        if head not in body or texts[1:].count(head) >= 3:
            continue
        copies = [lines[i] for i in range(2, len(texts) - 1) if texts[i] == head]
        for line in copies:
            remove_line(line, rule)
        removed += len(copies)
    return removed


def chrome_tail(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Removes nothing itself: the rule says what the lines a tail or head marker cuts may
    hold (matching.tail_shape reads it)."""
    return 0


STEPS = {
    "chrome_tail": chrome_tail,
    "repeated_headline": repeated_headline,
    "link_list": link_list,
    "repeated_block": repeated_block,
    "repeated_title": repeated_title,
    "glued_title": glued_title,
}


def apply_structure_rules(doc: Document, rules: list[StructureRule]) -> int:
    """Each rule in turn, on the content lines (and their folded texts) the rules before it left."""
    lines = doc.content()
    texts = doc.texts(lines)
    removed = 0
    for rule in rules:
        taken = STEPS[rule.kind](doc, rule, lines, texts)
        if taken:
            kept = [i for i, line in enumerate(lines) if line.removed_by is None]
            lines, texts = [lines[i] for i in kept], [texts[i] for i in kept]
            removed += taken
    return removed
