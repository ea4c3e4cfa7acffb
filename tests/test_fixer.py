"""`cleaner fix`: pre-commit-style in-place fixing, tested on temporary files."""

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from cleaner.cli import main
from cleaner.files import atomic_write

DIRTY = "Title of the story\n\nUkrain\u0435 and its partners met on Saturday in Miami.\nLeave a Comment\n"
CLEAN = "Title of the story\n\nUkraine and its partners met on Saturday in Miami.\n"


@pytest.fixture()
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the repository root: configuration discovery stops here
    return tmp_path


def test_exit_codes_and_messages(work, capsys):
    (work / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (work / "clean.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["fix", "dirty.txt", "clean.txt"]) == 1
    assert capsys.readouterr().out == "Fixing dirty.txt\n"
    assert (work / "dirty.txt").read_text(encoding="utf-8") == CLEAN
    assert main(["fix", "dirty.txt", "clean.txt"]) == 0
    assert capsys.readouterr().out == ""


def test_check_writes_nothing(work, capsys):
    (work / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    assert main(["fix", "--check", "dirty.txt"]) == 1
    assert capsys.readouterr().out == "Would fix dirty.txt\n"
    assert (work / "dirty.txt").read_text(encoding="utf-8") == DIRTY
    (work / "ok.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["fix", "--check", "ok.txt"]) == 0


def test_diff_prints_a_unified_diff_and_writes_nothing(work, capsys):
    (work / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    assert main(["fix", "--diff", "dirty.txt"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("--- a/dirty.txt\n+++ b/dirty.txt\n")
    assert "-Leave a Comment\n" in out and "+Ukraine and its partners" in out
    assert (work / "dirty.txt").read_text(encoding="utf-8") == DIRTY


def test_unchanged_file_is_not_touched(work):
    path = work / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert main(["fix", "clean.txt"]) == 0
    assert path.stat().st_mtime == 1_000_000_000


def test_permissions_are_kept(work):
    path = work / "script.txt"
    path.write_text(DIRTY, encoding="utf-8")
    path.chmod(0o640)
    assert main(["fix", "script.txt"]) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in work.iterdir() if p.name.endswith(".tmp")] == []


def test_binary_and_undecodable_files_are_left_alone(work, capsys):
    (work / "blob.txt").write_bytes(b"\x00\x01\x02\xff")
    (work / "latin.txt").write_bytes("Le caf\u00e9 a rouvert apr\u00e8s les travaux.\n".encode("cp1252"))
    (work / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file()}
    assert main(["fix", "blob.txt", "latin.txt", "dirty.txt"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "cleaner: error: blob.txt: binary data (NUL bytes), not text; left untouched"
    # One line is too short to tell its encoding for sure: refused either way, as not UTF-8.
    assert err[1].startswith("cleaner: error: latin.txt: ") and "not UTF-8" in err[1]
    assert (work / "blob.txt").read_bytes() == before["blob.txt"]
    assert (work / "latin.txt").read_bytes() == before["latin.txt"]
    assert (work / "dirty.txt").read_text(encoding="utf-8") == CLEAN  # the good file is still fixed


def test_markdown_and_unknown_types_are_refused(work, capsys):
    (work / "README.md").write_text("# Title\n\n    code  \nShare this\n", encoding="utf-8")
    (work / "Makefile").write_text("all:\n\techo hi\n", encoding="utf-8")
    assert main(["fix", "README.md", "Makefile"]) == 2
    err = capsys.readouterr().err
    assert "README.md: Markdown is not handled" in err
    assert "Makefile: not a file type cleaner fixes (no suffix" in err
    assert (work / "README.md").read_text(encoding="utf-8") == "# Title\n\n    code  \nShare this\n"
    assert (work / "Makefile").read_text(encoding="utf-8") == "all:\n\techo hi\n"


def test_missing_file(work, capsys):
    assert main(["fix", "nope.txt"]) == 2
    assert capsys.readouterr().err.startswith("cleaner: error: nope.txt: No such file")


def test_line_endings(work):
    path = work / "win.txt"
    path.write_bytes(b"Title\r\nBody.\r\nShare this\r\n")
    assert main(["fix", "--line-ending", "keep", "win.txt"]) == 1
    assert path.read_bytes() == b"Title\r\nBody.\r\n"
    assert main(["fix", "--line-ending", "keep", "win.txt"]) == 0
    assert main(["fix", "win.txt"]) == 1  # default: LF
    assert path.read_bytes() == b"Title\nBody.\n"


# --- configuration ---------------------------------------------------------------


def test_pyproject_configuration_is_discovered_from_a_subfolder(work, monkeypatch):
    (work / "myrules").mkdir()
    (work / "myrules" / "x.yaml").write_text(
        "rules:\n  - id: x-promo\n    description: promo\n    match: {phrase: Buy the book}\n", encoding="utf-8")
    (work / "pyproject.toml").write_text(
        '[tool.cleaner]\nrules = ["myrules"]\ndisable = ["comment-prompt"]\nline-ending = "crlf"\n', encoding="utf-8")
    sub = work / "docs" / "deep"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text("Title\nBody.\nBuy the book\nLeave a Comment\n", encoding="utf-8")
    monkeypatch.chdir(sub)
    assert main(["fix", "a.txt"]) == 1
    assert (sub / "a.txt").read_bytes() == b"Title\r\nBody.\r\nLeave a Comment\r\n"


def test_cleaner_yaml_and_flags_override(work):
    (work / ".cleaner.yaml").write_text("lang: fr\nquotes: straighten\n", encoding="utf-8")
    (work / "a.txt").write_text("Title\nl\u2019article\nShare this\nPartager\n", encoding="utf-8")
    assert main(["fix", "--lang", "en", "a.txt"]) == 1
    assert (work / "a.txt").read_text(encoding="utf-8") == "Title\nl'article\nPartager\n"
    assert main(["fix", "--no-config", "--lang", "fr", "--quotes", "keep", "a.txt"]) == 1
    assert (work / "a.txt").read_text(encoding="utf-8") == "Title\nl'article\n"


def test_configuration_stops_at_the_repository_root(tmp_path, monkeypatch):
    (tmp_path / ".cleaner.yaml").write_text("colour: blue\n", encoding="utf-8")  # outside the repository
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a.txt").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(repo)
    assert main(["fix", "a.txt"]) == 0


@pytest.mark.parametrize("name, text, message", [
    (".cleaner.yaml", "colour: blue\n", ".cleaner.yaml: unknown key 'colour'"),
    (".cleaner.yaml", "line-ending: mac\n", ".cleaner.yaml: line-ending must be one of lf, crlf, keep, not 'mac'"),
    (".cleaner.yaml", "rules: [nowhere]\n", ".cleaner.yaml: rules: no such directory"),
    (".cleaner.yaml", "lang: [fr\n", ".cleaner.yaml:2: invalid YAML"),
    ("pyproject.toml", "[tool.cleaner]\nquotes = 3\n", "pyproject.toml: [tool.cleaner] quotes must be one of"),
    ("pyproject.toml", "[tool.cleaner\n", "pyproject.toml: invalid TOML"),
])
def test_bad_configuration_is_one_clear_error(work, capsys, name, text, message):
    (work / name).write_text(text, encoding="utf-8")
    (work / "a.txt").write_text(DIRTY, encoding="utf-8")
    assert main(["fix", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert (work / "a.txt").read_text(encoding="utf-8") == DIRTY


def test_bad_rule_in_configured_directory(work, capsys):
    (work / "r").mkdir()
    (work / "r" / "bad.yaml").write_text("rules:\n  - id: b\n    description: d\n    match: {prefix: 1}\n",
                                         encoding="utf-8")
    (work / ".cleaner.yaml").write_text("rules: [r]\n", encoding="utf-8")
    (work / "a.txt").write_text(DIRTY, encoding="utf-8")
    assert main(["fix", "a.txt"]) == 2
    assert "bad.yaml:4: rule b: match prefix must be a string or a non-empty list of strings" in capsys.readouterr().err


# --- nothing lost -----------------------------------------------------------------


def test_atomic_write_killed_mid_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "big.txt"
    target.write_bytes(b"old content\n")
    code = (
        "import sys; from pathlib import Path; from cleaner.files import atomic_write\n"
        "class Slow(bytes):\n    pass\n"
        "atomic_write(Path(sys.argv[1]), b'x' * (400 * 1024 * 1024))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(target)])
    deadline = time.time() + 30
    # Wait until the temporary file exists and is being filled, then kill.
    while time.time() < deadline:
        tmps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        if tmps and tmps[0].stat().st_size > 0:
            break
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert target.read_bytes() == b"old content\n"


def test_fix_killed_at_any_moment_leaves_old_or_new_file(tmp_path):
    from cleaner import Cleaner

    body = "".join(f"Paragraph {i}: the council met and agreed on plan number {i} for the bridge.\n"
                   for i in range(30000))
    original = ("Title\n\n" + body + "Leave a Comment\n").encode()
    expected = Cleaner().clean(original.decode(), lang="en").text.encode()
    assert expected != original
    target = tmp_path / "doc.txt"
    command = [sys.executable, "-m", "cleaner", "fix", "--no-config", "--lang", "en", str(target)]
    for delay in (0.1, 0.3, 0.6, 1.0, 1.5, 2.5):
        target.write_bytes(original)
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = target.read_bytes()
        assert content in (original, expected)
    target.write_bytes(original)
    assert subprocess.run(command, capture_output=True).returncode == 1
    assert target.read_bytes() == expected


def test_atomic_write_creates_with_umask_mode(tmp_path):
    path = tmp_path / "new.txt"
    atomic_write(path, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
