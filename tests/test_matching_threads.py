"""Comment threads after the article (matching/threads.py, rule comment-thread)."""

import pytest

from cleaner import Cleaner
from cleaner.rules.loader import parse_rule_file
from cleaner.rules.model import RuleError

ARTICLE = ("The council met on Tuesday and agreed on a plan that will take three years to complete.\n"
           "Work on the bridge starts in spring, and the road stays open to buses while it lasts.\n")


def clean(text, lang="en"):
    return Cleaner().clean(text, lang=lang)


def thread_lines(result):
    return [r.text for r in result.removals if r.rule_id == "comment-thread"]


def test_a_thread_whose_stamps_close_each_comment_goes():
    thread = ("Comments\n"
              "Finally a plan that takes the buses into account, well done.\n"
              "Posted by: Marta at March 3, 2012 9:14 PM\n"
              "Three years is optimistic for a bridge of that size.\n"
              "I would double it.\n"
              "Posted by: Dev K at March 3, 2012 10:02 PM\n"
              "Will the cycle lane stay open as well?\n"
              "Posted by: joe at March 4, 2012 8:40 AM\n")
    result = clean(f"Bridge plan agreed\n{ARTICLE}{thread}")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}"
    # Every line of the thread is named in the audit, by this rule or a line rule.
    assert len(result.removals) == 8
    assert "Three years is optimistic for a bridge of that size." in thread_lines(result)


def test_a_thread_whose_stamps_open_each_comment_goes_to_its_last_comment():
    thread = ("3 thoughts on “Bridge plan agreed”\n"
              "Marta\n"
              "March 3, 2012 at 9:14 pm\n"
              "Finally a plan that takes the buses into account.\n"
              "Dev K\n"
              "March 3, 2012 at 10:02 pm\n"
              "Three years is optimistic for a bridge of that size.\n"
              "I would double it.\n"
              "joe\n"
              "March 4, 2012 at 8:40 am\n"
              "Will the cycle lane stay open as well?\n"
              "Leave a Reply\n")
    result = clean(f"Bridge plan agreed\n{ARTICLE}{thread}")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}"
    # Where the text ends right after it, the last comment's end is unknown: it stays.
    result = clean(f"Bridge plan agreed\n{ARTICLE}{thread.replace('Leave a Reply', '')}")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}Will the cycle lane stay open as well?\n"


def test_relative_stamps_and_other_languages():
    thread = ("12 Comments\n"
              "Marta | 5 years ago\n"
              "Finally a plan that takes the buses into account.\n"
              "Dev K | 5 years ago\n"
              "Three years is optimistic for a bridge of that size.\n"
              "joe | 6 years ago\n"
              "Will the cycle lane stay open as well?\n"
              "Post a comment\n")
    assert clean(f"Bridge plan agreed\n{ARTICLE}{thread}").text == f"Bridge plan agreed\n{ARTICLE}"
    polish = ("Rada miasta przyjęła wczoraj plan budowy mostu, który potrwa trzy lata i kosztuje wiele.\n"
              "Prace ruszą wiosną, a autobusy pojadą objazdem przez cały czas trwania budowy mostu.\n")
    opinions = ("Opinie (3)\n"
                "~marta\n[2012-01-04 09:29]\nNareszcie ktoś pomyślał o autobusach w tym mieście.\n"
                "~dev\n[2012-01-04 08:54]\nTrzy lata to bardzo optymistyczny termin dla takiego mostu.\n"
                "~joe\n[2012-01-04 08:40]\nCzy ścieżka rowerowa też będzie otwarta w tym czasie?\n"
                "Dodaj komentarz\n")
    result = clean(f"Most na rzece\n{polish}{opinions}", lang="pl")
    assert result.text == f"Most na rzece\n{polish}"


def test_a_thread_longer_than_the_article_goes_and_the_article_stays():
    # The over-cleaning guard weighs the article, not a thread proven by its units.
    units = "".join(f"Reader {n} | {n} days ago\nI have lived by this bridge for {n} years and never seen it so busy.\n"
                    for n in range(2, 30))
    result = clean(f"Bridge plan agreed\n{ARTICLE}Comments (28)\n{units}Post a comment\n")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}"
    assert not result.notices


