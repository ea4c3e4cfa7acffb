"""English families in text mode: what they take from a page written for the test (its
article kept whole), and the article lines beside them they must leave."""

from cleaner import Cleaner

ARTICLE = [
    "Library opens three new branches",
    "The city will open three new library branches in September, with longer hours at weekends.",
    "The council said the branches would lend tools and musical instruments as well as books.",
    "Readers can book study rooms online from next month, a spokeswoman said on Tuesday.",
]


def _clean(lines: list[str]):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def test_a_shop_page_loses_its_buttons_and_keeps_its_article():
    chrome = ["Add to my wishlist", " In stock ", "CLICK TO ORDER", "Review this store",
              "Buy Example Title now from these online retailers:", "Find it at a Retailer near you:"]
    result = _clean([*ARTICLE, *chrome])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-shop-buttons", "en-retailer-links"}


def test_a_footer_of_legal_small_print_goes_and_a_story_about_it_stays():
    chrome = ["Reproduction in whole or in part without permission is prohibited.",
              "Use of this site is governed by our Terms of Service and Privacy Policy."]
    result = _clean([*ARTICLE, *chrome])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["en-legal-notice", "en-legal-notice"]
    story = [*ARTICLE[:2],
             '"Reproduction in whole or in part without permission is prohibited," the sign said.',
             "No part of this site may be built on without the council's permission.",
             *ARTICLE[2:]]
    assert not _clean(story).removals


def test_tool_rows_and_box_headings_go_one_line_each():
    lines = [ARTICLE[0], "Larger text | Smaller text", "Printer Friendly Version E-Mail This Article",
             *ARTICLE[1:], "KEY STORIES", "Subscribe to comments on this entry"]
    result = _clean(lines)
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["en-tool-row", "en-tool-row", "en-box-heading",
                                                    "en-box-heading"]


def test_a_forum_posts_profile_fields_and_action_row_go_and_its_text_stays():
    post = "I had the same problem with the boiler last winter; a new thermostat fixed it for good."
    lines = [*ARTICLE, "Posts: 1,338", "Registered: February 02, 2001", post, "[reply] [top]"]
    result = _clean(lines)
    assert result.text == "\n".join([*ARTICLE, post]) + "\n"
    assert [r.rule_id for r in result.removals] == ["en-forum-post-count", "en-forum-profile",
                                                    "en-reply-links"]


def test_a_place_beside_a_byline_goes_only_when_the_byline_names_it():
    def page(*middle: str) -> str:
        return "\n".join([ARTICLE[0], *middle, *ARTICLE[1:]]) + "\n"

    for byline in ["AFP / New Delhi / Ann Lee", "AFP / New  Delhi / Ann Lee"]:  # spaces fold as the line's do
        placed = Cleaner().clean(page("New Delhi", byline), lang="en")
        assert [r.rule_id for r in placed.removals] == ["head-place-beside-byline", "agency-byline"], byline
    # Beside a byline that does not name it, a short line is as often a section's kicker, a
    # dedication or a heading as a place: it stays, as a wrapped word does.
    for middle in ["New Delhi", "Analysis", "TO MY MOTHER", "The", "A Winter Journey"]:
        result = Cleaner().clean(page("By Jane Doe", middle), lang="en")
        assert [r.rule_id for r in result.removals] == ["byline-by"], middle
        assert middle + "\n" in result.text
    # Its words, not a part of one: "Delhi" is no place "New Delhi" names again.
    assert "Delhi\n" in Cleaner().clean(page("Delhi", "AFP / New Delhiwala / Ann Lee"), lang="en").text


def test_a_date_beside_a_byline_is_a_date_stamp():
    result = _clean([ARTICLE[0], "By Jane Doe", "December 6, 2025", *ARTICLE[1:]])
    assert [(r.rule_id, r.family) for r in result.removals] == [
        ("byline-by", "byline"), ("en-head-date", "dateline")]


