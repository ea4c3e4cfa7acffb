"""Properties that hold for any text: idempotent, deterministic, never inventing a line."""

import os
import string

from hypothesis import HealthCheck, given, settings, strategies as st

from cleaner import Cleaner
from cleaner.document import Document
from cleaner.text.lines import fold_spaces, joined, lines_with, normalise_line_breaks
from cleaner.pipeline import repair_characters

CHROME = ["Leave a Comment", "Share this:", "You may also like", "by Sara", "Partager", "Ver más",
          "© 2025 Example. All rights reserved.", "Facebook Twitter Email", "Publicité", "12 comments",
          "*Traduit de l'anglais par Jean Dupont", "Home > News > World", "Photo: Reuters"]
PROSE = ["Les négociations reprendront à Genève la semaine prochaine.",
         "The council approved the budget after a long debate on Tuesday night.",
         "Переговоры возобновятся в Женеве на следующей неделе.",
         "Readers may leave a comment on the ministry's website, officials said.",
         "Ukrain\u0435 et la Russie.", "cafÃ© &amp; thÃ©", "co\u00adoperation\u200b", "  indented   line  ",
         "- item", "- item", "Title"]

line = st.one_of(st.sampled_from(CHROME), st.sampled_from(PROSE), st.just(""),
                 st.text(alphabet=string.ascii_letters + " .,:'-", max_size=40),
                 st.text(max_size=30))
documents = st.lists(line, max_size=25).map("\n".join)
# Any code point at all, lone surrogates and controls included.
unicode_soup = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)

CLEANER = Cleaner()
# CI runs a short campaign; a long one is CLEANER_FUZZ_EXAMPLES=20000 pytest tests/test_properties.py.
EXAMPLES = int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def repaired_lines(text: str) -> set[str]:
    doc = Document.from_text(normalise_line_breaks(text))
    repair_characters(doc)
    return {fold_spaces(line.text) for line in doc.lines}


@SETTINGS
@given(st.one_of(documents, unicode_soup))
def test_idempotent(text):
    once = CLEANER.clean(text).text
    assert CLEANER.clean(once).text == once


@SETTINGS
@given(st.one_of(documents, unicode_soup))
def test_deterministic(text):
    assert CLEANER.clean(text).text == CLEANER.clean(text).text


@SETTINGS
@given(st.one_of(documents, unicode_soup))
def test_output_lines_come_from_the_input(text):
    allowed = repaired_lines(text) | {""}
    for out_line in CLEANER.clean(text).text.split("\n"):
        assert out_line in allowed


@SETTINGS
@given(documents)
def test_every_missing_line_is_claimed_in_the_audit(text):
    """The lines no rule claimed are, in order, exactly the lines of the output."""
    result = CLEANER.clean(text)
    claimed = {r.line for r in result.removals}
    doc = Document.from_text(normalise_line_breaks(text))
    repair_characters(doc)
    unclaimed = [fold_spaces(line.text) for line in doc.lines if line.number not in claimed]
    assert [t for t in unclaimed if t] == [t for t in result.text.split("\n") if t]


@SETTINGS
@given(unicode_soup)
def test_never_raises_and_always_writable(text):
    result = CLEANER.clean(text)
    result.text.encode("utf-8")
    assert "\x00" not in result.text


def test_guarded_document_is_a_fixed_point():
    # Found by a long campaign: the guard once kept the duplicate removals it had made, and
    # cleaning the output again removed one more copy.
    text = "You may also like\nYou may also like\nYou may also like\nLeave a Comment\nLeave a Comment"
    once = CLEANER.clean(text).text
    assert CLEANER.clean(once).text == once


def test_character_repairs_are_a_fixed_point():
    # Found by a long campaign: removing the soft hyphen after ftfy turned "‡¢ß" into
    # something ftfy reads as mojibake on the next run.
    for text in ["\x87¢\xadß", "cafÃ\xad au lait", "Ã  la maison"]:
        once = CLEANER.clean(text).text
        assert CLEANER.clean(once).text == once


