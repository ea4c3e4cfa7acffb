"""Rule regexes run by RE2 match the lines the regex module matches, no more and no fewer."""

import os

import pytest
import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from bench import regex_engines
from cleaner.rules import regex_syntax
from cleaner.rules.book import load_rulebook
from cleaner.rules.rule_regex import Unsupported, alternation, compile_rule, sized, translate_lines


def test_every_bundled_pattern_matches_the_same_lines_under_both_engines():
    patterns = regex_engines.bundled_patterns()
    lines = regex_engines.all_lines(generated=3000)
    assert len(patterns) > 100 and len(lines) > 4000
    # The lines reach the patterns: thousands of matches, so a disagreement would show.
    assert sum(regex.search(p, line) is not None for _, p in patterns for line in lines) > 500
    assert regex_engines.disagreements(patterns, lines) == []


@pytest.mark.parametrize("pattern, line, matches", [
    (r"(?i)^(?:ещё|еще) \w+$", "Ещё новости", True),  # \w is Unicode's, not ASCII's
    (r"^\w+$", "naïve_café2", True),
    (r"^\d+$", "٣٤", True),  # Arabic-Indic digits are \d
    (r"\s", "a\u3000b", True),
    (r"\bcookies\b", "Nous utilisons des cookies.", True),
    (r"\bcookies\b", "Nous utilisons descookies.", False),  # no boundary before
    (r"\bcookies\b", "des cookiesé", False),  # é is a word character: no boundary after
    (r"(?i)\bÉTÉ\b", "un été chaud", True),
    (r"\Bok", "look", True),
    (r"\Bok", "ok", False),
    (r"[^.!?]{0,5}\bnews", "a.news", True),  # the boundary follows the ".", not a class character
    (r"^[^.!?]{0,5}\bnews", "a.news", False),
    (r"a\ba", "aa a", False),  # no place stands by this boundary: the pattern matches nothing
    (r"(?:a\ba|b)c", "bc", True),
    (r"(?i)ſ", "S", True),  # case-blind as the regex module folds
    (r"(?i)k", "\u212a", True),  # KELVIN SIGN
])
def test_constructs_keep_the_regex_module_meaning(pattern, line, matches):
    assert (regex.search(pattern, line) is not None) == matches
    assert (compile_rule(pattern).search(line) is not None) == matches


def test_classes_match_what_the_regex_module_says_for_every_code_point():
    # Unicode versions differ (RE2's tables are older): the translation asks the regex module.
    everything = regex_syntax.all_characters()
    for item in (r"\w", r"\W", r"\d", r"\s", r"\p{L}", r"\p{Lu}", r"(?i)\p{Lu}", r"[^.!?›»>]", r"(?i)[a-zß]"):
        assert compile_rule(item).findall(everything) == regex.findall(item, everything), item


def test_case_blind_letters_fold_as_the_regex_module_folds():
    cased = regex_syntax.cased_characters()
    # Closed: case-blind, a character of the set matches no character outside it.
    assert regex.sub("(?i)[" + regex.escape(cased) + "]", "", regex_syntax.all_characters()) == \
        regex.sub("[" + regex.escape(cased) + "]", "", regex_syntax.all_characters())
    for ch in cased:
        pattern = "(?i)" + regex.escape(ch)
        assert compile_rule(pattern).findall(cased) == regex.findall(pattern, cased), ch


# Patterns built from what rules are written with, and lines from a small alphabet that
# puts word characters, marks, digits, spaces and sentence ends side by side.
_ATOMS = st.sampled_from(["a", "b", "ab", "é", "ß", "K", "σ", "_", "1", " ", ".", "\\s", "\\S", "\\d", "\\w", "\\W",
                          "[ab]", "[^a]", "[^.!?]", "[.!]", "\\.", "\\p{L}", "\\p{Lu}", "\\b", "\\B", "^", "$",
                          "(?-i:b)", "(?i:a)"])
_LINES = st.text(alphabet="abAB é_1.! σΣßK\u0301", max_size=10)


def _patterns():
    def extend(inner):
        return st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"(?:{p[0]}|{p[1]})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{0,3}", "*?"])).map(
                lambda p: f"(?:{p[0]}){p[1]}"),
        )
    body = st.recursive(_ATOMS, extend, max_leaves=7)
    # Half of them with a word boundary between two parts: the rewriting under test.
    bounded = st.tuples(body, st.sampled_from(["\\b", "\\B"]), body).map("".join)
    return st.tuples(st.sampled_from(["", "(?i)"]), st.one_of(body, bounded)).map("".join)


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_patterns(), st.lists(_LINES, min_size=1, max_size=8))
def test_translated_patterns_match_the_same_lines(pattern, lines):
    try:
        compiled = compile_rule(pattern)
    except Unsupported as exc:
        # Refused, never read otherwise: only where a \b would need a look-around to say.
        assert "inside a repeat" in str(exc) or "anchor inside a group" in str(exc), (pattern, exc)
        return
    old = regex.compile(pattern)
    for line in lines:
        assert (compiled.search(line) is not None) == (old.search(line) is not None), (pattern, line)


