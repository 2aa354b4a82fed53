"""The URL-list reader: parsing the list, fetched pages, feeds, and failures as rejects."""

from __future__ import annotations

import httpx
import pytest

from storyline.config import StorylineConfig
from storyline.ingest import urls
from storyline.ingest.fetch import Fetcher
from storyline.model import RawDocument, Rejected

CONFIG = StorylineConfig(fetch_rate=0)
PAGE = b"<html><head><title>T</title></head><body><p>The story.</p></body></html>"
BODY = " ".join(["The ministry said 1,200 homes were without power on Tuesday."] * 8)
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://wire.test/1</link><description>{BODY}</description></item>
<item><title>Two</title><link>https://wire.test/2</link><description>Short.</description></item>
</channel></rss>""".encode()


@pytest.mark.parametrize("text, expected", [
    ("https://a.test/1\nhttp://b.test/2\n", [(1, "https://a.test/1"), (2, "http://b.test/2")]),
    ("# my list\n\n   https://a.test/1   \n\n# done\n", [(3, "https://a.test/1")]),
    ("https://a.test/1\nhttps://a.test/1\n", [(1, "https://a.test/1")]),
    ("\ufeffhttps://a.test/1\r\nhttps://a.test/2\r\n", [(1, "https://a.test/1"), (2, "https://a.test/2")]),
    ("ftp://a.test/x\n", ["bad_url line 1"]),
    ("not a url\nhttps://a.test/1\n", ["bad_url line 1", (2, "https://a.test/1")]),
    ("a.test/no-scheme\n", ["bad_url line 1"]),
    ("https://\n", ["bad_url line 1"]),
    ("file:///etc/passwd\n", ["bad_url line 1"]),
    ("https://a.test/one https://a.test/two\n", ["bad_url line 1"]),
    ("", []),
])
def test_parse_list(text, expected):
    got = []
    for item in urls.parse_list("urls.txt", text.encode()):
        if isinstance(item, Rejected):
            assert item.source.startswith("urls.txt (line ")
            got.append(f"{item.reason} line {item.source.rsplit(' ', 1)[1].rstrip(')')}")
        else:
            got.append(item)
    assert got == expected


class Web:
    """A mock web for the fetcher, with a log of page requests."""

    def __init__(self, routes: dict[str, httpx.Response]):
        self.routes = routes
        self.asked: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        self.asked.append(str(request.url))
        return self.routes.get(str(request.url), httpx.Response(404))


def fetcher(web: Web, resolve=lambda host: ["93.184.216.34"]) -> Fetcher:
    return Fetcher(CONFIG, transport=httpx.MockTransport(web), resolver=resolve,
                   sleep=lambda s: None)


def ok(content: bytes, ctype: str, **headers) -> httpx.Response:
    return httpx.Response(200, content=content, headers={"content-type": ctype, **headers})


def read(text: str, web: Web, **kw):
    return list(urls.read("/lists/urls.txt", text.encode(), CONFIG, fetcher=fetcher(web, **kw)))


def test_fetched_pages_become_raw_documents():
    web = Web({
        "https://a.test/1": ok(PAGE, "text/html; charset=utf-8"),
        "https://a.test/old": httpx.Response(301, headers={"location": "https://a.test/new"}),
        "https://a.test/new": ok(PAGE, "application/xhtml+xml"),
        "https://a.test/t.txt": ok(b"Plain words.", "text/plain"),
    })
    docs = read("https://a.test/1\nhttps://a.test/old\nhttps://a.test/t.txt\n", web)
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [(d.provenance.source, d.provenance.format, d.kind, d.hints["url"]) for d in docs] == [
        ("https://a.test/1", "url", "html", "https://a.test/1"),
        ("https://a.test/old", "url", "html", "https://a.test/new"),
        ("https://a.test/t.txt", "url", "text", "https://a.test/t.txt"),
    ]
    assert docs[0].data == PAGE


@pytest.mark.parametrize("response, reason", [
    (httpx.Response(404), "http_404"),
    (httpx.Response(410), "http_410"),
    (ok(b"\x89PNG\r\n\x1a\n\0\0\0", "image/png"), "unsupported_type"),
    (ok(b"%PDF-1.7 ...", "application/pdf"), "unsupported_type"),
    (ok(b"\0\1\2\3" * 100, "application/octet-stream"), "binary"),
    (ok(b"   ", "text/html"), "empty"),
])
def test_failures_are_rejects_and_the_list_goes_on(response, reason):
    web = Web({"https://a.test/bad": response, "https://a.test/good": ok(PAGE, "text/html")})
    bad, good = read("https://a.test/bad\nhttps://a.test/good\n", web)
    assert isinstance(bad, Rejected)
    assert (bad.source, bad.reason, bad.stage) == ("https://a.test/bad", reason, "ingest")
    assert bad.detail
    assert isinstance(good, RawDocument)


def test_blocked_address_is_a_reject():
    web = Web({})
    [out] = read("http://intranet.test/\n", web, resolve=lambda host: ["192.168.0.10"])
    assert out.reason == "blocked_address"
    assert web.asked == []


def test_bad_lines_are_rejected_with_their_line_number():
    web = Web({"https://a.test/1": ok(PAGE, "text/html")})
    out = read("# list\nnot-a-url\nhttps://a.test/1\n", web)
    assert [type(o).__name__ for o in out] == ["Rejected", "RawDocument"]
    assert out[0].source == "/lists/urls.txt (line 2)"
    assert out[0].reason == "bad_url"


def test_untyped_response_is_sniffed():
    web = Web({"https://a.test/1": httpx.Response(200, content=PAGE),
               "https://a.test/2": httpx.Response(200, content=b"Just some words.")})
    html, text = read("https://a.test/1\nhttps://a.test/2\n", web)
    assert (html.kind, text.kind) == ("html", "text")


@pytest.mark.parametrize("ctype", ["application/rss+xml", "text/xml", "application/xml", ""])
def test_a_fetched_feed_is_expanded(ctype):
    page = b"<html><body><p>Linked page two.</p></body></html>"
    web = Web({"https://wire.test/feed": httpx.Response(200, content=FEED,
                                                        headers={"content-type": ctype} if ctype else {}),
               "https://wire.test/2": ok(page, "text/html")})
    one, two = read("https://wire.test/feed\n", web)
    assert (one.provenance.source, one.provenance.format, one.provenance.member) == (
        "https://wire.test/feed", "rss", "entry 1")
    assert one.hints["outlet"] == "Wire"
    assert (two.provenance.source, two.provenance.format) == ("https://wire.test/2", "url")
    assert two.data == page and two.hints["title"] == "Two"


def test_a_single_url_as_given_by_the_dispatcher():
    web = Web({"https://a.test/1": ok(PAGE, "text/html")})
    [doc] = list(urls.read("https://a.test/1", b"https://a.test/1", CONFIG, fetcher=fetcher(web)))
    assert doc.provenance.source == "https://a.test/1"


def test_builds_its_own_fetcher_from_the_config(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/a").respond_with_data(PAGE.decode(), content_type="text/html")
    httpserver.expect_request("/b").respond_with_data("plain text", content_type="text/plain")
    listing = f"{httpserver.url_for('/a')}\n{httpserver.url_for('/b')}\n"
    config = StorylineConfig(allow_private=True, fetch_rate=0)
    a, b = urls.read("urls.txt", listing.encode(), config)
    assert (a.kind, b.kind) == ("html", "text")
    assert a.data == PAGE


def test_own_fetcher_refuses_a_local_server_without_allow_private(httpserver):
    httpserver.expect_request("/a").respond_with_data(PAGE.decode(), content_type="text/html")
    [out] = urls.read("urls.txt", httpserver.url_for("/a").encode(), StorylineConfig())
    assert out.reason == "blocked_address"
    assert httpserver.log == []
