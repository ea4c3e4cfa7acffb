"""The nineteenth round's rules attacked with texts whose own words or shapes are the rules': a
readers' reading list, quotations, a setlist and a study day's programme each crediting a person
or a band after a dash; a market report's table under its header row; a sewing guide's and a
letters page's section headings; a consultation's table of topics and their counts of comments;
a family tree's list under "Related"; an agenda's and a poem's lines ending on semicolons; a
review's verdict "Buy this book."; and a local history's sources and an essay's further reading
under the page's tag or share row.
Each stays, and cleaning it twice gives what cleaning once gave; the chrome the rules were written
for still goes. Every text is written for the test."""

import pytest

from conftest import STORM_FERRY_STORY, assert_kept_whole, clean_lines, removed_by

STORY = STORM_FERRY_STORY


@pytest.mark.parametrize("heading, items, after", [
    # A reading list: books in title case, each with its author.
    ("Readers' Choice", ["- A History of the North Coast Lights — Mary Hale",
                         "- The Sea Around the Islands — Thomas Lee",
                         "- Letters From a Lighthouse Keeper — Ann Gray",
                         "- The Last of the Herring Boats — John Moor"], []),
    # A setlist: songs in title case, each with its band; the list ends the text.
    ("Setlist", ["- Walking Down to the Harbour — The Gulls", "- Rain on the Old Pier — Tide Table",
                 "- Lights Along the Coast Road — Ann Lee Band", "- Last Boat Home Tonight — The Moorings"], []),
    # Quotations without their marks, and the text going on under them.
    ("Voices", ["- We have waited thirty years for this bridge — Ann Lee",
                "- Nobody asked the fishermen what they wanted — Tom Hale",
                "- The council has finally listened to the village — Mary Gray",
                "- I will believe it when I see the first lorry cross — John Moor"],
     ["The vote will be taken next month."]),
    # A study day's talks and their speakers, the programme going on under them.
    ("Morning", ["- The building of the north pier in 1820 — Dr Ann Lee",
                 "- Smuggling on the east coast, a new look — Prof Tom Hale",
                 "- How the herring came and went again — Mary Gray",
                 "- The lifeboat crews and their families — John Moor"],
     ["Lunch is served in the reading room at one, and the afternoon starts at two."]),
])
def test_a_list_crediting_people_after_a_dash_is_the_texts_own(cleaner_obj, heading, items, after):
    assert_kept_whole(cleaner_obj, "en", [*STORY, heading, *items, *after])


def test_a_round_up_of_other_sites_still_goes():
    roundup = ["- Ferry timetable changes again for the winter — Coast Gazette",
               "- Lighthouse keeper retires after forty years of service — Harbour News",
               "- Fish market opens a second hall near the quay — The Quay Times",
               "- Sailing club wins the regional cup once more — Bay Radio"]
    result = clean_lines([*STORY, "Worth A Click", *roundup])
    assert result.text.splitlines() == STORY
    assert removed_by(result, "credited-link-run") == ["Worth A Click", *roundup]


def test_a_market_report_s_table_under_its_header_row_stays(cleaner_obj):
    text = ["Shares slip as the bank holds its rates",
            "Shares fell across Europe on Friday as investors waited for the central bank's decision.",
            "The main indexes closed as follows:",
            "| Index | Close | Change |", "| FTSE 100 | 6,512.30 | -12.40 |", "| DAX | 7,230.10 | -40.25 |",
            "| CAC 40 | 4,101.75 | -22.10 |",
            "Traders said the fall was small given the week's news."]
    assert_kept_whole(cleaner_obj, "en", text)


@pytest.mark.parametrize("heading, before, after", [
    ("Thread tools", "A small table by the window is enough to start, as long as the light is good.",
     "A thread snip, a seam ripper and a needle threader will cover almost every job in the first year."),
    ("Thread Tools", "Keep one pair of shears for fabric only, and never let anyone use them on paper.",
     "A thread snip, a seam ripper and a needle threader will cover almost every job in the first year."),
    ("Also worth reading", "The best book this month is a slow, patient novel about a lighthouse keeper.",
     "The Salt Road, a first novel about a drover crossing the moors, is short, funny and often moving."),
    ("Comment Guidelines", "Our readers send about two hundred letters a week, and we print perhaps twenty.",
     "We ask that letters stay under three hundred words and carry the writer's real name."),
    ("Popular this week", "The library's lending figures came out on Friday and surprised the librarians.",
     "Cookery books took four of the top ten places, led by a slim volume of one-pot winter stews."),
])
def test_a_section_heading_between_the_texts_paragraphs_stays(cleaner_obj, heading, before, after):
    assert_kept_whole(cleaner_obj, "en", [STORY[0], before, heading, after])


