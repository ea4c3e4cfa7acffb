"""A ticker whose stamps stand under its titles on counter lines ("14-03-2007 09:12 | 1 comment(s)"),
which a line rule takes first (cleaner/matching/ticker_counted.py): a list of other posts, newest
first, goes; a blog's page of posts, each with its body under its counters, stays. Every text here
is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

def newswire(counts: list[str]) -> list[str]:
    """A newswire's list of its latest posts, newest first, each stamped on its counter line."""
    titles = ["Harbour festival volunteers wanted for the summer weekend",
              "Ferry workers meet the council over the new timetable",
              "Night market on the quay this Friday until ten",
              "Report from the lifeboat open day at the harbour"]
    stamps = ["14-03-2007 09:12", "11-03-2007 17:40", "06-03-2007 08:05", "02-03-2007 21:16"]
    return ["Latest from the newswire",
            *[line for title, stamp, count in zip(titles, stamps, counts) for line in (title, f"{stamp} | {count}")]]


NEWSWIRE = newswire(["1 comment(s)", "0 comment(s)", "3 comment(s)", "0 comment(s)"])


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


def test_counter_lines_saying_no_comments_in_any_case_stamp_their_titles():
    """"No comments" in capitals stamps the title over it as "0 comments" does."""
    lines = newswire(["No comments", "No Comments", "3 comment(s)", "NO COMMENTS"])
    result = clean_lines([*HARBOUR_STORY, *lines])
    rules = {r.text: r.rule_id for r in result.removals}
    for title in lines[1::2]:
        assert rules.get(title) == "headline-ticker", title
    for line in HARBOUR_STORY:
        assert line in result.text
