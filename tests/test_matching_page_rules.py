"""The page rules (matching/page_rules.py, rules/page.yaml): chrome recognised by where a line
stood in the HTML page, on pages written for these tests; and text mode, which they leave alone."""


import pytest

from cleaner import Cleaner
from conftest import removed_by

STORY = [
    "The city council voted on Tuesday to bring back night trams on the three busiest lines, two years "
    "after they were cut to save money during the pandemic.",
    "From July, trams will run every thirty minutes between midnight and five in the morning on Fridays "
    "and Saturdays, and every hour on the other nights of the week.",
    "The transport authority expects about four thousand passengers a night in the first summer, most of "
    "them students and people working late shifts in hospitals and restaurants.",
    "Opponents said the money would be better spent on buses to the suburbs, where no tram runs at all, "
    "and asked for a review of the service after one year.",
]
HEADLINES = [
    "Bridge works close the Rhine path for a month",
    "Festival boats draw record crowds on the river",
    "Zoo welcomes its first elephant calf in ten years",
    "Market hall reopens after a long renovation",
]


def page(*blocks: str, canonical: str = "https://news.example.org/basel/night-trams") -> str:
    """A news page: the story's paragraphs, then ``blocks``, in a wrapper trafilatura keeps."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title>'
            f'<link rel="canonical" href="{canonical}"></head><body><div class="wrap"><div class="body-text">\n'
            f"<h1>Night trams return to Basel</h1>\n{paragraphs}\n" + "\n".join(blocks) + "\n</div></div></body></html>")


def link_table(hrefs: list[str], texts: list[str] = HEADLINES) -> str:
    rows = "".join(f'<tr><td><a href="{href}">{text}</a></td></tr>\n' for href, text in zip(hrefs, texts))
    return f'<table class="x">{rows}</table>'


def _post(*blocks: str, wrapper: str = "col-main", hrefs: list[str] | None = None) -> str:
    """A page whose story's own element holds the story and ``blocks``, beside a table of links
    (to ``hrefs``) in the page's wrapper."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    sidebar = link_table([f"/basel/{n}" for n in range(4)] if hrefs is None else hrefs)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Night trams return to Basel</title></head><body>'
            f'<div class="site"><div class="{wrapper}"><h1>Night trams return to Basel</h1>\n{paragraphs}\n'
            + "\n".join(blocks) + f'</div>{sidebar}</div></body></html>')


READING = ["The history of the Basel tram network", "Night buses and trams in Zurich compared",
           "How Vienna runs its night lines", "A guide to the city's late-night timetable"]


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def test_a_run_of_links_in_a_table_is_navigation(cleaner):
    result = cleaner.clean_html(_post())
    assert [" ".join(t.strip("| ").split()) for t in removed_by(result, "page-link-run")] == HEADLINES
    assert all(p in result.text for p in STORY)
    removal = next(r for r in result.removals if r.rule_id == "page-link-run")
    assert removal.rule_file.endswith("page.yaml")


def test_links_to_the_same_site_written_in_full_are_navigation_too(cleaner):
    hrefs = [f"https://www.news.example.org/basel/{n}" for n in range(4)]
    assert len(removed_by(cleaner.clean_html(_post(hrefs=hrefs)), "page-link-run")) == 4


def test_a_list_of_sources_linking_out_stays(cleaner):
    sources = ["City council minutes of 4 June", "Transport authority annual report",
               "Passenger survey of the night lines", "Budget of the canton for next year"]
    hrefs = [f"https://source{n}.example.net/document" for n in range(4)]
    result = cleaner.clean_html(page("<p>Sources:</p>", link_table(hrefs, sources)))
    assert removed_by(result, "page-link-run") == []
    assert all(source in result.text for source in sources)


def test_a_table_of_contents_linking_into_the_page_stays(cleaner):
    contents = ["Why the trams stopped", "What the council decided", "Who will ride at night", "What comes next"]
    result = cleaner.clean_html(page(link_table([f"#part-{n}" for n in range(4)], contents)))
    assert removed_by(result, "page-link-run") == []
    assert all(line in result.text for line in contents)


