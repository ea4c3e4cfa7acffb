"""Text files cleaned by batches (run.tasks.run_files): each file's output and audit what
cleaning it alone gives, at -j 1 and -j 2, errors still one file's; batches bounded."""

import json
from pathlib import Path

from conftest import run_cli
from test_clean_many import DOCUMENTS

from cleaner import Cleaner


def _inputs(folder: Path) -> dict[str, str]:
    folder.mkdir()
    texts = {}
    for n, document in enumerate(DOCUMENTS[:19]):
        if isinstance(document, str):
            texts[f"doc{n:02}.txt"] = document
    for name, text in texts.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    (folder / "doc50.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe\x00")  # refused: no text
    return texts


def test_a_folder_of_files_is_cleaned_as_each_file_alone(tmp_path):
    texts = _inputs(tmp_path / "in")
    outputs = {}
    for jobs in ("1", "2"):
        out, audit = tmp_path / f"out{jobs}", tmp_path / f"audit{jobs}.jsonl"
        done = run_cli("clean", tmp_path / "in", "-o", out, "--audit", audit, "-j", jobs, "--quiet")
        assert done.returncode == 2 and b"doc50.txt" in done.stderr  # the one refused file, named
        outputs[jobs] = ({p.name: p.read_bytes() for p in sorted(out.iterdir())}, audit.read_bytes())
    assert outputs["1"] == outputs["2"]
    written, audit = outputs["1"]
    cleaner = Cleaner()
    assert sorted(written) == sorted(texts)
    entries = [json.loads(line) for line in audit.decode().splitlines()]
    for name, text in texts.items():
        alone = cleaner.clean(text, name=str(tmp_path / "in" / name))
        assert written[name] == alone.text.encode("utf-8")
        mine = [e for e in entries if e["document"] == str(tmp_path / "in" / name)]
        assert mine == alone.audit_entries(str(tmp_path / "in" / name))
    assert any(entries)


def test_file_batches_hold_at_most_their_count_and_bytes(tmp_path, monkeypatch):
    from cleaner.run import tasks

    monkeypatch.setattr(tasks, "FILE_BATCH_BYTES", 100)
    sizes = [10, 10, 10, 90, 10, 500, 10, 10, 10, 10]
    files = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"f{n}.txt"
        path.write_bytes(b"x" * size)
        files.append(tasks.FileTask(path, path.name, None))
    files.append(tasks.FileTask(tmp_path / "absent.txt", "absent.txt", None))
    got = [[t.name for t in batch] for batch in tasks.file_batches(files, size=3)]
    assert got == [["f0.txt", "f1.txt", "f2.txt"], ["f3.txt", "f4.txt"], ["f5.txt"], ["f6.txt", "f7.txt", "f8.txt"],
                   ["f9.txt", "absent.txt"]]
