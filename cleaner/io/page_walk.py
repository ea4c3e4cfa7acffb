"""One walk of an HTML page: its lines (page_lines.py says what a line is) and, for each, where
it stands: the elements around it and how much of it is link text (page_facts.py reads them).

The walk is an XSLT stylesheet, so that it runs in libxslt rather than once per element in
Python: it writes the page's text with marks, noncharacters no page has reason to hold. Each
mark opens with U+FDD0, so that one split of the output on that character gives the marks,
each with the text after it; then a character saying which mark it is:
- U+FDD1 where a line starts (a block, or what follows a nested block or a <br>), or U+FDD2
  before the text of a <pre>, whose own line breaks are lines; then a source line number and
  U+FDD8. The number is the page's source line of the element (saxon:line-number, which
  libxslt provides); after a block or a <br>, that of the node that follows (-1 when none does);
- U+FDD5, the element's name, class and id, each followed by U+FDD6, and U+FDD8, where an
  element of interest opens (any element with a class or id, and the blocks of NAMED), and
  U+FDD7 where it closes;
- U+FDD3 and U+FDD4 around the text of a link to another page of the site: an <a> whose
  href is neither "#..." (a place in the page, as a table of contents links to) nor, when the
  page's site is known, an address on another site (a list of sources links out, a menu and
  related headlines link in), nor, when the page's path is known too, the page's own address
  with a "#..." after it (a lyrics page links each annotated passage of its text so).
"""

from __future__ import annotations

import functools
import itertools

BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol optgroup option "
    "p section summary table tbody td tfoot th thead tr ul".split()
)
# The blocks a page rule may ask about by name (page.yaml's elements, spare and unless_inside:
# a post quoted in a bare blockquote): every other block is a frame only when it has a class or
# an id, so that a page's many plain <p> and <div> elements cost no frame.
NAMED = frozenset("blockquote dd dt figcaption h1 h2 h3 h4 h5 h6 li menu nav option td th".split())
# Not text a reader of the page sees: code, styles, the head (its title is handled apart).
UNSEEN = ("script", "style", "noscript", "template", "head", "comment()", "processing-instruction()")

# libxslt evaluates each predicate of a pattern apart: the pattern tried on every element not
# matched before ("*[...]") asks its two questions in one predicate.
_STYLESHEET = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:saxon="http://icl.com/saxon" extension-element-prefixes="saxon">
  <xsl:output method="text" encoding="utf-8"/>
  <xsl:param name="site" select="''"/>
  <xsl:param name="path" select="''"/>
  <xsl:template match="{unseen}" priority="9"/>
  <xsl:template match="{framed}" priority="6"><xsl:call-template name="open"/>&#xfdd0;&#xfdd1;<xsl:value-of
    select="saxon:line-number()"/>&#xfdd8;<xsl:apply-templates/><xsl:call-template name="after"/>&#xfdd0;&#xfdd7;</xsl:template>
  <xsl:template match="{blocks}" priority="5">&#xfdd0;&#xfdd1;<xsl:value-of
    select="saxon:line-number()"/>&#xfdd8;<xsl:apply-templates/><xsl:call-template name="after"/></xsl:template>
  <xsl:template match="br" priority="5"><xsl:call-template name="after"/></xsl:template>
  <xsl:template match="pre" priority="5"><xsl:call-template name="open"/>&#xfdd0;&#xfdd2;<xsl:value-of
    select="saxon:line-number()"/>&#xfdd8;<xsl:value-of select="."/><xsl:call-template name="after"/>&#xfdd0;&#xfdd7;</xsl:template>
  <xsl:template match="a[@href and not(starts-with(normalize-space(@href), '#'))]" priority="4"><xsl:if
    test="@class or @id"><xsl:call-template name="open"/></xsl:if><xsl:choose><xsl:when test="$site != ''
    and contains(@href, '//') and not(contains(translate(substring-before(concat(substring-after(@href, '//'),
    '/'), '/'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), $site))"><xsl:apply-templates
    /></xsl:when><xsl:when test="$path != '' and contains(@href, '#') and (substring-before(normalize-space(@href),
    '#') = $path or contains(@href, '//') and concat('/', substring-after(substring-after(substring-before(
    normalize-space(@href), '#'), '//'), '/')) = $path)"><xsl:apply-templates/></xsl:when><xsl:otherwise>&#xfdd0;&#xfdd3;<xsl:apply-templates/>&#xfdd0;&#xfdd4;</xsl:otherwise></xsl:choose><xsl:if
    test="@class or @id">&#xfdd0;&#xfdd7;</xsl:if></xsl:template>
  <xsl:template match="*[(@class or @id) and node()] | time" priority="3"><xsl:call-template
    name="open"/><xsl:apply-templates/>&#xfdd0;&#xfdd7;</xsl:template>
  <xsl:template name="open">&#xfdd0;&#xfdd5;<xsl:value-of select="local-name()"/>&#xfdd6;<xsl:value-of
    select="@class"/>&#xfdd6;<xsl:value-of select="@id"/>&#xfdd6;&#xfdd8;</xsl:template>
  <xsl:template name="after">&#xfdd0;&#xfdd1;<xsl:value-of select="saxon:line-number(following::node()[1])"/>&#xfdd8;</xsl:template>
