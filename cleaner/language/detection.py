"""Language detection from langdetect's profiles, scored deterministically on a bounded sample.

langdetect draws n-grams of the text at random and multiplies, for each draw,
every language's probability by ``weight + p(n-gram | language)``; seven such
trials, averaged, give its answer. Here every n-gram of the sample is counted
once, with the same profiles and the same smoothing weight, and the language
with the largest sum of ``log(1 + p / weight)`` wins: langdetect's estimate
without the sampling. There is nothing random left to seed, and the same
sample always gets the same answer.

An n-gram never crosses a space (langdetect resets its window there), so a
text's n-grams are the union of its words' n-grams, and a word's scores can be
kept and reused by every document that has the word. Scores are fixed
point (units of 2^-16) packed side by side in one integer, a field per language:
adding two words' scores is one integer addition, exact, so the sum does not
depend on order, platform or Python version. The same holds one level down: the
n-grams ending at one character of a word (its window: "the" ends "he", "e" and "the"
at "e") are summed once, and a new word is a sum of windows; and one level up: a token
as written ("l’Ukraine,") scores as the words it normalises to, and a sample as its
lines, so tokens and lines are cached too (a pipeline round re-reads the lines of the
round before). Agreement with
``langdetect.detect`` (seeded) is checked by tests/test_language_detection.py on every
evaluation document and printed, with the speed of both, by ``python -m bench.speed``.
"""

from __future__ import annotations

import math
import re
import struct
import threading
from itertools import chain, islice

from ..bounded import BoundedCache

SAMPLE_CHARS = 2000
# Lines of a few words are prose more often than chrome; they make the sample.
_MIN_SAMPLE_WORDS = 5
# langdetect's smoothing: ALPHA_DEFAULT / BASE_FREQ. (Its random trials add noise
# to alpha; the noise has mean zero, so the scoring uses the mean.)
_WEIGHT = 0.5 / 10000
# Scores kept between documents, each an integer of 55 fields (about 350 bytes; an n-gram's,
# in few profiles, about 150); a full cache is emptied, which changes no answer: scores are
# computed the same way whenever they are. Tokens as written are what a sample is read by;
# a word is a sum of windows, cheap to make again; n-grams are read only for new windows.
# Full, they hold about 21, 4, 35 and 5 MB.
_TOKEN_CACHE = 50_000
_WORD_CACHE = 10_000
_WINDOW_CACHE = 100_000
_GRAM_CACHE = 30_000
_LINE_CACHE = 4_096
# Fixed point: a gram's score is at most log(1 + 1/_WEIGHT) < 10, a sample holds
# fewer than 6,000 n-grams, so a field never exceeds 2^16 * 10 * 6,000 < 2^32;
# 40 bits leave room to spare and no carry ever reaches the next field.
_SCALE = 1 << 16
_FIELD = 40
_MAX_TEXT = 10 * SAMPLE_CHARS  # still far from a carry: 60,000 n-grams * 10 * 2^16 < 2^40

_ANSWER_CACHE = 256
# The least evidence for an answer from a short sample: the best language's score must beat
# the runner-up's by this much (natural log units, about 150 to one). Below it, a text of a
# word or two ("Hello": it, "Thank you": tr) gets no language rather than a confident wrong
# one. A longer sample keeps its best language however close the second (zh-cn and zh-tw
# often are); docs/pipelines.md gives the figures behind both numbers.
MIN_MARGIN = 5.0
SHORT_SAMPLE = 200  # characters

_scorer: "Scorer | None" = None
_creating = threading.Lock()

# langdetect's cleaning: a text mostly in another script loses its Latin letters.
_LATIN = re.compile("[A-z]")
# Characters langdetect counts as of no other script than Latin, a run at a time: what is
# left when they are gone is the text's characters of other scripts.
_LATIN_SPANS = re.compile("[\x00-\u02ff\u1e00-\u1eff]+")
_LATIN_RUNS = re.compile("[A-z]+")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def sample(lines: list[str], limit: int = SAMPLE_CHARS) -> str:
    """The first ``limit`` characters of the document's prose-like lines (all lines if none)."""
    # Lines are looked at only until the sample is full, and split no further than needed.
    prose = (line for line in lines if len(line.split(None, _MIN_SAMPLE_WORDS - 1)) == _MIN_SAMPLE_WORDS)
    return "\n".join(_first(prose, limit) or _first(lines, limit))[:limit]


