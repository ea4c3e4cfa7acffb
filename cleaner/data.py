"""Where the bundled data lives, and the Unicode tables read from it."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import yaml


def default_rules_dir() -> Path:
    """The bundled rules/ folder: inside the package in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if (candidate / "confusables.yaml").is_file():
            return candidate
    raise FileNotFoundError("cleaner's bundled rules/ folder is missing from this installation")


def _codepoint(text: str) -> str:
    if not text.upper().startswith("U+"):
        raise ValueError(f"expected a code point written U+XXXX, got {text!r}")
    return chr(int(text[2:], 16))


@functools.lru_cache(maxsize=None)
def _unicode_table() -> dict:
    # unicode.yaml holds both the invisible characters and the C1 code pages: read once.
    path = default_rules_dir() / "unicode.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def invisible_chars() -> frozenset[str]:
    return frozenset(_codepoint(key) for key in _unicode_table()["invisible"])


@functools.lru_cache(maxsize=None)
def c1_code_pages() -> tuple[str, ...]:
    """The legacy code pages a C1 control may stand for a letter of, in the order tried."""
    pages = _unicode_table().get("c1_code_pages") or []
    for page in pages:
        "".encode(page)  # an unknown code page fails here, naming itself, not in the middle of a text
    return tuple(pages)


@functools.lru_cache(maxsize=None)
def confusable_pairs() -> tuple[tuple[str, str], ...]:
    """(letter, look-alike) pairs in both directions, in the order the table lists them."""
    path = default_rules_dir() / "confusables.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs: list[tuple[str, str]] = []
    for listed in table.values():
        for left, right in listed:
            pairs.append((_codepoint(left), _codepoint(right)))
            pairs.append((_codepoint(right), _codepoint(left)))
    return tuple(pairs)


@functools.lru_cache(maxsize=None)
def alphabets() -> dict[str, dict[str, frozenset[str]]]:
    """Script ("LATIN", "CYRILLIC", "GREEK") -> language -> the letters of its ordinary
    alphabet beyond basic Latin, capitals included."""
    path = default_rules_dir() / "alphabets.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {script.upper(): {lang: frozenset(_with_capitals(str(letters))) for lang, letters in languages.items()}
            for script, languages in table.items()}


def _with_capitals(letters: str) -> str:
    # "ß" has no one-letter capital, nor "ΐ": those stay as they are.
    return letters + "".join(ch.upper() for ch in letters if len(ch.upper()) == 1)


@functools.lru_cache(maxsize=None)
def top_level_domains() -> frozenset[str]:
    """The top-level domains listed in domains.yaml, in lower case."""
    path = default_rules_dir() / "domains.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(str(name).lower() for names in table.values() for name in names)


@functools.lru_cache(maxsize=None)
def transliteration() -> dict[str, str]:
    """Cyrillic and Greek letters (lower case, unaccented) -> Latin, for rule ids (transliteration.yaml)."""
    path = default_rules_dir() / "transliteration.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {letter: str(latin) for letters in table.values() for letter, latin in letters.items()}


@functools.lru_cache(maxsize=None)
def month_names() -> frozenset[str]:
    """Month names of every language months.yaml lists, lower case."""
    return frozenset(name for names in _month_table().values() for name in names)


@functools.cache
def month_numbers() -> dict[str, int]:
    """Every month name months.yaml lists, lower case -> its month, 1 to 12. A language's first
    twelve names are January to December; a further name (an abbreviation, a genitive) is the
    month whose full name begins with the same three letters, accents aside, or, when none or
    two do ("мая", "ιουνίου"), the one twelve places above it."""
    numbers: dict[str, int] = {}
    for names in _month_table().values():
        heads = [_unaccented(name)[:3] for name in names[:12]]
        for k, name in enumerate(names):
            alike = [m for m, head in enumerate(heads, 1) if head == _unaccented(name)[:3]]
            month = k + 1 if k < 12 else alike[0] if len(alike) == 1 else k - 11 if k < 24 else None
            if month is not None:
                numbers.setdefault(name, month)
    return numbers


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def months_in_order(lang: str) -> tuple[str, ...]:
    """The twelve months of ``lang`` as months.yaml lists them first, January to December."""
    return _month_table()[lang][:12]


@functools.lru_cache(maxsize=None)
def _month_table() -> dict[str, tuple[str, ...]]:
    path = default_rules_dir() / "months.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {lang: tuple(str(name).lower() for name in names) for lang, names in table.items()}
