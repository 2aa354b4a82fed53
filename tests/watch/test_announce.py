"""Announcements: the webhook (body, HMAC signature, retries) against a local receiver, the
Atom feed (escaped), the web route, the dossier's section, `storyline changes`, and the
diff's resolved conflict."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import sys
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.store import open_store
from storyline.watch import run_cycle
from storyline.watch.atom import render_atom
from storyline.watch.changes import _diff
from storyline.watch.sources import register
from storyline.watch.webhook import SIGNATURE_HEADER, send

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402
from feedserver import FeedServer, rss  # noqa: E402


class Receiver:
    """A local webhook receiver answering the statuses it is given in turn (then 200)."""

    def __init__(self, statuses: list[int]):
        self.statuses = list(statuses)
        self.requests: list[tuple[dict[str, str], bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(outer.statuses.pop(0) if outer.statuses else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def watched(tmp_path):
    """A store after one watch cycle over a feed of two articles, with a webhook receiver
    that fails once (503) and then takes the POST."""
    receiver = Receiver([503])
    with FeedServer() as srv:
        srv.set("/a.xml", rss("River Herald <&>", [
            {"guid": "a1", "title": "Dam bursts <b>now</b> & then", "link": srv.url("/a1"),
             "date": "Mon, 18 Nov 2024 09:00:00 +0000", "body": S.FIRST},
            {"guid": "a2", "title": "Flood kills 12", "link": srv.url("/a2"),
             "date": "Mon, 18 Nov 2024 19:00:00 +0000", "body": S.SECOND}]), "application/rss+xml")
        config = StorylineConfig(db=str(tmp_path / "w.db"), allow_private=True, fetch_rate=1000.0, fetch_retries=0,
                                 watch_webhook_url=receiver.url, watch_webhook_secret="s3cret",
                                 watch_webhook_retries=2)
        store = open_store(config.db)
        register(store, [srv.url("/a.xml")], 600, 0)
        slept = []
        report = run_cycle(store, config, now=1000, figures=True, webhook_sleep=slept.append)
    yield store, config, report, receiver, slept
    store.close()
    receiver.close()


def test_the_webhook_posts_the_signed_changes_and_retries(watched):
    store, config, report, receiver, slept = watched
    assert report.webhook == {"ok": True, "status": 200, "attempts": 2, "error": "", "pending": False}
    assert len(receiver.requests) == 2 and slept == [1.0]
    headers, body = receiver.requests[-1]
    assert receiver.requests[0][1] == body  # the retry sends the same bytes
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers[SIGNATURE_HEADER.lower()], expected)
    assert headers["content-type"] == "application/json" and headers["x-storyline-delivery"] == str(report.cycle)
    data = json.loads(body)
    assert data["cycle"] == report.cycle and data["event"] == "storyline.changes"
    assert [c["id"] for c in data["changes"]] == [c["id"] for c in report.changes]
    news = [c for c in data["changes"] if c["kind"] == "new_articles"]
    assert sorted(a["id"] for c in news for a in c["data"]["articles"]) == sorted(
        r[0] for r in store.conn.execute("SELECT id FROM articles"))
    assert all(c["summary"] for c in data["changes"])


def test_a_refused_webhook_is_not_retried_and_a_dead_one_gives_up():
    receiver = Receiver([400])
    try:
        config = StorylineConfig(watch_webhook_url=receiver.url, watch_webhook_retries=3)
        result = send(config, {"cycle": 1, "changes": []}, sleep=lambda s: None)
        assert not result.ok and result.attempts == 1 and result.status == 400
        assert SIGNATURE_HEADER.lower() not in receiver.requests[0][0]  # no secret, no signature
    finally:
        receiver.close()
    dead = StorylineConfig(watch_webhook_url=receiver.url, watch_webhook_retries=2, watch_webhook_timeout=2.0)
    waits = []
    result = send(dead, {"cycle": 1}, sleep=waits.append)
    assert not result.ok and result.attempts == 3 and result.status is None and waits == [1.0, 2.0]


def test_atom_escapes_what_it_shows():
    change = {"id": 3, "cycle": 1, "story_id": "abc", "story_label": "<script>x</script> & co", "kind": "revision",
              "at": "2026-01-01T00:00:00+00:00",
              "data": {"tracked": "t", "label": "killed <b>", "source": "A & B \x01", "old": "1", "new": "2"}}
    xml = render_atom([change], title="t <&>", feed_id="story/abc")
    assert "<script>" not in xml and "<b>" not in xml
    feed = ET.fromstring(xml)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:title", ns).text == "t <&>"
    entry = feed.find("a:entry", ns)
    assert entry.find("a:title", ns).text.endswith("<script>x</script> & co")
    assert entry.find("a:summary", ns).text == "A & B  revised killed <b> from 1 to 2"
    assert entry.find("a:id", ns).text == "tag:storyline,2024:story/abc/change/3"


def test_the_story_page_serves_its_changes_and_the_dossier_lists_them(watched):
    from fastapi.testclient import TestClient

    from storyline.api import dossier
    from storyline.web.app import create_app

    store, config, report, *_ = watched
    story_id = report.changes[0]["story_id"]
    with TestClient(create_app(config.db, token=""), base_url="http://127.0.0.1") as client:
        r = client.get(f"/stories/{story_id}/changes.atom")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(r.text)
        titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in
                  feed.findall("{http://www.w3.org/2005/Atom}entry")]
        assert len(titles) == len([c for c in report.changes if c["story_id"] == story_id])
        assert client.get("/stories/nosuchstory/changes.atom").status_code == 404
        settings = {s["name"]: s["value"] for s in client.get("/api/settings.json").json()["settings"]}
        assert settings["watch_webhook_secret"] in ("", "(set)")
    _, page = dossier(store, story_id)
    assert "What changed since" in page and "new article" in page
    section = page.split("What changed since", 1)[1].split("</section>", 1)[0]
    assert "Dam bursts now &amp; then" in section and " & then" not in section
    # the Markdown dossier lists them too, newest first
    _, text = dossier(store, story_id, fmt="md")
    assert "## What changed since" in text
    listed = text.split("## What changed since", 1)[1].split("\n## ", 1)[0]
    assert "new article" in listed and "Dam bursts now & then" in listed
    assert listed.count("\n1. ") == 1
    # and the JSON dossier, with the same sentences in the same order
    _, text = dossier(store, story_id, fmt="json")
    record = json.loads(text)
    said = [c["text"] for c in record["changes"]]
    assert said and any("new article" in t for t in said) and any("Dam bursts now & then" in t for t in said)
    assert [c["at"] for c in record["changes"]] == sorted((c["at"] for c in record["changes"]), reverse=True)


def test_storyline_changes_lists_filters_and_feeds(watched):
    store, config, report, *_ = watched
    runner = CliRunner()
    base = ["--db", config.db]
    out = runner.invoke(cli, ["changes", *base, "--json"])
    assert out.exit_code == 0
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [r["id"] for r in rows] == [c["id"] for c in report.changes]
    story = report.changes[0]["story_id"]
    out = runner.invoke(cli, ["changes", *base, "--story", story[:8], "--format", "atom"])
    assert out.exit_code == 0 and ET.fromstring(out.output).tag.endswith("feed")
    out = runner.invoke(cli, ["changes", *base, "--since", "2999-01-01", "--json"])
    assert out.exit_code == 0 and out.output == ""
    out = runner.invoke(cli, ["changes", *base, "--since", "yesterday-ish"])
    assert out.exit_code == 2 and "--since" in out.output
    out = runner.invoke(cli, ["changes", *base])
    assert out.exit_code == 0 and "new_articles" in out.output


def test_a_conflict_that_the_ledger_no_longer_finds_is_resolved():
    tracked = {"killed": {"label": "killed", "head": "killed", "unit": None,
                          "figures": [["a", "police", 12, 12, "12"], ["b", "rescuers", 60, 60, "60"]]}}
    before = {"articles": ["a", "b"], "tracked": tracked,
              "findings": {"conflict|killed|": {"sentence": "12 or 60", "values": ["12", "60"], "sources": []}}}
    after = {"articles": ["a", "b", "c"], "tracked": tracked, "findings": {}}
    found = _diff(before, after, [], {}, [])
    assert found == [("resolved_conflict", {"tracked": "killed", "label": "killed", "sentence": "12 or 60"})]
    assert _diff(after, before, [], {}, [])[0][0] == "new_conflict"


def test_a_delivery_that_failed_is_sent_again_first_and_in_order_by_the_next_cycles(tmp_path):
    """The receiver is down for cycle 1 (every attempt 503) and cycle 2 (no answer at all);
    cycle 3 sends cycle 1's and cycle 2's changes, in that order, each under its own cycle
    number, then its own; the cycles' summaries say how each delivery ended."""
    receiver = Receiver([503, 503])
    with FeedServer() as srv:
        entries = [{"guid": "a1", "title": "Dam bursts", "link": srv.url("/a1"),
                    "date": "Mon, 18 Nov 2024 09:00:00 +0000", "body": S.FIRST}]
        srv.set("/a.xml", rss("River Herald", entries), "application/rss+xml")
        config = StorylineConfig(db=str(tmp_path / "w.db"), allow_private=True, fetch_rate=1000.0, fetch_retries=0,
                                 watch_webhook_url=receiver.url, watch_webhook_retries=1)
        store = open_store(config.db)
        try:
            register(store, [srv.url("/a.xml")], 600, 0)
            r1 = run_cycle(store, config, now=1000, figures=False, webhook_sleep=lambda s: None)
            assert r1.changes and r1.webhook["ok"] is False and r1.webhook["pending"] is True
            assert r1.webhook["attempts"] == 2 and len(receiver.requests) == 2

            entries.append({"guid": "a2", "title": "Flood kills 12", "link": srv.url("/a2"),
                            "date": "Mon, 18 Nov 2024 19:00:00 +0000", "body": S.SECOND})
            srv.set("/a.xml", rss("River Herald", entries), "application/rss+xml")
            down = dataclasses.replace(config, watch_webhook_url="http://127.0.0.1:9/hook")  # nothing listens
            r2 = run_cycle(store, down, now=2000, figures=False, webhook_sleep=lambda s: None)
            assert r2.changes and r2.redelivered == []
            # cycle 1's delivery failed again first, so cycle 2's waits behind it, unsent
            assert r2.webhook == {"ok": False, "status": None, "attempts": 0, "pending": True,
                                  "error": f"not sent yet: the delivery of cycle {r1.cycle} is pending before it"}

            entries.append({"guid": "a3", "title": "Toll rises to 19", "link": srv.url("/a3"),
                            "date": "Wed, 20 Nov 2024 10:00:00 +0000", "body": S.REVISED})
            srv.set("/a.xml", rss("River Herald", entries), "application/rss+xml")
            before = len(receiver.requests)
            r3 = run_cycle(store, config, now=3000, figures=False, webhook_sleep=lambda s: None)
        except BaseException:
            store.close()
            receiver.close()
            raise
    try:
        assert r3.redelivered == [r1.cycle, r2.cycle] and r3.webhook["ok"] is True
        sent = receiver.requests[before:]
        assert [h["x-storyline-delivery"] for h, _ in sent] == [str(r1.cycle), str(r2.cycle), str(r3.cycle)]
        bodies = [json.loads(b) for _, b in sent]
        assert [[c["id"] for c in b["changes"]] for b in bodies] == [
            [c["id"] for c in r.changes] for r in (r1, r2, r3)]
        summaries = {r[0]: json.loads(r[1])["webhook"] for r in store.conn.execute(
            "SELECT id, summary FROM watch_cycles")}
        assert summaries[r1.cycle]["ok"] and summaries[r1.cycle]["sent_by_cycle"] == r3.cycle
        assert summaries[r2.cycle]["ok"] and summaries[r3.cycle]["ok"]
        assert not any(s["pending"] for s in summaries.values())
        # nothing is pending any more: a quiet cycle sends nothing
        r4 = run_cycle(store, config, now=4000, figures=False, webhook_sleep=lambda s: None)
        assert r4.webhook is None and r4.redelivered == [] and len(receiver.requests) == before + 3
    finally:
        store.close()
        receiver.close()


def test_a_refused_delivery_is_final_and_does_not_hold_back_the_next():
    from storyline.watch.webhook import WebhookResult

    assert WebhookResult(False, None, 3, "ConnectError").pending
    assert WebhookResult(False, 503, 3).pending and WebhookResult(False, 429, 3).pending
    assert not WebhookResult(False, 400, 1).pending and not WebhookResult(False, 404, 1).pending
    assert not WebhookResult(True, 200, 1).pending