def test_a_post_header_read_by_its_words_is_weighed_by_the_guard(tmp_path):
    # Only comment_thread's units prove a thread; a rule that reads one post's header by its
    # words (family post) is weighed like any other, so a rule misreading a story is undone.
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "posts.yaml").write_text(
        "rules:\n  - id: my-post-header\n    description: d\n    family: post\n"
        "    match: {regex: '^Re: '}\n")
    story = "".join(f"Re: the bridge, part {n}, and what the council said of it that week\n" for n in range(8))
    result = Cleaner(rule_dirs=[str(tmp_path / "r")]).clean(f"Letters\n{story}", lang="en")
    assert result.text == f"Letters\n{story}"
    assert [n.step for n in result.notices] == ["suspicious"]


@pytest.mark.parametrize("text", [
    # A heading alone: a story's chapter called "Comments", then the story.
    f"Bridge plan agreed\n{ARTICLE}Comments\nThe mayor had none to give, and she said so twice.\n"
    "By noon the crowd had gone home, and the river was quiet again under the old bridge.\n",
    # "No comment," in dialogue, and an interview's turns.
    f"Bridge plan agreed\n{ARTICLE}“No comment,” the engineer said, and closed the door.\n"
    "Q: When will the work start?\nA: In spring, if the weather holds.\nQ: And the buses?\nA: They keep running.\n",
    # A chapter called "Replies": letters under their dates, no time and no name beside them.
    f"Letters from the valley\n{ARTICLE}Replies\nMarch 3, 1901\nDear Anna, the river rose again last night and took the mill.\n"
    "March 9, 1901\nDear Anna, we have begun to rebuild, and the children help.\n"
    "March 20, 1901\nDear Anna, the mill turns again, slower than before.\n",
    # A forum the page is: the first post is itself a unit, and nothing of an article comes before.
    "Bridge closures\nPosted by: Marta at March 3, 2012 9:14 PM\nDoes anyone know when the bridge closes?\n"
    "Replies\nPosted by: Dev K at March 3, 2012 10:02 PM\nIn spring, I heard.\n"
    "Posted by: joe at March 4, 2012 8:40 AM\nThe council said April.\n"
    "Posted by: Marta at March 4, 2012 9:00 AM\nThanks, both of you.\n",
    # A FAQ: questions and answers, no stamps.
    f"Bridge plan FAQ\n{ARTICLE}Responses to common questions\nWill the buses run?\nYes, on the old road.\n"
    "Will the cycle lane stay open?\nYes, except for two weekends in May.\nWho pays?\nThe city and the region.\n",
    # A timetable under a discussion heading: times one under the other, no comment between them.
    f"Open day\n{ARTICLE}Discussion\n10:30 Welcome by the mayor\n11:00 The bridge's design\n11:45 Questions from the floor\n",
])
def test_what_is_no_thread_stays(text):
    result = clean(text)
    assert not thread_lines(result)


def test_cleaning_twice_changes_nothing_more():
    thread = ("Comments\n"
              "Marta | 5 years ago\nFinally a plan that takes the buses into account.\n"
              "Dev K | 5 years ago\nThree years is optimistic for a bridge of that size.\n"
              "joe | 6 years ago\nWill the cycle lane stay open as well?\n")
    once = clean(f"Bridge plan agreed\n{ARTICLE}{thread}").text
    assert clean(once).text == once


@pytest.mark.parametrize("key, pattern", [("stamps", "(unclosed"), ("named_notices", "comments (are")])
def test_a_bad_regex_names_the_file_line_rule_and_key(key, pattern):
    text = ("structure:\n  - id: my-thread\n    kind: comment_thread\n    description: threads\n"
            f"    labels: [comments, replies]\n    {key}: ['{pattern}']\n")
    with pytest.raises(RuleError) as caught:
        parse_rule_file(text, "mine.yaml", "mine")
    message = str(caught.value)
    assert "mine.yaml:6" in message and "my-thread" in message and key in message


