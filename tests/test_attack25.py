"""The twenty-fifth round's attack. The weak spots the twenty-fourth round's attack left: a reading list's
next book after "Read next:" or a read-also label (its author or its year after the title), a lower-case
"von NAME" under a poem the text quotes, a letters page's "Zum Artikel:" headings, a loaded post kept in
a consent placeholder's wrapper, a story's sentence in a "promo" box between its paragraphs. And the
round's new rules met with sentences in their own words that a story holds: a placeholder's words quoted
with a speech tag in nine languages, a call to subscribe quoted with one, a school's code under "Our
Standards:", a museum's section after "For more stories like this", a police appeal, a how-to on a
phone's settings, a diet's "MORE:" list, a kit list, a chapter to read next,
headings after "Von". Each stays, cleaning twice gives what cleaning once gave, and the chrome the rules were
written for still goes. Every text and page is written for the test."""

import pytest

from cleaner import Cleaner
from conftest import BRIDGE_STORIES, assert_goes_under_story, assert_stays_in_story, removed_by, clean_lines_twice

EN_STORY = ["The town closes its bridge for two months",
            "The bridge over the river will be closed for two months, the town said on Monday morning.",
            "Work begins in March and will last until early summer if the weather allows.",
            "Residents will use the next bridge and the buses will change their routes."]
STORIES = {"en": EN_STORY, **BRIDGE_STORIES}


# A reading list's next book: its author after the title (after "by", a comma or the closing quote),
# or its year in brackets.
BOOKS = [
    ("en", "Read next: The Lighthouse Keeper's Daughter by Maren Holt"),
    ("en", "For more, read: A Short History of the Harbour, by Tom Fenwick"),
    ("en", "Read also: The Salt Road (Harbour Press, 1998)"),
    ("fr", "Lire aussi Le Rouge et le Noir, de Stendhal"),
    ("fr", "Lire aussi Le Comte de Monte-Cristo (1844)"),
    ("es", "Lee también Cien años de soledad, de Gabriel García Márquez"),
    ("it", "Leggi anche Il nome della rosa, di Umberto Eco"),
    ("pt", "Leia também Memórias Póstumas de Brás Cubas, de Machado de Assis"),
    ("nl", "Lees ook De avonden van Gerard Reve"),
    ("pl", "Czytaj też „Lalkę” Bolesława Prusa"),
    ("ru", "Читайте также «Войну и мир» Льва Толстого"),
    ("uk", "Читайте також «Лісову пісню» Лесі Українки"),
    ("el", "Διαβάστε επίσης «Ο Καπετάν Μιχάλης» του Νίκου Καζαντζάκη"),
    # The label with its colon, read by each language's related-links rule.
    ("fr", "Lire aussi : Le Rouge et le Noir, de Stendhal"),
    ("es", "Lee también: Cien años de soledad, de Gabriel García Márquez"),
    ("it", "Leggi anche: Il nome della rosa, di Umberto Eco"),
    ("pt", "Leia também: Memórias Póstumas de Brás Cubas, de Machado de Assis"),
    ("nl", "Lees ook: De avonden, van Gerard Reve (1947)"),
    ("pl", "Czytaj też: „Lalka” Bolesława Prusa"),
    ("ru", "Читайте также: «Война и мир» Льва Толстого"),
    ("uk", "Читайте також: «Лісова пісня» Лесі Українки"),
    ("el", "Διαβάστε επίσης: «Ο Καπετάν Μιχάλης» του Νίκου Καζαντζάκη"),
    ("de", "Lesen Sie auch: „Der Zauberberg“ von Thomas Mann"),
]


@pytest.mark.parametrize("lang,line", BOOKS, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(BOOKS)])
def test_a_reading_lists_next_book_after_a_read_label_stays(lang, line):
    assert_stays_in_story(STORIES[lang], line, lang)


HEADLINES = [
    ("en", "en-read-more", "READ NEXT: Ferry operator cancels winter crossings after second engine failure"),
    ("fr", "fr-read-also-headline", "À lire aussi La mairie renonce au nouveau parking"),
    ("es", "es-read-also-headline", "Lee también El ayuntamiento cierra el mercado de abastos"),
    ("pl", "pl-read-also-headline", "Czytaj też Miasto zamyka halę targową na rok"),
    ("ru", "ru-read-also-headline", "Читайте также Мэрия закрывает крытый рынок на ремонт"),
    ("de", "de-related", "Lesen Sie auch: Stadt sperrt die Hafenbrücke für zwei Monate"),
    ("it", "it-related", "Leggi anche: Il comune chiude il mercato coperto per lavori"),
]


