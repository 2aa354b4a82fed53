"""What every reader shares: making raw documents and rejects, sniffing, capped reads.

A *reader* is a module of this package with a function
``read(source: str, data: bytes, config: StorylineConfig, ...) -> Iterator[RawDocument | Rejected]``
(the WARC reader takes an open file instead, to stream): it turns one input into raw
documents (several for a container such as JSONL, a feed or a WARC) and rejects what it
cannot use, with a reason, without raising. See "Recipe: add a reader" in
docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zlib
from typing import BinaryIO, Literal

from storyline.model import Provenance, RawDocument, Rejected

__all__ = [
    "FEED_TYPES",
    "FILL_ONLY_HINT",
    "HTML_TYPES",
    "STAGE",
    "XML_TYPES",
    "TooLarge",
    "looks_binary",
    "make_raw",
    "read_capped",
    "reject",
    "sniff_format",
]

STAGE = "ingest"

#: The hint naming (comma-separated) the hints that only fill what the page does not state:
#: a feed's entry title and feed title yield to a fetched page's own title and site name.
FILL_ONLY_HINT = "fill_only"

#: Content types read as HTML pages (a web archive's records, a fetched page).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Content types of RSS and Atom feeds.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/feed+xml"})
#: Generic XML, which may be a feed or a page (sniffed).
XML_TYPES = frozenset({"application/xml", "text/xml"})


def reject(source: str, reason: str, detail: str) -> Rejected:
    """A reject of the ingest stage."""
    return Rejected(source=source, stage=STAGE, reason=reason, detail=detail)


def make_raw(
    source: str,
    fmt: str,
    data: bytes,
    kind: Literal["html", "text"],
    *,
    member: str = "",
    hints: dict[str, str] | None = None,
) -> RawDocument:
    """A raw document with its provenance (the SHA-256 of ``data``)."""
    prov = Provenance(source=source, format=fmt, sha256=hashlib.sha256(data).hexdigest(),
                      member=member)
    return RawDocument(provenance=prov, data=data, kind=kind, hints=dict(hints or {}))


class TooLarge(Exception):
    """Raised by :func:`read_capped` when an input exceeds the size cap."""


def read_capped(fh: BinaryIO, cap: int) -> bytes:
    """Read all of ``fh``, transparently gunzipping, but never more than ``cap`` bytes.

    The cap applies to the expanded size, so a decompression bomb stops at ``cap``.

    Raises:
        TooLarge: the (expanded) input is larger than ``cap``.
        EOFError, gzip.BadGzipFile, zlib.error: a truncated or corrupt gzip stream.
    """
    head = fh.read(2)
    rest: BinaryIO = fh
    if head == b"\x1f\x8b":
        raw = io.BufferedReader(_Prefixed(head, fh))  # type: ignore[arg-type]
        rest = gzip.GzipFile(fileobj=raw)
        head = b""
    chunks = [head]
    size = len(head)
    while True:
        chunk = rest.read(1 << 20)
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            raise TooLarge(size)
        chunks.append(chunk)
    return b"".join(chunks)


class _Prefixed(io.RawIOBase):
    """A raw stream that yields ``prefix`` and then the rest of ``fh``."""

    def __init__(self, prefix: bytes, fh: BinaryIO):
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._fh.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)

_TEXT_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))


#: The share of NUL bytes up to which a text is still text (a stray NUL left by a scraper;
#: two at least, whatever its length).
STRAY_NULS = 0.002


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KiB look like binary data rather than text in any encoding."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is text
        return False
    if b"\x00" in sample:
        # UTF-16 without BOM has a NUL every other byte; a stray NUL or two in text (a
        # scraper's leftover) leaves it text; more NULs than that are binary.
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > len(sample) * 0.4 or even > len(sample) * 0.4:
            return False
        if odd + even > max(2, len(sample) * STRAY_NULS):
            return True
        sample = sample.replace(b"\x00", b"")
    controls = sum(1 for b in sample if b in _TEXT_CONTROL)
    return controls > len(sample) * 0.05


_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<div", b"<p>")


def sniff_format(name: str, head: bytes) -> str:
    """Guess an input's format from its name, then from its first bytes.

    Returns one of ``html``, ``text``, ``jsonl``, ``json``, ``rss``, ``warc``, ``urls``.
    """
    lower = name.lower()
    for suffix in (".gz",):
        if lower.endswith(suffix):
            lower = lower[: -len(suffix)]
    ext = lower.rsplit(".", 1)[-1] if "." in lower.rsplit("/", 1)[-1] else ""
    by_ext = {
        "html": "html", "htm": "html", "xhtml": "html",
        "txt": "text", "text": "text", "md": "text",
        "jsonl": "jsonl", "ndjson": "jsonl", "json": "json",
        "rss": "rss", "atom": "rss", "xml": "rss",
        "warc": "warc", "arc": "warc",
    }
    if ext in by_ext:
        fmt = by_ext[ext]
        if fmt == "text" and lower.rsplit("/", 1)[-1].startswith("urls"):
            return "urls"
        return fmt
    probe = head.lstrip()[:512].lower()
    if probe.startswith(b"warc/"):
        return "warc"
    if probe.startswith(b"<?xml") or probe.startswith(b"<rss") or probe.startswith(b"<feed"):
        if b"<rss" in probe or b"<feed" in probe or b"<rdf" in probe:
            return "rss"
        return "html"
    if any(marker in probe for marker in _HTML_MARKERS):
        return "html"
    if probe.startswith(b"["):
        return "json"
    if probe.startswith(b"{"):
        # One object per line is JSONL; an object spread over lines is one JSON document.
        first_line = head.lstrip().split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") else "json"
    return "text"
