"""The seventeenth round's families above the story: a site's menu set out as one table row, a
forum's or a directory's trail, a login bar, a site's tagline under its name; and the notices the
snippet set showed going on past where their rules stopped (an advertiser's disclosure, a paywall's
offers, a copyright notice's reprint terms, a follow call's other channels, an appeal for support, a
newsletter call as a question). The same words in the story's own lines stay. Every page here is
written for the test."""

from conftest import STORM_FERRY_STORY, kept_and_rules

STORY = STORM_FERRY_STORY


_clean = kept_and_rules


def test_head_chrome_above_the_story_goes():
    cases = {
        "| Home | About us | Our boats | Timetable | Volunteers |": "en-menu-table-row",
        "|  | Home |  | Tides |  | Moorings |  | Contact Us | ": "en-menu-table-row",
        "Harbourtalk.net Forums > Boats > Winter storage for a small sloop": "breadcrumb",
        "Main Page >> Guides >> Ferries": "breadcrumb",
        "Login | Register": "en-login-bar",
        "Sign In or Sign up": "en-login-bar",
    }
    for chrome, rule in cases.items():
        kept, rules = _clean([chrome, *STORY])
        assert kept == STORY, chrome
        assert rule in rules, chrome


def test_a_tagline_under_the_site_name_goes_a_headline_of_those_words_stays():
    kept, rules = _clean(["Harbour Notes", "A blog covering ferries and the people who run them.",
                          "Login | Register", *STORY])
    assert "A blog covering ferries and the people who run them." not in kept
    assert "en-site-tagline" in rules
    # Over the story's own paragraph the same shape is its headline.
    post = [
        "A blog about nothing",
        "When I started writing here ten years ago I had no idea what the site would become, and neither did my readers.",
        "The first post was a list of the ferries I had missed that winter, and three people read it.",
    ]
    assert _clean(post)[0] == post


def test_a_table_of_the_story_keeps_its_rows():
    fixtures = [
        STORY[0],
        "| Team | Home | Away | Points |",
        "|---|---|---|---|",
        "| Harbour Rovers | 3 | 2 | 15 |",
        *STORY[1:],
    ]
    assert _clean(fixtures)[0] == fixtures
    credentials = [
        STORY[0],
        "| Username | Password |",
        "|---|---|",
        "| admin | (set on first start) |",
        *STORY[1:],
    ]
    assert _clean(credentials)[0] == credentials


def test_a_login_pair_between_a_guide_s_paragraphs_stays():
    guide = [
        "Booking a mooring online",
        "Every member of the rowing club gets an account on the booking site when the season opens.",
        "Login | Register",
        "If you have not rowed with us before, choose Register and fill in the form with your club number.",
    ]
    assert _clean(guide)[0] == guide


def test_notices_going_on_past_their_first_sentence_go():
    cases = {
        "This page contains references to products from partners of the harbour guide. We are paid when "
        "readers book a mooring through them. Conditions of each offer are set by the partner, and our "
        "policy on partners is on the about page.": "en-affiliate-notice",
        "We test every kayak on the water, and advertisers do not influence our ratings. We may earn a "
        "commission when you buy through a partner's link on this page.": "en-affiliate-notice",
        "To read the full story, please subscribe to the Harbour Courier. You can pick a $40 yearly plan "
        "or a $3 weekly pass.": "en-paywall-notice",
        "© 2024, HarbourNews.example. This article is the copyrighted property of Harbour News. Reprinting "
        "it without our written permission is not allowed.": "en-reprint-notice",
        "If you enjoyed reading this piece – would you consider supporting our newsroom? A click on the "
        "button does it. Thank you!": "en-subscribe-if-you-liked",
        "Do you want to be informed of the harbour trust's campaigns? Sign up here": "en-newsletter-teaser",
    }
    for notice, rule in cases.items():
        kept, rules = _clean([*STORY, notice])
        assert kept == STORY, notice
        assert rule in rules, notice
    follow = "Follow The Harbour Courier on Instagram @harbourcourier. Send us a message at 555-0100 or email us at desk@example.com"
    kept, rules = _clean([*STORY, follow])
    assert kept == STORY and "en-follow-author" in rules


def test_the_same_words_in_a_sentence_stay():
    lines = [
        STORY[0],
        STORY[1],
        "Do you want to be informed of every delay? Sign up here, the clerk said, and the trains will text you.",
        "Follow Lisa on Twitter. Send us a message, her mother begged, and we will pass it on to her when she is back home.",
        STORY[2],
    ]
    assert _clean(lines)[0] == lines
