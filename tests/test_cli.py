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
    # A paragraph, not a line: one line holds too few letters to tell cp1252 from cp1250 (tests/test_io_decode.py).
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


def test_a_page_with_stray_nul_bytes_is_read_as_browsers_read_it(tmp_path):
    """Crawled pages sometimes hold a few NUL bytes; HTML parsers skip them. A page is cleaned,
    a text file with the same bytes is still refused, and so is a page mostly of NULs (UTF-16
    without a BOM)."""
    body = ("<html><head><title>Harbour news</title></head><body><article>"
            "<p>The ferry to the island will run twice a day from the first of June, the harbour office said.</p>"
            "<p>Tickets are sold at the pier\x00 and on board, and children under six travel free of charge.</p>"
            "</article></body></html>")
    page = tmp_path / "page.html"
    page.write_bytes(body.encode("utf-8"))
    text = tmp_path / "notes.txt"
    text.write_bytes(body.encode("utf-8"))
    wide = tmp_path / "wide.html"
    wide.write_bytes(body.encode("utf-16-le"))
    done = run_cli("clean", page, text, wide, "-o", tmp_path / "out")
    assert done.returncode == 2
    cleaned = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert "Tickets are sold at the pier and on board" in cleaned and "\x00" not in cleaned
    errors = sorted(line for line in done.stderr.decode().splitlines() if "error:" in line)
    assert errors == [f"cleaner: error: {text}: binary data (NUL bytes), not text",
                      f"cleaner: error: {wide}: binary data (NUL bytes), not text"]
    # --format html says so for stdin.
    done = run_cli("clean", "--format", "html", "-", input_bytes=body.encode("utf-8"))
    assert done.returncode == 0 and "Tickets are sold at the pier and on board" in done.stdout.decode()


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


# --- text or HTML: only a page beyond doubt is extracted, and what extraction leaves out is named

COMMENTED_NOTE = ("<!-- exported from the notes app on 2024-05-01 -->\n"
                  "Shopping list for the weekend\n\n"
                  "Milk, eggs and bread from the market.\n"
                  "Ask Sam whether the car is back from the garage.\n")

TUTORIAL = """Writing your first web page

A web page is a text file that the browser reads from top to bottom.
Paragraphs go between <p> and </p>, and each one starts on a new line.
Group related paragraphs in a <div> so that one style can reach them all.
A link is written <a href="https://example.org/">like this</a>, with the address in quotes.
Headings use <h1> for the title and <h2> for the sections; a line break is <br>.
Save the file, open it in the browser, and change one thing at a time.
"""

