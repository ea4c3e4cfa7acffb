"""cleaner on a real dask.distributed LocalCluster with two worker processes."""

import gzip
import json
import os
import signal
import threading
import time

import pytest

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

from cleaner import Cleaner
from cleaner.dask import clean_bag, clean_dataframe, read_documents, run_job
from cleaner.rules.loader import RuleSource
from cleaner.rules.model import RuleError
from cleaner.run.documents import record_text
from cleaner.run.settings import Settings

from conftest import FIXTURES, run_cli

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "input").glob("*.txt"))]


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


def write_shards(folder, shards, per_shard, start=0):
    folder.mkdir(parents=True, exist_ok=True)
    for s in range(shards):
        with open(folder / f"shard{s:02d}.jsonl", "w", encoding="utf-8") as handle:
            for i in range(per_shard):
                n = start + s * per_shard + i
                handle.write(json.dumps({"id": n, "text": f"{n} {TEXTS[n % len(TEXTS)]}"}, ensure_ascii=False) + "\n")


def test_clean_bag_of_texts_and_records(client):
    expected = [Cleaner().clean(t).text for t in TEXTS]
    assert clean_bag(db.from_sequence(TEXTS, npartitions=4)).compute() == expected
    records = [{"id": i, "body": t, "lang": "fr"} for i, t in enumerate(TEXTS)]
    out = clean_bag(db.from_sequence(records, npartitions=3), text_field="body", lang_field="lang").compute()
    assert [r["id"] for r in out] == list(range(len(TEXTS)))
    # A record's text keeps its bytes when nothing was removed from it (run.documents.record_text).
    assert [r["body"] for r in out] == [record_text(t, Cleaner().clean(t, lang="fr")) for t in TEXTS]
    assert all(r["cleaner"]["lang"] == "fr" for r in out)


def test_clean_dataframe(client):
    frame = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=3)).compute()
    assert list(out["id"]) == list(range(len(TEXTS)))
    assert list(out["text"]) == [record_text(t, Cleaner().clean(t)) for t in TEXTS]
    assert set(out.columns) >= {"cleaner_lang", "cleaner_changed", "cleaner_removals"}
    assert json.loads(out["cleaner_removals"].iloc[0]) == Cleaner().clean(TEXTS[0]).removal_counts()


def test_options_given_as_lists_as_the_docs_write_them(client):
    # clean_dataframe(ddf, disable=["share-prompt"]) as docs/pipelines.md shows it: the
    # list made the worker's settings unhashable (TypeError in every partition).
    text = "Une phrase assez longue pour compter comme un article.\nShare this article:\n"
    frame = pd.DataFrame({"text": [text]})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=1), disable=["share-prompt"]).compute()
    assert list(out["text"]) == [Cleaner(disable=["share-prompt"]).clean(text).text]
    assert "Share this article:" in out["text"][0]  # the rule was off
    bag = clean_bag(db.from_sequence([text]), disable=["share-prompt"], rule_dirs=[]).compute()
    assert bag == [Cleaner(disable=["share-prompt"]).clean(text).text]
    assert Settings(disable=["a"], rule_dirs=["b"]) == Settings(disable=("a",), rule_dirs=("b",))


def test_cli_on_the_cluster_equals_one_process(client, tmp_path):
    write_shards(tmp_path / "in", shards=5, per_shard=40)
    address = client.scheduler.address
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "dask", "--dask", address)
    assert done.returncode == 0, done.stderr
    assert b"5 shards cleaned, 0 already done" in done.stderr
    local = run_cli("clean", tmp_path / "in", "-o", tmp_path / "local", "-j", "1", "--quiet")
    assert local.returncode == 0
    for shard in sorted((tmp_path / "local").iterdir()):
        assert (tmp_path / "dask" / shard.name).read_bytes() == shard.read_bytes()
    # A rerun redoes only what is missing.
    (tmp_path / "dask" / "shard03.jsonl").unlink()
    again = run_cli("clean", tmp_path / "in", "-o", tmp_path / "dask", "--dask", address)
    assert b"1 shards cleaned, 4 already done" in again.stderr
    assert (tmp_path / "dask" / "shard03.jsonl").read_bytes() == (tmp_path / "local" / "shard03.jsonl").read_bytes()


