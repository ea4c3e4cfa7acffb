"""cleaner.integrations.datatrove: CleanerStep in a real datatrove LocalPipelineExecutor,
between datatrove's own JsonlReader and JsonlWriter."""

import gzip
import json

import pyarrow.parquet as pq

import pytest
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter, ParquetWriter
from loguru import logger

from cleaner.run.documents import record_text
from cleaner import Cleaner
from cleaner.integrations.datatrove import CleanerStep
from cleaner.rules.model import RuleError

from conftest import FIXTURES, run_cli

FESTIVAL = ("The river festival returns to Basel\n"
            "Boats, music and food stalls line both banks of the Rhine this weekend.\n"
            "Leave a Comment\n")
LIBRARIES = "Les trois bibliothèques ouvriront en septembre, avec des horaires élargis.\nPartager\n"
# The last line is chrome on aa.com.tr alone (rules/sites/aa.com.tr.yaml): the URL selects it.
WIRE = ("Talks on grain exports resumed in Istanbul on Monday, officials said.\n"
        "Both delegations described the first session as constructive.\n"
        "Only part of the news from the Anadolu agency is published on this page, in summary.\n")
FIXTURE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "input").glob("*.txt"))]


def write_jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read_output(folder):
    out = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            out += [json.loads(line) for line in handle]
    return sorted(out, key=lambda r: r["id"])


def run_pipeline(tmp_path, records, step, tasks=1, workers=1, files=1):
    for n in range(files):
        write_jsonl(tmp_path / "in" / f"part{n}.jsonl", records[n::files])
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "in")), step, JsonlWriter(str(tmp_path / "out"))],
                          tasks=tasks, workers=workers, logging_dir=str(tmp_path / "logs")).run()
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    (ours,) = [block["stats"] for block in stats if "cleaner" in block["name"]]
    return read_output(tmp_path / "out"), ours


def test_documents_are_cleaned_as_the_library_cleans_them_and_counted_in_datatroves_stats(tmp_path):
    records = [{"id": "a-festival", "text": FESTIVAL, "url": "https://news.example.org/basel"},
               {"id": "b-libraries", "text": LIBRARIES, "language": "fr"},
               {"id": "c-blank", "text": " \n\n"},
               {"id": "d-wire", "text": WIRE, "url": "https://www.aa.com.tr/en/economy/grain-talks"},
               {"id": "e-wire-elsewhere", "text": WIRE, "url": "https://news.example.org/grain"}]
    out, stats = run_pipeline(tmp_path, records, CleanerStep(), tasks=2, workers=2, files=2)

    assert [r["id"] for r in out] == ["a-festival", "b-libraries", "d-wire", "e-wire-elsewhere"]  # c left empty
    library = Cleaner()
    for record in out:
        given = next(r for r in records if r["id"] == record["id"])
        expected = library.clean(given["text"], lang=given.get("language"), url=given.get("url"))
        assert record["text"] == expected.text
        assert record["metadata"]["cleaner"]["removals"] == expected.removal_counts()
    festival, libraries, wire, elsewhere = out
    assert festival["text"] == FESTIVAL.replace("Leave a Comment\n", "")
    assert festival["metadata"]["cleaner"] == {"lang": "en", "changed": True, "removals": {"comment-prompt": 1},
                                               "url": "https://news.example.org/basel"}
    assert festival["metadata"]["url"] == "https://news.example.org/basel"  # every field kept
    assert libraries["metadata"]["cleaner"]["lang"] == "fr" and libraries["metadata"]["language"] == "fr"
    assert wire["metadata"]["cleaner"]["removals"] == {"aa-wire-footer": 1}
    assert elsewhere["text"] == WIRE and elsewhere["metadata"]["cleaner"]["changed"] is False

    # Summed over both tasks by datatrove itself.
    assert stats["total"] == 5 and stats["forwarded"] == 4
    assert stats["dropped"] == 1 and stats["dropped_empty"] == 1
    assert stats["changed"] == 3  # the blank document keeps its bytes (dropped as empty, not changed)
    assert stats["rule_comment-prompt"] == 1 and stats["rule_fr-share-prompt"] == 1
    assert stats["rule_aa-wire-footer"] == 1
    assert stats["lines_removed"]["total"] == 3
    assert stats["lang_en"] == 3 and stats["lang_fr"] == 1
    assert stats["doc_len"]["n"] == 4


