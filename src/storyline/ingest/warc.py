"""WARC reader: the HTML pages of a web archive (``.warc``, ``.warc.gz``, ARC), streamed.

Each ``response`` record with status 200 and an HTML content type (and each ``resource``
record of an HTML type) becomes a raw document of format ``warc``, ``member="record N"``
(N counts every record, 1-based), with the record's target URI as the ``url`` hint. Other
records (requests, metadata, images, redirects) are skipped and logged at debug level.

The file is read as a stream, one record at a time: memory stays at about one record
whatever the archive's size. A record body larger than ``max_input_bytes`` is rejected as
``too_large`` and skipped without being held. A truncated or corrupt archive ends with one
``corrupt_warc`` reject naming the record reached, after the good records before it.

warcio alone does not notice a truncated gzip member or a record cut short (it stops, or
returns short bodies, silently), so a gzipped archive is decompressed here with
:mod:`gzip`, which raises on truncation, and every record is checked to have as many bytes
as its ``Content-Length`` says.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from storyline.config import StorylineConfig
from storyline.ingest.base import HTML_TYPES, make_raw, reject
from storyline.model import RawDocument, Rejected

__all__ = ["HTML_TYPES", "read"]

log = logging.getLogger(__name__)

_BLOCK = 1 << 16


class _Corrupt(Exception):
    """The archive's bytes end early or are not what they claim (not an EOFError on purpose:
    warcio takes an EOFError while parsing a record header for a clean end of file)."""


class _Chain:
    """A read-only stream: ``head`` and then the rest of ``fh``."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self._head = head
        self._fh = fh

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._fh.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            if len(data) < size:
                data += self._fh.read(size - len(data))
            return data
        return self._fh.read(size)

    def close(self) -> None:
        """Leave the caller's stream open; the caller closes it."""


class _Gunzip:
    """A gunzipping stream that raises :class:`_Corrupt` on a truncated or bad gzip stream.

    The error is raised only once everything before it has been returned, so the records
    before a truncation are still read.
    """

    def __init__(self, raw: _Chain):
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[arg-type]
        self._error: _Corrupt | None = None

    def read(self, size: int = -1) -> bytes:
        if self._error is not None:
            raise self._error
        want = size if size is not None and size >= 0 else 1 << 62
        parts: list[bytes] = []
        got = 0
        while got < want:
            try:
                chunk = self._gz.read1(min(want - got, _BLOCK))
            except EOFError as exc:
                self._error = _Corrupt(f"the gzip stream ends early ({exc})")
                break
            except (gzip.BadGzipFile, zlib.error, OSError) as exc:
                self._error = _Corrupt(f"the gzip stream is corrupt ({exc})")
                break
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        if not parts and self._error is not None:
            raise self._error
        return b"".join(parts)

    def close(self) -> None:
        self._gz.close()


class _Records(ArchiveIterator):
    """warcio's iterator, but a record that ends inside its headers is corrupt, not the end."""

    def _next_record(self, next_line: bytes | None) -> Any:
        try:
            return super()._next_record(next_line)
        except EOFError:
            # A clean end of file reads nothing; here a record had begun.
            if next_line or (self.record is None and self.fh.tell() > 0):
                raise _Corrupt("a record ends inside its headers") from None
            raise


def _open(fh: BinaryIO) -> _Chain | _Gunzip:
    head = fh.read(2)
    chain = _Chain(head, fh)
    return _Gunzip(chain) if head == b"\x1f\x8b" else chain


def _drain(stream: Any) -> None:
    while stream.read(_BLOCK):
        pass


def _read_body(record: Any, cap: int) -> bytes | None:
    """The record's payload (HTTP body, transfer- and content-decoded), or None past ``cap``."""
    stream = record.content_stream()
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_BLOCK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            _drain(stream)
            return None
        chunks.append(chunk)


def _check_complete(record: Any, number: int) -> None:
    """Raise :class:`_Corrupt` if the record has fewer bytes than its Content-Length."""
    _drain(record.raw_stream)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise _Corrupt(f"record {number} is cut short: {missing:,} of its bytes are missing")


def _check_headers(record: Any, number: int) -> None:
    """Raise :class:`_Corrupt` unless the record has a type and a valid Content-Length."""
    length = record.rec_headers.get_header("Content-Length")
    if not record.rec_type:
        raise _Corrupt(f"record {number} has no WARC-Type")
    if length is None or not length.strip().isdigit():
        raise _Corrupt(f"record {number} has no valid Content-Length ({length!r})")
    if int(length) > _MAX_RECORD:
        raise _Corrupt(f"record {number} claims a Content-Length of {int(length):,} bytes, beyond any "
                       "real record")


#: A Content-Length beyond this (1 TB) is corrupt: no real record is that large, and such
#: values overflow the readers.
_MAX_RECORD = 1 << 40


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _page(record: Any) -> tuple[bool, str]:
    """Whether a record is an HTML page to read, and why not when it is not."""
    kind = record.rec_type
    if kind == "response":
        headers = record.http_headers
        if headers is None:
            return False, "a response without HTTP headers"
        status = headers.get_statuscode()
        media = _media_type(headers.get_header("Content-Type"))
        if status != "200":
            return False, f"status {status}"
        if media not in HTML_TYPES:
            return False, f"content type {media or 'missing'}"
        return True, ""
    if kind == "resource":
        media = _media_type(record.rec_headers.get_header("Content-Type"))
        if media in HTML_TYPES:
            return True, ""
        return False, f"a {media or 'untyped'} resource"
    return False, f"a {kind} record"


def read(source: str, fh: BinaryIO, config: StorylineConfig) -> Iterator[RawDocument | Rejected]:
    """Stream a WARC (or ARC, gzipped or not) and yield its HTML pages as raw documents.

    Args:
        source: the archive's label (its path).
        fh: the archive, opened in binary mode; it is read once, front to back.
        config: ``max_input_bytes`` caps one record's body.

    Yields:
        A raw document per HTML page, a ``too_large`` reject per oversized page, and at the
        end a ``corrupt_warc`` reject if the archive is truncated or corrupt, an ``empty``
        one if it holds no record, or ``no_html`` if no record is an HTML page.
    """
    cap = config.max_input_bytes
    number = 0
    finished = 0
    produced = 0
    pages = 0
    try:
        stream = _open(fh)
        records = _Records(stream, arc2warc=True)
        for record in records:
            number += 1
            member = f"record {number}"
            _check_headers(record, number)
            wanted, why = _page(record)
            if not wanted:
                log.debug("%s %s: skipped, %s", source, member, why)
                _check_complete(record, number)
                finished = number
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            body = _read_body(record, cap)
            _check_complete(record, number)
            finished = number
            produced += 1
            if body is None:
                yield reject(f"{source} ({member})", "too_large",
                             f"the page {url} is larger than max_input_bytes ({cap:,} bytes); "
                             "raise the setting to read it")
                continue
            hints = {"url": url} if url else {}
            pages += 1
            yield make_raw(source, "warc", body, "html", member=member, hints=hints)
    except (_Corrupt, ArchiveLoadFailed, StatusAndHeadersParserException,
            # what warcio raises on some malformed headers, e.g. a response without a URI
            ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError, EOFError,
            OSError, zlib.error) as exc:
        reached = finished + 1
        yield reject(source, "corrupt_warc",
                     f"the archive is truncated or corrupt at record {reached} ({exc}); "
                     f"the {pages} page(s) before it were read")
        return
    if number == 0:
        yield reject(source, "empty", "the archive holds no records")
    elif produced == 0:
        yield reject(source, "no_html",
                     f"none of the archive's {number} records is an HTML page with status 200")
