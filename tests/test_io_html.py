"""HTML pages through real trafilatura, then the text pipeline."""

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.io.html import looks_like_html

from conftest import FIXTURES, run_cli

PAGES = sorted((FIXTURES / "html").glob("*.html"))


def truth(page: Path) -> str:
    return (FIXTURES / "html-truth" / f"{page.stem}.txt").read_text(encoding="utf-8")


def test_enough_pages_in_several_languages():
    assert len(PAGES) >= 10
    assert len({p.stem.split("_")[0] for p in PAGES}) >= 5


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_comes_out_as_its_article(cleaner_obj, page):
    result = cleaner_obj.clean_html(page.read_text(encoding="utf-8"))
    assert [l for l in result.text.splitlines() if l] == truth(page).splitlines()
    assert result.meta["title"] and result.url.startswith("https://www.")


def test_cleaner_beats_trafilatura_alone():
    from bench.html_quality import score_pages, total

    scores = score_pages()
    alone, ours = total(scores["trafilatura"]), total(scores["cleaner"])
    assert ours.f1 > alone.f1
    assert ours.recall >= alone.recall
    assert ours.precision >= 0.99


def test_canonical_url_selects_site_rules(cleaner_obj):
    result = cleaner_obj.clean_html((FIXTURES / "html" / "fr_wire_aa.html").read_text(encoding="utf-8"))
    assert result.url == "https://www.aa.com.tr/2025/12/06/article"
    assert "aa-wire-footer" in result.removal_counts()


def test_given_url_wins_over_the_canonical_one(cleaner_obj):
    html = (FIXTURES / "html" / "fr_wire_aa.html").read_text(encoding="utf-8")
    result = cleaner_obj.clean_html(html, url="https://elsewhere.example/x")
    assert result.url == "https://elsewhere.example/x"
    assert "aa-wire-footer" not in result.removal_counts()


def test_title_keep_and_drop(cleaner_obj):
    html = ("<html><head><title>Talks resume</title></head><body><h1>Talks resume</h1><article><p>Negotiators met for a third day on "
            "Saturday, officials said, as Washington pressed ahead with its plan.</p><p>The talks focused on "
            "security guarantees and on the reconstruction of the energy grid.</p></article></body></html>")
    kept = cleaner_obj.clean_html(html, title="keep")
    assert kept.text.splitlines()[0] == "Talks resume"
    dropped = cleaner_obj.clean_html(html, title="drop")
    assert not dropped.text.startswith("Talks resume")
    assert "page-title" in dropped.removal_counts() or "Talks resume" not in kept.text.splitlines()[1:]


def test_sniffing():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <html lang='fr'>")
    assert looks_like_html("\ufeff\n<!-- saved from the web -->\n<!-- twice -->\n<!doctype HTML>\n<html>")
    assert looks_like_html('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">')
    assert not looks_like_html("A sentence that mentions <p> tags and <div> elements in passing.")
    # However many tags a text mentions, it is no page unless it opens as one.
    assert not looks_like_html("Tags: <p> <div> <a href='x'> <span> <br> <h1> <section> <title> <meta>\n" * 5)
    assert not looks_like_html("<!-- a note -->\nMilk and eggs.\n")
    assert not looks_like_html("<!-- a --> text between comments <!-- b --> <html>")
    assert not looks_like_html("<!-- never closed <html>")
    assert not looks_like_html("<htmlish>")
    assert not looks_like_html("<p>A fragment of a page is not a page beyond doubt.</p>")


def test_cli_a_txt_file_is_text_whatever_it_holds_unless_format_html(tmp_path):
    page = tmp_path / "page.txt"
    source = (FIXTURES / "html" / "en_news_reuters.html").read_text(encoding="utf-8")
    page.write_text(source, encoding="utf-8")
    as_text = run_cli("clean", page)
    assert as_text.stdout.decode().startswith("<!DOCTYPE html>")
    assert "Ukraine and US officials hold new round" in as_text.stdout.decode()
    forced = run_cli("clean", page, "--format", "html")
    assert forced.stdout.decode().startswith("Ukraine and US officials hold new round")


def test_comments_option_keeps_the_comment_section(tmp_path):
    html = (FIXTURES / "html" / "en_wordpress_blog.html").read_text(encoding="utf-8")
    without = Cleaner().clean_html(html)
    with_comments = Cleaner().clean_html(html, comments=True)
    assert "Great post" not in without.text
    assert len(with_comments.text) >= len(without.text)


