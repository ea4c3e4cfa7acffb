"""The command line a person expects: -o -, --lang checked, no language for a word or two, the
progress bar and the closing summary, skipped files counted and explained, Markdown left alone."""

import gzip
import json
import os
import pty
import subprocess
from pathlib import Path

import tqdm

from conftest import CHILD_TIMEOUT, FIXTURES, _command, run_cli

ARTICLE = ("The river festival returns to Basel this weekend after a two-year pause, with boats and music.\n"
           "Organisers expect more than forty thousand visitors on Saturday alone.\n"
           "Share this article\n")
CLEANED = ("The river festival returns to Basel this weekend after a two-year pause, with boats and music.\n"
           "Organisers expect more than forty thousand visitors on Saturday alone.\n")
NOTES = "---\ntitle: Notes\n---\n# Comments\n\n    indented code\nShare this article\n"


def run_in_terminal(*args, cwd=None) -> tuple[int, bytes, bytes]:
    """The command line with a pseudo-terminal as its stderr (stdout a pipe): (status, stdout,
    what the terminal showed)."""
    master, slave = pty.openpty()
    child = subprocess.Popen(_command(args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, cwd=cwd)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    stdout = child.stdout.read()
    child.stdout.close()
    return child.wait(timeout=CHILD_TIMEOUT), stdout, shown


def test_output_dash_is_stdout(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    dash = run_cli("clean", tmp_path / "a.txt", "-o", "-")
    plain = run_cli("clean", tmp_path / "a.txt")
    assert dash.returncode == 0, dash.stderr
    assert dash.stdout == plain.stdout == CLEANED.encode()
    assert not (Path("-").exists() or (tmp_path / "-").exists())
    records = tmp_path / "corpus.jsonl"
    records.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n", encoding="utf-8")
    done = run_cli("clean", records, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == CLEANED and not (tmp_path / "-").exists()


def test_an_unknown_language_is_one_line_listing_the_codes(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_cli("clean", tmp_path / "a.txt", "--lang", "english", "-o", tmp_path / "out")
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cleaner: error: --lang: unknown language 'english'")
    assert ", en, " in lines[0] and ", fr, " in lines[0] and "zh-cn" in lines[0]
    assert not (tmp_path / "out").exists()
    # The configuration's lang too, named by its file; and cleaner fix checks it the same way.
    (tmp_path / ".cleaner.yaml").write_text("lang: xx\n", encoding="utf-8")
    fixed = run_cli("fix", "a.txt", cwd=tmp_path)
    assert fixed.returncode == 2 and "lang: unknown language 'xx'" in fixed.stderr.decode()
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE
    # A code the rules name is a language, whether or not the detector knows it.
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "eo.yaml").write_text(
        "languages: [eo]\nrules:\n  - id: eo-share\n    description: Esperanto share prompt\n    family: share\n"
        "    match: {phrase: 'Kundividu'}\n    examples:\n      drop: ['Kundividu', 'kundividu']\n"
        "      keep: ['Kundividu la panon kun la infanoj.', 'Ŝi diris: kundividu ĝin.']\n", encoding="utf-8")
    known = run_cli("clean", "--no-config", "--rules", tmp_path / "rules", "--lang", "eo",
                    input_bytes="La festivalo revenas.\nKundividu\n".encode())
    assert known.returncode == 0, known.stderr
    assert known.stdout.decode() == "La festivalo revenas.\n"


def test_a_word_or_two_get_no_language(cleaner_obj):
    for text in ("Hello\n", "Thank you\n", "Merci beaucoup\n", "Ciao\n"):
        assert cleaner_obj.clean(text).lang is None, text
    assert "en" in cleaner_obj.languages and "zh-cn" in cleaner_obj.languages
    # A sentence is enough, and the fixtures named for their language still get it.
    assert cleaner_obj.clean("The river festival returns to Basel this weekend, with boats and music.\n").lang == "en"
    for path in sorted((FIXTURES / "input").glob("[a-z][a-z]_*.txt")):
        assert cleaner_obj.clean(path.read_text(encoding="utf-8")).lang == path.name[:2], path.name


def test_a_record_of_one_word_gets_no_language_on_the_command_line():
    lines = b'{"text": "Hello"}\n{"text": "Les trois biblioth\\u00e8ques ouvriront en septembre, avec des horaires."}\n'
    done = run_cli("clean", "--format", "jsonl", input_bytes=lines)
    assert done.returncode == 0, done.stderr
    langs = [json.loads(line)["cleaner"]["lang"] for line in done.stdout.splitlines()]
    assert langs == [None, "fr"]


def test_progress_bar_on_a_terminal_with_total_rate_and_summary(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for number in range(400):
            handle.write(json.dumps({"id": number, "text": f"Story {number}\n{ARTICLE}"}) + "\n")
    status, stdout, shown = run_in_terminal("clean", corpus, "-o", tmp_path / "out.jsonl", "-j", "1")
    assert status == 0, shown
    text = shown.decode("utf-8", "replace")
    total = tqdm.tqdm.format_sizeof(corpus.stat().st_size, divisor=1024)
    assert f"/{total} [" in text  # the total: the input's bytes, as tqdm writes a size
    assert "B/s" in text and "documents]" in text  # the rate, and the documents done
    assert "400 documents (400 changed)" in text and "400 lines removed" in text
    assert stdout == b""
    # The output holds records only, whatever the terminal showed.
    written = gzip.decompress(corpus.read_bytes()).count(b"\n")
    assert (tmp_path / "out.jsonl").read_bytes().count(b"\n") == written
    assert all(json.loads(line)["text"].endswith(CLEANED) for line in (tmp_path / "out.jsonl").open())


def test_no_progress_on_a_terminal_and_progress_into_a_pipe(tmp_path):
    (tmp_path / "in").mkdir()
    for number in range(3):
        (tmp_path / "in" / f"{number}.txt").write_text(ARTICLE, encoding="utf-8")
    status, stdout, shown = run_in_terminal("clean", tmp_path / "in", "--no-progress", "--explain")
    assert status == 0 and "%|" not in shown.decode() and "\r" not in shown.decode().replace("\r\n", "\n")
    assert stdout == CLEANED.encode() * 3
    piped = run_cli("clean", tmp_path / "in", "--progress", "--explain")
    assert piped.returncode == 0
    assert piped.stdout == CLEANED.encode() * 3  # the bar is never in the text
    err = piped.stderr.decode()
    assert "%|" in err and "cleaner: 3 documents (3 changed)" in err
    # Each --explain line stands on a line of its own, the bar cleared before it.
    explained = [line for line in err.replace("\r", "\n").splitlines() if "removed by share-prompt" in line]
    assert len(explained) == 3 and all(line.startswith(str(tmp_path / "in")) for line in explained)


def test_skipped_files_are_counted_and_explained(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (src / "notes.md").write_text(NOTES, encoding="utf-8")
    (src / ".cache").mkdir()
    (src / "again").symlink_to(src / "sub")
    done = run_cli("clean", src, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    err = done.stderr.decode()
    assert "cleaner: 2 documents (2 changed)" in err
    assert ("cleaner: 4 files skipped (1 Markdown, 1 hidden, 1 not a regular file, 1 not a type cleaner reads); "
            "--explain lists them") in err
    assert "skipped" not in err.replace("files skipped", "")
    explained = run_cli("clean", src, "-o", tmp_path / "out2", "--explain").stderr.decode()
    assert f"cleaner: skipped {src / 'photo.jpg'}: not a type cleaner reads (.jpg; it reads .txt," in explained
    assert f"cleaner: skipped {src / 'notes.md'}: Markdown, left as written" in explained
    assert f"cleaner: skipped {src / '.cache'}: a hidden name" in explained
    assert f"cleaner: skipped {src / 'again'}: a link to a folder, not followed" in explained
    assert "--explain lists them" not in explained
    assert sorted(p.name for p in (tmp_path / "out2").rglob("*") if p.is_file()) == ["a.txt", "b.txt"]


def test_clean_and_fix_both_leave_markdown_as_written(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    for args in (("fix", notes), ("clean", notes), ("clean", notes, "-o", tmp_path / "out")):
        done = run_cli(*args)
        assert done.returncode == 0, (args, done.stderr)
        assert f"cleaner: skipped {notes}: Markdown, left as written" in done.stderr.decode()
        assert done.stdout == b""
        assert notes.read_text(encoding="utf-8") == NOTES
    assert not (tmp_path / "out" / "notes.md").exists()
    # Named beside a text file, the text file is still cleaned.
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    both = run_cli("clean", notes, tmp_path / "a.txt")
    assert both.returncode == 0 and both.stdout == CLEANED.encode()
