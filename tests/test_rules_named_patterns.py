"""Named patterns (rules/patterns.yaml): a regex several rule files share is written once, and a
context key's list takes it as {pattern: NAME}. The loader puts the regex in its place, so a set
parses to what it would with the regex written out; an unknown name is an error naming the file,
the line and the rule, and stops the command (exit 2); the cache of the bundled sets' parse is
keyed by the table too, since it holds the regexes the names stood for."""

import pytest

from cleaner import Cleaner
from cleaner.rules import book, loader, rule_set_cache
from cleaner.rules.loader import RuleSource, named_patterns, parse_rule_file
from cleaner.rules.model import RuleError
from conftest import run_cli, write_rules

RULE = """\
rules:
  - id: my-diary-stamp
    description: A date alone on its line, over a story
    family: dateline
    match: {{regex: '^\\d{{1,2}}\\.\\d{{1,2}}\\.\\d{{4}}$'}}
    context: {{not_among_entries: {entries}}}
    examples: {{drop: ['12.03.2024'], keep: ['On 12.03.2024 the council met.']}}
"""


def parsed(entries: str):
    return parse_rule_file(RULE.format(entries=entries), "my/rules.yaml", "rules").rules[0].context


def test_a_name_stands_for_its_regex_among_written_ones():
    table = named_patterns()
    context = parsed("['^Entry \\d+$', {pattern: numeric-date-line}]")
    assert context.not_among_entries == ("^Entry \\d+$", table["numeric-date-line"])
    written = parsed("['^Entry \\d+$', '" + table["numeric-date-line"].replace("'", "''") + "']")
    assert context.not_among_entries == written.not_among_entries


@pytest.mark.parametrize("entries, message", [
    ("[{pattern: diary-date}]",
     "my/rules.yaml:6: rule my-diary-stamp: context not_among_entries: no pattern is named 'diary-date'"),
    ("[{pattern: 3}]", "my/rules.yaml:6: rule my-diary-stamp: context not_among_entries: a named pattern is written"),
    ("[{name: numeric-date-line}]",
     "my/rules.yaml:6: rule my-diary-stamp: context not_among_entries: a named pattern is written"),
    # A list nested in the list is refused with a named pattern beside it as without one.
    ("[['^a$', '^b$'], {pattern: numeric-date-line}]",
     "my/rules.yaml:6: rule my-diary-stamp: context not_among_entries must be a list of strings and"),
    ("{pattern: numeric-date-line}",
     "my/rules.yaml:6: rule my-diary-stamp: context not_among_entries: a named pattern is an item of a list"),
])
def test_a_bad_name_is_an_error_at_its_file_line_and_rule(entries, message):
    with pytest.raises(RuleError) as info:
        parsed(entries)
    assert str(info.value).startswith(message)


def test_an_unknown_name_stops_the_command_with_status_2(tmp_path):
    write_rules(tmp_path / "mine", "diary.yaml", RULE.format(entries="[{pattern: diary-date}]"))
    page = tmp_path / "a.txt"
    page.write_text("12.03.2024\nThe council met on Tuesday and agreed the new budget.\n", encoding="utf-8")
    for command in (["clean", page, "--rules", tmp_path / "mine"], ["rules", "test", "--rules", tmp_path / "mine"]):
        done = run_cli(*command)
        assert done.returncode == 2
        assert "diary.yaml:6: rule my-diary-stamp: context not_among_entries: no pattern is named" in done.stderr.decode()


def test_a_users_rule_takes_a_name_and_cleans_with_it(tmp_path):
    # The rule drops a lone date, but not among a diary's dated entries (the named regex).
    write_rules(tmp_path / "mine", "diary.yaml", RULE.format(entries="[{pattern: numeric-date-line}]"))
    cleaner = Cleaner(rule_dirs=[str(tmp_path / "mine")], default_rules=False)
    story = "12.03.2024\nThe council met on Tuesday and agreed the new budget for the harbour.\n"
    assert "12.03.2024" not in cleaner.clean(story).text
    diary = ("12.03.2024\nRain all day; we mended the nets and read by the stove until late.\n"
             "13.03.2024\nThe wind turned, and the boats went out again before dawn.\n")
    assert cleaner.clean(diary).text.count(".03.2024") == 2


def test_the_bundled_files_take_the_shared_regexes_by_name():
    table = named_patterns()
    rules = {rule.id: rule for rule in book.load_rulebook().all_rules()}
    for lang in ("de", "es", "fr", "it", "nl", "pl", "pt", "uk"):
        assert table["numeric-date-line"] in rules[f"{lang}-date-stamp"].context.not_among_entries
    for rule_id in ("release-place-dateline", "de-place-dateline", "fr-place-dateline", "pt-place-dateline"):
        assert rules[rule_id].context.not_next[0] == table["letter-salutation"]


def test_the_cache_of_the_bundled_sets_is_keyed_by_the_table(own_cache_dir, monkeypatch):
    sources = [RuleSource("rules/xx.yaml", "xx", RULE.format(entries="[{pattern: numeric-date-line}]"), True)]
    before = rule_set_cache._digest(sources)
    text = loader.named_patterns_text()
    monkeypatch.setattr(rule_set_cache, "named_patterns_text", lambda: text + "\n# edited\n")
    assert rule_set_cache._digest(sources) != before


def test_the_table_is_data_not_a_rule_set():
    assert all(source.name != "patterns" for source in book.rule_sources())


@pytest.fixture
def own_cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"