def test_two_links_are_no_run(cleaner):
    result = cleaner.clean_html(page(link_table(["/a", "/b"], HEADLINES[:2])))
    assert removed_by(result, "page-link-run") == []
    assert all(line in result.text for line in HEADLINES[:2])


def test_short_lines_in_a_chrome_element_go(cleaner):
    result = cleaner.clean_html(page('<div class="topics"><p>Basel transport</p><p>City council</p></div>'))
    assert removed_by(result, "page-chrome-section") == ["Basel transport", "City council"]


def test_an_article_inside_an_element_named_related_stays(cleaner):
    short = "Students and night workers welcomed the vote."
    html = page(f"<p>{short}</p>").replace('<div class="body-text">', '<div class="related-content-body">')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-chrome-section") == []
    assert short in result.text and all(p in result.text for p in STORY)


def test_a_caption_goes_and_a_caption_the_article_prints_as_a_paragraph_stays(cleaner):
    caption = "A tram crosses the Middle Bridge at night."
    result = cleaner.clean_html(page(f'<p class="photoCaption">{caption}</p>'))
    assert removed_by(result, "page-caption") == [caption]
    assert [r.family for r in result.removals if r.rule_id == "page-caption"] == ["caption"]
    sentence = "Riders will pay the day fare, with no night supplement."
    result = cleaner.clean_html(page(f"<p>{sentence}</p>", f'<p class="photoCaption">{sentence}</p>'))
    assert removed_by(result, "page-caption") == [] and sentence in result.text


def test_text_mode_has_no_page_and_the_page_rules_remove_nothing(cleaner):
    html = page(link_table([f"/basel/{n}" for n in range(4)]), '<div class="topics"><p>City council</p></div>')
    from cleaner.io.html import extract

    text = extract(html).text
    result = cleaner.clean(text)
    assert not [r for r in result.removals if r.rule_id.startswith("page-")]
    assert all(line in result.text for line in HEADLINES)


def test_a_byline_and_a_date_by_their_class_go_with_their_families(cleaner):
    result = cleaner.clean_html(page('<div class="articleAuthor">Anna Keller, Basel</div>',
                                     '<div class="pubDate"><p>1 June 2024, 10:15</p></div>'))
    assert [(r.rule_id, r.family, r.text) for r in result.removals if r.rule_id.startswith("page-")] == [
        ("page-byline", "byline", "Anna Keller, Basel"), ("page-dateline", "dateline", "1 June 2024, 10:15")]


def test_a_sentence_holding_a_date_element_stays(cleaner):
    # The date's element covers a few of the line's words, not the line.
    sentence = "The council meets again on 4 June to review the service."
    result = cleaner.clean_html(page(sentence.replace("4 June", '<span class="date">4 June</span>').join(
        ["<p>", "</p>"])))
    assert sentence in result.text
    assert not [r for r in result.removals if r.rule_id.startswith("page-")]


def test_short_lines_stay_in_a_chrome_named_element_that_holds_a_paragraph(cleaner):
    # A "topics" wrapper round part of the story: the element holds a paragraph, so it is the story's.
    tip = "Take the first tram after midnight."
    paragraph = ("The night lines follow the day routes, but the trams stop only at the main stops between "
                 "midnight and five, and riders who want to get off elsewhere have to press the button at "
                 "least one stop ahead so that the driver knows.")
    more = [f"<p>{p.replace('trams', 'night trams')}</p>" for p in STORY[:3]]
    result = cleaner.clean_html(page(*more, f'<div class="topics-wrapper"><p>{tip}</p><p>{paragraph}</p></div>'))
    assert tip in result.text and paragraph in result.text
    assert not [r for r in result.removals if r.rule_id.startswith("page-")]


