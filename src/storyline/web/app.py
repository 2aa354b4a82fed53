"""The web app: stories, ledgers, articles, search and figures as pages and as JSON.

Every page has a JSON twin under ``/api/`` built from the same function (``_*_data``), so
the two never drift apart:

=============================  ==================================  ==========================
page                           JSON                                what
=============================  ==================================  ==========================
``/``                          ``/api/stories``                    the stories
``/stories/{id}``              ``/api/stories/{id}``               a story's ledger
``/articles/{id}``             ``/api/articles/{id}``              an article, its figures
``/search?q=``                 ``/api/search?q=``                  full-text search
``/figures?measure=&q=``       ``/api/figures?measure=&q=``        figure search
``/ingest``                    ``POST /api/ingest``                ingest (needs the token)
``/ingest/{job}``              ``/api/ingest/{job}``               an ingest job's progress
``/docs``                      ``/openapi.json``                   the API, described
\\-                            ``/api/settings.json``              the settings table
=============================  ==================================  ==========================

Rules:

- **Errors are rendered in one place** (:func:`_error_response`): HTML for pages, JSON
  ``{"error", "status", "param"}`` for ``/api/`` and ``/openapi.json``, whatever raised
  (a :class:`WebError`, a 404 route, a validation error, a storyline error). A server error
  (500) is logged with its traceback under a request id, which the answer shows; every
  answer, errors included, carries the security headers and ``X-Request-ID``.
- **Only our own Host names** (:class:`_Guard`): 127.0.0.1, localhost, [::1], the address
  ``storyline serve --host`` names and the ``web_hosts`` setting; any other ``Host`` is a 400,
  so a page whose DNS name is rebound to 127.0.0.1 cannot read the store through a browser.
- **Listings come a page at a time** (``offset``, ``limit``, default ``web_page_size``) with
  ``count``, ``next`` and ``prev`` in the JSON and an RFC 8288 ``Link`` header.
- **Reads** run in the thread pool (the endpoints are plain functions), each worker thread
  with its own store connection kept open (SQLite WAL lets them read while an ingest
  writes). What is costly and the same for everyone (story summaries, ledgers, rendered
  story pages, measure counts) is computed once per change of the store (:class:`_Reader`).
  Searches are capped (``search_max_terms``, ``search_max_chars``) and stopped after
  ``search_timeout`` seconds by SQLite's progress handler, with a 400.
- **Writes** happen only in ingest jobs: one background thread at a time (a lock), each
  with its own connection, so the store keeps a single writer.
- **Ingest needs the token** (``STORYLINE_TOKEN`` or ``create_app(token=...)``), sent as
  ``Authorization: Bearer <token>`` or as the ``token`` form field before the files. Without a
  configured token the app is read-only (403); a missing or wrong token is 401; both are
  answered before the body is read, and so is a body larger than ``web_max_upload_bytes``
  (413): see :mod:`storyline.web.upload`. Pasted URLs must be ``http(s)://`` (never a local
  path); uploads are streamed to disk under sanitized names in a fresh temporary folder,
  removed when the job ends. A job's id is random and is its capability.
- **Untrusted text is only ever escaped**: Jinja autoescapes every template, highlights
  are built from escaped runs (:func:`_marked`), links are made only from ``http(s)``
  URLs, and a Content-Security-Policy of ``default-src 'self'`` forbids inline script.
- **No network at view time**: CSS and JS are served from the package. FastAPI's Swagger
  UI loads its JS from a CDN, so it is disabled; ``/docs`` is a plain page generated from
  ``/openapi.json``.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import threading
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__
from storyline.align.figures import figure_source
from storyline.align.findings import ledger, ledger_record
from storyline.config import SETTINGS, StorylineConfig, config_from_args
from storyline.errors import StoreError, StorylineError
from storyline.extract.figures import figure_record
from storyline.model import Article, Figure, Rejected, public_source
from storyline.report.dossier import story_title
from storyline.report.duplicates import duplicate_rows
from storyline.report.export import article_record, public_inputs
from storyline.report.outlets import independent_outlets
from storyline.report.html import interval_text, paragraph_segments
from storyline.store.db import Store, open_store
from storyline.web.upload import UploadRefused, read_ingest_form

__all__ = ["IngestJob", "WebError", "allowed_hosts", "create_app", "serve"]

log = logging.getLogger(__name__)

TOKEN_ENV = "STORYLINE_TOKEN"
#: The policy of a dossier page: inline styles (it is one self-contained file), nothing else.
DOSSIER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"

#: The Content-Security-Policy of every response: nothing but this server, no inline script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: Most files one ingest request may upload, and most URLs it may paste.
MAX_UPLOADS = 50
MAX_URLS = 200
#: Finished jobs kept in memory for their progress page.
KEEP_JOBS = 100
#: The headers of every response, errors included.
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
#: Host names always answered to: the loopback ones.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: Most rows of one listing page, and the furthest offset.
MAX_PAGE = 500
MAX_OFFSET = 10_000_000
#: Entries of the per-change cache (story summaries, ledgers, rendered story pages), and the
#: most bytes its rendered pages and JSON bodies may hold.
CACHE_ENTRIES = 512
CACHE_BYTES = 64_000_000
_STATIC = Path(__file__).parent / "static"


class WebError(Exception):
    """An error shown to the user: an HTTP status, a sentence, and the parameter at fault."""

    def __init__(self, status: int, message: str, *, param: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.headers = headers or {}


# -- rendering helpers ------------------------------------------------------------------

def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(interval=interval_text, mark_title=_mark_title, version=__version__)
    env.filters["href"] = safe_href
    env.filters["short"] = lambda s, n=8: (s or "")[:n]
    env.globals["relation_noun"] = lambda r: _RELATION.get(r, r)
    return env


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


def _source_text(fig: Figure, article: Article | None) -> str:
    first = fig.attribution.first
    name = figure_source(fig, article)
    return f"{name} ({first.cue})" if first is not None and first.cue else name


def _mark_title(fig: Figure, article: Article | None) -> str:
    """The hover text of a highlighted figure: value, measure, source, modality."""
    return (f"value: {interval_text(fig)} · measure: {fig.measure or '?'} · "
            f"source: {_source_text(fig, article)} · modality: {fig.modality}")


# Sentinels for FTS5 snippet marks: split on them, escape each run, then mark. Article
# text containing them can at worst misplace a highlight, never inject markup.
_OPEN, _CLOSE = "\ue000", "\ue001"
_MARKS = re.compile(f"({_OPEN}|{_CLOSE})")


def _marked(snippet: str) -> tuple[str, Markup]:
    """A snippet with sentinel marks as (plain text, escaped HTML with ``<mark>``)."""
    plain, html, inside = [], [], False
    for part in _MARKS.split(snippet):
        if part == _OPEN:
            if not inside:
                html.append("<mark>")
                inside = True
        elif part == _CLOSE:
            if inside:
                html.append("</mark>")
                inside = False
        else:
            plain.append(part)
            html.append(str(escape(part)))
    if inside:
        html.append("</mark>")
    return "".join(plain), Markup("".join(html))


#: How a duplicate relation reads in a sentence ("a syndicated copy of ...").
_RELATION = {"copy": "copy", "syndicated": "syndicated copy", "rewrite": "rewrite"}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- the data behind each page (one function per page and its JSON twin) ----------------

def _page(request: Request, offset: int, limit: int, total: int) -> tuple[dict[str, Any], dict[str, str]]:
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


def _stories_data(summaries: list[dict[str, Any]], request: Request, offset: int, limit: int
                  ) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of the story summaries (computed once per change of the store)."""
    page, headers = _page(request, offset, limit, len(summaries))
    return {**page, "stories": summaries[offset:offset + limit]}, headers


