"""en-chrome-island: a short line wedged between two lines the rules took as a site's chrome goes;
a story's lines, a line beside a byline or an advertisement marker, and the head stay. Every
text here is written for the test."""

from cleaner import Cleaner

STORY = [
    "Storm closes the coast road for a week",
    "The coast road will stay shut for a week after the storm washed away a section near the harbour.",
    "Engineers said the repairs would cost about two million pounds and could not start soon.",
    "Residents of the village will be able to use the old quarry track in the meantime, the council added.",
]


def _clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def test_a_post_title_between_its_counters_goes():
    tail = ["Permalink | Comments (3) | TrackBack (0)", "Ferry service resumes",
            "Permalink | Comments (5) | TrackBack (0)"]
    result = _clean([*STORY, *tail])
    assert result.text == "\n".join(STORY) + "\n"
    assert [r.text for r in result.removals if r.rule_id == "en-chrome-island"] == ["Ferry service resumes"]


def test_a_sentence_or_dialogue_between_chrome_lines_stays():
    for line in ("The ferry resumed on Monday.", "“Ferry resumes,” she said", "Did the ferry resume?"):
        result = _clean([*STORY, "Share this article", line, "Print this page"])
        assert line in result.text
        assert "en-chrome-island" not in {r.rule_id for r in result.removals}


def test_two_short_lines_between_chrome_lines_stay():
    # Neither line has chrome on both sides, and an island never makes another.
    result = _clean([*STORY, "Share this article", "Ferry service resumes", "Bridge opens in May",
                     "Print this page"])
    assert "Ferry service resumes\nBridge opens in May" in result.text


def test_a_line_beside_an_advertisement_marker_stays():
    # Advertisement markers, bylines and captions stand inside stories: a subheading beside one stays.
    result = _clean([*STORY, "Advertisement", "What comes next", "Share this article", *STORY[1:]])
    assert "What comes next" in result.text


def test_the_head_is_outside_the_zone():
    head = [STORY[0], "Share this article", "Coast road", "Print this page"]
    result = _clean([*head, *STORY[1:], *STORY[1:], *STORY[1:]])
    assert {"share-prompt", "en-widget"} <= {r.rule_id for r in result.removals}
    assert "Coast road" in result.text


def test_cleaning_twice_changes_nothing_more():
    tail = ["Share this article", "Our picks", "Print this page", "Older flood stories",
            "Permalink | Comments (3) | TrackBack (0)"]
    once = _clean([*STORY, *tail]).text
    assert Cleaner().clean(once, lang="en").text == once


def test_a_note_marker_between_chrome_lines_is_no_island():
    # The fixer's "cleaner: off" / "cleaner: on" stand between the chrome lines they keep.
    result = _clean([*STORY, "Share this article", "cleaner: off", "Print this page", "cleaner: on",
                     "Share this article"])
    assert "cleaner: off" in result.text and "cleaner: on" in result.text


def test_a_story_line_between_promos_set_inside_the_story_stays():
    # Share rows and promos set inside an article, the story's paragraphs beyond them on both
    # sides: the short line between them is the story's (a poem's line, a reply, a refrain).
    poem = [*STORY[1:], "She wrote four words for the opening, which the mayor read aloud:",
            "Share on Facebook", "Over the water, home", "Share on Twitter", *STORY[1:]]
    reply = [*STORY, "Share on Facebook", "Yes, she said", "Share on Twitter", *STORY[1:]]
    refrain = [*STORY, "Tweet", "Oh my darling", "Tweet", "Oh my darling", "Tweet", *STORY[1:]]
    for lines, kept in ((poem, "Over the water, home"), (reply, "Yes, she said"), (refrain, "Oh my darling")):
        result = _clean(lines)
        assert kept in result.text
        assert "en-chrome-island" not in {r.rule_id for r in result.removals}
        assert _clean(result.text.splitlines()).text == result.text


def test_a_box_heading_with_the_page_foot_below_goes():
    # The story above, a box's heading between its tool lines, and the page's foot below (no
    # paragraph of the story on that side): the heading still goes.
    tail = ["Share this article", "Our picks", "Print this page", "Older flood stories", "Contact us"]
    result = _clean([*STORY, *tail])
    assert "Our picks" in [r.text for r in result.removals if r.rule_id == "en-chrome-island"]


def test_a_line_going_on_or_breaking_off_is_no_island():
    # At the foot, with no paragraph below: a line ending on a comma (a poem's, an address's) or
    # on a dash (speech broken off) goes on; a box's label ends on neither.
    for line in ("Over the water, home,", "I kept the door open-- in case----", "And then she stopped —"):
        result = _clean([*STORY, "Share on Facebook", line, "Share on Twitter"])
        assert line in result.text
        assert "en-chrome-island" not in {r.rule_id for r in result.removals}
