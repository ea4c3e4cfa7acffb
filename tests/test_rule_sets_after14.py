"""The fourteenth round's rules for a story's foot: tool rows the older rule has no word for,
links to the neighbouring stories with no titles, a request for comments by e-mail, an SMS
alert offer. Under a story they go; a story or a collection using the same words stays whole.
Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

STORY = HARBOUR_STORY


def test_the_foot_below_a_story_goes_and_the_story_stays():
    foot = [
        "| 4 March 2009 - 9:12AM | Print \\| View all stories \\| Send to a friend |",
        "Story E-Mail :: Comments :: Syndication :: Printer Friendly Version",
        "| < Previous story |  | Next story > |",
        "Email your thoughts to desk@harbour-news.example",
        "For the latest harbour news on mobile sms HARB to 5566",
        "Next story",
    ]
    result = clean_lines([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-tool-row-more", "en-article-neighbours-row", "en-comments-by-email",
        "en-sms-news-alert", "en-article-neighbour-link"}


def test_a_row_of_tools_goes_wherever_it_stands():
    # Over the story's first paragraph, as a page prints its toolbar under the headline.
    lines = [STORY[0], "Page Tools: Print this story Email this story", *STORY[1:]]
    result = clean_lines(lines)
    assert result.text == "\n".join(STORY) + "\n"


def test_a_collection_s_heading_over_its_next_tale_stays():
    lines = [
        "Three tales from the lighthouse keeper's notebook, told over one winter by the stove.",
        "The first tale is about a storm that kept the supply boat away for eleven days in 1911.",
        "The second is about a dog who swam out to the reef every evening and came back at dawn.",
        "Next story",
        "The last tale is about the night the lamp went out and the keeper's daughter lit it again.",
    ]
    assert clean_lines(lines).text == "\n".join(lines) + "\n"


def test_the_same_words_in_a_story_s_sentences_stay():
    lines = [
        *STORY,
        "Print the PDF and email this page to the club secretary before Friday, the notice says.",
        "Send this story to your friend, she said, and see if he laughs at the bit about the gulls.",
        "Email your thoughts to the council before the meeting on Friday.",
        "SMS HELP to 4411 if you are lost on the hill, the rescue team said.",
    ]
    assert clean_lines(lines).text == "\n".join(lines) + "\n"


def test_a_forum_s_permissions_and_a_blog_s_foot_labels_go():
    foot = [
        "Post navigation",
        "No related posts.",
        "E-mail story Print view Share: Reddit Technorati",
        "Comments closed",
        "Email the webmaster",
        "You cannot attach files in this forum",
        "You can reply to topics in this forum",
    ]
    result = clean_lines([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-foot-widget-labels", "en-tool-row-more", "en-comment-section-labels", "en-forum-permissions"}


def test_a_label_over_the_text_s_own_paragraph_stays():
    # Over a paragraph, "Contact the webmaster" is a parish page's own heading.
    lines = [
        "How our parish web site is run",
        "The parish council pays for the web site out of the hall fund, about forty pounds a year.",
        "Contact the webmaster",
        "Ann Lee looks after the site in her spare time, and she answers letters about it on Sundays.",
        "You cannot reply to topics in this forum, the moderator wrote, until your account is a week old.",
    ]
    assert clean_lines(lines).text == "\n".join(lines) + "\n"


def test_a_broadcast_s_links_a_topics_line_and_a_thread_list_row_go():
    foot = [
        "Transcript | Download mp3 | Download mp4",
        "Related Topics: Ferries, Harbour council",
        "- posted by Ferryman - last activity 12/26 03:27pm",
    ]
    result = clean_lines([*STORY, *foot])
    assert result.text == "\n".join(STORY) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-media-download-row", "en-related-topics-after-article", "en-thread-list-activity"}


def test_a_topics_line_that_goes_on_as_a_sentence_stays():
    lines = [*STORY, "Related topics: the report also looks at the ferry's fares, which rose by a fifth last year."]
    assert clean_lines(lines).text == "\n".join(lines) + "\n"
