"""The ledger's quality gate: benchmarks/ledger_eval.py must not fall below its pinned floors.

The floors in ``ledger_baseline.json`` sit a little below what the benchmark measured on the
dev events of ``../shared`` (alignment B-cubed, expected-findings recall, conflict
precision), both with the reference scorer's pairing of gold figures and with the benchmark's
value-aware one (``by_value``); the seeds' and the sample corpus' findings must all hold. The gold files are
pinned by their SHA-256, so that the floors are never compared with another gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import check_pinned, load_benchmark

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads((REPO / "tests" / "ledger_baseline.json").read_text())


@pytest.fixture(scope="module")
def scores(shared_dir):
    check_pinned(shared_dir, BASELINE["gold_sha256"], "benchmarks/ledger_eval.py")
    return load_benchmark("ledger_eval").run(shared_dir)


def test_floors_are_below_what_was_measured():
    for k, floor in BASELINE["floors"].items():
        if k == "by_value":
            for kk, f in floor.items():
                assert f <= BASELINE["measured"][k][kk], (k, kk)
        else:
            assert floor <= BASELINE["measured"][k], k


def test_alignment_b_cubed_floors(scores):
    p, r, f1 = scores["alignment"]
    floors = BASELINE["floors"]
    assert p >= floors["alignment_p"] and r >= floors["alignment_r"] and f1 >= floors["alignment_f1"], (p, r, f1)
    assert scores["found"] >= floors["gold_found"]


def test_findings_recall_and_conflict_precision_floors(scores):
    floors = BASELINE["floors"]
    assert scores["recall"] >= floors["findings_recall"], scores["misses"]
    assert scores["conflict_precision"] >= floors["conflict_precision"], scores["false_conflicts"]


def test_value_aware_pairing_floors(scores):
    """The same scores with gold figures paired by place and value (ordinals and spans told in
    words count; a figure of another value, or found elsewhere in the document, does not)."""
    res, floors = scores["by_value"], BASELINE["floors"]["by_value"]
    p, r, f1 = res["alignment"]
    assert p >= floors["alignment_p"] and r >= floors["alignment_r"] and f1 >= floors["alignment_f1"], (p, r, f1)
    assert res["found"] >= floors["gold_found"]
    assert res["recall"] >= floors["findings_recall"], res["misses"]
    assert res["conflict_precision"] >= floors["conflict_precision"], res["false_conflicts"]


def test_every_seed_and_sample_finding_holds(scores):
    for name in ("seeds", "sample"):
        ok, n, failed = scores[name]
        assert ok == n, (name, failed)


def test_conflict_precision_meets_the_issue_target(scores):
    """Issue 15: conflict precision >= 0.90 on the dev events (met: every conflict found is a gold conflict)."""
    assert scores["conflict_precision"] >= 0.90, scores["false_conflicts"]


def test_alignment_meets_the_issue_target(scores):
    """Issue 15: alignment B-cubed F1 >= 0.90 on the dev events."""
    assert scores["alignment"][2] >= 0.90, scores["alignment"]


def test_findings_recall_meets_the_issue_target(scores):
    """Issue 15: expected-findings recall >= 0.85 on the dev events, with the scorer's pairing (8 of
    the 87 expected findings rest on figures it cannot pair: recall <= 0.908; benchmarks/ledger_eval.py
    --show prints the cause of each miss)."""
    assert scores["recall"] >= 0.85, scores["misses"]
