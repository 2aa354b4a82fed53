"""Ingest speed against bare trafilatura, measured in the same run.

Ingests the 181 pages of ../shared/datasets/scrapinghub-aeb/ into a fresh store (read,
clean with metadata, store with FTS) and, on the same pages already in memory, times
``trafilatura.extract``. Prints pages/s for both and the ratio (target: <= 1.3).

    python benchmarks/ingest_speed.py [--repeat N] [--workers N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from storyline.config import StorylineConfig
from storyline.ingest.runner import ingest
from storyline.store import open_store

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "scrapinghub-aeb" / "html"


def time_trafilatura(pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return time.perf_counter() - start


def time_storyline(folder: Path, workers: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        config = StorylineConfig(db=f"{tmp}/bench.db", workers=workers)
        with open_store(config.db) as store:
            start = time.perf_counter()
            report = ingest([str(folder)], store, config)
            elapsed = time.perf_counter() - start
    return elapsed, report.stored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the median is kept")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is not present", file=sys.stderr)
        return 0
    files = sorted(DATA.glob("*.html.gz"))
    pages = [gzip.decompress(f.read_bytes()) for f in files]
    # Warm both up (imports, models, caches) before timing: a real run amortises them.
    trafilatura.extract(pages[0])
    time_storyline(DATA.parent / "SOURCE.md", args.workers)
    ours, theirs, stored = [], [], 0
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        theirs.append(time_trafilatura(pages))
        elapsed, stored = time_storyline(DATA, args.workers)
        ours.append(elapsed)
    t_ours, t_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"pages:               {len(pages)} ({stored} stored by storyline)")
    print(f"trafilatura.extract: {len(pages) / t_theirs:7.1f} pages/s ({t_theirs:.2f} s)")
    print(f"storyline ingest:    {len(pages) / t_ours:7.1f} pages/s ({t_ours:.2f} s, workers={args.workers})")
    print(f"ratio storyline/trafilatura: {t_ours / t_theirs:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
