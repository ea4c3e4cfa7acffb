"""Records: JSONL streams (plain, .gz, .zst), read and written in a stream, and the fields
of a record (Parquet is in parquet.py).

A record keeps every field; its text field is replaced by the clean text and a
``cleaner`` object is added: the language, whether anything changed, and the
removals by rule id (with ``explain``, every removal, fix and notice).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
PARQUET_SUFFIXES = (".parquet",)


def record_kind(path: Path | str) -> str | None:
    """"jsonl", "parquet" or None, from the file name."""
    name = str(path).lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


class RecordError(ValueError):
    """A malformed record; ``str()`` says what is wrong, the caller adds file and line."""


@dataclass(frozen=True)
class Fields:
    """Where a record's text, URL and language are, and where the ``cleaner`` object goes:
    a field's name, or a dotted path into objects (``metadata.url``, as datatrove lays
    records out). A name that is a field of the record itself is that field, dots and all."""

    text: str = "text"
    url: str | None = None
    lang: str | None = None
    audit: str = "cleaner"
    # The roles ("url", "lang") whose field no record may have without an error: the URL field
    # read by default, which records without a URL simply lack.
    optional: frozenset[str] = frozenset()

    def __post_init__(self):
        # The cleaner object written over the text, or over the object holding the URL, would
        # lose the record's own data.
        for role, name in (("text", self.text), ("url", self.url), ("lang", self.lang)):
            if name and (name == self.audit or name.startswith(self.audit + ".")
                         or (role == "text" and self.audit.startswith(name + "."))):
                raise ValueError(f"the cleaner object's field {self.audit!r} would replace the {role} field {name!r}")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()  # what get_field gives for a field the record does not have


def get_field(record: dict, name: str):
    """The value of the field ``name`` (see Fields), or MISSING."""
    if name in record:
        return record[name]
    value = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


def set_field(record: dict, name: str, value) -> None:
    """Set the field ``name`` (see Fields), making the objects on a dotted path that are
    absent or null; those that exist are copied first, so an object the caller still
    holds is never changed. RecordError when one on the path is not an object."""
    if name in record or "." not in name:
        record[name] = value
        return
    *parents, last = name.split(".")
    holder = record
    for depth, part in enumerate(parents, start=1):
        inner = holder.get(part)
        if inner is not None and not isinstance(inner, dict):
            raise RecordError(f"field {'.'.join(parents[:depth])!r} is {type(inner).__name__}, not an object: "
                              f"it cannot hold {name!r}")
        holder[part] = inner = dict(inner or {})
        holder = inner
    holder[last] = value


def _zstd():
    try:
        import zstandard
    except ImportError:  # the zstd extra, which the pre-commit hook does without
        from ..distribution import install_hint

        raise RecordError(f".zst needs the zstd extra (zstandard is not installed): {install_hint('zstd')}") from None
    return zstandard


class UnreadableFile(Exception):
    """A record file that cannot be read on (missing, truncated, corrupt, not what its name says);
    ``str()`` says why in one line, the caller adds the file."""


def reason(exc: BaseException) -> str:
    """An exception's message in one line, without its class name: the reader wants the why."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split()) or type(exc).__name__


@contextmanager
def open_record_lines(path: Path, limit: int = 0, reading: Callable[[Callable[[], int]], None] | None = None):
    """The lines of a JSONL file as bytes, decompressed by its suffix: they go to the workers
    as they are, which pickle cheaply, and are decoded where they are parsed. The decoder's
    errors (a truncated .gz, a corrupt .zst) come out of the iteration as UnreadableFile;
    a line over ``limit`` bytes as a RecordError (bounded_lines). ``reading`` is given a
    function saying how many bytes of the file on disk have been read (a progress bar's)."""
    name = str(path).lower()
    try:
        if name.endswith(".gz"):
            handle, errors = gzip.open(path, "rb"), (OSError, EOFError, zlib.error)
            raw = handle.fileobj
        elif name.endswith(".zst"):
            zstandard = _zstd()
            raw = open(path, "rb")
            handle = io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
            errors = (OSError, zstandard.ZstdError)
        else:
            handle, errors = open(path, "rb"), (OSError,)
            raw = handle
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {reason(exc)}") from None
    if reading is not None:
        reading(raw.tell)
    with handle:
        yield _lines(handle, errors, limit)


def bounded_lines(handle, limit: int = 0) -> Iterator[bytes | RecordError]:
    """The lines of a binary stream; a line longer than ``limit`` bytes (0: no limit) is never
    held whole, however far a compressed stream expands: a RecordError comes in its place."""
    while line := handle.readline(limit + 1) if limit else handle.readline():
        if limit and len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + _skip_line(handle)
            yield RecordError(f"a line of {size:,} bytes, over the document size limit of {limit:,} "
                              "(--max-document-size)")
        else:
            yield line


def _lines(handle, errors: tuple[type[BaseException], ...], limit: int) -> Iterator[bytes | RecordError]:
    count = 0
    try:
        for line in bounded_lines(handle, limit):
            yield line
            count += 1
    except errors as exc:
        where = f" after line {count}" if count else ""
        raise UnreadableFile(f"cannot read{where}: {reason(exc)}") from None


