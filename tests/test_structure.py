from cleaner import Cleaner

BODY = "The committee met on Tuesday and agreed on a plan that will take three years to complete in full."


def clean(text, **kwargs):
    return Cleaner().clean(text, lang="en", **kwargs)


def test_block_pasted_twice_loses_its_copy():
    block = [f"{BODY} Paragraph {i}." for i in range(3)]
    text = "\n".join(["Title", *block, "Middle line.", *block, "End."]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Title", *block, "Middle line.", "End."]) + "\n"
    assert {r.rule_id for r in result.removals} == {"repeated-block"}


def test_refrain_and_identical_bullets_stay():
    text = "Song\nLa la la\nVerse one here\nLa la la\n- item\n- item\n"
    assert clean(text).text == text


def test_short_two_line_refrain_stays():
    text = "Poem\nIt rains, it rains,\nthe earth is wet.\nIt rains, it rains,\nthe earth is wet.\n"
    assert clean(text).text == text


def test_title_repeated_right_after_itself():
    assert clean("Big news today\nBig news today\n\nBody.\n").text == "Big news today\n\nBody.\n"


def test_title_repeated_at_the_end_stays():
    text = f"Big news today\n\n{BODY}\n\nBig news today\n"
    assert clean(text).text == text


def test_breadcrumb_glued_to_title():
    text = "Home NewsPeace talks resume in Miami\n\nPeace talks resume in Miami\n\nBody.\n"
    assert clean(text).text == "Peace talks resume in Miami\n\nBody.\n"


def test_title_inside_a_longer_line_with_a_space_is_not_a_breadcrumb():
    text = "Peace talks resume in Miami\n\nWhy Peace talks resume in Miami\n\nBody.\n"
    assert clean(text).text == text


def test_link_list_under_a_related_heading_runs_to_the_end():
    text = f"Title\n\n{BODY}\n\nSee also: Other story\n\nA first headline\nA second headline\n"
    assert clean(text).text == f"Title\n\n{BODY}\n"


def test_prose_after_a_related_heading_stays():
    text = f"Title\n\n{BODY}\n\nSee also: Other story\n\nA subheading\n{BODY} Again.\n"
    assert clean(text).text == f"Title\n\n{BODY}\n\nA subheading\n{BODY} Again.\n"


def test_normalisation():
    text = "\ufeff\r\n\r\n  Title  \r\n\r\n\r\n\tBody   with\t\tspaces  \r\n\r\n"
    assert Cleaner().clean(text, lang="en").text == "Title\n\nBody with spaces\n"
    assert Cleaner().clean("", lang="en").text == ""
    assert Cleaner().clean("\n\n  \n", lang="en").text == ""
