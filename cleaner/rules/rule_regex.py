"""Rule regexes in the ``regex`` module's dialect, run by RE2 in time linear in the line.

A backtracking engine can take exponential time on one line, and a bound on wall-clock
time makes the output depend on the machine's load. RE2 never backtracks, but its
``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII-only, its Unicode tables are of another
version than the ``regex`` module's, and its case folding is its own. So a pattern is
parsed here and written again for RE2 with nothing left to its reading:

* every character class (``[...]``, ``\\w``, ``\\p{Lu}``, ``.``), and every literal
  under ``(?i)``, becomes an explicit list of code point ranges, computed by asking the
  ``regex`` module which characters it matches (case-blind where the pattern is), and
  the pattern is compiled case-sensitively;
* ``\\b`` and ``\\B`` are rewritten away (see ``_drop_boundaries``): a boolean search
  needs no look-around to tell what stands beside a position;
* a construct RE2 cannot run in linear time (look-around, back-references, possessive
  quantifiers, atomic groups, recursion, fuzzy matching) is refused with a one-line
  ``Unsupported`` message saying which.

Only ``search(...) is not None`` is meaningful for a translation: where a match begins
and ends may differ, never whether there is one. A line is searched (it holds no line
break, so ``$`` is the end of the text, as ``regex`` reads it on such a text).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex
import re2

from .regex_syntax import (
    BOUNDARY, END, NOT_BOUNDARY, START, Alt, Anchor, Chars, Ranges, Repeat, Seq, Unsupported, _Parser, complement,
    intersect, word,
)


# --- \b and \B, rewritten away ----------------------------------------------------------
#
# A search asks only whether some span of the line matches. "\b" at a place in the pattern
# says: the character before it is a word character and the one after it is not, or the
# reverse (the line's edges count as not word). Both neighbours are characters the
# pattern itself reads, except at its two ends. So "L \b R" is the union of
# "L ending on a word character, R beginning with a non-word one (or the line's end)"
# and the reverse; "L ending on a set S" is computed on L's parse (its last character
# set is cut to S, a repeat gives its last copy to the cut), and so is "R beginning with
# S". Where L may match nothing, the condition falls on the character before the match:
# a search for P whose match must follow a character of S (or begin the line) finds one
# exactly when a search for "(?:^|[S])P" does, since that match either begins the line
# or begins one character earlier, on a character of S. The same holds at the end with
# "(?:[S]|$)". No look-around is left, and the lines that match are the same.


@dataclass(frozen=True)
class Edge:
    """The character beside a match, consumed: one of ``chars``, or the line's edge if ``edge``."""
    chars: Ranges
    edge: bool
    before: bool  # before the match (else after it)


def _has_boundary(item) -> bool:
    if isinstance(item, Anchor):
        return item.kind in ("boundary", "not-boundary")
    if isinstance(item, Alt):
        return any(_has_boundary(i) for branch in item.branches for i in branch.items)
    if isinstance(item, Repeat):
        return _has_boundary(item.item)
    return False


_MOST_BRANCHES = 512


def _flatten(seq: Seq) -> list[tuple]:
    """The sequence as a union of sequences whose word boundaries all stand at their top level."""
    found: list[tuple] = [()]
    for item in seq.items:
        options = _options(item)
        found = [done + more for done in found for more in options]
        if len(found) > _MOST_BRANCHES:
            raise Unsupported("too many word boundaries (\\b) in alternatives")
    return found


def _options(item) -> list[tuple]:
    if not _has_boundary(item) or isinstance(item, Anchor):
        return [(item,)]
    if isinstance(item, Alt):
        return [flat for branch in item.branches for flat in _flatten(branch)]
    if item.high == 1 and item.low <= 1:  # (?:...)? is (?:|...)
        return ([()] if item.low == 0 else []) + _options(item.item)
    raise Unsupported("a word boundary (\\b, \\B) inside a repeat")


def _drop_boundaries(pattern: Alt) -> Alt:
    if not _has_boundary(pattern):
        return pattern
    found = [items for branch in pattern.branches for flat in _flatten(branch) for items in _without_boundaries(flat)]
    if not found:  # no way to stand by its boundaries ("a\\ba"): the pattern matches no line
        return Alt((Seq((Chars(()),)),))
    return Alt((_factored(list(dict.fromkeys(found))),))


