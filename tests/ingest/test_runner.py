"""The ingest run: counts, rejects kept, and idempotence (a rerun changes nothing)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store

WORDS = st.sampled_from("troops soldiers Kursk Pentagon said about thousand officials reported "
                        "casualties wounded region Ukraine Russia North Korea estimate".split())
SENTENCE = st.lists(WORDS, min_size=6, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
ARTICLE = st.lists(SENTENCE, min_size=4, max_size=8).map(" ".join)


def snapshot(store):
    return (
        [tuple(r) for r in store.conn.execute("SELECT * FROM articles ORDER BY id")],
        store.conn.execute("SELECT count(*) FROM inputs").fetchone()[0],
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(ARTICLE, min_size=1, max_size=4), bad=st.booleans())
def test_ingesting_twice_stores_nothing_new(tmp_path_factory, texts, bad):
    folder = tmp_path_factory.mktemp("in")
    lines = [json.dumps({"text": t, "title": f"t{i}"}) for i, t in enumerate(texts)]
    if bad:
        lines.append("{broken")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "b.txt").write_text("\n\n".join(["This scrape differs from every JSONL line."] + texts))
    config = StorylineConfig(min_text_chars=20)
    with open_store(":memory:") as store:
        first = ingest([str(folder)], store, config)
        before = snapshot(store)
        second = ingest([str(folder)], store, config)
        assert snapshot(store) == before
    assert second.stored == 0
    assert first.stored == len(set(texts)) + 1  # each distinct JSONL text, plus the text file
    assert second.already_present == first.stored + first.already_present
    assert second.rejected == first.rejected  # the bad line is still reported, not lost
