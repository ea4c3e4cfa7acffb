"""`cleaner learn` then `cleaner clean`, through the command line, on pages written here:
a site's lines varying in one word, blocks, headings of documentation, bad inputs, limits."""

import json
import random

import yaml

from conftest import run_cli

NOUNS = ("ferry harbour council bridge market museum school railway library garden festival hospital "
         "tram river budget station theatre stadium").split()
VERBS = "opened closed delayed approved rebuilt reviewed funded repainted extended moved".split()
TAILS = ["on Monday", "after a long debate", "despite the rain", "for the first time", "ahead of plan",
         "with little notice", "before the holidays", "at last"]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(NOUNS), rng.choice(VERBS), "the", rng.choice(NOUNS), rng.choice(NOUNS), rng.choice(TAILS),
             "and", str(rng.randint(2, 900)), rng.choice(NOUNS), "staff", rng.choice(VERBS), "it"]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def article(rng: random.Random, paragraphs: int = 3) -> list[str]:
    title = f"The {rng.choice(NOUNS)} {rng.choice(VERBS)} by the {rng.choice(NOUNS)} {rng.choice(NOUNS)}"
    return [title, *(sentence(rng) for _ in range(paragraphs))]


def weather_pages(count: int, seed: int) -> list[list[str]]:
    """A site whose second line says the weather in one of three words, and whose foot is a
    block of three lines."""
    rng = random.Random(seed)
    return [["Weather Herald", f"Weather: {rng.randint(2, 30)}° {rng.choice(['Sunny', 'Cloudy', 'Rain'])}",
             *article(rng), "Sign up for the morning letter", "Follow us on the radio", "Back to top"]
            for _ in range(count)]


def write_jsonl(path, site: str, pages: list[list[str]], start: int = 0) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        for i, lines in enumerate(pages, start):
            handle.write(json.dumps({"url": f"https://www.{site}/a/{i}", "text": "\n".join(lines)}) + "\n")


def write_folder(folder, pages: list[list[str]]) -> None:
    folder.mkdir(parents=True)
    for i, lines in enumerate(pages):
        (folder / f"page-{i:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def learn_site(tmp_path, site: str, pages: list[list[str]]):
    """Write a site's pages to a folder and learn from it: the rule file and what learn printed."""
    write_folder(tmp_path / site, pages)
    target = tmp_path / f"{site}.yaml"
    done = run_cli("learn", tmp_path / site, "-o", target)
    assert done.returncode == 0, done.stderr
    return target, done.stdout.decode()


def rules_of(path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]


def test_learned_from_records_cleans_the_same_records_by_their_url(tmp_path):
    """The README walkthrough: learn from a JSONL corpus, clean it with the learned folder; the
    records' url field selects the site's rules in both commands without a flag."""
    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, "weather.example", weather_pages(12, seed=1))
    write_jsonl(corpus, "other.example", [article(random.Random(9))])
    done = run_cli("learn", corpus, "-o", tmp_path / "rules" / "sites" / "weather.example.yaml",
                   "--site", "www.weather.example")
    assert done.returncode == 0, done.stderr
    assert run_cli("rules", "test", "--rules", tmp_path / "rules", "--no-default-rules").returncode == 0
    cleaned = run_cli("clean", corpus, "-o", tmp_path / "clean.jsonl", "--rules", tmp_path / "rules" / "sites")
    assert cleaned.returncode == 0, cleaned.stderr
    records = [json.loads(line) for line in (tmp_path / "clean.jsonl").read_text(encoding="utf-8").splitlines()]
    for record in records[:12]:
        assert record["text"].split("\n")[0].startswith("The ")  # the title opens the page
        assert "Weather" not in record["text"] and "Back to top" not in record["text"]
    assert records[12]["cleaner"]["removals"] == {}  # another site's page: not this site's rules
    # --url-field '' reads no URL: the site's rules select nothing.
    unscoped = run_cli("clean", corpus, "-o", tmp_path / "none.jsonl", "--rules", tmp_path / "rules" / "sites",
                       "--url-field", "")
    assert unscoped.returncode == 0 and b"Weather Herald" in (tmp_path / "none.jsonl").read_bytes()


