"""A line's keys and the rules it may match: phrase and prefix keys, the shortcuts that skip
folding or splitting a line, each against the plain reading it must equal."""

from cleaner.text.lines import fold_spaces
from conftest import FIXTURES


def test_a_line_longer_than_every_phrase_is_told_without_folding_it():
    """longer_than only ever answers True for a line whose phrase key is that long."""
    from hypothesis import given, settings, strategies as st

    from cleaner.rules.keys import longer_than, phrase_key

    # Edges eat words only from a first or last word with no letter in it.
    assert len(phrase_key("• ««««« x")) == 1 and not longer_than("• ««««« x".split(), 4)
    assert len(phrase_key("a ««««« x")) == 9 and longer_than("a ««««« x".split(), 4)
    assert not longer_than("x ««««« •".split(), 4)

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet="aZß ﬁİΣ1.,:;!?«»’'•-\u00a0\u0301\u2009|", max_size=40), st.integers(0, 12))
    def check(text, limit):
        if longer_than(text.split(), limit):
            assert len(phrase_key(text)) > limit

    check()


def test_a_spaced_line_is_counted_and_measured_as_its_split():
    """apply_line_rules counts the words of a folded printable line by its spaces, and
    candidates measures it without splitting: both as with text.split()."""
    from hypothesis import given, settings, strategies as st

    from cleaner.rules.keys import longer_than, spaced_longer_than

    word = st.text(alphabet="aZß1.,:;!?«»’'•-|", min_size=1, max_size=6)
    odd = st.text(alphabet="aZß1.,:  \t\u00a0\u2009\x0b\x1f\u3000|", max_size=30)

    @settings(max_examples=600, deadline=None)
    @given(st.one_of(st.lists(word, max_size=8).map(" ".join), odd), st.integers(0, 12))
    def check(text, limit):
        text = fold_spaces(text)
        if text and text.isprintable():
            words = text.count(" ") + 1
            assert words == len(text.split())
            assert spaced_longer_than(text, words, limit) == longer_than(text.split(), limit)

    check()


def test_candidates_of_a_spaced_line_are_those_of_its_split(cleaner_obj):
    texts = [line for path in sorted((FIXTURES / "input").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    tried = 0
    for lang in (None, "en", "fr", "de"):
        matcher = cleaner_obj._rules_for(lang, None)[0]
        for text in map(fold_spaces, texts):
            if text and text.isprintable():
                words = text.count(" ") + 1
                assert (matcher.candidates(text, words, None, spaced=True)
                        == matcher.candidates(text, words, text.split())), text
                tried += 1
    assert tried > 500


def test_the_first_word_of_an_ascii_head_is_its_folded_first_word():
    """candidates reads the first word of an ASCII line beginning with a letter or digit
    without key_fold: lowered, it is the first word of the folded head."""
    from hypothesis import given, settings, strategies as st

    from cleaner.matching.line_rules import first_word
    from cleaner.rules.keys import key_fold

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet="aZ09_ :;!?'`-.,\t", max_size=12))
    def check(rest):
        for head in ("a" + rest, "Z" + rest, "7" + rest):
            assert first_word(head).lower() == first_word(key_fold(head)), head

    check()


def test_letters_and_digits_stay_letters_and_digits_when_case_folded():
    """What longer_than relies on: no letter or digit is an edge, before or after case folding."""
    import sys

    from cleaner.rules.keys import EDGE_CHAR

    for ch in map(chr, range(sys.maxunicode + 1)):
        if ch.isalnum():
            assert not EDGE_CHAR.match(ch), hex(ord(ch))
            assert any(not EDGE_CHAR.match(c) for c in ch.casefold()), hex(ord(ch))


def test_phrases_and_prefixes_found_on_long_lines_as_on_short_ones(cleaner_obj):
    """Lines long enough to skip the phrase lookup still get their prefix rules, and only those."""
    from hypothesis import given, settings, strategies as st

    from cleaner.rules.keys import line_keys, prefix_matches

    prose = "the ministry said talks would resume next week in geneva after a long pause"
    for lang in ("en", "fr", "de", None):
        matcher = cleaner_obj._rules_for(lang, None)[0]
        heads = [key for found in matcher.prefixes.values() for key, _ in found] + ["Tag", "x", ""]

        @settings(max_examples=150, deadline=None)
        @given(st.sampled_from(heads), st.sampled_from([str, str.capitalize, str.upper]),
               st.sampled_from(["", " ", ":", " :", "’s", "-"]), st.integers(0, 14), st.sampled_from(["", ".", " »", "…"]))
        def check(head, case, joint, words, end):
            text = " ".join(f"{case(head)}{joint} {' '.join(prose.split()[:words])}{end}".split())
            phrase, key = line_keys(text)
            expected = [*matcher.phrases.get(phrase, ()),
                        *(rule for prefix, rule in matcher.prefixes.get(_first(key), ()) if prefix_matches(key, prefix))]
            found = [r for r in matcher.candidates(text) if r.kind != "regex"]
            assert found == sorted(set(expected), key=matcher.order.__getitem__), text

        check()


def _first(key):
    from cleaner.matching.line_rules import first_word

    return first_word(key)


def test_a_line_whose_first_word_begins_no_phrase_or_prefix_is_told_without_its_keys(cleaner_obj):
    """candidates skips line_keys for a line beginning with a letter or digit whose folded first
    word no phrase or prefix begins with: the phrase and prefix rules it finds are still those
    the keys of every line give, on short lines and long, whatever their case and edges."""
    from hypothesis import given, settings, strategies as st

    from cleaner.rules.keys import line_keys, prefix_matches

    texts = [fold_spaces(line) for path in sorted((FIXTURES / "input").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    prose = "ministry said talks would resume next week in geneva after a long pause"
    for lang in ("en", "fr", "de", "ru", None):
        matcher = cleaner_obj._rules_for(lang, None)[0]

        def expected(text):
            phrase, key = line_keys(text)
            found = [*matcher.phrases.get(phrase, ()),
                     *(rule for prefix, rule in matcher.prefixes.get(_first(key), ()) if prefix_matches(key, prefix))]
            return sorted(set(found), key=matcher.order.__getitem__)

        skipped = 0
        for text in texts:
            if text:
                assert [r for r in matcher.candidates(text) if r.kind != "regex"] == expected(text), text
                skipped += text[:1].isalnum() and matcher.head(text) not in matcher.heads
        assert skipped > 100  # the shortcut is taken, or this proves nothing
        phrases = [*matcher.phrases, *(key for found in matcher.prefixes.values() for key, _ in found)]

        @settings(max_examples=150, deadline=None)
        @given(st.sampled_from(phrases + ["Tag", "x", "straße", "İstanbul", "ﬁle", "2024"]),
               st.sampled_from([str, str.capitalize, str.upper]), st.sampled_from(["", " ", ":", "’s", "-", "!"]),
               st.integers(0, 4), st.sampled_from(["", ".", " »", "…", "?"]))
        def check(phrase, case, joint, words, end):
            text = " ".join(f"{case(phrase)}{joint} {' '.join(prose.split()[:words])}{end}".split())
            if text:
                assert [r for r in matcher.candidates(text) if r.kind != "regex"] == expected(text), text

        check()
