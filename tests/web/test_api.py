"""The web app over the sample corpus: every page and its JSON twin, errors, escaping, ingest.

The store is built once per module (ingesting ``examples/kursk`` with figures, plus one
hostile article whose text is made of HTML and script breakouts); the ingest tests add
to it through the API.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.config import StorylineConfig  # noqa: E402
from storyline.ingest.fetch import Fetcher  # noqa: E402
from storyline.run import ingest  # noqa: E402
from storyline.report.demo import corpus_inputs  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.web import create_app  # noqa: E402
from storyline.web.app import CSP, sanitize_filename  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kursk"
TOKEN = "s3cret-token"
BASE = "http://127.0.0.1"  # the app answers to loopback host names only

HOSTILE_TEXT = (
    "Officials in the river town said 1,200 residents were evacuated on Tuesday after the levee failed.\n\n"
    "<script>alert(1)</script> A witness posted <img src=x onerror=alert(2)> and a link "
    "<a href=\"javascript:alert(3)\">click here</a> or javascript:alert(4) beside the report.\n\n"
    "The mayor said about 300 homes were damaged. </textarea><script>alert(5)</script> "
    "\"><svg onload=alert(6)> </title><script>alert(7)</script> <iframe src=\"javascript:alert(8)\"></iframe> "
    "{{ 7*7 }} and ${alert(9)} are not templates here.\n\n"
    "Rescue crews said 45 boats were in use by the evening, according to the regional emergency office."
)
HOSTILE = {"title": "Levee <script>alert(10)</script> fails", "outlet": "<b onmouseover=alert(11)>Evil Gazette</b>",
           "url": "javascript:alert(12)", "published": "2025-03-04", "author": "<img src=x onerror=alert(13)>",
           "text": HOSTILE_TEXT}
UPLOAD_TEXT = (
    "The harbour authority said 2,400 containers were stuck at the port on Friday after the crane strike.\n\n"
    "Union leaders said about 150 workers had walked out, and the strike would last at least three days, "
    "according to a statement published by the dockers' union in the afternoon."
)


def hostile_jsonl(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """The sample corpus and the hostile article, ingested with figures, once per module."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is missing")
    folder = tmp_path_factory.mktemp("web")
    db = folder / "web.db"
    config = StorylineConfig(db=str(db))
    with open_store(db) as store:
        ingest(corpus_inputs(EXAMPLES), store, config, extract=True)
        report = ingest([str(hostile_jsonl(folder))], store, config, extract=True)
        hostile_id = report.stored_ids[0]
        story = max(store.stories(), key=lambda s: len(s.article_ids))
        dup = store.duplicates()[0]
        with_removed = next(a.id for a in store.iter_articles() if a.removed)
    return {"db": str(db), "hostile": hostile_id, "story": story.id, "dup": dup, "removed": with_removed}


@pytest.fixture(scope="module")
def client(built) -> TestClient:
    with TestClient(create_app(built["db"], token=TOKEN), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def read_only(built) -> TestClient:
    with TestClient(create_app(built["db"], token=""), base_url=BASE) as c:
        yield c


def json_error(response, status: int, param: str | None = None) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "status", "param"}
    assert body["status"] == status
    assert isinstance(body["error"], str) and len(body["error"]) > 10
    if param is not None:
        assert body["param"] == param
    return body["error"]


def html(response, status: int = 200) -> str:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


# -- stories ---------------------------------------------------------------------------

def test_stories(client, built):
    data = client.get("/api/stories").json()
    assert data["count"] == len(data["stories"]) >= 1
    story = next(s for s in data["stories"] if s["story_id"] == built["story"])
    assert story["articles"] >= 10 and story["outlets"] >= 5
    assert story["first_published"] <= story["last_published"]
    page = html(client.get("/"))
    assert f'href="/stories/{built["story"]}"' in page
    assert story["first_published"] in page


