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


def test_agrees_with_langdetect_on_every_language_of_the_evaluation():
    """The speed issue's bar: 99% agreement with langdetect.detect (seeded) per language."""
    from bench.language import agreement

    table = agreement()
    assert set(table) >= {"en", "fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", "fixtures"}
    for group, (agree, total, _, _) in table.items():
        assert agree / total >= 0.99, (group, agree, total)


def test_scores_do_not_depend_on_what_was_cached():
    """A word's scores are computed the same way whether or not it was seen before."""
    profiles = language.profiles()
    text = "\n".join(FRENCH + ENGLISH)
    first = profiles.best(text)
    warm = [profiles.words[w] for w in profiles.words_of(text)]
    profiles.words.clear()
    profiles.grams.clear()
    assert profiles.best(text) == first
    assert [profiles.words[w] for w in profiles.words_of(text)] == warm


def test_ngrams_of_any_word_are_those_of_langdetects_reader():
    """The sliced fast path and the letter-by-letter path give the same n-grams."""
    from hypothesis import given, settings, strategies as st
    from langdetect.utils.ngram import NGram

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="abcABCéÉßǅǆσΣ'-", min_size=1, max_size=10))
    def check(text):
        # cleaner scores the words of the normalised text, as langdetect's reader sees them
        for word in "".join(map(NGram.normalize, text)).split():
            reader, taken = NGram(), []
            for ch in f" {word} ":
                reader.add_char(ch)
                taken += [g for n in (1, 2, 3) if (g := reader.get(n)) and g != " "]
            assert sorted(language.word_ngrams(word)) == sorted(taken), word

    check()


def test_ngrams_are_langdetects():
    """The n-grams of a word are those langdetect's own reader takes from it."""
    from langdetect.utils.ngram import NGram

    for word in ("Genève", "NATO", "McDONALD", "a", "Ab", "naïve"):
        reader, taken = NGram(), []
        for ch in f" {word} ":
            reader.add_char(ch)
            taken += [g for n in (1, 2, 3) if (g := reader.get(n)) and g != " "]
        assert sorted(language.word_ngrams(word)) == sorted(taken), word
