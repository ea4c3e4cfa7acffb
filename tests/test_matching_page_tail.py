"""Chrome after the article's end (issue #19): the writer's biography box and a post's trackbacks
(page rules page-author-bio, page-trackbacks in rules/page.yaml), and a box's label left alone
under the story (en-tail-box-label in rules/en.yaml), on pages and texts written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY, removed_by

STORY = FERRY_PIER_STORY
BIO = ("Mara Quill is a freelance writer in Whitby who covers the coast, its boats and its people. "
       "Her book on the herring fleet came out last spring.")


def page(*blocks: str) -> str:
    """A blog post: the story's paragraphs, then ``blocks`` under them in the post's element."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Kettleness pier to be rebuilt</title></head><body>'
            '<div class="site"><div class="post-body"><h1>Kettleness pier to be rebuilt</h1>\n'
            f"{paragraphs}\n" + "\n".join(blocks) + "\n</div></div></body></html>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_the_writer_s_biography_under_the_story_goes(cleaner):
    bio = f'<div class="mini-bio"><p>About Mara Quill</p><p>{BIO}</p></div>'
    result = cleaner.clean_html(page(bio))
    assert removed_by(result, "page-author-bio") == ["About Mara Quill", BIO]
    assert STORY[-1] in result.text


def test_a_biography_box_between_the_story_s_paragraphs_stays(cleaner):
    # An exhibition's review sets the painter's life apart in a box of its own mid-story; the
    # review goes on under it (where: after takes only a box below the last paragraph).
    life = ("Ida Brenner was born in Lucerne in 1961 and trained as a draughtswoman in a firm of "
            "architects before she painted a single canvas of her own.")
    more = ("She moved to the coast in 1990 and has painted the same stretch of shore ever since, "
            "in every season and at every hour of the day.")
    later = ["The harbour board will show her paintings of the old pier in the ferry's waiting room "
             "once it opens, beside the plans for the new one and photographs of the storm.",
             "Tickets for the opening, on the first Saturday of the summer, are free and may be "
             "booked at the harbour office or on the board's website until the end of May."]
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    after = "\n".join(f"<p>{p}</p>" for p in later)
    html = ('<!DOCTYPE html><html lang="en"><head><title>Shore paintings</title></head><body>'
            '<div class="site"><div class="post-body"><h1>Shore paintings</h1>\n'
            f'{paragraphs}\n<section class="artist-bio"><p>{life}</p><p>{more}</p></section>\n{after}\n'
            '</div></div></body></html>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-author-bio") == []
    assert life in result.text and more in result.text


def test_a_biography_that_is_the_page_s_text_stays(cleaner):
    # A writers' guild's page on one member: the whole text stands in the "bio" element.
    paragraphs = "\n".join(f"<p>{p}</p>" for p in [BIO, *STORY])
    html = ('<!DOCTYPE html><html lang="en"><head><title>Mara Quill</title></head><body>'
            f'<div class="member-bio"><h1>Mara Quill</h1>\n{paragraphs}\n</div></body></html>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-author-bio") == []
    assert BIO in result.text


def test_a_long_paragraph_keeps_its_bio_box(cleaner):
    # A box holding a line longer than max_line_words (80) is no biography under a story.
    long_line = " ".join(["The pier was built in 1894 by the railway company and served the island for a century."] * 6)
    result = cleaner.clean_html(page(f'<div class="bio"><p>{long_line}</p><p>About Mara Quill</p></div>'))
    assert removed_by(result, "page-author-bio") == []


def test_a_post_s_trackbacks_go(cleaner):
    trackbacks = ('<div id="trackbacks"><h3>TrackBack</h3><p>TrackBack URL for this entry: '
                  "http://blog.example.net/trackback/2207</p><p>Listed below are links to weblogs that "
                  "reference this post.</p><p>Harbour notes: The pier again</p></div>")
    result = cleaner.clean_html(page(trackbacks))
    removed = removed_by(result, "page-trackbacks")
    assert "Harbour notes: The pier again" in removed
    assert "Listed below are links to weblogs that reference this post." in removed
    assert STORY[-1] in result.text


def test_words_of_the_story_on_a_paragraph_s_class_say_nothing(cleaner):
    # A paragraph classed "biography-note" names no bio box: "biography" is a word of its own.
    note = '<p class="biography-note">Mara Quill wrote this piece from the pier itself.</p>'
    result = cleaner.clean_html(page(note))
    assert removed_by(result, "page-author-bio") == []


TEXT_STORY = "\n".join(STORY)


def test_a_label_left_under_the_story_goes():
    text = f"Kettleness pier to be rebuilt\n{TEXT_STORY}\nComments\nSpecial reports\nTides and timetables\n"
    result = Cleaner().clean(text)
    assert removed_by(result, "en-tail-box-label") == ["Comments", "Special reports"]


def test_a_label_over_a_paragraph_stays():
    text = (f"Kettleness pier to be rebuilt\n{TEXT_STORY}\nComments\n"
            "Readers wrote in to ask why the second berth was left for later, and the board answered them.\n")
    assert removed_by(Cleaner().clean(text), "en-tail-box-label") == []


def test_a_label_inside_the_story_stays():
    text = f"Kettleness pier to be rebuilt\n{STORY[0]}\nSpecial reports\n" + "\n".join(STORY[1:]) + "\n"
    assert removed_by(Cleaner().clean(text), "en-tail-box-label") == []