def test_a_folder_of_text_is_cleaned_as_its_site_with_clean_site(tmp_path):
    write_folder(tmp_path / "crawl" / "weather.example", weather_pages(10, seed=2))
    done = run_cli("learn", tmp_path / "crawl", "-o", tmp_path / "learned")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "learned" / "weather.example.yaml").is_file()
    page = tmp_path / "crawl" / "weather.example" / "page-03.txt"
    without = run_cli("clean", page, "--rules", tmp_path / "learned", "--no-default-rules")
    assert without.stdout == page.read_bytes()  # text files have no URL: no site rules
    with_site = run_cli("clean", page, "--rules", tmp_path / "learned", "--no-default-rules",
                        "--site", "weather.example", "--explain")
    lines = page.read_text(encoding="utf-8").splitlines()
    assert with_site.stdout.decode().splitlines() == lines[2:6]
    assert with_site.stderr.decode().count("removed by weather-example-") == 5


def test_a_word_varying_among_a_few_values_is_one_rule_with_an_alternation(tmp_path):
    target, _ = learn_site(tmp_path, "weather.example", weather_pages(12, seed=3))
    rules = rules_of(target)
    weather = [rule for rule in rules if "weather" in json.dumps(rule["match"]).lower() and "herald" not in
               json.dumps(rule["match"]).lower()]
    assert len(weather) == 1 and weather[0]["id"] == "weather-example-header-weather"
    assert "(?:cloudy|rain|sunny)" in weather[0]["match"]["regex"]
    # A fresh page with another temperature is cleaned of it; the word outside the values is not.
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("Weather: 9° Rain\nWeather: 9° Hail\nThe ferry runs again on Monday, the council said.\n",
                     encoding="utf-8")
    cleaned = run_cli("clean", fresh, "--rules", tmp_path, "--site", "weather.example", "--no-default-rules")
    kept = ["Weather: 9° Hail", "The ferry runs again on Monday, the council said."]
    assert cleaned.stdout.decode().splitlines() == kept


def test_a_block_of_lines_printed_together_is_one_rule_named_by_its_words(tmp_path):
    write_folder(tmp_path / "weather.example", weather_pages(12, seed=4))
    target = tmp_path / "weather.example.yaml"
    assert run_cli("learn", tmp_path / "weather.example", "-o", target).returncode == 0
    footer = [rule for rule in rules_of(target) if rule["id"] == "weather-example-footer-sign-up-for-the"]
    assert len(footer) == 1 and footer[0]["description"].startswith("A block of 3 lines printed together")
    assert footer[0]["match"] == {"phrase": ["Sign up for the morning letter", "Follow us on the radio", "Back to top"]}
    # The ids depend on the lines, not on the pages' order or number: a second run from other pages gives them again.
    write_folder(tmp_path / "again" / "weather.example", weather_pages(8, seed=5)[::-1])
    again = tmp_path / "again.yaml"
    assert run_cli("learn", tmp_path / "again" / "weather.example", "-o", again).returncode == 0
    assert sorted(rule["id"] for rule in rules_of(again)) == sorted(rule["id"] for rule in rules_of(target))


def news_pages(count: int, seed: int) -> list[list[str]]:
    """A related block opened by a marker, with headlines that vary, above a fixed footer."""
    rng = random.Random(seed)
    return [["Coast Courier", *article(rng, 4), "More stories",
             *(f"{rng.choice(NOUNS).capitalize()} {rng.choice(VERBS)} in {rng.choice(NOUNS)} town" for _ in range(3)),
             "Coast Courier Media"] for _ in range(count)]


