"""The ledger of the seed articles and of the sample corpus: one test per expected finding."""

from __future__ import annotations

import pytest

from storyline.align.figures import figure_date
from storyline.align.findings import ledger
from storyline.records import tracked_records
from storyline.cluster.stories import cluster
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.report.demo import corpus_inputs
from storyline.store import open_store


def _load(inputs):
    store = open_store(":memory:")
    ingest(inputs, store, StorylineConfig(), extract=True)
    arts = {a.id: a for a in store.iter_articles()}
    figs = list(store.iter_figures())
    store.close()
    return arts, figs


def _by_path(arts, fragment):
    return next(a.id for a in arts.values() if fragment in a.provenance.label)


@pytest.fixture(scope="module")
def seeds(shared_dir):
    arts, figs = _load([str(shared_dir / "corpus" / "seeds")])
    stories = cluster(arts.values()).stories()
    assert len(stories) == 1, "the five seed articles are one story"
    return arts, ledger(stories[0].id, figs, arts)


@pytest.fixture(scope="module")
def sample(examples_dir):
    arts, figs = _load(corpus_inputs(examples_dir))
    stories = cluster(arts.values()).stories()
    assert len(stories) == 1
    dups = [(_by_path(arts, "kursk-pentagon-10000"), _by_path(arts, "lakeshore-courier"), "syndicated"),
            (_by_path(arts, "harbour-post"), _by_path(arts, "north-korea-losses-kursk"), "rewrite")]
    return arts, ledger(stories[0].id, figs, arts, dups)


def _tracked(led, head, party):
    return next(t for t in led.tracked if t.measure_head == head and t.party == party)


def _kinds(led, tf, kind):
    return [f for f in led.findings if f.tracked_id == tf.id and f.kind == kind]


def _values(finding):
    return {f.quantity.text for f in finding.figures}


# ------------------------------------------------------------------------ seeds

def test_seeds_troop_count_agrees_with_the_ukrainian_figure_on_top(seeds):
    arts, led = seeds
    tf = _tracked(led, "personnel", "north korea")
    [agree] = _kinds(led, tf, "agree")
    assert "10,000–12,000" in agree.sentence
    assert {"about 12 thousand", "approximately 10,000 to 12,000", "approximately 11,000", "about 10,000"} <= _values(agree)
    top = max(agree.figures, key=lambda f: (f.quantity.low + (f.quantity.high or f.quantity.low)) / 2)
    assert top.quantity.text == "about 12 thousand" and "Ukrainian" in top.attribution.first.name
    assert "highest about 12 thousand (Ukrainian intelligence" in agree.sentence
    assert not _kinds(led, tf, "conflict")


def test_seeds_casualties_differ_by_two_orders_and_are_partly_an_update(seeds):
    arts, led = seeds
    tf = _tracked(led, "casualties", "north korea")
    [conflict] = _kinds(led, tf, "conflict")
    assert _values(conflict) == {"at least 30", "several hundred", "over 3,000"}
    assert conflict.factor == pytest.approx(100)
    assert "two orders of magnitude" in conflict.sentence
    [update] = _kinds(led, tf, "update")
    assert [f.quantity.text for f in update.figures] == ["at least 30", "several hundred"]  # Monday, then Tuesday
    assert tf.conservative.quantity.text == "at least 30" and tf.disputed


def test_seeds_russian_force_of_50000_is_confirmed_by_two_articles(seeds):
    arts, led = seeds
    tf = _tracked(led, "personnel", "russia")
    [agree] = _kinds(led, tf, "agree")
    assert len({f.article_id for f in agree.figures}) == 2
    assert "confirmed by 2 independent articles" in agree.sentence
    assert {f.quantity.low for f in tf.figures} == {50000}


def test_seeds_up_to_100000_is_excluded_as_hypothetical(seeds):
    arts, led = seeds
    tf = _tracked(led, "personnel", "north korea")
    assert [(f.quantity.text, why) for f, why in tf.excluded] == [("up to 100 000", "hypothetical")]
    assert all(f.quantity.text != "up to 100 000" for f in tf.figures)
    [hyp] = _kinds(led, tf, "hypothetical")
    assert "Bloomberg" in hyp.sentence
    assert all("up to 100 000" not in _values(f) for f in led.findings if f.kind in ("conflict", "outlier"))


