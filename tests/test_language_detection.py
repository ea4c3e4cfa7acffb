from cleaner.language import detection

FRENCH = ["Les négociations reprendront à Genève la semaine prochaine, selon le ministère."] * 3
ENGLISH = ["The negotiations will resume in Geneva next week, according to the ministry."] * 3
RUSSIAN = ["Переговоры возобновятся в Женеве на следующей неделе, сообщили в министерстве."] * 3


def test_detects_languages():
    assert detection.detect(FRENCH) == "fr"
    assert detection.detect(ENGLISH) == "en"
    assert detection.detect(RUSSIAN) == "ru"


# Traditional Chinese that langdetect's profiles score as Korean (its Korean profile holds
# Chinese characters); Korean itself is written in Hangul.
TRADITIONAL = ["竹北牛排 主廚料理與管理雙贏 (01/11 17:54)", "市民團體舉行記者會，要求政府檢討醫療制度。"]
KOREAN = ["서울에서 열린 회의에서 정부는 새로운 의료 제도를 발표했습니다."]


def test_chinese_without_hangul_is_not_korean():
    scorer = detection.scorer()
    text = "\n".join(TRADITIONAL)
    assert scorer.answer(scorer.scores(text)) == "ko"  # what the profiles alone say
    assert detection.detect(TRADITIONAL) == "zh-tw"
    assert detection.detect(KOREAN) == "ko"


def test_detection_is_deterministic_on_ambiguous_text():
    lines = ["Ok taxi hotel bar radio", "Internet club"]
    assert len({detection.detect(lines) for _ in range(20)}) == 1


def test_no_letters_no_language():
    assert detection.detect(["12 34", "---"]) is None
    assert detection.detect([]) is None


def test_sample_is_bounded_and_prefers_prose():
    lines = ["Menu", "Home"] + ["word " * 10] * 1000
    sample = detection.sample(lines)
    assert len(sample) <= detection.SAMPLE_CHARS
    assert "Menu" not in sample


def test_forced_language_selects_rules(cleaner_obj):
    # "Partager" is chrome on a French page; with English forced, French rules do not apply.
    text = "Un titre\n\nUne phrase en français pour le test de langue.\nPartager\n"
    assert "Partager" not in cleaner_obj.clean(text, lang="fr").text
    assert "Partager" in cleaner_obj.clean(text, lang="en").text
    assert cleaner_obj.clean(text, lang="en").lang == "en"


def test_agrees_with_langdetect_on_every_language_of_the_evaluation():
    """The speed issue's bar: 99% agreement with langdetect.detect (seeded) per detection."""
    from bench.language import agreement

    table = agreement()
    assert set(table) >= {"en", "fr", "es", "de", "it", "pt", "nl", "pl", "ru", "uk", "fixtures"}
    for group, (agree, total, _, _) in table.items():
        assert agree / total >= 0.99, (group, agree, total)


def test_vietnamese_marks_are_among_the_characters_counted_as_another_script():
    """prepared() looks for the marks only among those characters."""
    from langdetect.utils.ngram import NGram

    assert not any(detection._LATIN_SPANS.match(ch) for ch in NGram.DMARK_CLASS)
    assert all(detection.scorer().marks.fullmatch(ch) for ch in NGram.DMARK_CLASS)
    vietnamese = "Tiếng Việt là ngôn ngữ chính thức của Việt Nam và được nói bởi hơn 85 triệu người."
    decomposed = __import__("unicodedata").normalize("NFD", vietnamese)
    assert detection.scorer().prepared(decomposed) != decomposed  # normalize_vi composed its marks


def test_ngrams_of_any_word_are_those_of_langdetects_reader():
    """Whatever the word: capitals (ǅ a title case, ℂ and 𝐀 capitals without a small letter,
    which the scorer before numpy took a run of), marks, sharp s."""
    from hypothesis import given, settings, strategies as st
    from langdetect.utils.ngram import NGram

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="abcABCéÉßǅǆσΣℂ𝐀ϒ'-", min_size=1, max_size=10))
    def check(text):
        # cleaner scores the words of the normalised text, as langdetect's reader sees them
        for word in "".join(map(NGram.normalize, text)).split():
            reader, taken = NGram(), []
            for ch in f" {word} ":
                reader.add_char(ch)
                taken += [g for n in (1, 2, 3) if (g := reader.get(n)) and g != " "]
            assert sorted(detection.word_ngrams(word)) == sorted(taken), word

    check()


def test_ngrams_are_langdetects():
    """The n-grams of a word are those langdetect's own reader takes from it."""
    from langdetect.utils.ngram import NGram

    for word in ("Genève", "NATO", "McDONALD", "a", "Ab", "naïve"):
        reader, taken = NGram(), []
        for ch in f" {word} ":
            reader.add_char(ch)
            taken += [g for n in (1, 2, 3) if (g := reader.get(n)) and g != " "]
        assert sorted(detection.word_ngrams(word)) == sorted(taken), word


