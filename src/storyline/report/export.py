"""Exports of the store: articles with metadata and provenance as JSONL, CSV or Parquet.

The record shape (:func:`storyline.records.article_record`) is the same in every format and in
``storyline show --json``: flat metadata columns, each with ``<name>_origin``.

CSV cells are neutralised against formula injection, as OWASP advises: a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (an article title like
``=HYPERLINK(...)``) gets a leading ``'`` so a spreadsheet shows it as text instead of running it
(:func:`csv_cell`). JSONL and Parquet keep the values exactly.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from storyline.errors import MissingDependency
from storyline.model import Article
from storyline.records import article_record
from storyline.store.db import Store

__all__ = ["COLUMNS", "FORMULA_STARTS", "csv_cell", "export_articles"]

COLUMNS = (
    "id", "title", "title_origin", "outlet", "outlet_origin", "author", "author_origin",
    "published", "published_origin", "updated", "updated_origin", "language", "language_origin",
    "url", "url_origin", "source", "member", "format", "sha256", "text",
)


#: The first characters with which a spreadsheet reads a cell as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that no spreadsheet runs: text starting like a formula gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _records(articles: Iterable[Article]) -> list[dict[str, Any]]:
    return [{k: rec[k] for k in COLUMNS} for rec in map(article_record, articles)]


def export_articles(store: Store, fmt: str, out: str | Path | TextIO) -> int:
    """Write every article of ``store`` to ``out`` as ``jsonl``, ``csv`` or ``parquet``.

    Args:
        store: the store to read.
        fmt: the format.
        out: a path, or a text stream (not for parquet).

    Returns:
        How many articles were written.
    """
    records = _records(store.iter_articles())
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise MissingDependency("pyarrow", "parquet") from None
        table = pa.Table.from_pylist(records, schema=pa.schema([(c, pa.string()) for c in COLUMNS]))
        pq.write_table(table, str(out))
        return len(records)
    buffer = io.StringIO()
    if fmt == "jsonl":
        for rec in records:
            buffer.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in rec.items()} for rec in records)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    if isinstance(out, (str, Path)):
        Path(out).write_text(buffer.getvalue(), encoding="utf-8")
    else:
        out.write(buffer.getvalue())
    return len(records)
