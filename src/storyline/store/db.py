"""The SQLite store: one file, WAL mode, rows as dicts, a handful of functions.

Only the pipeline writes (one writer); the CLI listing commands and the web UI read.
Articles are keyed by :func:`~storyline.model.article_id_for`, so the same text is stored
once however often and from however many inputs it arrives; every input seen is recorded
in ``inputs`` so a rerun skips the bytes it has already read.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.crashpoints import crash_point
from storyline.errors import StoreError
from storyline.model import (
    Article,
    Attribution,
    Field,
    Figure,
    Provenance,
    Quantity,
    Rejected,
    RemovedLine,
    Source,
    Story,
    Thread,
    TimeRef,
)
from storyline.store.migrations import migrate, refresh_outlet_counts, story_outlet_counts

__all__ = [
    "Store",
    "article_from_row",
    "article_to_row",
    "figure_from_row",
    "figure_to_row",
    "like_escape",
    "open_store",
]

log = logging.getLogger(__name__)


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    """``ids`` in chunks small enough for one SQL ``IN (...)``."""
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_to_row(article: Article) -> dict[str, Any]:
    """The ``articles`` row of an article (removed lines are stored separately)."""
    row: dict[str, Any] = {
        "id": article.id,
        "text": article.text,
        "source": article.provenance.source,
        "format": article.provenance.format,
        "sha256": article.provenance.sha256,
        "member": article.provenance.member,
        "extras": json.dumps(article.extras, sort_keys=True, default=str),
    }
    for name in Article.METADATA:
        value: Field = getattr(article, name)
        row[name] = value.value
        row[f"{name}_origin"] = value.origin
        row[f"{name}_detail"] = value.detail
    return row


def article_from_row(row: sqlite3.Row | dict[str, Any], removed: tuple[RemovedLine, ...] = ()) -> Article:
    """The article of an ``articles`` row."""
    row = dict(row)
    meta = {
        name: Field(row[name], row[f"{name}_origin"], row[f"{name}_detail"]) for name in Article.METADATA
    }
    return Article(
        id=row["id"],
        text=row["text"],
        provenance=Provenance(row["source"], row["format"], row["sha256"], row["member"]),
        removed=removed,
        extras=json.loads(row.get("extras") or "{}"),
        **meta,
    )


def _time_to_json(t: TimeRef | None) -> str | None:
    if t is None:
        return None
    return json.dumps([t.text, t.start, t.end, t.value, t.granularity, t.resolved])


def _time_from_json(raw: str | None) -> TimeRef | None:
    if raw is None:
        return None
    text, start, end, value, granularity, resolved = json.loads(raw)
    return TimeRef(text, start, end, value, granularity, bool(resolved))


def figure_to_row(fig: Figure, seq: int) -> dict[str, Any]:
    """The ``figures`` row of a figure, ``seq`` being its place in the article."""
    q = fig.quantity
    return {
        "article_id": fig.article_id, "seq": seq, "text": q.text, "start": q.start, "end": q.end,
        "low": q.low, "high": q.high, "approx": int(q.approx), "unit": q.unit,
        "measure": fig.measure, "measure_head": fig.measure_head,
        "sources": json.dumps([[s.name, s.kind, s.cue, s.start, s.end, s.cue_start, s.cue_end]
                               for s in fig.attribution.sources]),
        "modality": fig.modality, "sentence_start": fig.sentence_start, "sentence_end": fig.sentence_end,
        "said_on": _time_to_json(fig.said_on), "refers_to": _time_to_json(fig.refers_to),
        "in_title": int(fig.in_title),
    }


def figure_from_row(row: sqlite3.Row | dict[str, Any]) -> Figure:
    """The figure of a ``figures`` row."""
    row = dict(row)
    sources = tuple(Source(*link) for link in json.loads(row["sources"]))  # 5 or 7 fields
    return Figure(
        article_id=row["article_id"],
        quantity=Quantity(row["text"], row["start"], row["end"], row["low"], row["high"],
                          bool(row["approx"]), row["unit"]),
        measure=row["measure"], measure_head=row["measure_head"],
        attribution=Attribution(sources), modality=row["modality"],
        sentence_start=row["sentence_start"], sentence_end=row["sentence_end"],
        said_on=_time_from_json(row["said_on"]), refers_to=_time_from_json(row["refers_to"]),
        in_title=bool(row.get("in_title", 0)),
    )


#: A piece of a search query: a quoted phrase, a parenthesis, or a run of anything else.
_QUERY_PIECE = re.compile(r'"[^"]*"|[()]|[^\s()"]+')
#: An FTS5 bareword (letters, digits, ``_``, any non-ASCII), maybe a prefix (``troop*``).
_BAREWORD = re.compile(r"[\w\u0080-\U0010ffff]+\*?")


def lenient_fts_query(query: str) -> str:
    """``query`` with each word that holds punctuation FTS5 does not read (``U.S.``, ``it's``)
    put in double quotes, as a phrase of its words; phrases, parentheses, AND/OR/NOT/NEAR and
    plain words are kept as they are."""
    if query.count('"') % 2:  # an open phrase: the user's syntax, left for the error to name
        return query
    out = []
    for piece in _QUERY_PIECE.findall(query):
        if piece.startswith('"') or piece in ("(", ")") or _BAREWORD.fullmatch(piece):
            out.append(piece)
        else:
            out.append(f'"{piece}"')
    return " ".join(out)


class Store:
    """An open store. Use :func:`open_store`; close it (or use it as a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path
        #: What this process derived from the store and keeps between runs (the story and
        #: duplicate indexes of :mod:`storyline.cluster.stage`); each user checks it is
        #: still that of the store before using it.
        self.memo: dict[str, Any] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- writing -----------------------------------------------------------------------

    def has_input(self, sha256: str, source: str, member: str = "") -> bool:
        """True when these exact bytes from this source were ingested before."""
        row = self.conn.execute(
            "SELECT 1 FROM inputs WHERE sha256 = ? AND source = ? AND member = ?",
            (sha256, source, member),
        ).fetchone()
        return row is not None

    def save_article(self, article: Article) -> bool:
        """Store an article and record its input; return False when its text was already stored."""
        row = article_to_row(article)
        row["ingested_at"] = _now()
        prov = article.provenance
        with self.transaction():
            exists = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone()
            if not exists:
                cols = ", ".join(row)
                marks = ", ".join(f":{k}" for k in row)
                self.conn.execute(f"INSERT INTO articles ({cols}) VALUES ({marks})", row)
                self.conn.executemany(
                    "INSERT INTO removed_lines (article_id, line_no, text, rule) VALUES (?, ?, ?, ?)",
                    [(article.id, r.line_no, r.text, r.rule) for r in article.removed],
                )
            self.conn.execute(
                "INSERT OR IGNORE INTO inputs (sha256, source, member, article_id, seen_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (prov.sha256, prov.source, prov.member, article.id, _now()),
            )
            crash_point("store-article")
        return not exists

    def save_reject(self, rejected: Rejected) -> None:
        """Record a reject or failure once; a recurrence (a rerun) counts it again and dates it."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO rejects (source, stage, reason, detail, at, failed, article_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, stage, reason, detail) "
                "DO UPDATE SET seen = seen + 1, at = excluded.at",
                (rejected.source, rejected.stage, rejected.reason, rejected.detail, _now(),
                 int(rejected.failed), rejected.article_id),
            )

    def save_figures(self, article_id: str, figures: list[Figure], *, version: str,
                     status: str = "ok") -> None:
        """Replace the figures of an article and mark it extracted by ``version``.

        ``status`` says how the extraction ended: ``ok``, or ``skipped_<why>`` (too slow,
        another language) when it was not done and should not be retried by the same
        extractor; the article then has no figures.
        """
        rows = [figure_to_row(f, i) for i, f in enumerate(figures)]
        with self.transaction():
            self.conn.execute("DELETE FROM figures WHERE article_id = ?", (article_id,))
            if rows:
                cols = ", ".join(f'"{c}"' for c in rows[0])
                marks = ", ".join(f":{c}" for c in rows[0])
                self.conn.executemany(f"INSERT INTO figures ({cols}) VALUES ({marks})", rows)
            self.conn.execute(
                "INSERT OR REPLACE INTO extractions (article_id, version, figures, at, status) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, version, len(rows), _now(), status),
            )
            crash_point("store-figures")

    def save_duplicates(self, article_id: str, signature: bytes, pairs: list[dict[str, Any]]) -> None:
        """Store an article's MinHash signature and its duplicate pairs (``DuplicatePair`` as dicts)."""
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO signatures (article_id, signature) VALUES (?, ?)",
                              (article_id, signature))
            for pair in pairs:
                cols = ", ".join(pair)
                marks = ", ".join(f":{k}" for k in pair)
                self.conn.execute(f"INSERT OR REPLACE INTO duplicates ({cols}) VALUES ({marks})", pair)
            crash_point("store-duplicates")

    def save_stories(self, stories: list[Story], members: list[dict[str, Any]],
                     threads: list[Thread] | None = None, *, seqs: Mapping[str, int] | None = None, partial: bool = False,
                     key: str | None = None) -> int:
        """Save stories and why each article is in its story (``members``: article_id,
        story_id, score, neighbour, shared_terms, shared_entities).

        Args:
            stories: the stories, each with all its articles.
            members: a row for every article of ``stories``.
            threads: the threads (sub-events) of ``stories``; the threads of every story
                replaced are removed first (none stored for these stories when None).
            seqs: story id -> its place in the order of stories (read ``ORDER BY seq,
                story_id``); by default their place in ``stories``.
            partial: replace only these stories: every story any of their articles was in
                before is removed, and the others are kept. Raises :class:`StoreError`
                (and changes nothing) when that would leave an article of a removed story
                in no story: the caller's ``stories`` were not every story its change
                touched.
            key: what the stories were computed with (clustering features and thresholds),
                kept in ``story_state``; None (stories saved by other means) forgets it,
                so that the next run of the story stage saves every story.

        Returns:
            The new generation of the stories (bumped by every save).
        """
        order = {aid: i for story in stories for i, aid in enumerate(story.article_ids)}
        seq = seqs if seqs is not None else {s.id: i for i, s in enumerate(stories)}
        with self.transaction():
            if partial:
                ids = list(order)
                old: set[str] = {s.id for s in stories}
                for chunk in _chunks(ids):
                    marks = ",".join("?" * len(chunk))
                    old.update(r[0] for r in self.conn.execute(
                        f"SELECT DISTINCT story_id FROM story_members WHERE article_id IN ({marks})", chunk))
                    self.conn.execute(f"DELETE FROM story_members WHERE article_id IN ({marks})", chunk)
                olds = sorted(old)
                for chunk in _chunks(olds):
                    marks = ",".join("?" * len(chunk))
                    left = self.conn.execute(
                        f"SELECT article_id FROM story_members WHERE story_id IN ({marks}) LIMIT 1", chunk).fetchone()
                    if left is not None:
                        raise StoreError(f"a partial save of stories would leave article {left[0]} in no story")
                    self.conn.execute(f"DELETE FROM stories WHERE story_id IN ({marks})", chunk)
                    self.conn.execute(f"DELETE FROM story_threads WHERE story_id IN ({marks})", chunk)
            else:
                self.conn.execute("DELETE FROM story_members")
                self.conn.execute("DELETE FROM stories")
                self.conn.execute("DELETE FROM story_threads")
            self.conn.executemany(
                "INSERT INTO story_threads VALUES (?, ?, ?, ?, ?, ?)",
                [(t.story_id, t.seq, t.first_published, t.last_published, json.dumps(list(t.article_ids)),
                  json.dumps(list(t.terms))) for t in threads or ()])
            self.conn.executemany(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                [(s.id, s.label, s.first_published, s.last_published, json.dumps(list(s.outlets)),
                  json.dumps(list(s.entities)), json.dumps(list(s.terms)), seq[s.id]) for s in stories])
            self.conn.executemany(
                "INSERT INTO story_members VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(m["article_id"], m["story_id"], order[m["article_id"]], m["score"], m["neighbour"],
                  json.dumps(list(m["shared_terms"])), json.dumps(list(m["shared_entities"]))) for m in members])
            story_outlet_counts(self.conn, [s.id for s in stories])
            generation = self._story_generation() + 1
            self.conn.execute("INSERT OR REPLACE INTO story_state VALUES ('generation', ?)", (str(generation),))
            if key is None:
                self.conn.execute("DELETE FROM story_state WHERE key = 'key'")
            else:
                self.conn.execute("INSERT OR REPLACE INTO story_state VALUES ('key', ?)", (key,))
            crash_point("store-stories")
        return generation

    def _story_generation(self) -> int:
        row = self.conn.execute("SELECT value FROM story_state WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def story_state(self) -> tuple[int, str | None]:
        """The generation of the saved stories (bumped by every save) and the key they were
        computed with (None when unknown: saved by other means, or before keys were kept)."""
        row = self.conn.execute("SELECT value FROM story_state WHERE key = 'key'").fetchone()
        return self._story_generation(), row[0] if row else None

    # -- reading -----------------------------------------------------------------------

    def stories(self) -> list[Story]:
        """Every story, in the order they were saved (earliest first)."""
        members: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT story_id, article_id FROM story_members ORDER BY story_id, seq"):
            members.setdefault(r[0], []).append(r[1])
        return [Story(id=r["story_id"], label=r["label"], article_ids=tuple(members.get(r["story_id"], ())),
                      first_published=r["first_published"], last_published=r["last_published"],
                      outlets=tuple(json.loads(r["outlets"])), entities=tuple(json.loads(r["entities"])),
                      terms=tuple(json.loads(r["terms"])))
                for r in self.conn.execute("SELECT * FROM stories ORDER BY seq, story_id")]

    def story_threads(self, story_id: str) -> list[Thread]:
        """The threads of a story, earliest first (none when its threads were never saved)."""
        return [Thread(story_id=r["story_id"], seq=r["seq"], article_ids=tuple(json.loads(r["article_ids"])),
                       first_published=r["first_published"], last_published=r["last_published"],
                       terms=tuple(json.loads(r["terms"])))
                for r in self.conn.execute("SELECT * FROM story_threads WHERE story_id = ? ORDER BY seq",
                                           (story_id,))]

    def story_members(self, story_id: str) -> list[dict[str, Any]]:
        """Why each article is in the story: score, neighbour, shared terms and entities."""
        rows = self.conn.execute("SELECT * FROM story_members WHERE story_id = ? ORDER BY seq", (story_id,))
        out = []
        for r in rows:
            row = dict(r)
            row["shared_terms"] = json.loads(row["shared_terms"])
            row["shared_entities"] = json.loads(row["shared_entities"])
            out.append(row)
        return out

    def get_story(self, story_id: str) -> Story | None:
        """The story with this id or unique id prefix (at least 4 characters)."""
        matches = [s for s in self.stories() if s.id == story_id or (len(story_id) >= 4 and s.id.startswith(story_id))]
        exact = [s for s in matches if s.id == story_id]
        if exact:
            return exact[0]
        if len(matches) > 1:
            raise StoreError(f"story id prefix {story_id!r} is ambiguous; give more characters")
        return matches[0] if matches else None

    def signatures(self) -> list[tuple[str, bytes, str | None]]:
        """Every stored (article id, MinHash signature, publication date), in id order."""
        return [(r[0], bytes(r[1]), r[2]) for r in self.conn.execute(
            "SELECT signatures.article_id, signature, published FROM signatures "
            "LEFT JOIN articles ON articles.id = signatures.article_id ORDER BY signatures.article_id")]

    def duplicate_links(self) -> list[tuple[str, str]]:
        """Every stored duplicate pair as ``(a, b)`` ids alone (the groups the duplicate
        index restores, :meth:`storyline.cluster.dedup.DuplicateIndex.link`)."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT a, b FROM duplicates")]

    def duplicates(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Duplicate pairs (all, or those of one article), original first, in date order."""
        sql = ("SELECT d.* FROM duplicates d JOIN articles a ON a.id = d.a "
               + ("WHERE d.a = ? OR d.b = ? " if article_id else "")
               + "ORDER BY a.published IS NULL, a.published, d.a, d.b")
        args = (article_id, article_id) if article_id else ()
        return [dict(r) for r in self.conn.execute(sql, args)]

    def is_extracted(self, article_id: str, version: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM extractions WHERE article_id = ? AND version = ?", (article_id, version)
        ).fetchone()
        return row is not None

    def figures_of(self, article_id: str) -> list[Figure]:
        rows = self.conn.execute("SELECT * FROM figures WHERE article_id = ? ORDER BY seq", (article_id,))
        return [figure_from_row(r) for r in rows]

    def iter_figures(self, *, article_ids: list[str] | None = None,
                     measure_head: str | None = None) -> Iterator[Figure]:
        """Figures in article order (as :meth:`iter_articles`), then text order; optionally filtered."""
        where, args = [], []
        if article_ids is not None:
            where.append(f"f.article_id IN ({', '.join('?' * len(article_ids))})")
            args.extend(article_ids)
        if measure_head is not None:
            where.append("f.measure_head = ?")
            args.append(measure_head)
        sql = ("SELECT f.* FROM figures f JOIN articles a ON a.id = f.article_id "
               + (f"WHERE {' AND '.join(where)} " if where else "")
               + "ORDER BY a.published IS NULL, a.published, a.id, f.seq")
        for row in self.conn.execute(sql, args).fetchall():
            yield figure_from_row(row)


    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get_article(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (at least 4 characters)."""
        # The exact id first (the primary key), then a prefix, its wildcards escaped.
        rows = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchall() or self.conn.execute(
            "SELECT * FROM articles WHERE length(?) >= 4 AND id LIKE ? || '%' ESCAPE '\\' LIMIT 2",
            (article_id, like_escape(article_id)),
        ).fetchall()
        exact = [r for r in rows if r["id"] == article_id]
        if exact:
            rows = exact
        if len(rows) != 1:
            if len(rows) > 1:
                raise StoreError(f"article id prefix {article_id!r} is ambiguous; give more characters")
            return None
        return article_from_row(rows[0], self.removed_lines(rows[0]["id"]))

    def removed_lines(self, article_id: str) -> tuple[RemovedLine, ...]:
        rows = self.conn.execute(
            "SELECT line_no, text, rule FROM removed_lines WHERE article_id = ? ORDER BY line_no",
            (article_id,),
        )
        return tuple(RemovedLine(r["line_no"], r["text"], r["rule"]) for r in rows)

    def iter_articles(self) -> Iterator[Article]:
        """Every article, oldest publication first (undated last), then by id."""
        rows = self.conn.execute(
            "SELECT * FROM articles ORDER BY published IS NULL, published, id"
        ).fetchall()
        for row in rows:
            yield article_from_row(row, self.removed_lines(row["id"]))

    def article_rows(self) -> list[dict[str, Any]]:
        """Rows of every article, as in :meth:`iter_articles`, without the text."""
        rows = self.conn.execute(
            "SELECT id, title, outlet, author, published, updated, language, url, source, format, "
            "member, length(text) AS chars FROM articles ORDER BY published IS NULL, published, id"
        )
        return [dict(r) for r in rows]

    def inputs_of(self, article_id: str) -> list[dict[str, Any]]:
        """Every input the article's text was read from."""
        rows = self.conn.execute(
            "SELECT source, member, sha256, seen_at FROM inputs WHERE article_id = ? ORDER BY seen_at, source",
            (article_id,),
        )
        return [dict(r) for r in rows]

    def rejects(self) -> list[dict[str, Any]]:
        """Every reject and failure recorded, oldest first (``seen``: how many runs met it)."""
        rows = self.conn.execute("SELECT source, stage, reason, detail, at, failed, article_id, seen "
                                 "FROM rejects ORDER BY id")
        return [dict(r) for r in rows]

    # -- unfinished work (what an interrupted or failed run left) -------------------------

    def unextracted_ids(self) -> list[str]:
        """Articles no extractor has read (new, interrupted, or whose extraction failed)."""
        if self._every_article_in("extractions"):
            return []
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM extractions) "
            "ORDER BY rowid")
        return [r[0] for r in rows]

    def outdated_extractions(self, version: str) -> int:
        """How many articles were read by another extractor version than ``version``."""
        return self.conn.execute("SELECT count(*) FROM extractions WHERE version != ?",
                                 (version,)).fetchone()[0]

    def unsigned_ids(self) -> list[str]:
        """Articles stored without a duplicate signature (their duplicate check never ran)."""
        if self._every_article_in("signatures"):
            return []
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM signatures) "
            "ORDER BY rowid")
        return [r[0] for r in rows]

    def save_story_features(self, rows: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Store articles' story features: (article id, features version, features as a dict)."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO story_features (article_id, version, features) VALUES (?, ?, ?)",
                [(aid, version, json.dumps(feats, sort_keys=True)) for aid, version, feats in rows])

    def save_story_edges(self, rows: Iterable[tuple[str, list[tuple[str, float]]]], key: str, *,
                         replace: bool = False) -> None:
        """Store articles' story edges: (article id, [(neighbour id, score), ...]), each its
        edges to the articles added before it, computed with the clustering ``key``.

        Args:
            rows: the articles and their edges.
            key: the clustering key (features version and thresholds) of the edges.
            replace: forget every stored edge first (the index was built anew); edges
                stored under another key are forgotten in any case.
        """
        with self.transaction():
            row = self.conn.execute("SELECT value FROM story_state WHERE key = 'edges_key'").fetchone()
            if replace or row is None or row[0] != key:
                self.conn.execute("DELETE FROM story_edges")
                self.conn.execute("INSERT OR REPLACE INTO story_state VALUES ('edges_key', ?)", (key,))
            self.conn.executemany(
                "INSERT OR REPLACE INTO story_edges (article_id, edges) VALUES (?, ?)",
                [(aid, json.dumps([[b, s] for b, s in edges])) for aid, edges in rows])

    def story_edges(self, key: str) -> dict[str, list[tuple[str, float]]]:
        """The stored story edges by article (see :meth:`save_story_edges`), when they were
        computed with ``key``; empty otherwise."""
        row = self.conn.execute("SELECT value FROM story_state WHERE key = 'edges_key'").fetchone()
        if row is None or row[0] != key:
            return {}
        return {r[0]: [(b, s) for b, s in json.loads(r[1])]
                for r in self.conn.execute("SELECT article_id, edges FROM story_edges")}

    def story_features(self, version: str) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every stored (article id, story features) of this features version, in id order."""
        rows = self.conn.execute(
            "SELECT article_id, features FROM story_features WHERE version = ? ORDER BY article_id", (version,))
        for r in rows:
            yield r[0], json.loads(r[1])

    def _every_article_in(self, table: str) -> bool:
        """True when ``table`` (one row per article, by a foreign key on its primary key)
        has as many rows as there are articles: then no article lacks one, and a run
        learns it from two counts instead of reading every id."""
        count = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - a fixed name
        return count >= self.count_articles()

    def story_features_of(self, article_ids: list[str], version: str) -> dict[str, dict[str, Any]]:
        """The stored story features of these articles under this features version."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(f"SELECT article_id, features FROM story_features "
                                       f"WHERE version = ? AND article_id IN ({marks})", [version, *chunk]):
                out[r[0]] = json.loads(r[1])
        return out

    def last_rowid(self, table: str = "articles") -> int:
        """The largest rowid of ``articles`` or ``signatures`` (0 when empty): rows are
        only added to them, so rows above a rowid are those added since."""
        if table not in ("articles", "signatures"):
            raise ValueError(table)
        return self.conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]

    def ids_after(self, rowid: int) -> list[str]:
        """Ids of the articles stored after ``rowid``, in the order they were stored."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE rowid > ? ORDER BY rowid", (rowid,))]

    def signatures_after(self, rowid: int) -> list[tuple[str, bytes, str | None]]:
        """(article id, signature, publication date) rows written after ``rowid``."""
        return [(r[0], bytes(r[1]), r[2]) for r in self.conn.execute(
            "SELECT signatures.article_id, signature, published FROM signatures "
            "LEFT JOIN articles ON articles.id = signatures.article_id "
            "WHERE signatures.rowid > ? ORDER BY signatures.rowid", (rowid,))]

    def count_signatures(self) -> int:
        return self.conn.execute("SELECT count(*) FROM signatures").fetchone()[0]

    def ids_without_story_features(self, version: str) -> list[str]:
        """Ids of the articles with no story features of this version, in id order."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN "
            "(SELECT article_id FROM story_features WHERE version = ?) ORDER BY id", (version,))
        return [r[0] for r in rows]

    def story_mates(self, article_ids: list[str]) -> list[str]:
        """The articles of the saved stories of these articles (themselves included)."""
        out: set[str] = set()
        for chunk in _chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.conn.execute(
                f"SELECT article_id FROM story_members WHERE story_id IN "
                f"(SELECT story_id FROM story_members WHERE article_id IN ({marks}))", chunk))
        return sorted(out)

    def articles_in_stories(self) -> set[str]:
        """Ids of the articles some saved story holds."""
        return {r[0] for r in self.conn.execute("SELECT article_id FROM story_members")}

    def stories_stale(self) -> bool:
        """True when some stored article is in no story (the stories were not saved since),
        or some story has no threads (saved before threads were)."""
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE id NOT IN (SELECT article_id FROM story_members) LIMIT 1"
        ).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT 1 FROM stories WHERE story_id NOT IN (SELECT story_id FROM story_threads) LIMIT 1"
            ).fetchone()
        return row is not None

    def extraction_status(self) -> dict[str, int]:
        """How many articles' extractions ended in each status (``ok``, ``skipped_...``)."""
        rows = self.conn.execute("SELECT status, count(*) FROM extractions GROUP BY status")
        return {r[0]: r[1] for r in rows}

    @contextmanager
    def writing(self, command: str) -> Iterator[None]:
        """Hold the store's writer lock while a run writes (ingest, extract, load, recluster).

        A second run on the same store is refused at once with a message that names the run
        holding it; readers (``storyline serve``, listings) are never blocked. The lock is
        released when the block ends or the process dies.

        Raises:
            StoreBusy: another process holds the lock.
        """
        if self.path == ":memory:":
            yield
            return
        from storyline.store.lock import writer_lock

        with writer_lock(self.path, command):
            yield

    def search(self, query: str, *, limit: int = 20, marks: tuple[str, str] = ("[", "]"),
               offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search of titles and texts; each hit has a snippet with the matches marked.

        Raises:
            StoreError: the query is not valid FTS5 syntax.
        """
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, "
            "snippet(articles_fts, 1, ?, ?, ' … ', 12) AS snippet, bm25(articles_fts) AS score "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?"
        )
        return self._matching(query, lambda q: [dict(r) for r in self.conn.execute(
            sql, (marks[0], marks[1], q, limit, offset))])

    def _matching(self, query: str, run: Any) -> Any:
        """``run`` the FTS5 ``query``; when it is not valid syntax only because of words typed
        with punctuation (``U.S.``, ``it's``, ``Jong-un``, ``9/11``), run it again with those
        words read as phrases. A query that is still not valid is an error."""
        try:
            return run(query)
        except sqlite3.OperationalError as exc:
            lenient = lenient_fts_query(query)
            if lenient != query:
                try:
                    return run(lenient)
                except sqlite3.OperationalError:
                    pass
            raise StoreError(
                f"search query {query!r} is not valid: {exc}; put phrases in double quotes"
            ) from None

    # -- indexed and paged reads (the web app) -----------------------------------------

    def count_search(self, query: str) -> int:
        """How many articles a full-text query matches (see :meth:`search`)."""
        return self._matching(query, lambda q: self.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (q,)).fetchone()[0])

    def story_summaries(self) -> list[dict[str, Any]]:
        """One row per story, in saved order: id, label, period, article and outlet counts.

        The outlet count is the one saved with the story
        (:func:`~storyline.store.migrations.story_outlet_counts`): its outlets, copies included,
        an article that names no outlet counting as one of its own (two such articles are not
        "0 outlets"), as the dossier counts them "in all".
        """
        counts = dict(self.conn.execute("SELECT story_id, count(*) FROM story_members GROUP BY story_id"))
        return [{"story_id": r["story_id"], "label": r["label"], "first_published": r["first_published"],
                 "last_published": r["last_published"], "articles": counts.get(r["story_id"], 0),
                 "outlets": r["outlet_count"]}
                for r in self.conn.execute("SELECT story_id, label, first_published, last_published, outlet_count "
                                           "FROM stories ORDER BY seq, story_id")]

    def find_story(self, story_id: str) -> Story | None:
        """As :meth:`get_story` (an id or a unique prefix of 4+ characters), reading one story only.

        Raises:
            StoreError: the prefix is ambiguous.
        """
        rows = self.conn.execute("SELECT * FROM stories WHERE story_id = ?", (story_id,)).fetchall()
        if not rows and len(story_id) >= 4:
            rows = self.conn.execute("SELECT * FROM stories WHERE story_id LIKE ? || '%' ESCAPE '\\' LIMIT 2",
                                     (like_escape(story_id),)).fetchall()
            if len(rows) > 1:
                raise StoreError(f"story id prefix {story_id!r} is ambiguous; give more characters")
        if not rows:
            return None
        r = rows[0]
        members = tuple(m[0] for m in self.conn.execute(
            "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY seq", (r["story_id"],)))
        return Story(id=r["story_id"], label=r["label"], article_ids=members, first_published=r["first_published"],
                     last_published=r["last_published"], outlets=tuple(json.loads(r["outlets"])),
                     entities=tuple(json.loads(r["entities"])), terms=tuple(json.loads(r["terms"])))

    def stories_of(self, article_id: str) -> list[dict[str, Any]]:
        """The stories an article is in: story_id and label."""
        rows = self.conn.execute("SELECT s.story_id, s.label FROM story_members m JOIN stories s "
                                 "ON s.story_id = m.story_id WHERE m.article_id = ? ORDER BY s.seq, s.story_id", (article_id,))
        return [dict(r) for r in rows]

    def get_articles(self, article_ids: list[str]) -> dict[str, Article]:
        """The articles with these exact ids (those that exist), by id, with their removed lines."""
        out: dict[str, Article] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            removed: dict[str, list[RemovedLine]] = {}
            for r in self.conn.execute(f"SELECT article_id, line_no, text, rule FROM removed_lines "
                                       f"WHERE article_id IN ({marks}) ORDER BY article_id, line_no", chunk):
                removed.setdefault(r[0], []).append(RemovedLine(r[1], r[2], r[3]))
            for row in self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                out[row["id"]] = article_from_row(row, tuple(removed.get(row["id"], ())))
        return out

    def duplicates_among(self, article_ids: list[str]) -> list[dict[str, Any]]:
        """Duplicate pairs whose two articles are both in ``article_ids``, as :meth:`duplicates`."""
        if not article_ids:
            return []
        marks = ", ".join("?" * len(article_ids))
        sql = (f"SELECT d.* FROM duplicates d JOIN articles a ON a.id = d.a WHERE d.a IN ({marks}) "
               f"AND d.b IN ({marks}) ORDER BY a.published IS NULL, a.published, d.a, d.b")
        return [dict(r) for r in self.conn.execute(sql, [*article_ids, *article_ids])]

    def measure_heads(self) -> list[tuple[str, int]]:
        """Every measure head with its number of figures, most figures first."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT measure_head, count(*) AS n FROM figures GROUP BY measure_head ORDER BY n DESC, measure_head")]

    def figures_page(self, *, measure_head: str | None = None, phrase: str | None = None,
                     limit: int = 50, offset: int = 0) -> tuple[int, list[Figure]]:
        """Figures of one measure head and/or whose measure contains ``phrase`` (any case), a page at
        a time in the order of :meth:`iter_figures`; with how many match in all."""
        where, args = [], []
        if measure_head is not None:
            where.append("f.measure_head = ?")
            args.append(measure_head)
        if phrase is not None:
            where.append("f.measure LIKE '%' || ? || '%' ESCAPE '\\'")
            args.append(like_escape(phrase))
        cond = f"WHERE {' AND '.join(where)} " if where else ""
        total = self.conn.execute(f"SELECT count(*) FROM figures f {cond}", args).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT f.* FROM figures f JOIN articles a ON a.id = f.article_id {cond}"
            "ORDER BY a.published IS NULL, a.published, a.id, f.seq LIMIT ? OFFSET ?", [*args, limit, offset])
        return total, [figure_from_row(r) for r in rows]

    @contextmanager
    def time_limit(self, seconds: float) -> Iterator[TimeLimit]:
        """Interrupt the statements run inside the block once ``seconds`` have passed.

        A statement interrupted raises ``sqlite3.OperationalError`` (or the :class:`StoreError`
        the method turns it into); the yielded object's ``expired`` tells the two apart.
        """
        limit = TimeLimit(time.monotonic() + seconds)
        self.conn.set_progress_handler(limit.check, 100)
        try:
            yield limit
        finally:
            self.conn.set_progress_handler(None, 0)


