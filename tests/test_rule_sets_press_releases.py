"""A press release's head (screen-reader labels, its number, its place and date) and a wire
story's credit, on pages written for the test: the chrome goes, the story stays whole, and
lines of the same shape inside a story stay."""

import pytest

from cleaner import Cleaner

CLEANER = Cleaner()

LEAD = {
    "en": ("The Commission approves aid for green electricity in a member state\n"
           "The European Commission today approved the support measures that come with the reform of the "
           "electricity market, which had been notified in the spring.\n"
           "Producers of green electricity will receive certificates that they can sell on a market of their own, "
           "apart from the market for ordinary power.\n"),
    "sv": ("Kommissionen godkänner statligt stöd i samband med elreformen\n"
           "Europeiska kommissionen godkände idag stödåtgärderna i samband med reformen av elmarknaden, "
           "som anmäldes under våren.\n"
           "Alla befintliga och nya producenter av grön el kommer att tilldelas gröna certifikat som de kan "
           "sälja på en särskild marknad.\n"),
    "hu": ("A Bizottság jóváhagyja a zöld villamos energia támogatását\n"
           "Az Európai Bizottság ma jóváhagyta a villamosenergia-piac reformjához kapcsolódó támogatási "
           "intézkedéseket, amelyeket tavasszal jelentettek be.\n"
           "A zöld villamos energia termelői tanúsítványokat kapnak, amelyeket egy külön piacon értékesíthetnek "
           "a hagyományos áram piacától függetlenül.\n"),
}


def kept_and_removed(text: str) -> tuple[str, list[tuple[str, str]]]:
    result = CLEANER.clean(text)
    return result.text, [(r.rule_id, r.text) for r in result.removals]


@pytest.mark.parametrize("lang, dateline", [
    ("en", "Brussels, 14 September 2000"),
    ("sv", "Bryssel den 20 september 2000"),
    ("hu", "Brüsszel, 2000. november 14."),
])
def test_a_press_release_loses_its_labels_number_and_dateline(lang, dateline):
    page = f"Navigation path\nLeft navigation\nAdditional tools\nIP/00/1027\n{dateline}\n{LEAD[lang]}"
    text, removed = kept_and_removed(page)
    assert ("release-place-dateline", dateline) in removed
    assert ("release-number", "IP/00/1027") in removed
    assert ("screen-reader-label", "Left navigation") in removed
    assert ("screen-reader-label", "Additional tools") in removed
    assert LEAD[lang] in text + "\n" or LEAD[lang].strip() in text


def test_lines_shaped_like_a_dateline_inside_a_story_stay():
    story = ("The treaty that nobody signed\n"
             "Paris, 1789\n"
             "The assembly met in the old hall, and the deputies argued for three days about the wording.\n"
             "Brussels, 14 September 2000 was the day the talks began.\n"
             "Monday, 3 February 2022\n"
             "The first session opened at nine with a speech by the chair, who asked for patience.\n")
    text, removed = kept_and_removed(story)
    assert removed == []
    assert text.strip() == story.strip()


def test_a_dateline_and_a_number_deep_in_a_page_stay():
    body = "".join(f"Paragraph {n} of the annex explains one more point of the rules in a full sentence.\n"
                   for n in range(12))
    page = body + "MEMO/04/12\nBrussels, 14 September 2000\n" + body
    text, removed = kept_and_removed(page)
    assert removed == []


def test_a_manuals_heading_navigation_path_over_its_prose_stays():
    manual = ("Using the site\n"
              "Navigation path\n"
              "The navigation path is the row of links at the top of each page: it shows where you are.\n"
              "Click any of its links to go back up to that level of the site.\n"
              "Main menu\n"
              "The main menu lists the sections of the site; it folds away on a small screen.\n")
    text, removed = kept_and_removed(manual)
    assert removed == []
    assert "Navigation path" in text.splitlines() and "Main menu" in text.splitlines()


WIRE = ("Central bank holds rates as inflation cools\n"
        "The central bank left its main interest rate unchanged on Thursday, saying inflation had eased "
        "for a third month running.\n"
        "Economists had expected the decision, though two of them had called for a cut before the summer.\n"
        "The bank will meet again in six weeks, when it will also publish new forecasts for growth.\n")


def test_a_wire_storys_credit_line_stays_and_its_bracketed_stamp_goes():
    credit = "Additional reporting by Mark Fox in Lima; Editing by Ann Lee"
    text, removed = kept_and_removed(WIRE + credit + "\n")
    assert removed == [] and text.splitlines()[-1] == credit
    stamp = "(Reporting by Jane Roe in Lima; Editing by Ann Lee)"
    text, removed = kept_and_removed(WIRE + stamp + "\n")
    assert removed == [("en-reporter-credit", stamp)]


@pytest.mark.parametrize("dateline, agenda_date", [
    ("Brussels, 15 September 2000", "Brussels, 18 September 2000"),
    ("Bruxelles, le 15 septembre 2000", "Bruxelles, le 18 septembre 2000"),
])
def test_a_conference_date_over_its_agenda_under_the_first_paragraphs_stays(dateline, agenda_date):
    # Once the labels, the number and the dateline above go, the agenda's date stands within
    # the first 8 lines: the head ends at the release's first paragraph.
    page = ("Navigation path\nLeft navigation\nAdditional tools\nIP/00/1012\n" + dateline + "\n"
            "Conference on projects in support of local communities\n"
            "The Commission will present the framework of its activities at a conference that brings "
            "together the people who run the projects in the regions.\n"
            "The proceedings of the conference will be published on the Commission's site after the meeting.\n"
            + agenda_date + "\nMeeting room 4, second floor\n"
            + "".join(f"Session {n} will hear the reports of the projects of one region and discuss what they "
                      "have taught the people who run them.\n" for n in range(1, 6)))
    text, removed = kept_and_removed(page)
    assert ("release-number", "IP/00/1012") in removed
    assert agenda_date in text.splitlines()
