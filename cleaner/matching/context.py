"""A line rule's context: what it reads round the line it matched before taking it.

The same words are chrome in one place and the text's own in another: "Famous Headlines"
over a box of other stories, or over a section of an essay on the press; "Φωτογραφία: …" under
a photo, or among a film's credits under "Σκηνοθεσία: …". A rule's ``context`` key says which
neighbours tell them apart (docs/rules.md, "context").
"""

from __future__ import annotations

from itertools import islice

import regex

from ..rules.model import Context, Rule, utf8
from .dated_run import dates_go_forward
from ..text.prose import VERSE_WORDS, TailShape, ends_sentence, is_prose, is_stanza, word_count

# A list item as an extractor writes it: a box of headlines is a list, an essay's paragraph is not.
_LIST_ITEM = regex.compile(r"^(?:[-*•·▪]|\d{1,3}[.)])\s+")
# What parts the items of a list after a label ("Tags: a, b, c").
_ITEM_SEPARATORS = regex.compile(r"[,;|/·•]")
_LIST_ITEM_WORDS = 3  # a tag or a topic is a name of a few words; a clause goes on longer
# A word in lower case past the line's first: words written as a sentence is, where a menu's or a
# box's labels ("OUTFIT", "More Streethearts") are in capitals or title case.
_LOWER_WORD = regex.compile(r"\s\p{Ll}")
_SUBJECT = 2  # sentences naming what the line names that make it the text's subject
# What parts a trail's steps: an arrow, drawn or doubled, a guillemet, a bar or a slash.
_STEP_SEPARATORS = regex.compile(r"\s*(?:->|=>|>>|[›»>→|/])\s*")
_ENTRIES = 2  # other dated lines over paragraphs that make the text one kept a day at a time
_SHORT_ENTRIES = 3  # dated lines over short sentences, the line's own among them: a timeline, a day's programme
_SHORT_DAYS = 2  # dated lines each over two short sentences of their own, the line's own among them: a diary
# The lines the rules take that a quotation's introducing line may stand over besides those the
# rule itself matched (every profile of "Their profiles say:", however many).
_QUOTED = 4
_QUOTED_RUN = 200  # how far up a run of lines the rule matched is read: a quoted list is not a page long


def _label_list(text: str) -> bool:
    """A label and a list of three or more short names after it, whatever ends it ("Tags: climate,
    United Nations, carbon tax."): no sentence goes on in it, as "…, which the council argued
    over for four hours." does."""
    _, colon, rest = text.partition(":")
    items = [item for item in _ITEM_SEPARATORS.split(rest) if item.strip()] if colon else []
    return len(items) >= 3 and all(word_count(item) <= _LIST_ITEM_WORDS for item in items)


def _prose(text: str, shape: TailShape) -> bool:
    return _LIST_ITEM.match(text) is None and is_prose(text, shape)


# Quotation marks a sentence may open on: the capital is the first letter inside them.
_OPENING_QUOTES = "«»„“”‚‘’\"'‹›"


def _short_sentence(text: str) -> bool:
    """A sentence of its own, however short: opening in a capital (inside its quotation marks) and
    ending on its stop, no list item ("Wbito pierwszy pal.", "«Утром шёл дождь».")."""
    text = text.strip()
    opening = text.lstrip(_OPENING_QUOTES)
    return bool(opening) and opening[0].isupper() and ends_sentence(text) and _LIST_ITEM.match(text) is None


def _over_two_sentences(i: int, texts: list[str]) -> bool:
    """Whether the two lines under line ``i`` are each a sentence of its own (_short_sentence)."""
    return i + 2 < len(texts) and _short_sentence(texts[i + 1]) and _short_sentence(texts[i + 2])


def line_allows(context: Context, text: str, shape: TailShape) -> bool:
    """What the line alone tells: a line ending as a sentence ends, and reading as a paragraph, is
    no label (a tag list holding "St. Louis" has a stop inside it, and ends on none; one ending on a
    stop is still a list of names); and a line of the rule's ``unless`` words is a title or a
    heading in the rule's shape ("By Moonlight" is no byline)."""
    if context.unless and any(p.search(utf8(text)) is not None for p in context.compiled.unless):
        return False
    return not (context.not_prose and ends_sentence(text) and is_prose(text, shape) and not _label_list(text))


