"""Footers and widgets of Russian, Chinese and Polish pages: contact lines, exchange rates,
licence numbers, site notices and a where-to-watch box go; the article, whose sentences
use the same words, stays whole. Every page here is written for the test."""

from cleaner import Cleaner

RUSSIAN_ARTICLE = [
    "В городе открылась новая детская поликлиника",
    "Поликлиника на сто посещений в смену начала работу в понедельник, сообщили в мэрии города.",
    "Записаться к врачу можно по телефону: +7 495 123-45-67, уточнили в пресс-службе больницы.",
    "Главный врач рассказал, что курс доллара при закупке оборудования удалось зафиксировать заранее.",
    "Тел.: единственное, что осталось на табличке у двери старого здания, сказал он журналистам.",
]


def test_a_russian_page_loses_its_contact_lines_and_rates_and_keeps_the_article():
    chrome = ["Курс ЦБ РФ 09.04", "| USD | 31,6144 | ▼ -0,0063 |", "| EUR | 41,0481 | ▲ 0,2068 |",
              "При использовании информационных материалов гипертекстовая ссылка на «Пример» обязательна.",
              "тел.: +7 495 000 00 00", "E-mail: news@example.ru"]
    result = Cleaner().clean("\n".join([*RUSSIAN_ARTICLE, *chrome]) + "\n")
    assert result.lang == "ru"
    assert result.text == "\n".join(RUSSIAN_ARTICLE) + "\n"
    assert {r.rule_id for r in result.removals} == {"ru-currency-row", "ru-copyright-reuse", "ru-contact-line"}


CHINESE_ARTICLE = [
    "市区新开三家社区图书馆",
    "三家社区图书馆将于九月正式开放，读者可以拨打电话：12345预约座位，也可以在网上预约。",
    "图书馆负责人表示，未经许可，任何人不得把馆藏古籍带出阅览室，这一规定已经执行多年。",
    "新馆藏书超过五万册，其中儿童读物占三分之一，还设有自习室和电子阅览室，供市民免费使用。",
]


def test_a_chinese_page_loses_its_footer_notices_and_keeps_the_article():
    chrome = ["电话：021-12345678 传真：021-87654321", "投稿邮箱：news@example.cn",
              "4、如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。",
              "《中华人民共和国增值电信业务经营许可证》编号：闽 B2-20050001 号"]
    result = Cleaner().clean("\n".join([*CHINESE_ARTICLE, *chrome]) + "\n")
    assert result.lang in {"zh-cn", "zh-tw"}
    assert result.text == "\n".join(CHINESE_ARTICLE) + "\n"
    assert [r.rule_id for r in result.removals] == ["zh-contact-line", "zh-contact-line", "zh-site-notice",
                                                    "zh-licence"]


POLISH_ARTICLE = [
    "Legia pokonała Lecha w meczu na szczycie tabeli",
    "Mecz zakończył się wynikiem dwa do jednego, a kibice długo nie opuszczali stadionu po ostatnim gwizdku.",
    "— Czy to już mistrzostwo? — pytali dziennikarze trenera po spotkaniu w szatni.",
    "Nie",
    "— odpowiedział krótko trener i dodał, że do końca sezonu zostało jeszcze sześć kolejek ligowych.",
]


def test_a_polish_where_to_watch_box_goes_and_a_bare_no_in_the_story_stays():
    chrome = ["Na żywo:", "Polsat Sport", "W internecie:", "Tak", "Online za darmo:", "Nie"]
    result = Cleaner().clean("\n".join([*POLISH_ARTICLE, *chrome]) + "\n")
    assert result.lang == "pl"
    assert result.text == "\n".join(POLISH_ARTICLE) + "\n"
    assert "pl-widget-answer" in {r.rule_id for r in result.removals}
