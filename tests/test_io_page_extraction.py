"""trafilatura's extraction on cleaner's own tree (page_extraction.in_place, no copy of the page)
held equal to bare_extraction on a copy (page_extraction.copied, the plain version): the text and
the body it returns, for every preset, with and without comments, on the fixtures' pages and on
pages that take trafilatura's other paths (a short page, a page it discards, a forum thread)."""

import pytest
from lxml import etree

from cleaner.io.html import PRESETS, parse
from cleaner.io.page_extraction import copied, in_place, in_place_supported

from conftest import FIXTURES

LONG = " ".join(["The council met on Tuesday and voted to rebuild the old bridge over the river."] * 6)
WRITTEN = {
    "short": "<html><body><p>Opening hours: nine to five.</p></body></html>",
    "nothing": "<html><head><title>Empty</title></head><body><script>var a = 1;</script></body></html>",
    "menus": ("<html><body><nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul></nav>"
              "<div class='content'><h1>Bridge to be rebuilt</h1><p>" + LONG + "</p><p>Work starts in May.</p>"
              "</div><div id='comments' class='comments'><h3>2 comments</h3><div class='comment'><p>"
              "About time they fixed it, I cross it every day on my way to work.</p></div></div>"
              "<footer><p>Copyright 2026 The Town Paper</p></footer></body></html>"),
    "forum": ("<html><body><div class='thread'>" + "".join(
        f"<div class='post' id='post{i}'><span class='author'>user{i}</span><div class='message'><p>"
        f"Reply {i}: I had the same trouble with the boiler and the fix was to bleed the radiators first."
        "</p></div></div>" for i in range(6)) + "</div></body></html>"),
    "table": ("<html><body><article><h2>Results</h2><table><tr><td>Ann</td><td>12.4 s</td></tr>"
              "<tr><td>Bob</td><td>12.9 s</td></tr></table><p>" + LONG + "</p></article></body></html>"),
}
PAGES = {**{path.stem: path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "html").glob("*.htm*"))},
         **WRITTEN}


def shown(extraction):
    if extraction is None:
        return None
    text, body = extraction
    return text, None if body is None else etree.tostring(body, encoding="unicode")


def test_this_trafilaturas_sequence_is_the_one_in_place_follows():
    # Otherwise in_place falls back on copied, and the test below proves nothing about it.
    assert in_place_supported()


@pytest.mark.parametrize("preset", sorted(PRESETS))
@pytest.mark.parametrize("comments", [False, True])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_extraction_in_place_gives_what_bare_extraction_on_a_copy_gives(name, preset, comments):
    page = PAGES[name]
    url = "https://www.example.com/story" if len(name) % 2 else None
    expected = shown(copied(parse(page).tree, url, comments, **PRESETS[preset]))
    assert shown(in_place(parse(page).tree, url, comments, **PRESETS[preset])) == expected
    if name == "nothing":
        assert expected is None
    elif name != "short":
        assert expected is not None and expected[0]
