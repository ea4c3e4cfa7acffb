"""cleaner.integrations.datasets: cleaning_function in a real Hugging Face Dataset.map."""

import json
import subprocess
import sys

import pytest
from datasets import Dataset, load_from_disk
from datasets.fingerprint import Hasher

from cleaner.run.documents import record_text
from cleaner import Cleaner
from cleaner.integrations.datasets import cleaning_function
from cleaner.rules.model import RuleError

from conftest import FIXTURES

FESTIVAL = ("The river festival returns to Basel\n"
            "Boats, music and food stalls line both banks of the Rhine this weekend.\n"
            "Leave a Comment\n")
LIBRARIES = "Les trois bibliothèques ouvriront en septembre, avec des horaires élargis.\nPartager\n"
FIXTURE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "input").glob("*.txt"))]


def corpus():
    texts = [FESTIVAL, LIBRARIES, "", " \n", *FIXTURE_TEXTS]
    return Dataset.from_dict({"id": list(range(len(texts))), "text": texts,
                              "url": ["https://news.example.org/basel"] + [None] * (len(texts) - 1),
                              "lang": [None, "fr"] + [None] * (len(texts) - 2)})


@pytest.mark.parametrize("num_proc", [1, 2])
def test_map_cleans_each_row_as_the_library_does(num_proc):
    ds = corpus()
    out = ds.map(cleaning_function(url_column="url", lang_column="lang"), batched=True, batch_size=4,
                 num_proc=num_proc)
    library = Cleaner()
    expected = [library.clean(row["text"], lang=row["lang"], url=row["url"]) for row in ds]
    assert out["id"] == ds["id"] and out["url"] == ds["url"]  # the other columns kept
    # A record's text as `cleaner clean` writes it: untouched texts keep their bytes, cleaned
    # ones their own ending (run.documents.record_text).
    texts = [record_text(row["text"], result) for row, result in zip(ds, expected)]
    assert out["text"] == texts
    assert out["cleaner_lang"] == [result.lang or "" for result in expected]
    assert out["cleaner_changed"] == [text != row["text"] for text, row in zip(texts, ds)]
    assert out["cleaner_removed"] == [len(result.removals) for result in expected]
    assert [json.loads(counts) for counts in out["cleaner_removals"]] == [r.removal_counts() for r in expected]
    assert set(out["cleaner_error"]) == {""}
    assert out[0]["cleaner_removals"] == '{"comment-prompt": 1}' and out[1]["cleaner_lang"] == "fr"
    assert sum(out["cleaner_removed"]) > 10  # the fixtures carry chrome


def test_one_and_two_processes_give_the_same_dataset_and_empty_documents_filter_out():
    fn = cleaning_function()
    one = corpus().map(fn, batched=True, batch_size=3, num_proc=1)
    two = corpus().map(fn, batched=True, batch_size=3, num_proc=2)
    assert one.to_list() == two.to_list()
    kept = two.filter(lambda row: row["text"].strip() != "", num_proc=2)
    assert len(kept) == len(two) - 2 and all(text.strip() for text in kept["text"])
    assert kept["id"] == [i for i, text in zip(two["id"], two["text"]) if text.strip()]


def test_an_iterable_dataset_and_a_plain_batch_are_cleaned_alike():
    fn = cleaning_function()
    expected = corpus().map(fn, batched=True, batch_size=5).to_list()
    assert list(corpus().to_iterable_dataset().map(fn, batched=True, batch_size=5)) == expected
    columns = fn({"text": [FESTIVAL]})
    assert columns["text"] == [expected[0]["text"]] and columns["cleaner_removed"] == [1]


def test_cleaning_a_cleaned_dataset_changes_nothing():
    once = corpus().map(cleaning_function(), batched=True)
    twice = once.map(cleaning_function(), batched=True)
    assert twice["text"] == once["text"] and not any(twice["cleaner_changed"])


