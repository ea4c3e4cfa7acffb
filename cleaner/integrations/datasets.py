"""cleaner for Hugging Face datasets: a batched function for ``Dataset.map``.

    from cleaner.integrations.datasets import cleaning_function

    ds = ds.map(cleaning_function(url_column="url"), batched=True, num_proc=4)
    ds = ds.filter(lambda row: row["text"].strip() != "")  # drop the documents left empty

The function works on plain column batches and imports nothing of ``datasets``; each row
is cleaned as a record is by ``cleaner clean`` (run.documents.clean_record).
"""

from __future__ import annotations

import json

from ..io.records import Fields, RecordError, cleaner_field
from ..run.documents import clean_record
from ..run.limits import DocumentTooLarge
from ..run.settings import Settings
from .settings import settings_from

# The columns added beside the cleaned text column.
COLUMNS = ("cleaner_lang", "cleaner_changed", "cleaner_removed", "cleaner_removals", "cleaner_error")
AUDIT_COLUMN = "cleaner_audit"


class CleaningFunction:
    """``batch -> columns`` for ``Dataset.map(fn, batched=True)``: the text column cleaned, and

    - ``cleaner_lang``: the language detected or given ("" when there is nothing to detect),
    - ``cleaner_changed``: whether the text changed,
    - ``cleaner_removed``: how many lines were removed,
    - ``cleaner_removals``: rule id -> lines removed, as a JSON object (a string: the rule ids
      differ from row to row, which a struct column could not hold),
    - ``cleaner_error``: "", or why a row was left as it came (a text over the size limits,
      a text that is not a string), or why its page yielded no text (``doc_format="html"``:
      its text is then ""); the other rows are cleaned,
    - ``cleaner_audit`` (with ``explain=True``): every removal, fix and notice, as JSON.

    Absent values are "" rather than None: datasets types a column by its first batch, and
    a first batch of None alone would make a column no later text can be written to.

    Picklable and holding only its settings (with the rule files' texts, so that datasets'
    cache fingerprint changes when a rule does); each process builds its Cleaner once.
    """

    def __init__(self, settings: Settings, text_column: str, url_column: str | None, lang_column: str | None):
        self.settings = settings
        self.text_column = text_column
        self.url_column = url_column
        self.lang_column = lang_column

    def __call__(self, batch: dict[str, list]) -> dict[str, list]:
        settings = self.settings
        cleaner = settings.build()
        explain = settings.explain
        texts = batch[self.text_column]
        urls = batch[self.url_column] if self.url_column else [None] * len(texts)
        langs = batch[self.lang_column] if self.lang_column else [None] * len(texts)
        out: dict[str, list] = {self.text_column: [], **{column: [] for column in COLUMNS}}
        if explain:
            out[AUDIT_COLUMN] = []
        for text, url, lang in zip(texts, urls, langs):
            # The row as a record of the user's column names, so that errors name them.
            row = {self.text_column: text}
            if self.url_column:
                row[self.url_column] = url
            if self.lang_column:
                row[self.lang_column] = lang
            try:
                done = clean_record(cleaner, settings, row, "<dataset>")
            except (DocumentTooLarge, RecordError) as error:
                values = (text, "", False, 0, "{}", str(error))
                audit: list = []
            else:
                result = done.result
                values = (done.record[self.text_column], result.lang or "", done.changed, len(result.removals),
                          json.dumps(result.removal_counts(), sort_keys=True), done.no_text or "")
                audit = cleaner_field(result, explain)["audit"] if explain else []
            for column, value in zip((self.text_column, *COLUMNS), values):
                out[column].append(value)
            if explain:
                out[AUDIT_COLUMN].append(json.dumps(audit, ensure_ascii=False))
        return out


def cleaning_function(text_column: str = "text", url_column: str | None = None, lang_column: str | None = None,
                      **options) -> CleaningFunction:
    """The function to give ``Dataset.map(..., batched=True)``; see :class:`CleaningFunction`.

    ``url_column`` holds each row's URL (it selects site rules), ``lang_column`` its language
    (it overrides detection). ``options`` are those of ``cleaner.run.settings.Settings``:
    ``rule_dirs``, ``disable``, ``default_rules``, ``lang``, ``max_removal``, ``explain``...
    A bad rule file or an unknown rule id fails here, before ``map`` starts.
    """
    if "drop_empty" in options:  # map cannot drop a row; a filter after it can
        raise TypeError(f"drop_empty does not apply to Dataset.map: filter the rows after it, "
                        f"ds.filter(lambda row: row[{text_column!r}] != '')")
    settings = settings_from(options, Fields(text_column, url_column, lang_column), sources=True)
    return CleaningFunction(settings, text_column, url_column, lang_column)
