"""Disjoint sets over article numbers: the groups the duplicate index and the story index keep.

Both indexes number their articles ``0..n-1`` and hold, for each, the number of its parent in
a flat array (a group's root is its own parent); :func:`root` finds a group's root and halves
the path on the way, so that later look-ups of the same articles are short. How two roots are
joined is each index's own (the duplicate index keeps the smaller number as the root, the
story index the larger group's root, and moves what it keeps per group).
"""

from __future__ import annotations

from collections.abc import MutableSequence


def root(parent: MutableSequence[int], i: int) -> int:
    """The root of ``i``'s group in the parent array ``parent`` (path halving: each article
    passed on the way is re-pointed to its grandparent)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
