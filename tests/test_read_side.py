"""The read side: one api function per command, cli and web reading only through it, one
record shape per noun, each thing read once, and NotFound for an id the store lacks."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline import api, errors, records, views
from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.store.db import Store

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"


#: Commands that are not calls of the api: `serve` starts the web front, which reads through
#: the api itself (the api importing it back would make a circle).
FRONTS = {"serve"}


def test_api_has_one_function_per_command_under_its_name():
    for name in set(cli.commands) - FRONTS:
        assert callable(getattr(api, name, None)), f"storyline.api has no function for `storyline {name}`"
        assert name in api.__all__


def _storyline_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("storyline"):
            found.add(node.module if node.module != "storyline" else f"storyline.{node.names[0].name}")
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("storyline")}
    return found


#: What cli.py and web/ may import besides storyline.api: settings, errors, the data types,
#: the records (formatting), the renderers and the stylesheet.
FORMAT_ONLY = {"storyline.api", "storyline.config", "storyline.errors", "storyline.model", "storyline.records",
               "storyline.__version__", "storyline.style", "storyline.report.html"}


@pytest.mark.parametrize("path", [SRC / "cli.py", *sorted((SRC / "web").glob("*.py"))], ids=lambda p: p.name)
def test_cli_and_web_read_and_run_only_through_api(path):
    others = {m for m in _storyline_imports(path) if not m.startswith("storyline.web")} - FORMAT_ONLY
    if path.name == "cli.py":  # `storyline serve` starts the web front itself (see FRONTS)
        assert {m for m in _storyline_imports(path) if m.startswith("storyline.web")} == {"storyline.web"}
    assert not others, f"{path.name} imports {sorted(others)}; call storyline.api instead"


def test_never_raised_errors_are_gone_and_not_found_is_there():
    assert not hasattr(errors, "ParseError") and not hasattr(errors, "StageError")
    exc = errors.NotFound("story", "abcd", "list them with `storyline stories`")
    assert isinstance(exc, errors.StorylineError) and (exc.kind, exc.key) == ("story", "abcd")
    assert str(exc) == "no story with id 'abcd'; list them with `storyline stories`"


@pytest.fixture(scope="module")
def kursk(tmp_path_factory, examples_dir):
    """The sample corpus ingested once (figures, duplicates and stories)."""
    from storyline.demo import corpus_inputs

    db = tmp_path_factory.mktemp("kursk") / "k.db"
    config = StorylineConfig(db=str(db))
    with api.open_store(config, create=True) as store:
        api.ingest(corpus_inputs(examples_dir), store, config)
    return str(db)


@pytest.mark.parametrize("args, message", [
    (["show", "deadbeefdeadbeef"], "no article with id 'deadbeefdeadbeef'; list them with `storyline articles`"),
    (["figures", "--article", "deadbeef"], "no article with id 'deadbeef'"),
    (["duplicates", "--article", "deadbeef"], "no article with id 'deadbeef'"),
    (["ledger", "--story", "zzzzzz"], "no story with id 'zzzzzz'; list them with `storyline stories`"),
    (["report", "--story", "zzzzzz", "-o", "-"], "no story with id 'zzzzzz'"),
])
def test_an_id_the_store_lacks_is_exit_2_with_a_clear_message(kursk, args, message):
    result = CliRunner().invoke(cli, [*args, "--db", kursk])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: {message}") and "Traceback" not in result.output


def test_a_dossier_reads_each_thing_once(kursk, monkeypatch):
    calls: Counter[str] = Counter()
    for name in ("iter_figures", "figures_of", "duplicates", "duplicates_among", "get_article", "get_articles",
                 "story_members"):
        real = getattr(Store, name)

        def counted(self, *a, _real=real, _name=name, **kw):
            calls[_name] += 1
            return _real(self, *a, **kw)

        monkeypatch.setattr(Store, name, counted)
    with api.open_store(StorylineConfig(db=kursk)) as store:
        story = views.largest_story(store.stories())
        dossier = views.dossier(store, story)
    assert len(dossier.articles) > 5 and dossier.ledger.tracked
    assert calls["iter_figures"] + calls["figures_of"] == 1
    assert calls["duplicates"] + calls["duplicates_among"] == 1
    assert calls["get_articles"] == 1 and calls["get_article"] == 0 and calls["story_members"] == 1


def test_a_figure_has_one_shape_wherever_it_is_shown(kursk):
    with api.open_store(StorylineConfig(db=kursk)) as store:
        listed = api.figures(store)
        ledger = api.ledger(store)
        story_id = views.largest_story(store.stories()).id
        story = api.story(store, story_id)
        dossier = json.loads(api.dossier(store, story_id, fmt="json")[1])
    shapes = {
        "figures": listed[0],
        "ledger": ledger[0]["figures"][0],
        "story page": story["tracked"][0]["figures"][0],
        "dossier": dossier["tracked_figures"][0]["figures"][0],
        "finding": next(f for t in dossier["tracked_figures"] for x in t["findings"] for f in x["figures"]),
    }
    keys = {name: set(rec) for name, rec in shapes.items()}
    assert len({frozenset(k) for k in keys.values()}) == 1, keys
    assert {"article_id", "text", "interval", "source", "date", "sentence", "anchor", "said_on"} <= keys["figures"]
    # A tracked figure, too: the ledger's rows are the story page's tracked figures (plus their story's label).
    assert set(ledger[0]) - {"story_label"} == set(story["tracked"][0]) == set(dossier["tracked_figures"][0])


def test_the_ledger_the_story_page_and_the_dossier_list_tracked_figures_in_one_order(kursk):
    """Most reported first, as an editor reads them: a figure one article gives does not come
    before the story's main figures in the ledger, the web page or the dossier."""
    with api.open_store(StorylineConfig(db=kursk)) as store:
        story_id = views.largest_story(store.stories()).id
        ledger = api.ledger(store, story_id=story_id)
        story = api.story(store, story_id)
        dossier = json.loads(api.dossier(store, story_id, fmt="json")[1])
    sizes = [len(row["figures"]) for row in ledger]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 1
    assert [row["tracked_id"] for row in ledger] == [t["tracked_id"] for t in story["tracked"]] \
        == [t["tracked_id"] for t in dossier["tracked_figures"]]


