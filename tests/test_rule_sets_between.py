"""Chrome set between an article's lines (issue #19): the rules of rules/en.yaml that take a
reader's review stamp (en-post-stamp-at), a link back to the page of contents in brackets
(en-back-to-link-enclosed) and a row of bracketed menu links (en-bracket-menu), each in a
document of its own, with the text round it kept whole."""

from conftest import removed_by

RECIPE_REVIEWS = [
    "Slow-roasted lamb shoulder with rosemary",
    "Rub the shoulder with salt, garlic and rosemary the night before, and leave it uncovered in the fridge.",
    "Roast it at a low heat for five hours, basting every hour, until the meat falls from the bone.",
    "Reviews",
    "User: Marta from Leeds User Rating:",
    "3/14/2006 at 08:41pm",
    "Perfect for a Sunday lunch",
    "I left it in for five and a half hours and the crackling was the best we have had in years.",
    "User: Tom from Dundee User Rating:",
    "3/12/2006 at 11:02am",
    "Too much salt for us",
    "Next time I will use half the salt; the rest of the method worked exactly as written.",
]


def test_a_review_s_stamp_goes_and_the_review_stays(cleaner_obj):
    result = cleaner_obj.clean("\n".join(RECIPE_REVIEWS))
    assert removed_by(result, "en-post-stamp-at") == ["3/14/2006 at 08:41pm", "3/12/2006 at 11:02am"]
    kept = result.text.split("\n")
    assert [line for line in RECIPE_REVIEWS if line not in kept] == ["3/14/2006 at 08:41pm", "3/12/2006 at 11:02am"]


def test_a_diary_line_opening_on_such_a_stamp_stays(cleaner_obj):
    diary = [
        "The night of the storm",
        "The wind rose after dark and the boats in the harbour pulled at their ropes all evening long.",
        "12/31/2004 at 11:50pm the lights went out across the whole valley, and we sat in the dark.",
        "By morning the road to the village was closed by two fallen trees and a broken wall.",
    ]
    result = cleaner_obj.clean("\n".join(diary))
    assert removed_by(result, "en-post-stamp-at") == []
    assert all(line in result.text for line in diary)


GUIDE = [
    "A short guide to the harbour walk",
    "Contents",
    "1. The lighthouse",
    "2. The fish market",
    "1. The lighthouse",
    "The walk begins at the lighthouse, built in 1821 and still lit every night by the harbour board.",
    "(Return to Contents)",
    "2. The fish market",
    "The market opens at five; by eight the best of the catch has gone to the town's restaurants.",
    "[ Back To The Walks Index ]",
    "[Previous] [Random] [Next Site]",
    "The harbour board asks walkers to keep to the marked path on the breakwater in winter.",
]


def test_enclosed_back_links_and_a_bracketed_menu_go_between_the_guide_s_sections(cleaner_obj):
    result = cleaner_obj.clean("\n".join(GUIDE))
    assert removed_by(result, "en-back-to-link-enclosed") == ["(Return to Contents)", "[ Back To The Walks Index ]"]
    assert removed_by(result, "en-bracket-menu") == ["[Previous] [Random] [Next Site]"]
    for line in GUIDE[5], GUIDE[8], GUIDE[11]:
        assert line in result.text


def test_a_transcript_s_bracketed_cues_and_a_bracketed_sentence_stay(cleaner_obj):
    transcript = [
        "Remarks at the opening of the new ferry pier",
        "MAYOR: Thank you all for coming out in the rain to see the first boat come in.",
        "[Laughter] [Applause]",
        "MAYOR: This pier took six years, two councils and a great deal of patience to build.",
        "(Return to the village was impossible for the fishermen until the old pier was mended.)",
        "[Home] was the word painted on the first boat to tie up at the new pier.",
        "MAYOR: The first crossing leaves at nine tomorrow morning, and the fare is free all week.",
    ]
    result = cleaner_obj.clean("\n".join(transcript))
    assert removed_by(result, "en-bracket-menu") == [] and removed_by(result, "en-back-to-link-enclosed") == []
    assert all(line in result.text for line in transcript)


THREAD = [
    "Ferry timetable for the winter",
    "| harbourcat Trainee Joined: Dec 15, 2004 Posts: 1 |  |",
    "Does anyone know whether the early boat still runs on Sundays after October?",
    "| pier_watcher First Officer Joined: Mar 18, 2004 Posts: 2389 Location: Leeds |  |",
    "It does, but only until the clocks change; after that the first crossing is at ten.",
]


def test_a_forum_post_s_author_box_in_one_cell_goes_and_the_posts_stay(cleaner_obj):
    result = cleaner_obj.clean("\n".join(THREAD))
    assert [" ".join(t.split()) for t in removed_by(result, "en-forum-profile-line")] == [
        "| harbourcat Trainee Joined: Dec 15, 2004 Posts: 1 | |",
        "| pier_watcher First Officer Joined: Mar 18, 2004 Posts: 2389 Location: Leeds | |"]
    assert THREAD[2] in result.text and THREAD[4] in result.text


def test_a_sentence_with_the_same_fields_stays(cleaner_obj):
    story = [
        "The harbour club at fifty",
        "She joined: the club, the choir and, in 2004, the harbour board, all in one busy year.",
        "Joined: Mar 2004, she wrote her first posts about the pier that spring and never stopped.",
        "Today the club has four hundred members and a waiting list for its moorings.",
    ]
    result = cleaner_obj.clean("\n".join(story))
    assert removed_by(result, "en-forum-profile-line") == []
    assert all(line in result.text for line in story)