def test_a_heading_in_a_chrome_named_box_stays(cleaner):
    # Sites give headings ids made of their words for a table of contents: "nav-" is no chrome there.
    result = cleaner.clean_html(page('<div class="topics"><h3 id="nav-what-comes-next">What comes next</h3>'
                                     "<p>City council</p></div>"))
    assert "What comes next" in result.text
    assert removed_by(result, "page-chrome-section") == ["City council"]


def test_a_heading_goes_with_the_box_heading_words_name(cleaner):
    # The box's own title over its links, in words no line rule knows, goes with the lines under it.
    box = '<div class="side-box"><h3>Our partners this week</h3><p>Basel transport</p><p>City council</p></div>'
    result = cleaner.clean_html(page(box))
    assert removed_by(result, "page-chrome-section") == ["Our partners this week", "Basel transport", "City council"]
    assert all(p in result.text for p in STORY)


def test_the_page_s_title_and_a_heading_in_a_box_other_words_name_stay(cleaner):
    # A box named by a word of the rule that is not a box title's ("topics", as "share" or "nav")
    # leaves its heading: such words also stand round a part of the story; and no box's word takes
    # the page's own title, the h1.
    section = '<div class="topics"><h3>2. Take the last tram home</h3><p>Basel transport</p></div>'
    result = cleaner.clean_html(page(section))
    assert "2. Take the last tram home" in result.text
    assert removed_by(result, "page-chrome-section") == ["Basel transport"]
    titled = page().replace("<h1>Night trams return to Basel</h1>",
                            '<div class="promo-header"><h1>Night trams return to Basel</h1></div>')
    result = cleaner.clean_html(titled)
    assert result.text.startswith("Night trams return to Basel")
    assert removed_by(result, "page-chrome-section") == []


@pytest.mark.parametrize("name", ["foot-notes", "footNotes", "side-note", "compare-side-by-side", "side-effects",
                                  "sideEffect"])
def test_a_box_s_word_beside_unless_words_names_the_text_s_own_part(cleaner, name):
    # "foot" and "side" name a page's foot and side column; beside "notes" or "by side" on the
    # same element they name the article's notes, a comparison or a medicine's side effects, which stay.
    notes = f'<div class="{name}"><p>Basel transport</p><p>City council</p></div>'
    result = cleaner.clean_html(page(notes))
    assert "Basel transport" in result.text and "City council" in result.text
    assert removed_by(result, "page-chrome-section") == []
    column = '<div class="side"><p>Basel transport</p><p>City council</p></div>'
    assert removed_by(cleaner.clean_html(page(column)), "page-chrome-section") == ["Basel transport", "City council"]


def test_a_gallery_slide_s_long_caption_is_its_text(cleaner):
    slide = ("The old tram depot at dawn, with the first night tram of the season waiting under the roof "
             "while two drivers drink coffee and check the timetable of the three new lines.")
    result = cleaner.clean_html(page(f'<p class="photoCaption">{slide}</p>'))
    assert slide in result.text
    assert removed_by(result, "page-caption") == []


def test_the_link_and_section_rules_are_bundled():
    assert removed_by(Cleaner().clean_html(_post()), "page-link-run") != []
    # The same table inside the story's element, which holds most of the text, is the story's.
    table = link_table([f"/basel/{n}" for n in range(4)])
    result = Cleaner().clean_html(_post(f"<p>{STORY[0]}</p>", table, f"<p>{STORY[1]}</p>", hrefs=[]))
    assert removed_by(result, "page-link-run") == [] and all(line in result.text for line in HEADLINES)


AFTER = "The council will publish the first figures on night riders in the autumn."


def test_a_list_of_links_in_the_article_s_body_is_its_content(cleaner):
    # A reading list between the story's paragraphs: the story's element holds most of the text.
    reading = link_table([f"/basel/read/{n}" for n in range(4)], READING)
    result = cleaner.clean_html(_post("<p>Further reading on the night lines:</p>", reading, f"<p>{AFTER}</p>"))
    assert all(title in result.text for title in READING) and AFTER in result.text
    # The table of links beside the story, in the page's wrapper, goes.
    assert [" ".join(t.strip("| ").split()) for t in removed_by(result, "page-link-run")] == HEADLINES


