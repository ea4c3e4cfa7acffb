"""The twenty-fourth round's attack. A related-stories label low in a story whose box of links the
extraction lost: what stands under it is the story's last paragraph, and a label that would cut
nothing but paragraphs cuts nothing (its own line still goes). The round's rules met with sentences
in their own words that a story holds (a regulator's ruling on cookie prompts in five languages, a
judge on machine translation, a warning on shares, a review's pros, a council's helpline), in the
story's middle and at its foot; a consent widget's heading goes only over its notice. Each text
stays, cleaning it twice gives what cleaning once gave, and the chrome the rules were written for
still goes; in HTML mode, a survey's table in a "modal-split" box and a study's "informed-consent"
section stay. Every text and page is written for the test."""

import pytest

from cleaner import Cleaner
from conftest import FOOTBRIDGE_STORIES, assert_goes_under_story, assert_kept_whole, assert_stays_in_story, removed_by, clean_lines_twice

QUARTER = [
    "Die Stadt plant eine Seilbahn vom Bahnhof bis zum neuen Quartier am See.",
    "Die Verwaltung hat dafür eine Machbarkeitsstudie in Auftrag gegeben, die im Herbst vorliegen soll.",
    "Auf dem Gelände des alten Güterbahnhofs sollen Wohnungen, Büros und ein kleiner Park entstehen.",
    "Der Stadtrat will im Frühjahr über die ersten Bebauungspläne für das Quartier beraten.",
    "Anwohner hatten sich in einer Bürgerversammlung vor allem mehr Grünflächen gewünscht.",
]
LAST = ("Dort sollen außerdem Flächen für eine Fachhochschule und ein Gründerzentrum entstehen, in dem sich "
        "junge Firmen aus der Region ansiedeln können.")


def test_related_label_over_the_last_paragraph_cuts_nothing():
    for label in ("Auch interessant", "Mehr zum Thema", "Ähnliche Artikel"):
        result = clean_lines_twice([*QUARTER, label, LAST], "de")
        assert result.text == "\n".join([*QUARTER, LAST]) + "\n", label
        assert [r.text for r in result.removals] == [label]


def test_related_label_over_headlines_still_cuts_them():
    box = ["Auch interessant", "Neuer Radweg am Kanal: Die Arbeiten beginnen im Mai",
           "Wochenmarkt zieht auf den Rathausplatz um"]
    result = clean_lines_twice([*QUARTER, *box], "de")
    assert result.text == "\n".join(QUARTER) + "\n"
    assert removed_by(result, "de-related-tail") == box


def test_related_label_over_a_notice_ending_on_a_colon_still_cuts_it():
    # A shop's notice over the icon that marks its paid links ends on a colon: no paragraph of the story.
    notice = ("Dieser Beitrag kann Links zu Händlern enthalten, an deren Verkäufen wir beteiligt sind. "
              "Solche Links tragen dieses Zeichen:")
    result = clean_lines_twice([*QUARTER, "Weitere Ausflugstipps in Dänemark", notice], "de")
    assert result.text == "\n".join(QUARTER) + "\n"


# The round's rules attacked: sentences in their words that a story holds, in its middle and at its foot.
STORIES = FOOTBRIDGE_STORIES

