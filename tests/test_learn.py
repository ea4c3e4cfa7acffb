"""`cleaner learn` on synthetic sites: hundreds of pages of varied text inside a site's chrome."""

import json
import random

import pytest

from bench.sites import SitePage, pages
from cleaner import Cleaner
from cleaner.learn import CountMinSketch, Page, learn, pattern_of

from conftest import run_cli

SITES = [("exemple.fr", "fr"), ("news.example", "en"), ("diario.example", "es"), ("zeitung.example", "de")]


def write_corpus(path, site_pages, extra=()):
    with open(path, "w", encoding="utf-8") as handle:
        for page in [*site_pages, *extra]:
            handle.write(json.dumps({"url": page.url, "text": page.text}, ensure_ascii=False) + "\n")


def test_patterns_fold_numbers_and_months():
    assert pattern_of("12 comments") == pattern_of("3 Comments") == "<n> comments"
    assert pattern_of("© 2019 Example Times") == pattern_of("© 2024 Example Times")
    assert pattern_of("6 décembre 2025") == pattern_of("17 mars 2024") == "<n> <month> <n>"


def test_sketch_never_undercounts():
    sketch = CountMinSketch(width=64, depth=3)
    counts = {f"line {i}": i % 7 for i in range(200)}
    for line, n in counts.items():
        for _ in range(n):
            sketch.add(line)
    assert all(sketch.estimate(line) >= n for line, n in counts.items())


@pytest.mark.parametrize("site, lang", SITES)
def test_learned_rules_remove_the_chrome_and_no_article_line(tmp_path, site, lang):
    corpus = list(pages(site, lang, 300, seed=1))
    others = [p for other, other_lang in SITES if other != site for p in pages(other, other_lang, 40, seed=2)]
    write_corpus(tmp_path / "pages.jsonl", corpus, others)
    target = tmp_path / "rules" / f"{site}.yaml"
    done = run_cli("learn", tmp_path / "pages.jsonl", "-o", target, "--site", site)
    assert done.returncode == 0, done.stderr
    assert f"{target}: ".encode() in done.stdout and b" lines (" in done.stdout  # the report
    assert run_cli("rules", "test", "--rules", tmp_path / "rules", "--no-default-rules").returncode == 0

    cleaner = Cleaner(rule_dirs=[str(tmp_path / "rules")], default_rules=False)
    fresh = list(pages(site, lang, 100, seed=3))  # pages the rules were not learned from
    chrome = removed_chrome = article_lost = 0
    for page in fresh:
        kept = cleaner.clean(page.text, lang=lang, url=page.url).text.splitlines()
        for line, is_chrome in page.lines:
            if is_chrome:
                chrome += 1
                removed_chrome += line not in kept
            else:
                article_lost += line not in kept
    assert article_lost == 0
    assert removed_chrome / chrome >= 0.95


def test_plausible_content_is_held_back(tmp_path):
    rng = random.Random(5)
    quote = ("The investigation into the causes of the accident is continuing, a spokesman for the "
             "regional police said.")
    syndicated = "Officials said the deal would be signed soon."

    def with_lines(page: SitePage, extra: list[str], share: float) -> SitePage:
        lines = list(page.lines)
        for line in extra:
            if rng.random() < share:
                lines.insert(4, (line, False))
        return SitePage(page.site, page.url, lines)

    corpus = [with_lines(p, [quote, syndicated], 0.4) for p in pages("news.example", "en", 200, seed=7)]
    others = [with_lines(p, [syndicated], 0.5) for other in ("a.example", "b.example", "c.example", "d.example")
              for p in pages(other, "en", 30, seed=8)]

    def factory():
        for page in [*corpus, *others]:
            yield Page(page.site, [line for line, _ in page.lines])

    learned = learn(factory, "news.example")
    proposed = {pattern for p in learned.proposals for pattern in p.patterns}
    held = {h.pattern: h.reason for h in learned.held_back}
    assert pattern_of(quote) not in proposed and "long sentence" in held[pattern_of(quote)]
    assert pattern_of(syndicated) not in proposed and "other sites" in held[pattern_of(syndicated)]

    write_corpus(tmp_path / "pages.jsonl", corpus, others)
    done = run_cli("learn", tmp_path / "pages.jsonl", "-o", tmp_path / "r.yaml", "--site", "news.example")
    assert b"held back" in done.stdout and b"other sites" in done.stdout  # the report says what and why


def test_one_file_per_site_into_a_folder(tmp_path):
    corpus = [p for site, lang in SITES[:2] for p in pages(site, lang, 60, seed=4)]
    write_corpus(tmp_path / "pages.jsonl", corpus)
    done = run_cli("learn", tmp_path / "pages.jsonl", "-o", tmp_path / "sites")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "sites").iterdir()) == ["exemple.fr.yaml", "news.example.yaml"]
    refused = run_cli("learn", tmp_path / "pages.jsonl", "-o", tmp_path / "one.yaml")
    assert refused.returncode == 2 and b"the pages come from 2 sites" in refused.stderr


def test_an_output_that_cannot_be_written_is_one_line_naming_it(tmp_path):
    # -o an input page (no .yaml suffix: a folder to write site files into) was an
    # internal error ("FileExistsError: ..."); the page itself is never touched.
    corpus = list(pages("news.example", "en", 30, seed=7))
    write_corpus(tmp_path / "pages.jsonl", corpus)
    before = (tmp_path / "pages.jsonl").read_bytes()
    done = run_cli("learn", tmp_path / "pages.jsonl", "-o", tmp_path / "pages.jsonl", "--site", "news.example")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "cannot write: " in err and "File exists" in err and "Error" not in err
    assert (tmp_path / "pages.jsonl").read_bytes() == before


def test_folder_of_text_files_is_one_site(tmp_path):
    folder = tmp_path / "blog.example"
    folder.mkdir()
    for i, page in enumerate(pages("blog.example", "en", 30, seed=6)):
        (folder / f"{i:03d}.txt").write_text(page.text, encoding="utf-8")
    done = run_cli("learn", folder, "-o", tmp_path / "blog.yaml")
    assert done.returncode == 0, done.stderr
    assert b"from 30 pages of blog.example" in done.stdout


def test_a_sentence_chrome_follows_is_proposed_as_a_line_not_a_marker():
    """A marker's line must be a label (matching.may_mark): a copyright sentence with chrome
    after it is learned as a chrome line, and the rule passes its own examples."""
    from cleaner.matching.selftest import check_rule
    from cleaner.learn import to_yaml
    from cleaner.rules.loader import parse_rule_file

    site_pages = [Page("news.example", [line for line, _ in page.lines]
                       + [f"Example Times {2000 + i % 20}. All rights reserved.", "Home", "Contact us", "Jobs"])
                  for i, page in enumerate(pages("news.example", "en", 60, seed=4))]
    learned = learn(lambda: iter(site_pages), "news.example")
    footer = [p for p in learned.proposals if "rights" in p.value]
    assert footer and all(p.action == "drop_line" for p in footer)
    assert any(p.action == "drop_rest" for p in learned.proposals)  # labels still open cuts
    rules = parse_rule_file(to_yaml(learned), "learned.yaml", "learned").rules
    assert [str(f) for rule in rules for f in check_rule(rule)] == []