@pytest.mark.parametrize("text, heading", [
    ("Comments (26)", True), ("12 Comments", True), ("| READER COMMENTS: |", True),
    ("3 thoughts on “Bridge plan agreed”", True), ("3 thoughts on Bridge plan agreed", True),
    ("142 Antworten zu „Brückenplan“", True), ("Komentarze (25)", True), ("Комментарии", True),
    # A sentence that opens with a label's words is no heading; nor is a long line.
    ("Comments on the proposal are due by Friday", False),
    ("Comments from readers poured in all week, most of them about the buses and the lane.", False),
])
def test_thread_headings(text, heading):
    from cleaner.matching.threads import is_thread_heading
    (rule,) = [r for s in Cleaner().rulebook.sets for r in s.structure if r.id == "comment-thread"]
    assert is_thread_heading(text, rule) is heading


def test_a_german_thread_with_relative_stamps_goes():
    article = ("Der Stadtrat hat am Dienstag einen Plan beschlossen, der drei Jahre dauern wird.\n"
               "Die Arbeiten an der Brücke beginnen im Frühjahr, die Busse fahren weiter.\n")
    thread = ("2 Kommentare zu „Brückenplan“\n"
              "Marta schreibt vor 2 Stunden\nEndlich denkt jemand an die Busse.\n"
              "Dev schreibt vor 3 Stunden\nDrei Jahre sind für so eine Brücke sehr knapp.\n"
              "Jo schreibt vor 5 Stunden\nBleibt der Radweg auch offen?\n"
              "Kommentar schreiben\n")
    result = clean(f"Brückenplan\n{article}{thread}", lang="de")
    assert result.text == f"Brückenplan\n{article}"


def test_comments_above_the_article_leave_the_article_whole():
    # A sidebar's comments printed before the story: its last comment's end is unknown,
    # so the lines after its stamp stay, and the story with them.
    thread = ("Comments\n"
              "Marta\nMarch 3, 2012 at 9:14 pm\nFinally a plan that takes the buses into account.\n"
              "Dev K\nMarch 3, 2012 at 10:02 pm\nThree years is optimistic for a bridge of that size.\n"
              "joe\nMarch 4, 2012 at 8:40 am\n")
    story = ("The river rose again on Sunday, and the old bridge was closed to lorries for a week.\n"
             "Engineers say the new one will stand higher, with room for a cycle lane on each side.\n")
    result = clean(f"Bridge plan agreed\n{ARTICLE}{thread}{story}")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}{story}"


def test_a_chinese_thread_goes_and_a_dated_chinese_sentence_is_no_stamp():
    article = "市议会周二通过了一项为期三年的大桥建设计划，工程将于明年春天开始，公交车照常运行。\n"
    thread = ("网友评论\n"
              "小明 2012-01-17 10:22\n终于有人想到公交车了，这个计划很好。\n"
              "阿华 2012-01-17 11:05\n三年时间对这样一座桥来说太乐观了。\n"
              "老王 2012-01-17 12:40\n自行车道也会保持开放吗？\n"
              "发表评论\n")
    result = clean(f"大桥计划\n{article}{thread}", lang="zh")
    assert result.text == f"大桥计划\n{article}"
    # Sentences that hold a date and a time are the story's, not commenters' lines.
    story = ("留言\n"
             "2012年1月17日10:22，市长在记者会上宣布大桥工程将提前开工，并回答了记者的提问。\n"
             "工程师表示，新桥将比旧桥高出两米，两侧各设一条自行车道。\n"
             "2012年1月18日09:30，第一批工人进入工地，开始清理河岸的旧码头和仓库。\n"
             "附近居民说，他们已经等这座桥等了二十年。\n"
             "2012年1月19日14:00，市政府公布了施工期间的公交改线方案和临时站点。\n")
    assert not thread_lines(clean(f"大桥计划\n{article}{story}", lang="zh"))


