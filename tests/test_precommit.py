"""The hook, installed by the real pre-commit tool from this checkout, on a real commit."""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from cleaner.io.selection import manifest_exclude
from conftest import ROOT

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
ARTICLE = ("Peace talks resume in Miami\n\nby Sara\n\n"
           "Ukrain\u0435 and its partners met on Saturday, officials said.\n\nLeave a Comment\n")
CLEANED = "Peace talks resume in Miami\n\nUkraine and its partners met on Saturday, officials said.\n"


def git(cwd, *args, check=True):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """This checkout as it is on disk (committed or not), as a repository pre-commit can clone."""
    repo = tmp_path_factory.mktemp("hook-repo")
    listed = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard", "-z").stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "snapshot")
    return repo, git(repo, "rev-parse", "HEAD").stdout.strip()


def test_manifest_declares_both_hooks():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert hooks["cleaner"]["entry"] == "cleaner fix"
    assert hooks["cleaner-check"]["entry"] == "cleaner fix --check"
    for hook in hooks.values():
        assert hook["types"] == ["text"] and hook["language"] == "python"
        # The hook leaves alone exactly the files `cleaner fix` skips by hand.
        assert hook["exclude"] == manifest_exclude()
    # pre-commit searches the regex in paths relative to the repository.
    exclude = re.compile(hooks["cleaner"]["exclude"])
    for name in ("LICENSE.txt", "vendor/x/LICENSE-MIT.TXT", "LICENSES/Apache-2.0.txt", "COPYING.txt",
                 "CMakeLists.txt", "src/CMakeLists.txt", "requirements.txt", "requirements-dev.txt",
                 "dev-requirements.txt", "requirements/prod.txt", "robots.txt", ".well-known/security.txt",
                 "demo.egg-info/SOURCES.txt", "README.txt", "CHANGELOG.text",
                 "runtime/spell/README_en.txt", "ChangeLog-2.0.txt", "INSTALL.windows.txt"):
        assert exclude.search(name), name
    for name in ("article.txt", "news/2024/bridge.txt", "poems/licensing.txt", "notes.md",
                 "corpus/robots-in-fiction.txt", "my-requirements-essay/chapter1.txt",
                 "stories/readmers.txt", "installation-art.txt", "changes-of-heart.txt"):
        assert not exclude.search(name), name


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    """pre-commit's cache, shared by this module's projects: the hook's environment is built
    once (a fresh venv, `pip install` of the checkout without extras), as for a user's repositories."""
    return tmp_path_factory.mktemp("pre-commit-home")


def setup_project(project: Path, repo: Path, rev: str, home: Path) -> dict:
    """A git repository with the hook installed from ``repo`` at ``rev``; the environment to run in."""
    project.mkdir()
    git(project, "init", "-q")
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo}\n  rev: {rev}\n  hooks:\n  - id: cleaner\n"
        f"  - id: cleaner-check\n    stages: [manual]\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(home),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run([str(PRE_COMMIT), "install"], cwd=project, env=env, check=True, capture_output=True)
    return env


