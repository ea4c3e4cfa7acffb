import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.matching.structure import Runs

BODY = "The committee met on Tuesday and agreed on a plan that will take three years to complete in full."


def clean(text, **kwargs):
    return Cleaner().clean(text, lang="en", **kwargs)


def test_block_pasted_twice_loses_its_copy():
    block = [f"{BODY} Paragraph {i}." for i in range(3)]
    text = "\n".join(["Title", *block, *block, "End."]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Title", *block, "End."]) + "\n"
    assert {r.rule_id for r in result.removals} == {"repeated-block"}


def test_a_block_that_comes_back_later_is_written_so_and_stays():
    # A meal plan, a timetable, code shown twice with an explanation between: the gold keeps both.
    plan = ["Monday: porridge with apples, then lentil soup and rice for the whole family at noon.",
            "Tuesday: eggs on toast, then a bean stew with bread and a green salad for dinner."]
    text = "\n".join(["Two weeks of meals", "Week one", *plan, "Week two", *plan, "Shop on Sundays."]) + "\n"
    assert clean(text).text == text


def test_a_block_printed_three_times_in_a_row_stays():
    verse = [f"{BODY} Verse line {i}." for i in range(2)]
    text = "\n".join(["Song", *verse, *verse, *verse, "Coda."]) + "\n"
    assert clean(text).text == text


def test_refrain_and_identical_bullets_stay():
    text = "Song\nLa la la\nVerse one here\nLa la la\n- item\n- item\n"
    assert clean(text).text == text


def test_short_two_line_refrain_stays():
    text = "Poem\nIt rains, it rains,\nthe earth is wet.\nIt rains, it rains,\nthe earth is wet.\n"
    assert clean(text).text == text


def test_a_table_printed_twice_in_a_row_stays():
    # An archive's calendar or a price list a page prints twice: table rows, not a pasted paragraph.
    rows = ["| January 2026 | | February 2026 | | March 2026 | | April 2026 |",
            "| by date by thread | | by date by thread | | by date by thread | | by date by thread |",
            "| May 2026 | | June 2026 | | July 2026 | | August 2026 |"]
    text = "\n".join(["The list in 2026", f"{BODY} Intro.", *rows, *rows, "Write to the list."]) + "\n"
    assert clean(text).text == text


@pytest.mark.parametrize("item", ["- ", "* ", "1. ", "a) "])
def test_a_list_printed_twice_in_a_row_stays(item):
    steps = [f"{item}{BODY} Step {i}." for i in range(2)]
    text = "\n".join(["The method", f"{BODY} Intro.", *steps, *steps, "Serve warm."]) + "\n"
    assert clean(text).text == text


def test_code_printed_twice_in_a_row_stays():
    code = ["for (int i = 0; i < count; i++) {", "total += values[i] * weights[i] / scale;",
            "if (total > limit) { total = limit; }", "printf(\"%d %d\\n\", i, total);",
            "fflush(stdout); /* the sums so far, one line a step */", "}"]
    text = "\n".join(["Two loops", f"{BODY} Intro.", *code, *code, "The second loop prints the same sums."]) + "\n"
    assert clean(text).text == text


def test_a_chorus_sung_twice_in_a_row_stays():
    chorus = ["Oh the river runs down to the sea,", "and the sea runs back to me,",
              "and the boats go out in the rain,", "and the boats come home again,",
              "oh the river, the river, the sea,", "bring my sailor home to me."]
    text = "\n".join(["The river song", "Verse about the mill and the miller.", *chorus, *chorus, "Last verse."]) + "\n"
    assert clean(text).text == text


def test_a_block_whose_third_copy_the_page_cut_short_stays():
    # Three sections written alike, the last one cut short: a pattern of the text, not a paste.
    block = [f"{BODY} Line {i}." for i in range(3)] + ["Second heading"]
    text = "\n".join(["Sections", *block, *block, *block[:3], "End."]) + "\n"
    assert clean(text).text == text


def test_a_paragraph_pasted_twice_between_other_lines_loses_its_copy():
    pasted = f"{BODY} It was pasted twice by the page, with nothing between the two copies."
    text = "\n".join(["Title", f"{BODY} First.", pasted, pasted, f"{BODY} Last."]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Title", f"{BODY} First.", pasted, f"{BODY} Last."]) + "\n"
    assert result.removal_counts() == {"repeated-block": 1}


def test_a_table_of_contents_item_is_no_breadcrumb_glued_to_a_heading():
    text = ("Five ways to keep bees\n\n- Choose the hive\n- Find the bees\n"
            "Choose the hive\n\nA hive needs sun in the morning and shade after noon.\n"
            "Find the bees\n\nA swarm in May is worth a load of hay.\n")
    assert clean(text).text == text


def test_a_text_printed_again_with_its_standfirst_is_no_pull_quote():
    # A teaser, then the whole post printed again under it: the copies of the first lines
    # stand beside the head's own neighbours, and the last line differs, so nothing goes.
    title = "Guilty pleasure songs on our playlists"
    first = f"{BODY} This week we asked the whole team which songs they play when nobody listens."
    second = f"{BODY} Most of us admitted to at least one song we would never play at a party."
    last = "This is only part one of the list, and more will come later this month."
    text = "\n".join([title, first, second, last, first, second, last[:-1] + "!"]) + "\n"
    assert clean(text, drop_title=title).text == "\n".join([first, second, last, first, second, last[:-1] + "!"]) + "\n"


def test_title_repeated_right_after_itself():
    assert clean("Big news today\nBig news today\n\nBody.\n").text == "Big news today\n\nBody.\n"


def test_title_repeated_at_the_end_stays():
    text = f"Big news today\n\n{BODY}\n\nBig news today\n"
    assert clean(text).text == text


def test_breadcrumb_glued_to_title():
    text = "Home NewsPeace talks resume in Miami\n\nPeace talks resume in Miami\n\nBody.\n"
    assert clean(text).text == "Peace talks resume in Miami\n\nBody.\n"


def test_a_label_or_a_sentence_before_a_title_is_no_breadcrumb():
    for head in ("Abstract: Peace talks resume in Miami", "notes on the talks: Peace talks resume in Miami"):
        text = f"{head}\n\nPeace talks resume in Miami\n\nBody.\n"
        assert clean(text).text == text, head
    text = "World News: Peace talks resume in Miami\n\nPeace talks resume in Miami\n\nBody.\n"
    assert clean(text).text == "Peace talks resume in Miami\n\nBody.\n"


def test_title_inside_a_longer_line_with_a_space_is_not_a_breadcrumb():
    text = "Peace talks resume in Miami\n\nWhy Peace talks resume in Miami\n\nBody.\n"
    assert clean(text).text == text


def test_link_list_under_a_related_heading_runs_to_the_end():
    text = f"Title\n\n{BODY}\n\nSee also: Other story\n\nA first headline\nA second headline\n"
    assert clean(text).text == f"Title\n\n{BODY}\n"


def test_prose_after_a_related_heading_stays():
    text = f"Title\n\n{BODY}\n\nSee also: Other story\n\nA subheading\n{BODY} Again.\n"
    assert clean(text).text == f"Title\n\n{BODY}\n\nA subheading\n{BODY} Again.\n"


@pytest.mark.parametrize("lang, heading, dialogue", [
    ("fr", "Lire aussi : Le ferry change d'horaires", "« Tu viens ? »\n— Non, pas ce soir !"),
    ("ru", "Читайте также: Паром меняет расписание", "«Ты идёшь?»\n— Нет, не сегодня!"),
    ("es", "Lee también: El ferry cambia de horario", "—¿Vienes?\n—No, esta noche no"),
    ("de", "Lesen Sie auch: Die Fähre fährt seltener", "»Kommst du?«\n– Nein, heute nicht!"),
    ("en", "See also: Ferry timetable changes", "“Are you coming?”\n— Not tonight!"),
], ids=["fr", "ru", "es", "de", "en"])
def test_dialogue_after_a_related_heading_is_no_list_of_headlines(lang, heading, dialogue):
    text = f"Title\n\n{BODY}\n\n{heading}\n{dialogue}\n"
    result = Cleaner().clean(text, lang=lang)
    assert result.text == f"Title\n\n{BODY}\n\n{dialogue}\n"
    assert [r.text for r in result.removals] == [heading]


def test_normalisation():
    text = "\ufeff\r\n\r\n  Title  \r\n\r\n\r\n\tBody   with\t\tspaces  \r\n\r\n"
    assert Cleaner().clean(text, lang="en").text == "Title\n\nBody with spaces\n"
    assert Cleaner().clean("", lang="en").text == ""
    assert Cleaner().clean("\n\n  \n", lang="en").text == ""


def test_headline_repeated_inside_the_body_goes():
    title = "Peace talks resume in Miami after a long pause"
    text = f"{title}\n\n{BODY}\n\n{title}\n\n{BODY} Again.\n\nEnd of the story.\n"
    result = clean(text)
    assert result.text == f"{title}\n\n{BODY}\n\n{BODY} Again.\n\nEnd of the story.\n"
    assert "repeated-headline" in result.removal_counts()


def test_headline_as_a_refrain_or_at_the_foot_stays():
    title = "I want to hold your hand tonight"
    refrain = f"{title}\nVerse one goes here\n{title}\nVerse two goes here\n{title}\nVerse three\n{title}\n"
    assert clean(refrain).text == refrain
    foot = f"{title}\n\n{BODY}\n\n{title}\n"
    assert clean(foot).text == foot


def test_overcleaning_guard_leaves_the_document_and_names_the_rule():
    text = "Share this\nLeave a Comment\nYou may also like\nRelated posts\n"
    result = Cleaner().clean(text, lang="en")
    assert result.text == text and result.removals == ()
    (notice,) = result.notices
    assert notice.step == "suspicious" and "100%" in notice.message and "[rules/" in notice.message
    assert Cleaner(max_removal=1.0).clean(text, lang="en").text == ""


def test_glued_titles_found_by_their_endings_are_those_of_every_pair():
    """glued_title compares a line only with the titles ending as it does: the same lines
    go as when every head line is compared with every other."""
    from hypothesis import given, settings, strategies as st

    from cleaner.document import Document
    from cleaner.matching.structure import _BREADCRUMB_JOINT, _HAS_WORD, _LABEL_OR_LOWER, glued_title
    from cleaner.rules.model import zone_size

    rule = next(r for r in Cleaner().rulebook.select("en", None)[1] if r.kind == "glued_title")
    pieces = st.sampled_from(["Home", "News", " ", "›", "Peace talks", " resume", " in Miami", "a", "ab", "é",
                              ".", "Talks", "Home News", "»"])

    def every_pair(texts):
        head = texts[: zone_size(rule.head or 10, len(texts))]
        gone = set()
        for a, text in enumerate(head):
            for t, title in enumerate(head):
                if t == a or not text.endswith(title) or len(title.split()) < rule.min_title_words:
                    continue
                prefix = text[: -len(title)]
                if (_HAS_WORD.search(prefix) and len(prefix.split()) <= rule.max_prefix_words
                        and not _LABEL_OR_LOWER.match(prefix) and _BREADCRUMB_JOINT.search(prefix)):
                    gone.add(a)
                    break
        return gone

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.lists(pieces, min_size=1, max_size=6).map("".join), min_size=1, max_size=14))
    def check(lines):
        texts = [" ".join(line.split()) or "x" for line in lines]
        doc = Document.from_text("\n".join(texts))
        content = doc.content()
        glued_title(doc, rule, content, texts)
        assert {i for i, line in enumerate(content) if line.removed_by} == every_pair(texts)

    check()


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=30), st.data())
def test_runs_compared_by_hash_are_runs_compared_line_by_line(texts, data):
    runs = Runs(texts)
    a = data.draw(st.integers(0, len(texts)))
    b = data.draw(st.integers(0, len(texts)))
    size = data.draw(st.integers(0, len(texts)))
    within = max(a, b) + size <= len(texts)
    assert runs.same(a, b, size) == (within and texts[a:a + size] == texts[b:b + size])


