"""JSONL, compressed JSONL and Parquet record streams, in order and in parallel."""

import gzip
import json
import signal
import subprocess
import time

import pytest

from conftest import FIXTURES, run_cli, start_cli

RECORDS = [
    {"id": 1, "text": "Peace talks resume\n\nNegotiators met again on Saturday in Miami, officials said.\nLeave a Comment",
     "url": "https://www.example.org/a", "extra": {"kept": True}},
    {"id": 2, "text": "Titre\n\nUkrain\u0435 et la Russie discutent à Genève cette semaine, selon le ministère.\nPartager",
     "lang": "fr"},
    {"id": 3, "text": "Share this"},
    {"id": 4, "text": (FIXTURES / "html" / "de_news_dpa.html").read_text(encoding="utf-8")},
]


def write_jsonl(path, records, extra_lines=()):
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")


def read_jsonl(path):
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_jsonl_round_trip(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", RECORDS)
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--url-field", "url",
                   "--lang-field", "lang", "--drop-empty", "--max-removal", "1")
    assert done.returncode == 0, done.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [1, 2, 4]
    first = out[0]
    # The text had no final line break, and gains none.
    assert first["text"] == "Peace talks resume\n\nNegotiators met again on Saturday in Miami, officials said."
    assert first["extra"] == {"kept": True} and first["url"] == "https://www.example.org/a"
    assert first["cleaner"] == {"lang": "en", "changed": True, "removals": {"comment-prompt": 1},
                                "url": "https://www.example.org/a"}
    assert out[1]["cleaner"]["lang"] == "fr" and "Ukraine" in out[1]["text"]
    # A record's text field is text, whatever it holds (--format html makes it a page).
    assert "meta" not in out[2]["cleaner"] and out[2]["text"].startswith("<!DOCTYPE html>")
    assert "cleaner: records: 4 read, 3 written, 1 dropped (empty), 0 skipped (malformed)" in done.stderr.decode()


