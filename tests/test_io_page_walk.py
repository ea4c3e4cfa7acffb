"""The walk's stylesheet as written for speed gives, character for character, what its plain
form gives (page_walk.py; docs/performance.md lists each such rewrite)."""

import pytest
from lxml import etree

from cleaner.io import page_walk
from cleaner.io.html import parse

from conftest import FIXTURES

# The pattern tried on every element the others leave, with its two questions as two predicates.
PLAIN = page_walk._STYLESHEET.replace('match="*[(@class or @id) and node()] | time"',
                                      'match="*[@class or @id][node()] | time"')
WRITTEN = [
    "<html><body><div class='box'><span class='label'>Share</span> <span id='n'></span><b class='x'>bold</b>"
    "<i id='i'>it</i><img class='pic' src='a.png'><em></em><time datetime='2026'>May 5</time></div>"
    "<p>Plain <a href='/x' class='more'>link</a> and <a href='https://other.org/y'>away</a>.</p></body></html>",
    "<html><body><table class='layout'><tr><td><font class='f' id='g'>Cell</font></td></tr></table>"
    "<ul id='menu'><li><a href='#top'>Top</a></li><li class='c'><a href='/a'><span class='s'>A</span></a></li></ul>"
    "<pre class='code'>line one\nline two</pre><p id='last'>End<br>after</p></body></html>",
]
PAGES = [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "html").glob("*.htm*"))] + WRITTEN


def test_the_plain_form_is_another_stylesheet():
    assert PLAIN != page_walk._STYLESHEET


@pytest.mark.parametrize("site", ["", "example.com", "reuters.com"])
def test_the_walks_stylesheet_writes_what_its_plain_form_writes(site):
    fast, plain = page_walk._walk(), page_walk.stylesheet(PLAIN)
    for page in PAGES:
        tree = parse(page).tree
        param = etree.XSLT.strparam(site)
        assert str(fast(tree, site=param)) == str(plain(tree, site=param))