def test_metadata_and_text_are_trafilaturas():
    """One parse for metadata and text gives what trafilatura's own metadata pass gives,
    except an author found only by searching the page body (that search is skipped)."""
    import trafilatura

    from bench.pages import heavy
    from cleaner.io.html import extract

    pages = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "html").glob("*.html"))]
    authored = [p.replace("<head>", '<head><meta name="author" content="Marie Dupont">', 1) for p in pages]
    assert extract(authored[0]).author == "Marie Dupont"
    for page in pages + authored + [heavy(p, seed=i) for i, p in enumerate(pages)]:
        ours = extract(page)
        theirs = trafilatura.bare_extraction(page, include_comments=False, include_tables=True, deduplicate=False,
                                             with_metadata=True)
        assert ours.text == theirs.text
        assert (ours.title, ours.date, ours.url, ours.sitename) == (theirs.title, theirs.date, theirs.url,
                                                                     theirs.sitename)
        assert ours.author in (theirs.author, None)


def test_the_date_is_searched_for_only_when_the_metadata_is_written(tmp_path):
    """htmldate's search for a page's date can take longer than the extraction: a text output,
    which never writes the metadata, goes without it and nothing else changes; a record's
    cleaner object, which writes it, has it."""
    import json

    from cleaner.io.html import extract

    html = (FIXTURES / "html" / "de_news_dpa.html").read_text(encoding="utf-8")
    assert extract(html).date == "2025-12-06" and extract(html, date=False).date is None
    full, bare = Cleaner().clean_html(html), Cleaner().clean_html(html, meta=False)
    assert full.meta["date"] == "2025-12-06" and bare.meta is None
    assert (bare.text, bare.lang, bare.url, bare.removals, bare.fixes) == (full.text, full.lang, full.url,
                                                                           full.removals, full.fixes)
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"text": html}) + "\n", encoding="utf-8")
    as_file = run_cli("clean", tmp_path / "page.html")
    as_record = run_cli("clean", tmp_path / "pages.jsonl", "--format", "html", "-o", tmp_path / "out.jsonl")
    assert as_file.returncode == as_record.returncode == 0, as_record.stderr
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["cleaner"]["meta"] == full.meta
    assert as_file.stdout.decode() == full.text


# --- what extraction leaves out: every line of the page is in the text or named in the audit

# A page of its own (source lines numbered in the comments of the expected lines below).
LAYOUT = """<!DOCTYPE html>
<html><head><title>Layout</title><script>var hidden = "script text";</script></head>
<body>
<div class="top">Direct text of a div<p>A paragraph inside it</p>and the div's text after it</div>
<p>First half of a line<br>second half after a break</p>
<ul><li>An <a href="/a">item</a> with a link</li><li>Another item</li></ul>
<table><tr><td>Cell one</td><td>Cell <b>two</b></td></tr></table>
<pre>code line one
code line two</pre>
<style>p { color: red }</style><noscript>Turn on scripts</noscript><template><p>Not shown</p></template>
<!-- a comment nobody sees -->
<h2>A heading</h2>
</body></html>
"""
LAYOUT_LINES = [
    (4, "Direct text of a div"), (4, "A paragraph inside it"), (4, "and the div's text after it"),
    (5, "First half of a line"), (5, "second half after a break"),
    (6, "An item with a link"), (6, "Another item"),
    (7, "Cell one"), (7, "Cell two"),
    (8, "code line one"), (9, "code line two"),
    (12, "A heading"),
]


def test_the_lines_of_a_page_are_its_blocks_as_a_reader_sees_them():
    from cleaner.io.html import parse
    from cleaner.io.page_lines import page_lines

    assert page_lines(parse(LAYOUT).tree) == LAYOUT_LINES


def test_dropped_lines_compare_whole_lines_once_each():
    from cleaner.io.page_lines import dropped_lines

    lines = [(1, "Home"), (2, "Storm closes the harbour"), (3, "Storm closes the harbour"),
             (4, "Ferries wait at the quay for the wind to drop, the port said."),
             (5, "Cell one"), (6, "An item"),
             (7, "Read more"), (8, "Short line"),
             (9, "A paragraph with a Share button inside it that trafilatura took out"),
             (10, "Sign up for our newsletter and get the news every morning"),
             (11, "Roses are red, violets are blue.")]
    extracted = ("Storm closes the harbour\n"
                 "Ferries wait at the quay for the wind to drop, the port said.\n"
                 "| Cell one | Cell two |\n"
                 "- An item\n"
                 "Short line joined to another\n"
                 "A paragraph with a button inside it that trafilatura took out\n"
                 "Get the news every day\n"
                 "Roses are red,\nviolets are blue.")
    # The repeated headline came out once: its second copy is named. "Short line" reached the
    # text inside a longer line, the rhyme cut in two at a line break of the page's source, and
    # the paragraph lost one word and is kept in part: none of them is named.
    assert dropped_lines(lines, extracted) == ((1, "Home"), (3, "Storm closes the harbour"), (7, "Read more"),
                                               (10, "Sign up for our newsletter and get the news every morning"))


