"""Cost of a ``storyline watch`` cycle against the size of the store: 0 and 10 new articles.

The stores. Stores of 1k, 10k and 50k articles are built with the real ingest chain (clean,
store, duplicates, stories) from generated plain-text articles written in JSONL, published
at 274 articles a day, an outlet out of 300, a title each:

- background articles (all but 192): synthetic stories each with its own invented names and
  topic words, an article joining a story open (at most 10 days old, under 40 articles) or,
  one in six, a new one; short (4 sentences, 2 of them with a figure). A sentence alternates
  common English words (:data:`ENGLISH`) with words drawn from a Zipf distribution over
  invented ones, so that language detection reads the articles as English, as it does news;
  invented words alone were taken for other languages and the figures stage skipped them.
- the watched stories: 12 stories of 16 articles (:data:`WATCHED`, :data:`WATCHED_SIZE`),
  published over the store's last 3 days, 14 sentences each with figures in template
  sentences ("At least 37 people were killed in X, the police of Y said"), written by a
  generator of their own seed: the same texts at every size (only their dates follow the
  store's last day), about 1,300 figures in all. The measured cycles add to these stories
  only, so a cycle's ``diff`` (which costs with the touched stories' figures) is the same
  work at every size and the sizes differ by the store only.

One in twenty articles is a lightly edited copy of another in its story. Figures: with
``--figures watched`` (the default) those of the watched stories' articles are extracted
(``storyline extract``); the background articles are marked as read with no figures (a row
in ``extractions``, status ``skipped_benchmark``, so that no run extracts them: extracting
50,000 takes most of an hour on this machine). ``--figures all`` extracts every article's
(``store-N.db`` in the cache; about 2 figures a background article). A store is built once
and kept in ``--cache`` (the build is the slow part: 10k takes 2.5 minutes to ingest, 50k
about half an hour).

The cycles. Each size copies its store, serves an RSS feed from a local HTTP server on
127.0.0.1 and watches it (``run_cycle``, the library call behind ``storyline watch``):

- a priming cycle reads the feed's first 12 entries, one per watched story (the feed is
  known, spaCy loaded, the story and duplicate indexes built, every watched story has a
  snapshot: as after a watch's first cycles), then, ``--runs`` times:
- ``0 new``: the feed answers 304 (conditional request): the cost of a quiet cycle;
- ``10 new``: 10 new entries with bodies, of 10 watched stories, are ingested with figures
  and their stories' ledgers diffed against their snapshots;
- ``fresh`` (``--fresh-runs`` times, after those): 10 new entries in a new store object, as
  a new process (``storyline watch --once`` from cron) sees it, spaCy aside (loaded): no
  index kept, so the story and duplicate indexes are rebuilt from the stored features and
  signatures.

Printed per size: the cycle's wall time, and its breakdown: ``fetch`` (polling, not part of
the target), ``ingest`` (the ingest run: clean, store, dedup, stories, figures), of which
``dedup`` and ``cluster`` (the duplicate linker and the story clusterer, timed by wrapping
their stages) and ``figures`` (the parse and figure stages), and ``diff`` (ledgers of the
touched stories and the diff against their snapshots). Targets (issue 13): a 10-article
cycle at 50k costs at most 1.5x its cost at 1k, fetch excluded; a 0-article cycle stays
under 1 s at 50k.

    .venv/bin/python benchmarks/watch_cycle.py [--sizes 1000,10000,50000] [--runs 3]
        [--fresh-runs 1] [--figures watched|all] [--cache /tmp/storyline-watch-bench]

Measured (``--runs 3 --fresh-runs 2``, medians; this 2-core machine shared with other
work, load average 3 to 4, so times vary between runs by up to 2x: another run read 3.7 s
for the 1k ``10 new``):

    size   cycle  no_fetch  fetch  ingest  dedup  cluster  figures   diff
    1,000  0 new     0.050  0.006   0.000  0.000    0.000    0.000  0.000
    1,000  10 new    2.679  0.042   1.413  0.069    0.075    1.063  1.131
    1,000  fresh     3.164  0.070   1.716  0.151    0.467    1.039  1.385
   10,000  0 new     0.062  0.003   0.000  0.000    0.000    0.000  0.000
   10,000  10 new    2.548  0.045   1.295  0.079    0.091    1.043  1.063
   10,000  fresh     7.010  0.089   5.475  0.499    3.855    1.443  1.466
   50,000  0 new     0.073  0.008   0.000  0.000    0.000    0.000  0.000
   50,000  10 new    2.154  0.032   1.206  0.121    0.125    0.884  0.911
   50,000  fresh    18.931  0.109  17.876  2.764   13.394    1.558  0.913

A 10-article cycle at 50k is 0.80x its cost at 1k (target 1.5x: met; 1.35x in an earlier
run) and a quiet cycle 0.08 s at 50k (target 1 s: met). What dominates a 10-article cycle
is per-article and per-story work, the same at every size: the figures of the 10 new
articles (spaCy) and the ``diff``, the ledgers of the 10 touched stories (about 110 figures
each; cProfile: the figure alignment of :func:`storyline.align.findings.ledger` is most of
it), one ledger per story when it has a snapshot (a story first touched after it was
ingested unwatched costs a second, the ledger without the new articles, once). The cycle's
statements read no whole table but for counts of rows (``tests/watch/test_cycle_cost.py``).
The duplicate linker and the story clusterer keep their indexes between the cycles of one
process; the clusterer's new articles are compared within the time window of the stories
(108 days with the default thresholds, about 30,000 articles at this rate).

A new process (``fresh``, what ``storyline watch --once`` from cron pays on each run) reads
the indexes back from the store first: the duplicate index from the stored signatures and
the story index from the stored features and edges (``story_edges``: no pair is scored
again), 3.9 s at 10k and 13.4 s at 50k in the ``cluster`` column, most of it reading the
features. It grows with the store, but it is no longer the clustering of the whole store:
rebuilding the index by scoring every article against its neighbours took 27 s at 10k and
274 s at 50k (the ``fresh`` row before the edges were stored). The cached stores of
``--cache`` built before that have no edges: the priming cycle stores them.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "watch"))

from feedserver import FeedServer, rss  # noqa: E402

from storyline.config import StorylineConfig  # noqa: E402
from storyline.run import extract_figures, ingest  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.watch import run_cycle  # noqa: E402
from storyline.watch.sources import register  # noqa: E402

SYLLABLES = "ka lo mi ra ven tor sul dak fe ni bor ost gra lin mar pe zu tal rek vi".split()
#: Common English words, written for this benchmark: every other word of a generated
#: sentence is one, so that language detection reads the articles as English (as the
#: news storyline reads is) and their figures are extracted at every size.
ENGLISH = tuple(dict.fromkeys("""
the of and to in a that is was for on with as by at it from his her their they he she this be have
had has not but which were are or an after will would been who its more than also when there one
two new said about over into before where what could other all out up some only since while because
during these those many most people city government officials report week year day time country
police area local state public service water power road school family court minister leader group
company market price work plan meeting statement early late near under against between still again
then today yesterday morning night first last several around told according added called asked
reported expected continued began remained""".split()))
BACKGROUND = 30_000
PER_DAY = 274
START = date(2023, 1, 1)
#: The stories the measured cycles add to: the same at every size (their own generator),
#: ``WATCHED`` stories of ``WATCHED_SIZE`` articles each, published over the store's last
#: ``WATCHED_DAYS`` days.
WATCHED, WATCHED_SIZE, WATCHED_DAYS = 12, 16, 3
WATCHED_SEED = 1313
#: Background articles are short (their figures are extracted too, the slow part of a build).
BACKGROUND_SENTENCES = 4


def _word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


class Generator:
    """Synthetic articles of synthetic stories (see the module docstring)."""

    def __init__(self, seed: int = 13):
        self.rng = random.Random(seed)
        self.vocab = [_word(self.rng, 2 + i % 3) for i in range(BACKGROUND)]
        weights = [1 / (i + 1) for i in range(BACKGROUND)]
        total = sum(weights)
        self.cum = []
        acc = 0.0
        for w in weights:
            acc += w / total
            self.cum.append(acc)
        self.outlets = [f"{_word(self.rng).capitalize()} {self.rng.choice(['Post', 'Times', 'Herald', 'Wire'])}"
                        for _ in range(300)]
        self.stories: list[dict] = []

    def _background(self, n: int) -> list[str]:
        import bisect

        return [self.vocab[min(bisect.bisect(self.cum, self.rng.random()), BACKGROUND - 1)] for _ in range(n)]

    def new_story(self, day: int) -> dict:
        s = {"names": [_word(self.rng).capitalize() for _ in range(4)],
             "topic": [_word(self.rng, 3) for _ in range(12)], "day": day, "articles": []}
        self.stories.append(s)
        return s

    def article(self, story: dict, day: int, n: int, sentences: int = 14) -> dict:
        rng = self.rng
        names, topic = story["names"], story["topic"]
        sents = []
        for i in range(sentences):
            words = self._background(rng.randint(5, 9)) + rng.sample(topic, 3)
            rng.shuffle(words)
            words = [w for word in words for w in (rng.choice(ENGLISH), word)]
            if i % 4 == 0:
                sents.append(f"At least {rng.randint(5, 90)} people were killed in {names[0]}, "
                             f"the police of {names[1]} said")
            elif i % 4 == 2:
                sents.append(f"{names[2]} said {rng.randint(100, 900)} {topic[0]} were {rng.choice(topic)}")
            sents.append(" ".join(words).capitalize() + f" {rng.choice(names)}")
        text = ". ".join(sents) + "."
        published = (START + timedelta(days=day)).isoformat() + f"T{rng.randint(0, 23):02d}:00:00+00:00"
        title = f"{names[0]} {topic[0]} {topic[1]} {_word(rng)} {n}".capitalize()
        if story["articles"] and rng.random() < 0.05:  # a lightly edited copy
            base = rng.choice(story["articles"])
            text = base["text"].replace(". ", ". Meanwhile ", 1)
            title = base["title"]
        art = {"text": text, "title": title, "outlet": rng.choice(self.outlets), "published": published,
               "url": f"https://news.example/{day}/{n}"}
        story["articles"].append(art)
        return art

    def background(self, count: int) -> list[dict]:
        """``count`` articles, ``PER_DAY`` a day: each joins one of the stories open (at most
        10 days old, fewer than 40 articles), or, one in six, a new one."""
        out = []
        open_stories: list[dict] = []
        for n in range(count):
            day = n // PER_DAY
            open_stories = [s for s in open_stories if day - s["day"] < 10 and len(s["articles"]) < 40]
            if not open_stories or self.rng.random() < 1 / 6:
                open_stories.append(self.new_story(day))
            out.append(self.article(self.rng.choice(open_stories), day, n, BACKGROUND_SENTENCES))
        return out

    def watched(self, last_day: int) -> list[dict]:
        """The watched stories' articles, over the days before ``last_day`` (its own seed:
        the same texts at every size, only their dates follow the store's last day)."""
        out = []
        stories = [self.new_story(last_day - WATCHED_DAYS + 1) for _ in range(WATCHED)]
        for k in range(WATCHED_SIZE):
            for j, story in enumerate(stories):
                day = last_day - WATCHED_DAYS + 1 + (k * WATCHED_DAYS) // WATCHED_SIZE
                out.append(self.article(story, day, 10_000_000 + k * WATCHED + j))
        return out


