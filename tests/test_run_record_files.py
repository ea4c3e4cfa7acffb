"""Records as corpus builders lay them out: nested fields, where the cleaner object goes,
texts left as they came, JSONL and Parquet either way, diffs."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleaner.io.records import Fields
from cleaner.run.documents import clean_record
from cleaner.run.settings import Settings

from conftest import run_cli, write_rules

SITE_RULES = """\
description: City News (news.example.org)
sites: [news.example.org]
rules:
  - id: city-news-briefing
    description: The newsletter box at the foot of every City News article
    family: subscription
    match: {regex: '^(?i:get the morning briefing)\\b'}
    zone: {tail: 3}
    max_words: 10
    examples:
      drop: ["Get the morning briefing in your inbox", "GET THE MORNING BRIEFING here"]
      keep: ["Get the morning briefing right, the mayor said, and the rest follows.",
             "Readers who get the morning briefing saw it first."]
"""

STORY = "The harbour reopens on Monday after a month of repairs to the old sea wall."


def datatrove_record(number, text, url="https://news.example.org/a", language="en"):
    """A record as datatrove's JsonlWriter writes one: url and language inside metadata."""
    return {"text": text, "id": f"doc-{number}", "media": [], "metadata": {"url": url, "language": language,
                                                                            "dump": "CC-MAIN-2024-10"}}


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_nested_fields_select_site_rules_and_the_cleaner_object_goes_inside_metadata(tmp_path):
    write_rules(tmp_path / "rules", "city.yaml", SITE_RULES)
    records = [datatrove_record(1, f"{STORY}\nGet the morning briefing in your inbox"),
               datatrove_record(2, f"{STORY}\nGet the morning briefing in your inbox", url="https://other.example.com/b")]
    write_jsonl(tmp_path / "in.jsonl", records)
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--rules", tmp_path / "rules",
                   "--url-field", "metadata.url", "--lang-field", "metadata.language", "--audit-field",
                   "metadata.cleaner")
    assert done.returncode == 0, done.stderr
    first, second = read_jsonl(tmp_path / "out.jsonl")
    # The URL in metadata selected the site's rules for the first record only.
    assert first["text"] == STORY and second["text"] == records[1]["text"]
    assert first["metadata"]["cleaner"] == {"lang": "en", "changed": True, "removals": {"city-news-briefing": 1},
                                            "url": "https://news.example.org/a"}
    assert second["metadata"]["cleaner"]["changed"] is False
    assert "cleaner" not in first and first["metadata"]["dump"] == "CC-MAIN-2024-10" and first["media"] == []


def test_a_nested_text_field_is_read_and_written_in_place_and_the_callers_objects_stay(tmp_path):
    record = {"id": 7, "content": {"body": f"{STORY}\nShare this article", "title": "Harbour"}}
    settings = Settings(fields=Fields(text="content.body", audit="content.cleaner"))
    cleaned = clean_record(settings.build(), settings, dict(record), "<test>").record
    assert cleaned["content"] == {"body": STORY, "title": "Harbour", "cleaner": {
        "lang": "en", "changed": True, "removals": {"share-prompt": 1}}}
    assert record["content"] == {"body": f"{STORY}\nShare this article", "title": "Harbour"}  # not changed
    # A field whose name holds a dot is that field, not a path.
    dotted = clean_record(settings.build(), Settings(fields=Fields(text="a.b")), {"a.b": f"{STORY}\nShare this"},
                          "<t>").record
    assert dotted["a.b"] == STORY and "a" not in dotted


def test_a_field_no_record_of_a_file_has_is_one_line_naming_file_and_field(tmp_path):
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "flat.jsonl", [{"text": STORY, "url": "https://news.example.org/a"}])
    write_jsonl(tmp_path / "in" / "nested.jsonl", [datatrove_record(1, STORY)])
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "--url-field", "metadata.url")
    assert done.returncode == 2
    errors = [line for line in done.stderr.decode().splitlines() if line.startswith("cleaner: error: ")]
    assert errors == [f"cleaner: error: {tmp_path / 'in' / 'flat.jsonl'}: no record has the field 'metadata.url' "
                      f"(--url-field); {tmp_path / 'out' / 'flat.jsonl'} not written"]
    assert not (tmp_path / "out" / "flat.jsonl").exists()  # the other file is still cleaned
    assert read_jsonl(tmp_path / "out" / "nested.jsonl")[0]["text"] == STORY
    # Under --on-error skip, a text field no record has is said once for the file, too.
    skipped = run_cli("clean", tmp_path / "in" / "nested.jsonl", "--text-field", "body", "--on-error", "skip")
    assert skipped.returncode == 2
    assert f"{tmp_path / 'in' / 'nested.jsonl'}: no record has the field 'body' (--text-field)" in \
        skipped.stderr.decode()
    # Lines that are no records at all are said one by one, not as a field missing.
    (tmp_path / "broken.jsonl").write_text("{broken\n[1]\n", encoding="utf-8")
    broken = run_cli("clean", tmp_path / "broken.jsonl", "--url-field", "url", "--on-error", "skip")
    assert broken.returncode == 0 and b"no record has" not in broken.stderr and broken.stderr.count(b"skipped") == 2