class TimeLimit:
    """The deadline of :meth:`Store.time_limit`: SQLite's progress handler calls :meth:`check`."""

    __slots__ = ("deadline", "expired")

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.expired = False

    def check(self) -> int:
        if time.monotonic() > self.deadline:
            self.expired = True
        return int(self.expired)


def like_escape(text: str) -> str:
    """``text`` with the LIKE wildcards ``%`` and ``_`` (and the escape ``\\``) escaped, for ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def open_store(path: str | Path = "storyline.db") -> Store:
    """Open (creating and migrating as needed) the store at ``path``; ``:memory:`` for tests.

    Raises:
        StoreError: the file cannot be opened or is not a storyline store.
    """
    path = str(path)
    if path != ":memory:":
        parent = Path(path).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"cannot create the store {path}: folder {parent} does not exist")
    deadline = time.monotonic() + 30
    while True:
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")  # wait for another writer's transaction
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
            refresh_outlet_counts(conn)
            return Store(conn, path)
        except StoreError:
            conn.close()
            raise
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            # a new store being set up by another process at the same moment: SQLite refuses
            # the switch to WAL (and some lock upgrades) at once, without waiting; try again
            if "locked" in str(exc) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise StoreError(f"cannot open the store {path}: {exc}; is it a storyline database?") from None
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise StoreError(f"cannot open the store {path}: {exc}; is it a storyline database?") from None
