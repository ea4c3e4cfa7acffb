"""The bundled rule sets' parse kept between runs (rule_set_cache): read back, the very sets the
YAML gives; a file that is not what was stored for these texts, or reached through a link, is
never used; an edited rule file is parsed again, and a broken one fails at its line as ever."""

import dataclasses
import hashlib
import json

import pytest

from cleaner.rules import book, rule_set_cache
from cleaner.rules.loader import RuleSource, parse_rule_file
from cleaner.rules.model import RuleError

# Every kind of field the model has: a Near, a Context, a zone as a share, a page rule's shares
# and word sets, a structure rule's labels and stamps, a site and a language scope.
HANDMADE = """\
extends: [other]
languages: [xx]
rules:
  - id: t-photo-credit
    description: A photo credit under a picture
    family: caption
    match: {prefix: ['Photo:', 'Picture by']}
    zone: {tail: '40%', after_article: true}
    max_words: 9
    examples: {drop: ['Photo: Kim Dale', 'Picture by Ana Sol'], keep: ['Photo: the river at dawn, said Kim.', 'Pictures']}
  - id: t-byline-place
    description: The place under a byline
    match: {regex: '^[A-Z][a-z]+$'}
    near: {families: [byline], distance: 2, echoed: true}
    sites: [news.example.org]
  - id: t-read-more
    description: A read-more link
    match: {phrase: Read more}
    context: {not_next: ['^Chapter \\d+'], not_prose: true, unless: ['(?i)more than']}
structure:
  - id: t-menu
    description: A menu of a few labels
    kind: menu_run
    labels: [Home, World, Sport]
    min_lines: 4
  - id: t-thread
    description: Readers' comments
    kind: comment_thread
    stamps: ['\\d+ (?:days|weeks) ago']
  - id: t-boxes
    description: Boxes of links beside the article
    kind: page_link_box
    article_held: '60%'
    linked: '50%'
    words: [related, more]
    family: related
"""
OTHER = "rules:\n  - id: t-share\n    description: Share label\n    match: {phrase: Share}\n"


def _sources(text=HANDMADE):
    return [RuleSource("rules/xx.yaml", "xx", text, True), RuleSource("rules/other.yaml", "other", OTHER, True)]


def _plain(value):
    """Every field of a parsed set, with its type: what a cache hit must give back exactly."""
    if dataclasses.is_dataclass(value):
        return type(value).__name__, tuple((f.name, _plain(getattr(value, f.name))) for f in dataclasses.fields(value))
    if isinstance(value, (list, tuple)):
        return type(value).__name__, tuple(map(_plain, value))
    if isinstance(value, frozenset):
        return "frozenset", tuple(sorted(value))
    return type(value).__name__, value


def _parsed(sources):
    return [parse_rule_file(s.text, s.source, s.name, eager=False) for s in sources]


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    yield tmp_path / "cache"


def _file(folder):
    [path] = folder.glob("rule-sets-*.json")
    return path


def test_the_bundled_rules_read_back_are_the_sets_the_yaml_gives(own_cache):
    sources = [s for s in book.rule_sources() if s.bundled]
    fresh = _parsed(sources)
    assert rule_set_cache.load(sources) is None
    first = book._sets(tuple(sources))  # parsed, then stored
    assert _plain(first) == _plain(fresh)
    again = rule_set_cache.load(sources)
    assert again is not None and again[0] is not first[0]
    assert _plain(again) == _plain(fresh)
    assert sum(len(s.rules) for s in again) > 500 and any(r.context for s in again for r in s.rules)


def test_every_kind_of_field_comes_back_as_parsed(own_cache):
    sources = _sources()
    fresh = _parsed(sources)
    rule_set_cache.store(sources, fresh)
    back = rule_set_cache.load(sources)
    assert _plain(back) == _plain(fresh)
    photo, place, more = back[0].rules
    assert (photo.tail, type(photo.tail), photo.after_article, photo.keys) == (0.4, float, True, ("photo:", "picture by"))
    assert (place.near.families, place.near.distance, place.near.echoed, place.sites) == (
        frozenset({"byline"}), 2, True, ("news.example.org",))
    assert (more.context.not_next, more.context.not_prose, more.context.line) == ((r"^Chapter \d+",), True, 19)
    menu, thread, boxes = back[0].structure
    assert (menu.labels, menu.min_lines, thread.stamps) == (frozenset({"home", "world", "sport"}), 4, (r"\d+ (?:days|weeks) ago",))
    assert (boxes.article_held, boxes.linked, boxes.page_family, boxes.words) == (0.6, 0.5, "related", frozenset({"related", "more"}))
    assert (back[0].extends, back[0].languages, back[1].rules[0].keys) == (("other",), frozenset({"xx"}), ("share",))


def test_what_is_read_is_what_is_used(own_cache):
    """A file stored for these texts is used as it is: the parse is not done again."""
    sources = _sources()
    fewer = _parsed(sources)
    del fewer[0].rules[0]
    rule_set_cache.store(sources, fewer)
    assert [r.id for r in book._sets(tuple(sources))[0].rules] == ["t-byline-place", "t-read-more"]


def _sealed(body: bytes, key: str) -> bytes:
    """A file whose header matches its body and names ``key``: only the body's shapes are wrong."""
    header = {"format": rule_set_cache.FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header).encode() + b"\n" + body


