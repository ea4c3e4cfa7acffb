"""Chrome set between an article's lines (issue #19): a listing's sold note, a video shop's
rating line, a clip's choice of modem speeds, a search ad as a list item, a shop's and a
sidebar's box headings (one set between underscores), a "See also:" box reduced to dated
rows with its pointers to the section's stories, and a user handle left of a byline; each in
a document of its own, with the text round it, and the text's own lines of the same shapes
kept whole (rules/en.yaml)."""

from conftest import assert_kept_whole, removed_by


def _kept(result):
    return result.text.rstrip("\n").split("\n")


COTTAGES = [
    "Cottages for sale on the lakes",
    "12 Mill Lane, Heron Lake - $289,900",
    "A stone cottage on half an acre of lawn that runs down to a sandy beach and a dock.",
    "Agent: Anna Lee, tel: 555-0101",
    "Sorry, this one is SOLD!",
    "4 Pine Road, Long Lake - $199,500",
    "A log cabin with two bedrooms, a wood stove and a screened porch over the water.",
    "Agent: Anna Lee, tel: 555-0101",
]


def test_a_listing_s_sold_note_goes_and_the_listings_stay(cleaner_obj):
    result = cleaner_obj.clean("\n".join(COTTAGES))
    assert removed_by(result, "en-shop-stock-note") == ["Sorry, this one is SOLD!"]
    kept = _kept(result)
    for line in COTTAGES[1:4] + COTTAGES[5:7]:
        assert line in kept


