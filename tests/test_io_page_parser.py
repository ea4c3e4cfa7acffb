"""A page read with element classes told in C (page_parser.read) held equal to trafilatura's own
reading (load_html, the plain version): the same tree and the same limit that cut it short, and
the same extraction, walk and headings from it, on the fixtures' pages and on pages that take
load_html's other paths."""

import pytest
from lxml import etree
from lxml.html import HtmlElement

from cleaner.io.html import PRESETS, parse
from cleaner.io.page_extraction import copied, in_place
from cleaner.io.page_title import page_headings
from cleaner.io.page_walk import walk

from conftest import FIXTURES

FORM = ("<html><head><title>Contact</title></head><body><h1>Write to us</h1><form action='/send' method='post'>"
        "<label for='n'>Your name</label><input id='n' name='name' value='Ann'><select name='topic'>"
        "<option selected>News</option><option>Sport</option></select><textarea name='m'>Hello there</textarea>"
        "</form><p>" + "We answer every letter within a week, and print the best of them on Sundays. " * 4
        + "</p></body></html>")
WRITTEN = {
    "form": FORM,
    "encoding declared": "<?xml version='1.0' encoding='utf-8'?><html><body><p>Declared, in a str.</p></body></html>",
    "no html near the start": "<div><p>A fragment, with no html element named.</p><p>Second paragraph.</p></div>",
    "one block": "<p>Only one paragraph.</p>",
    "comments only": "<!-- nothing here -->",
    "empty": "",
    "self-closed html": "<!DOCTYPE html>\n<html/>\n<body><p>The html element closed at once.</p></body>",
    "control characters": "<html><body><p>Bell \x07 and form feed \x0c in the text.</p></body></html>",
    "entities": "<html><body><p>Caf&eacute; &amp; bar &#x263A; &nbsp;open</p><!-- a note --><?pi x?></body></html>",
    "nested past the parser's depth": ("<html><body><p>Above the cut, read.</p>" + "<div>" * 300
                                       + "<p>Below the cut, lost.</p>" + "</div>" * 300 + "</body></html>"),
    "a fragment nested past it": "<div>" * 300 + "<p>A fragment cut short.</p>" + "</div>" * 300,
}
PAGES = {**{path.stem: path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "html").glob("*.htm*"))},
         **WRITTEN}


def shown(tree):
    return None if tree is None else etree.tostring(tree, encoding="unicode")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_is_read_into_the_tree_trafilatura_reads(name):
    (fast, limit), (plain, plain_limit) = parse(PAGES[name]), parse(PAGES[name], plain=True)
    assert shown(fast) == shown(plain)
    assert limit == plain_limit and (limit is not None) == ("nested past" in name)
    if fast is not None:
        assert all(isinstance(element, HtmlElement) for element in fast.iter(etree.Element))
        assert walk(fast, "example.com")[0] == walk(plain, "example.com")[0]
        assert page_headings(fast) == page_headings(plain)


@pytest.mark.parametrize("preset", sorted(PRESETS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_extraction_from_it_is_trafilaturas_own(name, preset):
    fast, plain = parse(PAGES[name]).tree, parse(PAGES[name], plain=True).tree
    if fast is None:
        assert plain is None
        return
    got, expected = in_place(fast, None, False, **PRESETS[preset]), copied(plain, None, False, **PRESETS[preset])
    assert (got is None) == (expected is None)
    if got is not None:
        assert got[0] == expected[0]
        assert etree.tostring(got[1], encoding="unicode") == etree.tostring(expected[1], encoding="unicode")


def test_form_elements_are_plain_html_elements_and_read_the_same():
    from lxml.html import InputElement

    fast, plain = parse(FORM).tree, parse(FORM, plain=True).tree
    assert isinstance(plain.find(".//input"), InputElement)
    assert not isinstance(fast.find(".//input"), InputElement)
    assert fast.find(".//textarea").text_content() == plain.find(".//textarea").text_content() == "Hello there"
