"""The rule model: Rule, StructureRule, RuleSet and the errors a rule file is refused with."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from .keys import phrase_key, prefix_key, prefix_matches

ACTIONS = ("drop_line", "drop_rest", "drop_before")
MATCH_KINDS = ("phrase", "prefix", "regex")
FAMILIES = (
    "ads", "app", "box", "breadcrumb", "byline", "caption", "comments", "cookie", "copyright",
    "dateline", "label", "navigation", "page_box", "post", "promo", "related", "roundup", "share", "source",
    "subscription", "tags", "thread", "ticker", "translator", "widget",
)
# Families a structure rule's kind gives its removals beside FAMILIES (StructureRule.family): copies
# of lines the document keeps, and punctuation alone.
KIND_FAMILIES = ("duplicate", "divider")
# Families the over-cleaning guard weighs apart (matching/overcleaning.py) that only what proves
# such a removal may give: a comment thread's units, a ticker's stamps and a round-up's credits
# (their kinds' own families), a box the page sets beside the article (these kinds); a rule's
# words cannot claim them. A line rule that reads one post's header by its words has family post, which is weighed.
PROVEN_FAMILIES = {"thread": (), "ticker": (), "roundup": (),
                   "page_box": ("page_outside", "page_link_box", "page_teaser_list", "page_top_menu",
                                "page_headline_run", "page_box_rest")}
# The kinds that read the HTML page a text came from (matching.page_rules): in text mode they remove nothing.
PAGE_KINDS = ("page_link_run", "page_top_menu", "page_section", "page_outside", "page_link_box", "page_teaser_list",
              "page_headline_run", "page_flat_menu", "page_empty_item", "page_box_rest", "page_lone_link")
# The kinds that read what every other rule removed (page_box_rest: the rest of a box most of which
# went) or take what they left (page_lone_link: a link alone beside the article, which a menu's run
# would otherwise lose as its item): they run after the rounds have settled, so that they take only
# what no other rule would (a line taken first would end another rule's run before that rule took it
# whole); the rounds then run again on what they left.
SETTLED_KINDS = ("page_box_rest", "page_lone_link")
STRUCTURE_KINDS = ("repeated_block", "repeated_title", "glued_title", "link_list", "repeated_headline", "chrome_tail",
                   "menu_run", "barred_menu", "headline_ticker", "pager", "comment_thread", "chrome_island", "lone_table_rule",
                   "lone_divider", "tail_box", "credited_links", "counted_slideshow", "dated_story_box",
                   *PAGE_KINDS)


class RuleError(Exception):
    """A rule file that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: str, line: int | None, rule_id: str | None, message: str):
        self.path, self.line, self.rule_id, self.message = path, line, rule_id, message
        where = f"{path}:{line}" if line else path
        who = f" rule {rule_id}:" if rule_id else ""
        super().__init__(f"{where}:{who} {message}")


@dataclass(frozen=True)
class Near:
    families: frozenset[str]
    distance: int
    # The neighbour must hold the line's own words ("Istanbul" above "AA / Istanbul / Ann Lee"):
    # a short line beside a byline is as often a kicker, a dedication or a heading.
    echoed: bool = False


class CompiledContext(NamedTuple):
    """A context's patterns compiled, one tuple a key holding regexes (Context.PATTERN_KEYS)."""
    next: tuple
    not_next: tuple
    not_beside: tuple
    not_on_subject: tuple
    unless: tuple
    not_among_entries: tuple
    not_over_kept: tuple
    not_under: tuple


