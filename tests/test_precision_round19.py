"""Article lines the rules took on real pages, and false removals an attack found, guarded
(issue #19, precision first): a review's heading in a cell its layout classes "nav", a forum
topic's title in its trail's cell, a writer's note on themself among a related box's rows.

Every text here was written for these tests."""

from cleaner import Cleaner
from conftest import assert_goes_under_story, assert_kept_whole, assert_stays_in_story, removed_by

CLEANER = Cleaner()

VERDICT = ("All in all the old tram set is a fine toy for a patient child, though its motor is loud "
           "and the track pieces come apart too easily on a carpet.")
REVIEW = [
    "The set arrived in a battered box, but every piece was there, and the little driver still had his cap.",
    "We laid the track on the kitchen floor first, where it held together better than on the rug upstairs.",
    "The motor starts with a jolt and hums loudly, which the children loved and the neighbours did not.",
]


def _review_page(between: str) -> str:
    """An old review page: a layout table whose cells share one class ("nav-box-1"), the
    summary's cell with its long verdict, then ``between`` in a cell of its own, then the review."""
    cell = '<tr><td class="nav-box-1">{}</td></tr>'
    summary = "<b>Pros</b><br>Sturdy and cheap.<br><b>Cons</b><br>Loud motor.<br><b>The Bottom Line</b><br>" + VERDICT
    body = "".join(f"<p>{p}</p>" for p in REVIEW)
    return ('<!DOCTYPE html><html lang="en"><head><title>Old tram set review</title></head><body>'
            '<table class="layout"><tr><td><h1>Old tram set review</h1>'
            f'<table>{cell.format(summary)}{cell.format(between)}{cell.format(body)}</table>'
            '</td></tr></table></body></html>')


def test_a_heading_in_a_cell_styled_as_the_reviews_own_is_no_menu():
    result = CLEANER.clean_html(_review_page('<span class="hd">Full Review</span>'))
    assert removed_by(result, "page-chrome-section") == []
    assert "Full Review" in result.text.split("\n")


def test_a_menu_cell_styled_alike_in_another_table_still_goes():
    # The cell's class is read beside the review's cells of the same table only: a menu table of
    # its own, classed alike, is still a menu.
    menu = ('<table><tr><td class="nav-box-1"><a href="/a">Basel transport</a><br>'
            '<a href="/b">City council</a><br><a href="/c">Weather</a></td></tr></table>')
    page = _review_page("<span>Full Review</span>").replace("</body>", menu + "</body>")
    result = CLEANER.clean_html(page)
    assert "Full Review" in result.text.split("\n")
    assert removed_by(result, "page-chrome-section") == ["Basel transport", "City council", "Weather"]


POSTS = [
    "I am trying to set up the tram timetable plugin on a fresh install and it stops at the second step.",
    "The log says the database is locked, though nothing else is running on the machine at the time.",
    "Did you start the scheduler before the import? It holds the lock until its first run is over.",
]


def _thread_page(title_class: str) -> str:
    trail = (f'<table><tr><td class="nav"><a href="/t/75"><div class="{title_class}">'
             'Timetable plugin stops at the second step</div></a></td></tr>'
             '<tr><td class="nav"><a href="/">Board index</a> » <a href="/f/2">Plugins</a></td></tr></table>')
    posts = "".join(f'<div class="postbody"><p>{p}</p></div>' for p in POSTS)
    return ('<!DOCTYPE html><html lang="en"><head><title>Timetable plugin stops at the second step :: Board'
            f'</title></head><body>{trail}<div class="thread">{posts}</div></body></html>')


def test_a_topics_title_in_its_trails_cell_stays():
    result = CLEANER.clean_html(_thread_page("maintitle"))
    assert "Timetable plugin stops at the second step" in result.text
    assert "Timetable plugin stops at the second step" not in removed_by(result, "page-chrome-section")


def test_a_trails_link_in_its_cell_still_goes():
    result = CLEANER.clean_html(_thread_page("linkline"))
    assert "Timetable plugin stops at the second step" in removed_by(result, "page-chrome-section")


