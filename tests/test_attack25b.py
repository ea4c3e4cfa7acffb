"""The twenty-fifth round's second attack, on the families read on fresh pages: sentences, list items,
steps and headings a text holds in the words of a script-off notice, a "More on TOPIC:" box heading, a
photo credit naming a site, a like button's count, a download button's label and a German reprint
notice. Each stays in a story's middle and at its foot (or, for a list, at the foot), cleaning twice
gives what cleaning once gave, and the chrome the rules were written for still goes. Every text is
written for the test."""

import pytest

from conftest import FOOTBRIDGE_STORIES, assert_goes_under_story, assert_stays_in_story, clean_lines

STORIES = FOOTBRIDGE_STORIES

# One line each, in a story's middle and at its foot.
KEPT = [
    # A release note's warning names no script; news of a browser that is not the reader's; a quoted call.
    ("en", "Some features will not work."),
    ("en", "Some features may not work properly."),
    ("en", "Enable JavaScript to view the map, the guide says."),
    ("de", "JavaScript ist deaktiviert in vielen Behörden, berichtet das Magazin."),
    ("fr", "JavaScript est désactivé dans Safari depuis la dernière mise à jour."),
    ("fr", "JavaScript est désactivé dans les ordinateurs de l'Assemblée."),
    ("fr", "Activez JavaScript et rechargez la page, conseille le support."),
    ("es", "JavaScript está desactivado en el navegador de la biblioteca."),
    ("es", "JavaScript está desactivado en todos los ordenadores del ministerio."),
    ("it", "JavaScript è disabilitato nei computer della scuola."),
    ("pt", "JavaScript está desativado no navegador da escola."),
    ("nl", "JavaScript is uitgeschakeld in de browsers van het ministerie."),
    ("pl", "JavaScript jest wyłączony w przeglądarkach urzędu."),
    ("ru", "JavaScript отключён в браузерах Госдумы."),
    ("uk", "JavaScript вимкнено у браузерах міністерства."),
    # A service's price, a merger's approval, a court's ban at a story's foot.
    ("de", "Speicherung und Weitergabe sind kostenpflichtig."),
    ("de", "Jede Übernahme ist genehmigungspflichtig."),
    ("de", "Die Veröffentlichung im Internet ist verboten."),
    ("de", "Die Verbreitung im Internet ist untersagt."),
    ("de", "Die Nutzungsrechte an allen Bildern liegen bei der Stadt, die sie dem Verein zur Verfügung stellt."),
]


@pytest.mark.parametrize("lang,line", KEPT, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(KEPT)])
def test_a_storys_sentence_in_the_rules_words_stays(lang, line):
    assert_stays_in_story(STORIES[lang], line, lang)


# Blocks at a story's foot (where the box headings are read): every line stays.
BLOCKS = [
    ("en", ["More about me:", "- I grew up in Leeds", "- I have two cats and a very old bicycle",
            "- I teach maths at the village school"]),
    ("de", ["Mehr über mich:", "- Ich wohne in Kiel", "- Ich habe zwei Katzen"]),
    ("fr", ["Plus sur moi :", "- J'habite à Lyon", "- J'ai deux chats"]),
    ("es", ["Más sobre mí:", "- Vivo en Sevilla", "- Tengo dos gatos"]),
    ("it", ["Più su di me:", "- Vivo a Torino", "- Ho due gatti"]),
    ("pt", ["Mais sobre mim:", "- Moro em Braga", "- Tenho dois gatos"]),
    ("nl", ["Meer over mij:", "- Ik woon in Gent", "- Ik heb twee katten"]),
    ("pl", ["Więcej o mnie:", "- Mieszkam w Gdańsku", "- Mam dwa koty"]),
    ("ru", ["Больше о себе:", "- Живу в Казани", "- У меня два кота"]),
    ("en", ["More on the sauce:", "2 cloves of garlic", "1 tin of tomatoes", "a handful of basil"]),
    ("de", ["Mehr zum Rezept:", "200 g Mehl", "2 Eier", "1 Prise Salz"]),
    ("de", ["Mehr zum Thema Brücken:", "Die erste Brücke entstand 1850."]),
    # A how-to's steps: a download step beside the others, a script step under the how-to's heading.
    ("en", ["How to get the map:", "Open the app", "Download the file", "Tap Install"]),
    ("de", ["So geht's:", "App öffnen", "Datei herunterladen", "Installieren"]),
    ("fr", ["Étapes :", "Ouvrez l'application", "Télécharger le formulaire", "Remplissez-le"]),
    ("es", ["Pasos:", "Abre la aplicación", "Descargar el archivo", "Instálalo"]),
    ("it", ["Passi:", "Apri l'app", "Scarica il modulo", "Compilalo"]),
    ("pl", ["Kroki:", "Otwórz aplikację", "Pobierz plik", "Zainstaluj go"]),
    ("ru", ["Шаги:", "Откройте приложение", "Скачать файл", "Установите его"]),
    ("en", ["If the map is blank:", "Enable JavaScript in your browser settings.", "Reload the page."]),
    ("de", ["So geht es:", "Aktivieren Sie JavaScript und öffnen Sie die Karte erneut.", "Dann erscheint die Karte."]),
    ("en", ["Known issues in version 2.1:", "Some features will not work.", "The export button is greyed out."]),
    # A list of resources naming sites; a poll's results.
    ("en", ["Free resources for your blog:", "Photos: unsplash.example.com", "Icons: icons.example.com",
            "Fonts: fonts.example.com"]),
    ("de", ["Meine Lieblingsseiten:", "Fotos: fotos.example.de", "Rezepte: rezepte.example.de"]),
    ("en", ["Poll results:", "12 people like this", "30 people hate it", "The rest had no opinion at all."]),
]


