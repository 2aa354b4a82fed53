"""What the pages, the JSON API and the jobs of the web app share: :class:`WebError`, the
security constants, the template environment, paging, id lookups, and :class:`Web`, the one
object every router is built from (settings, read connections and cache, ingest jobs,
rendering)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fastapi import Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from storyline import __version__, api
from storyline.config import StorylineConfig
from storyline.errors import NotFound, StoreError
from storyline.model import Article, Story
from storyline.records import RELATION_NOUN, figure_text, interval_text
from storyline.api import Store

__all__ = ["CSP", "DOSSIER_CSP", "MAX_OFFSET", "MAX_PAGE", "SECURITY_HEADERS", "Web", "WebError", "is_api",
           "json_response", "marked", "page_fields", "safe_href"]

#: The policy of a dossier page: inline styles (it is one self-contained file), nothing else.
DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
#: The Content-Security-Policy of every response: nothing but this server, no inline script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: The headers of every response, errors included.
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
#: Most rows of one listing page, and the furthest offset.
MAX_PAGE = 500
MAX_OFFSET = 10_000_000
#: What to do next when an id names nothing, as the web says it.
NOT_FOUND_HINT = {"article": "search for it at /search or list the stories at /",
                  "story": "the stories are listed at /"}


class WebError(Exception):
    """An error shown to the user: an HTTP status, a sentence, and the parameter at fault."""

    def __init__(self, status: int, message: str, *, param: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.headers = headers or {}


def not_found(exc: NotFound) -> WebError:
    """A 404 for what the store lacks, saying where to look instead."""
    hint = NOT_FOUND_HINT.get(exc.kind)
    return WebError(404, f"no {exc.kind} with id {exc.key!r}" + (f"; {hint}" if hint else ""))


def is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


# -- rendering helpers ------------------------------------------------------------------

def safe_href(url: str | None) -> str | None:
    """``url`` when it is an ``http(s)`` URL with a host, else None (shown as text, not linked)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(interval=interval_text, mark_title=figure_text, version=__version__)
    env.filters["href"] = safe_href
    env.filters["short"] = lambda s, n=8: (s or "")[:n]
    env.globals["relation_noun"] = lambda r: RELATION_NOUN.get(r, r)
    return env


# Sentinels for FTS5 snippet marks: split on them, escape each run, then mark. Article
# text containing them can at worst misplace a highlight, never inject markup.
OPEN_MARK, CLOSE_MARK = "\ue000", "\ue001"
_MARKS = re.compile(f"({OPEN_MARK}|{CLOSE_MARK})")


def marked(snippet: str) -> tuple[str, Markup]:
    """A snippet with sentinel marks as (plain text, escaped HTML with ``<mark>``)."""
    plain, html, inside = [], [], False
    for part in _MARKS.split(snippet):
        if part == OPEN_MARK:
            if not inside:
                html.append("<mark>")
                inside = True
        elif part == CLOSE_MARK:
            if inside:
                html.append("</mark>")
                inside = False
        else:
            plain.append(part)
            html.append(str(escape(part)))
    if inside:
        html.append("</mark>")
    return "".join(plain), Markup("".join(html))


# -- paging -----------------------------------------------------------------------------

def page_fields(request: Request, offset: int, limit: int, total: int) -> tuple[dict[str, Any], dict[str, str]]:
    """The paging fields of a listing and its ``Link`` header (RFC 8288: next, prev, first)."""
    def at(o: int) -> str:
        url = request.url.include_query_params(offset=o, limit=limit)
        return f"{url.path}?{url.query}"

    links = {"first": at(0),
             "prev": at(max(0, offset - limit)) if offset > 0 else None,
             "next": at(offset + limit) if offset + limit < total else None}
    header = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if url)
    return ({"count": total, "offset": offset, "limit": limit, "next": links["next"], "prev": links["prev"]},
            {"Link": header})


def json_response(data: Any, headers: dict[str, str] | None = None) -> Response:
    """Compact JSON (UTF-8, no spaces), as every listing is answered."""
    import json

    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json",
                    headers=headers)


LIMIT_Q = Query(None, ge=1, le=MAX_PAGE, description=f"Rows per page (default: web_page_size, at most {MAX_PAGE}).")
OFFSET_Q = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip: the page's start (see the Link header).")


# -- lookups ----------------------------------------------------------------------------

@contextmanager
def _by_id() -> Iterator[None]:
    """An id prefix that fits several is the visitor's 400; one that fits none their 404."""
    try:
        yield
    except StoreError as exc:
        raise WebError(400, str(exc), param="id") from None
    except NotFound as exc:
        raise not_found(exc) from None


def find_article(store: Store, article_id: str) -> Article:
    with _by_id():
        return api.get_article(store, article_id)


def find_story(store: Store, story_id: str) -> Story:
    with _by_id():
        return api.get_story(store, story_id)


# -- the web app's one context ----------------------------------------------------------

@dataclass
class Web:
    """What every router of one app is built from.

    Attributes:
        config: the settings.
        reader: read connections (``store``, a FastAPI dependency) and the cache valid until
            the store changes (``cached``).
        ingester: the ingest jobs (:class:`storyline.web.jobs.Ingester`).
    """

    config: StorylineConfig
    reader: Any
    ingester: Any

    def __post_init__(self) -> None:
        self.env = _env()

    @property
    def store(self) -> Callable[[], Iterator[Store]]:
        """The dependency that lends a request its read connection."""
        return self.reader.lend

    def cached(self, key: tuple[str, ...], compute: Callable[[], Any]) -> Any:
        return self.reader.cached(key, compute)

    def page_size(self, limit: int | None) -> int:
        return limit or self.config.web_page_size

    def render_text(self, name: str, **context: Any) -> str:
        context.setdefault("read_only", self.ingester.read_only)
        return self.env.get_template(name).render(**context)

    def render(self, name: str, status: int = 200, headers: dict[str, str] | None = None,
               **context: Any) -> HTMLResponse:
        return HTMLResponse(self.render_text(name, **context), status_code=status, headers=headers)

