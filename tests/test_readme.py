"""Every command README.md and docs/*.md show is run, and its output compared with the page.

The pages are read for fenced blocks:

* ``console`` blocks: each line starting with ``$ `` is a command, run by bash in a
  fresh copy of tests/readme/ (the files the examples name, written for the project),
  with ``cleaner`` meaning ``python -m cleaner`` of this checkout; the lines after it,
  up to the next command, are what the terminal shows (stdout and stderr together, in
  the order the program writes them). In an expected line, ``...`` stands for any text
  (a timing, a path); a line that is only ``...`` stands for any number of lines.
  Commands of one block share their folder, so a block can write a file and read it.
* ``pycon`` blocks: run as doctests in such a folder.
* ``yaml`` and ``toml`` blocks must parse; a pre-commit configuration may name only
  hooks .pre-commit-hooks.yaml declares.

README.md is held to more: its ``sh`` blocks (and docs/install.md's) may hold only what a
test cannot run (``make``, ``pip install``, ``pip wheel``), each checked against what it
names (the Makefile's targets, the extras in pyproject.toml, the wheel's file name), and a
block of any other kind fails the test, so that no command it shows goes unrun. docs/ pages may also show commands in ``text`` blocks, as
illustrations that are not run.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
INPUTS = Path(__file__).resolve().parent / "readme"
README = ROOT / "README.md"
PAGES = [README, *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
WILDCARD = "..."


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # where the block's first line stands in the page
    kind: str
    text: str

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(kinds: tuple[str, ...], pages: list[Path] = PAGES) -> list[Block]:
    found = []
    for page in pages:
        if not page.is_file():
            continue
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            if match.group(1) in kinds:
                line = text.count("\n", 0, match.start(2)) + 1
                found.append(Block(page, line, match.group(1), match.group(2)))
    return found


def params(kinds: tuple[str, ...], pages: list[Path] = PAGES):
    return [pytest.param(block, id=block.name) for block in blocks(kinds, pages)]


@pytest.fixture
def folder(tmp_path):
    """A fresh copy of the examples' files, its own repository root (configuration is
    looked for up to the folder holding .git), with ``cleaner`` on the PATH."""
    work = tmp_path / "work"
    shutil.copytree(INPUTS, work)
    (work / ".git").mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "cleaner"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m cleaner "$@"\n')
    script.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", PYTHONUNBUFFERED="1",
               PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", COLUMNS="100", NO_COLOR="1")
    env.pop("PYTHONWARNINGS", None)
    return work, env


def commands(text: str) -> list[tuple[str, list[str]]]:
    """The ``$ `` commands of a console block, each with the lines shown after it."""
    out: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
        elif line.strip():
            raise AssertionError(f"a console block must open with a command, not {line!r}")
    return out


def expected_pattern(lines: list[str]) -> re.Pattern:
    parts = []
    for line in lines:
        line = line.rstrip()
        if line == WILDCARD:
            parts.append("(?:[^\n]*\n)*?")
        else:
            parts.append(".*?".join(map(re.escape, line.split(WILDCARD))) + "\n")
    return re.compile("".join(parts), re.DOTALL)


def shown(output: str) -> str:
    lines = [line.rstrip() for line in output.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("block", params(("console",)))
def test_console_block(block, folder):
    work, env = folder
    for command, lines in commands(block.text):
        done = subprocess.run(["bash", "-c", command], cwd=work, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=600)
        output = shown(done.stdout.decode("utf-8", "replace"))
        want = [line for line in lines]
        while want and not want[-1].strip():
            want.pop()
        assert expected_pattern(want).fullmatch(output), (
            f"{block.name}: $ {command}\n--- shown ---\n" + "\n".join(want) + "\n--- printed ---\n" + output)


@pytest.mark.parametrize("block", params(("pycon",)))
def test_python_block(block, folder, monkeypatch):
    work, _ = folder
    monkeypatch.chdir(work)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.text, {}, block.name, str(block.page), block.line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=lambda text: print(text, end=""))
    assert test.examples, f"{block.name}: a pycon block with no example"
    assert runner.failures == 0, f"{block.name}: {runner.failures} examples fail (see the output above)"


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text()
    return set(re.findall(r"^([A-Za-z][\w-]*):", text, re.MULTILINE))


def extras() -> set[str]:
    return set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"])


def check_shell_command(command: str) -> None:
    """A command shown but not run: what it names must exist (each of a && chain)."""
    words = shlex.split(command, comments=True)
    if "&&" in words:
        at = words.index("&&")
        check_shell_command(shlex.join(words[:at]))
        check_shell_command(shlex.join(words[at + 1:]))
        return
    if not words:
        return
    if words[0] == "make":
        assert set(words[1:]) <= makefile_targets(), f"{command}: no such make target"
        dry = subprocess.run(["make", "-n", *words[1:]], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, dry.stderr
        return
    if words[:2] == ["pip", "wheel"]:
        assert "." in words, f"{command}: builds no wheel of the checkout"
        return
    if words[:2] == ["pip", "install"] or words[1:3] == ["-m", "pip"]:
        # A wheel is named as pip wheel writes it, of pyproject.toml's name and version.
        project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
        wheel = f"dist/{project['name'].replace('-', '_')}-{project['version']}-py3-none-any.whl"
        for word in words:
            found = re.fullmatch(r"(?:\.|dist/\S+\.whl)(?:\[([\w,-]+)\])?", word)
            if found and found.group(1):
                assert set(found.group(1).split(",")) <= extras(), f"{command}: no such extra"
            if found and word.startswith("dist/"):
                assert word.startswith(wheel), f"{command}: the wheel is {wheel}"
        assert any(w == "." or w.startswith((".[", wheel)) or w == "-e" for w in words), f"{command}: installs no checkout"
        return
    if words[0] in ("git", "cd", "python3", "source", ".") or words[0].endswith("activate"):
        return
    raise AssertionError(f"{command}: a command shown in an sh block must be run: make it a console block")


@pytest.mark.parametrize("block", params(("sh", "bash", "shell"), [README, ROOT / "docs" / "install.md"]))
def test_shell_block(block):
    for line in block.text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            check_shell_command(line.removeprefix("$ "))


def hook_ids() -> set[str]:
    return {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}


@pytest.mark.parametrize("block", params(("yaml", "toml")))
def test_configuration_block(block):
    if block.kind == "toml":
        tomllib.loads(block.text)
        return
    data = yaml.safe_load(block.text)
    if isinstance(data, dict) and "repos" in data:
        named = {hook["id"] for repo in data["repos"] for hook in repo["hooks"]}
        assert named <= hook_ids(), f"{block.name}: no such hook: {named - hook_ids()}"


def test_every_readme_block_is_of_a_known_kind():
    """No command hides in a block the runner does not read."""
    known = {"console", "pycon", "sh", "yaml", "toml", "json", "text", "python"}
    for match in FENCE.finditer(README.read_text(encoding="utf-8")):
        assert match.group(1) in known, f"README.md: a ```{match.group(1)} block"


def test_readme_is_short_and_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 350
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings[0] == "Two commands on a fresh machine"


def test_python_blocks_hold_no_commands():
    """A ```python block is code to read, not to run: it must not hide a $ command or a >>> prompt."""
    for block in blocks(("python", "text"), [README]):
        for line in block.text.splitlines():
            assert not line.startswith(("$ ", ">>> ")), f"{block.name}: {line!r} belongs in a console or pycon block"


def test_every_test_the_guarantees_cite_exists():
    """A promise is held by the tests the table names: each must be there (a name ending
    in ``*`` stands for the tests it begins)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Guarantees"):text.index("\n## ", text.index("## Guarantees") + 1)]
    cited = re.findall(r"`(test_\w+\.py)(?:::(\w+\*?))?`", table)
    assert len(cited) > 30
    for file, name in cited:
        path = ROOT / "tests" / file
        assert path.is_file(), f"{file}: no such test file"
        if name:
            pattern = r"^def " + re.escape(name.rstrip("*")) + (r"\w*\(" if name.endswith("*") else r"\(")
            assert re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE), f"{file}::{name}: no such test"