def test_rules_that_remove_nothing_are_left_out_and_counted(tmp_path):
    target, out = learn_site(tmp_path, "coast.example", news_pages(15, seed=6))
    assert "left out 1 rules that removed no line of these pages" in out
    assert "coast-example-footer-coast-courier-media" in out
    ids = [rule["id"] for rule in rules_of(target)]
    assert ids == ["coast-example-header-coast-courier", "coast-example-more-stories"]
    # Every rule written removes a line of the pages it was learned from.
    explained = run_cli("clean", tmp_path / "coast.example", "--rules", tmp_path, "--no-default-rules",
                        "--site", "coast.example", "--explain", "-o", tmp_path / "out").stderr.decode()
    assert all(f"removed by {rule_id} " in explained for rule_id in ids)


def docs_pages(count: int, seed: int) -> list[list[str]]:
    """Documentation pages sharing their section headings, each followed by its own prose."""
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        lines = article(rng, 1)
        for heading in ("Requirements", "Installation", "Testing"):
            lines += [heading, *(sentence(rng) for _ in range(rng.randint(1, 3)))]
        pages.append([*lines, "Edit this page on the forge", "Built with the docs generator"])
    return pages


def test_headings_a_documentation_site_shares_are_held_back_and_said_why(tmp_path):
    target, out = learn_site(tmp_path, "docs.example", docs_pages(12, seed=7))
    for heading in ("Requirements", "Installation", "Testing"):
        assert f"held back {heading!r}: a heading: different prose follows it on 12 of its 12 pages" in out
    rules = rules_of(target)
    assert [rule["match"] for rule in rules] == [
        {"phrase": ["Edit this page on the forge", "Built with the docs generator"]}]
    assert not any(heading in json.dumps(rules) for heading in ("Requirements", "Installation", "Testing"))


def test_bad_inputs_are_one_line_each_and_the_others_are_still_read(tmp_path):
    corpus = tmp_path / "pages.jsonl"
    write_jsonl(corpus, "weather.example", weather_pages(10, seed=8))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"url": "https://weather.example/x", "text": 7}\nnot json\n\n{"text": "Weather Herald"}\n',
                      encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"abc\0def")
    done = run_cli("learn", broken, tmp_path / "blob.txt", tmp_path / "missing.jsonl", corpus,
                   "-o", tmp_path / "out.yaml", "--site", "weather.example")
    assert done.returncode == 2
    errors = done.stderr.decode().splitlines()
    assert errors == [
        f"cleaner: error: {broken}:1: field 'text' is int, not a string",
        f"cleaner: error: {broken}:2: invalid JSON: Expecting value at column 1",
        f"cleaner: error: {tmp_path / 'blob.txt'}: binary data (NUL bytes), not text",
        f"cleaner: error: {tmp_path / 'missing.jsonl'}: cannot read: No such file or directory",
    ]
    assert b"from 11 pages of weather.example" in done.stdout  # the good records, and broken.jsonl's line 4
    assert rules_of(tmp_path / "out.yaml")


def test_documents_over_the_limits_are_refused_by_name_and_the_others_read(tmp_path):
    folder = tmp_path / "weather.example"
    write_folder(folder, weather_pages(10, seed=9))
    (folder / "huge.txt").write_text("Weather Herald\n" + "x" * 5000 + "\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    write_jsonl(records, "weather.example", [["Weather Herald", "y" * 5000]])
    done = run_cli("learn", folder, records, "-o", tmp_path / "out.yaml", "--site", "weather.example",
                   "--max-document-size", "4k")
    assert done.returncode == 2
    errors = done.stderr.decode().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"cleaner: error: {folder / 'huge.txt'}: 5,016 bytes, over the document size limit")
    assert errors[1].startswith(f"cleaner: error: {records}:1: a line of ")
    assert b"from 10 pages of weather.example" in done.stdout


