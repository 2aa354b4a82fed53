"""The stories listing (home page and /api/stories) counts an article that names no outlet as
an outlet of its own, as the story's page does: a story of two such articles is not "0
outlets"; articles of one named outlet are one outlet."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.model import Story  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.web import create_app  # noqa: E402

BASE = "http://127.0.0.1:8000"


def _text(town: str, day: int) -> str:
    return (f"Crews in {town} said the river rose again on day {day} and the levee held through the night, "
            f"while volunteers filled sandbags by the bridge in {town}.")


def test_listing_counts_articles_without_an_outlet(tmp_path, article_factory):
    db = tmp_path / "o.db"
    rows = [  # (story, outlet, url)
        ("named", "Harbour Post", ""), ("named", "Harbour Post", ""), ("named", "", "https://valley.example/a"),
        ("bare", "", ""), ("bare", "", ""),
    ]
    ids: dict[str, list[str]] = {}
    with open_store(db) as store:
        for n, (story, outlet, url) in enumerate(rows):
            meta = {k: v for k, v in (("outlet", outlet), ("url", url)) if v}
            article = article_factory(_text(story, n), source=f"/tmp/{story}-{n}.txt", title=f"{story} {n}",
                                      published="2025-03-10", **meta)
            store.save_article(article)
            ids.setdefault(story, []).append(article.id)
        named_outlets = ("Harbour Post", "valley.example")
        stories = [Story(ids["named"][0], "named", tuple(ids["named"]), "2025-03-10", "2025-03-10",
                         named_outlets, (), ()),
                   Story(ids["bare"][0], "bare", tuple(ids["bare"]), "2025-03-10", "2025-03-10", (), (), ())]
        members = [{"article_id": a, "story_id": s.id, "score": 0.5, "neighbour": None, "shared_terms": [],
                    "shared_entities": []} for s in stories for a in s.article_ids]
        store.save_stories(stories, members)
    with TestClient(create_app(str(db), token=""), base_url=BASE) as client:
        listed = {r["label"]: r for r in client.get("/api/stories").json()["stories"]}
        assert listed["bare"]["outlets"] == 2 and listed["bare"]["articles"] == 2
        assert listed["named"]["outlets"] == 2 and listed["named"]["articles"] == 3
        page = client.get(f"/api/stories/{ids['bare'][0]}").json()
        assert page["outlets"] == listed["bare"]["outlets"]
