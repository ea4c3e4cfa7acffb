"""The Settings an integration's keyword options describe, checked before any document."""

from __future__ import annotations

from dataclasses import fields

from ..io.records import Fields
from ..run.settings import Settings

# Made by the integration, not given: the record's fields from its own arguments, the rule
# texts by reading the rule folders; the rest of Settings are the caller's options.
_NOT_OPTIONS = {"fields", "sources"}
OPTIONS = tuple(f.name for f in fields(Settings) if f.name not in _NOT_OPTIONS)


def settings_from(options: dict, record_fields: Fields, sources: bool) -> Settings:
    """The Settings of ``options`` (rule_dirs, disable, default_rules, lang, max_removal, ...).

    Building the Cleaner now makes a bad rule file or an unknown rule id in ``disable`` fail
    where the step or function is made, not in a worker after the job started; the Cleaner
    is cached per process, so the first documents cleaned here do not build it again.
    ``sources`` carries the rule files' texts in the settings: a function that travels
    (pickled to other processes, fingerprinted by datasets' cache) then carries its rules.
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise TypeError(f"unknown cleaner option {unknown[0]!r}; the options are: {', '.join(OPTIONS)}")
    settings = Settings(**options, fields=record_fields)
    if sources:
        settings = settings.with_sources()
    settings.build()
    return settings
