"""bench.real_text: the real-text benchmark reads pages, extracts once into a cache, and measures."""

import gzip
import json

from bench import real_text

_PAGE = """<html><head><title>Harbour {n}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The harbour reopens {n}</h1>
<p>The harbour reopened on Monday after three weeks of repairs to the northern wall, the council said.</p>
<p>Fishing boats returned in the afternoon, and the ferry to the island will run again from Friday.</p>
<p>Share this article</p></article></body></html>"""


def _set(tmp_path):
    html = tmp_path / "pages" / "html"
    html.mkdir(parents=True)
    for n in range(3):
        with gzip.open(html / f"{n}.html.gz", "wt", encoding="utf-8") as handle:
            handle.write(_PAGE.format(n=n))
    return tmp_path / "pages"


def test_extracts_once_into_the_cache_and_prints_the_ratios(tmp_path, capsys):
    folder, cache = _set(tmp_path), tmp_path / "cache" / "texts.jsonl"
    assert real_text.main([str(folder), "--cache", str(cache)]) == 0
    out = capsys.readouterr().out
    assert "real text: 3 documents" in out and "cleaner / ftfy speed" in out and "MB/s" in out
    texts = [json.loads(line)["text"] for line in cache.read_text(encoding="utf-8").splitlines()]
    assert len(texts) == 3 and all("northern wall" in t for t in texts)
    # The cache is what a second run reads: the pages are not extracted again.
    cache.write_text(json.dumps({"text": "Only this text, from the cache, a sentence long enough."}) + "\n",
                     encoding="utf-8")
    assert real_text.main([str(folder), "--cache", str(cache)]) == 0
    assert "real text: 1 document," in capsys.readouterr().out


def test_no_pages_is_said_and_skipped(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(real_text, "ROOT", tmp_path / "repository")
    assert real_text.main([]) == 0
    assert "skipped" in capsys.readouterr().out