def _get_article(store: Store, article_id: str) -> Article:
    try:
        article = store.get_article(article_id)
    except StoreError as exc:
        raise WebError(400, str(exc), param="id") from None
    if article is None:
        raise WebError(404, f"no article with id {article_id!r}; search for it at /search or list the stories at /")
    return article


def _story_or_404(store: Store, story_id: str):
    try:
        story = store.find_story(story_id)
    except StoreError as exc:
        raise WebError(400, str(exc), param="id") from None
    if story is None:
        raise WebError(404, f"no story with id {story_id!r}; the stories are listed at /")
    return story


def _story_data(store: Store, story_id: str) -> dict[str, Any]:
    """The ledger of a story: tracked figures with summaries and findings, sources, articles."""
    story = _story_or_404(store, story_id)
    articles = store.get_articles(list(story.article_ids))
    pairs = store.duplicates_among(list(articles))
    led = ledger(story.id, list(store.iter_figures(article_ids=list(articles))), articles,
                 [(d["a"], d["b"], d["relation"]) for d in pairs])
    tracked = ledger_record(led, articles)
    for tf, rec in zip(led.tracked, tracked, strict=True):
        rec["n_figures"] = len(tf.figures)
        for fig, frec in zip(tf.figures, rec["figures"], strict=True):
            frec["interval"] = interval_text(fig)
        for (fig, _), frec in zip(tf.excluded, rec["excluded"], strict=True):
            frec["interval"] = interval_text(fig)
    reported: dict[str, list[str]] = {}
    for rec in tracked:
        for f in rec["figures"] + rec["excluded"]:
            labels = reported.setdefault(f["article_id"], [])
            if rec["label"] not in labels:
                labels.append(rec["label"])
    copies: dict[str, list[dict[str, str]]] = {}
    for d in pairs:
        if d["a"] in articles and d["b"] in articles:
            noun = _RELATION.get(d["relation"], d["relation"])
            copies.setdefault(d["b"], []).append({"relation": d["relation"], "text": f"{noun} of",
                                                  "article_id": d["a"]})
            copies.setdefault(d["a"], []).append({"relation": d["relation"], "text": f"has a {noun} in",
                                                  "article_id": d["b"]})
    figure_counts = Counter(f.article_id for tf in led.tracked for f in tf.figures)
    members = {m["article_id"]: m for m in store.story_members(story.id)}
    sources = []
    for aid in story.article_ids:
        a = articles.get(aid)
        if a is None:
            continue
        m = members.get(aid, {})
        sources.append({
            "article_id": aid, "title": a.title.value, "outlet": a.outlet.value, "author": a.author.value,
            "published": a.published.value, "url": a.url.value, "path": a.provenance.public_label,
            "tracked_figures": reported.get(aid, []), "figures_counted": figure_counts.get(aid, 0),
            "copies": copies.get(aid, []),
            "joined": {"score": m.get("score"), "neighbour": m.get("neighbour"),
                       "shared_terms": m.get("shared_terms", []), "shared_entities": m.get("shared_entities", [])},
        })
    member_list = [articles[aid] for aid in story.article_ids if aid in articles]
    outlet_names = independent_outlets(member_list, pairs)
    return {
        "story_id": story.id, "label": story.label,
        "title": story_title(story, member_list, list(members.values()), pairs),
        "first_published": story.first_published, "last_published": story.last_published,
        "articles": len(story.article_ids), "outlets": len(outlet_names), "outlet_names": outlet_names,
        "tracked": tracked,
        "unaligned": [dict(figure_record(f, articles[f.article_id]), interval=interval_text(f))
                      for f in led.unaligned if f.article_id in articles],
        "sources": sources,
    }


