"""lone-divider: a line of punctuation only ("-----", "»") whose neighbours the rules removed
goes; a divider between lines that stay, or between removals set inside the story, stays."""

import pytest

from cleaner import Cleaner

STORY = ["Bridge to close for two months",
         "The bridge over the river will close for two months, the council said on Monday.",
         "Buses will take the old ferry road while the works go on, the operator added."]
MORE = ["The works are the first on the bridge since it opened in 1961, and cost four million pounds.",
        "Cyclists may still cross on foot, pushing their bikes, the council said."]


def clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n", lang="en")


def removed(result):
    return [(r.rule_id, r.text) for r in result.removals]


@pytest.mark.parametrize("dividers", [["-----------------"], ["»"], ["* * *", "-----"]])
def test_dividers_between_two_removed_boxes_go(dividers):
    result = clean([*STORY, "Share this article", *dividers, "Share on Facebook"])
    assert result.text == "\n".join(STORY) + "\n"
    assert [text for rule, text in removed(result) if rule == "lone-divider"] == dividers


def test_a_divider_at_the_end_under_a_removed_line_goes():
    result = clean([*STORY, *MORE, "Share this article", "-----"])
    assert result.text == "\n".join([*STORY, *MORE]) + "\n"
    assert ("lone-divider", "-----") in removed(result)


def test_a_section_break_between_paragraphs_stays():
    text = [*STORY, "* * *", *MORE]
    assert clean(text).text == "\n".join(text) + "\n"


def test_a_divider_beside_one_removed_line_and_one_that_stays_stays():
    text = [*STORY, "-----", *MORE, "Share this article"]
    result = clean(text)
    assert "-----" in result.text.splitlines()
    assert [rule for rule, _ in removed(result)] == ["share-prompt"]


def test_a_section_break_between_removals_set_inside_the_story_stays():
    # An advertisement marker above the break and a share row below it, the story's
    # paragraphs right beyond them: the break is the story's own.
    result = clean([*STORY, "Advertisement", "* * *", "Share this article", *MORE])
    assert "* * *" in result.text.splitlines()
    assert "lone-divider" not in [rule for rule, _ in removed(result)]


def test_cleaning_again_changes_nothing():
    once = clean([*STORY, "Share this article", "-----", "Share on Facebook", "»"]).text
    assert Cleaner().clean(once, lang="en").text == once


def test_a_divider_does_not_tip_the_over_cleaning_guard():
    # The share rows are most of this short text, but under the guard's limit; the long divider
    # says nothing, and taking it must not undo the whole cleaning.
    lines = ["-" * 60, "Share this article", "Share on Facebook", "Share on Twitter", "Share on LinkedIn",
             "Share on WhatsApp", "Share on Pinterest", "Share by e-mail", "Share on Reddit",
             "The bridge over the river will close for two months, the council said on Monday."]
    result = clean(lines)
    assert result.text == lines[-1] + "\n"
    assert result.notices == ()


def test_a_divider_under_a_removed_head_goes_but_one_over_a_removed_foot_stays():
    # Above the text's first line that stays, the divider parted the site's head from it; at the
    # foot, "###" is how a press release ends, and it stays.
    result = clean(["Share this article", "Share on Facebook", "-----", *STORY, "###", "Share this article"])
    assert result.text.splitlines() == [*STORY, "###"]
    assert [text for rule, text in removed(result) if rule == "lone-divider"] == ["-----"]


def test_a_divider_opening_the_document_stays():
    text = ["-", *STORY]
    assert clean(text).text == "\n".join(text) + "\n"


def test_brackets_round_a_removed_tool_row_go_whatever_stands_beyond_them():
    # A forum's "[ Post Reply | Private Reply | View Replies ]", one link a line: the row goes by
    # its words, and its brackets enclose nothing left, though the next post's first line stays.
    row = ["[", "Post Reply", " | Private Reply", " | View Replies", "]"]
    post = ["To: the editor", "I read the piece on Monday and thought the council had it right about the works."]
    result = clean([*STORY, *row, *post, *row, *MORE])
    assert result.text == "\n".join([*STORY, *post, *MORE]) + "\n"
    assert [text for rule, text in removed(result) if rule == "lone-divider"] == ["[", "]", "[", "]"]


def test_a_bracket_round_lines_that_stay_stays():
    # A list printed with its brackets on lines of their own (code, a quoted array): what they
    # enclose stays, so do they, even beside a removed line on their outer side.
    text = [*STORY, "Share this article", "[", "first entry,", "second entry", "]", *MORE]
    result = clean(text)
    kept = result.text.splitlines()
    assert kept.count("[") == 1 and kept.count("]") == 1
    assert [rule for rule, _ in removed(result)] == ["share-prompt"]


def test_brackets_round_a_row_holding_a_line_that_stays_both_stay():
    # The row's first link goes, but the brackets also hold an editor's note that stays: neither
    # bracket goes, or one would be left alone without its partner.
    note = "Editor's note: an earlier version of this story gave the wrong date for the vote."
    result = clean([*STORY, "[", "Post Reply", note, "]", *MORE])
    kept = result.text.splitlines()
    assert kept.count("[") == 1 and kept.count("]") == 1 and note in kept
    assert [rule for rule, _ in removed(result)] == ["en-reply-links"]


@pytest.mark.parametrize("stray", ["}", ")", "["])
def test_a_stray_bracket_with_no_partner_between_removed_lines_goes(stray):
    # A widget's stray brace closes nothing in the text: a divider as any other. With its partner
    # near (a listing's other end) it would stay, as the tests above hold.
    result = clean([*STORY, *MORE, "Share this article", stray, "Leave a comment"])
    assert result.text == "\n".join([*STORY, *MORE]) + "\n"
    assert ("lone-divider", stray) in removed(result)
