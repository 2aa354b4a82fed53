"""The recipes of docs/ARCHITECTURE.md, each done once: it must work as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.config import StorylineConfig
from storyline.ingest import Reader, register_reader, unregister_reader
from storyline.ingest.base import make_raw, reject
from storyline.model import RawDocument, Rejected
from storyline.run import ingest, load_shards, process_input
from storyline.store import open_store

ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"


def _recipe(title: str) -> str:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    head = f"## Recipe: {title}"
    assert head in text, f"docs/ARCHITECTURE.md has no section {head!r}"
    return text.split(head, 1)[1].split("\n## ", 1)[0]


# Step 1: the reader of a toy format. A file holds records separated by a line "%%"; a
# record is a "title: ..." line, then its text.
def read_toy(source: str, data: bytes, config: StorylineConfig, *, fetcher=None) -> Iterator[RawDocument | Rejected]:
    for n, record in enumerate(data.decode("utf-8").split("\n%%\n"), start=1):
        first, _, body = record.strip().partition("\n")
        if not first.startswith("title:"):
            yield reject(f"{source} (record {n})", "no_title", "a toy record starts with a 'title:' line")
            continue
        yield make_raw(source, "toy", body.strip().encode("utf-8"), "text", member=f"record {n}",
                       hints={"title": first.removeprefix("title:").strip()})


@pytest.fixture
def toy_reader():
    # Step 2: say which inputs are its own.
    register_reader(Reader("toy", read_toy, suffixes=(".toy",), sniff=lambda head: head.startswith(b"title:")))
    yield
    unregister_reader("toy")


PARAGRAPH = ("Inspectors counted {n} damaged homes along the river on Monday after the storm, "
             "the regional agency said in a statement.\n\nCrews worked through the night to clear "
             "the roads, and {m} families spent the night in the school hall, officials said.")


@pytest.fixture
def toy_file(tmp_path):
    path = tmp_path / "batch.toy"
    path.write_text("title: Storm damage in the valley\n" + PARAGRAPH.format(n=40, m=12)
                    + "\n%%\nno title line here\n" + PARAGRAPH.format(n=7, m=3)
                    + "\n%%\ntitle: Harbour wall approved\n"
                    + "The council approved a budget of $12 million for the new harbour wall on Tuesday. "
                      "Work is due to start next spring and take about 18 months, the mayor said, and "
                      "fishermen who asked for a stronger wall since the floods welcomed the vote.\n")
    return path


def test_the_recipe_names_what_it_uses():
    recipe = _recipe("add a reader")
    for name in ("register_reader", "Reader(", "make_raw", "reject(", "member", "hints", "_HINT_ORIGIN",
                 "tests/test_recipes.py::test_add_a_reader"):
        assert name in recipe


def test_add_a_reader(toy_reader, toy_file, tmp_path):
    # Step 4: a file of the new format ingested end to end.
    with open_store(tmp_path / "s.db") as store:
        report = ingest([str(toy_file)], store, StorylineConfig(), extract=True)
        assert report.stored == 2 and report.rejected == {"no_title": 1} and not report.failed
        assert report.rejects[0].source.endswith("batch.toy (record 2)")
        titles = {}
        for article_id in report.stored_ids:
            article = store.get_article(article_id)
            assert article.provenance.format == "toy" and article.provenance.member.startswith("record ")
            titles[article.title.value] = article
            assert article.title.origin == "toy"  # step 3: the format's name by default
        assert set(titles) == {"Storm damage in the valley", "Harbour wall approved"}
        assert store.figures_of(titles["Storm damage in the valley"].id)  # the later stages ran on it
        assert store.stories() and store.unsigned_ids() == []
        again = ingest([str(toy_file)], store, StorylineConfig(), extract=True)
        assert again.stored == 0 and again.already_present == 2

    # the same reader serves the other chains: a shard of the file, loaded into a new store
    summary = process_input(str(toy_file), tmp_path / "shards", StorylineConfig())
    assert summary.status == "written" and summary.articles == 2 and summary.rejects == 1
    with open_store(tmp_path / "loaded.db") as loaded:
        got = load_shards([tmp_path / "shards"], loaded, StorylineConfig())
        assert got.stored == 2 and got.figures == report.figures


def test_a_reader_claims_standard_input_by_its_first_bytes(toy_reader, toy_file, tmp_path):
    with open_store(tmp_path / "s.db") as store, toy_file.open("rb") as fh:
        report = ingest(["-"], store, StorylineConfig(), stdin=fh)
    assert report.stored == 2 and report.rejected == {"no_title": 1}


def test_without_the_reader_the_file_is_one_plain_text(toy_file, tmp_path):
    with open_store(tmp_path / "s.db") as store:
        report = ingest([str(toy_file)], store, StorylineConfig())
        [article_id] = report.stored_ids
        assert store.get_article(article_id).provenance.format == "text"