def _words_reached(text: str, extracted: str) -> bool:
    """Whether any run of four words of ``text`` (or the whole of a shorter one) is in ``extracted``."""
    words = text.split()
    if len(words) < 4:
        return f" {' '.join(words)} " in f" {extracted} "
    return any(" ".join(words[i:i + 4]) in extracted for i in range(len(words) - 3))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_line_of_a_page_is_in_the_text_or_named(cleaner_obj, page):
    from cleaner.io.html import extract, parse
    from cleaner.io.page_lines import page_lines

    html = page.read_text(encoding="utf-8")
    result = cleaner_obj.clean_html(html)
    extracted_lines = [" ".join(line.split()) for line in extract(html).text.split("\n")]
    extracted = " ".join(extracted_lines)
    named = {(r.line, r.text) for r in result.removals if r.rule_id == "html-extraction"}
    assert named, "a fixture page has chrome"
    lines = page_lines(parse(html).tree)
    for line, text in lines:
        if not _words_reached(text, extracted):
            assert (line, text) in named
    # And no line that came out whole is named, but for a copy of one the page holds more often.
    texts = [text for _, text in lines]
    assert all(extracted_lines.count(text) < texts.count(text) for _, text in named)


def test_extraction_drops_are_not_weighed_by_the_overcleaning_guard(cleaner_obj):
    links = "".join(f'<li><a href="/s{i}">Section number {i} of the site with its own long name</a></li>\n'
                    for i in range(60))
    html = (f"<!DOCTYPE html>\n<html><head><title>Quay</title></head><body>\n<nav><ul>\n{links}</ul></nav>\n"
            "<article><h1>Quay repairs finish early</h1>\n<p>Repairs to the old quay finished two weeks early, "
            "the harbour master said on Friday, and boats will use it again from Monday.</p>\n<p>The work cost "
            "less than planned because the stone could be reused, he added.</p></article>\n</body></html>\n")
    result = cleaner_obj.clean_html(html)
    dropped = [r for r in result.removals if r.rule_id == "html-extraction"]
    assert len(dropped) == 60 and all(r.family == "extraction" for r in dropped)
    assert sum(len(r.text) for r in dropped) > 0.8 * len(" ".join(extract_text_of(html)))
    assert "boats will use it again from Monday" in result.text
    assert not [n for n in result.notices if n.step == "suspicious"]


def extract_text_of(html: str) -> list[str]:
    from cleaner.io.html import parse
    from cleaner.io.page_lines import page_lines

    tree = parse(html).tree
    return [text for _, text in page_lines(tree)] if tree is not None else []


@pytest.mark.parametrize("given", [
    "A plain note, not a page.\nIts second line.\n",
    "<p>A fragment with one paragraph.</p><p>And a second one.</p><nav>Home | About | Contact</nav>",
    "<!-- only a comment -->",
    "",
])
def test_format_html_on_what_is_no_page_names_every_line_it_loses(cleaner_obj, given):
    result = cleaner_obj.clean_html(given)
    named = [r.text for r in result.removals if r.rule_id == "html-extraction"]
    out = " ".join(result.text.split())
    for text in extract_text_of(given):
        assert _words_reached(text, out) or text in named
    if given.startswith("<p>"):
        assert extract_text_of(given) == ["A fragment with one paragraph.", "And a second one.", "Home | About | Contact"]


def test_extraction_removals_point_at_the_source_lines_of_the_page(cleaner_obj):
    page = LAYOUT.replace("<h2>A heading</h2>", "<nav><a href='/'>Front page</a></nav>\n<article><h2>A heading</h2>"
                          "<p>" + "A sentence of the article that trafilatura keeps as its main text. " * 4 + "</p>"
                          "</article>")
    for given in (page, page.replace("\n", "\r\n")):
        result = cleaner_obj.clean_html(given)
        (front,) = [r for r in result.removals if r.rule_id == "html-extraction" and r.text == "Front page"]
        assert front.line == 12 and front.rule_file == "trafilatura --preset balanced"
        assert page[front.start:front.end] == page.split("\n")[11] == "<nav><a href='/'>Front page</a></nav>"


