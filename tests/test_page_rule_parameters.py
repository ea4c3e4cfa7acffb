"""The page rules' words and parameters: class and id words as the page rules read them, and
the kinds' parameters read from YAML and checked there."""

import pytest

from cleaner.io.page_facts import words_of


@pytest.mark.parametrize("classes, id_, words", [
    ("relatedPosts sidebar_widget", "main-nav", {"related", "posts", "sidebar", "widget", "main", "nav",
                                                 "relatedposts", "sidebarwidget", "mainnav"}),
    ("entry-content", "", {"entry", "content", "entrycontent"}),
    ("more-stories top_stories", "moreStories", {"more", "stories", "morestories", "top", "topstories"}),
    ("", "", set()),
    ("navbar", "HTMLBody", {"navbar", "htmlbody"}),  # no step inside a run of capitals: one word
    ("", "galleryCaption12", {"gallery", "caption", "12", "gallerycaption", "caption12"}),
])
def test_class_and_id_words(classes, id_, words):
    assert words_of(classes, id_) == words


def test_a_class_word_is_matched_whole():
    # "nav" is a word of "main-nav", not of "navbar" nor "canvas".
    assert "nav" in words_of("main-nav", "") and "nav" not in words_of("navbar canvas", "")


def _structure(body: str):
    from cleaner.rules.loader import parse_rule_file

    return parse_rule_file("structure:\n" + body, "my/page.yaml", "page").structure[0]


def test_page_outside_parameters_are_read_from_yaml():
    rule = _structure("  - id: my-box\n    kind: page_outside\n    description: boxes\n    where: before\n"
                      "    article_held: 60%\n    linked: 40%\n    max_held: 5%\n    max_line_words: 9\n")
    assert (rule.where, rule.article_held, rule.linked, rule.max_held, rule.max_line_words) == (
        "before", 0.6, 0.4, 0.05, 9)


def test_page_rule_parameters_are_read_from_yaml():
    rule = _structure("  - id: my-run\n    kind: page_link_run\n    description: runs of links\n"
                      "    elements: [li]\n    link_share: 60%\n    min_lines: 5\n    max_words: 9\n    family: related\n")
    assert (rule.elements, rule.link_share, rule.min_lines, rule.max_words, rule.family) == (
        frozenset({"li"}), 0.6, 5, 9, "related")


@pytest.mark.parametrize("body, message", [
    ("kind: page_section\n    description: d\n", "needs words, classes or elements"),
    ("kind: page_section\n    description: d\n    classes: [Sr-Only]\n", "lower-case class names"),
    ("kind: page_section\n    description: d\n    words: [Related]\n", "lower-case letters and digits"),
    ("kind: page_link_run\n    description: d\n    link_share: 0.8\n", "a share such as '80%'"),
    ("kind: page_section\n    description: d\n    words: [x]\n    family: chrome\n", "unknown family 'chrome'"),
    ("kind: page_section\n    description: d\n    words: [x]\n    family: page_box\n",
     "family 'page_box' is the over-cleaning guard's to weigh apart, given by the kinds that prove it, not by a page_section rule"),
    ("kind: page_link_run\n    description: d\n    family: ticker\n", "family 'ticker' is the over-cleaning guard's"),
    ("kind: page_link_run\n    description: d\n    family: thread\n", "family 'thread' is the over-cleaning guard's"),
    ("kind: repeated_block\n    description: d\n    words: [related]\n", "words is for the page kinds"),
    ("kind: page_outside\n    description: d\n", "needs article_held"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    where: below\n", "where must be after, before or outside"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    where: outside\n", "where: outside is for the page_section kind"),
    ("kind: page_outside\n    description: d\n    article_held: 50%\n    linked: 0.3\n", "a share such as '80%'"),
    ("kind: page_link_run\n    description: d\n    linked: 30%\n", "linked is for the page_outside, page_link_box and page_lone_link kinds"),
    ("kind: menu_run\n    description: d\n    where: after\n", "where is for the page kinds"),
    ("kind: page_section\n    description: d\n    words: [nav]\n    menu_words: [Nav]\n", "lower-case letters and digits"),
    ("kind: repeated_block\n    description: d\n    menu_words: [nav]\n", "menu_words is for the page kinds"),
    ("kind: page_section\n    description: d\n    words: [x]\n    heading_words: [Side]\n", "lower-case letters and digits"),
    ("kind: page_link_run\n    description: d\n    heading_words: [side]\n", "heading_words is for the page_section kind"),
    ("kind: page_link_run\n    description: d\n    unless_words: [notes]\n", "unless_words is for the page_section kind"),
])
def test_page_rule_parameters_are_checked(body, message):
    from cleaner.rules.model import RuleError

    with pytest.raises(RuleError) as info:
        _structure("  - id: my-rule\n    " + body)
    assert message in str(info.value) and str(info.value).startswith("my/page.yaml:")
