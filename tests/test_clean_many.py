"""Cleaner.clean_many: a batch's repairs and first detections done before its documents are
cleaned, with every result what Cleaner.clean gives, whatever the batches; and the record
loop, which cleans a batch's texts so, giving what cleaning each record alone gives."""

import json
from dataclasses import asdict

import pytest

from cleaner import Cleaner
from cleaner.language import detection

ENGLISH = ("Harbour Town Votes On New Ferry Timetable\n\nShare this article\n\n"
           "The council of Harbour Town voted on Tuesday to keep the early ferry running through the winter.\n"
           "Fishermen who cross before dawn said the late boat would have cost them a morning's catch.\n"
           "Leave a Comment\n")
FRENCH = ("Le marché couvert rouvre ses portes\n\n"
          "Après deux ans de travaux, le marché couvert de la ville rouvre ce samedi avec quarante étals.\n"
          "Les producteurs de fromage et de légumes retrouvent les places qu'ils occupaient avant le chantier.\n")
GERMAN = ("Die Bibliothek verlängert ihre Öffnungszeiten während der Prüfungswochen bis Mitternacht.\n"
          "Studierende hatten sich seit dem Frühjahr darüber beklagt, dass die Lesesäle zu früh schließen.\n")
RUSSIAN = ("В городском парке открыли новую детскую площадку с качелями и песочницей.\n"
           "Жители соседних домов давно просили администрацию обновить старые горки.\n")
CHINESE = "今天上午市图书馆举办了一场关于古代建筑保护的公开讲座，吸引了许多附近学校的学生前来参加。\n讲座结束后，馆方还展出了几张老城门的照片。\n"
GREEK = "Το δημοτικό θέατρο ανακοίνωσε ότι η νέα παράσταση θα ξεκινήσει τον επόμενο μήνα με δωρεάν είσοδο.\n"
MOJIBAKE = "The cafÃ© on the corner serves a crÃ¨me brÃ»lÃ©e that people queue for on Sunday mornings.\n"
NO_KNOWN_GRAMS = "𓀀𓀁𓀂 𓀃𓀄 𓀅𓀆𓀇 ⚙⚙⚙ 12345 67890\n"

DOCUMENTS = [
    ENGLISH, FRENCH, "", "\n\n  \n", GERMAN, RUSSIAN, CHINESE, GREEK, MOJIBAKE, NO_KNOWN_GRAMS, "Hello",
    {"text": ENGLISH, "lang": "en", "name": "forced.txt"},
    {"text": FRENCH, "lang": "de"},  # a language given is kept, whatever the text
    {"text": ENGLISH, "url": "https://news.example.org/ferry", "name": "with-url"},
    {"text": ENGLISH, "site": "example.net"},
    {"text": ENGLISH, "drop_title": "Harbour Town Votes On New Ferry Timetable"},
    ENGLISH.replace("\n", "\r\n"), RUSSIAN + ENGLISH, CHINESE + FRENCH,
] * 3


def alone(document) -> dict:
    arguments = document if isinstance(document, dict) else {"text": document}
    return arguments


def as_data(result, name: str) -> dict:
    return {**asdict(result), "audit": result.audit_entries(name)}


def one_by_one(documents) -> list[dict]:
    cleaner = Cleaner()
    return [as_data(cleaner.clean(**alone(d)), str(i)) for i, d in enumerate(documents)]


@pytest.fixture(scope="module")
def expected():
    return one_by_one(DOCUMENTS)


@pytest.mark.parametrize("batch", [1, 7, 50])
def test_every_result_is_what_clean_gives_whatever_the_batches(expected, batch):
    detection.forget_samples()  # the first detections are made here, not found among the answers kept
    cleaner = Cleaner()
    got = [as_data(r, str(i)) for i, r in enumerate(cleaner.clean_many(DOCUMENTS, batch=batch))]
    assert got == expected
    # Something in them to get wrong: removals, repairs and several languages.
    assert any(r["removals"] for r in got) and any(r["fixes"] for r in got)
    assert {"en", "fr", "de", "ru", "el", "zh-cn"} <= {r["lang"] for r in got}


def test_a_text_cleaned_again_in_a_batch_holds(expected):
    cleaner = Cleaner()
    texts = [r["text"] for r in expected]
    assert [r.text for r in cleaner.clean_many(texts, batch=7)] == texts


def test_documents_are_taken_a_batch_at_a_time():
    taken = []

    def documents():
        for n in range(30):
            taken.append(n)
            yield f"Line {n} of a short note about the weather in the valley this week.\n"

    results = Cleaner().clean_many(documents(), batch=4)
    next(results)
    assert len(taken) == 4
    assert len(list(results)) == 29 and len(taken) == 30


def test_wrong_arguments_are_refused():
    cleaner = Cleaner()
    with pytest.raises(TypeError, match="mapping"):
        list(cleaner.clean_many([{"text": "Some words.", "language": "en"}]))
    with pytest.raises(TypeError, match="mapping"):
        list(cleaner.clean_many([{"lang": "en"}]))
    with pytest.raises(ValueError, match="batch"):
        list(cleaner.clean_many(["Some words."], batch=0))
    assert list(cleaner.clean_many([])) == []


def test_the_record_loop_gives_what_each_record_cleaned_alone_gives():
    from cleaner.io.records import parse_record
    from cleaner.run.documents import clean_record
    from cleaner.run.pool import init_worker
    from cleaner.run.settings import Settings
    from cleaner.run.tasks import run_records

    records = [{"id": n, "text": d} for n, d in enumerate(DOCUMENTS[:19]) if isinstance(d, str)]
    records[3]["lang"] = "fr"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(2, '{"id": "no text"}')
    lines.insert(5, '{"id": 99, "text": "' + "a line\\n" * 40 + '"}')  # over the settings' line limit
    lines.insert(7, "{not json")
    settings = Settings(max_document_lines=30)
    init_worker(settings)
    outcomes, stats = run_records(("in.jsonl", list(enumerate(lines, start=1))))
    cleaner = settings.build()
    for (number, line), outcome in zip(enumerate(lines, start=1), outcomes):
        assert outcome.number == number
        try:
            done = clean_record(cleaner, settings, parse_record(line), f"in.jsonl:{number}")
        except Exception as exc:  # a record refused alone is refused in the loop, with the same message
            assert outcome.error == str(exc) and outcome.record is None
            continue
        assert outcome.error is None and outcome.record == done.record
        assert outcome.audit == done.result.audit_entries(f"in.jsonl:{number}")
    assert sum(o.error is not None for o in outcomes) == 3 and stats.records_read == len(lines)
