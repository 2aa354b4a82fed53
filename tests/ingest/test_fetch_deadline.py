"""The fetcher's overall deadline covers the whole response, headers included.

A real server on 127.0.0.1 sends its status line, then one byte of a header at a time, each
well inside the read timeout: only the overall deadline (``4 * fetch_timeout``) can stop it.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from storyline.config import StorylineConfig
from storyline.errors import FetchError
from storyline.ingest.fetch import Fetcher

TRICKLE_FOR = 60.0  # seconds the server would go on; the fetch must give up long before


class TricklingServer:
    """Answers /robots.txt with a 404 at once, anything else with headers one byte at a time."""

    def __init__(self, interval: float):
        self.interval = interval
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.cut_off = threading.Event()  # the client hung up while the headers trickled
        self.finished = threading.Event()  # the headers were all sent (the deadline failed)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            if request.startswith(b"GET /robots.txt"):
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                end = time.monotonic() + TRICKLE_FOR
                while time.monotonic() < end:
                    conn.sendall(b"a")
                    time.sleep(self.interval)
                conn.sendall(b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                self.finished.set()
            except OSError:
                self.cut_off.set()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def trickling():
    server = TricklingServer(interval=0.05)
    yield server
    server.close()


def test_trickling_headers_hit_the_overall_deadline(trickling):
    # Each byte comes every 0.05 s, well inside the 0.25 s read timeout: only the deadline
    # (4 x 0.25 = 1 s) of the whole response can end this fetch.
    config = StorylineConfig(fetch_timeout=0.25, allow_private=True, fetch_rate=0, fetch_retries=0)
    with Fetcher(config) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(f"http://127.0.0.1:{trickling.port}/slow")
    assert info.value.reason == "timeout"
    assert "4 x fetch_timeout" in str(info.value)
    assert not trickling.finished.is_set(), "the fetch waited for the whole trickle"
    assert trickling.cut_off.wait(5), "the server saw the client hang up while the headers trickled"


def test_the_deadline_belongs_to_one_request(trickling):
    # After a request ran out of time, the next one on the same fetcher has its own deadline.
    config = StorylineConfig(fetch_timeout=0.25, allow_private=True, fetch_rate=0, fetch_retries=0)
    with Fetcher(config) as fetcher:
        with pytest.raises(FetchError, match="4 x fetch_timeout"):
            fetcher.fetch(f"http://127.0.0.1:{trickling.port}/slow")
        with pytest.raises(FetchError) as info:
            fetcher.fetch(f"http://127.0.0.1:{trickling.port}/robots.txt")
    assert info.value.reason == "http_404"
