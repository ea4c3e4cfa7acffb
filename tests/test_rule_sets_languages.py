"""The Greek and Chinese rule files: chosen by the detected language, and what they take
from a page written for the test (its article kept whole)."""

import pytest

from cleaner import Cleaner
from cleaner.rules.book import load_rulebook


@pytest.mark.parametrize("lang, rule_id", [
    ("el", "el-related"), ("zh", "zh-related"), ("zh-cn", "zh-related"), ("zh-tw", "zh-related")])
def test_language_files_are_selected_by_their_codes(lang, rule_id):
    rules, _ = load_rulebook().select(lang, None)
    assert rule_id in {r.id for r in rules}
    others, _ = load_rulebook().select("ru", None)
    assert rule_id not in {r.id for r in others}


CHINESE_ARTICLE = [
    "市区新开三家社区图书馆",
    "三家社区图书馆将于九月正式开放，周末和晚上延长开放时间，读者可以在网上预约座位。",
    "市政府还计划为行动不便的老年人提供送书上门服务，每两周一次，由志愿者负责配送。",
    "图书馆负责人表示，新馆藏书超过五万册，其中儿童读物占三分之一，还设有自习室。",
    "相关新闻报道称，明年还将在郊区新建两座图书馆。",
]


def test_a_chinese_page_loses_its_credit_and_related_list_and_keeps_its_article():
    chrome = ["责任编辑：王明", "相关新闻", "- 地铁五号线延长至机场", "- 老街改造工程正式启动"]
    result = Cleaner().clean("\n".join([*CHINESE_ARTICLE, *chrome]) + "\n")
    assert result.lang in {"zh-cn", "zh-tw"}
    assert result.text == "\n".join(CHINESE_ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["zh-credit", "zh-related", "related-link-list",
                                                    "related-link-list"]


TRADITIONAL_ARTICLE = [
    "市府宣布老街改造計畫",
    "市政府今日宣布，老街改造工程將於明年春天動工，預計兩年內完成，總經費約三億元。",
    "工程期間，老街兩側商店照常營業，市府將設置臨時停車場，並加開接駁公車。",
    "居民團體表示支持，但希望市府在施工期間注意噪音與交通問題，並定期舉行說明會。",
]


def test_a_traditional_chinese_page_is_not_read_as_korean():
    chrome = ["調整字體︰", "(內容由本社提供。未經授權，不得轉載。)", "延伸閱讀"]
    result = Cleaner().clean("\n".join([*TRADITIONAL_ARTICLE, *chrome]) + "\n")
    assert result.lang == "zh-tw"
    assert result.text == "\n".join(TRADITIONAL_ARTICLE) + "\n"


GREEK_ARTICLE = [
    "Νέα μέτρα για τις συντάξεις ανακοίνωσε η κυβέρνηση",
    "Η κυβέρνηση ανακοίνωσε χθες νέα μέτρα για τους συνταξιούχους, με αυξήσεις από τον Ιανουάριο.",
    "Σύμφωνα με το υπουργείο, τα μέτρα αφορούν περισσότερους από ένα εκατομμύριο πολίτες.",
    "Διαβάστε επίσης τους όρους πριν υποβάλετε αίτηση, συμβουλεύει το υπουργείο.",
    "Η αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή και ζήτησε συζήτηση στη Βουλή.",
]


def test_a_greek_page_loses_its_stamp_source_and_related_heading():
    page = [GREEK_ARTICLE[0], "Ημερομηνία δημοσίευσης: 3 Ιανουαρίου 2012", *GREEK_ARTICLE[1:],
            "Πηγή: ΑΠΕ-ΜΠΕ", "Σχετικά Άρθρα", "Νέοι όροι για τις επικουρικές συντάξεις"]
    result = Cleaner().clean("\n".join(page) + "\n")
    assert result.lang == "el"
    assert result.text == "\n".join(GREEK_ARTICLE) + "\n"
    assert {r.rule_id for r in result.removals} == {"el-dateline", "el-source-line", "el-related",
                                                    "related-link-list"}


def test_a_chinese_headline_list_with_its_stamps_goes_and_an_article_list_stays():
    article = [
        "市区新开三家社区图书馆",
        "三家社区图书馆将于九月正式开放，周末和晚上延长开放时间，读者可以在网上预约座位。",
        "新馆的服务包括：",
        "- 为老年人送书上门",
        "- 周末开设儿童故事会",
        "图书馆负责人表示，新馆藏书超过五万册，其中儿童读物占三分之一，还设有自习室。",
    ]
    chrome = ["2012-01-17 19:47:00", "声明：某某网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
              "- [18:38] 01-17", "- 地铁五号线延长至机场", "- [16:22] 01-17", "- 老街改造工程正式启动",
              "- 市民反映停车难 01/12 05:02", "- 新馆开放时间调整.."]
    page = [article[0], chrome[0], *article[1:], *chrome[1:]]
    result = Cleaner().clean("\n".join(page) + "\n")
    assert result.text == "\n".join(article) + "\n"
    assert {r.rule_id for r in result.removals} == {"zh-date-stamp", "zh-copyright", "zh-stamp-bullet",
                                                    "zh-stamped-headline", "zh-listed-headline-stamp",
                                                    "zh-teaser-cut"}


RUSSIAN_ARTICLE = [
    "В Пскове открылись три новые библиотеки",
    "Три новые библиотеки откроются в сентябре и будут работать по вечерам и в выходные дни.",
    "Город также планирует доставку книг на дом для пожилых людей, сообщили в мэрии.",
    "Если вы заметили ошибку в расписании, сообщите библиотекарю, попросили в мэрии.",
]


def test_a_russian_page_loses_its_section_date_and_typo_notice():
    page = [RUSSIAN_ARTICLE[0], "// Example.ru // В России // 3 января 2012 г.", *RUSSIAN_ARTICLE[1:],
            "Европа //", "| Подписка на рассылку | Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter |"]
    result = Cleaner().clean("\n".join(page) + "\n", lang="ru")
    assert result.text == "\n".join(RUSSIAN_ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["ru-section-date", "ru-section-label", "ru-typo-report"]


GERMAN_ARTICLE = [
    "Drei neue Stadtbibliotheken öffnen im September",
    "Die drei Bibliotheken öffnen im September und haben abends und am Wochenende länger geöffnet.",
    "Die Stadt plant außerdem einen Bücherdienst für ältere Menschen, sagte die Sprecherin.",
    "Wer sich für den Newsletter der Bibliothek anmeldet, erfährt von Lesungen zuerst.",
]


def test_a_german_page_loses_its_promos_and_keeps_sentences_with_the_same_words():
    page = [*GERMAN_ARTICLE, ">> Wegen Umbau: Das Café am Markt schließt <<",
            "Lust auf mehr? Lass dir die besten Geschichten schicken. Melde dich hier für unseren Newsletter an.",
            ">>> Jetzt die aktuelle Ausgabe bestellen! <<<",
            "Mit der Registrierung akzeptieren Sie unsere Datenschutz- und Nutzungsbedingungen."]
    result = Cleaner().clean("\n".join(page) + "\n", lang="de")
    assert result.text == "\n".join(GERMAN_ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["de-framed-link", "de-subscription-call", "de-issue-promo",
                                                    "de-registration-consent"]
