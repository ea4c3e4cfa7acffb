"""A record whose HTML page yields no text (``--format html``) is said as a file's is: a line on
stderr naming the file and the record's number, its notice in the audit, status 2, and the other
records cleaned and written. The record itself is written, its text empty and its cleaner object
saying why (``no_text``), so that an output stays aligned with its input and such records can be
found. The library's record paths (run.documents.clean_record: datasets, datatrove, Dask bags)
carry the same field; and among files, such a page is counted in the closing summary."""

import json

import pytest

from cleaner import Cleaner
from cleaner.io.html import NO_TEXT, PAGE_CUT
from cleaner.io.records import NO_TEXT_KEY
from cleaner.run.documents import clean_record
from cleaner.run.settings import Settings
from conftest import run_cli

STORY = ("<p>The ferry to the northern islands runs twice a day in summer, from the old stone pier.</p>"
         "<p>Tickets are sold on board, and children under five travel free with an adult.</p>")
WHY = f"{NO_TEXT}; {PAGE_CUT}"


def page(depth: int) -> str:
    return ("<!DOCTYPE html><html><head><title>Island ferries</title></head><body>" + "<div>" * depth
            + STORY + "</div>" * depth + "</body></html>")


def records_file(path, depths=(5, 400, 5)):
    path.write_text("".join(json.dumps({"id": n, "text": page(d)}) + "\n" for n, d in enumerate(depths, 1)),
                    encoding="utf-8")
    return path


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_record_with_no_text_is_said_written_empty_and_the_others_cleaned(tmp_path, jobs):
    source = records_file(tmp_path / "pages.jsonl")
    out, audit = tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    done = run_cli("clean", source, "--format", "html", "-o", out, "--audit", audit, "-j", jobs)
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert f"cleaner: error: {source}:2: {WHY}; the record is written with an empty text\n" in stderr
    assert ":1:" not in stderr and ":3:" not in stderr
    assert "cleaner: 3 documents" in stderr and "cleaner: 1 page yielded no text" in stderr
    assert "cleaner: records: 3 read, 3 written" in stderr and "cleaner: 1 errors" in stderr
    first, empty, last = read_jsonl(out)
    assert [first["id"], empty["id"], last["id"]] == [1, 2, 3]
    assert first["text"].startswith("The ferry to the northern islands") and last["text"] == first["text"]
    assert empty["text"] == "" and empty["cleaner"][NO_TEXT_KEY] == WHY
    assert NO_TEXT_KEY not in first["cleaner"] and NO_TEXT_KEY not in last["cleaner"]
    said = [e for e in read_jsonl(audit) if e["kind"] == "notice"]
    assert [(e["document"], e["message"]) for e in said] == [(f"{source}:2", WHY)]


def test_drop_empty_drops_it_and_still_says_it(tmp_path):
    source = records_file(tmp_path / "pages.jsonl")
    out = tmp_path / "out.jsonl"
    done = run_cli("clean", source, "--format", "html", "--drop-empty", "-o", out)
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert f"{source}:2: {WHY}; the record is dropped (--drop-empty)" in stderr
    assert "cleaner: records: 3 read, 2 written, 1 dropped (empty)" in stderr
    assert [r["id"] for r in read_jsonl(out)] == [1, 3]


def test_records_read_as_text_are_left_as_they_were(tmp_path):
    # Without --format html a record's text is text, tags and all: nothing is extracted, nothing said.
    source = records_file(tmp_path / "pages.jsonl")
    done = run_cli("clean", source, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    assert b"no text" not in done.stderr
    assert all(NO_TEXT_KEY not in r["cleaner"] for r in read_jsonl(tmp_path / "out.jsonl"))


def test_a_parquet_row_with_no_text_is_named_by_its_number_and_kept(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    source = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "text": [page(5), page(5), page(400)]}), source)
    out = tmp_path / "out.parquet"
    done = run_cli("clean", source, "--format", "html", "-o", out)
    assert done.returncode == 2
    assert f"cleaner: error: {source}:3: {WHY}; the record is written with an empty text" in done.stderr.decode()
    rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert [r["cleaner"][NO_TEXT_KEY] for r in rows] == [None, None, WHY]
    assert rows[2]["text"] == "" and rows[0]["text"].startswith("The ferry to the northern islands")


def test_among_files_a_page_with_no_text_is_counted_in_the_summary(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "deep.html").write_text(page(400), encoding="utf-8")
    (pages / "fine.html").write_text(page(5), encoding="utf-8")
    done = run_cli("clean", pages, "-o", tmp_path / "out")
    assert done.returncode == 2
    summary = done.stderr.decode().splitlines()[-3:]
    assert summary[0].startswith("cleaner: 2 documents (2 changed)")
    assert summary[1:] == ["cleaner: 1 page yielded no text", "cleaner: 1 errors"]
    assert not (tmp_path / "out" / "deep.txt").exists()


def test_the_library_record_path_carries_the_notice():
    settings = Settings(doc_format="html")
    cleaner = Cleaner()
    done = clean_record(cleaner, settings, {"id": 7, "text": page(400)}, "<record>")
    assert done.no_text == WHY and done.record["text"] == ""
    assert done.record["cleaner"][NO_TEXT_KEY] == WHY
    assert [n.message for n in done.result.notices] == [WHY]
    fine = clean_record(cleaner, settings, {"id": 8, "text": page(5)}, "<record>")
    assert fine.no_text is None and NO_TEXT_KEY not in fine.record["cleaner"]


def test_hugging_face_rows_say_it_in_the_error_column():
    from cleaner.integrations.datasets import cleaning_function

    out = cleaning_function(doc_format="html")({"text": [page(5), page(400)]})
    assert out["cleaner_error"] == ["", WHY]
    assert out["text"][1] == "" and out["text"][0].startswith("The ferry to the northern islands")


def test_datatrove_logs_counts_and_drops_it():
    from datatrove.data import Document

    from cleaner.integrations.datatrove import CleanerStep

    step = CleanerStep(doc_format="html")
    kept = list(step.run(iter([Document(text=page(5), id="a"), Document(text=page(400), id="b")])))
    assert [doc.id for doc in kept] == ["a"]
    assert step.stats["no_text"].total == 1
    (forwarded,) = CleanerStep(doc_format="html", drop_empty=False).run(iter([Document(text=page(400), id="b")]))
    assert forwarded.text == "" and forwarded.metadata["cleaner"][NO_TEXT_KEY] == WHY


def test_a_dask_bag_of_records_carries_it():
    db = pytest.importorskip("dask.bag")
    from cleaner.dask import clean_bag

    bag = db.from_sequence([{"text": page(400)}, {"text": page(5)}], npartitions=1)
    empty, fine = clean_bag(bag, doc_format="html").compute(scheduler="sync")
    assert empty["text"] == "" and empty["cleaner"][NO_TEXT_KEY] == WHY
    assert NO_TEXT_KEY not in fine["cleaner"]
