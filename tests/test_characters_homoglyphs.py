import os

import pytest
from hypothesis import given, settings, strategies as st

from cleaner.characters.homoglyphs import repair_line


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

    from cleaner.characters.homoglyphs import BLOCKS, _NON_LATIN

    for code in range(sys.maxunicode + 1):
        if _NON_LATIN.match(chr(code)):
            assert BLOCKS.match(chr(code)), hex(code)


def test_the_scan_finds_every_character_named_cyrillic_or_greek():
    """mixes_scripts() may skip a line at once only if script_of() would find neither script in it."""
    import sys

    from cleaner.characters.homoglyphs import _NON_LATIN, script_of

    missed = [hex(code) for code in range(sys.maxunicode + 1)
              if script_of(chr(code)) in ("CYRILLIC", "GREEK") and not _NON_LATIN.match(chr(code))]
    assert not missed


def test_what_a_word_holds_with_no_script_is_what_the_mixed_word_searches_take_it_to_be():
    """Below _CLASSES_END, a character a word holds and no script is read from is a letter, a
    mark or unassigned in this Python's tables: the searches' class for characters of none."""
    import unicodedata

    from cleaner.characters.homoglyphs import _CLASSES_END, _WORD, script_of

    unread = [hex(code) for code in range(0x80, ord(_CLASSES_END)) if _WORD.fullmatch(chr(code))
              and script_of(chr(code)) is None and unicodedata.category(chr(code))[0] not in "LM"
              and unicodedata.category(chr(code)) != "Cn"]
    assert not unread


# Letters of the three scripts from many blocks, letters and marks of none (ª, 中, combining
# accents, a Latin combining letter), the Greek numeral sign, and what is no letter at all.
_MIXABLE = ("aZéǅɐᴀḁⱥꜳꬰﬁ" "абяѣҐꙀᲀ" "αΩἀῼϐͻ\u0374" "ª中ⅰµ𝐀\U00020000\u0301\u0363\u0483\u20dd\u0cf3\u0378" " -«»’—.,0\u200b\n")


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None)
@given(st.text(alphabet=_MIXABLE, max_size=30))
def test_a_line_with_a_word_that_mixes_scripts_is_always_looked_at(text):
    from cleaner.characters.homoglyphs import _WORD, _repair_word, mixes_scripts

    if any(map(_repair_word, _WORD.findall(text))):
        assert mixes_scripts(text)


@pytest.mark.parametrize("word", ["Ukrain\u0435", "\u0421oca", "G\u03bfogle", "пр\u0065кр", "K\u0438", "Londonде",
                                  "a\u0301\u0435", "\u0435\u0301a", "ф\u0374α", "ǅѣ", "ᴀα"])
@pytest.mark.parametrize("sentence", ["Un mot: {}, dans une phrase.", "Слово {} в предложении на русском языке.",
                                      "Μια λέξη {} σε μια ελληνική πρόταση."])
def test_words_that_mix_scripts_are_seen_to_in_a_line_of_any_script(word, sentence):
    # Each search is chosen by the line's main script: every choice must find every word.
    from cleaner.characters.homoglyphs import mixes_scripts

    assert mixes_scripts(sentence.format(word))


def test_a_lookalike_outside_the_ordinary_alphabets_is_reported_not_written():
    # Latin W looks like Komi Ԝ (U+051C), no letter of Russian: "ВМԜ" would be a new error.
    line = "Он купил подержанный ВМW у соседа."
    fixed, repairs, ambiguous = repair_line(line)
    assert fixed == line and not repairs
    assert len(ambiguous) == 1 and ambiguous[0].startswith("ВМW:") and "U+051C" in ambiguous[0]


def test_every_rewrite_target_is_a_letter_of_its_scripts_ordinary_alphabets():
    import string

    from cleaner.data import alphabets
    from cleaner.characters.homoglyphs import _replacements

    for script, table in _replacements().items():
        allowed = set().union(*alphabets()[script].values()) | (set(string.ascii_letters) if script == "LATIN" else set())
        assert set(table.values()) <= allowed, script
    assert "W" not in _replacements()["CYRILLIC"] and "h" not in _replacements()["CYRILLIC"]


