"""page-foot-menu (kind page_top_menu with where: after, matching/page_rules.py): links one a line
below the story's last paragraph, set in the story's own container where no box of their own parts
them from it (cards of other stories, each a link round its headline and its writer). The lists a
story ends on stay: its sources, a reading list, a recipe's ingredients, a FAQ's questions. Every
page here is written for the test and extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from conftest import PIER_STORY

STORY = PIER_STORY
# Other stories' cards: a headline of at most six words and its writer's name, each card one link.
CARDS = [("Night buses for the coast", "Mara Stein"), ("A lighthouse keeper's winter", "Tom Ashby"),
         ("Why ferry fares went up", "Lena Hoyt"), ("Gulls, chips and the council", "Owen Price")]


def _cards(pairs, href: str = "/ideas/{n}") -> str:
    return "".join(f'<a href="{href.format(n=n)}" class="card"><div class="card-text"><p class="headline">{first}</p>'
                   f'<p class="user">{second}</p></div></a>\n' for n, (first, second) in enumerate(pairs))


def _page(foot: str, story: list[str] = STORY) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in story)
    return ('<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title></head><body>'
            f'<div class="post"><h1>Pier to be rebuilt</h1>\n{paragraphs}\n{foot}</div></body></html>')


def _lines(pairs) -> list[str]:
    return [line for pair in pairs for line in pair]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def _removed(result, rule_id: str = "page-foot-menu") -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


def test_cards_of_other_stories_under_the_story_go(cleaner):
    result = cleaner.clean_html(_page(_cards(CARDS)))
    assert _removed(result) == _lines(CARDS)
    assert result.text.split("\n")[-4:-1] == STORY
    # The page proves the run: family page_box, as page-top-menu's.
    assert {r.family for r in result.removals if r.rule_id == "page-foot-menu"} == {"page_box"}


def test_a_short_run_under_the_story_stays(cleaner):
    # Two cards, four links: a story's closing pair of links has that shape too.
    result = cleaner.clean_html(_page(_cards(CARDS[:2])))
    assert _removed(result) == []
    assert all(line in result.text for line in _lines(CARDS[:2]))


def test_a_page_of_one_paragraph_keeps_its_links(cleaner):
    # A line of introduction over links: the links are the page's content (a directory, an index).
    result = cleaner.clean_html(_page(_cards(CARDS), STORY[:1]))
    assert _removed(result) == []


def test_links_right_inside_the_storys_element_are_its_sources(cleaner):
    # The story's sources, one link a line in the element that holds its paragraphs.
    sources = ["Harbour board minutes", "Regional budget, page four", "Storm damage survey", "Fishing fleet census",
               "Pier history society", "Tide tables for April", "Council planning notice", "Ferry operator statement"]
    links = "".join(f'<a href="/docs/{n}.html">{s}</a><br>\n' for n, s in enumerate(sources))
    result = cleaner.clean_html(_page(links))
    assert _removed(result) == []
    assert all(source in result.text for source in sources)


def test_a_reading_list_with_years_stays(cleaner):
    # The story ends on the books it draws on, each linked to its page: works with their years.
    books = [("The Salt Road (1968)", "Tides of Kettle Bay (1971)"), ("Harbour Lights (1983)", "Piers and Jetties (1990)"),
             ("Winter on the Mole (1994)", "The Ferryman's Log (2001)"), ("Gull Island (2008)", "Old Stone Quays (2015)")]
    result = cleaner.clean_html(_page(_cards(books)))
    assert _removed(result) == []
    assert all(book in result.text for book in _lines(books))


def test_a_recipes_ingredients_stay(cleaner):
    # Lines opening on amounts, each linked to a shop: the page's own list, not a menu.
    items = [("200 g plain flour", "3 large eggs"), ("150 g caster sugar", "2 unwaxed lemons"),
             ("100 g soft butter", "1 tsp baking powder"), ("50 ml whole milk", "100 g icing sugar")]
    result = cleaner.clean_html(_page(_cards(items, "/shop/{n}")))
    assert _removed(result) == []
    assert all(line in result.text for line in _lines(items))


def test_a_faqs_questions_linked_within_the_page_stay(cleaner):
    # Links to places in the page are no link text: a table of contents, a FAQ's questions.
    questions = [("When does work start?", "Who pays for it?"), ("Where do boats moor?", "Is the path open?"),
                 ("How long will it take?", "Who do I ask?"), ("Will fares change?", "What about the cafe?")]
    result = cleaner.clean_html(_page(_cards(questions, "#q{n}")))
    assert _removed(result) == []


def test_text_mode_has_no_page(cleaner):
    text = "\n".join([*STORY, *_lines(CARDS)]) + "\n"
    assert _removed(cleaner.clean(text, lang="en")) == []


def test_where_is_read_from_yaml_for_the_kind():
    from cleaner.rules.loader import parse_rule_file

    body = ("structure:\n  - id: my-foot\n    kind: page_top_menu\n    description: a menu\n"
            "    where: after\n    min_lines: 6\n    family: page_box\n")
    rule = parse_rule_file(body, "my/page.yaml", "page").structure[0]
    assert (rule.where, rule.min_lines) == ("after", 6)


def test_where_outside_is_refused_for_the_kind():
    from cleaner.rules.loader import parse_rule_file
    from cleaner.rules.model import RuleError

    body = ("structure:\n  - id: my-foot\n    kind: page_top_menu\n    description: a menu\n"
            "    where: outside\n")
    with pytest.raises(RuleError, match="where: outside is for the page_section kind"):
        parse_rule_file(body, "my/page.yaml", "page")
