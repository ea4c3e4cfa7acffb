"""The twenty-eighth round's attack: false removals found in real prose not cleaned before (the train
files and other treebanks of Universal Dependencies, cut into short texts) and in forum threads. A
speaker's short sentence or a transcript's question said twice at a text's start (taken as a title
printed twice), a thread's first post quoted in a reply under a line naming its writer ("Anna
wrote:", taken as the headline printed again), and that line glued by the extraction to the quoted
post (taken as a breadcrumb glued to the title). Each stays, cleaning twice gives what cleaning once gave, and the chrome the rules were
written for still goes. Every text and page is written for the test."""

import pytest

from cleaner import Cleaner
from conftest import removed_by, clean_lines_twice, assert_lines_kept_whole


# A speech that says its short sentence twice, cut where the sentence opens the text.
SPEECHES = [
    ("en", ["We are not leaving this town.", "We are not leaving this town.",
            "Our parents built the mill, and our children will run it when we are gone.",
            "Nobody in this hall is going to sell it to the first buyer who turns up."]),
    ("de", ["Wir geben diesen Hafen nicht auf.", "Wir geben diesen Hafen nicht auf.",
            "Unsere Großeltern haben ihn gebaut, und unsere Enkel sollen hier noch fischen.",
            "Das sage ich heute jedem, der uns das Gegenteil erzählen will."]),
    ("fr", ["Nous ne fermerons pas cette école !", "Nous ne fermerons pas cette école !",
            "Elle a formé trois générations de ce village, et elle en formera d'autres.",
            "Je le dirai au ministre autant de fois qu'il le faudra."]),
    # A spoken transcript, in lower case: a question asked twice.
    ("fr", ["tu viens ce soir ?", "tu viens ce soir ?", "ben oui je viens mais un peu plus tard.",
            "parce que je finis le travail vers huit heures."]),
    # Film dialogue in Cantonese: an exclamation said twice.
    ("zh", ["快啲啦！", "快啲啦！", "我哋就嚟遲到喇，巴士已經開咗。", "唔緊要，我哋搭下一班車啦。"]),
]


@pytest.mark.parametrize("lang,lines", SPEECHES, ids=["en", "de", "fr", "fr-spoken", "zh-spoken"])
def test_a_short_sentence_said_twice_at_a_texts_start_stays(lang, lines):
    assert_lines_kept_whole(lines, lang)


@pytest.mark.parametrize("title", [
    "Harbour festival returns after two years",
    "The harbour festival returns to the old quay this weekend.",
])
def test_a_title_printed_twice_still_loses_a_copy(title):
    # A title with no stop, and one with a stop longer than a speaker's short sentence.
    lines = [title, title, "The festival returns this weekend with boats, music and food stalls along the quay."]
    assert removed_by(clean_lines_twice(lines, "en"), "repeated-title") == [title]


def test_a_chinese_title_printed_twice_still_loses_a_copy():
    title = "港口新橋今日正式通車"
    lines = [title, title, "市政府表示，新橋通車後，從港口到市中心只需要十分鐘，比以前快了一半。"]
    assert removed_by(clean_lines_twice(lines, "zh"), "repeated-title") == [title]


# A thread: the opening post, a reply quoting it under a line naming its writer, more replies.
THREADS = [
    ("en", "Mira wrote:",
     ["How do I keep a sourdough starter alive while I am away for three weeks with nobody to feed it?",
      "Put it in the fridge with a thick layer of flour on top, it will sleep for a month without trouble.",
      "Dry a spoonful of it on baking paper, crumble it into a jar, and wake it up with flour and water."],
     "That is what I did last summer, and it was bubbling again after two feedings."),
    ("de", "Zitat von Mira:",
     ["Wie halte ich meinen Sauerteig am Leben, wenn ich drei Wochen verreise und niemand ihn füttert?",
      "Stell ihn mit einer dicken Schicht Mehl in den Kühlschrank, dann schläft er einen Monat lang.",
      "Trockne einen Löffel davon auf Backpapier und weck ihn später mit Mehl und Wasser wieder auf."],
     "Genau so habe ich es letzten Sommer gemacht, nach zwei Fütterungen war er wieder aktiv."),
    ("fr", "Mira a écrit :",
     ["Comment garder mon levain en vie si je pars trois semaines et que personne ne peut le nourrir ?",
      "Mets-le au réfrigérateur sous une bonne couche de farine, il dormira un mois sans problème.",
      "Fais sécher une cuillerée sur du papier cuisson et réveille-la plus tard avec de la farine et de l'eau."],
     "C'est ce que j'ai fait l'été dernier, et il bullait de nouveau après deux rafraîchis."),
]


@pytest.mark.parametrize("lang,attribution,posts,answer", THREADS, ids=[lang for lang, *_ in THREADS])
def test_the_first_post_quoted_in_a_reply_under_its_writers_name_stays(lang, attribution, posts, answer):
    question, first, second = posts
    assert_lines_kept_whole([question, first, second, attribution, question, answer], lang)


