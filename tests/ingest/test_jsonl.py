"""The JSONL reader: one article per line, metadata hints, bad lines rejected."""

from __future__ import annotations

import json

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