NAMED = ("Comments are now closed for this story\n"
         "Marta\n"
         "Finally a plan that takes the buses into account, well done to the council.\n"
         "Dev K\n"
         "Three years is optimistic for a bridge of that size.\n"
         "I would double it, and the cost with it.\n"
         "Frank @ Toronto\n"
         "Will the cycle lane stay open while they build it?\n"
         "Ruth Kincaid, Nepean\n"
         "The old bridge has stood for ninety years and could stand ten more.\n"
         "joe\n"
         "Good news for the east side, at long last.\n")


def test_comments_under_names_alone_go_under_a_comment_notice():
    result = clean(f"Bridge plan agreed\n{ARTICLE}{NAMED}Privacy policy\n")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}"
    assert "Three years is optimistic for a bridge of that size." in thread_lines(result)
    assert "Ruth Kincaid, Nepean" in thread_lines(result)
    assert clean(result.text).text == result.text


def test_comments_with_no_stop_under_lower_case_names_are_no_poem():
    # A comment ending on no stop, and the next commenter's name in lower case under it: the name
    # is the next unit, not a verse's line going on.
    lower = ("Comments are now closed for this story\n"
             "marta\nFinally a plan that takes the buses into account, well done to the council\n"
             "devk\nThree years is optimistic for a bridge of that size lol\n"
             "frank_t\nWill the cycle lane stay open while they build it?\n"
             "ruthk\nThe old bridge has stood for ninety years and could stand ten more imo\n"
             "joe\nGood news for the east side, at long last.\n")
    result = clean(f"Bridge plan agreed\n{ARTICLE}{lower}Privacy policy\n")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}"


def test_the_last_named_comment_stays_when_nothing_shows_where_it_ends():
    # With no chrome line after it, the last comment may run on into anything: it stays.
    result = clean(f"Bridge plan agreed\n{ARTICLE}{NAMED}")
    assert result.text == f"Bridge plan agreed\n{ARTICLE}Good news for the east side, at long last.\n"


@pytest.mark.parametrize("text", [
    # Names over lines with no comment notice above them: an interview, a play, a list of quotes.
    f"Bridge plan agreed\n{ARTICLE}What they said\n" + NAMED.split("\n", 1)[1],
    # Three units are not enough without stamps.
    f"Bridge plan agreed\n{ARTICLE}" + "\n".join(NAMED.splitlines()[:7]) + "\nPrivacy policy\n",
    # A diary's dates over its entries are no commenters' names.
    f"Bridge plan agreed\n{ARTICLE}Comments are now closed for this story\n"
    + "".join(f"July {d}. 2003\nThe rain went on all day and the river rose again.\n" for d in range(10, 16)),
    # The page prints names over lines above the notice too: a transcript, and what follows is more of it.
    "Council hearing\n" + ARTICLE + NAMED.split("\n", 1)[1] + NAMED + "Privacy policy\n",
    # A forum: each post under its writer's name, the reply link under every post.
    "Bridge closures\n" + ARTICLE + "".join(
        f"{name}\nI heard the bridge closes in spring, but nobody at the council would say when.\nPost Reply\n"
        for name in ("Marta", "Dev K", "joe", "Ann Lee", "Tom")) + "Privacy policy\n",
])
def test_names_over_lines_that_are_no_thread_stay(text):
    assert not thread_lines(clean(text))


def _turns(pairs):
    return "".join(f"{name}\n{speech}\n" for name, speech in pairs)


INTERVIEW = _turns([
    ("INTERVIEWER", "Why a bridge, and why now, after so many years of talk?"),
    ("MAYOR HALL", "The old one is ninety years old, and the engineers gave it ten more at most."),
    ("INTERVIEWER", "And the buses, will they keep running while it is built?"),
    ("MAYOR HALL", "They will run on the old road, with two more lines in the morning."),
    ("INTERVIEWER", "Who pays for all of it in the end?"),
    ("MAYOR HALL", "The city pays half, the region the rest, and the state a little."),
    ("INTERVIEWER", "Thank you for your time today, Mayor.")])
