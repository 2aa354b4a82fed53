"""The ingest stage: every input (file, directory, ``-``, URL) becomes raw documents.

:func:`iter_raw` walks the inputs in a stable order, reads each with the reader for its
format (``ingest/<format>.py``) and yields :class:`~storyline.model.RawDocument` or, for
what cannot be used, :class:`~storyline.model.Rejected` with a reason; it never raises
for a bad input. :class:`InputReader` is the same as a pipeline stage.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyline.config import StorylineConfig
from storyline.ingest.base import (
    GZIP_ERRORS,
    TooLarge,
    looks_binary,
    make_raw,
    read_capped,
    reject,
    sniff_format,
)
from storyline.model import RawDocument, Rejected

__all__ = ["InputReader", "Reader", "iter_files", "iter_raw", "not_an_article", "register_reader",
           "skipped_files", "unregister_reader"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Reader:
    """A reader of one input format.

    Attributes:
        name: the format, as the raw documents' ``provenance.format`` names it.
        read: ``read(source, data, config, *, fetcher)``: the whole input's bytes to raw
            documents (:func:`storyline.ingest.base.make_raw`) or rejects
            (:func:`storyline.ingest.base.reject`); never raises for bad content.
        suffixes: file name endings that are this format (``.toy``, lower case).
        sniff: given the first 1024 bytes, says whether they are this format (for
            standard input and files named otherwise).
    """

    name: str
    read: Callable[..., Iterator[RawDocument | Rejected]]
    suffixes: tuple[str, ...] = ()
    sniff: Callable[[bytes], bool] | None = None

    def claims(self, name: str, head: bytes) -> bool:
        if self.suffixes and name.lower().endswith(self.suffixes):
            return True
        return self.sniff is not None and self.sniff(head)


_READERS: dict[str, Reader] = {}


def register_reader(reader: Reader) -> None:
    """Add a reader: the inputs it claims are read with it from now on (in this process)."""
    _READERS[reader.name] = reader


def unregister_reader(name: str) -> None:
    """Remove the reader of format ``name``, if one is registered."""
    _READERS.pop(name, None)


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


#: Files that describe a folder rather than hold its articles, by name (any extension).
_DESCRIBES_FOLDER = re.compile(
    r"^(readme|licen[cs]e|copying|notice|authors|contributors|changelog|changes|citation|"
    r"sources?|manifest|checksums|sha256sums|md5sums)(\.[a-z0-9]+)*$", re.I)
_JSON_PROBE_BYTES = 8 << 20


def not_an_article(path: Path) -> str | None:
    """Why a file found in a folder is not an article (skipped, not rejected), or None.

    By type: notes about the folder (README, LICENSE, SOURCE.md ...) and JSON or JSON Lines
    files of metadata (a JSON document, or JSON lines that are all objects, none with a ``text``
    or ``html`` key: labels, stats, gold). A file named on the command line is always read.
    """
    if _DESCRIBES_FOLDER.match(path.name):
        return "notes about the folder"
    suffix = path.suffix.lower()
    if suffix not in (".json", ".jsonl"):
        return None
    try:
        if path.stat().st_size > _JSON_PROBE_BYTES:
            return None
        data = path.read_bytes().decode("utf-8-sig")
        if suffix == ".json":
            obj = json.loads(data)
            items = obj if isinstance(obj, list) else [obj]
        else:
            items = [json.loads(line) for line in data.splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None  # the reader says what is wrong with it
    if suffix == ".jsonl" and not (items and all(isinstance(o, dict) for o in items)):
        return None  # empty, or lines the reader rejects one by one
    if not any(isinstance(o, dict) and ("text" in o or "html" in o) for o in items):
        return "metadata JSON" if suffix == ".json" else "metadata JSON Lines"
    return None


def _walk(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def iter_files(spec: str) -> Iterator[Path]:
    """The files an input path names: the file itself, or a directory's files, recursively.

    Hidden files and directories (``.name``) are skipped, and so are the files of a
    directory that are not articles (:func:`not_an_article`); order is sorted, so runs repeat.
    """
    path = Path(spec)
    if path.is_dir():
        for file in _walk(path):
            if not_an_article(file) is None:
                yield file
    else:
        yield path


def skipped_files(inputs: Iterable[str]) -> list[tuple[str, str]]:
    """``(path, why)`` of every file the folders among ``inputs`` hold that is not an article."""
    out = []
    for spec in inputs:
        path = Path(spec)
        if spec != "-" and not _is_url(spec) and path.is_dir():
            out += [(str(f), why) for f in _walk(path) if (why := not_an_article(f)) is not None]
    return out


def iter_raw(
    inputs: Iterable[str],
    config: StorylineConfig,
    *,
    stdin: BinaryIO | None = None,
    fetcher=None,
) -> Iterator[RawDocument | Rejected]:
    """Read every input and yield its raw documents, or a reject with a reason.

    Args:
        inputs: paths (files or directories), ``-`` for standard input, or http(s) URLs;
            a raw document or a reject already made (``storyline watch`` reads feeds
            itself) is passed on as it is.
        config: the run's settings (size caps, fetch settings).
        stdin: the stream ``-`` reads (default: the process's standard input).
        fetcher: the URL fetcher to use (default: one built from ``config`` when needed).
    """
    shared = _SharedFetcher(config, fetcher)
    try:
        for spec in inputs:
            if isinstance(spec, (RawDocument, Rejected)):
                yield spec
            elif spec == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                yield from _read_stream("-", "-", stream, config, shared)
            elif _is_url(spec):
                yield from _read_url(spec, config, shared)
            else:
                path = Path(spec)
                if not path.exists():
                    yield reject(spec, "not_found", "no such file or directory; check the path")
                    continue
                for file in iter_files(spec):
                    yield from _read_file(file, config, shared)
    finally:
        shared.close()


class _SharedFetcher:
    """One fetcher for a whole run (so rate limits and robots.txt carry across inputs),
    made only when something needs fetching."""

    def __init__(self, config: StorylineConfig, given=None):
        self.config = config
        self.given = given
        self.made = None

    def fetch(self, url: str):
        if self.given is not None:
            return self.given.fetch(url)
        if self.made is None:
            from storyline.ingest.fetch import Fetcher

            self.made = Fetcher(self.config)
        return self.made.fetch(url)

    def close(self) -> None:
        if self.made is not None:
            self.made.close()


def _read_file(file: Path, config: StorylineConfig, fetcher) -> Iterator[RawDocument | Rejected]:
    source = str(file.resolve())
    try:
        if not file.is_file():
            yield reject(source, "not_a_file", "not a regular file (a socket, device or broken link)")
            return
        name = file.name.lower()
        if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
            from storyline.ingest import warc

            with file.open("rb") as fh:
                yield from warc.read(source, fh, config)
            return
        with file.open("rb") as fh:
            yield from _read_stream(source, file.name, fh, config, fetcher)
    except PermissionError:
        yield reject(source, "unreadable", "permission denied; check the file's permissions")
    except OSError as exc:
        yield reject(source, "unreadable", f"cannot be read: {exc.strerror or exc}")


def _read_stream(source: str, name: str, fh: BinaryIO, config: StorylineConfig,
                 fetcher) -> Iterator[RawDocument | Rejected]:
    cap = config.max_input_bytes
    try:
        data = read_capped(fh, cap)
    except TooLarge:
        yield reject(source, "too_large",
                     f"larger than max_input_bytes ({cap:,} bytes, after decompression); "
                     "split it or raise the setting")
        return
    except GZIP_ERRORS as exc:
        yield reject(source, "corrupt_gzip", f"the gzip stream is truncated or corrupt ({exc})")
        return
    yield from _dispatch(source, name, data, config, fetcher)


def _dispatch(source: str, name: str, data: bytes, config: StorylineConfig,
              fetcher) -> Iterator[RawDocument | Rejected]:
    if not data.strip():
        yield reject(source, "empty", "the input is empty or only whitespace")
        return
    for reader in list(_READERS.values()):
        if reader.claims(name, data[:1024]):
            yield from reader.read(source, data, config, fetcher=fetcher)
            return
    if looks_binary(data):
        yield reject(source, "binary", "looks like binary data, not text or HTML")
        return
    fmt = sniff_format(name, data[:1024])
    if fmt == "html":
        yield make_raw(source, "html", data, "html")
    elif fmt == "text":
        yield make_raw(source, "text", data, "text")
    elif fmt == "jsonl":
        from storyline.ingest import jsonl

        yield from jsonl.read(source, data, config)
    elif fmt == "json":
        from storyline.ingest import jsonl

        yield from jsonl.read_document(source, data, config)
    elif fmt == "rss":
        from storyline.ingest import feeds

        yield from feeds.read(source, data, config, fetcher=fetcher)
    elif fmt == "urls":
        from storyline.ingest import urls

        yield from urls.read(source, data, config, fetcher=fetcher)
    elif fmt == "warc":
        import io

        from storyline.ingest import warc

        yield from warc.read(source, io.BytesIO(data), config)


def _read_url(url: str, config: StorylineConfig, fetcher) -> Iterator[RawDocument | Rejected]:
    from storyline.ingest import urls

    yield from urls.read(url, url.encode("utf-8"), config, fetcher=fetcher)


class InputReader:
    """Pipeline stage: input specs (paths, ``-``, URLs) to raw documents."""

    name = "read"
    requires: frozenset[str] = frozenset()
    provides = frozenset({"raw"})

    def __init__(self, config: StorylineConfig, *, stdin: BinaryIO | None = None, fetcher=None):
        self.config = config
        self.stdin = stdin
        self.fetcher = fetcher

    def __call__(self, items: Iterable[str]) -> Iterator[RawDocument | Rejected]:
        return iter_raw(items, self.config, stdin=self.stdin, fetcher=self.fetcher)