def test_a_pages_widgets_prompts_and_pager_go_one_line_each():
    chrome = ["Loading Comments...", "Up to Top", "Back",
              "Get the RSS Feed: - Add to My Yahoo!: - Add to Google Homepage:",
              "Subscribe to this blog's main feed", "Click here for more information",
              "| « previous page | 1 \\| 2 \\| 3 | next page » |"]
    result = _clean([*ARTICLE, *chrome])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == [
        "en-widget-label", "en-widget-label", "en-widget-label", "en-feed-prompt",
        "en-feed-prompt", "en-click-here-prompt", "en-pager-row"]


def test_sentences_with_the_widgets_words_stay():
    story = [*ARTICLE[:2], "Loading the van took all morning, the librarian said.", "Back!",
             "Click here for more information about the trial, the leaflet said, and nobody did.",
             "Get the RSS feed right and the rest follows, she said.", *ARTICLE[2:]]
    assert not _clean(story).removals


def test_comment_stamps_of_a_newspapers_forum_are_stamps():
    post = "The new branch in the old post office is the best thing the council has done in years."
    lines = [*ARTICLE, "Posted by: Dom, London on 5:19pm Tue 1 Jan 08", post,
             "Posted by: K. Nedd | January 14, 2008 08:53 PM", post + " Well done."]
    result = _clean(lines)
    assert [(r.rule_id, r.family) for r in result.removals] == [("en-posted-stamp", "dateline")] * 2
    assert post in result.text


def test_a_writers_post_under_a_byline_is_the_byline_and_a_headline_with_commas_stays():
    result = _clean([ARTICLE[0], "By Jane Doe", "NEWS-GAZETTE STAFF WRITER", *ARTICLE[1:]])
    assert [(r.rule_id, r.family) for r in result.removals] == [("byline-by", "byline"),
                                                                ("en-staff-title", "byline")]
    headline = "Jane Doe, royal biographer, defends her controversial book"
    result = _clean(["Books", headline, "By Associated Press", *ARTICLE[1:]])
    assert headline + "\n" in result.text
    tags = "Books, Europe, foreign policy"
    result = _clean(["Books", tags, "By Associated Press", *ARTICLE[1:]])
    assert "head-label-beside-byline" in [r.rule_id for r in result.removals]


def test_comment_form_states_archive_searches_and_go_to_links_go():
    chrome = ["There are currently no comments for this entry.", "Add your comments to this page here:",
              "TELL US WHAT YOU THINK:", "Search the web for more...", "Go to The Quad Blog »",
              "Example.com Staff | Tags: Three and out, Doug Martin", "Most Popular Posts"]
    result = _clean([*ARTICLE, *chrome])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == [
        "en-comment-prompt", "en-comment-prompt", "en-comment-prompt", "en-archive-search-prompt",
        "en-back-to-link", "en-byline-tags", "en-box-heading"]
    story = [*ARTICLE[:2], "Tell us what you think about the photo in the comments below.",
             "Go to the Town Hall forum and ask for the mayor, she said.", *ARTICLE[2:]]
    assert not _clean(story).removals


def test_a_comments_report_form_and_a_mail_form_go_and_a_story_about_spam_stays():
    chrome = ["Report offensive content:", "Select type of offense:",
              "Spam: Advertisements, commercial links, or repetitive posts",
              "Add your own personal message: (Optional)", "Follow @example and @examplelab on Twitter."]
    result = _clean([*ARTICLE, *chrome])
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["en-report-form"] * 4 + ["en-follow-us"]
    story = [*ARTICLE[:2], "Spam: the word comes from a sketch about a café.", *ARTICLE[2:]]
    assert not _clean(story).removals


def test_a_help_page_s_headings_on_text_size_stay_and_the_toolbar_label_goes():
    # atk7: "Adjust text size" and "Change font" alone are a help page's headings; the toolbar
    # prints its label with a colon ("Adjust text size:") before its buttons.
    text = ["How to read more comfortably on your tablet",
            "Small type is the most common complaint we hear from readers over sixty.",
            "Adjust text size",
            "Open the settings, choose Display, and drag the slider until the text is easy to read.",
            "Change font",
            "Some apps let you pick a rounder typeface, which many readers find easier on the eyes."]
    assert _clean(text).text == "\n".join(text) + "\n"
    result = _clean([*ARTICLE, "Adjust text size:"])
    assert [r.rule_id for r in result.removals] == ["en-tool-row"]
