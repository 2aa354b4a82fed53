"""Story clustering's quality gate: benchmarks/stories_eval.py must not fall below its floors.

The floors in ``stories_baseline.json`` sit a little below what the benchmark measured with
the capitalised-run entities (what the ingest run clusters with): B-cubed of the stories of
ECB+ dev against its events and topics, and of the 7 dev events of giveme5w1h-dev clustered
together with the seeds and the sample corpus. The seeds' story never takes in an article of
another event, and ECB+ events are clustered better than by the TF-IDF average-link baseline
at its best threshold on the same run. The threads of the stories (sub-events) are scored
against the same events. The label files are pinned by their SHA-256.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import check_pinned, load_benchmark

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads((REPO / "tests" / "stories_baseline.json").read_text())
BASELINE_THRESHOLDS = [0.2, 0.25, 0.3, 0.35]


@pytest.fixture(scope="module")
def scores(shared_dir):
    check_pinned(shared_dir, BASELINE["label_sha256"], "benchmarks/stories_eval.py --fallback")
    return load_benchmark("stories_eval").run(shared_dir, baseline=BASELINE_THRESHOLDS)


def test_floors_are_below_what_was_measured():
    for k, floor in BASELINE["floors"].items():
        assert floor <= BASELINE["measured"][k], k


def test_ecb_plus_events_floors(scores):
    p, r, f1 = scores["ecb_events"]
    floors = BASELINE["floors"]
    assert p >= floors["ecb_events_p"] and r >= floors["ecb_events_r"] and f1 >= floors["ecb_events_f1"], (p, r, f1)
    # a story never spans two topics (two different kinds of event)
    assert scores["ecb_topics"][0] >= floors["ecb_topics_p"], scores["ecb_topics"]


def test_ecb_plus_events_beat_the_tfidf_baseline(scores):
    best = max(f1 for _, _, _, f1 in scores["baseline"]["ECB+ events"])
    assert scores["ecb_events"][2] > best, (scores["ecb_events"], best)


def test_dev_events_with_seeds_and_sample_floors(scores):
    p, r, f1 = scores["events"]
    floors = BASELINE["floors"]
    assert p >= floors["events_p"] and r >= floors["events_r"] and f1 >= floors["events_f1"], (p, r, f1)


def test_the_seeds_story_takes_in_no_other_event(scores):
    assert scores["seed_mixed"] == []


def test_threads_separate_the_episodes_of_a_developing_story(scores):
    # the dev events' two consecutive episodes of one story (the same people, a few days
    # apart) are one story with two threads; threads never split ECB+ stories much
    p, r, f1 = scores["events_threads"]
    floors = BASELINE["floors"]
    assert p >= floors["events_threads_p"] and r >= floors["events_threads_r"] and f1 >= floors["events_threads_f1"], \
        (p, r, f1)
    ecb_p, _, ecb_f1 = scores["ecb_threads"]
    assert ecb_p >= floors["ecb_threads_p"] and ecb_f1 >= floors["ecb_threads_f1"], scores["ecb_threads"]


@pytest.mark.xfail(strict=True, reason="issue 11 target of the dev events (>= 0.97) is not reached by the "
                   "stories: two consecutive events of one developing dev story share every participant "
                   "and are one story, told apart by its threads (F1 by thread 0.972); the ECB+ events "
                   "target (>= 0.92) is reached and held by the floors")
def test_issue_targets(scores):
    assert scores["events"][2] >= 0.97
