"""bench.sampled reads py-spy's raw samples: only those taken while cleaning count."""

from bench.sampled import ROOT, shares


def test_shares_keep_the_samples_taken_while_cleaning():
    clean = f"Cleaner.clean ({ROOT}/cleaner/pipeline.py:160)"
    raw = "\n".join([
        f"<module> (x.py:1);workload ({ROOT}/bench/sampled.py:30);{clean};_line ({ROOT}/cleaner/language.py:225) 7",
        f"<module> (x.py:1);{clean};candidates ({ROOT}/cleaner/matching.py:96);search (/usr/lib/re.py:9) 3",
        f"<module> (x.py:1);__getitem__ ({ROOT}/bench/corpus.py:55) 50",  # making the corpus: left out
        "not a sample line",
    ])
    total, own, within = shares(raw)
    assert total == 10
    assert own["cleaner/language.py _line"] == 7 and own["/usr/lib/re.py search"] == 3
    assert within["cleaner/matching.py candidates"] == 3 and "cleaner/pipeline.py Cleaner.clean" not in within
