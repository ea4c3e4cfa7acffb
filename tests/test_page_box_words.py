"""Boxes a page names as chrome in words any site may use (issue #19): a placeholder standing in
for an embedded post until the reader agrees to load it and a cookie banner (page-consent-box), a
dialog laid over the page (page-chrome-section's "modal"), a related box named in the site's
language, and the writer's box under the story printed twice by a theme (page-author-bio), on
pages written for these tests."""

import pytest

from cleaner import Cleaner
from conftest import FERRY_PIER_STORY, removed_by

STORY = FERRY_PIER_STORY
EMBED_TITLE = "This post from another site is not shown"
EMBED_NOTE = "Your privacy settings stop content from other sites from loading here."


def page(*blocks: str, between: str = "") -> str:
    """A news story: its first two paragraphs, ``between``, the last two, then ``blocks``."""
    first = "\n".join(f"<p>{p}</p>" for p in STORY[:2])
    last = "\n".join(f"<p>{p}</p>" for p in STORY[2:])
    return ('<!DOCTYPE html><html lang="en"><head><title>Kettleness pier to be rebuilt</title></head><body>'
            '<div class="site"><article class="story"><h1>Kettleness pier to be rebuilt</h1>\n'
            f"{first}\n{between}\n{last}\n" + "\n".join(blocks) + "\n</article></div></body></html>")


def whole_story_in(class_name: str, title: str, heading: str) -> str:
    """A page whose one element, of class ``class_name``, holds the whole story under its title."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return (f'<!DOCTYPE html><html lang="en"><head><title>{title}</title></head><body>'
            f'<div class="{class_name}"><{heading}>{title}</{heading}>\n{paragraphs}\n</div></body></html>')


def placeholder(name: str) -> str:
    return (f'<div class="{name}"><h3>{EMBED_TITLE}</h3><p>{EMBED_NOTE}</p>'
            "<button>Change settings</button></div>")


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


# Written as trafilatura lets them through (it drops most such boxes itself, by their lower-case
# names): the rule takes what is left.
@pytest.mark.parametrize("name", ["privacyPlaceholder", "Consent-layer", "ConsentManagerModule"])
def test_a_placeholder_for_an_embedded_post_goes_with_its_heading(cleaner, name):
    result = cleaner.clean_html(page(between=placeholder(name)))
    assert removed_by(result, "page-consent-box") == [EMBED_TITLE, EMBED_NOTE]
    assert all(p in result.text for p in STORY)


def test_a_placeholder_alone_or_a_cookie_word_alone_names_nothing(cleaner):
    # "placeholder" alone is a lazy loader's class round the story's own paragraphs or an image, and
    # "cookie" alone a bakery's subject: only joined to the prompt's words do they name the prompt.
    for name in ["Placeholder-frame", "CookieRecipes"]:
        result = cleaner.clean_html(page(between=placeholder(name)))
        assert removed_by(result, "page-consent-box") == [], name
        assert EMBED_NOTE in result.text, name


BANNER = ('<div class="CookieConsent"><p>We use cookies to measure how our pages are read.</p>'
          "<p>Accept all</p><p>Manage choices</p></div>")
DIALOG = ('<div class="paywall-modal"><h2>Keep reading the harbour news</h2>'
          "<p>Subscribers read every story for one pound a week.</p><p>Maybe later</p></div>")


@pytest.mark.parametrize("box, rule, lines", [
    (BANNER, "page-consent-box",
     ["We use cookies to measure how our pages are read.", "Accept all", "Manage choices"]),
    # a dialog laid over the page
    (DIALOG, "page-chrome-section",
     ["Keep reading the harbour news", "Subscribers read every story for one pound a week.", "Maybe later"]),
])
def test_a_box_under_the_story_goes(cleaner, box, rule, lines):
    result = cleaner.clean_html(page(box))
    assert removed_by(result, rule) == lines
    assert all(p in result.text for p in STORY)


@pytest.mark.parametrize("name, title, tag, rule", [
    # The element holding the whole story is the article's, whatever its class says.
    ("topic-consent", "Consent at the pier", "h1", "page-consent-box"),
    # A site that opens its stories over the front page sets the whole story in the dialog.
    ("story-modal", "Kettleness pier", "h2", "page-chrome-section"),
])
def test_a_story_in_an_element_of_a_box_s_name_stays(cleaner, name, title, tag, rule):
    result = cleaner.clean_html(whole_story_in(name, title, tag))
    assert removed_by(result, rule) == []
    assert all(p in result.text for p in STORY)


def test_a_related_box_named_in_the_site_s_language_goes(cleaner):
    # trafilatura drops such a box's linked headlines itself; their teasers under its heading are left.
    lines = ["Auch interessant", "Die Inselfähre fährt ab Mai nach einem neuen Fahrplan",
             "An der Sandbank wurden mehr Seehunde gezählt als je zuvor"]
    for name in ["artikel-lesen-auch", "alles-zum-thema", "lees-ook"]:
        box = f'<div class="{name}">' + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
        result = cleaner.clean_html(page(between=box))
        assert removed_by(result, "page-chrome-section") == lines, name
        assert all(p in result.text for p in STORY), name


BIO = ("Mara Quill writes about the coast, its boats and its people for the paper. "
       "Follow her on the harbour's own radio every Sunday morning.")


def test_the_writer_s_box_printed_twice_under_the_story_goes(cleaner):
    # A theme prints the writer's box twice (one for small screens): each copy must stand in a box.
    # (Capitalised names: trafilatura drops most boxes named "author" in lower case itself.)
    boxes = (f'<div class="AuthorBox"><div class="AuthorBio">{BIO}</div></div>'
             f'<div class="ArticleAuthor"><div class="AuthorContent"><p>{BIO}</p></div></div>')
    result = cleaner.clean_html(page(boxes))
    assert removed_by(result, "page-author-bio") == [BIO]
    assert all(p in result.text for p in STORY)


def test_a_box_about_someone_else_between_the_paragraphs_stays(cleaner):
    # Between the story's paragraphs an "about the author" box is the story's own: a book's writer
    # the story goes on to discuss (where: after).
    box = f'<div class="AboutAuthor"><p>{BIO}</p></div>'
    result = cleaner.clean_html(page(between=box))
    assert removed_by(result, "page-author-bio") == []
    assert BIO in result.text