KEPT = [
    ("de", "Das ist eine maschinelle Übersetzung, sagt die Richterin, und sie hat in einem Vertrag nichts zu "
           "suchen."),
    ("de", "Dies ist eine maschinelle Übersetzung aus dem Jahr 1954: Ein Rechner übertrug damals sechzig russische "
           "Sätze ins Englische."),
    ("de", "Der Text wurde mithilfe von KI übersetzt, gibt der Verlag zu, der nun Hunderte Bücher zurückruft."),
    ("de", "Aktien sind immer mit einem Risiko verbunden. Wer nur in eine einzige Firma investiert, muss im "
           "schlimmsten Fall mit einem Totalverlust rechnen, warnt die Verbraucherzentrale."),
    ("de", "Kryptowährungen sind mit hohen Risiken verbunden. Anleger erlitten 2022 nach Schätzung der Aufsicht einen "
           "Totalverlust von zwei Milliarden Euro."),
    ("de", "Wer in der Gruppe blieb, bekam die Anweisung: Folge dem Telegram-Kanal des Predigers und lösche alle "
           "anderen Chats."),
    ("de", "Die Kampagne läuft auch in den sozialen Medien: Instagram, TikTok und YouTube."),
    ("de", "Ihre Datenschutzeinstellungen verhindern das Laden von Werbung nicht, wenn der Browser veraltet ist, "
           "warnt das Bundesamt."),
    ("de", "Um den Inhalt anzuzeigen, müssen Nutzer in den Datenschutzeinstellungen des Handys die Freigabe "
           "erteilen."),
    ("de", "Weitere Termine finden Sie in der Stadtbücherei:"),
    ("de", "Bearbeitung: Franz Liszt"),
    ("de", "Lektorat: Jan Roe"),
    ("de", "Jan Roe ist Korrespondent in Moskau und wurde im März ausgewiesen."),
    ("de", "Maria Keller ist Reporterin bei einem Lokalradio und hat den Brand als Erste gemeldet."),
    ("en", "More: Bigger screen, longer battery life and a much better camera"),
    ("en", "See also: Chapter 4, where the tide tables are explained in full and the ferry times for each season are "
           "listed"),
    ("en", "Are you affected by the road closures? Email: roads@council.example.gov.uk or call the council on 0300 "
           "555 0100"),
    ("fr", "Pour voir cette vidéo, les internautes devaient accepter les cookies publicitaires, a relevé le "
           "régulateur dans sa décision."),
    ("fr", "Le contenu est bloqué tant que l'internaute n'a pas accepté les cookies, une pratique que le régulateur "
           "juge illégale."),
    ("es", "Para ver este vídeo, los usuarios tenían que aceptar las cookies de publicidad, según la denuncia de la "
           "asociación de consumidores."),
    ("it", "Per vedere questo video, gli utenti dovevano accettare i cookie di profilazione, ha stabilito il Garante "
           "nella sua decisione."),
    ("pl", "Aby obejrzeć ten film, użytkownicy musieli zaakceptować pliki cookie, co według urzędu było niezgodne z "
           "prawem."),
    ("nl", "Om deze video te bekijken moesten gebruikers alle cookies accepteren, stelde de toezichthouder in zijn "
           "besluit vast."),
]


@pytest.mark.parametrize("lang,line", KEPT, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(KEPT)])
def test_the_stories_own_sentences_in_the_rounds_words_stay(lang, line):
    assert_stays_in_story(STORIES[lang], line, lang)


GONE = [
    ("de", "de-machine-translation", "Dies ist eine maschinelle Übersetzung eines Artikels unserer Kollegen "
                                     "aus London. "
                                     "Er wurde automatisiert übersetzt und von einer Redakteurin geprüft."),
    ("de", "de-risk-notice", "Fonds und andere Geldanlagen sind grundsätzlich mit einem Risiko verbunden. "
                             "Auch ein Totalverlust des eingesetzten Geldes ist möglich."),
    ("de", "de-channel-prompt", "Kurz am Morgen: Abonniere den Whatsapp-Kanal von Beispielblatt und du bekommst die "
                                "wichtigsten Nachrichten aufs Handy."),
    ("de", "de-channel-prompt", "- Das Beispielblatt auch bei Social Media – ob Instagram, TikTok oder Facebook."),
    ("de", "de-embed-consent", "Deine Privatsphäre-Einstellungen verhindern das Laden aller externen Inhalte wie "
           "Videos und Karten."),
    ("de", "de-embed-consent", "Zur Anzeige aktiviere bitte die externen Inhalte in den Privatsphäre-Einstellungen."),
    ("de", "de-live-pointer", "Alle Entwicklungen zum Hochwasser lesen Sie in unserem Liveblog:"),
    ("de", "de-author-note", "Eva Beispiel ist Korrespondentin für Skandinavien und das Baltikum."),
    ("en", "en-news-tip-prompt", "Has the storm damaged homes in your area? Get in touch at desk@example.com"),
    ("en", "en-read-more", "MORE: Harbour ferry cancels winter crossings after second engine failure"),
    ("fr", "fr-embed-consent", "Ce contenu est bloqué car vous avez refusé les cookies de la plateforme qui "
           "l'héberge."),
    ("es", "es-embed-consent", "Para ver este vídeo, es necesario que aceptes las cookies de terceros."),
    ("nl", "nl-embed-consent", "Om deze video te bekijken moet je de cookies van sociale media accepteren."),
]