def test_html_pages_are_learned_as_clean_reads_them(tmp_path):
    """HTML pages are read through the same extraction as `cleaner clean`, title first, and
    their canonical link names their site."""
    folder = tmp_path / "pages"
    folder.mkdir()
    rng = random.Random(10)
    for i in range(8):
        title, *paragraphs = article(rng, 3)
        body = "".join(f"<p>{p}</p>" for p in [*paragraphs, "Follow the Lantern on the radio every morning"])
        (folder / f"{i}.html").write_text(
            f'<!DOCTYPE html><html><head><title>{title}</title><link rel="canonical" '
            f'href="https://lantern.example/{i}"></head><body><article><h1>{title}</h1>{body}</article></body></html>',
            encoding="utf-8")
    done = run_cli("learn", folder, "-o", tmp_path / "learned")
    assert done.returncode == 0, done.stderr
    assert b"from 8 pages of lantern.example" in done.stdout
    cleaned = run_cli("clean", folder / "3.html", "--rules", tmp_path / "learned", "--no-default-rules")
    assert b"Follow the Lantern" not in cleaned.stdout and cleaned.stdout.count(b"\n") >= 3


def test_a_word_taking_many_values_is_no_alternation():
    """"Posted in" followed by one of twenty sections is a name, not a template of a few values:
    no rule for it, whichever way it is folded."""
    from cleaner.learn import Page, learn

    rng = random.Random(11)
    sections = [f"{noun}s" for noun in NOUNS]
    pages = [Page("blog.example", [*article(rng), f"Posted in {sections[i % len(sections)]}"]) for i in range(60)]
    learned = learn(lambda: iter(pages), "blog.example")
    assert not any("posted" in pattern for p in learned.proposals for pattern in p.patterns)


def test_the_library_cleans_with_a_site(tmp_path):
    """Cleaner.clean(site=...) selects the site's rule sets as --site does, whatever the URL."""
    from cleaner import Cleaner

    write_folder(tmp_path / "weather.example", weather_pages(10, seed=12))
    assert run_cli("learn", tmp_path / "weather.example", "-o", tmp_path / "rules").returncode == 0
    cleaner = Cleaner(rule_dirs=[str(tmp_path / "rules")], default_rules=False)
    text = "Weather Herald\nThe ferry runs again on Monday, the council said.\n"
    assert cleaner.clean(text).text == text
    assert cleaner.clean(text, site="weather.example").text == "The ferry runs again on Monday, the council said.\n"
    assert cleaner.clean(text, url="https://other.example/a", site="www.weather.example").text.startswith("The ferry")


def test_the_same_pages_give_the_same_file_whatever_the_hash_seed(tmp_path):
    """Sets and hashes order nothing that is written: two runs under different hash seeds
    write the same bytes."""
    import os

    write_folder(tmp_path / "weather.example", weather_pages(10, seed=13))
    write_folder(tmp_path / "docs.example", docs_pages(8, seed=14))
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"run{seed}"
        done = run_cli("learn", tmp_path / "weather.example", tmp_path / "docs.example", "-o", target,
                       env=dict(os.environ, PYTHONHASHSEED=seed))
        assert done.returncode == 0, done.stderr
        outputs.append((done.stdout.replace(str(target).encode(), b"OUT"),
                        [(path.name, path.read_bytes()) for path in sorted(target.iterdir())]))
    assert outputs[0] == outputs[1] and len(outputs[0][1]) == 2


