"""The web app's wiring: :func:`create_app` builds one app from its parts.

The parts: :mod:`~storyline.web.pages` (HTML), :mod:`~storyline.web.routes` (the JSON API),
:mod:`~storyline.web.jobs` (ingest jobs), :mod:`~storyline.web.guard` (Host names, headers,
errors), :mod:`~storyline.web.data` (the data behind each page and its JSON twin) and
:mod:`~storyline.web.core` (what they share). They read and run only through
:mod:`storyline.api`. Every page has a JSON twin under ``/api/`` built from the same function
of :mod:`~storyline.web.data`, so the two never drift apart:

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

- **Errors are rendered in one place** (:func:`storyline.web.guard.install_error_handlers`): HTML for pages, JSON
  ``{"error", "status", "param"}`` for ``/api/`` and ``/openapi.json``, whatever raised
  (a :class:`WebError`, a 404 route, a validation error, a storyline error). A server error
  (500) is logged with its traceback under a request id, which the answer shows; every
  answer, errors included, carries the security headers and ``X-Request-ID``.
- **Only our own Host names** (:class:`storyline.web.guard.Guard`): 127.0.0.1, localhost, [::1], the address
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
  are built from escaped runs (:func:`storyline.web.core.marked`), links are made only from ``http(s)``
  URLs, and a Content-Security-Policy of ``default-src 'self'`` forbids inline script.
- **No network at view time**: CSS and JS are served from the package. FastAPI's Swagger
  UI loads its JS from a CDN, so it is disabled; ``/docs`` is a plain page generated from
  ``/openapi.json``.
"""


from __future__ import annotations

import copy
import os
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from storyline import __version__
from storyline.config import StorylineConfig, config_from_args
from storyline.api import Store, open_store
from storyline.style import STATIC
from storyline.web.core import CSP, DOSSIER_CSP, MAX_OFFSET, MAX_PAGE, SECURITY_HEADERS, Web, WebError
from storyline.web.guard import LOCAL_HOSTS, _host_name, allowed_hosts, install_error_handlers
from storyline.web.jobs import KEEP_JOBS, MAX_UPLOADS, MAX_URLS, TOKEN_ENV, IngestJob, Ingester, sanitize_filename
from storyline.web.pages import pages_router
from storyline.web.routes import api_router

__all__ = ["IngestJob", "WebError", "allowed_hosts", "create_app", "serve"]
# Names the tests and other modules import from here.
_REEXPORTED = (CSP, DOSSIER_CSP, KEEP_JOBS, LOCAL_HOSTS, MAX_OFFSET, MAX_PAGE, MAX_UPLOADS, MAX_URLS,
               SECURITY_HEADERS, _host_name, sanitize_filename)

#: Entries of the per-change cache (story summaries, ledgers, rendered story pages), and the
#: most bytes its rendered pages and JSON bodies may hold.
CACHE_ENTRIES = 512
CACHE_BYTES = 64_000_000


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
    config = config or config_from_args(None, db=db_path)
    with open_store(db_path):  # create and migrate once, so per-request connections only read
        pass
    web = Web(config=config, reader=_Reader(db_path),
              ingester=Ingester(db_path, config, os.environ.get(TOKEN_ENV) if token is None else token,
                                fetcher, extract))
    app = _application(web)
    install_error_handlers(app, web, allowed_hosts(config, hosts))
    app.include_router(api_router(web))
    app.include_router(pages_router(web, app.openapi))
    return app


def _application(web: Web) -> FastAPI:
    """The bare FastAPI app: its description, its static files, and its read connections
    closed when it stops."""
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        web.reader.close()

    app = FastAPI(title="storyline", version=__version__,
                  description="Who reported which figure, when, and where sources agree.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.db_path = web.reader.db_path
    app.state.ingester = web.ingester
    app.state.reader = web.reader
    app.state.web = web
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def serve(config: StorylineConfig, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app over ``config.db`` with uvicorn, answering to ``host`` too; server errors
    are logged with their traceback and request id on stderr."""
    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["storyline"] = {"handlers": ["default"], "level": "WARNING", "propagate": False}
    uvicorn.run(create_app(config.db, config=config, hosts=[host]), host=host, port=port, log_level="warning",
                log_config=log_config)


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
