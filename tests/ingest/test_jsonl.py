"""The JSONL reader: one article per line, metadata hints, bad lines rejected."""

from __future__ import annotations

import json

import pytest

from storyline.config import StorylineConfig
from storyline.ingest import jsonl
from storyline.model import RawDocument, Rejected


def test_lines_become_documents_with_hints_and_bad_lines_are_rejected():
    lines = [
        json.dumps({"text": "Body one.", "url": "https://a.example/1", "title": "One",
                    "published": "2024-11-20", "outlet": "A", "extra": 5}),
        "",
        "{not json",
        json.dumps({"html": "<p>Body two</p>"}),
        json.dumps(["a list"]),
        json.dumps({"title": "no body"}),
    ]
    out = list(jsonl.read("/f.jsonl", "\n".join(lines).encode(), StorylineConfig()))
    kinds = [(type(o).__name__, getattr(o, "reason", getattr(o, "kind", None))) for o in out]
    assert kinds == [("RawDocument", "text"), ("Rejected", "bad_json"), ("RawDocument", "html"),
                     ("Rejected", "bad_json"), ("Rejected", "no_text")]
    first = out[0]
    assert isinstance(first, RawDocument)
    assert first.provenance.member == "line 1"
    assert first.hints == {"url": "https://a.example/1", "title": "One", "published": "2024-11-20",
                           "outlet": "A"}
    assert isinstance(out[1], Rejected) and out[1].source == "/f.jsonl (line 3)"


def test_non_utf8_jsonl_is_rejected():
    [rej] = jsonl.read("/f.jsonl", '{"text": "caf\u00e9"}'.encode("latin-1"), StorylineConfig())
    assert rej.reason == "undecodable"


def test_json_document_with_one_article_or_a_list():
    one = json.dumps({"text": "Body.", "title": "T"}, indent=2).encode()
    [doc] = jsonl.read_document("/a.json", one, StorylineConfig())
    assert doc.provenance.format == "json" and doc.hints == {"title": "T"}
    many = json.dumps([{"text": "A."}, {"html": "<p>B</p>"}, 3]).encode()
    out = list(jsonl.read_document("/b.json", many, StorylineConfig()))
    assert [getattr(o, "provenance", None) and o.provenance.member for o in out[:2]] == ["item 1", "item 2"]
    assert isinstance(out[2], Rejected) and out[2].reason == "bad_json"


def test_json_that_is_not_articles_is_one_reject():
    data = json.dumps({"name": "a dataset index", "files": {"1": {"split": "dev"}}}, indent=2).encode()
    [rej] = jsonl.read_document("/meta.json", data, StorylineConfig())
    assert rej.reason == "not_articles" and "'text' or 'html'" in rej.detail


@pytest.mark.parametrize("given", ["0000-00-00", "32/13/2020", "99999-01-01", "next Blursday"])
def test_a_date_that_is_not_one_is_ignored_and_says_so(given):
    """A given date that cannot be a date is not kept, and the article says which value was
    ignored (``storyline show``), rather than that no date was found."""
    from storyline.clean.cleaner import clean_document

    body = "The council moved the evening market to the old depot for the whole winter season. " * 4
    line = json.dumps({"text": body, "title": "Market moves", "published": given, "updated": "2024-02-03"})
    [raw] = jsonl.read("/f.jsonl", line.encode(), StorylineConfig())
    article = clean_document(raw, StorylineConfig())
    assert article.published.value is None
    assert article.published.origin == "json" and repr(given) in article.published.detail
    assert "ignored" in article.published.detail
    assert article.updated.value == "2024-02-03" and "ignored" not in article.updated.detail