def test_story_ledger(client, built):
    data = client.get(f"/api/stories/{built['story']}").json()
    assert data["story_id"] == built["story"]
    assert data["tracked"], "the Kursk story has tracked figures"
    heads = {t["measure_head"] for t in data["tracked"]}
    assert "personnel" in heads
    for t in data["tracked"]:
        # a tracked figure holds counted figures, or only figures kept beside it (a forecast of
        # "another 20,000 troops" is no count of the troops there)
        assert t["summary"] and (t["figures"] or t["excluded"])
        assert all("interval" in f for f in (*t["figures"], *t["excluded"]))
    assert any(t["figures"] for t in data["tracked"])
    kinds = {x["kind"] for t in data["tracked"] for x in t["findings"]}
    assert kinds & {"agree", "conflict", "update"}
    assert len(data["sources"]) == data["articles"]
    assert any(s["copies"] for s in data["sources"]), "the corpus has a syndicated copy"
    page = html(client.get(f"/stories/{built['story']}"))
    # the ledger first: tracked figures and findings, then sources, then the articles
    assert page.index("Tracked figures") < page.index('id="sources-title"') < page.index('id="articles-title"')
    first = data["tracked"][0]
    assert first["label"] in page
    finding = first["findings"][0]["figures"][0] if first["findings"] else first["figures"][0]
    assert finding["anchor"] == (f'fig-title-{finding["start"]}' if finding["in_title"] else f'fig-{finding["start"]}')
    assert f'/articles/{finding["article_id"]}#{finding["anchor"]}' in page


def test_story_dossier_is_served_live_with_its_own_policy(client, built):
    response = client.get(f"/stories/{built['story']}/dossier.html")
    page = html(response)
    assert "<svg" in page and 'id="findings-h"' in page and 'id="timeline-h"' in page
    assert "script-src" not in response.headers["content-security-policy"]
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert f'/stories/{built["story"]}/dossier.html' in html(client.get(f"/stories/{built['story']}"))
    html(client.get("/stories/nosuchstory/dossier.html"), 404)


def test_story_by_prefix_and_404(client, built):
    assert client.get(f"/api/stories/{built['story'][:6]}").json()["story_id"] == built["story"]
    message = json_error(client.get("/api/stories/nosuchstory"), 404)
    assert "nosuchstory" in message
    page = html(client.get("/stories/nosuchstory"), 404)
    assert "no story with id" in page


# -- articles --------------------------------------------------------------------------

def test_article_page_highlights_every_figure(client, built):
    data = client.get(f"/api/stories/{built['story']}").json()
    aid = next(f["article_id"] for t in data["tracked"] for f in t["figures"])
    rec = client.get(f"/api/articles/{aid}").json()
    assert rec["id"] == aid and rec["text"] and rec["figures"]
    assert "removed" not in rec and "removed_count" in rec
    assert rec["inputs"] and rec["sha256"] and rec["title_origin"]
    page = html(client.get(f"/articles/{aid}"))
    marks = re.findall(r'<mark id="fig-(title-)?(\d+)" tabindex="0" class="m-\w+" title="([^"]*)">', page)
    # the text's figures are marked in the text, the title's in the title (their offsets are its)
    starts = {(f["in_title"], f["start"]) for f in rec["figures"]}
    assert {(bool(t), int(s)) for t, s, _ in marks} == starts
    for _, _, title in marks:
        assert all(k in title for k in ("value: ", "measure: ", "source: ", "modality: "))
    assert "Metadata and provenance" in page and rec["sha256"][:12] in page


def test_article_removed_lines_and_duplicates(client, built):
    aid = built["removed"]
    rec = client.get(f"/api/articles/{aid}", params={"removed": 1}).json()
    assert rec["removed"] and rec["removed_count"] == len(rec["removed"])
    closed = html(client.get(f"/articles/{aid}"))
    assert '<details id="removed">' in closed and "?removed=1" in closed
    opened = html(client.get(f"/articles/{aid}?removed=1"))
    assert '<details id="removed" open>' in opened
    dup = built["dup"]
    rec = client.get(f"/api/articles/{dup['b']}").json()
    assert any(d["a"] == dup["a"] and d["relation"] == dup["relation"] for d in rec["duplicates"])
    page = html(client.get(f"/articles/{dup['b']}"))
    assert f'href="/articles/{dup["a"]}"' in page and dup["relation"] in page


def test_article_404_and_bad_parameters(client, built):
    json_error(client.get("/api/articles/ffffffffffffffff"), 404)
    html(client.get("/articles/ffffffffffffffff"), 404)
    assert "removed" in json_error(client.get(f"/api/articles/{built['hostile']}?removed=maybe"), 422, "removed")
    json_error(client.get("/api/nothing/here"), 404)
    html(client.get("/no/such/page"), 404)


