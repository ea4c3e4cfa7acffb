"""Menu runs (matching/menus.py, the en-menu-run rule): a site's menu one item a line goes,
a list an author wrote stays."""

import pytest

from cleaner import Cleaner
from cleaner.matching.menus import cells, is_label

STORY = [
    "The council approved the new bridge over the river on Monday evening after a long debate.",
    "Work will start in the spring and should last about two years, the mayor told reporters.",
    "The old ferry will keep running until the bridge opens to cars, bikes and pedestrians.",
]


def clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def kept(result):
    return result.text.splitlines()


def test_a_menu_at_the_head_between_the_edge_and_a_removed_link_goes():
    result = clean(["Bridge vote", "Home", "News", "World", "Business", "Sport", "Contact us", *STORY])
    assert kept(result) == ["Bridge vote", *STORY]
    assert {r.rule_id for r in result.removals} == {"en-site-links", "en-menu-run"}
    assert all(r.family == "navigation" for r in result.removals)


def test_a_menu_of_table_rows_at_the_tail_goes():
    rows = ["| Business |", "| | |", "| Technology |", "| Entertainment |", "| Health |", "| Sign in |"]
    result = clean(["Bridge vote", *STORY, *rows])
    assert kept(result) == ["Bridge vote", *STORY]


def test_unknown_labels_go_with_the_menu_they_stand_in():
    # "Karachi", "Briefs" name no section the rule knows; the run's ends and its menu words decide.
    result = clean(["Bridge vote", *STORY, "Advertise", "Main News", "Karachi", "Briefs", "Weather", "Privacy policy"])
    assert kept(result) == ["Bridge vote", *STORY]


def test_a_dense_menu_between_other_lines_goes():
    # Six items, five of them a site's sections, between a story and a reader's note.
    menu = ["News", "World", "Lahore", "Business", "Sport", "Weather"]
    result = clean(["Bridge vote", *STORY[:2], *menu, STORY[2]])
    assert kept(result) == ["Bridge vote", *STORY]


@pytest.mark.parametrize("listed", [
    # Ingredients, a table of contents, a list of names, a poem's short lines, dialogue.
    ["Ingredients", "Flour", "Butter", "Sugar", "Eggs"],
    ["Contents", "Introduction", "Methods", "Results", "Discussion"],
    ["The Team", "Anna Keller", "Jonas Weber", "Sara Lind"],
    ["Snow Falls", "On The Roofs", "Of The Town", "Tonight"],
    ["No.", "Yes.", "Why?", "Because."],
])
def test_a_list_between_paragraphs_stays(listed):
    lines = ["Bridge vote", *STORY[:2], *listed, STORY[2]]
    assert kept(clean(lines)) == lines


def test_a_help_page_contents_under_its_title_stays():
    # At the page's head with no chrome beside it, two menu words ("Help", "FAQ") are not enough.
    lines = ["User Guide", "Introduction", "Installation", "Usage", "Help", "FAQ", *STORY]
    assert kept(clean(lines)) == lines


def test_a_list_of_menu_words_inside_the_story_stays():
    # Sections named in the story, between two of its paragraphs, are the story's own list.
    lines = ["Bridge vote", STORY[0], "News", "Sport", "Weather", "Business", *STORY[1:]]
    assert kept(clean(lines)) == lines


def test_a_list_at_the_end_with_no_menu_words_stays():
    # A recipe ending on its garnishes: short title-case lines at the tail, naming no section.
    lines = ["Bridge vote", *STORY, "To Serve", "Fresh Parsley", "Lemon Wedges", "Crusty Bread"]
    assert kept(clean(lines)) == lines


def test_a_data_table_header_stays():
    lines = ["Bridge vote", *STORY, "| Rugby | Soccer | Cricket |", "| 12 | 9 | 4 |", "| 3 | 5 | 7 |"]
    assert kept(clean(lines)) == lines


def test_the_first_line_is_the_title_and_stays():
    lines = ["World Business", "Sport", "Weather", "Contact us", *STORY]
    assert kept(clean(lines))[0] == "World Business"


def test_cleaning_twice_changes_nothing():
    lines = ["Bridge vote", "Home", "News", "World", "Business", *STORY, "| Health |", "| Sign in |", "| Travel |"]
    once = Cleaner().clean("\n".join(lines) + "\n", lang="en").text
    assert Cleaner().clean(once, lang="en").text == once


@pytest.mark.parametrize("text, label", [
    ("Business", True), ("- TOP STORIES", True), ("Arts & Culture", True), ("Life and Style", True),
    ("Contact Us", True), ("Page 2", False), ("No.", False), ("Ingredients:", False),
    ("“Home”", False), ("the way home", False), ("One Two Three Four Five", False),
])
def test_a_label_is_short_title_case_and_unpunctuated(text, label):
    assert is_label(text, 4) is label


def test_a_table_row_is_its_cells():
    assert cells("| Home | | News \\| Sport |") == ["Home", "News | Sport"]
    assert cells("|---|---|") == []
    assert cells("Home") == ["Home"]


