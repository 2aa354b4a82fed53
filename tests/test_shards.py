"""Shards and distributed runs: process inputs anywhere, load them, get what ingest gives."""

from __future__ import annotations

import gzip
import json
import os
import sys

import pytest

from storyline.config import StorylineConfig
from storyline.run import process_inputs
from storyline.errors import ConfigError, MissingDependency
from storyline.run import ingest
from storyline.report.demo import corpus_inputs
from storyline.run import load_shards, process_input, shard_path
from storyline.store import open_store


@pytest.fixture(scope="module")
def inputs(examples_dir, tmp_path_factory):
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.html").write_text("")
    (bad / "binary.html").write_bytes(bytes(range(256)) * 8)
    return [*corpus_inputs(examples_dir), str(bad), str(bad / "missing.html")]


def _snapshot(store):
    """Everything a run leaves in the store that a user can see, without times."""
    conn = store.conn

    def rows(sql):
        return [tuple(r) for r in conn.execute(sql)]
    articles = [dict(r) for r in conn.execute("SELECT * FROM articles ORDER BY id")]
    for a in articles:
        a.pop("ingested_at")
    return {
        "articles": articles,
        "removed": rows("SELECT article_id, line_no, text, rule FROM removed_lines ORDER BY 1, 2"),
        "inputs": rows("SELECT sha256, source, member, article_id FROM inputs ORDER BY 1, 2, 3"),
        "figures": rows("SELECT * FROM figures ORDER BY article_id, seq"),
        "extracted": rows("SELECT article_id, version FROM extractions ORDER BY 1"),
        "rejects": sorted(rows("SELECT source, stage, reason, detail FROM rejects")),
        "duplicates": store.duplicates(),
        "stories": [(s.id, s.article_ids, s.label) for s in store.stories()],
    }