_PHISHING = ("Les escrocs ont enregistré le domaine \u0430pple.com, dont le premier « a » est cyrillique, et envoient "
             "des liens vers https://\u0430pple.com/connexion, www.g\u043eogle.com et paypal.c\u043em depuis "
             "l'adresse support@\u0430pple.com pour piéger les clients d'Ukrain\u0435.")


@pytest.mark.parametrize("address", ["\u0430pple.com", "https://\u0430pple.com/connexion", "www.g\u043eogle.com",
                                     "paypal.c\u043em", "support@\u0430pple.com"])
def test_web_and_mail_addresses_keep_their_letters_and_are_reported(address):
    fixed, repairs, ambiguous = repair_line(_PHISHING)
    assert address in fixed
    assert any(message.startswith(f"{address}:") for message in ambiguous)
    assert "Ukraine." in fixed and len(repairs) == 1  # the prose around them is still repaired


@pytest.mark.parametrize("line", ["fin de la phrase.Ukrain\u0435 et la suite", "l'Ukrain\u0435, la Russie",
                                  "Ukrain\u0435.Les négociations", "(Ukrain\u0435)"])
def test_prose_is_not_taken_for_an_address(line):
    fixed, repairs, _ = repair_line(line)
    assert "Ukraine" in fixed and repairs


def test_the_cli_keeps_a_quoted_homograph_byte_for_byte_and_audits_it(tmp_path):
    import json

    from conftest import run_cli

    text = ("Une campagne d'hameçonnage vise les clients de la banque.\n"
            f"{_PHISHING}\n"
            "Машина ВМW стояла у подъезда, а водитель ждал в кафе.\n")
    source = tmp_path / "article.txt"
    source.write_bytes(text.encode("utf-8"))
    done = run_cli("clean", source, "-o", tmp_path / "out", "--audit", tmp_path / "audit.jsonl")
    assert done.returncode == 0, done.stderr
    out = (tmp_path / "out" / "article.txt").read_bytes().decode("utf-8")
    for kept in ("\u0430pple.com", "https://\u0430pple.com/connexion", "www.g\u043eogle.com", "paypal.c\u043em",
                 "support@\u0430pple.com", "ВМW"):
        assert kept.encode("utf-8") in out.encode("utf-8")
    assert "Ukraine." in out and "Ukrain\u0435" not in out
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    notes = [e["message"] for e in entries if e["kind"] == "notice" and e["step"] == "homoglyph"]
    assert any(n.startswith("\u0430pple.com:") for n in notes) and any(n.startswith("ВМW:") for n in notes)
    assert any(e["kind"] == "fix" and e["step"] == "homoglyph" and "Ukrain" in e["detail"] for e in entries)


@pytest.mark.parametrize("address", [
    "ftp://f\u0456les.example.org/a?b=1",       # a scheme, a path and a query
    "WWW.G\u039f\u039fGLE.COM",                 # www., in capitals, Greek Ο
    "b\u0430nk.de",                             # a country's domain
    "\u0441\u0431\u0065\u0440\u0431\u0430\u043d\u043a.\u0440\u0444",  # a Latin e in a Cyrillic domain under .рф
    "j\u043ehn.doe@mail.example.net",           # an e-mail address
    "news.g\u043eogle.co.uk/story",             # a subdomain, two-level country domain and a path
])
def test_each_form_of_address_is_left_and_reported(address):
    line = f"Le lien {address} était frauduleux, selon la police."
    fixed, repairs, ambiguous = repair_line(line)
    assert fixed == line and not repairs
    assert [m.split(": ", 1)[0] for m in ambiguous] == [address]


@settings(max_examples=int(os.environ.get("CLEANER_FUZZ_EXAMPLES", "300")), deadline=None)
@given(st.text(alphabet="aWwсоm.@:/-_1 \u0301ü", max_size=40))
def test_the_quick_checks_before_the_address_searches_skip_no_address(text):
    # spans() runs a search only on a line holding what its matches cannot do without.
    from cleaner.characters import addresses

    every = [m.span() for p in (addresses._URL, addresses._WWW, addresses._EMAIL) for m in p.finditer(text)]
    every += [m.span() for m in addresses._DOMAIN.finditer(text) if addresses._is_top_level_domain(m.group("tld"))]
    assert addresses.spans(text) == sorted((a, addresses._trimmed(text, a, b)) for a, b in every)
