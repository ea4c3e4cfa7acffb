"""What is installed: the distribution's name and version, the wheel's contents, and the
HTML extra, which text mode and the pre-commit hook do without."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# What HTML mode brings (the html extra and what it pulls in): text mode needs none of it;
# nor of zstandard, for .zst files only.
HTML_MODULES = ("trafilatura", "lxml", "lxml_html_clean", "htmldate", "justext", "courlan", "dateparser",
                "zstandard")

ARTICLE = "The river festival returns to Basel this weekend, with boats and music.\nShare this article\n"
CLEANED = "The river festival returns to Basel this weekend, with boats and music.\n"
PAGE = ("<!DOCTYPE html><html><head><title>Festival</title></head><body><article>"
        "<p>The river festival returns to Basel this weekend after a two-year pause, with boats, "
        "music and food stalls along both banks of the Rhine.</p></article></body></html>\n")


def test_the_distribution_has_a_name_of_its_own_and_the_command_says_its_version():
    assert PYPROJECT["name"] == "webtext-cleaner"  # PyPI's "cleaner" is another project
    done = run_cli("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == f"cleaner {PYPROJECT['version']} (webtext-cleaner)\n"
    assert done.stderr == b""
    import cleaner

    assert cleaner.__version__ == PYPROJECT["version"]


def test_the_test_extra_names_the_other_extras_rather_than_repeating_their_pins():
    extras = PYPROJECT["optional-dependencies"]
    (itself,) = [requirement for requirement in extras["test"] if requirement.startswith("webtext-cleaner[")]
    # Every feature's extra, so that make test has them all (bench is a tool, not a feature).
    assert set(itself.removeprefix("webtext-cleaner[").removesuffix("]").split(",")) == set(extras) - {"test", "bench"}
    pins = [requirement for name, listed in extras.items() if name != "test" for requirement in listed]
    assert not set(pins) & set(extras["test"])
    assert not any(pin.startswith(("trafilatura", "zstandard")) for pin in PYPROJECT["dependencies"])


def test_the_licence_field_is_the_licence_file():
    assert PYPROJECT["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


# --- the wheel ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from this checkout by pip, with the build backend pyproject.toml names."""
    folder = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(folder), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = folder.glob("*.whl")
    return built


def test_the_wheel_carries_the_rules_the_type_marker_and_the_licence(wheel):
    assert wheel.name == f"webtext_cleaner-{PYPROJECT['version']}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        bundled = {name.removeprefix("cleaner/_rules/") for name in names if name.startswith("cleaner/_rules/")}
        in_checkout = {path.relative_to(ROOT / "rules").as_posix() for path in (ROOT / "rules").rglob("*.yaml")}
        assert in_checkout and in_checkout <= bundled
        for name in in_checkout:
            assert archive.read(f"cleaner/_rules/{name}") == (ROOT / "rules" / name).read_bytes()
        assert "cleaner/py.typed" in names
        assert "cleaner/cli/main.py" in names and "cleaner/io/html.py" in names
        info = f"webtext_cleaner-{PYPROJECT['version']}.dist-info"
        assert archive.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
        assert "cleaner = cleaner.cli:main" in archive.read(f"{info}/entry_points.txt").decode()
        metadata = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
    assert metadata["Name"] == "webtext-cleaner" and metadata["Version"] == PYPROJECT["version"]
    assert metadata["License-Expression"] == "MIT"
    assert {"html", "zstd", "parquet", "dask", "test"} <= set(metadata.get_all("Provides-Extra"))
    requires = metadata.get_all("Requires-Dist")
    # trafilatura comes with the html extra (and test, which names it) only: the hook installs
    # the package without extras.
    for package, extra in (("trafilatura", "html"), ("lxml-html-clean", "html"), ("zstandard", "zstd")):
        extras_of = {r.split(";")[1].strip().replace('"', "'") for r in requires
                     if r.startswith(package)}  # names as the metadata normalises them
        assert extras_of == {f"extra == '{extra}'", "extra == 'test'"}, package


def test_a_wheel_built_from_the_sdist_carries_the_same_files(wheel, tmp_path):
    """`python -m build` builds the sdist, then the wheel from it: rules/ must be in the sdist."""
    built = subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
                           cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "src", filter="data")
    (source,) = (tmp_path / "src").iterdir()
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(tmp_path / "dist"), str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (again,) = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as direct, zipfile.ZipFile(again) as through_sdist:
        assert sorted(through_sdist.namelist()) == sorted(direct.namelist())
        for name in direct.namelist():
            if name.startswith("cleaner/"):
                assert through_sdist.read(name) == direct.read(name), name


