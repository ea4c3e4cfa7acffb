"""atk11: the eleventh round's new rules read against texts and pages written for the attack: a
label's words as the text's own title or heading right over its paragraph (a diary's "Today's
Journal", a magazine's "Submit a Story"), a gift guide's prices, a report's
"Comments" over its list of sentences, a play's "What's this?", and a gallery's or a concert's
biographies of its artists. Each text and page here was written for these tests."""

import pytest

from cleaner import Cleaner

CLEANER = Cleaner()


def removed(text, lang="en"):
    return [(r.rule_id, r.text.strip()) for r in CLEANER.clean(text, lang=lang).removals]


def lines(*rows):
    return "\n".join(rows) + "\n"


DIARY = ("I woke before the alarm and walked the dog along the canal while the mist was still on the water.",
         "At work the new printer jammed twice, and I spent most of the afternoon writing the report by hand.")


@pytest.mark.parametrize("title", [
    "Today's Journal",  # en-todays-paper
    "Today's Post",
    "Submit a Story",  # en-head-section-label
    "News & Events",
    "Breaking News:",  # en-breaking-news-label
])
def test_a_label_right_over_the_text_s_first_paragraph_is_its_title(title):
    assert removed(lines(title, *DIARY)) == []


def test_a_weather_line_over_the_story_stays_and_the_box_still_goes():
    story = lines("Storm warning for the coast", "Temperature: 12°",
                  "The office said the wind would reach ninety kilometres an hour on the cliffs by midnight.",
                  "Rain will spread from the west on Saturday morning, turning heavy in the afternoon.")
    assert removed(story) == []
    box = lines("Temperature: 25°", "Currently: Clear", "Full Forecast", "Pier to be rebuilt", *DIARY)
    assert ("en-weather-readout", "Temperature: 25°") in removed(box)


def test_the_paper_s_label_over_a_headline_still_goes():
    page = lines("Today's Gazette", "Pier to be rebuilt", *DIARY)
    assert removed(page) == [("en-todays-paper", "Today's Gazette")]
    page = lines("Subscription Deals", "Pier to be rebuilt", *DIARY)
    assert removed(page) == [("en-head-section-label", "Subscription Deals")]


def test_a_gift_guide_s_prices_stay_and_a_shop_box_s_still_go():
    guide = lines("Ten gifts for the cook who has everything",
                  "A good pepper mill lasts a lifetime, and this one grinds from dust to coarse flakes with a turn.",
                  "$39.99 from Amazon.com",
                  "The cast-iron pan is heavy, but it goes from the hob to the oven and sears a steak like nothing else.",
                  "$54 at Amazon",
                  "A set of wooden spoons sounds dull until you have cooked with ones carved from one piece of olive wood.",
                  "$24.50 from Amazon.com")
    assert removed(guide) == []
    shop = lines(*DIARY, "Best sellers", "The Quiet Harbour", "by Ann Lee", "$21.99 from Amazon.com", "More information")
    assert ("en-store-price-line", "$21.99 from Amazon.com") in removed(shop)


REPORT = ("The class left school at nine and reached the wetland centre by coach shortly before ten o'clock.",
          "In the morning the pupils went pond dipping and recorded eleven kinds of creature in the ponds.",
          "After lunch a ranger showed them how the reed beds clean the water before it reaches the river.")


def test_a_report_s_comments_over_its_list_of_sentences_stay():
    report = lines("Field trip report", *REPORT, "Comments", "- Behaviour on the coach was excellent both ways.",
                   "- Two pupils forgot their packed lunches; the centre's cafe helped.")
    assert removed(report) == []


def test_a_play_s_line_under_its_speaker_stays():
    play = lines("Act One, Scene Two",
                 "A kitchen. Morning. ANNA is making tea; TOM enters with a parcel wrapped in brown paper.",
                 "TOM puts the parcel on the table and steps back from it as if it might bite him.",
                 "ANNA wipes her hands on her apron and looks at the parcel for a long time without touching it.",
                 "ANNA:", "What's this?", "TOM:", "It came for you.")
    assert removed(play) == []


def test_a_comments_label_left_alone_after_the_story_still_goes():
    story = lines("Field trip report", *REPORT, "Comments", "Special reports", "Elections 2026")
    assert ("en-tail-box-label", "Comments") in removed(story)


