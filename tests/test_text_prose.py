"""How a line reads (cleaner.text.prose): speech, prose, and whether lines a marker would cut read as chrome."""

import pytest
from hypothesis import given, settings, strategies as st

from cleaner.text.prose import (TailShape, ends_sentence, ends_sentence_plain, is_dialogue, is_prose, is_prose_plain,
                                is_speech, reads_as_chrome, sentences)

DIALOGUE = [
    "— You may also like it, — she said.",
    "– Ver más",
    "—Sin comentarios —respondió el portavoz.",
    "« Tu viens ? »",
    "« Ver plus », dit-elle en riant.",
    "«Ты идёшь?» — спросила она.",
    "«Без комментариев», — ответил он.",
    "»Kommst du?«, fragte sie.",
    "„Keine Kommentare“",
    "“Leave a comment,” she said, “if you must.”",
    "\"Ver más\".",
]
NOT_DIALOGUE = [
    "- Related posts",  # a list item as trafilatura writes it
    "— Advertisement —",  # a widget's label between mirrored dashes
    "- Anzeige -",
    "“We will win”: what the minister promised",  # a headline quoting someone
    "\"Pamiętniki wampirów\": czym różnią się książki od serialu",
    "« Previous post",  # an arrow, no quotation
    "» Mehr zum Thema",
    "'Tis the season",
    "You may also like",
]


@pytest.mark.parametrize("text", DIALOGUE)
def test_dialogue_dashes_and_quotes_open_speech(text):
    assert is_dialogue(text) and is_speech(text)


@pytest.mark.parametrize("text", NOT_DIALOGUE)
def test_list_items_mirrored_dashes_arrows_and_quoted_titles_are_not_dialogue(text):
    assert not is_dialogue(text)


@pytest.mark.parametrize("text", ["Leave a comment?", "Réagir ?", "¿Comentarios", "Leave a Reply!", "¡Ver más"])
def test_a_question_or_an_exclamation_is_asked_not_a_label(text):
    assert is_speech(text) and not is_dialogue(text)


@pytest.mark.parametrize("text", ["Leave a Comment", "Archivé dans :", "3 thoughts on “Is it over?”", "RELATED POSTS:"])
def test_labels_are_not_speech(text):
    assert not is_speech(text)


def test_sentences_are_counted_across_quotes_brackets_and_cjk_stops():
    assert sentences("One response stood out.") == 1
    assert sentences("He left. She stayed.") == 2
    assert sentences("“We leave,” he said. “Now.”") == 2
    assert sentences("Talks resumed on Monday. (Reuters)") == 2
    assert sentences("会谈周一恢复。双方表示乐观。") == 2


SHAPE = TailShape(prose_words=8, max_prose=1)


def test_prose_is_dialogue_two_sentences_or_a_long_sentence():
    assert is_prose("— Yes.", SHAPE)
    assert is_prose("He left. She stayed.", SHAPE)
    assert is_prose("The notebook held the stories he told every winter.", SHAPE)
    assert is_prose("会谈在周一恢复，双方都表示对结果持谨慎乐观态度。", SHAPE)
    assert not is_prose("Acer Iconia Tab A110 now available for $229.99", SHAPE)  # a headline
    assert not is_prose("March 3, 2024 at 9:15 am", SHAPE)
    assert not is_prose("About time.", SHAPE)  # a short sentence, as comments and captions hold
    assert not is_prose("When do binomial coefficients have integer roots?", SHAPE)  # a question headline


def test_a_headline_with_its_kicker_is_no_prose_unless_long():
    # Two sentences by their punctuation, ending as none does: a headline and its subtitle.
    assert not is_prose("Warum nehme ich nicht ab? 4 mögliche Gründe", SHAPE)
    assert not is_prose("Endlich schlank! Mit diesen 8 Tipps richtig erfolgreich abnehmen", SHAPE)
    # Ending as a sentence ends, two sentences are prose however short.
    assert is_prose("Er ging. Sie blieb.", SHAPE)
    # A paragraph that lost its final stop is longer than a headline.
    assert is_prose("The ferry runs twice a day in summer. Tickets are sold at the harbour and on board "
                    "for cash or card", SHAPE)


def test_headlines_links_and_labels_read_as_chrome():
    tail = ["Horarios de invierno del ferry", "Archivé dans :", "Équipe éditoriale",
            "Une équipe de journalistes de la côte. Nous écrivons sur les îles."]
    assert reads_as_chrome(tail, [False] * 4, SHAPE)  # one bio paragraph is allowed
    assert reads_as_chrome([], [], SHAPE)  # nothing after the marker


