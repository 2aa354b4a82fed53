"""A run costs what is new: the stories it touched saved alone, the indexes kept between runs.

The stored stories must always be those that clustering every stored article from scratch
gives (``recluster``), whatever mix of runs, processes and crashes wrote them.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster import stage
from storyline.cluster.stage import story_key
from storyline.cluster.stories import ArticleFeatures, StoryIndex, StoryParams, _l2, cluster, similarity
from storyline.config import StorylineConfig
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.run import ingest
from storyline.store import open_store

_WORDS = "tariff trade deal protest police campus market investor court judge vote poll".split()
_NAMES = "Ankara Brussels Lima Oslo".split()


def _feats(aid: str, day: int | None, terms: dict[str, float], entities: dict[str, float] | None = None) -> ArticleFeatures:
    t, e = _l2(terms), _l2(entities or {})
    keys = frozenset([f"t:{w}" for w in t] + [f"e:{w}" for w in e])
    return ArticleFeatures(article_id=aid, day=None if day is None else 738_000 + day, terms=t, entities=e, keys=keys)


@st.composite
def _graphs(draw):
    """Small collections over a few shared words and names, dated or not: weak edges,
    triangles, bridges, merges and undated groups in every arrangement."""
    n = draw(st.integers(2, 16))
    out = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=5, unique=True))
        terms = {w: draw(st.integers(1, 4)) for w in words}
        terms[f"own{i}"] = draw(st.integers(0, 3))
        names = draw(st.lists(st.sampled_from(_NAMES), max_size=2, unique=True))
        day = draw(st.one_of(st.none(), st.integers(0, 150)))
        out.append(_feats(f"a{i:02d}", day, {k: v for k, v in terms.items() if v},
                          {k: draw(st.integers(1, 3)) for k in names}))
    return out


def _story_of(partition: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {a: frozenset(ids) for ids in partition.values() for a in ids}


@settings(max_examples=300, deadline=None)
@given(_graphs(), st.randoms(use_true_random=False))
def test_the_touched_stories_are_every_story_an_add_changes(feats, rnd):
    # what a partial save relies on: after adds, every story that changed (lost, gained or
    # merged articles) is among the stories now of the noted articles and of the articles
    # of their stories before, and every story that is gone has its articles among them
    params = StoryParams(min_shared_keys=2)
    rnd.shuffle(feats)
    index = StoryIndex(params)
    index.track_changes()
    cut = rnd.randrange(len(feats))
    for f in feats[:cut]:
        index.insert(f)
    index.untouch()
    before = {frozenset(ids) for ids in index.partition().values()}
    batch = feats[cut:cut + rnd.randint(1, 3)]
    for f in batch:
        index.insert(f)
    after = {frozenset(ids) for ids in index.partition().values()}
    touched = index.touched()
    assert {f.article_id for f in batch} <= set(touched)
    # the stage saves the stories, as they are now, of the touched articles and of every
    # article of the stories they were in before (read from the store)
    mates = set().union(*(old for old in before if old & set(touched)))
    saved = index.stories_with([*touched, *sorted(mates)])
    saved_sets = {frozenset(s.article_ids) for s in saved}
    covered = set().union(*saved_sets)
    assert after - before <= saved_sets  # every new or changed story is saved
    for old in before - after:  # every story that is gone has all its articles saved again
        assert old <= covered
    # and each saved story is the one stories() gives, with the same label and order
    whole = {s.id: s for s in index.stories()}
    assert all(whole[s.id] == s for s in saved)
    assert [s.id for s in saved] == [sid for sid in whole if sid in {s.id for s in saved}]


@settings(max_examples=200, deadline=None)
@given(_graphs())
def test_the_vectorised_score_bound_is_the_score(feats):
    # the filter of the candidates must never drop a pair similarity() makes an edge of:
    # the bound computed over the postings equals the score within the float32 slack
    params = StoryParams(min_shared_keys=1)
    index = StoryIndex(params)
    for f in feats[:-1]:
        index.insert(f)
    new = feats[-1]
    n = len(index)
    cand = np.arange(n)
    cos = index._dot(new.terms, index._terms, new.day, n)
    cos = np.zeros(n) if cos is None else cos
    bound = index._score_bound(new, cand, cos[cand])
    from storyline.cluster.stories import _COS_SLACK, _ENTITY_SLOTS, _cos

    slots = {hash(e) % _ENTITY_SLOTS for f in feats for e in f.entities}
    exact = len(slots) == len({e for f in feats for e in f.entities})  # no two names share a slot
    for i in range(n):
        other = index._nodes[i].feats
        score = similarity(new, other, params)
        assert bound[i] >= score - 1e-4, other.article_id  # never below: no edge is lost
        # the filter lets a pair whose term cosine falls short of min_term_cos by less than
        # the float32 slack through the gate (so that rounding never loses an edge): there
        # the bound is the score past the gate, and similarity() says 0
        at_gate = new.entities and other.entities and \
            params.min_term_cos - _COS_SLACK <= _cos(new.terms, other.terms) < params.min_term_cos
        if exact and not at_gate:
            assert bound[i] == pytest.approx(score, abs=1e-4), other.article_id


def test_a_pair_just_under_the_term_gate_is_kept_as_a_candidate():
    # the term cosine 0.27995 is under min_term_cos (0.28) by less than the float32 slack:
    # similarity() gives 0, and the filter keeps the pair (its bound is the score past the gate)
    def feats(aid, terms):
        return ArticleFeatures(article_id=aid, day=None, terms=_l2(terms), entities={"Ankara": 1.0},
                               keys=frozenset({"e:Ankara", *(f"t:{t}" for t in terms)}))

    old = feats("a", {"judge": 1.0, "investor": 3.0, "own0": 1.0})
    new = feats("b", {"tariff": 2.0, "trade": 2.0, "judge": 2.0, "court": 4.0, "investor": 1.0})
    params = StoryParams(min_shared_keys=1)
    index = StoryIndex(params)
    index.insert(old)
    cos = index._dot(new.terms, index._terms, new.day, 1)
    bound = index._score_bound(new, np.arange(1), cos[:1])
    assert similarity(new, old, params) == 0.0
    assert bound[0] > params.threshold


# --------------------------------------------------------------------- through a store

_TOPICS = [
    ("earthquake rescue rubble aftershock collapsed buildings survivors", "Izmir Turkey"),
    ("election ballots parliament coalition turnout campaign", "Warsaw Poland"),
    ("flood rainfall emergency evacuation river levees", "Valencia Spain"),
    ("tariffs steel exports retaliation customs duties", "Brussels Commission"),
]


def _article(i: int, topic: int, day: int | None) -> Article:
    words, names = _TOPICS[topic]
    text = (f"{names} report {i}. " + " ".join(words.split()[: 4 + i % 3]) + f" in {names}. "
            f"Officials in {names.split()[0]} said the {words.split()[0]} continued, {words}.")
    prov = Provenance(source=f"/x/{i}.txt", format="text", sha256=f"{i:064d}")
    pub = None if day is None else (dt.date(2024, 3, 1) + dt.timedelta(days=day)).isoformat()
    return Article(id=article_id_for(text), text=text, provenance=prov,
                   title=Field(f"{words.split()[0]} {i}", "json"),
                   published=Field(pub, "json") if pub else Field())


def _batches() -> list[list[Article]]:
    arts = [_article(i, i % 4, None if i % 7 == 3 else (i * 3) % 40) for i in range(28)]
    return [arts[:10], arts[10:13], arts[13:14], arts[14:20], arts[20:]]


def _add(store, articles, params=None):
    """One ingest run's cluster stages over articles (stored first, as the store stage does)."""
    for a in articles:
        store.save_article(a)
    from storyline.pipeline import Item

    items = [Item(a) for a in articles]
    stages = [stage.DuplicateLinker(store), stage.StoryClusterer(store, params)]
    out = iter(items)
    for s in stages:
        out = s(out)
    return list(out)