def test_a_blog_s_box_headings_still_go_beside_its_chrome():
    text = [STORY[0], "Share this", "Popular This Week", "THREAD TOOLS", *STORY[1:]]
    assert removed_by(clean_lines(text), "en-post-box-heading") == ["Popular This Week", "THREAD TOOLS"]


def test_a_consultation_s_table_of_comments_stays(cleaner_obj):
    text = ["Residents give their views on the new car park",
            "The council received 214 responses to its consultation, sorted by the topic each one raised.",
            "Responses by topic",
            "Parking Charges | 64 comments", "Opening Hours, Lighting | 38 comments", "Trees | 12 comments",
            "The council will publish its answer to each topic before the planning meeting in May."]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_post_s_categories_under_its_counter_still_go():
    text = ["Bringing the old barn back", "1 Comment » | Published in", "Barns, Old Buildings, Restoration | 1 Comment",
            *STORY[1:]]
    assert removed_by(clean_lines(text), "en-post-categories-count") == ["Barns, Old Buildings, Restoration | 1 Comment"]


def test_a_family_tree_under_related_stays(cleaner_obj):
    text = ["Our family tree",
            "The Lees came to the island in 1820, from the mainland, and farmed at the north end for a century.",
            "Related",
            "- Mary Ann Lee, the eldest daughter, born (March 4, 1921)",
            "- Thomas John Lee, her younger brother (May 12, 1925)",
            "Cousins of the Lees on the mother's side lived in the town until the war."]
    assert_kept_whole(cleaner_obj, "en", text)


def test_a_related_box_of_dated_headlines_still_goes():
    text = [STORY[0], "Related", "- Ferry Fares Rise Again for the Winter (March 4, 2019)", *STORY[1:]]
    result = clean_lines(text)
    assert result.text.splitlines() == STORY
    assert {r.rule_id for r in result.removals} == {"en-related-dated-box", "en-related-dated-headline"}


@pytest.mark.parametrize("lines", [
    ["Parish council meets on Tuesday",
     "The parish council meets in the village hall on Tuesday at seven, and the meeting is open to all.",
     "Topics:", "the new bus timetable;", "the harbour dues;", "the state of the footpaths;",
     "any other business",
     "Residents who want to speak should tell the clerk by Monday noon."],
    ["A winter poem", "Tags: poems, winter", "Snow on the harbour;", "Ice in the rigging;", "The boats asleep."],
])
def test_lines_ending_on_semicolons_in_lower_case_are_no_tags(cleaner_obj, lines):
    kept = cleaner_obj.clean("\n".join(lines) + "\n", lang="en").text.splitlines()
    assert [line for line in lines if line.endswith(";")] == [line for line in kept if line.endswith(";")]


def test_a_forum_s_tags_one_a_line_still_go():
    text = [*STORY, "KEYWORDS:", "FERRIES;", "HARBOUR WALLS;", "WEATHER"]
    assert removed_by(clean_lines(text), "en-tag-list-item") == ["FERRIES;", "HARBOUR WALLS;"]


@pytest.mark.parametrize("lines", [
    [STORY[0], "Her novel follows a telegraph boy through the last year of the war, delivering the news.",
     "The writing is plain and exact, and the ending left me in tears on the train.", "Buy this book."],
    ["Where to find the best bread in town", "The bakery on Mill Lane bakes its sourdough before dawn.",
     "Buy it here", "The market stall on Saturdays sells the same loaves at half past eight."],
])
def test_a_review_s_verdict_and_a_guide_s_heading_stay(cleaner_obj, lines):
    assert_kept_whole(cleaner_obj, "en", lines)


@pytest.mark.parametrize("marker, heading, items", [
    ("Tags: harbour, history, boat building", "Sources",
     ["- Parish records, 1700-1950", "- The Harbour Almanac, 1921", "- Interview with the last yard foreman"]),
    ("Share this:", "Further reading",
     ["- The Keepers' Diaries, edited by the county archive", "- Lights of the North Coast, a history",
      "- A Keeper's Daughter, a memoir"]),
])
def test_the_writers_sources_under_the_page_s_row_stay(cleaner_obj, marker, heading, items):
    text = [*STORY, marker, heading, *items]
    result = cleaner_obj.clean("\n".join(text) + "\n", lang="en")
    assert result.text.splitlines()[-len(items) - 1:] == [heading, *items]
    assert cleaner_obj.clean(result.text, lang="en").text == result.text
