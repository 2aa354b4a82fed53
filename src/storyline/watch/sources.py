"""What ``storyline watch`` keeps in the store about its sources (migration 8).

A *source* is a feed URL or file, a URL list, a page URL or a folder, with its polling
interval, when it is due next, the validators of its last answer (``ETag`` and
``Last-Modified`` for a URL; size and modification time for a file), how many polls in a
row failed and the last error. The *seen* table holds, per source, the key and digest of
each feed entry, listed URL or folder file already read, so a cycle reads only what is new
or changed; an entry that leaves its feed is marked ``gone`` (its article stays).

Everything here is a few indexed queries; nothing reads articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyline.errors import ConfigError
from storyline.store.db import Store

__all__ = ["Source", "host_of", "listing", "load_sources", "mark_gone", "mark_seen", "parse_interval", "register",
           "remove", "save_source", "seen_of", "set_interval", "source_kind"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def parse_interval(text: str | float) -> float:
    """Seconds of an interval written ``90``, ``30s``, ``15m``, ``2h`` or ``1d``.

    Raises:
        ConfigError: not such an interval, or zero.
    """
    if isinstance(text, (int, float)):
        seconds = float(text)
    else:
        m = _INTERVAL.match(str(text))
        if not m:
            raise ConfigError(f"interval {text!r} is not valid; write a number with s, m, h or d (15m, 2h)")
        seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    if seconds <= 0:
        raise ConfigError(f"interval {text!r} must be longer than zero")
    return seconds


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def source_kind(spec: str) -> str:
    """``url``, ``folder`` or ``file`` (a feed, a URL list or an article file)."""
    if _is_url(spec):
        return "url"
    return "folder" if Path(spec).is_dir() else "file"


def host_of(spec: str) -> str:
    """The host a source is fetched from (``""`` for local files and folders)."""
    if not _is_url(spec):
        return ""
    try:
        return (urlsplit(spec).hostname or "").lower()
    except ValueError:
        return ""


def _normalised(spec: str) -> str:
    return spec if _is_url(spec) else str(Path(spec).expanduser().resolve())


@dataclass(slots=True)
class Source:
    """One watched source and its state (a row of ``watch_sources``)."""

    spec: str
    kind: str
    interval: float
    next_due: float
    added_at: str = ""
    last_poll: str | None = None
    last_ok: str | None = None
    last_status: str = ""
    etag: str = ""
    last_modified: str = ""
    failures: int = 0
    last_error: str = ""
    polls: int = 0
    active: int = 1

    @property
    def host(self) -> str:
        return host_of(self.spec)

    def record(self) -> dict[str, Any]:
        """The source as JSON for people: no validators."""
        return {"source": self.spec, "kind": self.kind, "interval": self.interval, "last_poll": self.last_poll,
                "last_ok": self.last_ok, "status": self.last_status, "failures": self.failures,
                "error": self.last_error}


_COLUMNS = ("spec", "kind", "interval", "next_due", "added_at", "last_poll", "last_ok", "last_status", "etag",
            "last_modified", "failures", "last_error", "polls", "active")


def register(store: Store, specs: list[str] | tuple[str, ...], interval: float, now: float) -> list[Source]:
    """Add sources to the watch list (due at once); a source already there keeps its state
    and takes the new interval. Returns the sources given, normalised (paths made absolute).

    Raises:
        ConfigError: a path that does not exist.
    """
    out = []
    with store.transaction() as conn:
        for spec in specs:
            if not _is_url(spec) and not Path(spec).exists():
                raise ConfigError(f"cannot watch {spec}: no such file or folder; give a feed URL, a feed or "
                                  "URL-list file, or a folder")
            spec = _normalised(spec)
            conn.execute("INSERT INTO watch_sources (spec, kind, interval, added_at, next_due) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (spec) DO UPDATE SET interval = excluded.interval, active = 1",
                         (spec, source_kind(spec), interval, now_iso(), now))
            out.append(spec)
    by_spec = {s.spec: s for s in load_sources(store)}
    return [by_spec[s] for s in out]


def set_interval(store: Store, interval: float, now: float) -> None:
    """Give every watched source ``interval``; one due later than ``now + interval`` (a longer
    interval before) is due then instead."""
    with store.transaction() as conn:
        conn.execute("UPDATE watch_sources SET interval = ?, next_due = min(next_due, ?) WHERE active = 1",
                     (interval, now + interval))


def load_sources(store: Store) -> list[Source]:
    """Every active source, the soonest due first."""
    rows = store.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM watch_sources WHERE active = 1 "
                              "ORDER BY next_due, spec")
    return [Source(**dict(r)) for r in rows]


def listing(store: Store) -> list[dict[str, Any]]:
    """``storyline sources``: every watched source as JSON for people (no validators), with
    when it is due next, how many of its entries were read (and have left it since), and
    how many failed for a passing reason and are retried at each poll."""
    counts = {r[0]: (r[1], r[2], r[3]) for r in store.conn.execute(
        "SELECT source, SUM(digest NOT LIKE 'pending:%'), COUNT(gone_at), SUM(digest LIKE 'pending:%') "
        "FROM watch_seen GROUP BY source")}
    out = []
    for src in sorted(load_sources(store), key=lambda s: s.spec):
        read, gone, retrying = counts.get(src.spec, (0, 0, 0))
        out.append({**src.record(), "next_due": datetime.fromtimestamp(src.next_due, UTC).isoformat(timespec="seconds"),
                    "added_at": src.added_at, "polls": src.polls, "read": read, "gone": gone,
                    "retrying": retrying})
    return out


def remove(store: Store, specs: list[str] | tuple[str, ...]) -> list[str]:
    """Stop watching sources (given as listed, or as a path, made absolute). What was read
    from them stays: their articles, and the entries seen, so that watching one again later
    reads only what is new. Returns the sources removed.

    Raises:
        ConfigError: a source that is not watched (nothing is removed then).
    """
    active = {s.spec for s in load_sources(store)}
    found, missing = [], []
    for spec in specs:
        key = spec if spec in active else _normalised(spec)
        if key in active:
            found.append(key)
        else:
            missing.append(spec)
    if missing:
        raise ConfigError(f"not watched: {', '.join(missing)}; list the watched sources with `storyline sources`")
    with store.transaction() as conn:
        conn.executemany("UPDATE watch_sources SET active = 0 WHERE spec = ?", [(s,) for s in found])
    return found


def save_source(conn: Any, src: Source) -> None:
    """Write a source's state back (inside the caller's transaction)."""
    conn.execute("UPDATE watch_sources SET next_due = ?, last_poll = ?, last_ok = ?, last_status = ?, etag = ?, "
                 "last_modified = ?, failures = ?, last_error = ?, polls = ? WHERE spec = ?",
                 (src.next_due, src.last_poll, src.last_ok, src.last_status, src.etag, src.last_modified,
                  src.failures, src.last_error, src.polls, src.spec))


def seen_of(store: Store, spec: str) -> dict[str, tuple[str, str | None]]:
    """The entries, URLs or files of a source already read: key -> (digest, gone_at)."""
    rows = store.conn.execute("SELECT key, digest, gone_at FROM watch_seen WHERE source = ?", (spec,))
    return {r[0]: (r[1], r[2]) for r in rows}


def mark_seen(conn: Any, spec: str, items: list[tuple[str, str]]) -> None:
    """Record entries read (key, digest), inside the caller's transaction."""
    now = now_iso()
    conn.executemany("INSERT INTO watch_seen (source, key, digest, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (source, key) DO UPDATE SET digest = excluded.digest, last_seen = excluded.last_seen, "
                     "gone_at = NULL", [(spec, k, d, now, now) for k, d in items])


def mark_gone(conn: Any, spec: str, keys: list[str]) -> None:
    """Record that entries left their source (their articles stay in the store)."""
    now = now_iso()
    conn.executemany("UPDATE watch_seen SET gone_at = ? WHERE source = ? AND key = ? AND gone_at IS NULL",
                     [(now, spec, k) for k in keys])
