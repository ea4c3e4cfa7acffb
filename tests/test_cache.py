"""Caches kept between runs are shortcuts: with or without them, the same bytes."""

import os
import stat

import pytest

from cleaner import Cleaner, cache, language, profiles, rules
from conftest import FIXTURES, ROOT, run_cli


def _texts():
    paths = [*sorted((FIXTURES / "input").glob("*.txt")), *sorted((ROOT / "eval" / "docs").glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    rules.book_from_sources.cache_clear()
    rules.load_rulebook.cache_clear()
    yield tmp_path / "cache"
    rules.book_from_sources.cache_clear()
    rules.load_rulebook.cache_clear()


def _outputs(cleaner):
    return [(r.text, r.lang, [x.rule_id for x in r.removals]) for r in map(cleaner.clean, _texts())]


def test_cached_rule_book_cleans_as_a_freshly_parsed_one(own_cache):
    sources = rules.rule_sources()
    fresh = Cleaner(rulebook=rules._book(sources, frozenset()))
    first = Cleaner()  # parses, then writes the cache
    assert list(own_cache.glob("rulebook-*.pickle"))
    rules.book_from_sources.cache_clear()
    rules.load_rulebook.cache_clear()
    cached = Cleaner()  # reads it
    assert cached.rulebook is not first.rulebook
    assert _outputs(fresh) == _outputs(first) == _outputs(cached)


def test_a_corrupt_cache_is_rebuilt(own_cache):
    Cleaner()
    [path] = own_cache.glob("rulebook-*.pickle")
    path.write_bytes(b"not a pickle")
    rules.book_from_sources.cache_clear()
    rules.load_rulebook.cache_clear()
    assert Cleaner().clean("Title\n\nBody text.\nLeave a Comment\n").text == "Title\n\nBody text.\n"
    assert path.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    env = {**os.environ, "CLEANER_CACHE_DIR": str(blocker / "cache")}  # cannot be created under a file
    target = tmp_path / "doc.txt"
    target.write_text("Un titre\n\nUne phrase en français pour le test de langue.\nPartager\n", encoding="utf-8")
    result = run_cli("fix", "--no-config", target, env=env)
    assert result.returncode == 1, result.stderr
    assert "Partager" not in target.read_text(encoding="utf-8")


def test_profiles_database_gives_the_json_counts(own_cache):
    files = profiles._profile_files()
    from_json = profiles.JsonProfiles(files)
    opened = profiles.open_profiles()  # the first call writes the database
    assert isinstance(opened, profiles.JsonProfiles)
    from_db = profiles.open_profiles()
    assert isinstance(from_db, profiles.SqliteProfiles)
    assert (from_db.langs, from_db.totals) == (from_json.langs, from_json.totals)
    scorer = language._Profiles(from_json)
    grams = sorted({g for text in _texts() for w in scorer.words_of(text) for g in language.word_ngrams(w)})
    grams += ["zzzq", "\u2603"]  # in no profile
    assert from_db.counts(grams) == from_json.counts(grams)
    for text in _texts():
        sample = language.sample(text.splitlines())
        assert language._Profiles(from_db).best(sample) == scorer.best(sample)


def test_a_reader_never_sees_half_a_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    path = cache.path_for("thing", "a", suffix=".bin")
    with pytest.raises(RuntimeError):
        with cache.writing(path) as temporary:
            with open(temporary, "wb") as handle:
                handle.write(b"half")
            raise RuntimeError("interrupted")
    assert not os.path.exists(path)
    assert os.listdir(tmp_path) == []
    cache.write(path, b"whole")
    assert cache.read(path) == b"whole"
    assert stat.S_ISREG(os.stat(path).st_mode)


def test_a_cache_file_of_another_user_is_never_read(own_cache, monkeypatch):
    """A pickle can run code: one someone else could have put in a shared cache folder is ignored."""
    Cleaner()
    [path] = own_cache.glob("rulebook-*.pickle")
    assert cache.read(str(path)) is not None and cache.usable(str(path))
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    assert cache.read(str(path)) is None and not cache.usable(str(path))
    rules.book_from_sources.cache_clear()
    rules.load_rulebook.cache_clear()
    assert Cleaner().clean("Title\n\nBody text.\nLeave a Comment\n").text == "Title\n\nBody text.\n"


def test_a_profiles_database_that_goes_bad_mid_run_falls_back_to_json(own_cache):
    profiles.open_profiles()  # writes the database
    opened = profiles.open_profiles()
    assert isinstance(opened, profiles.SqliteProfiles)
    [path] = own_cache.glob("langdetect-profiles-*.sqlite")
    expected = profiles.JsonProfiles(profiles._profile_files()).counts(["the", " de", "zzq"])
    opened._db.close()  # as if the file had been pulled away under the running job
    opened._pid = os.getpid()
    assert opened.counts(["the", " de", "zzq"]) == expected
    assert path.exists()