def test_a_cleaner_shared_by_threads_gives_what_it_gives_alone(monkeypatch):
    """A Dask worker may run several threads on one process's Cleaner: its caches (tiny
    here, so that they fill and start again all the time) must never lose what another
    thread is reading."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from bench.corpus import Varied, documents
    from cleaner import Cleaner
    from cleaner.matching import line_rules

    texts = Varied(documents()).take(120, start=7000)
    alone = [Cleaner().clean(text) for text in texts]
    monkeypatch.setattr(detection.scorer().answers, "limit", 4)
    # a table of characters not yet met: threads fill it as they score
    monkeypatch.setattr(detection.scorer().vectorised(), "normal", 0 * detection.scorer().vectorised().normal)
    monkeypatch.setattr(line_rules, "_MEMO_LINES", 30)
    detection.forget_samples()
    shared = Cleaner()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads change hands as often as they can
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(shared.clean, texts * 2))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 2


def test_the_answer_is_the_first_language_of_the_largest_score():
    """Ties go to the first language (of the sorted profiles), as max() gives; a score of
    nothing is no language; ``leave_out`` is never the answer."""
    import random

    scorer = detection.scorer()
    count = len(scorer.langs)
    rnd = random.Random(5)
    for _ in range(2000):
        values = [rnd.choice((0, 1, 7, rnd.randrange(1 << 20), rnd.randrange(1 << 36))) for _ in range(count)]
        if rnd.random() < 0.3:  # a tie for the largest
            a, b = rnd.sample(range(count), 2)
            values[b] = values[a] = max(values)
        best = max(values)
        expected = None if not best else scorer.langs[min(i for i, v in enumerate(values) if v == best)]
        assert scorer.answer(values) == expected
        if expected is not None:
            other = scorer.answer(values, leave_out=expected)
            assert other != expected
            assert values[scorer.langs.index(other)] == max(v for i, v in enumerate(values)
                                                             if scorer.langs[i] != expected)
    assert scorer.answer([0] * count) is None


def test_chinese_prose_lines_make_the_sample_though_they_have_no_spaces():
    # Before, only lines of five space-separated words made the sample, so a Chinese page
    # was judged by its few lines of Latin letters (here an English stamp line).
    lines = ["Posted by the Example News desk on 2012-01-11 at 15:29",
             "相关推荐",
             "市政府今天宣布，明年起城市公交将全面改用电动车，以减少空气污染。",
             "据介绍，新车辆将分三批投入使用，第一批预计在春节前到达。",
             "市民普遍对这一决定表示欢迎，但也有人担心票价会随之上涨。"]
    assert detection.detect(lines) == "zh-cn"
    sampled = detection.sample(lines).splitlines()
    assert "相关推荐" not in sampled and lines[2] in sampled and lines[0] in sampled


# A Traditional Chinese story full of product names: its Latin letters are more than half its
# Han characters, so langdetect keeps them, and their n-grams outscore the Han ones for vi.
PRODUCT_STORY = ["據外電報導， Nokia 本週在河內發表了新款Lumia 920和Lumia 820手機。",
                 "兩款手機都採用Windows Phone 8系統，Lumia 920配備4.5吋1280x768螢幕與PureView鏡頭，Lumia 820則有4.3吋螢幕。",
                 "除外殼顏色之外，新款Lumia的規格與先前版本相同，支援LTE與NFC功能。"]


def test_more_han_characters_than_latin_letters_is_read_among_the_han_languages():
    scorer = detection.scorer()
    text = detection.sample(PRODUCT_STORY)
    assert scorer.answer(scorer.scores(text)) == "vi"  # what the profiles alone say
    assert detection.detect(PRODUCT_STORY) == "zh-tw"
    # Latin prose quoting a few Han characters keeps its language.
    english = ["The museum in Taipei (台北) opened a new wing on Sunday, its director told reporters."] * 3
    assert detection.detect(english) == "en"
    assert detection.detect(TRADITIONAL) == "zh-tw" and detection.detect(KOREAN) == "ko"


def test_answer_among_some_languages_is_the_best_of_them():
    scorer = detection.scorer()
    values = [0] * len(scorer.langs)
    for language, value in (("vi", 90), ("zh-tw", 70), ("ko", 80), ("ja", 10)):
        values[scorer.langs.index(language)] = value
    assert scorer.answer(values) == "vi"
    assert scorer.answer(values, among=("ja", "ko", "zh-cn", "zh-tw")) == "ko"
    assert scorer.answer(values, leave_out="ko", among=("ja", "ko", "zh-cn", "zh-tw")) == "zh-tw"
