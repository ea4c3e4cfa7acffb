"""The evaluation set (eval/docs): cleaner meets its targets and beats every baseline."""

import pytest

from bench.quality import SYSTEMS, evaluate, load

DOCS = load()


@pytest.fixture(scope="module")
def results():
    return evaluate(docs=DOCS)


def test_the_set_is_what_the_issue_asks_for():
    assert len(DOCS) >= 80
    assert {d.lang for d in DOCS} >= {"en", "fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk"}
    assert sum(d.is_hard_negative for d in DOCS) >= len(DOCS) / 4
    assert sum("C" not in d.labels for d in DOCS) >= 10  # fully clean documents
    assert len({d.site for d in DOCS}) >= 40


def test_targets(results):
    ours = results["cleaner"]
    assert ours.precision >= 0.995 and ours.recall >= 0.995
    assert ours.negative_survival == 1.0
    assert ours.chrome_recall >= 0.95
    assert ours.unicode_rate >= 0.98


def test_every_baseline_is_beaten_on_f1(results):
    ours = results["cleaner"].f1
    for name in SYSTEMS:
        if name != "cleaner":
            assert ours > results[name].f1, name


def test_clean_documents_come_out_unchanged():
    from cleaner import Cleaner

    cleaner = Cleaner()
    for doc in DOCS:
        if "C" not in doc.labels and "U" not in doc.labels:
            assert cleaner.clean(doc.text).text.splitlines() == [l for l in doc.input_lines], doc.name
