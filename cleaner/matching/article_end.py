"""Which lines stand after the article: where a zone ``after_article`` reaches.

A box of other stories under a short story stands in the upper half of the text by line
count when the sidebar under it is longer than the story (eight paragraphs over fifty
headlines), where a tail zone does not look. What a page keeps after its article is
headlines, links and labels, with at most a few teasers: so the article has ended where
nearly all of the text's prose stands above the line, and some of it does. A line the
story's prose follows at once is the story's own heading, wherever it stands, and a line with
a sentence of the text below it (a guide's short section) is not after the article.
"""

from __future__ import annotations

from typing import Callable

from ..text.prose import TailShape, ends_sentence, is_prose, word_count

# Share of the text's prose words (lines no rule takes) that may stand below the article's
# end: a sidebar's teasers and a site's address, not a section of the story.
BELOW_ARTICLE = 0.2
# Words of the shortest line read as a sentence of the text below the article's end.
_SENTENCE_WORDS = 4


class AfterArticle:
    """``after(i)``: whether line ``i`` of ``texts`` stands after the article. ``chrome(j)``
    says that a rule takes line ``j``: its words are not the text's prose."""

    def __init__(self, texts: list[str], chrome: Callable[[int], bool], shape: TailShape,
                 below: float = BELOW_ARTICLE):
        self.prose = [not chrome(i) and is_prose(text, shape) for i, text in enumerate(texts)]
        self.chrome = chrome
        self.end = article_end([word_count(text) if prose else 0 for text, prose in zip(texts, self.prose)], below)
        # The first line of the last sentence no rule takes: a guide's short sections ("Getting
        # there" over "Flights take under three hours.") are text, though shorter than prose.
        self.last_sentence = max((j for j, text in enumerate(texts) if j >= self.end and not chrome(j)
                                  and ends_sentence(text) and word_count(text) >= _SENTENCE_WORDS), default=-1)

    def __call__(self, i: int) -> bool:
        if i < self.end or i < self.last_sentence:
            return False
        following = next((j for j in range(i + 1, len(self.prose)) if not self.chrome(j)), None)
        return following is None or not self.prose[following]


def article_end(words: list[int], below: float = BELOW_ARTICLE) -> int:
    """The index of the first line after the article, given each line's words of prose (0:
    no prose); len(words) when there is none: the line under the first with prose down to
    it and at most ``below`` of the prose's words under it."""
    total = sum(words)
    under = total
    for i, count in enumerate(words):
        under -= count
        if under < total and under <= below * total:
            return i + 1
    return len(words)
