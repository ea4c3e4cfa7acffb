"""page-top-menu (kind page_top_menu, matching/page_rules.py): a site's menu above the story, one
link a line, goes wherever it stands and however much of the text it holds; a directory, an index
and links below the first paragraph stay. Every page here is written for the test and extracted
by the real trafilatura."""

import pytest

from cleaner import Cleaner
from conftest import PIER_STORY

STORY = PIER_STORY
SECTIONS = ["Where to park in town", "Ferry times this week", "Schools and their terms", "Our local clubs",
            "What's on this month", "Tides and the weather", "Write to the editor", "Your photos of the bay",
            "Family notices", "Houses for sale here", "Jobs in the district", "Cars for sale nearby",
            "Older stories by date", "How to reach us"]


def _menu(items: list[str]) -> str:
    return "".join(f'<a href="/{n}.html">{item}</a><br>\n' for n, item in enumerate(items))


def _page(menu: str, story: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in story)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title></head><body><table><tr>'
            f'<td><font size="1">{menu}</font></td>'
            f"<td><h1>Pier to be rebuilt</h1>\n{paragraphs}</td></tr></table></body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def _removed(result, rule_id: str = "page-top-menu") -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


def test_a_long_menu_above_a_short_story_goes(cleaner):
    # The menu's cell holds more of the text than page-link-run allows a box beside the article.
    result = cleaner.clean_html(_page(_menu(SECTIONS), STORY))
    assert _removed(result) == SECTIONS
    assert result.text.split("\n")[-4:-1] == STORY
    # The page proves the menu: family page_box, which the over-cleaning guard weighs apart.
    assert {r.family for r in result.removals if r.rule_id == "page-top-menu"} == {"page_box"}


def test_a_short_run_above_the_story_stays(cleaner):
    # (page-link-run takes these: a cell holding little of the text)
    result = cleaner.clean_html(_page(_menu(SECTIONS[:9]), STORY))
    assert _removed(result) == []


def test_a_directory_with_one_paragraph_keeps_its_links(cleaner):
    # A page of links with a line of introduction is the links' page: they are its content.
    result = cleaner.clean_html(_page(_menu(SECTIONS), STORY[:1]))
    assert _removed(result) == []
    assert all(section in result.text for section in SECTIONS)


def test_links_below_the_first_paragraph_stay(cleaner):
    # The same run after a paragraph is the story's own list (its sources, a reading list).
    result = cleaner.clean_html(_page(f"<p>{STORY[0]}</p>" + _menu(SECTIONS), STORY[1:]))
    assert _removed(result) == []
    assert all(section in result.text for section in SECTIONS)


def test_a_run_of_plain_lines_is_no_menu(cleaner):
    # The same short lines with no link: a list the page prints, not a menu the page proves.
    plain = "".join(f"{item}<br>\n" for item in SECTIONS)
    result = cleaner.clean_html(_page(plain, STORY))
    assert _removed(result) == []


def test_text_mode_has_no_page(cleaner):
    text = "\n".join([*SECTIONS, *STORY]) + "\n"
    assert _removed(cleaner.clean(text, lang="en")) == []


def test_its_parameters_are_read_from_yaml():
    from cleaner.rules.loader import parse_rule_file

    body = ("structure:\n  - id: my-menu\n    kind: page_top_menu\n    description: a menu\n"
            "    link_share: 70%\n    min_lines: 4\n    max_words: 3\n    prose_words: 6\n    family: page_box\n")
    rule = parse_rule_file(body, "my/page.yaml", "page").structure[0]
    assert (rule.link_share, rule.min_lines, rule.max_words, rule.prose_words, rule.family) == (0.7, 4, 3, 6, "page_box")


def _one_cell_page(cell: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><title>Lemon loaf</title></head><body><table><tr>'
            f'<td><h1>Lemon loaf</h1>\n{cell}</td></tr></table></body></html>')


INGREDIENTS = ["200 g flour", "150 g caster sugar", "3 large eggs", "2 unwaxed lemons", "100 g soft butter",
               "1 tsp baking powder", "a pinch of salt", "50 ml whole milk", "100 g icing sugar",
               "1 tbsp poppy seeds", "zest of an orange"]
BOOKS = ["The Waves", "Middlemarch", "Bleak House", "Moby-Dick", "Ulysses", "Beloved", "Emma", "Dracula",
         "Persuasion", "Frankenstein", "Jane Eyre"]


@pytest.mark.parametrize("items", [INGREDIENTS, BOOKS])
def test_links_in_the_first_paragraphs_own_element_are_the_articles_list(cleaner, items):
    # A recipe's ingredients, each linked to a shop, or the titles a review goes on to discuss:
    # the same run of short links above the first paragraph, but in the element that holds it.
    paragraphs = "".join(f"<p>{p}</p>\n" for p in STORY)
    result = cleaner.clean_html(_one_cell_page("<b>What you need</b><br>\n" + _menu(items) + paragraphs))
    assert _removed(result) == []
    assert all(item in result.text for item in items)


def test_a_recipes_ingredients_in_a_cell_beside_its_method_stay(cleaner):
    # The shape of a menu beside a story (a cell of short links, the paragraphs in the next), but
    # its lines open on amounts: a menu's items are words.
    method = "".join(f"<p>{p}</p>\n" for p in STORY)
    page = ('<!DOCTYPE html><html lang="en"><head><title>Lemon loaf</title></head><body><table><tr>'
            f'<td class="ingredients">{_menu(INGREDIENTS)}</td><td><h1>Lemon loaf</h1>\n{method}</td>'
            '</tr></table></body></html>')
    result = cleaner.clean_html(page)
    assert _removed(result) == []
    assert all(item in result.text for item in INGREDIENTS)


def test_the_storys_title_linked_to_its_own_page_stays_under_the_menu(cleaner):
    # The title is the last line before the first paragraph, a link in a heading: no menu item.
    page = _page(_menu(SECTIONS), STORY).replace("<h1>Pier to be rebuilt</h1>",
                                                 '<h1><a href="/2024/pier.html">Pier to be rebuilt</a></h1>')
    result = cleaner.clean_html(page)
    assert _removed(result) == SECTIONS
    assert "Pier to be rebuilt" in result.text
