"""Hard negatives: what the rules remove from real prose that holds no chrome at all.

    python -m bench.hard_negatives FILE.conllu [FILE.conllu ...] [--lang en] [--sentences] [--quiet]
    python -m bench.hard_negatives BOOK.txt [...] --format text [--chunk 40] [--lang en] [--sentences]

Each FILE is a CoNLL-U treebank (Universal Dependencies): its ``# text = ...`` lines are
the sentences of real documents (blogs, reviews, e-mail, news, fiction, interviews,
how-to guides...). The sentences of one document become one text, a paragraph a line,
as an extractor hands text over: a new paragraph where the treebank marks one
(``# newpar``), a new text where it marks a new document (``# newdoc``); a treebank
that marks neither gets a paragraph per sentence and a text per file (``--sentences``
puts every sentence on a line of its own: more short lines, a harsher test of the rules
that match whole short lines). Each text is
cleaned with the bundled rules (``Cleaner().clean(text, lang=...)``), and every line a
rule removed is a false removal: nothing in a treebank is site chrome.

The report gives the lines and the lines removed (count, and per 10,000 lines), then
per rule how many; each removed line is printed with its rule id, family, file and
line number so a rule can be fixed. Treebanks keep what the scraped page printed, so a
few removals are a page's own byline, date or photo credit: read each before calling
it a false removal.

With ``--format text`` each FILE is a plain-text book (a novel, a play, essays): paragraphs
are parted by blank lines, and the hard-wrapped lines of a paragraph are joined with a
space. A whole book is one text, or a text every ``--chunk`` paragraphs, which puts many
more lines at a text's start and end, where the rules that read the document's edges
look; ``--sentences`` splits each paragraph after a full stop, question or exclamation mark
that a capital follows (roughly: an abbreviation splits too, which only makes more short
lines). Strip a book's licence header and footer before: they are chrome.

The removed lines are printed to the terminal only: nothing is written anywhere, and no
treebank or book text belongs in the repository (write keep examples of your own of the
same kind instead). No treebank or book is bundled: pass the files' paths.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Text:
    """One document of a treebank: its paragraphs, each a list of sentences."""

    source: str
    doc_id: str
    paragraphs: list[list[str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [" ".join(sentences) for sentences in self.paragraphs if sentences]


def read_conllu(path: Path, sentences: bool = False) -> list[Text]:
    """The documents of one CoNLL-U file, their paragraphs as the treebank marks them."""
    texts: list[Text] = []
    marks_paragraphs = False
    current = Text(path.name, path.stem)
    new_doc = new_par = False
    doc_id = path.stem
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.startswith("#"):
                continue
            key, _, value = line[1:].strip().partition("=")
            key, value = key.strip(), value.strip()
            if key == "newdoc" or key.startswith("newdoc "):
                new_doc = True
                doc_id = value or line[1:].strip()[len("newdoc"):].strip() or doc_id
            elif key == "newpar" or key.startswith("newpar ") or key == "newpar id":
                new_par = marks_paragraphs = True
            elif key == "text":
                if new_doc and current.paragraphs:
                    texts.append(current)
                if new_doc:
                    current = Text(path.name, doc_id)
                if new_doc or new_par or not current.paragraphs:
                    current.paragraphs.append([])
                current.paragraphs[-1].append(value)
                new_doc = new_par = False
    if current.paragraphs:
        texts.append(current)
    if sentences or not marks_paragraphs:  # every sentence a paragraph
        for text in texts:
            text.paragraphs = [[s] for sentences in text.paragraphs for s in sentences]
    return texts


# A sentence ends at . ! ? or an ellipsis, and a closing quote or bracket may follow.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])([\"'\u201d\u2019\u00bb)\]]*)\s+")
_OPENING = "\"'\u201c\u2018\u00ab([\u2014-"


def split_sentences(paragraph: str) -> list[str]:
    """A paragraph cut after each sentence's final mark when a capital or a digit follows."""
    pieces = _SENTENCE_END.split(paragraph)
    sentences = [pieces[0]]
    for closing, rest in zip(pieces[1::2], pieces[2::2]):
        first = rest.lstrip(_OPENING)[:1]
        if first.isupper() or first.isdigit():
            sentences[-1] += closing
            sentences.append(rest)
        else:
            sentences[-1] += closing + " " + rest
    return [sentence.strip() for sentence in sentences if sentence.strip()]