def allows(context: Context, i: int, texts: list[str], taken, shape: TailShape, subjects: dict | None = None,
           same=None) -> bool:
    """Whether the rule of ``context`` may take line ``i`` of ``texts``; ``taken(j)`` says whether
    the rules take line ``j`` (those of this pass: a line they keep may still go later), ``same(j)``
    whether this rule matched it. ``subjects`` keeps, for one pass, the kept sentences naming each
    context's subject."""
    if not line_allows(context, texts[i], shape):
        return False
    after = texts[i + 1] if i + 1 < len(texts) else None
    compiled = context.compiled
    following, besides, subject, not_following = compiled.next, compiled.not_beside, compiled.not_on_subject, compiled.not_next
    entries, over_kept, under = compiled.not_among_entries, compiled.not_over_kept, compiled.not_under
    if following and (after is None or not any(p.search(utf8(after)) is not None for p in following)):
        return False
    if after is not None and any(p.search(utf8(after)) is not None for p in not_following):
        return False
    # Some of a rule's labels over nothing, over lines the rules take or over a menu's labels are a
    # widget's; over the text's own words (a report's notes under its "Comments") they are their heading.
    if over_kept and after is not None and not taken(i + 1) and _LOWER_WORD.search(after) is not None \
            and any(p.search(utf8(texts[i])) is not None for p in over_kept):
        return False
    kept = [j for j in (i - 1, i + 1) if 0 <= j < len(texts) and not taken(j)]
    if besides and any(p.search(utf8(texts[j])) is not None for j in kept for p in besides):
        return False
    if under and _under(i, texts, taken, under, same or (lambda j: False)):
        return False
    if context.not_between_prose and len(kept) == 2 and all(_prose(texts[j], shape) for j in kept):
        return False
    # A box of other stories runs newest first; dates going forward are a chronology or a tour's.
    if context.not_forward_dates and same is not None and dates_go_forward(i, texts, same):
        return False
    if context.not_steps_named and _steps_named(i, texts, taken, shape):
        return False
    if context.not_under_verse and _under_verse(i, texts, taken):
        return False
    if context.not_named_in_prose and _named_in_prose(i, texts, taken, shape):
        return False
    # A text about what the line names says so in its paragraphs, sentences to their stop (another
    # box's "B.C. Headlines" holds a stop, not a sentence), and more than once: an essay on the
    # press ends on its "Famous Headlines", an essay on advertising heads a section "广告"; a story
    # whose bridge "hit the headlines" once, or whose street has "广告牌", is about neither.
    subjects = {} if subjects is None else subjects
    if subject:
        found = _read_once(subjects, ("subject", id(context)), _SUBJECT + 1, (
            j for j in range(len(texts)) if not taken(j) and ends_sentence(texts[j]) and _prose(texts[j], shape)
            and any(p.search(utf8(texts[j])) is not None for p in subject)))
        if sum(j != i for j in found) >= _SUBJECT:
            return False
    # A date over a paragraph, where two more dates stand over paragraphs in the text, is a diary's
    # entry under its date: a press release or a story prints its place and date once. A date that
    # stands over a paragraph itself needs one more: a diary of two days.
    if entries:
        found = _read_once(subjects, ("entries", id(context)), _ENTRIES + 1, (
            j for j in range(len(texts) - 1) if any(p.search(utf8(texts[j])) is not None for p in entries)
            and _prose(texts[j + 1], shape)))
        others = sum(j != i for j in found)
        if others >= _ENTRIES or (others and i in found):
            return False
        # A timeline's or a programme's entries are short ("07:30" over "Zbiórka przed szkołą."):
        # three dates or times each over a sentence of its own say so, the line's own among them.
        if after is not None and _short_sentence(after) and any(p.search(utf8(texts[i])) is not None for p in entries):
            short = _read_once(subjects, ("short entries", id(context)), _SHORT_ENTRIES, (
                j for j in range(len(texts) - 1) if _short_sentence(texts[j + 1])
                and any(p.search(utf8(texts[j])) is not None for p in entries)))
            if len(short) >= _SHORT_ENTRIES:
                return False
            # A diary of two days written in short sentences: the line and one other each over two
            # sentences of their own ("3 июля" over "Утром шёл дождь." and "Мы сидели в гостинице.");
            # a box's teaser stands under a headline, which ends on no stop.
            if _over_two_sentences(i, texts):
                days = _read_once(subjects, ("short days", id(context)), _SHORT_DAYS, (
                    j for j in range(len(texts) - 2) if _over_two_sentences(j, texts)
                    and any(p.search(utf8(texts[j])) is not None for p in entries)))
                if len(days) >= _SHORT_DAYS:
                    return False
    if context.not_before_prose:
        for j in range(i + 1, len(texts)):
            if taken(j):
                break
            if _prose(texts[j], shape):
                return False
    return True


