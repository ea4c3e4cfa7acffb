"""The rule loader refuses broken files with file:line: rule ID: what is wrong."""

import pytest

from cleaner.rules.book import load_rulebook, RuleBook
from cleaner.rules.loader import load_directory, parse_rule_file
from cleaner.rules.model import RuleError
from conftest import run_cli, write_rules

GOOD = """\
rules:
  - id: x-share
    description: Share label
    family: share
    match: {phrase: Share}
    examples: {drop: [Share, "Share:"], keep: ["Share prices fell.", "Shared"]}
"""


def error_of(text, source="my/rules.yaml"):
    with pytest.raises(RuleError) as info:
        parse_rule_file(text, source, "rules")
    return str(info.value)


def test_good_file_parses():
    ruleset = parse_rule_file(GOOD, "my/rules.yaml", "rules")
    (rule,) = ruleset.rules
    assert (rule.id, rule.kind, rule.action, rule.line, rule.source) == ("x-share", "phrase", "drop_line", 2, "my/rules.yaml")


@pytest.mark.parametrize("text, expected", [
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    zone2: {head: 3}\n",
     "my/rules.yaml:5: rule a: unknown key 'zone2'"),
    ("rules:\n  - id: a\n    description: d\n    match: {regex: '([a-z'}\n",
     "my/rules.yaml:4: rule a: bad regex"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    action: delete\n",
     "my/rules.yaml:5: rule a: unknown action 'delete'"),
    ("rules:\n  - id: a\n    description: d\n",
     "my/rules.yaml:2: rule a: has no match"),
    ("rules:\n  - description: d\n    match: {phrase: x}\n",
     "my/rules.yaml:2: rule has no id"),
    ("rules:\n  - id: Bad Id\n    description: d\n    match: {phrase: x}\n",
     "my/rules.yaml:2: id 'Bad Id' must be"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x, regex: y}\n",
     "my/rules.yaml:4: rule a: match must hold exactly one"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    zone: {head: -1}\n",
     "my/rules.yaml:5: rule a: zone head"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    family: gossip\n",
     "my/rules.yaml:5: rule a: unknown family 'gossip'"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: '...'}\n",
     "my/rules.yaml:4: rule a: a phrase must contain a word"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    examples: {drop: x}\n",
     "my/rules.yaml:5: rule a: examples drop must be a non-empty list"),
    ("rules:\n  - id: a\n    match: {phrase: x}\n", "my/rules.yaml:2: rule a: needs a description"),
    ("rules: [\n", "my/rules.yaml:2: YAML error"),
    ("colour: blue\n", "my/rules.yaml:1: unknown key 'colour'"),
    ("- just a list\n", "my/rules.yaml:1: a rule file must be a mapping"),
    ("structure:\n  - id: s\n    kind: magic\n    description: d\n", "my/rules.yaml:2: rule s: kind must be one of"),
    ("structure:\n  - id: s\n    kind: menu_run\n    description: d\n    labels: Home\n",
     "my/rules.yaml:5: rule s: labels must be a non-empty list of strings"),
    ("structure:\n  - id: s\n    kind: comment_thread\n    description: d\n    min_named_run: 1\n",
     "my/rules.yaml:5: rule s: min_named_run must be a whole number of at least 2"),
    ("structure:\n  - id: s\n    kind: comment_thread\n    description: d\n    min_run: 1\n",
     "my/rules.yaml:5: rule s: min_run must be a whole number of at least 2"),
    ("structure:\n  - id: s\n    kind: menu_run\n    description: d\n    min_evidence: 0\n",
     "my/rules.yaml:5: rule s: min_evidence must be a whole number of at least 1"),
    # A key written twice: a loader would keep the last and lose the first without a word.
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    match: {phrase: y}\n",
     "my/rules.yaml:5: rule a: duplicate key 'match' (first at line 4)"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\nrules: []\n",
     "my/rules.yaml:5: duplicate key 'rules' (first at line 1)"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    examples:\n      drop: [x]\n"
     "      keep: [y]\n      drop: ['x.']\n", "my/rules.yaml:8: rule a: duplicate key 'drop' (first at line 6)"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    zone: {head: 2, 'head': 3}\n",
     "my/rules.yaml:5: rule a: duplicate key 'head' (first at line 5)"),
    ("languages: [fr]\nsites: [a.com]\nlanguages: [es]\n", "my/rules.yaml:3: duplicate key 'languages' (first at line 1)"),
    # Families the over-cleaning guard weighs apart are given by what proves them, not claimed.
    ("rules:\n  - id: a\n    description: d\n    match: {regex: '^[A-Z].*'}\n    family: ticker\n",
     "my/rules.yaml:5: rule a: family 'ticker' is the over-cleaning guard's to weigh apart"),
    ("rules:\n  - id: a\n    description: d\n    match: {regex: '^[A-Z].*'}\n    family: page_box\n",
     "my/rules.yaml:5: rule a: family 'page_box' is the over-cleaning guard's to weigh apart"),
    # A marker claiming a thread would cut the rest of a story with no guard weighing it.
    ("rules:\n  - id: a\n    description: d\n    match: {regex: '^#1 Comment'}\n    action: drop_rest\n    family: thread\n",
     "my/rules.yaml:6: rule a: family 'thread' is the over-cleaning guard's to weigh apart, given by the kinds "
     "that prove it, not by a line rule (a post's header read by its words is family post)"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    near: {families: [byline], echoed: sure}\n",
     "my/rules.yaml:5: rule a: near echoed must be true or false"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    near: {families: [byline], echo: true}\n",
     "my/rules.yaml:5: rule a: near must be a mapping"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    zone: {head: 5, head_ends_at_prose: yes please}\n",
     "my/rules.yaml:5: rule a: zone head_ends_at_prose takes true or false"),
    ("rules:\n  - id: a\n    description: d\n    match: {phrase: x}\n    zone: {tail: 5, head_ends_at_prose: true}\n",
     "my/rules.yaml:5: rule a: zone head_ends_at_prose needs a head"),
    ("structure:\n  - id: s\n    kind: menu_run\n    description: d\n    zone: {head: 5, head_ends_at_prose: true}\n",
     "my/rules.yaml:5: rule s: zone takes head and tail, not 'head_ends_at_prose'"),
])
def test_errors_name_file_line_and_rule(text, expected):
    message = error_of(text)
    assert message.startswith(expected), message
    assert "\n" not in message


