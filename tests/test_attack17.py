"""The seventeenth round's rules attacked with texts whose own words or shapes are the rules': a
spreadsheet tip that selects cells with Ctrl+Enter "to avoid errors" in seven languages, a school's
rules on its photos asking the parents' consent in seven, a reader survey's question over its
answer in eight, a sewing post's last line, closing sentences opening as a source credit in Ukrainian
and Russian, a publishing guide's advice in Chinese, a migration story's title in a trail's shape,
a fixtures table and a feature comparison with a site page's word in a cell, a how-to's heading and a
poem's refrain in a login bar's words, a guide's title over its byline, a paper's FAQ headings, a
council guide's "Make a comment", a TV recap's preview, and a nature reserve's and a parish field's
last lines.
Each stays, and cleaning it twice gives what cleaning once gave; the chrome the rules were written
for still goes. Every text is written for the test."""

import pytest

from conftest import FERRY_STORY, assert_kept_whole, removed_by

STORY = {
    "en": ["The harbour board agreed on Monday to rebuild the old pier, which has been closed to walkers since "
           "the winter storms damaged its wooden deck.",
           "Work will start in April and should take about eight months, the board said, with the cost shared "
           "between the town and the regional government."],
    "de": ["Der Gemeinderat hat am Montag beschlossen, den alten Steg am Hafen neu zu bauen, der seit den Winterstürmen gesperrt ist.",
           "Die Arbeiten sollen im April beginnen und etwa acht Monate dauern, teilte die Verwaltung mit."],
    "fr": ["Le conseil municipal a décidé lundi de reconstruire la vieille jetée du port, fermée aux promeneurs depuis les tempêtes de l'hiver.",
           "Les travaux commenceront en avril et devraient durer environ huit mois, selon la mairie."],
    "es": ["El ayuntamiento decidió el lunes reconstruir el viejo muelle del puerto, cerrado a los paseantes desde los temporales del invierno.",
           "Las obras empezarán en abril y durarán unos ocho meses, según informó el consistorio."],
    "it": ["Il consiglio comunale ha deciso lunedì di ricostruire il vecchio molo del porto, chiuso ai passanti dalle tempeste dell'inverno.",
           "I lavori inizieranno ad aprile e dureranno circa otto mesi, ha spiegato il sindaco."],
    "pt": ["A câmara municipal decidiu na segunda-feira reconstruir o velho cais do porto, fechado aos peões desde as tempestades do inverno.",
           "As obras começam em abril e devem durar cerca de oito meses, segundo a autarquia."],
    "nl": ["De gemeenteraad heeft maandag besloten de oude pier in de haven opnieuw te bouwen, die sinds de winterstormen gesloten is.",
           "De werkzaamheden beginnen in april en duren ongeveer acht maanden, aldus de gemeente."],
    "pl": ["Rada miasta postanowiła w poniedziałek odbudować stare molo w porcie, zamknięte dla spacerowiczów od zimowych sztormów.",
           "Prace zaczną się w kwietniu i potrwają około ośmiu miesięcy, poinformował urząd."],
    "el": ["Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να ξαναχτίσει την παλιά προβλήτα του λιμανιού, κλειστή από τις χειμερινές καταιγίδες.",
           "Οι εργασίες θα ξεκινήσουν τον Απρίλιο και θα διαρκέσουν περίπου οκτώ μήνες, ανακοίνωσε ο δήμος."],
    "uk": ["Міська рада в понеділок вирішила відбудувати старий пірс у гавані, закритий для пішоходів після зимових штормів.",
           "Роботи почнуться у квітні й триватимуть близько восьми місяців, повідомили в мерії."],
    "ru": ["Городской совет в понедельник решил восстановить старый пирс в гавани, закрытый для пешеходов после зимних штормов.",
           "Работы начнутся в апреле и продлятся около восьми месяцев, сообщили в мэрии."],
    "zh": ["市政府周一决定重建港口的旧码头，这座码头自冬季风暴后一直对行人关闭。",
           "工程将于四月开工，预计持续八个月左右，费用由市里和省里共同承担。"],
}

# A spreadsheet tip between a story's paragraphs: cells selected with Ctrl+Enter to avoid errors.
TYPO_TIPS = {
    "de": "Um Fehler zu vermeiden, markieren Sie alle Zellen der Spalte und drücken Sie dann Strg+Enter.",
    "es": "Para evitar errores, selecciona todas las celdas de la columna y pulsa Ctrl+Enter.",
    "fr": "Pour éviter les erreurs, sélectionnez toutes les cellules de la colonne et appuyez sur Ctrl+Entrée.",
    "it": "Per evitare errori, seleziona tutte le celle della colonna e premi Ctrl+Invio.",
    "pt": "Para evitar erros, selecione todas as células da coluna e pressione Ctrl+Enter.",
    "nl": "Om fouten te voorkomen, selecteer je alle cellen van de kolom en druk je op Ctrl+Enter.",
    "el": "Για να αποφύγετε λάθη, επιλέξτε όλα τα κελιά της στήλης και πατήστε Ctrl+Enter.",
}

