import subprocess
import sys

import pytest

from cleaner import Cleaner, Result, clean_text


def test_clean_text_one_call():
    assert clean_text("Titre\n\nUne phrase.\nLeave a Comment\n") == "Titre\n\nUne phrase.\n"


def test_result_carries_the_audit():
    text = "Titre de l'article\n\nUkrain\u0435 : les négociations continuent à Genève cette semaine.\nLeave a Comment\n"
    result = Cleaner().clean(text, url="https://www.example.org/a")
    assert isinstance(result, Result)
    assert result.lang == "fr" and result.changed
    (removal,) = result.removals
    assert (removal.rule_id, removal.rule_file, removal.line, removal.text) == (
        "comment-prompt", "rules/common.yaml", 4, "Leave a Comment")
    (fix,) = result.fixes
    assert (fix.step, fix.line) == ("homoglyph", 3) and "U+0435" in fix.detail
    assert result.removal_counts() == {"comment-prompt": 1}
    assert removal.as_dict()["rule"] == "comment-prompt"


def test_unchanged_text_reports_no_change():
    result = Cleaner().clean("Une phrase tranquille.\n")
    assert not result.changed and result.removals == () and result.fixes == ()


def test_importing_cleaner_does_not_import_trafilatura():
    import subprocess
    import sys

    code = "import sys, cleaner; cleaner.clean_text('Hello there, a sentence.'); print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _house_ad_rules(tmp_path):
    """A rule folder with one rule of our own, and (an article, the article with its ad)."""
    (tmp_path / "mine.yaml").write_text(
        "rules:\n  - id: mine-house-ad\n    description: our own house advert\n    family: promo\n"
        "    match: {phrase: Buy our mugs today}\n    action: drop_line\n", encoding="utf-8")
    article = "Titre\n\nUne phrase assez longue pour compter comme un article.\n"
    return article, article + "Buy our mugs today\n"


def test_rules_keyword_is_the_old_name_of_rule_dirs(tmp_path):
    article, text = _house_ad_rules(tmp_path)
    with pytest.warns(DeprecationWarning, match="rule_dirs"):
        old = Cleaner(rules=[str(tmp_path)])
    new = Cleaner(rule_dirs=[str(tmp_path)])
    assert old.clean(text).text == new.clean(text).text == article


def test_one_rule_folder_or_id_given_as_a_string_is_one_name(tmp_path):
    # A bare string was iterated letter by letter: rule_dirs="my-rules" read the folders
    # "m", "y", ... and "/rules" read "/", every YAML file of the machine.
    article, text = _house_ad_rules(tmp_path)
    assert Cleaner(rule_dirs=str(tmp_path)).clean(text).text == article
    assert Cleaner(rule_dirs=tmp_path).clean(text).text == article
    assert Cleaner(rule_dirs=str(tmp_path), disable="mine-house-ad").clean(text).text == text


def test_warm_builds_before_the_fork_what_the_first_documents_would():
    """A pool's workers inherit what warm() built; anything it leaves out each worker builds
    again at its first page of that kind (the look-alike table took 77 ms each)."""
    script = (
        "from cleaner import Cleaner\n"
        "from cleaner.characters import homoglyphs\n"
        "cleaner = Cleaner().warm()\n"
        "built = homoglyphs._replacements.cache_info().misses, homoglyphs._mixing.cache_info().misses\n"
        "result = cleaner.clean('Война в Ukrainе продолжается уже третий год, и конца ей не видно.\\n')\n"
        "after = homoglyphs._replacements.cache_info().misses, homoglyphs._mixing.cache_info().misses\n"
        "print(built, after, bool(result.fixes))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split("\n")[0]
    assert out == "(1, 1) (1, 1) True"


def test_a_cleaner_travels_to_other_processes_with_its_rules(tmp_path):
    """A Cleaner given to a process pool (pickled, as spawn does) cleans there as here, with the
    rules it was built with: the rule texts travel, not the folder's name."""
    import multiprocessing
    import pickle

    article, text = _house_ad_rules(tmp_path)
    cleaner = Cleaner(rule_dirs=[str(tmp_path)])
    here = [cleaner.clean(t) for t in (text, "Leave a Comment\n" + article)]
    (tmp_path / "mine.yaml").write_text("rules: []\n", encoding="utf-8")  # the folder changes after
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        there = pool.map(cleaner.clean, [text, "Leave a Comment\n" + article])
    assert there == here and there[0].text == article
    again = pickle.loads(pickle.dumps(cleaner))
    assert again.clean(text) == here[0] and again.rulebook is cleaner.rulebook  # one book per process


def test_a_rule_book_made_from_rule_sets_says_why_it_cannot_be_pickled(tmp_path):
    import copy
    import pickle

    from cleaner.rules.book import RuleBook
    from cleaner.rules.loader import load_directory

    _house_ad_rules(tmp_path)
    book = RuleBook(load_directory(tmp_path, "mine"))
    with pytest.raises(TypeError, match="book_from_sources"):
        pickle.dumps(Cleaner(rulebook=book))
    # Copies are no pickles: they share the frozen rules, with a selection cache of their own.
    for copied in (copy.copy(book), copy.deepcopy(book)):
        assert copied is not book and copied.sets == book.sets and Cleaner(rulebook=copied).clean("x\n").text == "x\n"
