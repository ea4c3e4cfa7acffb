"""Headline tickers: runs of short lines stamped with a time or a date, newest first.

A news site prints its latest headlines as a list, each with the time or date it went
out ("12:45 Headline", "- Headline (01/17 10:22)", or the headline and its stamp on two
lines). The stamps are what give such a run away, and their order is what tells it
from writing: a programme, a timetable, a chat log or a timeline runs forward in time,
while a ticker runs backwards (newest first) or, for a "most read" box, in no order.
So a run goes only when its stamps go back in time at least as often as forward, and
at least twice, or open every headline on one and the same date (a box of one day's
stories); each of its lines must read as one headline, not as prose or dialogue.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from ..data import month_numbers
from ..document import Document, Line
from ..rules.model import StructureRule
from ..text.lines import joined, lines_with
from ..text.prose import is_dialogue, is_paragraph, more_words_than, sentences, word_count
from .line_rules import remove_line
from .ticker_counted import stamps_counted_below
from .ticker_story import set_in_story, told_in_story

# A time may name its zone after it, as English-language news sites print their stamps ("9:15 PM
# ET", "07:36 GMT"); the zone says nothing of the order, which is read from the clock alone.
_ZONE = r"(?:\s*(?:GMT|UTC|BST|CES?T|[ECMP][SD]?T)(?:[+-]\d{1,2}(?::?\d\d)?)?(?![^\W\d_]))?"
_TIME = (r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?:\s*(?:(?P<pm>[Pp]\.?[Mm]\.?|μμ)|[Aa]\.?[Mm]\.?|πμ))?"
         + _ZONE)
# An English weekday may open a stamp ("Tue, Dec 26 2006, 12:55 GMT"); a stamp is still a date or
# a time, so a weekday alone stamps nothing.
_WEEKDAY = (r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday|s|rs?)?\.?,?\s+)?")
# yyyy-mm-dd, or two numbers (day and month in either order) with an optional year after them.
_DATE = (r"(?:(?P<y1>(?:19|20)\d{2})[-./](?P<m1>0?[1-9]|1[0-2])[-./](?P<d1>0?[1-9]|[12]\d|3[01])"
         r"|(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[-./])(?P<b>0?[1-9]|[12]\d|3[01])"
         r"(?:[-./](?P<y2>(?:19|20)?\d{2}))?)")
# A month written as a word, in any language months.yaml lists, as written or capitalised;
# the longest names first, so that "марта" is not read as "мар".
_MONTH = "|".join(regex.escape(name) for name in sorted(
    {form for name in month_numbers() for form in (name, name.capitalize())}, key=lambda n: (-len(n), n)))


def _named(after_day: str, first: str) -> str:
    """A date with its month in words, always with its time ("3 марта в 11:20", "Feb. 9, 8:30 AM",
    "14 listopada 2012, 18:05"): a day and a month alone are too common in prose to mark a line.
    ``after_day`` and ``first`` are the month's groups, n3 after the day and n4 before it."""
    return (rf"(?:(?P<d3>0?[1-9]|[12]\d|3[01])\.?\s+{after_day}\.?(?:\s+(?P<y3>(?:19|20)\d{{2}}))?"
            rf"|{first}\.?\s+(?P<d4>0?[1-9]|[12]\d|3[01])(?:,?\s+(?P<y4>(?:19|20)\d{{2}}))?)"
            r"(?:\s*(?:г|r)\.)?,?\s+(?:(?:в|о|o|godz\.|at|um|à|alle|às)\s+)?")


def _stamp(named: str) -> str:
    """A time, a date, or both, in brackets or not; ``named``, the date with its month in words."""
    return rf"[(\[（]?\s*{_WEEKDAY}(?:{named}{_TIME}|{_DATE}(?:[,\s]\s*{_TIME})?|{_TIME}(?:[\])]?\s*{_DATE})?)\s*[)\]）]?"


# The letters month names are written in (as _MONTH lists them).
_MONTH_LETTERS = "".join(sorted({ch for name in month_numbers() for form in (name, name.capitalize()) for ch in form}))
_STAMP_PLAIN = _stamp(_named(rf"(?P<n3>{_MONTH})", rf"(?P<n4>{_MONTH})"))
# The same, the months' alternation tried only where a month's letter stands, and where a stamp
# opens on the month, only before a space and the day: regex tries the alternation of every
# language's months name by name at every place a stamp may begin (a headline's every letter,
# as _TRAILING reads it). Lookaheads, so the same matches (a test holds them equal).
_STAMP = _stamp(_named(rf"(?=[{_MONTH_LETTERS}])(?P<n3>{_MONTH})",
                       rf"(?=[{_MONTH_LETTERS}]+\.?\s+\d)(?P<n4>{_MONTH})"))
