"""Hostile rules and hostile documents: bounded, sensible, never a crash, nothing lost."""

import json
import signal
import subprocess
import time

import pytest

from cleaner import Cleaner

from conftest import CHILD_TIMEOUT, run_cli, start_cli, write_rules

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
    runs = {Cleaner(rule_dirs=[str(tmp_path / "r")]).clean(text, lang="en").text for _ in range(3)}
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
    # Two long runs alike but for their last line, far apart: linear, not a comparison per line.
    "a long run printed twice with its end changed": "\n".join(
        [*(f"Line {i} of a long list of distinct lines." for i in range(20_000)), "The first ending.",
         *(f"Line {i} of a long list of distinct lines." for i in range(20_000)), "The second ending."]),
    "mixed scripts everywhere": "\n".join(["Ukrainе Київ Αθήνα Beijing 北京 القاهرة"] * 500),
    "empty": "",
    "only blank lines": "\n \n\t\n",
    "only chrome": "Share this\nLeave a Comment\nYou may also like\nRelated posts\n",
    # U+116D3 is a digit to regex (a later Unicode than Python's) and not to int(): as a page's
    # number, a stamp's hour and a stamp alone under its headline.
    "digits only regex knows": "Title\n\nThe story is told here, in a sentence of words.\nPages:\n[\U000116d3]\n"
                               "\U000116d3:45 Headline one\n12:40 Headline two\nHeadline three\n1\U000116d3:30\n",
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
    if name == "a block repeated 2,000 times":  # printed so many times in a row, written so: kept
        assert result.text.count("First line of the block") == 2000
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
    # UTF-8 and cp1252 in one file: no one encoding reads it for sure; refused, not guessed.
    assert f"cleaner: error: {tmp_path / 'in' / 'mixed.txt'}: not UTF-8" in err
    assert not (tmp_path / "out" / "mixed.txt").exists()
    assert not (tmp_path / "out" / "binary.txt").exists()


def test_internal_errors_are_one_line_unless_verbose(tmp_path):
    # Something cleaner does not expect: started with its standard output closed (`>&-`),
    # Python gives it no sys.stdout to write to. (A folder as stdin's -o was the example
    # here; it is a user's error now, said as one: test_inputs.py.)
    import os
    import sys

    def run(*extra):
        return subprocess.run([sys.executable, "-m", "cleaner", "clean", *extra], input=b"text\n",
                              stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), timeout=CHILD_TIMEOUT)

    done = run()
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("cleaner: error: ") and "--verbose" in err
    verbose = run("--verbose")
    assert verbose.returncode != 0 and b"Traceback" in verbose.stderr


def test_a_file_named_for_an_output_that_cannot_be_written_is_one_line_naming_it(tmp_path):
    # An OSError about a named file, wherever a command meets it, is that file and the
    # reason, not an internal error: --audit a folder, eval's --json a folder or a name
    # under a file.
    (tmp_path / "adir").mkdir()
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    (tmp_path / "in.txt").write_text("Some prose of the article.\n", encoding="utf-8")
    for args, line in (
        (("clean", tmp_path / "in.txt", "-o", tmp_path / "out", "--audit", tmp_path / "adir"),
         f"{tmp_path / 'adir'}: --audit names a folder; give the audit a file"),
        (("clean", tmp_path / "in.txt", "-o", tmp_path / "out", "--audit", tmp_path / "afile" / "a.jsonl"),
         f"{tmp_path / 'afile' / 'a.jsonl'}: cannot write the audit: File exists: {tmp_path / 'afile'}"),
    ):
        done = run_cli(*args)
        assert done.returncode == 2
        assert done.stderr.decode() == f"cleaner: error: {line}\n"
        assert not (tmp_path / "out").exists()  # refused before any output
    sets = tmp_path / "set"
    (sets / "html").mkdir(parents=True)
    (sets / "html" / "p1.html").write_text("<html><body><p>Some prose of the article.</p></body></html>",
                                          encoding="utf-8")
    (sets / "gold.json").write_text('{"p1": {"text": "Some prose of the article."}}', encoding="utf-8")
    done = run_cli("eval", sets, "--json", tmp_path / "adir", "-j", "1")
    assert done.returncode == 2 and done.stderr.decode() == f"cleaner: error: {tmp_path / 'adir'}: Is a directory\n"


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


# --- documents over the size limits: refused by name, never read whole -------------------


def test_a_file_over_the_size_limit_is_refused_from_its_size_and_the_others_are_cleaned(tmp_path):
    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "huge.txt", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MiB to its size, nothing on disk
    (tmp_path / "in" / "small.txt").write_bytes(b"Title\n\nBody text here.\nShare this\n")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "-j", "1")
    assert done.returncode == 2
    # The size is the file's own (not "more than"): refused before a byte was read.
    assert done.stderr.decode().splitlines()[0] == (
        f"cleaner: error: {tmp_path / 'in' / 'huge.txt'}: 104,857,600 bytes, over the document size limit "
        "of 8,388,608 (--max-document-size)")
    assert (tmp_path / "out" / "small.txt").read_bytes() == b"Title\n\nBody text here.\n"
    assert not (tmp_path / "out" / "huge.txt").exists()


