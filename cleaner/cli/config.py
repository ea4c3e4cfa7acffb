"""Project configuration: ``.cleaner.yaml`` or ``[tool.cleaner]`` in pyproject.toml.

Discovered from the current folder upwards, stopping at the repository root
(the folder holding ``.git``). Command-line flags override it; rule
directories and disabled ids from both add up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import MAX_REMOVAL

LINE_ENDINGS = ("lf", "crlf", "keep")
QUOTES = ("keep", "straighten")


class ConfigError(Exception):
    """An invalid configuration; ``str()`` names the file."""

    def __init__(self, path: Path | str, message: str):
        super().__init__(f"{path}: {message}")


@dataclass
class Config:
    rules: list[str] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    lang: str | None = None
    default_rules: bool = True
    line_ending: str = "keep"
    quotes: str = "keep"
    max_removal: float = MAX_REMOVAL
    suffixes: list[str] = field(default_factory=lambda: [".txt", ".text"])
    # Glob patterns of files `cleaner fix` leaves alone, relative to the file's folder.
    exclude: list[str] = field(default_factory=list)
    # Whether `cleaner fix` leaves well-known files that are not prose alone (selection.NOT_PROSE).
    skip_known_files: bool = True
    source: Path | None = None

    def exclusion(self):
        from ..io.selection import Exclusion

        return Exclusion(tuple(self.exclude), self.source.parent.resolve() if self.source else None)


_KEYS = {"rules", "disable", "lang", "default-rules", "line-ending", "quotes", "suffixes", "max-removal", "exclude",
         "skip-known-files"}


def _strings(value, where: Path, label: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(where, f"{label}{key} must be a string or a list of strings")
    return value


def parse(table, where: Path, label: str) -> Config:
    """A configuration from the mapping found in a file; ``label`` says where in it."""
    if not isinstance(table, dict):
        raise ConfigError(where, f"{label or 'the file'} must be a mapping")
    config = Config(source=where)
    label = f"{label} " if label else ""
    for raw_key, value in table.items():
        key = str(raw_key).replace("_", "-")
        if key not in _KEYS:
            raise ConfigError(where, f"{label}unknown key {raw_key!r} (expected one of {', '.join(sorted(_KEYS))})")
        if key == "rules":
            config.rules = [str((where.parent / d).resolve()) for d in _strings(value, where, label, key)]
            for directory in config.rules:
                if not Path(directory).is_dir():
                    raise ConfigError(where, f"{label}rules: no such directory {directory}")
        elif key == "disable":
            config.disable = _strings(value, where, label, key)
        elif key == "lang":
            if not isinstance(value, str) or not value:
                raise ConfigError(where, f"{label}lang must be a language code such as 'fr'")
            config.lang = value
        elif key == "default-rules":
            if not isinstance(value, bool):
                raise ConfigError(where, f"{label}default-rules must be true or false")
            config.default_rules = value
        elif key == "line-ending":
            if value not in LINE_ENDINGS:
                raise ConfigError(where, f"{label}line-ending must be one of {', '.join(LINE_ENDINGS)}, not {value!r}")
            config.line_ending = value
        elif key == "quotes":
            if value not in QUOTES:
                raise ConfigError(where, f"{label}quotes must be one of {', '.join(QUOTES)}, not {value!r}")
            config.quotes = value
        elif key == "max-removal":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value <= 1:
                raise ConfigError(where, f"{label}max-removal must be a share between 0 and 1, not {value!r}")
            config.max_removal = float(value)
        elif key == "suffixes":
            suffixes = _strings(value, where, label, key)
            if not all(s.startswith(".") for s in suffixes):
                raise ConfigError(where, f"{label}suffixes are written with their dot, such as '.txt'")
            config.suffixes = [s.lower() for s in suffixes]
        elif key == "exclude":
            from ..io.selection import glob_regex

            config.exclude = _strings(value, where, label, key)
            for pattern in config.exclude:
                try:
                    glob_regex(pattern)
                except ValueError as exc:
                    raise ConfigError(where, f"{label}exclude: {exc}") from None
        elif key == "skip-known-files":
            if not isinstance(value, bool):
                raise ConfigError(where, f"{label}skip-known-files must be true or false")
            config.skip_known_files = value
    return config


def load_file(path: Path) -> Config | None:
    """The configuration in ``path``; None for a pyproject.toml without [tool.cleaner]."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror}") from None
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(path, f"invalid TOML: {exc}") from None
        table = data.get("tool", {}).get("cleaner")
        return None if table is None else parse(table, path, "[tool.cleaner]")
    import yaml

    from ..io.yaml_keys import first_duplicate

    try:
        root = yaml.compose(raw.decode("utf-8"), Loader=yaml.SafeLoader)
        # A key written twice would silently lose its first value: refused before building the mapping.
        duplicate = first_duplicate(root)
        if duplicate is not None:
            raise ConfigError(f"{path}:{duplicate.line}", duplicate.message)
        data = None if root is None else yaml.SafeLoader("").construct_document(root)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(where, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    return parse(data or {}, path, "")


def discover(start: Path | None = None) -> Config:
    """The nearest configuration from ``start`` (the current folder) up to the repository root."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in (".cleaner.yaml", "pyproject.toml"):
            path = candidate / name
            if path.is_file():
                config = load_file(path)
                if config is not None:
                    return config
        if (candidate / ".git").exists():
            break
    return Config()
