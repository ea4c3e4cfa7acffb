"""Families above the story (rules/en-head.yaml): a box's label, a newsletter form's lines, a
shop's or a member area's greeting, an offer's call, a site's clock. The same words in the story's
own sentences, or under its first paragraph, stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


def test_a_box_label_above_the_story_goes_and_over_a_paragraph_stays():
    kept, rules = kept_and_rules(["MAILING LIST", "Harbour Notes", "Featured Views", *STORY])
    assert "MAILING LIST" not in kept and "Featured Views" not in kept
    assert kept[-3:] == STORY
    assert "en-head-box-label" in rules
    text = ["Your feedback",
            "We read every letter about the ferry timetable, and the best of them are printed in the Saturday paper.",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_newsletter_form_above_the_story_goes():
    form = ["Enter your e-mail address below to get the weekly digest:", "Sign up now for FREE"]
    kept, rules = kept_and_rules([*form, *STORY])
    assert kept == STORY
    assert "en-head-signup-form" in rules


def test_a_step_asking_for_an_address_stays():
    text = ["How to get the tide alerts", "Enter your email address.",
            "The alerts come every morning at six, with the height of the tide and the wind at the pier.",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_shop_greeting_above_the_story_goes_and_between_paragraphs_stays():
    kept, rules = kept_and_rules(["You have item(s) in your basket", "Current customer?  Log In", *STORY])
    assert kept == STORY
    assert "en-head-member-greeting" in rules
    text = [STORY[0], STORY[1], "Your shopping basket is empty", STORY[2]]
    assert kept_and_rules(text)[0] == text


def test_an_offer_above_the_story_goes_and_a_sentence_about_one_stays():
    kept, rules = kept_and_rules(["Subscribe before March 1 and receive free gifts!", "Free 30-day trial.", *STORY])
    assert kept == STORY
    assert "en-head-offer-call" in rules
    text = ["Subscribe before March 1 and receive free gifts, the paper promised its readers.", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_site_clock_goes_and_a_sentence_from_today_stays():
    kept, rules = kept_and_rules(["Today is Mar 4, 2007 - 09:15 AM", *STORY])
    assert kept == STORY
    assert "en-head-clock-greeting" in rules
    text = ["Today is day two of the regatta, and the wind has dropped to a breeze.", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_cleaning_twice_equals_cleaning_once():
    page = ["You have item(s) in your basket", "MAILING LIST", "Enter your email here",
            "Free 30-day trial.", *STORY]
    once = kept_and_rules(page)[0]
    assert kept_and_rules(once)[0] == once


def test_a_dated_bar_of_the_site_goes_and_a_table_of_dates_stays():
    bar = "| Harbour Times |  | Monday 3rd March 2008 | Issue 1204 |"
    kept, rules = kept_and_rules(["|  |  |", bar, "|  |", *STORY])
    assert bar not in kept and kept[-3:] == STORY
    assert "en-head-dated-bar-row" in rules
    table = ["| Boat | Mar 3, 2008 | Crossing | Weather |", "|---|---|---|---|",
             "| Island Queen | Mar 3, 2008 | Rough | Storm |"]
    text = ["Crossings this week", *table, *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_call_to_a_sister_site_goes_and_a_sentence_naming_a_site_stays():
    kept, rules = kept_and_rules(["Visit HarbourWire.com for breaking news, weather and sport", *STORY])
    assert kept == STORY
    assert "en-head-sister-site-call" in rules
    text = ["Visit harbourwire.com for the winter timetable.", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_weekday_over_a_glued_date_badge_goes_and_a_diary_day_stays():
    kept, rules = kept_and_rules(["Friday", "Mar142008", *STORY])
    assert "Friday" not in kept and kept[-3:] == STORY
    assert "en-head-weekday-over-date-badge" in rules
    text = ["Friday", "We sailed out at dawn, and the wind held all the way to the island and back again.", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_search_box_help_and_a_comment_counter_above_the_story_go():
    page = ["Your Search:", "*For phrases enclose in \"double quotes\"",
            "- there are no comments on this article yet -", *STORY]
    kept, rules = kept_and_rules(page)
    assert kept == STORY
    assert {"en-head-search-help", "en-head-no-comments-yet"} <= rules
