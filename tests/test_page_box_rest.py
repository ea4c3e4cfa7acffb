"""page-box-rest (rules/page.yaml): in HTML mode, what the rules left of a box beside the article
once they took most of it as chrome goes (its heading, its blurb); a box they took little of
stays, removals of a byline or a date prove nothing, and a text (no page) keeps every line. A box
holding a part of its own (a heading over lines, a list) stays; page-box-rest-after takes a box's
rest below the story's last line at 40%.
Pages written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import removed_by

STORY = [
    "The council voted on Tuesday to keep the old library open for three more years, after a long evening of debate.",
    "Residents had collected more than four thousand signatures asking for the building to stay in public hands.",
    "The mayor said the decision would be reviewed once the repairs to the roof were finished next spring.",
    "A local historian told the meeting that the library had served the town since the winter of 1911.",
    "Volunteers will run a book sale in the entrance hall every Saturday morning until the end of March.",
]
HEADING = "Around the Valley"
BLURB = "Our reporters cover the towns of the upper valley every day of the week."
# Lines the text rules remove as chrome (share and page tools) wherever they stand.
TOOLS = ["Share on Facebook", "Share on Twitter", "Email this story", "Print this page"]


def page(box: str, before: str = "", in_article: bool = False) -> str:
    story = '<div class="story-text">' + "".join(f"<p>{line}</p>" for line in STORY) + "</div>"
    inner = f"<article class=\"entry\">{story}{box}</article>" if in_article else f"{before}{story}{box}"
    return ('<!DOCTYPE html><html lang="en"><head><title>Library</title></head><body>'
            f'<div class="page">{inner}</div></body></html>')


def box(*lines: str) -> str:
    return '<div class="col-b">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_the_rest_of_a_box_the_rules_mostly_took_goes(cleaner):
    result = cleaner.clean_html(page(box(*TOOLS[:2], HEADING, BLURB, *TOOLS[2:])), title="drop")
    assert removed_by(result, "page-box-rest") == [HEADING, BLURB]
    assert result.text.strip().split("\n") == STORY


def test_a_box_the_rules_took_little_of_stays(cleaner):
    # Two chrome lines of six: a box of the story's own facts with its share buttons.
    facts = ["Opening hours", "The reading room opens at nine on weekdays and at ten on Saturdays.",
             "Entry is free for residents and their guests.", "Parking is on Mill Lane."]
    result = cleaner.clean_html(page(box(*facts, *TOOLS[:2])), title="drop")
    assert removed_by(result, "page-box-rest") == []
    for line in facts:
        assert line in result.text.split("\n")


def test_a_byline_and_a_date_prove_no_box(cleaner):
    # The story's header in an element of its own above the paragraphs: the rules take its byline
    # and date, which golds and readers keep with the headline; the headline stays.
    headline = "Library stays open for three more years"
    head = f'<div class="head-b"><p>{headline}</p><p>By Anna Keller</p><p>March 3, 2021</p></div>'
    result = cleaner.clean_html(page("", before=head), title="keep")
    assert {r.family for r in result.removals if r.text in ("By Anna Keller", "March 3, 2021")} <= {"byline", "dateline"}
    assert removed_by(result, "page-box-rest") == []
    assert headline in result.text.split("\n")


def test_a_box_inside_the_article_element_stays(cleaner):
    result = cleaner.clean_html(page(box(HEADING, BLURB, *TOOLS), in_article=True), title="drop")
    assert removed_by(result, "page-box-rest") == []
    assert BLURB in result.text.split("\n")


def test_long_lines_of_the_box_stay(cleaner):
    long_line = ("The library's friends meet on the first Monday of each month in the small hall behind the "
                 "reading room, where new members are always welcome to join the committee, help with the "
                 "spring book sale and bring their ideas for the talks, the reading groups and the children's "
                 "summer programme in the garden.")
    result = cleaner.clean_html(page(box(*TOOLS[:2], HEADING, long_line, *TOOLS[2:])), title="drop")
    assert removed_by(result, "page-box-rest") == [HEADING]
    assert long_line in result.text.split("\n")


def test_the_line_right_under_the_article_stays(cleaner):
    # The box's first line follows the story's last paragraph: it may be the story's foot (a post's
    # date row, a signature) that the page's layout set in the box beside it.
    result = cleaner.clean_html(page(box(HEADING, BLURB, *TOOLS)), title="drop")
    assert removed_by(result, "page-box-rest") == [BLURB]
    assert HEADING in result.text.split("\n")


def test_a_text_keeps_every_line(cleaner):
    # A text has no page: nothing says which lines stood in one box.
    text = "\n".join([*STORY, HEADING, BLURB, *TOOLS])
    result = cleaner.clean(text)
    assert removed_by(result, "page-box-rest") == []
    assert BLURB in result.text.split("\n")


def test_cleaning_twice_equals_cleaning_once(cleaner):
    html = page(box(*TOOLS[:2], HEADING, BLURB, *TOOLS[2:]))
    once = cleaner.clean_html(html, title="drop")
    again = cleaner.clean_html(html, title="drop")
    assert once.text == again.text
    assert cleaner.clean(once.text).text == once.text


@pytest.mark.parametrize("body, message", [
    ("kind: page_box_rest\n    description: d\n    article_held: 50%\n    unless_families: [gossip]\n",
     "unknown family 'gossip'"),
    ("kind: page_box_rest\n    description: d\n    article_held: 50%\n    taken: 160%\n", "must be a share"),
    ("kind: page_box_rest\n    description: d\n", "needs article_held"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    taken: 60%\n",
     "taken is for the page_box_rest kind"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    part_lines: 2\n",
     "part_lines is for the page_box_rest kind"),
    ("kind: page_box_rest\n    description: d\n    article_held: 50%\n    item_lines: 0\n", "item_lines"),
    ("kind: page_box_rest\n    description: d\n    article_held: 50%\n    where: before\n", "where must be after"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    unless_prose: 6\n",
     "unless_prose is for the page_box_rest kind"),
    ("kind: menu_run\n    description: d\n    unless_families: [byline]\n", "is for the page kinds"),
])
def test_the_parameters_are_checked(body, message):
    from cleaner.rules.loader import parse_rule_file
    from cleaner.rules.model import RuleError

    with pytest.raises(RuleError) as info:
        parse_rule_file("description: d\nstructure:\n  - id: my-rule\n    " + body, "my/page.yaml", "page")
    assert message in str(info.value)


def test_the_rule_runs_apart_once_the_rounds_settle(cleaner):
    # The rounds' structure rules never see it: a line it took would end another rule's run (a
    # menu's items under their heading) before that rule took the run whole.
    _, rounds, settled = cleaner._rules_for("en", None)
    assert [rule.id for rule in settled] == ["page-lone-link", "page-box-rest", "page-box-rest-after"]
    assert not {"page-lone-link", "page-box-rest", "page-box-rest-after"} & {rule.id for rule in rounds}


# A box of the story's own beside the page's widgets: the rules take the widgets' lines (most of
# the box), and what they leave is the box's own part, under its heading or in its list.
WIDGETS = ["Share on Facebook", "Share on Twitter", "Email this story", "Print this page",
           "Rate this recipe", "Leave a comment", "Sign up for our newsletter"]


def card_page(card: str) -> str:
    # A wrapper trafilatura reads whole, so that the card's headings and lists are extracted.
    story = '<div class="col-a">' + "".join(f"<p>{line}</p>" for line in STORY) + "</div>"
    return ('<!DOCTYPE html><html lang="en"><head><title>Library</title></head><body>'
            f'<div id="content">{story}<div class="col-b">{card}</div></div></body></html>')


def items(lines, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{tag}>"


def paragraphs(lines):
    return "".join(f"<p>{line}</p>" for line in lines)


RECIPE = ["Ingredients", "1 cup pearl barley", "2 leeks, sliced", "1 litre vegetable stock"]
FACTS = ["2,400 books lent each week", "1911: the year the library opened", "£80,000 for the new roof"]
TIMELINE = ["Timeline", "1911 – The library opens on Mill Lane", "1974 – A reading room is added",
            "2024 – The roof begins to leak"]
STEPS = ["How to volunteer", "Fill in the form at the front desk.", "Bring a letter from a referee.",
         "Wait for a call within two weeks."]


@pytest.mark.parametrize("card, own", [
    # A recipe card: its title over the share buttons, its ingredients under their heading.
    ("<h2>Barley and Leek Soup</h2>" + paragraphs(WIDGETS[:4]) + f"<h3>{RECIPE[0]}</h3>" + items(RECIPE[1:])
     + paragraphs(WIDGETS[4:]) + "<p>Like</p><p>Tweet</p>", ["Barley and Leek Soup", *RECIPE]),
    # A fact box of the story's figures, its list with no heading element.
    ("<p><b>Key figures</b></p>" + items(FACTS) + paragraphs(WIDGETS), FACTS),
    # A timeline under its heading after the share buttons.
    (paragraphs(WIDGETS[:4]) + f"<h3>{TIMELINE[0]}</h3>" + items(TIMELINE[1:]) + paragraphs(WIDGETS[4:]), TIMELINE),
    # The steps of an application, under a heading over paragraphs.
    (paragraphs(WIDGETS[:4]) + f"<h4>{STEPS[0]}</h4>" + paragraphs(STEPS[1:]) + paragraphs(WIDGETS[4:]), STEPS),
], ids=["recipe", "facts", "timeline", "steps"])
def test_a_box_holding_a_part_of_its_own_stays(cleaner, card, own):
    result = cleaner.clean_html(card_page(card), title="drop")
    assert removed_by(result, "page-box-rest") == []
    kept = [line.lstrip("- ") for line in result.text.split("\n")]
    for line in own:
        assert line in kept
    assert "Share on Facebook" not in kept


def test_a_widget_heading_over_one_blurb_still_goes(cleaner):
    # A newsletter box: its heading over a single blurb, the buttons round it.
    card = (paragraphs(WIDGETS[:4]) + "<h3>Our newsletters</h3><p>The week's stories from the valley.</p>"
            + paragraphs(WIDGETS[4:]))
    result = cleaner.clean_html(card_page(card), title="drop")
    assert "The week's stories from the valley." in removed_by(result, "page-box-rest")
    assert "Our newsletters" not in result.text.split("\n")


# page-box-rest-after: below the story's last line, a box the rules took 40% of loses its rest.
PARTNERS = ["Partner sites", "Weather for the valley"]
# Page tools, not share buttons: below the story, a card's own share row proves no box (a recipe's
# or an event's details under it stay: tests/test_attack23.py).
PAGE_TOOLS = ["Email this story", "Print this page", "Text size"]


def test_below_the_article_a_box_taken_in_part_loses_its_rest(cleaner):
    # Two chrome lines of five: short of page-box-rest's 60%, enough below the story's end.
    result = cleaner.clean_html(page(box(HEADING, *PAGE_TOOLS[:2], *PARTNERS)), title="drop")
    assert removed_by(result, "page-box-rest") == []
    assert removed_by(result, "page-box-rest-after") == PARTNERS
    assert HEADING in result.text.split("\n")  # right under the story's last line


def test_above_the_article_the_same_box_stays(cleaner):
    result = cleaner.clean_html(page("", before=box(*PARTNERS, *TOOLS[:2], HEADING)), title="drop")
    assert removed_by(result, "page-box-rest-after") == []
    for line in PARTNERS:
        assert line in result.text.split("\n")


@pytest.mark.parametrize("tag, kept", [("h1", True), ("h3", False)])
def test_a_box_holding_a_headline_stays(cleaner, tag, kept):
    # A story's headline in an <h1> below the element the page rules take for the article's (its
    # navigation holding most of the text): the box is the story's own head. A widget's heading
    # (an <h3> over one line) is no such proof.
    card = (paragraphs([HEADING, *PAGE_TOOLS[:2]]) + f"<{tag}>Library stays open</{tag}>"
            + paragraphs([PARTNERS[1], PAGE_TOOLS[2]]))
    result = cleaner.clean_html(card_page(card), title="drop")
    taken = removed_by(result, "page-box-rest-after")
    assert taken == ([] if kept else ["Library stays open", PARTNERS[1]])


def test_a_box_holding_an_authors_note_below_the_article_stays(cleaner):
    # The author's note beside the share buttons: a sentence with no link keeps its box, the
    # note's heading with it.
    note = ["About the author", "Anna Keller has written about the valley's schools and libraries for ten years."]
    result = cleaner.clean_html(page(box(HEADING, *TOOLS[:2], *note)), title="drop")
    assert removed_by(result, "page-box-rest-after") == []
    for line in note:
        assert line in result.text.split("\n")
