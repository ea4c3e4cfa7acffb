import pytest

from cleaner.characters import repairs
from cleaner.data import invisible_chars
from cleaner.text.lines import fold_spaces, normalise_line_breaks


def test_line_breaks_become_lf():
    assert normalise_line_breaks("a\r\nb\rc\u2028d\x85e") == "a\nb\nc\nd\ne"
    for each in ("\r\n", "\r", "\x85", "\u2028", "\u2029"):  # each alone is looked for, then replaced
        assert normalise_line_breaks(f"é{each}x{each}") == "é\nx\n"
    assert normalise_line_breaks("a\nb\u2027\x84") == "a\nb\u2027\x84"


def test_invisible_characters_removed_but_joiners_kept():
    line = "co\u00adoperation\u200b \ufeffword\u2060 \u0645\u200c\u0627 \U0001F469\u200d\U0001F52C"
    fixed, detail = repairs.remove_invisible(line, invisible_chars())
    assert fixed == "cooperation word \u0645\u200c\u0627 \U0001F469\u200d\U0001F52C"
    assert "SOFT HYPHEN" in detail and "ZERO WIDTH SPACE" in detail


@pytest.mark.parametrize("broken, repaired", [
    ("cafÃ©", "café"),
    ("lâ€™Ukraine", "l’Ukraine"),
    ("fish &amp; chips", "fish & chips"),
    ("e\u0301te\u0301", "été"),  # NFC
    ("bell\x07", "bell"),
])
def test_unicode_repairs(broken, repaired):
    assert repairs.repair_unicode(broken)[0] == repaired
    assert repairs.repair_unicode(broken)[1]  # says what it did


@pytest.mark.parametrize("kept", [
    "« Nous restons réalistes », dit-il.",
    "l’Ukraine, “quoted”, ‘single’",
    "ＦＵＬＬ width and ｶﾀｶﾅ stay",
    "plain ASCII text, no entity",
])
def test_author_choices_are_not_repairs(kept):
    assert repairs.repair_unicode(kept) == (kept, "")


def test_fast_path_agrees_with_ftfy_on_plain_ascii():
    import ftfy

    for line in ["plain text", "tabs\tand  spaces", "1 < 2 > 0", "x = {y}; z"]:
        assert repairs.repair_unicode(line)[0] == ftfy.fix_text(line, repairs.ftfy_config())


def test_fold_spaces():
    assert fold_spaces("  a \t b   c  ") == "a b c"
    assert fold_spaces("a\u00a0:") == "a\u00a0:"  # a no-break space inside French typography stays


def test_quotes_straightened_only_on_request():
    assert repairs.repair_unicode("l’Ukraine “x”", uncurl_quotes=True)[0] == "l'Ukraine \"x\""
    assert repairs.repair_unicode("l’Ukraine “x”")[0] == "l’Ukraine “x”"


# A Polish story converted twice: cp1250's byte of "ś" (0x9C) or "ź" (0x9F) kept as a C1
# control beside the letter itself, or alone where the letter was lost.
TWICE = "Wszyscy byli\x9cśmy tam o tej porze. Po\x9fźniej nikt nie pamiętał, gdzie byli\x9cmy."
REPAIRED = "Wszyscy byliśmy tam o tej porze. Poźniej nikt nie pamiętał, gdzie byliśmy."


def test_c1_remnant_beside_its_letter_goes():
    from cleaner.data import c1_code_pages

    fixed, detail = repairs.drop_c1_remnants(TWICE, c1_code_pages())
    assert fixed == REPAIRED  # the lone control of a line that shows its page is read as its letter
    assert detail == "U+009C beside ś x1, U+009F beside ź x1, U+009C as ś x1 (cp1250)"
    assert repairs.drop_c1_remnants(fixed, c1_code_pages()) == (fixed, "")


@pytest.mark.parametrize("line", [
    "Ã\x9cber alles",  # UTF-8 "Ü" read as Latin-1: mojibake, for ftfy
    "caf\x9ce crème",  # a control beside no letter of any page: left to ftfy
    "plain ASCII",
])
def test_c1_controls_without_a_remnant_are_left_to_ftfy(line):
    from cleaner.data import c1_code_pages

    assert repairs.drop_c1_remnants(line, c1_code_pages()) == (line, "")


