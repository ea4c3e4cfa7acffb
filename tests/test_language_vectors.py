"""The numpy scorer (language/vectors.py) gives exactly the plain scorer's sums, and the
profile table it reads is the JSON profiles' counts as fixed-point scores."""

import math

from hypothesis import given, settings, strategies as st

from cleaner.language import detection, profiles

# Sentences written for these tests, a few of each script the profiles know, with what
# trips a reader: capitals in runs, marks, digits, links, addresses, odd spaces.
SENTENCES = [
    "The council met on Tuesday; NATO's envoy (Dr. McDONALD) left at 5 p.m.",
    "Les négociations reprendront à Genève, selon le ministère — « très bientôt ».",
    "Die Straßenbahn fährt ab Zürich über Basel; ÖFFNUNGSZEITEN gelten ab Montag.",
    "Переговоры возобновятся в Женеве на следующей неделе, сообщили в МИД России.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ΑΘΗΝΑ και τη Θεσσαλονίκη.",
    "市民團體舉行記者會，要求政府檢討醫療制度。新华社北京电。",
    "東京都は来週から新しい交通規制を始めると発表した。",
    "서울에서 열린 회의에서 정부는 새로운 의료 제도를 발표했습니다.",
    "أعلنت الحكومة عن خطة جديدة لدعم التعليم في المدن الصغيرة.",
    "הממשלה הודיעה על תוכנית חדשה לתחבורה ציבורית בירושלים.",
    "सरकार ने छोटे शहरों में शिक्षा के लिए नई योजना की घोषणा की।",
    "รัฐบาลประกาศแผนใหม่เพื่อสนับสนุนการศึกษาในเมืองเล็ก",
    "Tie\u0301ng Vie\u0323t là ngôn ngữ chính thức của Việt Nam.",
    "Władze miasta ogłosiły, że źródło wody będzie gotowe w przyszłym tygodniu.",
    "Write to news@example.org or see https://example.org/a?b=c for more.",
    "ℂ𝐀 ℂℂ 𝐀𝐀x ǅemal ϒΣΣ \ud800 lone, \u3000ideographic\u2009thin\xa0no-break",
]
# Characters of every script above, and what normalising maps to a space or to another letter.
# White space of every kind str.split splits on, some of which normalising leaves as it is.
ALPHABET = "".join(sorted(set("".join(SENTENCES)))) + "aAzZ 0.,;'’-\t\n@/:\x0b\x0c\x1c\x1f\x85\u1680\u2028\u205f\x00"


def _both(text: str) -> tuple[list[int], list[int]]:
    """The plain scores of the words str.translate and str.split read, and the numpy scores of
    the same text, which normalises and splits it on its code points."""
    scorer = detection.scorer()
    return scorer.plain_scores(scorer.words_of(text)), scorer.vectorised().scores(scorer.prepared(text))


def test_vectors_equal_the_plain_scores_on_sentences_of_every_script():
    scorer = detection.scorer()
    for sentence in SENTENCES:
        plain, vectors = _both(sentence)
        assert plain == vectors, sentence
    plain, vectors = _both("\n".join(SENTENCES))
    assert plain == vectors
    assert any(plain)  # something was scored: the equality above is not of two empty sums
    assert scorer.answer(_both(SENTENCES[1])[1]) == "fr"
    assert scorer.answer(_both(SENTENCES[3])[1]) == "ru"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_vectors_equal_the_plain_scores_on_any_text(text):
    plain, vectors = _both(text)
    assert plain == vectors


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12).map("\n".join))
def test_vectors_equal_the_plain_scores_on_mixed_documents(text):
    plain, vectors = _both(text)
    assert plain == vectors


