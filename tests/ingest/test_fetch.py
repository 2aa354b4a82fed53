"""The URL fetcher: address policy, redirects, size cap, robots.txt, retries, rate limit.

No test touches the internet: most use ``httpx.MockTransport`` with a fake resolver, the
rest a pytest-httpserver on 127.0.0.1 with the real transport. No test asserts wall time:
waits go through an injected clock and sleep.
"""

from __future__ import annotations

import gzip
import socket

import httpx
import pytest

from storyline.config import StorylineConfig
from storyline.errors import ConfigError, FetchError
from storyline.ingest.fetch import Fetcher, FetchResult, blocked_category

PUBLIC = "93.184.216.34"
PAGE = b"<html><body><p>An article.</p></body></html>"


class FakeTime:
    """A clock that only moves when asked to sleep; records every wait."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def resolver_for(table: dict[str, list[str]]):
    def resolve(host: str) -> list[str]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return list(table[host])

    return resolve


class Site:
    """A mock web: routes of (host, path) to responses, and a log of requests."""

    def __init__(self, routes=None, robots: str | int | None = 404):
        self.routes: dict[tuple[str, str], object] = dict(routes or {})
        self.robots = robots
        self.requests: list[httpx.Request] = []

    def pages(self) -> list[str]:
        return [r.url.path for r in self.requests if r.url.path != "/robots.txt"]

    def robots_requests(self, host: str | None = None) -> int:
        return sum(1 for r in self.requests
                   if r.url.path == "/robots.txt" and (host is None or r.url.host == host))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/robots.txt" and (request.url.host, "/robots.txt") not in self.routes:
            if isinstance(self.robots, int):
                return httpx.Response(self.robots)
            return httpx.Response(200, text=self.robots or "")
        route = self.routes.get((request.url.host, request.url.path))
        if route is None:
            return httpx.Response(404, text="not found")
        if callable(route):
            return route(request)
        return route  # type: ignore[return-value]


def html(content: bytes = PAGE, **kw) -> httpx.Response:
    return httpx.Response(200, content=content, headers={"content-type": "text/html"}, **kw)


def make(site: Site, *, hosts=None, time: FakeTime | None = None, **settings) -> Fetcher:
    time = time or FakeTime()
    table = {"news.test": [PUBLIC], "other.test": ["93.184.216.35"]}
    table.update(hosts or {})
    return Fetcher(StorylineConfig(**settings), transport=httpx.MockTransport(site),
                   resolver=resolver_for(table), sleep=time.sleep, clock=time.clock,
                   backoff=0.5)


def reason_of(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.url == url
    return info.value


# -- the address policy -----------------------------------------------------------------

@pytest.mark.parametrize("ip, category", [
    ("127.0.0.1", "loopback"),
    ("127.8.9.10", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),
    ("224.0.0.251", "multicast"),
    ("239.1.2.3", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("240.0.0.1", "reserved"),
    ("100.64.0.1", "non-global"),
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("fd00::1", "private"),
    ("ff02::1", "multicast"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("2002:7f00:1::", "loopback"),       # 6to4 of 127.0.0.1
    ("64:ff9b::a00:1", "private"),       # NAT64 of 10.0.0.1
    ("not an ip", "invalid"),
    (PUBLIC, None),
    ("8.8.8.8", None),
    ("2606:4700:4700::1111", None),
    ("::ffff:8.8.8.8", None),
])
def test_blocked_category(ip, category):
    assert blocked_category(ip) == category


@pytest.mark.parametrize("url, resolves_to", [
    ("http://loop.test/a", ["127.0.0.1"]),
    ("http://ten.test/a", ["10.0.0.7"]),
    ("http://meta.test/latest/meta-data/", ["169.254.169.254"]),
    ("http://v6loop.test/a", ["::1"]),
    ("http://mcast.test/a", ["224.0.0.1"]),
    ("http://ula.test/a", ["fd12:3456::1"]),
    ("http://mixed.test/a", [PUBLIC, "10.0.0.1"]),   # any private answer is refused
    ("http://127.0.0.1/a", None),                    # IP literals need no resolving
    ("http://[::1]:8080/a", None),
    ("http://0.0.0.0/a", None),
    ("http://[::ffff:127.0.0.1]/a", None),
    ("https://localhost/a", ["127.0.0.1", "::1"]),
])
def test_refuses_non_public_addresses(url, resolves_to):
    site = Site()
    host = httpx.URL(url).host
    fetcher = make(site, hosts={host: resolves_to} if resolves_to else {})
    error = reason_of(fetcher, url)
    assert error.reason == "blocked_address"
    assert "allow_private" in str(error)
    assert site.requests == []          # nothing was sent, not even robots.txt


def test_allow_private_lets_them_through():
    site = Site({("10.0.0.7", "/a"): html()})
    fetcher = make(site, allow_private=True)
    assert fetcher.fetch("http://10.0.0.7/a").content == PAGE


def test_unresolvable_host_is_a_dns_error():
    error = reason_of(make(Site()), "http://nowhere.test/")
    assert error.reason == "dns"


def test_refuses_a_redirect_to_a_private_address():
    site = Site({("news.test", "/story"): httpx.Response(302, headers={"location": "http://intranet.test/admin"})})
    fetcher = make(site, hosts={"intranet.test": ["10.0.0.5"]})
    error = reason_of(fetcher, "http://news.test/story")
    assert error.reason == "blocked_address"
    assert "redirected to http://intranet.test/admin" in str(error)
    assert [r.url.host for r in site.requests] == ["news.test", "news.test"]  # robots, page


# -- schemes and URLs ---------------------------------------------------------------------

@pytest.mark.parametrize("url, reason", [
    ("ftp://news.test/file.txt", "bad_scheme"),
    ("file:///etc/passwd", "bad_scheme"),
    ("gopher://news.test/", "bad_scheme"),
    ("javascript:alert(1)", "bad_scheme"),
    ("http://", "bad_url"),
])
def test_only_http_and_https(url, reason):
    site = Site()
    assert reason_of(make(site), url).reason == reason
    assert site.requests == []


def test_refuses_a_redirect_to_another_scheme():
    site = Site({("news.test", "/a"): httpx.Response(301, headers={"location": "file:///etc/passwd"})})
    error = reason_of(make(site), "http://news.test/a")
    assert error.reason == "bad_scheme"
    assert "redirect" in str(error)


# -- redirects ---------------------------------------------------------------------------

def test_follows_redirects_and_reports_the_final_url():
    site = Site({
        ("news.test", "/old"): httpx.Response(301, headers={"location": "/new"}),
        ("news.test", "/new"): httpx.Response(302, headers={"location": "http://other.test/final"}),
        ("other.test", "/final"): html(),
    })
    result = make(site).fetch("http://news.test/old")
    assert isinstance(result, FetchResult)
    assert (result.url, result.final_url, result.status) == (
        "http://news.test/old", "http://other.test/final", 200)
    assert result.content == PAGE
    assert result.media_type == "text/html"
    assert "T" in result.fetched_at and result.fetched_at.endswith("+00:00")


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_caps_redirects(limit):
    def loop(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("n", "0"))
        return httpx.Response(302, headers={"location": f"/loop?n={n + 1}"})

    site = Site({("news.test", "/loop"): loop})
    error = reason_of(make(site, fetch_max_redirects=limit), "http://news.test/loop")
    assert error.reason == "too_many_redirects"
    assert len(site.pages()) == limit + 1


def test_redirect_without_location_is_an_http_error():
    site = Site({("news.test", "/a"): httpx.Response(302)})
    assert reason_of(make(site), "http://news.test/a").reason == "http_302"


# -- size cap ------------------------------------------------------------------------------

def test_caps_size_announced_by_content_length():
    site = Site({("news.test", "/big"): html(b"x" * 5000)})
    error = reason_of(make(site, fetch_max_bytes=1000), "http://news.test/big")
    assert error.reason == "too_large"
    assert "1,000" in str(error)


def test_caps_size_of_a_streamed_body_without_length():
    consumed = []

    def chunks():
        for _ in range(100):
            consumed.append(1)
            yield b"y" * 1000

    site = Site({("news.test", "/stream"): lambda r: httpx.Response(200, content=chunks())})
    error = reason_of(make(site, fetch_max_bytes=10_000), "http://news.test/stream")
    assert error.reason == "too_large"
    assert len(consumed) < 100          # abandoned, not read to the end


def test_caps_the_decoded_size_of_a_gzip_bomb():
    bomb = gzip.compress(b"\0" * 2_000_000, mtime=0)
    site = Site({("news.test", "/bomb"): httpx.Response(
        200, content=bomb, headers={"content-encoding": "gzip", "content-type": "text/html"})})
    error = reason_of(make(site, fetch_max_bytes=100_000), "http://news.test/bomb")
    assert error.reason == "too_large"


def test_a_body_at_the_cap_is_fine():
    site = Site({("news.test", "/a"): html(b"z" * 1000)})
    assert len(make(site, fetch_max_bytes=1000).fetch("http://news.test/a").content) == 1000


# -- robots.txt ------------------------------------------------------------------------------

ROBOTS = """
User-agent: *
Disallow: /private/