def test_a_page_holding_the_walks_own_mark_characters_keeps_them_as_text():
    """The walk marks its output with noncharacters (U+FDD0 to U+FDD8, page_walk.py); a page
    holding them in its text still gives its lines, those characters in them."""
    from cleaner.io.html import parse
    from cleaner.io.page_walk import walk

    marks = " ".join(map(chr, range(0xFDD1, 0xFDD9)))  # each alone; U+FDD0 before a letter below
    page = (f"<html><body><div class='box'><p>{marks} Odd \ufdd0text and \ufdd8more \ufdd3here</p>"
            f"<p>Plain line after it</p><p>Ends in a mark \ufdd0</p></div></body></html>")
    lines, places = walk(parse(page).tree)
    assert [text for _, text in lines] == [f"{marks} Odd \ufdd0text and \ufdd8more \ufdd3here", "Plain line after it",
                                           "Ends in a mark \ufdd0"]
    assert all(cover is not None and (cover.name, cover.classes) == ("div", "box") for cover, _, _ in places)
    stray = page.replace("Plain line", "\ufdd0\ufdd5p\ufdd6 \ufdd0\ufdd1x\ufdd8 \ufdd0\ufdd7 \ufdd0\ufdd2")
    # Marks the page's own text makes up may cut its line, but the lines around it stay whole.
    texts = [text for _, text in walk(parse(stray).tree)[0]]
    assert texts[0] == f"{marks} Odd \ufdd0text and \ufdd8more \ufdd3here" and texts[-1] == "Ends in a mark \ufdd0"


def test_the_title_guessed_from_the_headings_is_read_only_when_asked_for(cleaner_obj):
    """A page that declares no title gets trafilatura's guess from its headings in the metadata
    and for --title drop; a file's output (no metadata, --title keep) goes without the guess,
    and nothing else changes."""
    from cleaner.io.html import extract

    html = ("<html><body><h1>Grid repairs resume in the north</h1><article><p>Crews restored power to most of "
            "the region on Sunday, the operator said, after a week of storms.</p><p>Repairs to the last lines "
            "are expected to take another three days, weather permitting.</p></article></body></html>")
    assert extract(html).title == "Grid repairs resume in the north"
    assert extract(html, guess_title=False).title is None
    full, bare = cleaner_obj.clean_html(html), cleaner_obj.clean_html(html, meta=False)
    assert full.meta["title"] == "Grid repairs resume in the north" and bare.meta is None
    assert (bare.text, bare.removals) == (full.text, full.removals)
    dropped = cleaner_obj.clean_html(html, meta=False, title="drop")
    assert "Grid repairs resume in the north" not in dropped.text


def test_the_site_name_guessed_is_read_only_when_asked_for(cleaner_obj):
    """trafilatura's guess of a site name (a part of the page's title holding a dot) serves the
    metadata: a file's output goes without it (the host of the page's address instead), and
    nothing else changes."""
    from cleaner.io.html import extract

    html = ("<html><head><title>Ferry timetable changes | HarbourNews.com</title></head>"
            "<body><h1>Ferry timetable changes</h1>"
            "<article><p>The first ferry of the day will leave at six from Monday, the operator said.</p>"
            "<p>Evening crossings stay as they are until the summer.</p></article></body></html>")
    assert extract(html).sitename == "HarbourNews.com"
    assert extract(html, guess_site=False).sitename is None
    assert extract(html, guess_site=False, url="https://www.example.com/a").sitename == "example.com"
    full, bare = cleaner_obj.clean_html(html), cleaner_obj.clean_html(html, meta=False)
    assert full.meta["sitename"] == "HarbourNews.com" and bare.meta is None
    assert (bare.text, bare.removals) == (full.text, full.removals)


@pytest.mark.parametrize("html", [
    "<html><head><title>A page</title></head><body><p>Text.</p></body></html>",
    "<html><head><meta charset='utf-8'></head><body><title>In the body</title><p>Text.</p></body></html>",
    "<!-- a note --><html><head></head><body><svg><title>An icon</title></svg><p>Text.</p></body></html>",
    "<title>No html element</title><p>Text.</p>",
    "<html><body><p>Text.</p><head><title>A head in the body</title></head></body></html>",
    "<html><head><title>One</title><title>Two</title></head><body><p>Text.</p></body></html>",
])
def test_the_heads_title_is_the_one_searching_every_head_finds(html):
    from cleaner.io.html import _head_title, parse

    tree = parse(html).tree
    assert _head_title(tree) is tree.find(".//head//title")