def test_worker_killed_mid_job_loses_and_duplicates_nothing(client, tmp_path):
    # Many small shards: the kill waits for the first finished shard, so it lands mid-job
    # however fast the machine is, with most shards still to do.
    shards, per_shard = 12, 600
    write_shards(tmp_path / "in", shards=shards, per_shard=per_shard)
    jobs = [(str(p), str(tmp_path / "out" / p.name)) for p in sorted((tmp_path / "in").iterdir())]
    settings = Settings(lang="fr")
    pids = list(client.run(os.getpid).values())
    done_when_killed = []

    def kill_one():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = sum(os.path.exists(target) for _, target in jobs)
            if done:
                os.kill(pids[0], signal.SIGKILL)
                done_when_killed.append(done)
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_one)
    killer.start()
    stats, skipped, failed = run_job(client, jobs, settings)
    killer.join()
    assert done_when_killed and done_when_killed[0] < shards  # the kill landed while shards were being cleaned
    assert pids[0] not in client.run(os.getpid).values()  # that worker is gone (the nanny started another)
    assert skipped == 0 and not failed and stats.records_written == shards * per_shard
    ids = []
    for _, target in jobs:
        with open(target, encoding="utf-8") as handle:
            ids += [json.loads(line)["id"] for line in handle]
    assert sorted(ids) == list(range(shards * per_shard))  # every record exactly once
    local = run_cli("clean", tmp_path / "in", "-o", tmp_path / "local", "-j", "1", "--lang", "fr", "--quiet")
    assert local.returncode == 0
    for _, target in jobs:
        name = os.path.basename(target)
        assert open(target, "rb").read() == (tmp_path / "local" / name).read_bytes()


def test_bad_rules_fail_the_job_with_the_rule_error(client, tmp_path):
    write_shards(tmp_path / "in", shards=2, per_shard=3)
    jobs = [(str(p), str(tmp_path / "out" / p.name)) for p in sorted((tmp_path / "in").iterdir())]
    bad = Settings(sources=(RuleSource("mine/bad.yaml", "bad", "rules:\n  - id: b\n    description: d\n"
                                       "    match: {regex: '(x'}\n"),))
    with pytest.raises(RuleError, match="mine/bad.yaml:4: rule b: bad regex"):
        run_job(client, jobs, bad)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.jsonl"))


def test_failed_shards_are_one_line_each_and_the_others_are_cleaned(tmp_path):
    write_shards(tmp_path / "in", shards=2, per_shard=30)
    with open(tmp_path / "in" / "shard01.jsonl", "a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    whole = gzip.compress((tmp_path / "in" / "shard00.jsonl").read_bytes() * 20, mtime=0)
    (tmp_path / "in" / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01 not text")
    (tmp_path / "in" / "page.txt").write_text("Title\nBody of the page.\nShare this\n", encoding="utf-8")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "--dask", "local:1")
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert all(line.startswith("cleaner: ") for line in lines), lines  # no worker logs, no traceback
    errors = [line for line in lines if line.startswith("cleaner: error: ")]
    assert [line.split(": ")[2] for line in errors] == [str(tmp_path / "in" / name) for name in
                                                        ("binary.txt", "cut.jsonl.gz")] + [
                                                        f"{tmp_path / 'in' / 'shard01.jsonl'}:31"]
    assert "cleaner: 2 shards cleaned, 0 already done, 3 failed" in lines
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        ".page.txt.cleaner.json", ".shard00.jsonl.cleaner.json", "page.txt", "shard00.jsonl"]
    again = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "--dask", "local:1")
    assert again.returncode == 2 and b"0 shards cleaned, 2 already done, 3 failed" in again.stderr


STORY = "The harbour reopens on Monday after a month of repairs to the old sea wall."


