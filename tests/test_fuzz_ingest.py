"""Fuzzing: hostile inputs through every reader and through the whole default ingest.

The property: no exception escapes, and every input is stored or rejected with a reason
(never failed: a failure is a bug). Hypothesis runs with a fixed seed (derandomize) and a
bounded number of examples, so the suite is repeatable and its time bounded. Run with
``-s`` to see the count of cases and the rejects by reason.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.config import StorylineConfig
from storyline.ingest import iter_raw
from storyline.run import ingest
from storyline.model import Rejected
from storyline.store import open_store

CONFIG = StorylineConfig(max_input_bytes=2_000_000, figures_time_budget=20.0)
FUZZ = settings(derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ABSURD_DATES = ["0001-01-01", "0000-00-00", "9999-12-31T23:59:59Z", "10000-01-01", "-0001-05-05",
                "2024-13-45", "1e308", "NaN", "Infinity", "", "Tue, 31 Dec 9999 23:59:59 +9999",
                "1899-12-31", "2024-02-30T25:61:61", "99999999999999999999", "\x00", "2024-11-12"]
NUMBERISH = st.lists(st.one_of(st.integers(-10 ** 30, 10 ** 30).map(str), st.sampled_from(
    ["1e308", "NaN", "-0", "3,400", "12.5%", "$4bn", "1/2", "9" * 120, "½", "٣", "10,000 troops"])),
    min_size=1, max_size=200).map(" ".join)
PROSE = st.sampled_from([
    "Officials said on Tuesday that about 400 people had been evacuated from the valley.",
    "The ministry put the cost at $3.5 billion, up from an earlier estimate last month.",
    "Police arrested 12 people after the protest, a spokesperson told reporters yesterday.",
])
BODY = st.lists(st.one_of(PROSE, NUMBERISH, st.text(max_size=200)), min_size=1, max_size=12).map("\n\n".join)
SECRET = "root:x:0:0:fuzz-marker"


def _html(title: str, date: str, body: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "datePublished": date, "dateModified": date,
                     "headline": title}, ensure_ascii=False)
    return (f"<html><head><title>{title}</title><meta property='article:published_time' content='{date}'>"
            f"<meta name='date' content='{date}'><script type='application/ld+json'>{ld}</script></head>"
            f"<body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            + "</article></body></html>")


html_inputs = st.one_of(
    st.builds(_html, st.text(max_size=80), st.sampled_from(ABSURD_DATES), BODY).map(
        lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(st.builds(_html, PROSE, st.sampled_from(ABSURD_DATES), BODY), st.floats(0, 1)).map(
        lambda t: t[0].encode("utf-8", "surrogatepass")[:int(len(t[0]) * t[1])]),  # truncated
    st.binary(max_size=4000),
)


def _jsonl_line(draw_text: str, date, extra) -> str:
    obj = {"text": draw_text, "published": date, "title": extra, "url": extra, "outlet": extra}
    return json.dumps(obj, allow_nan=True)


jsonl_inputs = st.lists(st.one_of(
    st.builds(_jsonl_line, BODY, st.one_of(st.sampled_from(ABSURD_DATES), st.floats(), st.integers()),
              st.one_of(st.none(), st.floats(), st.text(max_size=30), st.lists(st.integers(), max_size=3))),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.just('{"text": "A lone half \\ud83d of an emoji, then a body long enough to keep. ' * 8 + '"}'),
    st.text(max_size=100),
), min_size=1, max_size=4).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))

_FEED = """<?xml version="1.0"?>
<!DOCTYPE rss [{dtd}]>
<rss version="2.0"><channel><title>Fuzz</title>
<item><title>{title}</title><link>https://news.invalid/a</link><pubDate>{date}</pubDate>
<description>{body}</description></item></channel></rss>"""
DTDS = ["", '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
            '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">',
        '<!ENTITY xxe SYSTEM "file://{secret}">']
feed_inputs = st.builds(
    lambda dtd, title, date, body: _FEED.format(dtd=dtd, title=title, date=date, body=body).encode("utf-8"),
    st.sampled_from(DTDS), st.sampled_from(["&lol4;", "&xxe;", "Plain title"]),
    st.sampled_from(ABSURD_DATES), BODY.map(lambda b: b.replace("<", "&lt;").replace("&", "&amp;")))


def _warc(pages: list[str]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{n}", "response",
                                                      payload=io.BytesIO(page.encode("utf-8", "surrogatepass")),
                                                      http_headers=headers))
    return out.getvalue()


warc_inputs = st.tuples(st.lists(st.builds(_html, PROSE, st.sampled_from(ABSURD_DATES), BODY), min_size=1,
                                 max_size=3).map(_warc), st.floats(0.2, 1.0)).map(
    lambda t: t[0][:max(1, int(len(t[0]) * t[1]))])

text_inputs = st.one_of(
    BODY.map(lambda s: s.encode("utf-8", "surrogatepass")),
    NUMBERISH.map(str.encode),
    st.tuples(PROSE, st.binary(max_size=300)).map(lambda t: t[0].encode() * 4 + b"\x00" + t[1]),
    st.tuples(PROSE, st.sampled_from(["cp1252", "latin-1", "utf-16", "koi8_r"])).map(
        lambda t: t[0].encode("utf-8") * 3 + "Crème brûlée".encode(t[1], "replace")),
    st.binary(max_size=300).map(lambda b: b"\xef\xbb\xbf" + b),
)

BOMBS = [
    ("bomb.html.gz", gzip.compress(b"<p>" + b"0" * 8_000_000 + b"</p>", mtime=0)),
    ("bomb.jsonl.gz", gzip.compress(b'{"text": "' + b"1 " * 3_000_000 + b'"}', mtime=0)),
    ("cut.txt.gz", gzip.compress(b"Words of an article. " * 400, mtime=0)[:-30]),
]
bomb_inputs = st.sampled_from(BOMBS)
#: Always run, whatever hypothesis draws: the bombs and both hostile feeds.
EXPLICIT = [*BOMBS, *[("feed.rss", _FEED.format(dtd=dtd, title=title, date="0001-01-01",
                                              body=" ".join(["Officials counted 40 ballots."] * 20)).encode())
                      for dtd, title in ((DTDS[1], "&lol4;"), (DTDS[2], "&xxe;"))]]


def _explicit(fn):
    for case in EXPLICIT:
        fn = example(case=case)(fn)
    return fn

CASES = st.one_of(
    html_inputs.map(lambda b: ("page.html", b)),
    jsonl_inputs.map(lambda b: ("items.jsonl", b)),
    feed_inputs.map(lambda b: ("feed.rss", b)),
    warc_inputs.map(lambda b: ("crawl.warc.gz", b)),
    text_inputs.map(lambda b: ("scrape.txt", b)),
    bomb_inputs,
)

SEEN: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _summary():
    yield
    if SEEN:
        print("\nfuzz summary:", json.dumps(dict(sorted(SEEN.items())), sort_keys=True), file=sys.stderr)


def _secret_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("secret") / "passwd"
    path.write_text(SECRET)
    return path


@pytest.fixture(scope="module")
def secret(tmp_path_factory):
    return _secret_file(tmp_path_factory)


@settings(FUZZ, max_examples=1000)
@given(case=CASES)
@_explicit
def test_every_reader_yields_documents_or_rejects(tmp_path_factory, case):
    name, data = case
    folder = tmp_path_factory.mktemp("r")
    path = folder / name
    path.write_bytes(data)
    out = list(iter_raw([str(path)], CONFIG))
    assert out, "an input gave nothing at all"
    for item in out:
        assert isinstance(item, Rejected) and item.reason and item.detail or hasattr(item, "provenance")


@settings(FUZZ, max_examples=400)
@given(case=CASES)
@_explicit
def test_the_default_ingest_stores_or_rejects_every_hostile_input(tmp_path_factory, secret, case):
    name, data = case
    data = data.replace(b"file://{secret}", f"file://{secret}".encode())
    folder = tmp_path_factory.mktemp("i")
    path = folder / name
    path.write_bytes(data)
    with open_store(folder / "s.db") as store:
        report = ingest([str(path)], store, CONFIG, extract=True)  # dedup, stories, figures: the defaults
        SEEN["cases"] += 1
        SEEN["stored"] += report.stored
        for rej in report.rejects:
            SEEN[f"{'failed' if rej.failed else 'rejected'}:{rej.reason}"] += 1
        assert not report.failed, report.rejects
        sources = {r[0] for r in store.conn.execute("SELECT source FROM inputs")}
        assert report.stored or any(str(path) in s for s in sources) or report.rejects
        assert all(r.detail for r in report.rejects)
        assert store.unextracted_ids() == [] and not store.stories_stale()
        for (text,) in store.conn.execute("SELECT text FROM articles"):
            assert SECRET not in text  # external entities are never resolved
        for fig in store.iter_figures():
            assert fig.quantity.low is None or abs(fig.quantity.low) < float("inf")
            assert fig.quantity.high is None or abs(fig.quantity.high) < float("inf")