# Headings over one paragraph each: a guide's sections, not readers and their comments.
SECTIONS = _turns([
    ("Opening hours", "The museum opens at ten every day except Monday, and closes at six."),
    ("Tickets", "A ticket costs twelve euros, and children under twelve go in for free."),
    ("Getting there", "Take the number nine tram to the park and walk five minutes north."),
    ("Food and drink", "The café on the ground floor serves lunch from noon until three."),
    ("Accessibility", "Every floor has a lift, and wheelchairs can be borrowed at the desk.")])
LEDE = "We met the mayor in her office on Friday to talk about the new bridge and the buses.\n"


# A poem printed under the notice a page kept: its stanzas' titles read as names, its lines as
# comments, but its lines go on below them (in lower case, or after a comma) as no comment's do.
POEM = _turns([
    ("The Lock Keeper", "He opened the gates at dawn for the coal boats coming down\n"
                        "and shut them again at dusk when the last of them was gone."),
    ("The Heron", "She stands in the reeds by the aqueduct as still as a post,\n"
                  "And takes the fish the boatmen never saw beneath the hull."),
    ("The Towpath", "It runs beside the water all the way from here to town\n"
                    "and every horse that pulled a boat has left its hoofprints there."),
    ("The Bridge", "We sat beneath its arch and ate our bread and cheese in the sun\n"
                   "and listened to the water falling over the weir below.")])


def test_a_poem_under_a_closed_notice_stays():
    result = clean(f"A walk along the canal\n{ARTICLE}Comments are closed.\n{POEM}Share this\n")
    assert not thread_lines(result)
    assert POEM in result.text
    # The same titles over readers' lines that end as sentences are a thread.
    readers = POEM.replace(" coming down\n", " coming down.\n").replace("as a post,\n", "as a post.\n") \
        .replace("here to town\n", "here to town.\n").replace("in the sun\n", "in the sun.\n")
    assert "The Heron" in thread_lines(clean(f"A walk along the canal\n{ARTICLE}Comments are closed.\n{readers}Share this\n"))


@pytest.mark.parametrize("text", [
    # A prompt to comment says nothing of what follows it: an interview, a guide's sections.
    f"Bridge plan agreed\n{ARTICLE}Leave a comment\n{INTERVIEW}Privacy policy\n",
    f"Visiting the museum\n{ARTICLE}Add a comment\n{SECTIONS}Share this\n",
    f"Bridge plan agreed\n{ARTICLE}Be the first to comment\n{INTERVIEW}Print this article\n",
    # Share buttons after the standfirst are no comment notice either.
    f"Visiting the museum\n{ARTICLE}Tweet\nPin it\n{SECTIONS}Tweet\n",
    # Under a closed notice, speakers taking turns: an interview, a chat, a play.
    f"Bridge plan agreed\n{ARTICLE}Comments are closed.\n{INTERVIEW}Privacy policy\n",
    f"Support chat\n{ARTICLE}Comments are now closed for this story\n" + _turns([
        ("Ann", "Hello, my parcel has not come and the tracking has not moved since Monday."),
        ("Support Bot", "Sorry to hear that, could you give me the order number please?"),
        ("Ann", "It is the one from the twelfth of April, the blue kettle."),
        ("Support Bot", "Thank you, I can see it left the depot yesterday afternoon."),
        ("Ann", "That is good news, thanks for looking it up so quickly.")]) + "Share this\n",
    # A closed notice under the standfirst alone stands in the story's header.
    f"Visiting the museum\n{LEDE}Comments are closed.\n{SECTIONS}Share this\n",
    # A blog's page of posts, each closed: the next post's title and sections under the notice.
    f"Notes from the valley\n{ARTICLE}Comments are closed.\nThe museum in May\n"
    f"Posted on the third of May by Ann, in the town.\n{SECTIONS}Comments are closed.\nOlder posts\n",
])
def test_names_over_lines_under_a_prompt_or_taking_turns_stay(text):
    result = clean(text)
    assert not thread_lines(result)
    assert "The city pays half, the region the rest, and the state a little." in result.text \
        or "Every floor has a lift, and wheelchairs can be borrowed at the desk." in result.text \
        or "It is the one from the twelfth of April, the blue kettle." in result.text


