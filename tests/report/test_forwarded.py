"""What is forwarded or served names no local folder, and counts outlets and sources one way."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.model import Provenance, public_source
from storyline.report.demo import corpus_inputs
from storyline.outlets import display_names, independent_outlets, name_key

SECRET = "ana-confidential-sources"


@pytest.mark.parametrize("source, expected", [
    ("/home/ana/ana-confidential-sources/kyiv/report.html", "report.html"),
    ("C:\\Users\\ana\\leaks\\memo.txt", "memo.txt"),
    ("relative/folder/a.jsonl", "a.jsonl"),
    ("file:///home/ana/x/page.html", "page.html"),
    ("https://user:secret@example.org/news/1?id=2", "https://example.org/news/1?id=2"),
    ("https://example.org/a", "https://example.org/a"),
    ("-", "-"),
])
def test_public_source_keeps_the_name_only(source, expected):
    assert public_source(source) == expected


def test_public_label_keeps_the_member():
    prov = Provenance("/home/ana/secret/export.jsonl", "jsonl", "0" * 64, "line 3")
    assert prov.public_label == "export.jsonl (line 3)"
    assert prov.label == "/home/ana/secret/export.jsonl (line 3)"


@pytest.fixture(scope="module")
def secret_store(tmp_path_factory, examples_dir):
    """The sample corpus ingested from a folder whose name must never be forwarded."""
    root = tmp_path_factory.mktemp("p") / SECRET
    shutil.copytree(examples_dir, root)
    db = root.parent / "s.db"
    result = CliRunner().invoke(cli, ["ingest", *corpus_inputs(root), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("fmt", ["html", "md", "json"])
def test_dossier_names_no_local_folder(secret_store, tmp_path, fmt):
    out = tmp_path / f"d.{fmt}"
    _run("report", "--db", secret_store, "--format", fmt, "-o", out)
    text = out.read_text()
    assert SECRET not in text and str(secret_store.parent) not in text
    if fmt == "json":
        paths = [s["path"] for s in json.loads(text)["sources"]]
        assert "kursk-first-clashes.txt" in paths


@pytest.mark.parametrize("args", [
    ("export", "--format", "jsonl"), ("export", "--format", "csv"), ("figures", "--json"),
    ("stories", "--json"), ("duplicates", "--json"), ("ledger", "--json"), ("articles", "--json"),
    ("search", "Kursk", "--json"),
])
def test_records_and_exports_name_no_local_folder(secret_store, args):
    out = _run(*args, "--db", secret_store)
    assert out.strip() and SECRET not in out


def test_show_keeps_the_full_path(secret_store):
    row = json.loads(_run("articles", "--db", secret_store, "--json").splitlines()[0])
    record = json.loads(_run("show", row["id"], "--db", secret_store, "--json"))
    assert SECRET in record["source"] and SECRET in record["inputs"][0]["source"]


def test_one_count_of_independent_outlets_everywhere(secret_store, tmp_path):
    story = json.loads(_run("stories", "--db", secret_store, "--json").splitlines()[0])
    out = tmp_path / "d.json"
    _run("report", "--db", secret_store, "--format", "json", "-o", out, "--story", story["story_id"])
    dossier = json.loads(out.read_text())
    assert story["outlets"] == dossier["independent_outlets"] == len(story["outlet_names"])
    assert dossier["outlets_in_all"] > dossier["independent_outlets"]  # a syndicated copy is not counted
    html = tmp_path / "d.html"
    _run("report", "--db", secret_store, "-o", html, "--story", story["story_id"])
    assert f"<strong>{story['outlets']}</strong> independent outlets" in html.read_text()
    md = tmp_path / "d.md"
    _run("report", "--db", secret_store, "--format", "md", "-o", md, "--story", story["story_id"])
    assert f"{story['outlets']} independent outlets" in md.read_text()


@pytest.mark.parametrize("a, b, same", [
    ("the Pentagon", "The Pentagon", True),
    ("The  Pentagon ", "pentagon", True),
    ("A Reuters reporter", "Reuters reporter", True),
    ("the Pentagon", "the White House", False),
    ("Theodore", "the odore", False),
])
def test_names_differing_in_case_or_article_are_one(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def test_display_names_pick_one_spelling():
    names = display_names(["the Pentagon", "The Pentagon", "the Pentagon", "Reuters"])
    assert names["the Pentagon"] == names["The Pentagon"] == "the Pentagon"
    assert names["Reuters"] == "Reuters"


def test_independent_outlets_drop_copies_and_fold_names(article_factory):
    a = article_factory("One text about troops.", outlet="The Gazette")
    b = article_factory("A copy of one text about troops.", outlet="Courier")
    c = article_factory("Another text.", outlet="gazette")
    d = article_factory("No outlet here.")
    assert d.outlet.value is None
    dups = [{"a": a.id, "b": b.id, "relation": "syndicated"}]
    assert independent_outlets([a, b, c, d], dups) == ["The Gazette", f"unknown outlet ({d.id[:8]})"]


def test_stories_are_titled_by_a_headline(secret_store):
    story = json.loads(_run("stories", "--db", secret_store, "--json").splitlines()[0])
    assert "·" in story["label"] and "·" not in story["title"] and len(story["title"].split()) > 4
    assert story["title"] in _run("stories", "--db", secret_store)


@pytest.fixture(scope="module")
def web(secret_store):
    testclient = pytest.importorskip("fastapi.testclient")
    from storyline.web import create_app

    with testclient.TestClient(create_app(str(secret_store)), base_url="http://127.0.0.1") as client:
        story = client.get("/api/stories").json()["stories"][0]["story_id"]
        article = json.loads(_run("articles", "--db", secret_store, "--json").splitlines()[0])["id"]
        yield client, story, article


@pytest.mark.parametrize("url", [
    "/api/stories", "/api/figures?limit=500", "/", "/figures", "/articles/{article}",
    "/stories/{story}/dossier.html", "/stories/{story}", "/api/stories/{story}", "/api/articles/{article}",
    "/api/settings.json", "/docs",
])
def test_the_web_app_serves_no_local_folder(web, url):
    client, story, article = web
    response = client.get(url.format(story=story, article=article))
    assert response.status_code == 200 and SECRET not in response.text


def test_the_settings_served_hide_a_webhook_url(secret_store, monkeypatch):
    """A webhook URL often holds its own key (in its path or as credentials): served as set or not."""
    testclient = pytest.importorskip("fastapi.testclient")
    from storyline.web import create_app

    monkeypatch.setenv("STORYLINE_WATCH_WEBHOOK_URL", f"https://hooks.example.org/services/{SECRET}")
    with testclient.TestClient(create_app(str(secret_store)), base_url="http://127.0.0.1") as client:
        settings = {s["name"]: s["value"] for s in client.get("/api/settings.json").json()["settings"]}
    assert settings["watch_webhook_url"] == "(set)" and settings["db"] == secret_store.name


def test_the_listing_s_outlet_count_is_the_one_the_story_and_its_dossier_count_in_all(secret_store, tmp_path):
    from storyline.records import story_text
    from storyline.store import open_store

    story = json.loads(_run("stories", "--db", secret_store, "--json").splitlines()[0])
    out = tmp_path / "d.json"
    _run("report", "--db", secret_store, "--format", "json", "-o", out, "--story", story["story_id"])
    with open_store(secret_store) as store:
        [listed] = [s for s in store.story_summaries() if s["story_id"] == story["story_id"]]
    assert listed["outlets"] == story["outlets_in_all"] == json.loads(out.read_text())["outlets_in_all"]
    assert story["outlets_in_all"] > story["outlets"]  # a copy from another outlet counts in all only
    assert f"({story['outlets_in_all']} counting those that copy others)" in story_text(story)
    assert f"{story['outlets_in_all']} counting" in _run("stories", "--db", secret_store)
    md = _run("report", "--db", secret_store, "--format", "md", "-o", "-", "--story", story["story_id"])
    assert f"{story['outlets']} independent outlets ({story['outlets_in_all']} counting those" in md


def test_the_story_page_and_the_listing_say_the_outlets_in_all(secret_store):
    """The web's listing reads the count saved with the story; its page says it beside the
    independent outlets, as the CLI and the dossiers do."""
    testclient = pytest.importorskip("fastapi.testclient")
    from storyline.web import create_app

    story = json.loads(_run("stories", "--db", secret_store, "--json").splitlines()[0])
    assert story["outlets_in_all"] > story["outlets"]  # a copy from another outlet counts in all only
    with testclient.TestClient(create_app(str(secret_store)), base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{story['story_id']}").text
        listed = [s for s in client.get("/api/stories").json()["stories"] if s["story_id"] == story["story_id"]]
    assert f"({story['outlets_in_all']} counting those that copy others)" in page
    assert [s["outlets"] for s in listed] == [story["outlets_in_all"]]
