"""The command line, run as a user runs it."""

from pathlib import Path

from conftest import FIXTURES, run_cli, write_rules

SEEDS = sorted((FIXTURES / "input").glob("0*.txt"))


def test_clean_seeds_into_a_directory(tmp_path):
    done = run_cli("clean", *SEEDS, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    for seed in SEEDS:
        assert (tmp_path / "out" / seed.name).read_bytes() == (FIXTURES / "expected" / seed.name).read_bytes()
    # Cleaning the output again changes no byte.
    again = run_cli("clean", tmp_path / "out", "-o", tmp_path / "again")
    assert again.returncode == 0
    for seed in SEEDS:
        assert (tmp_path / "again" / seed.name).read_bytes() == (tmp_path / "out" / seed.name).read_bytes()


def test_directories_are_walked_and_keep_relative_names(tmp_path):
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "b" / "doc.txt").write_text("Title\nBody text.\nLeave a Comment\n", encoding="utf-8")
    (src / "a" / "notes.bin").write_bytes(b"\x00\x01")
    (src / ".hidden").mkdir()
    (src / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    done = run_cli("clean", src, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert written == ["a/b/doc.txt"]
    assert (tmp_path / "out" / "a" / "b" / "doc.txt").read_text(encoding="utf-8") == "Title\nBody text.\n"


def test_stdin_to_stdout():
    done = run_cli("clean", input_bytes="Titre\n\nUne phrase.\nLeave a Comment\n".encode())
    assert done.returncode == 0
    assert done.stdout == "Titre\n\nUne phrase.\n".encode()
    dash = run_cli("clean", "-", "--lang", "fr", input_bytes=b"Titre\nPartager\n")
    assert dash.stdout == b"Titre\n"


def test_explain_lists_every_removal_and_fix():
    text = "Titre\nUkrain\u0435 et la paix, une phrase assez longue.\nLeave a Comment\n"
    done = run_cli("clean", "--explain", input_bytes=text.encode())
    err = done.stderr.decode()
    assert "<stdin>:3: removed by comment-prompt [rules/common.yaml]: Leave a Comment" in err
    assert "<stdin>:2: fixed homoglyph: Ukrain\u0435 -> Ukraine" in err


def test_other_encodings_are_decoded(tmp_path):
    # A paragraph, not a line: one line holds too few letters to tell cp1252 from cp1250 (tests/test_decode.py).
    text = ("Le café de la gare a rouvert ses portes après les travaux d'été. Les habitués sont revenus dès le "
            "premier matin, et le patron a offert à chacun une tasse de chocolat chaud.\n"
            "« On a cru qu'il ne rouvrirait jamais », confie une cliente âgée, qui vient y lire le journal depuis "
            "près de quarante ans.\n")
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("cp1252"))
    done = run_cli("clean", path, "--explain")
    assert done.returncode == 0
    assert done.stdout.decode() == text
    assert f"{path}:0: note decode: read as cp1252, not UTF-8" in done.stderr.decode()


def test_binary_input_is_an_error_naming_the_file(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    good = tmp_path / "good.txt"
    good.write_text("Fine text.\n", encoding="utf-8")
    done = run_cli("clean", bad, good, "-o", tmp_path / "out")
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert lines[0] == f"cleaner: error: {bad}: binary data (NUL bytes), not text"
    assert lines[-1] == "cleaner: 1 errors"  # the closing summary counts it
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == "Fine text.\n"
    assert not (tmp_path / "out" / "bad.txt").exists()


def test_missing_file(tmp_path):
    done = run_cli("clean", tmp_path / "nope.txt")
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"cleaner: error: {tmp_path / 'nope.txt'}: ")


def test_bad_rule_file_is_one_line_with_file_line_and_rule(tmp_path):
    write_rules(tmp_path / "r", "bad.yaml", "rules:\n  - id: oops\n    description: d\n    match: {regex: '(unclosed'}\n")
    done = run_cli("clean", "--rules", tmp_path / "r", input_bytes=b"x\n")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1
    assert err.startswith(f"cleaner: error: {tmp_path / 'r'}/bad.yaml:4: rule oops: bad regex")


def test_user_rules_and_disable(tmp_path):
    write_rules(tmp_path / "r", "mine.yaml", "rules:\n  - id: mine-promo\n    description: a promo\n"
                "    family: promo\n    match: {phrase: Buy the book}\n")
    text = b"Title\nBody.\nBuy the book\nLeave a Comment\n"
    done = run_cli("clean", "--rules", tmp_path / "r", "--disable", "comment-prompt", input_bytes=text)
    assert done.stdout == b"Title\nBody.\nLeave a Comment\n"


def test_two_inputs_with_one_output_name_are_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("x\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt", "-o", tmp_path / "out")
    assert done.returncode == 2
    assert b"would overwrite the output of" in done.stderr
    assert not (tmp_path / "out").exists()


def test_module_and_console_script_agree(tmp_path):
    import shutil
    import subprocess
    import sys

    script = Path(sys.executable).parent / "cleaner"
    assert script.exists() or shutil.which("cleaner")
    done = subprocess.run([str(script), "clean", "--lang", "en"], input=b"Title\nShare this\n", capture_output=True)
    assert done.returncode == 0 and done.stdout == b"Title\n"


def test_a_folder_with_nothing_to_clean_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("# x\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "empty", "-o", tmp_path / "out")
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"cleaner: error: {tmp_path / 'empty'}: no files to clean")
