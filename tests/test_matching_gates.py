"""What the matcher asks of a line before a regex rule is searched, read from each rule's gate,
is what _short_enough and ends_with tell; the screen's answers, kept, are the ones made anew;
a menu run's look at a line's last character leaves out no label."""

from hypothesis import given, settings, strategies as st

from cleaner.matching.line_rules import Matcher, _short_enough, gate
from cleaner.matching.menus import _NOT_LABEL_END, cells, is_label
from cleaner.rules.book import load_rulebook
from cleaner.rules.regex_index import ends_with

BOOK = load_rulebook()
LANGUAGES = sorted({lang for ruleset in BOOK.sets for lang in (ruleset.languages or ())})
MATCHERS = [Matcher(BOOK.select(lang, None)[0]) for lang in (None, *LANGUAGES)]
RULES = list({id(rule): rule for matcher in MATCHERS for rule in matcher.gates}.values())
# Last characters the bundled rules' endings name, and others; "" is an empty line's.
ENDS = sorted({ch for rule in RULES if rule.ending for ch in rule.ending[1]} | set(".!?:;,)]|»aZ9 \u3002"))


def test_every_bundled_regex_rules_gate_tells_what_short_enough_and_ends_with_tell():
    assert len(RULES) > 200 and sum(rule.ending is not None for rule in RULES) > 20
    assert any(rule.max_words is None for rule in RULES) and any(rule.max_words for rule in RULES)
    for rule in RULES:
        most, refused, chars = gate(rule)
        for words in (None, 0, 1, 2, 5, 14, 15, 40, 120, 121, 10_000):
            for ch in (*ENDS, ""):
                plain = _short_enough(rule, words) and ends_with(rule.ending, ch)
                gated = most >= (-1 if words is None else words) and (ch in chars) != refused
                assert gated == plain, (rule.id, words, ch)


def test_every_regex_rule_of_a_selection_has_its_gate():
    for matcher in MATCHERS:
        assert set(map(id, matcher.gates)) == set(map(id, (*matcher.indexed, *matcher.regexes)))


LINES = ["By Jane Doe", "Share this article", "Photo: Reuters", "| Home | News | Sport |", "© 2024 The Harbour Post",
         "The council approved the new bridge on Monday.", "Read more", "Posted on 6 December 2026", "İstanbul",
         "Comments are closed.", "Follow us on social media", "Источник: ТАСС", "评论", ""]


def test_the_screens_answers_kept_are_those_made_anew():
    for matcher in MATCHERS:
        for screen in (matcher.screen, matcher.long_screen):
            first = [list(screen.rules(text)) for text in LINES * 2]
            for text, rules in zip(LINES * 2, first):
                assert set(rules) == set(screen.plain(text)), text
            screen._answers.clear()
            assert [screen.rules(text) for text in LINES * 2] == first


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Home", "news", "| ", " |", "Contact", ".", ":", "!", ",", " ", "Us", "1", "»"]),
                max_size=8).map("".join))
def test_a_line_the_menu_gate_leaves_out_is_no_label(text):
    text = " ".join(text.split())
    if text and not (text[:1] == "|" or text.rstrip()[-1:] not in _NOT_LABEL_END):
        found = cells(text)
        assert not (found and all(is_label(cell, 4) for cell in found)), text
