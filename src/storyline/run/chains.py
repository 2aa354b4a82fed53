"""The named chains of storyline, built here and nowhere else from the stages.

======================  =====================================================================
chain                   stages
======================  =====================================================================
``ingest``              read, skip-known, clean, store, resume, [parse], dedup, stories,
                        [figures, store-figures]  (``[...]``: with ``extract``)
``process`` (per input) read, clean, [parse, figures]  into a shard file, no store
``load``                read-shards, store, resume, dedup, stories, store-figures
``extract``             (the store's articles) parse, figures, store-figures
``recluster``           every stored article into stories again, from scratch
======================  =====================================================================

Each run function opens the store's writer lock where it writes, chains the stages with
:func:`storyline.pipeline.run`, records every reject and returns its report
(:mod:`storyline.run.report`). The run's executor (:mod:`storyline.run.executor`) is made
here from the settings and handed to the stages that spread work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from storyline.clean.cleaner import ArticleCleaner
from storyline.config import StorylineConfig
from storyline.errors import ConfigError
from storyline.ingest import InputReader
from storyline.model import Article, Rejected, Story
from storyline.pipeline import Item, Mapper, run
from storyline.run.executor import Executor, Serial, executor_for
from storyline.run.report import ExtractReport, IngestReport, write_run
from storyline.run.shards import (
    ShardReader,
    ShardSummary,
    ShardWriter,
    header,
    is_current,
    shard_files,
    shard_path,
)
from storyline.store.db import Store
from storyline.store.stages import (
    ArticleWriter,
    FigureWriter,
    KnownInputSkipper,
    Resume,
    reject_recorder,
)

__all__ = ["extract_figures", "ingest", "load_shards", "process_input", "process_inputs", "recluster"]

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- stage groups

def cluster_stages(store: Store, *, dedup: bool, stories: bool,
                   config: StorylineConfig | None = None) -> tuple[Any, list[Any]]:
    """The cluster stages after the store stage: duplicate linking and story clustering,
    each when asked for, with the thresholds of ``config`` (the defaults when None).
    Returns the duplicate linker (None without dedup), whose ``pairs`` the report gives,
    and the stages in order."""
    stages: list[Any] = []
    linker = None
    if dedup:
        from storyline.cluster.dedup import DedupParams
        from storyline.cluster.stage import DuplicateLinker

        linker = DuplicateLinker(store, DedupParams.from_config(config) if config else None)
        stages.append(linker)
    if stories:
        from storyline.cluster.stage import StoryClusterer
        from storyline.cluster.stories import StoryParams
        from storyline.cluster.threads import ThreadParams

        stages.append(StoryClusterer(store, StoryParams.from_config(config) if config else None,
                                     ThreadParams.from_config(config) if config else None))
    return linker, stages


def parse_stage(executor: Mapper, *, store: Store | None = None, version: str | None = None) -> Any:
    """The parse stage; with ``store``, articles whose figures the extractor ``version`` (the
    ``extractor_version`` setting) has stored are not parsed (nor read again)."""
    from storyline.parse import Parse

    skip = None if store is None or version is None else (lambda a: store.is_extracted(a.id, version))
    return Parse(skip=skip, n_process=executor.workers)


def figure_stages(config: StorylineConfig) -> list[Any]:
    from storyline.extract.stage import FigureExtractor

    return [FigureExtractor(config)]


# ----------------------------------------------------------------------------- ingest

def ingest(
    inputs: Iterable[str],
    store: Store,
    config: StorylineConfig,
    *,
    stdin: BinaryIO | None = None,
    fetcher=None,
    progress: Callable[[Article | Rejected], None] | None = None,
    run_dir: str | Path | None = None,
    dedup: bool = True,
    stories: bool = True,
    extract: bool = False,
) -> IngestReport:
    """Ingest files, directories, ``-`` or URLs into ``store`` (``storyline ingest``).

    A run resumes what an earlier run left unfinished: stored articles whose duplicate check
    or figures never ran (the run was killed, or that work failed) go through those stages
    first, and stories that miss a stored article are saved again. The store's writer lock
    keeps a second run off the same store meanwhile.

    Args:
        inputs: what to read.
        store: the open store to write.
        config: the run's settings (``workers``: the executor).
        stdin: the stream ``-`` reads.
        fetcher: the URL fetcher (tests pass one with a mock transport).
        progress: called with each stored article and each reject.
        run_dir: when given, ``stats.json`` and ``rejects.jsonl`` of the run are written there.
        dedup: link each new article to the stored articles it copies, syndicates or rewrites.
        stories: add each new article to its story (the stories are saved when the run ends).
        extract: also parse each article and store its figures, skipping articles the
            current extractor has already read.

    Returns:
        The report. Rejects are also saved in the store's ``rejects`` table.
    """
    report = IngestReport()
    with store.writing("ingest"), executor_for(config) as executor:
        # Rejected inputs count as read; documents rejected later were counted by the skipper.
        on_reject = reject_recorder(report, store, progress,
                                    counts_read=lambda rej: rej.stage in ("ingest", InputReader.name))
        stages: list[Any] = [
            InputReader(config, stdin=stdin, fetcher=fetcher),
            KnownInputSkipper(store, report),
            ArticleCleaner(config, executor=executor),
            ArticleWriter(store, report),
            Resume(store, report, dedup=dedup, extract=extract),
        ]
        if extract:
            stages.append(parse_stage(executor, store=store, version=config.extractor_version))
        linker, later = cluster_stages(store, dedup=dedup, stories=stories, config=config)
        stages += later
        writer = None
        if extract:
            writer = FigureWriter(store)
            stages += [*figure_stages(config), writer]

        def on_item(item: Item) -> None:
            if progress:
                progress(item.article)

        report.stats = run(stages, list(inputs), on_item=on_item, on_reject=on_reject)
        report.duplicates = linker.pairs if linker else 0
        if writer is not None:
            report.figures = writer.figures
            report.outdated = store.outdated_extractions(config.extractor_version)
    if run_dir is not None:
        write_run(Path(run_dir), report)
    return report


# ----------------------------------------------------------------------------- extract

def extract_figures(
    store: Store,
    config: StorylineConfig,
    *,
    redo: bool = False,
    progress: Callable[[Item], None] | None = None,
) -> ExtractReport:
    """Extract the figures of every article the current extractor has not read yet
    (``storyline extract``); an interrupted run resumes where it stopped.

    Args:
        store: the store to read and write.
        config: the run's settings (``workers``).
        redo: read every article again, even those already extracted.
        progress: called with each article's item (``article``, ``figures``, ``status``).

    Returns:
        How many articles were read and figures found.
    """
    report = ExtractReport()

    def on_item(item: Item) -> None:
        report.articles += 1
        report.figures += len(item.figures or ())
        if progress:
            progress(item)

    def on_reject(rej: Rejected) -> None:
        if rej.failed:
            report.failed += 1
        else:
            report.skipped += 1
        report.rejects.append(rej)
        store.save_reject(rej)

    with store.writing("extract"), executor_for(config) as executor:
        stages = [parse_stage(executor, store=None if redo else store, version=config.extractor_version),
                  *figure_stages(config),
                  FigureWriter(store)]
        run(stages, (Item(a) for a in store.iter_articles()), given={"article.text"},
            on_item=on_item, on_reject=on_reject)
    return report


# ----------------------------------------------------------------------------- recluster

def recluster(store: Store, config: StorylineConfig | None = None) -> list[Story]:
    """Cluster every stored article into stories again, from scratch, and save them
    (``storyline recluster``; the caller holds the writer lock), with the story thresholds
    of ``config`` (the defaults when None). Returns the stories, earliest first."""
    from storyline.cluster.stage import recluster as cluster_all
    from storyline.cluster.stories import StoryParams
    from storyline.cluster.threads import ThreadParams

    return cluster_all(store, StoryParams.from_config(config) if config else None,
                       ThreadParams.from_config(config) if config else None)


# ----------------------------------------------------------------------------- process

def process_input(spec: str, out_dir: str | Path, config: StorylineConfig, *,
                  figures: bool = True, redo: bool = False) -> ShardSummary:
    """Read, clean and (with ``figures``) extract one input, and write its shard.

    This is the function a distributed run maps over its inputs. It never raises for bad
    content: a bad document or input is a reject in the shard, and an input that cannot
    be processed at all gives a ``failed`` summary.

    Args:
        spec: the input, as ``storyline ingest`` takes it (a path or a URL; not ``-``).
        out_dir: the folder of shards (created if missing).
        config: the run's settings; the work runs serially in this process (``workers`` is
            ignored: the caller runs several inputs at once instead).
        figures: extract the figures (spaCy) too.
        redo: write the shard again even when a complete one of the unchanged input exists.

    Returns:
        What was done.
    """
    out = shard_path(spec, out_dir)
    head = header(spec, figures, config.extractor_version)
    if not redo and is_current(out, head):
        return ShardSummary(spec, str(out), "kept")
    config = config.replace(workers=1)
    executor = Serial()
    started = time.perf_counter()
    try:
        with ShardWriter(out, head) as shard:
            def on_item(item: Item) -> None:
                if not figures or item.status == "failed":
                    shard.article(item.article, None)  # `storyline extract` retries a failed one
                else:
                    shard.article(item.article, item.figures, item.status)

            stages: list[Any] = [InputReader(config), ArticleCleaner(config, executor=executor)]
            if figures:
                stages += [parse_stage(executor), *figure_stages(config)]
            run(stages, [spec], on_item=on_item, on_reject=shard.reject)
            seconds = round(time.perf_counter() - started, 3)
            shard.end(seconds)
    except Exception as exc:  # the input, not the batch, fails
        log.exception("processing %s failed", spec)
        return ShardSummary(spec, str(out), "failed", error=f"{type(exc).__name__}: {exc}")
    return ShardSummary(spec, str(out), "written", seconds=seconds, **shard.counts)


def _specs(inputs: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[Path] = set()
    for spec in inputs:
        if spec == "-":
            raise ConfigError("storyline process reads files, folders and URLs, not standard input (-); "
                              "save it to a file first, or use storyline ingest -")
        key = shard_path(spec, ".")
        if key not in seen:  # the same input twice would race for one shard
            seen.add(key)
            out.append(spec)
    return out


def process_inputs(
    inputs: Iterable[str],
    out_dir: str | Path,
    config: StorylineConfig,
    *,
    figures: bool = True,
    redo: bool = False,
    scheduler: str | None = None,
    progress: Callable[[ShardSummary], None] | None = None,
) -> list[ShardSummary]:
    """Write the shard of every input into ``out_dir``, in parallel (``storyline process``).

    Each input is one task of the executor: one after another (``workers = 1``), a pool of
    ``workers`` local processes, or a Dask cluster (``scheduler``: ``"local"`` or an
    address). A task that fails is reported with its error and the others go on; running
    again redoes only the inputs without a complete shard.

    Args:
        inputs: files, folders and URLs, as ``storyline ingest`` takes them (one shard each).
        out_dir: the shard folder (created if missing); load it with :func:`load_shards`.
        config: the run's settings; ``workers`` is the number of local processes.
        figures: extract figures too.
        redo: rewrite shards that are complete and whose input has not changed.
        scheduler: None for this machine without Dask, ``"local"`` for a Dask cluster on
            this machine, or a Dask scheduler address.
        progress: called with each input's summary as it finishes.

    Returns:
        The summaries, in the order of ``inputs``.

    Raises:
        MissingDependency: a scheduler was asked for and Dask's ``distributed`` is not installed.
        ConfigError: ``-`` among the inputs, or a scheduler that cannot be reached.
    """
    specs = _specs(inputs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    task = partial(process_input, out_dir=str(out_dir), config=config, figures=figures, redo=redo)
    done: dict[str, ShardSummary] = {}
    executor: Executor = executor_for(config, scheduler)
    with executor:
        for spec, summary, exc in executor.each(task, specs):
            if exc is not None:
                log.error("processing %s failed: %s", spec, exc)
                summary = ShardSummary(spec, str(shard_path(spec, out_dir)), "failed",
                                       error=f"{type(exc).__name__}: {exc}")
            done[spec] = summary
            if progress:
                progress(summary)
    return [done[s] for s in specs]


# ----------------------------------------------------------------------------- load

def load_shards(
    specs: Iterable[str | Path],
    store: Store,
    config: StorylineConfig,
    *,
    dedup: bool = True,
    stories: bool = True,
    progress: Callable[[Article | Rejected], None] | None = None,
) -> IngestReport:
    """Load shards into ``store``, then link duplicates and cluster stories (``storyline load``).

    Loading shards gives the store that ``storyline ingest --figures`` of the same inputs
    gives: the same articles with the same metadata and removed lines, the same figures,
    rejects, duplicate pairs and stories.

    Args:
        specs: shard files, or folders of shards (as ``storyline process --out`` writes).
        store: the open store to write.
        config: the run's settings.
        dedup: link each new article to the stored articles it copies, syndicates or rewrites.
        stories: add each new article to its story.
        progress: called with each stored article and each reject.

    Returns:
        The report: ``read`` counts the inputs the shards recorded; a shard that is missing
        or incomplete is rejected (stage ``load``) and the others are loaded. Loading a
        shard twice stores nothing new.
    """
    report = IngestReport()
    # every reject in a shard, and every bad shard, is an input or document read
    on_reject = reject_recorder(report, store, progress, counts_read=lambda rej: True)

    def on_item(item: Item) -> None:
        report.read += 1
        if progress:
            progress(item.article)

    with store.writing("load"):
        linker, cluster = cluster_stages(store, dedup=dedup, stories=stories, config=config)
        writer = FigureWriter(store, only_new=True)
        stages = [ShardReader(), ArticleWriter(store, report),
                  Resume(store, report, dedup=dedup, extract=False), *cluster, writer]
        report.stats = run(stages, shard_files(specs), on_item=on_item, on_reject=on_reject)
        report.duplicates = linker.pairs if linker else 0
    report.figures = writer.figures
    return report
