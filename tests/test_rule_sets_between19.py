"""Chrome set between an article's lines (issue #19): a forum poster's tagline between the post's
stamp and its reply links, a news site's "Related" box of dated headlines in the story's head, a
blog theme's author and category lines round the "Posted by" label, a tag list one tag a line,
a blog's box headings and jump links; each in a document of its own, with the text round it, and
the text's own lines of the same shapes kept whole (rules/en.yaml)."""

from conftest import removed_by


def _kept(result):
    return result.text.rstrip("\n").split("\n")


THREAD = [
    "Ferry timetable for the winter: anyone know?",
    "12 posted on 11/02/2006 3:14:07 PM PST by Tanker",
    "(Home at last, and glad of it)",
    "[",
    "Post Reply",
    "| Private Reply",
    "To: harbourgreen",
    "I went down to the pier this morning and the winter timetable is pinned up by the office.",
    "Boats leave at eight, twelve and four, and the last one back is at five.",
    "13 posted on 11/02/2006 3:20:11 PM PST by harbourgreen",
    "(Proud owner of a leaking boat since 1998)",
    "[",
    "Post Reply",
    "| Private Reply",
    "To: Tanker",
    "Thanks, that is earlier than last year, so I will have to leave work before four.",
]


def test_a_poster_s_tagline_goes_between_the_post_s_stamp_and_its_reply_links(cleaner_obj):
    result = cleaner_obj.clean("\n".join(THREAD))
    assert removed_by(result, "en-post-tagline") == [
        "(Home at last, and glad of it)", "(Proud owner of a leaking boat since 1998)"]
    kept = _kept(result)
    assert "I went down to the pier this morning and the winter timetable is pinned up by the office." in kept
    assert "Thanks, that is earlier than last year, so I will have to leave work before four." in kept


def test_a_remark_in_brackets_under_a_story_s_stamp_stays(cleaner_obj):
    story = [
        "Harbour board delays the new ferry",
        "Posted on 11/02/2006 3:14:07 PM PST by Tanker",
        "(The vote was postponed twice before.)",
        "The harbour board has put off its decision on the new ferry until the spring.",
        "Its members want to see the costs of the repairs to the old pier first.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-posted-stamp") == ["Posted on 11/02/2006 3:14:07 PM PST by Tanker"]
    assert removed_by(result, "en-post-tagline") == []
    assert "(The vote was postponed twice before.)" in _kept(result)


def test_a_related_box_of_dated_headlines_goes_from_the_story_s_head(cleaner_obj):
    story = [
        "Harbour Diary",
        "Harbour board delays the new ferry",
        "By ANN LEE",
        "Published: March 5, 2019",
        "Related",
        "- Ferry Fares Rise Again for Winter (March 4, 2019)",
        "- Harbour Diary: The Night the Lights Went Out (February 20, 2019)",
        "The harbour board has put off its decision on the new ferry until the spring.",
        "Its members want to see the costs of the repairs to the old pier first, the chairman said.",
        "The old ferry will run through the summer, with a second boat hired for August.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-related-dated-box") == ["Related"]
    assert removed_by(result, "en-related-dated-headline") == [
        "- Ferry Fares Rise Again for Winter (March 4, 2019)",
        "- Harbour Diary: The Night the Lights Went Out (February 20, 2019)"]
    kept = _kept(result)
    # The column's name over the headline is the story's kicker, not a menu's item.
    assert "Harbour Diary" in kept
    assert "The harbour board has put off its decision on the new ferry until the spring." in kept


def test_a_timeline_of_dated_headlines_and_a_related_heading_over_prose_stay(cleaner_obj):
    story = [
        "How the new bridge was built",
        "The bridge took four years from the first vote to the first car across it.",
        "Key dates",
        "- The Old Bridge Is Closed to Lorries (March 4, 2019)",
        "- Work Starts on the New Bridge (May 12, 2020)",
        "The new bridge opened to traffic in the autumn of 2022, two years late.",
        "Related",
        "Cousins of the engineer who drew the first bridge still live in the town, and came to the opening.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-related-dated-headline") == []
    assert removed_by(result, "en-related-dated-box") == []
    kept = _kept(result)
    assert "- Work Starts on the New Bridge (May 12, 2020)" in kept
    assert "Related" in kept


def test_a_blog_theme_s_author_and_category_lines_go_round_its_posted_by_label(cleaner_obj):
    post = [
        "Wednesday, October 24th, 2012 A barn on the hill becomes a house.",
        "Bringing the old barn back",
        "Posted by",
        "Ann Lee |",
        "View all posts by Ann Lee",
        "1 Comment » | Published in",
        "Barns, Old Buildings, Restoration | 1 Comment",
        "We looked at the barn on the hill for three years before we dared to buy it.",
        "The roof was the first job, and the most expensive one by far, but the beams were sound.",
        "The next job is the floor, which the cows left in a state we will not describe.",
    ]
    result = cleaner_obj.clean("\n".join(post))
    assert removed_by(result, "en-posted-by-name") == ["Ann Lee |"]
    assert removed_by(result, "en-post-categories-count") == ["Barns, Old Buildings, Restoration | 1 Comment"]
    assert "We looked at the barn on the hill for three years before we dared to buy it." in _kept(result)


def test_a_menu_s_items_with_their_bars_are_no_author_s_name(cleaner_obj):
    page = [
        "Harbour walks",
        "Posted by",
        "Home |",
        "Walks |",
        "Maps |",
        "The walk starts at the old pier and follows the shore to the lighthouse, about two hours.",
        "Take water: there is no cafe between the pier and the lighthouse, and little shade.",
    ]
    result = cleaner_obj.clean("\n".join(page))
    assert removed_by(result, "en-posted-by-name") == []