def _article_data(store: Store, article_id: str, *, removed: bool) -> tuple[dict[str, Any], Article, list[Figure]]:
    """An article's record (metadata with origins, provenance, inputs, figures, duplicates)."""
    article = _get_article(store, article_id)
    figures = store.figures_of(article.id)
    record = article_record(article, removed=True)
    if not removed:
        record.pop("removed")
    record["removed_count"] = len(article.removed)
    record["inputs"] = public_inputs(store.inputs_of(article.id))
    record["figures"] = [dict(figure_record(f, article), interval=interval_text(f), anchor=f"fig-{f.quantity.start}")
                         for f in figures]
    record["duplicates"] = duplicate_rows(store, article_id=article.id)
    record["stories"] = store.stories_of(article.id)
    return record, article, figures


#: FTS5 operators, which do not count as search terms.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TERMS = re.compile(r'"[^"]*"?|[^\s()"]+')


def _uncached(key: tuple[str, ...], compute: Callable[[], Any]) -> Any:
    """No cache: compute every time (the default of the ``_*_data`` functions)."""
    return compute()


def _search_data(store: Store, config: StorylineConfig, q: str | None, request: Request, offset: int,
                 limit: int, cached: Callable[[tuple[str, ...], Callable[[], Any]], Any] = _uncached,
                 ) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of full-text hits, within the caps of the settings (query length, terms, time); the
    page is remembered by ``cached`` until the store changes."""
    if q is None or not q.strip():
        raise WebError(400, "the search query q is empty; give words, a \"phrase\", or terms joined by OR",
                       param="q")
    if len(q) > config.search_max_chars:
        raise WebError(400, f"the search query is {len(q):,} characters long; at most {config.search_max_chars} "
                            "are allowed (setting search_max_chars)", param="q")
    terms = [t for t in _TERMS.findall(q) if t.upper() not in _OPERATORS and not t.startswith("NEAR(")]
    if len(terms) > config.search_max_terms:
        raise WebError(400, f"the search query has {len(terms)} terms; at most {config.search_max_terms} are "
                            "allowed (setting search_max_terms): search for fewer words or a \"phrase\"",
                       param="q")
    with store.time_limit(config.search_timeout) as limit_:
        try:
            total, hits = cached(("search", q, str(offset), str(limit)), lambda: (
                store.count_search(q), store.search(q, limit=limit, offset=offset, marks=(_OPEN, _CLOSE))))
        except StoreError as exc:
            if limit_.expired:
                raise WebError(400, f"the search took longer than {config.search_timeout:g}s and was stopped "
                                    "(setting search_timeout); search for fewer or rarer words, or a \"phrase\"",
                               param="q") from None
            raise WebError(400, str(exc), param="q") from None
    out = []
    for hit in hits:
        plain, html = _marked(hit["snippet"] or "")
        out.append({**hit, "snippet": plain, "snippet_html": html})  # Markup: escaped, then marked
    page, headers = _page(request, offset, limit, total)
    return {"q": q, **page, "shown": len(out), "hits": out}, headers


def _figures_data(store: Store, config: StorylineConfig, heads: list[tuple[str, int]], measure: str | None,
                  q: str | None, request: Request, offset: int, limit: int,
                  cached: Callable[[tuple[str, ...], Callable[[], Any]], Any] = _uncached,
                  ) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of the figures of one normalised measure head and/or whose measure phrase contains ``q``
    (the page's figures remembered by ``cached`` until the store changes)."""
    measure = (measure or "").strip().lower() or None
    phrase = (q or "").strip().lower() or None
    if phrase is not None and len(phrase) > config.search_max_chars:
        raise WebError(400, f"q is {len(phrase):,} characters long; at most {config.search_max_chars} are allowed",
                       param="q")
    with store.time_limit(config.search_timeout) as limit_:
        try:
            total, matched = cached(("figures", measure or "", phrase or "", str(offset), str(limit)),
                                    lambda: store.figures_page(measure_head=measure, phrase=phrase, limit=limit,
                                                               offset=offset))
        except sqlite3.OperationalError:
            if not limit_.expired:
                raise
            raise WebError(400, f"the figure search took longer than {config.search_timeout:g}s and was stopped; "
                                "choose a measure or more specific words", param="q") from None
    articles = store.get_articles(list(dict.fromkeys(f.article_id for f in matched)))
    rows = []
    for fig in matched:
        a = articles[fig.article_id]
        rec = figure_record(fig, a)
        q_, s_ = fig.quantity, (fig.sentence_start, fig.sentence_end)
        rec.update(interval=interval_text(fig), anchor=f"fig-{q_.start}", title=a.title.value,
                   source=figure_source(fig, a),
                   outlet=a.outlet.value, published=a.published.value,
                   sentence_before=a.text[s_[0]:q_.start] if s_[0] <= q_.start else "",
                   sentence_after=a.text[q_.end:s_[1]] if q_.end <= s_[1] else "")
        rows.append(rec)
    measures = [{"measure_head": h, "figures": n} for h, n in heads if h]
    page, headers = _page(request, offset, limit, total)
    return {"measure": measure, "q": q, **page, "shown": len(rows), "measures": measures, "figures": rows}, headers