def test_fixture_documents_equal_the_library_and_cleaning_again_changes_nothing(tmp_path):
    records = [{"id": f"{i:03d}", "text": text} for i, text in enumerate(FIXTURE_TEXTS)]
    out, stats = run_pipeline(tmp_path / "once", records, CleanerStep(lang_key=None, drop_empty=False))
    library = Cleaner()
    assert [r["text"] for r in out] == [record_text(text, library.clean(text)) for text in FIXTURE_TEXTS]
    assert stats["total"] == stats["forwarded"] == len(FIXTURE_TEXTS)

    again = [{"id": r["id"], "text": r["text"]} for r in out]
    out2, stats2 = run_pipeline(tmp_path / "twice", again, CleanerStep(lang_key=None, drop_empty=False))
    assert [r["text"] for r in out2] == [r["text"] for r in out]
    assert "changed" not in stats2 or stats2["changed"] == 0


def test_options_reach_the_cleaner_and_metadata_keys_are_configurable(tmp_path):
    records = [{"id": "a", "text": LIBRARIES, "lang": "fr", "language": "de", "source": "https://x.example"}]
    step = CleanerStep(url_key="source", lang_key="lang", disable=["fr-share-prompt"], explain=True)
    (record,), stats = run_pipeline(tmp_path, records, step)
    assert record["text"] == LIBRARIES  # its rule disabled
    cleaner = record["metadata"]["cleaner"]
    assert cleaner["lang"] == "fr" and cleaner["url"] == "https://x.example" and cleaner["changed"] is False
    assert cleaner["audit"] == []
    assert record["metadata"]["language"] == "de"  # another key's value is only kept


def test_the_audit_goes_into_the_metadata_with_explain():
    step = CleanerStep(explain=True)
    (doc,) = step.run(iter([Document(text=FESTIVAL, id="a")]))
    (entry,) = doc.metadata["cleaner"]["audit"]
    assert (entry["kind"], entry["rule"], entry["line"], entry["text"]) == (
        "removal", "comment-prompt", 3, "Leave a Comment")


def test_a_document_that_cannot_be_cleaned_is_forwarded_as_it_came_and_counted():
    step = CleanerStep(max_document_bytes=100)
    big, small = FESTIVAL * 2, "A short note.\nLeave a Comment\n"
    given = [Document(text=big, id="big"), Document(text=None, id="none"), Document(text=small, id="small")]
    warnings = []
    sink = logger.add(warnings.append, level="WARNING", format="{message}")
    try:
        docs = list(step.run(iter(given)))
    finally:
        logger.remove(sink)
    assert [str(w).strip() for w in warnings] == [
        f"cleaner: big: {len(big):,} bytes, over the document size limit of 100 (--max-document-size); "
        "forwarded as it came",
        "cleaner: none: field 'text' is null, not a string; forwarded as it came"]
    assert [(d.id, d.text) for d in docs] == [("big", big), ("none", None), ("small", "A short note.\n")]
    assert docs[0].metadata["cleaner"] == {
        "error": f"{len(big):,} bytes, over the document size limit of 100 (--max-document-size)"}
    assert docs[1].metadata["cleaner"] == {"error": "field 'text' is null, not a string"}
    assert step.stats["too_large"].total == 1 and step.stats["not_text"].total == 1
    assert step.stats["forwarded"].total == 3 and step.stats["lines_removed"].total == 1


def test_a_metadata_key_named_text_is_kept_apart_from_the_text():
    step = CleanerStep()
    (doc,) = step.run(iter([Document(text=FESTIVAL, id="a", metadata={"text": "a field of its own"})]))
    assert doc.text == FESTIVAL.replace("Leave a Comment\n", "")
    assert doc.metadata["text"] == "a field of its own" and "_text" not in doc.metadata


