"""A rule regex in the ``regex`` module's dialect, parsed: sets of code points as ranges, and the
tree of sequences, alternatives, repeats and anchors that rule_regex writes again for RE2."""

from __future__ import annotations

import functools
from array import array
from dataclasses import dataclass

import regex

MAX_CODE = 0x10FFFF
_SURROGATES = (0xD800, 0xDFFF)




class Unsupported(ValueError):
    """A pattern RE2 cannot run with the meaning the ``regex`` module gives it; ``str()`` says why."""


# --- sets of code points, as sorted disjoint ranges ------------------------------------


Ranges = tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=4096)
def intersect(a: Ranges, b: Ranges) -> Ranges:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def complement(a: Ranges) -> Ranges:
    """Every code point but those of ``a`` and the surrogates (no line of text holds one)."""
    out, start = [], 0
    for lo, hi in sorted((*a, _SURROGATES)):
        if lo > start:
            out.append((start, lo - 1))
        start = max(start, hi + 1)
    if start <= MAX_CODE:
        out.append((start, MAX_CODE))
    return tuple(out)


@functools.cache
def all_characters() -> str:
    """Every code point but the surrogates, in order: what a class is asked about."""
    codes = array("I", range(_SURROGATES[0]))
    codes.extend(range(_SURROGATES[1] + 1, MAX_CODE + 1))
    return codes.tobytes().decode("utf-32-le" if array("I", [1]).tobytes()[0] == 1 else "utf-32-be")


def _code(index: int) -> int:
    return index if index < _SURROGATES[0] else index + (_SURROGATES[1] - _SURROGATES[0] + 1)


@functools.lru_cache(maxsize=4096)
def members(item: str, blind: bool) -> Ranges:
    """The code points the one-character item ``item`` (a class, an escape, a literal)
    matches in the ``regex`` module, case-blind or not: asked of the module itself, so
    that its Unicode version and its case folding are the ones kept."""
    compiled = regex.compile(("(?i)" if blind else "") + "(?:" + item + ")+")
    out = []
    for found in compiled.finditer(all_characters()):
        # A run across the surrogates' gap is two ranges of code points.
        lo, hi = _code(found.start()), _code(found.end() - 1)
        if lo < _SURROGATES[0] < hi:
            out += [(lo, _SURROGATES[0] - 1), (_SURROGATES[1] + 1, hi)]
        else:
            out.append((lo, hi))
    return tuple(out)


@functools.cache
def cased_characters() -> str:
    """Every character case-blind matching relates to another one (a test checks that
    the set is closed): a literal outside it matches only itself."""
    chars = regex.findall(r"[\p{Cased}\p{Changes_When_Casemapped}\p{Changes_When_Casefolded}]",
                          all_characters())
    return "".join(chars)


@functools.lru_cache(maxsize=4096)
def literal(ch: str, blind: bool) -> Ranges:
    """The characters the literal ``ch`` matches, case-blind or not, in the ``regex`` module."""
    code = ord(ch)
    if not blind or ch not in _cased_set():
        return ((code, code),)
    found = sorted({ord(c) for c in regex.findall("(?i)" + regex.escape(ch), cased_characters())} | {code})
    return tuple((c, c) for c in found)


@functools.cache
def _cased_set() -> frozenset[str]:
    return frozenset(cased_characters())


@functools.cache
def word() -> Ranges:
    """What ``\\w`` matches, and so what ``\\b`` tells apart."""
    return members(r"\w", False)


# --- the parsed pattern ----------------------------------------------------------------


@dataclass(frozen=True)
class Chars:
    """One character of a set."""
    ranges: Ranges


@dataclass(frozen=True)
class Seq:
    items: tuple


@dataclass(frozen=True)
class Alt:
    branches: tuple  # of Seq


@dataclass(frozen=True)
class Repeat:
    item: object  # Chars or Alt
    low: int
    high: int | None


@dataclass(frozen=True)
class Anchor:
    kind: str  # "start", "end", "boundary", "not-boundary"


START, END = Anchor("start"), Anchor("end")
BOUNDARY, NOT_BOUNDARY = Anchor("boundary"), Anchor("not-boundary")

_REFUSED_GROUPS = {"=": "look-ahead", "!": "look-ahead", "<=": "look-behind", "<!": "look-behind",
                   ">": "atomic group", "P=": "back-reference", "|": "branch reset group", "(": "conditional group",
                   "R": "recursion", "&": "recursion", "P>": "recursion"}


_REFUSED_ESCAPES = {"X": "\\X (grapheme)", "G": "\\G", "K": "\\K", "m": "\\m (word start)",
                    "M": "\\M (word end)", "L": "\\L<name> (named list)", "g": "back-reference"}


_CLASS_ESCAPES = "dDwWsShHpP"


_FLAGS = {"i", "m", "s", "u"}