def _settings_data(config: StorylineConfig) -> dict[str, Any]:
    def shown(s) -> Any:  # a secret is never served: only whether it is set
        value = getattr(config, s.name)
        return ("(set)" if value else "") if s.name.endswith("_secret") else value

    return {"settings": [{"name": s.name, "type": s.type.__name__, "default": s.default,
                          "value": shown(s), "help": s.help} for s in SETTINGS]}


# -- ingest jobs ------------------------------------------------------------------------

@dataclass
class IngestJob:
    """An ingest run in a background thread, and its progress."""

    id: str
    inputs: list[str]
    labels: list[str]
    status: str = "queued"          # queued, running, done, failed
    done: int = 0                   # items finished so far (articles and rejects)
    articles: int = 0
    rejected: int = 0
    stored: int | None = None       # known when the run ends
    already_present: int | None = None
    figures: int | None = None
    duplicates: int | None = None
    stored_ids: list[str] = field(default_factory=list)
    rejects: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None
    created: str = field(default_factory=_now)
    finished: str | None = None

    def progress(self, item: Article | Rejected) -> None:
        self.done += 1
        if isinstance(item, Rejected):
            self.rejected += 1
            self.rejects.append({"source": _public_source(item.source), "reason": item.reason, "detail": item.detail})
        else:
            self.articles += 1

    def record(self) -> dict[str, Any]:
        return {"job": self.id, "status": self.status, "inputs": self.labels, "done": self.done,
                "articles": self.articles, "stored": self.stored, "already_present": self.already_present,
                "rejected": self.rejected, "figures": self.figures, "duplicates": self.duplicates,
                "stored_ids": list(self.stored_ids), "rejects": list(self.rejects), "error": self.error,
                "created": self.created, "finished": self.finished}


