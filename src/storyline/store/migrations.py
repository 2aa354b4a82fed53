"""Numbered schema migrations of the SQLite store, each applied once in a transaction.

A migration is a function registered with ``@migration(n)``; :func:`migrate` applies,
in order, those whose number is above the store's ``PRAGMA user_version``, each in its
own transaction together with the version bump, so a failed migration leaves the store
as it was. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storyline.errors import StoreError

__all__ = ["MIGRATIONS", "migrate", "migration", "refresh_outlet_counts", "schema_version",
           "story_outlet_counts"]

MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def migration(number: int) -> Callable[[Callable[[sqlite3.Connection], None]], Callable[[sqlite3.Connection], None]]:
    """Register a migration under ``number`` (1, 2, 3 ... without gaps)."""

    def register(fn: Callable[[sqlite3.Connection], None]) -> Callable[[sqlite3.Connection], None]:
        if number in MIGRATIONS:
            raise ValueError(f"migration {number} is defined twice")
        MIGRATIONS[number] = fn
        return fn

    return register


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def write_unless(conn: sqlite3.Connection, done: Callable[[], bool], work: Callable[[], None], *,
                 read_only_ok: bool = False) -> bool:
    """Run ``work`` in one write transaction unless ``done()``, asked again once the write
    lock is held (another process may have done it while this one waited); any error rolls
    it back. With ``read_only_ok`` a store the user can only read is left as it is. Returns
    whether ``work`` ran."""
    if done():
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if read_only_ok and "readonly" in str(exc).replace(" ", ""):
            return False
        raise
    try:
        if done():
            conn.execute("ROLLBACK")
            return False
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations; return the numbers applied.

    Raises:
        StoreError: a migration failed, or the store was written by a newer storyline (its
            schema is past the last migration known here: reading it could misread it, and
            writing it could break it for the version that made it).
    """
    known = max(MIGRATIONS, default=0)
    if schema_version(conn) > known:
        raise StoreError(f"this store was written by a newer version of storyline (schema {schema_version(conn)}; "
                         f"this one knows up to {known}): upgrade storyline to read it")
    applied = []
    for number in sorted(MIGRATIONS):

        def step(number: int = number) -> None:
            before = schema_version(conn)
            try:
                MIGRATIONS[number](conn)
                conn.execute(f"PRAGMA user_version = {number:d}")
            except Exception as exc:
                raise StoreError(f"migration {number} failed ({type(exc).__name__}: {exc}); the store was left "
                                 f"at version {before}") from exc

        # another process may have migrated while this one waited for the write lock
        if write_unless(conn, lambda number=number: number <= schema_version(conn), step):
            applied.append(number)
    return applied


_META = ("title", "outlet", "author", "published", "updated", "language", "url")


@migration(1)
def m001_articles(conn: sqlite3.Connection) -> None:
    """Articles with sourced metadata, the inputs seen, removed lines, rejects, FTS5."""
    meta_cols = ",\n".join(
        f"{name} TEXT, {name}_origin TEXT NOT NULL DEFAULT '', {name}_detail TEXT NOT NULL DEFAULT ''"
        for name in _META
    )
    conn.execute(f"""
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            member TEXT NOT NULL DEFAULT '',
            {meta_cols},
            extras TEXT NOT NULL DEFAULT '{{}}',
            ingested_at TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX articles_published ON articles(published)")
    conn.execute("""
        CREATE TABLE inputs (
            sha256 TEXT NOT NULL,
            source TEXT NOT NULL,
            member TEXT NOT NULL DEFAULT '',
            article_id TEXT REFERENCES articles(id),
            seen_at TEXT NOT NULL,
            PRIMARY KEY (sha256, source, member)
        )""")
    conn.execute("""
        CREATE TABLE removed_lines (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL,
            text TEXT NOT NULL,
            rule TEXT NOT NULL,
            PRIMARY KEY (article_id, line_no)
        )""")
    conn.execute("""
        CREATE TABLE rejects (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )""")
    conn.execute("""
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid', tokenize='unicode61'
        )""")
    conn.execute("""
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""")
    conn.execute("""
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END""")
    conn.execute("""
        CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""")


@migration(2)
def m002_figures(conn: sqlite3.Connection) -> None:
    """Figures per article, and which articles were extracted by which extractor version."""
    conn.execute("""
        CREATE TABLE figures (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            low REAL,
            high REAL,
            approx INTEGER NOT NULL,
            unit TEXT,
            measure TEXT NOT NULL,
            measure_head TEXT NOT NULL,
            sources TEXT NOT NULL,
            modality TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            said_on TEXT,
            refers_to TEXT,
            PRIMARY KEY (article_id, seq)
        )""")
    conn.execute("CREATE INDEX figures_head ON figures(measure_head)")
    conn.execute("""
        CREATE TABLE extractions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            figures INTEGER NOT NULL,
            at TEXT NOT NULL
        )""")


@migration(3)
def m003_duplicates(conn: sqlite3.Connection) -> None:
    """Near-duplicate pairs with their evidence, and each article's MinHash signature."""
    conn.execute("""
        CREATE TABLE duplicates (
            a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            similarity REAL NOT NULL,
            containment REAL NOT NULL,
            word_similarity REAL NOT NULL,
            sentence_overlap REAL NOT NULL,
            shared_passage TEXT NOT NULL,
            shared_start_a INTEGER NOT NULL,
            shared_end_a INTEGER NOT NULL,
            shared_start_b INTEGER NOT NULL,
            shared_end_b INTEGER NOT NULL,
            PRIMARY KEY (a, b)
        )""")
    conn.execute("CREATE INDEX duplicates_b ON duplicates(b)")
    conn.execute("""
        CREATE TABLE signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        )""")


