"""The headline ticker's shortcuts (stamp marks, trailing stamps, runs tried only near a stamp),
each held equal to the plain version it stands in for."""

import os
import re

import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner.data import month_numbers
from cleaner.matching import ticker
from cleaner.text.prose import PARAGRAPH_WORDS, ends_sentence, word_count

EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# What stamps and the lines around them are made of, with spaces of every kind (some that
# str.strip removes and the regexes' \s does not) and digits of other scripts.
STAMPISH = "0123456789٣\U000116d3:./-()[]（）μπPpMmAa,|–—•·*． abЖ中\t\u3000\x1c\xa0"
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
TRAILING = re.compile(re.sub(r"\?P<\w+>", "?:", ticker._TRAILING_PLAIN.pattern))


@SETTINGS
@given(st.from_regex(TRAILING, fullmatch=True).filter(lambda m: "\n" not in m))
def test_every_match_drawn_from_the_trailing_stamp_pattern_ends_in_a_stamp(text):
    assert ticker.ends_in_stamp(text) or not ticker._TRAILING.match(text)


# Every stamp, as re reads _STAMP (digits of every script for \d), to draw from.
STAMP = re.compile(re.sub(r"\?P<\w+>", "?:", ticker._STAMP_PLAIN))


@SETTINGS
@given(st.from_regex(STAMP, fullmatch=True))
def test_every_stamp_holds_the_mark_the_ticker_scans_for(text):
    # headline_ticker tries runs only around lines holding STAMP_MARK, and none in a document
    # with fewer such lines than a run has stamps: every stamp must hold one.
    assert ticker.STAMP_MARK.search(text), text


# The stamp patterns without the lookaheads that spare regex the months' alternation: what each
# must equal, match for match and group for group.
PLAIN = {"_LEADING": regex.compile(ticker._LEADING.pattern.replace(ticker._STAMP, ticker._STAMP_PLAIN)),
         "_ALONE": regex.compile(ticker._ALONE.pattern.replace(ticker._STAMP, ticker._STAMP_PLAIN)),
         "_TRAILING": ticker._TRAILING_PLAIN}
# Pieces of stamped lines: months (as written and capitalised, a prefix of one, one glued to a
# word), days, years and times, their separators, brackets and words around them.
MONTHS = sorted(month_numbers())
PIECES = [*MONTHS[::7], *(m.capitalize() for m in MONTHS[3::11]), "Mar", "Mayday", "Junebug", "3", "12", "31",
          "2011", "11:20", "8:30", "7", ".", ",", ":", "/", "-", "–", "—", "|", "//", " ", " ", "  ", "\t", "\xa0",
          "(", ")", "[", "]", "（", "）", "p.m.", "AM", "μμ", "в", "at", "г.", "r.", "Headline", "Prices fell",
          "NATO", "о", "•", "．", "*", "GMT", "ET", "UTC+1", "PM", "Tue", "Wednesday", "Sun", "ETA"]
pieced = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)

STAMPED = ["Prices fell 3 марта в 11:20", "- Council meets Feb. 9, 8:30 AM", "14 listopada 2012, 18:05 Most otwarty",
           "Bridge opens (Jan 16 10:22)", "May 5 12:30", "Mayday 5 12:30", "- 08:51 Headline", "20:38",
           "- [06:01] 01-02", "Headline 11:02", "The talks resumed in Geneva on 12 May, officials said.",
           "Tue, Mar 4 2008, 09:15 GMT", "- Headline 7:05 PM ET", "Source | Wed, Mar 5 2008, 18:40 GMT"]


def _read(match):
    return None if match is None else (match.span(), match.groupdict())


def test_the_stamp_patterns_equal_their_plain_versions_on_written_lines():
    hits = 0
    for text in STAMPED:
        for name, plain in PLAIN.items():
            assert _read(getattr(ticker, name).match(text)) == _read(plain.match(text)), (name, text)
            hits += plain.match(text) is not None
    assert hits >= 8  # the lines above are stamped: equal matches, not equal misses only


@SETTINGS
@given(st.one_of(pieced, headlines, stampish, st.builds(str.__add__, pieced, pieced)))
def test_the_stamp_patterns_equal_their_plain_versions(text):
    for name, plain in PLAIN.items():
        assert _read(getattr(ticker, name).match(text)) == _read(plain.match(text)), name


def test_stamp_marks_in_stamps_and_lines_without_one():
    # U+0663 and U+116D3 are digits to regex; "3.2" holds a mark and is still no stamp (_dated).
    for text in ["12:45", "01/17", "2011-01-17", "٣:45", "1𑛓.05", "(3.2)"]:
        assert ticker.STAMP_MARK.search(text), text
    for text in ["2011", "12 May", "No. 5", "-5", "v.2a", "10 : 22", "3 / 4"]:
        assert not ticker.STAMP_MARK.search(text), text


