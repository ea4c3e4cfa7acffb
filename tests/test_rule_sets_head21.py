"""Families above the story: a note the site's software prints about itself, a row of language
links, a row of paging links, a box's heading, a rights notice the layout printed at the top, a
The same words in the story's own sentences, or as a heading
right over a paragraph, stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


def test_a_site_software_notice_goes_and_a_sentence_about_one_stays():
    notices = ["Please note: Your browser is unable to load the style sheet of this page.",
               "This menu has been disabled", "Stuck in another site's frames? Break out!"]
    kept, rules = kept_and_rules([*notices, *STORY])
    assert kept == STORY
    assert "en-site-software-notice" in rules
    text = [*STORY, "This menu has been disabled by the chef until the spring lamb arrives."]
    assert kept_and_rules(text)[0] == text


def test_a_row_of_language_links_goes_and_a_table_header_stays():
    kept, rules = kept_and_rules(["| Português | Español |", "| Français | Deutsch |", *STORY])
    assert kept == STORY
    assert "en-language-picker-row" in rules
    table = ["| English | Deutsch |", "|---|---|", "| harbour | Hafen |", "| ferry | Fähre |"]
    text = ["Words for the crossing", *table, *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_row_of_paging_links_goes_and_a_sentence_with_the_words_stays():
    kept, rules = kept_and_rules(["To Harbour Notes Homepage Previous Next Index Table of Contents", *STORY])
    assert kept == STORY
    assert "en-pager-words-row" in rules
    kept, rules = kept_and_rules([*STORY, "<< Previous Chapter 1 - 2 - 4 >> Next Chapter"])
    assert kept == STORY
    text = [*STORY, "Previous contents of the shed were sold at auction.", "Next up"]
    assert kept_and_rules(text)[0] == text


def test_a_box_heading_above_the_story_goes_and_over_a_paragraph_stays():
    kept, rules = kept_and_rules(["Main menu", "Harbour Notes", "Random Image", "User Info", *STORY])
    assert "Main menu" not in kept and "Random Image" not in kept
    assert kept[-3:] == STORY
    assert "en-head-box-heading" in rules
    text = ["Free download",
            "Every member of the lifeboat club may download the winter timetable and the tide tables from this page.",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_box_heading_under_the_first_paragraph_stays():
    text = [*STORY, "Create an account", "Open the ferry company's booking page and choose Join."]
    assert kept_and_rules(text)[0] == text


def test_a_rights_notice_above_the_story_goes_and_over_a_paragraph_stays():
    kept, rules = kept_and_rules(["Harbour Times - All Rights Reserved", "© HarbourNotes.Com", *STORY])
    assert kept == STORY
    assert "en-copyright-in-head" in rules
    # Longer than the tail's copyright rules reach, so that only the head's rule could take it.
    more = [f"The club met on the {day} evening and agreed the ferry timetable for the coming season."
            for day in ("first", "second", "third", "fourth", "fifth", "sixth")]
    text = ["A note on rights", "All rights reserved.",
            "The club's photographs may be shared for private use, with the photographer's name beside each.", *more]
    assert kept_and_rules(text)[0] == text
