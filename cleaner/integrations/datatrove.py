"""cleaner as a datatrove pipeline step: ``pip install 'webtext-cleaner[datatrove]'``.

    from cleaner.integrations.datatrove import CleanerStep

    pipeline = [JsonlReader("raw/"), CleanerStep(disable=["share-prompt"]), JsonlWriter("clean/")]

A document is cleaned as a record is by ``cleaner clean`` (run.documents.clean_record):
its metadata are the record's fields, its text the text field.
"""

from __future__ import annotations

import json

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.typeshelper import StatHints
    from loguru import logger
except ImportError as error:  # the message a user needs, not only the module's name
    from ..distribution import MissingExtra

    raise MissingExtra("cleaner.integrations.datatrove", "datatrove", error) from error

from ..io.records import Fields, RecordError, is_empty
from ..run.documents import clean_record
from ..run.limits import DocumentTooLarge
from .settings import settings_from


class CleanerStep(PipelineStep):
    """Cleans ``Document.text``, writes ``metadata["cleaner"]`` and drops documents left empty.

    ``url_key`` and ``lang_key`` name the metadata holding a document's URL (it selects site
    rules) and its language (it overrides detection; None: always detect). The language is
    a code as cleaner's rules name them ("en", "fr"), as datatrove's LanguageFilter writes
    with its default ft176 model; after its glotlid backend ("eng"), give lang_key=None. The other
    options are those of ``cleaner.run.settings.Settings``: ``rule_dirs``, ``disable``,
    ``default_rules``, ``lang``, ``max_removal``, ``explain`` (the audit into the
    metadata), ``drop_empty`` (True here), ``max_document_bytes``... A document over the
    size limits is forwarded as it came, counted as ``too_large``, its ``cleaner`` object
    holding only the ``error``. A page that yields no text (``doc_format="html"``) is
    logged and counted as ``no_text``; its text is empty, so it is dropped unless
    ``drop_empty=False``, and its ``cleaner`` object says why (``no_text``). ``json_metadata=True`` writes the object as JSON text, for
    writers that need one type a column (ParquetWriter).

    The step holds only its settings (they are pickled to datatrove's workers and written
    to executor.json); each task builds its Cleaner once, when it starts.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, url_key: str | None = "url", lang_key: str | None = "language", drop_empty: bool = True,
                 json_metadata: bool = False, **options):
        super().__init__()
        self.json_metadata = json_metadata
        # The rules are read where a task runs, as datatrove's own steps read their paths;
        # building them here still fails a bad rule before the executor starts.
        self.settings = settings_from({**options, "drop_empty": drop_empty}, Fields("text", url_key, lang_key),
                                      sources=False)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        settings = self.settings
        cleaner = settings.build()
        for doc in data:
            self.stat_update(StatHints.total)
            # The metadata are the record (so field names, and where the cleaner object goes,
            # are what they are for `cleaner clean`), with the text under a key they lack.
            text_key = _free_key(doc.metadata)
            record = {**doc.metadata, text_key: doc.text}
            fields = Fields(text_key, settings.fields.url, settings.fields.lang)
            refused = None
            with self.track_time():
                try:
                    done = clean_record(cleaner, settings, record, str(doc.id), fields)
                except (DocumentTooLarge, RecordError) as error:
                    refused = error
            if refused is not None:
                logger.warning(f"cleaner: {doc.id}: {refused}; forwarded as it came")
                self.stat_update("too_large" if isinstance(refused, DocumentTooLarge) else "not_text")
                self.stat_update(StatHints.forwarded)
                doc.metadata["cleaner"] = self._value({"error": str(refused)})
                yield doc
                continue
            doc.text = done.record.pop(text_key)
            # What cleaning wrote (the cleaner object, new or replacing one of an earlier run): the
            # record is a shallow copy, so every value it did not write is the metadata's own.
            for key, value in done.record.items():
                if value is not doc.metadata.get(key):
                    done.record[key] = self._value(value)
            doc.metadata = done.record
            self._count(done.result, done.changed)
            if done.no_text is not None:  # its text is empty, its cleaner object says why
                logger.warning(f"cleaner: {doc.id}: {done.no_text}")
                self.stat_update("no_text")
            if settings.drop_empty and is_empty(doc.text):
                self.stat_update(StatHints.dropped, "dropped_empty")
                continue
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc

    def _value(self, value):
        """A value the step adds to the metadata, as JSON text with json_metadata: a writer that
        types metadata by the first batch (ParquetWriter) could not take an object whose keys,
        the rule ids among them, change from document to document."""
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if self.json_metadata else value

    def _count(self, result, changed: bool) -> None:
        """A document's counts, each updated for every document so that means are per document;
        ``changed`` as the ``cleaner`` object says it (the text's bytes changed)."""
        if changed:
            self.stat_update("changed")
        self.stat_update("lines_removed", value=len(result.removals))
        self.stat_update("lines_fixed", value=len({fix.line for fix in result.fixes}))
        for rule_id, count in result.removal_counts().items():
            self.stat_update(f"rule_{rule_id}", value=count)
        self.stat_update(f"lang_{result.lang or 'none'}")


def _free_key(metadata: dict) -> str:
    """A key for the text that is none of the metadata's own (datatrove keeps the text apart)."""
    key = "text"
    while key in metadata:
        key = "_" + key
    return key
