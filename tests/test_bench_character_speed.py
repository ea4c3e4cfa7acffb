"""bench.character_speed times the character stage and two structural steps on a JSONL of texts."""

import json

from bench.character_speed import main, read_texts


def test_it_reads_texts_and_prints_each_ratio(tmp_path, capsys):
    texts = ["Prices fell.\nTerms & Conditions\ncafÃ© au lait\n", "12:45 Headline one\n11:02 Headline two\nHome\nNews\n"]
    path = tmp_path / "texts.jsonl"
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts), encoding="utf-8")
    assert read_texts(str(path), None) == texts
    assert main([str(path), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 texts")
    assert "x the plain version" in out and "x ftfy.fix_text" in out
    assert "headline_ticker:" in out and "menu_run:" in out