_BULLET = r"(?:[-•·*]\s*)?(?:[．.]\s+)?"
_SEPARATOR = r"(?:\s*(?://|\||[-–—:])\s*|\s+)"
# The stamp first: "12:45 Headline", "- 08:51 Headline", "09:21 // Headline", "29.10.2011 10:04 Headline".
_LEADING = regex.compile(rf"^{_BULLET}{_STAMP}{_SEPARATOR}(?P<text>\S.*)$")
# The stamp last, glued or not: "- Headline 01/12 01:31", "- ． Headline (01/17 10:22)", "- Headline2011-01-17".
_TRAILING_PLAIN = regex.compile(rf"^{_BULLET}(?P<text>.*?\S)(?:\s*[-–—|/]+)?\s*{_STAMP_PLAIN}$")
# _TRAILING_PLAIN, asking first what must follow its headline part: past the separators, brackets
# and spaces, a digit, or a month's letters, a space and a digit. Its lazy headline part tries the
# stamp at every place of the line; the lookahead refuses most of them at once.
_TRAILING = regex.compile(rf"^{_BULLET}(?P<text>.*?\S)(?=[\s\-–—|/(\[（]*(?:\d|[{_MONTH_LETTERS}]+\.?\s+\d"
                          r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)))"
                          rf"(?:\s*[-–—|/]+)?\s*{_STAMP}$")
# A stamp alone on its line, under the headline it belongs to: "- [06:01] 01-02", "20:38".
# Two words of letters (or two Chinese or Japanese characters); cell borders of a table.
_WORDS = regex.compile(r"\p{L}{2,}\W+\p{L}{2,}|[\p{Han}\p{Hiragana}\p{Katakana}]{2,}")
_CELL_MARKS = "|│┃║"
_CELLS = regex.compile(f"[{_CELL_MARKS}]")
# An address ("ann@example.com", "Ann Lee@EXAMPLE"): the sender of a forwarded e-mail, not a headline.
_ADDRESS = regex.compile(r"\S@\S")
# A line that opens on the clock and states something to its full stop is a story's: a
# story told backwards by the clock ("23:50 Still no call.", "23:10 The last bus goes by.")
# is no ticker. Only there: a ticker printing each headline over its stamp may stop them
# ("Больше 700 паломников обратились за медпомощью.", then "24.11"), and a stamp may end on
# "p.m."; a question, a cry and a title cut short ("...", "…") are headlines everywhere.
_STATED = regex.compile(r"[\p{L}\d][\"'”’»)]*\.$|。[」』”）]*$")
_ALONE = regex.compile(rf"^{_BULLET}(?://\s*)?{_STAMP}(?:\s*//)?$")
_DIGIT = regex.compile(r"\d")  # a stamp's digits, as the patterns above read them
# What every stamp holds: a date's or a time's digit, its separator and the next digit ("12:45",
# "01/17", "2011-01-17"). A test draws stamps from _STAMP to hold it so.
STAMP_MARK = regex.compile(r"\d[-./:]\d")
# Words a bullet (2), a separator (1) and a stamp ("( 2011-01-17, 10:22 pm )": 5) can add to a line.
_AROUND = 8


@dataclass(frozen=True)
class Stamp:
    """The numbers of a stamp, from the most significant: what a run's order is read from."""

    year: int | None
    first: int | None  # the two numbers of a date without a year-first form, as written
    second: int | None
    dash: str | None  # their separator: "." reads day first, "/" and "-" month first
    minutes: int | None
    iso: bool = False
    named: bool = False  # the month written as a word ("28 ноября", "Jan. 16")


def stamp_of(match: regex.Match) -> Stamp | None:
    """The stamp's numbers; None when one is written with a digit regex knows and int() does not
    (regex's Unicode is later than Python's): no order can be read from it."""
    try:
        return _numbers(match)
    except ValueError:
        return None


