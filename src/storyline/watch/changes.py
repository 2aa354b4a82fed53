"""Changes as data: what a ``storyline watch`` cycle changed in each story it touched.

After a cycle has ingested its new articles, :func:`compute_changes` looks only at the
stories those articles joined. For each, it builds the ledger (tracked figures and
findings, :func:`storyline.align.findings.ledger`) and compares it with the story's
*snapshot*, kept in ``watch_snapshots`` since the last cycle that touched it: tracked
figures with each figure's source and value, and the findings' keys. The kinds of change:

``new_articles``       articles that joined the story (id, title, outlet, date)
``new_figures``        figures those articles state
``new_tracked``        a tracked figure the story did not have
``new_conflict``       sources now disagree on a tracked figure
``resolved_conflict``  a conflict the ledger no longer finds
``update``             a figure updated over time, with its old and new value
``revision``           a source that gave another value of its own figure before

A story's id is the id of its earliest article, so it can change when an earlier article
joins, and two stories can merge: the snapshot before is that of every story whose id is
one of the story's articles. A story with no snapshot (ingested before it was watched)
is compared with the ledger of its articles other than the new ones.

:func:`changes` is the query behind ``storyline changes``, the Atom feed and the dossier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from storyline.align.figures import figure_source
from storyline.align.findings import ledger
from storyline.align.params import DEFAULT, AlignParams
from storyline.errors import ConfigError
from storyline.model import Article, Figure, Story
from storyline.store.db import Store

__all__ = ["KINDS", "changes", "compute_changes", "describe", "parse_since", "save_changes", "snapshot_of"]

KINDS = ("new_articles", "new_figures", "new_tracked", "new_conflict", "resolved_conflict", "update", "revision")

#: At most this many figures are listed in one ``new_figures`` change (the count is exact).
MAX_LISTED = 50


def _slug(tracked_id: str | None) -> str:
    """A tracked figure's id without its story's id (which changes when the story does)."""
    return (tracked_id or "").split(":", 1)[-1]


def _value(fig: Figure) -> list[float | None]:
    return [fig.quantity.low, fig.quantity.high]


def snapshot_of(story: Story, articles: dict[str, Article], figures: list[Figure],
                links: list[tuple[str, str, str]], params: AlignParams = DEFAULT) -> dict[str, Any]:
    """A story's ledger (aligned with ``params``) reduced to what changes are computed from (JSON-ready)."""
    led = ledger(story.id, figures, articles, links, params)
    tracked = {}
    for tf in led.tracked:
        tracked[_slug(tf.id)] = {
            "label": tf.label, "head": tf.measure_head, "unit": tf.unit,
            "figures": [[f.article_id, figure_source(f, articles.get(f.article_id)), *_value(f), f.quantity.text]
                        for f in tf.figures],
        }
    found: dict[str, Any] = {}
    for x in led.findings:
        if x.kind not in ("conflict", "update", "outlier"):
            continue
        key = f"{x.kind}|{_slug(x.tracked_id)}|{_slug(x.other_tracked_id)}"
        found.setdefault(key, {"sentence": x.sentence, "values": [f.quantity.text for f in x.figures],
                               "sources": list(x.sources)})
    return {"articles": sorted(articles), "tracked": tracked, "findings": found}


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _story_parts(store: Store, story: Story, only: set[str] | None = None):
    ids = [a for a in story.article_ids if only is None or a in only]
    articles = store.get_articles(ids)
    figures = list(store.iter_figures(article_ids=list(articles))) if articles else []
    links = [(d["a"], d["b"], d["relation"]) for d in store.duplicates_among(list(articles))]
    return articles, figures, links


def _stored_snapshots(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT story_id, snapshot FROM watch_snapshots WHERE story_id IN ({marks})",
                                    chunk):
            out[r[0]] = json.loads(r[1])
    return out


