"""The screen (one RE2 set of every start and part regex_index tells) picks the same regex
rules for a line as looking each string up in turn, and the matcher built on it finds what
searching every rule finds."""

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from bench import regex_engines
from cleaner.matching.line_rules import Matcher
from cleaner.matching.screen import Screen
from cleaner.rules.book import load_rulebook
from cleaner.rules.loader import parse_rule_file

BOOK = load_rulebook()
LANGUAGES = sorted({lang for ruleset in BOOK.sets for lang in (ruleset.languages or ())})
MATCHERS = [Matcher(BOOK.select(lang, None)[0]) for lang in (None, *LANGUAGES)]
LINES = regex_engines.all_lines(generated=1500)


def _every_rule(matcher: Matcher, text: str) -> set[str]:
    return {rule.id for rule in (*matcher.indexed, *matcher.regexes) if rule.search(text)}


def test_the_screen_picks_what_looking_up_each_string_picks_on_the_rules_examples_and_corpora():
    assert len(MATCHERS) > 10 and len(LINES) > 3000
    picked = 0
    for matcher in MATCHERS:
        for text in LINES:
            screened = matcher.screen.rules(text)
            assert set(screened) == set(matcher.screen.plain(text)), text
            assert len(screened) == len(set(screened))
            picked += bool(screened)
    assert picked > 1000  # the lines reach the strings: a difference would show


def test_a_line_meets_every_rule_that_matches_it():
    found = 0
    for matcher in MATCHERS:
        for text in LINES:
            screened = {rule.id for rule in (*matcher.screen.rules(text), *matcher.regexes) if rule.search(text)}
            assert screened == _every_rule(matcher, text), text
            found += bool(screened)
    assert found > 500


# Lines from the letters rules' strings are written with, in both cases, with the
# characters lower case treats apart (İ, ſ, ς, ß, K) and a lone surrogate.
_PIECES = st.sampled_from(["home", "HOME", "›", "»", " ", "|", "comments", "Comment", "photo", "Foto:", "©",
                           "share", "©2024", "Read more", "ЕЩЁ", "σχόλια", "ΣΧΌΛΙΑ", "İ", "ſ", "ς", "ß", "K",
                           "\ud800", "1", "2024", ".", "!", "Источник:", "评论"])
_TEXTS = st.lists(_PIECES, max_size=8).map("".join)


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.sampled_from(range(len(MATCHERS))))
def test_the_screen_picks_what_looking_up_each_string_picks_on_any_line(text, which):
    screen = MATCHERS[which].screen
    if "\ud800" in text:  # RE2 cannot read it: every screened rule is searched, a superset
        assert screen.rules(text) == screen.indexed and set(screen.plain(text)) <= set(screen.indexed)
    else:
        assert set(screen.rules(text)) == set(screen.plain(text))


def test_a_selection_without_indexed_regexes_screens_nothing_and_keeps_its_phrases():
    rules = parse_rule_file("rules:\n  - id: share\n    description: a share prompt\n    family: share\n"
                            "    match: {phrase: 'Share this'}\n", "share.yaml", "share").rules
    matcher = Matcher(rules)
    assert matcher.screen.rules("Share this") == [] and matcher.indexed == []
    assert [rule.id for rule in matcher.candidates("Share this")] == ["share"]


def test_a_line_lower_case_cannot_fold_is_searched_by_every_screened_rule():
    rules = parse_rule_file("rules:\n  - id: credit\n    description: a photo credit\n    family: caption\n"
                            "    match: {regex: '(?i)^photo: \\w+$'}\n", "credit.yaml", "credit").rules
    screen = Screen(rules)
    assert screen.starts and screen.rules("Photo: Reuters") == rules
    assert screen.rules("Sports news") == []
    assert screen.rules("İstanbul") == rules  # "İ" lowers to two characters: no safe folding


_PROSE = ("The council met on Tuesday and agreed the budget after a long debate about the roads, "
          "the schools and the new library that the town had waited for since the old one closed. ")


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.integers(1, 12), st.sampled_from(range(len(MATCHERS))))
def test_a_line_longer_than_every_max_words_meets_the_rules_searching_every_line_would(head, copies, which):
    """A paragraph is screened by the rules with no max_words alone, and by its head alone
    (their regexes all begin as regex_index tells): what it matches is what searching every
    rule finds, whatever its head holds (letters lower case treats apart, a lone surrogate)."""
    # The bundled rules with no max_words all begin as regex_index tells: the head is read alone.
    assert sum(m.long_screen.head is not None for m in MATCHERS) > len(MATCHERS) // 2
    matcher = MATCHERS[which]
    text = " ".join((head + " " + _PROSE * copies).split())
    words = len(text.split())
    found = {rule.id for rule in matcher.candidates(text, words) if rule.kind == "regex"}
    plain = {rule.id for rule in (*matcher.indexed, *matcher.regexes)
             if (rule.max_words is None or words <= rule.max_words) and rule.search(text)}
    assert found == plain, text
    if words > matcher.most_words:
        assert set(matcher.long_screen.rules(text)) >= {rule for rule in matcher.indexed
                                                        if rule.max_words is None and rule.search(text)}