def test_hook_fails_fixes_then_passes(hook_repo, pre_commit_home, tmp_path):
    repo, rev = hook_repo
    project = tmp_path / "project"
    env = setup_project(project, repo, rev, pre_commit_home)

    (project / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "notes.md").write_text("# Notes\n\nShare this\n", encoding="utf-8")  # not the hook's files
    subprocess.run(["git", "add", "-A"], cwd=project, env=env, check=True)

    check = subprocess.run([str(PRE_COMMIT), "run", "--hook-stage", "manual", "cleaner-check", "--all-files"],
                           cwd=project, env=env, capture_output=True, text=True, timeout=900)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "Would fix article.txt" in check.stdout
    assert (project / "article.txt").read_text(encoding="utf-8") == ARTICLE

    first = subprocess.run(["git", "commit", "-m", "add article"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=900)
    assert first.returncode != 0, first.stdout + first.stderr
    assert "Fixing article.txt" in first.stdout + first.stderr
    assert (project / "article.txt").read_text(encoding="utf-8") == CLEANED
    assert (project / "notes.md").read_text(encoding="utf-8") == "# Notes\n\nShare this\n"

    subprocess.run(["git", "add", "-A"], cwd=project, env=env, check=True)
    second = subprocess.run(["git", "commit", "-m", "add article"], cwd=project, env=env,
                            capture_output=True, text=True, timeout=900)
    assert second.returncode == 0, second.stdout + second.stderr
    assert git(project, "show", "HEAD:article.txt").stdout == CLEANED


# A repository's ordinary files, which the hook must leave byte for byte, beside one
# article carrying chrome, in its own layout: a BOM, CRLF breaks, indentation.
ORDINARY = {
    "LICENSE.txt": ("MIT License\n\nCopyright (c) 2024 Jane Doe\n\n"
                    "Permission is hereby granted, free of charge, to any person obtaining a copy\n"
                    "of this software and associated documentation files (the \"Software\"), to deal\n"
                    "in the Software without restriction, including without limitation the rights\n"
                    "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
                    "copies of the Software.\n").encode(),
    "CMakeLists.txt": (b"cmake_minimum_required(VERSION 3.20)\nproject(demo C)\n\n"
                       b"if(WIN32)\n    add_definitions(-DWIN32_LEAN_AND_MEAN)\nendif()\n\n"
                       b"add_executable(demo\n    main.c\n    util.c)\n"),
    "requirements.txt": b"requests>=2.31  # HTTP client\nnumpy==1.26.4\n\n-e ./vendor/tool\n",
    "docs/poem.txt": ("The Orchard\n\n    Under the pear tree, where the shadows lean,\n"
                      "        the wind keeps time,\n\n\n    and the grass is green.  \n").encode(),
}
ARTICLE_CRLF = ("\ufeffCouncil approves the bridge\r\n\r\n"
                "  The council voted on Tuesday to rebuild the old bridge.\r\n\r\n"
                "\tWork starts in May, the mayor of Ukrain\u0435s twin town said.\r\n\r\n"
                "Share this:\r\n\r\nLeave a Comment\r\n").encode()
ARTICLE_FIXED = ("\ufeffCouncil approves the bridge\r\n\r\n"
                 "  The council voted on Tuesday to rebuild the old bridge.\r\n\r\n"
                 "\tWork starts in May, the mayor of Ukraines twin town said.\r\n").encode()


def test_hook_on_a_real_repository_changes_only_the_article(hook_repo, pre_commit_home, tmp_path):
    repo, rev = hook_repo
    project = tmp_path / "project"
    env = setup_project(project, repo, rev, pre_commit_home)
    files = {**ORDINARY, "news/article.txt": ARTICLE_CRLF}
    for name, data in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_bytes(data)
    subprocess.run(["git", "add", "-A"], cwd=project, env=env, check=True)
    run = subprocess.run([str(PRE_COMMIT), "run", "--all-files"], cwd=project, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Fixing news/article.txt" in run.stdout
    assert "skipped" not in run.stdout  # the manifest kept the other files from the fixer
    after = {name: (project / name).read_bytes() for name in files}
    assert after == {**ORDINARY, "news/article.txt": ARTICLE_FIXED}
    changed = git(project, "diff", "--name-only").stdout.split()
    assert changed == ["news/article.txt"]
    again = subprocess.run([str(PRE_COMMIT), "run", "--all-files"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stdout + again.stderr


def test_the_hooks_environment_has_no_html_extra_and_says_so_for_a_page(hook_repo, pre_commit_home, tmp_path):
    """pre-commit installs the package without extras: the fixer's dependencies, not HTML mode's.
    In that real environment a page is one line naming the extra, and text is still cleaned."""
    repo, rev = hook_repo
    project = tmp_path / "project"
    env = setup_project(project, repo, rev, pre_commit_home)
    done = subprocess.run([str(PRE_COMMIT), "install-hooks"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    (command,) = {path for path in pre_commit_home.glob("repo*/py_env-*/bin/cleaner")}
    python = command.parent / "python"
    for module in ("trafilatura", "lxml", "htmldate", "zstandard", "pyarrow", "dask"):
        probe = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True, text=True)
        assert probe.returncode == 1 and "ModuleNotFoundError" in probe.stderr, module
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    shown = subprocess.run([str(command), "--version"], capture_output=True, text=True)
    assert shown.stdout == f"cleaner {version} (webtext-cleaner)\n"

    (project / "page.html").write_text("<!DOCTYPE html><html><body><p>The ferry runs all night.</p></body></html>\n",
                                       encoding="utf-8")
    (project / "note.txt").write_text("The ferry runs all night.\nShare this article\n", encoding="utf-8")
    run = subprocess.run([str(command), "clean", "page.html", "note.txt", "-o", "out"], cwd=project,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert run.stderr.splitlines()[0] == ("cleaner: error: page.html: HTML input needs the html extra "
                                          "(trafilatura is not installed): pip install 'webtext-cleaner[html]'")
    assert (project / "out" / "note.txt").read_text(encoding="utf-8") == "The ferry runs all night.\n"
