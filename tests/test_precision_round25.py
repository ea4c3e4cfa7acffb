"""Article lines the rules took on the six English gold sets, given back (issue #19, the margin of
"article lines lost"): a "Related: …" link an editor sets between two of the story's paragraphs,
which the golds keep as the story's line; a reader's signature over a menu whose items carry bars.

Every text here was written for these tests."""

from cleaner import Cleaner
from conftest import FERRY_STORY, assert_goes_under_story, assert_kept_whole

CLEANER = Cleaner()

RELATED = "Related: Island council asks for a second evening boat"


def test_a_related_link_between_two_paragraphs_stays():
    lines = [*FERRY_STORY[:2], RELATED, *FERRY_STORY[2:]]
    assert_kept_whole(CLEANER, "en", lines)


def test_a_related_link_under_the_story_still_goes():
    assert_goes_under_story(FERRY_STORY, RELATED, "en-related-link", "en")


def test_a_related_link_among_a_box_of_links_still_goes():
    # Over the next story's headline, not between two paragraphs: the link is the box's.
    text = "\n".join([*FERRY_STORY, RELATED, "Ferry fares to rise in spring", ""])
    result = CLEANER.clean(text, lang="en")
    assert RELATED not in result.text
    assert all(line in result.text for line in FERRY_STORY)


def test_read_more_between_two_paragraphs_still_goes():
    # Only "Related:" is narrowed: "Read more: …" between paragraphs is a site's link (must-not-appear
    # snippets of the extractor's own test pages hold it there).
    line = "Read more: Island council asks for a second evening boat"
    result = CLEANER.clean("\n".join([*FERRY_STORY[:2], line, *FERRY_STORY[2:], ""]), lang="en")
    assert [r.rule_id for r in result.removals] == ["en-read-more"]


LETTER = [
    "Our daughter slept badly for weeks until we changed the soap we used for her clothes and sheets.",
    "We tried three brands before one worked, and now the whole family uses it without any rash at all.",
]
BARRED_MENU = ["Home  |  ", "Reviews  |  ", "Advice  |  ", "Members  |  ", "Help  |  "]


def test_a_signature_over_a_barred_menu_stays():
    """A reader's letter signed with a name, the site's menu under it one item a line, each item
    with its bar: the name has none, and is the letter's."""
    result = CLEANER.clean("\n".join([*LETTER, "Maria", *BARRED_MENU, ""]), lang="en")
    assert result.text == "\n".join([*LETTER, "Maria"]) + "\n"
    assert CLEANER.clean(result.text, lang="en").text == result.text


def test_a_menu_item_without_its_bar_over_a_barred_menu_still_goes():
    # Not under a sentence of the text (under a box's label the rules took): the menu's own item.
    result = CLEANER.clean("\n".join([*LETTER, "Share this article", "Forums", *BARRED_MENU, ""]), lang="en")
    assert result.text == "\n".join(LETTER) + "\n"
    # Under a sentence, but the menu's items carry no bar: a menu as any other, its first item too.
    result = CLEANER.clean("\n".join([*LETTER, "Forums", "Home", "Reviews", "Advice", "Members", "Help", ""]), lang="en")
    assert result.text == "\n".join(LETTER) + "\n"
