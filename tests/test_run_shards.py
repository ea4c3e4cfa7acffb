"""Dask jobs over shards: what produced each output is recorded beside it, stale shards are
redone, and shards may live on fsspec URLs (file://, and memory:// on an in-process cluster)."""

import json
import os
import tempfile

import fsspec
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from cleaner.run import dask as run_dask
from cleaner.run.dask import clean_shard, run_job
from cleaner.run.settings import Settings
from cleaner.run.shards import url_jobs

from conftest import run_cli

STORY = "The harbour reopens on Monday after a month of repairs to the old sea wall."


def write_shards(folder, count):
    folder.mkdir(parents=True, exist_ok=True)
    for s in range(count):
        records = [{"id": s * 10 + i, "text": f"{STORY} ({s}, {i})\nShare this article"} for i in range(3)]
        (folder / f"part-{s}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def shards_line(done):
    return done.stderr.decode().splitlines()[-1]


def test_a_rerun_redoes_the_shards_whose_input_rules_or_options_changed(tmp_path):
    write_shards(tmp_path / "in", 3)
    job = ("clean", tmp_path / "in", "-o", tmp_path / "out", "--dask", "local:1")
    assert shards_line(run_cli(*job)) == "cleaner: 3 shards cleaned, 0 already done"
    manifest = json.loads((tmp_path / "out" / ".part-0.jsonl.cleaner.json").read_text(encoding="utf-8"))
    assert manifest["size"] == (tmp_path / "in" / "part-0.jsonl").stat().st_size
    assert set(manifest) == {"input", "size", "version", "fingerprint"}
    assert shards_line(run_cli(*job)) == "cleaner: 0 shards cleaned, 3 already done"
    # An input rewritten: its shard is redone, with its new records.
    source = tmp_path / "in" / "part-1.jsonl"
    source.write_text(json.dumps({"id": 99, "text": STORY}) + "\n", encoding="utf-8")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    assert shards_line(run_cli(*job)) == "cleaner: 1 shards cleaned, 2 already done"
    assert [json.loads(line)["id"] for line in (tmp_path / "out" / "part-1.jsonl").read_text().splitlines()] == [99]
    # Other options, or other rules: every shard is redone, and the outputs say so.
    assert shards_line(run_cli(*job, "--disable", "share-prompt")) == "cleaner: 3 shards cleaned, 0 already done"
    assert "Share this article" in (tmp_path / "out" / "part-0.jsonl").read_text(encoding="utf-8")
    assert shards_line(run_cli(*job, "--disable", "share-prompt")) == "cleaner: 0 shards cleaned, 3 already done"
    assert shards_line(run_cli(*job, "--disable", "share-prompt", "--force")) == \
        "cleaner: 3 shards cleaned, 0 already done"
    # An output without its manifest (killed between the two, or made otherwise) is redone.
    (tmp_path / "out" / ".part-2.jsonl.cleaner.json").unlink()
    assert shards_line(run_cli(*job, "--disable", "share-prompt")) == "cleaner: 1 shards cleaned, 2 already done"


def test_an_edited_bundled_table_changes_the_fingerprint(tmp_path, monkeypatch):
    from cleaner import data
    from cleaner.run import shards

    bundled = data.default_rules_dir()
    copy = tmp_path / "rules"
    copy.mkdir()
    for path in bundled.glob("*.yaml"):
        (copy / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(data, "default_rules_dir", lambda: copy)
    settings = Settings()
    first = shards.fingerprint(settings, "fail")
    assert shards.fingerprint(settings, "fail") == first
    # patterns.yaml and months.yaml are tables the rules read, not rule sets.
    for name in ("patterns.yaml", "months.yaml"):
        with open(copy / name, "a", encoding="utf-8") as handle:
            handle.write("\n# edited\n")
        assert shards.fingerprint(settings, "fail") != first
        first = shards.fingerprint(settings, "fail")
    # Without the bundled rules the tables still count: the character repairs read the Unicode
    # ones, and the user's rules may take a named pattern.
    alone = Settings(default_rules=False)
    before = shards.fingerprint(alone, "fail")
    (copy / "unicode.yaml").write_bytes((copy / "unicode.yaml").read_bytes() + b"\n# edited\n")
    assert shards.fingerprint(alone, "fail") != before


def test_a_shard_that_now_fails_leaves_neither_its_old_output_nor_its_manifest(tmp_path):
    write_shards(tmp_path / "in", 2)
    job = ("clean", tmp_path / "in", "-o", tmp_path / "out", "--dask", "local:1")
    assert run_cli(*job).returncode == 0
    with open(tmp_path / "in" / "part-1.jsonl", "a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    done = run_cli(*job)
    assert done.returncode == 2 and shards_line(done) == "cleaner: 0 shards cleaned, 1 already done, 1 failed"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".part-0.jsonl.cleaner.json", "part-0.jsonl"]


def test_parquet_shards_and_file_urls_on_a_cluster(tmp_path):
    write_shards(tmp_path / "in", 2)
    assert run_cli("clean", tmp_path / "in" / "part-0.jsonl", "-o", tmp_path / "in" / "part-0.parquet",
                   "--quiet").returncode == 0
    (tmp_path / "in" / "part-0.jsonl").unlink()
    urls = (f"file://{tmp_path}/in/*.parquet", f"file://{tmp_path}/in/*.jsonl")
    done = run_cli("clean", *urls, "-o", f"file://{tmp_path}/out", "--dask", "local:1")
    assert done.returncode == 0, done.stderr
    assert shards_line(done) == "cleaner: 2 shards cleaned, 0 already done"
    rows = pq.read_table(tmp_path / "out" / "part-0.parquet").to_pylist()
    assert [r["text"] for r in rows] == [f"{STORY} (0, {i})" for i in range(3)]
    local = run_cli("clean", tmp_path / "in" / "part-1.jsonl", "-o", tmp_path / "local.jsonl", "--quiet")
    assert local.returncode == 0
    assert (tmp_path / "out" / "part-1.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    again = run_cli("clean", *urls, "-o", f"file://{tmp_path}/out", "--dask", "local:1")
    assert shards_line(again) == "cleaner: 0 shards cleaned, 2 already done"
    over = run_cli("clean", urls[1], "-o", tmp_path / "in", "--dask", "local:1")
    assert over.returncode == 2 and over.stderr.decode() == (
        f"cleaner: error: file://{tmp_path}/in/part-1.jsonl: its output {tmp_path}/in/part-1.jsonl would write over "
        "an input; give -o another folder\n")
    missing = run_cli("clean", f"file://{tmp_path}/none/*.jsonl", "-o", f"file://{tmp_path}/out", "--dask", "local:1")
    assert missing.returncode == 2
    assert missing.stderr.decode().startswith(f"cleaner: error: file://{tmp_path}/none/*.jsonl: no files to clean")


@pytest.fixture()
def memory():
    fs = fsspec.filesystem("memory")
    yield fs
    fs.rm("/corpus", recursive=True)


def test_shards_on_an_object_store_url(memory, tmp_path):
    # memory:// is one process's store: the cluster's workers are threads of this process.
    for s in range(3):
        memory.pipe(f"/corpus/in/part-{s}.jsonl", (json.dumps({"id": s, "text": f"{STORY}\nShare this"}) +
                                                  "\n").encode())
    memory.pipe("/corpus/in/sub/page.txt", f"{STORY}\nLeave a Comment\n".encode())
    memory.pipe("/corpus/in/bad.jsonl", b"{broken\n")
    jobs = url_jobs(("memory://corpus/in",), "memory://corpus/out", (".jsonl", ".txt"))
    assert [target for _, target in jobs] == [f"memory://corpus/out/{name}" for name in
                                              ("bad.jsonl", "part-0.jsonl", "part-1.jsonl", "part-2.jsonl",
                                               "sub/page.txt")]
    with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        stats, skipped, failed = run_job(client, jobs, Settings())
        assert skipped == 0 and failed == ["memory:///corpus/in/bad.jsonl:1: invalid JSON: Expecting property name "
                                           "enclosed in double quotes at column 2 (--on-error skip to go on); "
                                           "memory://corpus/out/bad.jsonl not written"]
        assert stats.records_written == 3
        assert json.loads(memory.cat("/corpus/out/part-1.jsonl"))["text"] == STORY
        assert memory.cat("/corpus/out/sub/page.txt").decode() == f"{STORY}\n"
        assert memory.exists("/corpus/out/.part-1.jsonl.cleaner.json") and not memory.exists("/corpus/out/bad.jsonl")
        assert run_job(client, jobs, Settings())[1] == 4  # all but the failed one are done
        # Jobs one after another on one client: each scatters its own settings (a job sharing the
        # last one's lost them when that job's futures were released: "lost dependencies").
        for _ in range(3):
            assert run_job(client, jobs, Settings(), force=True)[0].records_written == 3
        memory.pipe("/corpus/in/part-2.jsonl", (json.dumps({"id": 2, "text": "Changed."}) + "\n").encode())
        stats, skipped, failed = run_job(client, jobs, Settings())
        assert skipped == 3 and stats.records_read == 1  # part-2 again (and bad.jsonl, failed, counts none)
        assert json.loads(memory.cat("/corpus/out/part-2.jsonl"))["text"] == "Changed."


def test_a_local_shard_makes_no_temporary_folder_and_a_remote_one_removes_its_own(memory, tmp_path, monkeypatch):
    # A worker killed mid-shard cannot remove its temporary folder: local shards, the common
    # case, make none, so a killed worker leaves nothing behind in the temporary directory.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    during = []  # the temporary directory's folders while each shard is being cleaned
    clean_local = run_dask._clean_local

    def watched(*args):
        during.append([p.name.startswith("cleaner-shard-") for p in scratch.iterdir()])
        return clean_local(*args)

    monkeypatch.setattr(run_dask, "_clean_local", watched)
    write_shards(tmp_path / "in", 1)
    stats, error = clean_shard(str(tmp_path / "in" / "part-0.jsonl"), str(tmp_path / "out.jsonl"), Settings())
    assert error is None and stats.records_written == 3
    memory.pipe("/corpus/in/part-0.jsonl", (tmp_path / "in" / "part-0.jsonl").read_bytes())
    stats, error = clean_shard("memory://corpus/in/part-0.jsonl", "memory://corpus/out/part-0.jsonl", Settings())
    assert error is None and stats.records_written == 3
    assert memory.cat("/corpus/out/part-0.jsonl") == (tmp_path / "out.jsonl").read_bytes()
    assert during == [[], [True]] and list(scratch.iterdir()) == []