def _blank(line: bytes) -> bool:
    stripped = line.strip()
    # Unicode spaces beyond ASCII (a line of no-break spaces) are blank too, as in a text stream.
    return not stripped or (stripped[0] >= 0x80 and not line.decode("utf-8", "replace").strip())


def read_jsonl(lines: Iterable[bytes | RecordError]) -> Iterator[tuple[int, bytes | RecordError]]:
    """(line number, line) for every non-blank line of bounded_lines or open_record_lines; a line
    the reader refused comes as its RecordError, in its place. A UTF-8 byte order mark opening
    the first line (as Windows tools write one) is not part of its JSON (RFC 8259, 8.1)."""
    for number, line in enumerate(lines, start=1):
        if number == 1 and isinstance(line, bytes) and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if isinstance(line, RecordError) or not _blank(line):
            yield number, line


def _skip_line(handle, chunk: int = 1 << 20) -> int:
    """Read past the rest of the current line, a chunk at a time; the bytes skipped."""
    skipped = 0
    while part := handle.readline(chunk):
        skipped += len(part)
        if part.endswith(b"\n"):
            break
    return skipped


@contextmanager
def jsonl_writer(raw, name: str):
    """A writer of bytes over ``raw`` that compresses by the output name's suffix (JSON lines
    arrive encoded, from the workers)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        # mtime=0 and no file name: the same records give the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            yield gz
    elif lower.endswith(".zst"):
        with _zstd().ZstdCompressor().stream_writer(raw, closefd=False) as zst:
            yield zst
    else:
        yield raw  # the caller owns ``raw``


def record_line(record: dict, separators: tuple[str, str] | None = (",", ":")) -> bytes:
    """The record as a JSON line in UTF-8 (compact; ``separators=None`` for json's spaced
    default, which the audit is written with). A field holding a lone surrogate (which a
    JSON escape such as "\\ud800" gives) cannot be written as UTF-8: that record is written
    with every non-ASCII character escaped, which reads back as the same record."""
    try:
        return (json.dumps(record, ensure_ascii=False, separators=separators, default=_json_value) + "\n"
                ).encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, separators=separators, default=_json_value) + "\n").encode("ascii")


def _json_value(value):
    """What JSON has no type for, as Parquet records bring it: a date or time as its ISO 8601
    text, a decimal as its digits; binary data cannot be written as JSON text: a RecordError."""
    import datetime
    import decimal

    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, datetime.timedelta)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        raise RecordError("a field holds binary data, which JSON cannot hold: write Parquet (-o OUT.parquet)")
    raise RecordError(f"a field holds a {type(value).__name__}, which JSON cannot hold")


def parse_record(line: str | bytes) -> dict:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordError(f"not UTF-8: byte 0x{line[exc.start]:02x} at byte {exc.start + 1} of the line") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    return record


def record_inputs(record: dict, fields: Fields) -> tuple[str, str | None, str | None]:
    text = get_field(record, fields.text)
    if text is MISSING:
        raise RecordError(f"no {fields.text!r} field")
    if text is None:
        raise RecordError(f"field {fields.text!r} is null, not a string")
    if not isinstance(text, str):
        raise RecordError(f"field {fields.text!r} is {type(text).__name__}, not a string")
    url = get_field(record, fields.url) if fields.url else None
    lang = get_field(record, fields.lang) if fields.lang else None
    return text, url if isinstance(url, str) and url else None, lang if isinstance(lang, str) and lang else None


def fields_found(record: dict, fields: Fields) -> frozenset[str]:
    """Which of the named fields the record has ("text", "url", "lang"): a name no record of
    a file has is an error of the file, not silence (record_files)."""
    named = (("text", fields.text), ("url", fields.url), ("lang", fields.lang))
    return frozenset(role for role, name in named
                     if name and (role in fields.optional or get_field(record, name) is not MISSING))


# The key of a record's cleaner object that says why its page yielded no text (run.documents.clean_record).
NO_TEXT_KEY = "no_text"


def cleaner_field(result, explain: bool) -> dict:
    field = {"lang": result.lang, "changed": result.changed, "removals": result.removal_counts()}
    if result.meta is not None:
        field["meta"] = result.meta
    if result.url:
        field["url"] = result.url
    if explain:
        field["audit"] = result.audit_entries("")
        for entry in field["audit"]:
            del entry["document"]
    return field


def is_empty(text: str) -> bool:
    return not text.strip()


# A sink is where cleaned records go: ``put`` one, ``end_batch`` after each batch the workers
# send back; ``takes_lines`` says whether it wants each record as its JSON line (written by
# the worker) or as the record itself.


class LinesSink:
    """JSON lines (stdout, or a .jsonl file through jsonl_writer): a batch goes out in one write."""

    takes_lines = True

    def __init__(self, write):
        self._write = write
        self._pending: list[bytes] = []

    def put(self, line: bytes) -> None:
        self._pending.append(line)

    def end_batch(self) -> None:
        if self._pending:
            self._write(b"".join(self._pending))
            self._pending = []
