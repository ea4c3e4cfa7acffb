"""atk9: the ninth round's new rules read against texts written for the attack (a review's and an
essay's own headings, a story's line, a mill's list of sites, a manual's revision, a poem opening
with its dinkus). Each text here was written for these tests."""

import pytest

from cleaner import Cleaner

CLEANER = Cleaner()

TALES = ("The collection opens with a story about a lighthouse keeper who stops answering letters.\n"
         "It is the best thing in the book, patient and strange, and it sets the tone for the rest.\n"
         "The second story follows a girl who sells eggs at a station nobody uses any more.\n"
         "Both are told in short plain sentences that hide how carefully they are built.\n")


def removed(text, lang="en"):
    return [(r.rule_id, r.text.strip()) for r in CLEANER.clean(text, lang=lang).removals]


@pytest.mark.parametrize("heading, after", [
    ("Other Stories", "The remaining six are shorter, and two of them, set in the same village, read like sketches."),
    ("On this topic", "I have written before, in 2019 and again last spring, when the first plans were shown."),
    ("People who read this also read", "the council's own report, a survey found, which is twice as long and has no pictures."),
    ("Don't miss", "He held his breath and counted to three, as his father had taught him on the hill."),
])
def test_a_related_heading_over_the_texts_own_prose_stays(heading, after):
    assert removed(TALES + heading + "\n" + after + "\n") == []


def test_a_related_heading_over_a_list_of_headlines_still_goes():
    box = TALES + "Other Stories\n- Storm closes the coast road\n- Ferry service resumes\n- Bridge to open in May\n"
    assert ("en-related-heading", "Other Stories") in removed(box)
    assert ("related-link-list", "- Ferry service resumes") in removed(box)


def test_a_labelled_list_between_paragraphs_is_no_menu():
    mills = ("Our mills have made cloth in the valley since 1820, and most of the families here worked in one.\n"
             "The firm still runs four of them, each with its own weaving shed and dye house.\n"
             "Our sites: Leeds | York | Hull | Bradford\n"
             "Each of them takes apprentices every September, and most stay for ten years or more.\n")
    assert removed(mills) == []
    foot = TALES + "Group Sites: The Courier | The Courier ePaper | Farming Weekly | Sportstar\n© 2026 Courier Group\n"
    assert ("en-labelled-pipe-menu", "Group Sites: The Courier | The Courier ePaper | Farming Weekly | Sportstar") in removed(foot)


@pytest.mark.parametrize("text", [
    "The manual explains how to service the pumps at the treatment works in the valley.\n"
    "It was first written by the works' engineer in 1962 and has been revised twice since.\nFirst published 1962\nRevised 1998\n",
    "The regulations apply to every boat on the lake, whatever its size or engine.\nRevised 2004\n"
    "The speed limit is five knots within a hundred metres of the shore.\n",
])
def test_a_revision_year_alone_is_the_documents_own(text):
    assert removed(text) == []


@pytest.mark.parametrize("stamp", ["revised 11/06/04", "Revised: January 6, 2005.", "Last Revised: 1998"])
def test_a_pages_revision_date_still_goes(stamp):
    assert removed(TALES + stamp + "\n") == [("en-page-updated", stamp)]


def test_a_dinkus_under_a_removed_byline_opens_the_poem_and_stays():
    poems = ("Автор: Анна Иванова\n* * *\nЯ помню вечер, тихий и простой,\nи лампу над столом, и голос твой.\n"
             "* * *\nОпять зима, и снег лежит до крыши,\nи кто-то в доме кашляет всё тише.\n")
    assert removed(poems, "ru") == [("ru-byline", "Автор: Анна Иванова")]
    rule = "By Ann Lee\n-----\n" + TALES  # a rule of dashes under a removed head still goes
    assert removed(rule) == [("byline-by", "By Ann Lee"), ("lone-divider", "-----")]