# A school's rules on its outing's photos, at the foot of its letter: the parents' consent.
PHOTO_RULES = {
    "de": ["Für die Fotos vom Sommerfest gilt:", "Veröffentlichung nur mit Zustimmung der Eltern."],
    "es": ["Normas para las fotos de la excursión:", "Prohibida la publicación de las fotografías sin autorización de los padres."],
    "pt": ["Regras para as fotografias da visita de estudo:", "Proibida a divulgação das fotos sem autorização dos pais."],
    "it": ["Regole per le foto della gita scolastica:", "Vietata la pubblicazione delle foto senza il consenso dei genitori."],
    "fr": ["Règles pour les photos de la sortie scolaire :", "Diffusion des photos interdite sans l'accord des parents."],
    "nl": ["Regels voor de foto's van het schoolreisje:", "Verspreiding van foto's is alleen toegestaan met toestemming van de ouders."],
    "pl": ["Zasady dotyczące zdjęć z wycieczki:", "Publikowanie zdjęć bez zgody rodziców jest zabronione."],
}

# A reader survey: the rating widget's question, answered by the paragraph under it.
SURVEYS = {
    "fr": ["Cet article vous a-t-il plu ?", "Nous avons posé la question à cent lecteurs, et presque tous ont répondu oui."],
    "es": ["¿Te ha resultado útil este artículo?", "Se lo preguntamos a cien lectores, y casi todos contestaron que sí."],
    "it": ["Questo articolo ti è stato utile?", "Lo abbiamo chiesto a cento lettori, e quasi tutti hanno risposto di sì."],
    "pt": ["Este artigo foi útil?", "Fizemos a pergunta a cem leitores, e quase todos responderam que sim."],
    "nl": ["Was dit artikel nuttig?", "Die vraag stelden we aan honderd lezers, en de meesten zeiden ja."],
    "pl": ["Czy ten artykuł był pomocny?", "Takie pytanie zadaliśmy stu czytelnikom i prawie wszyscy odpowiedzieli, że tak."],
    "el": ["Σας φάνηκε χρήσιμο το άρθρο;", "Το ρωτήσαμε σε εκατό αναγνώστες και σχεδόν όλοι απάντησαν ναι."],
}