def _public_source(source: str) -> str:
    """A reject's source as forwarded: the file name (with its member) or URL, never a folder."""
    return public_source(source)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def sanitize_filename(name: str | None, taken: set[str]) -> str:
    """A safe, unique file name for an upload: no folders, no leading dots, plain characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip("._")[:100] or "upload"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    candidate, n = base, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate


def _check_urls(text: str) -> list[str]:
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    if len(urls) > MAX_URLS:
        raise WebError(400, f"at most {MAX_URLS} URLs per request, got {len(urls)}; upload a URL list file instead",
                       param="urls")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
            raise WebError(400, f"not an http(s) URL: {url[:200]!r}; paste one http:// or https:// URL per line",
                           param="urls")
    return urls


_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="storyline ingest"'}


class _Ingester:
    """Starts ingest jobs and remembers them; one job writes at a time."""

    def __init__(self, db_path: str, config: StorylineConfig, token: str | None,
                 fetcher: Callable[[], Any] | None, extract: bool):
        self.db_path = db_path
        self.config = config
        self.token = token or None
        self.fetcher = fetcher
        self.extract = extract
        self.jobs: dict[str, IngestJob] = {}
        self.writer = threading.Lock()
        self._lock = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self.token is None

    def refuse_if_read_only(self) -> None:
        """Raise 403 when ingest is disabled (no token configured)."""
        if self.token is None:
            raise WebError(403, "this server is read-only: ingest is disabled because no token is configured; "
                                f"restart it with {TOKEN_ENV} set to allow ingest", param="token")

    def check_header(self, authorization: str | None) -> bool:
        """True when an ``Authorization: Bearer`` header carries the token; 401 when it is wrong;
        False without the header (the token may come in the form)."""
        self.refuse_if_read_only()
        if not authorization:
            return False
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise WebError(401, "ingest needs the token: send 'Authorization: Bearer <token>' "
                                "or fill in the token field", param="token", headers=_CHALLENGE)
        self.check_token(value.strip())
        return True

    def check_token(self, given: str | None) -> None:
        """Raise 403 when read-only, 401 when ``given`` (a header's or the form's token) is missing or wrong."""
        self.refuse_if_read_only()
        assert self.token is not None
        given = (given or "").strip() or None
        if given is None:
            raise WebError(401, "ingest needs the token: send 'Authorization: Bearer <token>' "
                                "or fill in the token field (before the files)", param="token", headers=_CHALLENGE)
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise WebError(401, "the token is wrong; ingest refused", param="token", headers=_CHALLENGE)

    async def receive(self, request: Request) -> IngestJob:
        """Check the token, read the request's files to disk and its URLs, and start the job.

        Nothing of the body is read before a read-only server refuses or a header's token is
        checked; the form's token must come before its files (see :mod:`storyline.web.upload`).
        """
        authorized = self.check_header(request.headers.get("authorization"))
        folder = Path(tempfile.mkdtemp(prefix="storyline-upload-"))
        taken: set[str] = set()
        try:
            try:
                received = await read_ingest_form(
                    request, folder, authorized=authorized, check_token=self.check_token,
                    name_file=lambda name: sanitize_filename(name, taken),
                    max_request_bytes=self.config.web_max_upload_bytes,
                    max_file_bytes=self.config.max_input_bytes, max_files=MAX_UPLOADS)
            except UploadRefused as exc:
                raise WebError(exc.status, exc.message, param=exc.param) from None
            urls = _check_urls(received.urls)
            if not received.files and not urls:
                raise WebError(400, "nothing to ingest: upload files or paste URLs (one per line)", param="files")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        inputs = [str(path) for _, path in received.files] + urls
        labels = [name for name, _ in received.files] + urls
        job = IngestJob(id=secrets.token_urlsafe(12), inputs=inputs, labels=labels)
        with self._lock:
            self.jobs[job.id] = job
            for old in [j for j in self.jobs.values() if j.finished][:-KEEP_JOBS]:
                del self.jobs[old.id]
        threading.Thread(target=self._run, args=(job, folder), name=f"ingest-{job.id}", daemon=True).start()
        return job

    def _run(self, job: IngestJob, folder: Path) -> None:
        from storyline.run import ingest

        try:
            with self.writer:
                job.status = "running"
                with open_store(self.db_path) as store:
                    fetcher = self.fetcher() if self.fetcher else None
                    report = ingest(job.inputs, store, self.config, fetcher=fetcher, progress=job.progress,
                                    extract=self.extract)
            job.stored, job.already_present = report.stored, report.already_present
            job.figures, job.duplicates = report.figures, report.duplicates
            job.stored_ids = list(report.stored_ids)
            job.rejected = report.total_rejected
            job.status = "done"
        except Exception as exc:  # the job page shows it; the server goes on
            log.exception("ingest job %s failed", job.id)
            job.error = f"{type(exc).__name__}: {exc}"
            job.status = "failed"
        finally:
            job.finished = _now()
            shutil.rmtree(folder, ignore_errors=True)

    def get(self, job_id: str) -> IngestJob:
        job = self.jobs.get(job_id)
        if job is None:
            raise WebError(404, f"no ingest job {job_id!r}; jobs are kept in memory until the server restarts")
        return job


# -- reading: connections and what is computed once per change of the store ------------

class _Reader:
    """Read connections, each lent to one request at a time and kept open, and a cache valid
    until the store changes.

    ``PRAGMA data_version`` on a connection of its own tells when any other connection (an
    ingest job here, ``storyline ingest`` in another process) has committed: the cache
    (story summaries, ledgers, rendered story pages, measure counts) is then recomputed on
    the next request that needs it, so it is computed once per ingest, not per request.
    """

    def __init__(self, db_path: str, size: int = CACHE_ENTRIES):
        self.db_path = db_path
        self.size = size
        self._lock = threading.Lock()
        self._idle: list[Store] = []
        self._stores: list[Store] = []
        self._watch = open_store(db_path)
        self._seen: int | None = None
        self._generation = 0
        self._cache: OrderedDict[tuple[str, ...], tuple[int, Any]] = OrderedDict()
        self._bytes = 0  # of the rendered pages and JSON bodies held

    def lend(self) -> Iterator[Store]:
        """A read connection for one request, given back when it ends (a FastAPI dependency).

        A connection is never used by two requests at once: FastAPI may run a dependency and
        its endpoint in different worker threads, so connections cannot be per thread.
        """
        with self._lock:
            store = self._idle.pop() if self._idle else None
        if store is None:
            store = open_store(self.db_path)
            with self._lock:
                self._stores.append(store)
        try:
            yield store
        finally:
            with self._lock:
                self._idle.append(store)

    def generation(self) -> int:
        """A number that changes when the store has changed since the last call."""
        with self._lock:
            version = self._watch.conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self._seen:
                self._seen = version
                self._generation += 1
            return self._generation

    def cached(self, key: tuple[str, ...], compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered under ``key`` until the store changes (least recently used dropped)."""
        generation = self.generation()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == generation:
                self._cache.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            old = self._cache.pop(key, None)
            if old is not None:
                self._bytes -= _weight(old[1])
            self._cache[key] = (generation, value)
            self._bytes += _weight(value)
            while len(self._cache) > 1 and (len(self._cache) > self.size or self._bytes > CACHE_BYTES):
                self._bytes -= _weight(self._cache.popitem(last=False)[1][1])
        return value

    def close(self) -> None:
        with self._lock:
            for store in self._stores:
                store.close()
            self._stores.clear()
            self._watch.close()


