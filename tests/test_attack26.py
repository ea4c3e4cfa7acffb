"""The twenty-sixth round's attack: the false removals the twenty-fifth round left, and those found
with sentences written for it. A conversation's reply said twice at a text's start, a poem titled by
its first line (taken as its title printed twice), a song's first line quoted in a story named after it
(taken as its headline printed again), "von NAME" under a poem in a
text's head (taken as a byline), a portrait's last line on its own subject's post and a club's
channels in a story on the club (taken as the writer's note and the outlet's prompt), a post quoted in
a bare blockquote inside a consent placeholder's wrapper. Each stays, cleaning twice gives what
cleaning once gave, and the chrome the rules were written for still goes. Every text and page is
written for the test."""

import pytest

from cleaner import Cleaner
from conftest import removed_by, clean_lines_twice, assert_lines_kept_whole


# A reply said twice opens the text: a conversation, not a title printed twice.
REPLIES = [
    ("en", ["No.", "No.", "I told you twice already, I am not selling the boat to anyone this summer.",
            "He shrugged and went back to mending the net on the jetty, whistling to himself."]),
    ("en", ["Yeah.", "Yeah.", "That was all either of them said until the bus came round the corner.",
            "Then the old man laughed and pointed at the driver, who waved back at them both."]),
    ("en", ["Not yet!", "Not yet!", "The children shouted it every time the teacher reached for the bell.",
            "She let them play for another five minutes before she called them back inside."]),
    ("fr", ["— Non.", "— Non.", "Il répéta le mot sans lever les yeux de son journal, puis tourna la page.",
            "Sa sœur haussa les épaules et sortit chercher le pain avant la fermeture."]),
    ("de", ["Nein.", "Nein.", "Mehr sagte der Fährmann nicht, als wir ihn nach dem letzten Boot fragten.",
            "Wir warteten trotzdem am Steg, bis es dunkel wurde und die Lichter angingen."]),
]


@pytest.mark.parametrize("lang,lines", REPLIES, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(REPLIES)])
def test_a_reply_said_twice_at_a_texts_start_stays(lang, lines):
    assert_lines_kept_whole(lines, lang)


# A poem titled by its first line: the verse runs on in lower case under the second copy.
def test_a_poems_title_that_is_its_first_line_stays():
    assert_lines_kept_whole(["The lane runs down beside the mill", "The lane runs down beside the mill",
                 "and past the pond where herons stand,", "and every cart that climbs the hill",
                 "comes back with something in its hand."], "en")


# A song named by its refrain's first line, quoted in the story under a line introducing it, or going on
# in lower case: the story quotes the song, it does not print its headline again.
REFRAINS = [
    ("en", ["Down by the ferry steps tonight",
            "The band played its new song at the harbour festival on Saturday evening, to a crowd of hundreds.",
            "The chorus goes:", "Down by the ferry steps tonight", "we will dance until the tide comes in.",
            "The crowd sang along by the second verse, the singer said afterwards."]),
    ("de", ["Wir bauen eine Brücke für das ganze Dorf",
            "Die Kinder der Grundschule haben zum Fest ein eigenes Lied geschrieben und wochenlang geprobt.",
            "Der Refrain geht so:", "Wir bauen eine Brücke für das ganze Dorf", "von hier bis an den Fluss.",
            "Die Eltern sangen schon beim zweiten Mal mit, erzählt die Lehrerin."]),
    ("en", ["Bring the lanterns to the quay",
            "Every winter the island children walk to the harbour with paper lanterns, singing as they go.",
            "Bring the lanterns to the quay", "and let the boats come home,",
            "they sing, and the fishermen answer from the decks."]),
]


@pytest.mark.parametrize("lang,lines", REFRAINS, ids=["introduced", "introduced-de", "running-on"])
def test_a_songs_first_line_quoted_in_the_story_stays(lang, lines):
    assert_lines_kept_whole(lines, lang)


def test_a_headline_printed_again_as_a_pull_quote_still_goes():
    headline = "Council votes to rebuild the old harbour footbridge"
    lines = [headline, "The council voted on Tuesday to rebuild the old footbridge at the far end of the harbour.",
             headline, "Work will start in April and should take about eighteen months, a spokesman said.",
             "Residents had campaigned for years after the bridge was closed following a flood."]
    result = clean_lines_twice(lines, "en")
    assert removed_by(result, "repeated-headline") == [headline]


def test_a_title_printed_twice_still_loses_a_copy():
    lines = ["Harbour festival returns after two years", "Harbour festival returns after two years",
             "The harbour festival returns this weekend with boats, music and food stalls along the quay."]
    result = clean_lines_twice(lines, "en")
    assert removed_by(result, "repeated-title") == ["Harbour festival returns after two years"]


