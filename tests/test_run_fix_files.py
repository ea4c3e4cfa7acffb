"""`cleaner fix`: its configuration, which files it takes (well-known files that are not prose,
exclude patterns), inline markers, links and special files."""

import os
import stat
import subprocess

import pytest

from cleaner.cli.main import main
from conftest import run_cli
from test_run_fix import CLEAN, DIRTY


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
    (".cleaner.yaml", "exclude: 3\n", ".cleaner.yaml: exclude must be a string or a list of strings"),
    (".cleaner.yaml", "exclude: ['[z-a].txt']\n", ".cleaner.yaml: exclude: '[z-a].txt' is not a valid pattern"),
    ("pyproject.toml", "[tool.cleaner]\nskip-known-files = 1\n", "skip-known-files must be true or false"),
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


# --- which files ----------------------------------------------------------------------

MIT = ("MIT License\n\nCopyright (c) 2024 Jane Doe\n\n"
       "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
       "of this software and associated documentation files (the \"Software\"), to deal\n"
       "in the Software without restriction.\n")
CMAKE = ("cmake_minimum_required(VERSION 3.20)\nproject(demo)\n\nif(WIN32)\n    add_definitions(-DWIN)\nendif()\n")
NOT_PROSE = {
    "LICENSE.txt": MIT,
    "LICENSES/MIT.txt": MIT,
    "COPYING.txt": MIT,
    "CMakeLists.txt": CMAKE,
    "requirements.txt": "requests>=2.31  # HTTP\n  numpy==1.26\n",
    "requirements/dev.txt": "pytest\n",
    "dev-requirements.txt": "pytest\n",
    "robots.txt": "User-agent: *\nDisallow: /share\n",
    "demo.egg-info/SOURCES.txt": "setup.py\ndemo/__init__.py\n",
    "README.txt": "Demo\n\n    pip install demo\n\nShare this:\n",
}