def test_an_article_inside_related_content_body_with_a_list_stays(cleaner):
    reading = link_table([f"/basel/read/{n}" for n in range(4)], READING)
    result = cleaner.clean_html(_post("<p>Further reading:</p>", reading, f"<p>{AFTER}</p>",
                                      wrapper="related-content-body"))
    assert all(p in result.text for p in STORY) and all(title in result.text for title in READING)
    assert not [r for r in result.removals if r.rule_id == "page-chrome-section"]


def test_a_page_of_links_keeps_its_links(cleaner):
    # A directory: a sentence, then each subject over a table of its clubs. The tables are the
    # page: runs of links holding most of its lines are a page of links, not its menus.
    sections = {"Music": ["Choir of the old town", "Brass band of the harbour", "Jazz club at the mill",
                          "String quartet society"],
                "Sport": ["Rowing club on the lake", "Football for young people", "Cycling group of the valley",
                          "Chess club at the library"]}
    intro = ("<p>This directory lists the clubs, schools and societies of the city by subject, with a page "
             "for each of them that says where they meet and how to join.</p>")
    tables = "".join(f"<p>{head}</p><table>" + "".join(f'<tr><td><a href="/{head}/{n}/">{item}</a></td></tr>'
                                                      for n, item in enumerate(items)) + "</table>"
                     for head, items in sections.items())
    html = f"<!DOCTYPE html><html><head><title>Clubs</title></head><body><div>{intro}{tables}</div></body></html>"
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-link-run") == []
    assert all(item in result.text for items in sections.values() for item in items)


def test_a_link_s_own_class_is_not_a_region(cleaner):
    # "menu" on each link says how the link looks; the links stand in a plain table of the story.
    links = "<table>" + "".join(f'<tr><td><a class="menu-link" href="/basel/{n}">{t}</a></td></tr>'
                                for n, t in enumerate(READING[:2])) + "</table>"
    result = cleaner.clean_html(page(links, f"<p>{AFTER}</p>"))
    assert removed_by(result, "page-chrome-section") == []
    assert all(title in result.text for title in READING[:2])


def test_a_box_named_in_one_word_goes_however_the_name_is_spelled(cleaner):
    # "morestories", "moreStories" and "more_stories" are one name: the bundled rule lists it joined.
    # (trafilatura itself leaves out a box whose class says "more-stories".)
    for name in ("morestories", "moreStories", "more_stories"):
        html = page(f'<div class="{name}"><p>{HEADLINES[0]}</p><p>{HEADLINES[1]}</p></div>')
        result = cleaner.clean_html(html)
        assert removed_by(result, "page-chrome-section") == HEADLINES[:2], name
        assert all(p in result.text for p in STORY)


def test_an_ad_box_and_the_site_s_small_print_go_with_their_families(cleaner):
    result = cleaner.clean_html(page('<div class="advertisement"><p>Night owl? Try our tea.</p><p>Basel Tea House, open late</p></div>',
                                     '<div id="legal"><p>All rights reserved. No part of this page may be copied '
                                     'without the written consent of the publisher.</p></div>'))
    assert [(r.rule_id, r.family) for r in result.removals if r.rule_id.startswith("page-")] == [
        ("page-ads", "ads"), ("page-ads", "ads"), ("page-copyright", "copyright")]
    assert all(p in result.text for p in STORY)


SLIDES = [
    "The first night tram of the season waits at the depot while the drivers check the timetable.",
    "Passengers board at the Marktplatz stop a few minutes after midnight on the first Friday.",
    "A driver hands out the new night network maps to students coming back from a concert.",
    "The last tram of the night crosses the Middle Bridge with the cathedral lit up behind it.",
]


