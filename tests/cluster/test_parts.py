"""Parts of a story: a group of linked articles is told as its parts that are alike as wholes.

The articles here are invented: a beat of weekly episodes chained by a few recaps, and a
developing story told in two episodes that share their names and words.
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster.stories import (
    ArticleFeatures,
    StoryIndex,
    StoryParams,
    _l2,
    cluster,
    features_of,
    similarity,
    story_edges,
    story_parts,
)
from storyline.model import Article, Field, Provenance, article_id_for

DAY0 = dt.date(2025, 2, 3).toordinal()


def _feats(aid: str, day: int | None, terms: dict[str, float], entities: dict[str, float] | None = None) -> ArticleFeatures:
    t, e = _l2(terms), _l2(entities or {})
    keys = frozenset([f"t:{w}" for w in t] + [f"e:{w}" for w in e])
    return ArticleFeatures(article_id=aid, day=None if day is None else DAY0 + day, terms=t, entities=e, keys=keys)


# One council beat over four weeks: each week an episode of its own (a budget vote, a bus
# fare rise, a library closure, a stadium plan), eight reports each; from the second week
# on, one report recaps the week before in a few words. Beat words and names run through
# all of them.
EPISODES = [("budget", "vote", "deficit"), ("fare", "bus", "rise"),
            ("library", "closure", "branch"), ("stadium", "plan", "arena")]
NAMES = {"mayor lind": 1.0, "varden council": 1.0}
WEEK = 8


def _beat() -> list[ArticleFeatures]:
    out = []
    for week, words in enumerate(EPISODES):
        for k in range(WEEK):
            terms = {"council": 1, "city": 1, **{w: 3 for w in words}, f"own{week}{k}": 1}
            if k == WEEK - 1 and week:  # the recap: last week's episode in a few words
                terms.update({w: 1 for w in EPISODES[week - 1]})
            out.append(_feats(f"w{week}a{k}", 7 * week + k % 2, terms, NAMES))
    return out


def test_a_chain_of_weekly_episodes_of_one_beat_is_not_one_story():
    beat = _beat()
    p = StoryParams()
    # the recaps link each week to the one before, and the links are confirmed: as one
    # group of linked articles the four weeks are one story
    recap = beat[2 * WEEK - 1]
    assert all(p.threshold <= similarity(recap, f) < p.confirm_threshold for f in beat[:WEEK])
    assert similarity(beat[WEEK], beat[0]) < p.threshold  # two reports of two weeks
    whole = cluster(beat, params=StoryParams(part_threshold=0.0)).partition()
    assert sorted(map(len, whole.values())) == [4 * WEEK]
    # told as its parts, each week is a story
    weeks = {frozenset(f"w{w}a{k}" for k in range(WEEK)) for w in range(4)}
    assert {frozenset(ids) for ids in cluster(beat).partition().values()} == weeks


def test_the_parts_do_not_depend_on_the_order_of_arrival():
    beat = _beat()
    reference = cluster(beat).partition()
    rnd = random.Random(5)
    for _ in range(6):
        order = list(beat)
        rnd.shuffle(order)
        index = StoryIndex()
        for f in order:
            a = index.add(f)
            assert a.story_id == index.story_of(f.article_id)
        assert index.partition() == reference
        members = list(order)
        members.sort(key=lambda f: f.sort_key)
        assert story_parts(members) == story_parts(sorted(beat, key=lambda f: f.sort_key))


def test_an_add_saves_every_part_of_its_group():
    # the last recap reaches a group of three weeks: all their parts are among the stories
    # the add touched, and each is the story stories() gives
    beat = _beat()
    index = StoryIndex()
    index.track_changes()
    for f in beat[:-1]:
        index.insert(f)
    index.untouch()
    index.insert(beat[-1])
    saved = index.stories_with(index.touched())
    whole = {s.id: s for s in index.stories()}
    assert {s.id for s in saved} >= {index.story_of(f"w{w}a0") for w in range(2, 4)}
    assert all(whole[s.id] == s for s in saved)


def test_a_member_is_in_its_part_by_an_edge_within_it():
    beat = _beat()
    index = cluster(beat)
    for f in beat:
        m = index.membership(f.article_id)
        assert m.neighbour is not None
        assert index.story_of(m.neighbour) == m.story_id


# A developing story in two episodes a week apart (texts written for this test): a bridge
# is shut after a crack is found, then it reopens after repairs. The same names and many of
# the same words run through both.
BRIDGE = [
    ("2025-05-05", "Carrow Bridge shut after engineers find a crack",
     "Engineers closed the Carrow Bridge over the river Elm on Monday after an inspection found a crack "
     "in a steel girder. Nadia Brest of the Elm County roads office said the bridge would stay shut to "
     "traffic until repairs are done, and drivers were sent on a detour through Millford."),
    ("2025-05-05", "Crack in girder closes Carrow Bridge",
     "The Carrow Bridge across the Elm was closed to traffic after inspectors found a crack in a girder, "
     "Elm County said. Nadia Brest said repairs to the bridge would start within days; until then "
     "drivers take the detour through Millford."),
    ("2025-05-06", "Detour traffic builds in Millford as Carrow Bridge stays shut",
     "Traffic built up in Millford on Tuesday as drivers took the detour around the closed Carrow Bridge. "
     "Nadia Brest of the Elm County roads office said engineers were planning repairs to the cracked girder "
     "and the bridge over the Elm would reopen once they are done."),
    ("2025-05-13", "Carrow Bridge reopens after girder repairs",
     "The Carrow Bridge over the Elm reopened to traffic on Tuesday after engineers finished repairs to the "
     "cracked girder. Nadia Brest of the Elm County roads office said the detour through Millford is lifted "
     "and drivers can cross the bridge again."),
    ("2025-05-13", "Drivers return to Carrow Bridge",
     "Drivers crossed the Carrow Bridge again on Tuesday as Elm County reopened it after repairs to a "
     "cracked girder. Nadia Brest thanked Millford for bearing the detour traffic while the bridge was shut."),
    ("2025-05-14", "Millford quiet again as Carrow Bridge traffic returns",
     "Millford streets were quiet on Wednesday as traffic went back to the reopened Carrow Bridge over the "
     "Elm. Nadia Brest of the Elm County roads office said engineers will inspect the repaired girder "
     "again in a month."),
]


def _article(published: str, title: str, text: str) -> Article:
    prov = Provenance(source="/tmp/x.txt", format="text", sha256="0" * 64)
    return Article(id=article_id_for(text), text=text, provenance=prov, published=Field(published, "json"),
                   title=Field(title, "json"))


def test_a_developing_story_in_two_episodes_stays_one_story():
    feats = sorted((features_of(_article(*row)) for row in BRIDGE), key=lambda f: f.sort_key)
    assert story_parts(feats) == [list(range(6))]
    assert sorted(map(len, cluster(feats).partition().values())) == [6]
    # its episodes are alike as wholes: every report of one is linked to most of the other
    edges = story_edges(feats)
    closed, reopened = [0, 1, 2], [3, 4, 5]
    assert (edges[np.ix_(closed, reopened)] > 0).mean() >= 0.5


def _group(prefix: str, words: tuple[str, ...], day: int = 0) -> list[ArticleFeatures]:
    return [_feats(f"{prefix}{k}", day, {**{w: 3 for w in words}, f"{prefix}own{k}": 1}) for k in range(4)]


A = ("tariff", "trade", "deal")
B = ("protest", "police", "campus")
TELLS_B = {"protest": 3, "police": 3, "campus": 3}  # an article of A that also tells B


def _groups(extra: dict[str, dict[str, float]], *more: ArticleFeatures) -> list[ArticleFeatures]:
    """Two groups of four reports (``a0``..``a3`` and ``b0``..``b3``, one day), the reports
    of ``extra`` with more words, and ``more``; in canonical order (a's, b's, then the rest)."""
    feats = [_feats(f"{p}{k}", 0, {**{w: 3 for w in words}, f"{p}own{k}": 1, **extra.get(f"{p}{k}", {})})
             for p, words in (("a", A), ("b", B)) for k in range(4)]
    return sorted([*feats, *more], key=lambda f: f.sort_key)


@pytest.mark.parametrize("extra, parts", [
    # one report of the first group also tells one report of the second (it shares that
    # report's own word): a thin link between two wholes that are not alike, two parts
    ({"a0": {"protest": 3, "police": 3, "bown0": 3}}, 2),
    # one report of the first tells the second as a whole, linked to each of its reports: in
    # groups this small that is 4 of their 16 pairs, alike enough (the weekly beat above,
    # eight reports a week, is not)
    ({"a0": TELLS_B}, 1),
    # every report of the first also tells the second: the wholes are alike, one part
    ({f"a{k}": TELLS_B for k in range(4)}, 1),
    # half of them do
    ({"a0": TELLS_B, "a1": TELLS_B}, 1),
], ids=["one edge", "one report", "every report", "half the reports"])
def test_two_groups_are_one_story_only_when_alike_as_wholes(extra, parts):
    feats = _groups(extra)
    edges = story_edges(feats)
    cross = edges[np.ix_(range(4), range(4, 8))]
    assert (cross > 0).sum() == 4 * len(extra) or (cross > 0).sum() == 1  # the groups are linked
    assert len(story_parts(feats)) == parts


@pytest.mark.parametrize("follower_terms", [
    # an article like one report of the first group only
    {"tariff": 3, "trade": 1, "aown1": 3, "investor": 3},
    # an article like one report of each group, more like the first's
    {"tariff": 3, "trade": 3, "aown1": 3, "protest": 1, "police": 1, "bown2": 1},
], ids=["one neighbour", "two groups"])
def test_a_small_group_goes_with_the_part_it_is_most_linked_to(follower_terms):
    feats = _groups({"a0": {"protest": 3, "police": 3, "bown0": 3}}, _feats("z", 0, follower_terms))
    z = len(feats) - 1
    assert story_edges(feats)[z, 1] > 0  # like a1
    split = story_parts(feats)
    assert split == [[0, 1, 2, 3, z], [4, 5, 6, 7]]


def test_a_group_too_small_for_two_parts_or_with_parts_switched_off_is_whole():
    feats = sorted([*_group("a", A), _feats("b0", 0, {"tariff": 3, "trade": 3, "aown0": 3, **TELLS_B})],
                   key=lambda f: f.sort_key)
    assert story_parts(feats) == [list(range(5))]  # fewer than two parts of min_part
    feats = _groups({"a0": {"protest": 3, "police": 3, "bown0": 3}})
    assert len(story_parts(feats)) == 2
    assert story_parts(feats, StoryParams(part_threshold=0.0)) == [list(range(8))]
    assert story_parts(feats, StoryParams(part_max_articles=7)) == [list(range(8))]
    assert story_parts(feats, StoryParams(min_part=5)) == [list(range(8))]


_WORDS = "tariff trade deal protest police campus market investor court judge vote poll".split()


@st.composite
def _members(draw):
    n = draw(st.integers(2, 12))
    out = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=5, unique=True))
        terms = {w: draw(st.integers(1, 4)) for w in words}
        terms[f"own{i}"] = draw(st.integers(0, 3))
        names = draw(st.lists(st.sampled_from(["Oslo", "Lima", "Kyiv"]), max_size=2, unique=True))
        day = draw(st.one_of(st.none(), st.integers(0, 150)))
        out.append(_feats(f"a{i:02d}", day, {k: v for k, v in terms.items() if v},
                          {k: draw(st.integers(1, 3)) for k in names}))
    return sorted(out, key=lambda f: f.sort_key)


@settings(max_examples=200, deadline=None)
@given(_members(), st.sampled_from([1, 2, 3]))
def test_the_edges_of_a_group_are_those_the_index_links(members, need):
    params = StoryParams(min_shared_keys=need)
    edges = story_edges(members, params)
    for i, a in enumerate(members):
        for j, b in enumerate(members):
            s = similarity(a, b, params)
            linked = i != j and len(set(a.keys) & set(b.keys)) >= need and s >= params.threshold
            assert edges[i, j] == (s if linked else 0.0)


def test_a_large_group_grows_its_parts_from_days(monkeypatch):
    # above PART_UNIT_ARTICLES members the units are days: the weeks are still the parts
    from storyline.cluster import stories

    beat = sorted(_beat(), key=lambda f: f.sort_key)
    monkeypatch.setattr(stories, "PART_UNIT_ARTICLES", 10)
    parts = {frozenset(beat[k].article_id for k in p) for p in story_parts(beat)}
    assert parts == {frozenset(f"w{w}a{k}" for k in range(WEEK)) for w in range(4)}
