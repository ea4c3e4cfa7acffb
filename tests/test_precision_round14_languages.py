"""The older families of the other languages attacked with texts in which their words are the
text's own (issue #19, precision first): an open letter's place and date over its salutation, a
diary's dates, a recipe's and a manual's section headings, a sentence broken after a box's
heading, a match's scores by set. Each text was written for these tests; the chrome the rule exists
for still goes beside it."""

import pytest

from cleaner import Cleaner
from conftest import removed_by


def clean(lines: list[str], lang: str):
    return Cleaner().clean("\n".join(lines) + "\n", lang=lang)


LETTERS = {
    "fr": ("fr-place-dateline", ["Lettre ouverte au ministre de la Santé", "Paris, le 3 mai 2021", "Monsieur le Ministre,",
                                 "Nous vous écrivons au nom des infirmières de l'hôpital, qui travaillent sans relâche.",
                                 "Les services sont pleins, et les départs ne sont plus remplacés depuis l'automne."]),
    "de": ("de-place-dateline", ["Offener Brief an den Bürgermeister", "Hamburg, 2. November 2021", "Guten Tag Herr Meier,",
                                 "wir schreiben Ihnen im Namen der Eltern der Grundschule am Park, die auf eine Ampel warten.",
                                 "Jeden Morgen überqueren mehr als hundert Kinder die Straße ohne Hilfe."]),
    "es": ("es-place-dateline", ["Carta abierta al alcalde", "Sevilla, 3 de mayo de 2021", "Señor alcalde:",
                                 "Le escribimos en nombre de los vecinos del barrio, que esperan el arreglo de la plaza.",
                                 "Las farolas siguen apagadas y los bancos rotos desde el invierno pasado."]),
    "it": ("it-place-dateline", ["Una lettera", "Roma, 3 maggio 2021", "Ciao Marco,",
                                 "ti scrivo dal terrazzo, con il primo caldo dell'anno e le rondini tornate sul tetto.",
                                 "La mamma sta meglio ed esce a passeggiare la mattina."]),
    "pt": ("pt-place-dateline", ["Uma carta", "Lisboa, 3 de maio de 2021", "Olá Maria,",
                                 "Escrevo-te da varanda, com o primeiro calor do ano e as andorinhas de volta ao telhado.",
                                 "A mãe está melhor e já sai a passear de manhã."]),
}


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_a_letter_s_place_and_date_over_its_salutation_stays(lang):
    rule, letter = LETTERS[lang]
    assert removed_by(clean(letter, lang), rule) == []


def test_a_press_release_s_dateline_over_its_title_still_goes():
    release = ["Paris, le 3 mai 2021", "La région ouvre trois nouvelles lignes de bus à la rentrée",
               "Les trois lignes relieront les villages du plateau à la gare, toutes les demi-heures.",
               "Elles seront gratuites pour les collégiens et les lycéens dès le premier jour."]
    assert removed_by(clean(release, "fr"), "fr-place-dateline") == ["Paris, le 3 mai 2021"]


DIARIES = {
    "pl": ["Dziennik z rejsu po Mazurach", "03.07.2012",
           "Wypłynęliśmy z Giżycka o świcie, kiedy jezioro było jeszcze gładkie jak lustro.", "04.07.2012",
           "Wiatr zerwał się po południu i do Mikołajek dotarliśmy dopiero po zmroku, całkiem przemoczeni.",
           "05.07.2012", "Cały dzień suszyliśmy żagle i śpiwory na pomoście, a wieczorem ktoś grał szanty."],
    "ru": ["Дневник поездки на Байкал", "3 июля 2012",
           "Мы приехали в Листвянку рано утром, когда озеро было ещё совершенно гладким.", "4 июля 2012",
           "После обеда поднялся ветер, и до мыса мы добрались только к ночи, промокшие насквозь."],
    "el": ["Ημερολόγιο ταξιδιού στην Κρήτη", "3 Ιουλίου 2012",
           "Φτάσαμε στα Χανιά νωρίς το πρωί, όταν η θάλασσα ήταν ακόμα ήσυχη σαν λάδι.", "4 Ιουλίου 2012",
           "Το απόγευμα σηκώθηκε αέρας και φτάσαμε στο χωριό μόνο το βράδυ, μούσκεμα ως το κόκαλο."],
    "de": ["Tagebuch einer Radreise", "03.07.2012",
           "Wir sind früh in Passau losgefahren, als der Nebel noch über der Donau lag und alles still war.",
           "04.07.2012", "Am Nachmittag kam Gegenwind auf, und wir erreichten Linz erst am Abend, völlig durchnässt."],
}


