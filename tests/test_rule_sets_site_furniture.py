"""The sixteenth round's furniture of English sites of all kinds (rules/en-site-furniture.yaml): a
shop's "Like this book?" over its order button, a FAQ's link back to its questions, a footer's legal
and contact links in twos, a blog's permalink stamp, a notice on the browser a site wants. On their
pages they go; a text using the same words keeps them. Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines


def _removed(result) -> dict[str, str]:
    return {r.text.strip(): r.rule_id for r in result.removals}


def test_a_shops_prompt_under_each_book_goes_and_the_books_stay():
    lines = [
        "Books on tides and harbours, from our shelves",
        "Tide Tables of the Northern Coast",
        "M. Arkwright",
        "US$40",
        "Printed 1961, hard cover, 212 pages, indexed: the tables every harbour master kept on the desk.",
        "Tide Tables of the Northern Coast, Like this book?",
        "Click here to order",
        "Harbour Pilots and Their Craft",
        "J. Penrose",
        "US$25",
        "Copyright 1974, soft cover, 96 pages, the pilots' own account of bringing ships in at night.",
        "Like this title?",
        "Buy now",
    ]
    result = clean_lines(lines)
    removed = _removed(result)
    assert removed["Like this title?"] == "en-shop-like-prompt"
    assert removed["Tide Tables of the Northern Coast, Like this book?"] == "en-shop-like-prompt"
    assert "Harbour Pilots and Their Craft" in result.text
    assert "US$25" in result.text


def test_like_this_book_asked_in_a_story_stays():
    lines = [
        *HARBOUR_STORY,
        "The librarian held up the old atlas and asked the children a question.",
        "Like this book?",
        "The sequel, which the library orders next spring, is for the older ones.",
    ]
    assert "Like this book?" in clean_lines(lines).text


def test_a_faqs_link_back_to_its_questions_goes_under_each_answer():
    lines = [
        "Questions about the harbour moorings",
        "How long is the waiting list for a mooring?",
        "The list is about two years long, though summer moorings come free more often than winter ones.",
        "back",
        "to the list of questions",
        "Can I sublet my mooring?",
        "No. A mooring is let to its holder alone, and the harbour office checks every boat in the spring.",
        "back",
        "to the list of questions",
    ]
    result = clean_lines(lines)
    assert "list of questions" not in result.text
    assert "en-faq-back-link" in _removed(result).values()
    assert "Can I sublet my mooring?" in result.text


def test_a_footers_links_in_twos_go_and_a_glossary_line_stays():
    foot = ["Contact Us | Sitemap", "| Privacy Policy | Copyright Notice |"]
    result = clean_lines([*HARBOUR_STORY, *foot])
    assert result.text == "\n".join(HARBOUR_STORY) + "\n"
    assert set(_removed(result).values()) == {"en-footer-link-pair"}
    glossary = [*HARBOUR_STORY, "Privacy | a boat owner's claim to quiet on the quay"]
    assert clean_lines(glossary).text == "\n".join(glossary) + "\n"


def test_a_blogs_permalink_stamp_goes_and_the_posts_stay():
    lines = [
        "Tuesday, March 14, 2006",
        "The ferry timetable, again",
        "The new timetable puts the last ferry at half past ten, which suits nobody who works in town.",
        "A letter went to the harbour office last week, and no answer has come so far.",
        "# Posted by Ann Lee on 3/14/06; 9:05:12 PM - --",
        "Monday, March 13, 2006",
        "Stalls on the quay",
        "The shops along the quay were given the stalls rent free for the market's opening season.",
        "# Posted by Ann Lee on 3/13/06; 8:31:02 AM - --",
    ]
    result = clean_lines(lines)
    assert "Posted by" not in result.text
    assert "The ferry timetable, again" in result.text
    assert "Stalls on the quay" in result.text


def test_a_notice_on_the_browser_goes_and_a_sentence_on_viewing_stays():
    notice = "Pages best viewed with style sheets switched on; without them they read plainly."
    result = clean_lines([*HARBOUR_STORY, notice])
    assert result.text == "\n".join(HARBOUR_STORY) + "\n"
    assert _removed(result)[notice] == "en-browser-notice"
    comet = [*HARBOUR_STORY, "Best viewed from the harbour wall, the comet rose over the lighthouse at dawn."]
    assert clean_lines(comet).text == "\n".join(comet) + "\n"
