"""The sixteenth round's rules for what a news page leaves round its story: a box of other
stories dated in words or by month and year, the site's call to follow it on networks, its
rules for comments, a trackback address, a link to sign up for alerts, and a trail of two
sections above the headline. Round a story they go; a text using the same shapes for itself
keeps them. Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

STORY = [
    *HARBOUR_STORY,
    "The council will decide in the spring whether to build a second berth for the larger boats.",
]


def _kept(lines: list[str]) -> None:
    result = clean_lines(lines)
    assert result.text == "\n".join(lines) + "\n", [r.rule_id for r in result.removals]
    assert clean_lines(result.text.splitlines()).text == result.text


def test_the_foot_of_a_news_page_goes_and_the_story_stays():
    foot = [
        "Like The Harbour Times on Facebook! Find us on Instagram!",
        "Comment authors will be held to account for what they write, so think before you post.",
        "Comment posts are limited to 250 characters.",
        "TrackBack URL for this entry: http://www.example.com/trackback/6a00d8",
        "Click here to sign up for our morning e-mails",
        "More from the coast",
        "March 4, 2019 - Ferry timetable changes for the summer",
        "February 20, 2019 - Harbour master retires after thirty years",
        "February 2, 2019 - Storm damage worse than feared",
        "| 1/2019 | - | Lifeboat crew honoured at the quay |",
        "| 1/2019 | - | School choir sings for the mayor |",
    ]
    result = clean_lines([*STORY, *foot])
    assert "\n".join(STORY) in result.text
    assert all(line not in result.text for line in foot[:5] + foot[6:])
    assert {r.rule_id for r in result.removals} >= {
        "en-site-network-follow", "en-comment-policy-terms", "en-trackback-address",
        "en-click-signup-prompt", "en-dated-headline-list", "en-month-year-teaser-row"}


def test_a_section_trail_above_the_headline_goes():
    result = clean_lines(["NATIONAL > Sport", "Rovers beat the league leaders at home", *STORY])
    assert [r.rule_id for r in result.removals] == ["en-section-trail-head"]
    assert result.text.startswith("Rovers beat the league leaders at home\n")


def test_a_chronology_the_story_ends_on_stays():
    _kept([
        *STORY,
        "Key dates in the harbour's history",
        "March 4, 1919 - First stone of the north wall laid",
        "February 20, 1953 - Storm breaches the wall at the lighthouse",
        "February 2, 2019 - Council votes to rebuild",
    ])


def test_a_travel_diary_keeps_its_dated_headings():
    _kept([
        "We left the coast early and drove inland towards the hills with the map on my knees.",
        "March 4, 2019 Into the hills",
        "The road climbed for two hours through pine woods before the first village appeared.",
        "March 5, 2019 The long descent",
        "In the morning the fog lay in the valley and we waited for it to lift before setting off.",
        "March 6, 2019 Back at the sea",
        "We reached the harbour at noon and ate grilled fish on the quay while the ferry came in.",
    ])


def test_a_list_the_text_introduces_stays():
    _kept([
        *STORY,
        "These are the repairs the board has paid for so far:",
        "| 1/2019 | - | North quay steps |",
        "| 3/2019 | - | Lighthouse railings |",
    ])


def test_sentences_using_the_rules_words_stay():
    _kept([
        *STORY,
        "Follow the money on Twitter and you will see who paid for the campaign.",
        "Comment writers are responsible for their words, the judge said?",
        "Click here to sign up for weather alerts, the notice said, but the link was dead.",
        "Like The Beatles on vinyl, the record sounds better than the stream.",
    ])


def test_a_menu_path_in_a_how_to_stays():
    _kept([
        "How to turn off the quay cameras",
        "Open the control panel on the harbour office computer and find the cameras' menu:",
        "CAMERAS > Settings",
        "Then untick the box for each camera on the quay and save the settings before you close it.",
        "The cameras stay off until someone ticks the boxes again, so write down what you changed.",
    ])