def _numbers(match: regex.Match) -> Stamp:
    minutes = None
    if match["h"]:
        hour = int(match["h"])
        minutes = (hour + 12 if match["pm"] and hour < 12 else hour) * 60 + int(match["mi"])
    if match["y1"]:
        return Stamp(int(match["y1"]), int(match["m1"]), int(match["d1"]), None, minutes, iso=True)
    named = match["n3"] or match["n4"]
    if named:
        year = match["y3"] or match["y4"]
        return Stamp(int(year) if year else None, month_numbers()[named.lower()],
                     int(match["d3"] or match["d4"]), None, minutes, iso=True, named=True)
    if match["a"]:
        year = match["y2"]
        return Stamp(int(year) % 100 if year else None, int(match["a"]), int(match["b"]), match["sep"], minutes)
    return Stamp(None, None, None, None, minutes)


def _keys(stamps: list[Stamp]) -> list[tuple]:
    """Comparable keys for the stamps of one run, reading its dates one way for the whole run:
    day first if a first number passes 12 (or the run writes dates with dots), else month first."""
    day_first = any(not s.iso and s.first is not None and s.first > 12 for s in stamps) or (
        not any(not s.iso and s.second is not None and s.second > 12 for s in stamps)
        and any(s.dash == "." for s in stamps))
    keys = []
    for s in stamps:
        if s.iso or s.first is None:
            month, day = s.first, s.second
        else:
            month, day = (s.second, s.first) if day_first else (s.first, s.second)
        keys.append(tuple(-1 if v is None else v for v in (s.year % 100 if s.year else None, month, day, s.minutes)))
    return keys


# goes_back asks for two steps back in time: three stamps at least.
_LEAST_STAMPS = 3


def goes_back(stamps: list[Stamp]) -> bool:
    """Whether the stamps go back in time at least twice, and at least as often as forward."""
    keys = _keys(stamps)
    back = sum(1 for a, b in zip(keys, keys[1:]) if b < a)
    forward = sum(1 for a, b in zip(keys, keys[1:]) if b > a)
    return back >= 2 and back >= forward


# A box of one day's stories may open every headline on that day ("02.03.2003: Headline"): its
# stamps never move. A day's programme or a chat log moves forward by the clock, a stamp of a
# time alone (a log's minute) names no day, and a reference list prints one access date at the
# end of each of its entries ("… [retrieved 2014-05-19]"): so only this many headlines, each
# opening on one and the same date.
_LEAST_SAME = 4


def one_days_box(texts: list[str], run: list[int], stamps: list[Stamp], teasers: set[int]) -> bool:
    """Whether the run's headlines (its teasers aside) each open on one and the same date."""
    return (len(stamps) >= _LEAST_SAME and len(set(_keys(stamps))) == 1
            and all(stamp.first is not None for stamp in stamps)
            and all(_LEADING.match(texts[k]) is not None for k in run if k not in teasers))


def _headline(text: str, max_words: int) -> bool:
    # A headline is words: a row of cells (a query's output, a data table) is data, however
    # stamped, and a sender's address heads a quoted e-mail.
    return (bool(text) and not _CELLS.search(text) and not _ADDRESS.search(text)
            and _WORDS.search(text) is not None and not is_dialogue(text)
            and sentences(text) == 1 and word_count(text) <= max_words)


def _stamped(text: str, max_words: int) -> Stamp | None:
    """The stamp of a line that is a stamped headline, or a stamp alone."""
    if not STAMP_MARK.search(text):  # most lines hold no stamp's digits
        return None
    match = _ALONE.match(text)
    if match:
        return _dated(stamp_of(match))
    if text[:1] in _CELL_MARKS:
        return _row(text, max_words)
    # The bullet, separator and stamp around a headline are at most _AROUND words, so a longer
    # line holds no headline short enough; the lazy search below would take quadratic time on it.
    if more_words_than(text, max_words + _AROUND):
        return None
    for pattern in (_LEADING, _TRAILING):
        match = pattern.match(text) if pattern is _LEADING or ends_in_stamp(text) else None
        if (match and _headline(match["text"], max_words) and not _ALONE.match(match["text"])
                and not (pattern is _LEADING and _STATED.search(match["text"]))):
            return _dated(stamp_of(match))
    return None


def _row(text: str, max_words: int) -> Stamp | None:
    """The stamp of a table row of two cells, a stamp with its time and a headline ("| 15.01.08
    19:45 | Headline |"): a ticker set as a table. A row of more cells, empty ones counted, is
    data however stamped, and so is a row dated by the day alone (a life's or a release's history)."""
    cells = [part.strip() for part in _CELLS.split(text)]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    if len(cells) != 2 or not all(cells):
        return None
    for stamp, headline in (cells, cells[::-1]):
        match = _ALONE.match(stamp)
        if match and _headline(headline, max_words) and not _STATED.search(headline):
            found = _dated(stamp_of(match))
            return found if found is not None and found.minutes is not None else None
    return None


