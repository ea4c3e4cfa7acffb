"""The installed distribution: its name on PyPI, its version, and how to add an extra.

The import package and the command are ``cleaner``, but PyPI's ``cleaner`` is an unrelated
project, so the distribution has a name of its own; every message that says what to
install names it.
"""

from __future__ import annotations

NAME = "webtext-cleaner"


def version() -> str:
    """The installed version, from the distribution's metadata (pyproject.toml's version)."""
    # Imported here: importlib.metadata costs start-up that only --version needs.
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(NAME)
    except PackageNotFoundError:  # run from a checkout on PYTHONPATH, never installed
        return "unknown (not installed)"


def install_hint(extra: str) -> str:
    """The command that installs an extra, for the message of a feature that needs it."""
    return f"pip install '{NAME}[{extra}]'"


class MissingExtra(ImportError):
    """A feature used whose extra is not installed (HTML without ``[html]``, say); ``str()``
    is the one line that says what to install."""

    def __init__(self, feature: str, extra: str, failed: ImportError | str, where: str = ""):
        # The import that failed, said in a few words: a module not installed, or the first line
        # of another import error (lxml's, when lxml_html_clean is missing, names no module).
        if isinstance(failed, ImportError):
            failed = f"{failed.name} is not installed" if failed.name else str(failed).split("\n", 1)[0]
        said = f"{feature} needs the {extra} extra ({failed}): {install_hint(extra)}"
        super().__init__(f"{where}: {said}" if where else said)
        self.feature, self.extra, self.failed = feature, extra, failed

    def at(self, where: str) -> MissingExtra:
        """The same error naming the input it was met in."""
        return MissingExtra(self.feature, self.extra, self.failed, where)