def _lines_found(pattern: str, lines: list[str]) -> set[int]:
    """The lines the pattern's translate_lines finds, searched once through them joined by "\\n"."""
    data = "\n".join(lines).encode("utf-8")
    return {data.count(b"\n", 0, match.start()) for match in sized(translate_lines(pattern)).finditer(data)}


# translate_lines: searched through many lines joined by "\n", a pattern finds in each line what
# translate() finds searching it alone (Matcher.everywhere searches every-line rules so).

@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_patterns(), st.lists(_LINES, min_size=1, max_size=8))
def test_a_pattern_searched_through_joined_lines_finds_the_lines_it_matches_alone(pattern, lines):
    try:
        compiled = compile_rule(pattern)
    except Unsupported:
        return
    assert _lines_found(pattern, lines) == {i for i, line in enumerate(lines) if compiled.search(line) is not None}, \
        (pattern, lines)


@pytest.mark.parametrize("pattern", [r"^\W*$", r"^a$", r"\ba\b", r"\Bb", r"[^x]{3}", r"(?s).b", r"\s+$", r"^\s*\S"])
def test_a_match_through_joined_lines_never_crosses_a_line_break(pattern):
    lines = ["a", "", "xx b", " ", "b a", "  c", "x"]
    assert _lines_found(pattern, lines) == {i for i, line in enumerate(lines) if regex.search(pattern, line)}, pattern


@pytest.mark.parametrize("pattern, what", [
    (r"^Share(?= this)", "look-ahead"),
    (r"(?<!a)b", "look-behind"),
    (r"(a)\1", "back-reference"),
    (r"(?P<w>a)(?P=w)", "back-reference"),
    (r"a++", "possessive"),
    (r"[ab]{1,3}+c", "possessive"),
    (r"(?>ab|a)b", "atomic"),
    (r"a(?i)b", "at the start"),
    (r"(?x) a b", "(?x)"),
    (r"(?:\bword)+", "inside a repeat"),
    (r"(?:foo){e<=1}", "fuzzy"),
])
def test_what_re2_cannot_run_is_refused_by_name(pattern, what):
    regex.compile(pattern)  # the regex module takes it
    with pytest.raises(Unsupported, match=regex.escape(what)):
        compile_rule(pattern)


@pytest.mark.parametrize("pattern, line", [
    (r"(a+)+$", "a" * 30_000 + "!"),
    (r"(x+x+)+y", "x" * 30_000),
    (r"^(a|a)*$", "a" * 30_000 + "b"),
    (r"(?:a|aa)*c", "a" * 30_000),
])
def test_patterns_that_backtrack_exponentially_are_searched_at_once(pattern, line):
    # No clock: a backtracking engine would not return from these within the suite.
    assert compile_rule(pattern).search(line) is None


def test_a_line_with_a_lone_surrogate_is_searched_as_the_pipeline_repairs_it():
    from cleaner.rules.loader import parse_rule_file

    text = ("rules:\n  - id: odd\n    description: one character between\n    family: promo\n"
            "    match: {regex: '^a.b$'}\n")
    (rule,) = parse_rule_file(text, "odd.yaml", "odd").rules
    assert rule.matches_text("a\ud800b") and rule.matches_text("a\ufffdb") and not rule.matches_text("ab")


# A rule's regexes are searched as one alternation (rule_regex.alternation, Rule.searcher):
# a line matches it exactly when it matches one of them searched alone.

@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_patterns(), min_size=2, max_size=4), st.lists(_LINES, min_size=1, max_size=8))
def test_a_rules_regexes_as_one_alternation_match_the_lines_one_of_them_matches(patterns, lines):
    try:
        compiled = tuple(compile_rule(pattern) for pattern in patterns)
    except Unsupported:
        return
    joined = alternation(compiled)
    assert joined is not None
    for line in lines:
        alone = any(regexp.search(line) is not None for regexp in compiled)
        assert (joined.search(line) is not None) == alone, (patterns, line)
        assert (joined.search(line.encode("utf-8")) is not None) == alone, (patterns, line)