def _repaired(text: str, shortcut: bool):
    doc = Document.from_text(normalise_line_breaks(text))
    repair_characters(doc, shortcut=shortcut)
    return [line.text for line in doc.lines], [repr(f) for f in doc.fixes], [repr(n) for n in doc.notices]


def _mojibake(text: str, encoding: str) -> str:
    return text.encode("utf-8").decode(encoding, errors="replace")


mojibake = st.builds(_mojibake, st.sampled_from(PROSE + CHROME),
                     st.sampled_from(["latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "mac_roman", "cp437"]))
# Ampersands bare ("Terms & Conditions") and in entities, whole and broken, beside mojibake and "<"
# (ftfy unescapes no entity in a line that holds one).
ampersands = st.lists(st.one_of(line, mojibake, st.text(alphabet="&#;ampltxXE0123456789 éÃ©<", max_size=30),
                                st.sampled_from(["Terms & Conditions", "caf&eacute; &amp; th&#233;", "AT&T",
                                                 "&EACUTE;", "&#x41;&#65", "a &lt; b", "&amp;amp;"])),
                      max_size=12).map("\n".join)
mixed = st.lists(st.one_of(line, mojibake), max_size=12).map("\n".join)


@SETTINGS
@given(st.one_of(documents, unicode_soup, mixed, ampersands))
def test_ftfy_shortcut_gives_what_asking_ftfy_on_every_line_gives(text):
    assert _repaired(text, shortcut=True) == _repaired(text, shortcut=False)


def test_a_bare_ampersand_is_no_sign_for_ftfy_and_an_entity_is():
    # Lines such as "Terms & Conditions" (often whole paragraphs) were once all given to ftfy.
    import ftfy

    from cleaner.characters.ftfy_shortcut import nothing_for_ftfy

    for line in ["Terms & Conditions", "Tom & Jerry, a cartoon série", "R&D: 5% && more", "&#233 without a stop"]:
        assert nothing_for_ftfy(line) and ftfy.fix_text(line, unescape_html=True) == line
    for line in ["caf&eacute;", "Tom &amp; Jerry", "&#233;t&#xE9;"]:
        assert not nothing_for_ftfy(line) and _repaired(line, shortcut=True)[0] != [line]


def test_ftfy_shortcut_on_every_fixture_and_evaluation_document():
    from cleaner.characters.ftfy_shortcut import nothing_for_ftfy
    from conftest import FIXTURES, ROOT

    paths = [*sorted((FIXTURES / "input").glob("*.txt")), *sorted((FIXTURES / "expected").glob("*.txt")),
             *sorted((ROOT / "eval" / "docs").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    lines = [line for t in texts for line in normalise_line_breaks(t).split("\n") if not line.isascii()]
    taken = [line for line in lines if nothing_for_ftfy(line)]
    assert len(taken) >= 200  # the shortcut is used, or this test proves nothing
    assert len(taken) < len(lines)  # and the lines with something to fix are caught
    for text in texts:
        assert _repaired(text, shortcut=True) == _repaired(text, shortcut=False)


@SETTINGS
@given(st.one_of(unicode_soup, mixed, st.text(alphabet="ÃÂŒœØÙâ€™©®°×²³µ¶ ­·´–—¡«¿‘‚“„•‹»˝”›™¢£¥₧ßàñабвΑΒΓ│┌abc .", max_size=12)))
def test_badness_prefilter_never_hides_what_ftfys_pattern_finds(text):
    from cleaner.characters.ftfy_shortcut import ftfy_signs

    suspects, badness = ftfy_signs().suspects, ftfy_signs().badness
    assert suspects is not None  # derived from the installed ftfy; None would only be slower
    for line in text.split("\n"):
        if badness.search(line):
            assert suspects.search(line), line


def test_every_match_of_ftfys_pattern_holds_a_suspect():
    """Strings drawn from ftfy's badness pattern itself, each a whole match of one of its
    alternatives (alone, and inside Cyrillic, Greek and French text): the prefilter finds a
    suspect inside the match, so a window around the suspect holds the match."""
    from hypothesis import HealthCheck, given, settings, strategies as st

    from cleaner.characters.ftfy_shortcut import ftfy_signs

    found = ftfy_signs()
    suspects, badness, width = found.suspects, found.badness, found.width

    @settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(st.from_regex(badness, fullmatch=True).filter(lambda m: "\n" not in m),
           st.sampled_from(["", "Переговоры ", "Οι διαπραγματεύσεις ", "l’économie "]))
    def check(match, before):
        line = before + match
        found = badness.search(line)
        if found is None or found.start() < len(before):
            return  # the pattern reads the text before the match differently ("^", a space)
        suspect = suspects.search(line, max(0, found.start() - 1))
        assert suspect is not None and suspect.start() < found.end(), (line, found)
        assert width is None or found.end() - found.start() <= width

    check()


# Lines of other scripts, mojibake in the middle of prose, suspects near line breaks: what
# the whole-text scans must get right line by line.
scripts = st.lists(st.one_of(line, mojibake, st.text(alphabet="ÃÂŒœ’«» \xa0éÉабвгΑΒΓ│┌aZ.,\u200b\u0301",
                                                      max_size=40)), max_size=15).map("\n".join)


@SETTINGS
@given(st.one_of(documents, unicode_soup, mixed, scripts, ampersands))
def test_whole_text_scans_find_the_lines_each_line_alone_would(text):
    from cleaner.characters import ftfy_shortcut, homoglyphs, repairs
    from cleaner.data import invisible_chars

    from cleaner.pipeline import lines_to_repair

    lines = normalise_line_breaks(text).split("\n")
    whole, starts = joined(lines)
    signs = ftfy_shortcut.ftfy_signs().signs
    assert lines_with(signs, whole, starts) == [i for i, line in enumerate(lines) if signs.search(line)]
    signed = set(lines_with(signs, whole, starts))
    assert ftfy_shortcut.lines_for_ftfy(lines, whole, starts, signed) == {
        i for i, line in enumerate(lines) if not ftfy_shortcut.nothing_for_ftfy(line)}
    # and the pipeline's single scan for all three kinds of character
    for_ftfy, others = lines_to_repair(lines, invisible_chars())
    assert for_ftfy == {i for i, line in enumerate(lines) if not ftfy_shortcut.nothing_for_ftfy(line)}
    assert others == {i for i, line in enumerate(lines)
                      if repairs.holds_any(line, invisible_chars()) or homoglyphs.mixes_scripts(line)}


def test_badness_is_looked_for_around_suspects_only_when_its_matches_are_short():
    from cleaner.characters.ftfy_shortcut import _badness_width

    import re
    assert _badness_width(re.compile("[ab]c?|^d")) == 2
    assert _badness_width(re.compile("ab|c(?=d)")) is None  # a look-around reads beyond the window
    assert _badness_width(re.compile("a+|b")) is None  # no bound on the match
    assert _badness_width(re.compile(r"a\b|b")) is None


def test_a_badness_match_far_along_a_line_of_suspects_is_found():
    # Cyrillic is suspects all along: past the first few, the rest of the line is searched at once.
    from cleaner.characters import ftfy_shortcut

    for at in (0, 3, 10, 200):
        line = "абв " * at + "Ã©" + " где" * 5
        lines = ["clean", line, "ещё"]
        whole, starts = joined(lines)
        assert ftfy_shortcut.lines_for_ftfy(lines, whole, starts, set()) == {1}


@SETTINGS
@given(st.one_of(documents, unicode_soup, mixed, scripts))
def test_repaired_documents_are_folded_as_their_flag_says(text):
    """Steps after the character repairs take every line as folded (Document.folded)."""
    doc = Document.from_text(normalise_line_breaks(text))
    repair_characters(doc)
    assert doc.folded
    assert all(line.text == fold_spaces(line.text) for line in doc.lines)
    for uncurl in (True, False):
        other = Document.from_text(normalise_line_breaks(text))
        repair_characters(other, uncurl_quotes=uncurl, shortcut=False)
        assert all(line.text == fold_spaces(line.text) for line in other.lines)
