"""Readers' comments the extraction let through (issue #19): page-comment-thread in
rules/page.yaml takes a comment thread's lines under the article whatever their length, and
leaves an opinion page classed "comment", letters a story quotes, a forum's thread, a FAQ's
answers and any page whose comments were asked for (--comments). Pages written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY, removed_by

STORY = [
    *FERRY_PIER_STORY,
    "The council will hold an open meeting about the timetable in the village hall on the first "
    "Thursday of March.",
    "The pier was built in 1894 by the railway company, which ran a steamer to the island twice a day "
    "until the line closed in the nineteen-sixties.",
    "Since the storm, boats have landed at the slipway in Runswick Bay, a longer crossing that has kept "
    "many older visitors away from the island.",
    "The rebuilding will cost four million pounds, half of it from a national fund for coastal towns and "
    "the rest from the harbour board's own reserves.",
]
LETTERS = [
    "I grew up in Kettleness and I remember the pier before the storm; rebuilding it is the best news "
    "the village has had in years, and I hope they keep the old iron railings.",
    "Eighteen months sounds optimistic to me, given how long the sea wall took, but I would be glad to "
    "be proven wrong by the board.",
]


def thread(cls: str = "story-comments") -> str:
    """Two readers' comments, each with its writer's name, in an element classed ``cls``."""
    return (f'<div class="{cls}"><h3>Reader views (2)</h3><p class="commentOdd">{LETTERS[0]}</p>'
            f'<p>- Ann, Staithes</p><p class="commentEven">{LETTERS[1]}</p><p>- Tom, Whitby</p></div>')


def page(body: str, wrapper: str = "post-body", title: str = "Kettleness pier to be rebuilt") -> str:
    return ('<!DOCTYPE html><html lang="en"><head><title>' + title + '</title></head><body>'
            f'<div class="site"><div class="{wrapper}"><h1>{title}</h1>\n{body}\n</div></div></body></html>')


def paragraphs(lines: list[str]) -> str:
    return "\n".join(f"<p>{line}</p>" for line in lines)


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("cls", ["story-comments", "readerComments"])
def test_a_thread_under_the_story_goes_whatever_its_length(cleaner, cls):
    result = cleaner.clean_html(page(paragraphs(STORY) + thread(cls)))
    assert removed_by(result, "page-comment-thread") == LETTERS
    assert all(line in result.text for line in STORY)


def test_asked_for_comments_stay(cleaner):
    # Asked for its comments, trafilatura takes this thread out of the text as comments; a thread
    # it does not know as one comes through as text, and the page's facts say they were asked for.
    from cleaner.io.html import extract

    html = page(paragraphs(STORY) + thread())
    assert extract(html, comments=True).facts.comments
    extracted = extract(html)
    assert not extracted.facts.comments
    extracted.facts.comments = True
    result = cleaner.clean_extracted(extracted)
    assert removed_by(result, "page-comment-thread") == []
    assert all(letter in result.text for letter in LETTERS)


def test_an_opinion_page_classed_comment_keeps_its_text(cleaner):
    # The article's own wrapper says "comment" (an opinion section): it holds the whole text.
    html = page(paragraphs(STORY), wrapper="article comment comment-is-free", title="Comment: the pier we need")
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-comment-thread") == []
    assert all(line in result.text for line in STORY)


def test_readers_letters_the_story_quotes_stay(cleaner):
    # Letters set in the story's body, with its paragraphs after them: the story's own text.
    quoted = "".join(f'<blockquote class="reader-comment"><p>{letter}</p></blockquote>' for letter in LETTERS)
    result = cleaner.clean_html(page(paragraphs(STORY[:4]) + quoted + paragraphs(STORY[4:])))
    assert removed_by(result, "page-comment-thread") == []
    assert all(letter in result.text for letter in LETTERS)


def test_a_forum_page_that_is_the_thread_keeps_it(cleaner):
    # A forum's thread: a short opening post, and the replies most of the page's text.
    posts = "".join(f'<div class="reply"><p class="comment-body">{line}</p></div>' for line in STORY[2:] + LETTERS)
    result = cleaner.clean_html(page(paragraphs(STORY[:1]) + f'<div class="forum-replies">{posts}</div>',
                                     title="Pier rebuilding: what do you think?"))
    assert removed_by(result, "page-comment-thread") == []
    assert all(line in result.text for line in STORY[2:] + LETTERS)


def test_a_faq_s_answers_stay(cleaner):
    # A FAQ whose answers a help desk's software classes "replies": they are the page's text.
    faq = "".join(f'<h3>Question {n}: when does the ferry run?</h3><div class="replies"><p>{line}</p></div>'
                  for n, line in enumerate(STORY, start=1))
    result = cleaner.clean_html(page(faq, title="Ferry questions"))
    assert removed_by(result, "page-comment-thread") == []
    assert all(line in result.text for line in STORY)


def test_a_word_style_named_comment_says_nothing(cleaner):
    # A press release saved from Microsoft Word: its last paragraphs in the style "MsoCommentText".
    styled = "".join(f'<p class="MsoCommentText">{line}</p>' for line in STORY[6:])
    result = cleaner.clean_html(page(paragraphs(STORY[:6]) + styled))
    assert removed_by(result, "page-comment-thread") == []
    assert all(line in result.text for line in STORY)
