"""Every caller of the ledger (the dossier, the web's story JSON and dossier page, the watch's
changes) aligns with the run's ``align_*`` settings, as ``storyline ledger`` does
(tests/cli/test_ledger_settings.py)."""

from __future__ import annotations

import json


def test_every_caller_of_the_ledger_reads_the_align_settings(small_db):
    """The dossier, the web's story JSON and page, and the watch's changes align with the run's
    ``align_*`` settings, through ``storyline.align.params.params_of``, as ``storyline ledger`` does."""
    from storyline import api
    from storyline.align.params import AlignParams, params_of
    from storyline.config import StorylineConfig
    from storyline.store import open_store
    from storyline.watch.changes import compute_changes

    story_id = small_db["stories"][0]
    low, high = StorylineConfig().replace(align_fold_below=0.0), StorylineConfig().replace(align_fold_below=1.01)
    assert params_of(high) == AlignParams(fold_below=1.01) and params_of(None) == AlignParams()

    def folded_in(rec):
        return [f["folded"] for t in rec["tracked"] for f in t["findings"]]

    with open_store(small_db["db"]) as store:
        assert not any(folded_in(api.story(store, story_id, config=low)))
        assert all(folded_in(api.story(store, story_id, config=high))) and folded_in(api.story(store, story_id))
        dossiers = [json.loads(api.dossier(store, story_id, fmt="json", config=c)[1]) for c in (low, high)]
        assert [[f["folded"] for f in d["findings"]] for d in dossiers] == [[False] * len(dossiers[0]["findings"]),
                                                                          [True] * len(dossiers[1]["findings"])]
        # the watch: thresholds no pair of figures reaches keep each figure a tracked figure of its own
        new = [small_db["articles"][2]]
        usual = compute_changes(store, new, params_of(StorylineConfig()))[1][story_id]
        strict = compute_changes(store, new, AlignParams(same_context_specific=5.0, same_context=5.0))[1][story_id]
        assert (len(usual["tracked"]), len(strict["tracked"])) == (1, 3)


def test_the_web_story_page_and_dossier_read_the_align_settings(small_db):
    import pytest

    pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")
    from fastapi.testclient import TestClient

    from storyline.config import StorylineConfig
    from storyline.web import create_app

    story_id = small_db["stories"][0]
    seen = []
    for fold in (0.0, 1.01):
        config = StorylineConfig().replace(db=small_db["db"], align_fold_below=fold)
        with TestClient(create_app(small_db["db"], config=config), base_url="http://127.0.0.1") as client:
            rec = client.get(f"/api/stories/{story_id}").json()
            seen.append({f["folded"] for t in rec["tracked"] for f in t["findings"]})
            page = client.get(f"/stories/{story_id}/dossier.html").text
            seen.append('<details class="more">' in page)
    assert seen[0] == {False} and seen[2] == {True}
    assert (seen[1], seen[3]) == (False, True)  # the dossier folds findings under "more" only above the threshold
