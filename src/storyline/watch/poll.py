"""Polling one source, and when each source is polled next.

:func:`poll_source` reads one source and returns what is new in it, without writing
anything: raw documents of the feed entries not seen before (or whose content changed),
the pages of URLs newly listed (the entries not read before of a listed feed), the files
of a folder that are new or changed. An entry or URL whose fetch failed for a while
(:data:`TRANSIENT`) is left unread, and the source's validators are dropped, so that the next
poll tries it again; it is given up (read, with its reason) once it has failed for
``watch_retry_for`` seconds, so that one dead link does not have its feed read in full at
every poll for ever. A URL is
fetched with a conditional request (``If-None-Match`` / ``If-Modified-Since`` from the last
answer), and a ``304 Not Modified`` costs nothing more; a local file or folder is compared
by size and modification time. The fetcher is the safe, polite one of
:mod:`storyline.ingest.fetch` (public addresses only unless ``allow_private``, robots.txt,
a rate limit per host, retries on 429 and 5xx). What the poll read is marked seen only
after it is stored (:mod:`storyline.watch.cycle`), so a crash in between reads it again.

:func:`schedule` says when a source is due next: after its interval when the poll went
well; after a back-off that doubles with each failure in a row (up to
``watch_max_backoff``) when it failed; both moved by a random jitter of up to
``watch_jitter`` of the wait, so that many sources do not fall due at the same second.
:func:`due` picks the sources due now, at most ``watch_per_host`` per host in one cycle.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from storyline.config import StorylineConfig
from storyline.errors import FetchError
from storyline.ingest import feeds, iter_files
from storyline.ingest.base import reject, sniff_format
from storyline.ingest.urls import document_from_fetch, is_feed, parse_list
from storyline.model import Rejected
from storyline.watch.sources import Source

__all__ = ["PollResult", "TRANSIENT", "due", "entry_key", "poll_source", "schedule"]

#: Fetch failures worth trying again at the next poll (the others are final for that entry).
#: ``blocked_address`` is one: it follows from a setting (``allow_private``), and a watch
#: run again with ``--allow-private`` must read the entries an earlier run refused.
TRANSIENT = frozenset({"timeout", "connect", "network", "dns", "robots", "blocked_address", "http_429",
                       "http_500", "http_502", "http_503", "http_504"})


@dataclass(slots=True)
class PollResult:
    """What one poll of a source found.

    Attributes:
        source: the source (its state not yet updated).
        status: ``new`` (something to read), ``not_modified`` (304, or the file did not
            change), ``unchanged`` (read, nothing new) or ``error``.
        items: what the ingest reads: raw documents, rejects, and paths of files.
        seen: (key, digest) of each entry to mark seen once the items are stored.
        gone: keys of entries no longer in the source.
        etag, last_modified: the validators to send next time; none when an entry or URL
            is left to retry (:data:`TRANSIENT`), so that the next poll reads the source in
            full and retries it even when the source has not changed.
        error: why the poll failed (``status == "error"``).
        seconds: how long the poll took (fetching and reading).
    """

    source: Source
    status: str
    items: list[Any] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    etag: str = ""
    last_modified: str = ""
    error: str = ""
    seconds: float = 0.0
    pending: bool = False


#: The digest kept for an entry left to retry: ``pending:`` and when it first failed.
PENDING = "pending:"


def _settle(result: PollResult, key: str, item: Any, old: tuple[str, str | None] | None,
            config: StorylineConfig, now: float, done: str) -> bool:
    """Record what a poll read of one entry (``item``: its document, or its reject) and mark
    the entry read with ``done``, the digest a read entry gets; returns whether it is left to
    retry instead. An entry whose fetch failed for a while (:data:`TRANSIENT`) stays pending
    (retried at the next poll) until it has failed for ``watch_retry_for`` seconds since its
    first failure, and is then given up: marked read with ``done``, so that it is not fetched
    again unless it changes, its reject saying so. An address refused for a setting
    (``blocked_address``) is never given up: it waits for ``--allow-private``."""
    if not (isinstance(item, Rejected) and item.reason in TRANSIENT):
        result.seen.append((key, done))  # read, or failed for good: not fetched again
        result.items.append(item)
        return False
    since = now
    if old is not None and old[0].startswith(PENDING):
        try:
            since = min(float(old[0][len(PENDING):]), now)
        except ValueError:
            pass
    if item.reason == "blocked_address" or now - since < config.watch_retry_for:
        result.seen.append((key, f"{PENDING}{since:.0f}"))
        result.items.append(item)
        result.pending = True
        return True
    result.seen.append((key, done))
    hours = (now - since) / 3600
    result.items.append(replace(item, detail=f"{item.detail} (given up: it failed at every poll for "
                                             f"{hours:.1f} hours)"))
    return False


def _is_read(seen: dict[str, tuple[str, str | None]], key: str) -> bool:
    """Whether ``key`` was read (or given up), not merely left pending."""
    old = seen.get(key)
    return old is not None and not old[0].startswith(PENDING)


def entry_key(entry: Any) -> str:
    """A feed entry's identity: its id (guid), else its link, else its title."""
    for name in ("id", "link", "title"):
        value = entry.get(name)
        if value:
            return f"{name}:{value}"
    return "entry:" + hashlib.sha256(json.dumps(entry, sort_keys=True, default=str).encode()).hexdigest()