def corpus(size: int) -> tuple[list[dict], Generator]:
    """The articles of a store of ``size``: background articles, then the watched stories'
    (``WATCHED * WATCHED_SIZE`` of them); and the generator of the watched stories, which
    writes the measured cycles' new articles."""
    watched = WATCHED * WATCHED_SIZE
    arts = Generator().background(size - watched)
    gen = Generator(WATCHED_SEED)
    return arts + gen.watched((size - 1) // PER_DAY), gen


def build(size: int, cache: Path, figures: str = "watched") -> tuple[Path, Generator]:
    """The store of ``size`` generated articles (built once, kept in ``cache``), with the
    figures of every article (``figures="all"``) or of the watched stories' only."""
    arts, gen = corpus(size)
    db = cache / (f"store-{size}.db" if figures == "all" else f"store-{size}-{figures}.db")
    if not db.exists():
        jsonl = cache / f"articles-{size}.jsonl"
        jsonl.write_text("".join(json.dumps(a) + "\n" for a in arts))
        tmp = cache / f"building-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        with open_store(tmp) as store:
            report = ingest([str(jsonl)], store, StorylineConfig(db=str(tmp)), extract=False)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  built {size:,} articles ({report.stored:,} stored) in {time.perf_counter() - started:.0f} s",
              flush=True)
        tmp.rename(db)
        Path(f"{tmp}.lock").unlink(missing_ok=True)
    if figures == "watched":
        _mark_background(db, {a["url"] for a in arts[size - WATCHED * WATCHED_SIZE:]})
    _complete_figures(db)
    return db, gen