def _weight(value: Any) -> int:
    """The bytes a cached page or JSON body holds (other values count as small)."""
    return len(value) if isinstance(value, (str, bytes)) else 1000


# -- the guard: Host names, request ids, security headers ---------------------------------

def _host_name(value: str | None) -> str | None:
    """The host name of a ``Host`` header without its port (``[::1]:8000`` -> ``::1``), lower-cased."""
    if not value:
        return None
    value = value.strip().lower()
    if value.startswith("["):
        name, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return name
    name, colon, port = value.rpartition(":")
    if not colon:
        name = value
    elif not port.isdigit():
        return None
    return name.rstrip(".") or None


def allowed_hosts(config: StorylineConfig, hosts: Iterable[str] = ()) -> frozenset[str] | None:
    """The host names the server answers to (None: any): the loopback names, ``hosts`` (the
    address it listens on, unless a wildcard) and the ``web_hosts`` setting."""
    names = set(LOCAL_HOSTS)
    for host in [*hosts, *config.web_hosts.split(",")]:
        host = host.strip().lower()
        if host == "*":
            return None
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if host and host not in ("0.0.0.0", "::"):
            names.add(host.rstrip("."))
    return frozenset(names)


class _Guard:
    """ASGI middleware: a request id for every request, the ``Host`` allow-list (a 400 for any
    other name, against DNS rebinding), and the security headers on every response."""

    def __init__(self, app: Any, hosts: frozenset[str] | None, refuse: Callable[[Request, str], Response]):
        self.app = app
        self.hosts = hosts
        self.refuse = refuse

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(6)
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers["X-Request-ID"] = request_id
            await send(message)

        if self.hosts is not None:
            request = Request(scope)
            raw = request.headers.get("host")
            if _host_name(raw) not in self.hosts:
                response = self.refuse(request, raw or "")
                await response(scope, receive, send_secured)
                return
        await self.app(scope, receive, send_secured)


def _request_id(request: Request) -> str:
    return getattr(request.state, "request_id", None) or secrets.token_hex(6)


# -- the application --------------------------------------------------------------------