def _saved(store) -> tuple[list, list]:
    stories = [(s.id, s.article_ids, s.label, s.first_published, s.outlets) for s in store.stories()]
    members = sorted(tuple(sorted(m.items())) for s in store.stories() for m in store.story_members(s.id))
    return stories, members


def _from_scratch(store, params=None) -> tuple[list, list]:
    """What ``recluster`` saves, computed in another store with the same articles."""
    other = open_store(":memory:")
    for a in store.iter_articles():
        other.save_article(a)
    stage.recluster(other, params)
    return _saved(other)


@pytest.fixture
def counting(monkeypatch):
    """Each story index made from the store's articles: built by scoring, or restored from
    the stored edges."""
    calls = []
    built, restore = stage._built, StoryIndex.restore.__func__

    def counted_built(*args, **kwargs):
        calls.append("built")
        return built(*args, **kwargs)

    def counted_restore(cls, *args, **kwargs):
        calls.append("restored")
        return restore(cls, *args, **kwargs)

    monkeypatch.setattr(stage, "_built", counted_built)
    monkeypatch.setattr(StoryIndex, "restore", classmethod(counted_restore))
    return calls


@pytest.fixture
def saves(monkeypatch):
    from storyline.store.db import Store

    seen = []
    real = Store.save_stories

    def spy(self, stories, members, threads=None, **kw):
        seen.append((len(stories), kw.get("partial", False)))
        return real(self, stories, members, threads, **kw)

    monkeypatch.setattr(Store, "save_stories", spy)
    return seen


