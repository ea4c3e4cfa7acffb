"""English chrome standing between a story's own lines, told by its own shape (rules/en-mid-page.yaml):
a shop's coupon offer, a post's meta row ending on its trackback, a forum's edit note, an embed's
fallback link, a repost's pointer, a paper's credit to its own correspondent, a read counter's post
stamp, a footer's bare comments link, an alphabet strip, a forum's respond button, a reload note and
a shop's also-bought heading. Between the story's paragraphs they go; the same words going on as the
story's sentences stay. Every text here is written for the test."""

import pytest

from conftest import HARBOUR_STORY, as_text, clean_lines, inside_harbour_story, rules_by_line


@pytest.mark.parametrize(("line", "rule_id"), [
    ("Take 15% off all rucksacks at Trail Packs Direct. Use code TRAIL15 at checkout.", "en-coupon-code-ad"),
    ("Save $25 on any purchase of $100 at examplebags.com", "en-coupon-code-ad"),
    ("by Lena Holt , Filed under: Interviews,Fan Art,Conventions , trackback", "en-post-meta-trackback"),
    ("This message has been edited. Last edited by: harbourfan,", "en-forum-edit-note"),
    ("(Video not showing? Use this link.)", "en-embed-fallback-link"),
    ("See original here:", "en-source-original-pointer"),
    ("Our Correspondent", "en-own-correspondent-credit"),
    ("[1532 Reads] Posted by: admin on Monday, May 3, 2004", "en-read-count-post-stamp"),
    ("comments |", "en-post-footer-comments-link"),
    ("Respond to Topic", "en-forum-respond-button"),
    ("Press RELOAD in your browser if this page looks unchanged", "en-browser-refresh-note"),
    ("Customers Who Viewed This Item Also Bought:", "en-shop-also-bought-heading"),
])
def test_the_chrome_line_between_the_storys_paragraphs_goes(line, rule_id):
    result = clean_lines(inside_harbour_story(line))
    assert rules_by_line(result) == {line: rule_id}
    assert result.text == as_text(HARBOUR_STORY)


def test_an_alphabet_strip_among_the_pages_boxes_goes():
    # Between two paragraphs the alphabet is the text's (a typeface's capitals, a song): the strip
    # stands over the directory's help line or among its links.
    strip = "Find a member by name: A B C D E F G H I J K L M N O P Q R S T U V W Y Z"
    lines = [*HARBOUR_STORY, strip, "CAN'T FIND YOUR MEMBER?"]
    result = clean_lines(lines)
    assert rules_by_line(result).get(strip) == "en-alphabet-index-strip"


@pytest.mark.parametrize("line", [
    "Use code blocks at checkout time to keep the sums right, the bookkeeping guide advises.",
    "Save $25 on any purchase of $100 at the school fair, the flyer promised.",
    "This message has been edited for length and clarity.",
    "Not showing? Here's why: the gallery closed in May.",
    "Our correspondent in the islands reports that the ferry was late again on Sunday.",
    "Posted by: admin on Monday, May 3, 2004, the notice was read 1532 times.",
    "Respond to the topic of the week in no more than two hundred words.",
    "Click refresh if the page seems unchanged, the help desk told her, but nothing happened.",
    "Customers who bought this also bought tents, the survey found.",
])
def test_the_same_words_going_on_as_a_sentence_stay(line):
    lines = inside_harbour_story(line)
    assert clean_lines(lines).text == as_text(lines)


def test_a_coupon_needs_a_code_in_capitals_and_digits_and_a_price():
    lines = inside_harbour_story("Take the coastal path and use code words at the checkpoint, the guide said.")
    assert clean_lines(lines).text == as_text(lines)
    no_price = inside_harbour_story("Ask at the desk and use code TIDE7 at checkout for the members' rate.")
    assert clean_lines(no_price).text == as_text(no_price)
