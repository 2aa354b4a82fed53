"""RSS/Atom reader: each feed entry becomes a raw document, or its linked page is fetched.

An entry's own body (``content:encoded``, Atom ``content``, else a ``summary`` long enough to
be the article, :data:`MIN_BODY_CHARS` characters of text) is wrapped as a minimal HTML
document of format ``rss`` with ``member="entry N"`` (1-based). An entry with no body of its
own has its link fetched when a :class:`~storyline.ingest.fetch.Fetcher` is given, and is
rejected as ``no_text`` otherwise. Every document carries the feed's metadata as hints:
``title``, ``url``, ``published``, ``updated``, ``author`` and ``outlet`` (the feed's title).
On a fetched page the entry's ``title`` and the feed's title only fill what the page does
not state itself (:data:`~storyline.ingest.base.FILL_ONLY_HINT`): the headline and site name
its meta tags state win (a title read only from its ``<title>`` or ``<h1>`` does not), and the
cleaner notes the feed's value it did not use.

Input that is not a feed (not XML, an HTML page) is one reject, ``not_a_feed``. feedparser is
always handed a stream, never a string: given a string it would open it as a file name or URL.
"""

from __future__ import annotations

import html
import io
import logging
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import feedparser

from storyline.config import StorylineConfig
from storyline.dates import struct_time_iso
from storyline.errors import FetchError
from storyline.ingest.base import FILL_ONLY_HINT, HTML_TYPES, make_raw, reject
from storyline.ingest.pages import document_from_fetch
from storyline.model import RawDocument, Rejected

if TYPE_CHECKING:
    from storyline.ingest.fetch import Fetcher

__all__ = ["MIN_BODY_CHARS", "entry_hints", "read"]

log = logging.getLogger(__name__)

#: The least text (tags stripped) a summary needs to count as the entry's body.
MIN_BODY_CHARS = 400

_TAG = re.compile(r"<[^>]*>")
_WS = re.compile(r"\s+")


def _text_length(value: str) -> int:
    return len(_WS.sub(" ", html.unescape(_TAG.sub(" ", value))).strip())


def _as_html(value: str, mime: str) -> str:
    """A body fragment as HTML: HTML bodies as they are, plain text escaped into paragraphs."""
    if mime in HTML_TYPES or "html" in mime:  # also feedparser's short "html", "xhtml"
        return value
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _body(entry: Any) -> str | None:
    """The entry's own article body as HTML, or None when it has none worth cleaning."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        best = max(contents, key=lambda c: _text_length(c["value"]))
        if _text_length(best["value"]) >= MIN_BODY_CHARS:
            return _as_html(best["value"], (best.get("type") or "text/html").lower())
    summary = entry.get("summary", "")
    if summary and _text_length(summary) >= MIN_BODY_CHARS:
        mime = (entry.get("summary_detail", {}).get("type") or "text/html").lower()
        return _as_html(summary, mime)
    return None


def entry_hints(entry: Any, outlet: str | None) -> dict[str, str]:
    """The metadata hints of one feed entry (only the keys that have a value).

    ``published`` falls back to the entry's updated date; ``updated`` is set when it differs.
    Dates are ISO 8601 in UTC when feedparser could parse them, else the feed's own string.
    """
    # dict.get, not entry.get: feedparser's own get maps a missing "updated" to "published".
    published = struct_time_iso(dict.get(entry, "published_parsed"), dict.get(entry, "published"))
    updated = struct_time_iso(dict.get(entry, "updated_parsed"), dict.get(entry, "updated"))
    # feedparser mangles the name in author_detail for "mail@host (Name)"; its author is right.
    author = entry.get("author") or (entry.get("author_detail") or {}).get("name")
    hints = {
        "title": _WS.sub(" ", html.unescape(_TAG.sub(" ", entry.get("title", "")))).strip(),
        "url": entry.get("link", ""),
        "published": published or updated,
        "updated": updated if published and updated != published else None,
        "author": author,
        "outlet": outlet,
    }
    return {k: str(v).strip() for k, v in hints.items() if v and str(v).strip()}


def _document(title: str, url: str, body: str) -> bytes:
    head = f"<title>{html.escape(title)}</title>" if title else ""
    if url:
        head += f'<link rel="canonical" href="{html.escape(url, quote=True)}">'
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{head}</head>\n'
            f"<body><article>\n{body}\n</article></body></html>\n").encode("utf-8")


def read(
    source: str,
    data: bytes,
    config: StorylineConfig,
    *,
    fetcher: Fetcher | None = None,
    select: Callable[[int, Any], bool] | None = None,
) -> Iterator[RawDocument | Rejected]:
    """Read an RSS or Atom feed and yield a raw document (or a reject) per entry.

    Args:
        source: the feed's label (path or URL); relative links resolve against a URL.
        data: the feed's bytes.
        config: the run's settings (unused today; kept for the reader signature).
        fetcher: fetches the linked page of an entry without a body; without one such an
            entry is rejected as ``no_text``.
        select: when given, only the entries for which ``select(number, entry)`` is true
            are read (``storyline watch`` reads the entries it has not seen).

    Yields:
        One item per entry, or a single reject (``not_a_feed``, ``empty_feed``).
    """
    headers = {"content-location": source} if source.startswith(("http://", "https://")) else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = parsed.get("entries", [])
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            why = f" ({problem})" if problem else ""
            yield reject(source, "not_a_feed",
                         f"not an RSS or Atom feed: it is not well-formed XML or has no feed "
                         f"elements{why}; check that the file or URL is the feed itself")
        else:
            yield reject(source, "empty_feed",
                         f"a {parsed.get('version')} feed with no entries; nothing to ingest")
        return
    if parsed.get("bozo"):
        log.debug("%s: feed is not well-formed (%s), read leniently", source,
                  parsed.get("bozo_exception"))
    outlet = parsed.get("feed", {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        if select is not None and not select(number, entry):
            continue
        member = f"entry {number}"
        hints = entry_hints(entry, outlet)
        body = _body(entry)
        if body is not None:
            document = _document(hints.get("title", ""), hints.get("url", ""), body)
            yield make_raw(source, "rss", document, "html", member=member, hints=hints)
            continue
        link = hints.get("url")
        if not link:
            yield reject(f"{source} ({member})", "no_text",
                         "the entry has no text of its own and no link to fetch")
            continue
        if fetcher is None:
            yield reject(f"{source} ({member})", "no_text",
                         f"the entry has no text of its own; to ingest the linked page {link}, "
                         "fetch the feed by URL, list the link in a URL list, or allow fetching")
            continue
        yield _fetch_entry(fetcher, link, hints)


def _fetch_entry(fetcher: Fetcher, link: str, hints: dict[str, str]) -> RawDocument | Rejected:
    try:
        result = fetcher.fetch(link)
    except FetchError as exc:
        log.info("%s: not fetched (%s)", link, exc.reason)
        return reject(link, exc.reason, str(exc))
    return document_from_fetch(result, {**hints, FILL_ONLY_HINT: "title,outlet"})