def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def create_app(db_path: str, *, token: str | None = None, config: StorylineConfig | None = None,
               fetcher: Callable[[], Any] | None = None, extract: bool = True,
               hosts: Iterable[str] = ()) -> FastAPI:
    """Build the web app over the store at ``db_path``.

    Args:
        db_path: the SQLite store (created and migrated here if needed).
        token: the ingest token; None reads ``STORYLINE_TOKEN``; empty or unset means
            read-only.
        config: the settings ingest jobs run with (default: the usual precedence, with
            ``db`` set to ``db_path``).
        fetcher: makes the URL fetcher of each ingest job (tests pass a mock).
        extract: whether ingest jobs also extract figures (spaCy).
        hosts: more host names to answer to besides the loopback ones and the
            ``web_hosts`` setting (``storyline serve`` passes its ``--host``).

    Returns:
        The FastAPI application; serve it with uvicorn on 127.0.0.1.
    """
    db_path = str(db_path)
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    config = config or config_from_args(None, db=db_path)
    with open_store(db_path):  # create and migrate once, so per-request connections only read
        pass
    env = _env()
    ingester = _Ingester(db_path, config, token, fetcher, extract)
    reader = _Reader(db_path)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    app = FastAPI(title="storyline", version=__version__,
                  description="Who reported which figure, when, and where sources agree.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.db_path = db_path
    app.state.ingester = ingester
    app.state.reader = reader
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")

    def render(name: str, status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
        return HTMLResponse(render_text(name, **context), status_code=status, headers=headers)

    def render_text(name: str, **context: Any) -> str:
        context.setdefault("read_only", ingester.read_only)
        return env.get_template(name).render(**context)

    # -- one place for errors --------------------------------------------------------

    def _error_response(request: Request, status: int, message: str, param: str | None = None,
                        headers: dict[str, str] | None = None, request_id: str | None = None) -> Response:
        if _is_api(request):
            body: dict[str, Any] = {"error": message, "status": status, "param": param}
            if request_id:
                body["request_id"] = request_id
            return JSONResponse(body, status_code=status, headers=headers)
        return render("error.html.j2", status=status, headers=headers, status_code=status, message=message,
                      param=param, title=f"Error {status}", q=request.query_params.get("q", ""),
                      request_id=request_id)

    def _server_error_response(request: Request, exc: BaseException, message: str) -> Response:
        """A 500: logged with its traceback and a request id, which the answer shows."""
        request_id = _request_id(request)
        log.error("request %s: %s %s failed", request_id, request.method, request.url.path, exc_info=exc)
        response = _error_response(request, 500, f"{message}; the server log has the details under request id "
                                                 f"{request_id}", request_id=request_id)
        # Answered outside the middleware (by Starlette's ServerErrorMiddleware): set its headers here.
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers["X-Request-ID"] = request_id
        return response

    def _foreign_host(request: Request, host: str) -> Response:
        return _error_response(request, 400, f"this server does not answer to the host name {host[:100]!r}; "
                                             "open it as http://127.0.0.1 or http://localhost, or add the name "
                                             "to the web_hosts setting", param="host")

    app.add_middleware(_Guard, hosts=allowed_hosts(config, hosts), refuse=_foreign_host)

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return _error_response(request, exc.status, exc.message, exc.param, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = (f"no API endpoint {request.url.path}; the endpoints are listed at /docs" if _is_api(request)
                       else f"nothing at {request.url.path}; the stories are at / and the API is described at /docs")
        return _error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body", "header")]
        param = loc[0] if loc else None
        msg = first.get("msg", "invalid")
        message = f"parameter {param!r}: {msg}" if param else f"invalid request: {msg}"
        if first.get("input") is not None and not isinstance(first.get("input"), (dict, list)):
            message += f" (got {str(first['input'])[:100]!r})"
        return _error_response(request, 422, message, param)

    @app.exception_handler(StorylineError)
    async def _storyline_error(request: Request, exc: StorylineError) -> Response:
        if isinstance(exc, StoreError):
            return _server_error_response(request, exc, f"StoreError: {exc}")
        return _error_response(request, 400, f"{type(exc).__name__}: {exc}")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Response:
        return _server_error_response(request, exc, f"internal error ({type(exc).__name__})")

    store = reader.lend

    limit_q = Query(None, ge=1, le=MAX_PAGE, description=f"Rows per page (default: web_page_size, at most {MAX_PAGE}).")
    offset_q = Query(0, ge=0, le=MAX_OFFSET, description="Rows to skip: the page's start (see the Link header).")

    def summaries(s: Store) -> list[dict[str, Any]]:
        return reader.cached(("stories",), s.story_summaries)

    def story_json(s: Store, story_id: str) -> tuple[str, bytes]:
        story_id = _story_or_404(s, story_id).id
        body = reader.cached(("story.json", story_id), lambda: json.dumps(
            _story_data(s, story_id), ensure_ascii=False, separators=(",", ":")).encode())
        return story_id, body

    def json_page(data: dict[str, Any], headers: dict[str, str]) -> Response:
        return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type="application/json",
                        headers=headers)

    # -- JSON API ----------------------------------------------------------------------

    @app.get("/api/stories", tags=["api"],
             summary="The stories, a page at a time: label, period, article and outlet counts")
    def api_stories(request: Request, offset: int = offset_q, limit: int | None = limit_q,
                    s: Store = Depends(store)) -> Response:
        return json_page(*_stories_data(summaries(s), request, offset, limit or config.web_page_size))

    @app.get("/api/stories/{story_id}", tags=["api"],
             summary="A story's ledger: tracked figures, summaries, findings, sources")
    def api_story(story_id: str, s: Store = Depends(store)) -> Response:
        return Response(story_json(s, story_id)[1], media_type="application/json")

    @app.get("/api/articles/{article_id}", tags=["api"],
             summary="An article: metadata with provenance, text, figures, duplicates")
    def api_article(article_id: str,
                    removed: bool = Query(False, description="Include the removed boilerplate lines."),
                    s: Store = Depends(store)) -> dict[str, Any]:
        return _article_data(s, article_id, removed=removed)[0]

    @app.get("/api/search", tags=["api"],
             summary="Full-text search (SQLite FTS5 syntax) with marked snippets, a page at a time")
    def api_search(request: Request, q: str = Query(..., description='Words, "a phrase", OR, NEAR.'),
                   offset: int = offset_q, limit: int | None = limit_q, s: Store = Depends(store)) -> Response:
        return json_page(*_search_data(s, config, q, request, offset, limit or config.web_page_size, reader.cached))

    @app.get("/api/figures", tags=["api"],
             summary="Figures by normalised measure head and/or measure phrase, a page at a time")
    def api_figures(request: Request,
                    measure: str | None = Query(None, description="Normalised measure head: personnel, killed..."),
                    q: str | None = Query(None, description="Words the measure phrase contains."),
                    offset: int = offset_q, limit: int | None = limit_q, s: Store = Depends(store)) -> Response:
        heads = reader.cached(("measures",), s.measure_heads)
        return json_page(*_figures_data(s, config, heads, measure, q, request, offset, limit or config.web_page_size,
                                        reader.cached))

    @app.get("/api/settings.json", tags=["api"], summary="The settings table: name, type, default, value, help")
    def api_settings() -> dict[str, Any]:
        return _settings_data(config)

    @app.post("/api/ingest", tags=["api"], status_code=202,
              summary="Ingest uploaded files and/or pasted URLs (needs the token); returns the job",
              openapi_extra=_INGEST_BODY)
    async def api_ingest(request: Request) -> JSONResponse:
        job = await ingester.receive(request)
        return JSONResponse(job.record(), status_code=202, headers={"Location": f"/api/ingest/{job.id}"})

    @app.get("/api/ingest/{job_id}", tags=["api"], summary="An ingest job's progress: done, stored, rejected")
    def api_job(job_id: str) -> dict[str, Any]:
        return ingester.get(job_id).record()

    # -- pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_stories(request: Request, offset: int = offset_q, limit: int | None = limit_q,
                     s: Store = Depends(store)) -> HTMLResponse:
        data, headers = _stories_data(summaries(s), request, offset, limit or config.web_page_size)
        total = reader.cached(("articles",), s.count_articles)
        return render("stories.html.j2", title="Stories", data=data, articles_total=total, headers=headers)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        story_id = _story_or_404(s, story_id).id

        def page() -> str:
            data = json.loads(story_json(s, story_id)[1])
            return render_text("story.html.j2", title=data["label"], data=data)

        return HTMLResponse(reader.cached(("story.html", story_id), page))

    @app.get("/stories/{story_id}/dossier.html", response_class=HTMLResponse, include_in_schema=False)
    def page_story_dossier(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        """The story's self-contained dossier (charts, timeline), rendered live from the store."""
        from storyline.report.dossier import story_dossier
        from storyline.report.html import render_story_dossier

        story = _story_or_404(s, story_id)
        page = reader.cached(("dossier.html", story.id), lambda: render_story_dossier(story_dossier(s, story)))
        # The dossier is one file with its styles inline and no script: its own policy.
        return HTMLResponse(page, headers={"Content-Security-Policy": DOSSIER_CSP})

    @app.get("/stories/{story_id}/changes.atom", include_in_schema=False)
    def feed_story_changes(story_id: str, s: Store = Depends(store)) -> Response:
        """What `storyline watch` found changed in the story, as an Atom feed."""
        from storyline.watch import changes_atom

        story = _story_or_404(s, story_id)
        body = reader.cached(("changes.atom", story.id), lambda: changes_atom(s, story_id=story.id))
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_article(article_id: str, removed: bool = False, s: Store = Depends(store)) -> HTMLResponse:
        record, article, figures = _article_data(s, article_id, removed=True)
        return render("article.html.j2", title=article.title.value or "(no title)", a=article, rec=record,
                      segments=paragraph_segments(article.text, figures), figures=figures,
                      show_removed=removed)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(request: Request, q: str | None = None, offset: int = offset_q, limit: int | None = limit_q,
                    s: Store = Depends(store)) -> HTMLResponse:
        if q is None:
            return render("search.html.j2", title="Search", data=None, q="")
        data, headers = _search_data(s, config, q, request, offset, limit or config.web_page_size, reader.cached)
        return render("search.html.j2", title=f"Search: {q}", data=data, q=q, headers=headers)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def page_figures(request: Request, measure: str | None = None, q: str | None = None, offset: int = offset_q,
                     limit: int | None = limit_q, s: Store = Depends(store)) -> HTMLResponse:
        heads = reader.cached(("measures",), s.measure_heads)
        data, headers = _figures_data(s, config, heads, measure, q, request, offset, limit or config.web_page_size,
                                      reader.cached)
        return render("figures.html.j2", title="Figures", data=data, q=q or "", headers=headers)

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def page_ingest() -> HTMLResponse:
        return render("ingest.html.j2", title="Ingest")

    @app.post("/ingest", include_in_schema=False)
    async def page_ingest_post(request: Request) -> Response:
        job = await ingester.receive(request)
        return RedirectResponse(f"/ingest/{job.id}", status_code=303)

    @app.get("/ingest/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_job(job_id: str) -> HTMLResponse:
        job = ingester.get(job_id)
        return render("job.html.j2", title="Ingest job", job=job.record())

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def page_docs() -> HTMLResponse:
        return render("docs.html.j2", title="API", endpoints=_endpoints(app.openapi()))

    return app


#: The ingest body as the API describes it (the endpoint reads the body itself, as it streams).
_INGEST_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "properties": {
        "token": {"type": "string", "description": "The token, when not sent as 'Authorization: Bearer'; "
                                                   "it must come before the files."},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "urls": {"type": "string", "description": "http(s) URLs, one per line."}}}}}}}


def serve(config: StorylineConfig, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app over ``config.db`` with uvicorn, answering to ``host`` too; server errors
    are logged with their traceback and request id on stderr."""
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["storyline"] = {"handlers": ["default"], "level": "WARNING", "propagate": False}
    uvicorn.run(create_app(config.db, config=config, hosts=[host]), host=host, port=port, log_level="warning",
                log_config=log_config)


def _endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The endpoints of an OpenAPI schema, for the ``/docs`` page."""
    out = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": p.get("schema", {}).get("type") or "/".join(
                           t.get("type", "?") for t in p.get("schema", {}).get("anyOf", [])),
                       "description": p.get("description", "")} for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {})
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "body": list(body),
                        "link": path if method == "get" and "{" not in path else None})
    return out
