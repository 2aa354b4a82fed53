"""Story clustering: one story for the seeds and the sample corpus, order independence."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.cluster.stories import (
    ArticleFeatures,
    StoryIndex,
    StoryParams,
    _fold,
    _l2,
    cluster,
    fallback_entities,
    features_of,
    similarity,
    story_parts,
    story_record,
    time_factor,
)
from storyline.config import StorylineConfig
from storyline.run import ingest
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
    assert "North Korean" in stories[0].label and "Kursk" in stories[0].label


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


@pytest.mark.parametrize("word, term", [
    ("troops", "troop"), ("Casualties", "casualty"), ("Ukraine's", "ukraine"), ("crisis", "crisis"),
    ("status", "status"), ("Series", "series"), ("species", "species"), ("headquarters", "headquarters"),
])
def test_a_term_folds_its_plural_unless_the_plural_is_the_singular(word, term):
    assert _fold(word) == term


def test_time_factor_decays_softly():
    text = "Rescue teams from AFAD searched collapsed homes in Bayrakli after the Izmir earthquake in Turkey."
    a = _article(text, "2024-03-01")
    same_day = _article(text + " Again.", "2024-03-02")
    near = _article(text + " Again.", "2024-03-20")
    later = _article(text + " Again.", "2024-05-03")  # one half-life past the grace days
    far = _article(text + " Again.", "2024-09-01")
    fa = features_of(a)
    scores = [similarity(fa, features_of(x)) for x in (same_day, near, later, far)]
    assert scores[0] > scores[1] > scores[2] > scores[3] == 0.0
    assert scores[2] == pytest.approx(scores[0] / 2, abs=0.01)
    params = StoryParams()
    assert time_factor(features_of(a), features_of(far), params) == 0.0  # beyond any possible edge
    assert params.window_days == params.grace_days + 120  # two half-lives: the factor falls to the threshold, 1/4


@pytest.mark.parametrize("published, text, trusted", [
    ("2013-05-02", "The quake struck on December 1, 2008, and again on 3 March 2009.", False),
    ("2013-05-02", "It recalled the quake of December 1, 2008.", True),  # one past date alone
    ("2013-05-02", "The quake struck on 1 May 2013, officials said.", True),
    ("2013-05-02", "The quake struck on Tuesday, officials said.", True),  # no full date: kept
    ("2013-05-02", "Rates were cut on 2012-07-01 and again on March 3, 2013.", True),
    (None, "The quake struck on December 1, 2008 and March 3, 2009.", False),
])
def test_a_crawl_date_far_from_every_date_of_the_text_is_not_trusted(published, text, trusted):
    day = features_of(_article(text, published)).day
    assert (day is not None) == trusted


def test_undated_articles_that_agree_form_one_story():
    # four undated reports of one event, each strongly like some but not all of the others:
    # they used to follow single best neighbours and split into pairs
    words = ["quake", "rescue", "rubble", "aftershock", "izmir", "bayrakli", "tent"]
    feats = [_feats(f"u{i}", None, {words[i]: 3, words[i + 1]: 3, words[i + 2]: 2, words[i + 3]: 2, f"own{i}": 1})
             for i in range(4)]
    assert similarity(feats[0], feats[3]) < StoryParams().threshold
    assert len(cluster(feats).partition()) == 1


def test_an_undated_group_joins_one_dated_story_only_through_a_strong_edge():
    quake = [_feats(f"q{i}", 10 + i, {"quake": 3, "rescue": 3, "rubble": 2, "turkey": 2}) for i in range(2)]
    flood = [_feats(f"f{i}", 10 + i, {"flood": 3, "river": 3, "levee": 2, "turkey": 2}) for i in range(2)]
    undated = [_feats(f"u{i}", None, {"quake": 3, "rescue": 3, "rubble": 2, "turkey": 2, f"own{i}": 1})
               for i in range(3)]
    index = cluster([*quake, *flood, *undated])
    assert index.story_of("u0") == index.story_of("u2") == index.story_of("q0") != index.story_of("f0")
    # the same undated group, only weakly like the dated story, stays a story of its own
    weak = [_feats(f"w{i}", None, {"quake": 2, "rubble": 2, "aftershock": 3, "izmir": 3, f"own{i}": 1})
            for i in range(3)]
    assert all(0 < similarity(w, quake[0]) < StoryParams().attach_threshold for w in weak)
    index = cluster([*quake, *weak])
    assert index.story_of("w0") == index.story_of("w2") != index.story_of("q0")


def test_an_undated_article_goes_with_the_dated_story_of_its_strongest_edge_not_its_group():
    # ECB+: a few undated reports of one earthquake are like the undated reports of another
    # earthquake strongly enough to be in their group, but most like the dated reports of
    # their own; through them the whole group used to join that dated story (two events mixed)
    dated, group, u = _two_quakes()
    params = StoryParams()
    assert all(params.attach_threshold <= similarity(u, x) < similarity(u, dated[0]) for x in group)
    assert all(similarity(x, y) < params.threshold for x in group for y in dated)
    index = cluster([*dated, *group, u])
    assert index.story_of("u") == index.story_of("y0") != index.story_of("x0")
    assert len({index.story_of(x.article_id) for x in group}) == 1
    assert index.membership("u").neighbour == "y0"
    # the group, whose only link to a dated article is that member's, stays a story of its
    # own however its members arrive
    for order in ([u, *group, *dated], [dated[1], u, group[2], dated[0], *group]):
        inc = StoryIndex()
        for f in order:
            inc.add(f)
        assert inc.partition() == index.partition()


def _two_quakes():
    """Dated reports of one quake, undated reports of another, and an undated report of the
    first that is in the second's group (its edges to them are strong) but most like the
    dated reports of its own."""
    dated = [_feats(f"y{i}", 10 + i, {"quake": 2, "rescue": 1, "izmir": 3, "bayrakli": 3, f"day{i}": 1})
             for i in range(2)]
    group = [_feats(f"x{i}", None, {"quake": 2, "rescue": 1, "chile": 3, "valparaiso": 3, f"own{i}": 1})
             for i in range(4)]
    u = _feats("u", None, {"quake": 2, "rescue": 1, "izmir": 3, "bayrakli": 2, "chile": 2, "valparaiso": 1})
    return dated, group, u


def test_a_member_most_like_a_leaving_member_leaves_with_it():
    dated, group, u = _two_quakes()
    # w agrees most with u (which goes with the dated reports), less with the group and
    # the dated reports
    w = _feats("w", None, {"quake": 2, "rescue": 1, "izmir": 2, "bayrakli": 1, "chile": 3, "valparaiso": 2,
                           "tremor": 2})
    assert max(similarity(w, x) for x in [*group, dated[0]]) < similarity(w, u)
    index = cluster([*dated, *group, u, w])
    assert index.story_of("w") == index.story_of("u") == index.story_of("y0") != index.story_of("x0")
    assert index.membership("w").neighbour == "u"
    inc = StoryIndex()
    for f in [w, group[0], u, *dated, *group[1:]]:
        inc.add(f)
    assert inc.partition() == index.partition()


def test_an_undated_group_joins_a_dated_story_only_when_enough_members_reach_it():
    # the group's attach edge comes from a member whose strongest edge stays inside the group:
    # one member of four with an edge of the attach threshold is not enough (half are needed)
    dated = [_feats(f"y{i}", 10 + i, {"quake": 3, "rescue": 3, "izmir": 2, f"day{i}": 1}) for i in range(2)]
    group = [_feats(f"x{i}", None, {"quake": 1, "chile": 3, "valparaiso": 3, "onemi": 2, f"own{i}": 1})
             for i in range(4)]
    near = _feats("n", None, {"quake": 3, "rescue": 2, "izmir": 1, "chile": 3, "valparaiso": 3, "onemi": 2})
    params = StoryParams()
    assert params.attach_threshold <= similarity(near, dated[0]) < max(similarity(near, x) for x in group)
    assert all(similarity(x, y) < params.attach_threshold for x in group for y in dated)
    one = cluster([*dated, *group[:3], near])
    assert one.story_of("n") == one.story_of("x0") != one.story_of("y0")
    assert cluster([*dated, *group[:3], near], params=StoryParams(attach_share=0.25)).story_of("n") \
        == one.story_of("y0")  # with a quarter, its one edge is enough


def test_a_lone_undated_article_follows_its_strongest_edge_dated_or_not():
    # weak edges both (no group): the undated article goes where it agrees most, not to a
    # dated article first
    d = _feats("d", 10, {"tariff": 3, "steel": 3, "brussels": 2, "export": 2, "appeal": 1})
    u = _feats("u", None, {"tariff": 2, "steel": 1, "court": 3, "ruling": 2, "appeal": 1})
    v = _feats("v", None, {"tariff": 1, "court": 3, "ruling": 1, "judge": 3, "appeal": 1, "jury": 3,
                           "verdict": 3, "witness": 2})
    params = StoryParams()
    assert params.threshold <= similarity(u, d) < similarity(u, v) < params.confirm_threshold
    index = cluster([d, u, v])
    assert index.story_of("u") == index.story_of("v") != index.story_of("d")
    assert index.membership("u").neighbour == "v"


def test_fallback_entities_skip_sentence_openers():
    ents = fallback_entities("The Pentagon said on Tuesday. However, Volodymyr Zelensky met officials in Kyiv. "
                             "Officials in North Korea declined.")
    assert "pentagon" in ents and "volodymyr zelensky" in ents and "kyiv" in ents and "north korea" in ents
    assert "however" not in ents and "officials" not in ents and "tuesday" not in ents


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a sentence's capitalised first word is not a name when the text also writes it in lower case
    ("Higher rents pushed families out. Rents were higher than wages.", [], ["higher"]),
    ("Flooding closed roads in Marlow. The flooding began at dawn.", ["marlow"], ["flooding"]),
    ("Marlow was flooded. Officials said the river rose.", ["marlow"], ["officials"]),
    ("UNICEF said aid arrived. Trucks crossed at dawn.", ["unicef", "trucks"], []),
    ("Rescuers reached the village. Anna Berg said rescuers worked all night.", ["anna berg"], ["rescuers"]),
])
def test_fallback_entities_sentence_initial_words(text, kept, dropped):
    ents = fallback_entities(text)
    assert all(k in ents for k in kept), ents
    assert not any(d in ents for d in dropped), ents


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a title before a name is no name, and ends the name before it: two unrelated stories that
    # both name "a Gov." or "a Sen." share nothing by it
    ("Gov. Ana Ruiz and Sen. Tom Hale toured the dam.", ["ana ruiz", "tom hale"],
     ["gov", "sen", "ana ruiz and sen"]),
    ("Lt. Col. Maria Vos briefed Rep. Dan Oke.", ["maria vos", "dan oke"], ["lt", "col", "rep"]),
    ("Prof. Ivo Lenz and Gen. Kai Berg spoke.", ["ivo lenz", "kai berg"], ["prof", "gen"]),
    # "and" between two names is two names, each as another article may name it alone
    ("Tom Hale and Ana Ruiz met as Lunaria and Ostrava agreed.", ["tom hale", "ana ruiz", "lunaria", "ostrava"],
     ["tom hale and ana ruiz", "lunaria and ostrava"]),
    # the small words inside a name still join it
    ("Officials of the Bank of England met Sen. Tom Hale.", ["bank of england", "tom hale"], ["sen"]),
])
def test_fallback_entities_leave_out_titles_and_part_at_and(text, kept, dropped):
    ents = fallback_entities(text)
    assert all(k in ents for k in kept), ents
    assert not any(d in ents for d in dropped), ents


def test_story_label_names_no_pronoun_and_no_sentence_opener():
    text = ("I'm sure the dam will hold, said Marta Kovac of the Drava River authority. "
            "Higher water is expected. I'm told the Drava River crest arrives on Friday, Kovac said. "
            "I've never seen the water this much higher, a resident said.")
    label = cluster([_article(text, "2024-05-02", title="Drava River crest nears Osijek")]).stories()[0].label
    assert "Drava River" in label and "Kovac" in label
    assert "I'm" not in label and "I've" not in label and "Higher" not in label


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


# ------------------------------------------------- chaining: what a single edge cannot do

def _feats(aid: str, day: int | None, terms: dict[str, float], entities: dict[str, float] | None = None) -> ArticleFeatures:
    """Features made directly, so that a test sets the scores it needs."""
    t, e = _l2(terms), _l2(entities or {})
    keys = frozenset([f"t:{w}" for w in t] + [f"e:{w}" for w in e])
    return ArticleFeatures(article_id=aid, day=None if day is None else 738_000 + day, terms=t, entities=e, keys=keys)


def test_an_undated_article_does_not_bridge_dated_groups():
    # an undated page like two dated pages years apart (the Shopify guides of the datasets)
    old = _feats("a-2018", 0, {"shopify": 3, "wix": 2, "store": 1})
    new = _feats("b-2026", 2700, {"shopify": 3, "wix": 2, "squarespace": 1})
    undated = _feats("c-undated", None, {"shopify": 3, "wix": 2, "squarespace": 2, "store": 1})
    index = cluster([old, new, undated])
    assert similarity(old, undated) >= index.params.threshold and similarity(new, undated) >= index.params.threshold
    assert index.story_of("a-2018") != index.story_of("b-2026")
    # the undated page joins its best dated neighbour, whatever the order of arrival
    assert index.story_of("c-undated") == index.story_of("b-2026")
    for order in ([undated, old, new], [new, undated, old], [undated, new, old]):
        inc = StoryIndex()
        for f in order:
            inc.add(f)
        assert inc.partition() == index.partition()
    assert index.membership("a-2018").new_story


def test_a_weak_bridge_does_not_merge_two_dense_groups():
    # two groups of three, and one article weakly like two articles of each (so it closes
    # a triangle with each group: one common neighbour is not enough to confirm an edge)
    g1 = [_feats(f"t{i}", i, {"tariff": 3, "trade": 2, "deal": 2, f"x{i}": 3}) for i in range(3)]
    g2 = [_feats(f"h{i}", i, {"protest": 3, "police": 2, "campus": 2, f"y{i}": 3}) for i in range(3)]
    bridge = _feats("z", 1, {"x0": 1, "x1": 1, "tariff": 1, "y0": 1, "y1": 1, "protest": 1, "investor": 2})
    params = StoryParams(min_shared_keys=2)  # the bridge shares two words with each group
    index = cluster([*g1, *g2, bridge], params=params)
    p = index.params
    assert p.threshold <= similarity(bridge, g1[0]) < p.confirm_threshold
    assert p.threshold <= similarity(bridge, g2[1]) < p.confirm_threshold
    assert similarity(bridge, g1[2]) < p.threshold
    part = index.partition()
    assert sorted(len(v) for v in part.values()) == [3, 4]
    assert index.story_of("t0") != index.story_of("h0")
    assert index.story_of("z") in {index.story_of("t0"), index.story_of("h0")}
    a = StoryIndex(params)
    for f in [bridge, g2[2], g1[1], g2[0], g1[0], g2[1], g1[2]]:
        a.add(f)
    assert a.partition() == part


def test_shared_names_without_shared_words_make_no_edge():
    # same places and groups, different events: the names agree, the words do not
    a = _feats("a", 0, {"hostage": 3, "swap": 2, "professor": 2, "release": 1, "taliban": 1},
               {"taliban": 3, "kabul": 2, "afghanistan": 2})
    b = _feats("b", 1, {"helicopter": 3, "crash": 2, "chinook": 2, "soldier": 1, "taliban": 1},
               {"taliban": 3, "kabul": 2, "afghanistan": 2})
    assert similarity(a, b) == 0.0



@pytest.mark.parametrize("n_entities, weight", [
    (1, 0.5 * 1 / 8), (2, 0.5 * 2 / 8), (4, 0.5 * 4 / 8), (8, 0.5), (12, 0.5),
])
def test_the_entity_cosine_weighs_by_how_many_names_a_pair_can_compare(n_entities, weight):
    # the same words, and names that do not agree at all: the score is the term cosine less
    # the entity share, which grows with the names the poorer side has (up to one half)
    terms = {"strike": 3, "port": 2, "crane": 2, "wage": 1}
    a = _feats("a", 0, terms, {f"name{k}": 1 for k in range(n_entities)})
    b = _feats("b", 0, terms, {f"other{k}": 1 for k in range(20)})
    assert similarity(a, b) == pytest.approx(1.0 - weight, abs=1e-6)
    # agreeing names count by the same share
    c = _feats("c", 0, terms, {f"name{k}": 1 for k in range(n_entities)})
    assert similarity(a, c) == pytest.approx(1.0, abs=1e-6)


def test_two_short_reports_naming_different_few_names_still_meet():
    # one report names the team, the other the city: with a fixed half for the entity
    # cosine their pair score was the term cosine halved, under the threshold
    a = _feats("a", 0, {"coach": 3, "fired": 2, "season": 2, "loss": 2, "streak": 2}, {"sixers": 1})
    b = _feats("b", 1, {"coach": 3, "fired": 2, "assistant": 2, "interim": 2, "general": 2, "manager": 2},
               {"philadelphia": 1})
    terms = 0.45 < similarity(a, b, StoryParams(entity_support=10**6)) < 0.5  # the term cosine alone
    assert terms
    assert similarity(a, b) >= StoryParams().threshold
    assert similarity(a, b, StoryParams(entity_support=1)) < StoryParams().threshold


# ------------------------------------------- the stories equal their definition on the graph

def _reference(feats: list[ArticleFeatures], params: StoryParams,
               why: dict[str, tuple[str, float] | None] | None = None) -> dict[str, list[str]]:
    """The stories computed from the definition, from scratch and by brute force.

    When ``why`` is given, it is filled with each article's membership edge: its strongest
    confirmed edge, else the edge to the article it follows, else its strongest edge from
    an article that follows it (neighbour id and score; None for an article alone)."""
    n = len(feats)
    edges: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for i in range(n):
        for j in range(i + 1, n):
            if len(set(feats[i].keys) & set(feats[j].keys)) < params.min_shared_keys:
                continue
            s = similarity(feats[i], feats[j], params)
            if s >= params.threshold:
                edges[i][j] = edges[j][i] = s
    dated = [f.day is not None for f in feats]
    confirmed: dict[int, set[int]] = {i: set() for i in range(n)}
    for i in range(n):
        for j, s in edges[i].items():
            # two dated or two undated articles: strong, or with common neighbours of their kind
            if dated[i] == dated[j] and (s >= params.confirm_threshold or sum(
                    1 for k in edges[i] if dated[k] == dated[i] and k in edges[j]) >= params.min_common):
                confirmed[i].add(j)
    comp = list(range(n))  # components of confirmed edges, by repeated relabelling

    def root(i: int) -> int:
        while comp[i] != i:
            i = comp[i]
        return i
    for i in range(n):
        for j in confirmed[i]:
            ri, rj = root(i), root(j)
            if ri != rj:
                comp[max(ri, rj)] = min(ri, rj)
    # an undated article's best dated neighbour through an edge of the attach threshold
    strong: dict[int, int] = {}
    for i in range(n):
        ok = [j for j in edges[i] if not dated[i] and dated[j] and edges[i][j] >= params.attach_threshold]
        if ok:
            strong[i] = min(ok, key=lambda j: (-edges[i][j], feats[j].sort_key))
    # an undated core follows its best dated neighbour through a strong enough edge, when
    # enough of its members have such an edge
    attach: dict[int, tuple] = {}
    size: Counter[int] = Counter(root(i) for i in range(n))
    support: Counter[int] = Counter(root(i) for i in strong if confirmed[i])
    for i in range(n):
        if confirmed[i] and not dated[i]:
            for j, s in edges[i].items():
                if dated[j] and s >= params.attach_threshold:
                    key = (-s, feats[j].sort_key, j)
                    attach[root(i)] = min(attach.get(root(i), key), key)
    joins = {r for r in attach if support[r] >= params.attach_share * size[r]}
    strongest = {i: min(confirmed[i], key=lambda j: (-edges[i][j], feats[j].sort_key)) for i in range(n) if confirmed[i]}
    ptr: dict[int, int | None] = {}
    for i in range(n):
        if dated[i]:
            choices = [j for j in edges[i] if dated[j]]
            ptr[i] = None if confirmed[i] or not choices else min(
                choices, key=lambda j: (-edges[i][j], feats[j].sort_key))
        elif i in strong and (not confirmed[i] or edges[i][strong[i]] >= edges[i][strongest[i]]):
            ptr[i] = strong[i]  # its strongest edge is to a dated article: it goes with it
        elif confirmed[i] or not edges[i]:
            ptr[i] = None
        else:  # placed by content: its strongest edge, dated or not
            ptr[i] = min(edges[i], key=lambda j: (-edges[i][j], not dated[j], feats[j].sort_key))
    changed = True
    while changed:  # a member goes with the member of its strongest edge when that one leaves
        changed = False
        for i in range(n):
            if not dated[i] and confirmed[i] and ptr[i] is None:
                t = strongest[i]
                if ptr[t] is not None and ptr[t] != i:
                    ptr[i] = t
                    changed = True

    def anchor(i: int) -> tuple:
        seen: list[int] = []
        while True:
            if confirmed[i] and ptr[i] is None:
                if root(i) in joins:
                    i = attach[root(i)][2]
                    continue
                return ("core", root(i))
            if ptr[i] is None:
                return ("alone", i)
            if i in seen:
                return ("cycle", min(seen[seen.index(i):]))
            seen.append(i)
            i = ptr[i]
    groups: dict[tuple, list[int]] = {}
    for i in range(n):
        groups.setdefault(anchor(i), []).append(i)
    # each group is told as its parts (story_parts, tested on its own below); a member whose
    # edge above leads out of its part is there by its strongest edge within its part
    part_of: dict[int, frozenset[int]] = {}
    stories = []
    for members in groups.values():
        members.sort(key=lambda i: feats[i].sort_key)
        for part in story_parts([feats[i] for i in members], params):
            nodes = [members[k] for k in part]
            stories.append(nodes)
            part_of.update(dict.fromkeys(nodes, frozenset(nodes)))
    if why is not None:
        for i in range(n):
            followers = [k for k in range(n) if ptr[k] == i]
            pool = [ptr[i]] if ptr[i] is not None else (confirmed[i] or followers)
            j = min(pool, key=lambda k: (-edges[i][k], feats[k].sort_key), default=None)
            if len(part_of[i]) < len(next(g for g in groups.values() if i in g)) and (
                    j is None or j not in part_of[i]):
                j = min((k for k in edges[i] if k in part_of[i]), key=lambda k: (-edges[i][k], feats[k].sort_key),
                        default=None)
            why[feats[i].article_id] = None if j is None else (feats[j].article_id, edges[i][j])
    out = {}
    for nodes in stories:
        out[feats[nodes[0]].article_id] = [feats[i].article_id for i in nodes]
    return dict(sorted(out.items(), key=lambda kv: next(f.sort_key for f in feats if f.article_id == kv[0])))


_WORDS = "tariff trade deal protest police campus market investor court judge vote poll".split()


@st.composite
def _graphs(draw):
    """Small collections of features over a few shared words, dated or not, close in time:
    weak edges, triangles, bridges and undated articles in every arrangement."""
    n = draw(st.integers(2, 14))
    out = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=5, unique=True))
        terms = {w: draw(st.integers(1, 4)) for w in words}
        terms[f"own{i}"] = draw(st.integers(0, 3))
        day = draw(st.one_of(st.none(), st.integers(0, 150)))
        out.append(_feats(f"a{i:02d}", day, {k: v for k, v in terms.items() if v}))
    return out


@settings(max_examples=300, deadline=None)
@given(_graphs(), st.randoms(use_true_random=False))
def test_stories_equal_their_definition_in_any_order(feats, rnd):
    params = StoryParams(min_shared_keys=2)  # the drawn articles have few words: more edges
    why: dict[str, tuple[str, float] | None] = {}
    reference = _reference(feats, params, why)
    assert cluster(feats, params=params).partition() == reference
    shuffled = list(feats)
    rnd.shuffle(shuffled)
    incremental = StoryIndex(params)
    for f in shuffled:
        a = incremental.add(f)
        assert a.story_id == incremental.story_of(f.article_id)
    assert incremental.partition() == reference
    for f in feats:  # and every membership names the edge the definition names
        m = incremental.membership(f.article_id)
        assert (None if m.neighbour is None else (m.neighbour, m.score)) == why[f.article_id]


@settings(max_examples=300, deadline=None)
@given(_graphs(), st.randoms(use_true_random=False))
def test_the_stories_an_add_touched_hold_every_article_it_moved(feats, rnd):
    # what saving only the stories an add touched relies on (the stories now of the new
    # article, of its neighbours and of their stories' articles before the add): every
    # article whose story the add changed is in one of them. An undated member that goes
    # with a dated article is in another story than its group, but its edges still count in
    # whether the group joins a dated story
    order = list(feats)
    rnd.shuffle(order)
    _check_touched(order)


def _check_touched(order: list[ArticleFeatures]) -> None:
    """Add the articles in this order; after each add, every article whose story changed is
    in a story now of an article the index noted as touched, or of that article's story
    before the add (what the story stage saves: :meth:`StoryIndex.touched` and their mates)."""
    index = StoryIndex(StoryParams(min_shared_keys=2))
    index.track_changes()
    for f in order:
        before = {a: frozenset(ids) for ids in index.partition().values() for a in ids}
        index.untouch()
        index.add(f)
        touched = set(index.touched())
        assert f.article_id in touched
        saved_from = touched.union(*(before[c] for c in touched if c in before))
        after = {a: frozenset(ids) for ids in index.partition().values() for a in ids}
        moved = {a for a in before if after[a] - {f.article_id} != before[a]}
        assert all(after[a] & saved_from for a in moved), (f.article_id, moved)


def test_an_undated_group_split_between_two_dated_stories_is_touched_whole():
    # two undated reports follow one dated article, a third undated one (of the same group)
    # another; a new undated report linked to the third moves the whole group: the story
    # the first two left is among those the add touched
    r, q = 0.5 ** 0.5, 3 ** -0.5

    def art(aid, day, terms):
        return ArticleFeatures(article_id=aid, day=day, terms=terms, entities={},
                               keys=frozenset(f"t:{t}" for t in terms), outlet="", published=None)

    feats = [art("u0", None, {"tariff": .5, "trade": .5, "deal": .5, "police": .5}),
             art("u1", None, {"tariff": r, "trade": r}), art("u2", None, {"tariff": r, "trade": r}),
             art("d3", 738000, {"tariff": r, "police": r}),
             art("d4", 738000, {"tariff": q, "trade": q, "protest": q}),
             art("u5", None, {"police": r, "tariff": r})]
    for order in itertools.permutations(feats):
        _check_touched(list(order))


def _near_identical(n: int, dated: bool) -> list[ArticleFeatures]:
    terms = _l2({"tariff": 6, "trade": 6, "deal": 5})
    return [ArticleFeatures(f"a{i:04d}", dt.date(2024, 11, 1 + i % 5).toordinal() if dated else None,
                            {**terms, f"own{i}": 0.1}, {}, frozenset({"t:tariff", "t:trade", "t:deal"}))
            for i in range(n)]


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_a_dense_group_costs_bytes_per_edge_not_dict_entries(dated):
    # 300 near-identical pages (one template crawled 300 times) join every pair by an edge:
    # 44,850 edges. The index keeps of them only what the stories depend on: a 4-byte
    # neighbour number per side for dated pages, the best neighbour for undated ones. When
    # it kept a dict entry and a set entry per side, this cost 146 (dated) and 91 (undated)
    # bytes per edge; it now costs 13 and 5.
    import tracemalloc

    feats = _near_identical(300, dated)
    tracemalloc.start()
    try:
        index = StoryIndex()
        for f in feats:
            index.add(f)
        allocated = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(index.partition()) == 1
    pairs = 300 * 299 // 2
    assert allocated / pairs < 24, f"{allocated / pairs:.1f} bytes per edge"


# ------------------------------------------------------------- story features in the store

def test_features_round_trip_through_their_record(sample_articles):
    for a in sample_articles:
        f = features_of(a)
        assert ArticleFeatures.from_record(a.id, json.loads(json.dumps(f.as_record()))) == f


def test_a_run_clusters_from_stored_features_without_reading_old_texts(tmp_path, examples_dir, monkeypatch):
    from storyline.cluster.stage import recluster, stored_features
    from storyline.cluster.stories import FEATURES_VERSION
    from storyline.store.db import Store

    inputs = corpus_inputs(examples_dir)
    db = tmp_path / "s.db"
    with open_store(db) as store:
        ingest(inputs[:2], store, StorylineConfig())
        first = {aid for aid, _ in store.story_features(FEATURES_VERSION)}
        assert first and first == {r["id"] for r in store.article_rows()}
    with open_store(db) as store:
        def no_old_texts(self, *args, **kwargs):
            raise AssertionError("an old article's text was read")
        read = store.get_article
        monkeypatch.setattr(Store, "iter_articles", no_old_texts)
        monkeypatch.setattr(Store, "get_article", lambda self, aid: no_old_texts(self) if aid in first else read(aid))
        ingest(inputs[2:], store, StorylineConfig(), dedup=False)
        monkeypatch.undo()
        incremental = [(s.id, s.article_ids) for s in store.stories()]
        assert len(incremental) == 1
        assert [(s.id, s.article_ids) for s in recluster(store)] == incremental
        # features of another version are computed again from the article
        store.conn.execute("UPDATE story_features SET version = 'old'")
        assert sorted(f.article_id for f in stored_features(store)) == sorted(r["id"] for r in store.article_rows())
        assert {aid for aid, _ in store.story_features(FEATURES_VERSION)} == {r["id"] for r in store.article_rows()}


# ------------------------------------------- candidates: a generic word costs an array read

def test_generic_keys_alone_make_no_candidates():
    # 400 articles of one month share three generic words with the new one, each with its
    # own main subject: they share enough keys, but their term cosine cannot reach an edge,
    # so they are not scored; the one article of the same event is
    generic = {"government": 1, "police": 1, "country": 1}
    index = StoryIndex()
    for i in range(400):
        index.add(_feats(f"g{i:03d}", i % 30, {**generic, f"subject{i}": 6, f"detail{i}": 5}))
    event = {"earthquake": 5, "richter": 4, "aftershock": 4, "rescuer": 3}
    index.add(_feats("same", 10, {**generic, **event}))
    new = _feats("new", 11, {**generic, **event, "collapse": 2})
    assert [index._nodes[c].feats.article_id for c in index._candidates(new)] == ["same"]
    # and the filter drops no pair that makes an edge: every other pair scores under the threshold
    params = StoryParams()
    assert all(similarity(new, index.features(f"g{i:03d}"), params) < params.threshold for i in range(400))
    assert index.add(new).neighbour == "same"
    assert index.insert(new) is False  # already there: nothing changes


def test_candidates_are_every_pair_that_can_make_an_edge():
    # brute force over drawn articles: a pair that shares enough keys and scores an edge is
    # always among the candidates (the vectorised filter only drops pairs that cannot)
    rnd = __import__("random").Random(3)
    words = [f"w{k}" for k in range(40)]
    feats = [_feats(f"a{i:03d}", rnd.choice([None, *range(0, 200, 7)]),
                    {w: rnd.randint(1, 5) for w in rnd.sample(words, 6)},
                    {e: rnd.randint(1, 3) for e in rnd.sample(["x", "y", "z", "u"], rnd.randint(0, 2))})
             for i in range(250)]
    params = StoryParams(min_shared_keys=2)
    index = StoryIndex(params)
    for f in feats:
        got = {index._nodes[c].feats.article_id for c in index._candidates(f)}
        want = {g.article_id for g in feats[:len(index)]
                if len(set(f.keys) & set(g.keys)) >= params.min_shared_keys and similarity(f, g, params) >= params.threshold}
        assert want <= got, (f.article_id, want - got)
        index.add(f)


def test_thresholds_come_from_the_settings():
    config = StorylineConfig(story_threshold=0.5, story_half_life_days=30.0, story_min_shared_keys=2)
    params = StoryParams.from_config(config)
    assert (params.threshold, params.half_life_days, params.min_shared_keys) == (0.5, 30.0, 2)
    assert StoryParams.from_config(StorylineConfig()) == StoryParams()


def test_an_ingest_run_clusters_with_the_configured_thresholds(examples_dir):
    # the sample corpus is one story; with an edge threshold no pair reaches, every article
    # is a story of its own
    with open_store(":memory:") as store:
        ingest(corpus_inputs(examples_dir), store, StorylineConfig(story_threshold=1.0, story_confirm_threshold=1.0))
        assert all(len(s.article_ids) == 1 for s in store.stories())
        assert len(store.stories()) == len(store.article_rows())


# ------------------------------------------------- entities, labels and weak edges

@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a headline in title case: the words the text writes in lower case are no names
    ("Cyclist Injured In Dorvale Crash, Driver Arrested\nA cyclist was injured in a crash in Dorvale; "
     "the driver was arrested.", ["dorvale"], ["cyclist injured", "dorvale crash", "driver arrested", "driver"]),
    ("Mayor Ilse Brandt Opens New Bridge In Korsby\nThe mayor opens the new bridge today.",
     ["ilse brandt", "korsby"], ["mayor ilse brandt opens new bridge", "new bridge"]),
    # a capitalised weekday or month ends a name, in a headline or not
    ("Police in Korsby Friday said the road reopened. Ilse Brandt visited Korsby in March.",
     ["korsby", "ilse brandt"], ["korsby friday"]),
    # a capitalised common word ends a run ("Out Of"), a small word inside a name stays
    ("Ilse Brandt Checks Out Of Korsby Hotel. The Bank of Vestmark lent money.",
     ["ilse brandt checks", "korsby hotel", "bank of vestmark"], ["ilse brandt checks out of korsby hotel"]),
])
def test_fallback_entities_cut_runs_at_common_words(text, kept, dropped):
    ents = fallback_entities(text)
    assert all(k in ents for k in kept), ents
    assert not any(d in ents for d in dropped), ents


def test_title_case_headline_is_read_with_the_words_of_its_text():
    # the title's capitals are judged by the text: "Arrested" is written in lower case there
    art = _article("Police arrested a man in Dorvale after the fire. Dorvale residents watched.",
                   "2024-05-02", title="Man Arrested After Dorvale Warehouse Fire")
    ents = features_of(art).entities
    assert "dorvale" in ents and not any("arrested" in e for e in ents), ents


@pytest.mark.parametrize(("texts", "shown", "not_shown"), [
    # a name keeps the case the text writes it in: not "Mcallister", "Wkrn"
    (["Senator Ruth McAllister told WKRN the levee vote is off. McAllister said WKRN asked about the levee.",
      "Ruth McAllister spoke to WKRN about the levee vote. The levee vote was delayed, McAllister said."],
     ["McAllister", "WKRN"], ["Mcallister", "Wkrn"]),
    # a headline in capitals does not outvote the text
    (["RUTH MCALLISTER: LEVEE VOTE OFF\nRuth McAllister said the levee vote is off. McAllister spoke.",
      "Ruth McAllister said the levee vote was delayed. McAllister said the levee vote waits."],
     ["McAllister"], ["MCALLISTER", "Mcallister"]),
])
def test_story_label_keeps_the_case_the_text_writes(texts, shown, not_shown):
    arts = [_article(t, "2024-05-02", title=f"Levee vote {k}") for k, t in enumerate(texts)]
    stories = cluster(arts).stories()
    assert len(stories) == 1
    label = stories[0].label
    assert all(s in label for s in shown), label
    assert not any(n in label for n in not_shown), label


def test_written_case_is_stored_with_the_features():
    feats = features_of(_article("Ruth McAllister told WKRN the levee vote is off. McAllister said so.",
                                 "2024-05-02"))
    assert feats.cased == {"mcallister": "McAllister", "wkrn": "WKRN"}
    back = ArticleFeatures.from_record(feats.article_id, json.loads(json.dumps(feats.as_record())))
    assert back == feats


def test_a_report_from_another_angle_follows_its_story():
    # a report of the same quake told from the donors' side shares less of its words with
    # the rescue reports (pair scores 0.26-0.29): it follows them all the same, and it is
    # no story of its own
    group = [_feats("g1", 0, {"quake": 3, "rescue": 2, "village": 2, "collapse": 1}),
             _feats("g2", 0, {"quake": 3, "rescue": 2, "village": 1, "tremor": 1}),
             _feats("g3", 1, {"quake": 3, "rescue": 1, "village": 2, "aftershock": 1})]
    angle = _feats("angle", 1, {"quake": 1, "rescue": 1, "village": 1, "donor": 3, "appeal": 3, "charity": 3,
                                "school": 2})
    scores = [similarity(angle, g) for g in group]
    assert all(StoryParams().threshold <= s < 0.3 for s in scores), scores
    index = cluster([*group, angle])
    assert index.story_of("angle") == index.story_of("g1") == index.story_of("g3")
    assert index.membership("angle").score == max(scores)


def test_entity_postings_land_in_the_same_slots_in_every_process():
    """The story index's score bound posts entities by slot: the slots must not depend on the
    process's string-hash salt, or one store's candidates would differ from run to run."""
    import os
    import subprocess
    import sys

    script = ("from storyline.cluster.stories import _entity_slot; "
              "print([_entity_slot(e) for e in ('Ann Lee', 'Port Talbot', 'Zürich', 'FC Nord')])")
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(outs) == 1
