"""A watch cycle, and the watch itself: poll what is due, ingest what is new, record changes.

One cycle (:func:`run_cycle`):

1. opens a cycle row holding the store's last article rowid, or takes up the cycle a
   crash left unfinished (its rowid still marks where its new articles start);
2. polls each source that is due (:mod:`storyline.watch.poll`); a failing source is
   recorded with its error and a back-off, and the others go on;
3. ingests every new document in one ingest run (:func:`_ingest`, the one place the
   watch calls the ingest chain: clean, store, duplicates, stories, figures);
4. only then saves each polled source's validators and seen entries, so a crash before
   reads them again and the ingest skips what it had already stored;
5. computes the changes of the stories the new articles joined
   (:mod:`storyline.watch.changes`) and records them, the new snapshots and the cycle's
   end in one transaction; then POSTs them to the webhook, when one is set, after the
   deliveries earlier cycles could not make (:func:`deliver`).

A cycle with nothing new runs no ingest: a few indexed queries. A cycle with new articles
costs about their work: the story and duplicate indexes of the previous cycle are kept in
the store object (:mod:`storyline.cluster.stage`) and only the stories they touch are saved. :func:`watch` runs cycles
until stopped, holding ``<db>.watch.lock`` so that a second watch on the same store is
refused; SIGTERM and Ctrl-C stop it between two items (a source, an article), and the
next watch goes on from the store.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from storyline.align.params import params_of
from storyline.config import StorylineConfig
from storyline.errors import ConfigError, StoreBusy
from storyline.store.db import Store
from storyline.watch import sources as src_state
from storyline.watch.changes import changes as changes_of
from storyline.watch.changes import compute_changes, save_changes
from storyline.watch.poll import PollResult, due, poll_source, schedule

__all__ = ["CycleReport", "WatchStopped", "deliver", "run_cycle", "watch", "watching"]

log = logging.getLogger(__name__)

#: The interval of a new source when ``--every`` is not given.
DEFAULT_EVERY = "15m"


class WatchStopped(Exception):
    """Raised inside a cycle when a stop was asked for (SIGTERM, Ctrl-C) between two items."""


@dataclass(slots=True)
class CycleReport:
    """What one cycle did.

    Attributes:
        cycle: its number.
        resumed: it took up a cycle a crash or a stop left unfinished.
        polled: per source polled: ``source``, ``status``, ``new`` (items read), ``error``.
        deferred: sources due but left to the next cycle (the per-host limit).
        stored: new articles stored.
        changes: the changes recorded.
        timings: seconds spent fetching (``fetch``), ingesting (``ingest``), diffing ledgers (``changes``).
        webhook: how this cycle's webhook delivery ended (None: no webhook, or nothing to send);
            ``pending`` when it is to be sent again by the next cycle.
        redelivered: earlier cycles whose pending delivery this cycle sent.
        stopped: a stop came before the cycle ended (the next watch finishes it).
    """

    cycle: int
    resumed: bool = False
    polled: list[dict[str, Any]] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    stored: int = 0
    rejected: int = 0
    changes: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    webhook: dict[str, Any] | None = None
    redelivered: list[int] = field(default_factory=list)
    stopped: bool = False

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [p for p in self.polled if p["status"] == "error"]

    def summary(self) -> dict[str, Any]:
        return {"cycle": self.cycle, "resumed": self.resumed, "polled": self.polled, "deferred": self.deferred,
                "stored": self.stored, "rejected": self.rejected, "changes": len(self.changes),
                "timings": {k: round(v, 4) for k, v in self.timings.items()}, "webhook": self.webhook,
                "redelivered": self.redelivered, "stopped": self.stopped}


def _open_cycle(store: Store) -> tuple[int, int, bool]:
    """The unfinished cycle (id, base rowid, True), else a new one.

    Only the last cycle can be unfinished (a new one is opened only when none is), so the
    last row tells, whatever the number of cycles before it.
    """
    row = store.conn.execute("SELECT id, base_rowid, finished FROM watch_cycles "
                             "WHERE id = (SELECT max(id) FROM watch_cycles)").fetchone()
    if row is not None and row[2] is None:
        return row[0], row[1], True
    with store.transaction() as conn:
        base = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
        cur = conn.execute("INSERT INTO watch_cycles (started, base_rowid) VALUES (?, ?)",
                           (src_state.now_iso(), base))
    return cur.lastrowid, base, False


def _ingest(items: list[Any], store: Store, config: StorylineConfig, fetcher: Any, *, figures: bool,
            stop: threading.Event) -> Any:
    """The one call of the ingest chain: store, dedup, stories and figures of ``items``."""
    from storyline.run import ingest

    def progress(_item: Any) -> None:
        if stop.is_set():
            raise WatchStopped

    return ingest(items, store, config, fetcher=fetcher, extract=figures, progress=progress)


def _save_poll(conn: Any, result: PollResult, now: float, config: StorylineConfig, rng: random.Random) -> None:
    src = result.source
    src.polls += 1
    src.last_poll = src_state.now_iso()
    src.last_status = result.status
    if result.status == "error":
        src.failures += 1
        src.last_error = result.error
        src.next_due = schedule(src, now, ok=False, config=config, rng=rng)
    else:
        src.failures = 0
        src.last_error = ""
        src.last_ok = src.last_poll
        src.etag, src.last_modified = result.etag, result.last_modified
        src.next_due = schedule(src, now, ok=True, config=config, rng=rng)
        src_state.mark_seen(conn, src.spec, result.seen)
        src_state.mark_gone(conn, src.spec, result.gone)
    src_state.save_source(conn, src)


def run_cycle(store: Store, config: StorylineConfig, *, fetcher: Any = None, now: float | None = None,
              rng: random.Random | None = None, figures: bool = True, stop: threading.Event | None = None,
              every_cycle: bool = False, webhook_transport: Any = None,
              webhook_sleep: Callable[[float], None] = time.sleep) -> CycleReport:
    """Run one cycle over the store's watched sources (see the module docstring).

    Args:
        store: the store (the caller holds the watch lock: :func:`watching`).
        config: the settings (fetch, ``watch_*``).
        fetcher: the fetcher (default: one made from ``config`` for this cycle).
        now: the time, seconds since the epoch (tests pass their own clock).
        rng: the jitter's random numbers.
        figures: extract the new articles' figures (spaCy).
        stop: set to stop between two items.
        every_cycle: poll every source not backing off, due or not (``watch --once``).
        webhook_transport, webhook_sleep: for tests of the webhook.
    """
    now = time.time() if now is None else now
    rng = rng or random.Random()
    stop = stop or threading.Event()
    cycle, base, resumed = _open_cycle(store)
    report = CycleReport(cycle, resumed=resumed)
    own = None
    if fetcher is None:
        from storyline.ingest.fetch import Fetcher

        fetcher = own = Fetcher(config)
    try:
        picked, deferred = due(src_state.load_sources(store), now, per_host=config.watch_per_host,
                               every_cycle=every_cycle)
        report.deferred = [s.spec for s in deferred]
        results: list[PollResult] = []
        for src in picked:
            if stop.is_set():
                report.stopped = True
                return report
            result = poll_source(src, src_state.seen_of(store, src.spec), config, fetcher, now)
            report.polled.append({"source": src.spec, "status": result.status, "new": len(result.items),
                                  "error": result.error, "seconds": round(result.seconds, 4)})
            if result.status == "error":  # recorded now: nothing of it waits for the ingest
                log.warning("watch: %s failed: %s", src.spec, result.error)
                with store.transaction() as conn:
                    _save_poll(conn, result, now, config, rng)
            else:
                results.append(result)
        report.timings["fetch"] = sum(r.seconds for r in results) + sum(
            p["seconds"] for p in report.polled if p["status"] == "error")
        items = [item for r in results for item in r.items]
        started = time.perf_counter()
        if items or resumed:
            try:
                done = _ingest(items, store, config, fetcher, figures=figures, stop=stop)
            except WatchStopped:
                report.stopped = True
                return report
            report.stored, report.rejected = done.stored, done.total_rejected
        report.timings["ingest"] = time.perf_counter() - started
        with store.transaction() as conn:
            for r in results:
                _save_poll(conn, r, now, config, rng)
        started = time.perf_counter()
        new_ids = [r[0] for r in store.conn.execute("SELECT id FROM articles WHERE rowid > ? ORDER BY rowid",
                                                    (base,))]
        report.stored = max(report.stored, len(new_ids))
        found, snapshots, replaced = compute_changes(store, new_ids, params_of(config)) if new_ids else ([], {}, set())
        finished = src_state.now_iso()
        with store.transaction() as conn:
            report.changes = save_changes(conn, cycle, found, snapshots, replaced, finished)
            report.timings["changes"] = time.perf_counter() - started
            conn.execute("UPDATE watch_cycles SET finished = ?, summary = ? WHERE id = ?",
                         (finished, json.dumps(report.summary(), sort_keys=True), cycle))
        if config.watch_webhook_url:
            report.webhook, report.redelivered = deliver(store, config, cycle, bool(report.changes),
                                                         transport=webhook_transport, sleep=webhook_sleep)
        return report
    finally:
        if own is not None:
            own.close()


#: The finished cycles before a given one whose webhook delivery is pending, oldest first;
#: its terms are those of the partial index ``watch_cycles_pending`` (migration 12), so it
#: reads those cycles only.
PENDING_DELIVERIES = ("SELECT id FROM watch_cycles WHERE id < ? AND finished IS NOT NULL "
                      "AND json_extract(summary, '$.webhook.pending') = 1 ORDER BY id")


def _set_webhook(store: Store, cycle: int, record: dict[str, Any]) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE watch_cycles SET summary = json_set(summary, '$.webhook', json(?)) WHERE id = ?",
                     (json.dumps(record, sort_keys=True), cycle))


def deliver(store: Store, config: StorylineConfig, cycle: int, has_changes: bool, *, transport: Any = None,
            sleep: Callable[[float], None] = time.sleep) -> tuple[dict[str, Any] | None, list[int]]:
    """POST the webhook deliveries still pending from earlier cycles, oldest first, then this
    cycle's (when it has changes), each with its own cycle's changes and number.

    A delivery that fails for a passing reason stops the round (the receiver is down or
    busy): it and the ones after it stay pending for the next cycle, so the receiver gets
    them in order. A refused one (a 4xx but 429) is final and the round goes on. Each
    cycle's summary keeps how its delivery ended (``webhook``).

    Returns:
        This cycle's delivery record (None when it had nothing to send) and the earlier
        cycles delivered now.
    """
    from storyline.watch import webhook

    todo = [r[0] for r in store.conn.execute(PENDING_DELIVERIES, (cycle,))]
    if has_changes:
        todo.append(cycle)
    own: dict[str, Any] | None = None
    redelivered: list[int] = []
    for n, cid in enumerate(todo):
        started, finished = store.conn.execute("SELECT started, finished FROM watch_cycles WHERE id = ?",
                                               (cid,)).fetchone()
        rows = changes_of(store, cycle=cid)
        sent = webhook.send(config, webhook.payload(cid, started, finished, rows), transport=transport, sleep=sleep)
        record = sent.record()
        if cid != cycle:
            record["sent_by_cycle"] = cycle
            if sent.ok:
                redelivered.append(cid)
        _set_webhook(store, cid, record)
        if cid == cycle:
            own = record
        if not sent.ok:
            log.warning("watch: the webhook delivery of cycle %d failed after %d attempts: %s%s", cid,
                        sent.attempts, sent.error, " (sent again by the next cycle)" if sent.pending else "")
        if sent.pending:
            if has_changes and cycle in todo[n + 1:]:
                own = {"ok": False, "status": None, "attempts": 0, "pending": True,
                       "error": f"not sent yet: the delivery of cycle {cid} is pending before it"}
                _set_webhook(store, cycle, own)
            break
    return own, redelivered


@contextmanager
def watching(store: Store) -> Iterator[None]:
    """Hold ``<db>.watch.lock`` for the block: one watch per store.

    Raises:
        StoreBusy: another watch holds it (the message names its pid).
    """
    if store.path == ":memory:":
        yield
        return
    from storyline.store.lock import writer_lock

    try:
        with writer_lock(f"{store.path}.watch", "watch"):
            yield
    except StoreBusy:
        holder = ""
        try:
            with open(f"{store.path}.watch.lock", encoding="utf-8") as fh:
                info = json.load(fh)
            holder = f" (pid {info['pid']}, since {info['since']})"
        except (OSError, ValueError, KeyError, TypeError):
            pass
        raise StoreBusy(f"another `storyline watch` is already watching {os.path.basename(store.path)}{holder}; "
                        "one watch per store: stop that one first, or give this one another --db") from None


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and the first Ctrl-C set ``stop``; a second Ctrl-C interrupts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: Any) -> None:
        if signum == signal.SIGINT and stop.is_set():
            raise KeyboardInterrupt
        log.warning("watch: stopping after the current item (signal %d)", signum)
        stop.set()

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)


def watch(store: Store, config: StorylineConfig, specs: list[str] | tuple[str, ...] = (), *, every: str | None = None,
          once: bool = False, figures: bool = True, fetcher: Any = None,
          on_cycle: Callable[[CycleReport], None] | None = None, stop: threading.Event | None = None,
          clock: Callable[[], float] = time.time) -> list[CycleReport]:
    """Watch the store's sources (``specs`` are added to them) until stopped, or for one cycle.

    Args:
        store: the store.
        config: the settings.
        specs: feed URLs or files, URL lists, page URLs, folders to add to the watch list.
        every: their polling interval (``15m``, ``1h``...); None: ``15m`` for a new source, and
            a watched one keeps its own. Given without ``specs``, it becomes the interval of
            every watched source, and none waits longer than it for its next poll.
        once: run one cycle and return (for cron and systemd timers, which set the pace:
            every source is polled but those backing off after a failure).
        figures: extract figures of the new articles.
        fetcher: the fetcher (tests); default one for the whole watch.
        on_cycle: called with each cycle's report.
        stop: set to stop (signals set it too).
        clock: the time (seconds since the epoch).

    Returns:
        The reports of the cycles run.

    Raises:
        StoreBusy: another watch holds the store.
        ConfigError: nothing to watch, a bad interval or a missing path.
    """
    interval = src_state.parse_interval(every or DEFAULT_EVERY)
    stop = stop or threading.Event()
    reports: list[CycleReport] = []
    with watching(store):
        src_state.register(store, list(specs), interval, clock())
        if every is not None and not specs:
            src_state.set_interval(store, interval, clock())
        if not src_state.load_sources(store):
            raise ConfigError("nothing to watch: give feed URLs or files, URL lists or folders, e.g. "
                              "`storyline watch https://example.org/feed.xml --every 15m`")
        own = None
        if fetcher is None:  # one fetcher for the whole watch: its per-host rate limit carries across cycles
            from storyline.ingest.fetch import Fetcher

            fetcher = own = Fetcher(config)
        try:
            with _stop_on_signals(stop):
                while True:
                    report = run_cycle(store, config, fetcher=fetcher, now=clock(), figures=figures, stop=stop,
                                       every_cycle=once)
                    reports.append(report)
                    if on_cycle is not None:
                        on_cycle(report)
                    if once or stop.is_set():
                        break
                    upcoming = min((s.next_due for s in src_state.load_sources(store)), default=clock() + interval)
                    wait = max(0.0, min(upcoming - clock(), interval))
                    if report.deferred:  # sources left by the per-host limit: the next cycle soon, not at once
                        wait = min(wait, config.watch_per_host / config.fetch_rate if config.fetch_rate > 0 else 1.0)
                    stop.wait(wait)
                    if stop.is_set():
                        break
        finally:
            if own is not None:
                own.close()
    return reports
