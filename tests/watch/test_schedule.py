"""Scheduling: jitter within its bounds, the per-host limit; the fetcher's conditional requests."""

from __future__ import annotations

import random

import httpx
import pytest

from storyline.config import StorylineConfig
from storyline.errors import ConfigError
from storyline.ingest.fetch import Fetcher
from storyline.watch.poll import due, schedule
from storyline.watch.sources import Source, parse_interval


def _src(spec: str, next_due: float = 0.0, failures: int = 0) -> Source:
    return Source(spec=spec, kind="url", interval=600.0, next_due=next_due, failures=failures)


def test_jitter_moves_the_next_poll_within_its_fraction():
    config = StorylineConfig(watch_jitter=0.2)
    rng = random.Random(3)
    waits = [schedule(_src("https://a.example/f"), 0.0, ok=True, config=config, rng=rng) for _ in range(500)]
    assert 480 <= min(waits) < 500 and 700 < max(waits) <= 720
    assert len(set(waits)) > 400


def test_at_most_per_host_sources_of_one_host_in_a_cycle():
    sources = [_src(f"https://a.example/{i}", next_due=i) for i in range(5)] + [_src("https://b.example/x")]
    sources.append(_src("https://a.example/later", next_due=99))
    picked, deferred = due(sources, 10, per_host=2)
    assert [s.spec for s in picked] == ["https://a.example/0", "https://b.example/x", "https://a.example/1"]
    assert [s.spec for s in deferred] == ["https://a.example/2", "https://a.example/3", "https://a.example/4"]
    # --once: every source, but not one backing off
    backing = _src("https://c.example/down", next_due=50, failures=2)
    picked, _ = due([backing, _src("https://d.example/f", next_due=50)], 10, per_host=4, every_cycle=True)
    assert [s.spec for s in picked] == ["https://d.example/f"]


@pytest.mark.parametrize("text,seconds", [("90", 90), ("30s", 30), ("15m", 900), ("2h", 7200), ("1d", 86400)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "soon", "-5m"])
def test_bad_intervals(text):
    with pytest.raises(ConfigError):
        parse_interval(text)


def test_the_fetcher_sends_validators_and_returns_a_304():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        seen.append(dict(request.headers))
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"'})
        return httpx.Response(200, content=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Tue, 19 Nov 2024 "
                                                                "08:00:00 GMT", "Content-Type": "application/rss+xml"})

    config = StorylineConfig(fetch_rate=0.0)
    with Fetcher(config, transport=httpx.MockTransport(handler), resolver=lambda h: ["93.184.216.34"]) as f:
        first = f.fetch("https://news.example/feed")
        assert first.status == 200 and first.etag == '"v1"' and first.last_modified.startswith("Tue")
        second = f.fetch("https://news.example/feed", etag=first.etag, last_modified=first.last_modified)
        assert second.status == 304 and second.content == b"" and second.etag == '"v1"'
    assert "if-none-match" not in seen[0]
    assert seen[1]["if-none-match"] == '"v1"' and seen[1]["if-modified-since"].startswith("Tue")
