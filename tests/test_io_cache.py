"""Caches kept between runs are shortcuts: with or without them, the same bytes; and
only a cache the user alone could have written is read, as plain data."""

import json
import os
import shutil
import stat
import subprocess
import sys

import pytest

from cleaner import Cleaner
from cleaner.io import cache
from cleaner.language import detection
from cleaner.language import profiles
from cleaner.rules import book
from conftest import FIXTURES, ROOT, run_cli, write_rules

# A document with a line only a rule of its own (a regex) removes, and one a bundled rule does.
DOC = ("Local council approves the new library\n\nThe council voted on Tuesday to fund a new public library "
       "in the town centre, with building work to begin next spring.\nZorblat quux 42\nLeave a Comment\n")
CLEANED = DOC.replace("Zorblat quux 42\n", "").replace("Leave a Comment\n", "")
RULES = """\
rules:
  - id: t-zorblat
    description: A line only this rule removes
    match: {regex: '^Zorblat quux \\d+$'}
"""
OTHER_UID = 4242  # no user of this machine: tests run as root, who can give a file away


def _texts():
    paths = [*sorted((FIXTURES / "input").glob("*.txt")), *sorted((ROOT / "eval" / "docs").glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    book.book_from_sources.cache_clear()
    book.load_rulebook.cache_clear()
    yield tmp_path / "cache"
    book.book_from_sources.cache_clear()
    book.load_rulebook.cache_clear()


def _outputs(cleaner):
    return [(r.text, r.lang, [x.rule_id for x in r.removals]) for r in map(cleaner.clean, _texts())]


def test_cached_rule_book_cleans_as_a_freshly_parsed_one(own_cache):
    sources = book.rule_sources()
    fresh = Cleaner(rulebook=book._book(sources, frozenset()))
    first = Cleaner()  # parses, then writes the cache
    assert list(own_cache.glob("regex-facts-*.json"))
    book.book_from_sources.cache_clear()
    book.load_rulebook.cache_clear()
    cached = Cleaner()  # reads it
    assert cached.rulebook is not first.rulebook
    assert _outputs(fresh) == _outputs(first) == _outputs(cached)


def test_a_corrupt_cache_is_rebuilt(own_cache):
    Cleaner()
    [path] = own_cache.glob("regex-facts-*.json")
    good = path.read_bytes()
    table = json.loads(good)
    pattern = sorted(table)[0]
    for junk in (b"not json", b"[]", json.dumps({pattern: table[pattern]}).encode(),
                 json.dumps({**table, pattern: [["a"], None, [1, []]]}).encode(),
                 json.dumps({**table, pattern: [[7], None, None]}).encode()):
        path.write_bytes(junk)
        book.book_from_sources.cache_clear()
        book.load_rulebook.cache_clear()
        assert _outputs(Cleaner()) == _outputs(Cleaner(rulebook=book._book(book.rule_sources(), frozenset())))
        assert path.read_bytes() == good


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    env = {**os.environ, "CLEANER_CACHE_DIR": str(blocker / "cache")}  # cannot be created under a file
    target = tmp_path / "doc.txt"
    target.write_text("Un titre\n\nUne phrase en français pour le test de langue.\nPartager\n", encoding="utf-8")
    result = run_cli("fix", "--no-config", target, env=env)
    assert result.returncode == 1, result.stderr
    assert "Partager" not in target.read_text(encoding="utf-8")


def test_profiles_cache_gives_the_json_table(own_cache):
    files = profiles.profile_files()
    from_json = profiles.ProfileTable.from_json(files)
    profiles.open_profiles()  # the first call writes the cache
    [path] = own_cache.glob("langdetect-profiles-*.bin")
    assert profiles.ProfileTable.from_bytes(path.read_bytes()).keys == from_json.keys
    cached = profiles.open_profiles()
    for name in ("langs", "keys", "starts", "languages", "scores"):
        assert getattr(cached, name) == getattr(from_json, name), name
    for text in _texts():
        sample = detection.sample(text.splitlines())
        assert detection.Scorer(cached).best(sample) == detection.Scorer(from_json).best(sample)


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


def test_a_cache_file_of_another_user_is_never_read(tmp_path):
    folder, rules_dir = tmp_path / "cache", write_rules(tmp_path / "rules", "t.yaml", RULES).parent
    assert _clean(folder, rules_dir) == CLEANED
    [facts] = folder.glob("regex-facts-*.json")
    _mislead(facts)
    os.chown(facts, OTHER_UID, -1)
    assert _clean(folder, rules_dir) == CLEANED


def test_a_damaged_profiles_cache_is_built_again(own_cache):
    profiles.open_profiles()  # writes the cache
    [path] = own_cache.glob("langdetect-profiles-*.bin")
    good = path.read_bytes()
    header_end = good.index(b"\n")
    flipped = bytearray(good)
    flipped[header_end + 1000] ^= 1  # one bit of one key
    for junk in (b"", b"junk", good[:-1], good[:header_end], bytes(flipped), b"{}\n" + good[header_end + 1:]):
        path.write_bytes(junk)
        assert profiles.open_profiles().keys == profiles.ProfileTable.from_json(profiles.profile_files()).keys
        assert path.read_bytes() == good


def _clean(folder, rules_dir, doc=DOC):
    """``cleaner clean`` of ``doc`` in its own process, with its caches in ``folder``."""
    env = {**os.environ, "CLEANER_CACHE_DIR": str(folder)}
    done = run_cli("clean", "--no-config", "--rules", rules_dir, input_bytes=doc.encode(), env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode()


def _mislead(facts):
    """Facts saying no line begins a match of any regex: read, they keep the chrome regexes remove."""
    table = json.loads(facts.read_bytes())
    # Each pattern's opening: no lead, then a start no line holds.
    facts.write_text(json.dumps({pattern: [[[], ["\u0000"]], None, None] for pattern in table}), encoding="utf-8")


def _listing(folder):
    return sorted((p.name, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir())


def test_a_second_run_reads_the_cache_and_cleans_the_same(tmp_path):
    folder, rules_dir = tmp_path / "cache", write_rules(tmp_path / "rules", "t.yaml", RULES).parent
    first = _clean(folder, rules_dir)
    assert first == CLEANED
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # made for the user alone
    [facts] = folder.glob("regex-facts-*.json")
    [database] = folder.glob("langdetect-profiles-*.bin")
    written = _listing(folder)
    assert _clean(folder, rules_dir) == first
    assert _listing(folder) == written  # read, not built again
    # What it reads is what it uses: facts that tell a wrong story change the output.
    _mislead(facts)
    assert "Zorblat quux 42" in _clean(folder, rules_dir)


PICKLE_THAT_WRITES = "cbuiltins\nopen\n(V{marker}\nVw\ntR."  # protocol 0: open(marker, "w") when loaded


def test_a_link_planted_in_the_cache_folder_is_never_followed(tmp_path):
    """A link in a cache folder to a file the user owns, holding a pickle that writes a file
    when loaded: the cache never reads through it, so the pickle never runs."""
    folder, rules_dir = tmp_path / "cache", write_rules(tmp_path / "rules", "t.yaml", RULES).parent
    first = _clean(folder, rules_dir)
    marker, victim = tmp_path / "marker", tmp_path / "cleaned-by-the-user.txt"
    victim.write_text(PICKLE_THAT_WRITES.format(marker=marker), encoding="utf-8")
    # The payload is live: loaded, it writes the marker.
    subprocess.run([sys.executable, "-c", "import pickle, sys; pickle.loads(open(sys.argv[1], 'rb').read())",
                    victim], check=True)
    assert marker.exists()
    marker.unlink()
    planted = sorted(folder.iterdir())
    # the regex facts, the language profiles, the rules' RE2 translations and the bundled rules parsed
    assert {p.name.rsplit("-", 1)[0] for p in planted} == {"regex-facts", "langdetect-profiles", "rule-translations",
                                                           "rule-sets"}
    for path in planted:
        path.unlink()
        path.symlink_to(victim)
    assert _clean(folder, rules_dir) == first
    assert not marker.exists()
    assert victim.read_text(encoding="utf-8") == PICKLE_THAT_WRITES.format(marker=marker)
    assert not any(path.is_symlink() for path in planted)  # built again, replacing the links


@pytest.mark.parametrize("mode", [0o620, 0o602, 0o666], ids=["group-writable", "world-writable", "rw-rw-rw-"])
def test_a_cache_file_others_can_write_is_ignored(tmp_path, mode):
    folder, rules_dir = tmp_path / "cache", write_rules(tmp_path / "rules", "t.yaml", RULES).parent
    assert _clean(folder, rules_dir) == CLEANED
    [facts] = folder.glob("regex-facts-*.json")
    _mislead(facts)
    os.chmod(facts, mode)
    assert _clean(folder, rules_dir) == CLEANED


@pytest.mark.parametrize("spoil", ["link", "world-writable", "group-writable", "another user's"])
def test_a_cache_folder_others_could_change_is_not_used(tmp_path, spoil):
    real, rules_dir = tmp_path / "real", write_rules(tmp_path / "rules", "t.yaml", RULES).parent
    assert _clean(real, rules_dir) == CLEANED
    [facts] = real.glob("regex-facts-*.json")
    _mislead(facts)
    folder = real
    if spoil == "link":
        folder = tmp_path / "link"
        folder.symlink_to(real, target_is_directory=True)
    elif spoil == "another user's":
        os.chown(real, OTHER_UID, -1)
    else:
        os.chmod(real, 0o777 if spoil == "world-writable" else 0o770)
    before = _listing(real)
    assert _clean(folder, rules_dir) == CLEANED  # not read
    assert _listing(real) == before  # nor written


def _misleading_profiles(path):
    """A sound table, checksum and all, with its languages' names turned round: read, French
    text comes out in another language."""
    table = profiles.ProfileTable.from_bytes(path.read_bytes())
    table.langs = table.langs[::-1]
    path.write_bytes(table.to_bytes())


FRENCH = "Les négociations reprendront à Genève la semaine prochaine, selon le ministère des affaires."


def test_a_profiles_cache_linked_from_the_cache_folder_is_not_read(own_cache):
    profiles.open_profiles()  # writes the cache
    [path] = own_cache.glob("langdetect-profiles-*.bin")
    _misleading_profiles(path)
    assert detection.Scorer(profiles.open_profiles()).best(FRENCH) != "fr"  # read, it misleads
    elsewhere = own_cache.parent / "elsewhere.bin"
    shutil.move(path, elsewhere)  # the user's own file: only the link is wrong
    path.symlink_to(elsewhere)
    assert detection.Scorer(profiles.open_profiles()).best(FRENCH) == "fr"
    assert not path.is_symlink()  # a new cache replaced the link


@pytest.mark.parametrize("spoil", [0o620, 0o602, "another user's"],
                         ids=["group-writable", "world-writable", "another user's"])
def test_a_profiles_cache_others_could_change_is_not_read(own_cache, spoil):
    profiles.open_profiles()
    [path] = own_cache.glob("langdetect-profiles-*.bin")
    _misleading_profiles(path)
    assert detection.Scorer(profiles.open_profiles()).best(FRENCH) != "fr"  # read, it misleads
    if spoil == "another user's":
        os.chown(path, OTHER_UID, -1)
    else:
        os.chmod(path, spoil)
    assert detection.Scorer(profiles.open_profiles()).best(FRENCH) == "fr"


def _kinds(folder):
    """How many cache files of each kind (and suffix) the folder holds."""
    counts: dict = {}
    for path in folder.iterdir():
        named = cache._NAME.fullmatch(path.name)
        key = named.group("kind", "suffix") if named else path.name
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_the_cache_folder_stays_bounded_when_rules_and_code_change(tmp_path, monkeypatch):
    """Each run with other rules, or after an upgrade, writes new files; the folder keeps
    cache.KEEP of each kind, whatever the number of runs or patterns."""
    from cleaner.rules import rule_regex

    monkeypatch.delenv("CLEANER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    folder = tmp_path / "xdg" / "cleaner"
    runs = cache.KEEP + 3
    for run in range(runs):
        monkeypatch.setattr(rule_regex, "code_version", lambda run=run: f"version {run % 2}")
        patterns = "\n".join(f"    match: {{regex: '^Zorblat {run} quux{k} \\d+$'}}" for k in range(3))
        rules = "rules:\n" + "".join(f"  - id: t-zorblat-{k}\n    description: A line only this rule removes\n"
                                     + patterns.splitlines()[k] + "\n" for k in range(3))
        rules_dir = write_rules(tmp_path / f"rules-{run}", "t.yaml", rules).parent
        doc = DOC.replace("Zorblat quux 42", f"Zorblat {run} quux1 42")
        assert Cleaner(rule_dirs=[str(rules_dir)]).clean(doc).text == CLEANED
        kinds = _kinds(folder)
        assert kinds[("rule-translations", ".bin")] == min(run + 1, cache.KEEP)
        assert kinds[("regex-facts", ".json")] == min(run + 1, cache.KEEP)
        assert kinds[("rule-sets", ".json")] == 1  # the bundled rules', which did not change
        assert set(kinds) <= {("rule-translations", ".bin"), ("regex-facts", ".json"), ("rule-sets", ".json"),
                              ("langdetect-profiles", ".bin")}  # the profiles, when not opened before
    # The newest file of each kind is the last run's, holding its patterns' translations.
    newest = max(folder.glob("rule-translations-*.bin"), key=lambda p: p.stat().st_mtime_ns)
    assert f"^Zorblat {runs - 1} quux1 \\d+$" in json.loads(newest.read_bytes().partition(b"\n")[0])


def test_files_of_retired_kinds_go_and_nothing_else_does(tmp_path, monkeypatch):
    """What earlier versions left (a file per translated pattern, pickled rule books) goes
    when the folder is next written; files not named as cache.py names them stay, and a
    link is removed at most, never followed."""
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "cache"
    cache.write(cache.path_for("thing", "a", suffix=".bin"), b"a")
    retired = [cache.path_for(kind, str(k), suffix=suffix) for kind, suffix in sorted(cache.RETIRED)
               for k in range(3)]
    for path in retired:
        with open(path, "wb") as handle:
            handle.write(b"old")
    kept = [folder / "notes.txt", folder / "re2-not-ours.re2", folder / "thing-0123.bin"]
    for path in kept:
        path.write_bytes(b"mine")
    outside = tmp_path / "elsewhere.re2"
    outside.write_bytes(b"not the cache's")
    link = cache.path_for("re2", "linked", suffix=".re2")
    os.symlink(outside, link)
    cache.write(cache.path_for("thing", "b", suffix=".bin"), b"b")
    assert not any(os.path.exists(path) for path in retired)
    assert all(path.read_bytes() == b"mine" for path in kept)
    assert outside.read_bytes() == b"not the cache's"
    assert sorted(cache.read(cache.path_for("thing", key, suffix=".bin")) for key in "ab") == [b"a", b"b"]


def test_a_rule_books_translations_are_read_back_and_a_bad_file_is_rebuilt(tmp_path, monkeypatch):
    from cleaner.rules.rule_regex import translate
    from cleaner.rules.translation_cache import Translations

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    pattern = r"(?i)^\w+ comments?$"
    first = Translations("a rule text")
    assert first(pattern) == translate(pattern) and first.fresh
    first.save()
    again = Translations("a rule text")
    assert again(pattern) == translate(pattern) and not again.fresh  # read, not translated
    assert Translations("another rule text")(pattern) == translate(pattern)
    stored = translate(pattern).encode()
    for junk in (b"not json", b"[]", json.dumps({pattern: 7}).encode(), b"\xff",
                 json.dumps({pattern: [0, len(stored) + 1]}).encode() + b"\n" + stored,
                 json.dumps({pattern: [0, 2]}).encode() + b"\n\xff\xff"):
        with open(first.path, "wb") as handle:
            handle.write(junk)
        fresh = Translations("a rule text")
        assert fresh(pattern) == translate(pattern) and fresh.fresh


def test_the_tests_never_write_the_users_cache(monkeypatch):
    """conftest points both CLEANER_CACHE_DIR and XDG_CACHE_HOME at temporary folders, so a
    test (or a child process) that drops the first still writes outside the user's home cache."""
    home_cache = os.path.join(os.path.expanduser("~"), ".cache")
    assert not cache.cache_dir().startswith(home_cache)
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    assert not cache.cache_dir().startswith(home_cache)
    assert os.path.basename(os.environ["XDG_CACHE_HOME"]).startswith("cleaner-test-xdg-")


def test_pruning_removes_only_the_users_own_files_of_the_kind_written(tmp_path, monkeypatch):
    """Past cache.KEEP files of a kind the oldest go; a file of another user, or one that
    others may write, is never read and never removed; other kinds are left as they are."""
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    other = cache.path_for("langdetect-profiles", "kept", suffix=".bin")
    cache.write(other, b"profiles")
    foreign = cache.path_for("thing", "foreign", suffix=".bin")
    cache.write(foreign, b"foreign")
    os.chown(foreign, OTHER_UID, -1)
    shared = cache.path_for("thing", "shared", suffix=".bin")
    cache.write(shared, b"shared")
    os.chmod(shared, 0o666)
    written = []
    for k in range(cache.KEEP + 3):
        written.append(cache.path_for("thing", str(k), suffix=".bin"))
        cache.write(written[-1], str(k).encode())
        os.utime(written[-1], ns=(k * 10**9, k * 10**9))  # written in this order, a second apart
    assert [os.path.exists(path) for path in written] == [False] * 3 + [True] * cache.KEEP
    assert cache.read(written[-1]) == str(cache.KEEP + 2).encode()
    assert os.path.exists(foreign) and cache.read(foreign) is None
    assert os.path.exists(shared) and cache.read(shared) is None
    assert cache.read(other) == b"profiles"
