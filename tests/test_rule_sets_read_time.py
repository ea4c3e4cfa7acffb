"""A read-time stamp ("5 min read", "Χρόνος ανάγνωσης: 3 λεπτά", "阅读时间：3分钟") over a story
goes in English, Greek and Chinese as in the other languages; a sentence or a heading using the
same words stays. Every text here is written for the test."""

import pytest

from cleaner import Cleaner

EN_STORY = [
    "Night buses return to the harbour line",
    "The council will run night buses along the harbour line from March, after two years without them.",
    "Drivers said the late route was the busiest of the week before it was cut in the spring of 2022.",
]
EL_STORY = [
    "Νέα γραμμή λεωφορείων στο λιμάνι",
    "Ο δήμος θα ξεκινήσει νυχτερινά δρομολόγια στη γραμμή του λιμανιού από τον Μάρτιο, μετά από δύο χρόνια.",
    "Οι οδηγοί είπαν ότι η βραδινή γραμμή ήταν η πιο πολυσύχναστη της εβδομάδας πριν κοπεί.",
]
ZH_STORY = [
    "港口夜班公交下月恢复",
    "市政府表示，港口线夜班公交将从三月起恢复运行，此前这条线路已经停运两年。",
    "司机们说，这条夜间线路在停运之前是一周中乘客最多的线路之一，很多工人下班后都乘坐它回家。",
]


def _kept(lines: list[str], lang: str) -> tuple[list[str], set[str]]:
    result = Cleaner().clean("\n".join(lines) + "\n", lang=lang)
    return result.text.splitlines(), {r.rule_id for r in result.removals}


@pytest.mark.parametrize("lang, story, stamp, rule", [
    ("en", EN_STORY, "4 min read", "en-read-time"),
    ("en", EN_STORY, "Estimated reading time: 7 minutes", "en-read-time"),
    ("el", EL_STORY, "Χρόνος ανάγνωσης: 3 λεπτά", "el-read-time"),
    ("zh", ZH_STORY, "阅读时间：3分钟", "zh-read-time"),
])
def test_a_read_time_stamp_under_the_headline_goes(lang, story, stamp, rule):
    kept, rules = _kept([story[0], stamp, *story[1:]], lang)
    assert kept == story
    assert rule in rules


@pytest.mark.parametrize("lang, lines", [
    # A heading that names a reading time and the story under it.
    ("en", ["Reading time: an hour a night", *EN_STORY[1:]]),
    # A sentence about minutes read aloud.
    ("en", [EN_STORY[0], "Ten minutes read aloud each night, the teachers found, helps a child more than an hour alone.",
            *EN_STORY[1:]]),
    ("el", [EL_STORY[0], "Ο χρόνος ανάγνωσης μειώθηκε στα 3 λεπτά, σύμφωνα με την έρευνα του πανεπιστημίου.",
            *EL_STORY[1:]]),
    ("zh", [ZH_STORY[0], "阅读时间越来越短，这是手机带来的变化。", *ZH_STORY[1:]]),
])
def test_the_same_words_in_a_story_stay(lang, lines):
    assert _kept(lines, lang)[0] == lines
