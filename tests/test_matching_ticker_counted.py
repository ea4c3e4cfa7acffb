"""A ticker whose stamps stand under its titles on counter lines ("14-03-2007 09:12 | 1 comment(s)"),
which a line rule takes first (cleaner/matching/ticker_counted.py): a list of other posts, newest
first, goes; a blog's page of posts, each with its body under its counters, stays. Every text here
is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

NEWSWIRE = [
    "Latest from the newswire",
    "Harbour festival volunteers wanted for the summer weekend",
    "14-03-2007 09:12 | 1 comment(s)",
    "Ferry workers meet the council over the new timetable",
    "11-03-2007 17:40 | 0 comment(s)",
    "Night market on the quay this Friday until ten",
    "06-03-2007 08:05 | 3 comment(s)",
    "Report from the lifeboat open day at the harbour",
    "02-03-2007 21:16 | 0 comment(s)",
]


def test_a_list_of_posts_stamped_on_their_counter_lines_goes():
    result = clean_lines([*HARBOUR_STORY, *NEWSWIRE])
    rules = {r.text: r.rule_id for r in result.removals}
    assert rules["Ferry workers meet the council over the new timetable"] == "headline-ticker"
    assert rules["Night market on the quay this Friday until ten"] == "headline-ticker"
    for line in HARBOUR_STORY:
        assert line in result.text


def test_posts_going_forward_in_time_stay():
    forward = [NEWSWIRE[0], *[line for pair in zip(NEWSWIRE[7:0:-2], NEWSWIRE[8:1:-2]) for line in pair]]
    result = clean_lines([*HARBOUR_STORY, *forward])
    assert "Ferry workers meet the council over the new timetable" in result.text
    assert "headline-ticker" not in {r.rule_id for r in result.removals}


def test_a_blogs_page_of_posts_with_their_bodies_stays():
    page = [
        "The ferry timetable, again",
        "14-03-2007 09:12 | 1 comment(s)",
        "The new timetable puts the last ferry at half past ten, which suits nobody who works in town.",
        "Stalls on the quay",
        "11-03-2007 17:40 | 0 comment(s)",
        "The shops along the quay were given the stalls rent free for the market's opening season.",
        "Lifeboat open day",
        "06-03-2007 08:05 | 3 comment(s)",
        "The crew showed the children the boat and the radio room, and the rain held off until four.",
    ]
    result = clean_lines(page)
    for title in ("The ferry timetable, again", "Stalls on the quay", "Lifeboat open day"):
        assert title in result.text
    assert "headline-ticker" not in {r.rule_id for r in result.removals}
