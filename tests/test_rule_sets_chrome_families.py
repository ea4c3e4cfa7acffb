"""The eighth round's chrome families in the languages other than English (acc-ml8), on texts
written for these tests: photo labels and credits, follow calls, app prompts, newsletters,
tags and "filed under" lines, translator credits, comment counters, author boxes, cookie
banners and loading placeholders under a story; and sentences and headings using the same
words, which stay."""

import pytest

from conftest import assert_goes_under_story, assert_stays_in_story, clean_lines

STORIES = {
    "el": ["Κλείνει η γέφυρα για δύο μήνες",
           "Η γέφυρα του ποταμού θα κλείσει για δύο μήνες, ανακοίνωσε τη Δευτέρα ο δήμος της πόλης.",
           "Οι εργασίες θα ξεκινήσουν τον Μάρτιο και θα τελειώσουν στις αρχές του καλοκαιριού.",
           "Οι κάτοικοι θα χρησιμοποιούν τη γειτονική γέφυρα και τα λεωφορεία θα αλλάξουν δρομολόγια."],
    "ru": ["Мост закроют на два месяца",
           "Мост через реку закроют на два месяца, сообщили в мэрии города в понедельник утром.",
           "Ремонт начнётся в марте и завершится к началу лета, если позволит погода.",
           "Жителям предложат объезд по соседнему мосту, а автобусы изменят маршруты."],
    "pl": ["Most zamknięty na dwa miesiące",
           "Most na rzece zostanie zamknięty na dwa miesiące, poinformował w poniedziałek urząd miasta.",
           "Remont rozpocznie się w marcu i potrwa do początku lata, jeśli pogoda na to pozwoli.",
           "Mieszkańcy pojadą objazdem przez sąsiedni most, a autobusy zmienią trasy."],
    "zh": ["市政府宣布大桥将封闭两个月",
           "市政府周一宣布，河上的大桥将封闭两个月进行维修，预计夏天前完工。",
           "维修工程将于三月开始，如果天气允许，将在初夏完成，不会影响周边居民的正常生活。",
           "居民可以绕行邻近的大桥，公共交通也将调整路线，请市民提前规划出行。"],
    "fr": ["La ville ferme le pont pendant deux mois",
           "Le pont sur la rivière sera fermé pendant deux mois, a annoncé la mairie lundi matin.",
           "Les travaux commenceront en mars et dureront jusqu'au début de l'été, si la météo le permet.",
           "Les habitants emprunteront le pont voisin et les bus changeront d'itinéraire."],
    "it": ["La città chiude il ponte per due mesi",
           "Il ponte sul fiume resterà chiuso per due mesi, ha annunciato il comune lunedì mattina.",
           "I lavori inizieranno a marzo e dureranno fino all'inizio dell'estate, se il tempo lo permetterà.",
           "I residenti useranno il ponte vicino e gli autobus cambieranno percorso."],
    "nl": ["Stad sluit de brug voor twee maanden",
           "De brug over de rivier gaat twee maanden dicht, maakte de gemeente maandagochtend bekend.",
           "De werkzaamheden beginnen in maart en duren tot het begin van de zomer, als het weer meezit.",
           "Bewoners rijden om via de andere brug en de bussen krijgen een andere route."],
}

# Each line chrome under a story, and the rule that must take it.
CHROME = {
    "el": [("Φωτογραφία: Γιάννης Παπαδόπουλος", "el-photo-credit"), ("Ακολουθήστε μας στο Google News", "el-follow-call"),
           ("Κατεβάστε την εφαρμογή", "el-app-prompt"), ("Εγγραφείτε στο newsletter μας", "el-newsletter"),
           ("Ετικέτες: γέφυρα, έργα", "el-tags"), ("Μετάφραση: Άννα Παπά", "el-translator-credit"),
           ("Προβολές: 527", "el-counter"), ("Χρησιμοποιούμε cookies", "el-cookie-notice"),
           ("Φόρτωση...", "loading-placeholder")],
    "ru": [("Иллюстративное фото", "ru-photo-label"), ("Автор фото: Иван Петров", "ru-photo-label"),
           ("Подписывайтесь на нас в Яндекс.Дзен", "ru-follow-call"), ("Комментарии (3)", "ru-comment-count"),
           ("Комментариев пока нет", "ru-comment-count"), ("Перевод с английского: Анна Смирнова", "ru-translator-credit"),
           ("Этот сайт использует файлы cookie", "ru-cookie-notice")],
    "pl": [("Zdjęcie ilustracyjne", "pl-photo-label"), ("Obserwuj nas w Google News", "pl-follow-call"),
           ("Kategoria: Kraj", "pl-tags"), ("Artykuł pochodzi z kategorii: Świat", "pl-tags"),
           ("Przełożyła Anna Nowak", "pl-translator-credit"), ("Wersja do druku", "pl-widget"),
           ("Imieniny obchodzą: Feliks, Hilary", "pl-name-day"), ("Ta strona używa plików cookie", "pl-cookie-notice")],
    "zh": [("（记者 王明 摄）", "zh-photo-credit"), ("资料图", "zh-photo-credit"), ("(嵇南涛 编辑)", "zh-editor-credit"),
           ("记者 王明 报道", "zh-editor-credit"), ("标签：大桥 维修", "zh-tags"), ("翻译：李华", "zh-translator-credit"),
           ("暂无评论", "zh-empty-comments"), ("下载客户端", "zh-widget"), ("本文栏目：消费", "zh-tags"),
           ("【推荐给朋友】 【关闭窗口】", "zh-tool-row"), ("資料來源：http://example.com.tw/news?id=1", "zh-source-link")],
    "fr": [("Photo d'illustration", "fr-photo-label"), ("Suivez-nous sur Facebook", "fr-follow-call"),
           ("Catégorie : Société", "fr-tags"), ("Ce site utilise des cookies", "fr-cookie-notice"),
           ("Chargement...", "loading-placeholder")],
    "it": [("Immagine di repertorio", "it-photo-label"), ("Seguici su Facebook", "it-follow-call"),
           ("Archiviato in: Cronaca", "it-tags"), ("Caricamento...", "loading-placeholder")],
    "nl": [("Archiefbeeld", "nl-photo-label"), ("Volg ons op Facebook", "nl-follow-call"),
           ("Gearchiveerd onder: Binnenland", "nl-tags"), ("Nog geen reacties", "nl-comment-prompt")],
}