def test_a_gallery_s_slides_stay_when_the_article_is_the_gallery(cleaner):
    # Each slide's box says "gallery", but so does the element round the whole story: the word
    # says what the page is, not that the box stands beside it.
    slides = "".join(f'<div class="gallery-item"><p>{slide}</p></div>' for slide in SLIDES)
    html = (f'<!DOCTYPE html><html lang="en"><head><title>Night trams in pictures</title></head><body>'
            f'<div class="photo-gallery"><h1>Night trams in pictures</h1><p>{STORY[0]}</p>{slides}</div></body></html>')
    result = cleaner.clean_html(html)
    assert all(slide in result.text for slide in SLIDES)
    assert not [r for r in result.removals if r.rule_id.startswith("page-")]
    # The same boxes beside a story go: there the gallery is a box of other pages' pictures.
    two = "".join(f'<div class="gallery-item"><p>{slide}</p></div>' for slide in SLIDES[:2])
    result = cleaner.clean_html(page(f'<div class="gallery">{two}</div>'))
    assert removed_by(result, "page-chrome-section") == SLIDES[:2]


def test_a_piece_of_a_sentence_equal_to_a_credit_stays():
    # The extraction cut a sentence at the company's name; the page also holds that name as a
    # photo credit. The piece is the sentence's, whatever the credit's box says.
    from dataclasses import replace

    from cleaner.io.html import extract, parse
    from cleaner.io.page_facts import describe
    from cleaner.io.page_walk import walk

    html = page('<div class="image"><div class="copyright">Stadtwerke</div></div>')
    extracted = extract(html)
    lines, places = walk(parse(html).tree)
    story = "\n".join(line for line in extracted.text.split("\n") if line != "Stadtwerke")
    text = story + "\nLast winter the council asked\nStadtwerke\nto run the trams every night.\n"
    result = Cleaner().clean_extracted(replace(extracted, text=text, facts=describe(lines, places, text)))
    assert "Stadtwerke" in result.text.split("\n")
    # Standing alone, the same line is the credit, and goes.
    text = story + "\nStadtwerke\n"
    result = Cleaner().clean_extracted(replace(extracted, text=text, facts=describe(lines, places, text)))
    assert removed_by(result, "page-copyright") == ["Stadtwerke"]


def test_a_speaker_s_name_cut_from_the_quote_it_heads_stays():
    # An interview sets each speaker's name in bold and the extraction cuts it from the rest of
    # its paragraph (", the council's spokeswoman: …"); the page's tag list names the same
    # speaker. The name is the paragraph's; standing alone, the same line is the tag, and goes.
    from dataclasses import replace

    from cleaner.io.html import extract, parse
    from cleaner.io.page_facts import describe
    from cleaner.io.page_walk import walk

    html = page('<ul class="tags"><li><a href="/tema/keller">Marta Vogel</a></li>'
                '<li><a href="/tema/trams">night trams</a></li></ul>')
    extracted = extract(html)
    lines, places = walk(parse(html).tree)
    story = "\n".join(line for line in extracted.text.split("\n") if line not in ("Marta Vogel", "night trams"))
    quote = ", the council's spokeswoman: \u00abWe will look at the figures again after the first winter.\u00bb"
    text = story + "\nMarta Vogel\n" + quote + "\n"
    result = Cleaner().clean_extracted(replace(extracted, text=text, facts=describe(lines, places, text)))
    assert "Marta Vogel" in result.text.split("\n")
    text = story + "\nMarta Vogel\n"
    result = Cleaner().clean_extracted(replace(extracted, text=text, facts=describe(lines, places, text)))
    assert removed_by(result, "page-chrome-section") == ["Marta Vogel"]



REVIEW_VERDICT = ("Unfortunately the maker has closed, but you can still find many of these trams on sale at a "
                  "good price online, and it is a good ride if you have patience.")
REVIEW_SUMMARY = ["Pros", "Quiet, cheap and frequent.", "Cons", "Slow on the hills.", "The Bottom Line"]


def _cell(classes: str, lines: list[str]) -> str:
    return f'<table><tr><td class="{classes}">' + "".join(f"<p>{line}</p>" for line in lines) + "</td></tr></table>"


