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

from conftest import CHILD_TIMEOUT, run_cli

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


def test_a_truncated_gzip_first_does_not_stop_the_good_file_after_it(tmp_path):
    write_records(tmp_path / "full.jsonl.gz", 3000)
    data = (tmp_path / "full.jsonl.gz").read_bytes()
    (tmp_path / "a.jsonl.gz").write_bytes(data[: len(data) // 2])
    write_records(tmp_path / "b.jsonl", 4)
    done = run_cli("clean", tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl", "-o", tmp_path / "out")
    assert done.returncode == 2
    (line,) = error_lines(done)
    assert line.startswith(f"cleaner: error: {tmp_path / 'a.jsonl.gz'}: cannot read after line ")
    assert line.endswith(f"{tmp_path / 'out' / 'a.jsonl.gz'} not written")
    # The failed file's output is absent (not a complete-looking part); the next file is cleaned.
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.jsonl"]
    assert len((tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8").splitlines()) == 4
    err = done.stderr.decode()
    assert "cleaner: 1 errors" in err
    assert ", 4 written, 0 dropped (empty), 0 skipped (malformed), " in err and " in failed files" in err


def test_corrupt_compressed_and_parquet_files_are_one_line_naming_them(tmp_path):
    (tmp_path / "bad.jsonl.zst").write_bytes(b"this is not zstandard data\n" * 10)
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 this is not parquet either\n" * 10)
    (tmp_path / "bad.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 50)
    (tmp_path / "notgz.jsonl.gz").write_bytes(b'{"text": "plain, not gzip"}\n')
    write_records(tmp_path / "good.jsonl", 3)
    names = ["bad.jsonl.gz", "bad.jsonl.zst", "bad.parquet", "good.jsonl", "notgz.jsonl.gz"]
    done = run_cli("clean", *(tmp_path / n for n in names), "-o", tmp_path / "out", "-j", "2")
    assert done.returncode == 2
    lines = error_lines(done)
    assert len(lines) == 4
    for line, name in zip(lines, ["bad.jsonl.gz", "bad.jsonl.zst", "bad.parquet", "notgz.jsonl.gz"]):
        assert line.startswith(f"cleaner: error: {tmp_path / name}: cannot read"), line
        assert "Error:" not in line and "ArrowInvalid" not in line  # the reason, not an exception's name
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.jsonl"]


def test_a_null_text_field_is_called_null_not_missing(tmp_path):
    (tmp_path / "r.jsonl").write_text('{"text": null}\n{"body": "x"}\n', encoding="utf-8")
    done = run_cli("clean", tmp_path / "r.jsonl", "-o", tmp_path / "o.jsonl", "--on-error", "skip")
    err = done.stderr.decode()
    assert f"cleaner: skipped {tmp_path / 'r.jsonl'}:1: field 'text' is null, not a string" in err
    assert f"cleaner: skipped {tmp_path / 'r.jsonl'}:2: no 'text' field" in err


def test_on_error_fail_still_prints_the_summary(tmp_path):
    write_records(tmp_path / "r.jsonl", 3)
    with open(tmp_path / "r.jsonl", "a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    done = run_cli("clean", tmp_path / "r.jsonl", "-o", tmp_path / "o.jsonl")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"cleaner: error: {tmp_path / 'r.jsonl'}:4: invalid JSON" in err
    assert "cleaner: records: 4 read, 0 written, 0 dropped (empty), 0 skipped (malformed), 4 in failed files" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_file_names_holding_a_newline_stay_on_one_line(tmp_path):
    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / "two\nlines.txt"
    bad.write_bytes(b"\x00binary\x00")
    records = tmp_path / "in" / "rec\nords.jsonl"
    records.write_text("{broken\n", encoding="utf-8")
    (tmp_path / "in" / "good.txt").write_text(BODY, encoding="utf-8")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert done.returncode == 2
    lines = error_lines(done)
    assert len(lines) == 2
    assert lines[0].startswith(f"cleaner: error: {str(bad)!r}: binary data")
    assert lines[1].startswith(f"cleaner: error: {str(records)!r}:1: invalid JSON")
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8") == CLEAN


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
                               "-o", tmp_path / "out"], capture_output=True, timeout=CHILD_TIMEOUT)
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


# --- outputs that cannot be written ------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_output_that_cannot_be_written_is_named_and_the_others_go_on(tmp_path, jobs):
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).write_text(BODY, encoding="utf-8")
    write_records(tmp_path / "in" / "r.jsonl", 3)
    write_records(tmp_path / "in" / "s.jsonl", 3)
    # A folder where an output file goes: no user, root included, can write that file.
    (tmp_path / "out" / "b.txt").mkdir(parents=True)
    (tmp_path / "out" / "r.jsonl").mkdir()
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "-j", jobs)
    assert done.returncode == 2
    lines = error_lines(done)
    assert len(lines) == 2
    for line, name in zip(lines, ("b.txt", "r.jsonl")):
        source, target = tmp_path / "in" / name, tmp_path / "out" / name
        assert line == f"cleaner: error: {source}: cannot write {target}: Is a directory"
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (tmp_path / "out" / "c.txt").read_text(encoding="utf-8") == CLEAN
    assert len((tmp_path / "out" / "s.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temporary file left


def test_stdin_whose_output_cannot_be_written_is_one_line_naming_it(tmp_path):
    # -o a folder for stdin's text was an internal error (IsADirectoryError), as records'
    # "cannot write" already was not.
    (tmp_path / "out").mkdir()
    for args in ((), ("--format", "jsonl")):
        data = b'{"text": "x"}\n' if args else BODY.encode("utf-8")
        done = run_cli("clean", *args, "-o", tmp_path / "out", input_bytes=data)
        assert done.returncode == 2
        assert error_lines(done) == [f"cleaner: error: <stdin>: cannot write {tmp_path / 'out'}: Is a directory"]
        assert "Error" not in done.stderr.decode()
    assert list((tmp_path / "out").iterdir()) == []