KEPT = {
    **{f"{lang}-typo-report: a spreadsheet tip": (lang, [STORY[lang][0], tip, STORY[lang][1]])
       for lang, tip in TYPO_TIPS.items()},
    "de-typo-report: a manual's line on faulty entries": ("de", [
        STORY["de"][0],
        "Fehlerhafte Einträge markieren Sie am besten zuerst und drücken dann Strg+Enter, um sie alle auf einmal zu ersetzen.",
        STORY["de"][1]]),
    **{f"{lang} reprint notice: a school's rules on its photos": (lang, [*STORY[lang], *rules])
       for lang, rules in PHOTO_RULES.items()},
    "de-copyright-reuse: a heading over its paragraph at the foot": ("de", [
        *STORY["de"], "Nachdruck verboten",
        "So stand es auf jedem Flugblatt, das die Stadt 1923 drucken ließ, und niemand hielt sich daran."]),
    **{f"{lang}-rating-prompt: a survey's question over its answer": (lang, [STORY[lang][0], *survey, STORY[lang][1]])
       for lang, survey in SURVEYS.items()},
    "de-source-materials: a sewing post's last line": ("de", [
        "Mein Quilt für den Winter",
        "Drei Monate habe ich an dieser Decke genäht, jeden Abend ein paar Quadrate, bis alles zusammenpasste.",
        "Die Farben habe ich nach dem Meer an unserer Küste ausgesucht, Blau, Grau und ein wenig Sand.",
        "Mit Material aus Omas Nähkiste."]),
    "uk-source-materials: a closing sentence": ("uk", [*STORY["uk"], "За матеріалами справи суд виніс вирок."]),
    "ru-source-materials: a closing sentence": ("ru", [*STORY["ru"], "По материалам дела суд вынес приговор."]),
    "zh-copyright: a publishing guide's advice": ("zh", [
        "网络转载的基本规则", STORY["zh"][0], "如转载作品涉及著作权问题，应当先与作者联系，取得许可后再发表。", STORY["zh"][1]]),
    "breadcrumb: a migration story's title": ("en", ["Python 2.7 -> 3.6 -> 3.12: a migration story", *STORY["en"]]),
    "en-menu-table-row: a fixtures table": ("en", [
        *STORY["en"], "Fixtures for the rest of the season:",
        "| Opponent | Venue | Day |", "|---|---|---|",
        "| Saltby Rovers | Home | Saturday |", "| Harrow Point | Away | Saturday |", "| Kettleness Town | Home | Sunday |"]),
    "en-menu-table-row: a feature comparison": ("en", [
        "Which club website builder is best?", *STORY["en"],
        "| Feature | Quaybuilder | Harbourpress | Tidesite |", "|---|---|---|---|",
        "| Search | Yes | Yes | No |", "| Contact form | Yes | No | Yes |", "| Newsletter | No | Yes | Yes |"]),
    "en-login-bar: a how-to's heading over its steps": ("en", [
        "Booking a rowing boat online", STORY["en"][0], "Sign in or register",
        "1. Open the booking page and choose the boat you want.",
        "2. Enter your club number and your password.", STORY["en"][1]]),
    "en-login-bar: a manual names the fields": ("en", [
        "Setting up the club laptop", *STORY["en"], "The login screen asks for two things:",
        "Username / Password", "Both are printed on the card in the drawer."]),
    "en-login-bar: a poem's refrain": ("en", [
        "Morning at the office", "The screen wakes up before I do,", "log in / log out",
        "the coffee cools beside the keys,", "log in / log out", "and evening comes to set me free."]),
    "en-feedback-link: a paper's questions and answers": ("en", [
        "Questions about your paper", STORY["en"][0], "Report delivery problems",
        "Call the depot before nine and a driver will bring a new copy the same morning.",
        "Reply to this advert", "Each advert has a box number; write to it and the paper passes your letter on."]),
    "en-chapter-pager: a recap's preview of the next episode": ("en", [
        "Harbour Lights, episode 5: the storm", *STORY["en"], "Next Episode",
        "The lifeboat crew must choose between two boats in trouble, and the new skipper makes an enemy."]),
    "en-rating-widget: a survey's question over its answer": ("en", [
        STORY["en"][0], "Did you like this story?", "We asked a hundred readers, and almost all of them said yes.",
        STORY["en"][1]]),
    "en-comment-prompt: a council guide's heading between its paragraphs": ("en", [
        "Having your say on the harbour plan", STORY["en"][0], "Make a comment",
        "Write to the planning office or fill in the form at the town hall before the end of March.", STORY["en"][1]]),
    "en-site-maker-credit: a nature reserve's last line": ("en", [
        "Saltby Marsh nature reserve",
        "The marsh is home to avocets, redshanks and, in winter, thousands of geese from the Arctic.",
        "A boardwalk leads from the car park to two hides over the lagoon, and dogs are not allowed on it.",
        "This site is managed by the County Wildlife Trust with help from local volunteers."]),
    "en-site-maker-credit: a parish field's rules": ("en", [
        "Camping on the headland",
        "The headland belongs to the parish, and walkers are welcome on its paths all year round.",
        "Fires are not allowed anywhere on the grass, even in the summer months.",
        "No part of this site may be used for camping without the written permission of the parish clerk."]),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_text_using_a_new_rule_s_words_is_kept_whole_and_cleaned_twice_the_same(cleaner_obj, name):
    assert_kept_whole(cleaner_obj, *KEPT[name])


def test_a_guide_s_title_over_its_byline_stays_while_the_byline_goes(cleaner_obj):
    lines = ["The ultimate guide to winter sea swimming", "By Jane Doe", *STORY["en"]]
    result = cleaner_obj.clean("\n".join(lines) + "\n", lang="en")
    assert [r.rule_id for r in result.removals] == ["byline-by"]
    assert result.text.splitlines()[0] == lines[0]


def test_the_chrome_of_the_rules_attacked_still_goes(cleaner_obj):
    foot = {
        "de": ("Fehler gefunden? Markieren Sie den Text und drücken Sie Strg+Enter.", "de-typo-report"),
        "es": ("Prohibida su reproducción total o parcial.", "es-copyright-reuse"),
        "fr": ("Notez cet article :", "fr-rating-prompt"),
        "uk": ("За матеріалами УНІАН", "uk-source-materials"),
    }
    for lang, (line, rule_id) in foot.items():
        result = cleaner_obj.clean("\n".join([*STORY[lang], line]) + "\n", lang=lang)
        assert removed_by(result, rule_id) == [line], lang
    head = ["| Home | About us | Our work | Donate | Volunteers |", "Login | Register"]
    result = cleaner_obj.clean("\n".join([*head, *FERRY_STORY]) + "\n", lang="en")
    assert result.text == "\n".join(FERRY_STORY) + "\n"
