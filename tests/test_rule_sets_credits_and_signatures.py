"""A photo credit in brackets under its picture, a forum post's "sent from my phone" signature and
a style sheet printed as text above the story go; a sentence in brackets, a letter sent from a
farm and a story's own code under the prose that introduces it stay. Every text here is written
for the test."""

from cleaner import Cleaner

DE_POST = [
    "Gitarrenverstärker im Vergleich",
    "Der kleine Röhrenverstärker klingt bei geringer Lautstärke wärmer, als wir erwartet hatten.",
    "Im Proberaum reicht er für eine Band mit Schlagzeug, auf der Bühne braucht er ein Mikrofon.",
]
EN_POST = [
    "Which tent for a week in the hills?",
    "I have used the two-person tent for three summers now and it has never let the rain in.",
    "The poles are heavy, though, and I would pick the lighter one for a long walk with a full pack.",
]


def _clean(lines: list[str], lang: str):
    result = Cleaner().clean("\n".join(lines) + "\n", lang=lang)
    return result.text.splitlines(), {r.rule_id for r in result.removals}


def test_a_credit_in_brackets_under_a_picture_goes():
    lines = [DE_POST[0], DE_POST[1], "(Bild: Anna Muster)", DE_POST[2]]
    kept, rules = _clean(lines, "de")
    assert kept == DE_POST
    assert "parenthesised-credit" in rules
    story = [EN_POST[0], EN_POST[1], "(Credit: Jo Bloggs / Example Press)", EN_POST[2]]
    assert _clean(story, "en")[0] == EN_POST


def test_a_sentence_in_brackets_stays():
    lines = [EN_POST[0], EN_POST[1], "(Photo: the tent on the ridge, taken at dawn by my brother.)", EN_POST[2]]
    assert _clean(lines, "en")[0] == lines


def test_a_post_signature_from_a_phone_goes():
    lines = [*DE_POST, "Mit der kostenlosen Forum-App von meinem Handy aus geschrieben."]
    kept, rules = _clean(lines, "de")
    assert kept == DE_POST
    assert "de-sent-from-app" in rules
    kept, rules = _clean([*EN_POST, "Sent from my iPhone using Tapatalk"], "en")
    assert kept == EN_POST
    assert "en-sent-from-device" in rules


def test_something_else_sent_from_somewhere_stays():
    lines = [EN_POST[0], "Sent from my grandfather's farm in 1918, the letter reached her a year late.", *EN_POST[1:]]
    assert _clean(lines, "en")[0] == lines
    lines = [DE_POST[0], "Gesendet von meinem Bruder, der das Paket am Montag abgegeben hatte, kam es nie an.",
             *DE_POST[1:]]
    assert _clean(lines, "de")[0] == lines


def test_a_style_sheet_printed_above_the_story_goes():
    sheet = ["#NewsTop {", "padding: 2px 4px;", "font-size: 12px; /* IE */", "}", "#NewsTop img {",
             "vertical-align: middle;", "}"]
    kept, rules = _clean([*sheet, *EN_POST], "en")
    assert kept == EN_POST
    assert "style-sheet-in-head" in rules


def test_a_style_sheet_a_lesson_shows_under_its_prose_stays():
    lesson = [
        "Centring a picture in its box",
        "The simplest way to centre a picture is to give its box a fixed width and automatic side margins.",
        "div.photo {",
        "width: 400px;",
        "margin: 0 auto;",
        "}",
        "The picture then stays in the middle of the page however wide the window is made.",
    ]
    assert _clean(lesson, "en")[0] == lesson


ZH_STORY = [
    "市图书馆新馆今日开放",
    "市图书馆新馆昨天上午正式开放，首日接待读者三千多人，不少家长带着孩子前来借书。",
    "馆长表示，新馆周末将延长开放时间，并开设面向老年读者的电脑课程。",
]


def test_a_papers_reporter_opener_alone_on_its_line_goes():
    kept, rules = _clean([ZH_STORY[0], "本报讯（记者 王明）", *ZH_STORY[1:]], "zh")
    assert kept == ZH_STORY
    assert "zh-bureau-reporter-line" in rules
    kept, rules = _clean([*ZH_STORY, "来源：( 某某在线 )"], "zh")
    assert kept == ZH_STORY
    assert "zh-source-bracketed" in rules


def test_the_opener_before_the_first_sentence_stays():
    lines = [ZH_STORY[0], "本报讯（记者 王明）" + ZH_STORY[1], ZH_STORY[2]]
    assert _clean(lines, "zh")[0] == lines


def test_a_row_of_follow_and_newsletter_calls_goes():
    row = "Be a fan of Outdoors on Facebook | Subscribe to our free e-newsletter"
    kept, rules = _clean([*EN_POST, row], "en")
    assert kept == EN_POST
    assert "en-social-newsletter-row" in rules
    # A call that a sentence goes on from is the text's own.
    lines = [*EN_POST, "Be a fan of the club on Facebook, the coach told us, but never during a match."]
    assert _clean(lines, "en")[0] == lines