def _entry_digest(entry: Any) -> str:
    parts = [entry.get("title", ""), entry.get("link", ""), dict.get(entry, "updated", ""),
             dict.get(entry, "published", ""), entry.get("summary", ""),
             [c.get("value", "") for c in entry.get("content", [])]]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _file_digest(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _read_feed(source: str, data: bytes, seen: dict[str, tuple[str, str | None]], config: StorylineConfig,
               fetcher: Any, result: PollResult, now: float) -> None:
    """The entries of a feed not seen before (or changed) into ``result``."""
    present: set[str] = set()
    picked: list[tuple[str, str]] = []

    def select(_number: int, entry: Any) -> bool:
        key = entry_key(entry)
        if key in present:
            return False  # the same entry twice in one feed
        present.add(key)
        digest = _entry_digest(entry)
        old = seen.get(key)
        if old is not None and old[0] == digest:
            return False
        picked.append((key, digest))
        return True

    items = list(feeds.read(source, data, config, fetcher=fetcher, select=select))
    if not picked and len(items) == 1 and isinstance(items[0], Rejected) and not present:
        if items[0].reason == "empty_feed":
            result.status = "unchanged"
            return
        raise _PollError(f"{items[0].reason}: {items[0].detail}")
    for (key, digest), item in zip(picked, items, strict=True):
        _settle(result, key, item, seen.get(key), config, now, digest)
    result.gone = [k for k, (_, gone_at) in seen.items() if gone_at is None and k not in present]
    result.status = "new" if result.items else "unchanged"
    _retry_pending(result)


def _read_url_list(source: str, data: bytes, seen: dict[str, tuple[str, str | None]], config: StorylineConfig,
                   fetcher: Any, result: PollResult, now: float) -> None:
    listed = set()
    for item in parse_list(source, data):
        if isinstance(item, Rejected):
            continue  # a bad line is reported once, when it is first listed (below)
        _, url = item
        key = f"url:{url}"
        listed.add(key)
        if _is_read(seen, key):
            continue
        try:
            fetched = fetcher.fetch(url)
        except FetchError as exc:
            _settle(result, key, reject(url, exc.reason, str(exc)), seen.get(key), config, now, exc.reason)
            continue
        if is_feed(fetched):
            if _read_listed_feed(url, fetched.content, seen, config, fetcher, result, now):
                continue  # an entry is left to retry: so is the URL, at the next poll
        else:
            result.items.append(document_from_fetch(fetched))
        result.seen.append((key, "fetched"))
    result.gone = [k for k, (_, gone_at) in seen.items() if gone_at is None and _listed_as(k) not in listed]
    result.status = "new" if result.items else "unchanged"
    _retry_pending(result)


def _listed_as(key: str) -> str:
    """The key of the URL-list line a seen key belongs to: an entry of a listed feed
    (``in:URL ENTRY``) belongs to its feed's URL (``url:URL``)."""
    return "url:" + key[3:].split(" ", 1)[0] if key.startswith("in:") else key


def _read_listed_feed(url: str, data: bytes, seen: dict[str, tuple[str, str | None]], config: StorylineConfig,
                      fetcher: Any, result: PollResult, now: float) -> bool:
    """The entries not read before of a feed a URL list names, into ``result``; each entry
    read is marked seen (``in:URL ENTRY``). Returns whether an entry is left to retry
    (:data:`TRANSIENT`): the URL is then not marked read, so that the next poll reads the
    feed again and fetches only the entries still unread."""
    picked: list[str] = []

    def select(_number: int, entry: Any) -> bool:
        key = f"in:{url} {entry_key(entry)}"
        if _is_read(seen, key) or key in picked:
            return False
        picked.append(key)
        return True

    items = list(feeds.read(url, data, config, fetcher=fetcher, select=select))
    if not picked:  # no entry unread: nothing, or one reject of the whole feed (not a feed, empty)
        result.items.extend(items)
        return False
    pending = False
    for key, item in zip(picked, items, strict=True):
        pending = _settle(result, key, item, seen.get(key), config, now, "fetched") or pending
    return pending


def _retry_pending(result: PollResult) -> None:
    """Drop the validators when something read is left to retry: a ``304 Not Modified`` (or
    an unchanged file) would otherwise keep it waiting until the source changes."""
    if result.pending:
        result.etag = result.last_modified = ""


class _PollError(Exception):
    """A poll that failed as a whole (the source is not a feed any more, cannot be read)."""


def _poll_url(src: Source, seen: dict[str, tuple[str, str | None]], config: StorylineConfig, fetcher: Any,
              result: PollResult, now: float) -> None:
    fetched = fetcher.fetch(src.spec, etag=src.etag, last_modified=src.last_modified)
    result.etag, result.last_modified = fetched.etag, fetched.last_modified
    if fetched.status == 304:
        result.status = "not_modified"
        return
    if is_feed(fetched):
        _read_feed(src.spec, fetched.content, seen, config, fetcher, result, now)
        return
    digest = hashlib.sha256(fetched.content).hexdigest()[:32]
    key = f"page:{src.spec}"
    if seen.get(key, ("", None))[0] == digest:
        result.status = "unchanged"
        return
    result.items.append(document_from_fetch(fetched))
    result.seen.append((key, digest))
    result.status = "new"


def _poll_file(src: Source, seen: dict[str, tuple[str, str | None]], config: StorylineConfig, fetcher: Any,
               result: PollResult, now: float) -> None:
    path = Path(src.spec)
    digest = _file_digest(path)
    result.etag = digest
    if digest == src.etag:
        result.status = "not_modified"
        return
    data = path.read_bytes()
    fmt = sniff_format(path.name, data[:1024])
    if fmt == "rss":
        _read_feed(str(path), data, seen, config, fetcher, result, now)
    elif fmt == "urls":
        _read_url_list(str(path), data, seen, config, fetcher, result, now)
    else:  # an article file: the ingest reads it (bytes already stored are skipped there)
        result.items.append(str(path))
        result.status = "new"


def _poll_folder(src: Source, seen: dict[str, tuple[str, str | None]], result: PollResult) -> None:
    present = set()
    for file in iter_files(src.spec):
        key = str(file)
        present.add(key)
        digest = _file_digest(file)
        if seen.get(key, ("", None))[0] != digest:
            result.items.append(key)
            result.seen.append((key, digest))
    result.gone = [k for k, (_, gone_at) in seen.items() if gone_at is None and k not in present]
    result.status = "new" if result.items else "unchanged"


def poll_source(src: Source, seen: dict[str, tuple[str, str | None]], config: StorylineConfig,
                fetcher: Any, now: float | None = None) -> PollResult:
    """Poll one source; never raises for a source that fails (the result says why).

    Args:
        src: the source and its last validators.
        seen: its entries already read (:func:`storyline.watch.sources.seen_of`).
        config: the settings (reader caps).
        fetcher: a :class:`~storyline.ingest.fetch.Fetcher` (or one with its ``fetch``).
        now: the time of the poll (seconds since the epoch; the clock by default), which
            decides when an entry that keeps failing is given up.
    """
    now = time.time() if now is None else now
    result = PollResult(src, "error", etag=src.etag, last_modified=src.last_modified)
    started = time.perf_counter()
    try:
        if src.kind == "url":
            _poll_url(src, seen, config, fetcher, result, now)
        elif src.kind == "folder":
            _poll_folder(src, seen, result)
        else:
            _poll_file(src, seen, config, fetcher, result, now)
    except FetchError as exc:
        result.status, result.error = "error", f"{exc.reason}: {exc}"
    except _PollError as exc:
        result.status, result.error = "error", str(exc)
    except OSError as exc:
        result.status, result.error = "error", f"unreadable: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - one source's bug never stops the others
        import logging

        logging.getLogger(__name__).error("polling %s failed", src.spec, exc_info=exc)
        result.status, result.error = "error", f"failed: {type(exc).__name__}: {exc}"
    if result.status == "error":
        result.items, result.seen, result.gone = [], [], []
    result.seconds = time.perf_counter() - started
    return result


def schedule(src: Source, now: float, *, ok: bool, config: StorylineConfig,
             rng: random.Random | Callable[[], float] | None = None) -> float:
    """When ``src`` is due next (seconds since the epoch), after a poll at ``now``.

    A good poll waits the interval; the n-th failure in a row waits ``interval * 2**(n-1)``,
    at most ``watch_max_backoff`` (never less than the interval). The wait moves by a
    random fraction of at most ``watch_jitter`` either way.
    """
    if ok:
        wait = src.interval
    else:
        wait = min(src.interval * 2 ** max(src.failures - 1, 0), max(config.watch_max_backoff, src.interval))
    draw = rng.random() if isinstance(rng, random.Random) else (rng() if rng else random.random())
    return now + wait * (1 + config.watch_jitter * (2 * draw - 1))


def due(sources: list[Source], now: float, *, per_host: int,
        every_cycle: bool = False) -> tuple[list[Source], list[Source]]:
    """The sources due at ``now`` (soonest first), at most ``per_host`` of one host; and
    those due but left to the next cycle by that limit. Local files have no limit.

    With ``every_cycle`` (``watch --once``: cron or a timer sets the pace) every source is
    due except one backing off after a failure.
    """
    picked, deferred = [], []
    count: dict[str, int] = {}
    for src in sorted(sources, key=lambda s: (s.next_due, s.spec)):
        if src.next_due > now and not (every_cycle and src.failures == 0):
            continue
        host = src.host
        if host and count.get(host, 0) >= per_host:
            deferred.append(src)
            continue
        count[host] = count.get(host, 0) + 1
        picked.append(src)
    return picked, deferred