def read_text(path: Path, sentences: bool = False, chunk: int = 0) -> list[Text]:
    """A plain-text book's paragraphs (parted by blank lines, wrapped lines joined) as texts."""
    paragraphs: list[str] = []
    current: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.strip()
            if line:
                current.append(line)
            elif current:
                paragraphs.append(" ".join(current))
                current = []
    if current:
        paragraphs.append(" ".join(current))
    size = chunk if chunk > 0 else max(len(paragraphs), 1)
    texts = []
    for start in range(0, len(paragraphs), size):
        text = Text(path.name, f"{path.stem}@{start + 1}" if chunk > 0 else path.stem)
        for paragraph in paragraphs[start:start + size]:
            parts = split_sentences(paragraph) if sentences else [paragraph]
            text.paragraphs += [[part] for part in parts]
        texts.append(text)
    return texts


@dataclass
class Tally:
    texts: int = 0
    lines: int = 0
    removed: int = 0
    by_rule: collections.Counter = field(default_factory=collections.Counter)
    by_family: collections.Counter = field(default_factory=collections.Counter)
    removals: list[tuple[str, str, int, str, str, str]] = field(default_factory=list)

    def rate(self) -> float:
        return 10_000 * self.removed / self.lines if self.lines else 0.0


def measure(texts: list[Text], lang: str | None = "en", cleaner=None) -> Tally:
    """Clean every text; every removed line counts."""
    if cleaner is None:
        from cleaner import Cleaner

        cleaner = Cleaner()
    tally = Tally()
    for text in texts:
        lines = text.lines()
        if not lines:
            continue
        tally.texts += 1
        tally.lines += len(lines)
        result = cleaner.clean("\n".join(lines) + "\n", lang=lang, name=text.doc_id)
        for removal in result.removals:
            if not 1 <= removal.line <= len(lines):
                continue
            tally.removed += 1
            tally.by_rule[removal.rule_id] += 1
            tally.by_family[removal.family or "-"] += 1
            tally.removals.append((text.source, text.doc_id, removal.line, removal.rule_id, removal.family or "",
                                   lines[removal.line - 1]))
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hard_negatives", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="CoNLL-U files (# text = ... lines), or text files")
    parser.add_argument("--format", choices=("conllu", "text"), default="conllu",
                        help="conllu (default) or text: plain-text books, paragraphs parted by blank lines")
    parser.add_argument("--chunk", type=int, default=0,
                        help="with --format text: a text every N paragraphs (default: a text per file)")
    parser.add_argument("--lang", default="en", help="the texts' language, given to the cleaner (default: en)")
    parser.add_argument("--sentences", action="store_true", help="a line per sentence, not per paragraph")
    parser.add_argument("--quiet", action="store_true", help="only the figures, not the removed lines")
    args = parser.parse_args(argv)
    texts: list[Text] = []
    for path in args.files:
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        if args.format == "text":
            texts += read_text(path, sentences=args.sentences, chunk=args.chunk)
        else:
            texts += read_conllu(path, sentences=args.sentences)
    tally = measure(texts, lang=args.lang)
    print(f"texts: {tally.texts}  lines: {tally.lines}  removed: {tally.removed}  "
          f"per 10,000 lines: {tally.rate():.2f}")
    print("by family: " + ", ".join(f"{family} {count}" for family, count in tally.by_family.most_common()))
    for rule_id, count in tally.by_rule.most_common():
        print(f"  {rule_id}: {count}")
    if not args.quiet:
        for source, doc_id, number, rule_id, family, line in tally.removals:
            print(f"{rule_id} ({family})\t{source}:{doc_id}:{number}\t{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
