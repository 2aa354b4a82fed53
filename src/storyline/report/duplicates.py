"""Duplicate listings: the records ``storyline duplicates`` prints, from the store."""

from __future__ import annotations

from typing import Any

from storyline.report.lookup import require_article
from storyline.store.db import Store

__all__ = ["duplicate_rows"]


def duplicate_rows(store: Store, *, article_id: str | None = None) -> list[dict[str, Any]]:
    """Every stored duplicate pair with both articles' outlet, date, title and path.

    Raises:
        ConfigError: ``article_id`` names no article.
    """
    full_id = require_article(store, article_id).id if article_id is not None else None
    rows = []
    for pair in store.duplicates(full_id):
        row = dict(pair)
        for side in ("a", "b"):
            art = store.get_article(pair[side])
            row[f"{side}_outlet"] = art.outlet.value if art else None
            row[f"{side}_published"] = art.published.value if art else None
            row[f"{side}_title"] = art.title.value if art else None
            row[f"{side}_path"] = art.provenance.public_label if art else None
        rows.append(row)
    return rows