@pytest.mark.parametrize("lang,block", BLOCKS, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(BLOCKS)])
def test_a_list_or_a_how_to_in_the_rules_words_stays_whole(lang, block):
    text = [*STORIES[lang], *block]
    result = clean_lines(text, lang)
    assert result.text == "\n".join(text) + "\n", [(r.rule_id, r.text) for r in result.removals]
    assert clean_lines(result.text.splitlines(), lang).text == result.text


GONE = [
    ("en", "script-off-notice", "Some features of this site will not work properly. Please enable JavaScript."),
    ("en", "script-off-notice", "JavaScript is disabled in your browser. Please enable it to see the comments."),
    ("de", "script-off-notice", "JavaScript ist deaktiviert. Bitte aktivieren Sie JavaScript in Ihrem Browser, "
                                "um die Karte zu sehen."),
    ("fr", "script-off-notice", "JavaScript est désactivé dans votre navigateur."),
    ("es", "script-off-notice", "JavaScript está desactivado en su navegador."),
    ("nl", "script-off-notice", "JavaScript is uitgeschakeld in uw browser."),
    ("pl", "script-off-notice", "JavaScript jest wyłączony w przeglądarce."),
    ("ru", "script-off-notice", "JavaScript отключён в вашем браузере."),
    ("uk", "script-off-notice", "JavaScript вимкнено у вашому браузері."),
    ("de", "de-copyright-reuse", "Jede Weitergabe ist honorarpflichtig."),
    ("de", "de-copyright-reuse", "Die Speicherung in elektronischen Datenbanken ist untersagt."),
    ("en", "like-counter", "12 bloggers like this."),
    ("de", "photo-credit", "Bild: Anna Beispiel / Beispielfotos.com"),
]


@pytest.mark.parametrize("lang,rule_id,line", GONE, ids=[f"{r}-{n}" for n, (_, r, _) in enumerate(GONE)])
def test_the_chrome_the_rules_were_written_for_still_goes(lang, rule_id, line):
    assert_goes_under_story(STORIES[lang], line, rule_id, lang)


@pytest.mark.parametrize("lang,heading,box", [
    ("en", "More on the harbour:", ["Harbour fees rise for the third year", "New pier opens in the spring"]),
    ("pl", "Więcej o wyborach:", ["Frekwencja wyższa niż przed czterema laty", "Nowy burmistrz obejmuje urząd"]),
])
def test_a_box_heading_over_headlines_still_goes(lang, heading, box):
    result = clean_lines([*STORIES[lang], heading, *box], lang)
    assert heading not in result.text.splitlines()
    assert "more-on-topic-heading" in [r.rule_id for r in result.removals]


@pytest.mark.parametrize("lang,block,button", [
    ("en", ["Annual report 2025", "Download PDF"], "Download PDF"),
    ("it", ["Relazione annuale 2025", "Scarica il PDF"], "Scarica il PDF"),
])
def test_a_download_button_under_a_documents_title_still_goes(lang, block, button):
    result = clean_lines([*STORIES[lang], *block], lang)
    assert button not in result.text.splitlines()
