"""What an HTML page says about each line of the text extracted from it: the elements around
the line (their names, and the words of their class and id), how much of the line is link
text, and how much of the whole extraction each element holds.

A line of the extraction is found in the page by its text (page_lines's key): a line the
page holds once is that line of the page; a line it holds more than once (a headline also
in a sidebar) is all of them, and the rules that read these facts act only when every copy
agrees (``Spot.places``), so that doubt keeps a line. A line the extraction joined, cut or
rewrote is not found, has no spot, and no page rule touches it.
"""

from __future__ import annotations

import functools
import re

from .page_lines import text_pieces, line_keys
from .page_walk import Frame, Place

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_SCRIPT_HOOKS = ("js-", "js_")
_SETTINGS = ("enable", "disable")
# A list item holding no text, as trafilatura writes it: its "- " alone, indented when nested
# (an <li> round an icon, an image or an emptied widget). A paragraph holding a dash alone is
# written "-", with no space after it: a blog's divider between its sections.
_BARE_ITEM = re.compile(r"[ \t]*- [ \t]*")


@functools.lru_cache(maxsize=4096)
def words_of(classes: str, id_: str) -> frozenset[str]:
    """The words of an element's class and id, lower case: split on anything not a letter or
    digit, at a camelCase step ("relatedPosts", "related_posts", "related-posts": related,
    posts) and between letters and digits ("caption12": caption, 12), and each two neighbours of one class name or id joined (relatedposts), so that a
    name sites write as one word ("morestories", "rightcol") is found however it is spelled
    ("more-stories", "moreStories", "right_col"). A class name opening on "js-" is a script's
    hook (so is "jsSlideshowNode" in camelCase) and names what the script does to the element, not
    what it is: a forum's every post carries "js-slideshow__gallery-node" and "js-poll__parent", and
    is no gallery or poll. One opening on "enable" or "disable" is a script's setting
    ("enableBodyAdsCharCount" on a story's wrapper), while "ads adsDisabled" is still an ad box."""
    words: set[str] = set()
    for name in f"{classes} {id_}".split():
        if (name[:3].lower() in _SCRIPT_HOOKS or (name[:2] == "js" and name[2:3].isupper())
                or name.lower().startswith(_SETTINGS)):
            continue
        parts = [part for part in _SPLIT.split(_CAMEL.sub(" ", name).lower()) if part]
        words.update(parts)
        words.update(a + b for a, b in zip(parts, parts[1:]))
    return frozenset(words)


def frame_words(frame: Frame) -> frozenset[str]:
    return _mark_words(frame.mark)


@functools.lru_cache(maxsize=4096)
def _mark_words(mark: str) -> frozenset[str]:
    _, classes, id_, _ = mark.split("\ufdd6")
    return words_of(classes, id_)


def frame_classes(frame: Frame) -> frozenset[str]:
    """The names of an element's class, whole and lower case ("sr-only", "screen-reader-text"):
    for the rules a split word would mislead ("hidden" of Bootstrap's "hidden-xs", shown on
    every screen but the smallest)."""
    return _mark_classes(frame.mark)


@functools.lru_cache(maxsize=4096)
def _mark_classes(mark: str) -> frozenset[str]:
    return frozenset(mark.split("\ufdd6")[1].lower().split())


_NO_MARKS: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())


class Spot:
    """Where one line of the extraction stands in the page: one place for each copy of it."""

    __slots__ = ("places", "_share", "_frames")

    def __init__(self, places: tuple[Place, ...]):
        self.places = places
        # Read when first asked, then kept: each page rule asks again, in every round.
        self._share: float | None = None
        self._frames: list[list[Frame]] | None = None

    def link_share(self) -> float:
        """The smallest share of link text among the copies of the line."""
        if self._share is None:
            self._share = min((linked / ink if ink else 0.0) for _, ink, linked in self.places)
        return self._share

    def frames(self) -> list[list[Frame]]:
        """Every copy's frames, innermost first: one list for each copy (the same lists at
        every call: not to be changed)."""
        if self._frames is None:
            self._frames = [list(cover.chain()) if cover is not None else [] for cover, _, _ in self.places]
        return self._frames


