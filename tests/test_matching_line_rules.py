"""How rules apply to a document: zones, actions, neighbours, scope, disabling."""

import pytest

from cleaner import Cleaner

from conftest import write_rules

RULES = """\
rules:
  - id: t-marker
    description: opens a tail of chrome
    family: related
    match: {phrase: More stories}
    action: drop_rest
  - id: t-head
    description: drops everything before it
    family: navigation
    match: {phrase: Skip to content}
    action: drop_before
  - id: t-tail-credit
    description: a credit, only in the last two lines
    family: caption
    match: {prefix: "Credit:"}
    zone: {tail: 2}
  - id: t-short
    description: a short line only
    family: share
    match: {regex: '^Share\\b'}
    max_words: 3
  - id: t-byline
    description: byline
    family: byline
    match: {regex: '^By [A-Z]\\w+$'}
  - id: t-place
    description: a place beside a byline
    family: label
    match: {regex: '^[A-Z]\\w+$'}
    near: {families: [byline], distance: 1}
"""


@pytest.fixture()
def cleaner(tmp_path):
    write_rules(tmp_path, "t.yaml", RULES)
    # These documents are tiny and mostly chrome: the over-cleaning guard is tested elsewhere.
    return Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)


def lines(result):
    return result.text.splitlines()


def test_drop_rest_takes_everything_after_the_marker(cleaner):
    result = cleaner.clean("Title\nBody one.\nMore stories\nOther headline\nAnother\n", lang="en")
    assert lines(result) == ["Title", "Body one."]
    assert [(r.rule_id, r.line, r.marker_line) for r in result.removals] == [
        ("t-marker", 3, None), ("t-marker", 4, 3), ("t-marker", 5, 3)]


def test_drop_before_takes_everything_before(cleaner):
    result = cleaner.clean("Menu\nLogin\nSkip to content\nTitle\nBody.\n", lang="en")
    assert lines(result) == ["Title", "Body."]


def test_drop_before_keeps_prose_standing_before_it(cleaner):
    text = ("The ferry runs twice a day in summer, and once in winter.\n"
            "Tickets are sold at the harbour office. Cyclists board first.\n"
            "Skip to content\nTitle\nBody.\n")
    result = cleaner.clean(text, lang="en")
    assert result.text == text and not result.removals


def test_drop_rest_keeps_paragraphs_after_it(cleaner):
    # A headline over the paragraphs: a related box's label over paragraphs alone cuts nothing.
    text = ("Title\nBody one.\nMore stories\nHarbour office moves to the station\n"
            "The harbour office moved to the station in May, the council said.\n"
            "It now opens at seven. The ferry timetable has not changed.\n")
    result = cleaner.clean(text, lang="en")
    assert result.text == text and not result.removals


def test_a_marker_that_does_not_cut_leaves_its_line_to_a_line_rule(tmp_path):
    write_rules(tmp_path, "t.yaml", RULES + """\
  - id: t-label
    description: the same words as a label of their own
    family: related
    match: {phrase: More stories}
""")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    prose = ("The harbour office moved to the station in May, the council said.\n"
             "It now opens at seven. The ferry timetable has not changed.")
    result = cleaner.clean(f"Title\nBody one.\nMore stories\n{prose}\n", lang="en")
    assert result.text == f"Title\nBody one.\n{prose}\n"
    assert [(r.rule_id, r.line, r.marker_line) for r in result.removals] == [("t-label", 3, None)]


def test_the_chrome_tail_rule_sets_what_a_cut_may_take(tmp_path):
    # A headline over the paragraphs: a related box's label over paragraphs alone cuts nothing.
    text = ("Title\nBody one.\nMore stories\nHarbour office moves to the station\n"
            "The harbour office moved to the station in May, the council said.\n"
            "It now opens at seven. The ferry timetable has not changed.\n")
    write_rules(tmp_path, "t.yaml", RULES + """\
structure:
  - id: t-tail
    kind: chrome_tail
    description: two paragraphs may go with a marker
    max_prose: 2
""")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    assert lines(cleaner.clean(text, lang="en")) == ["Title", "Body one."]


