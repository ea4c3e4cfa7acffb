"""The thirteenth round's review: a story's own alert number, told with who gave it, stays in its
body; a notice's sentence and a lease's third item stay whichever copyright rule reads them (the
older copyright-notice or en-copyright-after-article, which reaches above the last lines)."""

from conftest import removed_by

from cleaner import Cleaner

FLOOD = [
    "The river rose again overnight and the council opened two rest centres in the town hall.",
    "Residents were told to move cars away from the quay before the evening tide, the highest of the year.",
    "Text FLOOD to 80080 for alerts on the river level, the council told residents on Monday.",
    "The army has sent sandbags, and volunteers will fill them at the fire station from nine.",
    "Shops along the quay will stay closed until the water goes down, their owners said.",
]
SIDEBAR = ["River levels", "Road closures", "School closures", "Bin collections", "Contact us", "Events"]


def test_a_story_s_alert_number_told_by_the_council_stays():
    result = Cleaner().clean("\n".join(FLOOD) + "\n", lang="en")
    assert removed_by(result, "en-text-alert-signup") == []
    assert result.text == "\n".join(FLOOD) + "\n"


def test_an_alert_offer_under_the_story_still_goes():
    offer = "Text RIVER to 80080 for flood alerts on your phone."
    result = Cleaner().clean("\n".join([*FLOOD, offer]) + "\n", lang="en")
    assert removed_by(result, "en-text-alert-signup") == [offer]


def test_a_sentence_about_a_notice_above_a_long_foot_stays():
    sentence = "© 1971 was all the label said, and the court found it meant nothing."
    lines = [*FLOOD, sentence, *SIDEBAR, *SIDEBAR]
    result = Cleaner().clean("\n".join(lines) + "\n", lang="en")
    assert sentence in result.text.split("\n")
    notice = "© 2009 Harbour Town Radio"
    result = Cleaner().clean("\n".join([*FLOOD, notice, *SIDEBAR, *SIDEBAR]) + "\n", lang="en")
    assert notice not in result.text.split("\n")
