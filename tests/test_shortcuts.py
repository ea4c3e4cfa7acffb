"""Shortcuts in the per-line tests of the structural rules and the text helpers, each held equal
to the plain version it stands in for (as tests/test_properties.py holds the ftfy shortcut)."""

import os
import re
import string

from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner.text.prose import at_least_words, more_words_than, word_count

EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@SETTINGS
@given(st.one_of(st.text(alphabet=string.ascii_letters + " \t\n\xa0\u3000中文ひらカタ한。,", max_size=40),
                 st.text(max_size=40)),
       st.integers(min_value=-2, max_value=25))
def test_more_words_than_is_word_count_compared(text, limit):
    assert more_words_than(text, limit) == (word_count(text) > limit)


@SETTINGS
@given(st.one_of(st.text(alphabet="ab \t\n\xa0\u3000\x1c\u2028", max_size=30), st.text(max_size=30)),
       st.integers(min_value=-2, max_value=12))
def test_at_least_words_is_splitting_every_word_compared(text, least):
    assert at_least_words(text, least) == (len(text.split()) >= least)


# Lines of a word list (some blank, some of two words, with spaces str.split knows, some
# Chinese words and sentences), then others.
LISTED = st.sampled_from(["a", "b", " c ", "\xa0word\u3000", "x", "y", "z", "q", "r", "s", "a b", "", "a\u2028b",
                          "词语", "他说他明天会来。", "四个汉字"])


@SETTINGS
@given(st.lists(LISTED, min_size=15, max_size=30), st.lists(st.text(alphabet="ab \t\xa0\u3000字", max_size=12), max_size=4))
def test_a_word_list_is_told_as_splitting_every_line_tells_it(listed, others):
    from cleaner.matching.layout import _LIST_LINES, _LIST_SHARE, _UNSPACED_WORD, word_list
    from cleaner.text.prose import UNSPACED

    lines = listed + others
    words = [len(line.split()) == 1 and len(UNSPACED.findall(line)) <= _UNSPACED_WORD for line in lines if line.strip()]
    assert word_list(lines) == (len(words) >= _LIST_LINES and sum(words) >= _LIST_SHARE * len(words))


@SETTINGS
@given(st.one_of(st.text(alphabet="-–•·»›>*▪■◦ \t\x1c\xa0\u3000HomeNws.!?:;,«(\"1", max_size=30), st.text(max_size=30),
                 st.builds(lambda bullet, words, end: bullet + " ".join(words) + end,
                           st.sampled_from(["", "- ", "-", "» ", "• \t", "\u3000"]),
                           st.lists(st.sampled_from(["Home", "News", "and", "sport", "Über", "12"]), max_size=7),
                           st.sampled_from(["", " ", ".", ":", "\x1c"]))),
       st.integers(min_value=0, max_value=6))
def test_a_label_is_told_as_reading_the_whole_line_tells_it(text, max_words):
    from cleaner.matching.menus import is_label, reads_as_label

    assert is_label(text, max_words) == reads_as_label(text, max_words)


@SETTINGS
@given(st.one_of(st.text(alphabet=" \t\xa0\u3000\x1cab", max_size=40), st.text(max_size=40)))
def test_spaces_fold_as_the_regex_folds_them(line):
    from cleaner.text.lines import fold_spaces

    assert fold_spaces(line) == re.sub(r"[ \t]{2,}|\t", " ", line).strip()


@SETTINGS
@given(st.one_of(st.text(alphabet="`()[]{}$:>.aZé-_ \t\xa0\u2028\n1", max_size=30), st.text(max_size=30),
                 st.builds(lambda head, word, end: head + word + end, st.sampled_from(["", " ", "\t", ":", " :", "\u3000"]),
                           st.sampled_from(["archives", "print()", "$HOME", "Home", "x-y", "ß", "Éa", ">>> a", "a::b"]),
                           st.sampled_from(["", ".", ". ", ".\n", "\n", ")", "`"]))))
def test_a_line_is_not_a_label_as_one_search_of_the_alternation_tells(text):
    from cleaner.rules.keys import not_a_label, not_a_label_plain

    assert not_a_label(text) == not_a_label_plain(text)


