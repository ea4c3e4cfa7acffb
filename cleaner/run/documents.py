"""One document cleaned as text or as an HTML page, and the lines said about it on stderr."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Result
from ..io.decode import DecodeError, EncodingUnknown
from ..io.files import HTML_SUFFIXES, TEXT_SUFFIXES
from ..io.records import NO_TEXT_KEY, Fields, RecordError, cleaner_field, record_inputs, set_field
from .limits import DocumentTooLarge, check_lines, check_size
from .settings import Settings


def is_html_name(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES)


def format_by_name(name: str) -> bool | None:
    """What a file's name says it holds: an HTML page (True), text (False), or nothing (None)."""
    lowered = name.lower()
    if lowered.endswith(HTML_SUFFIXES):
        return True
    return False if lowered.endswith(TEXT_SUFFIXES) else None


def told_html(doc_format: str, said: bool | None) -> bool | None:
    """Whether a document is an HTML page as --format says (html, text), else as its origin
    says (``said``: a file's name, a record's field); None when nothing says."""
    if doc_format in ("html", "text"):
        return doc_format == "html"
    return said


def reads_as_html(doc_format: str, said: bool | None, text: str) -> bool:
    """Whether a document is cleaned as an HTML page: as told (told_html); else, when nothing
    says, if it is a page beyond doubt (html.looks_like_html). Extraction keeps a page's main
    text only, so a text must never be taken for one."""
    told = told_html(doc_format, said)
    if told is not None:
        return told
    from ..io.html import looks_like_html

    return looks_like_html(text)


def read_as_page(doc_format: str, said: bool | None) -> bool:
    """Whether a file is told an HTML page before its bytes are read (its bytes decide nothing yet)."""
    return told_html(doc_format, said) is True


def clean_any(cleaner, settings: Settings, text: str, name: str, url: str | None = None,
              lang: str | None = None, html: bool | None = False, meta: bool = False):
    """Clean one document as text or as an HTML page (see reads_as_html).

    ``html`` is what the document's origin says: False (the default) for text, such as a
    record's text field or a file named .txt; True for a file named .html; None when nothing
    does (stdin, a file of another name), and only then is the text sniffed. ``meta``: whether
    the output writes a page's metadata (a record's cleaner object does; a text file does
    not, and its page's date is then never searched for).
    """
    url = url or settings.url
    lang = lang or settings.lang
    if reads_as_html(settings.doc_format, html, text):
        return cleaner.clean_html(text, lang=lang, url=url, name=name, title=settings.title,
                                  preset=settings.preset, comments=settings.comments, site=settings.site,
                                  meta=meta)
    return cleaner.clean(text, lang=lang, url=url, name=name, site=settings.site)


@dataclass
class CleanedRecord:
    record: dict  # the record given, its text field cleaned and a "cleaner" field added
    result: Result
    size: int  # the bytes of its text in UTF-8, as the statistics count them
    changed: bool  # whether the text field's value changed (its cleaner object says the same)
    no_text: str | None = None  # why a page yielded no text (empty_page), or None


@dataclass(frozen=True)
class RecordInputs:
    """A record's text, URL and language as clean_record reads them, its size checked once."""
    text: str
    url: str | None
    lang: str | None
    size: int  # the bytes of its text in UTF-8, as the statistics count them
    page: bool  # cleaned as an HTML page (reads_as_html)


def checked_inputs(settings: Settings, record: dict, fields: Fields | None = None,
                   limits: bool = True) -> RecordInputs:
    """What clean_record cleans of a record: RecordError for a record without text and, with
    ``limits``, DocumentTooLarge for a text over the document limits."""
    text, url, lang = record_inputs(record, fields or settings.fields)
    size = len(text.encode("utf-8", "surrogatepass"))
    if limits:
        check_size(size, settings)
        check_lines(text, settings)
    return RecordInputs(text, url, lang, size, reads_as_html(settings.doc_format, False, text))


