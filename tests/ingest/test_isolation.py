"""One bad article never stops a run: a failure inside any stage is recorded with its stage
and exception, the article's other work is kept, and a later run finishes what was left.

Every run here is the default ingest (figures, duplicates and stories on)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline import parse as parse_stage
from storyline.extract.stage import EXTRACTOR_VERSION
from storyline.run import extract_figures, ingest
from storyline.store import open_store
from storyline.store.db import Store

TEXTS = {
    "a.txt": "Officials said on Monday that 40 people were hurt when the bridge gave way in the storm.\n\n"
             "Rescue teams searched the river for two more people through the night, police said.\n\n"
             "The bridge had been closed for repairs twice in the past decade, records show.",
    "b.txt": "The council approved a budget of $12 million for the new harbour wall on Tuesday.\n\n"
             "Work is due to start next spring and take about 18 months, the mayor said.\n\n"
             "Fishermen had asked for a stronger wall since the floods that hit the quay.",
    "poison.txt": "Engineers counted 300 cracked beams after the quake struck the old market district.\n\n"
                  "About 25 shops stayed shut on Wednesday while inspectors checked the walls.\n\n"
                  "Traders said they hoped to reopen before the weekend market brought visitors back.",
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text)
    return folder


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "s.db")
    yield s
    s.close()


def _ids_by_name(store: Store) -> dict[str, str]:
    return {r["source"].rsplit("/", 1)[-1]: r["article_id"]
            for r in store.conn.execute("SELECT source, article_id FROM inputs")}


def test_an_article_whose_figures_fail_is_stored_and_retried_by_extract(corpus, store, monkeypatch, poison_figures):
    poison_figures("cracked beams")
    report = ingest([str(corpus)], store, StorylineConfig(), extract=True)
    assert report.stored == 3
    assert report.failed == {"figures_failed": 1} and not report.rejected
    [fail] = report.rejects
    assert fail.failed and fail.stage == "figures" and fail.source.endswith("poison.txt")
    assert "KeyError" in fail.detail and "storyline extract" in fail.detail
    ids = _ids_by_name(store)
    assert not store.is_extracted(ids["poison.txt"], EXTRACTOR_VERSION)
    assert store.is_extracted(ids["a.txt"], EXTRACTOR_VERSION) and store.figures_of(ids["a.txt"])
    # its other work was done: duplicates checked, in a story
    assert store.unsigned_ids() == [] and not store.stories_stale()
    assert store.rejects()[0]["failed"] == 1

    monkeypatch.undo()  # the bug is fixed: the documented way to finish
    done = extract_figures(store, StorylineConfig())
    assert (done.articles, done.failed) == (1, 0)
    assert store.figures_of(ids["poison.txt"]) and store.unextracted_ids() == []
    assert extract_figures(store, StorylineConfig()).articles == 0  # nothing left to do


def test_the_next_ingest_finishes_figures_an_earlier_run_could_not(corpus, store, monkeypatch, poison_figures):
    poison_figures("cracked beams")
    ingest([str(corpus)], store, StorylineConfig(), extract=True)
    monkeypatch.undo()
    again = ingest([str(corpus)], store, StorylineConfig(), extract=True)
    assert again.stored == 0 and again.resumed == 1 and not again.failed
    assert store.unextracted_ids() == []


def test_cli_exit_status_3_names_the_failure(corpus, tmp_path, poison_figures):
    poison_figures("cracked beams")
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 3, result.output
    assert "failed: figures_failed" in result.output and "poison.txt" in result.output


def test_an_article_past_its_time_budget_is_skipped_and_not_retried(corpus, store):
    report = ingest([str(corpus)], store, StorylineConfig(figures_time_budget=0.0), extract=True)
    assert report.stored == 3
    assert report.rejected == {"figures_too_slow": 3} and not report.failed
    assert "figures skipped: too slow" in report.rejects[0].detail
    assert store.extraction_status() == {"skipped_too_slow": 3}
    assert extract_figures(store, StorylineConfig()).articles == 0


def test_a_failed_duplicate_check_keeps_the_article_and_is_retried(corpus, store, monkeypatch):
    from storyline.cluster.dedup import DuplicateIndex

    real = DuplicateIndex.add

    def add(self, article, **kw):
        if "cracked beams" in article.text:
            raise RuntimeError("dedup bug")
        return real(self, article, **kw)

    monkeypatch.setattr(DuplicateIndex, "add", add)
    report = ingest([str(corpus)], store, StorylineConfig(), extract=True)
    assert report.stored == 3 and report.failed == {"dedup_failed": 1}
    ids = _ids_by_name(store)
    assert store.unsigned_ids() == [ids["poison.txt"]]
    assert store.figures_of(ids["poison.txt"]) and not store.stories_stale()  # the rest was done
    monkeypatch.undo()
    again = ingest([], store, StorylineConfig(), extract=True)
    assert again.resumed == 1 and store.unsigned_ids() == []


def test_stories_that_failed_to_save_are_saved_by_the_next_run(corpus, store, monkeypatch):
    def broken(self, stories, members, threads=None):
        raise OSError("disk trouble")

    monkeypatch.setattr(Store, "save_stories", broken)
    report = ingest([str(corpus)], store, StorylineConfig(), extract=True)
    assert report.stored == 3 and report.failed == {"stories_failed": 1}
    assert store.stories_stale()
    monkeypatch.undo()
    ingest([], store, StorylineConfig(), extract=True)
    assert not store.stories_stale() and store.stories()


def test_a_batch_spacy_fails_on_is_parsed_one_by_one(corpus, store, monkeypatch):
    from storyline.nlp import load_pipeline

    nlp = load_pipeline()
    monkeypatch.setattr(type(nlp), "pipe", lambda self, *a, **kw: (_ for _ in ()).throw(ValueError("E088")))
    report = ingest([str(corpus)], store, StorylineConfig(), extract=True)
    assert report.stored == 3 and not report.failed and report.figures > 0
    assert store.unextracted_ids() == []


def test_a_text_longer_than_one_parse_is_read_in_pieces(tmp_path, store, monkeypatch):
    monkeypatch.setattr(parse_stage, "MAX_PARSE_CHARS", 400)
    paragraphs = [f"Inspectors found {n} damaged homes in district {chr(65 + n % 26)} on Monday, the agency said."
                  for n in range(12, 40)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs))
    report = ingest([str(path)], store, StorylineConfig(), extract=True)
    assert report.stored == 1 and not report.failed
    [article_id] = store.unextracted_ids() or [r[0] for r in store.conn.execute("SELECT id FROM articles")]
    article = store.get_article(article_id)
    figs = store.figures_of(article_id)
    assert len(article.text) > 2000 and len(figs) >= 20  # figures from every piece, not just the first
    for fig in figs:  # offsets point into the whole text
        assert article.text[fig.quantity.start:fig.quantity.end] == fig.quantity.text


def test_a_cleaning_process_that_dies_costs_only_its_page(examples_dir, store, monkeypatch):
    from storyline.crashpoints import ENV

    pages = str(examples_dir / "html")
    monkeypatch.setenv(ENV, "clean")  # every cleaning worker process kills itself on its first page
    report = ingest([pages], store, StorylineConfig(workers=2), extract=True)
    assert report.stored == 0 and report.failed == {"clean_crashed": 4}
    assert all("process cleaning it died" in r.detail for r in report.rejects)
    monkeypatch.delenv(ENV)
    again = ingest([pages], store, StorylineConfig(workers=2), extract=True)
    assert again.stored == 4 and not again.failed


def test_one_story_whose_ledger_fails_leaves_the_others_listed(corpus, store, monkeypatch):
    from storyline.model import Story
    from storyline import views

    ingest([str(corpus)], store, StorylineConfig(), extract=True)
    real = store.stories()
    fake = [Story(id=f"{s.id}-{n}", label=s.label, article_ids=(*s.article_ids, "x"), first_published=None,
                  last_published=None, outlets=(), entities=(), terms=()) for n, s in enumerate(real * 2)]
    monkeypatch.setattr(store, "stories", lambda: fake)
    calls = []

    def story_ledger(st, story, *params):
        calls.append(story.id)
        if len(calls) == 1:
            raise ZeroDivisionError("alignment bug")
        return real_story_ledger(st, story, *params)

    real_story_ledger = views.story_ledger
    monkeypatch.setattr(views, "story_ledger", story_ledger)
    failures: list = []
    views.ledger_rows(store, failures=failures)
    assert len(calls) == len(fake) >= 2  # the stories after the failing one were aligned
    [fail] = failures
    assert fail.failed and fail.stage == "align" and "ZeroDivisionError" in fail.detail
