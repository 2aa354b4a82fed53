"""The stages of a run that read or write the store: known inputs, articles, resume,
figures, and the recorder of rejects.

Each takes the store and the run's report (any object with the counters it names: see
:class:`storyline.run.report.IngestReport`); none knows which chain it is in. Items are
:class:`~storyline.pipeline.Item` from the cleaner on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from storyline.clean.cleaner import KNOWN_HINT, is_plaintext
from storyline.crashpoints import crash_point
from storyline.model import RawDocument, Rejected
from storyline.pipeline import Item, failure
from storyline.store.db import Store

__all__ = ["ArticleWriter", "FigureWriter", "KnownInputSkipper", "Resume", "reject_recorder"]


class KnownInputSkipper:
    """Pipeline stage: drop raw documents whose exact bytes from this source are stored.

    A known plain-text scrape is forwarded marked as known (:data:`KNOWN_HINT`) rather than
    dropped: the cleaner reads it only to find the lines its outlet repeats, so a new file
    of an outlet is cleaned the same whether its siblings arrive with it or came before
    (and a rerun after an interrupted run gives the same texts).

    Counts ``report.read`` and ``report.already_present``.
    """

    name = "skip-known"
    requires = frozenset({"raw"})
    provides: frozenset[str] = frozenset()

    def __init__(self, store: Store, report: Any):
        self.store = store
        self.report = report

    def __call__(self, items: Iterable[RawDocument]) -> Iterator[RawDocument | Rejected]:
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
    """Pipeline stage: store each item's article; forward it.

    Counts ``report.stored`` (and ``report.stored_ids``) or ``report.already_present``.
    """

    name = "store"
    requires = frozenset({"article.text", "article.meta"})
    provides = frozenset({"stored"})

    def __init__(self, store: Store, report: Any):
        self.store = store
        self.report = report

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        for item in items:
            article = item.article
            try:
                new = self.store.save_article(article)
            except Exception as exc:  # noqa: BLE001 - the transaction was rolled back
                yield failure(self.name, item, exc, kept="Nothing of it was stored.")
                continue
            crash_point("stored")
            if new:
                self.report.stored += 1
                self.report.stored_ids.append(article.id)
            else:
                self.report.already_present += 1
            yield item


class Resume:
    """Pipeline stage: before the run's own articles, forward the stored articles whose
    later work an earlier run did not finish (killed, or failed), so it is done now.

    Counts ``report.resumed``.
    """

    name = "resume"
    requires = frozenset({"stored"})
    provides: frozenset[str] = frozenset()

    def __init__(self, store: Store, report: Any, *, dedup: bool, extract: bool):
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

    def __call__(self, items: Iterable[Item]) -> Iterator[Item]:
        for article_id in self.pending():
            article = self.store.get_article(article_id)
            if article is not None:
                self.report.resumed += 1
                yield Item(article)
        yield from items


class FigureWriter:
    """Pipeline stage: store each item's figures, under the extractor version that read them.

    Items without figures, and items whose extraction failed (retried later), pass as they
    are. With ``only_new``, figures the store already holds from that version are not
    written again (loading a shard twice). ``figures`` counts the figures stored.
    """

    name = "store-figures"
    requires = frozenset({"figures"})
    provides = frozenset({"figures.stored"})

    def __init__(self, store: Store, *, only_new: bool = False):
        self.store = store
        self.only_new = only_new
        self.figures = 0

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        for item in items:
            if item.figures is not None and item.version and item.status != "failed":
                try:
                    if not (self.only_new and self.store.is_extracted(item.article.id, item.version)):
                        self.store.save_figures(item.article.id, item.figures, version=item.version,
                                                status=item.status)
                        self.figures += len(item.figures)
                except Exception as exc:  # noqa: BLE001 - rolled back: the article stays unextracted
                    yield failure(self.name, item, exc,
                                  kept="The article is stored without figures; `storyline extract` retries it.")
            yield item


def reject_recorder(report: Any, store: Store, progress: Callable[[Any], None] | None,
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