@pytest.mark.parametrize("lang,rule_id,line", HEADLINES, ids=[r for _, r, _ in HEADLINES])
def test_another_storys_headline_after_the_label_still_goes(lang, rule_id, line):
    assert_goes_under_story(STORIES[lang], line, rule_id, lang)


def test_read_next_over_books_cuts_nothing_and_over_headlines_still_cuts():
    books = ["Read next:", "The Lighthouse Keeper's Daughter by Maren Holt", "The Salt Road (Harbour Press, 1998)"]
    result = clean_lines_twice([*EN_STORY, *books], "en")
    assert result.text.splitlines() == [*EN_STORY, *books]
    box = ["Read next:", "Council to vote on harbour car park plan", "Ferry operator cancels winter crossings"]
    result = clean_lines_twice([*EN_STORY, *box], "en")
    assert result.text.splitlines() == EN_STORY


POEM = ["Beim Erntefest las die Lehrerin zum Schluss ein Gedicht aus ihrer Jugend vor.",
        "Die Kinder hatten es im Unterricht abgeschrieben und auswendig gelernt.",
        "Der Wind zieht übers Stoppelfeld,",
        "die Krähen sitzen still,",
        "und wer im Herbst den Acker hält,",
        "weiß, was der Winter will.",
        "von Greta Lindqvist"]


def test_a_poems_attribution_in_lower_case_stays_and_a_byline_over_the_story_goes():
    result = clean_lines_twice([*BRIDGE_STORIES["de"], *POEM], "de")
    assert list(result.removals) == []
    story = BRIDGE_STORIES["de"]
    result = clean_lines_twice([story[0], "von Anna Beispiel", *story[1:]], "de")
    assert removed_by(result, "de-byline-lower") == ["von Anna Beispiel"]
    result = clean_lines_twice([story[0], "Von Anna Beispiel", *story[1:], "Von Jan Roe"], "de")
    assert removed_by(result, "de-byline") == ["Von Anna Beispiel", "Von Jan Roe"]


def test_a_noun_two_nouns_or_a_way_after_von_are_a_heading_not_a_byline():
    story = BRIDGE_STORIES["de"]
    for heading in ("Von Kühen und Kälbern", "Von Sorgen und Hoffnungen", "Von Herzen", "VON KIEL BIS FLENSBURG"):
        assert list(clean_lines_twice([story[0], heading, *story[1:]], "de").removals) == []
        assert list(clean_lines_twice([story[0], story[1], heading, *story[2:]], "de").removals) == []


LETTERS = ["Leserbriefe",
           "Zum Artikel: Die Fähre fährt nur noch stündlich",
           "Seit dem neuen Fahrplan warte ich jeden Morgen vierzig Minuten am Anleger, das ist für Pendler "
           "unzumutbar.",
           "Karla Beispiel, Hafenstadt",
           "Zum Artikel: Neuer Spielplatz am Deich",
           "Endlich bekommen die Kinder im Viertel einen Ort zum Spielen, vielen Dank an die Initiative der Eltern.",
           "Otto Muster, Deichdorf"]


def test_a_letters_pages_headings_stay_and_a_story_link_goes():
    result = clean_lines_twice(LETTERS, "de")
    assert list(result.removals) == []
    assert_goes_under_story(BRIDGE_STORIES["de"], "Zum Artikel: Tarifstreit im Nahverkehr", "de-story-link", "de")


