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
  (a :class:`WebError`, a 404 route, a validation error, a storyline error).
- **Reads** open their own store connection per request (SQLite WAL lets them read while
  an ingest writes). **Writes** happen only in ingest jobs: one background thread at a
  time (a lock), each with its own connection, so the store keeps a single writer.
- **Ingest needs the token** (``STORYLINE_TOKEN`` or ``create_app(token=...)``), sent as
  ``Authorization: Bearer <token>`` or as the ``token`` form field. Without a configured
  token the app is read-only (403); a missing or wrong token is 401. Pasted URLs must be
  ``http(s)://`` (never a local path); uploads are saved under sanitized names in a fresh
  temporary folder, removed when the job ends. A job's id is random and is its capability.
- **Untrusted text is only ever escaped**: Jinja autoescapes every template, highlights
  are built from escaped runs (:func:`_marked`), links are made only from ``http(s)``
  URLs, and a Content-Security-Policy of ``default-src 'self'`` forbids inline script.
- **No network at view time**: CSS and JS are served from the package. FastAPI's Swagger
  UI loads its JS from a CDN, so it is disabled; ``/docs`` is a plain page generated from
  ``/openapi.json``.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, File, Form, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__
from storyline.align.figures import figure_source
from storyline.align.findings import ledger_record
from storyline.config import SETTINGS, StorylineConfig, config_from_args
from storyline.errors import StoreError, StorylineError
from storyline.extract.figures import figure_record
from storyline.model import Article, Figure, Rejected
from storyline.report.duplicates import duplicate_rows
from storyline.report.export import article_record
from storyline.report.html import interval_text, paragraph_segments
from storyline.report.ledger import stories_rows, story_ledger
from storyline.store.db import Store, open_store

__all__ = ["IngestJob", "WebError", "create_app"]

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

def _stories_data(store: Store) -> dict[str, Any]:
    rows = stories_rows(store)
    return {"count": len(rows), "stories": rows}


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
        story = store.get_story(story_id)
    except StoreError as exc:
        raise WebError(400, str(exc), param="id") from None
    if story is None:
        raise WebError(404, f"no story with id {story_id!r}; the stories are listed at /")
    return story


