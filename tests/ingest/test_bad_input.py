"""Bad input through the whole ingest run: each case rejected with a clear reason, the
batch goes on, and nothing already stored changes."""

from __future__ import annotations

import gzip

import pytest

from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store

GOOD = "\n\n".join([
    "The Pentagon said on Tuesday that about 10,000 North Korean soldiers were now in Russia.",
    "Most of them had moved to the Kursk region, officials said, where fighting has intensified.",
    "Ukraine's military intelligence agency gave a higher estimate of about 12,000 troops.",
])

CASES = [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("truncated.html.gz", gzip.compress(b"<html><body><p>" + b"words " * 5000 + b"</p></body></html>", mtime=0)[:-40],
     "corrupt_gzip"),
    ("bomb.html.gz", gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>", mtime=0), "too_large"),
    ("mixed.txt", ("Résumé of the day’s events — naïve reporting. " * 8).encode("utf-8") + "Crème".encode("latin-1"),
     "mixed_encoding"),
    ("noarticle.html", b"<html><head><title>Sign in</title></head><body><form><input name=user>"
                       b"<button>Log in</button></form></body></html>", "no_text"),
    ("short.txt", b"Just a line.", "no_text"),
    ("notxml.rss", b"this is not a feed at all, just words", "not_a_feed"),
    ("bad.jsonl", b'{"text": unquoted}\n', "bad_json"),
]


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


def _snapshot(store):
    return [tuple(r) for r in store.conn.execute("SELECT * FROM articles ORDER BY id")]


@pytest.mark.parametrize("name, data, reason", CASES, ids=[c[0] for c in CASES])
def test_each_bad_input_is_rejected_and_the_store_is_unchanged(tmp_path, store, name, data, reason):
    config = StorylineConfig(max_input_bytes=2_000_000)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert ingest([str(good)], store, config).stored == 1
    before = _snapshot(store)
    bad = tmp_path / name
    bad.write_bytes(data)
    later = tmp_path / "later.txt"
    later.write_text(GOOD.replace("Tuesday", "Wednesday"))
    report = ingest([str(bad), str(later)], store, config)
    assert [r.reason for r in report.rejects] == [reason], report.rejects
    rej = report.rejects[0]
    assert rej.source.startswith(str(bad)) and len(rej.detail) > 15
    assert report.stored == 1  # the batch went on to the next input
    assert set(before) <= set(_snapshot(store))  # every stored row is still there, unchanged
    assert store.rejects()[-1]["reason"] == reason


def test_a_200_mb_file_is_refused_without_reading_it_all(tmp_path, store):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: no 200 MB written to disk
        fh.truncate(200 * 1024 * 1024)
        fh.seek(0)
        fh.write(b"word " * 1000)
    report = ingest([str(huge)], store, StorylineConfig())
    assert [r.reason for r in report.rejects] == ["too_large"]
    assert "max_input_bytes" in report.rejects[0].detail