def _first(lines, limit: int) -> list[str]:
    """Lines from the start until they hold ``limit`` characters."""
    taken: list[str] = []
    size = 0
    for line in lines:
        taken.append(line)
        size += len(line) + 1
        if size >= limit:
            break
    return taken


class _Normalised(dict):
    """A ``str.translate`` table of langdetect's ``NGram.normalize``, filled as characters appear."""

    def __init__(self, normalize):
        super().__init__()
        self.normalize = normalize

    def __missing__(self, code: int) -> str:
        value = self[code] = self.normalize(chr(code))
        return value


# Slices of the three characters ending at each letter of a padded word (windows).
_TRIPLES = tuple(slice(i, i + 3) for i in range(64))


def word_windows(word: str) -> list[str]:
    """Where langdetect's reader takes n-grams from a word: at each character of the word
    padded with spaces (the first space aside), named by the (at most) three characters
    ending there. None ends on the second or later capital of a run ("NATO" gives " N",
    " NA", "TO "). (In no particular order: a word's score is the sum of its windows'.)"""
    padded = f" {word} "
    rest = word[1:]
    if rest == rest.lower():  # no capital after the first letter, so no run of capitals: take them all
        ends = _TRIPLES[:len(word)] if len(word) <= len(_TRIPLES) else map(slice, range(len(word)),
                                                                             range(3, len(word) + 3))
        return [padded[:2], *map(padded.__getitem__, ends)]
    return [padded[max(0, i - 2):i + 1] for i in range(1, len(padded))
            if not (padded[i].isupper() and padded[i - 1].isupper())]


def window_grams(window: str) -> list[str]:
    """The n-grams ending at a window's last character: its 3-gram (none at the word's
    start), 2-gram and 1-gram (none of the space after the word)."""
    if len(window) == 2 or window[-1] == " ":
        return [window, window[1:]]
    return [window, window[1:], window[-1]]


def word_ngrams(word: str) -> list[str]:
    """The 1-, 2- and 3-grams langdetect takes from a word (in no particular order)."""
    return [gram for window in word_windows(word) for gram in window_grams(window)]


