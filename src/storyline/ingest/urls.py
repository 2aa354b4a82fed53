"""URL-list reader: one URL per line; each is fetched and becomes a raw document.

Blank lines and ``#`` comments are ignored; a line that is not an ``http(s)`` URL is
rejected (``bad_url``) with its line number, and a URL listed twice is fetched once. A
fetched HTML page becomes an ``html`` raw document and a ``text/plain`` one a ``text``
document, both of format ``url`` with the final URL (after redirects) as the ``url`` hint.
A fetched RSS/Atom feed (by content type, or sniffed) is expanded by
:func:`storyline.ingest.feeds.read`. A failed fetch is a reject carrying the
:class:`~storyline.errors.FetchError` reason (``blocked_address``, ``robots``, ``http_404``...).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

from storyline.config import StorylineConfig
from storyline.errors import FetchError
from storyline.ingest.feeds import read as read_feed
from storyline.ingest.base import reject
from storyline.ingest.fetch import Fetcher
from storyline.ingest.pages import document_from_fetch, is_feed
from storyline.model import RawDocument, Rejected

__all__ = ["document_from_fetch", "is_feed", "parse_list", "read"]

log = logging.getLogger(__name__)


def _is_http_url(line: str) -> bool:
    if any(ch.isspace() for ch in line):
        return False
    try:
        parts = urlsplit(line)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def parse_list(source: str, data: bytes) -> Iterator[tuple[int, str] | Rejected]:
    """The URLs of a URL list with their 1-based line numbers, or rejects for bad lines.

    Args:
        source: the list's label, used in rejects (``urls.txt (line 3)``).
        data: the list's bytes (UTF-8; invalid bytes make the line a ``bad_url``).
    """
    seen: set[str] = set()
    text = data.decode("utf-8-sig", errors="replace")
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_http_url(line):
            shown = line if len(line) <= 80 else line[:77] + "..."
            yield reject(f"{source} (line {number})", "bad_url",
                         f"{shown!r} is not an http(s) URL; a URL list holds one URL per line, "
                         "with # for comments")
            continue
        if line in seen:
            log.debug("%s line %d: %s listed again, skipped", source, number, line)
            continue
        seen.add(line)
        yield number, line


def read(
    source: str,
    data: bytes,
    config: StorylineConfig,
    *,
    fetcher: Fetcher | None = None,
) -> Iterator[RawDocument | Rejected]:
    """Fetch every URL of a URL list and yield its raw documents, or rejects with reasons.

    Args:
        source: the list's label (its path, or the URL itself for a single URL).
        data: the list's bytes: one URL per line, ``#`` comments and blank lines ignored.
        config: the run's settings (the fetch settings, when no ``fetcher`` is given).
        fetcher: the fetcher to use; default: one built from ``config``, closed at the end.

    Yields:
        A raw document per fetched page (several per fetched feed), a reject per bad line
        or failed fetch.
    """
    own = fetcher is None
    active = Fetcher(config) if fetcher is None else fetcher
    try:
        for item in parse_list(source, data):
            if isinstance(item, Rejected):
                yield item
                continue
            _number, url = item
            try:
                result = active.fetch(url)
            except FetchError as exc:
                log.info("%s: not fetched (%s)", url, exc.reason)
                yield reject(url, exc.reason, str(exc))
                continue
            if is_feed(result):
                yield from read_feed(url, result.content, config, fetcher=active)
            else:
                yield document_from_fetch(result)
    finally:
        if own:
            active.close()