def test_the_rules_are_found_inside_the_installed_package(wheel, tmp_path):
    """Unpacked alone (no checkout beside it), the package reads its rules from cleaner/_rules."""
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "site")
    probe = ("import cleaner.data as d, json; print(json.dumps([str(d.default_rules_dir()), "
             "__import__('cleaner').Cleaner().clean('Ukrain\\u0435 votes.\\nShare this article\\n').text]))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(tmp_path / "site"), "CLEANER_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    folder, text = json.loads(done.stdout)
    assert Path(folder) == tmp_path / "site" / "cleaner" / "_rules"
    assert text == "Ukraine votes.\n"


# --- text mode without HTML's libraries ---------------------------------------------


def imported_html_modules(args: list[str], cwd: Path) -> tuple[int, list[str]]:
    """Run the command line in a child process; its exit status and the HTML modules it imported."""
    probe = ("import sys, json, atexit\n"
             f"atexit.register(lambda: print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
             f"{HTML_MODULES!r})), file=sys.stderr))\n"
             "from cleaner.cli.main import main\n"
             "sys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", probe, *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    return done.returncode, json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [
    ["clean", "in/article.txt", "-o", "out", "-j", "1"],
    ["clean", "in/records.jsonl", "-o", "out.jsonl", "-j", "1"],
    ["fix", "--no-config", "fix/article.txt"],
    ["rules", "test"],
    ["rules", "list", "--lang", "fr"],
    ["learn", "site", "-o", "learned.yaml", "--site", "news.example.org"],
], ids=lambda args: " ".join(args[:2]))
def test_text_commands_import_nothing_for_html(args, tmp_path):
    for folder in ("in", "fix", "site"):
        (tmp_path / folder).mkdir()
    (tmp_path / "in" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "records.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (tmp_path / "fix" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    for number in range(4):
        (tmp_path / "site" / f"page{number}.txt").write_text(
            f"Story {number} of the week\nThe council met on day {number} to vote on the bridge.\n"
            "Get the morning briefing from News Example\n", encoding="utf-8")
    status, modules = imported_html_modules(args, tmp_path)
    assert status in (0, 1), status  # fix exits 1 when it changed the file
    assert modules == []
    if args[0] == "fix":
        assert (tmp_path / "fix" / "article.txt").read_text(encoding="utf-8") == CLEANED


def test_html_mode_does_import_them(tmp_path):
    """The probe above can fail: a page makes the same command import trafilatura."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    status, modules = imported_html_modules(["clean", "page.html", "-o", "out", "-j", "1"], tmp_path)
    assert status == 0 and "trafilatura" in modules and "lxml" in modules


# --- HTML without the extra -----------------------------------------------------------

# The html extra not installed, as Python sees it: `import trafilatura` fails with the
# ModuleNotFoundError of a missing package. (tests/test_precommit.py also runs a real
# environment installed without the extra: the hook's.)
WITHOUT_TRAFILATURA = ("import sys\nsys.modules['trafilatura'] = None\n"
                       "from cleaner.cli.main import main\nsys.exit(main(sys.argv[1:]))\n")
MISSING = "HTML input needs the html extra (trafilatura is not installed): pip install 'webtext-cleaner[html]'"


def without_trafilatura(args: list[str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_TRAFILATURA, *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_without_the_html_extra_is_one_line_and_the_text_is_cleaned(tmp_path, jobs):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "b-article.txt").write_text(ARTICLE, encoding="utf-8")
    done = without_trafilatura(["clean", "in", "-o", "out", "-j", jobs], tmp_path)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert errors == [f"cleaner: error: in/a-page.html: {MISSING}", "cleaner: 1 errors"]
    assert (tmp_path / "out" / "b-article.txt").read_text(encoding="utf-8") == CLEANED
    assert not (tmp_path / "out" / "a-page.txt").exists()
    assert (tmp_path / "in" / "a-page.html").read_text(encoding="utf-8") == PAGE


def test_a_page_on_stdin_learn_and_eval_without_the_extra_are_one_line(tmp_path):
    done = without_trafilatura(["clean"], tmp_path, stdin=PAGE)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"cleaner: error: <stdin>: {MISSING}\n")
    text = without_trafilatura(["clean", "--format", "text"], tmp_path, stdin=ARTICLE)
    assert (text.returncode, text.stdout) == (0, CLEANED)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "page.html").write_text(PAGE, encoding="utf-8")
    learned = without_trafilatura(["learn", "site", "-o", "rules.yaml"], tmp_path)
    assert (learned.returncode, learned.stderr) == (2, f"cleaner: error: site/page.html: {MISSING}\n")
    assert not (tmp_path / "rules.yaml").exists()
    labelled = tmp_path / "set"
    (labelled / "pages").mkdir(parents=True)
    evaluated = without_trafilatura(["eval", str(labelled), "-j", "1"], tmp_path)
    assert evaluated.returncode == 2
    assert evaluated.stderr.splitlines()[-1] == f"cleaner: error: {MISSING}"


def test_a_zst_file_without_the_zstd_extra_is_one_line_and_the_others_are_cleaned(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl.zst").write_bytes(b"\x28\xb5\x2f\xfd not read")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    blocked = ("import sys\nsys.modules['zstandard'] = None\n"
               "from cleaner.cli.main import main\nsys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", blocked, "clean", "in", "-o", "out", "-j", "1"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "error" in line]
    assert errors == ["cleaner: error: in/a.jsonl.zst: .zst needs the zstd extra (zstandard is not installed): "
                      "pip install 'webtext-cleaner[zstd]'; out/a.jsonl.zst not written", "cleaner: 1 errors"]
    assert json.loads((tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8"))["text"] == CLEANED


def test_trafilatura_without_lxml_html_clean_is_one_line_naming_the_extra(tmp_path):
    """What the html extra's lxml_html_clean pin prevents (a pip that misses jusText's
    lxml[html_clean]): lxml's own ImportError, which names no module, said in its first line."""
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    blocked = ("import sys\nsys.modules['lxml_html_clean'] = None\n"
               "from cleaner.cli.main import main\nsys.exit(main(sys.argv[1:]))\n")
    done = subprocess.run([sys.executable, "-c", blocked, "clean", "page.html"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("cleaner: error: page.html:")]
    assert "lxml_html_clean" in line and line.endswith("pip install 'webtext-cleaner[html]'")


def test_the_library_without_the_html_extra_raises_an_import_error_naming_it(tmp_path):
    probe = ("import sys\nsys.modules['trafilatura'] = None\nfrom cleaner import Cleaner\n"
             "cleaner = Cleaner()\nprint(cleaner.clean('Share this article\\nThe ferry runs.\\n').text, end='')\n"
             "try:\n    cleaner.clean_html(sys.stdin.read())\nexcept ImportError as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, input=PAGE, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"The ferry runs.\n{MISSING}\n"