@dataclass(frozen=True)
class Context:
    """What a line rule reads round the line it matched before it takes it (key ``context``):
    the same words are chrome in one place and a sentence, a heading or a credit of the text in
    another, and only the lines round them tell which."""

    next: tuple[str, ...] = ()  # regexes: the line goes only when the next line matches one
    not_next: tuple[str, ...] = ()  # regexes: it stays when the next line matches one
    not_beside: tuple[str, ...] = ()  # regexes: it stays beside a line the rules keep that matches one
    not_prose: bool = False  # it stays when it ends as a sentence and reads as a paragraph itself
    not_before_prose: bool = False  # it stays when prose follows it before the next chrome line
    not_between_prose: bool = False  # it stays between two paragraphs of prose the rules keep
    not_forward_dates: bool = False  # it stays in a run of its lines whose dates go forward in time
    not_steps_named: bool = False  # it stays when the text's kept prose names each step of the trail it reads as
    not_under_verse: bool = False  # it stays right under a stanza: short lines the rules keep, one ending on a comma
    not_named_in_prose: bool = False  # it stays when a name it opens with stands in two kept paragraphs of prose (its subject)
    not_on_subject: tuple[str, ...] = ()  # regexes: it stays when a paragraph the rules keep matches one
    unless: tuple[str, ...] = ()  # regexes: it stays when it matches one itself
    not_over_kept: tuple[str, ...] = ()  # regexes: it stays when it matches one over a line the rules keep
    not_among_entries: tuple[str, ...] = ()  # regexes: it stays when two other lines, each over a paragraph, match one
    not_under: tuple[str, ...] = ()  # regexes: it stays when the nearest line above it the rules keep matches one
    source: str = "<rules>"
    line: int = 0
    rule_id: str = ""

    # The keys holding regexes, as the loader reads them (the rest are flags), in compiled's order.
    PATTERN_KEYS = CompiledContext._fields

    @functools.cached_property
    def compiled(self) -> CompiledContext:
        """The patterns of each key of PATTERN_KEYS compiled for RE2 as a rule's patterns are."""
        translations = self.translations
        return CompiledContext(*(tuple(compile_pattern(p, self.source, self.line, self.rule_id, translations)
                                       for p in getattr(self, key)) for key in self.PATTERN_KEYS))

    @functools.cached_property
    def translations(self):
        """Where the patterns' RE2 translations are kept between runs: the rule book's, as its
        rules' (set by book_from_sources), else nowhere (None): each process of a run would
        translate them again."""
        return None


