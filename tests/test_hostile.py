"""Hostile rules and hostile documents: bounded, sensible, never a crash, nothing lost."""

import json
import signal
import subprocess
import time

import pytest

from cleaner import Cleaner

from conftest import run_cli, start_cli, write_rules

# Patterns a backtracking engine takes exponential time on: RE2 runs them in time linear in the line.
SLOW_RULES = ("rules:\n"
              "  - id: slow-rule\n    description: catastrophic backtracking\n    family: promo\n"
              "    match: {regex: ['^(a|a)*$', '(a+)+$']}\n    examples: {drop: [aaa, aa], keep: [b, a!]}\n"
              "  - id: slow-pair\n    description: nested repeats\n    family: promo\n"
              "    match: {regex: '(x+x+)+y'}\n    examples: {drop: [xxy, axxxy], keep: [xx, xy]}\n")


def test_runaway_patterns_give_the_same_bytes_on_every_run(tmp_path):
    write_rules(tmp_path / "r", "slow.yaml", SLOW_RULES)
    # 33 KB of lines each of which makes a backtracking engine try every way to split it.
    body = "".join(f"Paragraph {i} of the story, with nothing in it to remove.\nCode {i}: {'x' * 300} ends.\n"
                   for i in range(50)) + "a" * 5000 + "!\n"
    text = "Title\n" + body + "x" * 300 + "y\n" + "a" * 3000 + "\nLeave a Comment\n"
    runs = {Cleaner(rules=[str(tmp_path / "r")]).clean(text, lang="en").text for _ in range(3)}
    (out,) = runs
    # The lines the rules match go, the others stay: the outcome is the patterns', never a clock's.
    assert out == "Title\n" + body


def test_runaway_patterns_from_the_command_line(tmp_path):
    write_rules(tmp_path / "r", "slow.yaml", SLOW_RULES)
    kept = "Title\nThe story itself, long enough to be kept whatever the rules take.\n" + "a" * 40 + "!\n"
    text = (kept + f"Code: {'x' * 2000} ends.\n" + "a" * 40 + "\n").encode()
    runs = [run_cli("clean", "--rules", tmp_path / "r", "--lang", "en", input_bytes=text) for _ in range(2)]
    assert [done.returncode for done in runs] == [0, 0] and runs[0].stdout == runs[1].stdout
    assert runs[0].stdout == (kept + f"Code: {'x' * 2000} ends.\n").encode()
    tested = run_cli("rules", "test", "--rules", tmp_path / "r", "--no-default-rules")
    assert tested.returncode == 0, tested.stdout


def test_a_pattern_re2_cannot_run_is_refused_at_load(tmp_path):
    rules = ("rules:\n  - id: look-rule\n    description: a look-ahead\n    family: promo\n"
             "    match: {regex: '^Share(?= this)'}\n")
    write_rules(tmp_path / "r", "look.yaml", rules)
    done = run_cli("clean", "--rules", tmp_path / "r", input_bytes=b"Title\nShare this\n")
    assert done.returncode == 2 and done.stdout == b""
    err = done.stderr.decode()
    assert err.count("\n") == 1 and f"{tmp_path / 'r'}/look.yaml:5: rule look-rule: unsupported regex: look-ahead" in err


HOSTILE = {
    "one 5 MB line": "word " * 1_000_000,
    "200,000 short lines": "\n".join(f"line {i % 50}" for i in range(200_000)),
    "a block repeated 2,000 times": "\n".join(["First line of the block, long enough to count as writing.",
                                                "Second line of the block, long enough to count as well.",
                                                "Third line of the block closes it off here, with a full stop."]
                                               * 2000),
    "NUL bytes": "Title\x00\nBody\x00 text.\x00\n",
    "lone surrogates": "abc\ud800def\udfff\n\ud83d\ude00 pair",
    "bidirectional controls": "\u202eevil\u202c text \u2066isolated\u2069 and \u200fmarks\u200e",
    "combining flood": "e" + "\u0301" * 100_000,
    "mixed scripts everywhere": "\n".join(["Ukrainе Київ Αθήνα Beijing 北京 القاهرة"] * 500),
    "empty": "",
    "only blank lines": "\n \n\t\n",
    "only chrome": "Share this\nLeave a Comment\nYou may also like\nRelated posts\n",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_documents(name):
    cleaner = Cleaner()
    text = HOSTILE[name]
    result = cleaner.clean(text)
    result.text.encode("utf-8")  # always writable: no lone surrogate survives
    assert "\x00" not in result.text
    assert cleaner.clean(result.text).text == result.text
    if name in ("empty", "only blank lines"):
        assert result.text == ""
    if name == "only chrome":  # the over-cleaning guard keeps it and says so
        assert result.text == text and result.notices[0].step == "suspicious"
        assert Cleaner(max_removal=1.0).clean(text).text == ""
    if name == "a block repeated 2,000 times":
        assert result.text.count("First line of the block") == 1
    if name == "bidirectional controls":
        assert "\u202e" in result.text  # right-to-left text needs them: kept, not a crash


def test_hostile_files_through_the_command_line(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "mixed.txt").write_bytes("caf\u00e9 ".encode() + "caf\u00e9\n".encode("cp1252"))
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "in" / "chrome.txt").write_text("Share this\nLeave a Comment\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert done.returncode == 2  # the binary file is an error, named; the rest is cleaned
    err = done.stderr.decode()
    assert f"cleaner: error: {tmp_path / 'in' / 'binary.txt'}: " in err
    assert (tmp_path / "out" / "empty.txt").read_bytes() == b""
    assert (tmp_path / "out" / "chrome.txt").read_bytes() == b"Share this\nLeave a Comment\n"  # guarded
    assert (tmp_path / "out" / "mixed.txt").read_text(encoding="utf-8").startswith("caf")
    assert not (tmp_path / "out" / "binary.txt").exists()


def test_internal_errors_are_one_line_unless_verbose(tmp_path):
    (tmp_path / "adir").mkdir()
    done = run_cli("clean", "-o", tmp_path / "adir", input_bytes=b"text\n")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("cleaner: error: ") and "--verbose" in err
    verbose = run_cli("clean", "-o", tmp_path / "adir", "--verbose", input_bytes=b"text\n")
    assert verbose.returncode != 0 and b"Traceback" in verbose.stderr


def test_fix_interrupted_by_ctrl_c_leaves_every_file_whole(tmp_path):
    body = "".join(f"Paragraph {i}: the council met and agreed on plan number {i}.\n" for i in range(100_000))
    files = []
    for n in range(4):
        path = tmp_path / f"doc{n}.txt"
        path.write_text("Title\n\n" + body + "Leave a Comment\n", encoding="utf-8")
        files.append(path)
    original = files[0].read_bytes()
    expected = Cleaner().clean(original.decode(), lang="en").text.encode()
    child = start_cli("fix", "--no-config", "--lang", "en", *files, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Interrupt right after the first file is rewritten: the others are still to do, however fast the machine.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and all(p.stat().st_size == len(original) for p in files):
        time.sleep(0.005)
    assert child.poll() is None, "the run ended before it could be interrupted"
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130 and err == b"cleaner: interrupted\n", err
    for path in files:
        assert path.read_bytes() in (original, expected)


def test_record_counts_always_add_up(tmp_path):
    lines = [json.dumps({"text": "Title\nBody text here.\nShare this"}), "{bad", json.dumps({"text": "Share this"}),
             json.dumps({"other": 1})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--on-error", "skip", "--drop-empty",
                   "--max-removal", "1")
    assert b"cleaner: records: 4 read, 1 written, 1 dropped (empty), 2 skipped (malformed)" in done.stderr
