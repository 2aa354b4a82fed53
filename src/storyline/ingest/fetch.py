"""The URL fetcher: polite and safe HTTP(S) GETs for URL lists, feed URLs and feed links.

:class:`Fetcher` turns one URL into a :class:`FetchResult` or raises
:class:`~storyline.errors.FetchError` with a machine-readable ``reason``. It is built from a
:class:`~storyline.config.StorylineConfig` and is:

- **polite**: at most ``fetch_rate`` requests per second to one host (a robots.txt
  ``Crawl-delay``/``Request-rate`` slows it further, up to :data:`MAX_CRAWL_DELAY`); a
  descriptive ``User-Agent``; robots.txt fetched once per origin, cached and honoured
  (RFC 9309: a 4xx robots.txt allows everything, a 5xx one forbids everything, the longest
  matching rule wins; ``*`` and ``$`` wildcards in paths are not understood, as in
  :mod:`urllib.robotparser`, so such a rule matches only literally); retries with
  exponential back-off on 429 and 5xx, honouring a ``Retry-After`` up to
  :data:`MAX_RETRY_AFTER` seconds (a longer one gives up at once);
- **safe**: only ``http``/``https``; connect and read timeouts plus an overall deadline of
  ``4 * fetch_timeout`` per response, from connecting to the last byte of the body (headers
  or a body that trickle in slower are a ``timeout``); the
  body is streamed and abandoned past ``fetch_max_bytes`` (counted after content decoding,
  so a gzip bomb stops too); redirects are followed by hand, at most ``fetch_max_redirects``,
  each hop checked again; no proxies from the environment; and it refuses loopback, private,
  link-local, multicast, reserved, unspecified and other non-global addresses, IPv4 and IPv6
  (including IPv4-mapped, 6to4 and NAT64 forms), unless ``allow_private`` is set.

How the address check works. Before each hop the host is resolved (with the injectable
``resolver``) and *every* address it resolves to must be global; otherwise the hop fails with
``blocked_address``. The default transport then resolves the name once more at connect time,
checks those addresses again and connects to the checked IP itself, while TLS still uses the
host name for SNI and certificate checks and the ``Host`` header keeps the name. So a DNS
answer that changes between check and connect (DNS rebinding) cannot reach a private address:
the address checked is the address connected to. Residual risk: with an injected
``transport`` (tests, or a caller's own) only the pre-check runs, so rebinding protection is
that transport's business; and the policy judges IP addresses, not what a public address
forwards to (an open proxy on a public IP is not detected).

Reasons raised: ``bad_url``, ``bad_scheme``, ``dns``, ``blocked_address``, ``robots``,
``timeout``, ``connect``, ``network``, ``decoding``, ``too_large``, ``too_many_redirects``,
``http_<status>`` (the final status after retries). A :class:`Fetcher` is meant for one thread.
"""

from __future__ import annotations

import contextvars
import ipaddress
import logging
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpcore
import httpx

from storyline.config import StorylineConfig
from storyline.dates import http_date
from storyline.errors import ConfigError, FetchError

__all__ = [
    "MAX_CRAWL_DELAY",
    "MAX_RETRY_AFTER",
    "FetchResult",
    "Fetcher",
    "Resolver",
    "blocked_category",
    "default_resolver",
]

log = logging.getLogger(__name__)

#: Resolves a host name to the IP address strings it points to.
Resolver = Callable[[str], list[str]]

