"""The stage contract check and the runner's counting of forwarded and dropped items."""

from __future__ import annotations

import pytest

from storyline.errors import ConfigError
from storyline.model import Rejected
from storyline.pipeline import check, run


class Stage:
    def __init__(self, name, requires=(), provides=(), fn=None):
        self.name = name
        self.requires = frozenset(requires)
        self.provides = frozenset(provides)
        self.fn = fn or (lambda x: x)

    def __call__(self, items):
        for item in items:
            yield self.fn(item)


def test_check_refuses_a_stage_whose_input_nobody_provides():
    stages = [Stage("read", provides={"raw"}), Stage("extract", requires={"article.text"})]
    with pytest.raises(ConfigError, match=r"'extract' requires \['article.text'\]"):
        check(stages)


def test_check_accepts_a_complete_chain_and_given_fields():
    check([Stage("read", provides={"raw"}), Stage("clean", requires={"raw"}, provides={"text"})])
    check([Stage("clean", requires={"raw"})], given={"raw"})


def test_check_refuses_duplicate_names():
    with pytest.raises(ConfigError, match="used twice"):
        check([Stage("a"), Stage("a")])


def test_run_counts_per_stage_and_records_rejects_with_reasons():
    def odd_rejected(n):
        return Rejected(str(n), "filter", "odd") if n % 2 else n

    def big_rejected(n):
        return Rejected(str(n), "cap", "too_big") if n > 5 else n * 10

    seen, rejected = [], []
    stats = run(
        [Stage("filter", fn=odd_rejected), Stage("cap", fn=big_rejected)],
        range(10),
        on_item=seen.append,
        on_reject=rejected.append,
    )
    assert seen == [0, 20, 40]
    assert stats.stage("filter").as_dict() == {"total": 10, "forwarded": 5, "dropped_odd": 5}
    assert stats.stage("cap").as_dict() == {"total": 5, "forwarded": 3, "dropped_too_big": 2}
    # Items stream through the chain one at a time, so rejects arrive in input order.
    assert [(r.source, r.stage) for r in rejected] == [
        ("1", "filter"), ("3", "filter"), ("5", "filter"), ("6", "cap"),
        ("7", "filter"), ("8", "cap"), ("9", "filter")]
    assert len(stats.rejects) == 7
    assert '"dropped_odd": 5' in stats.to_json()


def test_run_checks_before_reading_anything():
    consumed = []

    def source():
        consumed.append(1)
        yield 1

    with pytest.raises(ConfigError):
        run([Stage("x", requires={"nothing"})], source())
    assert consumed == []
