"""Sentences that open with a copyright mark and a year and go on to say something of it are the
text's own, at the end of a document too, where copyright-notice (rules/common.yaml) reads its
last six lines; the notice itself still goes."""

from conftest import removed_by

STORY = [
    "The record turned up in a box of a dead collector's singles, with no title on its sleeve.",
    "Nobody at the shop knew the band, and the sleeve named no studio and no producer.",
    "The collector's son took it to a lawyer, who wrote to every label of the time.",
]


def test_a_closing_sentence_about_a_notice_stays(cleaner_obj):
    for ending in ["© 1971 was all the label said, and the court found it meant nothing.",
                   "Copyright 1998 appears on the back, in a hand nobody could read.",
                   "(c) 1984-85 is printed under the drawing, and nothing else."]:
        result = cleaner_obj.clean("\n".join(STORY + [ending]))
        assert removed_by(result, "copyright-notice") == [], ending
        assert result.text.rstrip("\n").split("\n")[-1] == ending


def test_the_notice_at_the_end_still_goes(cleaner_obj):
    for notice in ["© 1971 Example Records. All rights reserved.", "Copyright 1998-2004 Example Press",
                   "© 2025 Example Media Ltd"]:
        result = cleaner_obj.clean("\n".join(STORY + ["", notice]))
        assert removed_by(result, "copyright-notice") == [notice], notice