def test_every_bundled_rule_searched_as_one_alternation_matches_the_lines_its_patterns_match():
    rules = [rule for rule in load_rulebook().all_rules() if rule.kind == "regex" and len(rule.patterns) > 1]
    lines = regex_engines.all_lines(generated=1000)
    assert len(rules) > 20
    hits = 0
    for rule in rules:
        assert rule.searcher is not None and rule.searcher is not rule.compiled[0], rule.id
        for line in lines:
            alone = any(regexp.search(line) is not None for regexp in rule.compiled)
            assert rule.search(line) == alone, (rule.id, line)
            hits += alone
    assert hits > 100  # the lines reach the rules: a disagreement would show


def test_a_bundled_rules_alternation_compiled_from_its_translations_is_the_one_made_of_its_patterns():
    # Rule.searcher joins a book's translations and compiles the whole, none of its patterns
    # alone (the speed-up); alternation() of the patterns compiled alone is the plain version.
    from cleaner.rules import book

    fresh = book.book_from_sources.__wrapped__(book.rule_sources())  # no rule compiled yet
    rules = [rule for rule in fresh.all_rules() if rule.kind == "regex" and len(rule.patterns) > 1]
    assert len(rules) > 20
    for rule in rules:
        fast = rule.searcher
        assert "compiled" not in rule.__dict__, rule.id  # the shortcut was taken
        plain = alternation(rule.compiled)
        assert fast.pattern == plain.pattern and fast.options.max_mem == plain.options.max_mem, rule.id


@pytest.mark.parametrize("bad, message", [("(x", "bad regex"), ("(?<=a)x", "unsupported regex")])
def test_a_bundled_rule_of_several_regexes_one_refused_fails_as_compiling_them_alone_does(bad, message):
    from cleaner.rules.book import book_from_sources
    from cleaner.rules.loader import RuleError, RuleSource

    text = f"rules:\n  - id: lazy-bad\n    description: d\n    match: {{regex: ['^x$', '{bad}']}}\n"
    (rule,) = book_from_sources.__wrapped__((RuleSource("rules/bad.yaml", "bad", text, bundled=True),)).all_rules()
    with pytest.raises(RuleError) as info:
        rule.matches_text("x")
    assert str(info.value).startswith(f"rules/bad.yaml:4: rule lazy-bad: {message}")


def test_a_rule_whose_alternation_re2_refuses_searches_its_patterns_one_by_one():
    import re2

    from cleaner.rules.rule_regex import options

    small = options()
    small.max_mem = 1 << 12  # too little for the alternation of these two patterns
    wide = (compile_rule(r"^\p{L}{1,40} news$"), compile_rule(r"(?i)^more \p{L}{1,40}$"))
    with pytest.raises(re2.error):
        re2.compile("|".join(f"(?:{regexp.pattern})" for regexp in wide), small)
    assert alternation(wide, small) is None
    assert alternation(wide) is not None
    assert alternation(()) is None and alternation(wide[:1]) is wide[0]


def test_rule_regexes_given_more_memory_match_what_they_match_at_re2s_default_bound():
    # SEARCH_MEMORY leaves the DFA of a large translation room to run (the speed-up); RE2's
    # default bound is the plain version: the same lines must match.
    import re2

    from cleaner.rules.rule_regex import LARGE_PROGRAM, SEARCH_MEMORY, options

    assert re2.Options().max_mem == options().max_mem < SEARCH_MEMORY
    # Only a large program gets the larger room; a small one keeps RE2's default bound, for its
    # DFA kept filling the larger room through a long run (rule_regex.sized).
    searchers = [rule.searcher for rule in load_rulebook().all_rules() if rule.kind == "regex"]
    roomy = [searcher for searcher in searchers if searcher.programsize >= LARGE_PROGRAM]
    assert len(roomy) > 5 and all(searcher.options.max_mem == SEARCH_MEMORY for searcher in roomy)
    small = [searcher for searcher in searchers if searcher.programsize < LARGE_PROGRAM]
    assert len(small) > 100 and all(searcher.options.max_mem == options().max_mem for searcher in small)
    large = [rule for rule in load_rulebook().all_rules() if rule.kind == "regex" and rule.searcher.programsize > 20000]
    assert len(large) > 10
    lines = regex_engines.all_lines(generated=1000)
    hits = 0
    for rule in large:
        plain = alternation(tuple(re2.compile(regexp.pattern, options()) for regexp in rule.compiled), options())
        for line in lines:
            found = rule.search(line)
            assert found == (plain.search(line) is not None if plain is not None else
                             any(regexp.search(line) is not None for regexp in rule.compiled)), (rule.id, line)
            hits += found
    assert hits > 50  # the lines reach the rules: a disagreement would show