# -- search and figures ----------------------------------------------------------------

def test_search(client):
    data = client.get("/api/search", params={"q": "Pentagon"}).json()
    assert data["count"] >= 1 and data["q"] == "Pentagon"
    hit = data["hits"][0]
    assert {"id", "title", "outlet", "published", "snippet", "snippet_html", "score"} <= set(hit)
    assert "<mark>Pentagon</mark>" in hit["snippet_html"] and "<mark>" not in hit["snippet"]
    page = html(client.get("/search", params={"q": "Pentagon"}))
    assert "<mark>Pentagon</mark>" in page and f'href="/articles/{hit["id"]}"' in page
    paged = client.get("/api/search", params={"q": '"North Korean" OR Zelensky', "limit": 2}).json()
    assert len(paged["hits"]) == paged["shown"] == 2 < paged["count"]  # count: every match, the page holds 2
    assert html(client.get("/search")).count('name="q"') >= 2  # the empty form, no error


def test_search_escapes_then_marks(client, built):
    data = client.get("/api/search", params={"q": "alert"}).json()
    hit = next(h for h in data["hits"] if h["id"] == built["hostile"])
    assert "<script" not in hit["snippet_html"] and "&lt;script&gt;" in hit["snippet_html"]
    assert "<mark>alert</mark>" in hit["snippet_html"]
    page = html(client.get("/search", params={"q": "alert"}))
    assert "<script" not in page and "&lt;script&gt;<mark>alert</mark>" in page


@pytest.mark.parametrize("params, param", [
    ({"q": ""}, "q"),
    ({"q": "   "}, "q"),
    ({"q": '"unterminated'}, "q"),
    ({"q": "AND"}, "q"),
    ({}, "q"),
    ({"q": "troops", "limit": 0}, "limit"),
    ({"q": "troops", "limit": "many"}, "limit"),
])
def test_search_bad_parameters(client, params, param):
    response = client.get("/api/search", params=params)
    assert response.status_code in (400, 422)
    message = json_error(response, response.status_code, param)
    assert param in message or "search query" in message


def test_search_page_bad_query_is_an_html_error(client):
    page = html(client.get("/search", params={"q": '"open'}), 400)
    assert "not valid" in page and "<code>q</code>" in page


def test_figures(client, built):
    data = client.get("/api/figures", params={"measure": "personnel"}).json()
    assert data["count"] == len(data["figures"]) >= 5
    assert {f["measure_head"] for f in data["figures"]} == {"personnel"}
    assert any(m["measure_head"] == "casualties" for m in data["measures"])
    f = data["figures"][0]
    assert f["text"] in f["sentence"] and f["interval"]
    narrowed = client.get("/api/figures", params={"measure": "personnel", "q": "north korean"}).json()
    assert 0 < narrowed["count"] <= data["count"]
    assert all("north korean" in f["measure"].lower() for f in narrowed["figures"])
    assert client.get("/api/figures", params={"measure": "no-such-head"}).json()["count"] == 0
    assert client.get("/api/figures", params={"limit": 3}).json()["shown"] == 3
    page = html(client.get("/figures", params={"measure": "personnel"}))
    assert f'href="/articles/{f["article_id"]}#{f["anchor"]}"' in page
    assert '<option value="personnel" selected>' in page
    json_error(client.get("/api/figures", params={"limit": -1}), 422, "limit")


def test_settings_and_docs(client):
    settings = client.get("/api/settings.json").json()["settings"]
    from storyline.config import SETTINGS

    assert [s["name"] for s in settings] == [s.name for s in SETTINGS]
    assert all(s["help"] for s in settings)
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/search",
            "/api/figures", "/api/settings.json", "/api/ingest", "/api/ingest/{job_id}"} <= paths
    assert not any(not p.startswith("/api/") for p in paths), "pages stay out of the API schema"
    docs = html(client.get("/docs"))
    assert "<script" not in docs and not re.search(r'(?:src|href)="(?:https?:)?//', docs)
    for path in paths:
        assert path in docs
    assert client.get("/redoc").status_code == 404


