"""`cleaner clean` never writes over what it reads, and every bad input is one line naming it
while the other inputs are still cleaned."""

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from conftest import run_cli

BODY = "Title\nBody text of the page.\nShare this\n"
CLEAN = "Title\nBody text of the page.\n"


def tree(folder):
    """Every file under ``folder`` with its bytes: what a refused run must leave as it was."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def error_lines(done):
    lines = done.stderr.decode().splitlines()
    assert all(line.startswith("cleaner: ") for line in lines), lines  # one line each, nothing else
    return [line for line in lines if line.startswith("cleaner: error: ")]


def write_records(path, count, start=0):
    lines = "".join(json.dumps({"id": i, "text": f"Line {i} of page {i * 7919 % 1009}.\nShare this"}) + "\n"
                    for i in range(start, start + count))
    if str(path).endswith(".gz"):
        path.write_bytes(gzip.compress(lines.encode(), mtime=0))
    else:
        path.write_text(lines, encoding="utf-8")


# --- never write over an input ---------------------------------------------------------


def test_output_folder_that_is_the_input_folder_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text("<html><body><p>Hello there.</p></body></html>", encoding="utf-8")
    before = tree(tmp_path)
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "in")
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert line.startswith(f"cleaner: error: {tmp_path / 'in'}: ") and "input" in line
    assert tree(tmp_path) == before


def test_output_folder_holding_a_named_input_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    before = tree(tmp_path)
    done = run_cli("clean", "a.txt", "-o", ".", cwd=tmp_path)
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert line.startswith("cleaner: error: a.txt: ") and "input" in line
    assert tree(tmp_path) == before


@pytest.mark.parametrize("how", ["same name", "other spelling", "symlink", "hard link"])
def test_record_output_that_is_its_input_is_refused(tmp_path, how):
    write_records(tmp_path / "r.jsonl", 5)
    output = {"same name": tmp_path / "r.jsonl", "other spelling": tmp_path / "." / "x" / ".." / "r.jsonl",
              "symlink": tmp_path / "link.jsonl", "hard link": tmp_path / "hard.jsonl"}[how]
    (tmp_path / "x").mkdir()
    if how == "symlink":
        os.symlink(tmp_path / "r.jsonl", output)
    if how == "hard link":
        os.link(tmp_path / "r.jsonl", output)
    before = tree(tmp_path)
    done = run_cli("clean", tmp_path / "r.jsonl", "-o", output)
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert "would write over the input" in line
    assert tree(tmp_path) == before
    assert os.path.islink(tmp_path / "link.jsonl") == (how == "symlink")


def test_audit_naming_an_input_or_an_output_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    write_records(tmp_path / "r.jsonl", 3)
    before = tree(tmp_path)
    runs = [
        ("clean", tmp_path / "in", "-o", tmp_path / "out", "--audit", tmp_path / "in" / "a.txt"),
        ("clean", tmp_path / "in", "-o", tmp_path / "out", "--audit", tmp_path / "out" / "a.txt"),
        ("clean", tmp_path / "in", "-o", tmp_path / "out", "--audit", tmp_path / "out"),
        ("clean", tmp_path / "r.jsonl", "-o", tmp_path / "o.jsonl", "--audit", tmp_path / "o.jsonl"),
        ("clean", tmp_path / "r.jsonl", "-o", tmp_path / "o.jsonl", "--audit", tmp_path / "r.jsonl"),
    ]
    for args in runs:
        done = run_cli(*args)
        assert done.returncode == 2, args
        (line,) = error_lines(done)
        assert line.startswith(f"cleaner: error: {args[-1]}: ") and "--audit" in line, line
        assert tree(tmp_path) == before, args
        assert not (tmp_path / "out").exists() and not (tmp_path / "o.jsonl").exists()
    stdin = run_cli("clean", "-o", tmp_path / "o.txt", "--audit", tmp_path / "o.txt", input_bytes=BODY.encode())
    assert stdin.returncode == 2 and "--audit" in error_lines(stdin)[0]
    assert not (tmp_path / "o.txt").exists()


def test_output_folder_inside_the_input_folder_is_never_read_back(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    for _ in range(2):
        done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "in" / "out")
        assert done.returncode == 0, done.stderr
        assert "cleaner: 1 documents" in done.stderr.decode()
    assert tree(tmp_path / "in") == {"a.txt": BODY.encode(), "out/a.txt": CLEAN.encode()}


# --- every input attempted; each failure one line --------------------------------------


def test_a_null_text_field_is_called_null_not_missing(tmp_path):
    (tmp_path / "r.jsonl").write_text('{"text": null}\n{"body": "x"}\n', encoding="utf-8")
    done = run_cli("clean", tmp_path / "r.jsonl", "-o", tmp_path / "o.jsonl", "--on-error", "skip")
    err = done.stderr.decode()
    assert f"cleaner: skipped {tmp_path / 'r.jsonl'}:1: field 'text' is null, not a string" in err
    assert f"cleaner: skipped {tmp_path / 'r.jsonl'}:2: no 'text' field" in err


# --- folders that cannot be walked -----------------------------------------------------


def _without_root_powers():
    """A command prefix under which chmod 000 stops this process too: root reads any folder,
    so as root the run gives up the capabilities that let it (it stays root otherwise)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "the tests run as root: an unreadable folder needs setpriv (util-linux) to be real"
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_an_unreadable_folder_is_named_and_the_rest_cleaned(tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "secret.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "z.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "locked").chmod(0)
    try:
        prefix = _without_root_powers()
        probe = subprocess.run([*prefix, sys.executable, "-c", "import os, sys; os.listdir(sys.argv[1])",
                                tmp_path / "in" / "locked"], capture_output=True)
        assert probe.returncode != 0 and b"PermissionError" in probe.stderr  # the folder really is unreadable
        done = subprocess.run([*prefix, sys.executable, "-m", "cleaner", "clean", tmp_path / "in",
                               "-o", tmp_path / "out"], capture_output=True, timeout=120)
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert line == f"cleaner: error: {tmp_path / 'in' / 'locked'}: cannot read folder: Permission denied"
    assert tree(tmp_path / "out") == {"z.txt": CLEAN.encode()}


