"""Known false removals of the other languages' families (issue #19, precision first), each text
written for these tests: a Greek guide quoting the video credit it teaches, a Russian glossary's
heading over its definition, a Polish timeline and a day's programme whose entries are short
sentences, a Chinese reading list of titles alone. Beside each, the chrome the rule exists for
still goes."""

import pytest

from cleaner import Cleaner
from conftest import removed_by


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def clean(cleaner, lines: list[str], lang: str):
    return cleaner.clean("\n".join(lines) + "\n", lang=lang)


GUIDE = ["Πώς γράφουμε την πηγή ενός βίντεο στις εργασίες του σχολείου",
         "Όταν χρησιμοποιείτε ένα βίντεο από το διαδίκτυο, γράψτε κάτω από αυτό την πηγή του, όπως στο παράδειγμα:",
         "Βίντεο από το example.gr",
         "Αν το βίντεο προέρχεται από εκπομπή, γράψτε και το όνομα της εκπομπής πριν από τη διεύθυνση.",
         "Ο καθηγητής μπορεί να ζητήσει και την ημερομηνία που είδατε το βίντεο, για να το βρει αργότερα."]


def test_a_guide_quoting_a_video_credit_keeps_it(cleaner):
    assert removed_by(clean(cleaner, GUIDE, "el"), "el-video-source") == []


def test_a_site_s_video_credit_under_its_login_still_goes(cleaner):
    text = [GUIDE[0], GUIDE[3], "Είσοδος Μελών", "Βίντεο από το example.gr", GUIDE[4]]
    assert removed_by(clean(cleaner, text, "el"), "el-video-source") == ["Βίντεο από το example.gr"]


GLOSSARY = ["Словарь начинающего журналиста",
            "Мы собрали слова, которые чаще всего встречаются в редакции, и объяснили их простым языком.",
            "Лента новостей",
            "Это поток коротких сообщений, который обновляется в течение всего дня, новые сообщения стоят сверху.",
            "Вёрстка", "Это размещение текста, заголовков и фотографий на странице газеты или сайта."]


def test_a_glossary_s_heading_over_its_definition_stays(cleaner):
    assert removed_by(clean(cleaner, GLOSSARY, "ru"), "ru-related") == []


def test_a_box_s_heading_over_headlines_still_goes(cleaner):
    text = GLOSSARY[:2] + ["Лента новостей", "Мэрия закрыла мост на ремонт до весны", "В парке открыли каток"]
    assert removed_by(clean(cleaner, text, "ru"), "ru-related") == ["Лента новостей"]


TIMELINE = ["Kalendarium budowy kładki nad rzeką",
            "Budowa kładki trwała ponad dwa lata, a jej koszt wyniósł niemal dziesięć milionów złotych. "
            "Oto najważniejsze daty tej inwestycji.",
            "12.03.2009", "Wbito pierwszy pal.", "04.08.2009", "Zamknięto przęsło nad nurtem rzeki.",
            "21.11.2010", "Kładkę otwarto dla pieszych.",
            "Dziś z kładki korzysta codziennie kilka tysięcy osób, głównie uczniów i rowerzystów."]
PROGRAMME = ["Program wycieczki klasowej do zamku",
             "Wycieczka odbędzie się w piątek, a jej koszt wynosi osiemdziesiąt złotych na ucznia. Prosimy o punktualność.",
             "07:30", "Zbiórka przed szkołą.", "10:00", "Zwiedzanie zamku.", "13:00", "Obiad w gospodzie.",
             "Powrót planujemy około godziny osiemnastej, a rodziców prosimy o odbiór dzieci spod szkoły."]


@pytest.mark.parametrize("text", [TIMELINE, PROGRAMME], ids=["timeline", "programme"])
def test_dates_or_times_over_short_entries_stay(cleaner, text):
    assert removed_by(clean(cleaner, text, "pl"), "pl-date-stamp") == []


def test_two_short_entries_are_no_timeline_and_a_story_s_stamp_still_goes(cleaner):
    two = TIMELINE[:6] + TIMELINE[-1:]
    assert removed_by(clean(cleaner, two, "pl"), "pl-date-stamp") == ["12.03.2009", "04.08.2009"]
    story = ["Most zamknięty do wiosny", "05.01.2012",
             "Drogowcy zamknęli most na Wieprzu, bo w czasie przeglądu znaleźli pęknięcia w dwóch przęsłach.",
             "Objazd poprowadzono przez sąsiednią wieś, co wydłuża drogę o kilka kilometrów."]
    assert removed_by(clean(cleaner, story, "pl"), "pl-date-stamp") == ["05.01.2012"]


READING = ["寒假推荐书目",
           "寒假快到了，语文组的老师们为同学们挑选了几本适合在假期阅读的书，每本书后面附上了一句推荐语。",
           "- 《湖边的小屋》..", "- 《山那边的学校》..", "- 《灯塔守望人》..",
           "老师们希望同学们读完以后写一篇读后感，开学后交给语文老师。"]


def test_a_reading_list_of_titles_alone_stays(cleaner):
    assert removed_by(clean(cleaner, READING, "zh"), "zh-teaser-cut") == []


def test_a_headline_cut_short_still_goes(cleaner):
    text = READING[:2] + ["- 市区新开三条公交线 早高峰..", READING[-1]]
    assert removed_by(clean(cleaner, text, "zh"), "zh-teaser-cut") == ["- 市区新开三条公交线 早高峰.."]