@migration(4)
def m004_stories(conn: sqlite3.Connection) -> None:
    """Stories and why each article is in its story."""
    conn.execute("""
        CREATE TABLE stories (
            story_id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            outlets TEXT NOT NULL,
            entities TEXT NOT NULL,
            terms TEXT NOT NULL,
            seq INTEGER NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories(story_id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            score REAL NOT NULL,
            neighbour TEXT,
            shared_terms TEXT NOT NULL,
            shared_entities TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX story_members_story ON story_members(story_id, seq)")


@migration(5)
def m005_failures(conn: sqlite3.Connection) -> None:
    """Failures apart from refused inputs; a reject recorded once however often it recurs;
    how an article's extraction ended (``ok``, or skipped with a reason)."""
    conn.execute("ALTER TABLE rejects ADD COLUMN failed INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE rejects ADD COLUMN article_id TEXT")
    conn.execute("ALTER TABLE rejects ADD COLUMN seen INTEGER NOT NULL DEFAULT 1")
    conn.execute("""
        DELETE FROM rejects WHERE id NOT IN (
            SELECT min(id) FROM rejects GROUP BY source, stage, reason, detail)""")
    conn.execute("CREATE UNIQUE INDEX rejects_once ON rejects(source, stage, reason, detail)")
    conn.execute("ALTER TABLE extractions ADD COLUMN status TEXT NOT NULL DEFAULT 'ok'")


@migration(6)
def m006_story_features(conn: sqlite3.Connection) -> None:
    """Each article's story features (terms, entities, date), so that a run rebuilds the
    story index without reading old texts again; ``version`` is the features' version."""
    conn.execute("""
        CREATE TABLE story_features (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            features TEXT NOT NULL
        )""")


@migration(7)
def m007_inputs_by_article(conn: sqlite3.Connection) -> None:
    """Find an article's inputs without scanning every input (article pages, ``storyline show``)."""
    conn.execute("CREATE INDEX inputs_article ON inputs(article_id)")


@migration(8)
def m008_watch(conn: sqlite3.Connection) -> None:
    """``storyline watch``: the sources watched (schedule, validators, errors), the feed
    entries and files seen, the cycles, each story's ledger snapshot and the changes found."""
    conn.execute("""
        CREATE TABLE IF NOT EXISTS watch_sources (
            spec TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            interval REAL NOT NULL,
            added_at TEXT NOT NULL,
            next_due REAL NOT NULL,
            last_poll TEXT,
            last_ok TEXT,
            last_status TEXT NOT NULL DEFAULT '',
            etag TEXT NOT NULL DEFAULT '',
            last_modified TEXT NOT NULL DEFAULT '',
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            polls INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        )""")
    conn.execute("""
        CREATE TABLE IF NOT EXISTS watch_seen (
            source TEXT NOT NULL,
            key TEXT NOT NULL,
            digest TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            gone_at TEXT,
            PRIMARY KEY (source, key)
        )""")
    conn.execute("""
        CREATE TABLE IF NOT EXISTS watch_cycles (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            base_rowid INTEGER NOT NULL,
            summary TEXT NOT NULL DEFAULT '{}'
        )""")
    conn.execute("""
        CREATE TABLE IF NOT EXISTS watch_snapshots (
            story_id TEXT PRIMARY KEY,
            snapshot TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    conn.execute("""
        CREATE TABLE IF NOT EXISTS watch_changes (
            id INTEGER PRIMARY KEY,
            cycle INTEGER NOT NULL,
            story_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            data TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX IF NOT EXISTS watch_changes_story ON watch_changes(story_id, id)")
    conn.execute("CREATE INDEX IF NOT EXISTS watch_changes_at ON watch_changes(at)")


@migration(9)
def m009_story_threads(conn: sqlite3.Connection) -> None:
    """Each story's threads (sub-events): their members, period and distinctive terms."""
    conn.execute("""
        CREATE TABLE story_threads (
            story_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT,
            article_ids TEXT NOT NULL,
            terms TEXT NOT NULL,
            PRIMARY KEY (story_id, seq)
        )""")


@migration(10)
def m010_story_state(conn: sqlite3.Connection) -> None:
    """What the saved stories are of: a generation counter bumped by every save of stories
    (a process that keeps a story index between runs knows from it whether another wrote
    the stories since), and the clustering key (features version and thresholds) they were
    computed with. Stories are then saved in part (those a run touched), ordered by
    ``seq`` (the day of their earliest article) and id; a store without a key is saved in
    full by its next run."""
    conn.execute("CREATE TABLE IF NOT EXISTS story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration(11)
def m011_story_edges(conn: sqlite3.Connection) -> None:
    """The story index's edges, so that a new process restores the index from them instead
    of scoring every stored article against its neighbours again: per article, its edges
    (neighbour, score) to the articles stored before it was added; the key they were
    computed with is ``story_state``'s ``edges_key``."""
    conn.execute("CREATE TABLE IF NOT EXISTS story_edges (article_id TEXT PRIMARY KEY, edges TEXT NOT NULL)")


@migration(12)
def m012_pending_deliveries(conn: sqlite3.Connection) -> None:
    """The finished watch cycles whose webhook delivery is still pending, indexed alone: each
    cycle looks them up (to send them again first), which then reads those few rows and not
    the summary of every cycle the watch ever ran."""
    conn.execute("CREATE INDEX IF NOT EXISTS watch_cycles_pending ON watch_cycles(id) "
                 "WHERE finished IS NOT NULL AND json_extract(summary, '$.webhook.pending') = 1")


@migration(13)
def m013_title_figures(conn: sqlite3.Connection) -> None:
    """Figures read in an article's title: ``in_title`` 1 marks them, and their offsets
    point into the title, not the text (0 for every figure stored before)."""
    conn.execute("ALTER TABLE figures ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0")



def story_outlet_counts(conn: sqlite3.Connection, story_ids: list[str] | None = None) -> None:
    """Set ``stories.outlet_count`` of these stories (all when None) from their members'
    outlets, by :func:`storyline.outlets.outlets_in_all`: the one count the listing reads."""
    from storyline.outlets import outlets_in_all

    sql = ("SELECT m.story_id, m.article_id, a.outlet FROM story_members m JOIN articles a "
           "ON a.id = m.article_id")
    rows: list[tuple[str, str, str | None]] = []
    if story_ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        for i in range(0, len(story_ids), 500):
            chunk = story_ids[i:i + 500]
            rows += conn.execute(f"{sql} WHERE m.story_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
    members: dict[str, list[tuple[str, str | None]]] = {}
    for story_id, article_id, outlet in rows:
        members.setdefault(story_id, []).append((article_id, outlet))
    conn.executemany("UPDATE stories SET outlet_count = ? WHERE story_id = ?",
                     [(outlets_in_all(pairs), sid) for sid, pairs in members.items()])


def refresh_outlet_counts(conn: sqlite3.Connection) -> bool:
    """Count every story's outlets again (:func:`story_outlet_counts`) when they were saved by
    another way of counting (:data:`storyline.outlets.COUNTING`, kept in ``story_state``), so
    that the listing never shows counts of an older rule; returns whether it counted."""
    from storyline.outlets import COUNTING

    def counted() -> bool:
        row = conn.execute("SELECT value FROM story_state WHERE key = 'outlet_counting'").fetchone()
        return row is not None and row[0] == COUNTING

    def count() -> None:
        story_outlet_counts(conn)
        conn.execute("INSERT OR REPLACE INTO story_state VALUES ('outlet_counting', ?)", (COUNTING,))

    # a store the user can only read: its counts are read as saved
    return write_unless(conn, counted, count, read_only_ok=True)


@migration(14)
def m014_story_outlet_count(conn: sqlite3.Connection) -> None:
    """Each story's outlet count (:func:`story_outlet_counts`), kept with the story."""
    conn.execute("ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 0")
    story_outlet_counts(conn)
