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


@pytest.mark.xfail(strict=True, reason="issue 15 target not reached: expected-findings recall >= 0.85 (0.839 "
                   "with the scorer's pairing, which pairs a figure only through its digits or a few number "
                   "words, so that 8 of the 87 expected findings rest on figures it cannot pair (recall <= 0.908); "
                   "0.908 with the value-aware one; of the 8 misses left by value, 3 are figures the extractor "
                   "does not find: an ordinal told with no noun after it, a period told in words, a count of men "
                   "beside a count of victims; 1 is figures not aligned (a team's defeats and the other team's "
                   "games); 4 are findings of another kind: a crater told in one outlet's article and its rewrite "
                   "(one origin: single), a caption contradicting its own article (one voice giving two values "
                   "speaks of two things), a planned length told in one sentence and the plan's other values in "
                   "sentences that share too few words with it for two different values, periods read as the days "
                   "between two letters; benchmarks/ledger_eval.py --show prints the cause of each miss)")
def test_findings_recall_meets_the_issue_target(scores):
    assert scores["recall"] >= 0.85
