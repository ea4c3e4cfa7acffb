"""What an English news page prints round its story in plain text (a masthead, the site's
disclaimers, offers, archive and forum prompts, the footer's links flattened into one line)
goes; the story, whose sentences use the same words, stays whole. Every page here is
written for the test."""

from cleaner import Cleaner

ARTICLE = [
    "Town paper marks a century of local news",
    "The Valley Gazette printed its first issue in 1925, and its publisher says the paper will go on.",
    "Jane Doe, editor of the Gazette since 1998, said the views expressed by readers had shaped every page.",
    "“Subscribe now!” shouted the boy at the door, as boys had shouted for a hundred years.",
    "Search our archives, the librarian said, and you will find the first front page.",
    "Don't miss out on the fair, my mother told me when I was seven, and I never have.",
    "The paper asked readers to discuss the news in the town hall, not in the forums.",
]

FOOTER = [
    "Search for more articles about this story in the archive",
    "The following are comments from readers. They do not represent the views of the Valley Gazette.",
    "Post a comment:",
    "Start the year well - subscribe now to save 25%",
    "Don't miss out: subscribe today!",
    "Get our stories by email",
    "Discuss in our forums",
    "Please support local merchants!",
    "Ann Lee, Publisher",
    "Tom Hill, Managing Editor",
    "The views expressed on this site are not necessarily those of the Valley Gazette.",
    "Copyright & Trade Marks",
    "Privacy Policy Terms of Service Advertising Info About Us",
]


def test_an_english_page_loses_its_footer_and_keeps_the_story():
    result = Cleaner().clean("\n".join([*ARTICLE, *FOOTER]) + "\n")
    assert result.lang == "en"
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert {r.rule_id for r in result.removals} == {
        "en-archive-search-prompt", "en-views-disclaimer", "en-comment-prompt", "en-offer-copy",
        "en-news-by-email", "en-forum-teaser", "en-sponsor-appeal", "en-masthead-line",
        "en-copyright-link", "en-footer-links"}


def test_a_masthead_line_goes_only_among_the_last_lines():
    # A name and a post opening a story is the story's own line (an interview's heading).
    lines = ["Ann Lee, Publisher", *ARTICLE[1:], *ARTICLE[1:], *ARTICLE[1:]]
    result = Cleaner().clean("\n".join(lines) + "\n")
    assert "Ann Lee, Publisher" in result.text
    assert "en-masthead-line" not in {r.rule_id for r in result.removals}


def test_a_breadcrumb_behind_its_label_and_a_visitor_counter_go():
    lines = ["You are in: Gardening", *ARTICLE, "You are visitor number 1234."]
    result = Cleaner().clean("\n".join(lines) + "\n")
    assert result.text == "\n".join(ARTICLE) + "\n"
    assert {r.rule_id for r in result.removals} == {"en-you-are-here", "en-hit-counter"}
