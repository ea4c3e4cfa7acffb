"""zone after_article: a related heading after the article's last paragraphs goes with its
list, wherever the line count puts it; a heading the story's own prose follows, or one with
no story above it, stays."""

import pytest

from cleaner import Cleaner
from cleaner.matching.article_end import AfterArticle, article_end
from cleaner.rules.loader import parse_rule_file
from cleaner.rules.model import RuleError
from cleaner.text.prose import TailShape

TITLE = "Council approves the new bridge"
STORY = ["The council approved the new bridge on Monday, after a debate that lasted four hours and ended in a vote.",
         "Work will start in the spring and last two years, the mayor said, adding that the ferry would run until then.",
         "Residents of the east bank had asked for a bridge since the old one was closed in 1998.",
         "The cost, 40 million euros, will be shared by the region and the city."]
HEADLINES = ["Storm hits the coast", "Ferry service resumes", "Schools close early for winter",
             "Mayor opens new library", "Tram line extended to the airport", "Market moves to the old station",
             "Zoo welcomes two pandas", "Harbour festival returns", "Cycling lanes on the main road",
             "Museum reopens after repairs", "Police seek witnesses", "New park for the north district"]
FOOT = ["Home | News | Sport | Weather", "Copyright 2008 Example News. All rights reserved."]


def clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def removed_by(result, rule_id):
    return [r.text for r in result.removals if r.rule_id == rule_id]


@pytest.mark.parametrize("heading", ["Other stories", "Most popular", "More world stories from Example News:",
                                     "Sports Headlines"])
def test_a_box_under_a_short_story_over_a_long_sidebar_goes(heading):
    # The heading stands seventh of twenty-one lines: upper half by count, after the article by its prose.
    result = clean([TITLE, *STORY, heading, *HEADLINES, *FOOT])
    assert result.text == "\n".join([TITLE, *STORY]) + "\n"
    assert removed_by(result, "related-link-list") == HEADLINES


def test_the_story_going_on_under_the_heading_keeps_it():
    # A fifth of the prose or more below: the story goes on, and the heading is its own.
    more = ["A tunnel was planned first, and dropped in 2004 for its cost, which the region could not meet.",
            "The bridge will carry a tram line, two lanes for cars and a wide path for bikes and walkers alike."]
    for heading in ("On this topic", "Other stories"):
        text = [TITLE, *STORY[:2], heading, *more, *STORY[2:], *HEADLINES[:6]]
        assert heading in clean(text).text.splitlines()


def test_a_heading_with_no_story_above_it_stays():
    # A page of lists that opens on the heading: nothing above it to have ended.
    text = ["Around the web", *HEADLINES, *STORY]
    result = clean(text)
    assert "Around the web" in result.text.splitlines()
    assert not removed_by(result, "related-link-list")


def test_an_article_ending_on_its_own_reading_list_keeps_it():
    # A reading list the story closes on ("See also") is no box of other stories.
    books = ["- The Bridge Builders, by Ann Lee", "- Rivers and Roads, by Tom Hale", "- A City on Two Banks, by Jo Kim"]
    text = [TITLE, *STORY, "See also", *books]
    assert clean(text).text == "\n".join(text) + "\n"


def test_dialogue_using_the_words_after_the_story_stays():
    text = [TITLE, *STORY, "\"Don't miss!\" she shouted as he raised the rifle.", *HEADLINES]
    assert "\"Don't miss!\" she shouted as he raised the rifle." in clean(text).text.splitlines()


def test_a_guide_whose_sections_are_short_keeps_its_heading_over_a_list():
    # Sections under eight words are no prose for the article's end, but their sentences are text:
    # a heading with a sentence of the text below it is not after the article.
    text = [TITLE, *STORY[:2], "Don't miss", "- The old bridge", "- The river walk", "- The market hall",
            "- The tram museum", "Getting there", "Trains from the city take an hour.", "Where to stay",
            "Near the station, by the park."]
    assert clean(text).text == "\n".join(text) + "\n"


def test_cleaning_again_changes_nothing():
    once = clean([TITLE, *STORY, "Other stories", *HEADLINES, *FOOT]).text
    assert Cleaner().clean(once, lang="en").text == once


def test_in_a_page_through_trafilatura():
    page = ("<html><head><title>{0}</title></head><body><div class='story'><h1>{0}</h1>{1}"
            "<h3>Other stories</h3><ul>{2}</ul></div></body></html>").format(
        TITLE, "".join(f"<p>{p}</p>" for p in STORY), "".join(f"<li>{h}</li>" for h in HEADLINES))
    result = Cleaner().clean_html(page, lang="en")
    assert result.text.splitlines() == [TITLE, *STORY]
    assert removed_by(result, "en-related-heading") == ["Other stories"]
    assert removed_by(result, "related-link-list") == [f"- {h}" for h in HEADLINES]


def test_the_article_ends_where_a_fifth_of_its_prose_or_less_is_left_below():
    assert article_end([0, 20, 20, 20, 20, 0, 0, 0, 5]) == 5  # a short teaser below
    assert article_end([0, 20, 20, 20, 20, 0, 0, 0, 30]) == 9  # a long paragraph below: the story's
    assert article_end([0, 0, 0]) == 3  # no prose: no article, nothing after it
    assert article_end([40, 10, 0]) == 1  # the last fifth of the prose may stand below


def test_a_line_the_story_follows_at_once_is_not_after_it():
    texts = [TITLE, *STORY, "Other stories", *HEADLINES, FOOT[1]]
    copyright_taken = len(texts) - 1
    after = AfterArticle(texts, lambda i: i == copyright_taken, TailShape())
    heading = texts.index("Other stories")
    assert after(heading) and after(heading + 1)
    # The story's last paragraph is its last fifth: a subheading over it is the story's.
    assert not after(heading - 2)
    assert not after(0)


RULE = """
rules:
  - id: x-heading
    description: a box's heading
    family: related
    match: {{phrase: [Other stories]}}
    action: {action}
    zone: {zone}
    examples:
      drop: ["Other stories", "OTHER STORIES"]
      keep: ["Other stories tell it differently.", "Other stories were told."]
"""


@pytest.mark.parametrize("action, zone, message", [
    ("drop_rest", '{tail: "50%", after_article: true}', "after_article is for a drop_line rule"),
    ("drop_line", "{head: 5, after_article: true}", "after_article needs a tail"),
    ("drop_line", '{tail: "50%", after_article: "yes"}', "after_article takes true or false"),
])
def test_the_loader_refuses_a_wrong_after_article(action, zone, message):
    with pytest.raises(RuleError, match=message) as raised:
        parse_rule_file(RULE.format(action=action, zone=zone), "x.yaml", "x")
    assert "x.yaml" in str(raised.value)


def test_the_loader_reads_after_article():
    rules = parse_rule_file(RULE.format(action="drop_line", zone='{tail: "50%", after_article: true}'),
                            "x.yaml", "x").rules
    assert rules[0].after_article and rules[0].tail == 0.5
    assert rules[0].in_zone(2, 20, after_article=True) and not rules[0].in_zone(2, 20)
