"""A local HTTP server on 127.0.0.1 whose feeds and pages a test changes between cycles.

Each route is a path with a body and a content type, or a status to answer with. A route
answers ``ETag`` and ``Last-Modified`` (from its body) and ``304`` to a request that
sends them back unchanged; ``hits`` counts the requests per path, ``conditional`` the
ones that came with validators.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, dict[str, Any]] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                server.hits[path] += 1
                route = server.routes.get(path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if "status" in route:
                    self.send_response(route["status"])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = route["body"]
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                modified = format_datetime(route.get("modified", datetime(2024, 11, 20, tzinfo=UTC)), usegmt=True)
                if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                    server.conditional[path] += 1
                if self.headers.get("If-None-Match") == etag:
                    server.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", route.get("type", "text/html; charset=utf-8"))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def set(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = {"body": body.encode() if isinstance(body, str) else body, "type": content_type}

    def fail(self, path: str, status: int = 500) -> None:
        self.routes[path] = {"status": status}

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 feed; each item: guid, title, link, date (RFC 822), and body (HTML) or none."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>'
           f"<link>https://example.org/</link><description>test feed</description>"]
    for it in items:
        body = f"<content:encoded><![CDATA[{it['body']}]]></content:encoded>" if it.get("body") else ""
        out.append(f"<item><title>{it['title']}</title><link>{it['link']}</link>"
                   f"<guid isPermaLink=\"false\">{it['guid']}</guid><pubDate>{it['date']}</pubDate>{body}</item>")
    out.append("</channel></rss>\n")
    return "".join(out)
