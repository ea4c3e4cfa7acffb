"""Article lines the rules took, and false removals of older rules (issue #19,
precision first), each written anew as a text of invented places, names and sentences: a contact
block's "Email:" over its address, a band page's heading in title case under its menu in capitals,
a guide's bulletin handed out at the town hall, a how-to's step "Click to subscribe.", a shop's
own list holding "In stock", a blog's year in numbers, a text on a site's footer ending on it, and
a photo essay's captions under "Latest photos". Beside each, the chrome the rule exists for still
goes, and cleaning twice gives what cleaning once gave."""

import pytest

from conftest import FERRY_STORY, assert_goes_under_story, clean_lines, removed_by


def _kept(lines: list[str]) -> None:
    result = clean_lines(lines)
    assert [(r.rule_id, r.text) for r in result.removals] == []
    assert clean_lines(result.text.splitlines()).text == result.text


CONTACT = [
    "Allotment society open day",
    "The allotment society opens its gates to visitors on the last Saturday of June, rain or shine.",
    "Members will show how they grow beans, leeks and onions on a plot no bigger than a garage.",
    "Secretary: Ruth Amble",
    "Email:",
    "secretary@harbour-allotments.example.org",
]

BAND = [
    "NEWS", "TOUR DATES", "MAIL ORDER", "PHOTOS", "CONTACT",
    "Autumn Shows",
    "Oct 18 - Saltby - The Corn Exchange",
    "tickets 10 pounds, doors at 8pm",
    "Oct 19 - Kettleness - The Railway",
    "tickets 10 pounds, doors at 8pm",
]

BULLETIN = [
    "Getting to know your village",
    "Moving to a small village can feel lonely at first, but there are many ways to meet your neighbours.",
    "The parish council meets on the first Monday of every month and anyone may attend.",
    "Sign up for the weekly bulletin at the town hall.",
]

HOW_TO = [
    "How to follow a channel on the video site",
    "Following a channel takes a minute, and its new videos then show on your home page.",
    "Open the channel's page and look under its banner for the red button.",
    "Click to subscribe.",
    "Then press the bell beside the button.",
]

SHOP = [
    "The wool shop on the quay",
    "The shop on the quay has sold wool from the island's farms for forty years, and still spins some of it.",
    "Every skein is labelled with the farm it came from and the breed of the sheep.",
    "- Undyed wool from six farms",
    "- In stock",
    "- Hand-dyed yarns in the colours of the sea",
    "We are open every day except Sunday, and we post orders anywhere in the country.",
]

YEAR = [
    "My blog's year in numbers",
    "The blog turned five this year and, as every December, I counted what we did together.",
    "I wrote fewer posts than last year, but longer ones, and you read them more than ever.",
    "Posts: 52",
    "Views: 12,400",
    "Comments: 310",
]

FOOTER = [
    "Two new links for the council's website",
    "The council asked residents what to call the two new links in its website's footer, and a thousand people answered.",
    "Most wanted short plain words, and the two winners now sit side by side at the foot of every page.",
    "Privacy | Accessibility",
]

PHOTO_ESSAY = [
    "A winter on the coast",
    "The photographer spent the winter walking the coast between the two harbours, in every weather.",
    "Her pictures show the fishermen, the empty beaches and the storms that closed the road twice.",
    "Latest photos",
    "Fishermen mending nets on the north quay at dawn",
    "The lighthouse in a January gale",
    "An empty beach after the first snow",
]


PAST_SHOWS = [
    "The Lanterns back on stage",
    "The Lanterns played their first concerts in ten years this spring, in the halls of the fishing villages.",
    "Every one of the concerts sold out within a day, and the band has promised another tour next year.",
    "May 9, 2019 Harrow Point Pavilion",
    "May 6, 2019 Saltby Corn Exchange",
    "May 4, 2019 Kettleness Town Hall",
]

RELEASES = [
    "Press office",
    "The harbour board's press office publishes its news releases here, the newest first.",
    "Journalists may quote the press releases freely and ask the office for photographs.",
    "March 9, 2019 Harbour board names new chair",
    "February 14, 2019 Harbour board approves quay repairs",
    "January 3, 2019 Harbour fees unchanged for the new year",
]

