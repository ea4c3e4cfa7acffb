"""The boxes outside the article (matching/page_outside.py, rules/page.yaml: page-box-after-article,
page-box-before-article), on pages written for these tests, extracted by the real trafilatura."""

import pytest

from cleaner import Cleaner
from test_matching_page_rules import STORY as PAGE_RULES_STORY

# The story of test_matching_page_rules.py's pages, with three more paragraphs: a long article.
STORY = [
    *PAGE_RULES_STORY,
    "The drivers' union agreed to the new timetable after the authority promised that night shifts "
    "would be paid at the weekend rate and that nobody would be made to work more than two of them a "
    "week.",
    "Shop owners in the old town hope the trams will bring more people to the bars and restaurants "
    "that stay open late, which have struggled since the last buses of the evening were cut.",
    "The first night tram leaves the main station at ten past midnight on the first Friday of July, "
    "and the mayor has said she will ride it to the end of the line and back.",
]
MORE = [
    "Taxi drivers are less pleased: most of their fares after midnight come from people who missed the last "
    "tram, and the association has asked the council to limit the night service to the summer months.",
    "The police said they would put two officers on each night tram for the first month, as they do on the "
    "night buses, and then decide whether the service needs them at all.",
    "A survey by the students' union found that almost half of its members stay in town later than they "
    "would like because the walk home after the last tram takes more than an hour.",
]
HEADLINES = ["Bridge works close the Rhine path", "Festival boats draw record crowds",
             "Zoo welcomes its first elephant calf"]
TEASERS = ["The path reopens in August.", "Forty boats sailed past the old town.",
           "Keepers named her after the river."]


def teasers(box: str = '<section class="box-2">') -> str:
    """A box of other stories: each one's linked headline and its teaser."""
    items = "".join(f'<p><a href="/basel/{n}">{head}</a></p><p>{teaser}</p>'
                    for n, (head, teaser) in enumerate(zip(HEADLINES, TEASERS)))
    return f"{box}{items}</{box[1:box.index(' ')]}>"


def page(before: str = "", after: str = "", story: list[str] = STORY, main: str = "col-main") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    return ('<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title>'
            '<link rel="canonical" href="https://news.example.org/basel/night-trams"></head><body>'
            f'<div class="site">{before}<div class="{main}">{paragraphs}</div>{after}</div></body></html>')


def removed(result, rule_id: str) -> list[str]:
    return [r.text for r in result.removals if r.rule_id == rule_id]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_other_stories_after_the_article_go(cleaner):
    result = cleaner.clean_html(page(after=teasers()))
    assert removed(result, "page-box-after-article") == [
        line for pair in zip(HEADLINES, TEASERS) for line in pair]
    assert all(p in result.text for p in STORY)
    removal = next(r for r in result.removals if r.rule_id == "page-box-after-article")
    # Family box: no evidence of a menu beside it for a menu rule, and the end of a menu run.
    assert removal.rule_file.endswith("page.yaml") and removal.family == "page_box"


def test_other_stories_before_a_long_article_go(cleaner):
    result = cleaner.clean_html(page(before=teasers('<div class="strip">'), story=STORY + MORE))
    assert removed(result, "page-box-before-article") == [line for pair in zip(HEADLINES, TEASERS) for line in pair]
    assert all(p in result.text for p in STORY + MORE)


def test_a_column_named_by_its_place_before_the_article_goes(cleaner):
    # An id that says where the box stands, not what it holds.
    result = cleaner.clean_html(page(before=teasers('<div id="col-1">'), story=STORY + MORE))
    assert removed(result, "page-box-before-article") == [line for pair in zip(HEADLINES, TEASERS) for line in pair]
    assert all(p in result.text for p in STORY + MORE)


def test_other_stories_before_a_short_article_stay(cleaner):
    # The same box holds more than max_held of a shorter story's text: it may be the story's top.
    result = cleaner.clean_html(page(before=teasers('<div class="strip">'), story=STORY[:5]))
    assert removed(result, "page-box-before-article") == []
    assert all(head in result.text for head in HEADLINES)


def test_a_standfirst_and_byline_before_the_article_stay(cleaner):
    # Short lines beside the article but no links: what most golds keep above a story.
    head = ('<div class="intro"><p>Three lines will run all night from July.</p><p>By Anna Keller</p>'
            '<p>Basel, 4 June</p></div>')
    result = cleaner.clean_html(page(before=head))
    assert removed(result, "page-box-before-article") == []
    assert "Three lines will run all night from July." in result.text