#: The extraction status of a background article whose figures a ``--figures watched``
#: store does not extract (not a status storyline writes).
NOT_EXTRACTED = "skipped_benchmark"


def _mark_background(db: Path, watched_urls: set[str]) -> None:
    """Mark the background articles not read by the extractor yet as read with no figures
    (``NOT_EXTRACTED``), so that neither the build nor a measured cycle extracts them."""
    with open_store(db) as store:
        version = StorylineConfig().extractor_version
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO extractions (article_id, version, figures, at, status) VALUES (?, ?, 0, '', ?)",
                [(r[0], version, NOT_EXTRACTED) for r in conn.execute(
                    "SELECT id, url FROM articles WHERE id NOT IN (SELECT article_id FROM extractions)")
                 if r[1] not in watched_urls])
    Path(f"{db}.lock").unlink(missing_ok=True)


def _complete_figures(db: Path) -> None:
    """Extract the figures of a built store's articles not read yet, so that a measured
    cycle does only its new articles' work (an ingest run first resumes every stored article
    that has no figures yet: the first cycle on a store built without figures would read them all)."""
    with open_store(db) as store:
        if not store.unextracted_ids():
            return
        started = time.perf_counter()
        report = extract_figures(store, StorylineConfig(db=str(db)))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"  figures of {report.articles:,} stored articles extracted in {time.perf_counter() - started:.0f} s",
          flush=True)
    Path(f"{db}.lock").unlink(missing_ok=True)