def _factored(sequences: list[tuple]) -> Seq:
    """The union of ``sequences`` with the beginnings and ends they share written once:
    the rewriting above copies what stands around each \b into every alternative."""
    if len(sequences) == 1:
        return Seq(sequences[0])
    head = _shared(sequences)
    rest = [items[head:] for items in sequences]
    tail = _shared([items[::-1] for items in rest])
    middles = [items[:len(items) - tail] for items in rest]
    groups: dict = {}
    for items in middles:  # the middles that begin alike, factored again
        groups.setdefault(items[:1], []).append(items)
    branches = tuple(_factored(group) if len(group) > 1 and key else Seq(group[0]) if len(group) == 1 else
                     Alt(tuple(Seq(g) for g in group)) for key, group in groups.items())
    middle = branches[0].items if len(branches) == 1 and isinstance(branches[0], Seq) else (Alt(branches),)
    return Seq(sequences[0][:head] + middle + (rest[0][len(rest[0]) - tail:] if tail else ()))


def _shared(sequences: list[tuple]) -> int:
    """How many items all the sequences begin with."""
    shortest = min(map(len, sequences))
    count = 0
    while count < shortest and all(items[count] == sequences[0][count] for items in sequences):
        count += 1
    return count


def _without_boundaries(items: tuple) -> list[tuple]:
    where = next((k for k, item in enumerate(items) if item in (BOUNDARY, NOT_BOUNDARY)), None)
    if where is None:
        return [items]
    word_chars, other = word(), complement(word())
    if items[where] is BOUNDARY:
        sides = ((word_chars, False, other, True), (other, True, word_chars, False))
    else:
        sides = ((word_chars, False, word_chars, False), (other, True, other, True))
    found = []
    for left_set, left_edge, right_set, right_edge in sides:
        for left in _ending(items[:where], left_set, left_edge):
            for right in _beginning(items[where + 1:], right_set, right_edge):
                found += _without_boundaries(left + right)
                if len(found) > _MOST_BRANCHES:
                    raise Unsupported("too many word boundaries (\\b)")
    return found


def _ending(items: tuple, chars: Ranges, edge: bool) -> list[tuple]:
    """``items`` as sequences whose matches end on one of ``chars``, or, matching nothing,
    stand at the line's start (if ``edge``) or after one of ``chars``."""
    if not items:
        return [(Edge(chars, edge, True),)]
    *init, last = items
    init = tuple(init)
    if last is START:
        return [items] if edge else []
    if last is END or last in (BOUNDARY, NOT_BOUNDARY):
        return [found + (last,) for found in _ending(init, chars, edge)]
    if isinstance(last, Edge):
        both = Edge(intersect(last.chars, chars), last.edge and edge, True)
        return [init + (both,)] if both.chars or both.edge else []
    cut, empty = _cut(last, chars, at_end=True)
    found = [init + (cut,)] if cut is not None else []
    if empty:
        found += _ending(init, chars, edge)
    return found


def _beginning(items: tuple, chars: Ranges, edge: bool) -> list[tuple]:
    """The mirror of _ending: matches begin with one of ``chars``, or the line's end (if ``edge``)."""
    if not items:
        return [(Edge(chars, edge, False),)]
    first, rest = items[0], items[1:]
    if first is END:
        return [items] if edge else []
    if first is START or first in (BOUNDARY, NOT_BOUNDARY):
        return [(first,) + found for found in _beginning(rest, chars, edge)]
    if isinstance(first, Edge):
        both = Edge(intersect(first.chars, chars), first.edge and edge, False)
        return [(both,) + rest] if both.chars or both.edge else []
    cut, empty = _cut(first, chars, at_end=False)
    found = [(cut,) + rest] if cut is not None else []
    if empty:
        found += _beginning(rest, chars, edge)
    return found