def test_ledger_json_has_one_object_per_tracked_figure(seeds):
    arts, led = seeds
    rec = tracked_records(led, arts)
    assert len(rec) == len(led.tracked)
    assert {"tracked_id", "label", "figures", "excluded", "findings", "summary"} <= rec[0].keys()


# ------------------------------------------------------------------ sample corpus

def test_sample_1_troop_count_agrees_on_10000_to_12000_with_hur_on_top(sample):
    arts, led = sample
    tf = _tracked(led, "personnel", "north korea")
    [agree] = _kinds(led, tf, "agree")
    assert "10,000–12,000" in agree.sentence and "highest about 12,000 (Ukraine's military intelligence" in agree.sentence
    assert {"11,000", "some 11,000", "about 11,000", "roughly 11,000", "about 12,000"} <= _values(agree)


def test_sample_2_troop_count_8000_is_an_earlier_value(sample):
    arts, led = sample
    tf = _tracked(led, "personnel", "north korea")
    updates = [u for u in _kinds(led, tf, "update") if "about 8,000" in _values(u)]
    assert updates and "earlier value" in updates[0].sentence
    assert not any("about 8,000" in _values(c) for c in _kinds(led, tf, "conflict"))


def test_sample_3_casualties_conflict_by_two_orders_of_magnitude(sample):
    arts, led = sample
    tf = _tracked(led, "casualties", "north korea")
    [conflict] = _kinds(led, tf, "conflict")
    # Zelensky's figure is read from the Granite Review ("had passed 3,000"); in the undated
    # article "more than 3,000 soldiers killed or wounded" still gets the head 'personnel'
    assert {"at least 30", "several hundred", "passed 3,000"} <= _values(conflict)
    assert "two orders of magnitude" in conflict.sentence


def test_sample_4_us_casualty_estimate_updated_to_more_than_1000(sample):
    arts, led = sample
    tf = _tracked(led, "casualties", "north korea")
    [u] = [u for u in _kinds(led, tf, "update") if "more than 1,000" in _values(u)]
    assert [f.quantity.text for f in u.figures] == ["several hundred", "more than 1,000"]
    assert [f.said_on.value for f in u.figures] == ["2024-12-17", "2024-12-27"]


def test_sample_5_killed_is_a_scope_difference_from_killed_or_wounded(sample):
    arts, led = sample
    killed = _tracked(led, "killed", "north korea")
    [scope] = [f for f in led.findings if f.kind == "scope" and f.tracked_id == killed.id]
    assert "at least 100" in _values(scope)


def test_sample_5b_wounded_only_is_a_scope_difference(sample):
    arts, led = sample
    wounded = _tracked(led, "wounded", "north korea")
    [scope] = [f for f in led.findings if f.kind == "scope" and f.tracked_id == wounded.id]
    assert scope.other_tracked_id == _tracked(led, "casualties", "north korea").id


def test_sample_6_up_to_100000_is_hypothetical(sample):
    arts, led = sample
    tf = _tracked(led, "personnel", "north korea")
    assert ("up to 100,000", "hypothetical") in [(f.quantity.text, w) for f, w in tf.excluded]
    assert all("up to 100,000" not in _values(f) for f in led.findings if f.kind in ("conflict", "outlier", "agree"))


def test_sample_7_negated_and_forecast_figures_are_not_counts(sample):
    arts, led = sample
    excluded = {f.quantity.text: w for t in led.tracked for f, w in t.excluded}
    assert excluded["15,000"] == "negated"
    assert excluded["another 20,000"] in ("forecast", "hypothetical")  # the extractor says hypothetical
    counted = {f.quantity.text for t in led.tracked for f in t.figures}
    assert "15,000" not in counted and "another 20,000" not in counted