def test_a_marker_phrase_written_as_a_question_still_marks_its_own_line(tmp_path):
    """Speech folds consistently: a label that is itself a question matches the line that asks it."""
    write_rules(tmp_path, "q.yaml", """rules:
  - id: q-marker
    description: a comment section opening with a question
    family: comments
    match: {phrase: What do you think?}
    action: drop_rest
""")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    text = "Title\nBody one.\nWHAT DO YOU THINK ?\nAnna\nMarch 3\n"
    assert lines(cleaner.clean(text, lang="en")) == ["Title", "Body one."]
    assert cleaner.clean("Title\nBody one.\n— What do you think?\nAnna\n", lang="en").removals == ()


def test_zone_limits_a_rule(cleaner):
    text = "Credit: kept because not in the tail\nA\nB\nC\nCredit: AFP\n"
    assert lines(cleaner.clean(text, lang="en")) == ["Credit: kept because not in the tail", "A", "B", "C"]


def test_a_head_zone_can_end_at_the_first_paragraph_of_prose(tmp_path):
    write_rules(tmp_path, "z.yaml", """rules:
  - id: z-stamp
    description: a publication stamp in the header
    family: dateline
    match: {regex: '^Published \\d{4}$'}
    zone: {head: 6, head_ends_at_prose: true}
""")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    prose = "The harbour office moved to the station in May, the council said."
    header = cleaner.clean(f"Title\nPublished 2019\n{prose}\nMore.\n", lang="en")
    assert [r.line for r in header.removals] == [2]
    # Below the first paragraph, still within six lines of the top: the stamp is the story's.
    below = cleaner.clean(f"Title\n{prose}\nPublished 2019\nMore.\n", lang="en")
    assert below.removals == ()


def test_max_words_protects_sentences(cleaner):
    text = "Title\nShare this\nShare prices fell sharply on Monday in Tokyo.\n"
    assert lines(cleaner.clean(text, lang="en")) == ["Title", "Share prices fell sharply on Monday in Tokyo."]


def test_near_rule_needs_its_neighbour(cleaner):
    text = "Title\nIstanbul\nBy Yasin\n\nBody text here.\nParis\n"
    result = cleaner.clean(text, lang="en")
    assert lines(result) == ["Title", "", "Body text here.", "Paris"]
    assert {r.rule_id for r in result.removals} == {"t-place", "t-byline"}


def test_near_rule_never_takes_the_title(cleaner):
    assert lines(cleaner.clean("Brexit\nBy Jane\nBody text here.\n", lang="en")) == ["Brexit", "Body text here."]


def test_removal_moving_a_line_into_a_zone_is_applied_to_a_fixed_point(cleaner):
    # Removing the last line brings the first credit into the tail zone.
    text = "A\nB\nC\nCredit: one\nD\nMore stories\nx\n"
    once = cleaner.clean(text, lang="en").text
    assert cleaner.clean(once, lang="en").text == once


def test_disable_by_id(tmp_path):
    write_rules(tmp_path, "t.yaml", RULES)
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, disable=["t-marker"])
    assert "More stories" in cleaner.clean("Title\nBody.\nMore stories\n", lang="en").text


def test_language_and_site_scope(tmp_path):
    write_rules(tmp_path, "fr.yaml", "languages: [fr]\nrules:\n  - id: f-share\n    description: d\n"
                "    match: {phrase: Partager}\n")
    write_rules(tmp_path / "sites", "example.com.yaml", "sites: [example.com]\nextends: [fr]\nrules:\n"
                "  - id: s-foot\n    description: d\n    match: {phrase: Example footer}\n")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    text = "Title\nPartager\nExample footer\n"
    assert lines(cleaner.clean(text, lang="en")) == ["Title", "Partager", "Example footer"]
    assert lines(cleaner.clean(text, lang="fr")) == ["Title", "Example footer"]
    # A site set applies to its subdomains and brings what it extends, whatever the language.
    assert lines(cleaner.clean(text, lang="en", url="https://news.example.com/a/b")) == ["Title"]
    assert lines(cleaner.clean(text, lang="en", url="https://example.org/")) == ["Title", "Partager", "Example footer"]


def test_phrase_matching_ignores_case_space_and_edge_punctuation(cleaner):
    text = "Title\nBody.\n  ►  MORE   stories :\nx\n"
    assert lines(cleaner.clean(text, lang="en")) == ["Title", "Body."]