def test_a_text_nothing_was_removed_from_keeps_its_exact_bytes(tmp_path):
    untouched = ["  Indented  line with  double spaces.\r\nSecond line\t\n\n\n\nAfter blank lines.   ",
                 "One line, no final break", "Ends with a break.\n"]
    cleaned = [f"{STORY}\nShare this article", f"{STORY}\nShare this article\n"]
    write_jsonl(tmp_path / "in.jsonl", [{"text": text} for text in untouched + cleaned])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["text"] for r in out[:3]] == untouched
    assert [r["cleaner"]["changed"] for r in out] == [False, False, False, True, True]
    # A cleaned text keeps its own ending: no final line break if it had none.
    assert [r["text"] for r in out[3:]] == [STORY, STORY + "\n"]
    again = run_cli("clean", tmp_path / "out.jsonl", "-o", tmp_path / "again.jsonl")
    assert [r["text"] for r in read_jsonl(tmp_path / "again.jsonl")] == [r["text"] for r in out]
    assert not any(r["cleaner"]["changed"] for r in read_jsonl(tmp_path / "again.jsonl"))


def test_jsonl_in_parquet_out_and_back(tmp_path):
    # Fields that vary from record to record, as crawls have them: a null then a string, an
    # int then a float, a nested object with keys missing in some records.
    records = [{"id": i, "text": f"{STORY} ({i})\nShare this article" if i % 2 else f"{STORY} ({i})",
                "score": 1 if i < 1500 else 2.5, "author": None if i < 1200 else "Ana",
                "metadata": {"url": f"https://news.example.org/{i}", **({"year": 2024} if i % 3 else {})}}
               for i in range(2100)]  # more than a row group (1024)
    write_jsonl(tmp_path / "in.jsonl", records)
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.parquet", "--url-field", "metadata.url",
                   "--audit-field", "metadata.cleaner", "-j", "2")
    assert done.returncode == 0, done.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("score").type == pa.float64() and table.schema.field("author").type == pa.string()
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == list(range(2100))
    assert rows[1]["text"] == f"{STORY} (1)" and rows[2]["text"] == f"{STORY} (2)"
    assert rows[1]["metadata"]["cleaner"]["removals"] == [("share-prompt", 1)]
    assert rows[1]["metadata"]["url"] == "https://news.example.org/1" and rows[3]["metadata"]["year"] is None
    assert rows[1300]["author"] == "Ana" and rows[0]["author"] is None
    # And back: Parquet in (the cleaner struct inside metadata replaced), JSONL out.
    back = run_cli("clean", tmp_path / "out.parquet", "-o", tmp_path / "back.jsonl", "--audit-field",
                   "metadata.cleaner")
    assert back.returncode == 0, back.stderr
    again = read_jsonl(tmp_path / "back.jsonl")
    assert [r["text"] for r in again] == [r["text"] for r in rows]
    assert again[1]["metadata"]["cleaner"] == {"lang": "en", "changed": False, "removals": {}}
    # Parquet in, Parquet out, the struct inside metadata.
    twice = run_cli("clean", tmp_path / "out.parquet", "-o", tmp_path / "twice.parquet", "--audit-field",
                    "metadata.cleaner")
    assert twice.returncode == 0, twice.stderr
    assert pq.read_table(tmp_path / "twice.parquet").schema == table.schema


def test_records_that_cannot_share_a_parquet_schema_are_one_line_and_no_output(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": STORY, "n": 1}, {"text": STORY, "n": "one"}])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.parquet")
    assert done.returncode == 2 and not (tmp_path / "out.parquet").exists()
    (line,) = [line for line in done.stderr.decode().splitlines() if line.startswith("cleaner: error")]
    assert line.startswith(f"cleaner: error: {tmp_path / 'in.jsonl'}: cannot be written as Parquet: ")
    assert line.endswith(f"; {tmp_path / 'out.parquet'} not written")


def test_parquet_dates_and_decimals_become_json_text(tmp_path):
    import datetime
    import decimal

    table = pa.table({"text": [STORY], "fetched": pa.array([datetime.datetime(2024, 3, 1, 12, 30)]),
                      "price": pa.array([decimal.Decimal("1.50")], pa.decimal128(5, 2))})
    pq.write_table(table, tmp_path / "in.parquet")
    done = run_cli("clean", tmp_path / "in.parquet", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    assert record["fetched"] == "2024-03-01T12:30:00" and record["price"] == "1.50" and record["text"] == STORY


def test_diff_shows_each_changed_record_by_file_and_line_and_writes_nothing(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [{"text": STORY}, {"text": f"{STORY}\nShare this article\n"}])
    done = run_cli("clean", tmp_path / "in.jsonl", "--diff", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    name = tmp_path / "in.jsonl"
    assert done.stdout.decode() == (f"--- a/{name}:2\n+++ b/{name}:2\n@@ -1,2 +1 @@\n {STORY}\n"
                                    "-Share this article\n")
    assert not (tmp_path / "out.jsonl").exists()
    stdin = run_cli("clean", "--format", "jsonl", "--diff", input_bytes=(tmp_path / "in.jsonl").read_bytes())
    assert stdin.stdout.decode().startswith("--- a/<stdin>:2\n")


def test_a_cleaner_object_that_would_replace_the_records_own_fields_is_refused(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [datatrove_record(1, STORY)])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--url-field", "metadata.url",
                   "--audit-field", "metadata")
    assert done.returncode == 2 and not (tmp_path / "out.jsonl").exists()
    assert done.stderr.decode() == ("cleaner: error: --audit-field: the cleaner object's field 'metadata' would "
                                    "replace the url field 'metadata.url'\n")
    for audit in ("text", "text.cleaner"):
        with pytest.raises(ValueError, match="would replace the text field 'text'"):
            Fields(text="text", audit=audit)