def _merge(snaps: Iterable[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"articles": [], "tracked": {}, "findings": {}}
    for s in snaps:
        out["articles"] += s["articles"]
        for slug, tf in s["tracked"].items():
            slot = out["tracked"].setdefault(slug, {"label": tf["label"], "head": tf.get("head"),
                                                    "unit": tf.get("unit"), "figures": []})
            slot["figures"] += tf["figures"]
        out["findings"].update(s["findings"])
    return out


def _article_brief(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title.value, "outlet": a.outlet.value, "published": a.published.value,
            "url": a.url.value}


def _diff(before: dict[str, Any], after: dict[str, Any], new_ids: list[str],
          articles: dict[str, Article], figures: list[Figure]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    fresh = set(new_ids)
    if new_ids:
        out.append(("new_articles", {"articles": [_article_brief(articles[a]) for a in new_ids if a in articles]}))
    new_figs = [f for f in figures if f.article_id in fresh]
    if new_figs:
        out.append(("new_figures", {"count": len(new_figs), "figures": [
            {"text": f.quantity.text, "measure": f.measure, "source": figure_source(f, articles.get(f.article_id)),
             "article_id": f.article_id} for f in new_figs[:MAX_LISTED]]}))
    # what each source said before, per measured thing (head and unit: the aligner may put
    # a source's two values in two tracked figures), its latest figure last
    earlier: dict[tuple[Any, Any, str], list[Any]] = {}
    for tf in before["tracked"].values():
        for f in tf["figures"]:
            if f[1] and f[0] not in fresh:
                earlier[(tf.get("head"), tf.get("unit"), f[1].lower())] = f
    revised = set()
    for slug, tf in after["tracked"].items():
        if slug not in before["tracked"]:
            out.append(("new_tracked", {"tracked": slug, "label": tf["label"],
                                        "values": [f[4] for f in tf["figures"]]}))
        for f in tf["figures"]:  # a source that gave a value before and now gives another
            if f[0] not in fresh or not f[1]:
                continue
            prev = earlier.get((tf.get("head"), tf.get("unit"), f[1].lower()))
            key = (f[1].lower(), tf.get("head"), f[4])
            if prev is not None and [prev[2], prev[3]] != [f[2], f[3]] and key not in revised:
                revised.add(key)
                out.append(("revision", {"tracked": slug, "label": tf["label"], "source": f[1], "old": prev[4],
                                         "new": f[4], "article_id": f[0], "old_article_id": prev[0]}))
    labels = {slug: tf["label"] for slug, tf in {**before["tracked"], **after["tracked"]}.items()}
    for key, x in after["findings"].items():
        kind, slug, _ = key.split("|", 2)
        old = before["findings"].get(key)
        if kind == "conflict" and old is None:
            out.append(("new_conflict", {"tracked": slug, "label": labels.get(slug, slug), "sentence": x["sentence"],
                                         "values": x["values"], "sources": x["sources"]}))
        elif kind == "update" and (old is None or old["values"][-1:] != x["values"][-1:]):
            was = (old["values"][-1] if old and old["values"] else (x["values"][0] if x["values"] else None))
            out.append(("update", {"tracked": slug, "label": labels.get(slug, slug), "old": was,
                                   "new": x["values"][-1] if x["values"] else None, "sentence": x["sentence"]}))
    for key, x in before["findings"].items():
        kind, slug, _ = key.split("|", 2)
        if kind == "conflict" and key not in after["findings"]:
            out.append(("resolved_conflict", {"tracked": slug, "label": labels.get(slug, slug),
                                              "sentence": x["sentence"]}))
    return out


def compute_changes(store: Store, new_ids: list[str],
                    params: AlignParams = DEFAULT) -> tuple[list[dict[str, Any]], dict[str, Any], set[str]]:
    """The changes of the stories the articles ``new_ids`` joined, their ledgers aligned with
    ``params`` (the ``align_*`` settings of the watch's config).

    Returns:
        The changes (``story_id``, ``story_label``, ``kind``, ``data``), the new snapshot of
        each touched story by id, and the ids of snapshots they replace (merged or renamed stories).
    """
    story_ids: dict[str, None] = {}
    for aid in new_ids:
        for s in store.stories_of(aid):
            story_ids.setdefault(s["story_id"])
    out: list[dict[str, Any]] = []
    snapshots: dict[str, Any] = {}
    replaced: set[str] = set()
    fresh = set(new_ids)
    for sid in story_ids:
        story = store.find_story(sid)
        if story is None:
            continue
        articles, figures, links = _story_parts(store, story)
        after = snapshot_of(story, articles, figures, links, params)
        new_here = [a for a in story.article_ids if a in fresh]
        old_members = [a for a in story.article_ids if a not in fresh]
        stored = _stored_snapshots(store, list(story.article_ids))
        covered = {a for s in stored.values() for a in s["articles"]}
        if set(old_members) <= covered:
            before = _merge(stored.values())
        else:  # never snapshotted (ingested before it was watched): the ledger without the new articles
            o_articles, o_figures, o_links = _story_parts(store, story, set(old_members))
            before = snapshot_of(story, o_articles, o_figures, o_links, params)
        for kind, data in _diff(before, after, new_here, articles, figures):
            out.append({"story_id": story.id, "story_label": story.label, "kind": kind, "data": data})
        snapshots[story.id] = after
        replaced |= set(stored) - {story.id}
    return out, snapshots, replaced


def save_changes(conn: Any, cycle: int, found: list[dict[str, Any]], snapshots: dict[str, Any],
                 replaced: set[str], at: str) -> list[dict[str, Any]]:
    """Record a cycle's changes and snapshots (inside the caller's transaction); the changes
    with their ids and time."""
    out = []
    for c in found:
        cur = conn.execute("INSERT INTO watch_changes (cycle, story_id, kind, at, data) VALUES (?, ?, ?, ?, ?)",
                           (cycle, c["story_id"], c["kind"], at,
                            json.dumps({"story_label": c["story_label"], **c["data"]}, ensure_ascii=False,
                                       sort_keys=True)))
        out.append({"id": cur.lastrowid, "cycle": cycle, "at": at, **c})
    conn.executemany("DELETE FROM watch_snapshots WHERE story_id = ?", [(s,) for s in replaced])
    conn.executemany("INSERT OR REPLACE INTO watch_snapshots (story_id, snapshot, at) VALUES (?, ?, ?)",
                     [(sid, json.dumps(snap, ensure_ascii=False, sort_keys=True), at)
                      for sid, snap in snapshots.items()])
    return out


_AGO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.I)


def parse_since(text: str, *, now: datetime | None = None) -> str:
    """An ISO time from ``--since``: an ISO date or time (UTC when no zone is given), or an
    age such as ``30m``, ``12h``, ``7d`` or ``2w`` (that long ago).

    Raises:
        ConfigError: neither.
    """
    now = now or datetime.now(UTC)
    m = _AGO.match(text)
    if m:
        unit = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[m.group(2).lower()]
        return (now - timedelta(**{unit: float(m.group(1))})).isoformat(timespec="seconds")
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"--since {text!r} is not a date, a time or an age; write 2026-03-01, "
                          "2026-03-01T12:00 or 12h, 7d") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def changes(store: Store, *, story_id: str | None = None, since: str | None = None,
            limit: int | None = None, cycle: int | None = None) -> list[dict[str, Any]]:
    """Recorded changes, oldest first: of one story (id or unique prefix; the changes it had
    under the ids of stories it absorbed included) and/or since an ISO time and/or of one cycle.

    Raises:
        ConfigError: no such story.
    """
    where, args = [], []
    if story_id is not None:
        story = store.find_story(story_id)
        if story is None:
            raise ConfigError(f"no story with id {story_id!r}; list them with `storyline stories`")
        ids = sorted(set(story.article_ids) | {story.id})
        where.append("(" + " OR ".join(f"story_id IN ({', '.join('?' * len(c))})" for c in _chunks(ids)) + ")")
        args.extend(ids)
    if since is not None:
        where.append("at >= ?")
        args.append(since)
    if cycle is not None:
        where.append("cycle = ?")
        args.append(cycle)
    sql = ("SELECT id, cycle, story_id, kind, at, data FROM watch_changes "
           + (f"WHERE {' AND '.join(where)} " if where else "") + "ORDER BY id")
    if limit is not None:
        sql = f"SELECT * FROM ({sql.replace('ORDER BY id', 'ORDER BY id DESC')} LIMIT {int(limit)}) ORDER BY id"
    out = []
    for r in store.conn.execute(sql, args):
        data = json.loads(r["data"])
        out.append({"id": r["id"], "cycle": r["cycle"], "story_id": r["story_id"],
                    "story_label": data.pop("story_label", ""), "kind": r["kind"], "at": r["at"], "data": data})
    return out