class Scorer:
    """langdetect's profiles, sorted by language code, as log scores per n-gram and per word."""

    def __init__(self, table=None):
        from langdetect.detector import Detector
        from langdetect.utils.ngram import NGram

        from .profiles import open_profiles

        self.table = table or open_profiles()
        self.langs: list[str] = self.table.langs
        # A packed score as bytes, a field of _FIELD // 8 bytes per language (answer).
        self.fields = struct.Struct(">" + f"{_FIELD // 8}s" * len(self.langs))
        self.totals: list[list[int]] = self.table.totals
        self.grams = BoundedCache(_GRAM_CACHE)  # n-gram -> packed score
        self.windows = BoundedCache(_WINDOW_CACHE)  # the n-grams ending at a word's character, summed (word_windows)
        self.words = BoundedCache(_WORD_CACHE)
        self.tokens = BoundedCache(_TOKEN_CACHE)  # a run of non-space characters as written -> its words' scores
        self.lines = BoundedCache(_LINE_CACHE)  # a line of a sample, read (_line)
        # The same sample always gets the same answer: a pipeline round that removed
        # only short chrome lines leaves the sample as it was, and need not score it again.
        self.answers = BoundedCache(_ANSWER_CACHE)
        # The scorer is shared by every Cleaner of the process: detect() holds this while it
        # reads and fills the caches above, so threads take turns.
        self.lock = threading.Lock()
        self.normalised = _Normalised(NGram.normalize)
        # Normalising maps no space to a letter, so the words of a text are those of its
        # tokens, normalised one by one (checked here against the installed langdetect;
        # every space Unicode has comes before U+3001, which a test checks).
        self.by_token = all(NGram.normalize(ch).isspace() for ch in map(chr, range(0x3001)) if ch.isspace())
        self.normalize_vi = NGram.normalize_vi
        self.marks = re.compile(f"[{re.escape(NGram.DMARK_CLASS)}]")  # what normalize_vi acts after
        self.url, self.mail = Detector.URL_RE, Detector.MAIL_RE

    def scored(self, grams: set[str]) -> dict[str, int]:
        """The packed scores of these n-grams, from the profiles (asked about all at once)."""
        counts = self.table.counts(sorted(grams))
        scores = {}
        for gram in grams:
            n = len(gram) - 1
            packed = 0
            for i, count in counts.get(gram, ()):
                packed |= round(math.log1p(count / self.totals[i][n] / _WEIGHT) * _SCALE) << (_FIELD * i)
            scores[gram] = packed
        return scores

    def gram_scores(self, grams) -> dict[str, int]:
        """The packed scores of these n-grams: from the cache, the others from the profiles
        (asked about all at once), in a dict of their own."""
        cache, wanted = self.grams, set(grams)
        found = {gram: score for gram in wanted if (score := cache.get(gram)) is not None}
        new = wanted.difference(found)
        if new:
            fresh = self.scored(new)
            cache.add_all(fresh)
            found.update(fresh)
        return found

    def word_scores(self, words: list[str]) -> dict[str, int]:
        """Every language's score for each word, packed: the sum of its windows' (0 if none is
        known). A window is the sum of its n-grams', and is kept: a word of n letters is n + 1
        additions, not 3n."""
        windows = {word: word_windows(word) for word in words}
        try:  # in a long run nearly every window is known: a new word is only a new sum
            scores = _sums(windows, self.windows.__getitem__)
        except KeyError:
            wanted = set(chain.from_iterable(windows.values()))
            known = {window: score for window in wanted if (score := self.windows.get(window)) is not None}
            fresh = self._scored_windows(wanted.difference(known))
            self.windows.add_all(fresh)  # which may empty the cache: the sums read ``known``
            known.update(fresh)
            scores = _sums(windows, known.__getitem__)
        self.words.add_all(scores)
        return scores

    def _scored_windows(self, windows) -> dict[str, int]:
        """The scores of these windows, each the sum of its n-grams'."""
        grams = {window: window_grams(window) for window in windows}
        get = self.gram_scores(chain.from_iterable(grams.values())).__getitem__
        return _sums(grams, get)

    def forget_grams(self) -> None:
        """Empty the caches of n-grams and windows: scores are read from the profiles again."""
        self.grams.clear()
        self.windows.clear()

    def forget_words(self) -> None:
        """Empty the caches of words, tokens and lines (n-grams and windows stay): as if every
        word were new."""
        self.words.clear()
        self.tokens.clear()
        self.lines.clear()

    def prepared(self, text: str) -> str:
        """``text`` after langdetect's steps before normalising: links, addresses and
        Vietnamese marks handled, Latin letters gone from a text mostly in another script."""
        text, others = self._unlinked(text)
        return _LATIN_RUNS.sub("", text) if _mostly_other_script(text, others) else text

    def _unlinked(self, text: str) -> tuple[str, int]:
        """``text`` without links and addresses, its Vietnamese marks composed, and how many
        of its characters are of other scripts than Latin. (Each step is skipped where its
        pattern cannot match; none of them reaches across a line break.)"""
        if "http" in text:
            text = self.url.sub(" ", text)
        if "@" in text:
            text = self.mail.sub(" ", text)
        if text.isascii():
            return text, 0
        # Vietnamese marks are characters of the other scripts' range: looked for among those.
        others = _LATIN_SPANS.sub("", text)
        if self.marks.search(others):
            text = self.normalize_vi(text)
            others = _LATIN_SPANS.sub("", text)
        return text, len(others)

    def _line(self, line: str) -> tuple[str, int, int]:
        """A line of a sample read once: its text unlinked, its characters of other scripts,
        and its tokens' scores with its Latin letters kept. A pipeline round that removed a
        few lines reads the same sample lines again."""
        read = self.lines.get(line)
        if read is None:
            text, others = self._unlinked(line)
            tokens = text.split()
            try:  # every token met before, mostly: one pass
                score = sum(map(self.tokens.__getitem__, tokens))
            except KeyError:
                score = sum(self.token_scores(tokens))
            read = (text, others, score)
            self.lines.add(line, read)
        return read

    def words_of(self, text: str) -> list[str]:
        """The words of ``text`` as langdetect's n-gram reader sees them."""
        return self.prepared(text).translate(self.normalised).split()

    def scores_of(self, words: list[str]) -> dict[str, int]:
        """The packed scores of these words, from the cache or computed."""
        known = self.words
        scores = {word: score for word in words if (score := known.get(word)) is not None}
        new = [word for word in dict.fromkeys(words) if word not in scores]
        if new:
            scores.update(self.word_scores(new))
        return scores

    def token_scores(self, tokens: list[str]) -> list[int]:
        """The packed scores of each token: the sum of its words' (a token such as "l’Ukraine,"
        normalises to two words). Tokens and words met before are not scored again."""
        rows = list(map(self.tokens.get, tokens))
        if None in rows:
            new = list(dict.fromkeys(t for row, t in zip(rows, tokens) if row is None))
            words = {token: token.translate(self.normalised).split() for token in new}
            scored = self.scores_of([w for found in words.values() for w in found])
            fresh = _sums(words, scored.__getitem__)
            self.tokens.add_all(fresh)
            rows = [fresh[token] if row is None else row for row, token in zip(rows, tokens)]
        return rows

    def best(self, text: str) -> str | None:
        """The language whose profile scores ``text`` highest (at most _MAX_TEXT characters are read);
        None for a text shorter than SHORT_SAMPLE whose best leads the runner-up by less than MIN_MARGIN."""
        text = text[:_MAX_TEXT]
        total = self.score(text)
        if len(text) < SHORT_SAMPLE and self.margin(total) < MIN_MARGIN:
            return None
        found = self.answer(total)
        # langdetect's Korean profile holds Chinese characters (Hanja), so traditional Chinese
        # can score Korean; Korean is written in Hangul, and a text with none is not Korean.
        if found == "ko" and not _HANGUL.search(text):
            found = self.answer(total, leave_out="ko")
        return found

    def margin(self, total: int) -> float:
        """How far the best language's score leads the second's, in natural log units."""
        first, second = sorted(self.fields.unpack(total.to_bytes(self.fields.size, "big")), reverse=True)[:2]
        return (int.from_bytes(first, "big") - int.from_bytes(second, "big")) / _SCALE

    def score(self, text: str) -> int:
        """Every language's score for ``text``, packed."""
        if self.by_token:
            # Line by line: langdetect's steps read no further than a line, but for the
            # choice to drop Latin letters, made on the counts of all lines.
            read = list(map(self._line, text.split("\n")))
            others = sum(r[1] for r in read)
            if others and _mostly_other_script("\n".join([r[0] for r in read]), others):
                # A line without Latin letters loses nothing: its score is the one read.
                total = sum(sum(self.token_scores(_LATIN_RUNS.sub("", r[0]).split())) if _LATIN.search(r[0])
                            else r[2] for r in read)
            else:
                total = sum(r[2] for r in read)
        else:
            words = self.words_of(text)
            total = sum(map(self.scores_of(words).__getitem__, words))
        return total

    def answer(self, total: int, leave_out: str | None = None) -> str | None:
        """The language of the largest field of a packed score (None for a score of nothing),
        ``leave_out`` aside."""
        if not total:
            return None
        # Fields read as bytes: 40 bits are five whole bytes, and byte strings of one
        # length compare as the numbers they hold (big-endian: the last field first,
        # so the fields are turned round; a tie goes to the first language, as max does).
        fields = list(self.fields.unpack(total.to_bytes(self.fields.size, "big"))[::-1])
        if leave_out in self.langs:
            fields[self.langs.index(leave_out)] = b""
        return self.langs[fields.index(max(fields))]


