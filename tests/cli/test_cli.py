"""The command line: every command, --json, exit codes, errors on stderr."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from storyline.cli import cli

PARAS = [
    "North Korea has sent about 10,000 soldiers to Russia, a Pentagon spokesperson said on Tuesday.",
    "Most of them are in the Kursk region, where Ukrainian forces hold a salient, officials added.",
    "Ukrainian intelligence put the number higher, at about 12,000, in a statement on its website.",
]
PAGE = ("<html lang='en'><head><meta property='og:site_name' content='The Test Gazette'>"
        "<meta property='article:published_time' content='2024-11-13'><title>Troops in Kursk</title></head>"
        "<body><nav>Home World</nav><article><h1>Troops in Kursk</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gazette.html").write_text(PAGE)
    (folder / "more.jsonl").write_text(json.dumps({
        "text": "\n\n".join(["A second article about the weather in Lisbon, where it rained all week long."] * 4),
        "title": "Rain", "outlet": "Lisbon Daily", "published": "2024-11-20"}) + "\n")
    (folder / "empty.txt").write_text("")
    return folder


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_ingest_summary_exit_codes_and_idempotence(tmp_path, corpus):
    db = tmp_path / "s.db"
    first = invoke("ingest", corpus, "--db", db)
    assert first.exit_code == 1, first.output  # empty.txt was rejected
    assert "stored" in first.output and "rejected: empty" in first.output
    again = invoke("ingest", corpus / "gazette.html", corpus / "more.jsonl", "--db", db, "--json")
    assert again.exit_code == 0
    summary = json.loads(again.output.splitlines()[0])
    assert summary == {"read": 2, "stored": 0, "already_present": 2, "resumed": 0, "duplicates": 0,
                       "rejected": {}, "failed": {}}
    run_dir = db.with_suffix(".runs") / "last-ingest"
    assert json.loads((run_dir / "stats.json").read_text())["summary"]["already_present"] == 2


def test_articles_show_search_and_export(tmp_path, corpus):
    db = tmp_path / "s.db"
    invoke("ingest", corpus, "--db", db)
    rows = [json.loads(line) for line in invoke("articles", "--db", db, "--json").output.splitlines()]
    assert sorted(r["title"] for r in rows) == ["Rain", "Troops in Kursk"]
    gazette = next(r for r in rows if r["title"] == "Troops in Kursk")
    assert gazette["outlet"] == "The Test Gazette" and gazette["published"] == "2024-11-13"

    shown = invoke("show", gazette["id"][:8], "--db", db)
    assert shown.exit_code == 0
    assert "meta article:published_time" in shown.output and "about 12,000" in shown.output
    record = json.loads(invoke("show", gazette["id"], "--db", db, "--json").output)
    assert record["outlet_origin"] == "meta" and record["inputs"][0]["source"].endswith("gazette.html")

    hits = [json.loads(line) for line in invoke("search", "soldiers", "--db", db, "--json").output.splitlines()]
    assert [h["id"] for h in hits] == [gazette["id"]] and "[soldiers]" in hits[0]["snippet"]
    nothing = invoke("search", "zebra", "--db", db)
    assert "no article matches" in nothing.output and nothing.exit_code == 1

    exported = invoke("export", "--db", db, "--format", "csv").output
    assert {r["title"] for r in csv.DictReader(io.StringIO(exported))} == {"Rain", "Troops in Kursk"}
    out = tmp_path / "a.parquet"
    assert invoke("export", "--db", db, "--format", "parquet", "-o", out).exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 2


def test_stdin_ingest(tmp_path):
    text = "\n\n".join(PARAS * 2)
    result = invoke("ingest", "-", "--db", tmp_path / "s.db", "--json", input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["stored"] == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "deadbeefdeadbeef"], "no article with id"),
        (["search", '"open'], "not valid"),
        (["export", "--format", "parquet"], "give it with -o"),
    ],
)
def test_errors_are_one_line_on_stderr(tmp_path, args, message):
    from storyline.store import open_store

    open_store(tmp_path / "s.db").close()
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "s.db")])
    assert result.exit_code in (1, 2)
    assert message in result.output and result.output.startswith("Error: ")
    assert "Traceback" not in result.output and "Error:" not in result.output[7:]


def test_bad_setting_exits_2(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLINE_WORKERS", "lots")
    result = CliRunner().invoke(cli, ["articles", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "Error: environment variable STORYLINE_WORKERS" in result.output


def test_every_command_has_help():
    for name, command in cli.commands.items():
        result = invoke(name, "--help")
        assert result.exit_code == 0 and command.help, name


def test_ingest_extracts_figures_and_figures_lists_them(tmp_path, corpus):
    db = tmp_path / "s.db"
    invoke("ingest", corpus, "--db", db)
    rows = [json.loads(line) for line in invoke("figures", "--db", db, "--json").output.splitlines()]
    by_text = {r["text"]: r for r in rows}
    assert by_text["about 10,000"]["low"] == 10000 and by_text["about 10,000"]["approx"]
    assert by_text["about 10,000"]["sources"][0]["name"] == "a Pentagon spokesperson"
    assert by_text["about 10,000"]["said_on"]["value"] == "2024-11-12"  # Tuesday before the 13th
    assert by_text["about 12,000"]["sources"][0]["name"] == "Ukrainian intelligence"
    keys = {"article_id", "path", "text", "start", "end", "low", "high", "approx", "unit", "measure",
            "measure_head", "sources", "said_on", "refers_to", "modality", "sentence"}
    assert keys <= set(rows[0])
    persons = invoke("figures", "--db", db, "--json", "--measure", "personnel").output.splitlines()
    assert 1 <= len(persons) <= len(rows)
    assert "10,000" in invoke("figures", "--db", db).output
    # Already extracted: nothing to do; --redo reads every article again.
    assert invoke("extract", "--db", db).output.startswith("read 0 articles")
    assert invoke("extract", "--db", db, "--redo").output.startswith("read 2 articles")


def test_ingest_without_figures_then_extract(tmp_path, corpus):
    db = tmp_path / "s.db"
    invoke("ingest", corpus, "--db", db, "--no-figures")
    assert invoke("figures", "--db", db, "--json").output == ""
    assert invoke("extract", "--db", db).output.startswith("read 2 articles")
    assert invoke("figures", "--db", db, "--json").output.count("\n") >= 2


def test_stories_ledger_and_recluster_on_the_sample_corpus(tmp_path, examples_dir):
    from storyline.report.demo import corpus_inputs

    db = tmp_path / "s.db"
    assert invoke("ingest", *corpus_inputs(examples_dir), "--db", db).exit_code == 0
    stories = [json.loads(line) for line in invoke("stories", "--db", db, "--json").output.splitlines()]
    assert len(stories) == 1 and stories[0]["articles"] == 12
    assert {"story_id", "label", "article_ids", "paths"} <= set(stories[0])
    assert "score" in invoke("stories", "--db", db, "--explain").output
    assert invoke("recluster", "--db", db).output.startswith("1 stories")
    after = [json.loads(line) for line in invoke("stories", "--db", db, "--json").output.splitlines()]
    assert after == stories  # from scratch = incremental
    tracked = [json.loads(line) for line in invoke("ledger", "--db", db, "--json").output.splitlines()]
    kinds = {f["kind"] for t in tracked for f in t["findings"]}
    assert {"agree", "conflict", "update", "hypothetical"} <= kinds
    casualties = next(t for t in tracked if t["measure_head"] == "casualties")
    assert any(f["kind"] == "conflict" and f["factor"] >= 10 for f in casualties["findings"])
    out = invoke("ledger", "--db", db, "--story", stories[0]["story_id"][:6]).output
    assert "conflict" in out and "hypothetical" in out
    assert "no story with id" in CliRunner().invoke(cli, ["ledger", "--db", str(db), "--story", "zzzzzz"]).output


def test_process_then_load_gives_the_store_ingest_gives(corpus, tmp_path):
    out = tmp_path / "shards"
    res = invoke("process", corpus, "-o", out, "--no-figures")
    assert res.exit_code == 1  # empty.txt is rejected
    assert "1 shard written: 2 articles, 0 figures, 1 rejected input or document; 0 kept" in res.output
    assert f"next: storyline load {out}" in res.output
    again = invoke("process", corpus, "-o", out, "--no-figures", "--json")
    assert [json.loads(line)["status"] for line in again.output.splitlines()] == ["kept"]
    kept = invoke("process", corpus, "-o", out, "--no-figures")
    assert "0 shards written; 1 kept" in kept.output
    assert "0 articles" not in kept.output  # the kept shard's articles are not none
    res = invoke("load", out, "--db", tmp_path / "loaded.db", "--json")
    assert res.exit_code == 1
    summary = json.loads(res.output.splitlines()[0])
    direct = invoke("ingest", corpus, "--db", tmp_path / "direct.db", "--no-figures", "--json")
    assert summary.pop("figures") == 0
    assert summary == json.loads(direct.output.splitlines()[0])
    listed = invoke("articles", "--db", tmp_path / "loaded.db", "--json")
    assert listed.output == invoke("articles", "--db", tmp_path / "direct.db", "--json").output


def test_process_of_a_missing_input_says_its_shard_holds_only_the_reject(tmp_path):
    out = tmp_path / "shards"
    res = invoke("process", tmp_path / "absent", "-o", out)
    assert res.exit_code == 1
    assert "1 shard written: 0 articles, 0 figures, 1 rejected input or document;" in res.output
    assert "no article, only rejects, from" in res.output and "absent" in res.output
    loaded = invoke("load", out, "--db", tmp_path / "s.db", "--json")
    assert loaded.exit_code == 1
    assert json.loads(loaded.output.splitlines()[0])["stored"] == 0
    rejects = invoke("rejects", "--db", tmp_path / "s.db", "--json").output
    assert "absent" in rejects and "not_found" in rejects  # nothing is lost on the way


def test_load_names_a_bad_shard_and_what_to_do(tmp_path):
    (tmp_path / "x.jsonl.gz").write_text("nope")
    res = invoke("load", tmp_path / "x.jsonl.gz", "--db", tmp_path / "s.db")
    assert res.exit_code == 1
    assert "bad_shard" in res.output and "storyline process" in res.output


def test_process_refuses_stdin(tmp_path):
    res = CliRunner().invoke(cli, ["process", "-", "-o", str(tmp_path)])
    assert res.exit_code == 2 and "not standard input" in res.output


def test_ctrl_c_is_told_from_a_reject(tmp_path, monkeypatch):
    """An interrupted run exits 130 and says the next run takes up its work; 1 would claim that
    some inputs were rejected."""
    from storyline import api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "ingest", interrupted)
    page = tmp_path / "a.txt"
    page.write_text("The ferry company said 240 passengers were stranded overnight at the harbour. " * 5)
    result = CliRunner().invoke(cli, ["ingest", str(page), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 130
    assert "Interrupted" in result.output and "again" in result.output and "Aborted" not in result.output


def test_rejects_lists_every_runs_rejects_with_the_reason(tmp_path):
    """A second run overwrites the last run's rejects.jsonl; the store's list keeps them all."""
    db = str(tmp_path / "s.db")
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir(), second.mkdir()
    (first / "empty.txt").write_text("")
    (second / "broken.jsonl").write_text('{"text": "cut short\n')
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(first), "--db", db, "--no-figures"]).exit_code == 1
    assert runner.invoke(cli, ["ingest", str(first), str(second), "--db", db, "--no-figures"]).exit_code == 1
    rows = [json.loads(line) for line in runner.invoke(cli, ["rejects", "--db", db, "--json"]).output.splitlines()]
    assert [(r["reason"], r["seen"], r["failed"]) for r in rows] == [("empty", 2, False), ("bad_json", 1, False)]
    assert rows[0]["source"].endswith("empty.txt") and "line 1" in rows[1]["source"]
    table = runner.invoke(cli, ["rejects", "--db", db])
    assert table.exit_code == 0 and "empty.txt" in table.output and "not valid JSON" in table.output
    assert runner.invoke(cli, ["rejects", "--db", db, "--failed", "--json"]).output == ""
    assert runner.invoke(cli, ["rejects", "--db", db, "--failed"]).output == "no failures\n"  # no empty table
    fresh = str(tmp_path / "fresh.db")
    (tmp_path / "fine").mkdir()
    (tmp_path / "fine" / "note.txt").write_text("The ferry resumed its crossings on Friday after the storm. " * 4)
    assert runner.invoke(cli, ["ingest", str(tmp_path / "fine"), "--db", fresh, "--no-figures"]).exit_code == 0
    assert runner.invoke(cli, ["rejects", "--db", fresh]).output == "no rejects or failures\n"


def test_a_reader_that_stops_early_is_no_bug(tmp_path, article_factory):
    """``storyline articles --json | head -2`` (the README's own example): when the reader
    closes the pipe, the command stops quietly, with no trace and no "this is a bug"."""
    import subprocess
    import sys

    from storyline.store import open_store

    db = tmp_path / "s.db"
    with open_store(db) as store:
        for n in range(1500):
            store.save_article(article_factory(f"Report number {n}: the ferry carried {n} passengers "
                                               "across the strait before the storm closed the port.",
                                               source=f"/tmp/feeds/report-{n}.txt", title=f"Report {n}"))
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "articles", "--json", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert json.loads(first)["title"].startswith("Report")
    assert "Traceback" not in err and "bug" not in err
    assert proc.returncode == 141


def test_a_store_that_cannot_be_used_exits_2(tmp_path):
    import sqlite3

    from storyline.store import open_store
    from storyline.store.migrations import MIGRATIONS

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all " * 50)
    newer = tmp_path / "newer.db"
    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {max(MIGRATIONS) + 1}")
    conn.close()
    good = tmp_path / "good.db"
    open_store(good).close()
    for args, message in [(["articles", "--db", junk], "is it a storyline database"),
                          (["articles", "--db", newer], "newer version of storyline"),
                          (["search", '"open', "--db", good], "not valid")]:
        result = invoke(*args)
        assert result.exit_code == 2 and message in result.output, (args, result.output)
    assert invoke("articles", "--db", good).exit_code == 0
