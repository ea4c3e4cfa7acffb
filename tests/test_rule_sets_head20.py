"""Families above the story: a local site's directory of its advertisers, each a block of a name, a
slogan in quotes, a street address and a phone number; a blog's name over its post's trail; labels
of the page's kind; a row of sister sites; a shop box's link; a forum's counters. The same lines in
the story's own words (a quotation over a place, a list of addresses, a number to ring, a heading
over a paragraph) stay. Every page here is written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY

DIRECTORY = [
    "Harbour Bakery", '"Fresh bread for you every morning"', "12 Mill Road", "555-0142",
    "Quayside Tyres", '"Your wheels, our worry"', "#3 - 88 Dock Street", "555-0187",
    "Lin Dental, DDS - Dentist", '"Smile at the sea!"', "7 Beacon Ave", "555-0110",
]


def test_a_directory_of_advertisers_above_the_story_goes_whole():
    kept, rules = kept_and_rules(["Support our sponsors", *DIRECTORY, *STORY])
    assert kept == ["Support our sponsors", *STORY]
    assert {"en-sponsor-directory-slogan", "en-sponsor-directory-name", "en-sponsor-directory-address",
            "en-sponsor-directory-phone"} <= rules


def test_a_block_without_its_slogan_is_no_directory():
    # A name, an address and a number with no slogan in quotes: a contact the story gives.
    text = [*STORY, "Harbour Bakery", "12 Mill Road", "555-0142"]
    assert kept_and_rules(text)[0] == text


def test_a_quotation_over_an_address_in_the_story_stays():
    # A quotation alone between two paragraphs of the story, over the place it was said.
    text = [STORY[0], STORY[1], '"We will sail again"', "12 Mill Road",
            "The harbour master said it from the steps of his office, and the crowd cheered him."]
    assert kept_and_rules(text)[0] == text


def test_a_list_of_addresses_and_numbers_in_the_story_stays():
    text = [*STORY, "The clinics open on Saturday, and each takes walk-ins until noon.",
            "12 Mill Road", "555-0142", "40 Station Avenue", "555-0177"]
    assert kept_and_rules(text)[0] == text


def test_an_arts_listing_of_titles_in_quotes_stays():
    # A venue, the play's title in quotes, its address and box office: the listing is the text.
    listing = ["The Old Playhouse", '"Much Ado About Nothing"', "12 Mill Road", "555-0142",
               "Quay Street Theatre", '"The Lighthouse Keeper"', "40 Station Avenue", "555-0177"]
    text = ["What's on this week", *listing]
    assert kept_and_rules(text)[0] == text


def test_a_blog_s_name_over_its_post_trail_goes_and_a_post_title_stays():
    trail = "« Ten ways to bake bread | Main | A walk by the river »"
    kept, rules = kept_and_rules(["Harbour Notes Blog", trail, *STORY])
    assert kept == STORY
    assert "en-blog-name-over-trail" in rules
    titled = ["Why I Keep A Blog", trail, *STORY[1:]]
    assert kept_and_rules(titled)[0] == ["Why I Keep A Blog", *STORY[1:]]


def test_a_forum_s_counters_go_and_a_club_s_count_stays():
    kept, rules = kept_and_rules(["359,763 Members", "394 Users Online", *STORY])
    assert kept == STORY
    assert "en-forum-user-counter" in rules
    text = [*STORY, "Sailing club", "40 members", "Members: 23"]
    assert kept_and_rules(text)[0] == text


def test_a_page_kind_label_above_the_story_goes_and_over_a_paragraph_stays():
    kept, rules = kept_and_rules(["Featured Article", *STORY])
    assert kept == STORY
    assert "en-head-section-label" in rules
    text = ["Press Releases",
            "The council publishes its press releases here every weekday, and older ones stay online for a year."]
    assert kept_and_rules(text)[0] == text


def test_a_row_of_sister_sites_goes_and_a_sentence_naming_sites_stays():
    row = "harbournews.com | FerryTimes.co.uk | Quay Radio | sailing.net"
    kept, rules = kept_and_rules([row, *STORY])
    assert kept == STORY
    assert "en-network-sites-row" in rules
    text = [*STORY, "We compared three sites: harbournews.com, FerryTimes.co.uk and sailing.net."]
    assert kept_and_rules(text)[0] == text


def test_a_shop_box_s_more_information_link_goes_beside_its_price():
    box = ["Best Sellers", "The Harbour Ghost", "$12.99 from Amazon.com", "More information",
           "Tides Of The North Sea", "$18.50 from Amazon.com", "More information"]
    kept, rules = kept_and_rules([*box, *STORY])
    assert "More information" not in kept
    assert "en-store-more-info" in rules
    text = [*STORY, "More information",
            "The ferry company answers questions on its help line every weekday from nine until five."]
    assert kept_and_rules(text)[0] == text
