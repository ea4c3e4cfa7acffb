"""Every bundled fixture (the five seeds and the documents written beside them) comes out as expected."""

import pytest

from conftest import FIXTURES

CASES = sorted(p.name for p in (FIXTURES / "input").glob("*.txt"))


def test_fixture_set_is_broad_enough():
    own = [c for c in CASES if not c[0].isdigit()]
    assert len(own) >= 20
    assert len({c.split("_")[0] for c in own}) >= 5  # languages


@pytest.mark.parametrize("name", CASES)
def test_fixture(cleaner_obj, name):
    text = (FIXTURES / "input" / name).read_text(encoding="utf-8")
    expected = (FIXTURES / "expected" / name).read_text(encoding="utf-8")
    result = cleaner_obj.clean(text)
    assert result.text == expected
    # Cleaning is idempotent: the clean text is a fixed point.
    assert cleaner_obj.clean(result.text).text == result.text


@pytest.mark.parametrize("name", CASES)
def test_every_removed_line_is_claimed_by_a_rule(cleaner_obj, name):
    text = (FIXTURES / "input" / name).read_text(encoding="utf-8")
    result = cleaner_obj.clean(text)
    kept = set(result.text.splitlines())
    lines = text.split("\n")
    for removal in result.removals:
        assert removal.rule_id and removal.rule_file.endswith(".yaml")
        assert " ".join(lines[removal.line - 1].split()) not in kept or lines.count(lines[removal.line - 1]) > 1


def test_seed_unchanged_document_is_untouched(cleaner_obj):
    text = (FIXTURES / "input" / "001_84685906dd2093b4.txt").read_text(encoding="utf-8")
    result = cleaner_obj.clean(text)
    assert result.removals == () and result.fixes == ()
    assert result.text == text.rstrip("\n") + "\n"


def test_seed_homoglyph_is_fixed_and_audited(cleaner_obj):
    text = (FIXTURES / "input" / "003_ac177f63fbb89bb2.txt").read_text(encoding="utf-8")
    result = cleaner_obj.clean(text)
    assert "Ukrain\u0435" not in result.text and "l'Ukraine et la Russie" in result.text
    assert [f.step for f in result.fixes] == ["homoglyph", "homoglyph"]