def _tampered(good: bytes, key: str):
    header, _, body = good.partition(b"\n")
    plain = json.loads(body)
    rule = plain[0]["rules"][0]
    yield b"not json"
    yield header + b"\n" + body.replace(b"Photo:", b"Photo;")  # the body edited: its digest differs
    yield header.replace(key.encode(), b"0" * 64) + b"\n" + body  # another set of texts'
    yield _sealed(body[:-1], key)  # cut short
    for field, value in (("max_words", True), ("max_words", "9"), ("tail", "40%"), ("patterns", "Photo:"),
                         ("kind", "glob"), ("action", "drop_all"), ("family", "gossip"), ("keys", []),
                         ("colour", "blue"), ("source", "rules/zz.yaml")):
        yield _sealed(json.dumps([{**plain[0], "rules": [{**rule, field: value}, *plain[0]["rules"][1:]]},
                                  plain[1]]).encode(), key)
    yield _sealed(json.dumps([{**plain[0], "rules": [{k: v for k, v in rule.items() if k != "id"}]}, plain[1]]).encode(), key)
    yield _sealed(json.dumps(plain[:1]).encode(), key)  # a set missing
    yield _sealed(json.dumps([plain[1], plain[0]]).encode(), key)  # the sets of other files


def test_a_tampered_or_foreign_file_is_ignored_and_built_again(own_cache):
    sources = _sources()
    fresh = _plain(_parsed(sources))
    book._sets(tuple(sources))
    path = _file(own_cache)
    good = path.read_bytes()
    key = rule_set_cache._digest(sources)
    assert rule_set_cache.decode(_sealed(good.partition(b"\n")[2], key), key, sources) is not None
    for junk in _tampered(good, key):
        path.write_bytes(junk)
        assert rule_set_cache.load(sources) is None, junk[:300]
        assert _plain(book._sets(tuple(sources))) == fresh
        assert path.read_bytes() == good  # stored again


def test_a_link_in_the_cache_folder_is_never_followed(own_cache, tmp_path):
    """A link in place of the file, to a file of the user's holding sets stored for these texts
    (one rule fewer): not read; the parse is done again and the link replaced."""
    sources = _sources()
    fresh = _plain(_parsed(sources))
    fewer = _parsed(sources)
    del fewer[0].rules[0]
    book._sets(tuple(sources))
    path = _file(own_cache)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(rule_set_cache.encode(fewer, rule_set_cache._digest(sources)))
    path.unlink()
    path.symlink_to(elsewhere)
    assert rule_set_cache.load(sources) is None
    assert _plain(book._sets(tuple(sources))) == fresh
    assert not path.is_symlink()


def test_an_edited_file_is_parsed_again_and_a_broken_one_fails_at_its_line(own_cache):
    book._sets(tuple(_sources()))
    edited = _sources(HANDMADE.replace("max_words: 9", "max_words: 7"))
    assert rule_set_cache.load(edited) is None
    assert book._sets(tuple(edited))[0].rules[0].max_words == 7
    assert len(list(own_cache.glob("rule-sets-*.json"))) == 2
    broken = _sources(HANDMADE.replace("max_words: 9", "max_words: nine"))
    with pytest.raises(RuleError) as expected:
        parse_rule_file(broken[0].text, broken[0].source, broken[0].name)
    with pytest.raises(RuleError) as found:
        book._sets(tuple(broken))
    assert str(found.value) == str(expected.value) == (
        "rules/xx.yaml:9: rule t-photo-credit: max_words must be a whole number of at least 1, not 'nine'")
    assert len(list(own_cache.glob("rule-sets-*.json"))) == 2  # nothing stored for it


def test_a_users_rules_are_parsed_at_every_load_and_never_stored(own_cache, tmp_path):
    user = RuleSource("mine/rules.yaml", "mine", "rules:\n  - id: t-mine\n    description: d\n    match: {regex: '([a'}\n")
    with pytest.raises(RuleError, match=r"^mine/rules.yaml:4: rule t-mine: bad regex"):
        book._sets((*_sources(), user))
    assert rule_set_cache.load(_sources()) is not None  # the bundled ones, stored before the user's failed
    with pytest.raises(RuleError, match=r"^mine/rules.yaml:4: rule t-mine: bad regex"):
        book._sets((*_sources(), user))  # the bundled ones read back, the user's parsed and refused


def test_a_file_nested_past_the_parser_is_ignored_not_a_crash(own_cache):
    sources = _sources()
    fresh = _plain(_parsed(sources))
    book._sets(tuple(sources))
    path = _file(own_cache)
    key = rule_set_cache._digest(sources)
    path.write_bytes(_sealed(b"[" * 200_000 + b"]" * 200_000, key))
    assert rule_set_cache.load(sources) is None
    assert _plain(book._sets(tuple(sources))) == fresh


def test_without_the_codes_sources_nothing_is_kept_and_the_yaml_is_parsed(own_cache, monkeypatch):
    # An install of bytecode alone cannot name its cache file: it parses, as before the cache.
    monkeypatch.setattr(rule_set_cache, "_CODE", (*rule_set_cache._CODE, "no_such_module.py"))
    sources = _sources()
    assert _plain(book._sets(tuple(sources))) == _plain(_parsed(sources))
    assert not list(own_cache.glob("rule-sets-*.json"))


def test_the_regex_facts_cache_shares_both_guards(own_cache, monkeypatch):
    # The patterns' facts (regex_facts) are kept the same way: a file nested past the JSON parser is
    # ignored, and without the code's sources they are computed and nothing is kept.
    from pathlib import Path

    from cleaner.rules import regex_facts

    patterns = ["^Share this$", "(?i)^read more"]
    fresh = {pattern: regex_facts.of(pattern) for pattern in patterns}
    assert regex_facts.cached(patterns) == fresh
    [path] = own_cache.glob("regex-facts-*.json")
    path.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    assert regex_facts.cached(patterns) == fresh
    path.unlink()
    real = Path.read_bytes

    def unreadable(self):
        if self.name == "regex_index.py":
            raise FileNotFoundError(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    assert regex_facts.cached(patterns) == fresh
    assert not list(own_cache.glob("regex-facts-*.json"))