def test_records_with_nested_fields_on_a_bag(client):
    records = [{"id": i, "text": f"{STORY}\nPartager" if i else STORY,
                "metadata": {"url": f"https://news.example.org/{i}", "language": "fr"}} for i in range(4)]
    out = clean_bag(db.from_sequence(records, npartitions=2), url_field="metadata.url", lang_field="metadata.language",
                    audit_field="metadata.cleaner").compute()
    assert [r["text"] for r in out] == [STORY] * 4
    assert out[1]["metadata"]["cleaner"] == {"lang": "fr", "changed": True, "removals": {"fr-share-prompt": 1},
                                             "url": "https://news.example.org/1"}
    assert out[0]["metadata"]["cleaner"]["changed"] is False and "cleaner" not in out[0]
    with pytest.raises(ValueError, match=r"no record of a partition has the field 'url' \(url_field\)"):
        clean_bag(db.from_sequence(records, npartitions=2), url_field="url").compute()


def test_dataframe_columns_may_be_paths_into_a_struct_column(client, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    # datatrove's Parquet layout: url and language in a metadata struct, read back by Dask as dicts.
    rows = [{"text": f"{STORY}\nPartager", "metadata": {"url": "https://news.example.org/a", "language": "fr"}},
            {"text": STORY, "metadata": {"url": "https://news.example.org/b", "language": "fr"}}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "part.parquet")
    ddf = dd.read_parquet(tmp_path / "part.parquet")
    out = clean_dataframe(ddf, url_column="metadata.url", lang_column="metadata.language").compute()
    assert list(out["text"]) == [STORY, STORY] and list(out["cleaner_lang"]) == ["fr", "fr"]
    assert list(out["cleaner_changed"]) == [True, False]
    with pytest.raises(ValueError, match=r"no column 'meta' \(url_column='meta.url'\)"):
        clean_dataframe(ddf, url_column="meta.url")
    with pytest.raises(ValueError, match=r"no row of a partition has the field 'metadata.link' \(url_column\)"):
        clean_dataframe(ddf, url_column="metadata.link").compute()


def test_read_documents_gives_whole_files_where_read_text_gives_lines(client, tmp_path):
    (tmp_path / "pages").mkdir()
    texts = {"a.txt": f"Home › News\n{STORY}\nShare this article\n", "b.txt": f"{STORY}\nLeave a Comment\n"}
    for name, text in texts.items():
        (tmp_path / "pages" / name).write_text(text, encoding="utf-8")
    lines = db.read_text(str(tmp_path / "pages" / "*.txt")).compute()
    assert len(lines) == 5  # what clean_bag would have cleaned one by one
    out = clean_bag(read_documents(f"file://{tmp_path}/pages/*.txt")).compute()
    assert [r["path"] for r in out] == [f"file://{tmp_path}/pages/{name}" for name in texts]
    assert [r["text"] for r in out] == [f"{STORY}\n", f"{STORY}\n"]
    assert out[0]["cleaner"]["removals"] == {"breadcrumb": 1, "share-prompt": 1}
    (tmp_path / "pages" / "c.txt").write_bytes(b"\x00\x01 not text")
    with pytest.raises(ValueError, match="c.txt: binary data"):
        read_documents(str(tmp_path / "pages" / "*.txt")).compute()
    assert len(read_documents(str(tmp_path / "pages" / "*.txt"), on_error="skip").compute()) == 2


def test_a_record_whose_page_yields_no_text_makes_the_job_status_2(client, tmp_path):
    # The shard is cleaned and written whole, the record's text empty; the job says so in its status.
    story = "<p>The ferry to the northern islands runs twice a day in summer, from the old stone pier.</p>"
    pages = [f"<!DOCTYPE html><html><body>{'<div>' * depth}{story}{'</div>' * depth}</body></html>"
             for depth in (5, 400)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pages.jsonl").write_text("".join(json.dumps({"text": p}) + "\n" for p in pages),
                                                 encoding="utf-8")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "--format", "html", "--dask",
                   client.scheduler.address)
    assert done.returncode == 2, done.stderr
    assert b"cleaner: 1 page yielded no text" in done.stderr and b"1 shards cleaned" in done.stderr
    fine, empty = [json.loads(line) for line in (tmp_path / "out" / "pages.jsonl").read_text().splitlines()]
    assert fine["text"].startswith("The ferry") and empty["text"] == "" and "no_text" in empty["cleaner"]
    # No manifest for it: a rerun redoes the shard and says the page again, rather than counting it done.
    again = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out", "--format", "html", "--dask",
                    client.scheduler.address)
    assert again.returncode == 2 and b"1 shards cleaned, 0 already done" in again.stderr
