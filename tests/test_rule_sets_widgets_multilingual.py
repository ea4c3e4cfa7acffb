"""The sixteenth round's widget families in every language (acc16-multi), on texts written for
these tests: font-size controls, view and comment counters, a comment form's field labels,
share buttons naming a network, Greek headlines glued to their teasers, rows of page tools, "read more" links, follow calls, Chinese share and "click to enter" links and an
outlet in brackets at a story's foot; and sentences and headings using the same words, which
stay."""

import pytest

from conftest import BRIDGE_STORIES, assert_goes_under_story, assert_stays_in_story, clean_lines

STORIES = {
    "en": ["The city closes the bridge for two months",
           "The bridge over the river will close for two months, the council said on Monday morning.",
           "Work starts in March and should end by early summer if the weather allows it.",
           "Residents will use the next bridge and the buses will change their routes."],
    **{lang: BRIDGE_STORIES[lang] for lang in ("de", "fr", "es", "uk", "el", "pl")},
    "zh": ["市政府宣布大桥将封闭两个月",
           "市政府周一宣布，河上的大桥将封闭两个月进行维修，预计夏天前完工。",
           "维修工程将于三月开始，如果天气允许，将在初夏完成，不会影响周边居民的正常生活。",
           "居民可以绕行邻近的大桥，公共交通也将调整路线，请市民提前规划出行。"],
}

# Each line chrome under a story, and the rule that must take it.
CHROME = {
    "en": [("Font size: A A A", "font-size-widget"), ("Views: 1,204", "view-counter"),
           ("Your comment", "comment-form-label")],
    "de": [("Schriftgröße: A- A+", "font-size-widget"), ("Aufrufe: 527", "view-counter"),
           ("Ihr Kommentar *", "comment-form-label"), ("Auf Instagram teilen", "share-on-network"),
           ("Um selbst einen Kommentar zu schreiben, müssen Sie sich anmelden.", "de-comment-moderation"),
           ("Abonnieren Sie den Brücken-Newsletter: https://example.de/newsletter/", "de-subscription-call")],
    "fr": [("Taille du texte : A A A", "font-size-widget"), ("Vues : 527", "view-counter"),
           ("Commentaires (0)", "comment-count-label"), ("Votre commentaire", "comment-form-label"),
           ("Partager sur Instagram", "share-on-network"),
           ("Lire la suite »", "read-more-link")],
    "es": [("Tamaño de letra: A | A | A", "font-size-widget"), ("Visitas: 527", "view-counter"),
           ("Comentarios: 3", "comment-count-label"), ("Tu comentario", "comment-form-label"),
           ("Imprimir Compartir", "tool-row"), ("Leer más", "read-more-link")],
    "uk": [("Розмір шрифту: A A A", "font-size-widget"), ("Переглядів: 527", "view-counter"),
           ("Коментарі: 3", "comment-count-label"), ("Роздрукувати", "uk-widget"),
           ("Читайте нас у Telegram", "uk-follow-call"), ("Стежте за нами у Facebook", "uk-follow-call")],
    "el": [("Μέγεθος γραμματοσειράς: Α+ Α-", "font-size-widget"), ("Σχόλια: 5", "comment-count-label"),
           ("Το σχόλιό σας", "comment-form-label"), ("Κοινοποιήστε στο Facebook", "share-on-network"),
           ("Το Example.gr στο Facebook", "el-follow-call"), ("Διαβάστε περισσότερα", "read-more-link"),
           ("- Κλειστά τα σχολεία λόγω χιονιούΤα σχολεία της περιφέρειας θα μείνουν κλειστά και την Τρίτη",
            "el-glued-teaser"),
           # A headline ending on an acronym: its teaser's accented capital right after it is the seam.
           ("- Νέα δρομολόγια για τα λεωφορεία του ΟΑΣΑΈως το τέλος του μήνα θα αλλάξουν οι στάσεις στο κέντρο",
            "el-glued-teaser")],
    "pl": [("Rozmiar czcionki: A A A", "font-size-widget"), ("Twój komentarz", "comment-form-label"),
           ("Tweetnij", "pl-share-prompt"), ("Drukuj | Wyślij | Udostępnij", "tool-row"),
           ("Jesteś świadkiem ważnych wydarzeń w mieście? Napisz do nas: listy@gazeta-przyklad.pl",
            "pl-reader-submission")],
    "zh": [("分享到微信", "zh-share-to"), ("[点击进入浏览]", "zh-click-link"), ("點擊進入>>", "zh-click-link"),
           ("相关评论", "zh-related"), ("（某某新闻网）", "zh-source-bracket-tail"),
           ("相关新闻<<<某地举行冬季长跑比赛[高清大图]", "zh-related-link")],
}

# Sentences and headings using the rules' words, inside a story: they stay.
KEPT = {
    "en": ["Font size: a larger one helps older readers.", "Your comment was the first we read this morning."],
    "de": ["Aufrufe zur Ruhe blieben ungehört.", "Schriftgröße: zwölf Punkt für den Fließtext, sagt die Setzerin."],
    "fr": ["Commentaires : 3 lecteurs ont écrit à la rédaction.", "« Votre nom ? » demanda le gardien."],
    "es": ["Visitas: 527 personas pasaron por el museo en agosto.", "Imprimir PDF",
           "Leer más despacio ayuda a entender, dijo la maestra."],
    "uk": ["Стежте за нами в горах", "Читайте нас у суботу, а в понеділок приходьте на зустріч."],
    "el": ["Σχόλια: ο υπουργός δεν απάντησε.", "- Κλειστά τα σχολεία λόγω χιονιού από την Τρίτη ως την Πέμπτη.",
           "- Οι συνομιλίες Αθήνας-Άγκυρας για τα σύνορα ξαναρχίζουν μετά από δύο χρόνια σιωπής"],
    "pl": ["Jesteś świadkiem w tej sprawie? Napisz do sądu, zanim minie termin, radzi adwokat."],
    "zh": ["点击进入设置", "他把视频分享到微博上。", "他点击进入论坛，发现帖子已经被删除了。", "相关新闻：据报道，大桥今天正式通车。"],
}


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_each_chrome_line_under_a_story_goes_by_its_rule(lang):
    for line, rule in CHROME[lang]:
        assert_goes_under_story(STORIES[lang], line, rule, lang)


@pytest.mark.parametrize("lang", sorted(KEPT))
def test_sentences_and_headings_using_the_words_stay(lang):
    for line in KEPT[lang]:
        assert_stays_in_story(STORIES[lang], line, lang)


def test_a_form_label_over_its_own_paragraph_is_a_guides_heading_and_stays():
    text = ["Filling in the new passport form",
            "The form has four parts, and each asks for something you already know.",
            "Your name",
            "Write your name exactly as it appears on your birth certificate, in capitals."]
    assert clean_lines(text, "en").text == "\n".join(text) + "\n"


def test_a_chinese_outlet_in_brackets_goes_only_at_the_foot():
    story = STORIES["zh"]
    text = [story[0], "（某某新闻网）", *story[1:], "记者还采访了附近的居民。", "他们说施工期间会有些不便。",
            "但大家都支持维修工程。"]
    assert clean_lines(text, "zh").text == "\n".join(text) + "\n"
