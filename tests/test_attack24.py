"""The twenty-fourth round's attack. A related-stories label low in a story whose box of links the
extraction lost: what stands under it is the story's last paragraph, and a label that would cut
nothing but paragraphs cuts nothing (its own line still goes). Each text stays, cleaning it twice
gives what cleaning once gave, and the boxes the rules were written for still go. Every text is
written for the test."""

from conftest import clean_lines, removed_by

QUARTER = [
    "Die Stadt plant eine Seilbahn vom Bahnhof bis zum neuen Quartier am See.",
    "Die Verwaltung hat dafür eine Machbarkeitsstudie in Auftrag gegeben, die im Herbst vorliegen soll.",
    "Auf dem Gelände des alten Güterbahnhofs sollen Wohnungen, Büros und ein kleiner Park entstehen.",
    "Der Stadtrat will im Frühjahr über die ersten Bebauungspläne für das Quartier beraten.",
    "Anwohner hatten sich in einer Bürgerversammlung vor allem mehr Grünflächen gewünscht.",
]
LAST = ("Dort sollen außerdem Flächen für eine Fachhochschule und ein Gründerzentrum entstehen, in dem sich "
        "junge Firmen aus der Region ansiedeln können.")


def _idempotent(lines: list[str], lang: str):
    result = clean_lines(lines, lang)
    assert clean_lines(result.text.splitlines(), lang).text == result.text
    return result


def test_related_label_over_the_last_paragraph_cuts_nothing():
    for label in ("Auch interessant", "Mehr zum Thema", "Das könnte Sie auch interessieren"):
        result = _idempotent([*QUARTER, label, LAST], "de")
        assert result.text == "\n".join([*QUARTER, LAST]) + "\n", label
        assert [r.text for r in result.removals] == [label]


def test_related_label_over_headlines_still_cuts_them():
    box = ["Auch interessant", "Neuer Radweg am Kanal: Die Arbeiten beginnen im Mai",
           "Wochenmarkt zieht auf den Rathausplatz um"]
    result = _idempotent([*QUARTER, *box], "de")
    assert result.text == "\n".join(QUARTER) + "\n"
    assert removed_by(result, "de-related-tail") == box


def test_related_label_over_a_notice_ending_on_a_colon_still_cuts_it():
    # A shop's notice over the icon that marks its paid links ends on a colon: no paragraph of the story.
    notice = ("Dieser Beitrag kann Links zu Händlern enthalten, an deren Verkäufen wir beteiligt sind. "
              "Solche Links tragen dieses Zeichen:")
    result = _idempotent([*QUARTER, "Weitere Ausflugstipps in Dänemark", notice], "de")
    assert result.text == "\n".join(QUARTER) + "\n"
