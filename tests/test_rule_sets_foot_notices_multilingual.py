"""The foot-of-story notices written for every language that lacked them, on texts written for
these tests: the typo report by Ctrl+Enter, the reprint notice, the rate-this-article widget and
the credit to the agencies a story was written with; and sentences using the same words, which
stay under the story's first paragraph and under its last."""

import pytest

from conftest import BRIDGE_STORIES, assert_goes_under_story, assert_stays_in_story, clean_lines

STORIES = BRIDGE_STORIES

# Each line under a story, and the rule that must take it.
CHROME = {
    "de": [("Sie haben einen Fehler entdeckt? Markieren Sie die Stelle und drücken Sie Strg+Enter.", "de-typo-report"),
           ("Nachdruck und Weiterverbreitung nur mit schriftlicher Genehmigung der Redaktion.", "de-copyright-reuse"),
           ("Mit Material von dpa", "de-source-materials")],
    "fr": [("Une coquille ? Sélectionnez-la et appuyez sur Ctrl+Entrée", "fr-typo-report"),
           ("Reproduction interdite sans autorisation préalable.", "fr-copyright-reuse"),
           ("Notez cet article :", "fr-rating-prompt"), ("Avec AFP et Reuters", "fr-source-materials")],
    "es": [("¿Ha visto un error? Seleccione el texto y pulse Ctrl+Intro", "es-typo-report"),
           ("Prohibida su reproducción total o parcial sin autorización.", "es-copyright-reuse"),
           ("¿Le ha resultado útil este artículo?", "es-rating-prompt"),
           ("Con información de Europa Press y EFE", "es-source-materials")],
    "it": [("Hai notato un errore? Selezionalo e premi Ctrl+Invio", "it-typo-report"),
           ("Riproduzione vietata senza il consenso scritto dell'editore.", "it-copyright-reuse"),
           ("Vota questo articolo: 1 2 3 4 5", "it-rating-prompt")],
    "pt": [("Viu um erro? Selecione o texto e pressione Ctrl+Enter", "pt-typo-report"),
           ("É proibida a reprodução total ou parcial sem autorização.", "pt-copyright-reuse"),
           ("Este artigo foi útil?", "pt-rating-prompt"), ("Com agências", "pt-source-materials")],
    "nl": [("Fout gezien? Selecteer de tekst en druk op Ctrl+Enter", "nl-typo-report"),
           ("Overname van artikelen zonder toestemming is niet toegestaan.", "nl-copyright-reuse"),
           ("Was dit artikel nuttig?", "nl-rating-prompt")],
    "pl": [("Przedruk wyłącznie za zgodą redakcji.", "pl-reprint-notice"),
           ("Czy ten artykuł był pomocny?", "pl-rating-prompt"), ("Na podstawie: PAP, IAR", "pl-source-materials")],
    "el": [("Βρήκατε κάποιο λάθος; Επιλέξτε το και πατήστε Ctrl+Enter", "el-typo-report"),
           ("Σας φάνηκε χρήσιμο το άρθρο;", "el-rating-prompt"),
           ("Με πληροφορίες από ΑΠΕ", "el-source-materials")],
    "ru": [("Рейтинг статьи:", "ru-rating-prompt"), ("Была ли эта статья полезна?", "ru-rating-prompt")],
    "uk": [("Чи була ця стаття корисною?", "uk-rating-prompt"), ("За матеріалами УНІАН", "uk-source-materials")],
}

# Sentences using the rules' words, inside a story and at its foot: they stay.
KEPT = {
    "de": ["Markieren Sie die Zellen und drücken Sie Strg+Enter, dann steht die Formel in allen.",
           "Der Nachdruck ist nur mit Genehmigung der Erben möglich, sagte der Verleger.",
           "Mit Material von der Baustelle bauten die Kinder eine Hütte."],
    "fr": ["Toute reproduction est interdite, a rappelé le musée.", "Avec Pierre, nous sommes partis à l'aube.",
           "Notez cet article de loi : il change tout pour les locataires."],
    "es": ["Queda prohibida la reproducción de especies protegidas en cautividad.",
           "Con información de la policía, los vecinos encontraron al niño."],
    "it": ["È vietata la riproduzione dei documenti in archivio, ricorda il regolamento.",
           "Questo articolo ti è stato utile per l'esame? Scrivici."],
    "pt": ["É proibida a reprodução de animais selvagens em cativeiro.",
           "Com agências de viagem fechadas, os turistas ficaram sem opção."],
    "nl": ["Het gebruik van vuurwerk is verboden in de binnenstad.",
           "De overname van de bank is alleen toegestaan met toestemming van de toezichthouder."],
    "pl": ["Przedruk tej powieści jest zabroniony, orzekł sąd.", "Opracowano na podstawie:"],
    "el": ["Με πληροφορίες από την αστυνομία, οι γείτονες βρήκαν το παιδί."],
    "ru": ["Рейтинг статьи в поисковой выдаче вырос после того, как её процитировали."],
    "uk": ["За матеріалами справи, він переховувався три роки."],
}


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_each_notice_under_a_story_goes_by_its_rule(lang):
    for line, rule in CHROME[lang]:
        assert_goes_under_story(STORIES[lang], line, rule, lang)


@pytest.mark.parametrize("lang", sorted(KEPT))
def test_sentences_using_the_words_stay(lang):
    for line in KEPT[lang]:
        assert_stays_in_story(STORIES[lang], line, lang)


def test_a_bibliography_under_its_heading_stays_and_cleaning_twice_changes_nothing():
    story = STORIES["pl"]
    text = [*story, "Opracowano na podstawie:", "1. Kowalska A., Mosty i kładki, Kraków 2008",
            "2. Nowak J., Remonty dróg miejskich, Poznań 2011"]
    once = clean_lines(text, "pl")
    assert once.text == "\n".join(text) + "\n"
    notice = [*story, "Przedruk bez zgody redakcji zabroniony."]
    first = clean_lines(notice, "pl").text
    assert first == "\n".join(story) + "\n"
    assert clean_lines(first.splitlines(), "pl").text == first