def _cut(item, chars: Ranges, at_end: bool):
    """(the item's non-empty matches whose last (or first) character is one of ``chars``,
    or None if there are none; whether the item can match nothing)."""
    if isinstance(item, Chars):
        kept = intersect(item.ranges, chars)
        return (item if kept == item.ranges else Chars(kept)) if kept else None, False
    if isinstance(item, Anchor):
        raise Unsupported("an anchor inside a group beside a word boundary (\\b)")
    if isinstance(item, Alt):
        cuts = [_cut_sequence(branch.items, chars, at_end) for branch in item.branches]
        kept = tuple(Seq((cut,)) for cut, _ in cuts if cut is not None)
        return (Alt(kept) if kept else None), any(empty for _, empty in cuts)
    inner, inner_empty = _cut(item.item, chars, at_end)
    empty = item.low == 0 or inner_empty
    if inner is None or item.high == 0:
        return None, empty
    if inner is item.item and not inner_empty:  # every copy ends (begins) as asked
        return Repeat(item.item, max(item.low, 1), item.high), empty
    high = None if item.high is None else item.high - 1
    low = 0 if inner_empty else max(item.low - 1, 0)
    if high == 0:
        return inner, empty
    others = Repeat(item.item, low, high)
    return Alt((Seq((others, inner) if at_end else (inner, others)),)), empty


def _cut_sequence(items: tuple, chars: Ranges, at_end: bool):
    if not items:
        return None, True
    edge, rest = (items[-1], items[:-1]) if at_end else (items[0], items[1:])
    cut, empty = _cut(edge, chars, at_end)
    found = [Seq(rest + (cut,) if at_end else (cut,) + rest)] if cut is not None else []
    rest_empty = empty
    if empty:
        rest_cut, rest_empty = _cut_sequence(rest, chars, at_end)
        if rest_cut is not None:
            found.append(Seq((rest_cut,)))
    return (Alt(tuple(found)) if found else None), rest_empty


# --- writing RE2's syntax ----------------------------------------------------------------


def _char(code: int) -> str:
    return chr(code) if chr(code).isalnum() and code < 0x80 else f"\\x{{{code:X}}}"


@functools.lru_cache(maxsize=4096)
def _set(ranges: Ranges) -> str:
    """A class of RE2's syntax matching exactly ``ranges``: listed, or its complement
    negated when that is shorter (``.`` and ``[^.!?]`` are a few ranges left out)."""
    if not ranges:
        return r"[^\x00-\x{10FFFF}]"  # a class of nothing, which RE2 does not write as []
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _char(ranges[0][0])
    left_out = complement(ranges)
    if len(left_out) < len(ranges):
        return "[^" + _ranges(left_out) + "]" if left_out else r"[\x00-\x{10FFFF}]"
    return "[" + _ranges(ranges) + "]"


def _ranges(ranges: Ranges) -> str:
    return "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in ranges)


def _write(item, lines: bool = False) -> str:
    """``item`` in RE2's syntax; with ``lines``, for a text of many lines joined by "\\n" (see
    translate_lines)."""
    if isinstance(item, Chars):
        return _set(_no_break(item.ranges) if lines else item.ranges)
    if isinstance(item, Seq):
        return "".join(_write(part, lines) for part in item.items)
    if isinstance(item, Alt):
        return "(?:" + "|".join(_write(branch, lines) for branch in item.branches) + ")"
    if isinstance(item, Repeat):
        high = "" if item.high is None else str(item.high)
        bounds = f"{{{item.low}}}" if item.low == item.high else f"{{{item.low},{high}}}"
        return _write(item.item, lines) + bounds
    edges = _LINE_EDGES if lines else _TEXT_EDGES
    if isinstance(item, Edge):
        chars = _no_break(item.chars) if lines else item.chars
        options = ([_set(chars)] if chars else []) + ([edges["start" if item.before else "end"]] if item.edge else [])
        return "(?:" + "|".join(options or [_set(())]) + ")"
    return edges[item.kind]


_TEXT_EDGES = {"start": r"\A", "end": r"\z"}
_LINE_EDGES = {"start": "(?m:^)", "end": "(?m:$)"}


def _no_break(ranges: Ranges) -> Ranges:
    """``ranges`` without the line break."""
    return tuple((lo, hi) for low, high in ranges for lo, hi in ((low, min(high, 9)), (max(low, 11), high)) if lo <= hi)