def test_well_known_files_that_are_not_prose_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    for name, text in NOT_PROSE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "article.txt").write_text(DIRTY, encoding="utf-8")
    done = run_cli("fix", *NOT_PROSE, "article.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    err = done.stderr.decode()
    for name, text in NOT_PROSE.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text, name
        assert f"cleaner: skipped {name}: " in err
    assert "cleaner: skipped LICENSE.txt: a licence or legal notice, not prose" in err
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == CLEAN


def test_known_files_can_be_fixed_on_request(work):
    (work / ".cleaner.yaml").write_text("skip-known-files: false\n", encoding="utf-8")
    (work / "README.txt").write_text("Demo\n\n    pip install demo\n\nShare this:\n", encoding="utf-8")
    assert main(["fix", "README.txt"]) == 1
    assert (work / "README.txt").read_text(encoding="utf-8") == "Demo\n\n    pip install demo\n"


@pytest.mark.parametrize("name, text", [
    (".cleaner.yaml", "exclude: [data/raw, '*.keep.txt', 'notes/**/draft*.txt']\n"),
    ("pyproject.toml", '[tool.cleaner]\nexclude = ["data/raw", "*.keep.txt", "notes/**/draft*.txt"]\n'),
])
def test_exclude_patterns_from_the_configuration(work, name, text):
    (work / name).write_text(text, encoding="utf-8")
    names = ["data/raw/a.txt", "data/b.keep.txt", "notes/x/y/draft-1.txt", "data/c.txt", "raw/d.txt",
             "notes/draft-2.txt"]
    for each in names:
        (work / each).parent.mkdir(parents=True, exist_ok=True)
        (work / each).write_text(DIRTY, encoding="utf-8")
    # Run from a subfolder: patterns are relative to the configuration's folder.
    done = run_cli("fix", *(f"../{each}" for each in names), cwd=work / "data")
    assert done.returncode == 1, done.stderr
    err = done.stderr.decode()
    assert "cleaner: skipped ../data/raw/a.txt: excluded by the configuration's exclude pattern 'data/raw'" in err
    assert "skipped ../data/b.keep.txt: excluded by the configuration's exclude pattern '*.keep.txt'" in err
    assert "skipped ../notes/x/y/draft-1.txt: excluded by the configuration's exclude pattern 'notes/**/draft*.txt'" \
        in err
    texts = {each: (work / each).read_text(encoding="utf-8") for each in names}
    assert texts == {"data/raw/a.txt": DIRTY, "data/b.keep.txt": DIRTY, "notes/x/y/draft-1.txt": DIRTY,
                     "data/c.txt": CLEAN, "raw/d.txt": CLEAN, "notes/draft-2.txt": DIRTY}


# --- inline markers -------------------------------------------------------------------


def test_skip_file_marker_leaves_the_whole_file(work, capsys):
    text = "# cleaner: skip-file\n" + DIRTY
    (work / "a.txt").write_text(text, encoding="utf-8")
    assert main(["fix", "--explain", "a.txt"]) == 0
    assert (work / "a.txt").read_text(encoding="utf-8") == text
    assert "a.txt:1: note marker: cleaner: skip-file" in capsys.readouterr().err


def test_keep_marker_and_off_on_ranges_keep_their_lines(work, capsys):
    text = ("The Crow's Advice\n\n"
            "cleaner: off\n"
            "    Share this:\n"
            "    said the crow to the fox,\n"
            "    Leave a Comment.\n"
            "cleaner: on\n\n"
            "A note by the editor about Ukrain\u0435. (cleaner: keep)\n"
            "An editor's note about Ukrain\u0435 again.\n\n"
            "Leave a Comment\n")
    expected = text.replace("about Ukrain\u0435 again", "about Ukraine again").replace("\n\nLeave a Comment\n", "\n")
    (work / "a.txt").write_text(text, encoding="utf-8")
    assert main(["fix", "--explain", "a.txt"]) == 1
    assert (work / "a.txt").read_text(encoding="utf-8") == expected
    err = capsys.readouterr().err
    assert "a.txt:4: note marker: kept by cleaner: off on line 3; share-prompt" in err
    assert main(["fix", "a.txt"]) == 0


def test_marker_words_in_a_sentence_do_not_switch_cleaning_off(work):
    (work / "a.txt").write_text("Window cleaner: on Tuesdays only.\n" + DIRTY, encoding="utf-8")
    assert main(["fix", "a.txt"]) == 1
    assert (work / "a.txt").read_text(encoding="utf-8") == "Window cleaner: on Tuesdays only.\n" + CLEAN


# --- links and special files ------------------------------------------------------------


def test_a_symlink_is_fixed_through_and_stays_a_link(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "story.txt"
    target.write_text(DIRTY, encoding="utf-8")
    target.chmod(0o640)
    (tmp_path / "link.txt").symlink_to("real/story.txt")
    done = run_cli("fix", "link.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert (tmp_path / "link.txt").is_symlink() and os.readlink(tmp_path / "link.txt") == "real/story.txt"
    assert target.read_text(encoding="utf-8") == CLEAN and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["story.txt"]


def test_hard_links_are_not_split(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text(CLEAN, encoding="utf-8")
    os.link(tmp_path / "c.txt", tmp_path / "d.txt")
    done = run_cli("fix", "a.txt", "c.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("cleaner: error: a.txt: has 2 hard links; replacing it would leave")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == DIRTY
    assert os.path.samefile(tmp_path / "a.txt", tmp_path / "b.txt")
    assert run_cli("fix", "--check", "a.txt", cwd=tmp_path).returncode == 1  # nothing written, nothing split
    assert run_cli("fix", "c.txt", cwd=tmp_path).returncode == 0  # clean: nothing to refuse


def test_fifos_and_devices_are_refused_without_being_opened(tmp_path):
    (tmp_path / ".git").mkdir()
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    done = run_cli("fix", "pipe.txt", "zero.txt", "dir.txt", "a.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        "cleaner: error: pipe.txt: a FIFO (named pipe), not a regular file; left untouched",
        "cleaner: error: zero.txt: a character device, not a regular file; left untouched",
        "cleaner: error: dir.txt: a folder, not a regular file; left untouched",
    ]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe.txt").st_mode) and (tmp_path / "zero.txt").is_symlink()


def test_an_unwritable_folder_is_an_error_naming_the_file_and_the_rest_is_fixed(tmp_path):
    (tmp_path / ".git").mkdir()
    for folder in ("locked", "open"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(DIRTY, encoding="utf-8")
    # Root writes in a read-only folder: for root, the folder is made immutable instead.
    lock = ["chattr", "+i"] if os.geteuid() == 0 else ["chmod", "a-w"]
    unlock = ["chattr", "-i"] if os.geteuid() == 0 else ["chmod", "u+w"]
    subprocess.run([*lock, str(tmp_path / "locked")], check=True)
    try:
        done = run_cli("fix", "locked/a.txt", "open/a.txt", cwd=tmp_path)
    finally:
        subprocess.run([*unlock, str(tmp_path / "locked")], check=True)
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode().splitlines()
    assert len(err) == 1 and err[0].startswith("cleaner: error: locked/a.txt: cannot write: "), err
    assert err[0].endswith("; left untouched")
    assert (tmp_path / "locked" / "a.txt").read_text(encoding="utf-8") == DIRTY
    assert (tmp_path / "open" / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert sorted(p.name for p in (tmp_path / "locked").iterdir()) == ["a.txt"]
