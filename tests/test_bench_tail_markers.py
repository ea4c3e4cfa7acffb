"""bench.tail_markers: what marker cuts remove from pages, and how much of it is gold."""

import gzip
import json

from bench.tail_markers import Gold, main, measure

PARAGRAPHS = [
    "The council approved the new bridge on Monday after a debate that lasted most of the night.",
    "Work will start in the spring and last two years, the mayor told reporters outside the hall.",
    "The old ferry will keep running until the bridge opens, and its timetable will not change.",
    "Tolls have not been decided yet, and the opposition says there should be none at all.",
    "Engineers will survey the river bed in March, before the first pillars are cast.",
]
HEADLINES = ["Ferry fares to rise in April", "Harbour office moves to the station"]


def page(body_lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in body_lines)
    return (f"<html><head><title>The new bridge</title></head><body><article><h1>The new bridge</h1>"
            f"{body}</article></body></html>")


def write_set(folder, pages: dict[str, tuple[list[str], str]]):
    (folder / "html").mkdir(parents=True)
    for page_id, (lines, _) in pages.items():
        with gzip.open(folder / "html" / f"{page_id}.html.gz", "wt", encoding="utf-8") as handle:
            handle.write(page(lines))
    gold = {page_id: {"text": text} for page_id, (_, text) in pages.items()}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_gold_holds_its_lines_and_long_parts_of_them():
    gold = Gold.of("Title\n\nA first   paragraph of the article, with a good many words in it.\n")
    assert gold.holds("Title") and gold.holds("A first paragraph of the article, with a good many words in it.")
    assert gold.holds("paragraph of the article, with a good many words")  # eight words or more, a part
    assert not gold.holds("A first")  # a short part is not enough
    assert not gold.holds("Ferry fares to rise in April")


def test_cuts_are_counted_and_gold_lines_among_them(tmp_path):
    from cleaner import Cleaner

    write_set(tmp_path / "news", {
        # A real tail: the marker and its headlines go, none of them gold.
        "tail": (PARAGRAPHS + ["You may also like", *HEADLINES], "\n".join(PARAGRAPHS)),
        # A heading the page's gold counts as article, with paragraphs after it: nothing is cut.
        "story": (PARAGRAPHS[:3] + ["Related stories", *PARAGRAPHS[3:]], "\n".join(PARAGRAPHS)),
    })
    counts = measure(tmp_path / "news", tmp_path / "cache", Cleaner())
    assert counts.pages == 2
    assert (counts.markers.pages, counts.markers.removed, counts.markers.gold) == (1, 3, 0)
    assert (tmp_path / "cache" / "news.json").is_file()  # the extraction, kept for the next run


def test_main_prints_a_row_per_set(tmp_path, capsys):
    write_set(tmp_path / "news", {"tail": (PARAGRAPHS + ["You may also like", *HEADLINES], "\n".join(PARAGRAPHS))})
    assert main([str(tmp_path), "--sets", "news"]) == 0
    assert "| news | 1 | 1 | 3 | 0 | 0 | 0 | 0 |" in capsys.readouterr().out
