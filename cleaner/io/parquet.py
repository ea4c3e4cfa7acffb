"""Parquet records (optional: the parquet extra), read and written in a stream.

The ``cleaner`` object becomes a struct column (``lang``, ``changed``, ``removals`` as a
map, ``audit`` as JSON), at the top level or inside a struct column (``metadata.cleaner``).
Parquet output takes its schema from Parquet input; from JSONL it is inferred from the
records themselves (InferredParquetSink).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .records import (
    MISSING, NO_TEXT_KEY, RecordError, UnreadableFile, get_field, parse_record, reason, record_line, set_field,
)


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        from ..distribution import install_hint

        raise RecordError(f"Parquet needs pyarrow: {install_hint('parquet')}") from None
    return pyarrow


def iter_parquet(path: Path, batch_size: int = 1024, reading: Callable[[Callable[[], int]], None] | None = None
                 ) -> Iterator[tuple[int, dict]]:
    """The records of a Parquet file, numbered from 1; ``reading`` as for records.open_record_lines
    (the bytes done estimated from the share of the rows read)."""
    pa = _pyarrow()
    number = 0
    try:
        reader = pa.parquet.ParquetFile(path)
        if reading is not None:
            rows, size = reader.metadata.num_rows, os.path.getsize(path)
            reading(lambda: size * number // rows if rows else 0)
        for batch in reader.iter_batches(batch_size=batch_size):
            for record in batch.to_pylist():
                number += 1
                yield number, record
    except (OSError, pa.ArrowException) as exc:
        where = f" after record {number}" if number else ""
        raise UnreadableFile(f"cannot read{where}: {reason(exc)}") from None


def _cleaner_type(pa):
    return pa.struct([
        ("lang", pa.string()),
        ("changed", pa.bool_()),
        ("removals", pa.map_(pa.string(), pa.int64())),
        ("audit", pa.string()),
        (NO_TEXT_KEY, pa.string()),
    ])


def _with_field(pa, fields: list, path: list[str], kind, where: str) -> list:
    """``fields`` (of a schema or a struct) with ``kind`` at ``path``, replacing what was
    there; the structs on the way are made or extended."""
    names = [field.name for field in fields]
    head, rest = path[0], path[1:]
    if not rest:
        return [field for field in fields if field.name != head] + [pa.field(head, kind)]
    if head not in names:
        return [*fields, pa.field(head, pa.struct(_with_field(pa, [], rest, kind, where)))]
    index = names.index(head)
    inner = fields[index].type
    if not pa.types.is_struct(inner):
        raise RecordError(f"the column {head!r} is {inner}, not a struct: it cannot hold {where!r}")
    children = _with_field(pa, [inner.field(i) for i in range(inner.num_fields)], rest, kind, where)
    return [*fields[:index], pa.field(head, pa.struct(children), fields[index].nullable), *fields[index + 1:]]


def output_schema(schema, audit: str):
    """The input's schema with the ``cleaner`` struct at ``audit`` (a column, or a dotted path
    into struct columns): a top-level column of that name is that column."""
    pa = _pyarrow()
    path = [audit] if audit in schema.names or "." not in audit else audit.split(".")
    return pa.schema(_with_field(pa, list(schema), path, _cleaner_type(pa), audit), metadata=schema.metadata)


def parquet_schema(path: Path, audit: str = "cleaner"):
    pa = _pyarrow()
    try:
        schema = pa.parquet.ParquetFile(path).schema_arrow
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableFile(f"cannot read: {reason(exc)}") from None
    return output_schema(schema, audit)


def _as_row(record: dict, audit: str) -> dict:
    """A cleaned record as a Parquet row: its cleaner object in the struct's shape."""
    field = get_field(record, audit)
    if field is MISSING or not isinstance(field, dict):
        return record
    field = {**field, "removals": list(field["removals"].items())}
    field["audit"] = json.dumps(field["audit"], ensure_ascii=False) if "audit" in field else None
    row = dict(record)
    set_field(row, audit, {k: field.get(k) for k in ("lang", "changed", "removals", "audit", NO_TEXT_KEY)})
    return row


# A sink is where cleaned records go: ``put`` one, ``end_batch`` after each batch the workers
# send back; ``takes_lines`` says whether it wants each record as its JSON line (written by
# the worker) or as the record itself.


class ParquetSink:
    """Collects output records and writes them as row groups, streaming."""

    takes_lines = False

    def __init__(self, raw, schema, audit: str = "cleaner", batch_size: int = 1024):
        pa = _pyarrow()
        self.pa = pa
        self.schema = schema
        self.audit = audit
        self.writer = pa.parquet.ParquetWriter(raw, schema)
        self.rows: list[dict] = []
        self.batch_size = batch_size

    def put(self, record: dict) -> None:
        self.rows.append(_as_row(record, self.audit))
        if len(self.rows) >= self.batch_size:
            self.flush()

    def end_batch(self) -> None:
        """Nothing: rows go out in row groups of ``batch_size``, whatever the workers' batches."""

    def flush(self) -> None:
        if self.rows:
            try:
                table = self.pa.Table.from_pylist(self.rows, schema=self.schema)
            except self.pa.ArrowException as exc:
                raise RecordError(f"cannot be written as Parquet: {reason(exc)}") from None
            self.writer.write_table(table)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class InferredParquetSink:
    """Parquet from records that came without a schema (JSONL): the records wait in a
    temporary file as JSON lines while their schema is inferred a batch at a time and
    merged (a field null in one batch and text in another is text; an integer and a
    float are floats); the file is written at the end. Memory stays flat; a field that is
    a number in one record and text in another cannot be one column: a RecordError."""

    takes_lines = False

    def __init__(self, raw, audit: str = "cleaner", batch_size: int = 1024):
        self.pa = _pyarrow()
        self.raw = raw
        self.audit = audit
        self.batch_size = batch_size
        self.spool = tempfile.TemporaryFile()
        self.schema = None
        self.rows: list[dict] = []

    def put(self, record: dict) -> None:
        self.rows.append(record)
        if len(self.rows) >= self.batch_size:
            self._infer()

    def end_batch(self) -> None:
        """Nothing: the file is written when every record is in."""

    def _infer(self) -> None:
        if not self.rows:
            return
        pa = self.pa
        # The cleaner object's type is fixed (a map of removals, not a struct of rule ids).
        plain = [_without(row, self.audit) for row in self.rows]
        try:
            schema = pa.Table.from_pylist(plain).schema
            self.schema = schema if self.schema is None else pa.unify_schemas(
                [self.schema, schema], promote_options="permissive")
        except pa.ArrowException as exc:
            raise RecordError(f"cannot be written as Parquet: {reason(exc)}") from None
        self.spool.write(b"".join(record_line(row) for row in self.rows))
        self.rows = []

    def close(self) -> None:
        self._infer()
        schema = output_schema(self.schema if self.schema is not None else self.pa.schema([]), self.audit)
        sink = ParquetSink(self.raw, schema, self.audit, self.batch_size)
        self.spool.seek(0)
        for line in self.spool:
            sink.put(parse_record(line))
        sink.close()
        self.spool.close()


def _without(record: dict, name: str) -> dict:
    """A copy of ``record`` without the field at ``name`` (the objects on its path copied)."""
    if name in record or "." not in name:
        return {key: value for key, value in record.items() if key != name}
    head, _, rest = name.partition(".")
    inner = record.get(head)
    if not isinstance(inner, dict):
        return record
    return {**record, head: _without(inner, rest)}