GERMAN_ARTICLE = ("Der Stadtrat hat am Dienstag einen Plan beschlossen, der drei Jahre dauern wird.\n"
                  "Die Arbeiten an der Brücke beginnen im Frühjahr, die Busse fahren weiter.\n")


def test_other_languages_named_threads_under_a_closed_notice():
    thread = _turns([("Marta", "Endlich denkt jemand an die Busse in dieser Stadt."),
                     ("Dev K", "Drei Jahre sind für so eine Brücke sehr knapp bemessen."),
                     ("Frank aus Köln", "Bleibt der Radweg während der Bauzeit auch offen?"),
                     ("Ruth", "Die alte Brücke hätte noch zehn Jahre gehalten, sagen viele.")])
    result = clean(f"Brückenplan\n{GERMAN_ARTICLE}Die Kommentarfunktion ist geschlossen.\n{thread}Kommentare\n",
                   lang="de")
    assert result.text == f"Brückenplan\n{GERMAN_ARTICLE}"
    # A prompt over an interview's turns: the interview stays.
    interview = _turns([("FRAGE", "Warum eine Brücke, und warum gerade jetzt?"),
                        ("BÜRGERMEISTERIN", "Die alte ist neunzig Jahre alt und hält nicht mehr lange."),
                        ("FRAGE", "Und die Busse, fahren die während der Bauzeit weiter?"),
                        ("BÜRGERMEISTERIN", "Ja, auf der alten Straße, mit zwei Linien mehr am Morgen."),
                        ("FRAGE", "Wer bezahlt das alles am Ende?")])
    result = clean(f"Brückenplan\n{GERMAN_ARTICLE}Kommentar schreiben\n{interview}Kommentare\n", lang="de")
    assert not thread_lines(result)
    french = ("Le conseil a approuvé lundi le nouveau pont, après un débat de quatre heures sur son coût.\n"
              "Les travaux commenceront au printemps et dureront deux ans, a dit la maire.\n")
    sections = _turns([("Horaires", "Le musée ouvre à dix heures tous les jours sauf le lundi."),
                       ("Billets", "Un billet coûte douze euros, gratuit pour les enfants de moins de douze ans."),
                       ("Accès", "Prenez le tramway numéro neuf jusqu'au parc, puis marchez cinq minutes."),
                       ("Restauration", "Le café du rez-de-chaussée sert le déjeuner de midi à quinze heures.")])
    result = clean(f"Le musée\n{french}Laisser un commentaire\n{sections}Commentaires\n", lang="fr")
    assert not thread_lines(result)


def _page(body):
    return ("<!DOCTYPE html><html lang='en'><head><title>The mayor</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article><h1>The mayor</h1>"
            f"{body}</article></main><footer><a href='/privacy'>Privacy Policy</a></footer></body></html>")


def test_a_page_whose_interview_follows_a_closed_notice_keeps_it():
    intro = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
    turns = "".join(f"<p><strong>{a}</strong></p><p>{b}</p>"
                    for a, b in zip(INTERVIEW.splitlines()[::2], INTERVIEW.splitlines()[1::2]))
    result = Cleaner().clean_html(_page(f"{intro}<p>Comments are closed.</p>{turns}"), url="https://example.com/a")
    assert not thread_lines(result)
    assert "The city pays half, the region the rest, and the state a little." in result.text
    # Readers under their names, one by one, under the same notice: they go.
    readers = "".join(f"<p><strong>{a}</strong></p><p>{b}</p>" for a, b in (
        ("Marta", "Finally a plan that takes the buses into account, well done to the council."),
        ("Dev K", "Three years is optimistic for a bridge of that size."),
        ("Frank @ Toronto", "Will the cycle lane stay open while they build it?"),
        ("Ruth Kincaid, Nepean", "The old bridge has stood for ninety years and could stand ten more.")))
    result = Cleaner().clean_html(_page(f"{intro}<p>Comments are now closed for this story</p>{readers}"
                                        "<p>Share this</p>"), url="https://example.com/a")
    assert "Three years is optimistic for a bridge of that size." in thread_lines(result)