def test_c1_remnants_cleaned_and_fixed_and_named_in_the_audit(tmp_path):
    from cleaner import Cleaner
    from cleaner.cli.main import main

    result = Cleaner().clean(TWICE + "\n")
    assert result.text == REPAIRED + "\n"
    assert [fix.step for fix in result.fixes] == ["c1-remnant"]
    assert Cleaner().clean(result.text).text == result.text
    story = tmp_path / "story.txt"
    story.write_text("  " + TWICE + "\r\n", encoding="utf-8")
    assert main(["fix", str(story)]) == 1
    assert story.read_bytes() == ("  " + REPAIRED + "\r\n").encode("utf-8")


# The same story's line with a quotation whose marks are UTF-8 read as Latin-1 ("„" is "â\x80\x9e",
# "”" is "â\x80\x9d"): their third bytes are cp1250's "ž" and "ť", yet they are mojibake for ftfy,
# not controls of the page the remnant shows.
QUOTED = "Powiedział: \u00e2\x80\x9eDobrze\u00e2\x80\x9d i poszedł na \x9cświatło."


def test_c1_remnant_leaves_the_third_byte_of_a_utf8_mark_to_ftfy():
    from cleaner import Cleaner
    from cleaner.data import c1_code_pages

    fixed, detail = repairs.drop_c1_remnants(QUOTED, c1_code_pages())
    assert fixed == QUOTED.replace("\x9c", "")
    assert detail == "U+009C beside ś x1 (cp1250)"
    result = Cleaner().clean(QUOTED + "\n", lang="pl")
    assert result.text == "Powiedział: „Dobrze” i poszedł na światło.\n"
    assert Cleaner().clean(result.text, lang="pl").text == result.text


def test_c1_remnant_fixed_in_a_file_keeps_its_bom_and_crlf(tmp_path):
    from cleaner.cli.main import main

    story = tmp_path / "story.txt"
    story.write_bytes(b"\xef\xbb\xbf" + ("Tytu\u0142\r\n\r\n\t" + TWICE + "\r\n").encode("utf-8"))
    assert main(["fix", str(story)]) == 1
    assert story.read_bytes() == b"\xef\xbb\xbf" + ("Tytu\u0142\r\n\r\n\t" + REPAIRED + "\r\n").encode("utf-8")
    assert main(["fix", str(story)]) == 0


# UTF-8 read as Latin-1 turns the second byte of Russian "х" (D1 85), Polish "ą" (C4 85) and Greek
# "υ" (CF 85) into U+0085, which is also NEL, a line break: read as one, it cut the word in two
# and left the halves for ftfy to see apart.
@pytest.mark.parametrize("lang, line", [
    ("ru", "Съешь же ещё этих мягких французских булок."),
    ("pl", "Zażółć gęślą jaźń, powiedziała, i wszyscy się zaśmiali."),
    ("el", "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία, είπε ο δάσκαλος."),
])
def test_utf8_read_as_latin1_keeps_its_nel_byte_for_ftfy(lang, line, tmp_path):
    from cleaner import Cleaner
    from cleaner.cli.main import main
    from cleaner.run.limits import line_count

    mojibake = line.encode("utf-8").decode("latin-1")
    assert "\x85" in mojibake
    assert normalise_line_breaks(mojibake) == mojibake and line_count(mojibake) == 1
    assert Cleaner().clean(mojibake + "\n", lang=lang).text == line + "\n"
    story = tmp_path / "story.txt"
    story.write_bytes(("\t" + mojibake + "\r\nKoniec.\r\n").encode("utf-8"))
    assert main(["fix", str(story)]) == 1
    assert story.read_bytes() == ("\t" + line + "\r\nKoniec.\r\n").encode("utf-8")


@pytest.mark.parametrize("text, lines", [
    ("a\x85b", ["a", "b"]),
    ("café\x85next", ["café", "next"]),  # "é" would lead three bytes: one continuation is no character
    ("Ä\x85\x85b", ["Ä\x85", "b"]),  # the character is "Ä\x85"; the second NEL breaks the line
])
def test_a_nel_outside_a_utf8_character_still_breaks_the_line(text, lines):
    from cleaner.run.limits import line_count

    assert normalise_line_breaks(text).split("\n") == lines
    assert line_count(text) == len(lines)