# A placeholder's words quoted in a story, a speech tag after them.
QUOTED = [
    ("fr", "Pour voir cette vidéo, il faut accepter les cookies, explique la juriste de l'association de "
           "consommateurs."),
    ("es", "Para ver este vídeo es necesario aceptar las cookies, explica la abogada de la asociación de "
           "consumidores."),
    ("it", "Per vedere questo video devi accettare i cookie, spiega l'avvocata dell'associazione dei consumatori."),
    ("pt", "Para ver este vídeo, você precisa aceitar os cookies, explica a advogada da associação de "
           "consumidores."),
    ("nl", "Om deze video te bekijken moet je de cookies accepteren, legt de jurist van de consumentenbond uit."),
    ("pl", "Aby obejrzeć ten film, musisz zaakceptować pliki cookie, tłumaczy prawniczka z federacji konsumentów."),
    ("ru", "Чтобы посмотреть это видео, необходимо принять cookies, объясняет юрист общества потребителей."),
    ("uk", "Щоб переглянути це відео, необхідно прийняти cookies, пояснює юристка спілки споживачів."),
    ("el", "Για να δείτε αυτό το βίντεο πρέπει να αποδεχτείτε τα cookies, εξηγεί η δικηγόρος της ένωσης "
           "καταναλωτών."),
    ("en", "Subscribe to our newsletter, the harbour master urged, and you will never miss a tide warning again."),
    ("en", "For more stories like this, visit the maritime museum's local history section."),
    ("en", "READ NEXT: Chapter Two, in which the harbour freezes over"),
    ("en", "MORE: Fresh vegetables, whole grains and plenty of water"),
    ("en", "Recommended: Walking boots with ankle support and a waterproof jacket"),
    ("de", "Abonniere den Telegram-Kanal von Greta, sagte der Anführer der Gruppe zu den neuen Mitgliedern."),
    ("de", "Sie haben Informationen zum Unfall? Melden Sie sich vertraulich bei uns, schreibt die "
           "Polizeiinspektion."),
    ("de", ">> Hier finden Sie den Weg zum Bahnhof, rief der Schaffner ins Abteil."),
    ("de", "Um den Inhalt zu sehen, öffnen Sie bitte die Datenschutzeinstellungen des Telefons und erlauben Sie "
           "der App den Zugriff."),
]


@pytest.mark.parametrize("lang,line", QUOTED, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(QUOTED)])
def test_the_rounds_words_quoted_or_told_in_a_story_stay(lang, line):
    assert_stays_in_story(STORIES[lang], line, lang)


GONE = [
    ("fr", "fr-embed-consent", "Ce contenu est bloqué car vous avez refusé les cookies de la plateforme qui "
                               "l'héberge."),
    ("es", "es-embed-consent", "Para ver este vídeo, es necesario que aceptes las cookies de terceros."),
    ("nl", "nl-embed-consent", "Om deze video te bekijken moet je de cookies van sociale media accepteren."),
    ("en", "en-subscription-call", "Subscribe to our newsletter for the latest harbour news."),
    ("en", "en-more-like-this-link", "For more stories like this, visit our Harbour news page."),
    ("de", "de-channel-prompt", "Kurz am Morgen: Abonniere den Whatsapp-Kanal von Beispielblatt und du bekommst "
                                "die wichtigsten Nachrichten aufs Handy."),
    ("de", "de-tip-pitch", "Haben Sie Hinweise? Melden Sie sich anonym bei unserem Team über den digitalen "
                           "Briefkasten."),
    ("de", "de-embed-consent", "Zur Anzeige aktiviere bitte die externen Inhalte in den "
                               "Privatsphäre-Einstellungen."),
]


@pytest.mark.parametrize("lang,rule_id,line", GONE, ids=[f"{r}-{n}" for n, (_, r, _) in enumerate(GONE)])
def test_the_chrome_the_rules_were_written_for_still_goes(lang, rule_id, line):
    assert_goes_under_story(STORIES[lang], line, rule_id, lang)


def test_a_schools_code_under_our_standards_stays_and_the_wires_link_goes():
    code = ["Harbour Primary School",
            "Our Standards: The Harbour Primary School Code of Conduct",
            "Every pupil walks in the corridors, holds the door for the person behind and keeps the library quiet.",
            "Pupils who break the code twice in a term meet the head teacher with their parents."]
    assert list(clean_lines_twice(code, "en").removals) == []
    assert_goes_under_story(EN_STORY, "Our Standards: The Example Wire Trust Principles.", "en-standards-link", "en")


