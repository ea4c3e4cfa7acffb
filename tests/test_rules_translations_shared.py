"""The translations every process of a run shares through a rule book's cache file: the patterns
of the rules' contexts kept there as the rules' own are, and what two workers of one run add both
kept when each saves the file."""

from cleaner.rules import rule_regex
from cleaner.rules.book import book_from_sources, load_rulebook
from cleaner.rules.model import Context, compile_pattern
from cleaner.rules.rule_regex import translate
from cleaner.rules.translation_cache import Translations

SIGN_OFF = r"(?i)^(?:thanks for reading|see you next week)[.!]?$"
REPLIES = r"^\d+ (?:replies|answers)$"


def test_two_processes_saving_one_file_keep_what_each_translated(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    # Both read the file before either saves, as the workers forked from one parent do.
    first, second = Translations("a rule text"), Translations("a rule text")
    assert first(SIGN_OFF) == translate(SIGN_OFF) and second(REPLIES) == translate(REPLIES)
    first.save()
    second.save()
    monkeypatch.setattr(rule_regex, "translated", lambda pattern: (_ for _ in ()).throw(AssertionError(pattern)))
    later = Translations("a rule text")
    assert later(SIGN_OFF) == translate(SIGN_OFF) and later(REPLIES) == translate(REPLIES)
    assert not later.fresh  # both read back, none translated again


def test_a_context_compiles_through_its_books_translations_as_it_would_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    book_from_sources.cache_clear()  # a book of its own, with its file in this test's cache folder
    book = load_rulebook()
    contexts = [rule.context for rule in book.all_rules() if rule.context is not None]
    assert contexts and all(isinstance(context.translations, Translations) for context in contexts)
    for context in contexts:
        plain = tuple(tuple(compile_pattern(p, context.source, context.line, context.rule_id) for p in patterns)
                      for patterns in (context.next, context.not_beside, context.not_on_subject, context.unless,
                                       context.not_next, context.not_among_entries, context.not_over_kept))
        assert [[p.pattern for p in group] for group in context.compiled] == \
            [[p.pattern for p in group] for group in plain]
    # Saved with the book's file, a context's patterns are read back, not translated again.
    translations = contexts[0].translations
    translations.save()
    monkeypatch.setattr(rule_regex, "translated", lambda pattern: (_ for _ in ()).throw(AssertionError(pattern)))
    again = Translations()
    again.path = translations.path
    for context in contexts:
        for key in Context.PATTERN_KEYS:
            for pattern in getattr(context, key):
                assert again(pattern) == translate(pattern)
    book_from_sources.cache_clear()


def test_a_context_outside_a_book_translates_alone():
    context = Context(next=(r"^\d+ (?:replies|answers)$",))
    assert context.translations is None
    assert context.compiled[0][0].pattern == translate(context.next[0])