# A page of its own: chrome on lines 6 to 13 and 22 to 23 of its source, the article between.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Harbour reopens after the storm</title>
<style>body { margin: 0 }</style></head>
<body>
<nav><ul>
<li><a href="/">Front page</a></li>
<li><a href="/weather">Weather desk</a></li>
</ul></nav>
<aside class="sidebar">
<h3>Most read this week</h3>
<p><a href="/x">Council votes on the new bridge budget</a></p>
</aside>
<article>
<h1>Harbour reopens after the storm</h1>
<p>The harbour reopened to shipping on Wednesday morning after three days of gales had kept every ferry and
fishing boat tied up along the quay, the port authority said.</p>
<p>Engineers spent the night checking the outer breakwater, where a section of the wall had been damaged by the
waves, and found that it could safely take traffic again.</p>
<p>Ferry companies said they expected the backlog of passengers and freight to be cleared by the weekend.</p>
</article>
<footer><p>Copyright 2024 The Coastal Courier. All rights reserved.</p>
<p>Contact the newsroom at desk@courier.example</p></footer>
<script>window.track = function () { return 1; };</script>
</body>
</html>
"""
CHROME = {7: "Front page", 8: "Weather desk", 11: "Most read this week", 12: "Council votes on the new bridge budget",
          22: "Copyright 2024 The Coastal Courier. All rights reserved.",
          23: "Contact the newsroom at desk@courier.example"}


def read_audit(path: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_txt_file_opening_with_an_html_comment_is_text_with_every_line(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(COMMENTED_NOTE, encoding="utf-8")
    done = run_cli("clean", note, "-o", tmp_path / "out", "--audit", tmp_path / "audit.jsonl")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "note.txt").read_text(encoding="utf-8") == COMMENTED_NOTE
    assert read_audit(tmp_path / "audit.jsonl") == []
    assert "0 lines removed" in done.stderr.decode()


def test_a_tutorial_that_mentions_tags_stays_text_with_its_title(tmp_path):
    tutorial = tmp_path / "tutorial.txt"
    tutorial.write_text(TUTORIAL, encoding="utf-8")
    assert run_cli("clean", tutorial).stdout.decode() == TUTORIAL
    # Sniffed on stdin: tags in the text are no page.
    sniffed = run_cli("clean", "--format", "auto", input_bytes=TUTORIAL.encode())
    assert sniffed.returncode == 0, sniffed.stderr
    assert sniffed.stdout.decode() == TUTORIAL


def test_stdin_format_text_never_sniffs(tmp_path):
    done = run_cli("clean", "--format", "text", "--audit", tmp_path / "audit.jsonl", input_bytes=PAGE.encode())
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out.startswith("<!DOCTYPE html>\n") and '<li><a href="/">Front page</a></li>' in out
    assert not [e for e in read_audit(tmp_path / "audit.jsonl") if e.get("rule") == "html-extraction"]


def test_record_text_fields_are_text_even_holding_tags(tmp_path):
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{"id": 1, "text": TUTORIAL}, {"id": 2, "text": COMMENTED_NOTE}, {"id": 3, "text": PAGE}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "in.parquet")
    for source in ("in.jsonl", "in.parquet"):
        done = run_cli("clean", tmp_path / source, "-o", tmp_path / f"out-{source}.jsonl", "--max-removal", "1")
        assert done.returncode == 0, done.stderr
        out = [json.loads(line) for line in (tmp_path / f"out-{source}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [r["text"] for r in out[:2]] == [TUTORIAL, COMMENTED_NOTE]
        assert out[2]["text"].startswith("<!DOCTYPE html>\n") and "<nav><ul>" in out[2]["text"]
        assert all("meta" not in r["cleaner"] and "html-extraction" not in r["cleaner"]["removals"] for r in out)


def test_a_page_on_stdin_is_still_extracted_and_its_chrome_named(tmp_path):
    done = run_cli("clean", "--audit", tmp_path / "audit.jsonl", "--explain", input_bytes=PAGE.encode())
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out.startswith("Harbour reopens after the storm\n") and "backlog of passengers" in out
    assert not any(text in out for text in CHROME.values())
    named = {e["line"]: e["text"] for e in read_audit(tmp_path / "audit.jsonl") if e.get("rule") == "html-extraction"}
    assert named == CHROME
    for line, text in CHROME.items():
        assert f"<stdin>:{line}: removed by html-extraction [trafilatura --preset balanced]: {text}\n" in done.stderr.decode()


def test_extraction_drops_are_audited_counted_and_located_in_the_page(tmp_path):
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run_cli("clean", page, "-o", tmp_path / "out", "--audit", tmp_path / "audit.jsonl", "--explain")
    assert done.returncode == 0, done.stderr
    entries = [e for e in read_audit(tmp_path / "audit.jsonl") if e.get("rule") == "html-extraction"]
    assert {e["line"]: e["text"] for e in entries} == CHROME
    for entry in entries:  # start and end frame the page's source line, as they frame a line of a text
        assert entry["kind"] == "removal" and entry["document"] == str(page)
        assert PAGE[entry["start"]:entry["end"]] == PAGE.split("\n")[entry["line"] - 1]
    stderr = done.stderr.decode()
    assert f"{page}:22: removed by html-extraction [trafilatura --preset balanced]: {CHROME[22]}\n" in stderr
    removals = [e for e in read_audit(tmp_path / "audit.jsonl") if e["kind"] == "removal"]
    assert f"; {len(removals)} lines removed" in stderr and f"html-extraction {len(CHROME)}" in stderr
    assert (tmp_path / "out" / "harbour.txt").read_text(encoding="utf-8").startswith("Harbour reopens")


def test_format_html_on_records_still_extracts(tmp_path):
    import json

    (tmp_path / "in.jsonl").write_text(json.dumps({"id": 7, "text": PAGE}) + "\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "in.jsonl", "--format", "html", "-o", tmp_path / "out.jsonl",
                   "--audit", tmp_path / "audit.jsonl")
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["text"].startswith("Harbour reopens after the storm\n")
    assert record["cleaner"]["meta"]["title"] == "Harbour reopens after the storm"
    assert record["cleaner"]["removals"]["html-extraction"] == len(CHROME)
    named = {e["line"]: e["text"] for e in read_audit(tmp_path / "audit.jsonl") if e.get("rule") == "html-extraction"}
    assert named == CHROME and all(e["document"] == f"{tmp_path / 'in.jsonl'}:1"
                                   for e in read_audit(tmp_path / "audit.jsonl"))


def test_a_file_whose_name_says_nothing_is_sniffed(tmp_path):
    (tmp_path / "page.dat").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.dat").write_text(TUTORIAL, encoding="utf-8")
    assert run_cli("clean", tmp_path / "page.dat").stdout.decode().startswith("Harbour reopens after the storm\n")
    assert run_cli("clean", tmp_path / "notes.dat").stdout.decode() == TUTORIAL


def test_format_overrides_what_a_file_name_says(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    as_text = run_cli("clean", tmp_path / "page.html", "--format", "text")
    assert as_text.stdout.decode().startswith("<!DOCTYPE html>\n")
    assert run_cli("clean", tmp_path / "page.txt").stdout.decode().startswith("<!DOCTYPE html>\n")
    as_page = run_cli("clean", tmp_path / "page.txt", "--format", "html")
    assert as_page.stdout.decode().startswith("Harbour reopens after the storm\n")
