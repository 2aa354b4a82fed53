"""Figure listings: the records ``storyline figures`` prints, from the store."""

from __future__ import annotations

from typing import Any

from storyline.align.figures import figure_source
from storyline.extract.figures import figure_record
from storyline.report.lookup import require_article
from storyline.store.db import Store

__all__ = ["figure_rows"]


def figure_rows(store: Store, *, article_id: str | None = None,
                measure_head: str | None = None) -> list[dict[str, Any]]:
    """Every stored figure as its JSON record, optionally of one article or one measure.

    ``source`` is who the figure is attributed to: the speaker, else the outlet (its own
    voice), as in the dossier and the ledger.

    Raises:
        ConfigError: ``article_id`` names no article.
    """
    ids = [require_article(store, article_id).id] if article_id is not None else None
    articles: dict[str, Any] = {}
    rows = []
    for fig in store.iter_figures(article_ids=ids, measure_head=measure_head):
        if fig.article_id not in articles:
            articles[fig.article_id] = store.get_article(fig.article_id)
        rows.append({**figure_record(fig, articles[fig.article_id]),
                     "source": figure_source(fig, articles[fig.article_id])})
    return rows
