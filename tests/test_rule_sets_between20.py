"""Chrome set between an article's lines (issue #19): a shop's listing fields between its
products (price, catalogue number, stock note, a tour's duration and departure), a journal
article's history rows, a breadcrumb trail set one step a line, a source and date printed as
list items under a headline, a writer's "Email NAME" link and a news site's link back to its
story; each in a document of its own, with the text round it, and the text's own lines of the
same shapes kept whole (rules/en.yaml, rules/common.yaml)."""

from conftest import assert_kept_whole, removed_by


def _kept(result):
    return result.text.rstrip("\n").split("\n")


TOURS = [
    "Day trips from the city",
    "Harbour Lights and Castle Walls",
    "From USD $84.20",
    "Duration: 9 hours (approx.)",
    "Departs from: Leeds, England",
    "Add to my wishlist",
    "A day along the coast with a guide who knows every lighthouse on it and every wreck below them.",
    "Moors and Abbeys by Rail",
    "From USD $61.00",
    "Duration: Varies",
    "Departs from: York, England",
    "Add to my wishlist",
    "The train climbs over the moors to the coast, where the ruined abbey stands above the harbour.",
]


def test_a_tour_listing_s_price_and_fields_go_and_its_names_and_blurbs_stay(cleaner_obj):
    result = cleaner_obj.clean("\n".join(TOURS))
    assert removed_by(result, "en-shop-price") == ["From USD $84.20", "From USD $61.00"]
    assert removed_by(result, "en-shop-trip-facts") == [
        "Duration: 9 hours (approx.)", "Departs from: Leeds, England",
        "Duration: Varies", "Departs from: York, England"]
    kept = _kept(result)
    for line in ("Harbour Lights and Castle Walls", "Moors and Abbeys by Rail",
                 "A day along the coast with a guide who knows every lighthouse on it and every wreck below them."):
        assert line in kept