def test_a_box_a_page_rule_took_ends_a_run_and_the_title_after_it_stays():
    """A page rule takes a box of other stories whole (family page_box); the story's own title,
    which reads as a label, may follow it and is no item of a menu the box stood in."""
    from cleaner.document import Document, Removal
    from cleaner.matching.menus import menu_run
    from cleaner.rules.book import load_rulebook

    rule = next(r for r in load_rulebook().all_structure() if r.id == "en-menu-run")

    def run(family):
        lines = ["Home", "Bridge works close the Rhine path", "Festival boats draw record crowds",
                 "Zoo welcomes its first elephant calf", "Sunshine State", *STORY]
        doc = Document.from_text("\n".join(lines), lang="en")
        doc.lines[0].removed_by = Removal("en-site-links", "rules/en.yaml", 1, "Home", family="navigation")
        for line in doc.lines[1:4]:
            line.removed_by = Removal("page-box-before-article", "rules/page.yaml", line.number, line.text,
                                      family=family)
        menu_run(doc, rule, [], [])
        return [line.text for line in doc.lines if line.removed_by is None]

    assert run("page_box") == ["Sunshine State", *STORY]
    # A menu its own bars took whole (barred-menu, family box) ends a run the same way.
    assert run("box") == ["Sunshine State", *STORY]
    # Lines line rules removed as chrome stand inside a run: the same title between them goes.
    assert run("related") == STORY


# Barred menus (matching/menus.py barred_menu, rules/structure.yaml barred-menu): items printed
# one a line with the bar that parts them, in any language.
BARRED = ["Kardiologia |", "Neurologia |", "- Onkologia |", "Pediatria |"]


def test_a_menu_printed_one_item_a_line_with_its_bars_goes():
    result = clean(["Bridge vote", *STORY, *BARRED])
    assert kept(result) == ["Bridge vote", *STORY]
    assert [r.rule_id for r in result.removals] == ["barred-menu"] * 4
    # Family box: taken whole by its own bars, it is no evidence for the labels beside it.
    assert all(r.family == "box" for r in result.removals)


def test_headings_between_barred_menus_stay():
    # A directory's headings between its lists of links: the barred runs end a menu run
    # rather than prove one, so the headings are not taken as the menu's items.
    result = clean(["Bridge vote", *STORY, *BARRED, "Radiology Textbooks", "Chest Radiology", *BARRED[:3]])
    assert "Radiology Textbooks" in kept(result) and "Chest Radiology" in kept(result)


def test_a_barred_menu_in_the_middle_of_a_story_goes_too():
    # The bar after each label is the menu's own mark: no chrome line around it is asked.
    result = clean(["Bridge vote", STORY[0], *BARRED, *STORY[1:]])
    assert kept(result) == ["Bridge vote", *STORY]


def test_a_longer_entry_inside_a_barred_menu_goes_with_it():
    # A directory's entry (a site's name and a page's) is longer than a label; among labels with
    # their bars it is the menu's too. Alone, such lines are no menu (below).
    entry = "Guild of Harbour Pilots - Notes of the Winter Meeting at Leith |"
    result = clean(["Bridge vote", *STORY, BARRED[0], entry, *BARRED[1:]])
    assert kept(result) == ["Bridge vote", *STORY]
    assert [r.rule_id for r in result.removals] == ["barred-menu"] * 5


def test_a_travel_plan_with_its_bars_and_a_longer_day_is_no_menu():
    # A week's plan written as a table with no opening bar (atk10): the long row is a sentence's
    # piece, not a directory's title-case entry, and the three short rows alone do not make a run.
    plan = ["Monday | Alfama |", "Tuesday | Belém and the monastery, then custard tarts at the old bakery by the river |",
            "Wednesday | Sintra |", "Thursday | Cascais |"]
    result = clean(["Our week in Lisbon", *STORY, *plan, "We would do it again, though next time we would rest more."])
    assert result.removals == ()
    # A directory's entry with a title and its subtitle still goes with its menu.
    entry = "Guild of Harbour Pilots - Tides and Pilots: A Short History of the Leith Roads |"
    menu = clean(["Bridge vote", *STORY, BARRED[0], entry, *BARRED[1:]])
    assert kept(menu) == ["Bridge vote", *STORY]


def test_a_lead_sheet_s_bar_lines_are_no_menu():
    # Lyrics under their chords, the bars marking the measures (atk10): pieces of a sentence open on
    # words in lower case, which no menu's label does; a brand's "eMedicine |" still reads as a label.
    verse = ["When the |", "tide comes |", "in we |", "sail for |", "the bay |"]
    result = clean(["Harbour song", *STORY, *verse, "Sing it slowly, and hold the last note."])
    assert result.removals == ()
    brands = ["eMedicine |", "Kardiologia |", "Neurologia |"]
    assert kept(clean(["Bridge vote", *STORY, *brands])) == ["Bridge vote", *STORY]


def test_two_barred_items_are_no_menu():
    result = clean(["Bridge vote", *STORY, *BARRED[:2]])
    assert kept(result)[-2:] == BARRED[:2]


def test_table_rows_and_sentences_with_a_bar_stay():
    # A row opens with a bar; a label ending as a sentence ends, or a long line, is no item.
    table = ["| Name | Age |", "|---|---|", "| Ann | 32 |", "| Bob | 41 |"]
    sentences = ["The ferry stops here. |", "It runs all night. |", "Nobody knows why. |"]
    long = ["The ferry keeps running until the new bridge finally opens to cars |"] * 3
    for lines in (table, sentences, long):
        result = clean(["Bridge vote", *STORY, *lines])
        assert kept(result)[-len(lines):] == lines