def test_security_headers_and_no_network(client, built):
    for url in ("/", f"/stories/{built['story']}", f"/articles/{built['hostile']}", "/api/stories", "/nope"):
        response = client.get(url)
        assert response.headers["content-security-policy"] == CSP
        assert "default-src 'self'" in CSP
        assert response.headers["x-content-type-options"] == "nosniff"
    page = client.get(f"/stories/{built['story']}").text
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page.replace('href="http', 'x'))  # no external assets
    assert re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page) == ["/static/style.css"]
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "mark" in css.text and "@media print" in css.text
    assert client.get("/static/job.js").status_code == 200


# -- untrusted content -----------------------------------------------------------------

def test_hostile_article_is_escaped_everywhere(client, built):
    aid = built["hostile"]
    page = html(client.get(f"/articles/{aid}"))
    assert "<script" not in page and "<img" not in page and "<svg" not in page and "<iframe" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "&lt;/textarea&gt;&lt;script&gt;alert(5)&lt;/script&gt;" in page
    assert "&lt;b onmouseover=alert(11)&gt;Evil Gazette&lt;/b&gt;" in page
    assert 'href="javascript:' not in page.lower() and "javascript:alert(12)" in page  # shown, not linked
    # Not evaluated either ("7*7" is arithmetic, no figure, so no <mark> splits it). "49" is looked
    # for as a word of the text only: paths and hashes on the page may contain those digits.
    visible = re.sub(r"<[^>]+>", "", page)
    assert "*7 }}" in page and re.search(r"(?<![\w/.-])49(?![\w/.-])", visible) is None
    for url in ("/", f"/stories/{client.get('/api/articles/' + aid).json()['stories'][0]['story_id']}",
                "/figures", "/search?q=evacuated"):
        body = html(client.get(url))
        assert "<script" not in body and "onerror=" not in body.replace("onerror=alert(2)&gt;", "").replace(
            "onerror=alert(13)&gt;", "")
        assert "onmouseover=alert" not in body or "&lt;b onmouseover" in body
    assert client.get(f"/api/articles/{aid}").json()["text"] == HOSTILE_TEXT


# -- ingest ----------------------------------------------------------------------------