def plain_key_fold(text: str) -> str:
    """keys.key_fold as it was written before it left single-spaced lines unsplit."""
    for apostrophe in ("’", "‘", "ʼ", "`"):
        text = text.replace(apostrophe, "'")
    folded = " ".join(text.casefold().split())
    for mark in (" :", " ;", " !", " ?"):
        folded = folded.replace(mark, mark[1])
    return folded


@SETTINGS
@given(st.one_of(st.text(alphabet="aBİßﬁΣς ’`:;!?\t\xa0\u3000\x1c\u2028", max_size=30), st.text(max_size=30)))
def test_a_key_folds_as_splitting_every_line_folds_it(text):
    from cleaner.rules.keys import key_fold

    assert key_fold(text) == plain_key_fold(text)


def test_every_space_regex_knows_is_one_to_str():
    """The label and stamp shortcuts strip and split with str's whitespace where the patterns read
    regex's \\s: they agree only while every character regex calls a space is one to str."""
    import regex

    space = regex.compile(r"\s")
    assert [hex(c) for c in range(0x110000) if space.match(chr(c)) and not chr(c).isspace()] == []


def test_no_digit_regex_knows_is_a_letter_to_str():
    """pager tells a line opening with a letter (str.isalpha) from a page's number without its
    pattern, whose digits are regex's \\d: no character may be both."""
    import regex

    digit = regex.compile(r"\d")
    assert [hex(c) for c in range(0x110000) if digit.match(chr(c)) and chr(c).isalpha()] == []


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["Pages:", "1", "[2]", "- 3", "(4)", "5", "Next", "٣", "a1", "10 Tips"]),
                          st.text(alphabet="-•·*[]()12٣\U000116d3 a\xa0", max_size=6)), max_size=12))
def test_page_numbers_are_read_as_reading_every_line_reads_them(texts):
    from cleaner.matching import pager

    assert pager.page_numbers(texts) == [pager._number(text) for text in texts]


def test_odd_spaces_are_made_plain_as_translating_every_character_makes_them():
    """Matcher.candidates makes the spaces that do not break plain with one sub; the table it
    translated every character with before is what it must equal, on every character."""
    from cleaner.matching.line_rules import ODD_SPACES

    table = str.maketrans(dict.fromkeys([0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F], " "))
    every = "".join(map(chr, range(0x110000)))
    assert ODD_SPACES.sub(" ", every) == every.translate(table)
    assert ODD_SPACES.sub(" ", "10\u00a0km, Lire aussi\u202f:\u2009a") == "10 km, Lire aussi : a"


def plain_menu_run(rule, lines) -> list[int]:
    """menu_run's lines as it found them before it kept what it read: every line read, every item
    made; a run that is no menu as it stands read again across divider lines ("--", "| | |")."""
    from cleaner.matching import menus

    items = [menus._Item(line, line.removed_by, rule, line.text, {}) for line in lines]

    def inside(k):
        return items[k].label or items[k].line.removed_by is not None

    def judge(start, end):
        run = items[start:end]
        labels = [item for item in run if item.label]
        chrome = sum(item.chrome for item in run)
        evidence = chrome + sum(item.named for item in labels)
        bounded = (start == 0 or run[0].edge) and (end == len(items) or run[-1].edge) \
            or (start == 0 or end == len(items)) and (chrome or evidence > rule.min_evidence)
        dense = evidence >= rule.min_dense and 2 * evidence >= len(labels) + chrome
        if (bounded or dense) and len(labels) + chrome >= rule.min_lines and evidence >= rule.min_evidence:
            return [item.line.number for item in labels if item.line is not items[0].line]
        return None

    taken, i = [], 0
    while i < len(items):
        if not items[i].label:
            i += 1
            continue
        start, end = i, i
        while start > 0 and items[start - 1].line.removed_by is not None:
            start -= 1
        while end < len(items) and inside(end):
            end += 1
        across = end
        while across < len(items):
            beyond = across
            while (beyond < len(items) and items[beyond].line.removed_by is None
                   and items[beyond].line.text.strip() and not any(c.isalnum() for c in items[beyond].line.text)):
                beyond += 1
            if beyond == across or beyond == len(items) or not inside(beyond):
                break
            across = beyond
            while across < len(items) and inside(across):
                across += 1
        found = judge(start, end)
        if found is None and across > end:
            found = judge(start, across)
            end = across if found is not None else end
        taken += found or []
        i = end
    return taken


