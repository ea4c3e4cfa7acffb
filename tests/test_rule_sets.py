"""The bundled rule sets: every rule's examples pass, and every rule has enough of them."""

from cleaner.matching.selftest import check_rulebook
from cleaner.rules.book import load_rulebook

from conftest import run_cli


def test_default_rules_examples_pass():
    book = load_rulebook()
    count, examples, failures = check_rulebook(book)
    assert count >= 50 and examples >= 4 * count
    assert failures == []


def test_every_default_rule_has_two_drop_and_two_keep_examples():
    for rule in load_rulebook().all_rules():
        assert len(rule.drop_examples) >= 2 and len(rule.keep_examples) >= 2, rule.id
        assert rule.family, rule.id


def test_languages_have_rule_sets():
    names = {s.name for s in load_rulebook().sets}
    assert {"common", "structure", "en", "fr", "es", "de", "ru"} <= names


def test_rules_test_command_passes():
    done = run_cli("rules", "test")
    assert done.returncode == 0, done.stdout.decode()
    assert b"all pass" in done.stdout


def test_rules_test_reports_a_missed_example(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "rules:\n  - id: mine-x\n    description: d\n    family: share\n    match: {phrase: Share now}\n"
        "    examples: {drop: [Share now, Share later], keep: [a, b]}\n", encoding="utf-8")
    done = run_cli("rules", "test", "--rules", tmp_path)
    assert done.returncode == 1
    assert f"{tmp_path}/mine.yaml:2: rule mine-x: drop example not matched: 'Share later'".encode() in done.stdout


def test_rules_list_shows_ids_and_files():
    done = run_cli("rules", "list", "--lang", "fr")
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "fr-translator-credit\trules/fr.yaml:" in out
    assert "en-translator-credit" not in out
    # Structural and page rules too, with their kind in the action's column.
    assert "\nrepeated-block\trules/structure.yaml:" in out and "\trepeated_block\t" in out
    assert "\npage-caption\trules/page.yaml:" in out
    assert "en-menu-run" not in out  # English's structure rule is not French's
    english = run_cli("rules", "list", "--lang", "en", "--disable", "repeated-block").stdout.decode()
    assert "\nen-menu-run\trules/en.yaml:" in english and "\tmenu_run\t" in english
    assert "repeated-block" not in english


# Bundled patterns whose runs end only where a separator stands: the cases where
# RE2's reading and the regex module's could part, tried on the characters that matter.
_RUNS = {
    "breadcrumb": (r"^[^.!?›»>«<]{1,40}(?:\s*[›»>]\s*[^.!?›»>«<]{1,60}){2,}$", "ab .?!›»> \u00a0«<",
                   ("a › b › ab", "a › b<c › a")),
    "head-label-beside-byline": (
        r"^\p{Lu}[\p{L}\d'’.-]*(?: [\p{L}\d'’.-]+){0,3}(?:\s*[,;|•·]\s*(?:\p{Lu}[\p{L}\d'’.-]*(?: [\p{L}\d'’.-]+){0,3}"
        r"|\p{Ll}[\p{L}\d'’.-]*(?: [\p{L}\d'’.-]+)?))+$",
        "aAé1'’.- ,;|•·\t", ("Aa, a | é", "aA, a")),
}


def test_patterns_with_long_runs_match_under_re2_what_the_regex_module_matches():
    import regex
    from hypothesis import example, given, settings, strategies as st

    from cleaner.rules.rule_regex import compile_rule

    rules = {rule.id: rule for rule in load_rulebook().all_rules()}
    for rule_id, (written, alphabet, (hit, miss)) in _RUNS.items():
        assert written in rules[rule_id].patterns, rule_id
        fast = compile_rule(written)
        plain = regex.compile(written)
        matched = []

        # One text each way besides the random ones: a seed may draw no text that matches.
        @settings(max_examples=3000, deadline=None)
        @given(st.text(alphabet=alphabet, max_size=130))
        @example(hit)
        @example(miss)
        def check(text):
            found = bool(plain.search(text))
            assert bool(fast.search(text)) == found, (rule_id, text)
            matched.append(found)

        check()
        assert any(matched) and not all(matched), rule_id  # both answers were put to the test
