"""page-headline-run (kind page_headline_run, matching/page_teasers.py): other stories listed after
the article's last paragraph, each a linked headline with one line of teaser, source or date under
it, go; a reading list of links alone, sources given as bare addresses, two stories only, the same
run inside the story's own element or in an element like its paragraphs', a page of one paragraph
and headlines above a paragraph stay. Every page here is written for the test and
extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from conftest import PIER_STORY

STORY = PIER_STORY
OTHERS = [("Ferry fares to rise in spring", "The operator said fuel costs had doubled since last year"),
          ("New library opens on the square", "Harbour Times, January 26"),
          ("Council votes on parking plan", "Residents packed the hall for the third night running"),
          ("School roof repaired at last", "Harbour Times, January 27")]


def _items(pairs) -> str:
    rows = "".join(f'<tr><td><a href="/story{n}.html">{head}</a><br>{under}</td></tr>\n'
                   for n, (head, under) in enumerate(pairs))
    return f"<table>{rows}</table>"


def _page(story: list[str], after: str = "", before: str = "", inside: str = "") -> str:
    """A story in an element of its own (``before`` and ``inside`` within it), and ``after`` it in
    the layout cell round both, as the sites of 2007 printed other stories under their text."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in story)
    return ('<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title></head><body><table><tr><td>'
            f'<div id="col1"><h1>Pier to be rebuilt</h1>\n{before}{paragraphs}{inside}</div>{after}'
            "</td></tr></table></body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def _removed(result) -> list[str]:
    return [r.text for r in result.removals if r.rule_id == "page-headline-run"]


def test_other_stories_with_their_teasers_after_the_article_go(cleaner):
    result = cleaner.clean_html(_page(STORY, after=_items(OTHERS)))
    assert _removed(result) == [line for pair in OTHERS for line in pair]
    assert result.text.split("\n")[-4:-1] == STORY
    # The page proves the box: family page_box, which the over-cleaning guard weighs apart.
    assert {r.family for r in result.removals if r.rule_id == "page-headline-run"} == {"page_box"}


@pytest.mark.parametrize("at", [0, 3])
def test_a_teaser_that_reads_as_a_paragraph_is_still_part_of_the_run(cleaner, at):
    # A teaser of a full sentence, eight words or more, is no last paragraph of the article.
    others = list(OTHERS)
    others[at] = (others[at][0], "The builders finished the work a week before the pupils came back.")
    result = cleaner.clean_html(_page(STORY, after=_items(others)))
    assert _removed(result) == [line for pair in others for line in pair]


def test_two_stories_are_no_run(cleaner):
    result = cleaner.clean_html(_page(STORY, after=_items(OTHERS[:2])))
    assert _removed(result) == []


def test_a_reading_list_of_links_alone_stays(cleaner):
    links = "".join(f'<tr><td><a href="/story{n}.html">{head}</a></td></tr>\n' for n, (head, _) in enumerate(OTHERS))
    result = cleaner.clean_html(_page(STORY, after=f"<table>{links}</table>"))
    # (beside the story, page-link-run takes such a list: a run of links in table cells)
    assert _removed(result) == []


def test_sources_given_as_bare_addresses_stay(cleaner):
    # A title in plain text and its address linked under it: one word a link is no headline.
    sources = [("The board's report on the pier", "/reports/pier.html"),
               ("The town's plan for the harbour", "/plans/harbour.html"),
               ("Tide tables for the year", "/tides/table.html")]
    rows = "".join(f'<tr><td>{title}<br><a href="{url}">{url}</a></td></tr>\n' for title, url in sources)
    result = cleaner.clean_html(_page(STORY, after=f"<table>{rows}</table>"))
    assert _removed(result) == []
    assert all(title in result.text for title, _ in sources)


def test_the_same_run_inside_the_storys_own_element_stays(cleaner):
    # There the linked titles and the lines under them are its reading list, its sources.
    result = cleaner.clean_html(_page(STORY, inside=_items(OTHERS)))
    assert _removed(result) == []
    assert all(head in result.text for head, _ in OTHERS)


def test_a_run_in_an_element_like_the_storys_paragraphs_stays(cleaner):
    # The story's parts each in an element of one class, and the run in another of that class:
    # the run may be the story's own end, set beside it.
    parts = "".join(f'<div class="part">{_items([pair])}</div>' for pair in OTHERS)
    html = _page(STORY, after=parts).replace(
        "".join(f"<p>{p}</p>\n" for p in STORY), "".join(f'<div class="part"><p>{p}</p></div>\n' for p in STORY))
    result = cleaner.clean_html(html)
    assert _removed(result) == []
    assert all(head in result.text for head, _ in OTHERS)


def test_a_page_of_one_paragraph_keeps_its_run(cleaner):
    result = cleaner.clean_html(_page(STORY[:1], after=_items(OTHERS)))
    assert _removed(result) == []


def test_headlines_above_the_last_paragraph_stay(cleaner):
    # The same pairs between the story's paragraphs are the story's own list (paragraphs here:
    # trafilatura moves a table inside the story's cell to the end of the text).
    pairs = "".join(f'<p><a href="/story{n}.html">{head}</a><br>{under}</p>\n' for n, (head, under) in enumerate(OTHERS))
    result = cleaner.clean_html(_page(STORY[1:], before=f"<p>{STORY[0]}</p>" + pairs))
    assert _removed(result) == []
    assert all(head in result.text for head, _ in OTHERS)


def test_text_mode_has_no_page(cleaner):
    text = "\n".join([*STORY, *(line for pair in OTHERS for line in pair)]) + "\n"
    assert _removed(cleaner.clean(text, lang="en")) == []


def test_its_parameters_are_read_from_yaml():
    from cleaner.rules.loader import parse_rule_file

    body = ("structure:\n  - id: my-run\n    kind: page_headline_run\n    description: other stories\n"
            "    link_share: 70%\n    min_lines: 4\n    max_words: 10\n    max_line_words: 20\n    prose_words: 6\n"
            "    article_held: 60%\n    family: page_box\n")
    rule = parse_rule_file(body, "my/page.yaml", "page").structure[0]
    assert (rule.link_share, rule.min_lines, rule.max_words, rule.max_line_words, rule.prose_words, rule.article_held,
            rule.family) == (0.7, 4, 10, 20, 6, 0.6, "page_box")
