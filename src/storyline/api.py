"""The library's front door: one function per ``storyline`` command, under the same name.

``cli.py`` and ``web/`` call only these (plus :mod:`storyline.config` and
:mod:`storyline.errors`): a command parses its options, calls its function here and prints
what comes back; a web route does the same and renders it. Nothing here prints or exits.

Reads take an open store (:func:`open_store`) and return records
(:mod:`storyline.records`) read by :mod:`storyline.views`; what an id names and the store
lacks raises :class:`~storyline.errors.NotFound`. The run commands (``ingest``,
``process``, ``load``, ``extract``, ``recluster``) delegate to the run functions, imported
inside each function so that the run layer can move without touching the callers.

Beside the commands, the web app reads a few things no command prints on its own:
:func:`story` (a story's ledger page), :func:`story_summaries`, :func:`search_count`,
:func:`figures_page`, :func:`dossier` and :func:`settings`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from storyline import records, views
from storyline.config import SETTINGS, StorylineConfig
from storyline.errors import ConfigError
from storyline.model import Article, Rejected, Story
from storyline.store.db import Store

__all__ = [
    "articles", "check_store", "count_articles", "demo", "dossier", "duplicates", "export", "extract",
    "figures", "figures_page", "get_article", "get_story", "ingest", "ingest_plan", "ledger", "load",
    "measure_heads", "open_store", "process", "recluster", "rejects", "report", "search", "search_count",
    "settings", "show", "sources", "stories", "story", "story_summaries", "watch", "changes", "changes_atom",
]


# -- the store --------------------------------------------------------------------------------

def check_store(config: StorylineConfig, *, create: bool = False) -> None:
    """Refuse a store that does not exist unless ``create``: a mistyped ``--db`` must not
    create an empty store (as sqlite-utils and datasette).

    Raises:
        ConfigError: there is no such store.
    """
    if not create and config.db != ":memory:" and not Path(config.db).exists():
        raise ConfigError(f"no such store: {config.db}; check --db (or $STORYLINE_DB), or create it "
                          f"with `storyline ingest FILES --db {config.db}`")


def open_store(where: StorylineConfig | str | Path, *, create: bool = False) -> Store:
    """The store of a config (a context manager); only the commands that write articles
    (``create``) make a new one. Given a path instead (the web app's own connections), the
    store there is opened, made and migrated if need be.

    Raises:
        ConfigError: the config's store does not exist and ``create`` is False.
    """
    from storyline.store import open_store as open_db

    if not isinstance(where, StorylineConfig):
        return open_db(where)
    check_store(where, create=create)
    return open_db(where.db)


# -- the run commands (delegating to the run functions) ---------------------------------------

def ingest(inputs: Sequence[str], store: Store, config: StorylineConfig, *,
           progress: Callable[[Any], None] | None = None, extract: bool = True, dedup: bool = True,
           run_dir: str | Path | None = None, fetcher: Any = None) -> Any:
    """``storyline ingest``: read, clean, store, link duplicates, cluster stories, extract figures.

    Returns the run's report (stored, rejected, failed, figures, duplicates...).
    """
    from storyline.run import ingest as run

    kwargs: dict[str, Any] = {"progress": progress, "extract": extract, "dedup": dedup}
    if run_dir is not None:
        kwargs["run_dir"] = run_dir
    if fetcher is not None:
        kwargs["fetcher"] = fetcher
    return run(list(inputs), store, config, **kwargs)


def ingest_plan(inputs: Sequence[str]) -> tuple[int, list[tuple[str, str]]]:
    """What ``storyline ingest`` will read: how many inputs (files of the folders, URLs, ``-``),
    and the files of the folders skipped as not articles, each with why."""
    from storyline.ingest import iter_files, skipped_files

    total = sum(1 if spec == "-" or "://" in spec else sum(1 for _ in iter_files(spec)) for spec in inputs)
    return total, skipped_files(inputs)


def process(inputs: Sequence[str], out_dir: str | Path, config: StorylineConfig, *, figures: bool = True,
            redo: bool = False, scheduler: str | None = None,
            progress: Callable[[Any], None] | None = None) -> list[Any]:
    """``storyline process``: each input read, cleaned and extracted into a shard file, in parallel."""
    from storyline.run import process_inputs

    return process_inputs(inputs, out_dir, config, figures=figures, redo=redo, scheduler=scheduler,
                          progress=progress)


def load(shards: Sequence[str], store: Store, config: StorylineConfig, *, dedup: bool = True,
         progress: Callable[[Any], None] | None = None) -> Any:
    """``storyline load``: shards into the store, then duplicates and stories."""
    from storyline.run import load_shards

    return load_shards(shards, store, config, dedup=dedup, progress=progress)


def extract(store: Store, config: StorylineConfig, *, redo: bool = False) -> Any:
    """``storyline extract``: the figures of the stored articles not yet read by this version."""
    from storyline.run import extract_figures

    return extract_figures(store, config, redo=redo)


def recluster(store: Store, config: StorylineConfig | None = None) -> list[Story]:
    """``storyline recluster``: every stored article clustered into stories again, from
    scratch, with the story thresholds of ``config`` (the defaults when None)."""
    from storyline.run import recluster as run

    with store.writing("recluster"):
        return run(store, config)


# -- the read commands ------------------------------------------------------------------------

def get_article(store: Store, article_id: str) -> Article:
    """The article an id or unique prefix (4+ characters) names.

    Raises:
        NotFound: none. StoreError: the prefix fits several.
    """
    return views.article(store, article_id)


def get_story(store: Store, story_id: str) -> Story:
    """The story an id or unique prefix (4+ characters) names, reading that story only.

    Raises:
        NotFound: none. StoreError: the prefix fits several.
    """
    return views.story(store, story_id)


def count_articles(store: Store) -> int:
    """How many articles the store holds."""
    return store.count_articles()


def articles(store: Store) -> list[dict[str, Any]]:
    """``storyline articles``: id, date, outlet, title and length of every stored article; each
    ``source`` as its file name or URL (a record fit to forward), never its local folders."""
    from storyline.model import public_source

    return [{**row, "source": public_source(row["source"])} for row in store.article_rows()]


def show(store: Store, article_id: str | Article, *, removed: bool = False, local: bool = False) -> views.ArticleView:
    """``storyline show``: an article with its metadata and origins, inputs, figures, duplicates
    and stories (``record``), the article itself and its figures. ``local`` keeps local paths
    (the CLI, on the user's own machine); the web never does."""
    return views.article_view(store, article_id, removed=removed, local=local)


def rejects(store: Store, *, failed_only: bool = False) -> list[dict[str, Any]]:
    """``storyline rejects``: every input refused and every failure the store keeps, oldest
    first, from all runs (a reject met again by a rerun is one row; ``seen`` counts the runs)."""
    return [{**row, "failed": bool(row["failed"])} for row in store.rejects()
            if row["failed"] or not failed_only]


def search(store: Store, query: str, *, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
    """``storyline search``: full-text hits (SQLite FTS5 syntax) with marked snippets."""
    return views.search(store, query, limit=limit, offset=offset, marks=marks)


def search_count(store: Store, query: str) -> int:
    """How many articles match ``query`` in all (the web's paging)."""
    return views.search_count(store, query)


def duplicates(store: Store, *, article_id: str | None = None) -> list[dict[str, Any]]:
    """``storyline duplicates``: the pairs that copy, syndicate or rewrite, with the evidence."""
    return views.duplicates(store, article_id=article_id)


def figures(store: Store, *, article_id: str | None = None, measure_head: str | None = None) -> list[dict[str, Any]]:
    """``storyline figures``: every figure, or those of one article or one measure head."""
    return views.figures(store, article_id=article_id, measure_head=measure_head)


def figures_page(store: Store, *, measure_head: str | None = None, phrase: str | None = None, offset: int = 0,
                 limit: int = 50) -> tuple[int, list[dict[str, Any]]]:
    """A page of figures of a measure head and/or phrase, with their article's context (the web)."""
    return views.figures_page(store, measure_head=measure_head, phrase=phrase, offset=offset, limit=limit)


def measure_heads(store: Store) -> list[tuple[str, int]]:
    """Every normalised measure head with its number of figures, most figures first."""
    return store.measure_heads()


def stories(store: Store, *, min_articles: int = 1) -> list[dict[str, Any]]:
    """``storyline stories``: every story with its period, counts and each member's why."""
    return views.stories(store, min_articles=min_articles)


def story_summaries(store: Store) -> list[dict[str, Any]]:
    """One short row per story (id, label, period, article and outlet counts), read in two queries."""
    return store.story_summaries()


def story(store: Store, story_id: str, *, config: StorylineConfig | None = None) -> dict[str, Any]:
    """A story's ledger as one record: tracked figures, findings, unaligned figures, sources;
    aligned with the ``align_*`` settings of ``config`` (the defaults when None)."""
    from storyline.align.params import params_of

    return views.story_view(store, story_id, params_of(config))


def ledger(store: Store, *, story_id: str | None = None, failures: list[Rejected] | None = None,
           config: StorylineConfig | None = None) -> list[dict[str, Any]]:
    """``storyline ledger``: one tracked figure per row, of one story or of every story of 2+ articles
    (a story whose alignment fails is added to ``failures`` and the others go on), aligned with
    the ``align_*`` settings of ``config`` (the defaults when None)."""
    from storyline.align.params import params_of

    return views.ledger_rows(store, story_id=story_id, failures=failures, params=params_of(config))


# -- dossiers and exports -----------------------------------------------------------------------

def dossier(store: Store, story_id: str | None = None, *, fmt: str = "html",
            config: StorylineConfig | None = None) -> tuple[Story, str]:
    """The dossier of a story (default: the largest) as ``html``, ``md`` or ``json`` text, its
    ledger aligned with the ``align_*`` settings of ``config`` (the defaults when None).

    Raises:
        NotFound: no such story. ConfigError: the store has none, or an unknown format.
    """
    from storyline.align.params import params_of
    from storyline.report.dossier import render

    chosen = views.pick_story(store, story_id)
    return chosen, render(views.dossier(store, chosen, params_of(config)), fmt)


def report(store: Store, *, story_id: str | None = None, fmt: str = "html",
           output: str | Path | None = None, config: StorylineConfig | None = None) -> tuple[Story, str, Path | None]:
    """``storyline report``: a story's dossier (aligned with the ``align_*`` settings of
    ``config``), written to ``output`` (default ``<story-id>.<format>``; ``-``: not written).
    Returns the story, the text and the file.

    Raises:
        ConfigError: no such folder, no stories, or an unknown format. NotFound: no such story.
    """
    chosen, text = dossier(store, story_id, fmt=fmt, config=config)
    if output is not None and str(output) == "-":
        return chosen, text, None
    path = Path(output) if output is not None else Path(f"{chosen.id}.{fmt}")
    if not path.parent.is_dir():
        raise ConfigError(f"cannot write {path}: no such folder {path.parent}; create it first or "
                          "choose another -o")
    path.write_text(text, encoding="utf-8")
    return chosen, text, path


def export(store: Store, fmt: str, output: str | Path | TextIO) -> int:
    """``storyline export``: every article with its metadata and provenance as ``jsonl``,
    ``csv`` or ``parquet``; returns how many were written.

    Raises:
        ConfigError: parquet to a stream (it is a binary file).
    """
    from storyline.report.export import export_articles

    if fmt == "parquet" and not isinstance(output, (str, Path)):
        raise ConfigError("--format parquet writes a binary file: give it with -o FILE.parquet")
    return export_articles(store, fmt, output)


def demo(config: StorylineConfig, *, corpus: str | Path | None = None) -> Any:
    """``storyline demo``: the sample corpus into ``<demo_dir>/storyline.db`` (made anew), the
    largest story's dossier as ``dossier.html`` and every other story of 2+ articles beside it.

    Returns a :class:`storyline.demo.DemoResult`.
    """
    from storyline.demo import DemoResult, corpus_inputs, find_corpus
    from storyline.store import open_store as open_db

    source = find_corpus(corpus)
    out = Path(config.demo_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "storyline.db"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    config = config.replace(db=str(db))
    with open_db(db) as store:
        run = ingest(corpus_inputs(source), store, config, run_dir=out / "run", extract=True)
        largest, _, dossier_path = report(store, output=out / "dossier.html", config=config)
        others = [report(store, output=out / f"story-{s.id}.html", story_id=s.id, config=config)[2]
                  for s in store.stories() if len(s.article_ids) > 1 and s.id != largest.id]
    return DemoResult(corpus=source, db=db, dossier=dossier_path, report=run, others=tuple(others))


# -- the web --------------------------------------------------------------------------------------

def settings(config: StorylineConfig) -> dict[str, Any]:
    """The settings table: each setting's name, type, default, value in force and help."""
    return {"settings": [records.setting_record(s, getattr(config, s.name)) for s in SETTINGS]}


# -- watching ---------------------------------------------------------------------------------

def watch(store: Store, config: StorylineConfig, sources: Any = (), *, every: str | None = None, once: bool = False,
          figures: bool = True, on_cycle: Any = None) -> list[Any]:
    """``storyline watch``: poll the sources (``sources`` added to the store's), ingest what is
    new and record the changes, until stopped or for one cycle (:func:`storyline.watch.watch`)."""
    from storyline.watch import watch as run

    return run(store, config, tuple(sources), every=every, once=once, figures=figures, on_cycle=on_cycle)


def sources(store: Store, *, remove: Any = ()) -> list[dict[str, Any]]:
    """``storyline sources``: stop watching the sources in ``remove`` (their articles stay),
    then list the watched ones with their state (:func:`storyline.watch.sources.listing`)."""
    from storyline.watch import sources as state

    if remove:
        state.remove(store, tuple(remove))
    return state.listing(store)


def changes(store: Store, *, story_id: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
    """``storyline changes``: the changes recorded by the watch, oldest first, each with its
    ``summary`` sentence; ``since`` is an ISO date or time or an age (``12h``, ``7d``)."""
    from storyline.watch import changes as query
    from storyline.watch import describe, parse_since

    rows = query(store, story_id=story_id, since=parse_since(since) if since else None)
    return [{**r, "summary": describe(r)} for r in rows]


def changes_atom(store: Store, *, story_id: str | None = None, since: str | None = None) -> str:
    """``storyline changes --format atom`` and ``/stories/ID/changes.atom``: the changes as Atom."""
    from storyline.watch import changes_atom as atom
    from storyline.watch import parse_since

    return atom(store, story_id=story_id, since=parse_since(since) if since else None)
