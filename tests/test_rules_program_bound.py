"""sized's bound for a rule book's large programs, remembered between runs in the book's
translation cache: a run after the first compiles such a program once, at the larger bound."""

import re2

from cleaner.rules.rule_regex import LARGE_PROGRAM, SEARCH_MEMORY, options, sized, translate
from cleaner.rules.translation_cache import Translations

# A class of many ranges repeated: RE2 copies it for each count, a program past LARGE_PROGRAM.
LARGE = translate(r"^(?:\p{L}[\p{L}\d' ]{0,40}\s*[|·]\s*){0,8}\p{L}+$")
SMALL = translate(r"^(?i:share this)\s*:?$")


def test_a_large_program_is_remembered_and_compiled_once_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    assert re2.compile(LARGE, options(SEARCH_MEMORY)).programsize >= LARGE_PROGRAM
    first = Translations("a rule text")
    assert sized(LARGE, first).options.max_mem == SEARCH_MEMORY and first.large(LARGE) and first.fresh
    assert sized(SMALL, first).options.max_mem == options().max_mem and not first.large(SMALL)
    first.save()
    again = Translations("a rule text")
    assert again.large(LARGE) and not again.large(SMALL) and not again.fresh
    compiled = []
    monkeypatch.setattr(re2, "compile", lambda text, settings=None: compiled.append(settings.max_mem) or
                        _compile(text, settings))
    found = sized(LARGE, again)
    assert compiled == [SEARCH_MEMORY] and found.options.max_mem == SEARCH_MEMORY
    assert Translations("another rule text").large(LARGE) is False  # another book, another file


def test_the_bound_never_changes_what_matches():
    lines = ["Home | News | Sport | Weather", "A sentence, with a comma.", "Share this:", "ab|cd", ""]
    for text in (LARGE, SMALL):
        for line in lines:
            assert (sized(text).search(line) is None) == (re2.compile(text, options()).search(line) is None)


_compile = re2.compile
