"""Chrome set between an article's lines, thirteenth round (issue #19): a copyright notice
printed between the parts of a paper or a page (copyright-mark-line, rules/common.yaml) and a
forum's "Quote:" heading over a quoted post (en-forum-quote-label, rules/en.yaml), each in a
document of its own, with the text round it, sentences about copyright and a writer's own
quotes kept whole."""

from conftest import removed_by

PAPER = [
    "Tidal mixing in a shallow estuary: a field study",
    "Abstract",
    "We measured salinity and current speed at six stations over two spring tides in the estuary.",
    "© 2011 Lindqvist et al; licensee Example Journals Ltd.",
    "Background",
    "Shallow estuaries mix quickly when the spring tide runs against a strong river flow.",
    "Methods",
    "Each station was sampled every twenty minutes from a moored boat, through both tides.",
    "The boat's crew logged the wind and the river's level at every sample.",
    "Results",
    "The estuary mixed fully within three hours of low water on both spring tides.",
    "The river's flow set how far up the estuary the salt water reached.",
]


def test_a_paper_s_notice_between_its_sections_goes_and_the_paper_stays(cleaner_obj):
    result = cleaner_obj.clean("\n".join(PAPER))
    assert removed_by(result, "copyright-mark-line") == ["© 2011 Lindqvist et al; licensee Example Journals Ltd."]
    kept = result.text.split("\n")
    assert [line for line in PAPER if line not in kept] == ["© 2011 Lindqvist et al; licensee Example Journals Ltd."]


def test_a_page_s_notice_with_its_years_goes_from_the_middle_of_a_guide(cleaner_obj):
    guide = [
        "Choosing a tent for a wet summer",
        "A tent for a wet summer needs a full flysheet and a porch deep enough to cook in.",
        "Copyright © 1997-2003 Example Outdoor Guides",
        "Pitch it with the door away from the wind, and keep the inner dry while you do.",
        "A footprint under the groundsheet saves the floor from stones and from wear.",
        "Dry the flysheet at home before you pack it away for the winter.",
        "Check the seams each spring, and seal any that let the rain through.",
        "A tent kept so lasts ten summers or more.",
        "Spare pegs weigh little and save a night when the ground is hard.",
        "A small brush keeps the porch free of the mud you carry in.",
    ]
    result = cleaner_obj.clean("\n".join(guide))
    assert removed_by(result, "copyright-mark-line") == ["Copyright © 1997-2003 Example Outdoor Guides"]


def test_sentences_about_a_notice_and_a_quoted_diary_line_stay(cleaner_obj):
    story = [
        "The label that meant nothing",
        "The band's first records carried a notice in type too small for anyone to read.",
        "© 1971 was all the label said, and the court found that it meant nothing at all.",
        "Copyright © 1998 appears on every sleeve the band printed that year, the clerk said.",
        "The judge asked why nobody had ever written the owner's name beside the year.",
        "“© 1972, the year we lost the case,” the drummer wrote in his diary that night.",
        "The band never printed a notice again, and nobody copied their songs anyway.",
        "Their later records carried only the names of the players and the studio.",
        "The studio closed in 1980, and its tapes went to the county archive.",
        "The archive still lends them to anyone who asks, the clerk told us.",
        "Most of the people who ask are the players' grandchildren.",
        "They come on Saturdays, when the reading room is quiet.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "copyright-mark-line") == []
    assert all(line in result.text for line in story)


def test_a_list_item_lettered_c_is_no_notice(cleaner_obj):
    lesson = [
        "Which year did the bridge open? Choose one answer and write it on the map.",
        "(a) 1998",
        "(b) 2001",
        "(c) 2004 the year the old ferry stopped running",
        "The answer is at the foot of the page, under the map of the river.",
    ]
    result = cleaner_obj.clean("\n".join(lesson))
    assert removed_by(result, "copyright-mark-line") == []
    assert all(line in result.text for line in lesson)


FORUM_THREAD = [
    "Deploying to the staging server fails after the upgrade",
    "Posted: Mar 3, 2009 - 08:40 PM",
    "After the upgrade the deploy step stops with a missing descriptor, though the file is there.",
    "Quote:",
    "The descriptor is there, but the server looks for it under the old folder name.",
    "That was it: I moved the file to the old folder and the deploy went through at once.",
    "Quote:",
    "The server looks for it under the old folder name.",
    "Thanks, that saved me an afternoon; the same fix worked on the test server as well.",
]


def test_a_forum_s_quote_headings_go_and_the_quotes_stay(cleaner_obj):
    result = cleaner_obj.clean("\n".join(FORUM_THREAD))
    assert removed_by(result, "en-forum-quote-label") == ["Quote:", "Quote:"]
    kept = result.text.split("\n")
    assert "The server looks for it under the old folder name." in kept
    assert "The descriptor is there, but the server looks for it under the old folder name." in kept


def test_a_writer_s_quote_on_its_own_line_stays(cleaner_obj):
    notes = [
        "Notes from the harbour meeting",
        "The harbourmaster opened the meeting with a warning about the spring tides.",
        "Quote: “The tide waits for nobody, and nor will the board.”",
        "Quote for the week:",
        "“A pier is only as strong as its weakest post.”",
        "The board then voted to close the old pier until the repairs are done.",
    ]
    result = cleaner_obj.clean("\n".join(notes))
    assert removed_by(result, "en-forum-quote-label") == []
    assert all(line in result.text for line in notes)
