"""Shortcuts in the per-line tests of the structural rules and the text helpers, each held equal
to the plain version it stands in for (as tests/test_properties.py holds the ftfy shortcut)."""

import os
import re
import string

from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner.matching import ticker
from cleaner.text.prose import more_words_than, word_count

EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# What stamps and the lines around them are made of, with spaces of every kind (some that
# str.strip removes and the regexes' \s does not) and digits of other scripts.
STAMPISH = "0123456789٣:./-()[]（）μπPpMmAa,|–—•·*． abЖ中\t\u3000\x1c\xa0"
stampish = st.text(alphabet=STAMPISH, max_size=30)
headlines = st.builds(lambda head, stamp, tail: head + stamp + tail,
                      st.sampled_from(["- Headline ", "Минюст отказался ", "流感疫情进入高峰", "", "Prices fell "]),
                      st.from_regex(r"[(\[（]?\s*\d{1,2}[:./-]\d{2}(?:\s*(?:[Pp]\.?[Mm]\.?|μμ|[Aa]\.?[Mm]\.?|πμ))?"
                                    r"\s*[)\]）]?", fullmatch=True),
                      st.sampled_from(["", " ", "  ", ")", " )", "\t", "\x1c", "."]))


@SETTINGS
@given(st.one_of(stampish, headlines, st.text(max_size=40)))
def test_every_line_the_trailing_stamp_pattern_matches_ends_in_a_stamp(text):
    assert ticker.ends_in_stamp(text) or not ticker._TRAILING.match(text)


# The pattern as re reads it (which allows no group name twice), to draw strings from.
TRAILING = re.compile(re.sub(r"\?P<\w+>", "?:", ticker._TRAILING.pattern))


@SETTINGS
@given(st.from_regex(TRAILING, fullmatch=True).filter(lambda m: "\n" not in m))
def test_every_match_drawn_from_the_trailing_stamp_pattern_ends_in_a_stamp(text):
    assert ticker.ends_in_stamp(text) or not ticker._TRAILING.match(text)


def test_lines_ending_in_stamps_and_lines_not():
    for text in ["- Headline 01/12 01:31", "- ． Headline (01/17 10:22)", "Headline2011-01-17", "News 10:22 pm",
                 "Νέα 10:22 μμ", "News (10:22 p.m.)", "News 10:22 a.m. ", "Новость ٢٠١١-٠١-١٧"]:
        assert ticker.ends_in_stamp(text), text
    for text in ["The talks resumed in Geneva on 12 May.", "12:45 Headline", "Chapter 3: the end", ""]:
        assert not ticker.ends_in_stamp(text), text


@SETTINGS
@given(st.one_of(st.text(alphabet=string.ascii_letters + " \t\n\xa0\u3000中文ひらカタ한。,", max_size=40),
                 st.text(max_size=40)),
       st.integers(min_value=-2, max_value=25))
def test_more_words_than_is_word_count_compared(text, limit):
    assert more_words_than(text, limit) == (word_count(text) > limit)