def test_a_whole_story_printed_twice_stays():
    # A page that prints each of its columns twice (a print copy under the story): the
    # headline and its paragraphs come back whole, on purpose, and every line stays.
    story = ["Why the harbour ferry should run all winter",
             *(f"{BODY} The ferry argument, part {i}." for i in range(3))]
    text = "\n".join([*story, *story, "Letters to the editor are welcome."]) + "\n"
    assert clean(text).text == text


def test_a_story_body_printed_twice_without_its_headline_stays():
    # The body alone comes back below itself (a page's print copy in the same cell): six
    # paragraphs are a story, not a pasted paragraph, and every line stays.
    body = [f"{BODY} The ferry argument, part {i}." for i in range(6)]
    text = "\n".join(["Why the harbour ferry should run all winter", *body, *body, "Letters are welcome."]) + "\n"
    assert clean(text).text == text
    pasted = ["Why the harbour ferry should run all winter", *body[:2], *body[:2], "Letters are welcome."]
    assert clean("\n".join(pasted) + "\n").removal_counts() == {"repeated-block": 2}


def test_a_teaser_printed_twice_loses_its_copy():
    # A headline and one paragraph: a duplicated teaser, not a story printed whole again.
    teaser = ["Why the harbour ferry should run all winter", f"{BODY} The ferry argument in short."]
    text = "\n".join(["Local news", f"{BODY} First.", *teaser, *teaser, f"{BODY} Last."]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Local news", f"{BODY} First.", *teaser, f"{BODY} Last."]) + "\n"
    assert result.removal_counts() == {"repeated-block": 2}


def test_paragraphs_pasted_twice_under_a_short_heading_lose_their_copy():
    # A one-word heading is a section's label, not a story's headline: the paste still goes.
    block = ["Events", *(f"{BODY} Event {i}." for i in range(3))]
    text = "\n".join(["Calendar", *block, *block, "End."]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Calendar", *block, "End."]) + "\n"
    assert result.removal_counts() == {"repeated-block": 4}


def test_a_footer_under_a_headline_pasted_twice_loses_its_copy():
    # Lines that end no sentence are a footer's or an ad's, not a story's paragraphs.
    footer = ["---- Posted through Example News, the private news servers ----",
              "Unlimited downloads from every group on twenty fast servers worldwide",
              "Thousands of groups and full retention for all of them since 2001",
              "Total privacy through encryption on every connection you ever make"]
    text = "\n".join(["Badgers in the garden", f"{BODY} First.", *footer, *footer]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Badgers in the garden", f"{BODY} First.", *footer]) + "\n"
    assert result.removal_counts() == {"repeated-block": 4}


def test_headlines_and_their_teasers_under_a_headlines_heading_go():
    # A box of the site's latest stories after the article: each headline a list item, its
    # teaser the list item under it; the box runs to the end of the page.
    box = ["Top News Headlines", "- Storm hits the coast",
           "- Thousands of homes lost power overnight as the wind rose to 120 km/h.",
           "- Ferry service resumes", "- The first boat left the harbour at six, an hour late."]
    text = "\n".join(["Bridge approved", f"{BODY} First.", f"{BODY} Last.", *box]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Bridge approved", f"{BODY} First.", f"{BODY} Last."]) + "\n"
    assert result.removal_counts() == {"en-headlines-heading": 1, "related-link-list": 4}


def test_list_items_after_a_related_heading_that_are_not_teasers_stay():
    # Sentences listed under the heading with no headline above them are the story's own
    # list: only the heading goes.
    items = ["- The first boat left the harbour at six, an hour late.",
             "- The second one waited for the post from the mainland."]
    text = "\n".join(["Bridge approved", f"{BODY} First.", "Top News Headlines", *items]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Bridge approved", f"{BODY} First.", *items]) + "\n"
    assert result.removal_counts() == {"en-headlines-heading": 1}


def test_a_listed_headline_with_a_quotation_in_it_is_no_teaser():
    # Two dated headlines, the second quoting a slogan of two sentences: it ends no sentence,
    # so it is no teaser of the first, and the list stops there.
    items = ["- 2019-01-14: The new dictionary centre opens",
             "- 2018-01-06: “Language is a weapon. Keep it sharp!” – a long night of language in Berlin",
             "Further reading"]
    text = "\n".join(["Bridge approved", f"{BODY} First.", "Top News Headlines", *items]) + "\n"
    result = clean(text)
    assert result.text == "\n".join(["Bridge approved", f"{BODY} First.", *items]) + "\n"


def test_headline_copies_are_judged_among_the_lines_that_stay_so_cleaning_again_changes_nothing():
    # A copy of the standfirst whose neighbour was another copy this rule took: judged beside
    # that copy, it stayed, and cleaning the output again (the copy gone) took it.
    first = "Buses will take the old ferry road while the works go on, the operator added today."
    second = "The bridge over the river will close for two months, the council said on Monday."
    text = "\n".join([first, second, first, "Marta | 5 years ago", second, first]) + "\n"
    once = clean(text).text
    assert clean(once).text == once


def test_a_paragraph_under_an_opening_label_printed_again_under_another_stays():
    # A clinic's visit note opens on a labelled summary and prints it again under a later
    # label: no standfirst stands under "Summary:", and both copies are the note's text.
    summary = ("Review six weeks after a sprained left ankle treated with a brace, now walking "
               "without pain and back at light training twice a week.")
    text = (f"Summary:\n{summary}\nPurpose of the visit:\n{summary}\nFindings:\n"
            "Swelling has gone and the joint moves freely in every direction.\nPlan:\n"
            "Return to full training in two weeks, then review only if pain comes back.\n")
    result = clean(text)
    assert result.text == text
    assert "repeated-headline" not in result.removal_counts()
    # Under a headline the same second line is a standfirst, and its copy goes.
    headed = text.replace("Summary:\n", "Ankle sprain healing well after six weeks of rest\n", 1)
    assert "repeated-headline" in clean(headed).removal_counts()


def test_a_quoted_stanza_opening_line_printed_again_stays():
    # A ballad's speaker opens two stanzas on the same line, inside a quotation that runs on.
    opening = '"A river to be crossed or not?'
    text = (f"{opening}\nThe banks are steep, the water cold, And I am neither young nor bold;\n"
            "I'll cross it, though, before the frost!\"\nSo said the miller to his son.\nII.\n"
            f"{opening}\nThen fetch the boat and fetch the oar, We'll find the ferry's ford once more.\n"
            "The night came down upon the mill, and still the miller spoke of the river.\n")
    result = clean(text)
    assert result.text == text
    # Closed on its line, the same words are a quoted headline, and the copy goes.
    closed = text.replace(opening, '"A river to be crossed or not?" asks the miller')
    assert "repeated-headline" in clean(closed).removal_counts()
