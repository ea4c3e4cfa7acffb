from cleaner import language

FRENCH = ["Les négociations reprendront à Genève la semaine prochaine, selon le ministère."] * 3
ENGLISH = ["The negotiations will resume in Geneva next week, according to the ministry."] * 3
RUSSIAN = ["Переговоры возобновятся в Женеве на следующей неделе, сообщили в министерстве."] * 3


def test_detects_languages():
    assert language.detect(FRENCH) == "fr"
    assert language.detect(ENGLISH) == "en"
    assert language.detect(RUSSIAN) == "ru"


def test_detection_is_deterministic_on_ambiguous_text():
    lines = ["Ok taxi hotel bar radio", "Internet club"]
    assert len({language.detect(lines) for _ in range(20)}) == 1


def test_no_letters_no_language():
    assert language.detect(["12 34", "---"]) is None
    assert language.detect([]) is None


def test_sample_is_bounded_and_prefers_prose():
    lines = ["Menu", "Home"] + ["word " * 10] * 1000
    sample = language.sample(lines)
    assert len(sample) <= language.SAMPLE_CHARS
    assert "Menu" not in sample


def test_forced_language_selects_rules(cleaner_obj):
    # "Partager" is chrome on a French page; with English forced, French rules do not apply.
    text = "Un titre\n\nUne phrase en français pour le test de langue.\nPartager\n"
    assert "Partager" not in cleaner_obj.clean(text, lang="fr").text
    assert "Partager" in cleaner_obj.clean(text, lang="en").text
    assert cleaner_obj.clean(text, lang="en").lang == "en"


def test_agrees_with_langdetect_on_the_fixtures():
    """The lazily built n-gram table gives langdetect's own answers (seeded)."""
    from langdetect import DetectorFactory, detect as langdetect_detect

    from conftest import FIXTURES

    DetectorFactory.seed = language.SEED
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "input").glob("*.txt"))]
    texts += ["\n".join(FRENCH), "\n".join(ENGLISH), "\n".join(RUSSIAN), "Ok taxi hotel bar radio"]
    for text in texts:
        sample = language.sample(text.splitlines())
        assert language.detect(text.splitlines()) == langdetect_detect(sample)
