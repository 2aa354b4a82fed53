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


def test_an_exception_on_one_item_is_recorded_as_a_failure_and_the_run_goes_on():
    def breaks_on_three(n):
        if n == 3:
            raise ZeroDivisionError("boom")
        return n

    seen, records = [], []
    stats = run([Stage("work", fn=breaks_on_three), Stage("after")], range(6),
                on_item=seen.append, on_reject=records.append)
    assert seen == [0, 1, 2, 4, 5]
    [fail] = records
    assert fail.failed and fail.source == "3" and fail.stage == "work" and fail.reason == "work_failed"
    assert "ZeroDivisionError: boom" in fail.detail and "bug in storyline" in fail.detail
    assert stats.stage("work").as_dict() == {"total": 6, "forwarded": 5, "dropped_work_failed": 1}


def test_a_stage_that_fails_before_taking_any_item_stops_the_run():
    class Broken:
        name, requires, provides = "broken", frozenset(), frozenset()

        def __call__(self, items):
            raise RuntimeError("cannot start")
            yield  # pragma: no cover

    with pytest.raises(RuntimeError, match="cannot start"):
        run([Broken()], range(3))


def test_a_failure_at_the_end_of_input_is_recorded_once():
    class FailsAtEnd:
        name, requires, provides = "end", frozenset(), frozenset()

        def __call__(self, items):
            yield from items
            raise ValueError("cannot save")

    seen, records = [], []
    run([FailsAtEnd()], range(3), on_item=seen.append, on_reject=records.append)
    assert seen == [0, 1, 2]
    assert [(r.source, r.failed) for r in records] == [("(end of input)", True)]


def test_configuration_errors_are_not_swallowed():
    class Misconfigured:
        name, requires, provides = "m", frozenset(), frozenset()

        def __call__(self, items):
            for _ in items:
                raise ConfigError("bad setting")
                yield  # pragma: no cover

    with pytest.raises(ConfigError):
        run([Misconfigured()], range(3))
