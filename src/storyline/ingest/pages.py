"""A fetched response as a raw document: what the URL-list and feed readers share.

:func:`document_from_fetch` turns a fetched page into an ``html`` or ``text`` raw document
(format ``url``, the final URL as its ``url`` hint), or a reject for what is not a page;
:func:`is_feed` tells a fetched RSS/Atom feed (by content type, else sniffed).
"""

from __future__ import annotations

from storyline.ingest.base import looks_binary, make_raw, reject, sniff_format
from storyline.ingest.fetch import FetchResult
from storyline.model import RawDocument, Rejected

__all__ = ["document_from_fetch", "is_feed"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                         "application/feed+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})


def is_feed(result: FetchResult) -> bool:
    """True when a fetched response is an RSS/Atom feed (by content type, else sniffed)."""
    media = result.media_type
    if media in _FEED_TYPES:
        return True
    if media in _HTML_TYPES or media == "text/plain":
        return False
    return sniff_format("", result.content[:1024]) == "rss"


def document_from_fetch(result: FetchResult,
                        hints: dict[str, str] | None = None) -> RawDocument | Rejected:
    """The raw document of a fetched page (format ``url``), or a reject for what is not a page.

    Args:
        result: the fetched response.
        hints: metadata already known (e.g. from a feed entry); ``url`` is set to the final URL.
    """
    hints = {**(hints or {}), "url": result.final_url}
    content = result.content
    if not content.strip():
        return reject(result.url, "empty", f"{result.final_url} answered with an empty body")
    media = result.media_type
    if is_feed(result):
        return reject(result.url, "unsupported_type",
                      f"{result.final_url} is a feed, not a page; list the feed's URL itself")
    if media in _HTML_TYPES:
        return make_raw(result.url, "url", content, "html", hints=hints)
    if media == "text/plain":
        return make_raw(result.url, "url", content, "text", hints=hints)
    if media and media not in _XML_TYPES and media != "application/octet-stream":
        return reject(result.url, "unsupported_type",
                      f"{result.final_url} is {media}, not an HTML or text page")
    if looks_binary(content):
        return reject(result.url, "binary",
                      f"{result.final_url} sent binary data ({media or 'no content type'})")
    kind = "html" if sniff_format("", content[:1024]) == "html" else "text"
    return make_raw(result.url, "url", content, kind, hints=hints)
