"""Applying line rules to a document.

A selection of rules is compiled once into a matcher: exact phrases become one
dictionary, so most lines cost a lookup, not a loop over rules.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

import regex

from ..document import Document, Line, Removal
from ..text.lines import fold_spaces
from ..text.prose import TailShape, ends_sentence, is_paragraph, is_prose, is_speech, reads_as_chrome
from ..rules.keys import key_fold, line_keys, longer_than, prefix_matches, spaced_longer_than
from ..rules.model import Rule, StructureRule, utf8
from .article_end import AfterArticle
from .context import allows, read_context
from .screen import Screen

# Strongest action first: a line that opens a tail of chrome says more than one chrome line.
_ACTION_RANK = {"drop_rest": 0, "drop_before": 0, "drop_line": 1}


# Spaces that do not break ("10\u00a0km", "Lire aussi\u202f:") read as plain spaces to the
# rules: a pattern's " " (and RE2's \s) means any of them. The text written keeps them.
# One sub, not str.translate with a table: translate looks up every character of a paragraph
# (a test holds the two equal).
ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")


_BREAK = re.compile(b"\n")


def plain_spaces(text: str) -> str:
    """The line as the rules read it: its odd spaces (no-break, thin...) as plain ones. Matcher's
    two searches, line by line and through a document, must read the same text."""
    return text if text.isascii() else ODD_SPACES.sub(" ", text)


# [^\W_] is exactly what str.isalnum() accepts: \w is those characters and "_".
_LEADING_WORD = re.compile(r"[^\W_]*")


def first_word(text: str) -> str:
    """The leading run of letters and digits: what a prefix rule is indexed by."""
    return _LEADING_WORD.match(text).group()


def tail_shape(structure: list[StructureRule]) -> TailShape:
    """What marker cuts may take, as the selection's chrome_tail rule says (the first one
    selected: a site's set comes before the defaults), else TailShape's defaults."""
    for rule in structure:
        if rule.kind == "chrome_tail":
            return TailShape(prose_words=rule.prose_words, max_prose=rule.max_prose)
    return TailShape()


class Matcher:
    """Rules of one selection, indexed so that a line meets only the rules that can match it.

    Phrases are one dictionary; prefixes are indexed by their first word; regexes whose
    matches regex_index can tell the start or a part of are screened by two RE2 sets of all
    those strings, one reading the line's start, one the whole line (screen.Screen). Only
    regexes with neither are tried on every line.
    """

    def __init__(self, rules: list[Rule], tail: TailShape = TailShape()):
        self.tail = tail  # what the lines a marker cuts must look like
        self.phrases: dict[str, list[Rule]] = {}
        self.prefixes: dict[str, list[tuple[str, Rule]]] = {}
        self.indexed: list[Rule] = []  # screened: searched on a line only if its strings are in it
        self.regexes: list[Rule] = []  # searched on every line
        self.near_rules: list[Rule] = []
        for rule in rules:
            if rule.near is not None:
                self.near_rules.append(rule)
            elif rule.kind == "phrase":
                for key in rule.keys:
                    self.phrases.setdefault(key, []).append(rule)
            elif rule.kind == "prefix":
                for key in rule.keys:
                    self.prefixes.setdefault(first_word(key), []).append((key, rule))
            elif all(opening is not None or holds is not None for opening, holds in rule.index):
                self.indexed.append(rule)
            else:  # one pattern that could match anything: the rule is tried on every line
                self.regexes.append(rule)
        self.screen = Screen(self.indexed)
        # A line of more words than any max_words of them (a paragraph) can match only the
        # rules with none: all begin as they say, and their screen reads the line's head.
        self.most_words = max((rule.max_words or 0 for rule in self.indexed), default=0)
        self.long_screen = Screen([rule for rule in self.indexed if rule.max_words is None])
        # Where the regexes' RE2 translations are kept between runs: saved after a document
        # whose lines made some rule compile (rules are compiled when first searched).
        self.translations = list({id(t): t for t in (rule.translations for rule in rules if rule.kind == "regex")
                                  if t is not None}.values())
        self.order = {rule: i for i, rule in enumerate(rules)}
        # What a regex rule asks of a line before it is searched, as plain values: the most
        # words it may have (max_words), and how its last character may not be (ending).
        self.gates = {rule: gate(rule) for rule in (*self.indexed, *self.regexes)}
        # The families near rules stand beside, and how far they look.
        self.near_families = frozenset().union(*(rule.near.families for rule in self.near_rules))
        self.near_reach = max((rule.near.distance for rule in self.near_rules), default=0)
        # Each family's near rules: the rules a line's neighbours let try.
        self.near_by_family: dict[str, list[Rule]] = {}
        for rule in self.near_rules:
            for family in rule.near.families:
                self.near_by_family.setdefault(family, []).append(rule)
        # A prose line is longer than any phrase, and its first word longer than, or not,
        # the first word of a prefix: both told without folding all of it.
        self.longest_phrase = max(map(len, self.phrases), default=-1)
        # The first words phrases and prefixes begin with: a line beginning with a letter or
        # digit (no left edge) whose first word is none of them matches neither, unfolded.
        self.heads = frozenset(map(first_word, self.phrases)) | self.prefixes.keys()
        self.longest_head = max(map(len, self.heads), default=0)

    def head(self, text: str) -> str:
        """The first word of the folded line, for a line beginning with a letter or digit."""
        head = text[:self.longest_head + 1]
        # ASCII from a letter or digit on: folding lowers the first word and leaves its end.
        return first_word(head).lower() if head.isascii() else first_word(key_fold(head))

    @functools.cached_property
    def _by_document(self) -> list[tuple[Rule, object]]:
        """The regexes searched on every line that can search a document's lines at once, each
        with its searcher (Rule.lines_searcher)."""
        return [(rule, rule.lines_searcher) for rule in self.regexes if rule.lines_searcher is not None]

    @functools.cached_property
    def _by_line(self) -> list[Rule]:
        """The other regexes searched on every line: each line is searched alone."""
        return [rule for rule in self.regexes if rule.lines_searcher is None]

    def everywhere(self, texts: list[str]) -> dict[str, list[Rule]] | None:
        """Of the regexes searched on every line, those matching each of ``texts``, found by one
        search of each rule through the lines joined by "\\n" rather than one search a line: a
        line of text costs a few bytes of a scan, not a call ({text: its rules}, for
        candidates' ``everywhere``). None when no rule searches so."""
        searched = self._by_document if self.regexes else None
        if not searched or not texts:
            return None
        joined = "\n".join(map(plain_spaces, texts))
        if joined.count("\n") != len(texts) - 1:  # a line holding a line break is searched alone
            return None
        data = utf8(joined)
        found: dict[str, list[Rule]] = {}
        breaks = None
        for rule, searcher in searched:
            for match in searcher.finditer(data):  # each match lies within one line
                if breaks is None:
                    breaks = [at.start() for at in _BREAK.finditer(data)]
                rules = found.setdefault(texts[bisect_left(breaks, match.start())], [])
                if not rules or rules[-1] is not rule:
                    rules.append(rule)
        return found

    def candidates(self, text: str, words: int | None = None, split: list[str] | None = None,
                   spaced: bool = False, everywhere: list[Rule] | None = None) -> list[Rule]:
        """Rules whose pattern matches the line (scope and zone aside), in priority order.

        With ``words``, regex rules whose max_words the line exceeds are not even run;
        ``split`` is ``text.split()`` when the caller has it; ``spaced`` says that the
        only whitespace of the line is one space between words (``words`` of them);
        ``everywhere`` is what everywhere() found the line to match, when the caller asked it.
        """
        text = plain_spaces(text)
        head = self.head(text) if text[:1].isalnum() else None
        if head is not None and (spaced_longer_than(text, words, self.longest_phrase) if spaced else
                                 longer_than(text.split() if split is None else split, self.longest_phrase)):
            # No phrase, and no left edge: the line's first word is that of its folded head.
            found = []
            if head in self.prefixes:
                key = line_keys(text)[1]
                found += [rule for prefix, rule in self.prefixes[head] if prefix_matches(key, prefix)]
        elif head is not None and head not in self.heads:
            found = []  # no phrase or prefix begins with its first word
        else:
            phrase, key = line_keys(text)
            found = list(self.phrases.get(phrase, ()))
            if self.prefixes:
                found += [rule for prefix, rule in self.prefixes.get(first_word(key), ())
                          if prefix_matches(key, prefix)]
        tried = self.regexes if everywhere is None else self._by_line
        if self.indexed:
            long = words is not None and words > self.most_words
            screened = (self.long_screen if long else self.screen).rules(text)
            if screened:
                tried = [*tried, *screened]
        # _short_enough and ends_with, read from each rule's gate (a test holds them equal).
        last, gates, most = text[-1:], self.gates, -1 if words is None else words
        if tried:
            data = utf8(text)  # encoded once for all the rules tried
            found += [rule for rule in tried if (gate := gates[rule])[0] >= most and (last in gate[2]) != gate[1]
                      and rule.search_utf8(data)]
        if everywhere:  # matched already: only the gates are read
            found += [rule for rule in everywhere if (gate := gates[rule])[0] >= most and (last in gate[2]) != gate[1]]
        if len(found) > 1:
            found = sorted(set(found), key=self.order.__getitem__)
        return found


# Lines remembered from document to document, all matchers together (what they matched,
# and the near rules' answers): a few megabytes. Text rarely comes back and chrome always
# does, so a full memo starts again and soon holds the chrome again.
_MEMO_LINES = 20_000


def _memo_size(memo: dict) -> int:
    """How many lines the memo holds (its owner, a Cleaner, lets one thread at a time use it)."""
    return sum(map(len, memo.values()))


# No line has this many words: a rule without max_words takes any line.
_ANY_LENGTH = 1 << 62


def gate(rule: Rule) -> tuple[int, bool, frozenset[str]]:
    """(the most words, whether a last character of these is refused, the characters): a line of
    ``words`` words ending in ``ch`` may match only if ``most >= words`` and ``(ch in chars) !=
    refused``, as _short_enough and ends_with tell (an ending not told refuses no character)."""
    refused, chars = rule.ending if rule.ending is not None else (True, frozenset())
    return (_ANY_LENGTH if rule.max_words is None else rule.max_words, refused, chars)


def _short_enough(rule: Rule, words: int | None) -> bool:
    return words is None or rule.max_words is None or words <= rule.max_words


def _words(text: str) -> int:
    return len(text.split())


def _fits(rule: Rule, index: int, count: int, words: int, first_prose=None, after_article=None) -> bool:
    if not _short_enough(rule, words):
        return False
    return rule.in_zone(index, count, first_prose() if rule.head_ends_at_prose and first_prose else None,
                        rule.after_article and after_article is not None and after_article(index))


def _first_prose(texts: list[str], shape: TailShape):
    """A function giving the index of the first line of prose in ``texts`` (len(texts) if
    none), read once and only when a rule asks."""
    found: list[int] = []

    def first() -> int:
        if not found:
            found.append(next((i for i, text in enumerate(texts) if is_prose(text, shape)), len(texts)))
        return found[0]

    return first


def apply_line_rules(doc: Document, matcher: Matcher, memo: dict | None = None) -> int:
    """Remove the lines the rules claim; returns how many lines were removed.

    ``memo`` carries what was matched from one round of the pipeline to the next, and
    from one document to the next: what a line's text matches does not change when
    other lines go, nor from page to page.
    """
    memo = {} if memo is None else memo
    if _memo_size(memo) > _MEMO_LINES:  # kept across documents, within bounds
        memo.clear()
    content = doc.content()
    count = len(content)
    texts = doc.texts(content)
    first_prose = _first_prose(texts, matcher.tail)
    chosen: dict[int, Rule] = {}  # line -> the rule that takes it
    markers: dict[int, list[Rule]] = {}  # a line a marker rule takes -> the rules it fits, strongest first
    contextual: dict[int, list[Rule]] = {}  # a line whose rule reads its neighbours -> the rules it fits
    # A line repeated a thousand times is matched once: text -> (its word count, the rules it matches).
    seen: dict[str, tuple[int, list[Rule]]] = memo.setdefault(matcher, {})
    everywhere = matcher.everywhere([text for text in dict.fromkeys(texts) if text not in seen]) \
        if matcher.regexes else None
    matched = []
    for text in texts:
        known = seen.get(text)
        if known is None:
            # A folded line with no whitespace but its single spaces (no other character
            # str.isprintable refuses is whitespace) has a word more than it has spaces.
            spaced = doc.folded and text.isprintable()
            split = None if spaced else text.split()
            words = text.count(" ") + 1 if spaced else len(split)
            known = seen[text] = (words, matcher.candidates(text, words, split, spaced,
                                                            None if everywhere is None else everywhere.get(text, ())))
        matched.append(known)
    ends: list[AfterArticle] = []  # where the article ends, read once and only when a rule asks

    def after_article(i: int) -> bool:
        if not ends:
            ends.append(AfterArticle(texts, lambda j: any(
                r.action == "drop_line" and _fits(r, j, count, matched[j][0], first_prose) for r in matched[j][1]),
                matcher.tail))
        return ends[0](i)

    for i, (text, (words, found)) in enumerate(zip(texts, matched)):
        if not found:
            continue
        fitting = [r for r in found if _fits(r, i, count, words, first_prose, after_article)
                   and (r.action == "drop_line" or may_mark(r.kind, text))]
        if fitting:
            fitting.sort(key=lambda r: _ACTION_RANK[r.action])
            rule = chosen[i] = fitting[0]
            if rule.action != "drop_line":
                markers[i] = fitting
            elif rule.context is not None:
                contextual[i] = fitting
    if contextual:
        read_context(texts, chosen, contextual, matcher.tail)

    rest, before = _cuts(texts, chosen, markers, matcher.tail) if markers else (None, None)
    if rest is None and before is None:  # most documents: the lines chosen, and only they
        for i, rule in chosen.items():
            remove_line(content[i], rule, None)
        removed = len(chosen)
    else:
        removed = 0
        for i, line in enumerate(content):
            rule, marker = chosen.get(i), None
            if rest is not None and i > rest and not (i not in chosen and _authors_note(texts, i)):
                rule, marker = chosen[rest], content[rest].number
            elif before is not None and i < before:
                rule, marker = chosen[before], content[before].number
            if rule is not None:
                remove_line(line, rule, marker)
                removed += 1
    removed += _apply_near_rules(doc, matcher, memo.setdefault("near", {}))
    for translations in matcher.translations:
        if translations.fresh:
            translations.save()
    return removed


# A byline near the text's top ("By Anna Keller", "By: Anna Keller Updated: …"): the capitalised
# words after "by", of which the writer's name is the first two or three.
_BYLINE = regex.compile(r"^\s*[Bb][Yy]:?\s+(\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,2})")
# How far down the text a byline is looked for, and how many words an author's note has at least.
_BYLINE_LINES = 6
_NOTE_WORDS = 8


def _authors_note(texts: list[str], i: int) -> bool:
    """Whether line ``i`` is the writer's note on themself, a sentence that opens with the name the
    byline at the text's top gives and goes on in lower case ("Anna Keller covers transport for
    …"): it may stand among a theme's share rows inside a related box's cut, and is the text's."""
    text = " ".join(texts[i].split())
    if len(text.split()) < _NOTE_WORDS or not ends_sentence(text) or not text[:1].isupper():
        return False
    for line in texts[:_BYLINE_LINES]:
        byline = _BYLINE.match(line)
        if byline is None:
            continue
        words = byline.group(1).split()
        for size in range(2, len(words) + 1):
            name = " ".join(words[:size])
            rest = text[len(name):] if text.startswith(name) else ""
            if rest[:1] == " " and rest[1:2].islower():
                return True
    return False


def may_mark(kind: str, text: str) -> bool:
    """Whether a marker rule's match (of ``kind``: phrase, prefix, regex) may open a cut: the
    line must be a label. A phrase is the whole line, and its key already keeps the marks
    of speech (rules.line_keys): a line matching it is the label, its full stop decoration.
    A pattern that takes free text (a regex, a prefix) must not have matched words someone
    says ("— 3 comments?") or a sentence ("No thoughts on the matter were shared…")."""
    return kind == "phrase" or not (is_speech(text) or ends_sentence(text))


def _cuts(texts: list[str], chosen: dict[int, Rule], markers: dict[int, list[Rule]],
          shape: TailShape) -> tuple[int | None, int | None]:
    """(the first line that drops the rest, the last that drops what is before it), of the
    markers whose cut takes only what reads as chrome (prose.reads_as_chrome). A marker that
    would cut prose cuts nothing: its line is left to the other rules it matches, if any.
    ``chosen`` loses the markers that do not cut."""
    taken = [i in chosen for i in range(len(texts))]
    rest = before = None
    for i, fitting in markers.items():  # in document order
        if fitting[0].action == "drop_rest":
            if rest is not None:
                continue  # inside the cut already opened
            cuts = reads_as_chrome(texts[i + 1:], taken[i + 1:], shape) and not (
                fitting[0].family == "related" and (_prose_only(texts[i + 1:], taken[i + 1:], shape)
                                                    or _books_only(texts[i + 1:], taken[i + 1:])))
            rest = i if cuts else None
        else:
            cuts = reads_as_chrome(texts[:i], taken[:i], shape)
            before = i if cuts else before
        if not cuts:
            _step_down(chosen, i, fitting, texts, shape)
    return rest, before


def _prose_only(texts: list[str], taken: list[bool], shape: TailShape) -> bool:
    """Whether the lines under a related box's label are all paragraphs no other rule takes, each
    ending as a sentence ends: the box's headlines and links were lost on the way, and the
    paragraphs are the story going on (a notice ending on a colon, over an icon or a list, is not)."""
    return bool(texts) and not any(taken) and all(is_prose(text, shape) and ends_sentence(text) for text in texts)


# A book's credit at a line's end: "by" and the author's names (two or more), or the year in
# brackets ("(1989)", "(Harbour Press, 1998)"). A box of other stories prints headlines, not these.
_BOOK_CREDIT = regex.compile(r"(?:\sby\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}"
                             r"|\(\s*(?:[^()]{1,40}[,;]\s*)?(?:1[5-9]|20)\d{2}\s*\))$")


def _books_only(texts: list[str], taken: list[bool]) -> bool:
    """Whether the lines under a related label ("Read next:") are all books, each its title with its
    author or its year, that no other rule takes: a reading list's next books, not a box's links."""
    return bool(texts) and not any(taken) and all(_BOOK_CREDIT.search(text.strip()) for text in texts)


def _step_down(chosen: dict[int, Rule], i: int, fitting: list[Rule], texts: list[str], shape: TailShape) -> None:
    """A marker that does not cut leaves its line to the strongest line rule it also fits whose
    context allows it ("Zum Weiterlesen" over the text's own paragraphs is no box's heading)."""
    lines = [rule for rule in fitting if rule.action == "drop_line"]
    if not lines:
        del chosen[i]
    else:  # with no context to read, read_context picks lines[0]
        read_context(texts, chosen, {i: lines}, shape)


def _apply_near_rules(doc: Document, matcher: Matcher, seen: dict, plain: bool = False) -> int:
    """Lines that are chrome only beside other chrome: a lone place name next to a byline.

    The document's first line is the title slot and is never taken this way. A line's
    neighbours are read once for all the near rules (_families_around); ``plain=True`` asks
    each rule's neighbours alone (_beside_family), as the test that they agree does.
    """
    if not matcher.near_rules:
        return 0
    families, reach = matcher.near_families, matcher.near_reach
    removed = 0
    changed = True
    while changed:
        changed = False
        lines = doc.written()
        # Only a line within reach of one removed by a family these rules stand beside can
        # be taken (and a line one of them removes is such a one in turn, as they go).
        near: set[int] = set()
        for j, line in enumerate(lines):
            if line.removed_by is not None and _of_family(line.removed_by, families):
                near.update(range(j - reach, j + reach + 1))
        if not near:
            break
        positions = [i for i, line in enumerate(lines) if line.removed_by is None]
        if not near.intersection(positions[1:]):
            break
        alive_count = len(positions)
        for rank, i in enumerate(positions[1:], start=1):
            if i not in near:
                continue
            # Most lines in reach stand beside no removal of a family some rule asks for at its
            # distance: told once for the line, not once for each of the rules.
            if plain:
                around, tried = None, matcher.near_rules
            else:
                around = _families_around(lines, i, reach, families)
                wanted = {rule for family, far in around.items() for rule in matcher.near_by_family[family]
                          if far <= rule.near.distance}
                if not wanted:
                    continue
                tried = [rule for rule in matcher.near_rules if rule in wanted]  # in the rules' order
            line = lines[i]
            text = fold_spaces(line.text)
            words = _words(text)
            for rule in tried:
                beside = rule.near
                if not _fits(rule, rank, alive_count, words):
                    continue
                # The families around told the rest, but for a rule that asks its neighbour to echo the line.
                if (around is None or beside.echoed) and not _beside_family(
                        lines, i, beside.families, beside.distance, text if beside.echoed else None):
                    continue
                matched = seen.get((rule, text))
                if matched is None:
                    matched = seen[rule, text] = rule.matches_text(text)
                if matched and rule.context is not None and not _near_context_allows(rule, lines, i, matcher.tail):
                    continue
                if matched:
                    remove_line(line, rule, None)
                    if rule.family in families:
                        near.update(range(i - reach, i + reach + 1))
                    removed += 1
                    changed = True
                    break
    return removed


def _near_context_allows(rule: Rule, lines: list[Line], i: int, shape: TailShape) -> bool:
    """Whether a near rule's context lets it take line ``i``: it reads the written lines as a line
    rule reads its pass, those already removed counted as taken (its neighbour, the byline, is)."""
    texts = [fold_spaces(line.text) for line in lines]
    return allows(rule.context, i, texts, lambda j: lines[j].removed_by is not None, shape)


def _families_around(lines: list[Line], i: int, reach: int, families: frozenset[str]) -> dict[str, int]:
    """Those of ``families`` that removed a line on its own (as _of_family reads it) within
    ``reach`` of line ``i``, each with its nearest such line's distance from ``i``."""
    found: dict[str, int] = {}
    for j in range(max(0, i - reach), min(len(lines), i + 1 + reach)):
        removal = lines[j].removed_by
        if removal is not None and j != i and _of_family(removal, families):
            far = abs(j - i)
            if found.get(removal.family, far + 1) > far:
                found[removal.family] = far
    return found


def _beside_family(lines: list[Line], i: int, families: frozenset[str], distance: int,
                   echoed: str | None = None) -> bool:
    """Whether a line within ``distance`` of line ``i`` was removed by one of ``families``
    (and, given ``echoed``, holds those words as words of its own)."""
    for j in range(max(0, i - distance), min(len(lines), i + 1 + distance)):
        removal = lines[j].removed_by  # most lines have none: the test is inlined for them
        if removal is not None and j != i and _of_family(removal, families) and (
                echoed is None or _holds_words(removal.text, echoed)):
            return True
    return False


def _holds_words(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` (a line's spaces folded) as whole words, case folded."""
    text, words = fold_spaces(text).casefold(), words.casefold()
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(words, at + 1)
    return False


def _of_family(removal: Removal | None, families: frozenset[str]) -> bool:
    """A line a rule of these families removed on its own (not as part of a cut)."""
    return removal is not None and removal.marker_line is None and removal.family in families


def remove_line(line: Line, rule, marker: int | None = None) -> None:
    line.removed_by = Removal(rule.id, rule.source, line.number, line.text, marker, rule.family, line.start, line.end)


def remove_runs_beside_prose(lines: list[Line], texts: list[str], runs: list[list[int]], rule) -> int:
    """Remove the runs' lines (indexes into ``lines`` and ``texts``) when a line outside them is a
    paragraph (``is_paragraph``): a box stands beside an article, and with nothing else kept the
    runs are the text itself. The count of lines removed."""
    shown = {k for run in runs for k in run}
    if not any(k not in shown and is_paragraph(text) for k, text in enumerate(texts)):
        return 0
    for k in sorted(shown):
        remove_line(lines[k], rule)
    return len(shown)