def test_runs_of_one_process_go_on_from_the_kept_index_and_save_what_they_touched(tmp_path, counting, saves):
    with open_store(tmp_path / "s.db") as store:
        for batch in _batches():
            _add(store, batch)
            assert _saved(store) == _from_scratch(store)
            assert not store.stories_stale()
        total = len(store.stories())
    assert len(counting) == 1 + len(_batches())  # built once (then once per from-scratch check)
    runs = saves[::2]  # each run's save, then that of its from-scratch check
    assert [partial for _, partial in runs] == [False] + [True] * (len(_batches()) - 1)
    assert any(n < total for n, _ in runs[1:])  # a run saved fewer than every story


def test_a_new_process_rebuilds_from_the_store_and_still_saves_in_part(tmp_path, saves):
    db = tmp_path / "s.db"
    for batch in _batches():
        with open_store(db) as store:
            _add(store, batch)
            assert _saved(store) == _from_scratch(store)
    assert [partial for _, partial in saves[::2]][1:] == [True] * (len(_batches()) - 1)


def test_a_new_process_restores_the_index_from_the_stored_edges_without_scoring(tmp_path, counting, monkeypatch):
    db = tmp_path / "s.db"
    b = _batches()
    with open_store(db) as store:
        _add(store, b[0])
    assert counting == ["built"]
    scored = []
    real = StoryIndex._edges

    def spy(self, feats):
        scored.append(feats.article_id)
        return real(self, feats)

    monkeypatch.setattr(StoryIndex, "_edges", spy)
    for batch in b[1:]:
        with open_store(db) as store:  # a new process each time
            scored.clear()
            _add(store, batch)
            # the index was restored: only the run's own articles were scored
            assert counting[-1] == "restored"
            assert sorted(scored) == sorted({a.id for a in batch})
            assert _saved(store) == _from_scratch(store)


def test_stories_saved_without_a_key_are_saved_whole_from_the_restored_index(tmp_path, counting, saves):
    db = tmp_path / "s.db"
    b = _batches()
    with open_store(db) as store:
        _add(store, b[0])
        with store.transaction():  # stories saved by other means: their key is forgotten
            store.conn.execute("DELETE FROM story_state WHERE key = 'key'")
    with open_store(db) as store:
        _add(store, b[1])
        assert counting[-1] == "restored"  # the edges still hold under the run's key
        assert saves[-1][1] is False  # every story saved again
        assert _saved(store) == _from_scratch(store)


def test_edges_stored_with_other_thresholds_are_not_restored(tmp_path, counting):
    db = tmp_path / "s.db"
    b = _batches()
    with open_store(db) as store:
        _add(store, b[0])
        other = StoryParams(threshold=StoryParams().threshold + 0.05)
        assert store.story_edges(story_key(other, None)) == {}
        assert store.story_edges(story_key(None, None))


def test_stories_another_process_saved_are_not_continued_from_the_kept_index(tmp_path, counting):
    db = tmp_path / "s.db"
    b = _batches()
    with open_store(db) as mine:
        _add(mine, b[0])
        with open_store(db) as other:
            _add(other, b[1])  # another process: the generation of the stories moves on
        built = len(counting)
        _add(mine, b[2])
        assert len(counting) == built + 1  # rebuilt: the kept index missed the other's stories
        assert _saved(mine) == _from_scratch(mine)


def test_articles_a_dead_run_stored_without_stories_join_the_next_run(tmp_path, counting):
    b = _batches()
    with open_store(tmp_path / "s.db") as store:
        _add(store, b[0])
        for a in b[1]:  # stored, then the run died before its stories
            store.save_article(a)
        assert store.stories_stale()
        built = len(counting)
        _add(store, b[2])
        assert len(counting) == built  # the kept index took them up
        assert not store.stories_stale() and _saved(store) == _from_scratch(store)
    with open_store(tmp_path / "s.db") as store:  # the same in a new process
        for a in b[3]:
            store.save_article(a)
        _add(store, b[4])
        assert not store.stories_stale() and _saved(store) == _from_scratch(store)


