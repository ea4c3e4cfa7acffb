"""Web addresses, domain names and e-mail addresses in running text.

Letters inside them are what they are: a domain that mixes Cyrillic and Latin
letters, quoted in an article about phishing, is the very thing the article is
about, and "repairing" it would make the sentence false.
"""

from __future__ import annotations

import functools

import regex

from ..data import confusable_pairs, top_level_domains

_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?"
_REST = r"[^\s<>\"«»]*"  # what may follow a host: a path, a query
_URL = regex.compile(rf"(?<![\p{{L}}\p{{N}}])\p{{L}}[\p{{L}}\p{{N}}+.-]*://{_REST}")
_WWW = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}.])[wWԝԜ]{{3}}\.{_LABEL}{_REST}")
_EMAIL = regex.compile(rf"[\p{{L}}\p{{N}}\p{{M}}._%+-]+@{_LABEL}(?:\.{_LABEL})+")
# What a www. address and a domain name cannot be without: a dot between two letters or digits.
# Prose rarely has one, and the search for domains is the slow one.
_DOT_INSIDE = regex.compile(r"[\p{L}\p{N}\p{M}]\.[\p{L}\p{N}]")
# name.tld, and name.name.tld: the top-level domain is checked apart.
_DOMAIN = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}@.-]){_LABEL}(?:\.{_LABEL})*\.(?P<tld>{_LABEL})"
                        rf"(?![\p{{L}}\p{{N}}\p{{M}}]|\.\p{{L}})(?:[/:?#]{_REST})?")


@functools.cache
def _to_latin() -> dict[int, str]:
    """Each Cyrillic or Greek letter that looks like a Latin one -> that Latin letter."""
    return {ord(letter): lookalike for letter, lookalike in confusable_pairs()
            if lookalike.isascii() and not letter.isascii()}


def _is_top_level_domain(name: str) -> bool:
    """A listed top-level domain, or two letters of one case (a country's): read as Latin
    where its letters look Latin, so that "cоm" with a Cyrillic о counts too."""
    if name.lower() in top_level_domains():
        return True
    latin = name.translate(_to_latin())
    if latin.lower() in top_level_domains():
        return True
    return len(latin) == 2 and latin.isascii() and latin.isalpha() and (latin.islower() or latin.isupper())


def spans(line: str) -> list[tuple[int, int]]:
    """Where the line holds a URL, a www. address, an e-mail address or a domain name."""
    found = [m.span() for m in _URL.finditer(line)] if "://" in line else []
    found += [m.span() for m in _EMAIL.finditer(line)] if "@" in line else []
    if _DOT_INSIDE.search(line):
        found += [m.span() for m in _WWW.finditer(line)]
        found += [m.span() for m in _DOMAIN.finditer(line) if _is_top_level_domain(m.group("tld"))]
    return sorted((start, _trimmed(line, start, end)) for start, end in found)


def _trimmed(line: str, start: int, end: int) -> int:
    """The end of an address without the sentence's punctuation after it ("see x.com/a.")."""
    while end > start and line[end - 1] in ".,;:!?)]}»'\"’":
        end -= 1
    return end


def around(found: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The span of ``found`` holding the text from ``start`` to ``end``, if any."""
    return next(((a, b) for a, b in found if a <= start and end <= b), None)
