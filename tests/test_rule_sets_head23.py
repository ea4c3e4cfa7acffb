"""Families above the story (rules/en-head.yaml): a network's box of stamped latest posts and its
"• More" link, a broadcaster's audio links and section link, a paper's "Section Article" trail, a
blog network's post-kind badge, a theme's month-over-day badge; and a page's build time
(rules/en-site-furniture.yaml). The same words in the story's own sentences stay. Every page here
is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


def test_a_box_of_stamped_latest_posts_goes_with_its_more_link():
    box = ["- BLOGS",
           "  - Harbour Life",
           "  - • Ferry fares to rise in May 4:25 p.m. PT",
           "  - Sailing",
           "  - • The season ends 2:48 p.m. CT • A hard loss 5:07 p.m. CT • More",
           "- FORUMS",
           "  - • Best mooring in town? by sailor42 03/02/2009 8:41 a.m. CT • Storm photos by Quaysider 03/02/2009 8:36 a.m. CT",
           "• More"]
    kept, rules = kept_and_rules([*box, *STORY])
    assert kept[-3:] == STORY
    assert not any("p.m." in line or "a.m." in line for line in kept)
    assert "• More" not in kept
    assert {"en-head-stamped-headline-item", "en-head-box-more-link"} <= rules


def test_a_story_list_with_times_in_sentences_stays():
    text = [STORY[0],
            "• The ferry leaves at 4:25 p.m. PT, and the last one at ten.",
            "• More than forty boats were lost in the storm",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_heading_under_the_more_link_is_not_taken_as_the_menu():
    # The box's "• More" link closes the box: the story's headline under it, in title case
    # under labels in capitals, is no item of the menu above.
    text = ["- TOP STORIES", "- MULTIMEDIA", "  - Harbour Videos", "• More", "- VIDEO",
            "Sailing the Old Way", "The first boat left the harbour at six on Monday, an hour late, with forty passengers aboard.",
            STORY[2]]
    kept = kept_and_rules(text)[0]
    assert "Sailing the Old Way" in kept and kept[-2:] == text[-2:]


def test_audio_report_links_go_and_a_call_to_listen_in_a_sentence_stays():
    links = ["Listen to Anna Keller's Report (MP3)", "Anna Keller's Report (RA)",
             "Keller report - Download MP3 (512k)", "Listen to Keller report"]
    kept, rules = kept_and_rules([*links, *STORY])
    assert kept == STORY
    assert "en-head-audio-report-link" in rules
    text = ["Listen to Your Tide Report", "Listen to the harbour master's report on the radio tonight.", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_section_trail_a_section_link_and_a_post_badge_go():
    kept, rules = kept_and_rules(["Harbour News Article", STORY[0], "- From the section Europe", "FRONT PAGE CONTRIBUTOR",
                                  *STORY[1:]])
    assert kept == STORY
    assert {"en-head-section-article-trail", "en-head-from-section-link", "en-head-post-kind-badge"} <= rules
    text = ["The News Article That Changed the Harbour",
            "From the section of the wall that fell, the divers brought up two cannons and a bell.",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_month_over_its_day_goes_and_a_month_over_a_sentence_stays():
    kept, rules = kept_and_rules(["Oct", "23", *STORY])
    assert "Oct" not in kept and kept[-3:] == STORY
    assert "en-head-month-over-day-badge" in rules
    text = ["May", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_page_build_time_goes_and_a_sentence_about_one_stays():
    kept, rules = kept_and_rules([*STORY, "Page generated in 0.0412 seconds"])
    assert kept == STORY
    assert "en-site-software-notice" in rules
    text = [*STORY, "The page was generated in 0.2 seconds, the engineer said, and the old one took four."]
    assert kept_and_rules(text)[0] == text


def test_cleaning_twice_equals_cleaning_once():
    page = ["Oct", "23", "Listen to Keller report", "  - • Ferry fares to rise in May 4:25 p.m. PT", "• More",
            "Harbour News Article", *STORY, "Page generated in 0.0412 seconds"]
    once = kept_and_rules(page)[0]
    assert kept_and_rules(once)[0] == once


def test_a_section_name_over_the_headline_goes_and_a_title_over_its_paragraph_stays():
    kept, rules = kept_and_rules(["Sports", *STORY])
    assert kept == STORY
    assert "en-head-section-kicker" in rules
    text = ["Television", "The first television set on the island arrived in 1956, carried up from the quay on a cart.",
            *STORY[1:]]
    assert kept_and_rules(text)[0] == text
    text = [STORY[0], "Sports", *STORY[1:]]
    assert kept_and_rules(text)[0] == text


def test_a_trail_of_bulleted_sections_keeps_the_headline_under_it():
    # A section name as a bulleted item is the trail's: the kicker leaves it, and the menu run
    # never reaches the story's headline under the trail.
    kept, rules = kept_and_rules(["- Home", "- Eat & Drink", "- Harbour Kitchens", *STORY])
    assert kept[-3:] == STORY
    assert "en-head-section-kicker" not in rules
