"""The ingest run: read -> skip known inputs -> clean -> store, with counts and rejects.

:func:`ingest` is what ``storyline ingest`` calls. It chains the stages with
:func:`storyline.pipeline.run`, stores every article and every reject, and returns an
:class:`IngestReport` (read, stored, already present, rejected by reason, failed by reason).

A run resumes what an earlier run left unfinished: stored articles whose duplicate check
or figures never ran (the run was killed, or that work failed) go through those stages
first, and stories that miss a stored article are saved again. The store's writer lock
keeps a second run off the same store meanwhile.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from storyline.clean.cleaner import KNOWN_HINT, ArticleCleaner, is_plaintext
from storyline.config import StorylineConfig
from storyline.crashpoints import crash_point
from storyline.ingest import InputReader
from storyline.model import Article, RawDocument, Rejected
from storyline.pipeline import RunStats, failure, run
from storyline.store.db import Store

__all__ = ["IngestReport", "ingest"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did.

    Attributes:
        read: input items read (documents and rejected inputs).
        stored: new articles stored.
        already_present: items whose bytes or text were already in the store.
        rejected: rejected items by reason.
        rejects: every reject, in order.
        stored_ids: ids of the new articles, in order.
        failed: failures inside a stage by reason (bugs: the run went on without that work).
        resumed: stored articles whose unfinished work (duplicates, figures) this run did.
        figures: figures extracted (when the run extracts).
        outdated: articles read by an older extractor (``storyline extract`` reads them again).
        duplicates: duplicate pairs found between new and stored articles.
        stats: per-stage counters.
    """

    read: int = 0
    stored: int = 0
    already_present: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    rejects: list[Rejected] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    failed: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    figures: int = 0
    outdated: int = 0
    duplicates: int = 0
    stats: RunStats | None = None

    @property
    def total_rejected(self) -> int:
        return sum(self.rejected.values())

    @property
    def total_failed(self) -> int:
        return sum(self.failed.values())

    def summary(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "already_present": self.already_present,
            "resumed": self.resumed,
            "duplicates": self.duplicates,
            "rejected": dict(sorted(self.rejected.items())),
            "failed": dict(sorted(self.failed.items())),
        }


class KnownInputSkipper:
    """Pipeline stage: drop raw documents whose exact bytes from this source are stored.

    A known plain-text scrape is forwarded marked as known (:data:`KNOWN_HINT`) rather than
    dropped: the cleaner reads it only to find the lines its outlet repeats, so a new file
    of an outlet is cleaned the same whether its siblings arrive with it or came before
    (and a rerun after an interrupted run gives the same texts).
    """

    name = "skip-known"
    requires = frozenset({"raw"})
    provides: frozenset[str] = frozenset()

    def __init__(self, store: Store, report: IngestReport):
        self.store = store
        self.report = report

    def __call__(self, items: Iterable[RawDocument]) -> Iterator[RawDocument]:
        for raw in items:
            self.report.read += 1
            prov = raw.provenance
            try:
                if self.store.has_input(prov.sha256, prov.source, prov.member):
                    self.report.already_present += 1
                    if is_plaintext(raw):
                        yield dataclasses.replace(raw, hints={**raw.hints, KNOWN_HINT: "1"})
                    continue
            except Exception as exc:  # noqa: BLE001 - the item is failed, the run goes on
                yield failure(self.name, raw, exc)
                continue
            yield raw


class ArticleWriter:
    """Pipeline stage: store each article; forward it with whether it was new."""

    name = "store"
    requires = frozenset({"article.text", "article.meta"})
    provides = frozenset({"stored"})

    def __init__(self, store: Store, report: IngestReport):
        self.store = store
        self.report = report

    def __call__(self, items: Iterable[Article]) -> Iterator[Article | Rejected]:
        for article in items:
            try:
                new = self.store.save_article(article)
            except Exception as exc:  # noqa: BLE001 - the transaction was rolled back
                yield failure(self.name, article, exc, kept="Nothing of it was stored.")
                continue
            crash_point("stored")
            if new:
                self.report.stored += 1
                self.report.stored_ids.append(article.id)
            else:
                self.report.already_present += 1
            yield article