def test_stories_of_other_thresholds_are_computed_again_and_saved_whole(tmp_path, saves, counting):
    other = StoryParams(threshold=0.5, confirm_threshold=0.6)
    b = _batches()
    with open_store(tmp_path / "s.db") as store:
        _add(store, b[0])
        _add(store, b[1], other)
        assert saves[-1][1] is False and _saved(store) == _from_scratch(store, other)
        _, key = store.story_state()
        assert key == stage.story_key(other)
        _add(store, b[2])  # back to the defaults: whole again, never the other key's index
        assert saves[-1][1] is False and _saved(store) == _from_scratch(store)


def test_stories_saved_by_other_means_are_saved_whole_by_the_next_run(tmp_path, saves):
    b = _batches()
    with open_store(tmp_path / "s.db") as store:
        _add(store, b[0])
        stories = store.stories()
        members = [m | {"story_id": s.id} for s in stories for m in store.story_members(s.id)]
        store.save_stories(stories, members)  # no key: not known to be this clustering's
        assert store.story_state()[1] is None
        _add(store, b[1])
        assert saves[-1][1] is False and _saved(store) == _from_scratch(store)


def test_a_partial_save_that_would_strand_an_article_changes_nothing(tmp_path):
    from storyline.errors import StoreError

    b = _batches()
    with open_store(tmp_path / "s.db") as store:
        _add(store, b[0])
        before = _saved(store)
        story = next(s for s in store.stories() if len(s.article_ids) > 1)
        half = story.article_ids[:1]
        lone = type(story)(id=half[0], label="x", article_ids=half)
        row = {"article_id": half[0], "story_id": half[0], "score": 0.0, "neighbour": None,
               "shared_terms": [], "shared_entities": []}
        with pytest.raises(StoreError):
            store.save_stories([lone], [row], seqs={half[0]: 0}, partial=True, key="k")
        assert _saved(store) == before


def test_a_watch_like_loop_keeps_both_indexes(tmp_path, examples_dir):
    from storyline.report.demo import corpus_inputs

    inputs = corpus_inputs(examples_dir)
    with open_store(tmp_path / "s.db") as store:
        ingest(inputs[:3], store, StorylineConfig(), extract=False)
        kept = store.memo["stories"].index, store.memo["duplicates"].index
        ingest(inputs[3:], store, StorylineConfig(), extract=False)
        assert (store.memo["stories"].index, store.memo["duplicates"].index) == kept  # the same objects
        assert len(kept[0]) == len(kept[1]) == store.count_articles()
        assert _saved(store) == _from_scratch(store)


def test_names_sharing_a_hash_slot_change_no_story(monkeypatch):
    # every name in one slot: the bound is looser (more pairs scored), the stories the same
    from storyline.cluster import stories

    rnd = __import__("random").Random(5)
    feats = [_feats(f"a{i:03d}", rnd.choice([None, *range(0, 120, 5)]),
                    {w: rnd.randint(1, 4) for w in rnd.sample(_WORDS, 4)},
                    {e: rnd.randint(1, 3) for e in rnd.sample(_NAMES, rnd.randint(0, 3))})
             for i in range(150)]
    params = StoryParams(min_shared_keys=2)
    reference = cluster(feats, params=params).partition()
    monkeypatch.setattr(stories, "_ENTITY_SLOTS", 1)
    assert cluster(feats, params=params).partition() == reference
    assert len(set(reference)) < len(feats)  # some stories have several articles


def _reference_candidates(index: StoryIndex, new: ArticleFeatures) -> list[int]:
    """The candidates of an insert counted pair by pair: the keys each node shares with
    the new article, its term cosine over the window's postings, then the score bound."""
    from storyline.cluster.stories import _COS_SLACK

    params, n = index.params, len(index)
    shared = np.zeros(n, dtype=np.int64)
    for i in range(n):
        shared[i] = len(set(new.keys) & set(index._nodes[i].feats.keys))
    cos = index._dot(new.terms, index._terms, new.day, n)
    if cos is None:
        return []
    bound = min(params.min_term_cos, params.threshold) - _COS_SLACK
    cand = np.flatnonzero((shared >= max(1, params.min_shared_keys)) & (cos >= bound))
    if not len(cand):
        return []
    return cand[index._score_bound(new, cand, cos[cand]) >= params.threshold - _COS_SLACK].tolist()