def describe(change: dict[str, Any]) -> str:
    """A change in one sentence, for people (plain text: escape it where it is rendered)."""
    d, kind = change["data"], change["kind"]
    if kind == "new_articles":
        n = len(d["articles"])
        titles = "; ".join(a["title"] or a["id"] for a in d["articles"][:3])
        return f"{n} new article{'s' if n != 1 else ''}: {titles}" + ("; ..." if n > 3 else "")
    if kind == "new_figures":
        shown = ", ".join(f"{f['text']} ({f['source']})" for f in d["figures"][:5])
        return f"{d['count']} new figure{'s' if d['count'] != 1 else ''}: {shown}" + ("; ..." if d["count"] > 5 else "")
    if kind == "new_tracked":
        shown = ", ".join(d["values"][:5]) + (", ..." if len(d["values"]) > 5 else "")
        return f"new tracked figure: {d['label']}" + (f" ({shown})" if shown else "")
    if kind == "new_conflict":
        return f"sources disagree on {d['label']}: {d['sentence']}"
    if kind == "resolved_conflict":
        return f"no longer in conflict: {d['label']} (was: {d['sentence']})"
    if kind == "update":
        return f"{d['label']} updated from {d['old']} to {d['new']}"
    if kind == "revision":
        return f"{d['source']} revised {d['label']} from {d['old']} to {d['new']}"
    return kind
