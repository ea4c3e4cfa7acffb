"""HTML pages through real trafilatura, then the text pipeline."""

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.html import looks_like_html

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
    html = ("<html><head><title>Talks resume</title></head><body><article><p>Negotiators met for a third day on "
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
    from cleaner.html import extract

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