def test_explain_puts_full_detail_in_the_record(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--explain")
    (record,) = read_jsonl(tmp_path / "out.jsonl")
    (entry,) = record["cleaner"]["audit"]
    assert entry["rule"] == "comment-prompt" and entry["line"] == 4 and entry["text"] == "Leave a Comment"


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_compressed_round_trip(tmp_path, suffix):
    write_jsonl(tmp_path / "plain.jsonl", RECORDS)
    assert run_cli("clean", tmp_path / "plain.jsonl", "-o", tmp_path / f"in{suffix}", "--quiet").returncode == 0
    assert run_cli("clean", tmp_path / f"in{suffix}", "-o", tmp_path / f"again{suffix}", "--quiet").returncode == 0
    assert run_cli("clean", tmp_path / f"again{suffix}", "-o", tmp_path / "again.jsonl", "--quiet").returncode == 0
    assert run_cli("clean", tmp_path / "plain.jsonl", "-o", tmp_path / "once.jsonl", "--quiet").returncode == 0
    once = read_jsonl(tmp_path / "once.jsonl")
    again = read_jsonl(tmp_path / "again.jsonl")
    assert [r["text"] for r in again] == [r["text"] for r in once]  # idempotent through compression
    # The same records compress to the same bytes.
    assert run_cli("clean", tmp_path / "plain.jsonl", "-o", tmp_path / f"twice{suffix}", "--quiet").returncode == 0
    assert (tmp_path / f"twice{suffix}").read_bytes() == (tmp_path / f"in{suffix}").read_bytes()


def test_parquet_round_trip(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([{"id": r["id"], "text": r["text"]} for r in RECORDS])
    pq.write_table(table, tmp_path / "in.parquet")
    done = run_cli("clean", tmp_path / "in.parquet", "-o", tmp_path / "out.parquet", "--drop-empty", "--max-removal", "1")
    assert done.returncode == 0, done.stderr
    out = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["id"] for r in out] == [1, 2, 4]
    assert out[0]["cleaner"]["removals"] == [("comment-prompt", 1)] and out[0]["cleaner"]["changed"]
    to_jsonl = run_cli("clean", tmp_path / "in.parquet", "-o", tmp_path / "out.jsonl", "--drop-empty", "--quiet",
                       "--max-removal", "1")
    assert to_jsonl.returncode == 0
    assert [r["text"] for r in read_jsonl(tmp_path / "out.jsonl")] == [r["text"] for r in out]


def test_malformed_record_fails_by_default_and_leaves_no_output(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", RECORDS[:2], ["{broken", "[1, 2]", '{"no_text": 1}'])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl")
    assert done.returncode == 2
    assert f"cleaner: error: {tmp_path / 'in.jsonl'}:3: invalid JSON" in done.stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.jsonl"]


def test_malformed_records_skipped_and_counted(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", RECORDS[:2], ["{broken", "[1, 2]", '{"no_text": 1}', '{"text": 5}'])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--on-error", "skip")
    err = done.stderr.decode()
    assert done.returncode == 0
    assert f"cleaner: skipped {tmp_path / 'in.jsonl'}:4: a record must be a JSON object, not list" in err
    assert "'no_text'" not in err and "no 'text' field" in err and "is int, not a string" in err
    assert "cleaner: records: 6 read, 2 written, 0 dropped (empty), 4 skipped (malformed)" in err
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2


def test_a_byte_order_mark_opening_a_jsonl_file_or_stdin_is_not_a_malformed_record(tmp_path):
    # Windows tools write JSONL with a UTF-8 BOM; json.loads refused the first record for it.
    lines = b'\xef\xbb\xbf{"text": "The harbour opens at dawn."}\r\n{"text": "The boats leave at noon."}\r\n'
    (tmp_path / "in.jsonl").write_bytes(lines)
    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress(lines))
    texts = ["The harbour opens at dawn.", "The boats leave at noon."]  # unchanged: as they came
    for name in ("in.jsonl", "in.jsonl.gz"):
        done = run_cli("clean", tmp_path / name, "-o", tmp_path / f"out-{name}", "-j", "2")
        assert done.returncode == 0, done.stderr
        assert [r["text"] for r in read_jsonl(tmp_path / f"out-{name}")] == texts
    done = run_cli("clean", "--format", "jsonl", input_bytes=lines)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == texts
    # A BOM anywhere else is inside a line, and that line's JSON is malformed as before.
    (tmp_path / "late.jsonl").write_bytes(lines.replace(b"\r\n{", b"\r\n\xef\xbb\xbf{"))
    done = run_cli("clean", tmp_path / "late.jsonl", "-o", tmp_path / "late-out.jsonl")
    assert done.returncode == 2 and f"{tmp_path / 'late.jsonl'}:2: invalid JSON" in done.stderr.decode()


def test_undecodable_line_is_a_malformed_record_and_odd_fields_survive(tmp_path):
    path = tmp_path / "in.jsonl"
    with open(path, "wb") as handle:
        handle.write(json.dumps(RECORDS[2]).encode() + b"\n")
        handle.write(b'{"text": "caf\xe9 au lait"}\n')  # Latin-1, not UTF-8
        handle.write("\u00a0\u2003\n".encode())  # a blank line of Unicode spaces
        handle.write(b'{"text": "Plain words here.", "other": "\\ud800 alone"}\n')  # a lone surrogate, escaped
    failed = run_cli("clean", path, "-o", tmp_path / "out.jsonl")
    assert failed.returncode == 2 and not (tmp_path / "out.jsonl").exists()
    assert f"{path}:2: not UTF-8: byte 0xe9 at byte 14 of the line" in failed.stderr.decode()
    done = run_cli("clean", path, "-o", tmp_path / "out.jsonl", "--on-error", "skip", "-j", "2")
    assert done.returncode == 0
    assert "records: 3 read, 2 written, 0 dropped (empty), 1 skipped (malformed)" in done.stderr.decode()
    last = read_jsonl(tmp_path / "out.jsonl")[-1]
    assert last["other"] == "\ud800 alone" and last["text"] == "Plain words here."


def test_parallel_output_is_byte_identical(tmp_path):
    records = [dict(r, id=i) for i in range(60) for r in RECORDS[:3]]
    write_jsonl(tmp_path / "in.jsonl", records)
    one = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "one.jsonl", "-j", "1", "--quiet")
    two = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "two.jsonl", "-j", "2", "--quiet")
    assert one.returncode == two.returncode == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    dirs = [run_cli("clean", FIXTURES / "input", "-o", tmp_path / f"t{j}", "-j", j, "--quiet") for j in ("1", "2")]
    assert all(d.returncode == 0 for d in dirs)
    for path in (tmp_path / "t1").iterdir():
        assert (tmp_path / "t2" / path.name).read_bytes() == path.read_bytes()


def test_stdin_jsonl_to_stdout():
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    done = run_cli("clean", "--format", "jsonl", input_bytes=lines)
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == [1, 2]