def test_a_story_has_one_shape_in_the_listing_the_page_and_the_dossier(kursk):
    with api.open_store(StorylineConfig(db=kursk)) as store:
        listed = {r["story_id"]: r for r in api.stories(store)}
        story_id = views.largest_story(store.stories()).id
        page = api.story(store, story_id)
        dossier = json.loads(api.dossier(store, story_id, fmt="json")[1])
    base = listed[story_id]
    for shown in (page, dossier):
        assert {k: shown[k] for k in base if k != "articles"} == {k: v for k, v in base.items() if k != "articles"}
    assert set(page["sources"][0]) == set(dossier["sources"][0])
    assert records.story_text(base).startswith(f"{base['articles']} articles, {base['outlets']} independent outlets")


def test_a_thread_of_one_article_is_not_said_in_the_plural():
    one = {"thread": 2, "first_published": "2025-03-11", "last_published": "2025-03-11", "articles": 1,
           "label": "deal, vote"}
    assert records.thread_text(one) == "thread 2: 2025-03-11, 1 article — deal, vote"
    assert "3 articles —" in records.thread_text({**one, "articles": 3})


@pytest.mark.parametrize("low, high, approx, unit, text", [
    (10_000, 10_000, True, None, "~10,000"),
    (10_000, 12_000, False, None, "10,000–12,000"),
    (3_000, None, False, None, "≥ 3,000"),
    (None, 100_000, False, "km", "≤ 100,000 km"),
    (2.5, 2.5, False, "%", "2.5 %"),
    (None, None, False, None, "?"),
    # units of time that are words are plural unless the value is one
    (2, 9, False, "day", "2–9 days"),
    (60, 90, False, "minute", "60–90 minutes"),
    (1, 1, False, "day", "1 day"),
    (1, None, False, "century", "≥ 1 century"),
    (3, None, False, "century", "≥ 3 centuries"),
])
def test_one_interval_formatting(low, high, approx, unit, text):
    assert records.format_interval(low, high, approx=approx, unit=unit) == text


def test_the_json_dossier_lists_findings_in_the_order_the_html_dossier_shows_them(kursk):
    """Most important first in every format: a tool reading the JSON sees the findings an editor
    reads first, not the ledger's internal order."""
    with api.open_store(StorylineConfig(db=kursk)) as store:
        story_id = views.largest_story(store.stories()).id
        dossier = json.loads(api.dossier(store, story_id, fmt="json")[1])
        ranked = records.ordered_findings(views.dossier(store, views.pick_story(store, story_id)).ledger)
    kinds = [f["kind"] for f in dossier["findings"]]
    assert len(kinds) > 3 and [f["sentence"] for f in dossier["findings"]] == [f.sentence for f in ranked]
    # the sure conflicts and updates come before the agreements and single reports
    sure = [f["kind"] for f in dossier["findings"] if not f.get("folded")]
    order = {"conflict": 0, "update": 1, "outlier": 2}
    assert [order.get(k, 3) for k in sure] == sorted(order.get(k, 3) for k in sure)