def test_a_course_s_duration_and_departure_stay_away_from_a_shop(cleaner_obj):
    text = [
        "The pottery course runs every spring in the old school hall, and places go quickly.",
        "Duration: 6 weeks",
        "Departs from: the village green",
        "Bring an apron and a packed lunch for each of the six Saturdays, and old shoes for the yard.",
        "Price: $11.50",
        "The fee covers the clay, the glazes and two firings in the kiln at the back of the hall.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_shop_s_item_numbers_stock_notes_and_prices_go(cleaner_obj):
    text = [
        "Copper garden lanterns",
        "Copper Wall Lantern",
        "A lantern of hand-beaten copper for a porch or a gate post, with a glass chimney.",
        "Item #: LNT-2041",
        "Only two left at this price!",
        "Brass Bird Bath",
        "A shallow bowl of cast brass on a stand of twisted iron, for a lawn or a terrace.",
        "Item # 30562",
        "Our Price: $18.40",
        "You Save: $3.60",
        "Availability: Usually ships in 2-3 days",
        "Every piece is made by hand in a small workshop, so no two are quite alike.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-shop-item-number") == ["Item #: LNT-2041", "Item # 30562"]
    assert removed_by(result, "en-shop-stock-note") == [
        "Only two left at this price!", "Availability: Usually ships in 2-3 days"]
    assert removed_by(result, "en-shop-price") == ["Our Price: $18.40"]
    assert removed_by(result, "en-shop-saving") == ["You Save: $3.60"]
    kept = _kept(result)
    assert "A shallow bowl of cast brass on a stand of twisted iron, for a lawn or a terrace." in kept


def test_an_agenda_s_item_and_a_bookseller_s_list_price_stay(cleaner_obj):
    text = [
        "Minutes of the harbour board, 3 March",
        "Item #4",
        "The board heard the harbour master's report on the winter storms and the damage to the pier.",
        "List Price: $22.00",
        "Only one left of the blue teapots on the top shelf, the shop's owner wrote to her customers.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    for rule in ("en-shop-item-number", "en-shop-price", "en-shop-stock-note"):
        assert removed_by(result, rule) == []


def test_a_journal_article_s_history_rows_go_and_a_register_s_rows_stay(cleaner_obj):
    text = [
        "Tide gauges on small harbours: a survey of their records",
        "Tide gauges were read by hand in most small harbours until the 1970s, and their books survive.",
        "| Received |  | 12 March 2004 | ",
        "| Accepted |  | 2 June 2004 | ",
        "| Published |  | 9 June 2004 | ",
        "We read the books of twelve harbours and compared them with the nearest automatic gauge.",
        "| Received | 12 March 2004 | 40 crates | signed by the porter |",
        "The porter's register of the harbour office is kept in the county archive with the tide books.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-article-history-row") == [
        "| Received | | 12 March 2004 |", "| Accepted | | 2 June 2004 |", "| Published | | 9 June 2004 |"]
    assert "| Received | 12 March 2004 | 40 crates | signed by the porter |" in _kept(result)


def test_a_breadcrumb_set_one_step_a_line_goes(cleaner_obj):
    text = [
        "Example Parents Network",
        "Washing the first clothes",
        "Example Parents Network >",
        "Advice > ",
        "Babies > ",
        "Washing the first clothes",
        "I am expecting our first child in a month and would like to know how people wash baby clothes.",
        "There are special soaps for them, but are they worth the money, or is ordinary powder fine?",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "breadcrumb-step-lines") == ["Example Parents Network >", "Advice >"]
    assert removed_by(result, "breadcrumb-step-last") == ["Babies >"]
    assert "I am expecting our first child in a month and would like to know how people wash baby clothes." \
        in _kept(result)


def test_a_button_alone_is_no_breadcrumb(cleaner_obj):
    text = [
        "Harbour guide",
        "Advice >",
        "The harbour master's advice to new sailors fills a whole page of the almanac.",
        "It covers the tides, the moorings and the lights at the mouth of the river.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "breadcrumb-step-lines") == []
    assert removed_by(result, "breadcrumb-step-last") == []


def test_a_source_and_date_as_list_items_under_a_headline_go(cleaner_obj):
    text = [
        "Harbour board delays the new ferry",
        "- From: Example Wire",
        "- March 14, 2011",
        "The harbour board has put off its decision on the new ferry until the spring of next year.",
        "Its members want to see the costs of the repairs to the old pier first, the chair said.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-head-source-item") == ["- From: Example Wire"]
    assert removed_by(result, "en-head-date") == ["- March 14, 2011"]


def test_a_mail_s_from_header_stays(cleaner_obj):
    text = [
        "Letters to the harbour board",
        "From: Anna Keller",
        "Subject: the winter timetable",
        "I went down to the pier this morning and the winter timetable is pinned up by the office.",
        "Boats leave at eight, twelve and four, and the last one back is at five in the afternoon.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert "From: Anna Keller" in _kept(result)


def test_a_news_site_s_link_back_to_its_story_goes(cleaner_obj):
    text = [
        "Harbour club wins the regatta",
        "The harbour club's crew won the autumn regatta on Saturday by a length and a half.",
        "Rates rising? Continue reading the main story",
        "The crew will race again in the spring, when the club hopes to have its new boat.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-read-more-link") == ["Rates rising? Continue reading the main story"]
    assert "The crew will race again in the spring, when the club hopes to have its new boat." in _kept(result)


def test_the_same_words_in_sentences_stay(cleaner_obj):
    text = [
        "Harbour club wins the regatta",
        "Continue reading the main story of the book, not its footnotes, the tutor said.",
        "The crew will race again in the spring, when the club hopes to have its new boat.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_writer_s_email_link_goes_and_a_to_do_item_stays(cleaner_obj):
    text = [
        "Our harbour guides",
        "Anna has sailed these waters for thirty years and knows every rock between the two lights.",
        "Email Anna",
        "Tom K. keeps the club's boats and teaches the beginners' course on Saturday mornings.",
        "Email Tom K.",
        "Jobs for the weekend, in the order the tide allows them:",
        "- Email Anna",
        "- Paint the dinghy's hull before the spring launch.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-email-name-link") == ["Email Anna", "Email Tom K."]
    assert "- Email Anna" in _kept(result)