def ends_in_stamp(text: str) -> bool:
    """Whether ``text`` ends as every match of _TRAILING does (a test holds them equal): a date's
    or a time's last digit, "pm", "a.m.", "μμ" or a zone, then perhaps spaces and a bracket. Asked
    before _TRAILING is tried: its lazy headline part tries the stamp at every position."""
    end = text.rstrip()
    if end and end[-1] in ")]）":
        end = end[:-1].rstrip()
    # The digit as the patterns read it: regex knows digits of a later Unicode than str.isdecimal;
    # a time's zone ends on a capital T ("ET", "GMT") or C ("UTC").
    return bool(end) and (_DIGIT.match(end[-1]) is not None or end.endswith(("m", "M", "m.", "M.", "μ", "T", "C")))


def _alone_stamp(text: str) -> Stamp | None:
    match = _ALONE.match(text)
    return _dated(stamp_of(match)) if match else None


def _listed_events(stamps: list[Stamp]) -> bool:
    """Whether a run with its months written as words steps forward in time anywhere: a list of
    talks or concerts printed by room or by theme, in no order, writes its dates so ("March 3,
    7:00 PM"). A ticker or a box of other stories written so lists them newest first."""
    if not any(stamp.named for stamp in stamps):
        return False
    keys = _keys(stamps)
    return any(b > a for a, b in zip(keys, keys[1:]))


def _dated(stamp: Stamp | None) -> Stamp | None:
    """Two numbers with no year and no time are no stamp: "3.2" is a version, "1/2" a share."""
    return None if stamp is None or stamp.year is None and stamp.first is not None and stamp.minutes is None else stamp


def _dated_entries(texts: list[str], run: list[int], max_words: int) -> bool:
    """Whether a run of headlines over stamps alone reads the other way round: each date
    heading the entries below it, as a changelog or a diary prints them ("* 2018-07-09",
    then "* Add links to the docs"). A stamp alone then stands two entries above the run's
    first line (a date with two entries: no ticker gives a stamp two headlines), and an
    entry follows its last stamp. A ticker starting on a stamp ("28.11", then its headline)
    reads the same both ways, and goes."""
    first, last = run[0], run[-1]
    if not _ALONE.match(texts[last]) or last + 1 >= len(texts):
        return False
    after = texts[last + 1]
    if _ALONE.match(after) or not _headline(after.lstrip("-•·* "), max_words):
        return False
    if first < 2 or _ALONE.match(texts[first - 1]) or not _headline(texts[first - 1].lstrip("-•·* "), max_words):
        return False
    return _ALONE.match(texts[first - 2]) is not None


def _daily_table(texts: list[str], run: list[int], stamps: list[Stamp]) -> bool:
    """Whether a run of table rows gives each of its rows a day of its own: a diary's or a log's
    table, an entry a day, newest first. A feed set as a table lists its latest items, several
    a day."""
    days = [(stamp.year, stamp.first, stamp.second) for stamp in stamps if stamp.first is not None]
    return (all(texts[k][:1] in _CELL_MARKS for k in run) and len(days) == len(stamps)
            and len(set(days)) == len(days))


def _live_blog(texts: list[str], run: list[int]) -> bool:
    """Whether a run of stamps alone between lines reads as a live blog's entries, each stamp over
    its paragraph: every line of the run that is no stamp, and the line after its last stamp, is
    a paragraph (``is_paragraph``). A ticker printing its headlines over their stamps ends on a
    stamp over the page's next box, and its headlines are no paragraphs, even those that keep
    their stop."""
    if not _ALONE.match(texts[run[-1]]) or run[-1] + 1 >= len(texts):
        return False
    entries = [texts[k] for k in run if not _ALONE.match(texts[k])] + [texts[run[-1] + 1]]
    return all(is_paragraph(text) for text in entries)


# A ticker whose headlines each carry a teaser ("10:17 Headline", then its first sentence): at
# least this many stamps, and a teaser of at most _TEASER_WORDS words in at most two sentences.
_LEAST_TEASED = 4
_TEASER_WORDS = 60
_TEASER_SENTENCES = 2