@dataclass(frozen=True, eq=False)
class Rule:
    id: str
    description: str
    kind: str
    patterns: tuple[str, ...]
    action: str = "drop_line"
    family: str | None = None
    head: int | float | None = None
    tail: int | float | None = None
    # The head zone ends at the document's first line of prose: a stamp below the story's
    # first paragraphs is the story's, not its header (a podcast episode's details).
    head_ends_at_prose: bool = False
    # The tail zone also holds every line after the article's end (matching.article_end): a
    # box of other stories under a short story, over a sidebar longer than the story.
    after_article: bool = False
    languages: frozenset[str] | None = None
    sites: tuple[str, ...] | None = None
    max_words: int | None = None
    near: Near | None = None
    context: Context | None = None
    drop_examples: tuple[str, ...] = ()
    keep_examples: tuple[str, ...] = ()
    source: str = "<rules>"
    line: int = 0
    keys: tuple[str, ...] = ()
    pattern_line: int = 0  # where the patterns stand, for a late compile error

    @functools.cached_property
    def compiled(self) -> tuple:
        """The rule's regexes, compiled by RE2 when first needed: a run compiles only the
        rules it selects. RE2 takes time linear in the line, so no search needs a time
        bound, and the output never depends on the machine's load (rule_regex)."""
        translations = self.translations
        return tuple(compile_pattern(p, self.source, self.pattern_line, self.id, translations) for p in self.patterns)

    @functools.cached_property
    def translations(self):
        """Where the rule's RE2 translations are kept between runs: its rule book's
        (translation_cache.Translations, set by book_from_sources), else nowhere (None)."""
        return None

    @functools.cached_property
    def facts(self) -> tuple:
        """For each regex, what regex_index tells of it (regex_facts.of); () for other kinds.
        book_from_sources fills it from the cache kept between runs."""
        from . import regex_facts

        return tuple(regex_facts.of(pattern) for pattern in self.patterns) if self.kind == "regex" else ()

    @functools.cached_property
    def index(self) -> tuple[tuple[tuple[frozenset[str], frozenset[str]] | None, frozenset[str] | None], ...]:
        """For each regex, how its matches begin (lead characters, then a start) and what they
        hold (regex_index.opening and contains), as far as can be told."""
        return tuple((opening, contains) for opening, contains, _ in self.facts)

    @functools.cached_property
    def ending(self) -> tuple[bool, frozenset[str]] | None:
        """How every match of the rule ends, if its regexes tell (regex_index.ends)."""
        from . import regex_index

        if self.kind != "regex":
            return None
        return regex_index.either([ends for _, _, ends in self.facts])

    def matches_text(self, text: str) -> bool:
        """Whether the pattern matches the line, leaving zone, scope and neighbours aside."""
        text = " ".join(text.split())
        if self.max_words is not None and len(text.split()) > self.max_words:
            return False
        if self.kind == "regex":
            return self.search(text)
        if self.kind == "phrase":
            return phrase_key(text) in self.keys
        key = prefix_key(text)
        return any(prefix_matches(key, p) for p in self.keys)

    def in_zone(self, index: int, count: int, first_prose: int | None = None, after_article: bool = False) -> bool:
        """Whether line ``index`` of ``count`` is in the rule's zone; ``first_prose``, the
        index of the document's first line of prose, ends the head zone of a rule that says so;
        ``after_article``, that the line stands after the article, is in the zone of one that says so."""
        if self.after_article and after_article:
            return True
        if self.head_ends_at_prose and first_prose is not None and index > first_prose:
            return in_zone(None, self.tail, index, count) if self.tail is not None else False
        return in_zone(self.head, self.tail, index, count)

    @functools.cached_property
    def searcher(self):
        """The rule's regexes as one RE2 regex, their alternation: one search of the line
        instead of one per pattern. RE2 refuses a program past its memory bound, and then
        the patterns are searched one by one (rule_regex.alternation)."""
        from .rule_regex import alternation

        if len(self.patterns) > 1 and self.translations is not None and "compiled" not in self.__dict__:
            # Compiling each regex alone only to join their texts cost as much again as the
            # whole: the book's translations are joined as alternation() joins them. Each is
            # compiled alone only where that path is taken: a pattern refused (its RuleError,
            # as ever), or the whole refused (past the memory bound: searched one by one).
            whole = joined_translations(self.patterns, self.translations, self.translations)
            if whole is not None:
                return whole
        return alternation(self.compiled)

    @functools.cached_property
    def lines_searcher(self):
        """The rule's regexes as one RE2 regex searched through many lines joined by "\\n"
        (rule_regex.translate_lines): a rule tried on every line searches a document once. None
        where a pattern is refused or RE2 refuses the whole: the caller searches line by line."""
        from .rule_regex import translate_lines

        translate = translate_lines if self.translations is None else self.translations.lines
        return joined_translations(self.patterns, translate, self.translations)

    def search(self, text: str) -> bool:
        """Whether one of the rule's regexes matches the line (one line: no line break)."""
        return self.search_utf8(utf8(text))

    def search_utf8(self, data: bytes) -> bool:
        """search() of the line as utf8() gives it: a caller trying several rules on one
        line encodes it once (RE2 reads UTF-8, and encodes a str at every search)."""
        searcher = self.searcher
        if searcher is not None:
            return searcher.search(data) is not None
        return any(p.search(data) is not None for p in self.compiled)


def utf8(text: str) -> bytes:
    """The line as RE2 reads it. UTF-8 has no lone surrogate: such a line is read as the
    pipeline repairs it before any rule sees it (a rule's example may hold one)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def joined_translations(patterns: tuple[str, ...], translate, known=None):
    """rule_regex.alternation of the patterns compiled alone, compiled from their translations
    (``translate``: a rule book's translations, or their one for many lines) with none compiled
    alone; None where a pattern fails compile_pattern's checks or RE2 refuses the whole (the
    caller then takes that path). ``known`` is the rule book's translations, as sized takes it."""
    from .rule_regex import Unsupported, joined

    texts = []
    for pattern in patterns:
        try:
            regex.compile(pattern)
            texts.append(translate(pattern))
        except (regex.error, Unsupported):
            return None
    return joined(texts, known=known)