def test_sample_8_russian_force_counts_once(sample):
    arts, led = sample
    tf = _tracked(led, "personnel", "russia")
    assert not _kinds(led, tf, "agree"), "a figure reported once is single, not agree"
    [single] = _kinds(led, tf, "single")
    assert "single source" in single.sentence
    # one report: the original's figure first, then only the same figure in the article copying it
    original, *copies = single.figures
    assert original.article_id == _by_path(arts, "kursk-pentagon-10000")
    assert [f.article_id for f in copies] == [_by_path(arts, "lakeshore-courier")]
    assert {f.quantity.text for f in copies} <= {original.quantity.text}
    assert single.confidence < 0.5 and "one article" in single.reasons


def test_sample_9_officers_and_generals_agree(sample):
    arts, led = sample
    for head, value in (("officers", "500"), ("generals", "three")):
        [agree] = _kinds(led, _tracked(led, head, "north korea"), "agree")
        assert _values(agree) == {value} and len({f.article_id for f in agree.figures}) == 2


def test_sample_10_kursk_territory_peak_agrees_and_the_rest_is_an_update(sample):
    arts, led = sample
    tf = _tracked(led, "area", "ukraine")
    [agree] = _kinds(led, tf, "agree")
    assert "about 1,300" in agree.sentence
    assert not _kinds(led, tf, "conflict")
    assert any("several hundred square kilometres" in _values(u) for u in _kinds(led, tf, "update"))


@pytest.mark.xfail(strict=True, reason="extraction: 'roughly 800 square kilometres' has no party and its sentence "
                   "names Russia, so it is grouped with Russia's 700 km2; the 1,300 -> 800 -> several hundred "
                   "chain is not one tracked figure")
def test_sample_10b_territory_held_shrinks_through_800(sample):
    arts, led = sample
    tf = _tracked(led, "area", "ukraine")
    assert any("roughly 800 square kilometres" in _values(u) for u in _kinds(led, tf, "update"))


def test_sample_11_missiles_fired_and_shot_down_are_different_measures(sample):
    arts, led = sample
    shadows = [t for t in led.tracked if t.measure_head == "shadows"]
    assert len(shadows) == 2 and {t.id.endswith("intercepted") for t in shadows} == {True, False}
    assert not [f for f in led.findings if f.kind in ("conflict", "outlier") and
                led.alignment.tracked and any(t.id == f.tracked_id and t.measure_head in ("shadows", "missiles")
                                              for t in led.tracked)]


def test_sample_12_copies_are_not_confirmations(sample):
    arts, led = sample
    tf = _tracked(led, "personnel", "north korea")
    [agree] = _kinds(led, tf, "agree")
    lakeshore, pentagon = _by_path(arts, "lakeshore-courier"), _by_path(arts, "kursk-pentagon-10000")
    copies = {lakeshore, _by_path(arts, "north-korea-losses-kursk")}
    # the copy is cited as evidence, right after the figure of the article it copies ...
    ids = [f.article_id for f in agree.figures]
    assert lakeshore in ids and ids[ids.index(lakeshore) - 1] == pentagon
    # ... but never counted as another article
    independent = {a for a in ids if a not in copies}
    assert f"from {len(independent)} independent articles" in agree.sentence


def test_sample_13_undated_article_figures_carry_no_date(sample):
    arts, led = sample
    undated = _by_path(arts, "north-korean-soldier-captured")
    figs = [f for t in led.tracked for f in t.figures if f.article_id == undated]
    assert figs and all(figure_date(f, arts[undated]) is None for f in figs)


@pytest.mark.xfail(strict=True, reason="alignment keeps every named measure as a tracked figure; telling the "
                   "story's figures from unrelated ones (63 drones, Oreshnik speed, $725 million) needs a "
                   "relevance rule that is not built yet")
def test_sample_14_unrelated_figures_belong_to_no_tracked_figure(sample):
    arts, led = sample
    tracked = {f.quantity.text for t in led.tracked for f in t.figures}
    assert not {"63", "$725 million", "ten"} & tracked
