"""The store: migrations, article round trips, idempotent saves, search."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import StoreError
from storyline.model import Article, Field, Provenance, RemovedLine, article_id_for
from storyline.store import open_store
from storyline.store.migrations import MIGRATIONS, schema_version


def test_fresh_store_is_migrated_to_the_latest_version(fresh_store):
    assert schema_version(fresh_store.conn) == max(MIGRATIONS)
    tables = {r[0] for r in fresh_store.conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "inputs", "removed_lines", "rejects", "articles_fts"} <= tables


def test_file_store_uses_wal_and_reopens_without_migrating_again(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_store(path) as store:
        assert schema_version(store.conn) == max(MIGRATIONS)


def test_a_failing_migration_leaves_the_store_unchanged(tmp_path, monkeypatch):
    from storyline.store import migrations

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setitem(migrations.MIGRATIONS, max(MIGRATIONS) + 1, broken)
    # MIGRATIONS now ends with the broken one.
    last_good = max(MIGRATIONS) - 1
    with pytest.raises(StoreError, match=f"migration {last_good + 1} failed"):
        open_store(tmp_path / "m.db")
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == last_good
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in names


def test_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(bad)


def test_a_store_of_a_newer_version_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    again = open_store(path)  # this version's own store opens
    assert schema_version(again.conn) == max(MIGRATIONS)
    again.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {max(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version of storyline"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == max(MIGRATIONS) + 1
    conn.close()


def test_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "s.db")


def test_same_text_is_stored_once_and_each_input_is_recorded(fresh_store, article_factory):
    a = article_factory("North Korea sent about 10,000 soldiers.", source="/x/a.txt")
    b = article_factory("North Korea sent about 10,000 soldiers.", source="/x/b.txt")
    assert fresh_store.save_article(a) is True
    assert fresh_store.save_article(b) is False
    assert fresh_store.count_articles() == 1
    assert [i["source"] for i in fresh_store.inputs_of(a.id)] == ["/x/a.txt", "/x/b.txt"]


def test_get_article_by_prefix_and_ambiguity(fresh_store, article_factory):
    a = article_factory("one text about troops")
    fresh_store.save_article(a)
    assert fresh_store.get_article(a.id[:6]) == a
    assert fresh_store.get_article("abc") is None  # too short to be a prefix
    assert fresh_store.get_article("ffffffffffffffff") is None


def test_search_marks_matches_and_refuses_bad_syntax(fresh_store, article_factory):
    fresh_store.save_article(article_factory("The Pentagon said 10,000 troops arrived in Kursk.", title="Troops"))
    fresh_store.save_article(article_factory("A story about the weather in Lisbon.", title="Weather"))
    hits = fresh_store.search("troops")
    assert [h["title"] for h in hits] == ["Troops"]
    assert "[troops]" in hits[0]["snippet"]
    with pytest.raises(StoreError, match="not valid"):
        fresh_store.search('"unbalanced')


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300)
values = st.one_of(st.none(), st.text(max_size=40))


@st.composite
def articles(draw):
    text = draw(texts)
    meta = {}
    for name in Article.METADATA:
        value = draw(values)
        meta[name] = Field(value, draw(st.sampled_from(["meta", "json", "htmldate", ""])), draw(st.text(max_size=20))) if value is not None else Field()
    removed = tuple(RemovedLine(i + 1, draw(st.text(max_size=30)), draw(st.sampled_from(["ui", "repeated"])))
                    for i in range(draw(st.integers(0, 3))))
    prov = Provenance(draw(st.text(min_size=1, max_size=50)), "text", "a" * 64, draw(st.sampled_from(["", "line 2"])))
    return Article(id=article_id_for(text), text=text, provenance=prov, removed=removed, **meta)


@settings(max_examples=60, deadline=None)
@given(articles())
def test_article_round_trip(article):
    store = open_store(":memory:")
    try:
        store.save_article(article)
        assert store.get_article(article.id) == article
        assert list(store.iter_articles()) == [article]
    finally:
        store.close()


from storyline.model import Attribution, Figure, Quantity, Source, TimeRef  # noqa: E402

times = st.one_of(st.none(), st.builds(
    TimeRef, text=st.text(max_size=10), start=st.integers(0, 100), end=st.integers(0, 100),
    value=st.one_of(st.none(), st.sampled_from(["2024-11-12", "2024-W46", "2024-11"])),
    granularity=st.sampled_from(["day", "week", "month", "year"]), resolved=st.booleans()))
bounds = st.one_of(st.none(), st.floats(min_value=0, max_value=1e9, allow_nan=False))


@st.composite
def figure_lists(draw, article_id):
    out = []
    for _ in range(draw(st.integers(0, 4))):
        sources = tuple(Source(draw(st.text(min_size=1, max_size=20)),
                               draw(st.sampled_from(["person", "media", "anonymous", "government"])),
                               draw(st.sampled_from(["said", "according to", "citing"])),
                               draw(st.one_of(st.none(), st.integers(0, 50))), None)
                        for _ in range(draw(st.integers(0, 2))))
        out.append(Figure(
            article_id=article_id,
            quantity=Quantity(draw(st.text(min_size=1, max_size=20)), 3, 9, draw(bounds), draw(bounds),
                              draw(st.booleans()), draw(st.one_of(st.none(), st.sampled_from(["%", "km2", "USD"])))),
            measure=draw(st.text(max_size=30)), measure_head=draw(st.sampled_from(["personnel", "killed", "count"])),
            attribution=Attribution(sources), modality=draw(st.sampled_from(["asserted", "reported", "hypothetical"])),
            sentence_start=0, sentence_end=20, said_on=draw(times), refers_to=draw(times)))
    return out


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_figures_round_trip_and_replace(data):
    store = open_store(":memory:")
    try:
        article = Article(id=article_id_for("x y z"), text="x y z",
                          provenance=Provenance("/a", "text", "0" * 64))
        store.save_article(article)
        first = data.draw(figure_lists(article.id))
        store.save_figures(article.id, first, version="v1")
        assert store.figures_of(article.id) == first
        second = data.draw(figure_lists(article.id))
        store.save_figures(article.id, second, version="v2")
        assert list(store.iter_figures()) == second
        assert store.is_extracted(article.id, "v2") and not store.is_extracted(article.id, "v1")
    finally:
        store.close()


def test_an_articles_inputs_are_found_through_an_index(fresh_store):
    plan = " ".join(r[3] for r in fresh_store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT source, member, sha256, seen_at FROM inputs WHERE article_id = ?", ("x",)))
    assert "USING INDEX inputs_article" in plan


@pytest.mark.parametrize("query, title", [
    ("U.S. troops", "Deployment"), ("it's", "Weather"), ("Jong-un", "Deployment"),
    ("front.", "Deployment"), ("9/11", "Anniversary"), ("$5 billion", "Aid"),
])
def test_search_reads_punctuated_words_as_phrases(fresh_store, article_factory, query, title):
    """Words as people type them (U.S., it's, Jong-un, 9/11) are not FTS5 syntax; read as
    phrases they find what they name, where they used to be an error."""
    for text, t in [("U.S. officials said troops sent by Kim Jong-un reached the front.", "Deployment"),
                    ("Forecasters said it's the wettest spring in Lisbon.", "Weather"),
                    ("The city marked the 9/11 anniversary with a silence.", "Anniversary"),
                    ("Congress approved $5 billion in aid.", "Aid")]:
        fresh_store.save_article(article_factory(text, title=t))
    assert [h["title"] for h in fresh_store.search(query)] == [title]
    assert fresh_store.count_search(query) == 1


def test_search_keeps_the_syntax_it_is_given(fresh_store, article_factory):
    fresh_store.save_article(article_factory("Troops crossed the river at dawn.", title="River"))
    fresh_store.save_article(article_factory("Troops held the bridge.", title="Bridge"))
    assert {h["title"] for h in fresh_store.search("river OR bridge")} == {"River", "Bridge"}
    assert [h["title"] for h in fresh_store.search("troops NOT river")] == ["Bridge"]
    assert [h["title"] for h in fresh_store.search("brid*")] == ["Bridge"]


def _outlet_story_store(path, article_factory):
    """Two stories: one of two articles naming no outlet and no URL, one of an outlet's two
    articles and an article known only by its URL."""
    from storyline.model import Story

    rows = [("bare", "", ""), ("bare", "", ""), ("named", "Harbour Post", ""), ("named", "Harbour Post", ""),
            ("named", "", "https://valley.example/a")]
    ids: dict[str, list[str]] = {}
    store = open_store(path)
    for n, (story, outlet, url) in enumerate(rows):
        meta = {k: v for k, v in (("outlet", outlet), ("url", url)) if v}
        article = article_factory(f"The {story} river story, part {n}, told in words of its own for the test.",
                                  source=f"/tmp/{story}-{n}.txt", **meta)
        store.save_article(article)
        ids.setdefault(story, []).append(article.id)
    stories = [Story(ids["bare"][0], "bare", tuple(ids["bare"])),
               Story(ids["named"][0], "named", tuple(ids["named"]), outlets=("Harbour Post", "valley.example"))]
    members = [{"article_id": a, "story_id": s.id, "score": 0.5, "neighbour": None, "shared_terms": [],
                "shared_entities": []} for s in stories for a in s.article_ids]
    store.save_stories(stories, members)
    return store


def test_a_story_s_outlet_count_is_saved_with_it(tmp_path, article_factory):
    store = _outlet_story_store(tmp_path / "s.db", article_factory)
    saved = dict(store.conn.execute("SELECT label, outlet_count FROM stories"))
    assert saved == {"bare": 2, "named": 2}  # each article naming no outlet is an outlet of its own
    assert {r["label"]: r["outlets"] for r in store.story_summaries()} == saved
    store.close()


def test_the_outlet_count_of_stories_saved_before_it_was_kept_is_filled_in(tmp_path, article_factory):
    path = tmp_path / "s.db"
    store = _outlet_story_store(path, article_factory)
    store.conn.execute("ALTER TABLE stories DROP COLUMN outlet_count")
    store.conn.execute(f"PRAGMA user_version = {max(MIGRATIONS) - 1}")
    store.conn.commit()
    store.close()
    with open_store(path) as again:
        assert schema_version(again.conn) == max(MIGRATIONS)
        assert {r["label"]: r["outlets"] for r in again.story_summaries()} == {"bare": 2, "named": 2}


def test_outlet_counts_saved_by_another_way_of_counting_are_counted_again_on_open(tmp_path, article_factory):
    from storyline.outlets import COUNTING

    path = tmp_path / "s.db"
    store = _outlet_story_store(path, article_factory)
    assert store.conn.execute("SELECT value FROM story_state WHERE key = 'outlet_counting'").fetchone()[0] == COUNTING
    store.conn.execute("UPDATE stories SET outlet_count = 9")
    store.close()
    with open_store(path) as same:  # the same way of counting: what was saved is read as it is
        assert {r["outlets"] for r in same.story_summaries()} == {9}
        same.conn.execute("UPDATE story_state SET value = 'outlets-0' WHERE key = 'outlet_counting'")
    with open_store(path) as again:
        assert {r["label"]: r["outlets"] for r in again.story_summaries()} == {"bare": 2, "named": 2}