STORY = ("Young Keeper Learns From His Blunder\n"
         "By: Tomas Rindal Updated: 2/11/09 10:15 AM\n"
         "The keeper dropped an easy cross in the second minute, and the home crowd groaned as one.\n"
         "He made up for it with three fine saves before half time, one of them from a penalty.\n"
         "His coach said afterwards that the mistake had taught him more than any training session could.\n"
         "The club plays its next match away on Saturday, against the leaders of the league.\n")
TAIL = ("RELATED NEWS\n"
        "TOP STORIES\n"
        "ABOUT US | PRIVACY | ADVERTISE WITH US | SITE INDEX\n"
        "{note}\n"
        "| Send to a friend | Printable page | Share |\n"
        "| Reader comments (none yet) | Add a comment |\n")


def test_the_writers_note_on_themself_stays_in_a_related_boxs_cut():
    note = "Tomas Rindal covers the city's football clubs for the paper and has written two books on the game."
    result = CLEANER.clean(STORY + TAIL.format(note=note), lang="en")
    assert note in result.text
    assert "RELATED NEWS" in removed_by(result, "related-tail-marker")
    assert "TOP STORIES" not in result.text


def test_a_sentence_naming_someone_else_still_goes_with_the_cut():
    note = "Anna Berg covers the city's football clubs for the paper and has written two books on the game."
    result = CLEANER.clean(STORY + TAIL.format(note=note), lang="en")
    assert note not in result.text


ROUTE = [
    "Bergen -> Voss -> Flam",
    "We left Bergen on the morning train and changed at Voss for the bus over the mountain pass.",
    "The road down to Flam is steep, and the driver stopped twice so that we could see the fjord.",
    "We ate supper on the quay and took the last boat out along the fjord at nine in the evening.",
]


def test_a_routes_title_whose_stops_the_story_names_is_no_trail():
    assert_kept_whole(CLEANER, "en", ROUTE)


def test_a_trail_whose_steps_the_story_does_not_all_name_still_goes():
    lines = ["News -> Norway -> Bergen", *ROUTE[1:]]
    result = CLEANER.clean("\n".join(lines) + "\n", lang="en")
    assert removed_by(result, "breadcrumb") == ["News -> Norway -> Bergen"]


CAPTION_STORY = [
    "The river rose overnight and the main street was under water by dawn, the council said.",
    "Shops stayed shut all day while the pumps worked, and the water had gone down by the evening.",
]


def test_a_title_case_caption_in_brackets_is_no_credit():
    for caption in ("[Photo: Mill Lane Flooded]", "[Photo: Pumps At The Bridge]"):
        assert_stays_in_story(CAPTION_STORY, caption, "en")


def test_a_credit_in_brackets_still_goes():
    assert_goes_under_story(CAPTION_STORY, "[Gazette photo: Mara Lind]", "en-photo-by", "en")


LIVE = [
    "Live: storm over the northern coast",
    "Follow our live coverage of the storm as it crosses the coast tonight and into tomorrow.",
    "{0}",
    "Power has been cut to about two thousand homes north of the harbour, the utility company says.",
    "{1}",
    "The coast road is now closed between the two bridges after a tree fell across both lanes.",
    "{2}",
    "The first gusts reached the harbour just before seven, and the ferries have stopped running.",
    "{3}",
    "The weather office has raised its warning to the highest level for the whole northern coast.",
]


def test_a_live_blogs_entries_under_their_stamps_stay():
    for stamps in (["21:40", "20:15", "18:50", "17:30"],
                   ["March 4, 9:40 PM", "March 4, 8:15 PM", "March 4, 6:50 PM", "March 4, 5:30 PM"]):
        assert_kept_whole(CLEANER, "en", [line.format(*stamps) for line in LIVE])


def test_a_ticker_of_headlines_over_their_stamps_beside_a_story_still_goes():
    ticker = ["Harbour bridge reopens after repairs", "21:40", "Council votes on night trams", "20:15",
              "Zoo welcomes a new elephant calf", "18:50", "Market hall gets a new roof", "17:30"]
    result = CLEANER.clean("\n".join([*CAPTION_STORY, *ticker, "Contact us"]) + "\n", lang="en")
    assert removed_by(result, "headline-ticker") == ticker
