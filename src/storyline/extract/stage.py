"""The extract stage as pipeline stages, and the ``storyline extract`` run.

:class:`FigureExtractor` parses articles in batches with the one spaCy pipeline
(:func:`storyline.nlp.load_pipeline`) and adapts the pure
:func:`~storyline.extract.figures.figures_from_docs`; :class:`FigureWriter` stores the
result. :func:`extract_figures` runs both over the articles of a store that the current
extractor has not yet read, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storyline.config import StorylineConfig
from storyline.crashpoints import crash_point
from storyline.extract.figures import TooSlow, figures
from storyline.model import Article, Figure, Rejected
from storyline.lang import NOT_READ_STATUS, language_of, not_read_reason
from storyline.nlp import MAX_PARSE_CHARS, MODEL_NAMES, load_pipeline, parse_long
from storyline.pipeline import failure, run
from storyline.store.db import Store

__all__ = ["EXTRACTOR_VERSION", "ExtractReport", "FigureExtractor", "FigureWriter", "extract_figures"]

log = logging.getLogger(__name__)

#: The default of the ``extractor_version`` setting (bumped there whenever extraction changes, so
#: that `storyline extract` reads old articles again); a run reads ``config.extractor_version``.
EXTRACTOR_VERSION = StorylineConfig().extractor_version


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article with the figures read from it.

    ``status`` is ``ok``; ``skipped_<why>`` when extraction was not done (too slow, or a
    language storyline has no vocabulary for: ``skipped_language``; the article then
    has no figures, and the same extractor does not try it again); ``failed`` when it
    raised (nothing is saved, so a later run tries again).
    """

    article: Article
    figures: list[Figure]
    status: str = "ok"
    version: str = EXTRACTOR_VERSION  # the extractor that read it (the ``extractor_version`` setting)


class FigureExtractor:
    """Pipeline stage: articles to articles with their figures (spaCy in batches).

    One article never costs the others their figures: a batch that spaCy fails on is
    parsed again one article at a time; an article whose parse or extraction raises is
    recorded as a failure (it stays unextracted, so a later run retries it); one that
    runs past ``figures_time_budget`` is recorded as skipped; a text longer than spaCy
    takes in one go is parsed in pieces.
    """

    name = "figures"
    requires = frozenset({"article.text"})
    provides = frozenset({"figures"})

    def __init__(self, config: StorylineConfig, *, store: Store | None = None, batch_size: int = 16):
        self.config = config
        self.store = store
        self.batch_size = batch_size

    def _todo(self, items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            if self.store is not None and self.store.is_extracted(article.id, self.config.extractor_version):
                continue
            yield article

    def __call__(self, items: Iterable[Article]) -> Iterator[Extracted | Rejected]:
        nlp = load_pipeline()
        todo = self._todo(items)
        # Batches are taken in this thread (upstream stages read the store), then parsed.
        while batch := list(itertools.islice(todo, self.batch_size * self.config.workers)):
            yield from self._batch(nlp, batch)

    def _parse_batch(self, nlp, batch: list[Article]) -> list[Any] | None:  # type: ignore[no-untyped-def]
        """The docs of the batch's short texts (None where a text is long), or None when
        spaCy fails on the batch (each article is then parsed alone)."""
        short = [a.text for a in batch if len(a.text) <= MAX_PARSE_CHARS]
        try:
            docs = iter(list(nlp.pipe(short, batch_size=self.batch_size, n_process=self.config.workers)))
        except Exception:  # noqa: BLE001 - find the article at fault one by one
            log.warning("spaCy failed on a batch of %d articles; parsing them one by one", len(batch),
                        exc_info=True)
            return None
        return [next(docs) if len(a.text) <= MAX_PARSE_CHARS else None for a in batch]

    def _batch(self, nlp, batch: list[Article]) -> Iterator[Extracted | Rejected]:  # type: ignore[no-untyped-def]
        languages = [language_of(a) for a in batch]
        # the batch's articles that the default pipeline parses; another language's alone, with its own
        pooled = [a for a, la in zip(batch, languages, strict=True) if la is not None and la.models == MODEL_NAMES]
        docs = dict(zip(map(id, pooled), self._parse_batch(nlp, pooled) or [None] * len(pooled), strict=True))
        for article, language in zip(batch, languages, strict=True):
            crash_point("figures")
            if language is None:  # known, and not one storyline has words for: recorded, not retried
                log.info("%s (article %s)", not_read_reason(article), article.id)
                yield Extracted(article, [], NOT_READ_STATUS, self.config.extractor_version)
                continue
            doc = docs.get(id(article))
            try:
                if doc is None:
                    doc = parse_long(nlp if language.models == MODEL_NAMES else load_pipeline(language.models),
                                     article.text)
                found = figures(article, doc, budget=self.config.figures_time_budget)
            except TooSlow as exc:
                yield Rejected(source=article.provenance.label, stage=self.name, reason="figures_too_slow",
                               detail=f"figures skipped: too slow ({exc}; figures_time_budget is "
                                      f"{self.config.figures_time_budget:g} s). The article is stored "
                                      "without figures.", article_id=article.id)
                yield Extracted(article, [], "skipped_too_slow", self.config.extractor_version)
                continue
            except Exception as exc:  # noqa: BLE001 - the article stays unextracted: retried later
                yield failure(self.name, article, exc,
                              kept="The article is stored without figures; `storyline extract` retries it.")
                yield Extracted(article, [], "failed", self.config.extractor_version)  # its other work goes on
                continue
            yield Extracted(article, found, "ok", self.config.extractor_version)


class FigureWriter:
    """Pipeline stage: store each article's figures."""

    name = "store-figures"
    requires = frozenset({"figures"})
    provides = frozenset({"figures.stored"})

    def __init__(self, store: Store):
        self.store = store

    def __call__(self, items: Iterable[Extracted]) -> Iterator[Extracted | Rejected]:
        for item in items:
            if item.status == "failed":
                yield item
                continue
            try:
                self.store.save_figures(item.article.id, item.figures, version=item.version,
                                        status=item.status)
            except Exception as exc:  # noqa: BLE001 - rolled back: the article stays unextracted
                yield failure(self.name, item, exc,
                              kept="The article is stored without figures; `storyline extract` retries it.")
                continue
            yield item


@dataclass(slots=True)
class ExtractReport:
    """What an extract run did: articles read, figures found, articles skipped (too slow)
    and failed (a bug; they stay unextracted and are tried again next time), with each record."""

    articles: int = 0
    figures: int = 0
    skipped: int = 0
    failed: int = 0
    rejects: list[Rejected] = field(default_factory=list)


def extract_figures(
    store: Store,
    config: StorylineConfig,
    *,
    redo: bool = False,
    progress: Callable[[Extracted], None] | None = None,
) -> ExtractReport:
    """Extract the figures of every article the current extractor has not read yet.

    Args:
        store: the store to read and write.
        config: the run's settings (``workers``).
        redo: read every article again, even those already extracted.
        progress: called with each article's result.

    Returns:
        How many articles were read and figures found.
    """
    report = ExtractReport()

    def on_item(item: Extracted) -> None:
        report.articles += 1
        report.figures += len(item.figures)
        if progress:
            progress(item)

    def on_reject(rej: Rejected) -> None:
        if rej.failed:
            report.failed += 1
        else:
            report.skipped += 1
        report.rejects.append(rej)
        store.save_reject(rej)

    with store.writing("extract"):
        stages = [FigureExtractor(config, store=None if redo else store), FigureWriter(store)]
        run(stages, store.iter_articles(), given={"article.text"}, on_item=on_item, on_reject=on_reject)
    return report