class _Parser:
    """A reader of the ``regex`` module's syntax (version 0), as far as RE2 can follow it.

    The pattern has been compiled by the ``regex`` module first, so it is well formed
    there; what this reader does not follow is refused, never guessed."""

    def __init__(self, pattern: str):
        self.text, self.pos = pattern, 0

    def parse(self) -> Alt:
        blind = self._global_flags()
        found = self._alternation(blind)
        if self.pos != len(self.text):
            raise Unsupported(f"unbalanced ')' at {self.pos}")
        return found

    def _global_flags(self) -> bool:
        blind = False
        while True:
            match = regex.match(r"\(\?([a-zA-Z]+)\)", self.text[self.pos:])
            if not match:
                return blind
            flags = set(match.group(1))
            unknown = sorted(flags - _FLAGS)
            if unknown:
                raise Unsupported(f"inline flag (?{unknown[0]}) is not supported (use i, m, s)")
            blind = blind or "i" in flags
            self.pos += match.end()

    def _alternation(self, blind: bool) -> Alt:
        branches = [self._sequence(blind)]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence(blind))
        return Alt(tuple(branches))

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _sequence(self, blind: bool) -> Seq:
        items = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom(blind)
            if atom is None:
                continue
            items.append(self._quantified(atom))
        return Seq(tuple(items))

    def _quantified(self, atom):
        while True:
            ch = self._peek()
            bounds = None
            if ch and ch in "*+?":
                bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
                self.pos += 1
            elif ch == "{":
                if regex.match(r"\{[^}]*[<>=][^}]*\}", self.text[self.pos:]):
                    raise Unsupported("fuzzy matching ({e<=1}) is not supported")
                match = regex.match(r"\{(\d*)(?:(,)(\d*))?\}", self.text[self.pos:])
                if not match or not (match.group(1) or match.group(3)):
                    return atom
                low = int(match.group(1) or 0)
                high = low if not match.group(2) else (int(match.group(3)) if match.group(3) else None)
                bounds = (low, high)
                self.pos += match.end()
            else:
                return atom
            if isinstance(atom, Anchor):
                raise Unsupported("a repeated anchor")
            if self._peek() == "+":
                raise Unsupported("possessive quantifier (*+, ++, ?+, {m,n}+)")
            if self._peek() == "?":
                self.pos += 1  # lazy or greedy: the same lines match
            if (bounds[1] or bounds[0]) > 1000:
                raise Unsupported("a repeat count above 1000")
            atom = Repeat(atom, *bounds)

    def _atom(self, blind: bool):
        text, ch = self.text, self._peek()
        if ch == "(":
            return self._group(blind)
        if ch == "[":
            end = self._class_end(self.pos)
            item, self.pos = text[self.pos:end], end
            return Chars(members(item, blind))
        if ch == ".":
            self.pos += 1
            return Chars(complement(((10, 10),)))
        if ch == "^":
            self.pos += 1
            return START
        if ch == "$":
            self.pos += 1
            return END
        if ch == "\\":
            return self._escape(blind)
        self.pos += 1
        return Chars(literal(ch, blind))

    def _escape(self, blind: bool):
        text, start = self.text, self.pos
        ch = text[start + 1]
        simple = {"b": BOUNDARY, "B": NOT_BOUNDARY, "A": START, "Z": END}
        if ch in simple:
            self.pos += 2
            return simple[ch]
        if ch in _REFUSED_ESCAPES:
            raise Unsupported(f"{_REFUSED_ESCAPES[ch]} is not supported")
        if ch.isdigit() and ch != "0":
            raise Unsupported("back-reference")
        if ch in "pP":
            match = regex.match(r"\\[pP](?:\{[^}]*\}|[A-Za-z])", text[start:])
            end = start + match.end()
        elif ch in _CLASS_ESCAPES:
            end = start + 2
        elif not ch.isalnum():
            self.pos += 2
            return Chars(literal(ch, blind))  # \. \( \- ...
        else:
            # A literal written as an escape (\n, \x41, \u0410, \N{...}): the module says which.
            match = regex.match(r"\\(?:x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}"
                                r"|N\{[^}]*\}|0[0-7]{0,2}|[0-7]{3}|.)", text[start:], flags=regex.S)
            end = start + match.end()
        self.pos = end
        return Chars(members(text[start:end], blind))

    def _class_end(self, start: int) -> int:
        """Where the class opening at ``start`` ends, read as the ``regex`` module reads it."""
        text, i = self.text, start + 1
        if text[i:i + 1] == "^":
            i += 1
        if text[i:i + 1] == "]":
            i += 1
        while i < len(text):
            if text[i] == "\\":
                i += 2
            elif text.startswith("[:", i):
                close = text.find(":]", i + 2)
                if close < 0:
                    raise Unsupported("an unclosed POSIX class")
                i = close + 2
            elif text[i] == "[":
                raise Unsupported("a nested set")
            elif text[i] == "]":
                return i + 1
            else:
                i += 1
        raise Unsupported("an unclosed class")

    def _group(self, blind: bool):
        text = self.text
        self.pos += 1
        if text.startswith("?#", self.pos):
            self.pos = text.index(")", self.pos) + 1
            return None
        if text.startswith("?", self.pos):
            rest = text[self.pos + 1:]
            for mark, what in _REFUSED_GROUPS.items():
                if rest.startswith(mark):
                    raise Unsupported(f"{what} (?{mark}...) is not supported")
            if regex.match(r"\d|[-+]\d", rest):
                raise Unsupported("recursion (?1) is not supported")
            named = regex.match(r"P?<\w+>", rest)
            flags = regex.match(r"([a-zA-Z]*)(?:-([a-zA-Z]+))?:", rest)
            if named:
                self.pos += 1 + named.end()
            elif rest.startswith(":"):
                self.pos += 2
            elif flags:
                on, off = set(flags.group(1)), set(flags.group(2) or "")
                unknown = sorted((on | off) - _FLAGS)
                if unknown:
                    raise Unsupported(f"inline flag (?{unknown[0]}) is not supported (use i, m, s)")
                blind = (blind or "i" in on) and "i" not in off
                self.pos += 1 + flags.end()
            elif regex.match(r"[a-zA-Z-]+\)", rest):
                raise Unsupported("inline flags (?i) must stand at the start of the pattern")
            else:
                raise Unsupported(f"the group (?{rest[:2]}...) is not supported")
        found = self._alternation(blind)
        if self._peek() != ")":
            raise Unsupported("an unclosed group")
        self.pos += 1
        return found
