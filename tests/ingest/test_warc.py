"""The WARC reader: which records become documents, size caps, and truncated or corrupt files.

Every archive is written in the test with warcio's WARCWriter.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.config import StorylineConfig
from storyline.ingest import warc
from storyline.model import RawDocument, Rejected

CONFIG = StorylineConfig()


def page(n: int, size: int = 3000) -> bytes:
    return (f"<html><head><title>Story {n}</title></head><body><p>Page {n}.</p>"
            + "<p>" + "lorem ipsum " * (size // 12) + "</p></body></html>").encode()


def response(writer, url, body, ctype="text/html; charset=utf-8", status="200 OK", extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  http_headers=headers))


def request(writer, url):
    headers = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x.test")], is_http_request=True)
    writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                  http_headers=headers))


def mixed_archive(writer) -> dict[int, tuple[str, bytes]]:
    """Write a realistic archive; return the expected pages by record number."""
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))   # 1
    request(writer, "https://news.test/a")                                                   # 2
    response(writer, "https://news.test/a", page(1))                                         # 3
    response(writer, "https://news.test/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")  # 4
    response(writer, "https://news.test/gone", b"<html>gone</html>", status="404 Not Found")  # 5
    response(writer, "https://news.test/moved", b"", status="301 Moved Permanently",
             extra=[("Location", "https://news.test/b")])                                  # 6
    writer.write_record(writer.create_warc_record(
        "https://news.test/a", "metadata", payload=io.BytesIO(b"outlinks: 3"),
        warc_content_type="application/warc-fields"))                                       # 7
    response(writer, "https://news.test/b", page(2), ctype="application/xhtml+xml")          # 8
    response(writer, "https://news.test/z", gzip.compress(page(3), mtime=0),
             extra=[("Content-Encoding", "gzip")])                                          # 9
    writer.write_record(writer.create_warc_record(
        "https://news.test/res", "resource", payload=io.BytesIO(page(4)),
        warc_content_type="text/html"))                                                     # 10
    return {3: ("https://news.test/a", page(1)), 8: ("https://news.test/b", page(2)),
            9: ("https://news.test/z", page(3)), 10: ("https://news.test/res", page(4))}


def write(path: Path, fill, gz: bool) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        fill(writer)
    return path


def run(path: Path, config=CONFIG):
    with path.open("rb") as fh:
        return list(warc.read(str(path), fh, config))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_reads_html_responses_and_skips_the_rest(tmp_path, gz):
    expected = {}
    path = write(tmp_path / ("a.warc.gz" if gz else "a.warc"),
                 lambda w: expected.update(mixed_archive(w)), gz)
    docs = run(path)
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [(d.provenance.member, d.hints["url"], d.data) for d in docs] == [
        (f"record {n}", url, body) for n, (url, body) in expected.items()]
    for doc in docs:
        assert (doc.provenance.source, doc.provenance.format, doc.kind) == (str(path), "warc", "html")


def test_too_large_record_is_rejected_and_reading_goes_on(tmp_path):
    def fill(w):
        response(w, "https://news.test/small", page(1, 1000))
        response(w, "https://news.test/huge", page(2, 50_000))
        response(w, "https://news.test/after", page(3, 1000))

    out = run(write(tmp_path / "big.warc.gz", fill, True), StorylineConfig(max_input_bytes=10_000))
    assert [type(o).__name__ for o in out] == ["RawDocument", "Rejected", "RawDocument"]
    assert out[1].reason == "too_large"
    assert out[1].source.endswith("(record 2)")
    assert "https://news.test/huge" in out[1].detail
    assert out[2].hints["url"] == "https://news.test/after"


def five_pages(w):
    for n in range(1, 6):
        response(w, f"https://news.test/{n}", page(n))


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_truncated_archive_yields_the_good_records_then_one_reject(tmp_path, gz, keep):
    whole = write(tmp_path / "whole.warc", five_pages, gz).read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(whole[: int(len(whole) * keep)])
    out = run(cut)
    docs, rejects = out[:-1], out[-1:]
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.hints["url"] for d in docs] == [f"https://news.test/{n}" for n in range(1, len(docs) + 1)]
    assert all(d.data == page(n) for n, d in enumerate(docs, start=1))   # no short bodies
    [reject] = rejects
    assert isinstance(reject, Rejected)
    assert reject.reason == "corrupt_warc"
    assert f"record {len(docs) + 1}" in reject.detail
    assert f"the {len(docs)} page(s) before it" in reject.detail


def test_truncated_gzip_reports_the_record_reached(tmp_path):
    whole = write(tmp_path / "whole.warc.gz", five_pages, True).read_bytes()
    members = whole.split(b"\x1f\x8b\x08")  # one gzip member per record
    assert len(members) == 6
    third_half = len(b"\x1f\x8b\x08".join(members[:3])) + 40
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:third_half])
    out = run(cut)
    assert [o.provenance.member for o in out[:-1]] == ["record 1", "record 2"]
    assert out[-1].reason == "corrupt_warc"
    assert "record 3" in out[-1].detail


def test_a_record_cut_inside_its_headers(tmp_path):
    whole = write(tmp_path / "whole.warc", five_pages, False).read_bytes()
    second = whole.index(b"WARC/1.0", 10)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: second + 60])
    out = run(cut)
    assert [type(o).__name__ for o in out] == ["RawDocument", "Rejected"]
    assert out[1].reason == "corrupt_warc" and "record 2" in out[1].detail


@pytest.mark.parametrize("data", [
    b"<html><body><p>Not an archive.</p></body></html>",
    b"WARC/1.0\r\nthis is: not\r\n\r\nreally a warc record at all\r\n" * 3,
    gzip.compress(b"just some gzipped text, not a WARC", mtime=0),
    b"\x1f\x8b\x08\x00garbage-after-a-gzip-magic",
])
def test_not_an_archive(tmp_path, data):
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    [out] = run(path)
    assert out.reason == "corrupt_warc"
    assert "record 1" in out.detail


def test_garbage_in_the_middle(tmp_path):
    whole = write(tmp_path / "whole.warc", five_pages, False).read_bytes()
    third = whole.index(b"WARC/1.0", whole.index(b"WARC/1.0", 10) + 10)
    path = tmp_path / "bad.warc"
    path.write_bytes(whole[:third] + b"NOT A HEADER\r\n\r\n" + whole[third:])
    out = run(path)
    assert [o.provenance.member for o in out if isinstance(o, RawDocument)][:2] == ["record 1", "record 2"]
    assert out[-1].reason == "corrupt_warc"


def test_empty_archive(tmp_path):
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    [out] = run(path)
    assert out.reason == "empty"


def test_archive_without_html(tmp_path):
    def fill(w):
        w.write_record(w.create_warcinfo_record("x.warc", {"software": "test"}))
        response(w, "https://news.test/logo.png", b"\x89PNG", ctype="image/png")

    [out] = run(write(tmp_path / "nohtml.warc.gz", fill, True))
    assert out.reason == "no_html"
    assert "2 records" in out.detail


def test_reads_a_whole_file_gzip_as_well(tmp_path):
    """A WARC gzipped as one member (not per record) is still read."""
    plain = write(tmp_path / "p.warc", five_pages, False).read_bytes()
    path = tmp_path / "single.warc.gz"
    path.write_bytes(gzip.compress(plain, mtime=0))
    out = run(path)
    assert [o.hints["url"] for o in out] == [f"https://news.test/{n}" for n in range(1, 6)]


class Watched(io.RawIOBase):
    """A file that records how much was asked of it at once, and how far it has been read."""

    def __init__(self, data: bytes):
        self._inner = io.BytesIO(data)
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.largest_read = max(self.largest_read, len(buffer))
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def position(self) -> int:
        return self._inner.tell()


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_streams_rather_than_reading_the_whole_file(tmp_path, gz):
    def fill(w):
        for n in range(1, 201):
            response(w, f"https://news.test/{n}", page(n, 20_000))

    data = write(tmp_path / "many.warc", fill, gz).read_bytes()
    fh = Watched(data)
    reader = warc.read("many.warc", fh, CONFIG)  # type: ignore[arg-type]
    first = next(reader)
    assert first.provenance.member == "record 1"
    assert fh.position() < len(data) // 10     # the first page comes before the file is read
    rest = list(reader)
    assert len(rest) == 199
    assert fh.largest_read <= 1 << 20
