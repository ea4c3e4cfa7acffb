"""What a site prints above its story (a text-size widget, a weather box's readings, the
paper's edition label, its day's print edition, a ticker's label, a press office's list of
language versions) goes; the story, and a page whose own lines use the same words, stays
whole. Every page here is written for the test."""

from cleaner import Cleaner

STORY = [
    "Ferry service to the island resumes after the storm",
    "The first boat left the harbour at six on Monday, an hour late, with forty passengers aboard.",
    "Temperatures stayed low all week, and the captain said the crossing was the roughest of the year.",
    "\"Today's Sun was the first we had seen in a fortnight,\" one passenger said as she landed.",
]


def _clean(lines: list[str], lang: str | None = "en"):
    return Cleaner().clean("\n".join(lines) + "\n", lang=lang)


def _kept(result) -> list[str]:
    return result.text.splitlines()


def test_a_text_size_widget_over_the_story_goes():
    result = _clean(["- Font:", "- +", "- -", *STORY])
    assert _kept(result) == STORY
    assert {r.rule_id for r in result.removals} >= {"en-text-size-widget", "en-text-size-button"}


def test_a_lone_sign_in_a_story_stays():
    # A worked sum's lines: no widget's label above them, so the signs are the sum's.
    lines = ["How to add two fractions", "- Write both over the same denominator.", "- +",
             "- Add the numerators and keep the denominator as it is, then simplify the result."]
    assert _kept(_clean(lines)) == lines


def test_a_weather_box_in_the_head_goes_and_a_weather_story_stays():
    head = ["Temperature: 25°", "Currently: Partly Cloudy", "Full Forecast"]
    result = _clean([*head, *STORY])
    assert _kept(result) == STORY
    # The forecast's link goes with the readings (a menu run of the box's labels may take it first).
    assert "en-weather-readout" in {r.rule_id for r in result.removals}
    story = ["Full Forecast", "Temperature: 25° at noon on Saturday, rising to 31° by four o'clock, the office said.",
             "Currently, clear skies are expected to last until Tuesday, when rain moves in from the west."]
    assert _kept(_clean(story)) == story


def test_a_papers_edition_labels_go():
    head = ["Example Valley Press - ONLINE EDITION", "Today's Gazette", "ePaper | Mobile/PDA Version"]
    result = _clean([*head, *STORY])
    assert _kept(result) == STORY
    assert {r.rule_id for r in result.removals} == {"en-edition-label", "en-todays-paper"}


def test_a_menu_of_the_day_keeps_its_heading():
    lines = ["Today's Menu", "- Soup of the day with fresh bread",
             "The kitchen closes at nine, and the chef asks guests to book a table for groups of six or more."]
    assert _kept(_clean(lines)) == lines


def test_a_ticker_label_goes_and_a_breaking_news_sentence_stays():
    result = _clean(["Breaking News:", *STORY])
    assert _kept(result) == STORY
    lines = ["Breaking news: the bridge is closed.", *STORY[1:]]
    assert _kept(_clean(lines)) == lines


def test_a_press_releases_language_versions_go_in_any_language():
    head = ["Other available languages: EN DE", "Bruxelles, 14 septembre 2000"]
    body = ["La Commission propose un nouveau programme pour les ports de la mer du Nord.",
            "Le programme couvrira dix ans et coûtera deux milliards d'euros, selon le commissaire."]
    result = _clean([*head, *body], lang="fr")
    assert _kept(result) == body
    assert "other-languages-list" in {r.rule_id for r in result.removals}
    lines = ["Other available languages: French and German", *body]
    assert _kept(_clean(lines, lang="fr")) == lines


def test_a_reprint_address_and_a_shops_price_lines_go():
    # The price stands under the shop box's book title; right under a paragraph it is a gift
    # guide's own (atk11).
    result = _clean(["www.djreprints.com", *STORY, "The Quiet Harbour", "$21.99 from Amazon.com"])
    assert _kept(result) == [*STORY, "The Quiet Harbour"]
    assert {r.rule_id for r in result.removals} == {"en-reprints-address", "en-store-price-line"}


def test_a_storys_cut_first_words_under_the_reprint_address_stay():
    notice = ("Example Reprints: This copy is for your personal, non-commercial use only. "
              "To order copies for distribution to colleagues, visit our reprints page.")
    story = ["Example Corp.'s",
             "payments arm has laid off 300 employees, and is ending contracts with 100 more as it revamps its work.",
             "The company expects a charge of $15 million for the job cuts, which are mostly in its technology teams."]
    result = _clean([notice, "www.djreprints.com", *story])
    assert _kept(result) == story


def test_a_sections_label_over_the_story_goes_and_a_guides_heading_under_prose_stays():
    result = _clean(["News & Events", *STORY])
    assert _kept(result) == STORY
    assert {r.rule_id for r in result.removals} == {"en-head-section-label"}
    guide = ["How to use the library's archive",
             "The archive holds every issue of the paper since 1901, and readers may ask for copies at the desk.",
             "In This Section",
             "The rooms of the archive are open on weekdays from nine until five, and on Saturday mornings."]
    assert _kept(_clean(guide)) == guide