def test_yaml_is_loaded_safely(tmp_path):
    marker = tmp_path / "pwned"
    message = error_of(f"rules: !!python/object/apply:os.system ['touch {marker}']\n")
    assert message.startswith("my/rules.yaml:1: YAML error: could not determine a constructor")
    assert not marker.exists()


def test_duplicate_id_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text("\n\n" + GOOD, encoding="utf-8")
    sets = load_directory(tmp_path, "mine")
    with pytest.raises(RuleError) as info:
        RuleBook(sets)
    assert str(info.value) == "mine/b.yaml:4: rule x-share: duplicate id (first defined at mine/a.yaml:2)"


def test_user_rule_clashing_with_a_default_id(tmp_path):
    (tmp_path / "mine.yaml").write_text(GOOD.replace("x-share", "comment-prompt"), encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate id"):
        load_rulebook((str(tmp_path),))


def test_extends_unknown_set(tmp_path):
    (tmp_path / "a.yaml").write_text("extends: [nowhere]\n" + GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="extends unknown rule set 'nowhere'"):
        RuleBook(load_directory(tmp_path, "mine"))


def test_disable_unknown_id():
    with pytest.raises(RuleError, match="no rule has this id"):
        load_rulebook((), frozenset({"no-such-rule"}))


def test_missing_rule_directory(tmp_path):
    with pytest.raises(RuleError, match="rule directory does not exist"):
        load_rulebook((str(tmp_path / "nope"),))


def test_a_rule_file_given_as_a_rule_directory_is_named_as_such(tmp_path):
    (tmp_path / "mine.yaml").write_text("rules: []\n", encoding="utf-8")
    done = run_cli("rules", "test", "--rules", tmp_path / "mine.yaml")
    assert done.returncode == 2
    assert done.stderr.decode() == f"cleaner: error: {tmp_path / 'mine.yaml'}: not a folder: --rules (and rule_dirs) " \
        "take a folder of .yaml rule files\n"


def test_zone_as_share():
    ruleset = parse_rule_file(GOOD.replace("    family: share\n", "    zone: {tail: '40%'}\n"), "f.yaml", "f")
    rule = ruleset.rules[0]
    assert rule.tail == 0.4
    assert rule.in_zone(6, 10) and not rule.in_zone(5, 10)


def test_bundled_rules_compile_when_first_used_and_user_rules_at_load(tmp_path):
    from cleaner.rules.book import book_from_sources
    from cleaner.rules.loader import RuleSource

    bad = "rules:\n  - id: lazy-bad\n    description: d\n    match: {regex: '(x'}\n"
    with pytest.raises(RuleError, match="bad regex"):
        book_from_sources((RuleSource("mine/bad.yaml", "bad", bad),))
    book = book_from_sources((RuleSource("rules/bad.yaml", "bad", bad, bundled=True),))
    (rule,) = book.all_rules()
    with pytest.raises(RuleError) as info:
        rule.matches_text("x")
    assert str(info.value).startswith("rules/bad.yaml:4: rule lazy-bad: bad regex")


DUPLICATE = GOOD.replace("    match: {phrase: Share}\n", "    match: {phrase: Share}\n    match: {phrase: Partager}\n")


@pytest.mark.parametrize("command", [["clean", "--no-config"], ["rules", "test"]])
def test_a_duplicate_key_stops_the_command_at_its_line(tmp_path, command):
    folder = write_rules(tmp_path / "mine", "dup.yaml", DUPLICATE).parent
    done = run_cli(*command, "--rules", folder, input_bytes=b"Title\nShare\n")
    assert done.returncode == 2
    assert done.stderr.decode() == f"cleaner: error: {folder}/dup.yaml:6: rule x-share: duplicate key 'match' " \
                                   "(first at line 5)\n"
    assert done.stdout == b""


def test_a_duplicate_key_in_the_configuration_is_refused_at_its_line(tmp_path):
    (tmp_path / ".git").mkdir()  # the configuration is looked for up to here
    config = tmp_path / ".cleaner.yaml"
    config.write_text("lang: fr\nquotes: keep\nlang: en\n", encoding="utf-8")
    done = run_cli("clean", input_bytes=b"Title\nShare\n", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode() == f"cleaner: error: {config}:3: duplicate key 'lang' (first at line 1)\n"


def _set(name, extends):
    return f"extends: [{extends}]\n" + GOOD.replace("x-share", f"{name}-share")


def test_extends_cycles_are_refused_naming_the_files(tmp_path):
    for name, parent in (("a", "b"), ("b", "c"), ("c", "a")):
        write_rules(tmp_path / "loop", f"{name}.yaml", _set(name, parent))
    with pytest.raises(RuleError) as info:
        RuleBook(load_directory(tmp_path / "loop", "mine"))
    assert str(info.value) == "mine/a.yaml:1: extends makes a cycle: mine/a.yaml -> mine/b.yaml -> mine/c.yaml " \
                              "-> mine/a.yaml"


def test_a_set_extending_itself_is_a_cycle(tmp_path):
    write_rules(tmp_path / "self", "a.yaml", "\n" + _set("a", "a"))
    with pytest.raises(RuleError) as info:
        RuleBook(load_directory(tmp_path / "self", "mine"))
    assert str(info.value) == "mine/a.yaml:2: extends makes a cycle: mine/a.yaml -> mine/a.yaml"


def test_shared_parents_are_no_cycle(tmp_path):
    for name, parents in (("a", "b, c"), ("b", "d"), ("c", "d"), ("d", "e"), ("z", "a")):
        write_rules(tmp_path / "diamond", f"{name}.yaml", _set(name, parents))
    write_rules(tmp_path / "diamond", "e.yaml", GOOD.replace("x-share", "e-share"))
    book = RuleBook(load_directory(tmp_path / "diamond", "mine"))
    rules, _ = book.select(None, None)
    assert [r.id for r in rules] == ["a-share", "b-share", "d-share", "e-share", "c-share", "z-share"]


@pytest.mark.parametrize("command", [["clean", "--no-config"], ["rules", "test"]])
def test_an_extends_cycle_stops_the_command(tmp_path, command):
    write_rules(tmp_path / "mine", "a.yaml", _set("a", "b"))
    folder = write_rules(tmp_path / "mine", "b.yaml", _set("b", "a")).parent
    done = run_cli(*command, "--rules", folder, input_bytes=b"Title\nShare\n")
    assert done.returncode == 2
    assert done.stderr.decode() == f"cleaner: error: {folder}/a.yaml:1: extends makes a cycle: {folder}/a.yaml " \
                                   f"-> {folder}/b.yaml -> {folder}/a.yaml\n"
