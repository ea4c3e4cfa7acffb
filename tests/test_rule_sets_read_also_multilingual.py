"""The read-also link glued to another story's headline without a colon, in nine languages, and the
smaller labels written beside it (a singular related heading, a skip-the-ad link, a pass-it-on share
button, the placeholder of an embed blocked until the reader accepts its cookies, an app prompt, a
photo label and an author box's heading), on texts written for these tests; and sentences using the
same words, which stay under the story's first paragraph and under its last."""

import pytest

from conftest import BRIDGE_STORIES, assert_goes_under_story, assert_stays_in_story, clean_lines

STORIES = BRIDGE_STORIES

# Each line under a story, and the rule that must take it.
CHROME = {
    "fr": [("À lire aussi Le marché couvert rouvre ses portes en avril", "fr-read-also-headline"),
           ("LIRE AUSSI Pourquoi les péniches quittent le port ?", "fr-read-also-headline"),
           ("Passer la publicité", "fr-ad-skip"),
           ("Pour voir cette publication, vous devez accepter les cookies du réseau social.", "fr-embed-consent")],
    "es": [("Lea también El mercado cubierto reabre sus puertas en abril", "es-read-also-headline"),
           ("Nota relacionada: El mercado cubierto reabre en abril", "es-related"),
           ("Noticia relacionada", "es-related"),
           ("Este contenido no se puede mostrar porque rechazaste las cookies de terceros.", "es-embed-consent")],
    "it": [("Leggi anche Il mercato coperto riapre ad aprile", "it-read-also-headline"),
           ("Notizia correlata", "it-related"),
           ("Per vedere questo post devi accettare i cookie del social network.", "it-embed-consent")],
    "pt": [("Leia também Mercado municipal reabre as portas em abril", "pt-read-also-headline"),
           ("Notícia relacionada", "pt-related"),
           ("Para visualizar esta publicação, aceite os cookies da rede social.", "pt-embed-consent")],
    "nl": [("Lees ook Overdekte markt gaat in april weer open", "nl-read-also-headline"),
           ("Om deze kaart te zien moet je de cookies van de kaartdienst accepteren.", "nl-embed-consent")],
    "pl": [("Czytaj też Hala targowa znów otwarta od kwietnia", "pl-read-also-headline"),
           ("Aby zobaczyć ten wpis, zaakceptuj pliki cookie serwisu społecznościowego.", "pl-embed-consent")],
    "ru": [("Читайте также Крытый рынок откроется снова в апреле", "ru-read-also-headline"),
           ("Чтобы просмотреть эту запись, разрешите файлы cookie социальной сети.", "ru-embed-consent")],
    "uk": [("Читайте також Критий ринок знову відкриється у квітні", "uk-read-also-headline"),
           ("Щоб переглянути цю публікацію, дозвольте файли cookie соціальної мережі.", "uk-embed-consent"),
           ("Архівне фото", "uk-photo-label"), ("Про автора", "uk-author-box")],
    "el": [("Διαβάστε επίσης Η σκεπαστή αγορά ανοίγει ξανά τον Απρίλιο", "el-read-also-headline"),
           ("Για να δείτε αυτή την ανάρτηση, αποδεχτείτε τα cookies του κοινωνικού δικτύου.", "el-embed-consent")],
    "zh": [("分享让更多人看到", "zh-share-row"), ("打开APP阅读全文", "zh-app-prompt"),
           ("下载某某新闻客户端", "zh-app-prompt")],
}

# Sentences using the rules' words, inside a story and at its foot: they stay.
KEPT = {
    "fr": ["Lire aussi Victor Hugo en vacances, voilà ce que conseille la bibliothécaire.",
           "À lire aussi les avis des voisins, le projet divise le quartier.",
           "Passer la publicité à la radio coûte cher aux commerçants du centre.",
           "Pour voir cette carte, il faut monter au deuxième étage du musée."],
    "es": ["Lea también El Quijote, le dijo la maestra, y después hablamos del puente.",
           "Nota relacionada con el expediente, según el juez, no figura en el sumario.",
           "Para ver este mapa, los visitantes suben al segundo piso del museo."],
    "it": ["Leggi anche Calvino, disse la maestra, e poi parliamo del ponte.",
           "Per vedere questa mappa bisogna salire al secondo piano del museo."],
    "pt": ["Leia também Eça de Queirós, disse a professora, e depois falamos da ponte.",
           "Para ver este mapa, os visitantes sobem ao segundo andar do museu."],
    "nl": ["Lees ook Multatuli eens, zei de juf, en dan praten we over de brug.",
           "Om deze kaart te zien moeten bezoekers naar de tweede verdieping van het museum."],
    "pl": ["Czytaj też Prusa, powiedziała nauczycielka, a potem porozmawiamy o moście.",
           "Aby zobaczyć tę mapę, trzeba wejść na drugie piętro muzeum."],
    "ru": ["Читайте также Чехова, сказала учительница, а потом поговорим о мосте.",
           "Чтобы увидеть эту карту, посетители поднимаются на второй этаж музея."],
    "uk": ["Читайте також Франка, сказала вчителька, а потім поговоримо про міст.",
           "Щоб побачити цю карту, відвідувачі піднімаються на другий поверх музею.",
           "Автор статті відмовився від коментарів."],
    "el": ["Διαβάστε επίσης Καζαντζάκη, είπε η δασκάλα, και μετά μιλάμε για τη γέφυρα.",
           "Για να δείτε τον χάρτη, οι επισκέπτες ανεβαίνουν στον δεύτερο όροφο του μουσείου."],
    "zh": ["分享让更多人看到了希望，她在信中写道。", "他下载了这个APP后，每天都用它记账。"],
}


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_each_label_under_a_story_goes_by_its_rule(lang):
    for line, rule in CHROME[lang]:
        assert_goes_under_story(STORIES[lang], line, rule, lang)


@pytest.mark.parametrize("lang", sorted(KEPT))
def test_sentences_using_the_words_stay(lang):
    for line in KEPT[lang]:
        assert_stays_in_story(STORIES[lang], line, lang)


def test_a_read_also_line_between_paragraphs_goes_and_cleaning_twice_changes_nothing():
    story = STORIES["pl"]
    text = [story[0], story[1], "CZYTAJ TAKŻE Dlaczego autobusy jeżdżą dziś objazdem?", *story[2:]]
    once = clean_lines(text, "pl")
    assert once.text == "\n".join(story) + "\n"
    assert [r.rule_id for r in once.removals] == ["pl-read-also-headline"]
    assert clean_lines(once.text.splitlines(), "pl").text == once.text


def test_a_two_word_title_after_the_label_stays():
    # Two words after the label are as often a name read aloud as a title: the rule asks three.
    text = [*STORIES["fr"], "Lire aussi Jean Martin"]
    assert clean_lines(text, "fr").text == "\n".join(text) + "\n"
