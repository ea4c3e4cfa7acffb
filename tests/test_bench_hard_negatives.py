"""bench.hard_negatives: CoNLL-U sentences become texts, and every removed line is reported."""

from bench.hard_negatives import main, measure, read_conllu, read_text, split_sentences

CONLLU = """# newdoc id = doc-a
# sent_id = a-1
# newpar id = a-p1
# text = The ferry left at noon.
1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_

# sent_id = a-2
# text = Nobody waved.
1\tNobody\tnobody\tPRON\t_\t_\t0\troot\t_\t_

# sent_id = a-3
# newpar id = a-p2
# text = Share this
1\tShare\tshare\tVERB\t_\t_\t0\troot\t_\t_

# newdoc id = doc-b
# sent_id = b-1
# newpar
# text = Rain fell all week on the island.
1\tRain\train\tNOUN\t_\t_\t2\tnsubj\t_\t_

"""


def write(tmp_path):
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return path


def test_documents_and_paragraphs_follow_the_treebank_marks(tmp_path):
    texts = read_conllu(write(tmp_path))
    assert [t.doc_id for t in texts] == ["doc-a", "doc-b"]
    assert texts[0].lines() == ["The ferry left at noon. Nobody waved.", "Share this"]
    assert texts[1].lines() == ["Rain fell all week on the island."]


def test_sentence_mode_puts_each_sentence_on_its_line(tmp_path):
    texts = read_conllu(write(tmp_path), sentences=True)
    assert texts[0].lines() == ["The ferry left at noon.", "Nobody waved.", "Share this"]


def test_removed_lines_are_counted_with_their_rule(tmp_path):
    tally = measure(read_conllu(write(tmp_path)), lang="en")
    assert tally.lines == 3
    assert tally.removed == 1
    assert tally.by_rule == {"share-prompt": 1}
    assert tally.removals[0][2:4] == (2, "share-prompt")


def test_main_prints_the_figures(tmp_path, capsys):
    assert main([str(write(tmp_path)), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "lines: 3  removed: 1" in out and "share-prompt: 1" in out
    assert main([str(tmp_path / "missing.conllu")]) == 2


BOOK = """THE LANTERN KEEPER

CHAPTER I.

The keeper climbed the stair at dusk, as he had
done for forty years, and trimmed the wick.

"Is it lit?" called his daughter from below. "The boats
are coming in."

"Lit and burning," he said. Mr. Hale nodded.
"""


def write_book(tmp_path):
    path = tmp_path / "lantern.txt"
    path.write_text(BOOK, encoding="utf-8")
    return path


def test_text_paragraphs_are_parted_by_blank_lines_and_unwrapped(tmp_path):
    texts = read_text(write_book(tmp_path))
    assert len(texts) == 1
    assert texts[0].lines() == [
        "THE LANTERN KEEPER",
        "CHAPTER I.",
        "The keeper climbed the stair at dusk, as he had done for forty years, and trimmed the wick.",
        '"Is it lit?" called his daughter from below. "The boats are coming in."',
        '"Lit and burning," he said. Mr. Hale nodded.',
    ]


def test_text_chunks_and_sentences(tmp_path):
    texts = read_text(write_book(tmp_path), chunk=2)
    assert [t.doc_id for t in texts] == ["lantern@1", "lantern@3", "lantern@5"]
    texts = read_text(write_book(tmp_path), sentences=True)
    assert texts[0].lines()[3:] == [
        '"Is it lit?" called his daughter from below.',
        '"The boats are coming in."',
        '"Lit and burning," he said.',
        "Mr.",
        "Hale nodded.",
    ]


def test_split_sentences_keeps_a_lowercase_continuation():
    assert split_sentences("Wait... then what? nothing. Done!") == ["Wait... then what? nothing.", "Done!"]


def test_main_reads_text_files(tmp_path, capsys):
    assert main([str(write_book(tmp_path)), "--format", "text", "--quiet"]) == 0
    assert "lines: 5  removed: 0" in capsys.readouterr().out