def _steps_named(i: int, texts: list[str], taken, shape: TailShape) -> bool:
    """Whether every step of line ``i``, read as a trail ("Paris -> Lyon -> Nice"), is named, as
    written, in a paragraph of the text the rules keep: a route's or a journey's title, whose
    stops the story goes through; a site's trail names its sections ("Home", "News"), which its
    story does not speak of."""
    steps = [" ".join(step.split()) for step in _STEP_SEPARATORS.split(texts[i])]
    if len(steps) < 2 or not all(steps):
        return False
    prose = list(_kept_prose(i, texts, taken, shape))
    return all(any(regex.search(r"(?<!\w)" + regex.escape(step) + r"(?!\w)", text) for text in prose)
               for step in steps)


def _kept_prose(i: int, texts: list[str], taken, shape: TailShape):
    """The paragraphs of prose the rules keep, but line ``i``: where a line's subject is named."""
    return (text for j, text in enumerate(texts) if j != i and not taken(j) and _prose(text, shape))


def _under_verse(i: int, texts: list[str], taken) -> bool:
    """Whether line ``i`` stands right under a stanza the rules keep (no list item): "von NAME"
    under a poem is its poet's name."""
    verse = []
    for j in range(i - 1, -1, -1):
        text = texts[j].strip()
        if taken(j) or not text or _LIST_ITEM.match(text) or word_count(text) > VERSE_WORDS:
            break
        verse.append(text)
    return is_stanza(verse)


# The words in capitals a line opens with (past a list item's mark and an article), up to its first
# in lower case: a name ("Lena Vogt ist ...", "- Der Sportverein ist auch ...").
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]{2,}")
_ARTICLES = frozenset({"der", "die", "das", "the"})
_NAMED = 2  # other paragraphs naming the person: the text is about them


def _named_in_prose(i: int, texts: list[str], taken, shape: TailShape) -> bool:
    """Whether the name line ``i`` opens with stands whole in two other paragraphs of prose the
    rules keep: a portrait's last line on its own subject's post, a club's channels in a story on the
    club, where a writer's note or an outlet's prompt names someone the story does not. The name is
    the run of capitalised words as one phrase (a namesake's first name is not the writer's), and a
    single word only after an article: German capitalises every noun ("Keine Meldung verpassen")."""
    names, article = [], False
    for word in _LIST_ITEM.sub("", texts[i].strip()).split():
        if word.lower() in _ARTICLES and not names:
            article = True
            continue
        word = word.strip(".,:;")
        if not word[:1].isupper() or not _NAME_WORD.fullmatch(word):
            break
        names.append(word)
    if not names or (len(names) == 1 and not article):
        return False
    named = regex.compile(r"(?<!\w)" + r"\s+".join(map(regex.escape, names)) + r"(?!\w)")
    found = (text for text in _kept_prose(i, texts, taken, shape) if named.search(text) is not None)
    return len(list(islice(found, _NAMED))) >= _NAMED


def _under(i: int, texts: list[str], taken, under, same) -> bool:
    """Whether the nearest line above line ``i`` that the rules keep matches one of ``under``: a
    sentence introducing what follows ("Their profiles say:"), which the text quotes. It is read past
    the lines the rule matched (``same``: the run the sentence introduces) and at most ``_QUOTED``
    other lines the rules take."""
    others = run = 0
    for j in range(i - 1, -1, -1):
        if not taken(j):
            return any(p.search(utf8(texts[j])) is not None for p in under)
        if same(j):
            run += 1
            if run > _QUOTED_RUN:
                return False
        else:
            others += 1
            if others > _QUOTED:
                return False
    return False


def _read_once(memo: dict, key, limit: int, lines) -> list[int]:
    """The first ``limit`` of ``lines`` (line numbers, read lazily), kept in ``memo`` for the pass:
    they are the same for every line of it, and a page of many labels would read the whole text
    for each."""
    if key not in memo:
        memo[key] = list(islice(lines, limit))
    return memo[key]


def read_context(texts: list[str], chosen: dict[int, Rule], contextual: dict[int, list[Rule]],
                 shape: TailShape) -> None:
    """A line whose rule's context refuses it goes to the next rule it fits, or stays."""
    taken = set(chosen).__contains__  # what this pass takes, read before any line is given back
    subjects: dict = {}  # per context: the kept sentences naming its subject, the dated entries
    for i, fitting in contextual.items():
        rule = next((r for r in fitting if r.action == "drop_line"
                     and (r.context is None or allows(r.context, i, texts, taken, shape, subjects,
                                                      lambda j, r=r: r in contextual.get(j, ())))), None)
        if rule is None:
            del chosen[i]
        else:
            chosen[i] = rule
