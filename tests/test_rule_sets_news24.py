"""A news story's own chrome as sites nobody tuned on print it (issue #19): the "MORE:" and
"READ NEXT:" links to other stories inside the story, a reporter's pitch for readers' stories
with the desk's address, the note that a breaking story will be updated, a wire's link to its
standards, a sign-up box's heading and a newsletter named as a brief; each in a story of its
own, and the story's own lines using the same words kept whole (rules/en.yaml)."""

from conftest import assert_kept_whole, removed_by


STORY = [
    "Ferry service to the islands suspended after engine failure",
    "The morning ferry to the islands was cancelled on Tuesday after the second engine failure in a week, the operator said.",
    "Passengers were offered places on a smaller boat, and the operator said a replacement vessel would arrive by Friday.",
    "MORE: Harbour car park to close for three months while the quay is rebuilt",
    "The harbour master said the old ferry had been due for an overhaul since the spring.",
    "Get daily Harbour news",
    "Island shops said deliveries of bread and milk would come by the smaller boat until the ferry returns.",
    "This is a breaking news story, further details to follow.",
    "Have you got a story for us? Email us at desk@example.com. Or you can upload your pictures on our page.",
    "READ NEXT: Storm warning issued for the coast as winds reach sixty miles an hour",
    "Our Standards: The Example Wire Trust Principles.",
]


def test_a_story_s_links_pitch_note_and_standards_go_and_its_paragraphs_stay(cleaner_obj):
    result = cleaner_obj.clean("\n".join(STORY) + "\n", lang="en")
    assert removed_by(result, "en-read-more") == [
        "MORE: Harbour car park to close for three months while the quay is rebuilt",
        "READ NEXT: Storm warning issued for the coast as winds reach sixty miles an hour"]
    assert removed_by(result, "en-news-tip-prompt") == [
        "Have you got a story for us? Email us at desk@example.com. Or you can upload your pictures on our page."]
    assert removed_by(result, "en-developing-story-note") == ["This is a breaking news story, further details to follow."]
    assert removed_by(result, "en-standards-link") == ["Our Standards: The Example Wire Trust Principles."]
    assert removed_by(result, "en-subscription-call") == ["Get daily Harbour news"]
    kept = result.text.rstrip("\n").split("\n")
    assert kept == [STORY[0], STORY[1], STORY[2], STORY[4], STORY[6]]
    assert cleaner_obj.clean(result.text, lang="en").text == result.text


def test_the_same_words_in_a_story_s_own_lines_stay(cleaner_obj):
    assert_kept_whole(cleaner_obj, "en", [
        "The writing class that wants your story",
        "Have you got a story to share? Then the writing class on Tuesday evenings is for you.",
        "More: two sugars and a splash of milk, the note on the staff room kettle said.",
        "The tutor, who ran the local paper for twenty years, said: \"This is a developing story, so check every fact twice.\"",
        "Get in touch with our team at the front desk if your key card stops working, the library's notice says.",
        "Sign up for the brief course in first aid before the trip, the leaflet adds.",
        "Our standards: we read every story twice and name every source we can, the tutor told the class.",
    ])


def test_a_longer_headline_after_read_more_goes_and_a_number_after_more_stays(cleaner_obj):
    story = [
        "Council approves the new harbour wall",
        "The council approved the new harbour wall on Monday after a three-hour meeting that ran late into the night.",
        "Read more: When the new bridge will open to traffic after three years of delays and two failed inspections",
        "Building work is due to start in the spring and last two years, the council said.",
        "MORE: 12 extra seats",
    ]
    result = cleaner_obj.clean("\n".join(story) + "\n", lang="en")
    assert removed_by(result, "en-read-more") == [story[2]]
    assert "MORE: 12 extra seats" in result.text.split("\n")