def test_a_sample_gets_the_same_answer_before_and_after_numpy_takes_over(monkeypatch):
    """A process scores its first samples in plain Python, the others with numpy."""
    fresh = detection.Scorer(detection.scorer().table)
    texts = [f"{sentence}\n{sentence}" for sentence in SENTENCES]
    first = [fresh.best(text) for text in texts]  # the first _PLAIN_SAMPLES in plain Python
    assert fresh.vectors is not None and fresh.samples > detection._PLAIN_SAMPLES
    assert [fresh.best(text) for text in texts] == first
    assert (first[0], first[1], first[3], first[7]) == ("en", "fr", "ru", "ko")


def test_the_table_holds_the_json_profiles_counts_as_fixed_point_scores():
    import json

    table = detection.scorer().table
    files = profiles.profile_files()
    assert table.langs == profiles.language_codes()
    with open(files[table.langs.index("fr")], encoding="utf-8") as handle:
        french = json.load(handle)
    fr = table.langs.index("fr")
    for gram in ("e", "é", " l", "de ", "ent"):
        where = table.row(gram)
        scores = dict(zip(table.languages[where], table.scores[where]))
        expected = math.log1p(french["freq"][gram] / french["n_words"][len(gram) - 1] / profiles.WEIGHT)
        assert scores[fr] == round(expected * profiles.SCALE)
    assert not table.scores[table.row("zzq")] and not table.scores[table.row("\u2603")]


def test_keys_of_ngrams_of_different_lengths_never_meet():
    """A key is its characters side by side; no normalised character is U+0000, so a 2-gram's
    key is above every 1-gram's and below every 3-gram's."""
    assert profiles.gram_key("\U0010ffff") < profiles.gram_key("\x01\x01") < profiles.gram_key("\U0010ffff" * 2)
    assert profiles.gram_key("\U0010ffff" * 2) < profiles.gram_key("\x01\x01\x01") < 2 ** 63
    from langdetect.utils.ngram import NGram

    assert NGram.normalize("\x00") == " "


def test_the_hash_table_finds_each_profile_key_at_its_row_and_no_other_key():
    """vectors.VectorScorer.rows_of equals a binary search of the table's sorted keys: for every
    key of the profiles (those in a slot and those left to the sorted rest, which this checks
    there are), and for keys next to them and far from them that no profile has."""
    import numpy as np

    vectors = detection.scorer().vectorised()
    keys = np.frombuffer(detection.scorer().table.keys, dtype=np.int64)
    assert 0 < len(vectors.rest) - 1 < len(keys) // 10  # some keys are searched in the rest
    assert (vectors.rows_of(keys) == np.arange(len(keys))).all()
    assert (vectors.rows_of(keys[::-1].copy()) == np.arange(len(keys))[::-1]).all()
    others = np.setdiff1d(np.concatenate((keys + 1, keys - 1, keys * 7 + 3, [0, 2 ** 62, 2 ** 63 - 2])), keys)
    assert len(others) > len(keys) and (vectors.rows_of(others) == vectors.absent).all()
    mixed = np.concatenate((others[:5000], keys[::3], others[-5000:]))
    known = np.isin(mixed, keys)
    assert (vectors.rows_of(mixed) == np.where(known, np.searchsorted(keys, mixed), vectors.absent)).all()


def test_a_hook_on_a_few_files_never_imports_numpy(tmp_path):
    """numpy's import costs a hook more than its few samples take in plain Python; a run
    with more samples than _PLAIN_SAMPLES imports it (the probe can fail)."""
    import subprocess
    import sys

    probe = ("import sys\nfrom cleaner.cli.main import main\nstatus = main(sys.argv[1:])\n"
             "print('numpy' in sys.modules)\n")
    few = detection._PLAIN_SAMPLES - 1
    for count, imported in ((few, "False"), (few + 3, "True")):
        folder = tmp_path / str(count)
        folder.mkdir()
        files = [folder / f"{i}.txt" for i in range(count)]
        for i, path in enumerate(files):  # each file a sample of its own
            path.write_text(f"{SENTENCES[i % 4]} ({i})\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", probe, "fix", "--no-config", *map(str, files)],
                              capture_output=True, text=True)
        assert done.stderr == "" and done.stdout.strip().splitlines()[-1] == imported, (count, done.stderr)