def translate(pattern: str) -> str:
    """The pattern, written for RE2 so that it matches the same lines (see the module's
    docstring); Unsupported if it cannot be."""
    return _write(_drop_boundaries(_Parser(pattern).parse()))


def translate_lines(pattern: str) -> str:
    """translate() for a search through many lines joined by "\\n": the line's two ends are
    those of each line (RE2's multi-line ^ and $), and no class matches the line break, so
    each match lies within one line, and a line holds one exactly when translate()'s matches it."""
    return _write(_drop_boundaries(_Parser(pattern).parse()), lines=True)


# RE2's memory bound for a rule's large regex (8 MB by default): a translation listing code points
# can leave its DFA too little room, and RE2 then falls back to slower engines (same matches);
# the pipe menu's and the release dateline's DFAs need more than 32 MB (performance.md).
SEARCH_MEMORY = 64 << 20


def options(max_mem: int = 8 << 20) -> re2.Options:
    found = re2.Options()
    found.log_errors, found.max_mem = False, max_mem  # a refused pattern is reported once, by the caller
    return found


# A program of fewer instructions than this keeps RE2's default bound (8 MB): at SEARCH_MEMORY
# the DFAs of the rules of 20,000-100,000 instructions kept filling through a long run, in each
# worker (the climb of memory on 1 GB, performance.md); the larger programs need the room.
# Between about 35,000 and 100,000 instructions RE2 finds no room for a DFA at 8 MB and searches
# with its slower matchers (same matches): keep a rule's program small rather than raise this.
LARGE_PROGRAM = 100_000


def sized(text: str, known=None):
    """``text`` compiled by RE2 with the bound its program needs: RE2's default for a small
    program, SEARCH_MEMORY for a large one (or one RE2 refuses at the default). The bound
    changes how much room the DFA may take, never what matches. re2.error if refused at both.
    ``known`` (a rule book's translation_cache.Translations) remembers between runs which texts
    are large, so that a run compiles those once, not first at the default bound too."""
    if known is None or not known.large(text):
        try:
            found = re2.compile(text, options())
            if found.programsize < LARGE_PROGRAM:
                return found
        except re2.error:
            pass
        if known is not None:
            known.mark_large(text)
    return re2.compile(text, options(SEARCH_MEMORY))


def compile_rule(pattern: str, translations=None):
    """The pattern compiled by RE2 with the ``regex`` module's meaning; Unsupported if it cannot be.
    ``translations``, a rule book's (translation_cache.Translations), keeps the translation between runs."""
    try:
        return sized((translations or translated)(pattern), translations)
    except re2.error as exc:
        raise Unsupported(f"RE2 cannot run it: {exc}") from None


def alternation(compiled: tuple, settings: re2.Options | None = None):
    """One RE2 regex matching a line when one of ``compiled`` (compile_rule's) does: their
    translations side by side, each a whole alternative ("\\A" and "\\z" stay each one's). A search
    asks only whether there is a match, and that is the same. None when RE2 refuses the whole (past
    the memory bound of ``settings``, sized's by default): the caller searches them one by one."""
    if len(compiled) <= 1:
        return compiled[0] if compiled else None
    return joined([regexp.pattern for regexp in compiled], settings)


def joined(texts: list[str], settings: re2.Options | None = None, known=None):
    """The RE2 translations ``texts`` compiled as one alternation, each a whole alternative; None
    when RE2 refuses the whole (past the memory bound of ``settings``, sized's by default, with
    ``known`` as sized takes it)."""
    whole = "|".join(f"(?:{text})" for text in texts)
    try:
        return re2.compile(whole, settings) if settings is not None else sized(whole, known)
    except re2.error:
        return None


# Translations made in this process, for patterns no rule book keeps (a rule's examples,
# the tests): within bounds, so that no run holds every pattern it ever met.
translated = functools.lru_cache(maxsize=4096)(translate)


@functools.cache
def code_version() -> str:
    """What a translation depends on besides the pattern: this code, its parser and the regex module."""
    from pathlib import Path

    here = Path(__file__).parent
    return "\0".join([regex.__version__, *((here / name).read_text(encoding="utf-8")
                                            for name in ("rule_regex.py", "regex_syntax.py"))])
