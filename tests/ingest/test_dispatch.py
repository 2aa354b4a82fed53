"""Reading inputs: formats by name and content, folders, stdin, and every kind of bad input."""

from __future__ import annotations

import gzip
import io

import pytest

from storyline.config import StorylineConfig
from storyline.ingest import iter_raw
from storyline.ingest.base import looks_binary, read_capped, sniff_format, TooLarge
from storyline.model import RawDocument, Rejected

CONFIG = StorylineConfig()


def read(paths, **kw):
    return list(iter_raw([str(p) for p in paths], kw.pop("config", CONFIG), **kw))


@pytest.mark.parametrize(
    "name, head, expected",
    [
        ("a.html", b"", "html"),
        ("a.HTM", b"", "html"),
        ("a.html.gz", b"", "html"),
        ("a.txt", b"<html>", "text"),  # the name wins: a .txt file is text
        ("a.jsonl", b"", "jsonl"),
        ("feed.rss", b"", "rss"),
        ("feed.xml", b"", "rss"),
        ("urls.txt", b"https://x.example/\n", "urls"),
        ("noext", b"<!DOCTYPE html><html>", "html"),
        ("noext", b'<?xml version="1.0"?><rss version="2.0">', "rss"),
        ("noext", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "rss"),
        ("noext", b"WARC/1.0\r\n", "warc"),
        ("noext", b'{"text": "x"}\n', "jsonl"),
        ("noext", b'{\n  "text": "x"\n}', "json"),
        ("a.json", b"", "json"),
        ("noext", b'[{"text": "x"}]', "json"),
        ("noext", b"Just some words.\n", "text"),
    ],
)
def test_sniff_format(name, head, expected):
    assert sniff_format(name, head) == expected


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"plain ascii text\n", False),
        ("caf\u00e9 \u2014 na\u00efve".encode("utf-8"), False),
        ("utf-16 text here".encode("utf-16"), False),
        ("utf-16 no bom".encode("utf-16-le"), False),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), True),
        (bytes(range(256)) * 4, True),
        (b"", False),
        # a stray NUL left in a scraped text does not make it binary; NULs every few bytes do
        (b"Crews saved 9 cats from the \x00 barn. They drove the dogs to a shelter.", False),
        (b"Crews saved 9 cats from the barn. " * 400 + b"\x00" * 3, False),
        (b"ab\x00cd\x00ef\x00gh\x00" * 50, True),
        (b"\x00\x00\x00 three NULs in a short text", True),
    ],
)
def test_looks_binary(data, expected):
    assert looks_binary(data) is expected


def test_read_capped_stops_a_decompression_bomb():
    bomb = gzip.compress(b"\0" * 5_000_000, mtime=0)
    assert len(bomb) < 10_000
    with pytest.raises(TooLarge):
        read_capped(io.BytesIO(bomb), 1_000_000)
    assert read_capped(io.BytesIO(gzip.compress(b"hello", mtime=0)), 100) == b"hello"


def test_folder_is_read_recursively_in_order_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second file with words.")
    (tmp_path / "a.html").write_text("<html><body><p>First</p></body></html>")
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("git internals")
    docs = read([tmp_path])
    assert [type(d) for d in docs] == [RawDocument, RawDocument]
    assert [d.provenance.source.rsplit("/", 1)[-1] for d in docs] == ["a.html", "two.txt"]
    assert [d.kind for d in docs] == ["html", "text"]


def test_gzipped_html_is_read_and_hashed_on_its_bytes(tmp_path):
    page = b"<html><body><article><p>Hello</p></article></body></html>"
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(page, mtime=0))
    [doc] = read([tmp_path / "p.html.gz"])
    assert doc.data == page and doc.kind == "html" and doc.provenance.format == "html"


def test_stdin(tmp_path):
    [doc] = read(["-"], stdin=io.BytesIO(b"Text from a pipe, long enough."))
    assert doc.provenance.source == "-" and doc.kind == "text"


BAD = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    ("truncated.html.gz", gzip.compress(b"<html>" + b"x" * 5000, mtime=0)[:-30], "corrupt_gzip"),
    ("bomb.html.gz", gzip.compress(b"<p>" + b"a" * 3_000_000, mtime=0), "too_large"),
    ("big.txt", b"word " * 300_000, "too_large"),
]


@pytest.mark.parametrize("name, data, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs_are_rejected_with_a_reason_and_the_batch_goes_on(tmp_path, name, data, reason):
    config = StorylineConfig(max_input_bytes=1_000_000)
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.txt").write_text("A good file that follows the bad one.")
    out = read([tmp_path / name, tmp_path / "zz-good.txt"], config=config)
    assert isinstance(out[0], Rejected) and out[0].reason == reason, out[0]
    assert out[0].source.endswith(name) and out[0].detail
    assert isinstance(out[1], RawDocument)


def test_missing_path_is_rejected_not_raised(tmp_path):
    [rej] = read([tmp_path / "nope.txt"])
    assert rej.reason == "not_found" and "check the path" in rej.detail
