"""The data behind each page and its JSON twin: one function each, so the two never drift apart.

Each reads through :mod:`storyline.api` and returns the records the JSON API answers with and
the templates render; what is costly and the same for every visitor is remembered by
``web.cached`` until the store changes.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from fastapi import Request

from storyline import api
from storyline.api import Store
from storyline.errors import StoreError
from storyline.model import Article, Figure
from storyline.web.core import (
    CLOSE_MARK,
    OPEN_MARK,
    Web,
    WebError,
    find_article,
    find_story,
    marked,
    page_fields,
)

__all__ = ["article_data", "figures_data", "search_data", "stories_data", "story_json", "summaries"]

#: FTS5 operators, which do not count as search terms.
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TERMS = re.compile(r'"[^"]*"?|[^\s()"]+')


def summaries(web: Web, store: Store) -> list[dict[str, Any]]:
    """Every story's summary row (computed once per change of the store)."""
    return web.cached(("stories",), lambda: api.story_summaries(store))


def stories_data(web: Web, store: Store, request: Request, offset: int, limit: int
                 ) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of the story summaries."""
    rows = summaries(web, store)
    page, headers = page_fields(request, offset, limit, len(rows))
    return {**page, "stories": rows[offset:offset + limit]}, headers


def story_json(web: Web, store: Store, story_id: str) -> tuple[str, bytes]:
    """A story's full id and its ledger (:func:`storyline.api.story`) as compact JSON bytes,
    computed once per change of the store."""
    story_id = find_story(store, story_id).id
    body = web.cached(("story.json", story_id), lambda: json.dumps(
        api.story(store, story_id, config=web.config), ensure_ascii=False, separators=(",", ":")).encode())
    return story_id, body


def article_data(store: Store, article_id: str, *, removed: bool) -> tuple[dict[str, Any], Article, list[Figure]]:
    """An article's record (metadata with origins, provenance, inputs, figures, duplicates, stories)."""
    view = api.show(store, find_article(store, article_id), removed=removed)
    return view.record, view.article, view.figures


def search_data(web: Web, store: Store, q: str | None, request: Request, offset: int, limit: int
                ) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of full-text hits, within the caps of the settings (query length, terms, time)."""
    config = web.config
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
            total, hits = web.cached(("search", q, str(offset), str(limit)), lambda: (
                api.search_count(store, q),
                api.search(store, q, limit=limit, offset=offset, marks=(OPEN_MARK, CLOSE_MARK))))
        except StoreError as exc:
            if limit_.expired:
                raise WebError(400, f"the search took longer than {config.search_timeout:g}s and was stopped "
                                    "(setting search_timeout); search for fewer or rarer words, or a \"phrase\"",
                               param="q") from None
            raise WebError(400, str(exc), param="q") from None
    out = []
    for hit in hits:
        plain, html = marked(hit["snippet"] or "")
        out.append({**hit, "snippet": plain, "snippet_html": html})  # Markup: escaped, then marked
    page, headers = page_fields(request, offset, limit, total)
    return {"q": q, **page, "shown": len(out), "hits": out}, headers


def figures_data(web: Web, store: Store, measure: str | None, q: str | None, request: Request, offset: int,
                 limit: int) -> tuple[dict[str, Any], dict[str, str]]:
    """A page of the figures of one normalised measure head and/or whose measure phrase contains ``q``."""
    config = web.config
    heads = web.cached(("measures",), lambda: api.measure_heads(store))
    measure = (measure or "").strip().lower() or None
    phrase = (q or "").strip().lower() or None
    if phrase is not None and len(phrase) > config.search_max_chars:
        raise WebError(400, f"q is {len(phrase):,} characters long; at most {config.search_max_chars} are allowed",
                       param="q")
    with store.time_limit(config.search_timeout) as limit_:
        try:
            total, rows = web.cached(("figures", measure or "", phrase or "", str(offset), str(limit)),
                                     lambda: api.figures_page(store, measure_head=measure, phrase=phrase,
                                                              limit=limit, offset=offset))
        except sqlite3.OperationalError:
            if not limit_.expired:
                raise
            raise WebError(400, f"the figure search took longer than {config.search_timeout:g}s and was stopped; "
                                "choose a measure or more specific words", param="q") from None
    measures = [{"measure_head": h, "figures": n} for h, n in heads if h]
    page, headers = page_fields(request, offset, limit, total)
    return {"measure": measure, "q": q, **page, "shown": len(rows), "measures": measures, "figures": rows}, headers
