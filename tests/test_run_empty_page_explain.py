"""A page that yields no text, among files: what --explain says of it and the note of its guessed
encoding still reach stderr, before its error line, as they do for a page read from stdin."""

from conftest import run_cli

TITLE = "Расписание паромов на северные острова летом и зимой, с ценами на билеты для детей и взрослых"


def nested(depth: int, title: str = "Ferry times") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>" + "<div>" * depth
            + "<p>The ferry runs twice a day in summer and once a day in winter, from the old pier.</p>"
            + "</div>" * depth + "</body></html>")


def test_explain_says_why_the_page_yields_no_text_before_its_error(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "deep.html").write_text(nested(400), encoding="utf-8")
    (pages / "fine.html").write_text(nested(10), encoding="utf-8")
    done = run_cli("clean", str(pages), "-o", str(tmp_path / "out"), "--explain")
    assert done.returncode == 2
    stderr = done.stderr.decode().splitlines()
    note = next(i for i, line in enumerate(stderr) if "deep.html:0: note html-extraction: no text extracted" in line)
    error = next(i for i, line in enumerate(stderr) if "deep.html: no text extracted" in line and ":0:" not in line)
    assert note < error


def test_a_guessed_encoding_is_said_for_a_page_that_yields_no_text(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "deep.html").write_bytes(nested(400, TITLE).encode("koi8_r"))
    (pages / "fine.html").write_text(nested(10), encoding="utf-8")
    done = run_cli("clean", str(pages), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert "deep.html: not UTF-8; guessed" in stderr
    assert stderr.index("not UTF-8; guessed") < stderr.index("deep.html: no text extracted")