MENU_LINES = ["Home", "News", "World", "| Business |", "| | |", "Contact Us", "Karachi", "- TOP STORIES",
              "The council approved the new bridge on Monday.", "Flour, sugar", "Title", "3 comments"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(MENU_LINES), st.sampled_from([None, "navigation", "share", "quote"])),
                max_size=14))
def test_menu_runs_find_what_reading_every_line_finds(rows):
    from cleaner.document import Document, Line, Removal
    from cleaner.matching.menus import menu_run
    from cleaner.rules.model import StructureRule

    rule = StructureRule(id="m", description="d", kind="menu_run", max_words=4, min_lines=3, min_evidence=2,
                         min_dense=3, labels=frozenset({"home", "news", "world", "business", "contact us"}))
    lines = [Line(n, text, None if family is None else Removal("r", "f", n, text, family=family))
             for n, (text, family) in enumerate(rows, start=1)]
    expected = plain_menu_run(rule, lines)
    doc = Document(lines, folded=True)
    for _ in range(2):  # the second round reads what the first kept
        taken = [line.number for line in lines if line.removed_by is None]
        menu_run(doc, rule, [], [])
        assert [n for n in taken if lines[n - 1].removed_by is not None] == expected
        expected = plain_menu_run(rule, lines)


@SETTINGS
@given(st.text(alphabet="abcXYZ 1.中文字漢é\u3400", max_size=40))
def test_han_over_latin_counts_as_counting_every_letter_does(text):
    """The language check counts Latin letters only as far as the Han characters' number."""
    from cleaner.language import detection

    plain = len(detection._HAN.findall(text)) > len(detection._LATIN_LETTERS.findall(text))
    assert detection._han_over_latin(text) == plain


# Lines that rules of both kinds take, alone or in runs, and prose around them; invented.
ROUND_LINES = ["Home", "News", "Sport", "Contact Us", "Share this article", "Leave a Comment",
               "You may also like", "Home › World › Europe", "By Anna Keller", "12:45 Trams return to Basel",
               "13:10 The ferry reopens at noon", "Page 1 2 3 Next", "Related Articles",
               "Ten things to do in Basel this summer", "The river festival returns to Basel",
               "The festival returns this weekend after a two-year pause, with boats and music on both banks.",
               "Organisers expect forty thousand visitors on Saturday, and the city adds night trams.", ""]


def _rounds_every_time(fn):
    """Cleaner.clean with the structural rules run in every round (the plain version)."""
    from unittest import mock

    from cleaner.pipeline import Cleaner

    plain = Cleaner._rounds

    def every_round(self, doc, domain, skip_idle=True, **rest):
        return plain(self, doc, domain, skip_idle=False, **rest)

    with mock.patch.object(Cleaner, "_rounds", every_round):
        return fn()


def _outcome(result):
    return result.text, result.lang, result.removals, result.fixes, result.notices


@SETTINGS
@given(st.lists(st.sampled_from(ROUND_LINES), max_size=24))
def test_rounds_that_skip_idle_structural_rules_clean_as_running_them_every_round(lines):
    from cleaner.pipeline import Cleaner

    cleaner = Cleaner()
    text = "\n".join(lines)
    assert _outcome(cleaner.clean(text)) == _rounds_every_time(lambda: _outcome(Cleaner().clean(text)))


def test_fixtures_clean_as_when_the_structural_rules_run_every_round():
    from pathlib import Path
    from unittest import mock

    from cleaner import pipeline
    from cleaner.pipeline import Cleaner

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "input"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    cleaner, calls = Cleaner(), []
    structure = pipeline.apply_structure_rules

    def counted(doc, rules):
        calls.append(doc)
        return structure(doc, rules)

    with mock.patch.object(pipeline, "apply_structure_rules", counted):
        skipping = [_outcome(cleaner.clean(text)) for text in texts]
        runs = len(calls)
        assert skipping == _rounds_every_time(lambda: [_outcome(Cleaner().clean(text)) for text in texts])
    assert runs < len(calls) - runs  # the fixtures have rounds whose structural rules are skipped