def test_a_row_that_cannot_be_cleaned_is_left_as_it_came_and_said_and_the_others_are_cleaned():
    ds = Dataset.from_dict({"text": [FESTIVAL, None, FESTIVAL * 30]})
    out = ds.map(cleaning_function(max_document_bytes=1000), batched=True)
    assert out["text"] == [FESTIVAL.replace("Leave a Comment\n", ""), None, FESTIVAL * 30]
    assert out["cleaner_error"][0] == ""
    assert out["cleaner_error"][1] == "field 'text' is null, not a string"
    assert out["cleaner_error"][2].startswith(f"{len(FESTIVAL) * 30:,} bytes, over the document size limit of 1,000")
    assert out["cleaner_changed"] == [True, False, False]


def test_options_other_columns_and_the_audit():
    ds = Dataset.from_dict({"body": [LIBRARIES, FESTIVAL]})
    out = ds.map(cleaning_function(text_column="body", disable=["fr-share-prompt"], explain=True), batched=True)
    assert out["body"] == [LIBRARIES, FESTIVAL.replace("Leave a Comment\n", "")]
    assert json.loads(out["cleaner_audit"][0]) == []
    (entry,) = json.loads(out["cleaner_audit"][1])
    assert (entry["kind"], entry["rule"], entry["line"]) == ("removal", "comment-prompt", 3)


def test_the_cache_follows_the_options_and_the_rule_files(tmp_path):
    """datasets caches a map's result on disk under a hash of the function: the same options
    must hash alike (the cache is used), and an edited rule must not (the cache is not stale)."""
    rules = tmp_path / "rules"
    rules.mkdir()
    rule = ("rules:\n  - id: house-ad\n    description: our own house advert\n    family: promo\n"
            "    match: {{phrase: {phrase}}}\n    action: drop_line\n")
    (rules / "mine.yaml").write_text(rule.format(phrase="Buy our mugs"), encoding="utf-8")
    first = Hasher.hash(cleaning_function(rule_dirs=[str(rules)]))
    assert Hasher.hash(cleaning_function(rule_dirs=[str(rules)])) == first
    assert Hasher.hash(cleaning_function()) != first

    article = "The house was quiet all winter, the neighbours said.\n"
    Dataset.from_dict({"text": [article + "Buy our mugs\n" + "Buy our cups\n"]}).save_to_disk(tmp_path / "ds")
    ds = load_from_disk(tmp_path / "ds")  # on disk, so map results are cached beside it
    mugs = ds.map(cleaning_function(rule_dirs=[str(rules)]), batched=True)
    assert mugs["text"] == [article + "Buy our cups\n"] and mugs.cache_files
    assert ds.map(cleaning_function(rule_dirs=[str(rules)]), batched=True).cache_files == mugs.cache_files
    (rules / "mine.yaml").write_text(rule.format(phrase="Buy our cups"), encoding="utf-8")
    assert Hasher.hash(cleaning_function(rule_dirs=[str(rules)])) != first
    cups = ds.map(cleaning_function(rule_dirs=[str(rules)]), batched=True)
    assert cups["text"] == [article + "Buy our mugs\n"]


def test_bad_options_fail_before_map_starts():
    with pytest.raises(RuleError, match="no-such-rule"):
        cleaning_function(disable=["no-such-rule"])
    with pytest.raises(TypeError, match="unknown cleaner option 'url_field'"):
        cleaning_function(url_field="url")
    with pytest.raises(TypeError, match="drop_empty does not apply to Dataset.map: filter the rows after it"):
        cleaning_function(drop_empty=True)


def test_cleaner_imports_neither_datatrove_nor_datasets_until_an_integration_is():
    code = ("import sys, cleaner, cleaner.integrations, cleaner.integrations.datasets\n"
            "from cleaner.run.clean import run_clean\n"
            "cleaner.clean_text('Hello there, a sentence.')\n"
            "print(sorted(m for m in ('datatrove', 'datasets') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_without_datatrove_its_module_says_what_to_install():
    code = ("import sys\nsys.modules['datatrove'] = None  # as if it were not installed\n"
            "try:\n    import cleaner.integrations.datatrove\nexcept ImportError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "cleaner.integrations.datatrove needs the datatrove extra" in out
    assert "pip install 'webtext-cleaner[datatrove]'" in out
