"""The sixteenth round's rules attacked with texts whose own words or shapes are the rules': a
band's tour dates and a story's chronology under headings of their own, a fund's table of
repairs, a guide's ways to follow a council, an essay on a paper's comments ending on its rules,
a how-to's suggested button texts, a letter's template, a blog's year in numbers in three
languages, an app's toolbar named in its manual, a reading campaign called "Leer más", an essay's
place of writing in brackets, a Greek list naming ministries by their short names, an essay on
the early web quoting its browser notice, a lesson on footers quoting one, and a to-do list of
errands beside "Contact the webmaster". Each stays, and cleaning it twice gives what cleaning once
gave; the chrome the rules were written for still goes. Every text is written for the test."""

import pytest

from conftest import FERRY_STORY, assert_kept_whole, removed_by

STORY = [
    "The council has dropped its plan to close the night ferry, three months after the first protest on the quay.",
    "Councillor Mary Hale said the service would run as before, and that the money would come from parking fees.",
]

KEPT = {
    "en-dated-headline-list: a tour's dates under their heading": ("en", [
        "The Lanterns announce their first tour in ten years",
        "The folk band from the fishing villages will tour again next spring after a decade away from the stage.",
        "The four original members have been rehearsing in a barn outside the town since the summer.",
        "Tour dates",
        "March 4, 2019 Kettleness Town Hall",
        "March 6, 2019 Saltby Corn Exchange",
        "March 9, 2019 Harrow Point Pavilion",
    ]),
    "en-dated-headline-list: a story's chronology under its heading": ("en", [
        "Ferry row: the council backs down", *STORY,
        "The story so far",
        "February 2, 2019 - Council proposes ending the night ferry",
        "February 20, 2019 - Hundreds protest on the quay",
        "March 4, 2019 - Petition with 8,000 names handed in",
        "May 12, 2019 - Council reverses its decision",
    ]),
    "en-month-year-teaser-row: a fund's repairs under their heading": ("en", [
        "What the harbour fund has paid for",
        "The harbour fund was set up by the fishermen in 2018, and every pound it spends is listed for the members.",
        "The board meets every quarter to decide the next repairs.",
        "Repairs so far",
        "| 1/2019 | - | North quay steps |",
        "| 3/2019 | - | Lighthouse railings |",
        "| 6/2019 | - | New ladder on the slipway |",
    ]),
    "en-site-network-follow: a guide's ways to follow the council": ("en", [
        "Watching the town council at work",
        "The council has never been easier to follow, and nobody has to sit through a single meeting.",
        "Every meeting is streamed live and the papers are posted a week before it.",
        "Here are three easy ways to stay in the loop.",
        "Follow the Town Council on Twitter and Facebook.",
        "Like Kettleness Library on Facebook.",
        "Ask your ward councillor to add you to her mailing list.",
    ]),
    "en-comment-policy-terms: an essay on comments ends on its rules": ("en", [
        "Why we closed the comments",
        "For twelve years, readers could comment under every story, and for most of them it was the best part.",
        "Then the tone changed, and the moderators could not keep up with what was posted overnight.",
        "We have decided to keep comments on columns, where the writers answer readers themselves.",
        "Comment authors are responsible for what they write.",
    ]),
    "en-click-signup-prompt: a how-to's suggested button texts": ("en", [
        "How to add a sign-up button to your newsletter page",
        "A sign-up button is the simplest way to turn readers into subscribers, and it takes two minutes.",
        "Open the page editor and drag a button block under your first paragraph.",
        "Change the button's text. Good choices are short and plain:",
        "Click to subscribe",
        "Click here to sign up for the club newsletter",
    ]),
    "comment-form-label: a letter's template": ("de", [
        "So schreiben Sie ein Kündigungsschreiben",
        "Ein Kündigungsschreiben muss nicht lang sein, aber es muss alle wichtigen Angaben enthalten.",
        "Oben links stehen Ihre eigenen Daten, darunter die Adresse des Anbieters und das Datum.",
        "Die Vorlage sieht so aus",
        "Ihr Name",
        "Ihre E-Mail-Adresse",
        "Straße und Hausnummer",
        "Postleitzahl und Ort",
    ]),
    "comment-form-label: a library card's application": ("pl", [
        "Jak wypełnić wniosek o kartę biblioteczną",
        "Wniosek ma tylko jedną stronę i można go wypełnić w kilka minut przy ladzie w bibliotece.",
        "W pierwszej rubryce wpisz swoje dane tak, jak w dowodzie osobistym.",
        "Twoje imię",
        "Twój e-mail",
        "Numer telefonu",
    ]),
    "view-counter, comment-count-label: a blog's year in numbers": ("es", [
        "Un año de blog",
        "El blog cumplió cinco años y, como cada diciembre, he contado lo que hicimos juntos.",
        "Escribí menos entradas que el año pasado, pero más largas, y las leísteis más que nunca.",
        "Entradas: 52",
        "Visitas: 12.400",
        "Comentarios: 310",
    ]),
    "view-counter, comment-count-label: the same in Italian": ("it", [
        "Un anno di blog",
        "Il blog ha compiuto cinque anni e, come ogni dicembre, ho contato quello che abbiamo fatto insieme.",
        "Ho scritto meno articoli dell'anno scorso ma più lunghi, e li avete letti più che mai.",
        "Articoli: 52",
        "Visualizzazioni: 12.400",
        "Commenti: 310",
    ]),
    "el-counter, comment-count-label: the same in Greek": ("el", [
        "Ένας χρόνος στο ιστολόγιο",
        "Το ιστολόγιο έκλεισε πέντε χρόνια και, όπως κάθε Δεκέμβριο, μέτρησα όσα κάναμε μαζί.",
        "Έγραψα λιγότερες αναρτήσεις από πέρσι, αλλά μεγαλύτερες, και τις διαβάσατε περισσότερο από ποτέ.",
        "Αναρτήσεις: 52",
        "Προβολές: 12.400",
        "Σχόλια: 310",
    ]),
    "tool-row: an app's toolbar named in its manual": ("de", [
        "Die Werkzeugleiste der neuen Notiz-App",
        "Nach dem Update zeigt die App über jeder Notiz eine Leiste mit drei Knöpfen, die alle kennen sollten.",
        "Mit dem ersten sichern Sie die Notiz, mit dem zweiten geben Sie sie aus, mit dem dritten verschicken Sie sie.",
        "Speichern · Drucken · Teilen",
        "Wer die Leiste nicht braucht, kann sie in den Einstellungen ausblenden.",
    ]),
    "read-more-link: a reading campaign's title": ("es", [
        "Leer más",
        "La biblioteca municipal lanza una campaña para que los vecinos lean más libros este invierno.",
        "Cada socio que lea cinco libros antes de marzo recibirá una entrada gratis para el teatro.",
    ]),
    "zh-source-bracket-tail: where an essay was written": ("zh", [
        "春天的图书馆",
        "每到春天，社区图书馆的窗外就开满了桃花，孩子们放学后都喜欢来这里看书。",
        "管理员王阿姨说，今年新买了三百本童书，周末还会请老师来讲故事。",
        "我在这里度过了许多个安静的下午，也认识了很多爱读书的朋友。",
        "（写于社区文化中心）",
    ]),
    "el-glued-teaser: a list naming ministries by their short names": ("el", [
        "Τι αλλάζει στα μουσεία το καλοκαίρι",
        "Τα μουσεία της χώρας θα λειτουργούν με διευρυμένο ωράριο από την 1η Ιουνίου, σύμφωνα με την ανακοίνωση.",
        "Οι βασικές αλλαγές είναι οι εξής:",
        "- Σύμφωνα με το ΥπΠο τα μεγάλα μουσεία θα μένουν ανοιχτά έως τις δέκα το βράδυ",
        "- Η είσοδος για τους φοιτητές παραμένει δωρεάν όλο το καλοκαίρι",
        "- Με απόφαση του ΥπΟικ οι κάτοικοι των νησιών θα έχουν έκπτωση στο εισιτήριο",
        "Οι αλλαγές θα ισχύσουν έως το τέλος Σεπτεμβρίου.",
    ]),
    "en-browser-notice: an essay on the early web quotes it": ("en", [
        "When every homepage had a badge",
        "In the late nineties, a personal homepage was not finished until it carried a row of badges at its foot.",
        "There was a hit counter, a webring's arrows and, above all, a note about the browser.",
        "The note told visitors which browser the designer had tested the page in, and at what screen size.",
        "Best viewed in Netscape Navigator 4 at 800 x 600.",
    ]),
    "en-footer-link-pair: a lesson on footers quotes one": ("en", [
        "A footer for a small club website",
        "A footer does not need much, and on a small club site it should hold only what every visitor looks for.",
        "Most of our members' sites put two links at the foot of every page:",
        "Contact | Site Map",
        "Anything more can go on the club's About page.",
    ]),
    "en-section-trail-head: an essay's title in a trail's shape": ("en", [
        "PRIVACY > Convenience",
        "Why I stopped trading my data for a faster checkout, and what it cost me in the first month.",
        "It started with a loyalty card at the corner shop, which knew more about my week than my diary did.",
    ]),
    "en-section-trail-head: a help page's menu path over its step": ("en", [
        "Getting started with the harbour game",
        "OPTIONS > Sound",
        "Open the options menu and choose Sound to turn the gulls down before your first harbour is built.",
        "The game saves itself every five minutes, so you can stop whenever the tide comes in.",
    ]),
    "en-foot-widget-labels: a to-do list's errands of one noun": ("en", [
        "Moving the choir's web site before the concert season",
        "The old host closes in March, so the committee agreed to move the site before the first concert.",
        "Peter will test the new pages on his phone, and the treasurer will pay the first year in advance.",
        "Jobs left for the secretary",
        "- Email the treasurer",
        "- Contact the webmaster",
        "- Book the hall",
    ]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_text_using_a_new_rule_s_shape_is_kept_whole_and_cleaned_twice_the_same(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, *KEPT[name])


def test_the_chrome_of_the_rules_attacked_still_goes(cleaner_obj):
    headlines = ["March 4, 2019 - Ferry timetable changes for the summer",
                 "February 20, 2019 - Harbour master retires after thirty years",
                 "February 2, 2019 - Storm damage worse than feared"]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, *headlines]) + "\n", lang="en")
    assert removed_by(result, "en-dated-headline-list") == headlines
    foot = ["Comment authors are responsible for what they write.", "Click to subscribe", "Best viewed in Netscape 4 at 800x600.",
            "Contact | Site Map"]
    result = cleaner_obj.clean("\n".join([*FERRY_STORY, *foot]) + "\n", lang="en")
    assert result.text == "\n".join(FERRY_STORY) + "\n"
    story = ["Die neue Fähre zu den Inseln fährt ab Montag jede Stunde, auch am Wochenende und an Feiertagen.",
             "Der Hafenmeister sagte, der Warteraum bleibe bis zum letzten Schiff am Abend geöffnet."]
    result = cleaner_obj.clean("\n".join([*story, "Drucken | Teilen", "Ihr Kommentar", "Aufrufe: 1.204"]) + "\n",
                               lang="de")
    assert result.text == "\n".join(story) + "\n"


def test_old_books_by_their_title_and_year_alone_are_a_list_of_works(cleaner_obj):
    # prec16 read a year alone in brackets before 1800 as a menu's count of posts ("News (1523)"):
    # a library's books of the 1600s, titles of three words or more, are works again.
    from cleaner.text.works import lists_works

    books = ["The Harbour Chronicle (1623)", "A Sermon for Fishermen (1631)", "The Mariner's Almanack (1645)",
             "Of Tides and Moons (1652)", "The Herring Trade Explained (1668)", "A Map of the North Coast (1674)",
             "Letters from a Lighthouse (1688)", "The Compleat Net-Maker (1695)"]
    assert lists_works(books)
    assert not lists_works(["News (1523)", "Local News (1644)", "Weather (87)"])
    lines = ["The library's oldest books",
             "The town library keeps forty books printed before 1700, and this winter it lent them out for the first time.",
             "Most popular", *books]
    result = cleaner_obj.clean("\n".join(lines) + "\n", lang="en")
    assert removed_by(result, "related-link-list") == [] and result.text.splitlines()[-8:] == books
    assert cleaner_obj.clean(result.text, lang="en").text == result.text