def test_default_rules_keep_hard_negatives(cleaner_obj):
    text = ("Talks resume in Geneva\n\n"
            "Readers can leave a comment on the ministry's page, officials said.\n"
            "The treaty was translated from the Russian by the embassy staff.\n"
            "Subscribers to the bulletin were told first.\n"
            "Copyright law changed in 2019 after a long fight.\n"
            "We use cookies from the bakery at every meeting, she said.\n"
            "Share prices fell on Monday.\n")
    assert cleaner_obj.clean(text).text == text


def test_indexed_and_unindexed_rules_match_the_same_lines(tmp_path):
    """The index is a shortcut, never a filter: every rule still matches where its regex does."""
    rules = "rules:\n" + "".join(
        f"  - id: r{i}\n    description: d\n    match: {{regex: '{p}'}}\n" for i, p in enumerate(
            [r"^Tags:", r"(?i)^generated\s+widget", r"^Tag\w*", r"^Share\b", r"^Topics:|^Themes:", r"^By [A-Z]\w+$"]))
    write_rules(tmp_path, "r.yaml", rules)
    from cleaner.matching.line_rules import Matcher
    from cleaner.rules.book import load_rulebook

    book = load_rulebook((str(tmp_path),), frozenset(), False)
    matcher = Matcher(book.all_rules())
    lines = ["Tags: a, b", "Tagged: x", "GENERATED   widget 3", "Generated widgets", "Share this", "Shared",
             "Themes: x", "By Jane", "by jane", "Tags", "Topics:"]
    for line in lines:
        expected = [r.id for r in book.all_rules() if r.search(" ".join(line.split()))]
        assert [r.id for r in matcher.candidates(" ".join(line.split()))] == expected, line


def test_domains_share_a_selection_unless_a_site_set_names_them(tmp_path):
    """A corpus of a million domains must not build (and keep) a million matchers."""
    write_rules(tmp_path / "sites", "example.com.yaml", "sites: [example.com]\nrules:\n"
                "  - id: s-foot\n    description: d\n    match: {phrase: Example footer}\n")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], max_removal=1.0)
    text = "Title\n\nA sentence of the article body, long enough to be prose.\nExample footer\n"
    for i in range(200):
        assert "Example footer" in cleaner.clean(text, lang="en", url=f"https://site{i}.example.org/a").text
    assert "Example footer" not in cleaner.clean(text, lang="en", url="https://news.example.com/a").text
    assert "Example footer" in cleaner.clean(text, lang="en", url="https://notexample.com/a").text
    assert len(cleaner._matchers) == 2
    assert cleaner.rulebook.sites_of("a.news.example.com") == ("example.com",)
    assert cleaner.rulebook.sites_of("example.com.evil.org") == ()


def test_what_lines_matched_is_kept_across_documents_within_a_bound(monkeypatch):
    """A site's chrome is matched once for all its pages; a full memo starts again, same answers."""
    from cleaner.matching import line_rules

    cleaner = Cleaner()
    page = "Title of the page\n\nA paragraph of the article, long enough to be prose.\nLeave a Comment\n"
    first = cleaner.clean(page)
    (matcher, seen), = [(k, v) for k, v in cleaner._matched.items() if k != "near"]
    assert "Leave a Comment" in seen  # remembered for the next page
    other = page.replace("A paragraph", "Another paragraph")
    assert cleaner.clean(other).removals[0].rule_id == first.removals[0].rule_id
    monkeypatch.setattr(line_rules, "_MEMO_LINES", 2)
    again = cleaner.clean(page)
    assert not any(text.startswith("Another") for text in cleaner._matched[matcher])  # emptied, refilled
    assert again == first




def test_a_no_break_space_reads_as_a_space_to_regex_rules(tmp_path):
    # Pages put no-break spaces between the words of a link or a label; a pattern's
    # space must still meet them, and the text written keeps them.
    write_rules(tmp_path, "t.yaml", """\
rules:
  - id: t-related
    description: a related heading
    family: related
    match: {regex: '^More on this(?:\\s*:)?$'}
""")
    cleaner = Cleaner(rule_dirs=[str(tmp_path)], default_rules=False, max_removal=1.0)
    text = "More\u00a0on\u00a0this\nMore\u202fon this\u202f:\nThe council met\u00a0on Monday in the town hall.\n"
    result = cleaner.clean(text, lang="en")
    assert [r.rule_id for r in result.removals] == ["t-related", "t-related"]
    assert result.text == "The council met\u00a0on Monday in the town hall.\n"