@pytest.fixture(scope="module")
def processed(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("shards")
    summaries = process_inputs(inputs, out, StorylineConfig())
    return out, summaries


def test_loading_shards_gives_the_store_ingest_gives(inputs, processed):
    out, summaries = processed
    assert [s.status for s in summaries] == ["written"] * len(inputs)
    with open_store(":memory:") as direct, open_store(":memory:") as loaded:
        want = ingest(inputs, direct, StorylineConfig(), extract=True)
        got = load_shards([out], loaded, StorylineConfig())
        assert got.summary() == want.summary()
        assert got.figures == want.figures > 60
        a, b = _snapshot(direct), _snapshot(loaded)
        assert len(a["articles"]) == 12 and len(a["duplicates"]) == 2 and a["stories"]
        assert {r[2] for r in a["rejects"]} >= {"empty", "binary", "not_found"}
        for key in a:
            assert b[key] == a[key], key


def test_summaries_count_what_each_shard_holds(inputs, processed):
    out, summaries = processed
    by_input = {s.input: s for s in summaries}
    html = by_input[next(i for i in inputs if i.endswith("html"))]
    assert html.articles == 4 and html.figures > 0 and html.rejects == 0
    missing = by_input[inputs[-1]]
    assert missing.articles == 0 and missing.rejects == 1
    with gzip.open(html.shard, "rt", encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh]
    assert lines[0]["shard"] == 1 and lines[0]["figures"] is True
    assert lines[-1]["end"]["articles"] == 4
    assert sum("article" in line for line in lines) == 4


def test_loading_twice_stores_nothing_new(processed):
    out, _ = processed
    with open_store(":memory:") as store:
        first = load_shards([out], store, StorylineConfig())
        before = _snapshot(store)
        again = load_shards([out], store, StorylineConfig())
        assert first.stored == 12 and again.stored == 0 and again.already_present == 12
        after = _snapshot(store)
        assert after["articles"] == before["articles"] and after["figures"] == before["figures"]


def test_a_rerun_keeps_unchanged_inputs_and_redoes_changed_ones(tmp_path, examples_dir):
    src = tmp_path / "in"
    src.mkdir()
    page = next((examples_dir / "html").iterdir())
    (src / page.name).write_bytes(page.read_bytes())
    out = tmp_path / "shards"
    config = StorylineConfig()
    first = process_input(str(src), out, config, figures=False)
    assert first.status == "written" and first.articles == 1
    assert process_input(str(src), out, config, figures=False).status == "kept"
    assert process_input(str(src), out, config, figures=False, redo=True).status == "written"
    # with figures asked for now, a shard without them is not enough
    assert process_input(str(src), out, config, figures=True).status == "written"
    assert process_input(str(src), out, config, figures=True).status == "kept"
    (src / "second.txt").write_text("A new article about the river level, written after the first shard. " * 6)
    os.utime(src / "second.txt", ns=(10**19, 10**19))
    again = process_input(str(src), out, config, figures=False)
    assert again.status == "written" and again.articles == 2
    assert [p.name for p in out.iterdir()] == [shard_path(str(src), out).name]  # no partial files


def test_a_bad_shard_is_rejected_and_the_others_load(processed, tmp_path):
    out, summaries = processed
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = summaries[1].shard
    (folder / "good.jsonl.gz").write_bytes(open(good, "rb").read())
    # cut short: the header and one article, but no end line
    with gzip.open(good, "rt", encoding="utf-8") as fh:
        head = [next(fh), next(fh)]
    with gzip.open(folder / "cut.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.writelines(head)
    (folder / "plain.jsonl.gz").write_text("not gzip at all\n")
    with open_store(":memory:") as store:
        report = load_shards([folder, tmp_path / "nowhere.jsonl.gz"], store, StorylineConfig())
        assert report.rejected == {"bad_shard": 2, "not_found": 1}
        assert report.stored == summaries[1].articles > 0
        assert {r.source.rsplit("/", 1)[-1] for r in report.rejects} == {"cut.jsonl.gz", "plain.jsonl.gz",
                                                                        "nowhere.jsonl.gz"}
        assert all("storyline process" in r.detail for r in report.rejects)


def test_a_pool_of_processes_writes_the_same_shards(inputs, processed, tmp_path):
    out, summaries = processed
    pooled = process_inputs(inputs, tmp_path, StorylineConfig(workers=2), figures=True)
    assert [(s.status, s.articles, s.rejects, s.figures) for s in pooled] == \
        [("written", s.articles, s.rejects, s.figures) for s in summaries]
    for a, b in zip(summaries, pooled):
        with gzip.open(a.shard, "rt") as fa, gzip.open(b.shard, "rt") as fb:
            assert [line for line in fa][1:-1] == [line for line in fb][1:-1]


def test_a_local_dask_cluster_writes_the_same_shards(inputs, processed, tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    out, summaries = processed
    seen = []
    ran = process_inputs(inputs[:3], tmp_path, StorylineConfig(workers=2), scheduler="local", progress=seen.append)
    assert [s.input for s in ran] == inputs[:3] and sorted(s.input for s in seen) == sorted(inputs[:3])
    for a, b in zip(summaries, ran):
        assert b.status == "written" and (b.articles, b.figures) == (a.articles, a.figures)
        with gzip.open(a.shard, "rt") as fa, gzip.open(b.shard, "rt") as fb:
            assert [line for line in fa][1:-1] == [line for line in fb][1:-1]


def test_an_input_that_fails_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch, examples_dir):
    import storyline.run.chains as chains

    real_run = chains.run

    def run(stages, source, **kw):
        if "html" in str(source[0]):
            raise RuntimeError("disk full")
        return real_run(stages, source, **kw)

    monkeypatch.setattr(chains, "run", run)
    got = process_inputs([str(examples_dir / "html"), str(examples_dir / "jsonl")], tmp_path,
                         StorylineConfig(), figures=False)
    assert [s.status for s in got] == ["failed", "written"]
    assert got[0].error == "RuntimeError: disk full"
    assert sorted(p.name for p in tmp_path.iterdir()) == [shard_path(str(examples_dir / "jsonl"), tmp_path).name]


def test_stdin_and_a_missing_dask_are_clear_errors(tmp_path, monkeypatch, examples_dir):
    with pytest.raises(ConfigError, match="not standard input"):
        process_inputs(["-"], tmp_path, StorylineConfig())
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependency, match=r"storyline\[dask\]"):
        process_inputs([str(examples_dir / "html")], tmp_path, StorylineConfig(), scheduler="local")


def test_the_same_input_twice_is_processed_once(tmp_path, examples_dir):
    spec = str(examples_dir / "jsonl")
    got = process_inputs([spec, spec + "/"], tmp_path, StorylineConfig(), figures=False)
    assert len(got) == 1 and got[0].articles == 2


def test_an_article_whose_figures_fail_keeps_its_shard_and_is_loaded_without_figures(tmp_path, monkeypatch,
                                                                                     examples_dir, poison_figures):
    from storyline.run import extract_figures

    poison_figures("Storm Shadow")
    folder = str(examples_dir / "html")
    summary = process_input(folder, tmp_path / "shards", StorylineConfig())
    assert summary.status == "written" and summary.failures >= 1 and summary.articles == 4
    with open_store(tmp_path / "s.db") as store:
        report = load_shards([tmp_path / "shards"], store, StorylineConfig())
        assert report.stored == 4 and report.failed == {"figures_failed": summary.failures}
        assert len(store.unextracted_ids()) == summary.failures
        monkeypatch.undo()
        assert extract_figures(store, StorylineConfig()).articles == summary.failures
        assert store.unextracted_ids() == []