def _story_data(store: Store, story_id: str) -> dict[str, Any]:
    """The ledger of a story: tracked figures with summaries and findings, sources, articles."""
    story = _story_or_404(store, story_id)
    led, articles = story_ledger(store, story)
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
    for d in store.duplicates():
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
            "published": a.published.value, "url": a.url.value, "path": a.provenance.label,
            "tracked_figures": reported.get(aid, []), "figures_counted": figure_counts.get(aid, 0),
            "copies": copies.get(aid, []),
            "joined": {"score": m.get("score"), "neighbour": m.get("neighbour"),
                       "shared_terms": m.get("shared_terms", []), "shared_entities": m.get("shared_entities", [])},
        })
    return {
        "story_id": story.id, "label": story.label,
        "first_published": story.first_published, "last_published": story.last_published,
        "articles": len(story.article_ids), "outlets": len(story.outlets), "outlet_names": list(story.outlets),
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
    record["inputs"] = store.inputs_of(article.id)
    record["figures"] = [dict(figure_record(f, article), interval=interval_text(f), anchor=f"fig-{f.quantity.start}")
                         for f in figures]
    record["duplicates"] = duplicate_rows(store, article_id=article.id)
    record["stories"] = [{"story_id": s.id, "label": s.label} for s in store.stories() if article.id in s.article_ids]
    return record, article, figures


def _search_data(store: Store, q: str | None, limit: int) -> dict[str, Any]:
    if q is None or not q.strip():
        raise WebError(400, "the search query q is empty; give words, a \"phrase\", or terms joined by OR",
                       param="q")
    try:
        hits = store.search(q, limit=limit, marks=(_OPEN, _CLOSE))
    except StoreError as exc:
        raise WebError(400, str(exc), param="q") from None
    out = []
    for hit in hits:
        plain, html = _marked(hit.pop("snippet") or "")
        out.append({**hit, "snippet": plain, "snippet_html": html})  # Markup: escaped, then marked
    return {"q": q, "count": len(out), "limit": limit, "hits": out}


def _figures_data(store: Store, measure: str | None, q: str | None, limit: int) -> dict[str, Any]:
    """Figures of one normalised measure head and/or whose measure phrase contains ``q``."""
    measure = (measure or "").strip().lower() or None
    phrase = (q or "").strip().lower() or None
    heads: Counter[str] = Counter()
    matched: list[Figure] = []
    total = 0
    for fig in store.iter_figures():
        heads[fig.measure_head or ""] += 1
        if measure is not None and fig.measure_head != measure:
            continue
        if phrase is not None and phrase not in (fig.measure or "").lower():
            continue
        total += 1
        if len(matched) < limit:
            matched.append(fig)
    articles: dict[str, Article] = {}
    rows = []
    for fig in matched:
        if fig.article_id not in articles:
            articles[fig.article_id] = store.get_article(fig.article_id)
        a = articles[fig.article_id]
        rec = figure_record(fig, a)
        q_, s_ = fig.quantity, (fig.sentence_start, fig.sentence_end)
        rec.update(interval=interval_text(fig), anchor=f"fig-{q_.start}", title=a.title.value,
                   outlet=a.outlet.value, published=a.published.value,
                   sentence_before=a.text[s_[0]:q_.start] if s_[0] <= q_.start else "",
                   sentence_after=a.text[q_.end:s_[1]] if q_.end <= s_[1] else "")
        rows.append(rec)
    measures = [{"measure_head": h, "figures": n}
                for h, n in sorted(heads.items(), key=lambda t: (-t[1], t[0])) if h]
    return {"measure": measure, "q": q, "count": total, "shown": len(rows), "limit": limit,
            "measures": measures, "figures": rows}


def _settings_data(config: StorylineConfig) -> dict[str, Any]:
    return {"settings": [{"name": s.name, "type": s.type.__name__, "default": s.default,
                          "value": getattr(config, s.name), "help": s.help} for s in SETTINGS]}


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
    """A reject's source without the temporary upload folder."""
    return re.sub(r"^.*?/storyline-upload-[^/]+/", "", source)


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

    def authorize(self, authorization: str | None, form_token: str | None) -> None:
        """Raise 403 when ingest is disabled, 401 when the token is missing or wrong."""
        if self.token is None:
            raise WebError(403, "this server is read-only: ingest is disabled because no token is configured; "
                                f"restart it with {TOKEN_ENV} set to allow ingest", param="token")
        given = None
        if authorization:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() == "bearer" and value.strip():
                given = value.strip()
        if given is None and form_token:
            given = form_token.strip() or None
        challenge = {"WWW-Authenticate": 'Bearer realm="storyline ingest"'}
        if given is None:
            raise WebError(401, "ingest needs the token: send 'Authorization: Bearer <token>' "
                                "or fill in the token field", param="token", headers=challenge)
        if not secrets.compare_digest(given.encode(), self.token.encode()):
            raise WebError(401, "the token is wrong; ingest refused", param="token", headers=challenge)

    async def start(self, files: list[UploadFile], urls_text: str) -> IngestJob:
        """Save the uploads, check the URLs, and start the job."""
        urls = _check_urls(urls_text or "")
        files = [f for f in files if f.filename]
        if len(files) > MAX_UPLOADS:
            raise WebError(400, f"at most {MAX_UPLOADS} files per request, got {len(files)}", param="files")
        if not files and not urls:
            raise WebError(400, "nothing to ingest: upload files or paste URLs (one per line)", param="files")
        folder = Path(tempfile.mkdtemp(prefix="storyline-upload-"))
        inputs, labels, taken = [], [], set()
        try:
            for upload in files:
                name = sanitize_filename(upload.filename, taken)
                path = folder / name
                size = 0
                with path.open("wb") as out:
                    while chunk := await upload.read(1 << 20):
                        size += len(chunk)
                        if size > self.config.max_input_bytes:
                            raise WebError(413, f"{name} is larger than max_input_bytes "
                                                f"({self.config.max_input_bytes} bytes)", param="files")
                        out.write(chunk)
                inputs.append(str(path))
                labels.append(name)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        inputs += urls
        labels += urls
        job = IngestJob(id=secrets.token_urlsafe(12), inputs=inputs, labels=labels)
        with self._lock:
            self.jobs[job.id] = job
            for old in [j for j in self.jobs.values() if j.finished][:-KEEP_JOBS]:
                del self.jobs[old.id]
        threading.Thread(target=self._run, args=(job, folder), name=f"ingest-{job.id}", daemon=True).start()
        return job

    def _run(self, job: IngestJob, folder: Path) -> None:
        from storyline.ingest.runner import ingest

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


# -- the application --------------------------------------------------------------------

def _is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def create_app(db_path: str, *, token: str | None = None, config: StorylineConfig | None = None,
               fetcher: Callable[[], Any] | None = None, extract: bool = True) -> FastAPI:
    """Build the web app over the store at ``db_path``.

    Args:
        db_path: the SQLite store (created and migrated here if needed).
        token: the ingest token; None reads ``STORYLINE_TOKEN``; empty or unset means
            read-only.
        config: the settings ingest jobs run with (default: the usual precedence, with
            ``db`` set to ``db_path``).
        fetcher: makes the URL fetcher of each ingest job (tests pass a mock).
        extract: whether ingest jobs also extract figures (spaCy).

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

    app = FastAPI(title="storyline", version=__version__,
                  description="Who reported which figure, when, and where sources agree.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.db_path = db_path
    app.state.ingester = ingester
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")

    def render(name: str, status: int = 200, headers: dict[str, str] | None = None, **context: Any) -> HTMLResponse:
        context.setdefault("read_only", ingester.read_only)
        return HTMLResponse(env.get_template(name).render(**context), status_code=status, headers=headers)

    # -- one place for errors --------------------------------------------------------

    def _error_response(request: Request, status: int, message: str, param: str | None = None,
                        headers: dict[str, str] | None = None) -> Response:
        if _is_api(request):
            return JSONResponse({"error": message, "status": status, "param": param}, status_code=status,
                                headers=headers)
        return render("error.html.j2", status=status, headers=headers, status_code=status, message=message,
                      param=param, title=f"Error {status}", q=request.query_params.get("q", ""))

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
        return _error_response(request, 400 if not isinstance(exc, StoreError) else 500,
                               f"{type(exc).__name__}: {exc}")

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return _error_response(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def store() -> Iterator[Store]:
        """A read connection for one request."""
        s = open_store(db_path)
        try:
            yield s
        finally:
            s.close()

    limit_q = Query(20, ge=1, le=200, description="Most hits returned.")
    fig_limit_q = Query(200, ge=1, le=2000, description="Most figures returned.")

    # -- JSON API ----------------------------------------------------------------------

    @app.get("/api/stories", tags=["api"], summary="The stories: label, period, article and outlet counts")
    def api_stories(s: Store = Depends(store)) -> dict[str, Any]:
        return _stories_data(s)

    @app.get("/api/stories/{story_id}", tags=["api"],
             summary="A story's ledger: tracked figures, summaries, findings, sources")
    def api_story(story_id: str, s: Store = Depends(store)) -> dict[str, Any]:
        return _story_data(s, story_id)

    @app.get("/api/articles/{article_id}", tags=["api"],
             summary="An article: metadata with provenance, text, figures, duplicates")
    def api_article(article_id: str,
                    removed: bool = Query(False, description="Include the removed boilerplate lines."),
                    s: Store = Depends(store)) -> dict[str, Any]:
        return _article_data(s, article_id, removed=removed)[0]

    @app.get("/api/search", tags=["api"], summary="Full-text search (SQLite FTS5 syntax) with marked snippets")
    def api_search(q: str = Query(..., description='Words, "a phrase", OR, NEAR.'), limit: int = limit_q,
                   s: Store = Depends(store)) -> dict[str, Any]:
        return _search_data(s, q, limit)

    @app.get("/api/figures", tags=["api"], summary="Figures by normalised measure head and/or measure phrase")
    def api_figures(measure: str | None = Query(None, description="Normalised measure head: personnel, killed..."),
                    q: str | None = Query(None, description="Words the measure phrase contains."),
                    limit: int = fig_limit_q, s: Store = Depends(store)) -> dict[str, Any]:
        return _figures_data(s, measure, q, limit)

    @app.get("/api/settings.json", tags=["api"], summary="The settings table: name, type, default, value, help")
    def api_settings() -> dict[str, Any]:
        return _settings_data(config)

    @app.post("/api/ingest", tags=["api"], status_code=202,
              summary="Ingest uploaded files and/or pasted URLs (needs the token); returns the job")
    async def api_ingest(files: list[UploadFile] = File(default=[]), urls: str = Form(""),
                         token: str = Form(""), authorization: str | None = Header(None)) -> JSONResponse:
        ingester.authorize(authorization, token)
        job = await ingester.start(files, urls)
        return JSONResponse(job.record(), status_code=202, headers={"Location": f"/api/ingest/{job.id}"})

    @app.get("/api/ingest/{job_id}", tags=["api"], summary="An ingest job's progress: done, stored, rejected")
    def api_job(job_id: str) -> dict[str, Any]:
        return ingester.get(job_id).record()

    # -- pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page_stories(s: Store = Depends(store)) -> HTMLResponse:
        data = _stories_data(s)
        return render("stories.html.j2", title="Stories", data=data, articles_total=s.count_articles())

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_story(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        data = _story_data(s, story_id)
        return render("story.html.j2", title=data["label"], data=data)

    @app.get("/stories/{story_id}/dossier.html", response_class=HTMLResponse, include_in_schema=False)
    def page_story_dossier(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        """The story's self-contained dossier (charts, timeline), rendered live from the store."""
        from storyline.report.dossier import story_dossier
        from storyline.report.html import render_story_dossier

        story = _story_or_404(s, story_id)
        page = render_story_dossier(story_dossier(s, story))
        # The dossier is one file with its styles inline and no script: its own policy.
        return HTMLResponse(page, headers={"Content-Security-Policy": DOSSIER_CSP})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_article(article_id: str, removed: bool = False, s: Store = Depends(store)) -> HTMLResponse:
        record, article, figures = _article_data(s, article_id, removed=True)
        return render("article.html.j2", title=article.title.value or "(no title)", a=article, rec=record,
                      segments=paragraph_segments(article.text, figures), figures=figures,
                      show_removed=removed)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def page_search(q: str | None = None, limit: int = limit_q, s: Store = Depends(store)) -> HTMLResponse:
        if q is None:
            return render("search.html.j2", title="Search", data=None, q="")
        data = _search_data(s, q, limit)
        return render("search.html.j2", title=f"Search: {q}", data=data, q=q)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def page_figures(measure: str | None = None, q: str | None = None, limit: int = fig_limit_q,
                     s: Store = Depends(store)) -> HTMLResponse:
        data = _figures_data(s, measure, q, limit)
        return render("figures.html.j2", title="Figures", data=data, q=q or "")

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def page_ingest() -> HTMLResponse:
        return render("ingest.html.j2", title="Ingest")

    @app.post("/ingest", include_in_schema=False)
    async def page_ingest_post(files: list[UploadFile] = File(default=[]), urls: str = Form(""),
                               token: str = Form(""), authorization: str | None = Header(None)) -> Response:
        ingester.authorize(authorization, token)
        job = await ingester.start(files, urls)
        return RedirectResponse(f"/ingest/{job.id}", status_code=303)

    @app.get("/ingest/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_job(job_id: str) -> HTMLResponse:
        job = ingester.get(job_id)
        return render("job.html.j2", title="Ingest job", job=job.record())

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def page_docs() -> HTMLResponse:
        return render("docs.html.j2", title="API", endpoints=_endpoints(app.openapi()))

    return app


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
