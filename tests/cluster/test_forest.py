"""Disjoint sets over article numbers (cluster/forest.py)."""

from __future__ import annotations

from array import array

import pytest

from storyline.cluster.forest import root


@pytest.mark.parametrize("parent, i, want", [
    ([0, 1, 2], 2, 2),              # a root is its own
    ([0, 0, 1, 2], 3, 0),           # a chain leads to its first
    ([0, 0, 1, 3, 3], 4, 3),        # two groups: each finds its own root
    ([1, 2, 2], 0, 2),              # a root need not be the smallest number
])
def test_root_finds_the_groups_root(parent, i, want):
    assert root(list(parent), i) == want


def test_root_halves_the_path_and_keeps_every_group():
    parent = array("i", [0, 0, 1, 2, 3, 5])
    assert root(parent, 4) == 0
    # the articles passed are re-pointed to their grandparents: the chain is shorter ...
    assert list(parent) == [0, 0, 0, 2, 2, 5]
    # ... and every article of the chain still finds the same root, the other group its own
    assert [root(parent, i) for i in range(6)] == [0, 0, 0, 0, 0, 5]
