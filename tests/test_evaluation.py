"""`cleaner eval` on labelled sets written here: what it counts, and how it labels lines."""

from __future__ import annotations

import gzip
import json

from cleaner import Cleaner
from cleaner.evaluation import label_lines, read_set, score_page, shingle_f1
from conftest import run_cli

ARTICLE = [
    "The harbour of the old town was rebuilt over three summers by the masons of the valley.",
    "Each stone was numbered before the walls came down, and each went back where it had stood.",
    "The new quay opened in June, and the fishing boats came back the same week.",
]


def page(paragraphs: list[str], chrome: list[str]) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    tail = "".join(f"<p>{c}</p>\n" for c in chrome)
    return (
        "<!DOCTYPE html><html><head><title>The harbour</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>The harbour</h1>\n{body}{tail}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def write_set(folder, pages: dict[str, str], labels: dict[str, dict], kind: str = "gold.json"):
    (folder / "html").mkdir(parents=True)
    for name, html in pages.items():
        (folder / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    (folder / kind).write_text(json.dumps(labels), encoding="utf-8")
    return folder


def test_lines_are_gold_once_per_copy_the_gold_holds():
    gold = "Chorus line here\nA verse of the song that is long enough to count by words.\nChorus line here\n"
    lines = ["Chorus line here", "Chorus line here", "Chorus line here", "Share this",
             "A verse of the song that is long enough to count by words."]
    assert label_lines(lines, gold) == [True, True, False, False, True]


def test_a_short_line_must_be_a_whole_gold_line():
    gold = "Share the bread with the neighbours before the winter comes.\n"
    assert label_lines(["Share", "share the bread with the neighbours before the winter comes."], gold) == [False, True]


def test_list_items_and_table_rows_are_read_as_trafilatura_writes_them():
    gold = ("Eggs\nFlour and water, mixed for ten minutes.\nMonday, 3 May\n"
            "The soup was cold when the guests came in.\n")
    lines = ["- Eggs", "- Flour and water, mixed for ten minutes.", "- Home",
             "| Monday, 3 May | The soup was cold when the guests came in. |", "| Home | News |",
             "| Monday, 3 May | Weather | Sport | Contact us today for more |", "- Eggs"]
    # A row is article text when the cells the gold holds carry half its words; an item or
    # a cell is used once per copy the gold holds, as a line is.
    assert label_lines(lines, gold) == [True, True, False, True, False, False, False]


def test_a_row_whose_cells_make_a_gold_line_is_article_text():
    """A form or a schedule laid out in cells, which the gold writes as one line."""
    gold = "Fee: $95\nLocation: Room 111, Harbour Hall\nShare the bread with the neighbours.\n"
    lines = ["| Fee: | | $95 |", "| Location: | Room 111, Harbour Hall |", "| Share | the bread |", "| Fee: | $95 |"]
    # The cells must be a whole gold line (or a long part of the gold), once per copy it holds.
    assert label_lines(lines, gold) == [True, True, False, False]


def test_a_word_wrapped_onto_its_own_line_is_article_text():
    """A page wrapped at a fixed width leaves single words on lines of their own; the gold
    joins them into its sentence."""
    gold = "We visit about three hundred classrooms each school year, in every grade.\nContact\n"
    lines = ["We visit about three hundred", "classrooms", "each school year, in every grade.",
             "Share", "classrooms"]
    # "Share" follows the sentence on the page but not in the gold; the second "classrooms"
    # continues nothing.
    assert label_lines(lines, gold) == [True, True, True, False, False]
    # A second copy of a paragraph after the byline does not continue the byline: the
    # gold has them on lines of their own.
    gold = "By Ann Lee\nThe report was released on Tuesday by the firm.\n"
    assert label_lines(["The report was released on Tuesday by the firm.", "By Ann Lee",
                        "The report was released on Tuesday by the firm."], gold) == [True, True, False]


def test_a_wrapped_word_whose_gold_lost_the_spaces_around_it_is_article_text():
    """A gold that joined a fixed-width page's lines without a space ("andoccasionallyinto")
    still holds the word the page wrapped onto a line of its own; a label between the same
    paragraphs, which the gold does not run on with, stays chrome."""
    gold = ("We visit schools around the state andoccasionallyinto the next one, about three hundred"
            "classroomseach year.\nContact\n")
    lines = ["We visit schools around the state and", "occasionally", "into the next one, about three hundred",
             "classrooms", "each year.", "Share", "Print"]
    assert label_lines(lines, gold) == [True, True, True, True, True, False, False]
    # The same words with no article line beside them continue nothing.
    assert label_lines(["Share", "occasionally", "Print"], gold) == [False, False, False]


def test_a_line_mostly_in_the_gold_is_article_text_once():
    """A gold that dropped the page's bullet or footnote mark still holds the line; a second
    copy of it on the page is chrome (the gold holds it once)."""
    gold = "Continue the treatment for five days until the two readings agree with each other.\n"
    line = "\u00b7 [3] Continue the treatment for five days until the two readings agree with each other."
    assert label_lines([line, line], gold) == [True, False]
    # Too little of the line is in the gold: a teaser that shares a few words.
    teaser = "Readers asked whether the treatment works for five days: our doctor answers every week."
    assert label_lines([teaser], gold) == [False]


def test_a_line_whose_gold_lost_its_spaces_is_article_text_once():
    """A gold that joined its wrapped lines without a space ("tosilently") still holds the
    paragraph trafilatura writes whole; a second copy is chrome, and a short line or one with
    other words is not taken by letters alone."""
    gold = ("The council met again. For the second time they blocked the attempt tosilently adopt"
            " the agreement, this time inthe fisheries meeting of 24 January.\nHome\n")
    line = ("For the second time they blocked the attempt to silently adopt the agreement, "
            "this time in the fisheries meeting of 24 January.")
    assert label_lines([line, line], gold) == [True, False]
    assert label_lines(["Ho me", "They blocked the attempt to quietly adopt the agreement, this time."],
                       gold) == [False, False]


def test_shingle_f1():
    assert shingle_f1("a b c d e", "a b c d e") == (1.0, 1.0, 1.0)
    precision, recall, f1 = shingle_f1("a b c d e f", "a b c d e")
    assert (precision, recall) == (2 / 3, 1.0) and 0.79 < f1 < 0.81
    assert shingle_f1("", "a b c d") == (0.0, 0.0, 0.0)
    # Chinese has no spaces: its characters are the tokens.
    assert shingle_f1("北京今天下雨了", "北京今天下雨了")[2] == 1.0
    assert shingle_f1("北京今天下雨了", "上海今天下雪了")[2] == 0.0


def test_chrome_removed_and_article_kept_are_counted(tmp_path):
    chrome = ["Share this:", "Leave a Comment"]
    folder = write_set(tmp_path / "harbour", {"p1": page(ARTICLE, chrome)},
                       {"p1": {"text": "\n".join(ARTICLE), "lang": "en"}})
    (found,) = read_set(folder)
    score = score_page(Cleaner(), found)
    assert score.error is None
    assert score.chrome >= 2 and score.chrome_removed >= 2
    assert score.gold_removed == 0 and score.lost == []
    assert score.f1_after >= score.f1_before


def test_a_rule_removing_article_text_is_listed_with_page_line_and_rule(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text(
        "rules:\n"
        "  - id: test-greedy-harbour\n"
        "    description: a rule that wrongly takes article sentences\n"
        "    match: {regex: 'stone was numbered'}\n", encoding="utf-8")
    folder = write_set(tmp_path / "harbour", {"p1": page(ARTICLE, ["Share this:"])},
                       {"p1": {"text": "\n".join(ARTICLE)}})
    out = tmp_path / "report.json"
    done = run_cli("eval", folder, "--rules", rules, "--lost", "--json", out, "-j", "1")
    assert done.returncode == 0, done.stderr.decode()
    stdout = done.stdout.decode()
    assert "by test-greedy-harbour: Each stone was numbered" in stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["sets"]["harbour"]["gold_removed"] == 1
    assert report["rules"]["test-greedy-harbour"] == {"chrome": 0, "gold": 1}
    (lost,) = report["lost"]
    assert lost["page"] == "p1" and lost["rule"] == "test-greedy-harbour" and lost["line"] >= 1


def test_snippet_sets_count_what_must_and_must_not_appear(tmp_path):
    folder = write_set(tmp_path / "snips", {"s1": page(ARTICLE, ["Leave a Comment"])},
                       {"s1": {"with": ["fishing boats came back"], "without": ["Leave a Comment", "Contact us"]}},
                       kind="snippets.json")
    out = tmp_path / "report.json"
    done = run_cli("eval", folder, "--json", out, "-j", "1")
    assert done.returncode == 0, done.stderr.decode()
    totals = json.loads(out.read_text(encoding="utf-8"))["sets"]["snips"]
    assert totals["snippets_with"] == 1 and totals["snippets_with_lost"] == 0
    # "Contact us" is in the footer, which trafilatura leaves out: only what it left counts.
    assert totals["snippets_without"] == 1 and totals["snippets_without_removed"] == 1


def test_a_must_appear_title_dropped_on_request_is_counted_apart_from_the_lost(tmp_path):
    titled = page(ARTICLE, []).replace("The harbour</", "Quay Opens After Three Summers</")
    folder = write_set(tmp_path / "snips", {"s1": titled},
                       {"s1": {"with": ["Quay Opens After Three Summers", "fishing boats came back"], "without": []}},
                       kind="snippets.json")
    figures = {}
    for title in ("drop", "keep"):
        out = tmp_path / f"{title}.json"
        done = run_cli("eval", folder, "--title", title, "--json", out, "-j", "1")
        assert done.returncode == 0, done.stderr.decode()
        figures[title] = json.loads(out.read_text(encoding="utf-8"))["sets"]["snips"]
        assert figures[title]["snippets_with"] == 2 and figures[title]["snippets_with_lost"] == 0
    assert figures["drop"]["snippets_with_title"] == 1
    assert figures["keep"]["snippets_with_title"] == 0


def test_a_snippet_sets_dump_gives_every_line_with_its_rule_and_no_label(tmp_path):
    folder = write_set(tmp_path / "snips", {"s1": page(ARTICLE, ["Leave a Comment"])},
                       {"s1": {"with": ["fishing boats came back"], "without": ["Leave a Comment"]}},
                       kind="snippets.json")
    dump = tmp_path / "lines.jsonl"
    done = run_cli("eval", folder, "--dump", dump, "-j", "1")
    assert done.returncode == 0, done.stderr.decode()
    lines = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    by_text = {line["text"]: line for line in lines}
    assert by_text["Leave a Comment"]["rule"] is not None
    assert by_text[ARTICLE[2]]["rule"] is None
    # Snippets label no line: "gold" is null, neither article text nor chrome.
    assert {line["gold"] for line in lines} == {None} and all(line["page"] == "s1" for line in lines)


def test_a_folder_without_labels_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty" / "html").mkdir(parents=True)
    done = run_cli("eval", tmp_path / "empty")
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1 and "neither gold.json nor snippets.json" in done.stderr.decode()


def test_json_or_dump_naming_a_page_or_the_labels_is_refused_before_writing(tmp_path):
    folder = write_set(tmp_path / "harbour", {"p1": page(ARTICLE, ["Share this:"])},
                       {"p1": {"text": "\n".join(ARTICLE), "lang": "en"}})
    (tmp_path / "labels.json").symlink_to(folder / "gold.json")
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    for option, target in (("--json", folder / "html" / "p1.html.gz"), ("--dump", folder / "gold.json"),
                           ("--json", tmp_path / "labels.json")):
        done = run_cli("eval", folder, option, target, "-j", "1")
        assert done.returncode == 2, done.stderr
        assert done.stderr.decode().count("\n") == 1 and f"{option} names the input" in done.stderr.decode()
    done = run_cli("eval", folder, "--json", tmp_path / "same", "--dump", tmp_path / "." / "same", "-j", "1")
    assert done.returncode == 2 and "the same file" in done.stderr.decode()
    assert {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()} == before
    assert not (tmp_path / "same").exists()


def test_a_thread_the_gold_keeps_is_counted_apart_not_lost(tmp_path):
    # CleanEval's and htmltotext's golds keep readers' comments; cleaner leaves them out.
    thread = ["Comments",
              "The new quay is lovely, and the boats look happier for it.",
              "Posted by: Ann at June 3, 2012 9:14 PM",
              "I remember the old walls; they were numbered in red chalk.",
              "Posted by: Tom at June 3, 2012 10:02 PM",
              "Will the market come back to the harbour as well?",
              "Posted by: Lia at June 4, 2012 8:40 AM"]
    folder = write_set(tmp_path / "harbour", {"p1": page(ARTICLE, thread)},
                       {"p1": {"text": "\n".join(ARTICLE + thread), "lang": "en"}})
    (found,) = read_set(folder)
    score = score_page(Cleaner(), found)
    assert score.error is None
    thread_removed = [label for label in score.labelled if label[3] == "comment-thread"]
    assert len(thread_removed) >= 3
    assert score.gold_removed == 0 and score.lost == []
    assert score.labels_removed >= 3
