"""--title keep writes a page's title only when the page agrees with it (io/page_title.py)."""

from conftest import run_cli

BODY = ("<p>The harbour ferries returned to their timetable on Tuesday morning, three days after the storm closed "
        "the crossing to every boat.</p>\n<p>Crews spent the weekend clearing the piers of sand and seaweed, and the "
        "first boat left on time with more than two hundred passengers.</p>\n<p>The ferry company said the evening "
        "crossings would run every twenty minutes until the end of the month.</p>\n")

# A documentation page: its <title> is the site's, its one h1 a help box's, neither the page's.
DOCS = ("<!DOCTYPE html>\n<html><head><title>Harbour API v2 documentation</title></head><body>\n"
        "<div class=\"modal\"><h1>Keyboard shortcuts</h1><p>Press / to search.</p></div>\n"
        "<main><article><h2>Timetables</h2>\n" + BODY + "</article></main></body></html>\n")
# A news page whose og:title and h1 agree; the h1 stands above the article, out of the extracted text.
NEWS = ("<!DOCTYPE html>\n<html><head><title>Coast Herald</title>\n"
        "<meta property=\"og:title\" content=\"Harbour ferries return after the storm\">\n"
        "<meta property=\"og:site_name\" content=\"Coast Herald\"></head><body>\n"
        "<header><h1>Harbour ferries return after the storm</h1></header>\n"
        "<article>\n" + BODY + "</article></body></html>\n")
# "Title | Site" in <title>, and the h1 is the title alone.
SUFFIXED = ("<!DOCTYPE html>\n<html><head><title>Harbour ferries return after the storm | Coast Herald</title>"
            "</head><body>\n<header><h1>Harbour ferries return after the storm</h1></header>\n"
            "<article>\n" + BODY + "</article></body></html>\n")
# The site's name as the page's only h1 (a logo), and the site's name as a part of <title>.
LOGO = ("<!DOCTYPE html>\n<html><head><title>Timetables - Coast Herald</title></head><body>\n"
        "<header><h1>Coast Herald</h1></header>\n<article>\n" + BODY + "</article></body></html>\n")

FIRST = "The harbour ferries returned to their timetable on Tuesday morning"


def test_a_docs_page_whose_title_is_the_sites_gets_none(cleaner_obj):
    result = cleaner_obj.clean_html(DOCS, title="keep")
    assert result.text.startswith("Timetables\n") or result.text.startswith(FIRST)
    assert "Keyboard shortcuts" not in result.text and "documentation" not in result.text
    # The metadata still says what the page declares.
    assert result.meta["title"]


def test_og_title_agreeing_with_the_h1_is_the_first_line(cleaner_obj):
    result = cleaner_obj.clean_html(NEWS, title="keep")
    lines = [line for line in result.text.splitlines() if line]
    assert lines[0] == "Harbour ferries return after the storm"
    assert lines[1].startswith(FIRST)
    assert "Coast Herald" not in result.text


def test_a_site_suffix_is_set_apart_from_the_title(cleaner_obj):
    result = cleaner_obj.clean_html(SUFFIXED, title="keep")
    assert result.text.splitlines()[0] == "Harbour ferries return after the storm"
    assert "Coast Herald" not in result.text
    assert result.text.count("Harbour ferries return after the storm") == 1


def test_the_sites_name_is_never_the_title_even_as_the_h1(cleaner_obj):
    # The h1 repeats the part of <title> that og:site_name names; the page's own part
    # ("Timetables") is shown by no heading.
    result = cleaner_obj.clean_html(LOGO.replace("<head>", "<head><meta property=\"og:site_name\" "
                                                 "content=\"Coast Herald\">"), title="keep")
    assert result.text.startswith(FIRST)


def test_a_title_the_text_already_opens_with_is_not_written_twice(cleaner_obj):
    page = SUFFIXED.replace("<header><h1>Harbour ferries return after the storm</h1></header>\n<article>\n",
                            "<article><h1>Harbour ferries return after the storm</h1>\n")
    result = cleaner_obj.clean_html(page, title="keep")
    assert result.text.splitlines()[0] == "Harbour ferries return after the storm"
    assert result.text.count("Harbour ferries return after the storm") == 1


def test_the_command_line_writes_the_agreed_title_only(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "docs.html").write_text(DOCS, encoding="utf-8")
    (pages / "news.html").write_text(NEWS, encoding="utf-8")
    (pages / "suffixed.html").write_text(SUFFIXED, encoding="utf-8")
    done = run_cli("clean", pages, "-o", tmp_path / "out", "--quiet")
    assert done.returncode == 0, done.stderr
    docs = (tmp_path / "out" / "docs.txt").read_text(encoding="utf-8")
    assert "Keyboard shortcuts" not in docs and "documentation" not in docs and FIRST in docs
    for name in ("news.txt", "suffixed.txt"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line]
        assert lines[0] == "Harbour ferries return after the storm" and lines[1].startswith(FIRST)
        assert "Coast Herald" not in text


def test_an_agency_prefix_is_set_apart_and_a_colon_inside_the_title_kept(cleaner_obj):
    page = ("<!DOCTYPE html>\n<html><head><title>AFP: Ferries return: harbour reopens</title></head><body>\n"
            "<header><h1>Ferries return: harbour reopens</h1></header>\n<article>\n" + BODY + "</article></body></html>\n")
    lines = [line for line in cleaner_obj.clean_html(page, title="keep").text.splitlines() if line]
    assert lines[0] == "Ferries return: harbour reopens" and lines[1].startswith(FIRST)


def test_a_title_never_closed_is_not_written(cleaner_obj):
    # The parser reads the rest of the page, markup and all, into <title>; no heading says that
    # much, and the page's source is not written as its title.
    page = ("<!DOCTYPE html>\n<html><head><title>Ferries return <link rel=\"search\" href=\"/s.xml\" />\n"
            "</head><body><article>\n" + BODY + "</article></body></html>\n")
    result = cleaner_obj.clean_html(page, title="keep")
    assert result.meta["title"].startswith("Ferries return <link")
    assert "<link" not in result.text and "</head>" not in result.text


def test_a_title_never_closed_holding_a_menu_is_not_split_part_by_part():
    # Every run of parts between separators is a candidate title: a page read whole into an
    # open <title>, its menus full of " | ", gives thousands of parts and millions of runs,
    # which took seconds a page. No heading can agree with any of them when there is none.
    from cleaner.io.page_title import agreed_title

    menu = " | ".join(f"Section {n}" for n in range(3000))
    assert agreed_title([f"Ferries return - {menu}"], None, []) is None