class PageFacts:
    """The spots of an extraction's lines (by line number, the first line 1), how many
    characters of the extraction each element of the page holds, and its longest line there."""

    def __init__(self, spots: dict[int, Spot], held: dict[Frame, int], longest: dict[Frame, int], ink: int,
                 comments: bool = False, bare_items: frozenset[int] = frozenset()):
        self.spots = spots
        # The numbers of the lines that are list items holding no text (_BARE_ITEM): the page's
        # text has no line for them, and folding the text's spaces makes them a dash alone.
        self.bare_items = bare_items
        # Whether the page's readers' comments were asked for (--comments): then they are text.
        self.comments = comments
        self.held = held  # characters of extracted lines inside each element
        self.longest = longest  # words of the longest extracted line inside each element
        self.ink = ink
        self._articles: dict[float, Frame | None] = {}
        self._marks: dict[Frame, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._kin: dict[Frame, int] = {}

    def spot(self, number: int) -> Spot | None:
        return self.spots.get(number)

    def share_held(self, frame: Frame) -> float:
        """The share of the extraction's characters found inside ``frame``."""
        return self.held.get(frame, 0) / self.ink if self.ink else 0.0

    def article(self, share: float) -> Frame | None:
        """The innermost element holding at least ``share`` (more than half) of the extraction's
        characters: the article's own element. Elements holding more than half of them are
        nested in one another, so there is one innermost. A bare blockquote is a quotation
        inside it (a letter the story quotes whole), not the article."""
        if share not in self._articles:
            best = None
            for frame, held in self.held.items():
                if self.ink and held / self.ink >= share and (best is None or frame.depth > best.depth) \
                        and not frame.bare_quote:
                    best = frame
            self._articles[share] = best
        return self._articles[share]

    def longest_line(self, frame: Frame) -> int:
        """The words of the longest extracted line found inside ``frame``."""
        return self.longest.get(frame, 0)

    def longest_in_kin(self, frame: Frame) -> int:
        """The words of the longest extracted line found inside any element of ``frame``'s name and
        class standing right inside the same element (the frame round it): cells one class styles
        alike, side by side in one layout cell. 0 for a frame with none round it. Kept for each
        frame asked."""
        if frame not in self._kin:
            best = 0
            if frame.parent is not None:
                for other, words in self.longest.items():
                    if words > best and other.parent is frame.parent and other.name == frame.name \
                            and other.classes == frame.classes:
                        best = words
            self._kin[frame] = best
        return self._kin[frame]

    def small(self, frame: Frame, max_held: float, max_line_words: int) -> bool:
        """Whether ``frame`` holds at most ``max_held`` of the extraction's characters and no line
        of more than ``max_line_words`` words: a box beside the article, not the article's own."""
        return self.share_held(frame) <= max_held and self.longest_line(frame) <= max_line_words

    def chain_marks(self, frame: Frame | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The names, class names (frame_classes) and words (frame_words) of ``frame`` and every
        element round it, together: a page rule that finds none of its own among them can tell
        at once that no element round the line is one it names. Kept for each frame asked."""
        if frame is None:
            return _NO_MARKS
        climb = []  # the frames up to the first one known, built again from the outside in
        while frame is not None and frame not in self._marks:
            climb.append(frame)
            frame = frame.parent
        names, classes, words = self._marks[frame] if frame is not None else _NO_MARKS
        for frame in reversed(climb):
            names, classes, words = names | {frame.name}, classes | frame_classes(frame), words | frame_words(frame)
            self._marks[frame] = (names, classes, words)
        return names, classes, words

    def shifted(self, by: int) -> PageFacts:
        """The same facts for the text with ``by`` lines put before it (the page title)."""
        return PageFacts({n + by: spot for n, spot in self.spots.items()}, self.held, self.longest, self.ink,
                         self.comments, frozenset(n + by for n in self.bare_items))


def describe(lines: list[tuple[int, str]], places: list[Place], extracted: str,
             keys: list[str] | None = None, comments: bool = False) -> PageFacts:
    """The facts of each line of ``extracted`` found among the page's ``lines`` (page_walk;
    ``keys``: their page_lines.line_keys, when known; ``comments``: whether the extraction was
    asked for the page's comments)."""
    where: dict[str, list[int]] = {}
    for i, key in enumerate(keys if keys is not None else line_keys(lines)):
        where.setdefault(key, []).append(i)
    spots: dict[int, Spot] = {}
    held: dict[Frame, int] = {}
    longest: dict[Frame, int] = {}
    total = 0
    bare: set[int] = set()
    for number, line in enumerate(extracted.split("\n"), start=1):
        if _BARE_ITEM.fullmatch(line):
            bare.add(number)
        pieces = text_pieces(line)
        if not pieces:
            continue
        found = [where.get(piece) for piece in pieces]
        ink = sum(len(piece) - piece.count(" ") for piece in pieces)
        words = max(piece.count(" ") + 1 for piece in pieces)
        total += ink
        if not all(found):
            continue
        # A table row is its cells: every cell's every copy is a place of the row.
        spot = Spot(tuple(places[i] for indices in found for i in indices))
        spots[number] = spot
        # Each element round a copy of the line counts it once: the copies' chains meet, and
        # the climb stops where it reaches an element already counted.
        seen: set[Frame] = set()
        for cover, _, _ in spot.places:
            frame = cover
            while frame is not None and frame not in seen:
                seen.add(frame)
                held[frame] = held.get(frame, 0) + ink
                if words > longest.get(frame, 0):
                    longest[frame] = words
                frame = frame.parent
    return PageFacts(spots, held, longest, total, comments, frozenset(bare))