THREAD = [
    "Best way to keep winter onions?",
    "Posted by harbourgreen on March 3, 2012 at 9:14am",
    "I grew far more onions than usual this year and I am worried they will rot before spring.",
    "They hang in old tights in a cold shed at the moment, but some have started to sprout.",
    "Posted by Tom Fennick on March 3, 2012 at 11:02am",
    "Keep them dry above all, and check them every week for the soft ones.",
    "Posted by harbourgreen on March 4, 2012 at 8:40am",
    "Thanks, I will move them off the shed floor and check them every Sunday.",
]


@pytest.mark.parametrize("lines", [CONTACT, BULLETIN, HOW_TO, SHOP, YEAR, FOOTER, PHOTO_ESSAY, PAST_SHOWS, RELEASES,
                                   THREAD],
                         ids=["email-label", "bulletin", "how-to", "shop-list", "year-in-numbers", "footer-essay",
                              "photo-essay", "past-shows", "press-releases", "forum-thread"])
def test_the_texts_own_lines_stay(lines):
    _kept(lines)


def test_a_heading_under_a_menu_in_capitals_stays_and_the_menu_goes():
    result = clean_lines(BAND)
    assert removed_by(result, "en-menu-run") == BAND[1:5]
    # The first line, the site's section name over the menu, is the section kicker's.
    assert removed_by(result, "en-head-section-kicker") == BAND[:1]
    assert result.text == "\n".join(BAND[5:]) + "\n"
    assert clean_lines(result.text.splitlines()).text == result.text


def test_a_menu_all_in_capitals_still_goes_whole():
    lines = ["NEWS", "TOUR DATES", "MAIL ORDER", "PHOTOS", "CONTACT", "LINKS",
             "The band will play six shows this autumn, its first on the coast for ten years."]
    assert removed_by(clean_lines(lines), "en-menu-run") == lines[1:6]


@pytest.mark.parametrize(("line", "rule"), [
    ("Email", "en-widget"),
    ("Sign up for our weekly bulletin", "en-subscription-call"),
    ("Click to subscribe", "en-click-signup-prompt"),
    ("Privacy | Accessibility", "en-footer-link-pair"),
])
def test_the_chrome_still_goes_under_a_story(line, rule):
    assert_goes_under_story(FERRY_STORY, line, rule, "en")


def test_a_shops_stock_note_under_a_product_still_goes():
    lines = [*FERRY_STORY, "Harbour Lantern, brass, hand-polished", "In stock", "Review this store"]
    assert removed_by(clean_lines(lines), "en-shop-buttons") == ["In stock", "Review this store"]


def test_a_forum_authors_post_count_still_goes_beside_the_box():
    lines = [
        "Best way to store winter onions?",
        "I grew far more onions than usual this year and I am worried they will rot before spring.",
        "harbourgreen",
        "Registered: July 03, 2001",
        "Posts: 2783",
        "Keep them dry above all, and check them every week for the soft ones.",
    ]
    result = clean_lines(lines)
    assert removed_by(result, "en-forum-profile") == ["Registered: July 03, 2001"]
    assert removed_by(result, "en-forum-post-count") == ["Posts: 2783"]


def test_other_galleries_under_a_story_still_go():
    lines = [*FERRY_STORY, "Latest photos", "Lifeboat day on the quay", "The new ferry's first crossing",
             "Choir sings for the mayor"]
    result = clean_lines(lines)
    assert removed_by(result, "en-photo-box-heading") == ["Latest photos"]
    assert removed_by(result, "related-link-list") == lines[-3:]


def test_other_stories_dated_newest_first_under_a_story_still_go():
    foot = ["March 4, 2019 - Ferry timetable changes for the summer",
            "February 20, 2019 - Harbour master retires after thirty years",
            "February 2, 2019 - Storm damage worse than feared"]
    assert removed_by(clean_lines([*FERRY_STORY, *foot]), "en-dated-headline-list") == foot


def test_a_blog_posts_stamp_still_goes():
    lines = [FERRY_STORY[0], "Posted by Ann Lee on March 3, 2012 at 9:14am", *FERRY_STORY[1:]]
    assert removed_by(clean_lines(lines), "en-posted-stamp") == [lines[1]]
