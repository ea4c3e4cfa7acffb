"""The regex index is a shortcut, never a filter: the fast path finds what searching every rule finds."""

import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner.rules import regex_index, regex_openings
from cleaner.matching.line_rules import Matcher
from cleaner.rules.book import load_rulebook
from conftest import FIXTURES, ROOT


@pytest.mark.parametrize("pattern, expected", [
    (r"^Tags:", {"tags"}),
    (r"(?i)^(?:home|accueil)\s*[>»]", {"home", "accu"}),
    (r"^(?i:by)\s+\p{Lu}", {"by" + ws for ws in regex_index._WHITESPACE}),
    (r"^\*?Traduit", {"*tra", "trad"}),
    (r"^(?:©|\(c\))\s*\d", {"©", "(c)"} | {"©" + ws for ws in regex_index._WHITESPACE}
     | {"(c)" + ws for ws in regex_index._WHITESPACE}),
    (r"^[AB]x", {"ax", "bx"}),
    (r"^Tags?", {"tag", "tags"}),
    (r"^Теги:", {"теги"}),
    # A set opening on a colon is no POSIX class: both modules read the colon and the mark.
    (r"(?i)^tell\s*[:!]?$", {"tell"}),
])
def test_starts_of_anchored_patterns(pattern, expected):
    assert regex_index.starts(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"Tags:",                     # not anchored: a match can begin anywhere
    r"(?:^|\s)Photo",             # one branch is not anchored
    r"^\p{Lu}\w+",                # begins with any capital
    r"^(?:\d+|no) comments",      # a digit class is wide
    r"^.?x",                      # could begin with any character
    r"^(?|a)b",                   # the regex module's branch reset: not read, so not indexed
    r"^[^x]",
    r"(?fi)^strasse",             # full case folding ("ß" is "ss"): the regex module's alone, never indexed
    r"(?V1i)^strasse",
    r"^[[:alpha:]]+:",            # a POSIX class, which re would read as a set of ":alph"
    r"^x[[:^digit:]]",
    r"^(?:home){e<=1} >",         # fuzzy matching, which re would read as literal braces
])
def test_unindexed_patterns(pattern):
    assert regex_index.starts(pattern) is None


@pytest.mark.parametrize("pattern, expected", [
    (r"^(?:\d+|no)\s+(?:comments|replies)$", {"comments", "replies"}),
    (r"(?:^|\s)(?:Photo|Foto)\s*:", {"photo", "foto"}),
    (r"(?i)^\*?\s*(?:Translated|Translation) by", {"translated by", "translation by"}),  # the longest part wins
    (r"\d+ km", {" km"}),
    (r"^\d{1,2}[./-]\d", {".", "-", "/"}),  # one character tells when it is not a letter, digit or space
    (r"^[^.›»>]{1,40}(?:\s*[›»>]\s*[^.›»>]{1,60}){2,}$", {"›", "»", ">"}),  # inside a repeat every match goes through
    # Alternatives that begin with a digit or a capital: each one's own part, together.
    (r"(?i)^(?:\d+ min read|reading time: \d+)$", {" min read", "reading time:"}),
    (r"^\s*(?:\d+ > \w+|\w+ » \d+)\s*$", {" >", " »"}),
    (r"(?:\d+ (?:km|mi)|(?:kg|lb) \d+)", {" km", " mi", "kg", "lb"}),
])
def test_what_matches_must_contain(pattern, expected):
    assert regex_index.contains(pattern) == expected


@pytest.mark.parametrize("pattern, lead, starts", [
    (r"^[\s|·•]*(?i:share\s*:\s*)?(?:Facebook|Twitter)", {"|", "·", "•", *regex_index._WHITESPACE},
     {"share", "facebook", "twitter"}),  # a table row's "|" is a lead: the words tell
    (r"^(?:\|\s*)+(?:©|\(c\))", {"|", *regex_index._WHITESPACE}, {"©", "(c)"}),
    (r"(?i)^the posting of advertisements", set(), {"the posting of a"}),  # longer than starts() cuts
    (r"^\|(?:[ \t]*\|)*$", set(), {"|"}),  # nothing after the lead: the starts as they are
    (r"^[\s-]*[Pp]rint$", {"-", *regex_index._WHITESPACE}, {"print"}),
])
def test_openings_skip_a_lead_of_separators(pattern, lead, starts):
    assert regex_openings.opening(pattern) == (frozenset(lead), frozenset(starts))


@pytest.mark.parametrize("pattern", [r"Tags:", r"^\p{Lu}\w+", r"^[a-z]*x"])  # a lead of letters would fold
def test_no_opening(pattern):
    assert regex_openings.opening(pattern) is None or regex_openings.opening(pattern)[0] == frozenset()
    assert regex_openings.opening(r"Tags:") is None