def wait_for(client: TestClient, job: str, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = client.get(f"/api/ingest/{job}").json()
        if state["status"] in ("done", "failed"):
            return state
        time.sleep(0.2)
    raise AssertionError(f"job {job} did not finish in {timeout} s: {state}")


def test_ingest_refused_without_a_configured_token(read_only):
    files = {"files": ("a.txt", UPLOAD_TEXT.encode(), "text/plain")}
    message = json_error(read_only.post("/api/ingest", files=files,
                                        headers={"Authorization": f"Bearer {TOKEN}"}), 403, "token")
    assert "read-only" in message and "STORYLINE_TOKEN" in message
    page = html(read_only.post("/ingest", files=files, data={"token": TOKEN}), 403)
    assert "read-only" in page
    assert "This server is read-only" in html(read_only.get("/ingest"))


@pytest.mark.parametrize("headers, data", [
    ({}, {}),
    ({"Authorization": "Bearer wrong"}, {}),
    ({"Authorization": f"Basic {TOKEN}"}, {}),
    ({}, {"token": "wrong"}),
    ({"Authorization": f"Bearer {TOKEN}x"}, {}),
])
def test_ingest_refused_with_a_wrong_or_missing_token(client, headers, data):
    files = {"files": ("a.txt", UPLOAD_TEXT.encode(), "text/plain")}
    response = client.post("/api/ingest", files=files, headers=headers, data=data)
    assert "token" in json_error(response, 401, "token")
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_ingest_upload_with_the_token(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = client.get("/api/stories").json()
    response = client.post("/api/ingest", headers=auth,
                           files={"files": ("../../etc/harbour strike.txt", UPLOAD_TEXT.encode(), "text/plain")})
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["status"] in ("queued", "running", "done") and job["inputs"] == ["harbour_strike.txt"]
    assert response.headers["location"] == f"/api/ingest/{job['job']}"
    state = wait_for(client, job["job"])
    assert state["status"] == "done", state
    assert state["stored"] == 1 and state["rejected"] == 0 and state["done"] >= 1 and state["figures"] >= 1
    aid = state["stored_ids"][0]
    rec = client.get(f"/api/articles/{aid}").json()
    assert rec["text"].startswith("The harbour authority said 2,400 containers")
    assert rec["source"] == "harbour_strike.txt"  # the name only: never the upload folder
    assert any(f["text"].startswith("2,400") for f in rec["figures"])
    assert client.get("/api/search", params={"q": "dockers"}).json()["hits"][0]["id"] == aid
    assert sum(s["articles"] for s in client.get("/api/stories").json()["stories"]) == \
        sum(s["articles"] for s in before["stories"]) + 1
    page = html(client.get(f"/ingest/{job['job']}"))
    assert f'href="/articles/{aid}"' in page and "done" in page
    # the same bytes again change nothing
    again = client.post("/api/ingest", headers=auth,
                        files={"files": ("harbour.txt", UPLOAD_TEXT.encode(), "text/plain")}).json()
    state = wait_for(client, again["job"])
    assert state["status"] == "done" and state["stored"] == 0 and state["already_present"] == 1
    # every item read is counted, the one already present too, and the job page says so
    assert state["read"] == 1
    assert 'id="job-read">1</strong> items read in all' in html(client.get(f"/ingest/{again['job']}"))


def test_ingest_form_with_the_token_redirects_to_the_job_page(client):
    response = client.post("/ingest", data={"token": TOKEN}, follow_redirects=False,
                           files={"files": ("bad.jsonl", b'{"text": ""}\nnot json\n', "application/json")})
    assert response.status_code == 303
    job = response.headers["location"].rsplit("/", 1)[1]
    state = wait_for(client, job)
    assert state["status"] == "done" and state["stored"] == 0 and state["rejected"] == 2
    assert {r["reason"] for r in state["rejects"]} == {"no_text", "bad_json"}
    assert all(r["source"].startswith("bad.jsonl") for r in state["rejects"])  # no temp folder shown
    page = html(client.get(f"/ingest/{job}"))
    assert "bad_json" in page and "Rejected" in page


@pytest.mark.parametrize("urls, files", [
    ("file:///etc/passwd", None),
    ("/etc/passwd", None),
    ("-", None),
    ("ftp://example.org/x", None),
    ("https://a.test/one https://a.test/two", None),
    ("", None),
])
def test_ingest_bad_parameters(client, urls, files):
    response = client.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"}, data={"urls": urls})
    message = json_error(response, 400)
    assert response.json()["param"] in ("urls", "files")
    assert "URL" in message or "nothing to ingest" in message


def test_ingest_urls_with_a_mock_fetcher(built):
    page = ("<html><head><title>Bridge closed</title></head><body><article><p>"
            + "Engineers said 3 of the 12 cables of the old bridge had snapped, and 40,000 drivers a day "
              "must now take the ferry, the city's transport office said on Monday. " * 3
            + "</p></article></body></html>").encode()

    def web(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if str(request.url) == "https://news.test/bridge":
            return httpx.Response(200, content=page, headers={"content-type": "text/html; charset=utf-8"})
        return httpx.Response(404)

    def fetcher() -> Fetcher:
        return Fetcher(StorylineConfig(fetch_rate=0), transport=httpx.MockTransport(web),
                       resolver=lambda host: ["93.184.216.34"], sleep=lambda s: None)

    with TestClient(create_app(built["db"], token=TOKEN, fetcher=fetcher, extract=False), base_url=BASE) as c:
        response = c.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                          data={"urls": "https://news.test/bridge\n# a comment\nhttps://news.test/gone\n"})
        assert response.status_code == 202, response.text
        state = wait_for(c, response.json()["job"])
        assert state["status"] == "done" and state["stored"] == 1 and state["rejected"] == 1, state
        rec = c.get(f"/api/articles/{state['stored_ids'][0]}").json()
        assert rec["source"] == "https://news.test/bridge" and "40,000 drivers" in rec["text"]


def test_unknown_job(client):
    json_error(client.get("/api/ingest/nosuchjob"), 404)
    html(client.get("/ingest/nosuchjob"), 404)


@pytest.mark.parametrize("name, expected", [
    ("article.txt", "article.txt"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\evil.html", "evil.html"),
    (".hidden", "hidden"),
    ("my story (final).jsonl", "my_story_final_.jsonl"),
    ("", "upload"),
    (None, "upload"),
    ("<script>.txt", "script_.txt"),
])
def test_sanitize_filename(name, expected):
    assert sanitize_filename(name, set()) == expected


def test_sanitize_filename_is_unique():
    taken: set[str] = set()
    assert [sanitize_filename("a.txt", taken) for _ in range(3)] == ["a.txt", "a-2.txt", "a-3.txt"]