def _before_stamped(texts: list[str], j: int, marked: set[int], known: dict, max_words: int) -> bool:
    """Whether the line after ``j`` is a headline opening on its stamp ("10:15 Headline"): only a
    teaser standing between two such headlines is one; the last headline's line after it may
    be the article's first paragraph."""
    if j + 1 not in marked:
        return False
    text = texts[j + 1]
    stamp = known[text] if text in known else known.setdefault(text, _stamped(text, max_words))
    return stamp is not None and _LEADING.match(text) is not None and not _ALONE.match(text)


def _teaser(text: str) -> bool:
    """A headline's teaser: its story's first sentence or two, no stamp in it, no dialogue, a
    capital or a digit first (a paragraph going on in lower case continues the one above)."""
    stripped = text.strip()
    return (bool(stripped) and not STAMP_MARK.search(stripped) and not _CELLS.search(stripped)
            and (stripped[0].isupper() or stripped[0].isdigit()) and not is_dialogue(stripped)
            and not more_words_than(stripped, _TEASER_WORDS) and sentences(stripped) <= _TEASER_SENTENCES)


def _stamps_taken(doc: Document, lines: list[Line]) -> dict[int, Stamp]:
    """For each line (its index in ``lines``), the stamp alone on its line just above it that a date
    rule (family dateline) removed before the ticker ran: a ticker printing each stamp over its
    headline ("10:11", then "На Буковине провалился мост") is still one when the stamps are gone."""
    taken: dict[int, Stamp] = {}
    if not any(line.removed_by is not None and line.removed_by.family == "dateline" for line in doc.lines):
        return taken  # most documents: nothing to read between the lines
    previous = 0
    for k, line in enumerate(lines):
        for number in range(previous + 1, line.number):
            other = doc.line(number)
            removal = other.removed_by if other is not None else None
            if removal is None or removal.family != "dateline" or not STAMP_MARK.search(other.text):
                continue
            stamp = _alone_stamp(other.text.strip())
            if stamp is not None:
                taken[k] = stamp
        previous = line.number
    return taken


def headline_ticker(doc: Document, rule: StructureRule, lines: list[Line], texts: list[str]) -> int:
    """Runs of at least ``min_run`` stamped headlines (``max_words`` words at most each) whose
    stamps go back in time: each line a stamped headline, or a headline then its stamp alone;
    a headline opening on its stamp may have its teaser under it, when the next one follows
    (_LEAST_TEASED stamps then)."""
    # Every stamp holds a STAMP_MARK: a run starts on a line with one or just before one (its
    # headline above its stamp). One scan of the document finds them; a document with fewer
    # such lines than a run has stamps (most: a date or two at most) holds no ticker.
    marked = set(lines_with(STAMP_MARK, *joined(texts)))
    above = _stamps_taken(doc, lines)
    above.update((k, s) for k, s in stamps_counted_below(doc, lines, _alone_stamp).items() if k not in above)
    if len(marked) + len(above) < max(rule.min_run, _LEAST_STAMPS):
        return 0
    runs: list[list[int]] = []
    known: dict[str, Stamp | None] = doc.memo.setdefault(rule, {})  # text -> its stamp, if stamped
    teasers: set[int] = set()  # lines read as a headline's teaser, between two stamped headlines
    i = 0
    for begin in sorted({*marked, *(m - 1 for m in marked if m), *above}):
        if begin < i:  # inside the last run tried
            continue
        i = begin
        run: list[int] = []
        stamps: list[Stamp] = []
        j = i
        while j < len(texts):
            text = texts[j]
            stamp = known[text] if text in known else known.setdefault(text, _stamped(text, rule.max_words))
            if stamp is None and j in above and _headline(text.lstrip("-•·* "), rule.max_words) \
                    and not _ALONE.match(text):
                stamp = above[j]
            if stamp is not None:
                run.append(j)
                stamps.append(stamp)
                j += 1
                continue
            after = _ALONE.match(texts[j + 1]) if j + 1 in marked else None
            alone = stamp_of(after) if after else None
            if alone is not None and _headline(texts[j].lstrip("-•·* "), rule.max_words):
                run += [j, j + 1]
                stamps.append(alone)
                j += 2
                continue
            # Only a headline opening on its stamp carries a teaser under it (as the next one does).
            if run and run[-1] not in teasers and _LEADING.match(texts[run[-1]]) is not None \
                    and _before_stamped(texts, j, marked, known, rule.max_words) and _teaser(texts[j]):
                run.append(j)
                teasers.add(j)
                j += 1
                continue
            break
        # A run whose headlines carry their teasers asks more stamps: a live blog's entries
        # (a stamped heading, one paragraph) would otherwise read the same.
        least = max(rule.min_run, _LEAST_TEASED) if teasers.intersection(run) else rule.min_run
        if len(stamps) >= least and (goes_back(stamps) or one_days_box(texts, run, stamps, teasers)
                                     and not told_in_story(doc, lines, texts, run)) \
                and not _dated_entries(texts, run, rule.max_words) \
                and not _daily_table(texts, run, stamps) and not _listed_events(stamps) \
                and not _live_blog(texts, run) \
                and not set_in_story(doc, lines, texts, run, all(_alone_stamp(texts[k]) is None for k in run)):
            runs.append(run)
        i = max(j, i + 1)
    return _beside_article(lines, texts, runs, teasers, rule)


