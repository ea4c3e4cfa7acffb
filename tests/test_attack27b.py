"""The twenty-seventh round's rules for modern pages (acc27) attacked with texts and pages written for
these tests: a reading challenge's call, a consumer guide's inbox tip, a podcast how-to's step, an
editor's reply quoting the opinion section's note, Chinese stories reporting a reprint notice, an
event notice's time, a museum story's address, a notice's pointer to its
attachment, a Polish guide's topics over their list, a quote in a
cookie-law story whose element names a consent tool. Each stays, and cleaning it twice changes
nothing; the chrome the rules were written for still goes."""

import pytest

from cleaner import Cleaner
from conftest import removed_by

EN = [
    "The town's library reopened on Saturday after a year of repairs to its roof and its old reading room.",
    "Hundreds of people queued outside before the doors opened, and the librarians handed out tea on the steps.",
]
ZH = ["市图书馆周六重新开放，屋顶和老阅览室的维修工作历时一年。",
      "开门前数百人在门外排队，图书馆员在台阶上为读者送上热茶。"]
PL = ["Miejska biblioteka została w sobotę ponownie otwarta po roku remontu dachu i starej czytelni.",
      "Przed otwarciem drzwi setki ludzi czekały w kolejce, a bibliotekarze rozdawali herbatę na schodach."]

KEPT = {
    "en-newsletter-count: a reading challenge's call": ("en", [
        "Library reopens after repairs", EN[0], "Join the 2,000 readers who already finished the summer challenge.", EN[1]]),
    "en-inbox-delivery-call: a consumer guide's tip": ("en", [
        "Library reopens after repairs", EN[0], "Get your gas bills delivered to your inbox each month.", EN[1]]),
    "en-inbox-delivery-call: a librarian's call reported": ("en", [
        "Library reopens after repairs", EN[0],
        "Get the minutes of every meeting sent to your inbox. Sign up at the front desk, the librarian said.", EN[1]]),
    "en-podcast-platforms: a how-to's step": ("en", [
        "Library reopens after repairs", EN[0], "Follow the steps below to listen on Spotify.", EN[1]]),
    "en-opinion-section-disclaimer: an editor's reply": ("en", [
        "Library reopens after repairs", EN[0],
        "Guest essays express the views of the writers, not necessarily the views of our board, the editor replied.",
        EN[1]]),
    "zh-copyright: a story reports the site's reprint note": ("zh", [
        "图书馆维修后重新开放", ZH[0], "网站在文章末尾写道，转载请注明出处。", ZH[1]]),
    "zh-copyright: a writer's note on his own work reported": ("zh", [
        "图书馆维修后重新开放", ZH[0], "作者在原创作品下方注明，转载时请注明出处。", ZH[1]]),
    "zh-copyright: a publisher's ban reported": ("zh", [
        "图书馆维修后重新开放", ZH[0], "出版社声明，未经书面授权不得复制本书内容。", ZH[1]]),
    "zh-published-stamp: an event notice's time": ("zh", [
        "市图书馆关于举办读书讲座的通知", "为丰富市民的文化生活，市图书馆将举办一场读书讲座，欢迎广大读者参加。",
        "时间：2024年5月5日 14:30", "地点：市图书馆三楼报告厅", "报名方式：请拨打图书馆服务电话预约。"]),
    "zh-social-prompt: a museum story's address": ("zh", [
        "图书馆维修后重新开放", ZH[0], ZH[1], "更多展览信息请访问 www.museum.example.cn。"]),
    "zh-teaser-cut: a notice points to its attachment": ("zh", [
        "图书馆维修后重新开放", ZH[0], "报名方式及活动安排见附件【详情】", ZH[1]]),
    "zh-teaser-cut: a notice points to the library's site": ("zh", [
        "图书馆维修后重新开放", ZH[0], ZH[1], "讲座内容请见图书馆网站。[详细]"]),
    "pl-article-topics-label: a guide's topics over their list": ("pl", [
        "Poradnik: jak oszczędzać prąd", "W tym tekście dowiesz się o:", "- kosztach ogrzewania,",
        "- taryfach nocnych,", "- dopłatach z gminy.", PL[0]]),
}


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


@pytest.mark.parametrize("name", list(KEPT))
def test_the_text_s_own_line_stays(cleaner, name):
    lang, lines = KEPT[name]
    text = "\n".join(lines) + "\n"
    result = cleaner.clean(text, lang=lang)
    assert [(r.rule_id, r.text) for r in result.removals] == []
    assert cleaner.clean(result.text, lang=lang).text == result.text


DROPPED = {
    "en-newsletter-count": ("en", "Join 12k readers who get our weekly letter on gardening."),
    "en-inbox-delivery-call": ("en", "Get the latest harbour news delivered to your inbox. Subscribe to our free newsletters and alerts."),
    "en-podcast-platforms": ("en", "Listen to Harbour Talk on Pocket Casts, Spotify or Overcast."),
    "en-opinion-section-disclaimer": ("en", "Commentary essays express the views of the contributors not necessarily those of Harbour Weekly."),
    "zh-copyright": ("zh", "本作品为某某科普栏目原创，转载时务请注明出处。"),
    "zh-published-stamp": ("zh", "时间：2020-02-11 08:15:06编辑："),
    "zh-social-prompt": ("zh", "更多“冬季怎么养花”的相关资讯请关注www.example.cn"),
    "zh-teaser-cut": ("zh", "市民在公园里赏花，度过了一个愉快的周末...【详细】"),
}


@pytest.mark.parametrize("rule_id", list(DROPPED))
def test_the_chrome_still_goes(cleaner, rule_id):
    lang, line = DROPPED[rule_id]
    story = ["Library reopens after repairs", *EN] if lang == "en" else ["图书馆维修后重新开放", *ZH]
    result = cleaner.clean("\n".join([*story, line]) + "\n", lang=lang)
    assert removed_by(result, rule_id) == [line]


def test_the_topics_label_over_nothing_still_goes(cleaner):
    result = cleaner.clean("\n".join(["Biblioteka znów otwarta", "W tym tekście dowiesz się o:", *PL]) + "\n", lang="pl")
    assert removed_by(result, "pl-article-topics-label") == ["W tym tekście dowiesz się o:"]


STORY = [
    "The data protection office fined three news sites this week for banners that hid the button to refuse tracking.",
    "The office said the sites had used a popular consent tool but set it up so that refusing took five clicks.",
    "Readers who complained to the office said they had simply wanted to read the news without being followed.",
]
QUOTE = "We give every customer both buttons on the first layer, and we tell them to keep it that way, the company said."


def test_a_quote_in_an_element_named_after_a_consent_tool_stays(cleaner):
    paragraphs = "\n".join(f"<p>{p}</p>" for p in STORY)
    html = ('<!DOCTYPE html><html lang="en"><head><title>Regulator fines sites over cookie banners</title></head>'
            '<body><main><article class="story"><h1>Regulator fines sites over cookie banners</h1>\n'
            f'{paragraphs}\n<blockquote class="quote usercentrics-statement"><p>{QUOTE}</p></blockquote>'
            '</article></main></body></html>')
    result = cleaner.clean_html(html)
    assert removed_by(result, "page-consent-manager") == []
    assert QUOTE in result.text and all(p in result.text for p in STORY)
