"""What a page prints below its article (a copyright notice above a long foot, a request for
mail whose address was a link, a forum's message count, a text alert offer, a box's "More
content from" heading) goes; an article using the same words and
shapes (a catalogue of old books with their copyright years, a call for corrections, a
charity's text number) stays whole. Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

STORY = HARBOUR_STORY

SIDEBAR = ["Ferry times", "Island walks", "Harbour webcam", "Tide tables", "Parking", "Local shops", "Events"]


def test_the_foot_below_a_story_goes_and_the_story_stays():
    foot = [
        "More content from Harbourtown.com:",
        "Text FERRY to 55512 for sailing alerts on your phone.",
        "Showing replies 41 to 44 of 44.",
        "Please send corrections and suggestions to",
        "© 2009 Harbour Town Radio",
    ]
    result = clean_lines([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} >= {
        "en-more-content-from-heading", "en-text-alert-signup",
        "en-message-count", "copyright-notice"}  # the last line is the older rule's, named by it


def test_a_copyright_notice_after_the_story_goes_above_a_long_sidebar():
    # The notice stands in the upper half by line count, where copyright-notice's tail does not look.
    lines = [*STORY, "All text copyright © 2001-2009 Harbour Town Radio", *SIDEBAR, *SIDEBAR]
    result = clean_lines(lines)
    assert "All text copyright" not in result.text
    assert "en-copyright-after-article" in {r.rule_id for r in result.removals}


def test_a_catalogue_s_copyright_years_between_its_paragraphs_stay():
    lines = [
        "Three manuals from the radio works are for sale, all in good condition.",
        "Copyright 1936, a small hardbound manual with its wiring plates.",
        "The second is a softbound tutorial with a hundred pages of exercises, answers at the back.",
        "Copyright 1954, the tutorial's second printing.",
        "The third is a reference book on valves, printed for the company's own engineers in the war.",
        "Write to the shop for the prices, or call in on a Saturday morning to see them.",
        "The shop also buys old wireless sets, whether they work or not, and pays in cash.",
        "Its owner has repaired radios on the high street since 1971, and her son now helps her.",
        "The shop is closed on Sundays and for the whole of August, when the family goes to the coast.",
        "Parking is on the square behind the church, a minute's walk from the door.",
        "Letters are answered within a week, and parcels are sent anywhere in the country.",
    ]
    result = clean_lines(lines)
    assert result.text == "\n".join(lines) + "\n"


def test_a_story_s_own_requests_and_numbers_stay():
    lines = [
        *STORY,
        "Please send corrections and suggestions to the harbour office before May, the council said.",
        "Text HELP to 12345 if you are in danger at sea, the coastguard reminded sailors.",
        "All text copyright, the old sign over the quay said, though nobody knew what it meant.",
    ]
    result = clean_lines(lines)
    assert result.text == "\n".join(lines) + "\n"