def remove_tree(root):
    """rm -r without recursion, and with short paths: shutil.rmtree (and pytest's clean-up of
    old temporary folders, shared by every run on the machine) recurse once a level and fail on a
    tree this deep. Each folder is moved to the top of a flat holding folder before it is read."""
    holding = tempfile.mkdtemp(dir=os.path.dirname(root))
    os.rename(root, os.path.join(holding, "0"))
    queue, count = ["0"], 1
    while queue:
        folder = os.path.join(holding, queue.pop())
        with os.scandir(folder) as found:
            children = list(found)
        for entry in children:
            if entry.is_dir(follow_symlinks=False):
                os.rename(entry.path, os.path.join(holding, str(count)))
                queue.append(str(count))
                count += 1
            else:
                os.unlink(entry.path)
        os.rmdir(folder)
    os.rmdir(holding)


@pytest.fixture
def deep_tmp(tmp_path):
    yield tmp_path
    for name in os.listdir(tmp_path):
        remove_tree(tmp_path / name)


def test_a_folder_1100_levels_deep_is_cleaned(deep_tmp):
    folder = deep_tmp / "in"
    folder.mkdir()
    for _ in range(1100):  # os.makedirs itself recurses once a level
        folder = folder / "d"
        folder.mkdir()
    (folder / "x.txt").write_text(BODY, encoding="utf-8")
    (deep_tmp / "in" / "top.txt").write_text(BODY, encoding="utf-8")
    done = run_cli("clean", deep_tmp / "in", "-o", deep_tmp / "out")
    assert done.returncode == 0, done.stderr[-500:]
    assert (deep_tmp / "out" / os.path.join(*["d"] * 1100) / "x.txt").read_text(encoding="utf-8") == CLEAN
    assert (deep_tmp / "out" / "top.txt").read_text(encoding="utf-8") == CLEAN


def test_a_folder_too_deep_for_a_path_is_named_and_the_rest_cleaned(tmp_path):
    # Folders nested past PATH_MAX (4,096 bytes): made one level at a time from a descriptor.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "top.txt").write_text(BODY, encoding="utf-8")
    name = "n" * 200
    fd = os.open(tmp_path / "in", os.O_RDONLY)
    try:
        for _ in range(25):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
    finally:
        os.close(fd)
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert line.startswith(f"cleaner: error: {tmp_path / 'in' / name}/{name}/")
    assert line.endswith(": cannot read folder: File name too long")
    assert (tmp_path / "out" / "top.txt").read_text(encoding="utf-8") == CLEAN