class Resume:
    """Pipeline stage: before the run's own articles, forward the stored articles whose
    later work an earlier run did not finish (killed, or failed), so it is done now."""

    name = "resume"
    requires = frozenset({"stored"})
    provides: frozenset[str] = frozenset()

    def __init__(self, store: Store, report: IngestReport, *, dedup: bool, extract: bool):
        self.store = store
        self.report = report
        self.dedup = dedup
        self.extract = extract

    def pending(self) -> list[str]:
        ids: dict[str, None] = {}
        if self.dedup:
            ids.update(dict.fromkeys(self.store.unsigned_ids()))
        if self.extract:
            ids.update(dict.fromkeys(self.store.unextracted_ids()))
        return list(ids)

    def __call__(self, items: Iterable[Article]) -> Iterator[Article]:
        for article_id in self.pending():
            article = self.store.get_article(article_id)
            if article is not None:
                self.report.resumed += 1
                yield article
        yield from items


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
    """Ingest files, directories, ``-`` or URLs into ``store``.

    Args:
        inputs: what to read.
        store: the open store to write.
        config: the run's settings.
        stdin: the stream ``-`` reads.
        fetcher: the URL fetcher (tests pass one with a mock transport).
        progress: called with each stored article and each reject.
        run_dir: when given, ``stats.json`` and ``rejects.jsonl`` of the run are written there.
        dedup: link each new article to the stored articles it copies, syndicates or rewrites.
        stories: add each new article to its story (the stories are saved when the run ends).
        extract: also parse each article and store its figures (the extract stage), skipping
            articles the current extractor has already read.

    Returns:
        The report. Rejects are also saved in the store's ``rejects`` table.
    """
    report = IngestReport()
    with store.writing("ingest"):
        # Rejected inputs count as read; documents rejected later were counted by the skipper.
        on_reject = reject_recorder(report, store, progress,
                                    counts_read=lambda rej: rej.stage in ("ingest", InputReader.name))
        stages = [
            InputReader(config, stdin=stdin, fetcher=fetcher),
            KnownInputSkipper(store, report),
            ArticleCleaner(config),
            ArticleWriter(store, report),
            Resume(store, report, dedup=dedup, extract=extract),
        ]
        linker, later = cluster_stages(store, dedup=dedup, stories=stories)
        stages += later
        on_item = progress
        if extract:
            from storyline.extract.stage import FigureExtractor, FigureWriter

            stages += [FigureExtractor(config, store=store), FigureWriter(store)]

            def on_item(item) -> None:
                report.figures += len(item.figures)
                if progress:
                    progress(item.article)

        report.stats = run(stages, list(inputs), on_item=on_item, on_reject=on_reject)
        report.duplicates = linker.pairs if linker else 0
        if extract:
            report.outdated = store.outdated_extractions(config.extractor_version)
    if run_dir is not None:
        _write_run(Path(run_dir), report)
    return report


def reject_recorder(report: IngestReport, store: Store, progress: Callable[[Article | Rejected], None] | None,
                    *, counts_read: Callable[[Rejected], bool]) -> Callable[[Rejected], None]:
    """The ``on_reject`` of a run into ``store``: count, keep and save each reject, and
    report it; ``counts_read`` says which rejects were not counted as read already."""

    def on_reject(rej: Rejected) -> None:
        if rej.failed:
            report.failed[rej.reason] += 1
        else:
            report.rejected[rej.reason] += 1
        if counts_read(rej):
            report.read += 1
        report.rejects.append(rej)
        store.save_reject(rej)
        if progress:
            progress(rej)

    return on_reject


def cluster_stages(store: Store, *, dedup: bool, stories: bool) -> tuple[Any, list[Any]]:
    """The cluster stages of a run after the store stage: duplicate linking and story
    clustering, each when asked for. Returns the duplicate linker (None without dedup),
    whose ``pairs`` the report gives, and the stages in order."""
    stages: list[Any] = []
    linker = None
    if dedup:
        from storyline.cluster.stage import DuplicateLinker

        linker = DuplicateLinker(store)
        stages.append(linker)
    if stories:
        from storyline.cluster.stage import StoryClusterer

        stages.append(StoryClusterer(store))
    return linker, stages


def _write_run(run_dir: Path, report: IngestReport) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    stats = {"finished": datetime.now(UTC).isoformat(timespec="seconds"),
             "summary": report.summary(),
             "stages": report.stats.as_dict() if report.stats else {}}
    (run_dir / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n")
    with (run_dir / "rejects.jsonl").open("w", encoding="utf-8") as fh:
        for rej in report.rejects:
            fh.write(json.dumps(asdict(rej), ensure_ascii=False) + "\n")
