"""What a news site prints under its story (a region's headlines box, a publishing group's
imprint, a goodbye, a call for tips, the legal small print) goes; the story, whose sentences
use the same words, stays whole. Every page here is written for the test."""

import pytest

from cleaner import Cleaner

STORY = [
    "Ferry service to the island resumes after the storm",
    "The first boat left the harbour at six on Monday, an hour late, with forty passengers aboard.",
    "The Example Publishing Group, which owns the island's weekly, chartered a second boat for its readers.",
    "\"Come see us again,\" the harbour master told the first passengers as they landed.",
    "Canada headlines the regatta this year, the organisers said, with six boats in the race.",
    "If you have any news tips you would like us to follow up on, the editor wrote, contact us before Friday.",
]


def _clean(lines: list[str]):
    return Cleaner().clean("\n".join(lines) + "\n")


def test_a_regions_headlines_box_goes_with_its_list():
    box = [
        "Canada Headlines",
        "- Storm closes the coast road",
        "- The road along the coast was closed overnight as waves broke over the wall.",
        "- Ferry fares to rise in spring",
        "- The operator said fuel costs had doubled since last year.",
        "MORE MANITOBA HEADLINES »",
        "- Winnipeg opens a new library",
    ]
    result = _clean([*STORY, *box])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-section-headlines-heading", "related-link-list"}


def test_a_headlines_heading_at_the_top_of_a_page_stays():
    # A page of notices under its own heading: the heading is the page's, not a box's.
    lines = ["Local Headlines", "Fire notices for the valley",
             *[f"Notice {n}: the county's crews answered calls on the ridge road this week." for n in range(1, 7)]]
    result = _clean(lines)
    assert result.text == "\n".join(lines) + "\n"


def test_a_publishing_groups_imprint_goodbye_and_call_for_tips_go():
    foot = [
        "A publication by the",
        "Example Publishing Group.",
        "Come see us again.",
        "Want to submit a story?",
        "If you have any news tips that you would like us to follow up on, or if you have a story to submit, contact us.",
    ]
    result = _clean([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-publisher-imprint-open", "en-publisher-imprint-name", "en-site-signoff", "en-news-tip-prompt",
        "en-news-tip-question"}


def test_a_publishing_groups_name_alone_stays():
    # The group's name is chrome only beside the imprint it ends; alone it may be a story's line.
    lines = [*STORY, "Example Publishing Group."]
    result = _clean(lines)
    assert "Example Publishing Group." in result.text.splitlines()


def test_a_papers_legal_small_print_goes():
    foot = [
        "Copyright © 2008, Example Daily. Republication or redissemination of the contents of this "
        "screen are expressly prohibited without the written consent of Example Daily",
        "This service is provided on Example Newspapers' standard Terms and Conditions. Please read our "
        "Privacy Policy. To inquire about a licence to reproduce material, click here.",
    ]
    result = _clean([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-legal-notice"}


ESSAY = [
    "The paper was founded in 1881 by two brothers who had worked as printers in Glasgow.",
    "For most of its life it was a morning paper, sold for a penny at the station and in the market.",
    "Its first editor wrote most of the news himself, and his wife set the type at night.",
    "By 1900 it sold twelve thousand copies a day, more than any other paper in the county.",
]


@pytest.mark.parametrize("heading", ["Making Headlines", "Grabbing Headlines", "MAKING HEADLINES"])
def test_a_section_of_an_essay_on_the_press_keeps_its_heading(heading):
    lines = [*ESSAY, heading, "- Man bites dog, and the dog bites back", "- Titanic sinks on her first voyage",
             "These two are the ones the old printers still talk about."]
    assert _clean(lines).text == "\n".join(lines) + "\n"


@pytest.mark.parametrize("lines", [
    # A letter's last lines, a host's line in a script: no imprint or call to readers beside them.
    ["Dear Ann,", *ESSAY, "Love to the children.", "Come see us again soon!", "Grandma"],
    [*ESSAY, "We paid and went out to the car.", "INNKEEPER", "Come see us again.", "ANNA", "We will, in the spring."],
    # A magazine's page for writers, under its question.
    ["Submissions", "The magazine publishes six short stories in each issue, chosen from those readers send us.",
     "Want to submit a story?", "Send it as a file of at most five thousand words to the fiction editor.",
     "We answer within three months, and we read every story we are sent."],
    # Sentences about a service, a court's ruling, a library: no site's small print.
    [*ESSAY, "This service is provided under the same terms and conditions."],
    [*ESSAY, "This service is provided under the council's standard terms and conditions. "
             "Households that want a second bin can ask for one."],
    [*ESSAY, "Republication of the material of this site is prohibited without the consent of the author's "
             "family, the judge ruled in 2004."],
    [*ESSAY, "Reproduction of the articles from this publication is forbidden without written permission, "
             "which is why the library keeps only its originals."],
    # A site on the ground, under a law's terms: the paragraph runs past what the old pattern allowed.
    [*ESSAY, "Use of this site is governed by the terms of the 1979 Act, and digging of any kind without a "
             "licence from the ministry is a crime that carries a fine of up to five thousand pounds, as two men "
             "from the town found out in 2011 when they were caught with metal detectors on the eastern rampart."],
])
def test_lines_that_use_the_feet_words_in_writing_stay(lines):
    assert _clean(lines).text == "\n".join(lines) + "\n"
