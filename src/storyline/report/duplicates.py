"""Duplicate listings: the records ``storyline duplicates`` prints, from the store."""

from __future__ import annotations

from typing import Any

from storyline.errors import ConfigError
from storyline.store.db import Store

__all__ = ["duplicate_rows"]


def duplicate_rows(store: Store, *, article_id: str | None = None) -> list[dict[str, Any]]:
    """Every stored duplicate pair with both articles' outlet, date, title and path.

    Raises:
        ConfigError: ``article_id`` names no article.
    """
    full_id = None
    if article_id is not None:
        article = store.get_article(article_id)
        if article is None:
            raise ConfigError(f"no article with id {article_id!r}; list them with `storyline articles`")
        full_id = article.id
    rows = []
    for pair in store.duplicates(full_id):
        row = dict(pair)
        for side in ("a", "b"):
            art = store.get_article(pair[side])
            row[f"{side}_outlet"] = art.outlet.value if art else None
            row[f"{side}_published"] = art.published.value if art else None
            row[f"{side}_title"] = art.title.value if art else None
            row[f"{side}_path"] = art.provenance.label if art else None
        rows.append(row)
    return rows