def test_stdin_records_before_a_malformed_one_still_reach_stdout():
    # Records go out a batch at a time: the ones before the bad line must not be held back.
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode() + b"{broken\n"
    done = run_cli("clean", "--format", "jsonl", input_bytes=lines)
    assert done.returncode == 2 and "<stdin>:3: invalid JSON" in done.stderr.decode()
    assert [json.loads(line)["id"] for line in done.stdout.decode().splitlines()] == [1, 2]


def test_records_come_back_as_lines_and_without_audit_when_asked():
    from cleaner.io.records import record_line
    from cleaner.run.pool import init_worker
    from cleaner.run.settings import Settings
    from cleaner.run.tasks import run_records

    init_worker(Settings())
    batch = ("in.jsonl", [(n, json.dumps(r)) for n, r in enumerate(RECORDS[:3], start=1)])
    full, _ = run_records(batch)
    lines, _ = run_records(batch, audit=False, as_lines=True)
    assert [record_line(o.record) for o in full] == [o.record for o in lines]
    assert all(o.audit for o in full[:2]) and not any(o.audit for o in lines)


def test_audit_file_is_the_same_in_parallel(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", [dict(r, id=i) for i in range(40) for r in RECORDS[:3]])
    for jobs in ("1", "2"):
        done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / f"out{jobs}.jsonl", "-j", jobs,
                       "--audit", tmp_path / f"audit{jobs}.jsonl", "--quiet")
        assert done.returncode == 0
    one = (tmp_path / "audit1.jsonl").read_bytes()
    assert one == (tmp_path / "audit2.jsonl").read_bytes() and one.count(b"\n") >= 120


def test_audit_file(tmp_path):
    write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    done = run_cli("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out.jsonl", "--audit", tmp_path / "audit.jsonl",
                   "--lang-field", "lang")
    assert done.returncode == 0
    entries = read_jsonl(tmp_path / "audit.jsonl")
    # The audit keeps json's spaced lines (records are compact).
    assert (tmp_path / "audit.jsonl").read_text(encoding="utf-8").startswith('{"document": ')
    removal = next(e for e in entries if e["kind"] == "removal")
    text = RECORDS[0]["text"]
    assert removal["document"] == f"{tmp_path / 'in.jsonl'}:1"
    assert text[removal["start"]:removal["end"]] == removal["text"] == "Leave a Comment"
    fix = next(e for e in entries if e["kind"] == "fix")
    assert fix["step"] == "homoglyph" and fix["document"].endswith(":2")


def test_diff_on_text_files(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Title\nBody text here.\nShare this\n", encoding="utf-8")
    done = run_cli("clean", src, "--diff")
    assert done.returncode == 0
    assert f"--- a/{src}\n+++ b/{src}\n".encode() in done.stdout and b"-Share this\n" in done.stdout
    assert src.read_text(encoding="utf-8") == "Title\nBody text here.\nShare this\n"


def test_summary_names_top_rules(tmp_path):
    done = run_cli("clean", FIXTURES / "input", "-o", tmp_path / "out")
    err = done.stderr.decode()
    assert "documents" in err and "documents/s" in err and "lines removed" in err
    assert "cleaner: top rules: " in err


def _filling(folder, prefix):
    """Whether a temporary output named with ``prefix`` holds bytes yet (it may vanish while we look)."""
    for path in folder.glob(prefix + "*.tmp"):
        try:
            if path.stat().st_size:
                return True
        except FileNotFoundError:
            pass
    return False


def test_interrupted_run_leaves_no_partial_output(tmp_path):
    body = "Negotiators met again on Saturday in Miami, officials said, and agreed to meet again."
    with open(tmp_path / "big.jsonl", "w", encoding="utf-8") as handle:
        for i in range(300_000):  # far more than two workers clean before the signal
            handle.write(json.dumps({"id": i, "text": f"Title {i}\n\n{body}\nShare this"}) + "\n")
    for sig in (signal.SIGINT, signal.SIGKILL):
        target = tmp_path / "out.jsonl"
        child = start_cli("clean", tmp_path / "big.jsonl", "-o", target, "-j", "2", "--lang", "en", "--quiet",
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Signal once records are reaching the temporary output: mid-run, however fast the machine.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _filling(tmp_path, ".out.jsonl."):
            time.sleep(0.005)
        assert child.poll() is None, "the run ended before it could be interrupted"
        child.send_signal(sig)
        _, err = child.communicate(timeout=60)
        if sig == signal.SIGINT:
            assert child.returncode == 130, err
        assert not target.exists()  # the output is complete or absent, never half-written
