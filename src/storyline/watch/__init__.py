"""``storyline watch``: feeds polled, the ledger kept current, changes announced.

``sources.py`` keeps the watched sources' state in the store, ``poll.py`` polls one source
(conditional requests, back-off, jitter, per-host limit), ``cycle.py`` runs a cycle and the
watch, ``changes.py`` computes and queries the changes, ``atom.py`` and ``webhook.py``
announce them.
"""

from __future__ import annotations

from storyline.watch.changes import changes, describe, parse_since
from storyline.watch.cycle import CycleReport, run_cycle, watch

__all__ = ["CycleReport", "changes", "changes_atom", "describe", "parse_since", "run_cycle", "watch"]


def changes_atom(store, *, story_id: str | None = None, since: str | None = None) -> str:
    """The Atom feed of the recorded changes (of one story, or of all), newest first.

    Raises:
        ConfigError: no such story.
    """
    from storyline.watch.atom import render_atom

    rows = changes(store, story_id=story_id, since=since)
    if story_id is not None:
        story = store.find_story(story_id)
        return render_atom(rows, title=f"storyline: changes of {story.label}", feed_id=f"story/{story.id}",
                           link=f"/stories/{story.id}")
    return render_atom(rows, title="storyline: changes", feed_id="changes")