# A ticker stands beside the article it is printed with: outside its runs the text keeps at least
# one paragraph (``is_paragraph``), two when its headlines carry teasers; the line after a run with
# teasers (the last headline's teaser, or the story's first paragraph) is not counted. A text that
# is only stamped lines newest first (a chronology, a chat log, a live blog's entries under its
# heading and intro) is the document.
_ARTICLE_PARAGRAPHS = 1
_ARTICLE_PARAGRAPHS_TEASED = 2


# A word's first letters stand for it, so that "school" and "schools", "Красноярск" and
# "Красноярске" agree; shorter words are mostly the language's own small words. Accents go
# first: a Greek word's accent moves as it inflects ("άνεμοι", "ανέμους").
_STEM = 5
_STEM_WORD = regex.compile(rf"\p{{L}}{{{_STEM},}}")
_MARKS = regex.compile(r"\p{Mn}+")


def _stems(texts) -> set[str]:
    return {word[:_STEM] for text in texts
            for word in _STEM_WORD.findall(_MARKS.sub("", unicodedata.normalize("NFD", text.casefold())))}


def _own_story(texts: list[str], run: list[int], teasers: set[int], told: set[str]) -> bool:
    """Whether a run with teasers tells the document's own story, as a live blog's entries do
    ("13:40 Schools close", under a storm's live page): a teaser under half its headlines or
    more (a live blog's entries each have their paragraph; a list of headlines with a line or
    two between them is no blog), and half its headlines or more share a word with the text
    outside the runs. Other stories' teasers beside an article share few."""
    if not _blog_shaped(run, teasers):
        return False
    heads = [texts[k] for k in run if k not in teasers]
    shared = sum(1 for head in heads if _stems([head]) & told)
    return 2 * shared >= len(heads)


def _blog_shaped(run: list[int], teasers: set[int]) -> bool:
    """Whether a teaser stands under half the run's headlines or more, as a live blog's entries
    each have their paragraph (a list of headlines with a line or two between them is no blog)."""
    teased = sum(1 for k in run if k in teasers)
    return 2 * teased >= len(run) - teased


def _beside_article(lines: list[Line], texts: list[str], runs: list[list[int]], teasers: set[int],
                    rule: StructureRule) -> int:
    """Removes the runs when the text outside them holds the article they stand beside: the
    over-cleaning guard weighs the family ticker apart, so a ticker that would be the whole
    text is judged here."""
    if not runs:  # most documents with stamps hold no run: their lines need no reading
        return 0
    teased = [run for run in runs if teasers.intersection(run)]
    aside = {k for run in runs for k in run} | {run[-1] + 1 for run in teased}
    if teased:
        told = _stems(text for k, text in enumerate(texts) if k not in aside)
        teased = [run for run in teased if not _own_story(texts, run, teasers, told)]
        runs = [run for run in runs if not teasers.intersection(run) or run in teased]
        aside = {k for run in runs for k in run} | {run[-1] + 1 for run in teased}
    article = [text for k, text in enumerate(texts) if k not in aside and is_paragraph(text)]
    article_chars = sum(map(len, article))
    removed = 0
    for run in runs:
        if len(article) < (_ARTICLE_PARAGRAPHS_TEASED if run in teased else _ARTICLE_PARAGRAPHS):
            continue
        # Teasers beside an article are a box smaller than the story; a live blog's entries,
        # whatever their words, outweigh the intro above them.
        if run in teased and _blog_shaped(run, teasers) and \
                sum(len(texts[k]) for k in run) >= article_chars:
            continue
        for k in run:
            remove_line(lines[k], rule)
        removed += len(run)
    return removed
