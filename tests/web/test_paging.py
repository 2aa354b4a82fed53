"""Listings come a page at a time with Link headers; summaries are computed once per change of the store."""

from __future__ import annotations

import dataclasses
import re

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.config import StorylineConfig  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.store.db import Store  # noqa: E402
from storyline.web import create_app  # noqa: E402

BASE = "http://127.0.0.1"


@pytest.fixture
def client(small_db):
    config = StorylineConfig(db=small_db["db"], web_page_size=3)
    with TestClient(create_app(small_db["db"], token="", config=config), base_url=BASE) as c:
        yield c


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers.get("link", ""))}


def test_stories_are_paged_with_link_headers(client, small_db):
    seen, url, pages = [], "/api/stories", 0
    while url:
        response = client.get(url)
        data = response.json()
        assert data["count"] == 7 and data["limit"] == 3 and len(data["stories"]) <= 3
        assert links(response).get("next") == data["next"]
        seen += [s["story_id"] for s in data["stories"]]
        url, pages = data["next"], pages + 1
    assert seen == small_db["stories"] and pages == 3
    last = client.get("/api/stories", params={"offset": 6})
    assert links(last)["prev"] == "/api/stories?offset=3&limit=3" and "next" not in links(last)
    assert client.get("/api/stories", params={"limit": 7}).json()["next"] is None
    assert client.get("/api/stories", params={"limit": 501}).status_code == 422
    assert client.get("/api/stories", params={"offset": -1}).status_code == 422
    page = client.get("/", params={"offset": 3})
    assert links(page)["next"] == "/?offset=6&limit=3"
    assert 'rel="next"' in page.text and 'rel="prev"' in page.text and "4–6 of 7" in page.text
    assert all(f'href="/stories/{sid}"' in page.text for sid in small_db["stories"][3:6])


def test_search_and_figures_are_paged(client):
    first = client.get("/api/search", params={"q": "levee"}).json()
    assert first["count"] == 21 and first["shown"] == 3 and first["next"]
    second = client.get(first["next"]).json()
    assert {h["id"] for h in first["hits"]}.isdisjoint(h["id"] for h in second["hits"])
    figures = client.get("/api/figures", params={"measure": "homes", "offset": 18}).json()
    assert figures["count"] == 21 and figures["shown"] == 3 and figures["next"] is None and figures["prev"]
    assert figures["measures"] == [{"measure_head": "homes", "figures": 21}]
    assert client.get("/api/figures", params={"q": "%"}).json()["count"] == 0  # LIKE wildcards are text
    assert client.get("/api/figures", params={"q": "homes_flooded"}).json()["count"] == 0
    assert "19–21 of 21" in client.get("/figures", params={"measure": "homes", "offset": 18}).text


def test_story_summaries_are_computed_once_per_change_of_the_store(client, small_db, monkeypatch, article_factory):
    calls = []
    original = Store.story_summaries

    def counted(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(Store, "story_summaries", counted)
    for _ in range(3):
        assert client.get("/api/stories").json()["count"] == 7
        client.get("/")
    assert len(calls) == 1
    with open_store(small_db["db"]) as store:  # another writer, e.g. `storyline ingest`
        story = store.find_story(small_db["stories"][0])
        extra = article_factory("A late report from Ashford said the levee held through the second night "
                                "as the river finally began to fall.", title="Ashford levee holds")
        store.save_article(extra)
        stories = [dataclasses.replace(story, article_ids=story.article_ids + (extra.id,))]
        store.save_stories(stories, [{"article_id": a, "story_id": story.id, "score": 0.5, "neighbour": None,
                                      "shared_terms": [], "shared_entities": []} for a in stories[0].article_ids])
    data = client.get("/api/stories").json()
    assert len(calls) == 2 and data["count"] == 1 and data["stories"][0]["articles"] == 4
    assert client.get(f"/api/stories/{story.id}").json()["articles"] == 4  # the ledger is recomputed too


def test_a_slow_store_call_does_not_hold_up_other_requests(small_db, monkeypatch):
    import asyncio
    import threading

    import httpx

    release = threading.Event()
    original = Store.story_summaries

    def slow(self):
        release.wait(30)  # blocks its worker thread until the other request has been answered
        return original(self)

    monkeypatch.setattr(Store, "story_summaries", slow)
    app = create_app(small_db["db"], token="")

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
            slow_call = asyncio.create_task(client.get("/api/stories"))
            await asyncio.sleep(0.2)
            other = await client.get(f"/api/articles/{small_db['articles'][0]}")
            pending = not slow_call.done()
            release.set()
            return other, pending, await slow_call

    other, pending, slow_answer = asyncio.run(go())
    assert other.status_code == 200 and pending, "the article was answered while the listing still worked"
    assert slow_answer.status_code == 200 and slow_answer.json()["count"] == 7


def test_the_cache_is_bounded_in_entries_and_bytes(small_db, monkeypatch):
    from storyline.web import app as web_app

    monkeypatch.setattr(web_app, "CACHE_BYTES", 10_000)
    reader = web_app._Reader(small_db["db"], size=3)
    try:
        calls = []

        def page(n: int, size: int):
            return lambda: calls.append(n) or "x" * size

        for n in range(5):
            reader.cached(("page", str(n)), page(n, 100))
        assert list(reader._cache) == [("page", "2"), ("page", "3"), ("page", "4")]  # least recently used out
        reader.cached(("page", "2"), page(2, 100))
        assert calls == [0, 1, 2, 3, 4]  # a hit
        reader.cached(("big",), page(9, 9_950))
        assert list(reader._cache) == [("big",)] and reader._bytes == 9_950
    finally:
        reader.close()