def _rfc822(day: int) -> str:
    return (datetime.combine(START + timedelta(days=day), datetime.min.time(), UTC)
            .strftime("%a, %d %b %Y %H:%M:%S +0000"))


@contextmanager
def timed_stages(totals: dict[str, float]):
    """Time the duplicate linker and the story clusterer inside the ingest run: the time
    each stage's generator spends in its own code (what it pulls from upstream excluded)."""
    from storyline.cluster import stage as cluster_stage

    originals = {}

    def wrap(cls, label):
        original = cls.__call__
        originals[cls] = original

        def call(self, items):
            inner_time = [0.0]

            def upstream():
                it = iter(items)
                while True:
                    t = time.perf_counter()
                    try:
                        item = next(it)
                    except StopIteration:
                        inner_time[0] += time.perf_counter() - t
                        return
                    inner_time[0] += time.perf_counter() - t
                    yield item

            gen = original(self, upstream())
            while True:
                t = time.perf_counter()
                before = inner_time[0]
                try:
                    out = next(gen)
                except StopIteration:
                    totals[label] = totals.get(label, 0.0) + (time.perf_counter() - t) - (inner_time[0] - before)
                    return
                totals[label] = totals.get(label, 0.0) + (time.perf_counter() - t) - (inner_time[0] - before)
                yield out

        cls.__call__ = call

    wrap(cluster_stage.DuplicateLinker, "dedup")
    wrap(cluster_stage.StoryClusterer, "cluster")
    from storyline.extract import stage as extract_stage

    wrap(extract_stage.FigureExtractor, "figures")
    from storyline import parse

    wrap(parse.Parse, "parse")
    try:
        yield
    finally:
        for cls, original in originals.items():
            cls.__call__ = original


def _cycle(store, config) -> dict[str, float]:
    """Run one cycle and time it (and its stages)."""
    stages: dict[str, float] = {}
    with timed_stages(stages):
        t = time.perf_counter()
        report = run_cycle(store, config, now=1.0, figures=True, every_cycle=True)
        wall = time.perf_counter() - t
    row = {"stored": report.stored, "wall": wall, "fetch": report.timings.get("fetch", 0.0),
           "ingest": report.timings.get("ingest", 0.0), "dedup": stages.get("dedup", 0.0),
           "cluster": stages.get("cluster", 0.0), "figures": stages.get("figures", 0.0) + stages.get("parse", 0.0),
           "diff": report.timings.get("changes", 0.0)}
    row["no_fetch"] = wall - row["fetch"]
    return row


