"""Other stories' teasers listed beside the article (matching/page_teasers.py, rules/page.yaml:
page-teaser-list), on pages written for these tests and extracted by the real trafilatura: each
list item holds a headline link trafilatura drops and a teaser it keeps, a paragraph with no
link text that only its element's name ("news-item-summary") tells from the story's own."""

import pytest

from cleaner import Cleaner
from test_matching_page_rules import STORY

TEASERS = [
    "The regional council will decide next week whether the ferry across the lake keeps running "
    "through the winter months.",
    "Three schools in the old town will open their libraries to neighbours on Saturday mornings "
    "from September.",
    "A new cycle path along the river is to link the two railway stations by the end of next year.",
    "The museum of printing shows a collection of wooden type that a family kept in its attic.",
]
# Two more paragraphs: the story holds most of the page, as a real one beside its lists does.
MORE = [
    "The first trams of the new service left the depot shortly after midnight on Friday, and the "
    "drivers said most of the seats were taken before the second stop.",
    "The council will publish the number of passengers every month, and the service will be "
    "reviewed by the transport committee at the end of its first year of running.",
]
POINTS = [
    "Trams will run every thirty minutes between midnight and five in the morning on weekends.",
    "Night fares will cost the same as day fares, and monthly passes will be valid on every line.",
    "Drivers will be hired from the bus company, which agreed to lend twelve of its staff.",
]


def item(n: int, teaser: str, summary: str = "news-item-summary") -> str:
    return (f'<li class="news-item"><div class="news-item-title"><a href="/city/story-{n}">'
            f'<img src="/img/{n}.jpg" alt=""></a></div><div class="{summary}"><p>{teaser}</p></div></li>')


def page(before: str = "", inside: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY + MORE)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head>'
            f'<body><div class="site">{before}<div class="col-main">{paragraphs}{inside}</div></div></body></html>')


def lists(*groups: list[str], summary: str = "news-item-summary") -> str:
    """One list of teasers a topic, one under the other, as a site prints them."""
    out, n = "", 0
    for group in groups:
        items = ""
        for teaser in group:
            items += item(n, teaser, summary)
            n += 1
        out += f'<ul class="news-list">{items}</ul>'
    return out


def removed(result, rule_id: str = "page-teaser-list") -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_list_of_other_stories_teasers_before_the_article_goes(cleaner):
    result = cleaner.clean_html(page(before=lists(TEASERS)))
    assert removed(result) == TEASERS
    assert all(p in result.text for p in STORY)
    removal = next(r for r in result.removals if r.rule_id == "page-teaser-list")
    assert removal.rule_file.endswith("page.yaml") and removal.family == "page_box"


def test_short_lists_one_under_the_other_make_one_run(cleaner):
    # Two lists of two teasers each: no list alone has three items, the run of them has four.
    result = cleaner.clean_html(page(before=lists(TEASERS[:2], TEASERS[2:])))
    assert removed(result) == TEASERS


def test_two_teasers_are_no_list(cleaner):
    result = cleaner.clean_html(page(before=lists(TEASERS[:2])))
    assert removed(result) == []
    assert all(t in result.text for t in TEASERS[:2])


def test_the_article_s_own_list_of_points_stays(cleaner):
    # List items of prose with no summary's name: the story's points, which the golds keep.
    points = "<ul>" + "".join(f"<li><p>{p}</p></li>" for p in POINTS) + "</ul>"
    result = cleaner.clean_html(page(inside=points))
    assert removed(result) == []
    assert all(p in result.text for p in POINTS)


def test_a_summary_of_key_points_round_the_list_stays(cleaner):
    # The word on the list round the items (a story's "key points" box), not on an item or inside
    # one, says what the whole list is: the story's own summary, which golds keep.
    points = '<ul class="story-summary">' + "".join(f"<li><p>{p}</p></li>" for p in POINTS) + "</ul>"
    result = cleaner.clean_html(page(inside=points))
    assert removed(result) == []
    assert all(p in result.text for p in POINTS)


def test_summaries_outside_list_items_stay(cleaner):
    # A summary in no list item (a story's standfirst in "article-summary") is no list of teasers.
    summaries = "".join(f'<div class="article-summary"><p>{t}</p></div>' for t in TEASERS)
    result = cleaner.clean_html(page(before=summaries))
    assert removed(result) == []


