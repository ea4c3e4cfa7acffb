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