@pytest.mark.parametrize("lang,rule_id,line", GONE, ids=[f"{r}-{n}" for n, (_, r, _) in enumerate(GONE)])
def test_the_chrome_the_rules_were_written_for_still_goes(lang, rule_id, line):
    assert_goes_under_story(STORIES[lang], line, rule_id, lang)


def test_a_consent_widgets_heading_goes_only_over_its_notice():
    notice = ("Erst wenn Sie hier klicken, wird die Grafik nachgeladen. Ihre IP-Adresse wird dabei an einen "
              "externen Server übertragen.")
    result = clean_lines_twice([*STORIES["de"][:2], "1 Klick für den Datenschutz", notice, *STORIES["de"][2:]], "de")
    assert removed_by(result, "de-embed-consent-heading") == ["1 Klick für den Datenschutz"]
    heading = ["1 Klick für den Datenschutz",
               "Die Kommission will Cookie-Banner abschaffen. Nutzer sollen ihre Wahl künftig einmal im Browser "
               "treffen."]
    assert_kept_whole(Cleaner(), "de", [*heading, *STORIES["de"]])



def _page(inner: str) -> str:
    paragraphs = [f"<p>{p}</p>" for p in STORIES["en"]]
    body = "\n".join([*paragraphs[:2], inner, *paragraphs[2:]])
    return (f"<!DOCTYPE html><html><head><title>Footbridge</title></head><body><main><article>"
            f"<h1>Council votes to rebuild the footbridge</h1><div class=\"story-body\">{body}</div>"
            f"</article></main><footer><p>© 2026 Example News</p></footer></body></html>")


SURVEY = ("<p>The council's travel survey asked four thousand residents how they get to work on a weekday.</p>"
          "<div class=\"modal-split-table\"><table><tr><th>Mode</th><th>2015</th><th>2025</th></tr>"
          "<tr><td>Car</td><td>58%</td><td>46%</td></tr><tr><td>Bicycle</td><td>9%</td><td>18%</td></tr>"
          "<tr><td>Walking</td><td>14%</td><td>15%</td></tr></table></div>")
STUDY = ("<section id=\"informed-consent\"><h2>Informed consent</h2><p>Every volunteer meets a researcher before "
         "the study begins, who explains what will happen and answers questions, and can leave at any "
         "time.</p></section>")


@pytest.mark.parametrize("inner,kept", [(SURVEY, "| Bicycle | 9% | 18% |"), (STUDY, "Informed consent")],
                         ids=["modal-split-table", "informed-consent"])
def test_a_pages_own_table_and_section_named_modal_or_consent_stay(inner, kept):
    result = Cleaner().clean_html(_page(inner))
    assert kept in result.text.splitlines()
    assert [r.rule_id for r in result.removals if r.rule_id.startswith("page-")] == []


def test_a_cookie_banner_still_goes():
    banner = ("<div class=\"cookie-consent-banner\"><p>We use cookies to improve the site.</p>"
              "<p>Accept all</p><p>Manage settings</p></div>")
    result = Cleaner().clean_html(_page(banner))
    assert "Manage settings" not in result.text