# "von NAME" under a poem the text quotes at its head names the poet.
POEMS = [
    ["Nebel liegt auf dem Deich,", "die Schafe stehen im Grau,", "der Leuchtturm zählt die Nacht.",
     "von Hedwig Albers",
     "Mit diesem Gedicht beginnt das neue Heft des Heimatvereins, das ab Montag in der Bücherei ausliegt.",
     "Die Verfasserin hat jahrzehntelang als Lehrerin auf der Insel gearbeitet und schreibt seit ihrer "
     "Pensionierung."],
    ["Zum Auftakt las die Schülerin ein Gedicht vor:", "Der Sommer packt die Koffer ein,",
     "die Schwalben ziehen fort,", "und auf dem Hof im Abendschein", "bleibt nur ein leeres Wort.",
     "Von Marlene Osterkamp",
     "Danach eröffnete der Bürgermeister die Ausstellung mit Bildern und Texten aus der Grundschule."],
]


@pytest.mark.parametrize("lines", POEMS, ids=["lower", "capital"])
def test_a_poets_name_under_a_poem_at_the_texts_head_stays(lines):
    assert_lines_kept_whole(lines, "de")


def test_a_byline_under_a_title_and_a_standfirst_still_goes():
    lines = ["Die Fähre nach Juist fährt wieder",
             "Nach drei Wochen Pause läuft der Betrieb nach dem Sommerfahrplan.",
             "von Frieda Ostendorp",
             "Die Reederei hatte den Betrieb wegen eines Schadens an der Schiffsschraube einstellen müssen.",
             "Urlauber und Inselbewohner waren in der Zeit auf Flugzeuge und ein Ersatzschiff angewiesen."]
    result = clean_lines_twice(lines, "de")
    assert removed_by(result, "de-byline-lower") == ["von Frieda Ostendorp"]


# A portrait ends on its subject's post; a writer's note at the foot names someone the story does not.
PORTRAIT = ["Mit neunzehn schrieb Jonas Harms seinen ersten Bericht, über das Sportfest seiner Schule in Aurich.",
            "Heute fährt er jeden Morgen über die Dörfer, und Harms sagt, er lerne bei jedem Termin etwas Neues.",
            "An den Wochenenden hilft Jonas Harms noch immer auf dem Hof seiner Eltern beim Melken.",
            "Jonas Harms ist Reporter bei der Kreiszeitung in Aurich und spielt in der Freizeit Posaune."]
STORY = ["Die Stadt sperrt die Brücke für zwei Monate",
         "Von Tilda Wernicke",
         "Die Brücke über den Fluss wird für zwei Monate gesperrt, teilte die Stadt am Montag mit.",
         "Die Arbeiten beginnen im März und dauern bis zum Frühsommer, wenn das Wetter mitspielt.",
         "Die Anwohner fahren über die Nachbarbrücke, und die Busse ändern ihre Strecken."]


def test_a_portraits_last_line_on_its_subjects_post_stays():
    assert_lines_kept_whole(PORTRAIT, "de")


# A club's or a shop's channels in a story on it; the outlet's prompt names a name the story does not.
CLUB = ["Der Kanuverein am Hafen wird in diesem Sommer fünfzig Jahre alt und feiert mit einem Fest am Steg.",
        "Im Kanuverein paddeln heute mehr als hundert Mitglieder, die jüngsten sind gerade acht Jahre alt.",
        "Zum Fest gibt es Probefahrten, Kaffee und Kuchen und am Abend Musik auf dem Wasser."]


@pytest.mark.parametrize("line", [
    "Der Kanuverein ist auch bei Social Media – ob Instagram oder Facebook.",
    "- Der Kanuverein ist auch in den sozialen Netzwerken: Instagram, TikTok und YouTube.",
])
def test_a_clubs_channels_in_a_story_on_the_club_stay(line):
    assert_lines_kept_whole([*CLUB[:2], line, CLUB[2]], "de")
    assert_lines_kept_whole([*CLUB, line], "de")


# HTML: a post quoted in a bare blockquote inside a consent placeholder's wrapper is loaded there.
PARAGRAPHS = ["The council voted on Tuesday to rebuild the old footbridge at the far end of the harbour.",
              "Work will start in April and should take about eighteen months, a spokesman for the council said.",
              "Residents had campaigned for years after the bridge was closed following a flood three winters ago.",
              "The new bridge will be wide enough for bicycles and will have lamps along its whole length."]
