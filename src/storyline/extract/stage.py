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
from dataclasses import dataclass

from storyline.config import StorylineConfig
from storyline.extract.figures import figures_from_docs
from storyline.model import Article, Figure
from storyline.pipeline import run
from storyline.store.db import Store

__all__ = ["EXTRACTOR_VERSION", "ExtractReport", "FigureExtractor", "FigureWriter", "extract_figures"]

log = logging.getLogger(__name__)

#: Bumped whenever extraction changes, so that `storyline extract` reads old articles again.
EXTRACTOR_VERSION = "figures-2"


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article with the figures read from it."""

    article: Article
    figures: list[Figure]


class FigureExtractor:
    """Pipeline stage: articles to articles with their figures (spaCy in batches)."""

    name = "figures"
    requires = frozenset({"article.text"})
    provides = frozenset({"figures"})

    def __init__(self, config: StorylineConfig, *, store: Store | None = None, batch_size: int = 16):
        self.config = config
        self.store = store
        self.batch_size = batch_size

    def _todo(self, items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            if self.store is not None and self.store.is_extracted(article.id, EXTRACTOR_VERSION):
                continue
            yield article

    def __call__(self, items: Iterable[Article]) -> Iterator[Extracted]:
        from storyline.nlp import load_pipeline

        nlp = load_pipeline()
        todo = self._todo(items)
        # Batches are taken in this thread (upstream stages read the store), then parsed.
        while batch := list(itertools.islice(todo, self.batch_size * self.config.workers)):
            docs = nlp.pipe((a.text for a in batch), batch_size=self.batch_size,
                            n_process=self.config.workers)
            for article, found in zip(batch, figures_from_docs(batch, docs)):
                yield Extracted(article, found)


class FigureWriter:
    """Pipeline stage: store each article's figures."""

    name = "store-figures"
    requires = frozenset({"figures"})
    provides = frozenset({"figures.stored"})

    def __init__(self, store: Store):
        self.store = store

    def __call__(self, items: Iterable[Extracted]) -> Iterator[Extracted]:
        for item in items:
            self.store.save_figures(item.article.id, item.figures, version=EXTRACTOR_VERSION)
            yield item


@dataclass(slots=True)
class ExtractReport:
    """What an extract run did: articles read and figures found."""

    articles: int = 0
    figures: int = 0


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

    stages = [FigureExtractor(config, store=None if redo else store), FigureWriter(store)]
    run(stages, store.iter_articles(), given={"article.text"}, on_item=on_item)
    return report