User-agent: storyline
Disallow: /no-storyline/
"""


STAR_ONLY = "User-agent: *\nDisallow: /private/\n"


@pytest.mark.parametrize("robots, path, allowed", [
    (STAR_ONLY, "/news/a", True),
    (STAR_ONLY, "/private/a", False),
    (ROBOTS, "/no-storyline/a", False),
    (ROBOTS, "/news/a", True),
    (ROBOTS, "/private/a", True),     # our own group applies, not the * one (RFC 9309)
    ("User-agent: *\nDisallow: /\nAllow: /open/\n", "/open/a", True),
    ("User-agent: *\nDisallow: /\n", "/a", False),
    ("", "/a", True),
])
def test_honours_robots_txt(robots, path, allowed):
    site = Site({("news.test", path): html()}, robots=robots)
    fetcher = make(site)
    if allowed:
        assert fetcher.fetch(f"http://news.test{path}").content == PAGE
    else:
        error = reason_of(fetcher, f"http://news.test{path}")
        assert error.reason == "robots"
        assert "storyline" in str(error)
        assert site.pages() == []


def test_robots_txt_is_fetched_once_per_host():
    site = Site({("news.test", "/a"): html(), ("news.test", "/b"): html(),
                 ("other.test", "/c"): html()}, robots=ROBOTS)
    fetcher = make(site)
    for url in ("http://news.test/a", "http://news.test/b", "http://other.test/c",
                "http://news.test/a"):
        fetcher.fetch(url)
    with pytest.raises(FetchError):
        fetcher.fetch("http://news.test/private/x")
    assert site.robots_requests("news.test") == 1
    assert site.robots_requests("other.test") == 1


@pytest.mark.parametrize("status, allowed", [(404, True), (403, True), (410, True),
                                             (500, False), (503, False)])
def test_robots_txt_status(status, allowed):
    site = Site({("news.test", "/a"): html()}, robots=status)
    fetcher = make(site)
    if allowed:
        assert fetcher.fetch("http://news.test/a").status == 200
    else:
        assert reason_of(fetcher, "http://news.test/a").reason == "robots"
        assert site.pages() == []


def test_robots_crawl_delay_slows_the_host_down():
    time = FakeTime()
    site = Site({("news.test", "/a"): html(), ("news.test", "/b"): html()},
                robots="User-agent: *\nCrawl-delay: 5\n")
    fetcher = make(site, time=time, fetch_rate=10.0)
    fetcher.fetch("http://news.test/a")
    fetcher.fetch("http://news.test/b")
    assert time.sleeps and max(time.sleeps) == pytest.approx(5.0)


# -- retries -------------------------------------------------------------------------------

def flaky(*statuses: int, headers=None):
    """A route answering the given statuses in turn, then 200."""
    answers = list(statuses)

    def route(request: httpx.Request) -> httpx.Response:
        if answers:
            return httpx.Response(answers.pop(0), headers=headers or {})
        return html()

    return route


def test_retries_503_then_succeeds_with_exponential_back_off():
    time = FakeTime()
    site = Site({("news.test", "/a"): flaky(503, 503)})
    result = make(site, time=time, fetch_retries=3, fetch_rate=0).fetch("http://news.test/a")
    assert result.status == 200
    assert len(site.pages()) == 3
    assert time.sleeps == [0.5, 1.0]


def test_gives_up_after_the_retries_with_the_status():
    time = FakeTime()
    site = Site({("news.test", "/a"): flaky(*[503] * 10)})
    error = reason_of(make(site, time=time, fetch_retries=2, fetch_rate=0), "http://news.test/a")
    assert error.reason == "http_503"
    assert "after 2 retries" in str(error)
    assert len(site.pages()) == 3
    assert time.sleeps == [0.5, 1.0]


def test_honours_a_small_retry_after():
    time = FakeTime()
    site = Site({("news.test", "/a"): flaky(429, headers={"retry-after": "7"})})
    assert make(site, time=time, fetch_rate=0).fetch("http://news.test/a").status == 200
    assert time.sleeps == [7.0]


def test_gives_up_at_once_on_a_long_retry_after():
    time = FakeTime()
    site = Site({("news.test", "/a"): flaky(429, headers={"retry-after": "3600"})})
    error = reason_of(make(site, time=time, fetch_rate=0), "http://news.test/a")
    assert error.reason == "http_429"
    assert "3600" in str(error)
    assert time.sleeps == []


@pytest.mark.parametrize("status", [400, 403, 404, 410])
def test_client_errors_are_not_retried(status):
    site = Site({("news.test", "/a"): httpx.Response(status)})
    assert reason_of(make(site), "http://news.test/a").reason == f"http_{status}"
    assert len(site.pages()) == 1


# -- timeouts and connection errors ------------------------------------------------------------

@pytest.mark.parametrize("exc, reason", [
    (httpx.ReadTimeout("slow"), "timeout"),
    (httpx.ConnectTimeout("slow"), "timeout"),
    (httpx.ConnectError("refused"), "connect"),
    (httpx.RemoteProtocolError("garbage"), "network"),
])
def test_transport_errors_have_reasons(exc, reason):
    def boom(request: httpx.Request) -> httpx.Response:
        raise exc

    site = Site({("news.test", "/a"): boom})
    assert reason_of(make(site), "http://news.test/a").reason == reason


def test_timeout_must_be_positive():
    with pytest.raises(ConfigError):
        Fetcher(StorylineConfig(fetch_timeout=0))


# -- politeness ------------------------------------------------------------------------------------

def test_sends_the_user_agent():
    site = Site({("news.test", "/a"): html()})
    make(site, user_agent="storyline-test/9 (+https://example.org)").fetch("http://news.test/a")
    assert {r.headers["user-agent"] for r in site.requests} == {"storyline-test/9 (+https://example.org)"}


def test_rate_limits_each_host():
    time = FakeTime()
    site = Site({("news.test", "/a"): html(), ("news.test", "/b"): html(),
                 ("other.test", "/c"): html()})
    fetcher = make(site, time=time, fetch_rate=2.0)
    fetcher.fetch("http://news.test/a")       # robots.txt, then the page: one wait
    assert time.sleeps == [pytest.approx(0.5)]
    fetcher.fetch("http://other.test/c")      # another host: its robots.txt, then one wait
    assert len(time.sleeps) == 2
    fetcher.fetch("http://news.test/b")       # news.test was last asked 0.5 s ago: no wait
    assert len(time.sleeps) == 2
    fetcher.fetch("http://news.test/b")       # back to back: wait the full interval
    assert time.sleeps[-1] == pytest.approx(0.5)


def test_rate_limit_counts_time_already_passed():
    time = FakeTime()
    site = Site({("news.test", "/a"): html()})
    fetcher = make(site, time=time, fetch_rate=1.0)
    fetcher.fetch("http://news.test/a")
    time.now += 0.75
    fetcher.fetch("http://news.test/a")
    assert time.sleeps[-1] == pytest.approx(0.25)


# -- the real transport, against a local server ---------------------------------------------------

@pytest.fixture
def server(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/page").respond_with_data(PAGE.decode(), content_type="text/html")
    return httpserver


def test_real_transport_fetches_from_a_local_server(server):
    config = StorylineConfig(allow_private=True, user_agent="storyline-test/1", fetch_rate=0)
    with Fetcher(config) as fetcher:
        result = fetcher.fetch(server.url_for("/page"))
    assert result.content == PAGE
    assert result.media_type == "text/html"
    agents = {request.headers.get("User-Agent") for request, _ in server.log}
    assert agents == {"storyline-test/1"}


def test_real_transport_refuses_the_local_server_by_default(server):
    with Fetcher(StorylineConfig()) as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(server.url_for("/page"))
    assert info.value.reason == "blocked_address"
    assert server.log == []


def test_connects_to_the_resolved_address_and_keeps_the_host_name(server):
    resolver = resolver_for({"news.example": ["127.0.0.1"]})
    with Fetcher(StorylineConfig(allow_private=True, fetch_rate=0), resolver=resolver) as fetcher:
        result = fetcher.fetch(f"http://news.example:{server.port}/page")
    assert result.content == PAGE
    assert {request.headers["Host"] for request, _ in server.log} == {f"news.example:{server.port}"}


def test_dns_rebinding_is_caught_at_connect_time(server):
    answers = iter([[PUBLIC]])

    def rebinding(host: str) -> list[str]:
        return next(answers, ["127.0.0.1"])   # public when checked, loopback when connecting

    with Fetcher(StorylineConfig(), resolver=rebinding) as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(f"http://rebind.example:{server.port}/page")
    assert info.value.reason == "blocked_address"
    assert "127.0.0.1" in str(info.value)
    assert server.log == []