@pytest.mark.parametrize("pattern", [r"^\p{Lu}\w+$", r"\d+", r"(?:ab)?\d", r"[a-z]+\d", r"^\s*x?$",
                                     r"(?fi)strasse",
                                     r"(?:\d+ min|\w+)$", r"(?:ab|\d)"])  # one alternative that holds nothing telling
def test_nothing_required(pattern):
    assert regex_index.contains(pattern) is None


@pytest.mark.parametrize("pattern, expected", [
    (r"(?:Photo|Foto)\s*:\s*[^.!?]{1,60}$", (True, {".", "!", "?"})),
    (r"(?i)credit[.!]$", (False, {".", "!"})),
    (r"x[.!]?$", (False, {"x", ".", "!"})),
    (r"(?:a\.|(?:b|c)!+)\Z", (False, {".", "!"})),
    (r"(?:x[^.]|y[^.!])$", (True, {"."})),
    (r"(?i:x)y$", (False, {"y"})),
    (r"(?i)x(?-i:y)$", (False, {"y"})),
])
def test_how_matches_end(pattern, expected):
    assert regex_index.ends(pattern) == (expected[0], frozenset(expected[1]))


def test_an_ending_read_for_a_character_it_does_not_name():
    credit, sentence = (True, frozenset(".!?")), (False, frozenset(".!"))
    for ch in "xé»":  # Matcher looks up every character no ending names as ""
        assert regex_index.ends_with(credit, ch) == regex_index.ends_with(credit, "") is True
        assert regex_index.ends_with(sentence, ch) == regex_index.ends_with(sentence, "") is False
    assert regex_index.ends_with(None, "") and not regex_index.ends_with(credit, ".")


@pytest.mark.parametrize("pattern", [
    r"abc", r"a$|b", r"(?i)abc$", r"(?i)x[^a]$", r"\s*[.!]?$", r"\d+$", r"\p{L}$", r"[^\s]$", r"a.$",
    r"(?:a|)$", r"a(?=b)$",
])
def test_endings_not_told(pattern):
    assert regex_index.ends(pattern) is None


def test_lines_with_irregular_case_are_not_folded():
    assert regex_index.fold("Home Page") == "home page"
    assert regex_index.fold("Straße") == "straße"
    assert regex_index.fold("ſome") is None  # long s matches "s" case-blind
    assert regex_index.fold("In İstanbul") is None  # lower case is two characters
    assert regex_index.starts("(?i)^ς") == {"σ"}  # a pattern's ς is written as the σ it matches case-blind


def test_every_sigma_folds_to_the_sigma_patterns_are_written_with():
    """Σ, σ and ς match one another case-blind: a Greek line (nearly every one ends a word
    on ς) is folded, each sigma to σ, and not sent to every rule unfolded."""
    assert regex_index.fold("ΣΣ") == "σσ"  # Python lowers it to "σς", by position
    assert regex_index.fold("aς") == "aσ"
    assert regex_index.fold("Ο πρωθυπουργός ΤΗΣ χώρας") == "ο πρωθυπουργόσ τησ χώρασ"
    assert regex_index.fold("ΣΟΦΟΣ ſ") is None  # another irregular character still stops it
    for pattern in ("(?i)σ", "(?i)ς", "(?i)Σ", "σ", "ς", "Σ"):
        part = regex_index.contains(pattern + "ophia") or regex_index.starts("^" + pattern + "o")
        assert part and all(p.startswith("σ") for p in part), pattern


def test_ascii_lines_fold_as_the_character_by_character_check_would():
    ascii_chars = "".join(map(chr, range(128)))
    assert regex_index.fold(ascii_chars) == ascii_chars.lower()
    assert regex_index.fold(ascii_chars + "é") == ascii_chars.lower() + "é"  # the checked path, same letters


def test_lines_of_regular_characters_fold_as_the_checked_fold_does():
    """fold() lowers a line of the common blocks' regular characters without the round trip;
    the checked fold, on the whole line (where case can depend on neighbours), agrees."""
    from hypothesis import given, settings, strategies as st

    regular = [ch for ch in map(chr, range(0x2070)) if regex_index._regular_line().fullmatch(ch)]
    assert "é" in regular and "ß" in regular and "ж" in regular and "’" in regular
    assert not {"σ", "Σ", "ς", "ſ", "İ"} & set(regular)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(regular + [" ", "a", "A"]), max_size=30))
    def check(text):
        assert regex_index.fold(text) == regex_index._checked_fold(text) == text.lower()

    check()


def test_every_irregular_character_stops_folding():
    """Any character whose case-blind matching lower case cannot stand for is caught."""
    irregular = [ch for ch in map(chr, range(0x110000)) if ch != "ς"
                 and (len(ch.lower()) != 1 or (len(ch.upper()) == 1 and ch.upper().lower() != ch.lower()))]
    assert "ſ" in irregular
    for ch in irregular:
        assert regex_index.fold(f"ab {ch} cd") is None, hex(ord(ch))


