"""Each input that once crashed a run, fixed at its root, with its siblings: absurd dates,
empty token lists, deep nesting, lone surrogates, undecodable bytes, invalid host names,
absurd WARC lengths and runs of digits. Each row would raise before the fix."""

from __future__ import annotations

import datetime as dt
import io
import json
import time

import pytest

from storyline.clean.decode import DecodeFailure, decode_text, replace_surrogates
from storyline.config import StorylineConfig
from storyline.dates import iso_date, plausible, published_day, resolve_time, struct_time_iso
from storyline.extract.quantities import parse_number, quantities
from storyline.ingest import jsonl, warc
from storyline.ingest.fetch import host_problem
from storyline.model import RawDocument, Rejected

NEXT_YEAR = dt.date.today().year + 1


@pytest.mark.parametrize(("value", "trusted"), [
    ("2024-11-12", True),
    ("1900-01-01", True),
    (f"{NEXT_YEAR}-12-31", True),
    ("0001-01-01", False),
    ("1899-12-31", False),
    ("9999-12-31", False),
    (f"{NEXT_YEAR + 1}-01-01", False),
])
def test_only_plausible_publication_dates_are_trusted(value, trusted):
    assert (published_day(value) is not None) is trusted
    assert (iso_date(value) is not None) is trusted
    assert plausible(dt.date.fromisoformat(value)) is trusted


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31)])
@pytest.mark.parametrize("text", ["on Tuesday", "yesterday", "last week", "last month", "last year",
                                  "tomorrow", "Nov. 12", "in January", "this weekend"])
def test_resolving_against_dates_at_the_calendar_edges_never_raises(text, published):
    ref = resolve_time(text, 0, len(text), published)
    assert ref is None or not ref.resolved  # an implausible anchor resolves nothing


def test_resolving_forward_at_the_calendar_end_never_raises():
    ref = resolve_time("by January 5", 0, 12, dt.date(9999, 12, 31), forward=True)
    assert ref is None or ref.value is None


@pytest.mark.parametrize(("parsed", "raw", "expected"), [
    ((2024, 11, 12, 8, 30, 0, 1, 317, 0), "Tue, 12 Nov 2024 08:30:00 GMT", "2024-11-12T08:30:00+00:00"),
    ((0, 1, 1, 0, 0, 0, 0, 1, 0), "0000-01-01", "0000-01-01"),       # year 0: kept as written
    ((10000, 1, 1, 0, 0, 0, 0, 1, 0), "10000-01-01", "10000-01-01"),
])
def test_feed_dates_outside_the_calendar_are_kept_as_text(parsed, raw, expected):
    assert struct_time_iso(time.struct_time(parsed), raw) == expected


def _lines(*objs: str) -> list[RawDocument | Rejected]:
    return list(jsonl.read("f.jsonl", "\n".join(objs).encode("utf-8"), StorylineConfig()))


def test_deeply_nested_json_is_a_reject_not_a_recursion_error():
    deep = "[" * 100_000 + "]" * 100_000
    out = _lines(deep, json.dumps({"text": "A fine article body."}))
    assert [getattr(o, "reason", "doc") for o in out] == ["bad_json", "doc"]
    assert "nested too deeply" in out[0].detail
    doc = list(jsonl.read_document("f.json", deep.encode(), StorylineConfig()))
    assert [o.reason for o in doc] == ["bad_json"]


def test_lone_surrogates_are_replaced_and_counted():
    line = '{"text": "Body \\ud83d with a half emoji and a pair \\ud83d\\ude00.", "title": "T\\udc00"}'
    [doc] = _lines(line)
    assert isinstance(doc, RawDocument)
    text = doc.data.decode("utf-8")  # encodable now
    assert "\ufffd" in text and "\U0001F600" in text  # the valid pair is kept
    assert doc.hints["title"] == "T\ufffd" and doc.hints[jsonl.REPLACED_HINT] == "2"
    assert replace_surrogates("a\ud800b\udfffc") == ("a\ufffdb\ufffdc", 2)


@pytest.mark.parametrize(("data", "outcome"), [
    (b"\xef\xbb\xbf" + "Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e.".encode("cp1252") * 20, "text"),
    (b"\xef\xbb\xbf\xff\xfe\xfd" * 50, "either"),
    (b"\xff\xfe\x00\xd8\x00\xd8", "failure"),  # a UTF-16 mark, then unpaired surrogates
    (bytes(range(128, 256)) * 30, "either"),
])
def test_decoding_gives_text_or_a_decode_failure_and_nothing_else(data, outcome):
    try:
        text, _ = decode_text(data)
    except DecodeFailure as exc:
        assert outcome in ("failure", "either") and exc.reason in ("undecodable", "mixed_encoding")
    else:
        assert outcome in ("text", "either") and isinstance(text, str)
        if outcome == "text":
            assert "au lait" in text


@pytest.mark.parametrize(("host", "ok"), [
    ("example.org", True),
    ("xn--bcher-kva.example", True),
    ("a" * 63 + ".org", True),
    ("a" * 64 + ".org", False),
    ("a." * 130 + "org", False),
    ("bad..example", False),
    ("sp ace.example", False),
    ("", False),
])
def test_host_names_are_checked_before_resolving(host, ok):
    assert (host_problem(host) is None) is ok


def test_fetching_a_host_with_a_64_character_label_is_a_clear_error():
    from storyline.errors import FetchError
    from storyline.ingest.fetch import Fetcher

    with Fetcher(StorylineConfig(fetch_retries=0)) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(f"https://{'a' * 64}.example/page")
    assert caught.value.reason == "bad_url"


def _warc_record(length: str) -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>hi</p></body></html>"
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\r\n"
            b"WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + length.encode() + b"\r\n\r\n" + body + b"\r\n\r\n")


@pytest.mark.parametrize("length", [str(10 ** 20), str(2 ** 63), str(2 ** 41)])
def test_an_absurd_warc_content_length_is_a_corrupt_archive(length):
    out = list(warc.read("x.warc", io.BytesIO(_warc_record(length)), StorylineConfig()))
    assert [o.reason for o in out] == ["corrupt_warc"]


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12.0),
    ("1,000,000,000,000,000", 1e15),
    ("999,999,999,999,999,999", 999_999_999_999_999_999.0),
    ("12 thousand", 12000.0),
    ("1" * 19, None),
    ("9" * 400, None),
    ("5" + "0" * 300, None),
])
def test_runs_of_digits_are_not_quantities_and_never_infinite(text, value):
    assert parse_number(text) == value


def test_a_page_of_long_digit_runs_gives_only_finite_figures():
    text = " ".join(["There were", "7" * 350, "votes and", "3" * 40, "ballots, and 12 observers."])
    found = quantities(text)
    assert [q.text for q in found] == ["12"]
