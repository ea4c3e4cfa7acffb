"""Families above the story and on pages of chrome alone: a menu whose items a site parts with
divider lines, a blog's round-up of links crediting the sites they lead to, and a markets box's
rows. The same shapes in the story's own lists and tables stay. Every page here is written for the
test."""

from conftest import STORM_FERRY_STORY, clean_lines, kept_and_rules

STORY = STORM_FERRY_STORY

ROUNDUP = [
    "- Ferry timetable changes for the winter season — Coast Gazette",
    "- Lighthouse keeper retires after forty years of service — Harbour News",
    "- Fish market opens a second hall near the quay — The Quay Times",
    "- Sailing club wins the regional cup again — Bay Radio",
]


def test_a_menu_parted_by_dividers_goes_with_its_dividers():
    menu = ["Valley Courier Home", "--", "--", "Classifieds", "--", "News", "--", "--", "Sports", "--"]
    kept, rules = kept_and_rules(["| | | |", *menu, *STORY])
    assert kept == STORY
    assert "en-menu-run" in rules and "lone-divider" in rules


def test_a_section_break_between_the_story_s_short_lines_stays():
    # A poem's stanzas parted by a divider: labels in shape, but no chrome and no menu word.
    text = [*STORY, "Grey Water", "Low Tide", "--", "Salt Wind", "Night Boat",
            "The ferry came back at dusk, and the harbour lights went on one by one along the quay."]
    assert kept_and_rules(text)[0] == text


def test_a_round_up_of_links_goes_with_its_heading():
    kept, rules = kept_and_rules([*STORY, "More From The Web", *ROUNDUP])
    assert kept == STORY
    assert "credited-link-run" in rules


def test_a_page_that_is_only_a_round_up_is_cleaned_not_left_as_it_was():
    # The credits prove the box, as a ticker's stamps do: the over-cleaning guard does not weigh it.
    result = clean_lines(["Weekend reading", *ROUNDUP])
    assert result.text.splitlines() == ["Weekend reading"]
    assert not result.notices


def test_a_reading_list_and_a_list_of_quotations_stay():
    books = ["- The Lighthouse At The End Of The Pier — Anna Keller",
             "- A Winter On The Northern Ferries — Anna Keller",
             "- Letters From The Harbour Master's Office — Anna Keller",
             "- The Salt Road And Other Stories — Anna Keller"]
    text = [*STORY, *books]
    assert kept_and_rules(text)[0] == text
    quotes = ['- "The sea gives and the sea takes, mostly takes" — Old Harbour Saying',
              '- "Never trust a calm morning in March" — Captain Rhys',
              '- "A ferry is only late until it sinks" — Marta Lind',
              '- "Every storm ends at a harbour wall" — Tom Evans']
    text = [*STORY, *quotes]
    assert kept_and_rules(text)[0] == text


def test_three_items_are_no_round_up():
    text = [*STORY, *ROUNDUP[:3]]
    assert "credited-link-run" not in kept_and_rules(text)[1]


def test_a_markets_box_above_the_story_goes():
    box = ["| DJIA | 10412.63 |  | 44.41 |", "| EUR/USD | 1.3120 |", "| Gold/oz | $912.40 |"]
    kept, rules = kept_and_rules([STORY[0], *box, *STORY[1:]])
    assert kept == STORY
    assert "en-market-ticker-row" in rules


def test_a_market_report_s_table_and_a_medal_table_stay():
    report = [*STORY, "The main indexes closed on Friday as follows:",
              "| FTSE 100 | 6,512.30 | | -12.40 |", "| DAX | 7,230.10 | | -40.25 |",
              "Traders said the fall was small given the week's news from the central bank."]
    assert kept_and_rules(report)[0] == report
    medals = [*STORY, "| Gold | 12 |", "| Silver | 8 |", "| Bronze | 5 |"]
    assert kept_and_rules(medals)[0] == medals
