"""`cleaner eval --learn`: a site's chrome learned from a labelled set's own pages (never its
gold) and applied, in-sample or held out, on a made-up site's pages written here."""

from __future__ import annotations

import json
import random

import yaml

from conftest import run_cli
from test_evaluation import write_set

NOUNS = "ferry harbour council bridge market museum school railway library garden festival tram".split()
VERBS = "opened closed delayed approved rebuilt reviewed funded repainted extended moved".split()
CHROME = ["Tide tables and ferry times", "Gazette crossword of the week", "Letters to the editor"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(NOUNS), rng.choice(VERBS), "the", rng.choice(NOUNS), "and", str(rng.randint(2, 900)),
             rng.choice(NOUNS), "workers", rng.choice(VERBS), "it", "before", "the", "winter", "came"]
    return " ".join(words).capitalize() + "."


def gazette(count: int, seed: int = 3) -> tuple[dict[str, str], dict[str, dict]]:
    """A news site's pages, each with a canonical link, three article paragraphs and the same
    three chrome lines under them; the gold holds the paragraphs."""
    rng = random.Random(seed)
    pages, labels = {}, {}
    for i in range(count):
        body = [sentence(rng) + " " + sentence(rng) for _ in range(3)]
        paragraphs = "".join(f"<p>{p}</p>\n" for p in [*body, *CHROME])
        pages[f"{i:03d}"] = (
            "<!DOCTYPE html><html><head><title>Gazette story</title>"
            f"<link rel='canonical' href='https://harbour-gazette.example/news/{i}'></head><body>"
            f"<article><h1>The {rng.choice(NOUNS)} story number {i}</h1>\n{paragraphs}</article></body></html>")
        labels[f"{i:03d}"] = {"text": "\n".join(body)}
    return pages, labels


def evaluate(tmp_path, name: str, *extra):
    out = tmp_path / f"{name}.json"
    done = run_cli("eval", tmp_path / "gazette", "-j", "1", "--json", out, *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stderr.decode()


def test_held_out_rules_remove_the_sites_chrome_and_no_article_line(tmp_path):
    write_set(tmp_path / "gazette", *gazette(12))
    plain, _ = evaluate(tmp_path, "plain")
    learned, stderr = evaluate(tmp_path, "held", "--learn", "held-out", "--learned", tmp_path / "learned")
    before, after = plain["sets"]["gazette"], learned["sets"]["gazette"]
    assert before["pages"] == after["pages"] == 12  # every page scored once, by the half that did not see it
    assert after["chrome_removed"] >= before["chrome_removed"] + 3 * 12
    assert after["gold_removed"] == 0
    assert "learned fold-1" in stderr and "learned fold-2" in stderr
    for fold in ("fold-1", "fold-2"):
        rules = tmp_path / "learned" / fold / "harbour-gazette.example.yaml"
        data = yaml.safe_load(rules.read_text(encoding="utf-8"))
        assert data["sites"] == ["harbour-gazette.example"]
        assert "of 6 pages" in data["rules"][0]["description"]  # learned from its half only
        # Each fold is a rule set of its own (the same ids in both): tested one at a time.
        assert run_cli("rules", "test", "--rules", rules.parent, "--no-default-rules").returncode == 0


def test_in_sample_learns_from_every_page_and_too_few_pages_learn_nothing(tmp_path):
    write_set(tmp_path / "gazette", *gazette(6))
    learned, _ = evaluate(tmp_path, "all", "--learn", "all", "--learned", tmp_path / "learned")
    rules = yaml.safe_load((tmp_path / "learned" / "all" / "harbour-gazette.example.yaml").read_text("utf-8"))
    assert "of 6 pages" in rules["rules"][0]["description"]
    assert learned["sets"]["gazette"]["gold_removed"] == 0
    # Held out, each half has 3 pages: fewer than learn's 5, so nothing is learned or removed.
    held, _ = evaluate(tmp_path, "held", "--learn", "held-out", "--learned", tmp_path / "halves")
    plain, _ = evaluate(tmp_path, "plain")
    assert held["sets"]["gazette"]["chrome_removed"] == plain["sets"]["gazette"]["chrome_removed"]
    assert not list((tmp_path / "halves").rglob("*.yaml"))


def test_learned_without_learn_is_refused(tmp_path):
    write_set(tmp_path / "gazette", *gazette(2))
    done = run_cli("eval", tmp_path / "gazette", "--learned", tmp_path / "x")
    assert done.returncode == 2 and b"--learn" in done.stderr


def test_held_out_halves_alternate_within_each_site_and_cover_every_page_once():
    from cleaner.evaluation import Page as Labelled
    from cleaner.learn.labelled import split

    pages = [Labelled("s", f"{i:02d}", None) for i in range(7)]
    sites = ["a.example", "b.example", "a.example", "", "a.example", "b.example", "a.example"]
    (learn_1, scored_1), (learn_2, scored_2) = split(pages, sites, "held-out")
    assert sorted(scored_1 + scored_2) == list(range(7))  # every page scored once
    assert scored_1 == [0, 1, 3, 4] and scored_2 == [2, 5, 6]  # a.example: 0 4 | 2 6; b.example: 1 | 5
    assert set(learn_1) == set(scored_2) and set(learn_2) == set(scored_1)  # each half learns for the other
    assert split(pages, sites, "all") == [(list(range(7)), list(range(7)))]