</xsl:stylesheet>"""


class Frame:
    """An element of interest around a line: its name, its class and id (read from its mark,
    when asked: most frames are never asked), and the frame around it (None at the top).
    Frames are shared by every line inside them, and never change. The name is read once, at
    the start: the page rules ask each frame's name several times."""

    __slots__ = ("mark", "parent", "depth", "name")

    def __init__(self, mark: str, parent: Frame | None):
        self.mark, self.parent = mark, parent
        self.depth = parent.depth + 1 if parent is not None else 1
        self.name = mark[1:mark.find("\ufdd6")]

    @property
    def classes(self) -> str:
        return self.mark.split("\ufdd6")[1]

    @property
    def id(self) -> str:
        return self.mark.split("\ufdd6")[2]

    @property
    def bare_quote(self) -> bool:
        """A <blockquote> with neither class nor id: a frame only so that a rule may ask whether a
        line is quoted (page.yaml's unless_inside), never the element holding the article."""
        return self.name == "blockquote" and not self.classes and not self.id

    def chain(self):
        """This frame and those around it, innermost first."""
        frame = self
        while frame is not None:
            yield frame
            frame = frame.parent


# Where a line stands: the innermost frame around the whole of its text (None: none is), the
# characters of its text (white space aside) and how many of them are link text.
Place = tuple["Frame | None", int, int]


@functools.cache
def _walk():
    return stylesheet(_STYLESHEET)


def stylesheet(text: str):
    """The walk's XSLT transform of a stylesheet written as _STYLESHEET is (tests build variants)."""
    from lxml import etree

    framed = [*sorted(NAMED), *(f"{name}[@class or @id]" for name in sorted(BLOCKS - NAMED))]
    text = text.format(unseen="|".join(UNSEEN), blocks="|".join(sorted(BLOCKS)), framed="|".join(framed))
    return etree.XSLT(etree.XML(text))


def walk(tree, site: str | None = None, path: str | None = None) -> tuple[list[tuple[int, str]], list[Place]]:
    """The lines of the page (lxml's tree of it), in order, and where each stands; ``site``
    is the page's host name (lower case, without "www."), ``path`` the path of its address
    ("/news/a-story"), when known."""
    from lxml import etree

    lines: list[tuple[int, str]] = []
    places: list[Place] = []
    top: Frame | None = None
    # The line being read: its mark (its source line number), its text, its link ink (characters but white space),
    # and its cover: the innermost frame around every piece of its text (a frame opened and
    # closed inside the line, as a <span> round one word, covers only part of it).
    number, parts, linked, cover, inked = None, [], 0, None, False
    in_link = 0
    pieces = str(_walk()(tree, site=etree.XSLT.strparam(site or ""), path=etree.XSLT.strparam(path or ""))).split("\ufdd0")
    # Each mark, and the text after it up to the next (the text before the first is no line's).
    for piece in itertools.islice(pieces, 1, None):
        sign = piece[:1]
        if sign == "\ufdd1" or sign == "\ufdd2":
            mark, _, text = piece.partition("\ufdd8")
            if inked:  # (a line that holds nothing yet has nothing to reset)
                if number is not None:
                    _end(lines, places, number, parts, cover, linked)
                parts, linked, cover, inked = [], 0, None, False
            number = mark
            if sign == "\ufdd2":  # a <pre>: each of its lines is one, all in its frame
                first = _line_number(number)
                for offset, part in enumerate(text.split("\n")):
                    if part and not part.isspace():
                        line = " ".join(part.split())
                        lines.append((first + offset, line))
                        places.append((top, len(line) - line.count(" "), 0))
                number = None
                continue
        elif sign == "\ufdd7":
            top = top.parent if top is not None else None
            if len(piece) == 1:  # most marks have no text after them
                continue
            text = piece[1:]
        elif sign == "\ufdd5":
            mark, found, text = piece.partition("\ufdd8")
            if found and mark.count("\ufdd6") == 3:
                top = Frame(mark, top)
            else:  # the page's own characters
                text = "\ufdd0" + piece
        elif sign == "\ufdd3":
            in_link += 1
            text = piece[1:]
        elif sign == "\ufdd4":
            in_link = max(in_link - 1, 0)
            text = piece[1:]
        else:  # the page's own U+FDD0: text
            text = "\ufdd0" + piece
        # Most marks are followed by nothing or by white space, which matters only between
        # two pieces of a line's text: before the first, the line's folding would drop it.
        if not text or text.isspace():
            if inked:
                parts.append(text)
            continue
        parts.append(text)
        if not inked:
            cover, inked = top, True
        elif cover is not top:
            cover = _common(cover, top)
        if in_link:
            linked += len("".join(text.split()))
    if inked and number is not None:
        _end(lines, places, number, parts, cover, linked)
    return lines, places


def _end(lines: list, places: list, mark: str, parts: list[str], cover: Frame | None, linked: int) -> None:
    """A line read to its end: its text, white space folded, and its place, if it holds any."""
    line = " ".join("".join(parts).split())
    if line:
        lines.append((_line_number(mark), line))
        places.append((cover, len(line) - line.count(" "), linked))


def _line_number(mark: str) -> int:
    """A line mark's number (after its sign), at least 1 (a mark the page's own text made up has none)."""
    try:
        return max(int(mark[1:] or -1), 1)
    except ValueError:
        return 1


def _common(a: Frame | None, b: Frame | None) -> Frame | None:
    """The innermost frame around both (frames form a tree)."""
    while a is not None and b is not None and a is not b:
        if a.depth >= b.depth:
            a = a.parent
        else:
            b = b.parent
    return a if a is b else None