def compile_pattern(pattern: str, source: str, line: int, rule_id: str, translations=None):
    """A rule pattern compiled for RE2, or the RuleError saying what in it is refused;
    ``translations`` keeps its translation between runs (translation_cache.Translations)."""
    from .rule_regex import Unsupported, compile_rule

    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise RuleError(source, line, rule_id, f"bad regex: {exc}") from None
    try:
        return compile_rule(pattern, translations)
    except Unsupported as exc:
        raise RuleError(source, line, rule_id, f"unsupported regex: {exc}") from None


def zone_size(size: int | float, count: int) -> int:
    """A zone is N lines, or a share of the document's lines when written "40%"."""
    return size if isinstance(size, int) else math.ceil(size * count)


def in_zone(head: int | float | None, tail: int | float | None, index: int, count: int) -> bool:
    if head is None and tail is None:
        return True
    return (head is not None and index < zone_size(head, count)) or (
        tail is not None and index >= count - zone_size(tail, count)
    )


@dataclass(frozen=True, eq=False)
class StructureRule:
    id: str
    description: str
    kind: str
    head: int | float | None = None
    tail: int | float | None = None
    min_chars: int = 160
    min_title_words: int = 3
    max_prefix_words: int = 5
    max_words: int = 16
    prose_words: int = 8  # chrome_tail: see prose.TailShape
    max_prose: int = 1
    min_lines: int = 3  # menu_run: items in a run; page_link_run: lines in a run; pager: numbers
    min_story_lines: int = 6  # repeated_block: paragraphs that make a story without its headline
    min_evidence: int = 2  # menu_run: of them, menu labels or lines rules removed as navigation
    min_dense: int = 5  # menu_run: as many, in a run whose ends are not chrome
    labels: frozenset[str] = frozenset()  # menu_run: menu items; pager: its words; folded (rules.keys.phrase_key)
    # headline_ticker: stamps in a run; comment_thread: units in a thread; counted_slideshow: slides;
    # dated_story_box: headlines, each over its date
    min_run: int = 3
    max_unit_lines: int = 25  # comment_thread: lines from one unit's stamp to the next
    stamps: tuple[str, ...] = ()  # comment_thread: relative stamps ("5 years ago"), as regexes
    min_named_run: int = 4  # comment_thread: units of a name over a comment, under a comment notice
    named_notices: tuple[str, ...] = ()  # comment_thread: the notices a thread of names may follow, as regexes
    # tail_box: ids of the rules whose removal opens a page's tail; dated_story_box: whose removal heads a box
    markers: frozenset[str] = frozenset()
    stops: tuple[str, ...] = ()  # tail_box: lines that end a box and stay, as regexes
    not_labels: tuple[str, ...] = ()  # menu_run: lines in a label's shape that are no menu item (a byline), as regexes
    source: str = "<rules>"
    line: int = 0
    action: str = "drop_line"
    # The page rules' parameters (matching.page_rules says what each kind reads).
    words: frozenset[str] = frozenset()  # class and id words of the page's elements
    menu_words: frozenset[str] = frozenset()  # page_section: of words, those a menu's box says (below)
    heading_words: frozenset[str] = frozenset()  # page_section: words of a box whose headings go with it
    unless_words: frozenset[str] = frozenset()  # page_section: words beside a box's word that make it the text's own
    unless_inside: frozenset[str] = frozenset()  # page_section: words of an element inside the box that make it the text's own
    classes: frozenset[str] = frozenset()  # whole class names of the page's elements, lower case
    elements: frozenset[str] = frozenset()  # element names
    spare: frozenset[str] = frozenset()  # element names whose lines a page_section leaves
    skip: frozenset[str] = frozenset()  # element names whose class and id a page_section does not read
    item_words: frozenset[str] = frozenset()  # page_teaser_list: class words of a list's item beside elements
    link_share: float = 0.8
    max_held: float = 0.3
    article_held: float | None = None  # page_link_run: an element holding this share of the text is the article's
    page_share: float | None = None  # page_link_run: runs holding more of the lines make a page of links
    thread_held: float | None = None  # page_section: the lines it takes hold at most this share of the text, else none go
    max_line_words: int = 40
    # page_outside, page_link_box: the boxes after the article's last line (None: after), or before its
    # first; page_section: its lines below the page's last paragraph, or above its first (None: anywhere);
    # page_box_rest: "after" takes the lines below the article's last line only
    where: str | None = None
    # page_outside, page_link_box: the share of a box's lines that are links; page_lone_link: of its text
    linked: float = 0.3
    max_gap: int = 2  # page_link_box: other lines in a row between a box's links (a teaser, a date)
    taken: float = 0.6  # page_box_rest: the share of a box's lines the rules removed
    unless_families: frozenset[str] = frozenset()  # page_box_rest: removals that are no proof of a box
    part_lines: int = 2  # page_box_rest: lines left under a heading (elements) that make a part of the box's own
    item_lines: int = 3  # page_box_rest: list items left in a row that do
    unless_elements: frozenset[str] = frozenset()  # page_box_rest: a line left in one keeps its box (h1)
    unless_prose: int = 0  # page_box_rest: a sentence left of this many words, no link, keeps its box (0: none)
    page_family: str | None = None

    @property
    def family(self) -> str | None:
        # Copies of lines the document keeps: removing them loses nothing.
        if self.kind.startswith("repeated"):
            return "duplicate"
        if self.kind == "comment_thread":
            return "thread"
        if self.kind in ("headline_ticker", "counted_slideshow", "dated_story_box"):
            # Proven by its stamps going back in time (a slideshow by its counters going up one by
            # one, a box of dated headlines by its dates under its heading), as a thread by its units.
            return "ticker"
        if self.kind == "chrome_island":
            return "label"
        if self.kind in ("lone_divider", "page_empty_item"):
            # Punctuation only (a bare list item's dash too): it says nothing, the guard does not weigh
            # it, and it is no widget for the near rules to stand beside (a heading over the list).
            return "divider"
        if self.kind == "tail_box":
            return "box"  # taken for the box that a marker opened, not for words of their own
        if self.kind == "credited_links":
            return "roundup"  # proven by its items' credits, as a ticker by its stamps
        if self.kind == "barred_menu":
            return "box"  # a menu taken whole by its own bars: no evidence for the labels beside it
        return "navigation" if self.kind == "menu_run" else self.page_family

    @functools.cached_property
    def stop_patterns(self) -> tuple[regex.Pattern, ...]:
        """``stops`` compiled once: tail_box reads them in every round of a document with a
        marker, and regex.compile looks its own cache up again at every call."""
        return tuple(regex.compile(pattern) for pattern in self.stops)


@dataclass
class RuleSet:
    """One rule file."""

    name: str
    source: str
    extends: tuple[str, ...] = ()
    languages: frozenset[str] | None = None
    sites: tuple[str, ...] | None = None
    rules: list[Rule] = field(default_factory=list)
    structure: list[StructureRule] = field(default_factory=list)
    extends_line: int = 0  # where extends is written, for its errors

    def selected_by(self, lang: str | None, domain: str | None) -> bool:
        """A file scoped to languages or sites applies when the document is in one of each it names."""
        return in_scope(self.languages, self.sites, lang, domain)


def in_scope(languages: frozenset[str] | None, sites: tuple[str, ...] | None,
             lang: str | None, domain: str | None) -> bool:
    """Whether a document of ``lang`` from ``domain`` is in a file's or a rule's scope (None: any)."""
    if languages is not None and lang not in languages:
        return False
    return sites is None or site_matches(domain, sites)


def site_matches(domain: str | None, sites: tuple[str, ...]) -> bool:
    if not domain:
        return False
    return any(domain == site or domain.endswith("." + site) for site in sites)


# --- loading -----------------------------------------------------------------
