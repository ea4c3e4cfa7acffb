"""The over-cleaning guard: what it weighs. A misreading takes the text's prose; a short article's
surroundings (menus, buttons above its first paragraph or below its last) are not weighed."""

import pytest

from cleaner import Cleaner

from conftest import write_rules

RULES = """\
rules:
  - id: t-menu
    description: a site's menu items, one a line
    family: navigation
    match: {regex: '^(?:Gardening|Orchards|Allotments|Seed swaps|Greenhouses|Compost|Beekeeping|Ponds) (?:guides|news|forum|shop|events|photos|videos|tips)$'}
  - id: t-short-title
    description: a rule misreading short capitalised titles (a reading list) as related headlines
    family: related
    match: {regex: '^(?:The|A|Seven|Copper|Winter|Letters) [A-Z][\\w'']+(?: [\\w'']+){0,2}$'}
  - id: t-shop-prompt
    description: a shop's prompt under each title of an author's list
    family: promo
    match: {regex: '^Order (?:it|a copy) from (?:these|our) (?:shops|booksellers)(?: online| near you)?:$'}
  - id: t-blog-foot
    description: a blog's footer links
    family: comments
    match: {regex: '^(?:Newer post|Older post|Subscribe to: Post comments)$'}
  - id: t-taken-sentence
    description: a rule that misreads the text's own sentences (what the guard is for)
    family: related
    match: {regex: '^The (?:orchard|allotment)\\b.*\\.$'}
"""

STORY = ("The Pinewood allotments open their gates to visitors on Saturday morning.",
         "Members will show their raised beds, the new rainwater tanks and the bee hives by the gate.",
         "Tea and cakes are served in the pavilion until four, and seedlings are for sale.")
MENU = [f"{place} {kind}" for place in ("Gardening", "Orchards", "Allotments", "Seed swaps", "Greenhouses",
                                        "Compost", "Beekeeping", "Ponds") for kind in ("guides", "news", "forum", "shop", "events",
                                                                          "photos", "videos", "tips")]


@pytest.fixture()
def cleaner(tmp_path):
    write_rules(tmp_path, "t.yaml", RULES)
    return Cleaner(rule_dirs=[str(tmp_path)], default_rules=False)


def test_menus_round_a_short_article_go_whatever_their_share(cleaner):
    text = "\n".join([*MENU[:16], *STORY, *MENU[16:]]) + "\n"
    result = cleaner.clean(text, lang="en")
    # The menus are more than 70% of the characters: a guard weighing them left the page whole.
    menu_chars = sum(map(len, MENU))
    assert menu_chars / (menu_chars + sum(map(len, STORY))) > 0.7
    assert result.text.splitlines() == list(STORY)
    assert not result.notices and len(result.removals) == len(MENU)
    assert cleaner.clean(result.text, lang="en").text == result.text


def test_short_lines_taken_between_paragraphs_are_weighed(cleaner):
    # Between the text's paragraphs the lines are the text's own (a list it holds): no proof of a page round it.
    text = "\n".join([STORY[0], *MENU, STORY[1]]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text == text and result.notices[0].step == "suspicious"


def test_the_text_s_prose_taken_is_weighed_wherever_it_stands(cleaner):
    # A rule taking the text's sentences below its first paragraph is the misreading the guard is for.
    taken = [f"The orchard on the {side} slope was planted with {tree} trees by the first members in spring."
             for side, tree in (("east", "apple"), ("west", "pear"), ("north", "plum"), ("south", "cherry"),
                                ("upper", "quince"), ("lower", "medlar"))]
    text = "\n".join([STORY[0], *taken]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text == text and result.notices[0].step == "suspicious"


def test_a_page_left_with_no_prose_is_weighed_whole(cleaner):
    # Headings and list items alone (a recipe's, a poem's short lines): nothing says they are a page's chrome.
    text = "\n".join(["Allotment notes", *MENU[:12], "Pinewood, spring"]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text == text and result.notices[0].step == "suspicious"


BOOKS = ["The Salt Road", "A Lantern Year", "Seven Winter Crossings", "Copper Kettle Tales", "Winter Harbour",
         "Letters From Skye", "The Glass Orchard", "A Borrowed Coat", "The Last Ferryman", "Copper Hill Stories",
         "Winter Bees", "The Quiet Pier", "A Harbour Wedding", "Seven Lighthouse Keepers", "Letters Home Again",
         "The Orchard Gate", "Copper Moon Rising", "Winter Light"]


@pytest.mark.parametrize("intro", [
    ["The reading group chose these books for its coming season."],
    ["Our reading group meets in the library on Thursdays.", "It chose these books for its coming season:"],
])
def test_a_list_under_one_sentence_or_a_colon_is_weighed(cleaner, intro):
    # One kept sentence proves no article round the lines, and a last paragraph ending on a colon
    # announces what the rule took: both pages are given back whole.
    text = "\n".join([*intro, *BOOKS]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text == text and result.notices[0].step == "suspicious"


def test_a_menu_above_one_kept_sentence_goes_unweighed(cleaner):
    # Above the text the lines are the page round it, however short the text; below one sentence they are weighed.
    text = "\n".join([*MENU, STORY[1]]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text == STORY[1] + "\n" and not result.notices


FOOT = [line for title in ("The Salt Road", "Winter Harbour", "Letters From Skye", "The Quiet Pier")
        for line in (title, "Order a copy from these booksellers online:", "Order it from our shops near you:")]
FOOT += ["Newer post", "Older post", "Subscribe to: Post comments", "Gardening news", "Orchards events"]


def test_a_foot_of_several_kinds_under_one_sentence_goes_unweighed(cleaner):
    # Under one kept sentence, lines rules of three families took (a shop's prompts, a blog's
    # footer, a menu) are the page's foot, not a list misread: the rest of the page goes.
    text = "\n".join([STORY[1], *FOOT]) + "\n"
    result = cleaner.clean(text, lang="en")
    assert result.text.splitlines()[0] == STORY[1] and not result.notices
    assert {r.rule_id for r in result.removals} == {"t-shop-prompt", "t-blog-foot", "t-menu", "t-short-title"}
    assert cleaner.clean(result.text, lang="en").text == result.text


def test_a_foot_of_two_kinds_or_under_a_colon_is_still_weighed(cleaner):
    # The shop's prompts and the blog's footer alone: two families (the titles and the menu are the other two).
    two_kinds = [line for line in FOOT if line.startswith(("Order", "Newer", "Older", "Subscribe"))]
    for text in ("\n".join([STORY[1], *two_kinds]) + "\n",
                 "\n".join(["Our club chose these titles for its winter readings, and here is where to find them:",
                            *FOOT]) + "\n"):
        result = cleaner.clean(text, lang="en")
        assert result.text == text and result.notices[0].step == "suspicious"