@pytest.mark.parametrize("lang", sorted(DIARIES))
def test_a_diary_keeps_its_dates(lang):
    assert removed_by(clean(DIARIES[lang], lang), f"{lang}-date-stamp") == []


def test_readers_comment_stamps_with_their_times_still_go():
    # A comment's stamp is a date with its time: a story's readers, not a diary's days.
    stamps = ["05.01.12, 18:41", "05.01.12, 23:22"]
    thread = ["Herbata na zimę", "Zielona herbata ma więcej przeciwutleniaczy niż czarna, mówią lekarze z Krakowa.",
              stamps[0], "Od jakiegoś czasu piję tylko zieloną herbatę i czuję się znacznie lepiej niż przedtem.",
              stamps[1], "Znowu ta herbata? Co tydzień piszecie o tym samym, a ja dalej wolę kawę z mlekiem."]
    assert removed_by(clean(thread, "pl"), "pl-date-stamp") == stamps


def test_a_recipe_s_and_a_manual_s_greek_section_headings_stay():
    recipe = ["Μελομακάρονα της γιαγιάς", "Τα μελομακάρονα είναι το πιο αγαπημένο γλυκό των Χριστουγέννων στο σπίτι μας.",
              "Αποθήκευση", "Τα μελομακάρονα διατηρούνται σε γυάλινο βάζο για δύο εβδομάδες, μακριά από τον ήλιο."]
    manual = ["Οδηγός χρήσης του νέου εκτυπωτή", "Ο εκτυπωτής συνδέεται με τον υπολογιστή μέσω καλωδίου ή ασύρματα.",
              "Εκτύπωση", "Για να τυπώσετε ένα έγγραφο, επιλέξτε το αρχείο και πατήστε το κουμπί στην πάνω γωνία."]
    assert removed_by(clean(recipe, "el"), "el-widget") == removed_by(clean(manual, "el"), "el-widget") == []


def test_a_greek_widget_row_still_goes():
    story = ["Νέα γέφυρα στον Αξιό", "Η νέα γέφυρα θα ανοίξει τον Μάιο, δύο χρόνια μετά την έναρξη των εργασιών.",
             "Η κυκλοφορία θα επιτρέπεται μόνο σε αυτοκίνητα και ποδήλατα τους πρώτους μήνες.",
             "Εκτύπωση", "Αποθήκευση", "Κοινοποίηση"]
    assert removed_by(clean(story, "el"), "el-widget") == ["Εκτύπωση", "Αποθήκευση", "Κοινοποίηση"]


def test_a_russian_sentence_broken_after_a_box_heading_s_words_stays():
    text = ["Как мы выбирали школу для сына", "В нашем районе три школы, и каждая обещает родителям что-то своё.",
            "Последние новости", "из школы мы узнаём только от детей, потому что сайт не обновлялся с весны."]
    assert removed_by(clean(text, "ru"), "ru-related") == []
    box = ["Как мы выбирали школу для сына", "В нашем районе три школы, и каждая обещает родителям что-то своё.",
           "Родители выбрали ту, что ближе к дому, и пока ни разу об этом не пожалели.", "Последние новости",
           "Новая библиотека откроется в марте", "голосование"]
    assert "Последние новости" in removed_by(clean(box, "ru"), "ru-related")


def test_a_match_s_scores_by_set_stay():
    report = ["乒乓球公开赛女单决赛回顾", "这场决赛一共打了五局，双方都发挥出了很高的水平，观众们看得十分紧张。", "各局比分如下：",
              "- 第一局 11-09", "- 第二局 09-11", "- 第三局 11-07", "- 第四局 12-10",
              "最后，她以三比一赢得了冠军，这是她第一次在这项比赛中夺冠。"]
    assert removed_by(clean(report, "zh"), "zh-listed-headline-stamp") == []
