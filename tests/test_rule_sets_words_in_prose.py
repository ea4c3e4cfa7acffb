"""The eighth round's rules in other languages, on their words in writing: a call to follow the
outlet on a network ("Suivez-nous sur Facebook") goes, the same verb heading a series or said by a
guide, its object in lower case ("Suivez-nous dans les coulisses", "Volg ons op de voet"), stays;
a thread's "no comments yet" goes, a spokesman's "Комментариев нет." stays. Every text here is
written for the test."""

import pytest

from cleaner import Cleaner

CASES = [
    ("fr", "Le festival s'ouvre mardi avec un film présenté hors compétition, devant une salle comble.",
     "Suivez-nous dans les coulisses", "Suivez-nous sur Facebook"),
    ("it", "La guida ha radunato il gruppo al rifugio e ha controllato gli scarponi di tutti quanti.",
     "Seguici in montagna", "Seguici su Instagram"),
    ("nl", "We vertrekken zaterdag uit Utrecht en fietsen in drie weken naar de Middellandse Zee.",
     "Volg ons op de voet", "Volg ons op Facebook"),
    ("pl", "Przewodnik zebrał grupę przy schronisku i sprawdził, czy wszyscy mają kurtki i wodę.",
     "Obserwuj nas na szlaku", "Obserwuj nas w Google News"),
    ("ru", "Гид собрал группу у приюта и проверил, у всех ли есть вода, куртки и фонари.",
     "Следите за нами в горах", "Следите за нами в соцсетях"),
    ("el", "Ο οδηγός μάζεψε την ομάδα στο καταφύγιο και έλεγξε αν όλοι είχαν νερό και μπουφάν.",
     "Ακολουθήστε μας στο βουνό", "Ακολουθήστε μας στο Facebook"),
]


# The series' first paragraph, under its heading.
AFTER = {
    "fr": "Chaque soir, notre équipe raconte ce qui se passe derrière le tapis rouge.",
    "it": "È il titolo della nostra nuova serie di reportage, che comincia dalla Valle d'Aosta.",
    "nl": "Elke avond schrijven we hier wat we die dag hebben gezien en gegeten.",
    "pl": "Tak nazywa się nasz nowy cykl reportaży z gór, który zaczynamy od Doliny Pięciu Stawów.",
    "ru": "Так называется наш новый цикл репортажей, который мы начинаем с Эльбруса.",
    "el": "Έτσι λέγεται η νέα μας σειρά από ρεπορτάζ, που ξεκινά από τον Όλυμπο.",
}


@pytest.mark.parametrize("lang, first, heading, call", CASES)
def test_a_series_heading_stays_and_the_call_goes(lang, first, heading, call):
    text = f"{first}\n{heading}\n{AFTER[lang]}\n{call}\n"
    result = Cleaner().clean(text, lang=lang)
    assert [r.text for r in result.removals] == [call]


def test_a_spokesmans_no_comment_stays_and_an_empty_thread_goes():
    # "Комментариев нет." is how a spokesman says "no comment": a turn of an interview.
    interview = ("Корреспондент дозвонился до пресс-секретаря компании в пятницу вечером, после закрытия биржи.\n"
                 "Что вы скажете о сделке с немецким концерном?\n"
                 "Комментариев нет.\n"
                 "А правда ли, что завод в Туле закроют уже весной?\n")
    result = Cleaner().clean(interview, lang="ru")
    assert result.text == interview
    result = Cleaner().clean(interview.replace("Комментариев нет.", "Это решит совет директоров.")
                             + "Комментариев пока нет\n", lang="ru")
    assert [r.text for r in result.removals] == ["Комментариев пока нет"]
