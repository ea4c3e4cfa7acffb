"""Shards of a Dask job: where they are (local paths or fsspec URLs) and what produced each output.

Beside every output shard a small manifest records what it was made from: the input's
size and version (its modification time, or the store's ETag or generation), and a
fingerprint of the rules' texts and the options. A rerun redoes a shard whose output,
manifest, input or fingerprint differs; the others are done. An upgrade of cleaner
itself is not seen (its version is, not its code): ``--force`` redoes every shard.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .. import __version__
from .. import data
from ..io.records import record_kind
from ..rules.loader import bundled_tables
from .settings import Settings

MANIFEST_SUFFIX = ".cleaner.json"

# What an fsspec store says changes when a file is rewritten, in the order they are trusted:
# the local modification time, S3's ETag, Google Cloud's generation, Azure's last modified.
_VERSION_KEYS = ("mtime", "ETag", "etag", "generation", "md5Hash", "LastModified", "last_modified", "updated",
                 "created")


def is_url(name: str) -> bool:
    return "://" in name


def filesystem(name: str):
    """The fsspec filesystem of a URL and the path inside it."""
    import fsspec

    return fsspec.core.url_to_fs(name)


def manifest_name(target: str) -> str:
    """The manifest beside ``target``: a dot file, so that a glob of the shards leaves it out."""
    if is_url(target):
        folder, name = posixpath.split(target)
        return posixpath.join(folder, f".{name}{MANIFEST_SUFFIX}")
    path = Path(target)
    return str(path.with_name(f".{path.name}{MANIFEST_SUFFIX}"))


def fingerprint(settings: Settings, on_error: str) -> str:
    """What the output depends on besides the input: the rule texts and every option. The rule
    folders' names go (their files' texts are in ``sources``): the same rules read from
    another checkout fingerprint the same."""
    described = asdict(replace(settings, rule_dirs=()))
    # The bundled tables (Unicode, alphabets, months, named patterns...) are read by the character
    # repairs and by any rule set, the user's too, but are not rule texts: an edit of one in a
    # checkout changes outputs under the same version.
    tables = bundled_tables(data.default_rules_dir())
    text = json.dumps({"settings": described, "on_error": on_error, "cleaner": __version__, "tables": tables},
                      sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp(source: str) -> dict:
    """The input's size and version, as its file system tells them; {} when it cannot be read
    (the shard is then attempted, and fails naming it)."""
    try:
        if not is_url(source):
            info = Path(source).stat()
            return {"size": info.st_size, "version": str(info.st_mtime_ns)}
        fs, path = filesystem(source)
        info = fs.info(path)
    except (OSError, ValueError):
        return {}
    version = next((str(info[key]) for key in _VERSION_KEYS if info.get(key) is not None), None)
    return {"size": info.get("size"), "version": version}


@dataclass(frozen=True)
class Shard:
    source: str
    target: str
    stamp: dict  # the input's, when the job was planned

    def manifest(self, fingerprint_: str) -> dict:
        return {"input": self.source, **self.stamp, "fingerprint": fingerprint_}


def _read_text(name: str) -> str | None:
    try:
        if is_url(name):
            fs, path = filesystem(name)
            return fs.cat_file(path).decode("utf-8")
        return Path(name).read_text(encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _exists(name: str) -> bool:
    if is_url(name):
        fs, path = filesystem(name)
        return fs.exists(path)
    return Path(name).exists()


def up_to_date(shard: Shard, fingerprint_: str) -> bool:
    """Whether the shard's output is there and was made from this input with these rules and
    options. An input whose version cannot be told is always redone."""
    if not shard.stamp.get("version") or not _exists(shard.target):
        return False
    text = _read_text(manifest_name(shard.target))
    try:
        return text is not None and json.loads(text) == shard.manifest(fingerprint_)
    except ValueError:
        return False


def write_manifest(target: str, manifest: dict) -> None:
    """After the output is in place: a shard killed between the two has no manifest and is redone."""
    data = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8")
    name = manifest_name(target)
    if is_url(name):
        fs, path = filesystem(name)
        fs.pipe_file(path, data)
    else:
        from ..io.files import atomic_write

        atomic_write(Path(name), data)


def remove_output(target: str) -> None:
    """A shard that failed leaves neither output nor manifest, even one an earlier run made."""
    for name in (manifest_name(target), target):
        try:
            if is_url(name):
                fs, path = filesystem(name)
                if fs.exists(path):
                    fs.rm_file(path)
            else:
                Path(name).unlink(missing_ok=True)
        except OSError:
            pass


def url_jobs(paths: tuple[str, ...], output: str, suffixes: tuple[str, ...]) -> list[tuple[str, str]]:
    """(input, output) URLs for inputs given as URLs (globs, folders or files): each input under
    the output folder by its name relative to the folder or glob it was found by. ValueError
    naming the input when it matches no file."""
    jobs = []
    for given in paths:
        fs, path = filesystem(given)
        if fs.isdir(path):
            base, found = path.rstrip("/"), fs.find(path)
        else:
            found = fs.glob(path) if re.search(r"[*?\[]", path) else ([path] if fs.exists(path) else [])
            base = posixpath.dirname(re.split(r"[*?\[]", path, maxsplit=1)[0])
        found = sorted(name for name in found if name.lower().endswith(suffixes)
                       and not posixpath.basename(name).startswith("."))
        if not found:
            raise ValueError(f"{given}: no files to clean (looked for {', '.join(suffixes)})")
        for name in found:
            relative = posixpath.relpath(name, base) if base else name.lstrip("/")
            jobs.append((fs.unstrip_protocol(name), output.rstrip("/") + "/" + _output_relative(relative)))
    return jobs


def _output_relative(relative: str) -> str:
    """A text file keeps its name; an HTML page x.html becomes x.txt (as run.clean.output_name)."""
    from ..io.files import HTML_SUFFIXES

    if relative.lower().endswith(HTML_SUFFIXES) and not record_kind(relative):
        return posixpath.splitext(relative)[0] + ".txt"
    return relative
