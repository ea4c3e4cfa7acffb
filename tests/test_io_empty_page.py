"""A page that yields no text is said, never an empty output in silence: libxml2 stops reading a page
at 255 nested elements and drops what stands deeper, so a page of 400 nested divs gave an empty text
and status 0. The library's result carries a notice, the audit holds it, and the command line says
it on stderr and exits 2, as for the other inputs it cannot clean."""

import json

import pytest

from cleaner import Cleaner
from cleaner.io.html import EXTRACTION_STEP, NO_TEXT, PAGE_CUT
from conftest import run_cli

STORY = ("<p>The harbour museum opens a new wing on Saturday, with boats from three centuries on show.</p>"
         "<p>Entry is free for children under twelve, and guided tours start every hour from the main hall.</p>")


def nested(depth: int, inside: str = STORY, before: str = "") -> str:
    return ("<!DOCTYPE html><html><head><title>Harbour museum</title></head><body>" + before
            + "<div>" * depth + inside + "</div>" * depth + "</body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def notices(result) -> list[str]:
    return [n.message for n in result.notices if n.step == EXTRACTION_STEP]


def test_a_page_nested_400_deep_says_it_yields_no_text(cleaner):
    result = cleaner.clean_html(nested(400))
    assert result.text.strip() == ""
    assert notices(result) == [f"{NO_TEXT}; {PAGE_CUT}"]


def test_a_page_cut_below_its_text_says_part_of_it_is_not_read(cleaner):
    result = cleaner.clean_html(nested(400, before=STORY, inside="<p>Deep down a note on the fire exits.</p>"))
    assert "harbour museum opens a new wing" in result.text
    assert notices(result) == [PAGE_CUT]


def test_a_page_of_ordinary_depth_says_nothing(cleaner):
    result = cleaner.clean_html(nested(100))
    assert "harbour museum opens a new wing" in result.text
    assert notices(result) == []


def test_an_empty_page_says_it_yields_no_text(cleaner):
    result = cleaner.clean_html("<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>")
    assert notices(result) == [NO_TEXT]


def test_the_command_line_reports_it_audits_it_and_exits_2(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "deep.html").write_text(nested(400), encoding="utf-8")
    (pages / "fine.html").write_text(nested(10), encoding="utf-8")
    audit = tmp_path / "audit.jsonl"
    done = run_cli("clean", str(pages), "-o", str(tmp_path / "out"), "--audit", str(audit))
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert f"deep.html: {NO_TEXT}" in stderr and "255 levels" in stderr
    assert (tmp_path / "out" / "fine.txt").read_text(encoding="utf-8").startswith("The harbour museum")
    assert not (tmp_path / "out" / "deep.txt").exists()
    entries = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    said = [e for e in entries if e["kind"] == "notice" and e["document"].endswith("deep.html")]
    assert [e["message"] for e in said] == [f"{NO_TEXT}; {PAGE_CUT}"]


def test_stdin_reports_it_and_exits_2():
    done = run_cli("clean", "--format", "html", input_bytes=nested(400).encode())
    assert done.returncode == 2
    assert f"<stdin>: {NO_TEXT}" in done.stderr.decode()
    assert done.stdout == b""
