"""page-screen-reader (rules/page.yaml): text written for screen readers only, in elements whose
class hides it from the eye, goes in HTML mode when all of a line's text stands in one; a
hidden word inside a visible line, a long hidden text and the class "hidden" alone stay."""

import pytest


from test_matching_page_rules import STORY
from conftest import removed_by


def page(before: str = "", inside: str = "", after: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head><body>'
            f'<div class="wrap">{before}<div class="body-text">\n<h1>Night trams return to Basel</h1>\n'
            f"{inside}\n{paragraphs}\n{after}\n</div></div></body></html>")




@pytest.mark.parametrize("block, label", [
    ('<p class="off-screen">Navigation path</p>', "Navigation path"),
    ('<h2 class="screen-reader-text">Post navigation</h2>', "Post navigation"),
    ('<p><span class="sr-only">Main menu</span></p>', "Main menu"),
    ('<p class="lead"><span class="visually-hidden">Posted on</span></p>', "Posted on"),
])
def test_a_line_written_for_screen_readers_only_goes(cleaner_obj, block, label):
    result = cleaner_obj.clean_html(page(inside=block))
    assert removed_by(result, "page-screen-reader") == [label]
    assert label not in result.text.split("\n")
    assert [r.family for r in result.removals if r.rule_id == "page-screen-reader"] == ["label"]
    assert all(p in result.text for p in STORY)


def test_a_hidden_word_inside_a_visible_sentence_leaves_the_sentence(cleaner_obj):
    # "Posted on" is hidden, the date beside it is not: the line is not all screen-reader text.
    sentence = "Posted on 4 June 2024 by the night desk of the city paper in Basel"
    html = page(inside='<p><span class="screen-reader-text">Posted on</span> 4 June 2024 by the night desk '
                       "of the city paper in Basel</p>")
    result = cleaner_obj.clean_html(html)
    assert removed_by(result, "page-screen-reader") == []
    assert sentence in result.text


def test_a_long_hidden_text_stays(cleaner_obj):
    # A summary of the story kept for screen readers is no label: more than max_words words.
    summary = ("Night trams come back to the three busiest lines of Basel from July, running every thirty "
               "minutes at the weekend and every hour on the other nights.")
    result = cleaner_obj.clean_html(page(inside=f'<p class="sr-only">{summary}</p>'))
    assert removed_by(result, "page-screen-reader") == []
    assert summary in result.text


@pytest.mark.parametrize("classes", ["hidden", "hidden-xs", "field--label-hidden", "screen"])
def test_other_classes_with_such_words_are_not_read(cleaner_obj, classes):
    # "hidden" hides from every reader and scripts show it again; "hidden-xs" is shown on every
    # screen but the smallest; a field whose label is hidden shows its value.
    line = "Read the council's decision"
    result = cleaner_obj.clean_html(page(after=f'<p class="{classes}">{line}</p>'))
    assert removed_by(result, "page-screen-reader") == [] and line in result.text


def test_the_page_s_main_heading_stays_even_hidden(cleaner_obj):
    html = page(inside='<h1 class="visually-hidden">Basel votes for night trams</h1>')
    result = cleaner_obj.clean_html(html)
    assert removed_by(result, "page-screen-reader") == [] and "Basel votes for night trams" in result.text


def test_text_mode_removes_nothing(cleaner_obj):
    result = cleaner_obj.clean("Navigation path\n" + "\n".join(STORY))
    assert not [r for r in result.removals if r.rule_id == "page-screen-reader"]


def test_classes_are_read_from_yaml_whole_and_refused_on_other_kinds():
    from cleaner.rules.loader import parse_rule_file
    from cleaner.rules.model import RuleError

    text = ("structure:\n  - id: my-labels\n    kind: page_section\n    description: d\n"
            "    classes: [sr-only, screen_reader_text]\n    max_words: 6\n")
    rule = parse_rule_file(text, "my/page.yaml", "page").structure[0]
    assert (rule.classes, rule.words, rule.max_words) == (frozenset({"sr-only", "screen_reader_text"}), frozenset(), 6)
    with pytest.raises(RuleError, match="classes is for the page kinds"):
        parse_rule_file(text.replace("page_section", "repeated_block"), "my/page.yaml", "page")