POST = ("<blockquote><p>Walked across the old footbridge one last time tonight, the tide was high and the "
        "gulls were loud.</p><p>Quay Walker, 2 March 2026</p></blockquote>")


def _page(inner: str) -> str:
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    body = "\n".join([*paragraphs[:2], inner, *paragraphs[2:]])
    return ("<!DOCTYPE html><html><head><title>Footbridge</title></head><body><main><article>"
            f"<h1>Council votes to rebuild the footbridge</h1><div class=\"story-body\">{body}</div>"
            "</article></main><footer><p>© 2026 Example News</p></footer></body></html>")


@pytest.mark.parametrize("inner", [
    f'<div class="privacy-placeholder">{POST}</div>',
    f'<div class="privacy-placeholder"><div class="frame">{POST}</div></div>',
], ids=["in-the-wrapper", "in-a-frame-of-the-wrapper"])
def test_a_post_in_a_bare_blockquote_inside_a_consent_placeholder_stays(inner):
    cleaner = Cleaner()
    result = cleaner.clean_html(_page(inner))
    kept = result.text.splitlines()
    assert "Quay Walker, 2 March 2026" in kept
    assert [r.rule_id for r in result.removals if r.rule_id.startswith("page-")] == []
    assert cleaner.clean(result.text, lang="en").text == result.text


def test_a_placeholders_notice_beside_a_blockquote_still_goes():
    notice = ('<div class="privacy-placeholder"><p>This content is blocked.</p><p>To see it, accept the cookies '
              'of the social network in your privacy settings.</p></div>')
    result = Cleaner().clean_html(_page(notice + POST))
    assert removed_by(result, "page-consent-box") == [
        "This content is blocked.", "To see it, accept the cookies of the social network in your privacy settings."]
    assert "Quay Walker, 2 March 2026" in result.text.splitlines()


# A paper's sections listed under a sentence introducing them; "评论" is its opinion section, no counter.
ZH_SECTIONS = ["报社下个月将推出改版后的新报纸，版面和字体都会调整。", "新版报纸共有五个版块：", "新闻", "体育", "财经", "文化", "评论",
               "主编说，每个版块现在都以一张整版照片开头，读者可以更快找到想看的内容。"]


def test_a_papers_sections_listed_under_a_colon_stay():
    assert_lines_kept_whole(ZH_SECTIONS, "zh")


def test_a_menu_with_a_comment_counter_still_goes():
    story = ["大桥封闭两个月", "市政府星期一上午宣布，河上的大桥将封闭两个月进行维修。", "工程将于三月开始，如果天气允许，预计在初夏结束。"]
    result = clean_lines_twice([*story, "- 体育", "评论(12)"], "zh")
    assert result.text.splitlines() == story


# A share of votes or of costs round the story's own table or lines: a quantity, not share buttons.
@pytest.mark.parametrize("inner,kept", [
    ('<table class="vote-share"><tr><td>Harbour Party</td><td>45%</td></tr><tr><td>Town First</td><td>38%</td>'
     '</tr><tr><td>Greens</td><td>17%</td></tr></table>', "| Town First | 38% |"),
    ('<div class="cost-share"><p>The town pays sixty per cent.</p><p>The region pays the other forty.</p></div>',
     "The region pays the other forty."),
], ids=["vote-share", "cost-share"])
def test_a_share_of_votes_or_costs_in_the_story_stays(inner, kept):
    result = Cleaner().clean_html(_page(inner))
    assert kept in result.text.splitlines()
    assert [r.rule_id for r in result.removals if r.rule_id.startswith("page-")] == []


def test_share_buttons_between_the_paragraphs_still_go():
    buttons = '<div class="share-buttons"><p>Share on Facebook</p><p>Share by email</p></div>'
    result = Cleaner().clean_html(_page(buttons))
    assert "Share by email" not in result.text.splitlines()


# The review of the mends above: each guard kept only what it was written for. A headline quoting
# someone, a short question and a page title over a lower-case stamp are no reply or verse; a copy
# under a related box's label is no song the story quotes; a common noun the prompt opens with, or a
# namesake's first name, is not the person the text is about; a letter quoted whole in a bare
# blockquote is not the article's element, so the story's own list after it stays.
STORY_LINE = ("The council voted on Tuesday to close the old harbour bridge to cars from next spring, "
              "after engineers found cracks in two of its piers.")


@pytest.mark.parametrize("title,under", [
    ("“We have no other choice”", STORY_LINE),
    ("Who pays now?", STORY_LINE),
    ("Harbour bridge to close to cars", "posted in news, politics"),
])
def test_a_title_printed_twice_over_a_quote_a_question_or_a_stamp_still_loses_a_copy(title, under):
    result = clean_lines_twice([title, title, under, STORY_LINE], "en")
    assert removed_by(result, "repeated-title") == [title]