def test_a_story_whose_paragraphs_stand_side_by_side_keeps_its_last_part(cleaner):
    # The last part has the name and class of the story's own paragraphs' element: the same story.
    story = "".join(f'<div class="part part-{n}"><p>{p}</p></div>' for n, p in enumerate(STORY))
    html = page(after=teasers('<div class="part part-9">')).replace("".join(f"<p>{p}</p>" for p in STORY), story)
    result = cleaner.clean_html(html)
    assert removed(result, "page-box-after-article") == []
    assert all(line in result.text for line in HEADLINES + TEASERS)


def test_a_box_after_the_article_with_a_sentence_stays(cleaner):
    # A line of more than max_line_words words: the box may be the story's end, kept whole.
    note = ("The night lines were first tried in the summer of 2019, when the council ran them for six "
            "weekends and counted the riders at every stop.")
    result = cleaner.clean_html(page(after=teasers().replace("<p>The path", f"<p>{note}</p><p>The path")))
    assert removed(result, "page-box-after-article") == []
    assert note in result.text and all(head in result.text for head in HEADLINES)


def test_a_page_with_no_element_holding_most_of_the_text_loses_nothing(cleaner):
    # Half of the story in one element, half in another: no article's element, so no box beside it.
    halves = (f'<div class="a">{"".join(f"<p>{p}</p>" for p in STORY[:4])}</div>'
              f'<div class="b">{"".join(f"<p>{p}</p>" for p in STORY[4:])}</div>')
    result = cleaner.clean_html(page(after=teasers(), story=[]).replace('<div class="col-main"></div>', halves))
    assert not [r for r in result.removals if r.rule_id.startswith("page-box-")]


def test_text_mode_has_no_page_and_no_box_goes(cleaner):
    from cleaner.io.html import extract

    text = extract(page(after=teasers())).text
    assert all(head in cleaner.clean(text).text for head in HEADLINES)


def test_a_box_like_a_paragraph_beside_the_article_stays(cleaner):
    # A paragraph of the story beside the article's element, in an element like the box's: the
    # box may be the story's end.
    note = ("The night lines were first tried in the summer of 2019, when the council ran them for six "
            "weekends and counted the riders at every stop.")
    after = f'<div class="part"><p>{note}</p></div>' + teasers('<div class="part">')
    result = cleaner.clean_html(page(after=after))
    assert removed(result, "page-box-after-article") == []
    assert note in result.text and all(head in result.text for head in HEADLINES)
    # Once the paragraph's element looks otherwise, the box goes.
    after = f'<div class="note"><p>{note}</p></div>' + teasers('<div class="part">')
    result = cleaner.clean_html(page(after=after))
    assert removed(result, "page-box-after-article") == [line for pair in zip(HEADLINES, TEASERS) for line in pair]


READING = ["The Salt Merchants of Salins", "Marie Duval, 1987", "Old Roads of the Jura Mountains",
           "Henri Besson, 1964", "Mule Trains of Eastern France", "Paul Girard, 2001"]


def reading_list(tag: str = "section") -> str:
    """A story's reading list: linked titles, each with its author and year under it."""
    items = "".join(f'<p><a href="/books/{n}">{title}</a><br>{note}</p>'
                    for n, (title, note) in enumerate(zip(READING[::2], READING[1::2])))
    return f'<{tag} class="reading"><h3>Further reading</h3>{items}</{tag}>'


def test_a_reading_list_inside_the_pages_article_element_stays(cleaner):
    # The <article> holds the paragraphs' own element and, after it, the story's reading list.
    html = page(story=STORY + MORE).replace('<div class="col-main">', '<article class="post"><div class="col-main">')
    html = html.replace("</div></div></body>", f"</div>{reading_list()}</article></div></body>")
    result = cleaner.clean_html(html)
    assert [r.rule_id for r in result.removals if r.rule_file.endswith("page.yaml")] == []
    assert all(line in result.text for line in READING)
    # The same elements with a <div> for the <article>: a box of links after the story.
    taken = removed(cleaner.clean_html(html.replace("<article ", "<div ").replace("</article>", "</div>")),
                    "page-box-after-article")
    assert taken[1:] == READING
