"""bench.jobs: -j 2 against -j 1 on real text; the input it builds and the identity it checks."""

import json
import os

from bench import jobs

TEXTS = [
    "The harbour reopened on Monday after three weeks of repairs.\n\nShare this article",
    "Fishing boats returned in the afternoon.\nThe ferry to the island runs again from Friday.",
]


def test_copies_rewrite_the_kept_lines_after_the_first_copy_and_stop_at_the_size():
    size = sum(len(t.encode("utf-8")) for t in TEXTS)
    built = jobs.copies(TEXTS, 2.5 * size / 1e6)
    assert built[:2] == TEXTS and len(built) == 5
    # Record 2 is text 0 again: its sentence's middle words shuffled with the record's number,
    # its first and last words and its chrome line as they were.
    first, blank, chrome = built[2].split("\n")
    words = first.split()
    assert (words[0], words[-1], blank, chrome) == ("The", "repairs.", "", "Share this article")
    assert sorted(words) == sorted(TEXTS[0].split("\n")[0].split() + ["2"])
    assert built[3] != TEXTS[1] and built[4] != built[2]


def test_a_file_of_ones_own_is_cleaned_both_ways_and_found_identical(tmp_path, capsys):
    source = tmp_path / "mine.jsonl"
    source.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS * 3), encoding="utf-8")
    assert jobs.main(["--file", str(source), "--rounds", "1", "--kinds", "jsonl,text", "--audit"]) == 0
    out = capsys.readouterr().out
    assert f"{os.cpu_count()} cores" in out
    assert out.count("outputs byte-identical") == 2 and "fastest against fastest" in out


def test_outputs_that_differ_are_named(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, text in ((one, "a\n"), (two, "b\n")):
        folder.mkdir()
        (folder / "same.txt").write_text("x\n")
        (folder / "page.txt").write_text(text)
    assert jobs.same_tree(one, two) == ["page.txt"]
    (two / "extra.txt").write_text("x\n")
    assert jobs.same_tree(one, two) == ["(the two folders hold different files)"]