def test_lines_ending_in_stamps_and_lines_not():
    # U+116D3 is a digit to regex, whose Unicode is later than this Python's.
    for text in ["Headline 12:4\U000116d3", "- Headline 01/12 01:31", "- ． Headline (01/17 10:22)", "Headline2011-01-17", "News 10:22 pm",
                 "Νέα 10:22 μμ", "News (10:22 p.m.)", "News 10:22 a.m. ", "Новость ٢٠١١-٠١-١٧", "News 7:05 PM ET",
                 "News 07:36 UTC"]:
        assert ticker.ends_in_stamp(text), text
    for text in ["The talks resumed in Geneva on 12 May.", "12:45 Headline", "Chapter 3: the end", ""]:
        assert not ticker.ends_in_stamp(text), text



def plain_ticker(rule, texts: list[str]) -> list[int]:
    """headline_ticker's lines as it found them before it scanned for digits: a run tried from every line
    (a teaser between two headlines opening on their stamps included)."""
    taken, found, i = [], [], 0
    while i < len(texts):
        run, stamps, teasers, j = [], [], set(), i
        while j < len(texts):
            stamp = ticker._stamped(texts[j], rule.max_words)
            if stamp is not None:
                run, stamps, j = run + [j], stamps + [stamp], j + 1
                continue
            after = ticker._ALONE.match(texts[j + 1]) if j + 1 < len(texts) and ticker._DIGIT.search(texts[j + 1]) else None
            if after and ticker.stamp_of(after) and ticker._headline(texts[j].lstrip("-•·* "), rule.max_words):
                run, stamps, j = run + [j, j + 1], stamps + [ticker.stamp_of(after)], j + 2
                continue
            # a teaser between two headlines opening on their stamps
            if (run and run[-1] not in teasers and ticker._LEADING.match(texts[run[-1]])
                    and j + 1 < len(texts) and ticker._LEADING.match(texts[j + 1])
                    and not ticker._ALONE.match(texts[j + 1]) and ticker._stamped(texts[j + 1], rule.max_words)
                    and ticker._teaser(texts[j])):
                run, j = run + [j], j + 1
                teasers.add(j - 1)
                continue
            break
        least = max(rule.min_run, ticker._LEAST_TEASED) if teasers else rule.min_run
        if len(stamps) >= least and (ticker.goes_back(stamps) or ticker.one_days_box(texts, run, stamps, teasers)) \
                and not ticker._dated_entries(texts, run, rule.max_words):
            found.append((run, bool(teasers)))
        i = max(j, i + 1)
    # beside an article: paragraphs outside the runs (and past the line after a run with teasers)
    aside = {k for run, _ in found for k in run} | {run[-1] + 1 for run, teased in found if teased}
    paragraphs = sum(1 for k, text in enumerate(texts) if k not in aside and ends_sentence(text)
                     and word_count(text) >= PARAGRAPH_WORDS)
    for run, teased in found:
        if paragraphs >= (ticker._ARTICLE_PARAGRAPHS_TEASED if teased else ticker._ARTICLE_PARAGRAPHS):
            taken += run
    return taken


TICKER_LINES = ["18:51 // Минюст отказался регистрировать партию", "- Prices fell again (01/17 10:22)",
                "- [20:07] 01-12", "20:38", "流感疫情进入高峰", "12:45 Headline", "Headline 11:02",
                "The talks resumed in Geneva on 12 May, officials said.", "Prices fell", "3.2", "Title"]


PARAGRAPH = "The council met on Tuesday and agreed to open the bridge in May."
times = st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
# Lines of a ticker: a stamped headline, a headline above its stamp, or anything else; an article's
# paragraph before them most times (a ticker goes only beside an article).
ticker_lines = st.one_of(st.sampled_from(TICKER_LINES).map(lambda line: [line]),
                         st.builds(lambda time, words: [f"{time} Headline {words}"], times, st.sampled_from(["one", "3"])),
                         st.builds(lambda words, time: [f"Headline {words}", time], st.sampled_from(["one", "two"]), times),
                         stampish.filter(str.strip).map(lambda line: [line]))


@SETTINGS
@given(st.builds(lambda head, parts: head + [line for part in parts for line in part],
                 st.sampled_from([[], [PARAGRAPH], [PARAGRAPH] * 2]), st.lists(ticker_lines, max_size=10)))
def test_the_ticker_finds_what_trying_every_line_finds(texts):
    from cleaner.document import Document, Line
    from cleaner.rules.model import StructureRule

    rule = StructureRule(id="t", description="d", kind="headline_ticker", min_run=2, max_words=30)
    lines = [Line(n, text) for n, text in enumerate(texts)]
    doc = Document(lines)
    ticker.headline_ticker(doc, rule, lines, texts)
    assert [line.number for line in lines if line.removed_by is not None] == plain_ticker(rule, texts)
    # and again, as the next round of the pipeline runs it, reading what it found out the first time
    kept = [line for line in lines if line.removed_by is None]
    ticker.headline_ticker(doc, rule, kept, [line.text for line in kept])
    again = plain_ticker(rule, [line.text for line in kept])
    assert [line.number for line in kept if line.removed_by is not None] == [kept[i].number for i in again]