# Sentences and headings using the rules' words, inside a story: they stay.
KEPT = {
    "el": ["Φωτογραφία: Η τέχνη του φωτός και της σκιάς", "Ακολουθήστε μας στο βουνό, φώναξε ο οδηγός στους πεζοπόρους.",
           "Χρησιμοποιούμε cookies από το 2010, παραδέχθηκε ο εκδότης."],
    "ru": ["Иллюстративное фото не передаёт масштаба разрушений.", "Читайте нас в субботу, а в понедельник приходите на встречу.",
           "Комментариев нет и у пресс-службы министерства."],
    "pl": ["Obserwuj nas w sobotę, a w niedzielę przyjdź na mecz.", "Imieniny obchodzą dziś wszystkie Anny w naszej redakcji.",
           "Chcemy płacić mniej, a dostawać więcej."],
    "zh": ["资料图显示，去年的降雨量明显偏少。", "深入报道", "翻译：这个词很难翻译。", "[注1] 本文数据来自国家统计局。"],
    "fr": ["Suivez-nous sur la route, cria le guide aux randonneurs.", "La photo d'illustration a été retirée après les plaintes."],
    "it": ["Seguici su per la collina, disse la guida ai turisti.", "Immagine di repertorio: la piazza com'era nel 1950, prima dei lavori."],
    "nl": ["Volg ons op de voet, riep de gids naar de wandelaars.", "Laden"],
}


@pytest.mark.parametrize("lang", sorted(CHROME))
def test_each_chrome_line_under_a_story_goes_by_its_rule(lang):
    for line, rule in CHROME[lang]:
        assert_goes_under_story(STORIES[lang], line, rule, lang)


@pytest.mark.parametrize("lang", sorted(KEPT))
def test_sentences_and_headings_using_the_words_stay(lang):
    for line in KEPT[lang]:
        assert_stays_in_story(STORIES[lang], line, lang)


def test_a_polish_teaser_with_its_link_glued_to_its_last_stop_goes():
    teasers = ["Nowe oprawki na jesieńProjektanci pokazali najnowsze trendy w okularach.więcej",
               "Puchar Polski. Śląsk Wrocław - Wisła Kraków (live) więcej"]
    result = clean_lines([*STORIES["pl"], *teasers], "pl")
    assert result.text == "\n".join(STORIES["pl"]) + "\n"
    assert {r.rule_id for r in result.removals} == {"pl-teaser-more"}


def test_a_chinese_caption_closing_on_its_photographer_goes_and_a_sentence_about_a_photographer_stays():
    caption = "1月16日，获奖者集体合影。新华社发（王申 摄）"
    result = clean_lines([*STORIES["zh"][:2], caption, *STORIES["zh"][2:]], "zh")
    assert result.text == "\n".join(STORIES["zh"]) + "\n"
    said = "他说：“我们都在这里摄影（记者 王明 说）。”"
    text = [*STORIES["zh"][:2], said, *STORIES["zh"][2:]]
    assert clean_lines(text, "zh").text == "\n".join(text) + "\n"


def test_an_author_box_under_a_story_goes_with_its_biography():
    story = [*STORIES["ru"], "Городские власти обещают открыть мост к первому сентября, как и планировали.",
             "Подрядчик уже получил аванс и начал завозить технику на площадку."]
    result = clean_lines([*story, "Об авторе", "Анна Смирнова пишет о городской политике и культуре с 2010 года."], "ru")
    assert result.text == "\n".join(story) + "\n"
    assert {r.rule_id for r in result.removals} == {"ru-author-box"}