def test_paragraphs_and_dialogue_do_not_read_as_chrome():
    story = ["The first was that he was funnier than anyone had told them at school.",
             "The second was that his sentences were longer than they looked."]
    assert not reads_as_chrome(story, [False, False], SHAPE)
    assert not reads_as_chrome(["— Ты куда?", "— Домой."], [False, False], SHAPE)


def test_lines_other_rules_take_are_chrome_whatever_they_read_like():
    lines = ["Subscribe to our newsletter. It is free.", "A second paragraph of writing, as long as any."]
    assert not reads_as_chrome(lines, [False, False], SHAPE)
    assert reads_as_chrome(lines, [True, False], SHAPE)


def test_the_shape_is_a_parameter():
    story = ["He left the house early. It was raining.", "She followed him. Nobody saw them go."]
    assert not reads_as_chrome(story, [False, False], TailShape(max_prose=1))
    assert reads_as_chrome(story, [False, False], TailShape(max_prose=2))
    long_one = ["The ferry to the island runs twice a day in summer."]  # 11 words, one sentence
    assert reads_as_chrome(long_one * 2, [False, False], TailShape(prose_words=12))
    assert not reads_as_chrome(long_one * 2, [False, False], TailShape(prose_words=8))


def test_a_line_parted_by_a_full_stop_is_prose_without_its_final_stop():
    # Headlines drop their stops: a full stop inside a line is a story's (a song, a diary).
    assert is_prose("Come home. Come home, my love", SHAPE)
    assert is_prose("Day one. We left at dawn", SHAPE)
    # A question or a cry before a kicker is still a headline's.
    assert not is_prose("Is coffee good for you? What the studies say", SHAPE)


def test_a_greek_semicolon_asks_only_after_a_greek_letter():
    assert is_speech("Κοινοποίηση;")
    assert is_speech("Σχόλια\u037e")
    assert not is_speech("Κοινοποίηση")
    assert not is_speech("See also;")


def test_opens_unclosed_quote():
    from cleaner.text.prose import opens_unclosed_quote

    assert opens_unclosed_quote('"Who rides so late through the rain?')
    assert opens_unclosed_quote("« Et quand viendra l'hiver,")
    assert not opens_unclosed_quote('"Who rides so late?" the boy asked.')
    assert not opens_unclosed_quote("'Tis the season, and nobody's home")
    assert not opens_unclosed_quote("Who rides so late through the rain?")


def test_a_sentence_ends_on_its_stop_inside_quotes_and_brackets():
    for text in ["The ferry left at noon.", 'She asked: "Why now?"', "It rained (again).)", "会议结束了。」",
                 "  Wait for it…  ", "Done!\n"]:
        assert ends_sentence(text) and ends_sentence_plain(text), text
    for text in ["Read more", '"Quoted title"', "(Note)", "", " . x", "Why？a", ")", "Tags: a, b"]:
        assert not ends_sentence(text) and not ends_sentence_plain(text), text


# Stops, what may close them, and what may not, with spaces of every kind (some that str.rstrip
# removes and the pattern's $ does not read past).
ENDINGS = ".!?…。！？\"'”’»“«)]」』）([ aAb;:,-\t\n\xa0\u3000\x1c\x85"


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["", "The council met", "Ended. Then", "。"]), st.text(alphabet=ENDINGS, max_size=12))
def test_ends_sentence_equals_the_pattern_it_reads_back(head, tail):
    assert ends_sentence(head + tail) == ends_sentence_plain(head + tail)


# Words, stops, closers, capitals and unspaced characters: lines of one or more sentences, ended or not.
LINE_PIECES = ["The", "council", "met", "on", "Tuesday", "why", "Geneva", ".", "!", "?", "…", " ", "  ", "\t", ". ",
               "? ", '."', ")", "—", "会议", "结束", "。", "！", "“", "Day one", "A"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join),
       st.integers(0, 14), st.integers(0, 14))
def test_is_prose_equals_its_plain_version(text, prose_words, unstopped_words):
    shape = TailShape(prose_words=prose_words, unstopped_words=unstopped_words)
    assert is_prose(text, shape) == is_prose_plain(text, shape)


def test_is_prose_and_its_plain_version_on_written_lines():
    shape = TailShape()
    lines = {"The council met on Tuesday and agreed to open the bridge in May.": True,
             "Why am I not losing weight? 4 reasons": False, "Day one. We left at dawn": True,
             "Read more": False, "It rained. Then it stopped.": True, "会议在周二举行，市长同意五月开放新桥。": True}
    for text, prose in lines.items():
        assert is_prose(text, shape) == is_prose_plain(text, shape) == prose, text
