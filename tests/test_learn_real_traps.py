"""`cleaner learn` on the traps real sites set (measured in docs/learn.md): an author's name
signing every post off, and bylines, on pages of a made-up blog written here."""

from __future__ import annotations

import random

from cleaner.learn import check, learn, report
from cleaner.learn.reader import Page
from test_learn_cli import article, sentence


def blog(count: int, seed: int = 5):
    """A blog's pages (its name, a share label, the title, a byline, the post, the author's name
    signing it off), its rules learned and checked as `cleaner learn` does, and learn's report."""
    rng = random.Random(seed)
    posts = [article(rng, 4) for _ in range(count)]
    pages = [Page("fenland-runner.example", ["Fenland Runner", "Share this post", post[0],
                                             "Post written by Ann Hartley.", *post[1:], "Ann"]) for post in posts]
    checked = check(learn(lambda: iter(pages), "fenland-runner.example"), lambda: iter(pages), "blog.yaml")
    return checked.learned.proposals, "\n".join(report(checked))


def test_a_name_signing_each_post_off_is_held_back_and_said_why():
    proposals, printed = blog(10)
    values = {value for p in proposals for value in p.values}
    assert "Ann" not in values
    assert "held back 'Ann': a signature: it follows the article's prose on 10 of its 10 pages" in printed
    assert "Share this post" in values


def test_a_menu_after_the_article_is_no_signature():
    # Its first item follows the prose as a signature does, but the same items always follow it.
    rng = random.Random(6)
    menu = ["Doctors", "Hospitals", "Pharmacies"]
    pages = [Page("clinic.example", [*article(rng, 3), *menu]) for _ in range(8)]
    learned = learn(lambda: iter(pages), "clinic.example")
    assert [p.values for p in learned.proposals] == [tuple(menu)]
    assert not learned.held_back


def test_a_name_that_opens_pages_is_not_a_signature():
    # The same capitalised word standing above the title on every page is the site's masthead.
    rng = random.Random(8)
    pages = [Page("wren.example", ["Wren", *article(rng, 3)]) for _ in range(8)]
    learned = learn(lambda: iter(pages), "wren.example")
    assert [p.values for p in learned.proposals] == [("Wren",)]
    assert not learned.held_back


def test_a_learned_byline_is_of_the_byline_family():
    proposals, _ = blog(10)
    families = {p.values[0]: p.family for p in proposals}
    assert families["Post written by Ann Hartley."] == "byline"
    assert families["Fenland Runner"] is None


def test_bylines_in_their_usual_forms_are_of_the_byline_family():
    from cleaner.learn.proposals import _family

    for line in ("By Ann Hartley", "Post written by Ann Hartley.", "Article written by guest writer Ann Hartley",
                 "Posted by admin"):
        assert _family(line.casefold(), (line,)) == "byline", line
    for line in ("Share by email", "Sorted by date", "Written in stone by hand"):
        assert _family(line.casefold(), (line,)) is None, line


def test_a_long_sentence_saying_by_is_no_byline():
    rng = random.Random(4)
    line = "Stand by Me is on at the old cinema tonight."
    pages = [Page("cine.example", [*article(rng, 2), line, sentence(rng)]) for _ in range(9)]
    learned = learn(lambda: iter(pages), "cine.example")
    checked = check(learned, lambda: iter(pages), "cine.example.yaml")
    proposed = {p.values[0]: p.family for p in checked.learned.proposals}
    assert proposed == {line: None}  # the line on every page is proposed, as a line of no family