def test_a_list_holding_most_of_the_text_stays(cleaner):
    # A page that is its list of summaries (a digest, an archive) has no article beside it.
    many = TEASERS * 4
    html = ('<!DOCTYPE html><html lang="en"><head><title>Digest</title></head><body>'
            f'<p>{STORY[0]}</p>{lists(many)}</body></html>')
    result = cleaner.clean_html(html)
    assert removed(result) == []


def test_html_mode_only(cleaner):
    # A text has no page: the same paragraphs in text mode stay.
    text = "\n".join([*TEASERS, *STORY]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert removed(result) == []


def test_items_named_by_their_class_make_a_list_too(cleaner):
    # No li: each story a "list_item" div, its teaser in "list_item_announce" (item_words: item).
    items = "".join(f'<div class="list_item"><div class="list_item_announce"><p>{t}</p></div></div>' for t in TEASERS)
    result = cleaner.clean_html(page(before=f'<div class="news_list">{items}</div>'))
    assert removed(result) == TEASERS


@pytest.mark.parametrize("body, message", [
    ("kind: page_section\n    description: d\n    words: [x]\n    item_words: [item]\n",
     "item_words is for the page_teaser_list kind"),
    ("kind: page_teaser_list\n    description: d\n    words: [summary]\n    item_words: [Item]\n",
     "lower-case letters and digits"),
])
def test_item_words_are_checked(body, message):
    from cleaner.rules.loader import parse_rule_file
    from cleaner.rules.model import RuleError

    with pytest.raises(RuleError) as info:
        parse_rule_file("description: d\nstructure:\n  - id: my-rule\n    " + body, "my/page.yaml", "page")
    assert message in str(info.value)


@pytest.mark.parametrize("item_class, summary", [("step", "step-summary"), ("product-item", "product-summary")])
def test_the_article_s_own_steps_or_products_summarised_in_its_list_stay(cleaner, item_class, summary):
    # atk7: a recipe's steps (or a comparison's products) one item each, each step's text in a
    # "step-summary": the article's own list, whose summaries are of no other page.
    steps = "".join(f'<li class="{item_class}"><div class="{summary}"><p>{p}</p></div></li>' for p in TEASERS)
    html = ('<!DOCTYPE html><html lang="en"><head><title>Night trams</title></head><body><article>'
            + "".join(f"<p>{p}</p>" for p in STORY + MORE + STORY[:2]) + f'<ol class="steps">{steps}</ol>'
            + '</article></body></html>')
    result = cleaner.clean_html(html)
    assert removed(result) == []
    assert all(t in result.text for t in TEASERS)


def test_the_chain_s_words_tell_a_teaser_as_the_walk_does():
    # _listed's one look at the first copy's chain of words answers as the walk of every copy's
    # elements does, for the bundled rule, on every line of pages with lists and without.
    from cleaner.data import default_rules_dir
    from cleaner.io.html import extract
    from cleaner.matching.page_teasers import _listed, _listed_walk
    from cleaner.rules.loader import parse_rule_file

    text = (default_rules_dir() / "page.yaml").read_text(encoding="utf-8")
    rule = next(r for r in parse_rule_file(text, "rules/page.yaml", "page").structure if r.kind == "page_teaser_list")
    items = "".join(f'<div class="list_item"><div class="list_item_announce"><p>{t}</p></div></div>' for t in TEASERS)
    points = "<ul>" + "".join(f"<li>{p}</li>" for p in POINTS) + "</ul>"
    pages = [page(before=lists(TEASERS[:2], TEASERS[2:])), page(inside=lists(TEASERS, summary="teaser")),
             page(before=f'<div class="news_list">{items}</div>'), page(inside=points)]
    told = {True: 0, False: 0}
    for html in pages:
        facts = extract(html).facts
        for spot in facts.spots.values():
            answer = _listed(rule, facts, spot, "a short line")  # (the line's own length aside)
            assert answer == _listed_walk(rule, spot)
            told[answer is not None] += 1
    assert told[True] >= 8 and told[False] >= 8