def measure(size: int, cache: Path, runs: int, figures: str = "watched",
            fresh_runs: int = 1) -> dict[str, dict[str, float]]:
    db, gen = build(size, cache, figures)
    last_day = (size - 1) // PER_DAY
    watched = gen.stories  # the same at every size
    out: dict[str, list[dict[str, float]]] = {"0 new": [], "10 new": [], "fresh": []}
    work = cache / f"run-{size}.db"
    for suffix in ("", "-wal", "-shm", ".lock", ".watch.lock"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(db, work)
    config = StorylineConfig(db=str(work), allow_private=True, fetch_rate=1000.0, fetch_retries=0)
    with FeedServer() as srv:
        entries: list[dict] = []

        def add(stories: list[int]) -> None:
            """New articles of these watched stories, served in the feed."""
            for k in stories:
                n = len(entries)
                art = gen.article(watched[k], last_day, 20_000_000 + n)
                entries.append({"guid": f"e{n}", "title": art["title"], "link": srv.url(f"/e{n}"),
                                "date": _rfc822(last_day),
                                "body": "".join(f"<p>{p}.</p>" for p in art["text"].split(". "))})
            srv.set("/feed.xml", rss("Bench Wire", entries), "application/rss+xml")

        add(list(range(WATCHED)))
        with open_store(work) as store:
            register(store, [srv.url("/feed.xml")], 600, 0)
            # prime: the feed is known, spaCy loaded, the indexes built, every watched story
            # snapshotted (as after a watch's first cycles)
            run_cycle(store, config, now=1.0, figures=True)
            for run in range(runs):
                out["0 new"].append(_cycle(store, config))  # the feed answers 304
                add([(run + j) % WATCHED for j in range(10)])
                out["10 new"].append(_cycle(store, config))
        for run in range(fresh_runs):
            Path(f"{work}.lock").unlink(missing_ok=True)
            add([(run + 2 + j) % WATCHED for j in range(10)])
            with open_store(work) as store:  # as a new process (spaCy aside): no index kept
                out["fresh"].append(_cycle(store, config))
    for label, expect in (("0 new", 0), ("10 new", 10), ("fresh", 10)):
        assert all(r["stored"] == expect for r in out[label]), (label, out[label])
    for suffix in ("", "-wal", "-shm", ".lock", ".watch.lock"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    return {label: {k: sorted(r[k] for r in rows)[len(rows) // 2] for k in rows[0]}
            for label, rows in out.items() if rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--cache", default="/tmp/storyline-watch-bench")
    parser.add_argument("--runs", type=int, default=3, help="Measurements per size (the median is printed).")
    parser.add_argument("--fresh-runs", type=int, default=1,
                        help="Measurements of a new process's cycle per size (each rebuilds the indexes).")
    parser.add_argument("--figures", choices=("watched", "all"), default="watched",
                        help="Extract the figures of the watched stories' articles only, or of every article.")
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    results = {}
    cols = ("no_fetch", "fetch", "ingest", "dedup", "cluster", "figures", "diff")
    print(f"{'size':>7} {'cycle':>7} " + " ".join(f"{c:>9}" for c in cols) + "   (seconds, median)")
    for size in [int(s) for s in args.sizes.split(",")]:
        results[size] = measure(size, cache, args.runs, args.figures, args.fresh_runs)
        for label, row in results[size].items():
            print(f"{size:>7,} {label:>7} " + " ".join(f"{row[c]:>9.3f}" for c in cols), flush=True)
    sizes = sorted(results)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        ratio = results[large]["10 new"]["no_fetch"] / results[small]["10 new"]["no_fetch"]
        print(f"10-article cycle at {large:,} / at {small:,} (fetch excluded): {ratio:.2f}x "
              f"(target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")
        if "fresh" in results[large] and "fresh" in results[small]:
            fresh = results[large]["fresh"]["no_fetch"] / results[small]["fresh"]["no_fetch"]
            print(f"10-article cycle of a new process at {large:,} / at {small:,} (fetch excluded): {fresh:.2f}x")
        quiet = results[large]["0 new"]["wall"]
        print(f"0-article cycle at {large:,}: {quiet:.3f} s (target < 1 s: {'met' if quiet < 1 else 'NOT met'})")


if __name__ == "__main__":
    main()