def test_paragraphs_opening_as_the_rules_examples_meet_the_rules_searching_every_line_would():
    heads = {example for matcher in MATCHERS for rule in matcher.long_screen.indexed
             for example in (*rule.drop_examples, *rule.keep_examples)}
    heads |= {"| | |", "ſhare", "İ", "ΣΧΟΛΙΑ", "\ud800"}
    long = [" ".join(text.split()) for head in sorted(heads) for text in (head + " " + _PROSE * 8, " ".join([head] * 130))]
    long += ["| " * 150 + "|", "|" + " |" * 150]  # an empty table row, wide
    assert len(long) > 20
    hits = 0
    for matcher in MATCHERS:
        for text in long:
            words = len(text.split())
            found = {rule.id for rule in matcher.candidates(text, words) if rule.kind == "regex"}
            assert found == {rule.id for rule in (*matcher.indexed, *matcher.regexes)
                             if (rule.max_words is None or words <= rule.max_words) and rule.search(text)}, text
            hits += bool(found) and words > matcher.most_words
    assert hits > 20  # paragraphs the long screen lets through to their rules



def test_a_table_row_meets_only_the_rules_whose_words_follow_its_separators():
    """An opening with a lead (``^[\\s|]*``) lets a line through by what follows the separators:
    a table row's "|" alone opens no such rule."""
    rules = parse_rule_file(
        "rules:\n"
        "  - id: share-row\n    description: share links\n    family: share\n"
        "    match: {regex: '^[\\s|]*(?:Facebook|Twitter)(?:\\s*\\|\\s*(?:Facebook|Twitter))*[\\s|]*$'}\n"
        "  - id: print-link\n    description: a print link\n    family: widget\n"
        "    match: {regex: '^[\\s|•-]*Print(?: this)?[\\s|]*$'}\n",
        "rows.yaml", "rows").rules
    screen = Screen(rules)
    assert screen.lead and screen.head is not None  # the lead, then the longest start: all it reads
    assert [rule.id for rule in screen.rules("| Facebook | Twitter |")] == ["share-row"]
    assert [rule.id for rule in screen.rules("  • Print this")] == ["print-link"]
    for row in ("| 2019 | 4,512 | 12% |", "| Name | Share of votes |", "|", "Facebook posts rose", "|" * 300 + " print"):
        found = screen.rules(row)
        assert found == screen.plain(row) and set(found) >= {rule for rule in rules if rule.search(row)}, row
    assert screen.rules("| 2019 | 4,512 | 12% |") == [] and len(screen.rules("|" * 300 + " print")) == 1


def test_a_screen_of_ten_thousand_distinct_openings_compiles_and_picks_its_rule():
    """The openings' set holds some of the patterns the one set of openings and parts held, at the
    same memory bound, so it compiles wherever that one did (at 2 MB, this one failed)."""
    text = "rules:\n" + "".join(f"  - id: w{i}\n    description: a widget row\n    family: widget\n"
                                f"    match: {{regex: '^Widget{i:05d} alpha \\\\d+$'}}\n" for i in range(10_000))
    rules = parse_rule_file(text, "widgets.yaml", "widgets").rules
    screen = Screen(rules)
    assert len(screen.starts) == 10_000
    assert [rule.id for rule in screen.rules("Widget04242 alpha 7")] == ["w4242"]
    assert screen.rules("The widget sold well this year.") == []


def test_the_every_line_rules_find_searching_the_lines_at_once_what_they_find_line_by_line():
    # Every language's rules that no screen tells, on the rules' examples and corpora (Matcher.everywhere).
    found = 0
    for matcher in (matcher for matcher in MATCHERS if matcher.regexes):
        by_document = matcher.everywhere(LINES)
        assert by_document is not None
        for text in LINES:
            alone = {rule.id for rule in matcher.regexes if rule.search(text)}
            assert {rule.id for rule in by_document.get(text, ())} == alone, text
            found += bool(alone)
    assert found > 20


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=1, max_size=12), st.sampled_from([m for m in MATCHERS if m.regexes]))
def test_the_every_line_rules_find_searching_the_lines_at_once_what_they_find_on_any_lines(texts, matcher):
    texts = [text for text in dict.fromkeys(texts)]
    by_document = matcher.everywhere(texts)
    for text in texts:
        alone = {rule.id for rule in matcher.regexes if rule.search(text)}
        assert {rule.id for rule in by_document.get(text, ())} == alone, text


def test_a_line_holding_a_line_break_is_searched_alone():
    matcher = next(matcher for matcher in MATCHERS if matcher.regexes)
    assert matcher.everywhere(["one line", "two\nlines"]) is None
    assert matcher.everywhere([]) is None


def test_warm_compiles_the_document_search_of_the_every_line_rules():
    from cleaner import Cleaner

    matcher = Cleaner().warm()._rules_for("en", None)[0]
    assert matcher.regexes and all(rule.__dict__.get("lines_searcher") is not None for rule in matcher.regexes)
