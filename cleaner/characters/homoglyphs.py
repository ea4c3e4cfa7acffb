"""Look-alike letters of another script inside a word ("Ukrainе" with a Cyrillic е).

A word whose letters come from two of Latin, Cyrillic and Greek is rewritten in
its dominant script when every minority letter has a look-alike there among the
letters of that script's ordinary alphabets (rules/alphabets.yaml). A word
written wholly in one script is never touched: "Владимир Путин" quoted in a
French article is genuine. A tie, a word where only some minority letters have
such look-alikes, and a word inside a web address, a domain name or an e-mail
address are reported and left as they are.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass

import regex

from . import addresses
from ..data import alphabets, confusable_pairs
from ..text.classes import char_class

SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# A line is worth a look only if it holds letters of at least one of the
# non-Latin scripts: most lines of most documents are skipped by this scan. (Four
# characters are named GREEK though Unicode counts them in no script; one, the numeral
# sign, is a letter a word can hold.)
_NON_LATIN = regex.compile(r"[\p{Script=Cyrillic}\p{Script=Greek}\u0374\u037e\u0385\u0387]")
# The Unicode blocks those letters live in, for re: a faster scan than the script property
# (docs/performance.md) that finds a superset of the lines, each then checked with the
# property; a test checks that it holds every such letter. Past the Basic Multilingual
# Plane it holds every character: such characters are rare, and one range scans fastest.
BLOCKS = re.compile("[\u0370-\u052f\u1c80-\u1c8f\u1d00-\u1dbf\u1f00-\u1fff\u2126\u2de0-\u2dff\ua640-\ua69f"
                     "\uab65\ufe2e\ufe2f\U00010000-\U0010ffff]")


def _named_script(ch: str) -> str | None:
    """The script a character's name begins with ("CYRILLIC SMALL LETTER IE"), if one of SCRIPTS."""
    head = unicodedata.name(ch, "").split(" ", 1)[0]
    return head if head in SCRIPTS else None


script_of = functools.lru_cache(maxsize=4096)(_named_script)


@functools.lru_cache(maxsize=None)
def _lookalikes() -> dict[str, dict[str, str]]:
    """For each script, letter of another script -> its look-alike in that one."""
    table: dict[str, dict[str, str]] = {script: {} for script in SCRIPTS}
    for letter, lookalike in confusable_pairs():
        target = script_of(lookalike)
        if target is not None and script_of(letter) != target:
            table[target].setdefault(letter, lookalike)
    return table


@functools.lru_cache(maxsize=None)
def _replacements() -> dict[str, dict[str, str]]:
    """The look-alikes a letter may be rewritten into: only letters of the script's ordinary
    alphabets, for a rewrite into a letter the text's language has no use for (Komi Ԝ in
    a Russian word) would make a new error, not mend one."""
    letters = {script: frozenset().union(*alphabets().get(script, {}).values()) for script in SCRIPTS}
    letters["LATIN"] |= frozenset(string.ascii_letters)
    return {script: {letter: lookalike for letter, lookalike in table.items() if lookalike in letters[script]}
            for script, table in _lookalikes().items()}


@dataclass(frozen=True)
class WordRepair:
    before: str
    after: str
    detail: str


@dataclass(frozen=True)
class Ambiguity:
    word: str
    reason: str


@functools.lru_cache(maxsize=65536)  # a Russian page asks about the same words again and again
def _repair_word(word: str) -> WordRepair | Ambiguity | None:
    counts = Counter(s for s in map(script_of, word) if s is not None)
    if len(counts) < 2:
        return None
    (first, n_first), (_, n_second) = counts.most_common(2)
    table = _replacements()
    minority = [ch for ch in word if script_of(ch) not in (None, first)]
    if n_first == n_second:
        # "μm" (micro, metre) mixes scripts with no look-alike in sight: genuine.
        has_lookalike = any(ch in table[s] for ch in word for s in counts if s != script_of(ch))
        return Ambiguity(word, "letters of two scripts in equal number") if has_lookalike else None
    missing = [ch for ch in minority if ch not in table[first]]
    if missing:
        # With no look-alike at all the mix is genuine; with some, a rewrite would be half done.
        unusual = [f"{ch} U+{ord(ch):04X} ~ {alike} U+{ord(alike):04X}" for ch in missing
                   if (alike := _lookalikes()[first].get(ch))]
        if unusual:
            return Ambiguity(word, f"its look-alikes in {first.lower()} script are no letters of its ordinary "
                             f"alphabets ({', '.join(unusual)})")
        if len(missing) < len(minority):
            return Ambiguity(word, f"only some {first.lower()}-script look-alikes for its other letters")
        return None
    after = "".join(table[first].get(ch, ch) if script_of(ch) != first else ch for ch in word)
    changes = ", ".join(
        f"U+{ord(ch):04X} {unicodedata.name(ch)} -> {table[first][ch]}" for ch in dict.fromkeys(minority)
    )
    return WordRepair(word, after, f"{word} -> {after} ({changes})")


