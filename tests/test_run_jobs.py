"""-j 2 gives what -j 1 gives: output bytes, audit and error lines, on records and files in
several languages (each worker compiles a language's rules when it meets it), with bad
records at the edges of the workers' batches (tasks.RECORD_BATCH)."""

import json
import re

import pytest

from cleaner.run.tasks import RECORD_BATCH

from conftest import run_cli

# Texts written for these tests, one per language, each ending on its language's share prompt.
TEXTS = {
    "en": "The harbour reopens\n\nThe harbour reopened on Monday after three weeks of repairs to the northern "
          "wall, the council said.\nFishing boats returned in the afternoon.\nShare this article",
    "de": "Neue Brücke über den Rhein eröffnet\n\nDie Stadt hat am Montag die neue Brücke für Fußgänger und "
          "Radfahrer eröffnet.\nDer Bau dauerte drei Jahre und kostete mehr als zwanzig Millionen Euro.\n"
          "Artikel teilen",
    "fr": "Lyon ouvre trois bibliothèques\n\nLes trois bibliothèques ouvriront en septembre dans les quartiers "
          "du nord de la ville.\nLa mairie veut prolonger les horaires le dimanche.\nPartager",
    "es": "El puerto reabre tras las obras\n\nEl puerto volvió a abrir el lunes después de tres semanas de "
          "reparaciones en el muro norte.\nLos barcos de pesca regresaron por la tarde.\nCompartir",
    "ru": "В городе открылся новый мост\n\nВ понедельник в городе открылся новый мост для пешеходов и "
          "велосипедистов.\nСтроительство продолжалось три года.\nПоделиться",
    "pl": "Port ponownie otwarty\n\nPort został ponownie otwarty w poniedziałek po trzech tygodniach napraw "
          "północnego muru.\nŁodzie rybackie wróciły po południu.\nUdostępnij",
}
# Record numbers (1-based, among the non-blank lines) of the malformed lines: the last of the
# first batch, the first of the second, and both sides of the next edge.
BAD = {RECORD_BATCH, RECORD_BATCH + 1, 2 * RECORD_BATCH, 2 * RECORD_BATCH + 1}


def _records_file(path, count=3 * RECORD_BATCH + 7):
    languages = list(TEXTS)
    lines = []
    for n in range(1, count + 1):
        if n in BAD:
            lines.append("{broken" if n % 2 else '{"no_text": 1}')
            continue
        lang = languages[n % len(languages)]
        # Each record's own words, so that no line is answered from what another record taught.
        lines.append(json.dumps({"id": n, "text": TEXTS[lang].replace("\n\n", f" {n}\n\n", 1)}, ensure_ascii=False))
        if n == 100:
            lines.append("")  # a blank line: not a record, and not counted in a batch
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _both(tmp_path, source, suffix, *flags):
    """Run -j 1 and -j 2 over ``source``, each in a folder of its own where it writes OUT and
    audit.jsonl (so that their messages name the same files): [(exit status, stderr, output
    bytes (a folder's: by name) or None, audit bytes or None)]."""
    runs = []
    for jobs in ("1", "2"):
        here = tmp_path / f"j{jobs}"
        here.mkdir()
        output, audit = here / f"out{suffix}", here / "audit.jsonl"
        done = run_cli("clean", source, "-o", output.name, "-j", jobs, "--audit", audit.name, "--quiet", *flags,
                       cwd=here)
        if output.is_dir():
            data = {p.name: p.read_bytes() for p in sorted(output.iterdir())}
        else:
            data = output.read_bytes() if output.exists() else None
        runs.append((done.returncode, done.stderr.decode(), data, audit.read_bytes() if audit.exists() else None))
    return runs


def test_records_with_bad_lines_at_batch_edges_skipped_alike(tmp_path):
    source = _records_file(tmp_path / "in.jsonl")
    one, two = _both(tmp_path, source, ".jsonl", "--on-error", "skip")
    assert one == two
    status, stderr, output, audit = one
    assert status == 0
    # Named by their lines in the file, the blank line after record 100 counted.
    assert re.findall(r"^cleaner: skipped (.*?): ", stderr, re.M) == [f"{source}:{n + (n > 100)}" for n in sorted(BAD)]
    records = [json.loads(line) for line in output.splitlines()]
    assert len(records) == 3 * RECORD_BATCH + 7 - len(BAD)
    assert {r["cleaner"]["lang"] for r in records} == set(TEXTS)
    assert all(r["cleaner"]["removals"] for r in records)  # every share prompt went, in each language
    assert audit.count(b"\n") == len(records)


def test_a_bad_record_at_a_batch_edge_fails_the_file_alike(tmp_path):
    source = _records_file(tmp_path / "in.jsonl")
    one, two = _both(tmp_path, source, ".jsonl")
    assert one == two
    status, stderr, output, _ = one
    assert status == 2 and output is None
    assert stderr.startswith(f"cleaner: error: {source}:{RECORD_BATCH}: ") and stderr.count("\n") == 1
    assert stderr.endswith("(--on-error skip to go on); out.jsonl not written\n")


def test_parquet_records_alike(tmp_path):
    pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
    import pyarrow.parquet as pq

    languages = list(TEXTS)
    rows = [{"id": n, "text": TEXTS[languages[n % len(languages)]] + f" {n}"} for n in range(2 * RECORD_BATCH + 3)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    one, two = _both(tmp_path, tmp_path / "in.parquet", ".parquet")
    assert one == two and one[0] == 0
    assert pq.read_table(tmp_path / "j1" / "out.parquet").num_rows == len(rows)


def test_a_folder_of_files_in_several_languages_alike(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(30):
        lang = list(TEXTS)[n % len(TEXTS)]
        (folder / f"{n:02d}-{lang}.txt").write_text(TEXTS[lang].replace("\n\n", f" {n}\n\n", 1), encoding="utf-8")
    (folder / "15-binary.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 10)
    one, two = _both(tmp_path, folder, "")
    assert one == two
    status, stderr, output, audit = one
    assert status == 2 and stderr.count("\n") == 1 and "15-binary.txt" in stderr
    assert len(output) == 30 and all(b"Share this article" not in text for text in output.values())
    assert audit.count(b"\n") == 30


def test_the_pool_builds_before_its_fork_only_what_every_document_needs():
    # A language's rules are compiled by the worker that meets it (performance.md, seventh round).
    from cleaner import Cleaner

    assert {lang for lang, _ in Cleaner().warm(every_language=False)._matchers} == {None}
    assert {"en", "de", "ru"} <= {lang for lang, _ in Cleaner().warm()._matchers}
