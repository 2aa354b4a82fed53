"""The HTML pages: each renders the data of its JSON twin (:mod:`storyline.web.data`) with a
template of ``templates/``; the story's dossier is the report's own self-contained page."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

import storyline.web.data as data
from storyline import api
from storyline.api import Store
from storyline.web.core import DOSSIER_CSP, LIMIT_Q, OFFSET_Q, Web, find_story

__all__ = ["endpoints", "pages_router"]


def pages_router(web: Web, openapi: Any) -> APIRouter:
    """The pages of one app; ``openapi`` gives the app's schema (for ``/docs``)."""
    router = APIRouter(include_in_schema=False)
    store = web.store

    @router.get("/", response_class=HTMLResponse)
    def page_stories(request: Request, offset: int = OFFSET_Q, limit: int | None = LIMIT_Q,
                     s: Store = Depends(store)) -> HTMLResponse:
        page, headers = data.stories_data(web, s, request, offset, web.page_size(limit))
        total = web.cached(("articles",), lambda: api.count_articles(s))
        return web.render("stories.html.j2", title="Stories", data=page, articles_total=total, headers=headers)

    @router.get("/stories/{story_id}", response_class=HTMLResponse)
    def page_story(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        story_id, body = data.story_json(web, s, story_id)

        def render() -> str:
            ledger = json.loads(body)
            return web.render_text("story.html.j2", title=ledger["label"], data=ledger)

        return HTMLResponse(web.cached(("story.html", story_id), render))

    @router.get("/stories/{story_id}/dossier.html", response_class=HTMLResponse)
    def page_story_dossier(story_id: str, s: Store = Depends(store)) -> HTMLResponse:
        """The story's self-contained dossier (charts, timeline), rendered live from the store."""
        story = find_story(s, story_id)
        page = web.cached(("dossier.html", story.id), lambda: api.dossier(s, story.id, config=web.config)[1])
        # The dossier is one file with its styles inline and no script: its own policy.
        return HTMLResponse(page, headers={"Content-Security-Policy": DOSSIER_CSP})

    @router.get("/stories/{story_id}/changes.atom")
    def feed_story_changes(story_id: str, s: Store = Depends(store)) -> Response:
        """What `storyline watch` found changed in the story, as an Atom feed."""
        story = find_story(s, story_id)
        body = web.cached(("changes.atom", story.id), lambda: api.changes_atom(s, story_id=story.id))
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @router.get("/articles/{article_id}", response_class=HTMLResponse)
    def page_article(article_id: str, removed: bool = False, s: Store = Depends(store)) -> HTMLResponse:
        from storyline.report.html import paragraph_segments, title_segments

        record, article, figures = data.article_data(s, article_id, removed=True)
        return web.render("article.html.j2", title=article.title.value or "(no title)", a=article, rec=record,
                          segments=paragraph_segments(article.text, figures), figures=figures,
                          title_runs=title_segments(article.title.value, figures),
                          show_removed=removed)

    @router.get("/search", response_class=HTMLResponse)
    def page_search(request: Request, q: str | None = None, offset: int = OFFSET_Q, limit: int | None = LIMIT_Q,
                    s: Store = Depends(store)) -> HTMLResponse:
        if q is None:
            return web.render("search.html.j2", title="Search", data=None, q="")
        page, headers = data.search_data(web, s, q, request, offset, web.page_size(limit))
        return web.render("search.html.j2", title=f"Search: {q}", data=page, q=q, headers=headers)

    @router.get("/figures", response_class=HTMLResponse)
    def page_figures(request: Request, measure: str | None = None, q: str | None = None, offset: int = OFFSET_Q,
                     limit: int | None = LIMIT_Q, s: Store = Depends(store)) -> HTMLResponse:
        page, headers = data.figures_data(web, s, measure, q, request, offset, web.page_size(limit))
        return web.render("figures.html.j2", title="Figures", data=page, q=q or "", headers=headers)

    @router.get("/ingest", response_class=HTMLResponse)
    def page_ingest() -> HTMLResponse:
        return web.render("ingest.html.j2", title="Ingest")

    @router.post("/ingest")
    async def page_ingest_post(request: Request) -> Response:
        job = await web.ingester.receive(request)
        return RedirectResponse(f"/ingest/{job.id}", status_code=303)

    @router.get("/ingest/{job_id}", response_class=HTMLResponse)
    def page_job(job_id: str) -> HTMLResponse:
        return web.render("job.html.j2", title="Ingest job", job=web.ingester.get(job_id).record())

    @router.get("/docs", response_class=HTMLResponse)
    def page_docs() -> HTMLResponse:
        return web.render("docs.html.j2", title="API", endpoints=endpoints(openapi()))

    return router


def endpoints(schema: dict[str, Any]) -> list[dict[str, Any]]:
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
