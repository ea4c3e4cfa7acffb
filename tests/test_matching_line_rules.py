"""How rules apply to a document: zones, actions, neighbours, scope, disabling."""

import pytest

from cleaner import Cleaner
from cleaner.text.lines import fold_spaces

from conftest import FIXTURES, write_rules

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
    text = ("Title\nBody one.\nMore stories\n"
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
    text = ("Title\nBody one.\nMore stories\n"
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
        matcher, _ = cleaner_obj._rules_for(lang, None)
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


# Stories that say a marker's words: in dialogue, in quotes, as a question, as a heading.
# The markers stand in the lower part of each text, where tail markers apply.
STORIES = {
    "en": """The Reading Group
Nobody could remember who had started the reading group, only that it met on Thursdays.
Ilse brought the coffee. Jonas brought the complaints, and a notebook for the minutes.
He held the notebook up and looked around the table.
Leave a comment?
— You may also like it, she said.
— You may also like
— Fine.
He wrote nothing.
""",
    "fr": """Le club de lecture
Personne ne se souvenait de qui avait fondé le club, seulement qu'il se réunissait le jeudi.
Ilse apportait le café, Jonas apportait ses plaintes et un carnet.
Il posa le carnet sur la table et regarda autour de lui.
« Laisser un commentaire ? »
— Vous aimerez peut-être aussi, dit-elle.
— Ver más
« Ver más »
Il ne répondit rien.
""",
    "es": """El club de lectura
Nadie recordaba quién había fundado el club, solo que se reunía los jueves.
Ilse traía el café; Jonas traía sus quejas y un cuaderno.
Dejó el cuaderno sobre la mesa y miró a su alrededor.
—Sin comentarios.
—¿Comentarios?
—Ver más.
«Ver más», leyó ella.
Nadie se rió.
""",
    "de": """Der Lesekreis
Niemand wusste mehr, wer den Lesekreis gegründet hatte, nur dass er donnerstags tagte.
Ilse brachte den Kaffee, Jonas brachte seine Klagen und ein Notizbuch.
Er legte das Notizbuch auf den Tisch und sah in die Runde.
„Keine Kommentare!“
– Kommentare?
»Ver más«
– Ver más.
Niemand lachte.
""",
    "ru": """Читательский клуб
Никто не помнил, кто основал клуб, знали только, что он собирается по четвергам.
Ильза приносила кофе, Йонас приносил жалобы и тетрадь.
Он положил тетрадь на стол и оглядел всех.
— Нет комментариев.
— Комментарии?
«Ver más»
— Ver más.
Никто не засмеялся.
""",
}


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_dialogue_saying_a_markers_words_stays(cleaner_obj, lang):
    result = cleaner_obj.clean(STORIES[lang], lang=lang)
    assert result.text == STORIES[lang] and not result.removals


def test_a_sentence_opening_with_a_comment_headings_words_stays(cleaner_obj):
    text = """Minutes of the Thursday meeting
The group discussed the second chapter for an hour.
Jonas objected to the translation, as he does every week.
Ilse proposed a vote, which nobody seconded.
No thoughts on the matter were shared…
Coffee: Ilse
Next book: The Castle
"""
    assert cleaner_obj.clean(text, lang="en").text == text


KAFKA = """The Reading Group
The reading group met in the back room of the library.
Each of them had brought a different book and a different complaint.
Jonas wanted to talk about Prague; Ilse wanted to talk about insects.
Nobody wanted to talk about the coffee.
3 thoughts on Kafka
The first was that he was funnier than anyone had told them at school.
The second was that his sentences were longer than they looked. Ilse read one aloud to prove it.
The third thought was Jonas's, and he kept it to himself until the walk home.
"""


def test_a_comment_heading_in_the_middle_of_a_story_stays(cleaner_obj):
    result = cleaner_obj.clean(KAFKA, lang="en")
    assert result.text == KAFKA and not result.removals


BRIDGE = """The new bridge
The council approved the new bridge on Monday after a long debate.
Work will start in the spring and last two years, the mayor said.
The old ferry will keep running until the bridge opens.
Tolls have not been decided yet, and the opposition wants none.
"""


@pytest.mark.parametrize("tail", [
    "You may also like\nFerry fares to rise in April\nHarbour office moves to the station\n",
    "3 thoughts on Kafka\nAnna\nMarch 3, 2024 at 9:15 am\nAbout time.\n",
    "3 thoughts on “The new bridge”\nAnna\nMarch 3, 2024 at 9:15 am\nAbout time.\nLeave a Comment\n",
    "Ver más\nLas tarifas del ferry suben en abril\nArchivé dans :\nÉquipe éditoriale\n"
    "Une équipe de journalistes de la côte. Nous écrivons sur les îles.\n",
])
def test_the_same_markers_before_a_tail_of_chrome_still_cut_it(cleaner_obj, tail):
    result = cleaner_obj.clean(BRIDGE + tail, lang="en")
    assert result.text == BRIDGE
    assert (result.removals[0].line, result.removals[0].marker_line) == (6, None)  # the marker, then its tail
    assert {r.rule_id for r in result.removals} <= {"related-tail-marker", "comment-count-heading", "comment-prompt"}
    assert cleaner_obj.clean(result.text, lang="en").text == result.text


def test_document_examples_of_a_marker_are_cleaned_not_matched():
    """A rule's example of several lines is a document: a keep example the marker would cut fails."""
    from cleaner.matching.selftest import check_rule
    from cleaner.rules.loader import parse_rule_file

    rule_file = """rules:
  - id: t-marker
    description: opens a tail of chrome
    family: related
    match: {phrase: More stories}
    action: drop_rest
    examples:
      drop: ["More stories", "Body one.\\nMore stories\\nOther headline\\n"]
      keep: ["More stories!", "Body one.\\nMore stories\\nA first paragraph. It goes on.\\nA second one. It ends.\\n",
             "Body one.\\nMore stories\\nOther headline\\n"]
"""
    rule = parse_rule_file(rule_file, "t.yaml", "t").rules[0]
    failures = check_rule(rule)
    assert [(f.kind, f.example) for f in failures] == [("keep", "Body one.\nMore stories\nOther headline\n")]


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
        matcher, _ = cleaner_obj._rules_for(lang, None)

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