def test_a_box_a_menu_word_names_holding_a_sentence_is_no_menu(cleaner):
    # An old layout's cell classed "nav-…" round a review's summary: its pros and cons are the
    # review's, and the long verdict beside them says so; a real menu so named still goes.
    result = cleaner.clean_html(page(_cell("nav-new-1-pixel", [*REVIEW_SUMMARY, REVIEW_VERDICT])))
    assert removed_by(result, "page-chrome-section") == []
    assert all(line in result.text for line in REVIEW_SUMMARY)
    result = cleaner.clean_html(page(_cell("nav-new-1-pixel", ["Basel transport", "City council", "Weather"])))
    assert removed_by(result, "page-chrome-section") == ["Basel transport", "City council", "Weather"]


def test_a_sentence_does_not_spare_a_box_other_chrome_words_name(cleaner):
    # Only the menu's words are read so: a side column holding a long line still goes.
    result = cleaner.clean_html(page(_cell("right-col", [*REVIEW_SUMMARY, REVIEW_VERDICT])))
    assert removed_by(result, "page-chrome-section") == REVIEW_SUMMARY


def test_the_chain_s_marks_tell_marked_as_the_walk_does():
    # _marked's one look at the first copy's chain (its names, classes and words) answers as the
    # walk of its elements does, for every bundled page_section rule on every line of these pages.
    from cleaner.data import default_rules_dir
    from cleaner.io.html import extract
    from cleaner.matching.page_rules import _marked, _marked_walk
    from cleaner.rules.loader import parse_rule_file

    text = (default_rules_dir() / "page.yaml").read_text(encoding="utf-8")
    rules = [r for r in parse_rule_file(text, "rules/page.yaml", "page").structure if r.kind == "page_section"]
    pages = [
        page('<div class="side-box"><h3>Our partners this week</h3><p>Basel transport</p><p>City council</p></div>'),
        page('<div class="topics"><h3 id="nav-what-comes-next">What comes next</h3><p>City council</p></div>'),
        page('<figure><img src="t.jpg"><figcaption>A night tram at the station</figcaption></figure>',
             '<nav class="menu"><ul><li><a href="/a">Home</a></li><li><a href="/b">Sport</a></li></ul></nav>',
             '<div class="foot-notes"><p>1. Figures from the city</p></div>',
             f'<div class="related-posts">{link_table([f"/basel/{n}" for n in range(4)])}</div>'),
        _post('<span class="sr-only">Skip to content</span>', wrapper="relatedContentBody"),
    ]
    told = {True: 0, False: 0}
    for html in pages:
        facts = extract(html, url="https://news.example.org/basel/night-trams").facts
        for spot in facts.spots.values():
            names, classes, words = facts.chain_marks(spot.places[0][0])
            assert names == {frame.name for frame in spot.frames()[0]}
            for rule in rules:
                answer = _marked(rule, facts, spot)
                assert answer == _marked_walk(rule, facts, spot)
                told[answer] += 1
    assert told[True] >= 5 and told[False] >= 50


@pytest.mark.parametrize("name", ["promo-box", "OUTBRAIN", "TABOOLA"])
def test_a_box_of_a_recommendation_network_or_a_promo_goes(cleaner, name):
    # A recommendation network's widget or a site's promo: named so on any site, and set round no
    # article's text. (trafilatura leaves out most of the networks' widgets itself; not one whose
    # class is written in capitals.)
    html = page(f'<div class="{name}"><h3>You might like</h3><p>{HEADLINES[0]}</p><p>{HEADLINES[1]}</p></div>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-promo-box") == ["You might like", *HEADLINES[:2]], name
    assert all(p in result.text for p in STORY)


def test_a_story_inside_an_element_named_recommend_stays(cleaner):
    # The word on the article's own wrapper (a "recommend" reading view holding the whole story).
    html = page("").replace('<div class="body-text">', '<div class="recommend-reader">')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-promo-box") == []
    assert all(p in result.text for p in STORY)