def _plain(rules, text, words=None):
    """What the index must equal: every regex rule searched (those the line is short enough for)."""
    return [r.id for r in rules if r.kind == "regex" and r.near is None
            and (words is None or r.max_words is None or words <= r.max_words) and r.search(text)]


def _fast(matcher, rules, text, words=None):
    ids = {r.id for r in matcher.candidates(text, words)}
    return [r.id for r in rules if r.kind == "regex" and r.near is None and r.id in ids]


def _bundled_selections():
    book = load_rulebook((), frozenset(), True)
    langs = ("en", "fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", None)
    for lang in langs:
        rules, _ = book.select(lang, None)
        yield lang, rules, Matcher(rules)


def _corpus_lines():
    lines = set()
    for folder in (FIXTURES / "input", FIXTURES / "expected", ROOT / "eval" / "docs"):
        for path in folder.glob("*.txt"):
            lines.update(" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines())
    book = load_rulebook((), frozenset(), True)
    for rule in book.all_rules():
        lines.update(" ".join(e.split()) for e in (*rule.drop_examples, *rule.keep_examples))
    return sorted(line for line in lines if line)


def test_index_finds_what_plain_search_finds_on_every_known_line():
    lines = _corpus_lines()
    assert len(lines) > 1000
    for lang, rules, matcher in _bundled_selections():
        assert matcher.screen.starts and matcher.screen.parts, lang  # the shortcuts are taken, or this proves nothing
        for line in lines:
            assert _fast(matcher, rules, line) == _plain(rules, line), (lang, line)
            words = len(line.split())
            assert _fast(matcher, rules, line, words) == _plain(rules, line, words), (lang, line)


_SELECTIONS = list(_bundled_selections())
_PIECES = st.sampled_from(["home", "Home", "HOME", "by ", "By", "(c)", "©", "*", "Traduit", "ſ", "İ", "K", " ",
                           "\u00a0", ">", "»", "Subscribe", "sign up", "Share", "Foto", "Photo:", "1", "2024",
                           "Par", "Tags:", "Source:", "Fuente:", "Źródło", "Главная", "Фото", "AFP", "(AP)",
                           "ΣΧΟΛΙΑ", "σχόλιος", "Φωτογραφία:", "ς", "Σ"])


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "150")), deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=6))
def test_index_finds_what_plain_search_finds_on_generated_lines(pieces):
    line = " ".join("".join(pieces).split())
    for lang, rules, matcher in _SELECTIONS:
        assert _fast(matcher, rules, line) == _plain(rules, line), (lang, line)
        words = len(line.split())
        assert _fast(matcher, rules, line, words) == _plain(rules, line, words), (lang, line)


# Patterns built from the constructs rules use, and lines drawn to match them: whenever
# the regex module finds a match, the index must let the line through.
_ATOMS = st.sampled_from(["a", "b", "Ab", "é", "ß", "ss", "K", "σ", "ς", "\\s", "\\d", "\\w", ".", "[ab]",
                          "[^a]", "[a-c]", ":", "»", " ", "\\b", "(?=a)", "(?!b)", "home", "Tags:", "[^.!?]",
                          "[.!]", "\\.", "[^\\s]", "(?-i:b)"])


def _patterns():
    def extend(inner):
        return st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"(?:{p[0]}|{p[1]})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "*?", "++"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"),
        )
    body = st.recursive(_ATOMS, extend, max_leaves=6)
    return st.tuples(st.sampled_from(["", "^", "(?i)", "(?i)^", "^(?i:"]), body, st.sampled_from(["", "$", "\\Z"])).map(
        lambda p: p[0] + p[1] + (")" if p[0].endswith(":") else "") + p[2])


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_patterns(), st.data())
def test_the_index_never_hides_a_match(pattern, data):
    import regex

    compiled = regex.compile(pattern)
    begins, holds = regex_index.starts(pattern), regex_index.contains(pattern)
    ending = regex_index.ends(pattern)
    for _ in range(4):
        line = data.draw(st.one_of(st.from_regex(pattern), st.text(alphabet="abAéßsSKσςΣ :»1", max_size=8)))
        if "\n" in line or not compiled.search(line):
            continue
        assert regex_index.ends_with(ending, line[-1:]), (pattern, line, ending)
        folded = regex_index.fold(line)
        if folded is None:
            continue  # such a line meets every indexed rule
        if begins is not None:
            assert any(folded.startswith(start) for start in begins), (pattern, line, begins)
        if holds is not None:
            assert any(part in folded for part in holds), (pattern, line, holds)
        opening = regex_openings.opening(pattern)
        if opening is not None:  # a run of lead characters, then a start
            lead, starts = opening
            run = len(folded) - len(folded.lstrip("".join(lead))) if lead else 0
            assert any(folded.startswith(start, at) for at in range(run + 1) for start in starts), (pattern, line)