PARAGRAPHS = [
    "Oil on canvas, painted in 1911, this is the largest of the harbour scenes in the gallery and the last the painter finished.",
    "The boats are drawn in a few strokes of dark blue, and the lamps on the quay are laid on thickly with a palette knife.",
    "The painting was bought by the town council in 1920 and hung in the council chamber until the gallery opened in 1958.",
    "Conservators cleaned it in 2019 and found a second harbour, sketched in pencil and abandoned, under the paint of the sky.",
    "Visitors often ask why the sky is green; the painter's letters say she mixed it to match the sea fog of late October.",
    "A smaller study for the painting, on a board no bigger than a postcard, hangs beside it and shows the quay from the steps.",
    "The frame is the original one, carved by a local joiner and gilded by the painter's brother, who kept a shop on the quay.",
    "In 1936 the painting was lent to an exhibition in Paris, the only time it has left the town, insured for a thousand pounds.",
]
ARTIST = ["Edith Marrow was born in Leeds in 1879 and trained at the Slade in London.",
          "She moved to Eastgate in 1904 and painted its harbour almost every day for seven years."]


def gallery_page(box_class: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    box = "".join(f"<p>{p}</p>" for p in ARTIST)
    return ('<!DOCTYPE html><html lang="en"><head><title>The Harbour at Dusk</title></head><body>'
            f'<main><article class="artwork"><h1>The Harbour at Dusk</h1>{body}'
            f'<h2>About the artist</h2><div class="{box_class}">{box}</div></article></main></body></html>')


def test_a_gallery_s_biography_of_its_painter_stays():
    result = CLEANER.clean_html(gallery_page("artist-bio"))
    assert [r.text for r in result.removals if r.rule_id == "page-author-bio"] == []
    assert ARTIST[1] in result.text


def test_a_writer_s_biography_box_still_goes():
    result = CLEANER.clean_html(gallery_page("mini-bio"))
    assert [r.text for r in result.removals if r.rule_id == "page-author-bio"] == ARTIST


@pytest.mark.parametrize("text", [
    lines("Today's Journal", *DIARY),
    lines("Field trip report", *REPORT, "Comments", "- Behaviour on the coach was excellent both ways."),
    lines("Temperature: 25°", "Currently: Clear", "Full Forecast", "Pier to be rebuilt", *DIARY),
    lines(*DIARY, "Best sellers", "The Quiet Harbour", "$21.99 from Amazon.com", "More information"),
])
def test_cleaning_twice_changes_nothing(text):
    once = CLEANER.clean(text, lang="en").text
    assert CLEANER.clean(once, lang="en").text == once


def test_a_tool_row_s_to_5_beside_a_link_no_rule_names_goes_and_a_table_s_stays():
    row = lines("The pressure drops every night to below one bar, and the boiler will not fire until I top it up.",
                "Post Reply", "| Private Reply", "| To 5", "| Ignore Author")
    assert ("en-reply-links", "| To 5") in removed(row)
    fares = lines("Night fares", "Zone 3", "| From 2", "| To 5",
                  "Fares are paid on the bus by card or with a day ticket bought at any station.")
    assert removed(fares) == []


CAR_PARK = [
    "The council proposes to close the old harbour car park and turn it into a public garden with a playground and a café.",
    "The car park has one hundred and twenty spaces and is full only on summer weekends, the council's own counts show.",
    "Drivers would be sent to the new car park behind the station, a walk of about eight minutes, rarely half full.",
    "The garden would cost about four hundred thousand pounds, most of it from a grant the town won last year.",
    "Traders at the market say the new space would suit them better, since the stalls now stand between parked cars.",
    "Residents of the streets round the station fear that drivers will park outside their houses instead.",
]


def letter_page(box_class: str, box: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in CAR_PARK)
    inner = "".join(f"<p>{p}</p>" for p in box)
    return ('<!DOCTYPE html><html lang="en"><head><title>Letter of the week</title></head><body><div class="page">'
            f'<main><article class="letter"><h1>Letter of the week: keep the car park</h1>{body}'
            f'<div class="{box_class}">{inner}</div></article></main></div></body></html>')


@pytest.mark.parametrize("box_class, box", [
    ("editor-replies", ["The editor replies: we asked the council for its counts, and they show it full on nine days.",
                        "We will print more letters on the plan next week."]),
    ("how-to-respond", ["Send your views by letter to the town hall, or fill in the paper form at the library, before 31 January."]),
])
def test_the_page_s_own_replies_and_how_to_respond_are_no_comment_thread(box_class, box):
    result = CLEANER.clean_html(letter_page(box_class, box))
    assert [r.text for r in result.removals if r.rule_id == "page-comment-thread"] == []