def plain_closing_quote(text):
    """prose._closing_quote read character by character, as it was."""
    from cleaner.text.prose import CLOSING_QUOTES

    for i in range(2, len(text)):
        char = text[i]
        if char in CLOSING_QUOTES and not (char in "'’" and i + 1 < len(text) and text[i + 1].isalpha()):
            return i
    return 0


@SETTINGS
@given(st.one_of(st.text(alphabet="«»“”„‟\"'‘’‚‹›「』」『 a,.Жé中\t", max_size=30), st.text(max_size=30)))
def test_a_closing_quote_is_found_where_reading_every_character_finds_it(text):
    from cleaner.text.prose import _closing_quote

    assert _closing_quote(text) == plain_closing_quote(text)
    assert _closing_quote("“" + text) == plain_closing_quote("“" + text)


@SETTINGS
@given(st.one_of(st.text(alphabet="News|-• \t\xa0\u3000.", max_size=30), st.text(max_size=30)))
def test_a_line_without_a_bar_is_no_barred_menu_item(text):
    """barred_menu tries its pattern only on lines holding a bar."""
    from cleaner.matching.menus import _BARRED_ITEM

    assert "|" in text or _BARRED_ITEM.match(text) is None


def _with_the_page_kinds(fn):
    """Cleaner.clean with the page kinds run on a text too (the plain version): every structure
    rule of the rounds every round, and the settled ones once the rounds settle."""
    from unittest import mock

    from cleaner.pipeline import Cleaner

    plain = Cleaner._rules_for

    def every_kind(self, lang, domain, page=True):
        return plain(self, lang, domain)

    with mock.patch.object(Cleaner, "_rules_for", every_kind):
        return fn()


def test_the_page_kinds_remove_nothing_from_a_text():
    """What lets a text be cleaned without them: each bundled rule of a page kind, of every language,
    given a text's document (no page facts), some of its lines removed, returns 0 and leaves it as it was."""
    from cleaner.document import Document, Removal
    from cleaner.matching.page_rules import STEPS as PAGE_STEPS
    from cleaner.matching.structure import STEPS
    from cleaner.pipeline import Cleaner
    from cleaner.rules.model import PAGE_KINDS

    assert set(PAGE_KINDS) == set(PAGE_STEPS)
    cleaner = Cleaner()
    named = sorted({lang for ruleset in cleaner.rulebook.sets for lang in (ruleset.languages or ())})
    rules = {rule.id: rule for lang in (None, *named)
             for rule in cleaner.rulebook.select(lang, None)[1] if rule.kind in PAGE_KINDS}
    assert {rule.kind for rule in rules.values()} == set(PAGE_KINDS)
    doc = Document.from_text("\n".join(ROUND_LINES * 2), folded=True)
    for line in doc.lines[::3]:
        line.removed_by = Removal("r", "f", line.number, line.text, family="navigation")
    before = [(line.text, line.removed_by) for line in doc.lines]
    for rule in rules.values():
        lines = doc.content()
        assert STEPS[rule.kind](doc, rule, lines, doc.texts(lines)) == 0
        assert [(line.text, line.removed_by) for line in doc.lines] == before


def test_texts_clean_as_with_the_page_kinds():
    from pathlib import Path

    from cleaner.pipeline import Cleaner

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "input"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    fast, plain = Cleaner(), Cleaner()
    assert fast._rules_for("en", None, page=False)[2] == []  # a text's rounds end with nothing settled
    got = [_outcome(fast.clean(text)) for text in texts] + [_outcome(r) for r in fast.clean_many(texts)]
    assert got == _with_the_page_kinds(lambda: [_outcome(plain.clean(text)) for text in texts]
                                       + [_outcome(r) for r in plain.clean_many(texts)])


_TWO_CLEANERS = []


@SETTINGS
@given(st.lists(st.sampled_from(ROUND_LINES), max_size=24))
def test_round_lines_clean_as_with_the_page_kinds(lines):
    from cleaner.pipeline import Cleaner

    if not _TWO_CLEANERS:  # built once: a Cleaner's rules compile when it meets a language
        _TWO_CLEANERS.extend((Cleaner(), Cleaner()))
    fast, plain = _TWO_CLEANERS
    text = "\n".join(lines)
    assert _outcome(fast.clean(text)) == _with_the_page_kinds(lambda: _outcome(plain.clean(text)))
