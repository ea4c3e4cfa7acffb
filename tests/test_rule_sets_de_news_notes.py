"""German news pages' notes around a story: embed placeholders, desk credits, agency notes,
disclaimers, channel prompts and pointers to other pages go; the story's own sentences using
the same words stay. Texts written for the test."""

from cleaner import Cleaner

STORY = [
    "Stadtrat beschließt neue Fähre für den Hafen",
    "Der Stadtrat hat am Dienstag beschlossen, eine zweite Fähre für den Hafen zu kaufen, die ab dem Frühjahr fahren soll.",
    "Die Fähre soll elektrisch fahren und bis zu zweihundert Fahrgäste aufnehmen, teilte die Verwaltung mit.",
    "Die Opposition kritisierte die Kosten von zwölf Millionen Euro als zu hoch und verlangte eine zweite Prüfung.",
    "Der Bürgermeister verteidigte den Kauf: Die alte Fähre sei vierzig Jahre alt und falle immer öfter aus.",
    "Im Sommer sollen beide Schiffe im Halbstundentakt zwischen Altstadt und Insel pendeln, abends seltener.",
    "Anwohner der Insel hatten seit Jahren eine bessere Verbindung gefordert und Unterschriften gesammelt.",
]


def _clean(lines):
    return Cleaner().clean("\n".join(lines) + "\n")


def test_a_story_loses_its_placeholders_prompts_and_credits_and_keeps_every_paragraph():
    page = [
        STORY[0],
        "von Anna Beispiel",
        STORY[1],
        "Eingebetteter Inhalt nicht verfügbar",
        "Ihre Datenschutz-Einstellungen verhindern die Anzeige von Inhalten anderer Anbieter wie Karten und Videos.",
        "Um den Inhalt anzuzeigen, erlaube bitte Karten in deinen Datenschutz-Einstellungen.",
        STORY[2],
        ">> Hier finden Sie alle Fahrpläne der Fähren im Überblick",
        STORY[3],
        "- Zum Artikel: Streit um die Hafenbrücke geht weiter",
        STORY[4],
        "Haben Sie Hinweise zum Thema? Melden Sie sich vertraulich via Signal bei unserem Rechercheteam.",
        STORY[5],
        STORY[6],
        "Folgst du schon Beispielblatt auf Whatsapp?",
        "Redaktion: Anna Beispiel, Jan Muster",
        "Faktencheck: Eva Roe",
        "mit dpa",
    ]
    result = _clean(page)
    assert result.text == "\n".join(STORY) + "\n"
    assert [r.rule_id for r in result.removals] == [
        "de-byline-lower", "de-embed-consent", "de-embed-consent", "de-embed-consent", "de-arrow-pointer",
        "de-story-link", "de-tip-pitch", "de-channel-prompt", "de-staff-credit",
        "de-staff-credit-more", "de-agency-note"]


def test_notices_over_a_guest_piece_and_a_money_story_go_with_their_labels():
    page = [
        *STORY[:3],
        "Hinweis:",
        "Gastbeiträge geben nicht unbedingt die Haltung der Redaktion wieder.",
        *STORY[3:],
        "Bitte beachten:",
        "Fonds und Anleihen sind immer mit Risiken verbunden. Im schlimmsten Fall droht ein Totalverlust.",
    ]
    result = _clean(page)
    assert result.text == "\n".join(STORY) + "\n"
    assert [r.rule_id for r in result.removals] == [
        "de-disclaimer-label", "de-opinion-disclaimer", "de-disclaimer-label", "de-risk-notice"]


def test_the_same_words_in_the_story_s_own_sentences_stay():
    page = [
        *STORY[:3],
        "Hinweis:",
        "Die Fähre fährt an Feiertagen nicht, warnt die Verwaltung.",
        "Haben Sie Hinweise auf den Täter? Melden Sie sich vertraulich bei der Kriminalpolizei.",
        "Leserbriefe entsprechen nicht der Haltung der Redaktion, sagte der Chefredakteur bei der Preisverleihung.",
        "Redaktion: Die Zeitung erscheint seit 1949 jeden Werktag.",
        "Faktencheck: Stimmt das wirklich?",
        "Alle Details finden Sie im folgenden Überblick:",
        *STORY[3:],
    ]
    result = _clean(page)
    assert result.text == "\n".join(page) + "\n"
    assert not result.removals


def test_cleaning_the_cleaned_story_changes_nothing():
    page = [*STORY, "Sendung: Radio Beispiel, 24.04.2024, 15:10 Uhr", "Infos zum Zitiervorschlag"]
    once = _clean(page)
    assert [r.rule_id for r in once.removals] == ["de-broadcast-note", "de-citation-widget"]
    assert Cleaner().clean(once.text).text == once.text


def test_widened_shapes_of_bylines_stamps_origin_and_promos_go():
    page = [
        STORY[0],
        "- Von: Jan ROE, Eva BEISPIEL",
        "- 4 Minuten Lesezeit",
        *STORY[1:],
        "Dieser Text ist eine gekürzte Übersetzung, das Original ist zuerst in einer Wochenzeitung erschienen.",
        "Die Beispiel-Ausgabe für Juni mit der Hafenfähre auf dem Titel ist ab dem 3. Juni im Handel erhältlich. Hier können Sie das Heft jetzt bestellen!",
        "Mehr Themen auf example.de:",
    ]
    result = _clean(page)
    assert result.text == "\n".join(STORY) + "\n"
    assert [r.rule_id for r in result.removals] == [
        "de-byline", "de-read-time", "de-origin-note", "de-issue-promo", "de-related"]
