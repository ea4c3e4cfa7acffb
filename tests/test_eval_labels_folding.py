"""How `cleaner eval` labels lines whose gold writes them with other punctuation, in another
charset, or joined with their neighbours (the sixteenth round's audit of the labels)."""

from cleaner.eval_labels import fold, label_lines, words_key


def test_typographic_punctuation_reads_as_plain():
    """A page with curly quotes and dashes where the gold has straight ones (or the reverse)."""
    assert fold("It’s “done” – at last…") == fold("It's \"done\" - at last...")
    gold = "Blood tests – what to expect\nDon't eat before the test.\n"
    lines = ["Blood tests – what to expect", "Don’t eat before the test.", "Don’t eat before the test."]
    # The gold holds each line once: the second copy stays chrome.
    assert label_lines(lines, gold) == [True, True, False]


def test_a_whole_line_that_differs_only_in_marks_is_article_text_once():
    """A gold that dropped the page's quotes ("Its a long climb"), a bullet or a trademark sign."""
    assert words_key("• “It’s a long climb,” she said™") == "its a long climb she said"
    gold = "The guide said Its a long climb.\nContact\nMarket days\n"
    lines = ["The guide said \ufffdIt\ufffds a long climb.\ufffd", "• Contact", "Market days »", "Market days"]
    # The line written exactly as the gold has it is taken first, wherever it stands.
    assert label_lines(lines, gold) == [True, True, False, True]
    # Letters still keep their places: a short line is not taken by its letters run together,
    # nor by a part of a gold line.
    assert label_lines(["Con tact", "Market"], gold) == [False, False]


def test_a_gold_that_spaced_the_page_s_marks_apart_still_holds_the_line():
    """A gold written from the page's elements with a space around each ("max (depth)", "[ Home ]")."""
    gold = "[ Home ] [ pdf | txt ] [ Index ]\nSELECT max (depth) FROM soundings AS d;\n"
    lines = ["[Home] [pdf|txt] [Index]", "SELECT max(depth) FROM soundings AS d;", "[Home] [pdf]"]
    assert label_lines(lines, gold) == [True, True, False]


def test_lines_the_gold_joined_into_one_are_article_text_together():
    """A list's item and its date, or a heading the page cut in two, written as one gold line."""
    gold = "Harbour Fair Week July 3-5, 2019\nHarbour Lights Festival\n"
    lines = ["- Harbour Fair Week", "July 3-5, 2019", "Harbour Lights", "Festival",
             "- Harbour Fair Week", "July 3-5, 2019"]
    # Each copy the gold holds labels one run: the list printed again below is chrome.
    assert label_lines(lines, gold) == [True, True, True, True, False, False]
    # A run shorter than five words must be a whole gold line, as a short line must.
    assert label_lines(["Fair Week", "July"], gold) == [False, False]
    # A table's empty row between them ends the run: no text of the article's lies across it.
    assert label_lines(["- Harbour Fair Week", "|  |  |", "July 3-5, 2019"], gold) == [False, False, False]


def test_a_code_block_the_gold_wrote_on_one_line_is_article_text():
    """Readability's gold collapses a code block's lines into one; the page keeps them apart."""
    gold = ("Add up the basket first:\n"
            "for item in basket: total = total + item.price print(total)\n")
    lines = ["Add up the basket first:", "for item in basket:", "    total = total + item.price",
             "print(total)", "print(total)"]
    assert label_lines(lines, gold) == [True, True, True, True, False]
    # A brace alone between two of its lines is the block's too; one after the block is not.
    gold = "Then call it: function add(a, b) { return a + b; } add(1, 2);\n"
    lines = ["Then call it:", "function add(a, b) {", "  return a + b;", "}", "add(1, 2);", "}"]
    assert label_lines(lines, gold) == [True, True, True, True, True, False]


def test_a_line_decoded_in_another_charset_is_read_on_its_ascii_letters():
    """A gold (or a page) whose curly quotes became other letters in a wrong charset."""
    gold = "Honestly it\u013as not worth the trip, said the guide at the gate.\nACME\u00c2\u00ae Report\n"
    lines = ["Honestly it’s not worth the trip, said the guide at the gate.", "ACME® Report"]
    assert label_lines(lines, gold) == [True, True]
    # A line mostly in another alphabet has no such key: its digits alone match nothing.
    assert label_lines(["12 2011"], "\u03a3\u03c4\u03b9\u03c2 12 \u039c\u03b1\u0390\u03bf\u03c5 2011\n") == [False]


def test_a_continuation_needs_a_neighbour_with_words():
    """A gold rule of dashes is a gold line, but holds no words for a short line to continue."""
    gold = "———\nThe reading fell to 0° at night.\n"
    assert label_lines(["———", "0°"], gold) == [True, False]


def test_a_passage_of_the_gold_labels_one_copy_of_the_page_text():
    """A page printing the first lines of its story again under a box: the gold holds them once,
    so the copy is chrome, whether its lines match alone or joined into a run."""
    gold = "The council voted on Tuesday to close the old harbour bridge to cars from next spring after years of repairs.\n"
    lines = ["The council voted on Tuesday to close the old", "harbour bridge to cars from next spring",
             "after years of repairs.", "Related stories",
             "The council voted on Tuesday to close the old", "harbour bridge to cars from next spring"]
    assert label_lines(lines, gold) == [True, True, True, False, False, False]
    # Short wrapped lines, the whole story printed twice: the second copy is chrome too.
    lines = ["Night trams", "run again", "from Friday."]
    assert label_lines([*lines, *lines], "Night trams run again from Friday.\n") == [True] * 3 + [False] * 3


def test_a_short_line_the_page_writes_twice_is_gold_where_the_gold_has_it():
    """A menu's "Ferries" over the section headed "FERRIES": the gold holds the heading once, under
    the paragraph before it and over the paragraph after it, so the heading's copy is its line."""
    gold = ("The harbour guide covers the piers, the boats and the timetables for each season.\n"
            "FERRIES\nThe ferries run every hour from the north pier until the last boat at ten.\n")
    lines = ["Home", "Ferries", "Parking", "Contact",
             "The harbour guide covers the piers, the boats and the timetables for each season.",
             "FERRIES", "The ferries run every hour from the north pier until the last boat at ten."]
    assert label_lines(lines, gold) == [False, False, False, False, True, True, True]
    # Written alike, the copy beside the gold's neighbours takes it: the menu's stays chrome.
    lines[5] = "Ferries"
    assert label_lines(lines, gold) == [False, False, False, False, True, True, True]
    # With nothing to tell the copies apart, the first keeps it, as before.
    assert label_lines(["Ferries", "Ferries"], "Ferries\n") == [True, False]


def test_a_paragraph_the_page_prints_twice_keeps_its_first_copy():
    """A story's first paragraph printed as a teaser over the byline and again under it: either copy
    is the text, so the labels do not move by the gold's order (the rule that drops the repeat decides)."""
    first = "The council voted on Tuesday to keep the old swimming pool open for another summer."
    gold = f"By Ada Stone\n{first}\n"
    assert label_lines([first, "By Ada Stone", first], gold) == [True, True, False]