def test_the_headlines_copy_with_no_line_naming_a_quoted_post_still_goes():
    # The same copy as a pull quote, or under a line that merely ends on a colon, is the page's own.
    headline = "Council votes to rebuild the old harbour footbridge"
    story = ["The council voted on Tuesday to rebuild the old footbridge at the far end of the harbour.",
             "Work will start in April and should take about eighteen months, a spokesman said."]
    for above in ("Read more about the footbridge:", "Quote of the day"):
        lines = [headline, story[0], above, headline, story[1]]
        assert removed_by(clean_lines_twice(lines, "en"), "repeated-headline") == [headline]


# The same thread as a forum page: the quote's heading in a div of its own, which the extraction glues
# to the quoted post ("Mira wrote:How do I…"), or in a cite, which it keeps as a line.
QUOTE_HEADS = [
    '<blockquote class="bbquote"><div class="bbquote-title">Mira wrote:</div><div class="bbquote-body">{q}</div></blockquote>',
    '<blockquote><cite>Mira wrote:</cite><p>{q}</p></blockquote>',
]


def _thread_page(quote: str) -> str:
    question, first, second = THREADS[0][2]
    posts = [("Mira", f"<p>{question}</p>"), ("Tomas", quote.format(q=question) + f"<p>{second}</p>"),
             ("Jo", f"<p>{THREADS[0][3]}</p>")]
    body = "".join(f'<article class="message"><div class="message-user"><h4>{user}</h4></div>'
                   f'<div class="message-body">{text}</div></article>' for user, text in posts)
    return (f'<html><head><title>Keeping a starter</title></head><body><nav><a href="/">Home</a> '
            f'<a href="/forum">Forum</a></nav><div class="thread"><h1>Keeping a sourdough starter over the holidays</h1>'
            f'{body}</div><footer>Terms of use</footer></body></html>')


@pytest.mark.parametrize("quote", QUOTE_HEADS, ids=["glued", "cite"])
def test_a_quoted_post_under_its_writers_name_on_a_forum_page_stays(quote):
    cleaner = Cleaner()
    result = cleaner.clean_html(_thread_page(quote), lang="en", url="https://forum.example.org/t/1")
    assert cleaner.clean(result.text, lang="en").text == result.text
    question = THREADS[0][2][0]
    assert sum(question in line for line in result.text.splitlines()) == 2
    assert [r.rule_id for r in result.removals if not r.rule_id.startswith("html")] == []


def test_a_section_glued_to_the_title_still_goes():
    # The glued line's prefix ends on a colon as "Mira wrote:" does, but names a section, not a writer.
    title = "Harbour festival returns after two years"
    lines = [f"World News:{title}", title,
             "The festival returns this weekend with boats, music and food stalls along the quay.",
             "Organisers expect thousands of visitors on Saturday, and extra trains will run all night."]
    assert removed_by(clean_lines_twice(lines, "en"), "title-glued-to-breadcrumb") == [f"World News:{title}"]


@pytest.mark.parametrize("line,names", [
    ("Mira wrote:", True), ("Quote from: Mira", True), ("Originally Posted by Mira", True),
    ("Mira escreveu:", True), ("Citação de Mira:", True), ("Η Μίρα έγραψε:", True), ("Mira napisał(a):", True),
    ("Мира написала:", True), ("Mira ha scritto:", True), ("Mira schreef:", True), ("Mira 写道：", True),
    ("Read more about the footbridge:", False), ("Quote of the day", False), ("Share:", False),
    ("He said: the bridge will reopen in May", False),
    # review28: other engines' lines (phpBB 3.2's arrow and date, SMF's date, Discuz, Russian phpBB)
    ("Mira wrote: ↑ Tue Dec 08, 2026 1:14 am", True), ("Quote from: Mira on December 08, 2026, 01:14:00 AM", True),
    ("Mira 发表于 2026-12-8 01:14", True), ("Мира писал(а):", True), ("Mira replied:", True),
    ("Mira wrote: the bridge will reopen in May", False), ("他发表于2026年的文章", False),
])
def test_a_line_naming_a_quoted_post_is_told_by_its_words(line, names):
    from cleaner.matching.structure import _attributes_quote
    assert _attributes_quote(line) is names


@pytest.mark.parametrize("title", ["eBay shuts its last shop?", "iPhone or Pixel, which one?"])
def test_a_headline_question_opening_on_a_brand_in_lower_case_still_loses_a_copy(title):
    # review28: the question a transcript keeps opens on a lower-case word; a brand's lower-case
    # letter does not make a headline a reply.
    result = clean_lines_twice([title, title, *SPEECHES[0][1][2:]], "en")
    assert removed_by(result, "repeated-title") == [title]
