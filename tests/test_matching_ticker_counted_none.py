"""A counter line saying "No comments" in capitals ("14-03-2007 09:12 | No comments") stamps the
title over it as "0 comments" does (cleaner/matching/ticker_counted.py reads the count in any
case). Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

NEWSWIRE = [
    "Latest from the newswire",
    "Harbour festival volunteers wanted for the summer weekend",
    "14-03-2007 09:12 | No comments",
    "Ferry workers meet the council over the new timetable",
    "11-03-2007 17:40 | No Comments",
    "Night market on the quay this Friday until ten",
    "06-03-2007 08:05 | 3 comment(s)",
    "Report from the lifeboat open day at the harbour",
    "02-03-2007 21:16 | NO COMMENTS",
]


def test_counter_lines_saying_no_comments_in_capitals_stamp_their_titles():
    result = clean_lines([*HARBOUR_STORY, *NEWSWIRE])
    rules = {r.text: r.rule_id for r in result.removals}
    assert rules.get("Harbour festival volunteers wanted for the summer weekend") == "headline-ticker"
    assert rules.get("Ferry workers meet the council over the new timetable") == "headline-ticker"
    assert rules.get("Report from the lifeboat open day at the harbour") == "headline-ticker"
    for line in HARBOUR_STORY:
        assert line in result.text
