"""The benchmark corpora: the same records every time, and the vocabulary they claim."""

import json
from collections import Counter

from bench.corpus import zipf_records


def _words(lines):
    return [word.strip(".").lower() for line in lines for word in json.loads(line)["text"].split()]


def test_zipf_records_are_the_same_every_time():
    assert list(zipf_records(0.02, types=5_000)) == list(zipf_records(0.02, types=5_000))


def test_zipf_records_repeat_their_head_and_keep_meeting_new_words():
    lines = list(zipf_records(0.2, types=50_000))
    counts = Counter(_words(lines))
    ranked = [count for _, count in counts.most_common()]
    assert ranked[0] > 50 * ranked[len(ranked) // 2]  # a few words everywhere, most rare
    first, second = _words(lines[:len(lines) // 2]), _words(lines[len(lines) // 2:])
    new = set(second) - set(first)
    assert len(new) > len(set(second)) // 5  # the second half still brings new words
