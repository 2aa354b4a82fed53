"""Named points where a test can kill the process, to prove that a run survives ``kill -9``.

``STORYLINE_CRASH_AT=name`` (or ``name:n``, the n-th time, default the first) makes
:func:`crash_point` send the process SIGKILL when it reaches that point: no cleanup, no
``finally``, exactly as a power cut or the out-of-memory killer would stop it. Unset (the
default) the check is one dictionary lookup. The points are listed in :data:`POINTS`;
the crash-safety tests kill an ingest at each and check that a rerun completes the store.
"""

from __future__ import annotations

import os
import signal

__all__ = ["ENV", "POINTS", "crash_point"]

ENV = "STORYLINE_CRASH_AT"

#: Every point, in the order an ingest meets them.
POINTS = (
    "clean",            # an input is being cleaned
    "store-article",    # inside an article's store transaction, before it commits
    "stored",           # an article committed, its duplicate check not yet run
    "store-duplicates", # inside the transaction of an article's duplicate links
    "figures",          # an article's figures are being read
    "store-figures",    # inside the transaction of an article's figures
    "store-stories",    # inside the transaction that saves the stories
)

_seen: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Kill this process with SIGKILL if ``STORYLINE_CRASH_AT`` names this point (and count)."""
    target = os.environ.get(ENV)
    if not target:
        return
    point, _, nth = target.partition(":")
    if point != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