def _skewed_articles(seed: int, count: int) -> list[ArticleFeatures]:
    # a few words in most articles (long postings, each a small part of a vector), the
    # rest of a Zipf-like vocabulary
    import random

    rnd = random.Random(seed)
    vocab = [f"v{k}" for k in range(60)]
    weights = [1.0 / (k + 1) for k in range(60)]
    out = []
    for i in range(count):
        terms = {w: 1.0 for w in ("common0", "common1", "common2") if rnd.random() < 0.8}
        for w in rnd.choices(vocab, weights, k=rnd.randint(3, 12)):
            terms[w] = terms.get(w, 0.0) + rnd.choice((1.0, 2.0, 3.0))
        ents = {e: float(rnd.randint(1, 3)) for e in rnd.sample(["x", "y", "z", "u", "v"], rnd.randint(0, 3))}
        t, e = _l2(terms), _l2(ents)
        keys = frozenset([f"t:{w}" for w in sorted(t, key=lambda w: -t[w])[:6]] + [f"e:{w}" for w in e])
        day = None if rnd.random() < 0.2 else 738_000 + rnd.randrange(0, 300)
        out.append(ArticleFeatures(article_id=f"s{i:04d}", day=day, terms=t, entities=e, keys=keys))
    return out


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from([1, 2, 3]))
def test_candidates_are_those_of_every_pair_counted_apart(seed, need):
    # the filters read at once over the postings give exactly the candidates of counting
    # each pair's shared keys and term cosine apart (common words in most articles)
    index = StoryIndex(StoryParams(min_shared_keys=need))
    for f in _skewed_articles(seed, 160):
        assert index._candidates(f) == _reference_candidates(index, f), f.article_id
        index.insert(f)


# --------------------------------------------------------------------- the window's postings

def _window_index() -> tuple[StoryIndex, int]:
    # articles at the first day of a time bucket, of the next one, of three and six buckets
    # on, and one undated; with the offset (in days, as _feats counts them) of the first
    index = StoryIndex()
    width = index._bucket_days
    start = (738_000 // width + 1) * width - 738_000
    for aid, buckets in (("early", 0), ("near", 1), ("later", 3), ("far", 6), ("undated", None)):
        day = None if buckets is None else start + buckets * width
        index.insert(_feats(aid, day, {"harbour": 2.0, "ferry": 1.0, aid: 1.0}))
    return index, start


@pytest.mark.parametrize("buckets, words, expected", [
    # a dated article reads the buckets its window overlaps, then the undated one
    (0, ["harbour"], ["early", "undated"]),
    (1, ["harbour", "ferry"], ["early", "near", "undated", "early", "near", "undated"]),
    (6, ["far"], ["far"]),
    # an undated article reads every bucket
    (None, ["ferry"], ["early", "near", "later", "far", "undated"]),
    # a word no article has, or only an article out of the window, reads nothing
    (0, ["lighthouse"], []),
    (0, ["far"], []),
])
def test_the_postings_of_a_window(buckets, words, expected):
    index, start = _window_index()
    at = None if buckets is None else 738_000 + start + buckets * index._bucket_days
    weights = {w: 0.5 for w in words}
    found, query = index._window_postings(at, weights, index._terms)
    got = [index._nodes[i].feats.article_id for p in found for i in p.ids]
    assert got == expected
    assert query == [0.5] * len(found)
    # keys are read the same way, with a query weight of 1
    keys, ones = index._window_postings(at, [f"t:{w}" for w in words], index._keys)
    assert [list(p.ids) for p in keys] == [list(p.ids) for p in found] and ones == [1.0] * len(keys)


@pytest.mark.parametrize("postings, query, expected", [
    # node 0 in both postings, node 2 in one: float32 products summed per node
    ([([0, 2], [0.5, 0.25]), ([0], [0.5])], [1.0, 0.5], [0.75, 0.0, 0.25]),
    # one posting, a query weight of 0: every sum is 0
    ([([1], [0.8])], [0.0], [0.0, 0.0, 0.0]),
    # no posting: None (nothing shared)
    ([], [], None),
])
def test_the_weighted_sum_of_postings(postings, query, expected):
    from storyline.cluster.stories import _Postings, _weighted_sum

    found = []
    for ids, weights in postings:
        p = _Postings(True)
        p.ids.extend(ids)
        p.weights.extend(weights)
        found.append(p)
    out = _weighted_sum(found, query, 3)
    if expected is None:
        assert out is None
    else:
        assert out.tolist() == pytest.approx(expected)
        # the same sums as a product per entry, read node by node
        ref = np.zeros(3)
        for p, q in zip(found, query, strict=True):
            for i, w in zip(p.ids, p.weights, strict=True):
                ref[i] += float(np.float32(w) * np.float32(q))
        assert np.array_equal(out, ref)
