"""The extract stage as a pipeline stage.

:class:`FigureExtractor` reads the figures of each parsed article (the doc the parse stage,
:class:`storyline.parse.Parse`, put on the item) with the pure
:func:`~storyline.extract.figures.figures`. Storing them is the store's stage
(:class:`storyline.store.stages.FigureWriter`); the ``storyline extract`` run is
:func:`storyline.run.extract_figures`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from storyline.config import StorylineConfig
from storyline.crashpoints import crash_point
from storyline.extract.figures import TooSlow, figures
from storyline.lang import NOT_READ_STATUS
from storyline.model import Rejected
from storyline.pipeline import Item, failure

__all__ = ["EXTRACTOR_VERSION", "FigureExtractor"]

log = logging.getLogger(__name__)

#: The default of the ``extractor_version`` setting (bumped there whenever extraction changes, so
#: that `storyline extract` reads old articles again); a run reads ``config.extractor_version``.
EXTRACTOR_VERSION = StorylineConfig().extractor_version


class FigureExtractor:
    """Pipeline stage: each parsed item gets its figures.

    One article never costs the others their figures: an article whose extraction raises is
    recorded as a failure (it stays unextracted, so a later run retries it); one that runs
    past ``figures_time_budget`` is recorded as skipped. The doc is dropped once read. Items
    whose figures are already stored (``needs_figures`` False) end here; items whose parse
    failed pass on as they are.
    """

    name = "figures"
    requires = frozenset({"article.text", "doc"})
    provides = frozenset({"figures"})

    def __init__(self, config: StorylineConfig):
        self.config = config

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        for item in items:
            if not item.needs_figures:
                continue  # this extractor's figures of it are stored already
            if item.status == "failed":
                yield item  # the parse failed (recorded): nothing to read
                continue
            crash_point("figures")
            item.version = self.config.extractor_version
            if item.status == NOT_READ_STATUS:  # a language storyline has no words for: recorded, not retried
                item.figures = []
                yield item
                continue
            doc, item.doc = item.doc, None  # read once, then let it go
            article = item.article
            try:
                found = figures(article, doc, budget=self.config.figures_time_budget)
            except TooSlow as exc:
                yield Rejected(source=article.provenance.label, stage=self.name, reason="figures_too_slow",
                               detail=f"figures skipped: too slow ({exc}; figures_time_budget is "
                                      f"{self.config.figures_time_budget:g} s). The article is stored "
                                      "without figures.", article_id=article.id)
                item.figures, item.status = [], "skipped_too_slow"
                yield item
                continue
            except Exception as exc:  # noqa: BLE001 - the article stays unextracted: retried later
                yield failure(self.name, item, exc,
                              kept="The article is stored without figures; `storyline extract` retries it.")
                item.figures, item.status = [], "failed"
                yield item  # its other work goes on
                continue
            item.figures = found
            yield item
