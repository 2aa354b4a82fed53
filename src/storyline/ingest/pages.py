"""A fetched response as a raw document: a page (HTML or text), or a reject for what is not.

Both readers that fetch — URL lists (:mod:`storyline.ingest.urls`) and feeds whose entries
only link their text (:mod:`storyline.ingest.feeds`) — turn responses into documents here,
so neither imports the other for it.
"""

from __future__ import annotations

from storyline.ingest.base import FEED_TYPES, HTML_TYPES, XML_TYPES, looks_binary, make_raw, reject, sniff_format
from storyline.ingest.fetch import FetchResult
from storyline.model import RawDocument, Rejected

__all__ = ["document_from_fetch", "is_feed"]


def is_feed(result: FetchResult) -> bool:
    """True when a fetched response is an RSS/Atom feed (by content type, else sniffed)."""
    media = result.media_type
    if media in FEED_TYPES:
        return True
    if media in HTML_TYPES or media == "text/plain":
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
    if media in HTML_TYPES:
        return make_raw(result.url, "url", content, "html", hints=hints)
    if media == "text/plain":
        return make_raw(result.url, "url", content, "text", hints=hints)
    if media and media not in XML_TYPES and media != "application/octet-stream":
        return reject(result.url, "unsupported_type",
                      f"{result.final_url} is {media}, not an HTML or text page")
    if looks_binary(content):
        return reject(result.url, "binary",
                      f"{result.final_url} sent binary data ({media or 'no content type'})")
    kind = "html" if sniff_format("", content[:1024]) == "html" else "text"
    return make_raw(result.url, "url", content, kind, hints=hints)
