"""Load on the web app: requests/s and p50/p99 per endpoint over stores of 1k and 10k articles.

The stores are synthetic and written straight into SQLite through the store's own API (no
cleaning, no spaCy): each article belongs to a story (sizes geometric, mean 6, a few large
ones up to 300 articles), has a title, outlet, date, a text of sentences built from
templates, and three to six figures whose offsets slice back to their text, attributed to
named sources, so story ledgers have tracked figures and findings to compute. One article in
twenty is a syndicated copy of another in its story.

The server is ``storyline serve``'s app under uvicorn in a child process on 127.0.0.1; a
bounded load (``--requests`` requests, ``--concurrency`` at a time) is spread over the API
and the pages: the story listing (first and later pages), a story's ledger (JSON and page),
an article (JSON and page), search and figures. Every answer must be 200.

    .venv/bin/python benchmarks/web_load.py [--sizes 1000,10000] [--requests 2000] [--concurrency 8]

Target (issue 17): p99 under 300 ms for every listing and story endpoint at 10k articles on
a 2-core machine, and no error.

Measured on a 2-core machine shared with other work, 2,000 requests, 8 concurrent. Before
(every listing computed per request, per-request connections): 1k articles 9.6 requests/s
(280 requests, load average 18), the story listing p50 2.0 s / p99 2.9 s, figures p99 1.5 s;
10k articles 0.1 requests/s, every listing request timed out at 120 s. After: 1k articles
180 requests/s, 10k articles 160 requests/s (load average 4.5), at 10k p99 102-183 ms for the
listing pages, 131-197 ms for story ledgers, 107-191 ms for figures, under 170 ms for search
and articles; no error. On the machine at rest (load average 1.1), 10k articles: 330
requests/s, p50 17-39 ms and p99 51-94 ms on every endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import httpx

from storyline.model import (
    Article,
    Attribution,
    Field,
    Figure,
    Provenance,
    Quantity,
    Source,
    Story,
    article_id_for,
)
from storyline.store import open_store

PLACES = ["Kursk", "Kharkiv", "Gaza", "Rafah", "Aleppo", "Khartoum", "Darfur", "Mosul", "Goma", "Tigray",
          "Valencia", "Derna", "Lahaina", "Hatay", "Marrakesh", "Sumatra", "Luzon", "Assam", "Sindh", "Cusco"]
EVENTS = [("flood", "evacuated", "residents evacuated"), ("strike", "killed", "people killed"),
          ("fire", "homes", "homes destroyed"), ("quake", "injured", "people injured"),
          ("offensive", "personnel", "troops deployed"), ("storm", "displaced", "people displaced")]
OUTLETS = ["Daily Ledger", "The Courier", "Morning Post", "Wire Service", "Evening Star", "The Observer",
           "Harbour Times", "Valley News", "Capital Report", "Northern Echo", "Global Desk", "City Herald"]
SOURCES = [("the interior ministry", "government"), ("the regional governor", "person"),
           ("the Red Cross", "organisation"), ("local officials", "government"), ("a police spokesperson", "person"),
           ("the United Nations", "organisation"), ("witnesses", "anonymous"), ("the army", "government")]
FILLER = ("Roads into the area were closed for much of the day. Aid groups asked for blankets and water. "
          "Schools stayed shut while engineers inspected the buildings. Officials promised a full inquiry. ")


def _story_sizes(rnd: random.Random, n_articles: int) -> list[int]:
    sizes, total = [], 0
    while total < n_articles:
        if rnd.random() < 0.01:
            size = rnd.randint(100, 300)
        else:
            size = 1
            while rnd.random() < 0.83:
                size += 1
        size = min(size, n_articles - total)
        sizes.append(size)
        total += size
    return sizes


def _article(rnd: random.Random, story_no: int, k: int, place: str, event: tuple[str, str, str],
             day: date) -> tuple[Article, list[tuple[int, int, int, str, str, int, int, str, str]]]:
    """One synthetic article and its figures as (low, start, end, measure, head, s_start, s_end, source, kind)."""
    kind_word, head, measure = event
    outlet = rnd.choice(OUTLETS)
    title = f"{place} {kind_word}: update {k + 1} on the {kind_word} in {place} (story {story_no})"
    parts: list[str] = []
    figs = []
    pos = 0
    base = 50 + (story_no * 37) % 5000
    for i in range(rnd.randint(3, 6)):
        src, src_kind = rnd.choice(SOURCES)
        value = int(base * rnd.uniform(0.8, 1.3)) if i % 2 == 0 else rnd.randint(2, 400)
        m = measure if i % 2 == 0 else rnd.choice(["ambulances sent", "shelters opened", "roads closed"])
        h = head if i % 2 == 0 else m.split()[0]
        lead = f"In {place}, {src} said on {day.strftime('%A')} that "
        number = f"{value:,}"
        sentence = f"{lead}{number} {m} after the {kind_word}, according to a statement. "
        start = pos + len(lead)
        figs.append((value, start, start + len(number), m, h, pos, pos + len(sentence) - 1, src, src_kind))
        parts.append(sentence)
        pos += len(sentence)
        filler = FILLER[: rnd.randint(60, len(FILLER))]
        parts.append(filler + "\n\n")
        pos += len(filler) + 2
    parts.append(f"Report {story_no}-{k} filed from {place} by the {outlet.lower()} desk.")
    text = "".join(parts)
    prov = Provenance(source=f"synthetic/{story_no}/{k}.txt", format="text", sha256=f"{story_no:032x}{k:032x}")
    meta = {"title": title, "outlet": outlet, "published": day.isoformat(), "language": "en",
            "url": f"https://news.test/{story_no}/{k}", "author": f"Reporter {k % 17}"}
    fields = {key: Field(v, "json", f"json field {key!r}") for key, v in meta.items()}
    return Article(id=article_id_for(text), text=text, provenance=prov, **fields), figs


def build_store(path: str, n_articles: int, *, seed: int = 17) -> dict[str, object]:
    """Write a synthetic store of ``n_articles`` at ``path``; return ids to request."""
    rnd = random.Random(seed)
    stories: list[Story] = []
    members: list[dict[str, object]] = []
    article_ids: list[str] = []
    day0 = date(2024, 1, 1)
    with open_store(path) as store:
        for story_no, size in enumerate(_story_sizes(rnd, n_articles)):
            place, event = rnd.choice(PLACES), rnd.choice(EVENTS)
            first = day0 + timedelta(days=rnd.randrange(365))
            ids, outlets, dates = [], [], []
            for k in range(size):
                day = first + timedelta(days=k // 4)
                article, figs = _article(rnd, story_no, k, place, event, day)
                store.save_article(article)
                store.save_figures(article.id, [
                    Figure(article.id, Quantity(f"{low:,}", s, e, float(low), float(low), False, None), m, h,
                           Attribution((Source(src, kind, "said"),)), "reported", ss, se)
                    for low, s, e, m, h, ss, se, src, kind in figs], version="synthetic")
                if ids and rnd.random() < 0.05:
                    store.save_duplicates(article.id, b"", [{
                        "a": ids[0], "b": article.id, "relation": "syndicated", "similarity": 0.9,
                        "containment": 0.9, "word_similarity": 0.9, "sentence_overlap": 0.9,
                        "shared_passage": article.text[:100], "shared_start_a": 0, "shared_end_a": 100,
                        "shared_start_b": 0, "shared_end_b": 100}])
                ids.append(article.id)
                outlets.append(article.outlet.value)
                dates.append(article.published.value)
            label = f"{place}, {event[0]}, {event[1]}"
            stories.append(Story(ids[0], label, tuple(ids), min(dates), max(dates),
                                 tuple(dict.fromkeys(outlets)), (place,), (event[0], event[1])))
            members += [{"article_id": a, "story_id": ids[0], "score": 1.0 if i == 0 else 0.6,
                         "neighbour": None if i == 0 else ids[i - 1], "shared_terms": [event[0]],
                         "shared_entities": [place]} for i, a in enumerate(ids)]
            article_ids += ids
        store.save_stories(stories, members)
    largest = max(stories, key=lambda s: len(s.article_ids))
    return {"stories": [s.id for s in stories], "largest": largest.id, "largest_size": len(largest.article_ids),
            "articles": article_ids}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: str, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from storyline.web import create_app; "
            f"uvicorn.run(create_app({db!r}, token=''), host='127.0.0.1', port={port}, log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/settings.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def _requests(ids: dict[str, object], n: int, rnd: random.Random) -> list[tuple[str, str]]:
    stories = ids["stories"]
    articles = ids["articles"]
    pages = max(1, len(stories) // 50)
    words = ["flood", "Kursk OR Gaza", "troops", '"according to a statement"', "inquiry", "evacuated"]
    makers = [
        ("GET /api/stories", lambda: "/api/stories"),
        ("GET /api/stories?offset", lambda: f"/api/stories?offset={50 * rnd.randrange(pages)}"),
        ("GET /", lambda: "/"),
        ("GET /?offset", lambda: f"/?offset={50 * rnd.randrange(pages)}"),
        ("GET /api/stories/{id}", lambda: f"/api/stories/{rnd.choice(stories)}"),
        ("GET /stories/{id}", lambda: f"/stories/{rnd.choice(stories)}"),
        ("GET /api/stories/{largest}", lambda: f"/api/stories/{ids['largest']}"),
        ("GET /stories/{largest}", lambda: f"/stories/{ids['largest']}"),
        ("GET /api/articles/{id}", lambda: f"/api/articles/{rnd.choice(articles)}"),
        ("GET /articles/{id}", lambda: f"/articles/{rnd.choice(articles)}"),
        ("GET /api/search", lambda: f"/api/search?q={rnd.choice(words)}"),
        ("GET /search", lambda: f"/search?q={rnd.choice(words)}"),
        ("GET /api/figures", lambda: "/api/figures?measure=" + rnd.choice(["evacuated", "killed", "ambulances"])),
        ("GET /figures", lambda: "/figures?measure=" + rnd.choice(["evacuated", "killed", "ambulances"])),
    ]
    return [(name, make()) for name, make in (makers[i % len(makers)] for i in range(n))]


async def _load(base: str, requests: list[tuple[str, str]], concurrency: int, timeout: float,
                budget: float | None = None):
    """Send ``requests`` with ``concurrency`` clients; stop sending after ``budget`` seconds."""
    times: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    queue = list(reversed(requests))
    end = time.perf_counter() + budget if budget else None
    async with httpx.AsyncClient(base_url=base, timeout=timeout) as client:
        async def worker() -> None:
            while queue and (end is None or time.perf_counter() < end):
                name, url = queue.pop()
                t0 = time.perf_counter()
                try:
                    response = await client.get(url)
                    status = response.status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                times[name].append(time.perf_counter() - t0)
                if status != 200:
                    errors.append(f"{status} {url}")

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return times, errors, elapsed


_ORDER = ["GET /api/stories", "GET /api/stories?offset", "GET /", "GET /?offset", "GET /api/stories/{id}",
          "GET /stories/{id}", "GET /api/stories/{largest}", "GET /stories/{largest}", "GET /api/articles/{id}",
          "GET /articles/{id}", "GET /api/search", "GET /search", "GET /api/figures", "GET /figures"]


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def run(size: int, n_requests: int, concurrency: int, timeout: float, folder: Path,
        budget: float | None = None) -> bool:
    db = str(folder / f"load-{size}.db")
    t0 = time.perf_counter()
    ids = build_store(db, size)
    print(f"\n{size:,} articles, {len(ids['stories']):,} stories (largest {ids['largest_size']} articles), "
          f"store built in {time.perf_counter() - t0:.1f}s")
    port = _free_port()
    proc = _serve(db, port)
    try:
        rnd = random.Random(5)
        requests = _requests(ids, n_requests, rnd)
        asyncio.run(_load(f"http://127.0.0.1:{port}", requests[:14], concurrency, timeout))  # one of each
        times, errors, elapsed = asyncio.run(_load(f"http://127.0.0.1:{port}", requests, concurrency, timeout,
                                                   budget))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    done = sum(map(len, times.values()))
    print(f"{done} requests{' (budget spent)' if done < n_requests else ''}, {concurrency} concurrent: "
          f"{done / elapsed:.1f} requests/s, {len(errors)} errors; load average {os.getloadavg()[0]:.1f}")
    print(f"{'endpoint':32} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    worst = 0.0
    for name, values in sorted(times.items(), key=lambda t: _ORDER.index(t[0])):
        p99 = _pct(values, 99) * 1000
        worst = max(worst, p99)
        print(f"{name:32} {len(values):5d} {statistics.median(values) * 1000:8.1f} {p99:8.1f} "
              f"{max(values) * 1000:8.1f}")
    for e in errors[:10]:
        print("  error:", e)
    return not errors and worst < 300


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=120.0, help="per request, seconds")
    parser.add_argument("--budget", type=float, help="stop sending after this many seconds per store")
    parser.add_argument("--keep", help="a folder to keep the stores in (default: a temporary one)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so the server child is stopped too
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        sizes = [int(s) for s in args.sizes.split(",")]
        ok = {size: run(size, args.requests, args.concurrency, args.timeout, folder, args.budget)
              for size in sizes}
    print()
    for size, met in ok.items():
        print(f"p99 < 300 ms and no error at {size:,} articles:", "met" if met else "NOT met")
    if 10_000 in ok:
        print("issue 17's target (at 10,000 articles):", "met" if ok[10_000] else "NOT met")


if __name__ == "__main__":
    os.environ.pop("STORYLINE_TOKEN", None)
    main()