def _sums(parts: dict[str, list[str]], get) -> dict[str, int]:
    """Each key's score: the sum of its parts' scores, as ``get`` reads them (a KeyError for
    a part it does not hold)."""
    return {key: sum(map(get, found)) for key, found in parts.items()}


def _mostly_other_script(text: str, others: int) -> bool:
    """langdetect drops Latin letters from a text with fewer of them than half its characters
    of other scripts; counting them stops at that many, which in Latin text is a handful."""
    if not others:
        return False
    need = (others + 1) // 2
    return sum(1 for _ in islice(_LATIN.finditer(text), need)) < need


def scorer() -> Scorer:
    """The process's scorer, made on first use and shared by every Cleaner."""
    global _scorer
    with _creating:
        if _scorer is None:
            _scorer = Scorer()
    return _scorer


def forget_samples() -> None:
    """Empty what is kept of samples (their answers and lines), not of words: as if every
    document were new. For benchmarks that time several configurations on one corpus."""
    if _scorer is not None:
        with _scorer.lock:
            _scorer.answers.clear()
            _scorer.lines.clear()


def detect(lines: list[str]) -> str | None:
    """The language code of the sample's profile ("fr", "zh-cn"), or None when it has no clue."""
    text = sample(lines)
    if not any(ch.isalpha() for ch in text):
        return None
    found = scorer()
    with found.lock:
        if text in found.answers:
            return found.answers[text]
        answer = found.best(text)
        found.answers.add(text, answer)
    return answer
