"""The command line a journalist meets: missing stores, report output, skipped files,
errors without class names, grep-like search, unwrapped tables, examples in --help."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.cli import _IngestProgress, cli

PAGE = ("<html lang='en'><head><meta property='og:site_name' content='The Test Gazette'>"
        "<meta property='article:published_time' content='2024-11-13'>"
        "<title>A very long headline about North Korean troops in the Kursk region of Russia, "
        "as reported by the Pentagon on Tuesday</title></head><body><article><h1>Troops</h1>"
        "<p>North Korea has sent about 10,000 soldiers to Russia, a Pentagon spokesperson said on Tuesday.</p>"
        "<p>Most of them are in the Kursk region, where Ukrainian forces hold a salient, officials added.</p>"
        "<p>Ukrainian intelligence put the number higher, at about 12,000, in a statement on its website.</p>"
        "</article></body></html>")


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "gazette.html").write_text(PAGE)
    (src / "README.md").write_text("# My sources\n\nWhere these pages came from, and why.\n")
    (src / "LICENSE").write_text("Copyright the authors. All rights reserved.\n")
    (src / "SOURCE.md").write_text("Downloaded from the outlets' sites in November.\n")
    (src / "metadata.json").write_text(json.dumps({"pages": 1, "labels": ["troops"]}))
    (src / "labels.jsonl").write_text("".join(json.dumps({"id": f"p{i}", "story": "troops"}) + "\n"
                                              for i in range(3)))
    return src


@pytest.fixture
def db(tmp_path, folder):
    path = tmp_path / "s.db"
    assert run("ingest", folder, "--db", path, "--no-figures").exit_code == 0
    return path


def test_folder_ingest_skips_what_is_not_an_article_and_says_so(tmp_path, folder):
    result = run("ingest", folder, "--db", tmp_path / "x.db", "--no-figures")
    assert result.exit_code == 0, result.output
    assert "skipped 5 files that are not articles" in result.output
    for name in ("README.md", "LICENSE", "SOURCE.md", "metadata.json", "labels.jsonl"):
        assert name in result.output
    lines = [json.loads(x) for x in run("ingest", folder, "--db", tmp_path / "y.db", "--no-figures",
                                        "--json").output.splitlines()]
    assert lines[0]["stored"] == 1 and lines[0]["rejected"] == {}
    assert sorted(x["skipped"] for x in lines[1:]) == ["metadata JSON", "metadata JSON Lines"] + [
        "notes about the folder"] * 3


def test_jsonl_of_articles_in_a_folder_is_read_even_with_a_line_without_text(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = "Officials said 40 homes were damaged by the flood on Monday. " * 6
    (src / "articles.jsonl").write_text(json.dumps({"id": "a", "story": "flood"}) + "\n"
                                        + json.dumps({"title": "Flood", "text": body}) + "\n")
    (src / "broken.jsonl").write_text('{"text": "unfinished\n')
    lines = [json.loads(x) for x in run("ingest", src, "--db", tmp_path / "x.db", "--no-figures",
                                        "--json").output.splitlines()]
    assert lines[0]["stored"] == 1
    assert lines[0]["rejected"] == {"no_text": 1, "bad_json": 1}
    assert not any("skipped" in x for x in lines[1:])


def test_a_file_named_on_the_command_line_is_read(tmp_path, folder):
    result = run("ingest", folder / "metadata.json", "--db", tmp_path / "x.db", "--no-figures")
    assert result.exit_code == 1 and "not_articles" in result.output


@pytest.mark.parametrize("command", [
    ["articles"], ["stories"], ["ledger"], ["figures"], ["duplicates"], ["show", "abc"], ["search", "x"],
    ["export"], ["report"], ["extract"], ["recluster"], ["serve"],
])
def test_a_read_command_never_creates_a_store(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: no such store: ") and str(missing) in result.output
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_report_to_stdout(db):
    result = run("report", "--db", db, "-o", "-", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"] == 1
    assert run("report", "--db", db, "-o", "-").stdout.startswith("<!doctype html>")


def test_report_default_name_is_the_story_id(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = json.loads(run("stories", "--db", db, "--json").output)["story_id"]
    for fmt in ("html", "md", "json"):
        result = run("report", "--db", db, "--format", fmt)
        assert result.exit_code == 0 and (tmp_path / f"{story}.{fmt}").is_file()


def test_the_story_is_named_as_an_argument_or_with_the_option(db):
    story = json.loads(run("stories", "--db", db, "--json").output)["story_id"]
    for command in ("report", "ledger"):
        extra = ["-o", "-", "--format", "json"] if command == "report" else ["--json"]
        by_argument = run(command, story[:6], "--db", db, *extra)
        by_option = run(command, "--story", story[:6], "--db", db, *extra)
        assert by_argument.exit_code == 0 and by_argument.stdout == by_option.stdout
        both = CliRunner().invoke(cli, [command, story[:6], "--story", "ffff", "--db", str(db)])
        assert both.exit_code == 2 and "two stories given" in both.output and "bug" not in both.output


def test_report_into_a_missing_folder_is_an_error(db, tmp_path):
    result = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(tmp_path / "nope" / "d.html")])
    assert result.exit_code == 2 and result.output.startswith("Error: cannot write")
    assert "no such folder" in result.output and not (tmp_path / "nope").exists()


def test_errors_name_no_python_class(db):
    for args in (["show", "zzzz"], ["ledger", "--story", "zzzz"], ["search", '"open']):
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code in (1, 2) and result.output.startswith("Error: ")
        assert not any(word in result.output for word in ("ConfigError", "StoreError", "InputError", "Traceback"))


def test_search_without_hits_exits_1_like_grep(db):
    assert run("search", "Kursk", "--db", db).exit_code == 0
    for extra in ([], ["--json"]):
        result = run("search", "zebra", "--db", db, *extra)
        assert result.exit_code == 1 and result.stdout == ""


def test_tables_piped_are_not_wrapped(db):
    out = run("articles", "--db", db).output
    assert "as reported by the Pentagon on Tuesday" in out  # one line, not folded at 80 columns
    assert max(len(line) for line in out.splitlines()) > 80


def test_every_command_shows_an_example():
    for name in cli.commands:
        assert "Example" in run(name, "--help").output, name


def test_progress_counts_inputs_done_of_total(article_factory):
    from storyline.model import Rejected

    progress = _IngestProgress(enabled=False, total=3)
    progress.enabled = True  # as on a terminal
    with progress:
        progress.update(article_factory("one", source="/in/a.html"))
        progress.update(article_factory("two", source="/in/b.jsonl"))
        progress.update(article_factory("three", source="/in/b.jsonl"))
        progress.update(Rejected(source="/in/c.txt", stage="read", reason="empty", detail=""))
        task = progress.progress.tasks[0]
        assert (task.completed, task.total) == (3, 3)
        assert progress.stored == 3 and progress.rejected == 1