def test_a_sold_note_said_in_a_story_stays(cleaner_obj):
    text = [
        "The last cottage on the lake went on the first morning of the sale.",
        "\"Sorry, this one is SOLD!\" the agent told the couple who drove up at noon.",
        "Sorry, it's sold out!",
        "They bought the cabin across the water instead, and have never regretted it.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


FILMS = [
    "Harbour Lights [DVD] (1998)",
    "A lighthouse keeper's daughter finds a wreck no chart has ever shown, and a crew nobody missed.",
    "Category: Drama Director: Anna Lee",
    "Rated: NC-17 Color",
    "Was $14.99 $12.49 DVD #D10442",
    "The Tide Table [DVD] (2001)",
    "Two brothers race the tide across the flats to reach the island before the storm breaks.",
    "Rated: R Colour",
    "Was $14.99 $12.49 DVD #D10587",
]


def test_a_video_shop_s_rating_lines_go(cleaner_obj):
    result = cleaner_obj.clean("\n".join(FILMS))
    assert removed_by(result, "en-shop-film-rating") == ["Rated: NC-17 Color", "Rated: R Colour"]
    kept = _kept(result)
    for line in (FILMS[0], FILMS[1], FILMS[5], FILMS[6]):
        assert line in kept


def test_a_review_s_rating_stays(cleaner_obj):
    text = [
        "The Tide Table is the best film about the sea in years, and the most frightening.",
        "Rated: R for violence and strong language",
        "Rated: PG",
        "Its two brothers carry the film, and the sea does the rest.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_clip_s_modem_speeds_and_a_search_ad_go(cleaner_obj):
    text = [
        "Storm closes the harbour road",
        "The council shut the road on Tuesday night after waves broke over the sea wall for three hours.",
        "Watch: waves over the sea wall",
        "(28k, 56k, 128k)",
        "- rain boots Shop For rain boots. Great Styles, Great Prices at ShopCo.com.",
        "Engineers will inspect the wall on Thursday, and the road may open again at the weekend.",
        "Drivers should use the hill road until then, the council said in a statement.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-media-download-row") == ["(28k, 56k, 128k)"]
    assert removed_by(result, "en-keyword-shop-ad") == [
        "- rain boots Shop For rain boots. Great Styles, Great Prices at ShopCo.com."]
    kept = _kept(result)
    for line in text[1:2] + text[5:]:
        assert line in kept


def test_speeds_and_shopping_in_sentences_stay(cleaner_obj):
    text = [
        "In those days a 28k modem took a minute to load a page of the harbour's photographs.",
        "(28k modems were the norm then, she reminds us.)",
        "- Shop for the party on Friday: bread, cheese and lemonade at the market on the square.",
        "The party went on until the last ferry left, long after midnight.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


SIDEBAR = [
    "Voters back the new harbour wall",
    "Voters in the three harbour towns backed the new sea wall by a wide margin on Tuesday.",
    "The wall will cost the county more than it spends on roads in a year, the treasurer said.",
    "___ Harbour Vote Results ___",
    "• Results by Town",
    "• Turnout by Ward",
    "_____Commentary_____",
    "• What the Wall Will Cost",
    "The county will borrow the money over thirty years, at a rate fixed before the vote.",
    "Work should start next spring, once the last storms of the winter have passed.",
]


def test_a_sidebar_s_underscored_headings_go(cleaner_obj):
    result = cleaner_obj.clean("\n".join(SIDEBAR))
    assert removed_by(result, "en-underscored-box-heading") == [
        "___ Harbour Vote Results ___", "_____Commentary_____"]
    kept = _kept(result)
    for line in SIDEBAR[:3] + SIDEBAR[8:]:
        assert line in kept


def test_an_underscored_section_break_between_paragraphs_stays(cleaner_obj):
    text = [
        "The first part of the walk follows the river to the old mill, where the path turns uphill.",
        "_____ Part Two _____",
        "From the mill the path climbs through the beech wood to the ridge and its view of the sea.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


SEE_ALSO = [
    "The old town's closes",
    "The narrow closes off the high street were once home to half the town's people.",
    "Many were cleared in the last century, but a few still run down to the harbour.",
    "See also:",
    "12 Mar 03 | Highlands",
    "21 Jun 02 | Highlands",
    "Top Highlands stories now:",
    "Links to more Highlands stories are at the foot of the page.",
    "Today the closes are lined with cafés, and guided walks run through them every evening.",
    "The walks start at the market cross at seven o'clock, whatever the weather.",
]


def test_a_see_also_box_s_dated_rows_label_and_pointers_go(cleaner_obj):
    result = cleaner_obj.clean("\n".join(SEE_ALSO))
    assert removed_by(result, "en-see-also-dated-label") == ["See also:"]
    assert removed_by(result, "en-see-also-dated-row") == ["12 Mar 03 | Highlands", "21 Jun 02 | Highlands"]
    assert removed_by(result, "en-more-stories-pointer") == [
        "Top Highlands stories now:", "Links to more Highlands stories are at the foot of the page."]
    kept = _kept(result)
    for line in SEE_ALSO[:3] + SEE_ALSO[8:]:
        assert line in kept


def test_a_see_also_over_the_text_s_own_reading_stays(cleaner_obj):
    text = [
        "The harbour's history is told best in two books, both long out of print.",
        "See also:",
        "The Ferry Years, by Anna Lee, and the council's own record of the harbour dues.",
        "Both can be read in the town library, in the room at the back.",
    ]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_user_handle_under_a_bare_byline_goes_and_a_name_stays(cleaner_obj):
    text = [
        "The harbour's new ferry is late again 213",
        "Posted",
        "by",
        "harbourfan",
        "The ferry was due in May, and the council now says it will not sail before September.",
        "Islanders will keep the old boat until then, though its engine is older than most of them.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-byline-handle") == ["harbourfan"]
    assert "The ferry was due in May, and the council now says it will not sail before September." in _kept(result)
    named = [
        "The harbour's new ferry is late again",
        "by",
        "Anna Lee",
        "The ferry was due in May, and the council now says it will not sail before September.",
    ]
    assert "Anna Lee" in _kept(cleaner_obj.clean("\n".join(named)))


def test_a_shop_s_featured_product_heading_goes_and_a_shop_s_own_story_keeps_it(cleaner_obj):
    text = [
        "Weight benches compared",
        "We compared seventeen benches for a small home gym, from the cheapest to the sturdiest.",
        "Featured Product",
        "Harbour Fitness Folding Bench",
        "A folding bench that stores flat behind a door, with six back positions and a leg hold.",
        "Featured Product",
        "Island Steel Flat Bench",
        "A flat bench of welded steel, rated for a heavier load than any other we tried.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-post-box-heading") == ["Featured Product", "Featured Product"]
    kept = _kept(result)
    for line in ("Harbour Fitness Folding Bench", "Island Steel Flat Bench"):
        assert line in kept
    story = [
        "The stall sells honey from its own hives, and one thing more each month.",
        "Featured Product",
        "This month it is beeswax candles, rolled by hand in the back of the shop.",
    ]
    assert_kept_whole(cleaner_obj, "en", story)


def test_a_box_s_empty_state_goes_and_a_quoted_apology_stays(cleaner_obj):
    text = [
        "Mobile television comes to the ferries",
        "Passengers on the island ferries will be able to watch live television from next month.",
        "Sorry, no entries are active in this section.",
        "The service will be free for the first year, the ferry company said on Monday.",
        "After that it will cost a few pounds a month, paid with the season ticket.",
    ]
    result = cleaner_obj.clean("\n".join(text))
    assert removed_by(result, "en-empty-box-note") == ["Sorry, no entries are active in this section."]
    quoted = [
        "The archive was no help at all on the matter of the wreck.",
        "\"Sorry, no stories were found,\" the clerk said, and closed the drawer on the harbour files.",
        "We went to the lighthouse keeper's daughter instead, who remembered everything.",
    ]
    assert_kept_whole(cleaner_obj, "en", quoted)


def test_cleaning_the_cleaned_documents_again_changes_nothing(cleaner_obj):
    for lines in (COTTAGES, FILMS, SIDEBAR, SEE_ALSO):
        once = cleaner_obj.clean("\n".join(lines)).text
        assert cleaner_obj.clean(once).text == once
