"""A later round's language scores derived from the earlier sample's equal those of the whole sample."""

from hypothesis import given, settings, strategies as st

from cleaner.language import detection
from cleaner.language.derived import Scored

LINES = [
    "The harbour ferry leaves every twenty minutes from the old stone pier.",
    "Share this story with your friends and family today",
    "Le marché couvert ouvre ses portes le samedi matin dès sept heures.",
    "Đường phố Hà Nội đông đúc vào buổi sáng sớm mỗi ngày.",
    "Read more at https://news.example.org/harbour?id=12 or write to desk@example.org now",
    "新しい図書館は駅の近くにあり、毎日午後九時まで開いています。",
    "Городской совет утвердил новый план развития набережной реки.",
    "ALL CAPS HEADLINE ABOUT THE NEW HARBOUR BRIDGE OPENING",
]


def _check(lines: list[str], removals: list[int]) -> None:
    scorer = detection.scorer()
    vectors = scorer.vectorised()
    scored = Scored()
    kept = list(lines)
    for drop in [None, *removals]:
        if drop is not None and kept:
            del kept[drop % len(kept)]
        text = detection.sample(kept)
        derived = scorer.scores(text, scored)
        assert derived == vectors.scores(scorer.prepared(text))
        assert derived == scorer.plain_scores(scorer.words_of(text))


def test_scores_derived_round_after_round_equal_the_whole_samples():
    lines = [line for _ in range(6) for line in LINES]
    _check(lines, [0, 3, 3, 7, 1, 20, 5])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LINES) | st.text(min_size=0, max_size=120).filter(lambda t: "\n" not in t),
                min_size=1, max_size=40),
       st.lists(st.integers(min_value=0, max_value=50), max_size=6))
def test_scores_derived_from_any_earlier_sample_equal_the_whole_samples(lines, removals):
    _check(lines, removals)


def test_the_difference_of_two_texts_is_their_scores_subtracted():
    vectors = detection.scorer().vectorised()
    for added, removed in [("", ""), ("word", ""), ("", "word"), ("Two words ", " NATO AND"), (LINES[0], LINES[2])]:
        assert vectors.difference(added, removed) == [a - b for a, b in zip(vectors.scores(added), vectors.scores(removed))]