def test_the_size_limit_is_an_option(tmp_path):
    (tmp_path / "doc.txt").write_bytes(b"Body text here.\n" * 100)  # 1,600 bytes
    refused = run_cli("clean", tmp_path / "doc.txt", "--max-document-size", "1k")
    assert refused.returncode == 2 and b"1,600 bytes, over the document size limit of 1,024" in refused.stderr
    assert refused.stdout == b""
    taken = run_cli("clean", tmp_path / "doc.txt", "--max-document-size", "2k")
    assert taken.returncode == 0 and taken.stdout.startswith(b"Body text here.\n")


def test_a_document_of_too_many_lines_is_refused_whatever_its_line_breaks(tmp_path):
    (tmp_path / "cr.txt").write_bytes(b"a\r" * 150)  # old Mac line breaks: 151 lines to the pipeline
    (tmp_path / "lf.txt").write_bytes(b"a\n" * 99)
    done = run_cli("clean", tmp_path / "cr.txt", tmp_path / "lf.txt", "--max-document-lines", "100",
                   "-o", tmp_path / "out")
    assert done.returncode == 2
    assert (f"cleaner: error: {tmp_path / 'cr.txt'}: 151 lines, over the document line limit of 100 "
            "(--max-document-lines)").encode() in done.stderr
    assert (tmp_path / "out" / "lf.txt").exists() and not (tmp_path / "out" / "cr.txt").exists()


def test_stdin_is_read_no_further_than_the_limit():
    done = run_cli("clean", "--max-document-size", "1k", input_bytes=b"word " * 10_000)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr == (b"cleaner: error: <stdin>: more than 1,024 bytes, over the document size limit of 1,024 "
                           b"(--max-document-size)\n")


def _gzip_bomb(path, size):
    import gzip

    with gzip.open(path, "wb") as handle:
        handle.write(json.dumps({"text": "Title\nBody text here.\nShare this"}).encode() + b"\n")
        handle.write(b'{"text": "')
        for _ in range(size // (1 << 20)):
            handle.write(b"a" * (1 << 20))
        handle.write(b'"}\n')
        handle.write(json.dumps({"text": "Another title\nMore body text.\nShare this"}).encode() + b"\n")


def test_a_record_over_the_limit_is_a_counted_skip_or_a_named_error(tmp_path):
    _gzip_bomb(tmp_path / "bomb.jsonl.gz", 16 << 20)  # 16 MiB of one record, from a few kilobytes
    skipped = run_cli("clean", tmp_path / "bomb.jsonl.gz", "-o", tmp_path / "out.jsonl", "--on-error", "skip")
    assert skipped.returncode == 0
    err = skipped.stderr.decode()
    assert f"cleaner: skipped {tmp_path / 'bomb.jsonl.gz'}:2: a line of 16,777,229 bytes, over the document size " \
           "limit of 8,388,608 (--max-document-size)" in err
    assert "3 read, 2 written, 0 dropped (empty), 1 skipped (malformed)" in err
    texts = [json.loads(line)["text"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert texts == ["Title\nBody text here.", "Another title\nMore body text."]  # no final break, as they came
    failed = run_cli("clean", tmp_path / "bomb.jsonl.gz", "-o", tmp_path / "out2.jsonl")
    assert failed.returncode == 2 and not (tmp_path / "out2.jsonl").exists()
    assert f"cleaner: error: {tmp_path / 'bomb.jsonl.gz'}:2: a line of 16,777,229".encode() in failed.stderr


def test_a_record_whose_text_is_over_the_line_limit_is_refused(tmp_path):
    lines = [json.dumps({"text": "a\n" * 500}), json.dumps({"text": "Body text here."})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "in.jsonl", "--max-document-lines", "100", "--on-error", "skip")
    assert done.returncode == 0
    assert f"{tmp_path / 'in.jsonl'}:1: 501 lines, over the document line limit of 100".encode() in done.stderr
    assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == ["Body text here."]


def test_line_count_is_the_pipelines_own():
    from cleaner.text.lines import normalise_line_breaks
    from cleaner.run.limits import line_count

    for text in ["", "a", "a\n", "a\r\nb\rc\nd", "\x85\u2028\u2029", "\r\r\n\n\r", "x\r\n" * 5]:
        assert line_count(text) == len(normalise_line_breaks(text).split("\n")), repr(text)


def test_refusals_come_in_input_order_and_the_output_is_the_same_with_two_jobs(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(6):
        body = "a\n" * 300 if n % 3 == 1 else f"Title {n}\n\nBody text number {n}.\nShare this\n"
        (tmp_path / "in" / f"doc{n}.txt").write_text(body, encoding="utf-8")
    runs = [run_cli("clean", tmp_path / "in", "--max-document-lines", "200", "-j", jobs) for jobs in ("1", "2")]
    assert runs[0].returncode == runs[1].returncode == 2
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count(b"Body text number") == 4
    refused = [line for line in runs[1].stderr.decode().splitlines() if "over the document line limit" in line]
    assert [line.split(": ")[2] for line in refused] == [str(tmp_path / "in" / f"doc{n}.txt") for n in (1, 4)]
