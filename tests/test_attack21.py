"""The twenty-first round's rules attacked with texts whose own words or shapes are the rules': a
poem's first line under its byline, a band's tour dates in rows of a date and a town, a forum reply
and a village notice saying there is nothing to show, an errand list's shopping item, a listicle's
heading, a club's sign-up steps, a café's menu, a word list in two languages, a radio programme,
directions by bus and bike, a story's sources with short links, a dedication, a guide's printing
steps, a club's free mooring, an award list, and in HTML mode a list's heading over items whose text
starts on a line of its own (trafilatura writes a bare "- " over it). Each stays, and cleaning it
twice gives what cleaning once gave; the chrome the rules were written for still goes. Every text is
written for the test."""

import pytest

from cleaner import Cleaner
from conftest import assert_lines_stay, assert_removed_by, removed_by

STORY = [
    "Harbour town opens its new ferry terminal",
    "The new terminal on the east quay opened on Monday, two years after the old shed burned down in a winter storm.",
    "Ferries to the islands will leave every hour in the summer, and every two hours in the winter, the operator said.",
    "The harbour master said the waiting room would stay open until the last boat came in at night, whatever the weather.",
]

# Texts whose every line is the text's own: (the text's lines, the lines a rule of the round took on its branch).
KEPT = {
    "poem under its byline": (["Saltwater", "by Anna Lee", "saltwater", "and the gulls over the quay,",
                               "the nets hung out to dry,", "and nobody home but me."], ["saltwater"]),
    "tour dates": (
        ["The Quayside Band announce a spring tour",
         "The band will play four towns in March, their first tour since the singer's illness, and tickets go on sale on Friday.",
         "Tour dates", "14 Mar 25 | Millbridge", "15 Mar 25 | Eastholm", "17 Mar 25 | Port Sallow",
         "Tickets cost fifteen pounds, and children under twelve go free with an adult."],
        ["14 Mar 25 | Millbridge", "15 Mar 25 | Eastholm", "17 Mar 25 | Port Sallow"]),
    "forum reply": (["Boat for sale: small wooden dinghy",
                     "Does anyone have pictures of the dinghy with its sail up?",
                     "Sorry, no photos yet.",
                     "I will take some on Saturday when the wind drops."], ["Sorry, no photos yet."]),
    "village notice": (["What's on in the village this spring",
                        "The hall is being rebuilt, so the spring programme is short this year.",
                        "Sorry, no events are available until May.",
                        "The summer fair will go ahead as usual on the green."],
                       ["Sorry, no events are available until May."]),
    "errand list": ([STORY[1], "- after work shop for the party. Pick up the cake at Hill's.", STORY[2]],
                    ["- after work shop for the party. Pick up the cake at Hill's."]),
    "listicle heading": (["The ten best ferry rides of the year", "Top Ten Stories Now:",
                          "1. The island crossing at dawn", "2. The night boat to the north"],
                         ["Top Ten Stories Now:"]),
    "directions": ([*STORY, "Getting there", "- by bus on Route 9 from the station",
                    "- by bike on National Cycle Route 7", "- by car on A-roads from the north"],
                   ["- by bus on Route 9 from the station"]),
    "sources with short links": (
        [*STORY, "Sources:", "- The council's notice on the new timetable -> http://bit.ly/xY9zQ1",
         "- The operator's statement on fares -> http://bit.ly/Ab12Cd"],
        ["- The council's notice on the new timetable -> http://bit.ly/xY9zQ1"]),
    "dedication": ([*STORY, "To the staff of the county archive"], ["To the staff of the county archive"]),
    "printing steps": ([*STORY, "Instructions for printing the guide", "1. Open the file.", "2. Choose A4 paper.",
                        "3. Print both sides."], ["Instructions for printing the guide"]),
    "club notice": ([*STORY, "Register for a mooring at the harbour office - free!"],
                    ["Register for a mooring at the harbour office - free!"]),
    "club's sign-up steps": (["Joining the sailing club online", "Create an account", "1. Go to the club's website.",
                              "2. Choose Join.", "3. Enter your name and email.", STORY[1], STORY[2]], ["Create an account"]),
    "cafe's menu": (["Lunch at the harbour café", "Main menu", "- Fish soup, £6", "- Crab salad, £9", "- Apple tart, £4",
                     STORY[1], STORY[2]], ["Main menu"]),
    "word list": (["Harbour words in two languages", "English - Français", "harbour - port", "boat - bateau",
                   "sail - voile", STORY[1]], ["English - Français"]),
    "radio programme": (["Tonight on the radio", "Next Up", "- The shipping forecast", "- A play about the ferry strike",
                         STORY[1], STORY[2]], ["Next Up"]),
    "award list": ([*STORY, "This year's awards", "Tom Price - Voted #1 Skipper of the Year",
                    "Anna Lee - Voted #1 Harbour Volunteer"], ["Tom Price - Voted #1 Skipper of the Year"]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_the_texts_own_lines_stay(name):
    assert_lines_stay(*KEPT[name])


# The chrome each guarded rule was written for, in texts written like the pages it stands on.
CHROME = {
    "en-byline-handle": (["Why do knots slip in the cold? 212", "Posted", "by", "harbourfan",
                          "from the ropes-and-cold-hands dept.",
                          "A reader writes: \"My reef knots come undone every winter, and I want to know why before the season starts.\""],
                         ["harbourfan"]),
    "en-see-also-dated-row": ([*STORY, "See also:", "07 Dec 02 | Harbourside", "17 Apr 01 | Harbourside"],
                              ["07 Dec 02 | Harbourside", "17 Apr 01 | Harbourside"]),
    "en-empty-box-note": ([STORY[0], STORY[1], "Sorry, no videos are active for this section.", STORY[2], STORY[3]],
                          ["Sorry, no videos are active for this section."]),
    "en-keyword-shop-ad": ([*STORY, "- rain boots Shop For rain boots. Great Style & Great Prices at ShopCo.com."],
                           ["- rain boots Shop For rain boots. Great Style & Great Prices at ShopCo.com."]),
    "en-tail-recent-comment": ([*STORY, "- by Marta on Ten Walks Along the Northern Coast",
                                "- by harbourfan on Why the Ferry Is Always Late"],
                               ["- by Marta on Ten Walks Along the Northern Coast",
                                "- by harbourfan on Why the Ferry Is Always Late"]),
    "en-tail-free-signup": ([*STORY, "Register For a TIDE Account - FREE!"], ["Register For a TIDE Account - FREE!"]),
    "en-tail-rated-ad": ([*STORY, "HARBOURSOFT.COM - Rated #1 Tide Software."], ["HARBOURSOFT.COM - Rated #1 Tide Software."]),
}


@pytest.mark.parametrize("rule_id", sorted(CHROME))
def test_the_chrome_still_goes(rule_id):
    lines, chrome = CHROME[rule_id]
    assert_removed_by(lines, rule_id, chrome)


BODY = ("The harbour board agreed on Monday to rebuild the old pier, which has been closed to walkers since "
        "the winter storms damaged its wooden deck.")
CLOSE = ("Fishermen who moor their boats beside the pier asked for a temporary landing stage during the works, "
         "and the board promised to find one before the summer.")


def _page(heading: str) -> str:
    # Each item's text starts on a line of its own in the page's source: trafilatura writes the
    # item's "- " alone over it.
    items = "".join(f"<li>\n{first}<br>\n{second}\n</li>\n" for first, second in
                    [("Monday: sun, 18 degrees", "wind from the west"), ("Tuesday: rain, 14 degrees", "gales by night")])
    return ('<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt</title></head><body>'
            f'<div class="post-body"><p>{BODY}</p>\n{heading}\n<ul>\n{items}</ul>\n<p>{CLOSE}</p></div></body></html>')


@pytest.mark.parametrize("heading", ["<h2>5-Day Forecast</h2>", "<h3>Jobs</h3>", "<h3>Recommend</h3>", "<p>SEE ALSO</p>"])
def test_a_heading_over_bare_items_stays(heading):
    pytest.importorskip("trafilatura")
    result = Cleaner().clean_html(_page(heading))
    assert removed_by(result, "page-empty-item") == ["-", "-"]
    assert [r.rule_id for r in result.removals if r.rule_id != "html-extraction"] == ["page-empty-item"] * 2
    text = heading.split(">")[1].split("<")[0]
    assert text in result.text.splitlines()
