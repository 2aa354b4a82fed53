"""Story clustering: one story for the seeds and the sample corpus, order independence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster.stories import (
    StoryIndex,
    StoryParams,
    cluster,
    fallback_entities,
    features_of,
    similarity,
    story_record,
)
from storyline.config import StorylineConfig
from storyline.ingest.runner import ingest
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.report.demo import corpus_inputs
from storyline.store import open_store


def _article(text: str, published: str | None = None, title: str | None = None, outlet: str | None = None) -> Article:
    prov = Provenance(source="/tmp/x.txt", format="text", sha256="0" * 64)
    return Article(id=article_id_for(text), text=text, provenance=prov,
                   published=Field(published, "json") if published else Field(),
                   title=Field(title, "json") if title else Field(),
                   outlet=Field(outlet, "json") if outlet else Field())


@pytest.fixture(scope="module")
def seed_articles(shared_dir):
    store = open_store(":memory:")
    ingest([str(shared_dir / "corpus" / "seeds")], store, StorylineConfig())
    return list(store.iter_articles())


@pytest.fixture(scope="module")
def sample_articles(examples_dir):
    store = open_store(":memory:")
    ingest(corpus_inputs(examples_dir), store, StorylineConfig())
    return list(store.iter_articles())


def test_seed_articles_form_one_story(seed_articles):
    index = cluster(seed_articles)
    stories = index.stories()
    assert len(seed_articles) == 5
    assert len(stories) == 1
    assert "north korean" in stories[0].label and "kursk" in stories[0].label


def test_sample_corpus_forms_one_story(sample_articles):
    stories = cluster(sample_articles).stories()
    assert [len(s.article_ids) for s in stories] == [12]
    story = stories[0]
    assert story.period == ("2024-11-05", "2024-12-28")
    # the story id is its earliest article: kursk-first-clashes, 5 November
    first = min((a for a in sample_articles if a.published), key=lambda a: a.published.value)
    assert story.id == first.id


def test_every_membership_says_why(sample_articles):
    index = cluster(sample_articles)
    for a in sample_articles:
        m = index.membership(a.id)
        assert m.score >= index.params.threshold
        assert m.neighbour is not None and m.shared_entities
    rec = story_record(index.stories()[0], index)
    assert rec["story_id"] and len(rec["article_ids"]) == 12 and rec["members"][0]["shared_terms"]


def test_unrelated_events_of_the_same_day_do_not_merge():
    a = _article("A magnitude 6.1 earthquake struck near Izmir in western Turkey, damaging buildings in "
                 "Bayrakli. Rescue teams from AFAD searched collapsed homes.", "2024-03-01")
    b = _article("The Federal Reserve kept interest rates unchanged, Jerome Powell told reporters in "
                 "Washington, citing sticky inflation and a strong labour market.", "2024-03-01")
    c = _article("Rescue teams from AFAD kept searching collapsed homes in Bayrakli after the Izmir "
                 "earthquake in Turkey, as aftershocks shook the region.", "2024-03-02")
    index = cluster([a, b, c])
    part = index.partition()
    assert sorted(len(v) for v in part.values()) == [1, 2]
    assert index.story_of(a.id) == index.story_of(c.id) != index.story_of(b.id)


def test_time_window_is_a_hard_limit():
    text = "Rescue teams from AFAD searched collapsed homes in Bayrakli after the Izmir earthquake in Turkey."
    a = _article(text, "2024-03-01")
    far = _article(text + " Again.", "2024-09-01")
    near = _article(text + " Again.", "2024-03-20")
    fa, ff, fn = features_of(a), features_of(far), features_of(near)
    assert similarity(fa, ff) == 0.0
    assert 0.0 < similarity(fa, fn) < similarity(fa, features_of(_article(text + " Again.", "2024-03-02")))


def test_fallback_entities_skip_sentence_openers():
    ents = fallback_entities("The Pentagon said on Tuesday. However, Volodymyr Zelensky met officials in Kyiv. "
                             "Officials in North Korea declined.")
    assert "pentagon" in ents and "volodymyr zelensky" in ents and "kyiv" in ents and "north korea" in ents
    assert "however" not in ents and "officials" not in ents and "tuesday" not in ents


def test_add_again_changes_nothing(sample_articles):
    index = cluster(sample_articles)
    before = index.partition()
    again = index.add(sample_articles[3])
    assert index.partition() == before and again.story_id == index.story_of(sample_articles[3].id)


# ----------------------------------------------------------------- order independence

_TOPICS = [
    ("earthquake Izmir Turkey AFAD rescue rubble Bayrakli aftershock", "Izmir Turkey AFAD Bayrakli"),
    ("election ballots Warsaw Tusk parliament coalition turnout", "Warsaw Donald Tusk Poland"),
    ("flood Valencia rainfall DANA emergency Spain evacuation", "Valencia Spain Pedro Sanchez"),
    ("tariffs steel Brussels Commission exports trade retaliation", "Brussels European Commission"),
]


@st.composite
def _corpus(draw):
    n = draw(st.integers(2, 12))
    arts = []
    for i in range(n):
        topic, names = _TOPICS[draw(st.integers(0, len(_TOPICS) - 1))]
        words = topic.split()
        chosen = draw(st.lists(st.sampled_from(words), min_size=3, max_size=12))
        day = draw(st.integers(0, 90))
        dated = draw(st.booleans())
        text = f"{names} report {i}: " + " ".join(chosen) + f" {' '.join(names.split()[:draw(st.integers(1, 3))])}."
        pub = (dt.date(2024, 1, 1) + dt.timedelta(days=day)).isoformat() if dated else None
        arts.append(_article(text, pub))
    return arts


def _canon(index: StoryIndex) -> dict[str, list[str]]:
    return index.partition()


@settings(max_examples=150, deadline=None)
@given(_corpus(), st.randoms(use_true_random=False))
def test_stories_do_not_depend_on_input_order(articles, rnd):
    reference = _canon(cluster(articles))
    shuffled = list(articles)
    rnd.shuffle(shuffled)
    incremental = StoryIndex()
    for a in shuffled:
        incremental.add(a)
    assert _canon(incremental) == reference
    assert [s.id for s in incremental.stories()] == [s.id for s in cluster(shuffled).stories()]


def test_recluster_equals_incremental_adds(sample_articles, seed_articles):
    everything = sample_articles + seed_articles
    index = StoryIndex(StoryParams())
    for a in reversed(everything):
        index.add(a)
    assert index.partition() == cluster(everything).partition()
    assert [s.label for s in index.stories()] == [s.label for s in cluster(everything).stories()]
