"""Accuracy gate: the benchmarks' scores on the shared dev data must not fall below their floors.

The floors and the sha256 of every gold file they were measured on live in
``tests/accuracy_baseline.json``: a changed gold file fails the hash check first, so a floor
can never drop silently with its data. Floors are pinned a little below the measured numbers
(never above); raise them when an improvement is measured. The whole gate reads the dev
events (51 articles), quantities-dev, and samples of PolNeAR dev and timebank-dev (the first
articles by id) to keep its runtime modest. Skipped when ``../shared/`` is absent.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from .conftest import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
BASELINE = json.loads((ROOT / "tests" / "accuracy_baseline.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "dev-events-figures.json").exists(),
                                reason=f"the shared dev data is not next to the repository ({SHARED} is absent)")


@pytest.mark.parametrize("rel", sorted(BASELINE["sha256"]))
def test_gold_file_is_the_one_the_floors_were_measured_on(rel):
    got = hashlib.sha256((SHARED / rel).read_bytes()).hexdigest()
    assert got == BASELINE["sha256"][rel], f"{rel} changed: measure again and pin new floors with its new hash"


def _at_least(scores: dict, floors: dict) -> None:
    low = {k: (round(scores[k], 3), v) for k, v in floors.items() if scores[k] < v}
    assert not low, f"below the floor (got, floor): {low}"


@pytest.fixture(scope="module")
def events_scores() -> dict:
    return load_benchmark("events_eval").score_events(SHARED.resolve())


@pytest.fixture(scope="module")
def polnear_sample_scores() -> dict:
    limit = BASELINE["polnear"]["articles"]
    return load_benchmark("attribution_eval").evaluate(SHARED.resolve(), split="dev", limit=limit)


def test_dev_events_figures(events_scores):
    floors = dict(BASELINE["events"])
    assert events_scores["neg_hits"] <= floors.pop("max_neg_hits"), events_scores["line"]
    _at_least(events_scores, floors)


@pytest.mark.xfail(strict=True, reason=(
    "issue 14 target not reached: dev events F1 0.854 (target 0.90). The reference scorer pairs a "
    "figure with a gold row only through digits or a few number words, so 52 of the 499 gold figures, "
    "told without them, cannot be matched, and each true figure told in words that we extract counts "
    "against its precision: an extractor that returned exactly the gold figures would score F1 0.896"))
def test_issue_14_events_f1_target(events_scores):
    assert events_scores["f1"] >= 0.90


def test_issue_14_polnear_target(polnear_sample_scores):
    # the issue's target for the source of a figure inside an annotated content (0.910 on all of
    # PolNeAR dev when this was written; the gate reads its first articles)
    assert polnear_sample_scores["fig_acc"] >= 0.90


def test_quantities_dev():
    _at_least(load_benchmark("quantities_eval").evaluate(SHARED.resolve()), BASELINE["quantities"])


def test_polnear_dev_sample(polnear_sample_scores):
    floors = dict(BASELINE["polnear"])
    floors.pop("articles")
    _at_least(polnear_sample_scores, floors)


def test_timebank_dev_sample():
    floors = dict(BASELINE["timebank"])
    limit = floors.pop("articles")
    _at_least(load_benchmark("timex_eval").evaluate(SHARED.resolve(), limit=limit), floors)
