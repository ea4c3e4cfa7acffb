"""lone-table-rule: a table's header rule ("|---|---|") left alone once rules removed the rows
on one side of it goes; a table's own, and a header-only table no removal stands beside, stay."""

from cleaner import Cleaner

STORY = ["Bridge to close for two months",
         "The bridge over the river will close for two months, the council said on Monday.",
         "Buses will take the old ferry road while the works go on, the operator added."]


def clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def test_a_header_rule_under_a_removed_row_of_share_buttons_goes():
    result = clean([*STORY, "| Share this article |", "|---|"])
    assert result.text == "\n".join(STORY) + "\n"
    assert result.removal_counts() == {"share-prompt": 1, "lone-table-rule": 1}


def test_a_header_rule_whose_body_rows_rules_removed_goes():
    # The header stays (no rule proves it chrome); the rule under it parts nothing now.
    result = clean([*STORY, "| More from the council |", "|---|", "| Share this article |"])
    assert result.text == "\n".join([*STORY, "| More from the council |"]) + "\n"
    assert result.removal_counts() == {"share-prompt": 1, "lone-table-rule": 1}


def test_a_table_between_its_rows_stays():
    text = [*STORY, "| Line | Closed from |", "|---|---|", "| 4 | 3 May |", "| 7 | 10 May |"]
    assert clean(text).text == "\n".join(text) + "\n"


def test_a_header_only_table_no_removal_stands_beside_stays():
    text = [STORY[0], STORY[1], "| Line | Closed from |", "|---|---|", STORY[2]]
    assert clean(text).text == "\n".join(text) + "\n"


def test_cleaning_again_changes_nothing():
    once = clean([*STORY, "| More from the council |", "|---|", "| Share this article |"]).text
    assert Cleaner().clean(once, lang="en").text == once
