"""docs/ARCHITECTURE.md's "Recipe: add an endpoint", done once: a toy endpoint (each outlet with
how many articles it has) added as a view, a record, an api function, a web route and a CLI
command, following the documented steps, then called both ways."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'storyline[web]'")

from click.testing import CliRunner  # noqa: E402
from fastapi import APIRouter, Depends  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from storyline import api, records, views  # noqa: E402
from storyline.errors import NotFound  # noqa: E402
from storyline.store.db import Store  # noqa: E402

DOC = (Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
RECIPE = DOC[DOC.index("## Recipe: add an endpoint"):]
BASE = "http://127.0.0.1"


def test_the_recipe_is_the_last_section_and_names_what_exists():
    assert "\n## " not in RECIPE[3:], "the recipe is the last section"
    # Every dotted or called name the recipe gives must exist where it says.
    named = {
        "storyline.views": [], "storyline.records": ["figure_record", "story_record"],
        "storyline.api": ["__all__"], "storyline.errors": ["NotFound"],
        "storyline.web.routes": ["api_router"], "storyline.web.pages": ["pages_router"],
        "storyline.web.core": ["json_response", "find_article", "find_story", "page_fields", "LIMIT_Q", "OFFSET_Q",
                               "Web"],
        "storyline.cli": ["cli", "store_options", "json_option", "handle_errors", "_open", "_print_jsonl",
                          "config_from_args"],
        "storyline.store.db": ["Store"],
    }
    for step in ("views", "records", "api", "web/routes", "web/pages", "cli"):
        assert f"`storyline/{step}.py`" in RECIPE, f"the recipe does not say where {step} goes"
    for module, names in named.items():
        mod = importlib.import_module(module)
        for name in names:
            assert f"{name}" in RECIPE, f"the recipe does not name {name}"
            assert hasattr(mod, name), f"{module}.{name} named by the recipe does not exist"
    for method in ("get_articles", "get_article"):
        assert f"Store.{method}" in RECIPE and hasattr(Store, method)
    for attr in ("store", "cached", "render"):
        assert f"web.{attr}" in RECIPE and hasattr(importlib.import_module("storyline.web.core").Web, attr)
    assert "app.state.web" in RECIPE
    assert re.search(r"NotFound\(kind, key, hint\)", RECIPE)


# -- step 1: a view -----------------------------------------------------------------------

def outlets_view(store: Store, *, outlet: str | None = None) -> list[dict[str, Any]]:
    """Each outlet with its articles, read in one query; NotFound for an outlet named and absent."""
    rows = store.article_rows()
    by_outlet: dict[str, list[str]] = {}
    for row in rows:
        by_outlet.setdefault(row["outlet"] or "", []).append(row["id"])
    if outlet is not None and outlet not in by_outlet:
        raise NotFound("outlet", outlet, "list them with `storyline outlets`")
    chosen = [outlet] if outlet is not None else sorted(by_outlet)
    return [outlet_record(name, by_outlet[name]) for name in chosen]


# -- step 2: a record and its text ------------------------------------------------------------

def outlet_record(name: str, article_ids: list[str]) -> dict[str, Any]:
    return {"outlet": name or None, "articles": len(article_ids), "article_ids": article_ids}


def outlet_text(rec: dict[str, Any]) -> str:
    return f"{rec['outlet'] or '(unknown outlet)'}: {rec['articles']} articles"


# -- step 3: an api function under the command's name ---------------------------------------

def outlets(store: Store, *, outlet: str | None = None) -> list[dict[str, Any]]:
    return views.outlets(store, outlet=outlet)


@pytest.fixture
def toy(monkeypatch):
    """The toy view, record and api function put where the recipe says they go."""
    monkeypatch.setattr(views, "outlets", outlets_view, raising=False)
    monkeypatch.setattr(records, "outlet_record", outlet_record, raising=False)
    monkeypatch.setattr(records, "outlet_text", outlet_text, raising=False)
    monkeypatch.setattr(api, "outlets", outlets, raising=False)
    monkeypatch.setattr(api, "__all__", [*api.__all__, "outlets"])


# -- step 4: a route --------------------------------------------------------------------------

def outlets_router(web) -> APIRouter:
    from storyline.web.core import json_response

    router = APIRouter(tags=["api"])

    @router.get("/api/outlets", summary="Each outlet with its number of articles")
    def api_outlets(outlet: str | None = None, s: Store = Depends(web.store)):
        return json_response(web.cached(("outlets", outlet or ""), lambda: api.outlets(s, outlet=outlet)))

    return router


# -- step 5: a CLI command --------------------------------------------------------------------

@pytest.fixture
def toy_command(toy):
    import click

    from storyline.cli import _open, _print_jsonl, cli, config_from_args, handle_errors, json_option, store_options

    @cli.command(name="outlets")
    @store_options
    @click.option("--outlet", default=None)
    @json_option
    @handle_errors
    def outlets_command(db, config_file, outlet, as_json):
        """Each outlet with its number of articles."""
        with _open(config_from_args(config_file, db=db)) as store:
            rows = api.outlets(store, outlet=outlet)
        if as_json:
            _print_jsonl(rows)
            return
        for rec in rows:
            click.echo(records.outlet_text(rec))

    try:
        yield cli
    finally:
        cli.commands.pop("outlets", None)


@pytest.fixture
def store_path(tmp_path, article_factory):
    from storyline.store import open_store

    path = tmp_path / "toy.db"
    with open_store(path) as store:
        for n, outlet in enumerate(["North Post", "North Post", "South Wire"]):
            store.save_article(article_factory(f"Report number {n} about the harbour and its boats.",
                                               source=f"/tmp/toy-{n}.txt", outlet=outlet, title=f"Report {n}"))
    return str(path)


def test_the_toy_endpoint_answers_on_the_web(toy, store_path):
    from storyline.web import create_app

    app = create_app(store_path, token="")
    app.include_router(outlets_router(app.state.web))
    with TestClient(app, base_url=BASE) as client:
        every = client.get("/api/outlets")
        one = client.get("/api/outlets", params={"outlet": "South Wire"})
        missing = client.get("/api/outlets", params={"outlet": "Nowhere Times"})
        described = client.get("/openapi.json").json()
    assert every.status_code == 200
    assert [(r["outlet"], r["articles"]) for r in every.json()] == [("North Post", 2), ("South Wire", 1)]
    assert one.json()[0]["outlet"] == "South Wire" and len(one.json()[0]["article_ids"]) == 1
    assert missing.status_code == 404 and "no outlet with id 'Nowhere Times'" in missing.json()["error"]
    assert "/api/outlets" in described["paths"]
    assert "x-request-id" in every.headers  # the guard covers the added route too


def test_the_toy_command_prints_records_and_texts(toy_command, store_path):
    runner = CliRunner()
    as_json = runner.invoke(toy_command, ["outlets", "--db", store_path, "--json"])
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(line) for line in as_json.output.splitlines()]
    assert [(r["outlet"], r["articles"]) for r in rows] == [("North Post", 2), ("South Wire", 1)]
    text = runner.invoke(toy_command, ["outlets", "--db", store_path])
    assert text.output.splitlines() == ["North Post: 2 articles", "South Wire: 1 articles"]
    missing = runner.invoke(toy_command, ["outlets", "--db", store_path, "--outlet", "Nowhere Times"])
    assert missing.exit_code == 2 and "no outlet with id 'Nowhere Times'" in missing.output