#: The longest ``Retry-After`` (seconds) waited for; a longer one ends the retries at once.
MAX_RETRY_AFTER = 60.0
#: The longest robots.txt ``Crawl-delay`` (seconds) honoured; longer ones are capped.
MAX_CRAWL_DELAY = 30.0
#: The most of a robots.txt read; RFC 9309 asks crawlers to parse at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
#: Longest back-off between retries, seconds.
MAX_BACKOFF = 30.0

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched response.

    Attributes:
        url: the URL asked for.
        final_url: the URL that answered, after redirects.
        status: the final HTTP status (2xx).
        content_type: the ``Content-Type`` header as sent (``""`` when absent).
        content: the body, content-decoded (gzip etc. undone).
        fetched_at: when the response arrived, ISO 8601 in UTC.
        etag, last_modified: the validators the server sent (``""`` when none), for a
            conditional request next time; a ``304`` answer to one has status 304 and no body.
    """

    url: str
    final_url: str
    status: int
    content_type: str
    content: bytes
    fetched_at: str
    etag: str = ""
    last_modified: str = ""

    @property
    def media_type(self) -> str:
        """The content type without parameters, lower-cased (``text/html``)."""
        return self.content_type.split(";", 1)[0].strip().lower()


def host_problem(host: str) -> str | None:
    """Why ``host`` (as DNS sees it: IDNA-encoded) is not a valid host name, or None."""
    name = host.rstrip(".")
    if not name or len(name) > 253:
        return "a host name has 1 to 253 characters"
    for label in name.split("."):
        if not 0 < len(label) <= 63:
            return "each part of a host name has 1 to 63 characters"
        if not all(c.isascii() and (c.isalnum() or c in "-_") for c in label):
            return f"the host name part {label[:20]!r} has characters DNS does not allow"
    return None


def default_resolver(host: str) -> list[str]:
    """Resolve ``host`` with the system resolver; the distinct addresses in answer order.

    Raises:
        OSError: the name does not resolve (``socket.gaierror``).
    """
    out: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in socket.getaddrinfo(
            host, None, type=socket.SOCK_STREAM):
        ip = str(sockaddr[0])
        if ip not in out:
            out.append(ip)
    return out


def blocked_category(ip: str) -> str | None:
    """Why an address may not be fetched (``loopback``, ``private``...), or None when global.

    IPv4 addresses embedded in IPv6 ones (IPv4-mapped ``::ffff:a.b.c.d``, 6to4 ``2002::/16``,
    NAT64 ``64:ff9b::/96``) are judged by the IPv4 address. A string that is not an IP
    address at all is ``invalid``.
    """
    try:
        addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(ip)
    except ValueError:
        return "invalid"
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour
        if embedded is None and addr in _NAT64:
            embedded = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if embedded is not None:
            inner = blocked_category(str(embedded))
            if inner:
                return inner
            addr = embedded
    for category in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private"):
        if getattr(addr, f"is_{category}"):
            return category.replace("_", "-")
    if not addr.is_global:
        return "non-global"
    return None


class _BlockedAddress(Exception):
    """Raised inside the transport when a host resolves to a refused address."""

    def __init__(self, host: str, ip: str, category: str):
        super().__init__(f"{host} resolves to {ip} ({category})")
        self.host, self.ip, self.category = host, ip, category


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _PinnedBackend(httpcore.SyncBackend):
    """A network backend that resolves, checks and then connects to the checked IP."""

    def __init__(self, resolver: Resolver, allow_private: bool):
        self._resolver = resolver
        self._allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        host = host.strip("[]")
        if _is_ip(host):
            ips = [host]
        else:
            problem = host_problem(host)
            if problem:
                raise httpcore.ConnectError(f"cannot resolve {host[:80]}: {problem}")
            try:
                ips = self._resolver(host)
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        if not ips:
            raise httpcore.ConnectError(f"{host} resolves to no address")
        if not self._allow_private:
            for ip in ips:
                category = blocked_category(ip)
                if category:
                    raise _BlockedAddress(host, ip, category)
        error: Exception | None = None
        for ip in ips:
            try:
                return super().connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error


#: The overall deadline of the request being sent, and the clock it is read with; set by
#: :meth:`Fetcher._once` around each request, read by :class:`_DeadlineStream`.
_DEADLINE: contextvars.ContextVar[tuple[float, Callable[[], float]] | None] = contextvars.ContextVar(
    "storyline_fetch_deadline", default=None)


def _within_deadline(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the request's deadline; ``error`` when none is left."""
    current = _DEADLINE.get()
    if current is None:
        return timeout
    deadline, clock = current
    left = deadline - clock()
    if left <= 0:
        raise error("the overall deadline of the request has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most until the request's deadline, so
    a server trickling its headers (each byte inside the read timeout) is cut off too."""

    def __init__(self, stream: httpcore.NetworkStream):
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _within_deadline(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _within_deadline(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                      _within_deadline(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose connections keep to the request's deadline (:class:`_DeadlineStream`)."""

    def __init__(self, backend: httpcore.NetworkBackend):
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        timeout = _within_deadline(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport, with the connection pool's network backend pinned."""

    def __init__(self, resolver: Resolver, allow_private: bool):
        super().__init__(trust_env=False)
        # httpx does not expose httpcore's network_backend; build the pool the way it does,
        # with our backend. A test (DNS rebinding) fails if a future httpx breaks this.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=_DeadlineBackend(_PinnedBackend(resolver, allow_private)),
        )


@dataclass(slots=True)
class _Response:
    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    phrase: str
    retries: int = 0
    note: str = ""


class Fetcher:
    """Fetches URLs politely and safely (see the module docstring for the rules).

    Args:
        config: ``fetch_timeout``, ``fetch_max_bytes``, ``fetch_rate``, ``fetch_retries``,
            ``fetch_max_redirects``, ``allow_private`` and ``user_agent`` are used.
        transport: an httpx transport to send requests with (tests pass a
            ``httpx.MockTransport``); default: httpx's, connecting to checked addresses only.
        resolver: host name to IP addresses; default :func:`default_resolver`.
        sleep: how to wait (rate limit, back-off); tests pass a recorder.
        clock: a monotonic clock in seconds, for the rate limit and the deadline.
        backoff: the first retry's delay in seconds; it doubles with each retry.

    Raises:
        ConfigError: ``fetch_timeout`` is not positive.

    Use it as a context manager, or call :meth:`close`, to release connections.
    """

    def __init__(
        self,
        config: StorylineConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        backoff: float = 1.0,
    ):
        if config.fetch_timeout <= 0:
            raise ConfigError(f"fetch_timeout must be greater than 0, got {config.fetch_timeout!r}")
        self.config = config
        self._resolver = resolver or default_resolver
        self._sleep = sleep
        self._clock = clock
        self._backoff = backoff
        if transport is None:
            transport = _PinnedTransport(self._resolver, config.allow_private)
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(config.fetch_timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": config.user_agent, "Accept": _ACCEPT},
        )
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections kept open."""
        self._client.close()

    def fetch(self, url: str, *, etag: str = "", last_modified: str = "") -> FetchResult:
        """GET ``url``, following redirects, and return the final 2xx response.

        Args:
            url: an ``http`` or ``https`` URL.
            etag, last_modified: validators of an earlier answer: the request is then
                conditional (``If-None-Match`` / ``If-Modified-Since``) and a ``304 Not
                Modified`` answer is returned (status 304, empty body) instead of raised.

        Returns:
            The response with its body.

        Raises:
            FetchError: the URL is refused (scheme, address, robots.txt) or the fetch failed
                (timeout, connection, size, redirects, a non-2xx status after retries).
        """
        conditional = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        response = self._follow(url, robots=True, retries=self.config.fetch_retries,
                                cap=self.config.fetch_max_bytes, truncate=False, headers=conditional)
        if response.status == 304 and conditional:
            return FetchResult(url=url, final_url=response.url, status=304, content_type="", content=b"",
                               fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                               etag=response.headers.get("etag", etag),
                               last_modified=response.headers.get("last-modified", last_modified))
        if not 200 <= response.status < 300:
            detail = f"the server answered {response.status} {response.phrase}".rstrip()
            if response.retries:
                detail += f" after {response.retries} retr{'y' if response.retries == 1 else 'ies'}"
            if response.note:
                detail += f" ({response.note})"
            raise FetchError(url, f"http_{response.status}", detail)
        return FetchResult(
            url=url,
            final_url=response.url,
            status=response.status,
            content_type=response.headers.get("content-type", "").strip(),
            content=response.content,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            etag=response.headers.get("etag", ""),
            last_modified=response.headers.get("last-modified", ""),
        )

    # -- one URL, hop by hop ------------------------------------------------------------

    def _follow(self, url: str, *, robots: bool, retries: int, cap: int,
                truncate: bool, headers: dict[str, str] | None = None) -> _Response:
        current = url
        limit = self.config.fetch_max_redirects
        for hop in range(limit + 1):
            target = self._check_target(url, current)
            if robots:
                self._check_robots(url, target)
            response = self._with_retries(url, target, retries=retries, cap=cap,
                                          truncate=truncate, headers=headers)
            if response.status not in _REDIRECTS:
                return response
            location = response.headers.get("location")
            if not location:
                return response  # a 3xx without Location: the caller reports http_3xx
            current = str(target.join(location))
            log.debug("%s: redirect %d -> %s", url, response.status, current)
        raise FetchError(url, "too_many_redirects",
                         f"more than {limit} redirects (last to {current}); "
                         "raise fetch_max_redirects if this is expected")

    def _check_target(self, url: str, current: str) -> httpx.URL:
        """Parse ``current`` and check its scheme and (unless allowed) its addresses."""
        try:
            target = httpx.URL(current)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(url, "bad_url", f"not a valid URL ({exc})") from None
        if target.scheme not in ("http", "https"):
            hop = "" if current == url else f" (a redirect to {current})"
            raise FetchError(url, "bad_scheme",
                             f"only http and https URLs are fetched, not {target.scheme or 'no'}"
                             f" scheme{hop}")
        if not target.host:
            raise FetchError(url, "bad_url", f"the URL {current} has no host")
        if self.config.allow_private:
            return target
        host = target.raw_host.decode("ascii", errors="replace")  # IDNA-encoded, as DNS sees it
        if _is_ip(host):
            ips = [host]
        else:
            problem = host_problem(host)
            if problem:
                raise FetchError(url, "bad_url", f"not a valid host name: {problem}")
            try:
                ips = self._resolver(host)
            except (OSError, UnicodeError) as exc:
                raise FetchError(url, "dns", f"the host {host} does not resolve ({exc})") from None
            if not ips:
                raise FetchError(url, "dns", f"the host {host} resolves to no address")
        for ip in ips:
            category = blocked_category(ip)
            if category:
                raise self._blocked(url, current, host, ip, category)
        return target

    @staticmethod
    def _blocked(url: str, current: str, host: str, ip: str, category: str) -> FetchError:
        hop = "" if current == url else f" (redirected to {current})"
        shown = host if host == ip else f"{host}, which resolves to {ip},"
        return FetchError(
            url, "blocked_address",
            f"refused to fetch{hop}: {shown} is a {category} address; storyline only fetches "
            "public addresses unless allow_private is set (--allow-private)")

    # -- robots.txt ----------------------------------------------------------------------

    def _check_robots(self, url: str, target: httpx.URL) -> None:
        origin = f"{target.scheme}://{target.netloc.decode('ascii')}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(url, origin, target.host)
            self._robots[origin] = rules
        if rules is True:
            return
        if rules is False:
            raise FetchError(url, "robots",
                             f"{origin}/robots.txt could not be read (server error), which under "
                             "RFC 9309 forbids fetching anything from the site; try again later")
        if not rules.can_fetch(self.config.user_agent, str(target)):
            raise FetchError(url, "robots",
                             f"{origin}/robots.txt does not allow {self._agent_token()} to fetch "
                             f"{target.raw_path.decode('ascii', 'replace')}")

    def _agent_token(self) -> str:
        words = self.config.user_agent.split("/", 1)[0].split()
        return words[0] if words else "*"

    def _load_robots(self, url: str, origin: str, host: str
                     ) -> urllib.robotparser.RobotFileParser | bool:
        """The parsed robots.txt of ``origin``: True allows all, False forbids all."""
        robots_url = origin + "/robots.txt"
        try:
            response = self._follow(robots_url, robots=False, retries=0,
                                    cap=ROBOTS_MAX_BYTES, truncate=True)
        except FetchError as exc:
            if exc.reason == "too_many_redirects":
                return True  # RFC 9309 2.3.1.2: may be treated as unavailable
            raise FetchError(url, exc.reason, f"while reading {robots_url}: {exc}") from None
        if 400 <= response.status < 500:
            log.debug("%s: %d, everything allowed", robots_url, response.status)
            return True
        if not 200 <= response.status < 300:
            log.info("%s: %d, nothing allowed", robots_url, response.status)
            return False
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        # RFC 9309: the longest matching rule wins (Allow on a tie); urllib takes the first.
        entries = list(parser.entries) + ([parser.default_entry] if parser.default_entry else [])
        for entry in entries:
            entry.rulelines.sort(key=lambda rule: (-len(rule.path), not rule.allowance))
        delay = parser.crawl_delay(self.config.user_agent)
        rate = parser.request_rate(self.config.user_agent)
        interval = float(delay) if delay else 0.0
        if rate and rate.requests:
            interval = max(interval, rate.seconds / rate.requests)
        if interval:
            self._host_delay[host] = min(interval, MAX_CRAWL_DELAY)
        return parser

    # -- one request, with the rate limit and retries ----------------------------------

    def _throttle(self, host: str) -> None:
        rate = self.config.fetch_rate
        interval = max(1.0 / rate if rate > 0 else 0.0, self._host_delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None and interval > 0:
            wait = last + interval - self._clock()
            if wait > 0:
                log.debug("%s: waiting %.2fs (rate limit)", host, wait)
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _with_retries(self, url: str, target: httpx.URL, *, retries: int, cap: int,
                      truncate: bool, headers: dict[str, str] | None = None) -> _Response:
        attempt = 0
        while True:
            response = self._once(url, target, cap=cap, truncate=truncate, headers=headers)
            response.retries = attempt
            if response.status != 429 and not 500 <= response.status < 600:
                return response
            if attempt >= retries:
                return response
            delay = min(self._backoff * 2 ** attempt, MAX_BACKOFF)
            asked = _retry_after(response.headers.get("retry-after"))
            if asked is not None:
                if asked > MAX_RETRY_AFTER:
                    response.note = f"it asked to retry after {asked:.0f}s, longer than we wait"
                    return response
                delay = max(delay, asked)
            attempt += 1
            log.info("%s: %d, retry %d of %d in %.1fs", target, response.status, attempt,
                     retries, delay)
            self._sleep(delay)

    def _once(self, url: str, target: httpx.URL, *, cap: int, truncate: bool,
              headers: dict[str, str] | None = None) -> _Response:
        self._throttle(target.host)
        deadline = self._clock() + 4 * self.config.fetch_timeout
        in_time = _DEADLINE.set((deadline, self._clock))
        try:
            with self._client.stream("GET", target, headers=headers) as resp:
                status = resp.status_code
                if status in _REDIRECTS or status == 429 or status >= 500:
                    return _Response(str(target), status, resp.headers, b"", resp.reason_phrase)
                length = resp.headers.get("content-length", "")
                if not truncate and length.isdigit() and int(length) > cap:
                    raise _too_large(url, cap, f"it announces {int(length):,} bytes")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        if truncate:
                            chunks.append(chunk[: len(chunk) - (size - cap)])
                            break
                        raise _too_large(url, cap, "the body is longer")
                    chunks.append(chunk)
                    if self._clock() > deadline:
                        raise FetchError(url, "timeout",
                                         f"the body took longer than "
                                         f"{4 * self.config.fetch_timeout:g}s to arrive")
                return _Response(str(target), status, resp.headers, b"".join(chunks),
                                 resp.reason_phrase)
        except _BlockedAddress as exc:
            raise self._blocked(url, str(target), exc.host, exc.ip, exc.category) from None
        except httpx.TimeoutException as exc:
            if self._clock() >= deadline:
                raise FetchError(url, "timeout",
                                 f"the response took longer than {4 * self.config.fetch_timeout:g}s to "
                                 "arrive (4 x fetch_timeout, headers and body)") from None
            raise FetchError(url, "timeout",
                             f"no answer within {self.config.fetch_timeout:g}s "
                             f"({type(exc).__name__}); raise fetch_timeout or try later") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, "connect", f"cannot connect to {target.host}: {exc}") from None
        except httpx.DecodingError as exc:
            raise FetchError(url, "decoding", f"the body cannot be decoded: {exc}") from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(url, "bad_url", f"not a valid URL ({exc})") from None
        except httpx.TransportError as exc:
            raise FetchError(url, "network", f"the connection failed: {exc}") from None
        finally:
            _DEADLINE.reset(in_time)


def _too_large(url: str, cap: int, why: str) -> FetchError:
    return FetchError(url, "too_large",
                      f"the response is larger than fetch_max_bytes ({cap:,} bytes): {why}; "
                      "raise the setting to fetch it")


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
