"""The JSON API under ``/api/``: each endpoint the twin of a page, built from the same data
function (:mod:`storyline.web.data`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from storyline import api
from storyline.api import Store
import storyline.web.data as data
from storyline.web.core import LIMIT_Q, OFFSET_Q, Web, json_response

__all__ = ["INGEST_BODY", "api_router"]

#: The ingest body as the API describes it (the endpoint reads the body itself, as it streams).
INGEST_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "properties": {
        "token": {"type": "string", "description": "The token, when not sent as 'Authorization: Bearer'; "
                                                   "it must come before the files."},
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "urls": {"type": "string", "description": "http(s) URLs, one per line."}}}}}}}


def api_router(web: Web) -> APIRouter:
    """The ``/api/`` routes of one app."""
    router = APIRouter(tags=["api"])
    store = web.store

    @router.get("/api/stories", summary="The stories, a page at a time: label, period, article and outlet counts")
    def api_stories(request: Request, offset: int = OFFSET_Q, limit: int | None = LIMIT_Q,
                    s: Store = Depends(store)) -> Response:
        return json_response(*data.stories_data(web, s, request, offset, web.page_size(limit)))

    @router.get("/api/stories/{story_id}", summary="A story's ledger: tracked figures, summaries, findings, sources")
    def api_story(story_id: str, s: Store = Depends(store)) -> Response:
        return Response(data.story_json(web, s, story_id)[1], media_type="application/json")

    @router.get("/api/articles/{article_id}",
                summary="An article: metadata with provenance, text, figures, duplicates")
    def api_article(article_id: str,
                    removed: bool = Query(False, description="Include the removed boilerplate lines."),
                    s: Store = Depends(store)) -> dict[str, Any]:
        return data.article_data(s, article_id, removed=removed)[0]

    @router.get("/api/search",
                summary="Full-text search (SQLite FTS5 syntax) with marked snippets, a page at a time")
    def api_search(request: Request, q: str = Query(..., description='Words, "a phrase", OR, NEAR.'),
                   offset: int = OFFSET_Q, limit: int | None = LIMIT_Q, s: Store = Depends(store)) -> Response:
        return json_response(*data.search_data(web, s, q, request, offset, web.page_size(limit)))

    @router.get("/api/figures", summary="Figures by normalised measure head and/or measure phrase, a page at a time")
    def api_figures(request: Request,
                    measure: str | None = Query(None, description="Normalised measure head: personnel, killed..."),
                    q: str | None = Query(None, description="Words the measure phrase contains."),
                    offset: int = OFFSET_Q, limit: int | None = LIMIT_Q, s: Store = Depends(store)) -> Response:
        return json_response(*data.figures_data(web, s, measure, q, request, offset, web.page_size(limit)))

    @router.get("/api/settings.json", summary="The settings table: name, type, default, value, help")
    def api_settings() -> dict[str, Any]:
        return api.settings(web.config)

    @router.post("/api/ingest", status_code=202,
                 summary="Ingest uploaded files and/or pasted URLs (needs the token); returns the job",
                 openapi_extra=INGEST_BODY)
    async def api_ingest(request: Request) -> JSONResponse:
        job = await web.ingester.receive(request)
        return JSONResponse(job.record(), status_code=202, headers={"Location": f"/api/ingest/{job.id}"})

    @router.get("/api/ingest/{job_id}", summary="An ingest job's progress: done, stored, rejected")
    def api_job(job_id: str) -> dict[str, Any]:
        return web.ingester.get(job_id).record()

    return router