def test_bad_rules_fail_when_the_step_is_made(tmp_path):
    with pytest.raises(RuleError, match="no-such-rule"):
        CleanerStep(disable=["no-such-rule"])
    (tmp_path / "broken.yaml").write_text("rules:\n  - id: x\n    match: {phrase: [\n", encoding="utf-8")
    with pytest.raises(RuleError, match="broken.yaml"):
        CleanerStep(rule_dirs=[str(tmp_path)])
    with pytest.raises(TypeError, match="unknown cleaner option 'rules_dir'"):
        CleanerStep(rules_dir=[str(tmp_path)])


def test_json_metadata_lets_parquet_take_documents_whose_rules_differ(tmp_path):
    """ParquetWriter types the metadata by its first batch: an object keyed by rule ids
    cannot be written (a later document removes by another rule), JSON text can."""
    records = [{"id": "a", "text": FESTIVAL}, {"id": "b", "text": LIBRARIES},
               {"id": "c", "text": "A quiet sentence about nothing in particular, for the test.\n"},
               {"id": "d", "text": FESTIVAL * 40}]
    write_jsonl(tmp_path / "in" / "part.jsonl", records)
    step = CleanerStep(json_metadata=True, max_document_bytes=1000)
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "in")), step, ParquetWriter(str(tmp_path / "out"), batch_size=1)],
                          logging_dir=str(tmp_path / "logs")).run()
    (path,) = (tmp_path / "out").glob("*.parquet")
    rows = pq.read_table(path).to_pylist()
    objects = [json.loads(row["metadata"]["cleaner"]) for row in rows]
    assert [row["id"] for row in rows] == ["a", "b", "c", "d"]
    assert [o.get("removals") for o in objects] == [{"comment-prompt": 1}, {"fr-share-prompt": 1}, {}, None]
    assert objects[3]["error"].endswith("over the document size limit of 1,000 (--max-document-size)")

    # A second run replaces the object the first wrote, as JSON text again.
    (doc,) = step.run(iter([Document(text=rows[0]["text"], id="a", metadata=rows[0]["metadata"])]))
    assert json.loads(doc.metadata["cleaner"]) == {"lang": "en", "changed": False, "removals": {}}


def test_html_pages_are_extracted_and_cleaned_with_doc_format_html():
    """datatrove's WarcReader gives pages as they were fetched: doc_format="html" cleans
    them as `cleaner clean --format html` does."""
    page = (FIXTURES / "html" / "en_news_reuters.html").read_text(encoding="utf-8")
    url = "https://www.example.org/world/story"
    (doc,) = CleanerStep(doc_format="html").run(iter([Document(text=page, id="p", metadata={"url": url})]))
    expected = Cleaner().clean_html(page, url=url)
    assert doc.text == expected.text and "<" not in doc.text
    assert doc.metadata["cleaner"]["meta"] == expected.meta
    assert doc.metadata["cleaner"]["removals"] == expected.removal_counts()


def test_documents_get_what_cleaner_clean_gives_the_same_records(tmp_path):
    """One record function for both (run.documents.clean_record): the text and the cleaner
    object of each document are those the command line writes for the record."""
    records = [{"id": f"{i:03d}", "text": text, "url": f"https://news.example.org/{i}",
                **({"language": "fr"} if i % 3 == 0 else {})} for i, text in enumerate(FIXTURE_TEXTS)]
    records.append({"id": "wire", "text": WIRE, "url": "https://www.aa.com.tr/en/economy/grain-talks"})
    out, _ = run_pipeline(tmp_path, records, CleanerStep(drop_empty=False, explain=True))
    write_jsonl(tmp_path / "cli" / "in.jsonl", records)
    done = run_cli("clean", tmp_path / "cli" / "in.jsonl", "-o", tmp_path / "cli" / "out.jsonl", "--url-field", "url",
                   "--lang-field", "language", "--explain", "-j", "1", "--quiet")
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "cli" / "out.jsonl").read_text(encoding="utf-8").splitlines()
    by_cli = sorted((json.loads(line) for line in lines), key=lambda r: r["id"])
    assert [(r["id"], r["text"], r["metadata"]["cleaner"]) for r in out] == [
        (r["id"], r["text"], r["cleaner"]) for r in by_cli]
    assert any(r["cleaner"]["removals"] for r in by_cli) and any(r["cleaner"]["audit"] for r in by_cli)