# The searches' classes hold characters below this one; a line holding one at or past it
# is looked at word by word: classes reaching U+10FFFF are slow to compile (docs/performance.md).
_CLASSES_END = "\u3000"
_BEYOND = re.compile(f"[^\\x00-{chr(ord(_CLASSES_END) - 1)}]")


@functools.cache
def _mixing() -> tuple[tuple[re.Pattern, re.Pattern], tuple[re.Pattern, re.Pattern]]:
    """Searches that together find every word that mixes scripts. In such a word a letter of
    one script meets one of another, or a character of none (a mark, a letter no script is
    read from): so a Latin letter meets a letter of the other two or of none, or a Cyrillic
    one meets a Greek one or one of none. Each test is written twice, beginning with either
    side: a search runs quickly over the characters it does not begin with, and a line is
    searched by the one beginning with its rarer side. A line of a Russian or Greek page,
    where nearly no word mixes scripts, is two quick scans rather than a look at every word."""
    found: dict[str | None, list[str]] = {script: [] for script in (*SCRIPTS, None)}
    for ch in map(chr, range(0x80, ord(_CLASSES_END))):
        # Read as script_of reads it, past its cache: thousands of characters, each once.
        if (script := _named_script(ch)) is not None:
            found[script].append(ch)
        elif (category := unicodedata.category(ch))[0] in "LM" or category == "Cn":
            found[None].append(ch)  # letters and marks, and what this Python has not assigned
    found["LATIN"] += string.ascii_letters
    # Of no script: punctuation and symbols are not, so that «Нафтогаз» or l’Ukraine is not
    # a word that could mix.
    latin, cyrillic, greek, none = (char_class(found[script]) for script in (*SCRIPTS, None))

    def beside(one: str, other: str) -> re.Pattern:
        """A character of ``one`` with one of ``other`` just before or just after it."""
        return re.compile(f"[{one}](?:(?<=[{other}].)|[{other}])")

    return ((beside(latin, cyrillic + greek + none), beside(cyrillic + greek + none, latin)),
            (beside(cyrillic, greek + none), beside(greek + none, cyrillic)))


def warm() -> None:
    """Build the searches and the replacement table now: before a pool forks, so that each
    worker inherits them rather than building them at its first Cyrillic or Greek page."""
    _mixing()
    _replacements()


def mixes_scripts(text: str) -> bool:
    """Whether a word of the text may mix scripts (never False for one that does)."""
    # Without a Cyrillic or Greek letter no word mixes scripts: most lines go here.
    if text.isascii() or not (first := _NON_LATIN.search(text)):
        return False
    if _BEYOND.search(text):
        return True
    latin_test, cyrillic_test = _mixing()
    # Mostly letters of two bytes (Cyrillic, Greek): Latin ones are the rarer side. A line
    # whose first such letter is Cyrillic has fewer Greek ones, and the other way round.
    mostly_latin = 2 * (len(text.encode("utf-8", "surrogatepass")) - len(text)) <= len(text)
    cyrillic = script_of(first.group()) == "CYRILLIC"
    return bool(latin_test[mostly_latin].search(text) or cyrillic_test[cyrillic].search(text))


def repair_line(line: str) -> tuple[str, list[str], list[str]]:
    """The line with look-alikes rewritten, what was rewritten, and what was ambiguous."""
    if not mixes_scripts(line):
        return line, [], []
    repairs: list[str] = []
    ambiguous: list[str] = []
    web: list[tuple[int, int]] | None = None  # the line's addresses, looked for once a word needs them

    def fix(match: regex.Match) -> str:
        nonlocal web
        outcome = _repair_word(match.group())
        if outcome is None:
            return match.group()
        web = addresses.spans(line) if web is None else web
        if span := addresses.around(web, *match.span()):
            ambiguous.append(f"{line[span[0]:span[1]]}: a web or e-mail address that mixes scripts (its letters "
                             "may be the point, as in a homograph quoted in an article on phishing); left as it is")
            return match.group()
        if isinstance(outcome, WordRepair):
            repairs.append(outcome.detail)
            return outcome.after
        ambiguous.append(f"{outcome.word}: {outcome.reason}; left as it is")
        return match.group()

    return _WORD.sub(fix, line), repairs, ambiguous
