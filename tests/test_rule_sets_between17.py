"""Chrome set between an article's lines (issue #19): an advertisement slot's "Story continues
below", a news site's box headings left without their links ("Related in Opinion", "Related
videos", "SEE ALSO" among them), a story's vote counter and recommend button, a pager's count alone; each in a document of its own, with the text round it,
and the text's own sentences and headings using the same words kept whole (rules/en.yaml)."""

from conftest import removed_by

STORY = [
    "Harbour council votes to rebuild the east pier",
    "The council voted on Tuesday to rebuild the east pier before the summer season begins.",
    "The old pier was closed in March after divers found cracks in three of its piles.",
    "Story continues below",
    "Work will start in April, and the ferry will use the west quay until it is finished.",
    "The harbour master said the fishing fleet would keep its berths on the inner wall.",
    "Related in Opinion",
    "Related Videos:",
    "Traders on the quay welcomed the vote but asked for the work to stop at weekends.",
    "The council will publish the builder's timetable at the end of the month.",
]


def _kept(result):
    return result.text.rstrip("\n").split("\n")


def test_an_ad_slot_s_label_and_empty_box_headings_go_from_the_middle_of_a_story(cleaner_obj):
    result = cleaner_obj.clean("\n".join(STORY))
    assert removed_by(result, "en-continues-below") == ["Story continues below"]
    assert removed_by(result, "en-related-elsewhere-heading") == ["Related in Opinion"]
    assert removed_by(result, "en-box-heading") == ["Related Videos:"]
    gone = {"Story continues below", "Related in Opinion", "Related Videos:"}
    assert [line for line in STORY if line not in _kept(result)] == [line for line in STORY if line in gone]


def test_sentences_with_the_same_words_stay(cleaner_obj):
    story = [
        "A walk along the old mill race",
        "The path leaves the village green and follows the mill race for two miles.",
        "The story continues below the old mill, where the river turns east.",
        "Related in some way to the flood, the closures of the path lasted a week.",
        "Related videos were posted by the ramblers' club on Monday.",
        "Page 1 of 3 was missing from the leaflet, so we printed the map again.",
        "The walk ends at the weir, where a bench looks back down the valley.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert list(result.removals) == []
    assert _kept(result) == story


def test_see_also_in_capitals_goes_among_box_headings_and_stays_in_a_manual(cleaner_obj):
    story = [
        "Storm closes the coast road for a second day",
        "The coast road stayed closed on Wednesday after a second night of high seas.",
        "Engineers will inspect the sea wall when the wind drops, the county said.",
        "Buses will take the inland road until the wall has been checked.",
        "KEY STORIES",
        "SEE ALSO",
        "RELATED INTERNET LINKS",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-see-also-box-heading") == ["SEE ALSO"]
    manual = [
        "TIDY(1)",
        "NAME",
        "tidy - sort the lines of a file in place",
        "DESCRIPTION",
        "tidy reads the file, sorts its lines and writes them back over the file.",
        "The old file is kept with a tilde at the end of its name.",
        "SEE ALSO",
        "sort(1), uniq(1)",
    ]
    result = cleaner_obj.clean("\n".join(manual))
    assert removed_by(result, "en-see-also-box-heading") == []
    assert "SEE ALSO" in _kept(result)


def test_a_vote_counter_over_its_button_goes_and_a_poll_s_tally_stays(cleaner_obj):
    story = [
        "New boats for the rowing club",
        "By Ann Example",
        "12 votes",
        "Recommend",
        "The rowing club bought two new boats this spring with the money from its summer fair.",
        "The boats will race for the first time at the regatta in June, the captain said.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-vote-count") == ["12 votes"]
    assert removed_by(result, "en-recommend-button") == ["Recommend"]
    tally = [
        "Results of the parish poll on the new bus stop",
        "The parish asked which street should have the new bus stop, and 41 people answered.",
        "Mill Lane",
        "12 votes",
        "Church Street",
        "9 votes",
        "The council will put the stop on Mill Lane next month.",
    ]
    result = cleaner_obj.clean("\n".join(tally))
    assert removed_by(result, "en-vote-count") == []
    assert "12 votes" in _kept(result)


def test_a_pager_s_count_alone_goes(cleaner_obj):
    page = [
        "Clearance sale: garden arbours",
        "Every arbour on these pages is sold at half price until the end of the month.",
        "Page 1 of 3",
        "The cedar arbour comes with a bench and a trellis for climbing roses.",
        "The iron arbour is painted green and stands two metres and a half high.",
    ]
    result = cleaner_obj.clean("\n".join(page))
    assert removed_by(result, "en-pager-row") == ["Page 1 of 3"]


def test_cleaning_these_documents_twice_equals_cleaning_them_once(cleaner_obj):
    documents = [
        STORY,
        [
            "Storm closes the coast road for a second day",
            "The coast road stayed closed on Wednesday after a second night of high seas.",
            "KEY STORIES",
            "By Ann Example",
            "SEE ALSO",
            "Engineers will inspect the sea wall when the wind drops, the county said.",
            "12 votes",
            "Recommend",
            "Buses will take the inland road until the wall has been checked.",
        ],
    ]
    for lines in documents:
        once = cleaner_obj.clean("\n".join(lines)).text
        assert cleaner_obj.clean(once).text == once
