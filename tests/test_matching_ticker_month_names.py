"""headline_ticker's stamps with the month in words ("3 марта в 11:20", "Feb. 9, 8:30 AM"):
read in every language months.yaml lists, only with their time, and ordered as digit stamps are."""

import pytest

from cleaner.data import month_numbers
from cleaner.matching.ticker import _stamped, goes_back
from test_matching_ticker import clean, removed_by


def test_every_month_name_reads_as_its_month():
    numbers = month_numbers()
    assert numbers["января"] == numbers["январь"] == 1
    assert numbers["мая"] == 5 and numbers["maja"] == 5
    assert numbers["sept"] == 9 and numbers["jun"] == 6 and numbers["jul"] == 7
    assert numbers["ιουνίου"] == 6 and numbers["ιουλίου"] == 7 and numbers["μαΐου"] == 5
    assert numbers["października"] == 10 and numbers["грудня"] == 12
    assert set(numbers.values()) == set(range(1, 13))


@pytest.mark.parametrize("line, month, day", [
    ("- Депутаты обсудили новый бюджет 14 ноября 2012, 18:05", 11, 14),
    ("Nowy most otwarty dla ruchu 3 marca 2012, 10:15", 3, 3),
    ("Bakery chain opens its tenth shop Feb. 9, 8:30 AM", 2, 9),
    ("Νέα γραμμή λεωφορείων στο κέντρο 14 Μαΐου 2012, 20:30", 5, 14),
    ("7 Февраля 2012 03:14:09", 2, 7),
    ("3 марта в 11:20", 3, 3),
])
def test_stamps_with_the_month_in_words(line, month, day):
    stamp = _stamped(line, 30)
    assert stamp is not None and (stamp.first, stamp.second) == (month, day)


@pytest.mark.parametrize("line", [
    # A date in words without its time is a dateline or a sentence's date, not a ticker's stamp.
    "Заседание перенесли на 27 ноября 2012",
    "15 December 2011",
    # A sentence that opens on its date and time and states something to its full stop.
    "3 марта в 11:20 поезд наконец тронулся.",
    # A word that begins like a month is no month: "Marcin", "Junior".
    "Marcin 3, 10:15",
])
def test_lines_that_are_no_stamp_with_a_month_in_words(line):
    assert _stamped(line, 30) is None


def test_month_names_order_stamps_as_numbers_do():
    lines = ["- Заголовок первый 2 января 2012, 10:00", "- Заголовок второй 30 декабря 2011, 18:00",
             "- Заголовок третий 30 декабря 2011, 09:15"]
    stamps = [_stamped(line, 30) for line in lines]
    assert goes_back(stamps)
    assert not goes_back(stamps[::-1])


STORY = ["Городской совет утвердил план ремонта набережной на следующий год, сообщили в мэрии.",
         "Работы начнутся весной и займут около полугода, добавили в пресс-службе."]


def test_a_ticker_stamped_with_month_names_beside_an_article_goes():
    ticker = ["- На складе провели плановую проверку 12 февраля 2012, 16:10",
              "- Рыбаки вернулись с зимнего лова 11 февраля 2012, 09:45",
              "- На трассе открыли новую развязку 9 февраля 2012, 13:30"]
    result = clean([*STORY, *ticker])
    assert result.text == "\n".join(STORY) + "\n"
    assert removed_by(result) == ticker


def test_a_programme_stamped_with_month_names_running_forward_stays():
    programme = ["- Открытие выставки в главном зале 3 марта 2012, 10:00",
                 "- Лекция о городской архитектуре 4 марта 2012, 12:00",
                 "- Концерт камерного оркестра 5 марта 2012, 19:00"]
    text = [*STORY, *programme]
    assert clean(text).text == "\n".join(text) + "\n"
