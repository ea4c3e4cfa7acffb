"""A slideshow of other stories printed as a list, one line a slide opening on its place in the show
(cleaner/matching/slideshow.py): a run whose counters share the show's length and go up one by one
goes beside an article; a diary's days, a club's monthly dates, a cook's fractions and a run with
nothing else kept stay. Every text here is written for the test."""

from conftest import HARBOUR_STORY, clean_lines

CAPTIONS = [
    "Ferry fares rise again The ferry company raised its fares for the third time this year, blaming fuel.",
    "Lifeboat crew honoured The town's lifeboat crew received a national award for a rescue in March.",
    "Pier reopens The pier reopened on Saturday after two years of repairs, and the queue ran far.",
    "Market moves The Friday market moves to the quay for the summer, the council said on Tuesday.",
]
# A show of 32 slides printed whole, each a headline and its caption after the slide's counter.
SLIDES = [f"- {k}/32 {CAPTIONS[(k - 1) % len(CAPTIONS)]}" for k in range(1, 33)]


def _whole(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_counted_slideshow_beside_the_story_goes():
    result = clean_lines([*HARBOUR_STORY[:3], *SLIDES, *HARBOUR_STORY[3:]])
    assert result.text == _whole(HARBOUR_STORY)
    assert {r.rule_id for r in result.removals} == {"slideshow-counted-run"}


def test_a_long_slideshow_is_not_undone_by_the_over_cleaning_guard():
    slides = [f"- {k}/50 Harbour story number {k} The harbour board met again and argued about the fees for "
              f"the summer season, the berths and the new ferry terminal on the east quay." for k in range(1, 41)]
    result = clean_lines([*HARBOUR_STORY, *slides])
    assert result.text == _whole(HARBOUR_STORY)


def test_counters_that_skip_or_change_length_are_no_run():
    skipping = SLIDES[::2]
    lines = [*HARBOUR_STORY, *skipping]
    assert clean_lines(lines).text == _whole(lines)
    mixed = [line.replace("/32 ", "/33 ") if k % 2 else line for k, line in enumerate(SLIDES)]
    lines = [*HARBOUR_STORY, *mixed]
    assert clean_lines(lines).text == _whole(lines)


def test_a_few_posts_of_a_long_numbered_thread_quoted_in_the_story_stay():
    # A story quotes the first posts of a thread of 35, each opening on its place in the thread:
    # a show printed as a list prints half its slides at least.
    thread = ["1/35 The wind came up at nine and did not drop until six in the morning",
              "2/35 We had forty passengers and two cars on board, and the ramp would not close",
              "3/35 The engineer said we could not turn back, so we went on to the island",
              "4/35 Nobody was hurt, but the cars were a mess when we got in"]
    lines = [*HARBOUR_STORY[:2], *thread, *HARBOUR_STORY[2:]]
    assert clean_lines(lines).text == _whole(lines)


def test_a_diarys_days_and_a_clubs_months_stay():
    diary = ["- 1/12 Arrived on the island in the rain, and the ferry was an hour late again.",
             "- 2/12 Walked to the lighthouse and back along the cliffs, and saw the seals.",
             "- 3/12 Stayed in all day with a book while the wind took the roof off the shed."]
    lines = [*HARBOUR_STORY, *diary]
    assert clean_lines(lines).text == _whole(lines)


def test_a_cooks_fractions_stay():
    recipe = ["Scones for the harbour fair", "- 1/2 cup of butter", "- 1/4 cup of sugar", "- 2 cups of flour",
              "Rub the butter into the flour until it looks like breadcrumbs, then add the sugar and milk."]
    assert clean_lines(recipe).text == _whole(recipe)


def test_a_slideshow_with_nothing_else_kept_stays():
    assert clean_lines(SLIDES).text == _whole(SLIDES)