def test_a_tag_list_one_tag_a_line_goes_under_its_label(cleaner_obj):
    post = [
        "Ferry back on time after the storm",
        "The ferry ran to its timetable on Monday for the first time since the storm.",
        "The harbour master thanked the crews for working through the weekend.",
        "TOPICS:",
        "Local News;",
        "KEYWORDS:",
        "FERRIES;",
        "HARBOUR;",
        "STORMS;",
        "The next storm is forecast for Thursday, and the ferry may stay in port again.",
        "Passengers should check the harbour's page before they travel, the company said.",
    ]
    result = cleaner_obj.clean("\n".join(post))
    # "TOPICS:" among the last lines is en-tags' too; "KEYWORDS:" only this rule's.
    assert "KEYWORDS:" in removed_by(result, "en-tag-list-label")
    assert removed_by(result, "en-tag-list-item") == ["Local News;", "FERRIES;", "HARBOUR;", "STORMS;"]
    assert _kept(result) == post[:3] + post[-2:]


def test_a_paper_s_keywords_and_a_verse_s_semicolons_stay(cleaner_obj):
    paper = [
        "Tides and the harbour dues",
        "Keywords:",
        "tides; harbour dues; moorings; fishing fleet",
        "This paper compares the dues of twelve small harbours with their tidal range.",
        "The dues follow the range more closely than the size of the fleet.",
    ]
    result = cleaner_obj.clean("\n".join(paper))
    assert removed_by(result, "en-tag-list-label") == []
    assert "Keywords:" in _kept(result)
    verse = [
        "Evening on the quay",
        "The boats come in;",
        "the gulls go out;",
        "and the harbour lights are lit one by one along the wall.",
    ]
    result = cleaner_obj.clean("\n".join(verse))
    assert removed_by(result, "en-tag-list-item") == []
    assert _kept(result) == verse


def test_box_headings_and_jump_links_go_from_between_a_post_s_paragraphs(cleaner_obj):
    post = [
        "Why the old mill closed",
        "The mill closed in 1962, when the last order for sailcloth went to a factory abroad.",
        "Popular This Week",
        "Thread Tools",
        "The building stood empty for twenty years before the village bought it for a hall.",
        "[Top]",
        "Continued >>",
        "The hall opens again in May, with a dance on the first Saturday.",
    ]
    result = cleaner_obj.clean("\n".join(post))
    assert removed_by(result, "en-post-box-heading") == ["Popular This Week", "Thread Tools"]
    assert removed_by(result, "en-back-to-link-enclosed") == ["[Top]"]
    assert removed_by(result, "en-read-more-link") == ["Continued >>"]


def test_widget_labels_go_from_between_a_page_s_paragraphs(cleaner_obj):
    page = [
        "Copper weathervanes for barns and sheds",
        "Every vane on this page is cut and beaten by hand in our workshop by the harbour.",
        "ALSO WORTH READING",
        "Other Blogs We Like",
        "More Site Areas:",
        "[ TOP ]",
        "Full event details »",
        "The cockerel vane is our oldest design, and still the one most people ask for.",
        "View Product Details",
        "[ Buy this book ]",
        "Buy it here:",
        "[ ADVERTISE HERE ]",
        "Join our mailing list!",
        "Download the price list (PDF, 240 KB)",
        "Harbour Times Complete Coverage: Storm of 2012",
        "The ship vane takes six weeks to make, and we make only ten of them a year.",
    ]
    result = cleaner_obj.clean("\n".join(page))
    assert _kept(result) == [page[0], page[1], page[7], page[-1]]
    assert removed_by(result, "en-post-box-heading") == ["ALSO WORTH READING"]
    assert removed_by(result, "en-box-heading") == ["Other Blogs We Like", "More Site Areas:"]
    assert removed_by(result, "en-back-to-link-enclosed") == ["[ TOP ]"]
    assert removed_by(result, "en-read-more-link") == ["Full event details »"]
    assert removed_by(result, "en-shop-buttons") == ["View Product Details"]
    assert removed_by(result, "en-buy-link") == ["[ Buy this book ]", "Buy it here:"]
    assert removed_by(result, "en-sponsor-appeal") == ["[ ADVERTISE HERE ]"]
    assert removed_by(result, "en-subscription-call") == ["Join our mailing list!"]
    assert removed_by(result, "en-media-download-row") == ["Download the price list (PDF, 240 KB)"]
    assert removed_by(result, "en-complete-coverage-link") == ["Harbour Times Complete Coverage: Storm of 2012"]


def test_sentences_with_the_same_words_stay(cleaner_obj):
    story = [
        "A walk along the old mill race",
        "Popular this week were the walks along the mill race, the guide said.",
        "Also worth reading is the ramblers' own history of the valley, sold at the inn.",
        "Thread tools still hang on the wall of the old mill, beside the looms.",
        "Complete coverage: that is what the insurers promised the mill's owners, and never paid.",
        "Download the map (it is free) before the walk, as there is no signal in the valley.",
        "Buy this book for your father, the bookseller said, and he will walk the valley too.",
        "The walk ends at the weir, where a bench looks back down the valley.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert list(result.removals) == []
    assert _kept(result) == story


def test_cleaning_these_documents_twice_equals_cleaning_them_once(cleaner_obj):
    for lines in (THREAD, [
        "Harbour board delays the new ferry",
        "Related",
        "- Ferry Fares Rise Again for Winter (March 4, 2019)",
        "The harbour board has put off its decision on the new ferry until the spring.",
        "TOPICS:",
        "Local News;",
        "Its members want to see the costs of the repairs to the old pier first.",
    ]):
        once = cleaner_obj.clean("\n".join(lines)).text
        assert cleaner_obj.clean(once).text == once
