"""The twentieth round's rules attacked with texts whose own words or shapes are the rules': a
train journey's list under its heading ("- From:", "- To:"), a strike's timeline of dated items
under a byline, a petition's and a parcel's timelines as tables, a budget column's saving, a
travel guide's rates, a closing shop's sign, minutes' and a long read's numbered headings, a
repair guide's part number, an exhibition's catalogue numbers, a review's fact box, a listing of
two stages' shows, a union's figures, a counter the text quotes, a comparison table's header of
sites, a warning's list of sites and a to-do list's "Email" item.
Each stays, and cleaning it twice gives what cleaning once gave; the chrome the rules were written
for still goes. Every text is written for the test."""

import pytest

from conftest import clean_lines, assert_kept_whole, removed_by

TEXTS = {
    "journey": ["Getting to the boat show by train",
                "- From: Glasgow Central", "- To: Oban",
                "The first train leaves at eight and takes about three hours, with a long stop at Crianlarich.",
                "Book early: the cheap seats go within a week of the timetable being published."],
    "petition": ["The council's handling of the bus petition has been slow, and its own record shows it.",
                 "| Stage | Date |", "| Received | 12 March 2014 |", "| Debated | 2 June 2014 |",
                 "| Answered | 9 September 2014 |",
                 "Campaigners want a deadline written into the rules, so that no petition waits as long again."],
    "parcel": ["My parcel took three weeks to cross the county, and the tracking page tells it better than I can.",
               "| Posted | 1 May 2020 |", "| Received | 21 May 2020 |",
               "The post office says a sorting machine broke in the spring and was not mended for a month."],
    "budget": ["Making your own granola costs less than you think, and it tastes better too.",
               "Homemade granola: $2.10 a batch", "Shop-bought: $6.30 a box", "You save: $4.20",
               "Over a year of weekly batches that comes to more than two hundred dollars, a weekend away."],
    "hotels": ["Where to stay in the old town", "The Harbour Inn", "From £85",
               "A small inn on the quay with eight rooms, four of them looking out over the boats.",
               "The Mill House", "From £120",
               "A converted mill by the weir, quiet at night, with a garden running down to the river."],
    "walks": ["Three walks to try this summer", "The cliff path", "From £12", "Duration: 3 hours",
              "A guided walk along the cliffs to the lighthouse, with tea at the farm on the headland.",
              "The estuary trail", "From £8", "Duration: 2 hours",
              "A flat walk for families, with birds to watch on the mud at low tide."],
    "closing sale": ["The shop's last day was chaotic, with queues out of the door and down the street.",
                     "Sale price: £5",
                     "The sign in the window said it all, and the shelves were bare by lunchtime."],
    "minutes": ["Minutes of the parish council, March meeting", "Item No. Seven",
                "The clerk reported that the bus shelter on the green has been mended at a cost of four hundred pounds.",
                "Item No. Eight",
                "Councillors agreed to write to the county about the potholes on Mill Lane before the summer."],
    "long read": ["Part No. Three",
                  "The winter came early that year, and the river froze before the last boats were home."],
    "repair": ["Replacing the pump on an older washing machine", "Step 3: Order the new pump.",
               "Part No. 4410-22",
               "The pump is held by three screws; undo them and pull it gently out of its housing."],
    "exhibition": ["The exhibition's finest pieces are listed below with their catalogue numbers.",
                   "Catalogue No. 1921-4", "A silver teapot made in the town in 1790, the maker's mark on its base.",
                   "Catalogue No. 1933-12", "A fisherman's jersey knitted in the pattern of the north quay."],
    "review": ["Our verdict on the new e-reader",
               "The screen is sharp, the battery lasts a month, and the pages turn faster than on last year's model.",
               "Price: $129", "Availability: In stock",
               "Overall it is the best reader we have tried for under two hundred dollars."],
    "stages": ["The town's two stages reopen this week after the winter closure, with full programmes for spring.",
               "The Old Playhouse", '"An evening of folk songs"', "12 Mill Road", "555-0142",
               "The Corn Exchange", '"Paintings of the estuary"', "4 Market Street", "555-0199",
               "Tickets for both are sold at the library, which keeps the spring's programme by its door."],
    "union": ["The union at a glance", "Founded in 1901", "12,000 members", "40 branches",
              "The union says it has grown by a third since the strike, and hopes to open ten more branches."],
    "counter": ["The launch was a success by any measure.",
                "At the peak on Saturday night the counter on the home page read:", "287 users online",
                "The servers held, and the company says it will add more before the next season starts."],
    "forum": ["The forum has grown fast since it opened in the spring.", "21004 registered users",
              "Most of them joined in the first month, when the site was talked about on the radio."],
    "comparison": ["We compared the three biggest booking sites on price, refunds and how fast they answered.",
                   "| Feature | bookquick.com | tripfinder.net | staysafe.org |",
                   "| Refund in a week | yes | no | yes |", "| Phone answered in ten minutes | no | yes | yes |",
                   "The cheapest was not the best: the site that answered fastest also refunded in full."],
    "warning": ["Trading standards have warned shoppers about fake sites selling concert tickets this winter.",
                "The sites named in the warning are:", "cheaptix-now.com • gigpass-uk.net • fastseats.biz",
                "None of them is registered here, and two were set up less than a month ago."],
    "to-do": ["Things to do before the regatta on Saturday, in the order I need to do them.",
              "Email Anna", "Book the ferry", "Pay the harbour dues",
              "Collect the sails from the loft before the weekend, or there will be nothing to race with."],
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_texts_own_lines_in_the_rules_words_stay(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, "en", TEXTS[name])


STORY = ["Storm closes the coast road for a second night",
         "The coast road stayed shut on Tuesday after the sea broke through the wall at two places.",
         "Engineers said it would take a week to mend, and buses will go the long way round until then.",
         "The council has asked drivers to keep off the hill roads, which are icy after dark."]


def test_a_timeline_s_dated_items_under_a_byline_stay(cleaner_obj):
    text = ["The long strike at the rope works", "By Mairi Duncan", "- April 14, 2011",
            "Rope makers walked out over a cut in their pay, and the owners locked the gates that afternoon.",
            "- May 2, 2011",
            "Talks began at the miners' institute, and lasted into the small hours without an agreement."]
    result = cleaner_obj.clean("\n".join(text) + "\n", lang="en")
    # The byline goes, as it always did; the timeline's dates are its entries' headings.
    assert [r.rule_id for r in result.removals] == ["byline-by"]
    assert cleaner_obj.clean(result.text, lang="en").text == result.text


def test_a_shop_s_price_and_saving_still_go():
    result = clean_lines([*STORY, "Harbour Lamp, brass", "Our Price: $24.10", "You Save: $5.90",
                          "Harbour Chart, framed", "Our Price: $31.20", "You Save: $7.80"])
    assert removed_by(result, "en-shop-price") == ["Our Price: $24.10", "Our Price: $31.20"]
    assert removed_by(result, "en-shop-saving") == ["You Save: $5.90", "You Save: $7.80"]


def test_a_journal_s_history_rows_still_go():
    rows = ["| Received | | 3 May 2006 |", "| Accepted | | 1 August 2006 |", "| Published | | 1 August 2006 |"]
    result = clean_lines([STORY[0], *rows, *STORY[1:]])
    assert removed_by(result, "en-article-history-row") == rows
    assert result.text.splitlines() == STORY


def test_a_wire_s_source_item_and_date_still_go():
    result = clean_lines([STORY[0], "- From: Coast Wire", "- March 3, 2012", *STORY[1:]])
    assert result.text.splitlines() == STORY


def test_a_forum_s_counters_still_go():
    result = clean_lines(["| | |", "359,120 Members", "412 Users Online", *STORY[1:]])
    assert removed_by(result, "en-forum-member-count") == ["359,120 Members"]
    assert removed_by(result, "en-forum-user-counter") == ["412 Users Online"]


def test_an_advertisers_directory_still_goes():
    directory = ["Quay Motors", '"Come in for a bargain"', "18 Harbour Street", "555-0133",
                 "Dune Hair Studio", '"Walk in, walk out new!"', "26 Harbour Street", "555-0176"]
    result = clean_lines([STORY[0], *directory, *STORY[1:]])
    assert result.text.splitlines() == STORY