@pytest.mark.parametrize("label", ["More on this story:", "Our coverage of the bridge so far:"])
def test_the_headlines_copy_under_a_related_label_still_goes(label):
    title = "Harbour bridge to close to cars from next spring"
    lines = [title, STORY_LINE, "Repairs are expected to take at least eighteen months and cost about four million pounds.",
             label, title, "Buses and bicycles will still be allowed to cross while the work goes on, the council said."]
    assert removed_by(clean_lines_twice(lines, "en"), "repeated-headline") == [title]


FIRE = ["Die Polizei erhielt am Montagmorgen eine Meldung über einen Brand in einer Lagerhalle am Stadtrand.",
        "Nach der Meldung rückten drei Löschzüge aus, die Feuerwehr war nach zehn Minuten vor Ort.",
        "Verletzt wurde niemand, der Schaden wird auf rund 200.000 Euro geschätzt."]
PROTEST = ["In Lima sind am Wochenende Zehntausende gegen die Regierung auf die Straße gegangen.",
           "Anna Quispe, eine Lehrerin aus dem Süden der Stadt, war mit ihren Schülern gekommen.",
           "Wir wollen nur, dass man uns zuhört, sagte Anna Quispe am Rand der Kundgebung.",
           "Die Polizei hielt sich zurück, Zusammenstöße gab es bis zum Abend keine."]


# The writer's note and the outlet's prompt under a story that does not name them still go.
@pytest.mark.parametrize("story,line,rule", [
    (STORY, "Tilda Wernicke ist Redakteurin für Verkehr und die Stadtteile im Norden.", "de-author-note"),
    (CLUB, "- Beispielblatt gibt es auch bei Social Media: Instagram, TikTok und Threads.", "de-channel-prompt"),
    (FIRE, "- Keine Meldung mehr verpassen? Hier geht es zur kostenlosen Beispiel-App für Smartphones.",
     "de-channel-prompt"),
    (PROTEST, "Anna Muster ist Korrespondentin für Südamerika und lebt in Lima.", "de-author-note"),
])
def test_a_word_of_the_line_in_the_story_is_not_its_subject(story, line, rule):
    result = clean_lines_twice(story + [line], "de")
    assert removed_by(result, rule) == [line]


LETTER = [
    "I have lived on the lane for forty years and never saw the river rise as fast as it did that night. "
    "We watched it from the bedroom window, and by midnight the gardens on the far side had gone under.",
    "By two in the morning the water stood at our step, and by four it was over the kitchen floor. "
    "My husband and I carried what we could up the stairs by torchlight, the photographs first.",
    "The council promised us a wall after the last flood, and told us again and again the money was found. "
    "Each spring we were told the work would begin, and each spring nobody came to begin it.",
    "Nothing was built, and the sandbags we were given came too late and split when we moved them. "
    "Our neighbours at the end of the lane are still living with their daughter in the next town.",
    "We ask for the wall we were promised, and for someone to come and see what the water did to our street. "
    "We will be at home every evening this month, and the kettle will be on for whoever comes.",
]
# Each item a link, two with words of the story's own after it, as trafilatura keeps a list.
READING = [("River rises to a record level", ""), ("Where to get sandbags", "(with a map of the depots)"),
           ("What the insurers will pay", ""), ("Schools closed on Friday", "and when they open again"),
           ("The flood wall that never came", "")]


def test_a_storys_own_list_after_a_letter_it_quotes_whole_stays():
    items = "".join(f'<li><a href="/floods/{n}">{link}</a>{" " + rest if rest else ""}</li>'
                    for n, (link, rest) in enumerate(READING))
    page = ('<html><head><title>Lane residents write to the council</title></head><body>'
            '<header class="site-header"><a href="/">Riverside Gazette</a></header><main><article class="post">'
            '<h1>Lane residents write to the council</h1><div class="entry-content">'
            "<p>Residents of the lane have sent the council a letter after last week's flood. We print it in full.</p>"
            "<blockquote>" + "".join(f"<p>{p}</p>" for p in LETTER) + "</blockquote>"
            "<p>The council said it would reply to the residents before the end of the month.</p>"
            "<p>The residents' letter names these reports, which we published over the week:</p>"
            f'<ul class="reading">{items}</ul></div></article></main></body></html>')
    result = Cleaner().clean_html(page, lang="en", url="https://gazette.example/floods/letter")
    assert all(f"{link} {rest}".strip() in result.text for link, rest in READING), \
        [(r.rule_id, r.text) for r in result.removals]
