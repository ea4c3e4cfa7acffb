"""Which files ``cleaner fix`` leaves alone: well-known files that are not prose, and
the ``exclude`` patterns of the configuration; and Markdown, which ``cleaner clean`` leaves too.

A repository's ``.txt`` files are not all web text: a licence's copyright line, a
build file's indentation or a requirements list are damaged by cleaning, and such
files are recognised by their names. The same table gives the bundled pre-commit
hook its ``exclude`` (:func:`manifest_exclude`; a test keeps the two equal).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath


MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# Markdown's meaning lives in indentation, fenced code, front matter and trailing double
# spaces, and a heading such as "## Comments" is not chrome: clean and fix both leave it.
MARKDOWN_WHY = ("Markdown, left as written (cleaning its lines would break code blocks, front matter and "
                "line breaks, and a heading such as \"## Comments\" is not chrome)")


def markdown(name: str) -> tuple[str, str] | None:
    """("Markdown", why) for a Markdown file's name, else None (io.files.discover's ``refuse``)."""
    return ("Markdown", MARKDOWN_WHY) if name.lower().endswith(MARKDOWN_SUFFIXES) else None


@dataclass(frozen=True)
class NotProse:
    """A kind of well-known file: why it is not prose, the file stems (the name less its
    .txt or .text suffix) and the folder names that mark it, each a regex matching the
    whole stem or name, case-insensitively. ``[^/]`` rather than ``.`` keeps each usable
    in the manifest's path regex too."""

    why: str
    stems: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()


NOT_PROSE: tuple[NotProse, ...] = (
    NotProse("a licence or legal notice",
             stems=(r"licen[cs]es?([-_.][^/]*)?", r"copying([-_.][^/]*)?", r"copyright", r"notices?",
                    r"patents", r"unlicen[cs]e", r"third[-_]?party[-_]?notices?"),
             folders=(r"licen[cs]es",)),
    NotProse("a build or dependency file",
             stems=(r"cmakelists", r"requirements([-_.][^/]*)?", r"[^/]*[-_.]requirements", r"constraints",
                    r"version"),
             folders=(r"requirements", r"[^/]*\.egg-info", r"[^/]*\.dist-info", r"node_modules",
                      r"site-packages")),
    NotProse("a file web crawlers and browsers read",
             stems=(r"robots", r"humans", r"security", r"ads", r"app-ads", r"llms(-full)?"),
             folders=(r"\.well-known",)),
    NotProse("one of the project's own files",
             # "README_en.txt", "INSTALL.windows.txt" too: a readme quotes
             # its licence's copyright lines.
             stems=(r"readme([-_.][^/]*)?", r"changelog([-_.][^/]*)?", r"changes", r"authors",
                    r"contributors", r"maintainers", r"credits", r"thanks", r"install([-_.][^/]*)?", r"todo",
                    r"codeowners")),
)

PROSE_SUFFIXES = ("txt", "text")


def manifest_exclude() -> str:
    """The hook's ``exclude`` regex (a verbose one: pre-commit compiles it with re and
    searches the path, relative to the repository, that git shows)."""
    stems = "\n    | ".join("|".join(kind.stems) for kind in NOT_PROSE if kind.stems)
    folders = "\n    | ".join("|".join(kind.folders) for kind in NOT_PROSE if kind.folders)
    return (f"(?ix)(^|/)(\n  ( {stems}\n  )\\.({'|'.join(PROSE_SUFFIXES)})$\n"
            f"  | ( {folders}\n  )/\n)\n")


def not_prose(path: Path) -> str | None:
    """Why the file at ``path`` is a well-known file that is not prose, or None."""
    stem, _, suffix = path.name.rpartition(".")
    if stem and suffix.lower() in PROSE_SUFFIXES:
        for kind in NOT_PROSE:
            if any(re.fullmatch(pattern, stem, re.IGNORECASE) for pattern in kind.stems):
                return kind.why
    # The folders as the path names them (pre-commit names them from the repository's
    # root): a checkout that happens to sit under a folder called "licenses" is not one.
    folders = Path(os.path.normpath(path)).parent.parts
    for kind in NOT_PROSE:
        if any(re.fullmatch(pattern, name, re.IGNORECASE) for pattern in kind.folders for name in folders):
            return kind.why
    return None


@functools.lru_cache(maxsize=256)
def glob_regex(pattern: str) -> re.Pattern:
    """A gitignore-style glob as a regex over a relative '/'-separated path.

    ``*`` and ``?`` stay within one name, ``**`` crosses folders, ``[...]`` is a class.
    A pattern holding no '/' (but a trailing one) matches a name at any depth; one
    holding a '/' is anchored at the configuration's folder. A pattern that matches a
    folder matches everything under it. Raises ValueError for a pattern re rejects.
    """
    anchored = "/" in pattern.rstrip("/")
    body = pattern.strip("/").removeprefix("./")
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if body.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
            continue
        if body.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[" and "]" in body[i + 2:]:
            end = body.index("]", i + 2)
            inside = body[i + 1:end]
            out.append("[" + ("^" + inside[1:] if inside.startswith("!") else inside).replace("\\", "\\\\") + "]")
            i = end + 1
            continue
        else:
            out.append(re.escape(ch))
        i += 1
    prefix = "" if anchored else "(?:[^/]*/)*"
    try:
        return re.compile(f"{prefix}{''.join(out)}(?:/.*)?", re.DOTALL)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a valid pattern ({exc})") from None


@dataclass(frozen=True)
class Exclusion:
    """The configuration's ``exclude`` patterns, relative to the folder of the file that
    gave them; a path outside that folder is matched by its own relative name."""

    patterns: tuple[str, ...] = ()
    root: Path | None = None

    def matching(self, path: Path) -> str | None:
        """The first pattern that matches ``path``, or None."""
        if not self.patterns:
            return None
        relative = PurePosixPath(Path(os.path.normpath(path)).as_posix())
        if self.root is not None:
            try:
                relative = PurePosixPath(Path(os.path.abspath(path)).relative_to(self.root).as_posix())
            except ValueError:
                pass
        for pattern in self.patterns:
            if glob_regex(pattern).fullmatch(str(relative)):
                return pattern
        return None