def test_parquet_records_are_learned_by_their_url(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pages = weather_pages(8, seed=15)
    table = pa.table({"url": [f"https://weather.example/{i}" for i in range(len(pages))],
                      "body": ["\n".join(lines) for lines in pages]})
    pq.write_table(table, tmp_path / "pages.parquet")
    done = run_cli("learn", tmp_path / "pages.parquet", "-o", tmp_path / "rules", "--text-field", "body")
    assert done.returncode == 0, done.stderr
    assert b"from 8 pages of weather.example" in done.stdout
    rules = rules_of(tmp_path / "rules" / "weather.example.yaml")
    assert any(rule["id"] == "weather-example-header-weather" for rule in rules)


def test_ids_of_cyrillic_and_greek_lines_are_their_words_in_latin_letters():
    from cleaner.learn.patterns import id_words, pattern_of

    assert id_words(pattern_of("Читайте также:"), "Читайте также:") == ["chitaite", "takzhe"]
    assert id_words(pattern_of("Ενημέρωση από τον ΕΦΕΤ"), "") == ["enimerosi", "apo", "ton", "efet"]
    assert id_words(pattern_of("© 2024 Śledź nas"), "© 2024 Śledź nas") == ["copyright", "sledz", "nas"]


def test_a_site_without_chrome_gets_no_file_in_a_folder(tmp_path):
    write_folder(tmp_path / "crawl" / "weather.example", weather_pages(6, seed=16))
    rng = random.Random(17)
    write_folder(tmp_path / "crawl" / "plain.example", [article(rng) for _ in range(6)])
    done = run_cli("learn", tmp_path / "crawl", "-o", tmp_path / "rules")
    assert done.returncode == 0, done.stderr
    assert b"plain.example: no rules from 6 pages, no file written" in done.stdout
    assert sorted(path.name for path in (tmp_path / "rules").iterdir()) == ["weather.example.yaml"]


def test_later_passes_read_the_pages_kept_from_the_first(tmp_path):
    """The inputs are read (and HTML extracted) once: the passes after the first read the
    pages' lines kept on disk, the same pages in the same order."""
    from cleaner.learn import Corpus

    write_folder(tmp_path / "weather.example", weather_pages(4, seed=18))
    corpus = Corpus((str(tmp_path / "weather.example"),))
    first = list(corpus.pages())
    for path in (tmp_path / "weather.example").iterdir():
        path.unlink()
    assert list(corpus.pages()) == first and len(first) == 4 and first[0].site == "weather.example"
    corpus.close()
    assert list(corpus.pages()) == []  # closed: the inputs are read again, and are gone


def test_a_line_naming_the_site_between_title_and_prose_is_no_heading():
    """"The Lantern" under every title of lantern.example is the site's name, not a section:
    proposed, while the documentation headings beside it are held back."""
    from cleaner.learn import Page, learn

    pages = []
    for lines in docs_pages(10, seed=20):
        pages.append(Page("lantern.example", [lines[0], "The Lantern", *lines[1:]]))
    learned = learn(lambda: iter(pages), "lantern.example")
    assert any(p.patterns == ("the lantern",) for p in learned.proposals)
    assert {h.example for h in learned.held_back} == {"Requirements", "Installation", "Testing"}


def test_a_date_line_is_one_rule_for_every_month_and_says_its_family(tmp_path):
    """Month names of the bundled languages (and Greek) fold into one pattern: a "Posted" line
    learned in November and December still matches in March, and is a dateline rule, which
    `cleaner eval` counts apart from article text."""
    rng = random.Random(21)
    months = ["листопада", "грудня"]
    pages = [[f"Опубліковано {rng.randint(1, 28)} {months[i % 2]} 2011", *article(rng)] for i in range(10)]
    write_folder(tmp_path / "novyny.example", pages)
    target = tmp_path / "novyny.example.yaml"
    done = run_cli("learn", tmp_path / "novyny.example", "-o", target)
    assert done.returncode == 0, done.stderr
    [rule] = rules_of(target)
    assert rule["id"] == "novyny-example-header-opublikovano" and rule["family"] == "dateline"
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("Опубліковано 3 березня 2012\nThe ferry runs again on Monday.\n", encoding="utf-8")
    cleaned = run_cli("clean", fresh, "--rules", tmp_path, "--site", "novyny.example", "--no-default-rules")
    assert cleaned.stdout.decode() == "The ferry runs again on Monday.\n"
