"""A page read into lxml's tree as trafilatura reads it, with element classes told in C.

lxml.html's parser gives every element a Python class through a Python function, called for
every element Python touches (trafilatura touches most of them, some many times): on real pages
that call was about a tenth of trafilatura's extraction time (docs/performance.md). This parser
has trafilatura's own parser's options and a lookup lxml makes in C: every element is an
``HtmlElement``, as trafilatura asks; only <form>, <input>, <select>, <textarea> and <label>
lose the classes of their own (their form fields' values), which neither trafilatura nor
htmldate reads. ``read`` is ``trafilatura.utils.load_html`` with this parser; ``read(plain=True)``,
load_html itself, is the plain version, and tests/test_io_page_parser.py holds them equal.
"""

from __future__ import annotations

import threading


class _Parsers(threading.local):
    """One parser per thread: a parser's error log, which tells a page cut short, is the last
    parse's, and a parser shared by threads would tell one thread's page by another's."""

    parser = None


_PARSERS = _Parsers()


def _parser():
    if _PARSERS.parser is None:
        _PARSERS.parser = _new_parser()
    return _PARSERS.parser


def _new_parser():
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
    from trafilatura.utils import HTML_PARSER

    parser = HTML_PARSER.copy()  # the same options (comments and processing instructions out...)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


def read(html: str, plain: bool = False):
    """The page's tree, or None, as ``trafilatura.utils.load_html(html)`` reads a str (its steps,
    and its log lines), with ``_parser``; and the message of the parser's limit that cut the page
    short (elements nested more than 255 deep, a text over its buffer), or None: what stands
    below the cut is not in the tree, so no extraction can find it, and the reader must be told.
    ``plain``: load_html itself, with trafilatura's parser, whose log is read after it (that
    parser is the process's, shared by threads: for tests that hold the two readings equal)."""
    if plain:
        from trafilatura.utils import HTML_PARSER, load_html

        tree = load_html(html)
        return tree, _limit(HTML_PARSER) if tree is not None else None
    from trafilatura.utils import LOGGER, decode_file, is_dubious_html, repair_faulty_html

    html = decode_file(html)
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    (tree, limit), from_bytes = (None, None), False
    try:
        tree, limit = _fromstring(html)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        (tree, limit), from_bytes = _read_bytes(html), True
    except Exception as err:  # noqa: BLE001 - as load_html
        LOGGER.error("lxml parsing failed: %s", err)
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree, limit = _read_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        LOGGER.error("parsed tree length: %s, wrong data type or not valid HTML", len(tree))
        tree = None
    return tree, limit


def _fromstring(data):
    """``lxml.html.fromstring`` with this thread's parser, and the limit its log tells, read
    before anything else can parse with it."""
    from lxml.html import fromstring

    parser = _parser()
    tree = fromstring(data, parser=parser)
    return tree, _limit(parser)


def _limit(parser) -> str | None:
    return next((error.message.strip() for error in parser.error_log if error.type_name == "ERR_RESOURCE_LIMIT"), None)


def _read_bytes(html: str):
    from trafilatura.utils import LOGGER

    try:
        return _fromstring(html.encode("utf8", "surrogatepass"))
    except Exception as err:  # noqa: BLE001 - as trafilatura's fromstring_bytes
        LOGGER.error("lxml parser bytestring %s", err)
    return None, None


def read_document(html: str, plain: bool = False):
    """``lxml.html.document_fromstring`` with ``_parser`` (``plain``: trafilatura's): a fragment
    read as a page; and the limit that cut it short, or None (``read``)."""
    import lxml.html
    from trafilatura.utils import HTML_PARSER

    parser = HTML_PARSER if plain else _parser()
    tree = lxml.html.document_fromstring(html, parser=parser)
    return tree, _limit(parser)
