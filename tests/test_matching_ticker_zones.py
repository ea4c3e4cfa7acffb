"""headline_ticker's stamps with a time zone after the time ("7:05 PM ET", "07:36 GMT") or an
English weekday before the date ("Tue, Mar 4 2008, 09:15 GMT"): read as the same stamps without
them, so that English news sites' boxes of other stories go, and their programmes, datelines and
live blogs stay as the same stamps without a zone do."""

import pytest

from cleaner.matching.ticker import _stamped
from test_matching_ticker import ENGLISH, clean, removed_by


@pytest.mark.parametrize("line, minutes", [
    ("Tue, Mar 4 2008, 09:15 GMT", 9 * 60 + 15),
    ("- Ferry timetable changes for the winter 7:05 PM ET", 19 * 60 + 5),
    ("Harbour Weekly | Wednesday, Mar 5 2008, 18:40 GMT", 18 * 60 + 40),
    ("9:00 AM PST", 9 * 60),
    ("(11:20 a.m. EDT)", 11 * 60 + 20),
    ("Sat 08:15 UTC+1", 8 * 60 + 15),
])
def test_stamps_with_a_zone_or_a_weekday(line, minutes):
    stamp = _stamped(line, 30)
    assert stamp is not None and stamp.minutes == minutes


@pytest.mark.parametrize("line", [
    # A weekday and a date with no time are a dateline, as the same date without its weekday.
    "Tue, Mar 4 2008",
    "Wednesday, March 5",
    # A zone glued to a word is a word: "10:15 ETA" is an arrival, read as before (a headline).
    "Sunday",
])
def test_no_stamp_without_a_time_or_a_date(line):
    assert _stamped(line, 30) is None


OTHER_STORIES = ["Lifeboat crew honoured for winter rescue", "Tue, Mar 4 2008, 12:55 GMT",
                 "Island school gets a new roof", "Sat, Mar 1 2008, 06:38 GMT",
                 "Fish market moves to the north quay", "Thu, Feb 28 2008, 07:11 GMT",
                 "Harbour dues to rise in April", "Wed, Feb 27 2008, 08:06 GMT"]


def test_headlines_over_stamps_with_weekdays_and_zones_newest_first_go():
    result = clean([*ENGLISH, "New on the site", *OTHER_STORIES], lang="en")
    assert removed_by(result) == OTHER_STORIES
    assert result.text.startswith("\n".join(ENGLISH) + "\n")


def test_headlines_closing_on_a_zoned_time_newest_first_go():
    box = ["- Who said what about the ferry fares 7:28 PM ET", "- The quay's new cranes, one by one 5:50 PM ET",
           "- Is the island line a toss-up? 5:12 PM ET", "- A week of storms in numbers 4:18 PM ET"]
    result = clean([*ENGLISH, *box], lang="en")
    assert removed_by(result) == box


@pytest.mark.parametrize("lines", [
    # A day's webcasts, forward by the clock, each under its zone.
    ["Harbour festival webcasts", "- Opening of the quay 9:00 AM PST", "- Sea shanty choir 10:00 AM PST",
     "- Lifeboat display 11:30 AM PST", "- Fireworks over the bay 8:00 PM PST"],
    # A day's sailings, forward by the clock, each line opening on its stamp.
    ["Sailings on Saturday", "Sat 07:15 GMT ferry to the north island", "Sat 09:40 GMT ferry to the south island",
     "Sat 13:05 GMT ferry to the north island", "Sat 17:30 GMT last ferry of the day"],
])
def test_programmes_with_zones_stay(lines):
    text = [*ENGLISH, *lines]
    assert clean(text, lang="en").text == "\n".join(text) + "\n"


def test_a_storys_datelines_with_zones_are_no_ticker():
    # Its dateline and its update (the update's own rule may take it; the ticker takes neither).
    text = ["Monday, March 3, 2008 1:57 p.m. EDT", *ENGLISH, "Updated Monday, March 3, 2008 4:10 p.m. EDT",
            "Corrected Monday, March 3, 2008 3:02 p.m. EDT"]
    assert not removed_by(clean(text, lang="en"))


def test_a_live_blog_of_zoned_stamps_over_paragraphs_stays():
    blog = ["Storm over the harbour: live", "The storm reached the coast this afternoon, and we follow it here.",
            "4:45 PM ET", "The ferry to the islands has been cancelled for the rest of the day, the company said.",
            "4:20 PM ET", "Waves are breaking over the east quay wall, and the road behind it is closed.",
            "3:55 PM ET", "The harbour master has asked all small boats to stay in port until the morning."]
    assert clean(blog, lang="en").text == "\n".join(blog) + "\n"
