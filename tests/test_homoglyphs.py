import pytest

from cleaner.homoglyphs import repair_line


@pytest.mark.parametrize("broken, repaired", [
    ("qu'Ukrain\u0435 soutiendrait", "qu'Ukraine soutiendrait"),      # Cyrillic е in a Latin word
    ("\u0421oca-Cola", "Coca-Cola"),                                   # Cyrillic С
    ("G\u03bfogle", "Google"),                                         # Greek omicron
    ("пр\u0065кращение", "прекращение"),                               # Latin e in a Russian word
    ("Ки\u0069в", "Київ".replace("ї", "і")),                           # Latin i in a Ukrainian word
])
def test_lookalikes_rewritten_in_dominant_script(broken, repaired):
    fixed, repairs, ambiguous = repair_line(broken)
    assert fixed == repaired
    assert len(repairs) == 1 and not ambiguous


@pytest.mark.parametrize("genuine", [
    "Владимир Путин a déclaré",
    "the α-helix is 5 μm long",
    "Југославија, Београд",             # Serbian Cyrillic with ј
    "Київ, їжа, єдність, ґанок",          # Ukrainian і ї є ґ
    "Ελληνικά και ΝΑΤΟ",
    "NATO и ОБСЕ",
])
def test_genuine_words_stay(genuine):
    assert repair_line(genuine) == (genuine, [], [])


def test_tie_is_reported_not_rewritten():
    fixed, repairs, ambiguous = repair_line("K\u0438")
    assert fixed == "K\u0438" and not repairs
    assert ambiguous and "left as it is" in ambiguous[0]


def test_partial_lookalikes_are_reported():
    # Cyrillic д has no Latin look-alike, е has: rewriting only one would make a new mixed word.
    fixed, repairs, ambiguous = repair_line("Londonде")
    assert fixed == "Londonде" and not repairs and ambiguous


def test_the_blocks_scanned_first_hold_every_cyrillic_and_greek_letter():
    import sys

    from cleaner.homoglyphs import BLOCKS, _NON_LATIN

    for code in range(sys.maxunicode + 1):
        if _NON_LATIN.match(chr(code)):
            assert BLOCKS.match(chr(code)), hex(code)


def test_the_scan_finds_every_character_named_cyrillic_or_greek():
    """may_mix_scripts() may skip a line only if script_of() would find neither script in it."""
    import sys

    from cleaner.homoglyphs import _NON_LATIN, script_of

    missed = [hex(code) for code in range(sys.maxunicode + 1)
              if script_of(chr(code)) in ("CYRILLIC", "GREEK") and not _NON_LATIN.match(chr(code))]
    assert not missed
