"""The thirteenth round's new rules attacked with texts whose own words or shapes are theirs: an
exam paper's timings and a lesson plan (read-time stamps), a course list and a worksheet
(parenthesised-credit), a furniture listing (style-sheet-in-head), a poem's pauses
(head-symbol-line), postcards in a family archive (de-sent-from-app), a season's figures and a
channel's most watched films (en-counter-tool-row), a flood warning (en-text-alert-signup), a
meeting notice, a craft guide's list of things needed, a consultation, an archive's news and a
story quoting a forum's counter (the rules for chrome after the article), a discography, a
bibliography and a revision sheet (copyright-mark-line, en-forum-quote-label). Each is kept whole, the
chrome the rules were written for still goes, and cleaning twice gives what cleaning once gave."""

import pytest

from conftest import FERRY_STORY, assert_kept_whole, removed_by

TEXTS = {
    "exam paper": ("en", [
        "Geography paper 2",
        "Reading time: 10 minutes",
        "Writing time: 2 hours",
        "Answer all the questions in section A and two questions from section B.",
        "Write your answers in the booklet provided, and show your working for every calculation.",
    ]),
    "exam paper (el)": ("el", [
        "Εξετάσεις Γεωγραφίας",
        "Χρόνος ανάγνωσης: 10 λεπτά",
        "Χρόνος γραφής: 2 ώρες",
        "Απαντήστε σε όλες τις ερωτήσεις του πρώτου μέρους και σε δύο ερωτήσεις του δεύτερου μέρους.",
        "Γράψτε τις απαντήσεις σας στο τετράδιο που σας δόθηκε και δείξτε τους υπολογισμούς σας.",
    ]),
    "exam paper (zh)": ("zh", [
        "地理考试第二卷",
        "阅读时间：10分钟",
        "答题时间：2小时",
        "请回答第一部分的所有问题，并从第二部分中选择两道题作答。",
        "请把答案写在答题纸上，每一道计算题都要写出过程。",
    ]),
    "lesson plan": ("en", [
        "Lesson plan: the water cycle (Year 4)",
        "Starter",
        "10 minutes reading",
        "The class reads the short text on clouds in pairs and underlines every word they do not know.",
        "Main activity",
        "Each group draws the water cycle on a large sheet and labels the four stages with arrows.",
    ]),
    "course list": ("en", [
        "Courses in the geology department",
        "Introduction to rocks and minerals",
        "(Credits: 4)",
        "A first course in identifying the common rocks and minerals of the region, with weekly labs.",
        "Field methods",
        "(Credits: 3)",
        "Two weeks of mapping in the hills in June, followed by a written report on what you found.",
    ]),
    "worksheet": ("de", [
        "Was ist auf dem Bild zu sehen?",
        "Die Schüler beschreiben jedes Bild in einem Satz und schreiben die Antwort in Klammern darunter.",
        "(Bild: ein Hund)",
        "Der Hund liegt vor der Tür und schläft, während die Katze auf dem Dach sitzt und wartet.",
        "(Bild: eine Katze)",
        "Die Katze springt vom Dach, als der Hund aufwacht und zu bellen beginnt.",
    ]),
    "listing": ("en", [
        "Oak wardrobe, 1930s",
        "Height: 180 cm;",
        "Width: 90 cm;",
        "Color: dark oak;",
        "A solid oak wardrobe with two doors and a drawer, from a farmhouse near the coast, in good order.",
        "The key is missing, and one hinge has been replaced with a brass one that does not quite match.",
    ]),
    "poem": ("en", [
        "Low tide",
        "the boats lie on their sides",
        "like tired dogs",
        ". . .",
        "and the gulls",
        "walk where the water was",
        "...",
        "until the sea comes back for all of them",
    ]),
    "postcards": ("de", [
        "Postkarten aus dem Familienarchiv",
        "Die Karten lagen in einer Schuhschachtel auf dem Dachboden, nach Jahren sortiert und verschnürt.",
        "Gesendet von meinem Großvater aus Rom",
        "Die erste Karte zeigt das Kolosseum im Schnee, datiert auf den Januar 1929, mit einer alten Marke.",
        "Geschrieben von meiner Mutter an ihre Schwester",
        "Auf der Rückseite stehen nur drei Zeilen über das Wetter, den Garten und die Kinder.",
    ]),
    "season": ("en", [
        "Season review: the Harbour Hawks",
        "The Hawks finished third, two games out of first place, after a poor start in April and a strong summer.",
        "Their best hitter was Ann Mori, who led the league in doubles and missed only four games all year.",
        "Ann Mori's season",
        "183 hits",
        "41 doubles",
        "Mori says she will play one more season before she retires to coach the junior side in her home town.",
    ]),
    "films": ("en", [
        "The most watched films of the library's channel",
        "The library began posting short films of its talks in the spring, and some found a large audience.",
        "The talk on the history of the harbour was the most watched, far ahead of the others.",
        "Harbour history talk",
        "4,310 views",
        "Bookbinding for beginners",
        "2,950 views",
        "Local bird walks",
        "1,102 views",
    ]),
    "flood warning": ("en", [
        "Flood warning for the lower valley",
        "The river is expected to burst its banks near the old mill by Tuesday evening, the agency said.",
        "Residents of the lower valley have been told to move cars and valuables to higher ground before dark.",
        "Text FLOOD to 60070 for updates on the river level every hour.",
        "Sandbags are available from the fire station on Mill Road until midnight, and volunteers will help.",
        "The school on Bridge Street will open as a rest centre for anyone who has to leave home overnight.",
    ]),
    "meeting notice": ("en", [
        "Annual general meeting of the allotment society",
        "The meeting will be held in the church hall on the first Tuesday of March at seven in the evening.",
        "Members may put motions to the meeting in writing before the end of February, signed by two members.",
        "Please send comments and suggestions to",
        "the secretary, Ann Lee, 4 Mill Lane,",
        "who will read them out at the meeting.",
    ]),
    "craft guide": ("en", [
        "How to make jam jar lanterns",
        "Jam jar lanterns are easy to make and look lovely along a garden path on a summer evening.",
        "Wash the jars, wrap thin wire round the neck and twist a loop at the top for the handle.",
        "Put a tea light in each jar and light it with a long match, keeping small hands well away.",
        "What you need",
        "Jars: six, clean and dry",
        "Wire: two metres, thin",
        "Labels: brown paper, string",
        "Tea lights: six",
    ]),
    "consultation": ("en", [
        "Plans for a new footbridge over the river",
        "The council has published three designs for a footbridge between the market and the station car park.",
        "Each design has been costed, and the cheapest would take eighteen months to build.",
        "Have your say on this report",
        "The consultation runs until the end of June, and you can reply online, by post or at the library.",
        "Every reply will be read, and a summary will go to the planning committee in September.",
    ]),
    "archive news": ("en", [
        "The archive opens its doors",
        "The town archive will open on Saturdays from next month, for the first time in its history.",
        "Volunteers have catalogued the photographs, and the letters will follow over the winter.",
        "More content from Archive Volunteers",
        "The volunteers will post one photograph a week on the archive's board in the library foyer.",
    ]),
    "discography": ("en", [
        "The band's records, one by one",
        "The band made four records in six years, and each was released by a different small label in the north.",
        "Harbour Lights (LP)",
        "© 1969 Example Records",
        "The first record was made in two days in a church hall, with one microphone hung from the organ loft.",
        "Low Tide (LP)",
        "© 1971 Gull Records",
        "The second was slower and quieter, and it sold almost nothing until a radio host played it every night.",
    ]),
    "bibliography": ("en", [
        "Sources for the history of the mill",
        "Most of what we know about the mill comes from three books, all now out of print and hard to find.",
        "The Mills of the Valley",
        "© 1954 by the County History Society",
        "The first is a survey of every mill in the valley, with drawings of the wheels and the machinery inside.",
        "Flour and Water",
        "© 1962 Anna Price",
        "The second is a memoir by the miller's daughter, who lived in the mill house until it was sold in the war.",
        "The third is a short pamphlet on the mill's engines, printed by the museum, and it has no date at all.",
    ]),
    "revision sheet": ("en", [
        "Revision sheet: the play's first act",
        "For each quote, write down who says it, when, and what it tells us about the speaker.",
        "Quote:",
        '"Fair is foul, and foul is fair"',
        "The witches say this together at the very start, and it sets up the play's confusion of good and evil.",
        "Quote:",
        '"Stars, hide your fires"',
        "He says this aside after the king names his son as heir, and it shows his ambition turning dark.",
    ]),
    "quoted counter": ("en", [
        "How the help desk answered our forum",
        "We counted every message the help desk sent in the first week of the new forum.",
        "The forum's own counter at the top of the thread told the story in one line:",
        "Showing posts 1 to 9 of 9.",
        "Nine posts in a week, for a thread that had three hundred readers, was not good enough, he said.",
    ]),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_text_using_a_new_rule_s_shape_is_kept_whole_and_cleaned_twice_the_same(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, *TEXTS[name])


STORY = FERRY_STORY


def test_the_chrome_those_rules_were_written_for_still_goes(cleaner_obj):
    head = ["body {", "padding: 2px 4px;", "}", "»", "5 min read"]
    foot = ["0 recs |", "1,204 views | Print | Share",
            "Text QUAY to 55512 to sign up for headline alerts on the harbour.",
            "Please send comments and suggestions to", "More content from Harbourtown.com:"]
    result = cleaner_obj.clean("\n".join([STORY[0], *head, *STORY[1:], *foot]) + "\n", lang="en")
    assert result.text == "\n".join(STORY) + "\n"
    assert removed_by(result, "style-sheet-in-head") == head[:3]
    assert removed_by(result, "head-symbol-line") == ["»"]
    assert removed_by(result, "en-read-time") == ["5 min read"]
    assert removed_by(result, "en-counter-tool-row") == foot[:1]  # en-pipe-menu takes the second first
    assert removed_by(result, "en-text-alert-signup") == foot[2:3]


def test_a_page_s_copyright_notice_and_a_forum_s_quote_label_still_go(cleaner_obj):
    lines = [STORY[0], "© 2006 Example Press", *STORY[1:], "Quote:", "ann_b wrote:",
             "The terminal is lovely, but the car park floods at every spring tide, as it always did."]
    result = cleaner_obj.clean("\n".join(lines) + "\n", lang="en")
    assert removed_by(result, "copyright-mark-line") == ["© 2006 Example Press"]
    assert removed_by(result, "en-forum-quote-label") == ["Quote:"]


def test_a_credit_and_an_app_s_signature_still_go(cleaner_obj):
    post = [
        "Der neue Bahnhof ist fertig",
        "(Bild: Anna Muster)",
        "Der Bahnhof wurde nach drei Jahren Bauzeit am Montag eröffnet, mit einem Fest auf dem Vorplatz.",
        "Die Züge nach Basel fahren jetzt jede halbe Stunde, auch am Sonntag und an Feiertagen.",
        "Gesendet von meinem iPhone mit Tapatalk",
    ]
    result = cleaner_obj.clean("\n".join(post) + "\n", lang="de")
    assert removed_by(result, "parenthesised-credit") == ["(Bild: Anna Muster)"]
    assert removed_by(result, "de-sent-from-app") == ["Gesendet von meinem iPhone mit Tapatalk"]


def test_an_exam_paper_page_keeps_its_timings(cleaner_obj):
    lines = TEXTS["exam paper"][1]
    html = ('<!DOCTYPE html><html lang="en"><head><title>Geography paper 2</title></head><body><main><article>'
            f"<h1>{lines[0]}</h1>" + "".join(f"<p>{line}</p>" for line in lines[1:]) + "</article></main></body></html>")
    result = cleaner_obj.clean_html(html)
    assert "Reading time: 10 minutes" in result.text
    assert removed_by(result, "en-read-time") == []
    assert cleaner_obj.clean(result.text).text == result.text
