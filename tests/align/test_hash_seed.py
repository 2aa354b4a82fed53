"""The ledger does not depend on the hash seed: a set's order changes from one run to the next,
and the scores alignment compares with its thresholds must not (storyline.align.measure)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SNIPPET = """
import math
from storyline.align.measure import Measure, context_similarity
words = [f"word{i}" for i in range(40)]
idf = {w: 1.0 + math.log(97 / (i % 13 + 1)) for i, w in enumerate(words)}
def m(ws):
    return Measure(counted="x", head="x", event=None, holder=None, holder_start=None, holder_end=None,
                   dimension="count", factor=1.0, context=frozenset(ws))
print(repr(context_similarity(m(words[:30]), m(words[10:]), idf)))
"""


def test_context_similarity_is_the_same_under_every_hash_seed():
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    scores = {subprocess.run([sys.executable, "-c", _SNIPPET], env={**env, "PYTHONHASHSEED": str(seed)},
                             capture_output=True, text=True, check=True).stdout.strip()
              for seed in range(1, 7)}
    assert len(scores) == 1, scores
