"""bench.html_speed: HTML mode against trafilatura.extract on folders of gzipped pages."""

import gzip

from bench.html_speed import load, main

from conftest import FIXTURES


def write_set(folder, names: list[str]):
    (folder / "html").mkdir(parents=True)
    for name in names:
        page = (FIXTURES / "html" / f"{name}.html").read_text(encoding="utf-8")
        with gzip.open(folder / "html" / f"{name}.html.gz", "wt", encoding="utf-8") as handle:
            handle.write(page)


def test_it_measures_the_pages_and_names_the_slowest(tmp_path, capsys):
    write_set(tmp_path / "news", ["en_news_reuters", "de_news_dpa", "fr_news_lemonde"])
    assert [name for name, _ in load([tmp_path / "news"], 2)] == ["news/de_news_dpa", "news/en_news_reuters"]
    assert main([str(tmp_path / "news"), "--limit", "0", "--rounds", "1", "--slowest", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 pages, ") and "HTML mode / trafilatura.extract: " in out
    named = [line.split()[-1] for line in out.splitlines() if line.startswith("  ")]
    assert len(named) == 2 and set(named) <= {"news/en_news_reuters", "news/de_news_dpa", "news/fr_news_lemonde"}


def test_without_pages_it_says_so_and_measures_nothing(tmp_path, capsys):
    assert main([str(tmp_path / "absent")]) == 0
    assert "nothing measured" in capsys.readouterr().out