def test_a_disclaimers_label_goes_only_over_a_disclaimer():
    story = BRIDGE_STORIES["de"]
    note = ["Hinweis:", "Die Meinung der Redaktion spielt bei der Auswahl der Leserbriefe keine Rolle, wir drucken "
                        "alle, die nicht beleidigen."]
    assert list(clean_lines_twice([*story, *note], "de").removals) == []
    notice = ["Hinweis:", "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder."]
    result = clean_lines_twice([*story, *notice], "de")
    assert result.text.splitlines() == story


# HTML: a placeholder the reader let load holds the embed's own text.
POST = ("<p>The footbridge reopens in spring and I will be the first to walk across it with my dog Biscuit.</p>"
        "<p>Harbour Walker, 3 March 2026</p>")


def _page(inner: str) -> str:
    paragraphs = [f"<p>{p}</p>" for p in STORIES_HTML]
    body = "\n".join([*paragraphs[:2], inner, *paragraphs[2:]])
    return (f"<!DOCTYPE html><html><head><title>Footbridge</title></head><body><main><article>"
            f"<h1>Council votes to rebuild the footbridge</h1><div class=\"story-body\">{body}</div>"
            f"</article></main><footer><p>© 2026 Example News</p></footer></body></html>")


STORIES_HTML = ["The council voted on Tuesday to rebuild the old footbridge over the river.",
                "Work will start in April and is expected to take about eighteen months, the council said.",
                "Residents had campaigned for years after the bridge was closed following a flood in 2019.",
                "The new bridge will be wide enough for bicycles and will have lights along its whole length."]


@pytest.mark.parametrize("inner", [
    f'<div class="privacy-placeholder is-loaded">{POST}</div>',
    f'<div class="privacy-placeholder"><div class="tweet">{POST}</div></div>',
    f'<div class="privacy-placeholder"><div class="mastodon-status">{POST}</div></div>',
], ids=["loaded-wrapper", "tweet-inside", "mastodon-status-inside"])
def test_a_loaded_embed_in_a_consent_placeholder_stays(inner):
    result = Cleaner().clean_html(_page(inner))
    assert "Harbour Walker, 3 March 2026" in result.text.splitlines()
    assert [r.rule_id for r in result.removals if r.rule_id.startswith("page-")] == []


def test_a_consent_placeholders_notice_still_goes():
    notice = ('<div class="privacy-placeholder"><p>This content is blocked.</p><p>To see it, accept the cookies '
              'of the social network in your privacy settings.</p></div>')
    result = Cleaner().clean_html(_page(notice))
    assert removed_by(result, "page-consent-box") == [
        "This content is blocked.", "To see it, accept the cookies of the social network in your privacy settings."]


# A "promo" box between the story's paragraphs holds the story's own sentence; above or below the story
# it is the site's offer.
SENTENCE = ("The bridge will carry about four thousand people a day, most of them children walking to the two "
            "schools.")
OFFER = ('<div class="promo-box"><h3>From our shop</h3><p>Get unlimited access to every story and the crossword '
         'for one pound a week.</p><p>Harbour maps and tide tables</p></div>')


def _story_page(before: str = "", inner: str = "", after: str = "") -> str:
    paragraphs = [f"<p>{p}</p>" for p in STORIES_HTML]
    body = "\n".join([*paragraphs[:2], inner, *paragraphs[2:]])
    return (f"<!DOCTYPE html><html><head><title>Footbridge</title></head><body><main><article>"
            f"<h1>Council votes to rebuild the footbridge</h1>{before}<div class=\"story-body\">{body}</div>{after}"
            f"</article></main><footer><p>© 2026 Example News</p></footer></body></html>")


@pytest.mark.parametrize("name", ["promo", "promo-text", "story-promo"])
def test_a_storys_sentence_in_a_promo_box_between_its_paragraphs_stays(name):
    result = Cleaner().clean_html(_story_page(inner=f'<div class="{name}"><p>{SENTENCE}</p></div>'))
    assert SENTENCE in result.text.splitlines()
    assert [r.rule_id for r in result.removals if r.rule_id.startswith("page-")] == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_promo_box_above_or_below_the_story_still_goes(where):
    result = Cleaner().clean_html(_story_page(**{where: OFFER}))
    assert removed_by(result, "page-promo-box") == [
        "From our shop", "Get unlimited access to every story and the crossword for one pound a week.",
        "Harbour maps and tide tables"]