def clean_record(cleaner, settings: Settings, record: dict, name: str, fields: Fields | None = None,
                 limits: bool = True, result: Result | None = None,
                 inputs: RecordInputs | None = None) -> CleanedRecord:
    """Clean one record in place: the one piece of record work the local pool and Dask share.

    ``fields`` name its text, URL and language and where the ``cleaner`` object goes
    (default: the settings'); ``limits`` refuses a text over the document limits
    (DocumentTooLarge). RecordError for a record without text. Objects on a dotted path
    are copied before they are changed: the caller's nested objects stay as they were.
    ``inputs`` and ``result``: what checked_inputs read of this record and its text already
    cleaned with record_text_arguments' arguments (Cleaner.clean_many), so neither is done twice.
    """
    fields = fields or settings.fields
    if inputs is None:
        inputs = checked_inputs(settings, record, fields, limits)
    text = inputs.text
    if result is None:
        result = clean_any(cleaner, settings, text, name, url=inputs.url, lang=inputs.lang, meta=True)
    cleaned = record_text(text, result, page=inputs.page)
    set_field(record, fields.text, cleaned)
    changed = cleaned != text
    field = {**cleaner_field(result, settings.explain), "changed": changed}
    # A page that yields no text keeps its record, its text empty: the object says why, so that
    # such records can be told from pages the rules emptied, and found again.
    if (why := empty_page(result)) is not None:
        field[NO_TEXT_KEY] = why
    set_field(record, fields.audit, field)
    return CleanedRecord(record, result, inputs.size, changed, why)


def record_text_arguments(settings: Settings, inputs: RecordInputs, name: str) -> dict | None:
    """The arguments of ``Cleaner.clean`` with which clean_record would clean a record's text
    (what checked_inputs read of it), for Cleaner.clean_many; None for a page."""
    if inputs.page:
        return None
    return {"text": inputs.text, "lang": inputs.lang or settings.lang, "url": inputs.url or settings.url,
            "name": name, "site": settings.site}


def record_text(text: str, result: Result, page: bool = False) -> str:
    """What a record's text becomes. A text nothing was removed from or repaired in keeps its
    exact bytes (the pipeline's output has its spaces folded, blank runs closed and a final
    line break); a cleaned one keeps the text's own ending: no final line break if it had
    none, as records from crawls have none. Either way cleaning it again changes nothing.
    A ``page`` (HTML, --format html) is always its extracted text."""
    if not page and not result.removals and not result.fixes:
        return text
    if result.text and not text.endswith(("\n", "\r")):
        return result.text[:-1]
    return result.text


def explain_text(name: str, result) -> str:
    out = []
    for entry in result.audit_entries(name):
        if entry["kind"] == "removal":
            via = f" (after marker on line {entry['marker_line']})" if entry.get("marker_line") else ""
            out.append(f"{name}:{entry['line']}: removed by {entry['rule']} [{entry['file']}]{via}: {entry['text']}")
        elif entry["kind"] == "fix":
            out.append(f"{name}:{entry['line']}: fixed {entry['step']}: {entry['detail']}")
        else:
            out.append(f"{name}:{entry['line']}: note {entry['step']}: {entry['message']}")
    return "".join(line + "\n" for line in out)


def empty_page(result) -> str | None:
    """Why an HTML page yields no text (the extraction's notice, Cleaner.clean_html), or None: such
    a page is a bad input, said on stderr and in the exit status, not an empty file in silence."""
    from ..io.html import EXTRACTION_STEP, NO_TEXT

    return next((notice.message for notice in result.notices
                 if notice.step == EXTRACTION_STEP and notice.message.startswith(NO_TEXT)), None)


def guessed_note(name: str, decoded) -> str:
    """The line on stderr for a document whose encoding was guessed: a guess is never silent."""
    if decoded.guess is None:
        return ""
    return (f"cleaner: note: {name}: not UTF-8; guessed {decoded.encoding} ({decoded.guess}); "
            "give --encoding NAME if that is wrong\n")


def encoding_hint(error: DecodeError) -> str:
    """What to do about a text whose encoding could not be told."""
    return "; give it with --encoding NAME" if isinstance(error, EncodingUnknown) else ""
