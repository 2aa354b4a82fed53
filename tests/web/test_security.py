"""The web app under hostile requests: uploads refused unread, foreign Host names, costly searches,
server errors (headers, log, request id), LIKE wildcards in id prefixes."""

from __future__ import annotations

import asyncio
import logging
import re

import httpx
import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.config import StorylineConfig  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.store.db import Store  # noqa: E402
from storyline.web import create_app  # noqa: E402
from storyline.web.app import SECURITY_HEADERS, _host_name, allowed_hosts  # noqa: E402

BASE = "http://127.0.0.1"
TOKEN = "t0ken-for-tests"
MB = 1 << 20
BOUNDARY = "storylineboundary"


def secured(response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value, name
    assert re.fullmatch(r"[0-9a-f]{12}", response.headers["x-request-id"])


# -- uploads: the token and the size are checked before the body is read ----------------

def multipart_head(*fields: tuple[str, str]) -> bytes:
    head = b"".join(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n'.encode()
                    for n, v in fields)
    return head + (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
                   "Content-Type: text/plain\r\n\r\n").encode()


def send_upload(app, head: bytes, *, megabytes: int = 300, headers: dict[str, str] | None = None,
                announce: bool = True, path: str = "/api/ingest") -> tuple[httpx.Response, int]:
    """POST a multipart body of ``megabytes`` MB, streamed; return the answer and the MB the app read."""
    read = 0

    async def body():
        nonlocal read
        yield head
        for _ in range(megabytes):
            read += 1
            yield b"x" * MB
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    hdrs = {"content-type": f"multipart/form-data; boundary={BOUNDARY}", **(headers or {})}
    if announce:
        hdrs["content-length"] = str(len(head) + megabytes * MB + len(BOUNDARY) + 8)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
            return await client.post(path, content=body(), headers=hdrs)

    return asyncio.run(go()), read


@pytest.fixture
def uploads(tmp_path, monkeypatch):
    """Where the app makes its upload folders (to see that none is left behind)."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_read_only_server_refuses_an_upload_before_reading_it(small_db, uploads):
    app = create_app(small_db["db"], token="")
    response, read = send_upload(app, multipart_head(("token", TOKEN)), headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "read-only" in response.json()["error"]
    assert read == 0
    secured(response)
    response, read = send_upload(app, multipart_head(), path="/ingest")
    assert response.status_code == 403 and read == 0 and "text/html" in response.headers["content-type"]
    assert list(uploads.iterdir()) == []


@pytest.mark.parametrize("headers, fields", [
    ({}, ()),                                         # no token at all: refused at the first file
    ({"Authorization": "Bearer wrong"}, ()),           # a wrong header: refused before the body
    ({}, (("token", "wrong"),)),                      # a wrong form token: refused before the files
    ({}, (("urls", "https://a.test/x"),)),            # the token after the files comes too late
])
def test_upload_without_the_right_token_is_refused_unread(small_db, uploads, headers, fields):
    app = create_app(small_db["db"], token=TOKEN)
    response, read = send_upload(app, multipart_head(*fields), headers=headers, announce=False)
    assert response.status_code == 401, response.text
    assert response.json()["param"] == "token" and response.headers["www-authenticate"].startswith("Bearer")
    assert read <= 1  # at most the chunk in which the file part began
    assert list(uploads.iterdir()) == []


def test_announced_oversized_upload_is_refused_unread(small_db, uploads):
    config = StorylineConfig(db=small_db["db"], web_max_upload_bytes=10 * MB)
    app = create_app(small_db["db"], token=TOKEN, config=config)
    response, read = send_upload(app, multipart_head(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and "web_max_upload_bytes" in response.json()["error"]
    assert read == 0


def test_unannounced_oversized_upload_is_cut_off_at_the_cap(small_db, uploads):
    config = StorylineConfig(db=small_db["db"], web_max_upload_bytes=10 * MB, max_input_bytes=100 * MB)
    app = create_app(small_db["db"], token=TOKEN, config=config)
    response, read = send_upload(app, multipart_head(("token", TOKEN)), announce=False)
    assert response.status_code == 413 and read <= 11
    config = StorylineConfig(db=small_db["db"], max_input_bytes=5 * MB)  # one file's cap
    app = create_app(small_db["db"], token=TOKEN, config=config)
    response, read = send_upload(app, multipart_head(("token", TOKEN)), announce=False)
    assert response.status_code == 413 and "max_input_bytes" in response.json()["error"] and read <= 6
    assert list(uploads.iterdir()) == []  # the partial file went with its folder


# -- Host names --------------------------------------------------------------------------

@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1:8000", "127.0.0.1"), ("LOCALHOST", "localhost"), ("[::1]:8000", "::1"), ("[::1]", "::1"),
    ("localhost.", "localhost"), ("evil.test:80", "evil.test"), ("evil.test:x", None), ("[::1", None),
    ("", None), (None, None),
])
def test_host_name(host, expected):
    assert _host_name(host) == expected


def test_allowed_hosts():
    config = StorylineConfig(web_hosts="news.example, [fe80::1]")
    assert allowed_hosts(config, ["0.0.0.0", "192.168.1.5"]) == {
        "127.0.0.1", "localhost", "::1", "news.example", "fe80::1", "192.168.1.5"}
    assert allowed_hosts(StorylineConfig(web_hosts="*")) is None


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "http://localhost", "http://[::1]:8000",
                                  "http://news.example", "http://10.0.0.7:8000"])
def test_own_host_names_are_served(small_db, base):
    config = StorylineConfig(db=small_db["db"], web_hosts="news.example")
    with TestClient(create_app(small_db["db"], token="", config=config, hosts=["10.0.0.7"]), base_url=base) as c:
        assert c.get("/api/stories").status_code == 200


@pytest.mark.parametrize("path, kind", [("/api/stories", "json"), ("/", "html"), ("/static/style.css", "html")])
def test_foreign_host_gets_a_400(small_db, path, kind):
    with TestClient(create_app(small_db["db"], token=""), base_url="http://rebind.evil.test") as c:
        response = c.get(path)
    assert response.status_code == 400
    secured(response)
    if kind == "json":
        assert response.json()["param"] == "host" and "rebind.evil.test" in response.json()["error"]
    else:
        assert "web_hosts" in response.text and "Flood" not in response.text


def test_any_host_when_asked(small_db):
    config = StorylineConfig(db=small_db["db"], web_hosts="*")
    with TestClient(create_app(small_db["db"], token="", config=config), base_url="http://any.test") as c:
        assert c.get("/api/stories").status_code == 200


# -- search caps -------------------------------------------------------------------------

@pytest.fixture
def client(small_db):
    with TestClient(create_app(small_db["db"], token=""), base_url=BASE) as c:
        yield c


def test_huge_or_query_is_refused(client):
    q = " OR ".join(f"word{i}" for i in range(3000))
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 400 and response.json()["param"] == "q"
    assert "search_max_chars" in response.json()["error"]
    q = " OR ".join(f"w{i}" for i in range(60))  # short enough, too many terms
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 400 and "search_max_terms" in response.json()["error"]
    assert client.get("/search", params={"q": q}).status_code == 400
    assert client.get("/api/search", params={"q": " OR ".join(f"w{i}" for i in range(30))}).status_code == 200


def test_slow_search_is_stopped_with_a_400(small_db):
    config = StorylineConfig(db=small_db["db"], search_timeout=1e-9)  # any query runs out of time
    with TestClient(create_app(small_db["db"], token="", config=config), base_url=BASE) as c:
        response = c.get("/api/search", params={"q": "levee OR river"})
        assert response.status_code == 400 and "search_timeout" in response.json()["error"]
        response = c.get("/api/figures", params={"q": "homes"})
        assert response.status_code == 400 and "took longer" in response.json()["error"]
        assert c.get("/api/stories").status_code == 200  # the limit is for searches only


# -- server errors ----------------------------------------------------------------------

def test_server_error_has_the_headers_a_request_id_and_a_logged_traceback(small_db, monkeypatch, caplog):
    def boom(self):
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(Store, "story_summaries", boom)
    app = create_app(small_db["db"], token="")
    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c, \
            caplog.at_level(logging.ERROR, logger="storyline.web"):
        api = c.get("/api/stories")
        page = c.get("/")
    assert api.status_code == page.status_code == 500
    for response in (api, page):
        secured(response)
    rid = api.headers["x-request-id"]
    assert api.json()["request_id"] == rid and rid in api.json()["error"]
    assert "the disk is on fire" not in api.text  # details go to the log, not to the visitor
    assert page.headers["x-request-id"] in page.text and "text/html" in page.headers["content-type"]
    logged = [r for r in caplog.records if rid in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info and "the disk is on fire" in str(logged[0].exc_info[1])
    assert "/api/stories" in logged[0].getMessage()


# -- LIKE wildcards in id prefixes ------------------------------------------------------

def test_id_prefixes_do_not_treat_percent_and_underscore_as_wildcards(small_db):
    with open_store(small_db["db"]) as store:
        some = small_db["articles"][0]
        assert store.get_article(some[:6]).id == some
        for wild in ("____", "%%%%", "____%", some[:4] + "%", some[:3] + "_"):
            assert store.get_article(wild) is None, wild
            assert store.find_story(wild) is None, wild
        assert store.find_story(small_db["stories"][1][:8]).id == small_db["stories"][1]


def test_too_many_files_are_refused(small_db, uploads):
    app = create_app(small_db["db"], token=TOKEN)
    files = [("files", (f"f{i}.txt", b"some text", "text/plain")) for i in range(51)]

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as client:
            return await client.post("/api/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"})

    response = asyncio.run(go())
    assert response.status_code == 400 and "at most 50 files" in response.json()["error"]
    assert list(uploads.iterdir()) == []


def test_serve_answers_to_its_host_and_logs_server_errors(small_db, monkeypatch):
    uvicorn = pytest.importorskip("uvicorn")
    from storyline.web import serve

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    serve(StorylineConfig(db=small_db["db"]), host="10.1.2.3", port=8123)
    assert seen["host"] == "10.1.2.3" and seen["port"] == 8123
    assert seen["log_config"]["loggers"]["storyline"]["handlers"] == ["default"]  # tracebacks reach stderr
    with TestClient(seen["app"], base_url="http://10.1.2.3:8123") as c:
        assert c.get("/api/stories").status_code == 200
    with TestClient(seen["app"], base_url="http://elsewhere.test:8123") as c:
        assert c.get("/api/stories").status_code == 400
