"""Duplicate finding: speed of ``DuplicateIndex.add`` and the pairs found on real pages.

Ingests the 772 HTML pages of ../shared/datasets/ (scrapinghub-aeb, wcxb-test, fundus-eval)
into an in-memory store (about a minute), then times, over the stored articles:
``DuplicateIndex.add`` (MinHash signatures, LSH query and the check of each candidate on
the texts), ``signature`` alone, and rebuilding an index from stored signatures. It checks
that incremental adding and ``find_duplicates`` agree, prints every pair found with its
evidence so it can be read by eye, and checks the sample corpus against its gold pairs.

``--sweep`` varies each threshold of :class:`~storyline.cluster.dedup.DedupParams` (the
``dedup_*`` settings) alone around its default and prints the pairs found on the pages and
whether the sample corpus still matches its gold pairs: how sensitive the result is to it.

    python benchmarks/dedup_speed.py [--repeat N] [--workers N] [--passage CHARS] [--sweep]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
import time
from pathlib import Path

from storyline.cluster.dedup import DedupParams, DuplicateIndex, find_duplicates
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.report.demo import corpus_inputs
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
FOLDERS = ["scrapinghub-aeb/html", "wcxb-test/test/html", "fundus-eval/dataset/html"]
SAMPLE = ROOT / "examples" / "kursk"


def label(article, base: Path) -> str:
    source = article.provenance.source
    try:
        source = Path(source).relative_to(base.resolve()).as_posix()
    except ValueError:
        pass
    member = f" ({article.provenance.member})" if article.provenance.member else ""
    title = (article.title.value or "")[:70]
    return f"{source}{member} | {article.outlet.value} | {article.published.value} | {title!r}"


def timed_add(articles) -> tuple[float, list]:
    index = DuplicateIndex()
    start = time.perf_counter()
    pairs = [pair for article in articles for pair in index.add(article)]
    return time.perf_counter() - start, pairs


def check_sample(params: DedupParams | None = None) -> str:
    if not SAMPLE.is_dir():
        return "sample corpus: skipped (examples/kursk missing)"
    with open_store(":memory:") as store:
        ingest(corpus_inputs(SAMPLE), store, StorylineConfig(), stories=False)
        pairs = find_duplicates(store.iter_articles(), params=params or DedupParams())
        got = sorted(
            (Path(store.get_article(p.a).provenance.source).relative_to(SAMPLE.resolve()).as_posix(),
             Path(store.get_article(p.b).provenance.source).relative_to(SAMPLE.resolve()).as_posix(),
             p.relation)
            for p in pairs
        )
    gold = sorted((d["a"], d["b"], d["relation"])
                  for d in json.loads((SAMPLE / "gold.json").read_text(encoding="utf-8"))["duplicates"])
    verdict = "matches gold" if got == gold else f"DIFFERS from gold: got {got}, gold {gold}"
    return f"sample corpus: {len(got)} pairs, {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of add, the median is kept")
    parser.add_argument("--workers", type=int, default=1, help="ingest workers")
    parser.add_argument("--passage", type=int, default=160, help="characters of each shared passage to print")
    parser.add_argument("--sweep", action="store_true", help="vary each threshold alone and print the pairs found")
    args = parser.parse_args()
    folders = [DATASETS / f for f in FOLDERS if (DATASETS / f).is_dir()]
    if not folders:
        print(f"skipped: no page folders under {DATASETS}", file=sys.stderr)
        return 0
    print(check_sample())

    with open_store(":memory:") as store:
        start = time.perf_counter()
        report = ingest([str(f) for f in folders], store, StorylineConfig(workers=args.workers))
        ingest_s = time.perf_counter() - start
        articles = list(store.iter_articles())
        by_id = {a.id: a for a in articles}
        print(f"pages: {report.read} read, {report.stored} articles stored, "
              f"{report.total_rejected} rejected, ingest {ingest_s:.1f} s")

        runs = [timed_add(articles) for _ in range(max(1, args.repeat))]
        add_s = statistics.median(r[0] for r in runs)
        pairs = sorted(runs[0][1], key=lambda p: (p.a, p.b))

        index = DuplicateIndex()
        start = time.perf_counter()
        signatures = [(a.id, index.signature(a.text)) for a in articles]
        sig_s = time.perf_counter() - start
        rebuilt = DuplicateIndex(lookup=store.get_article)
        start = time.perf_counter()
        rebuilt.restore(signatures)
        restore_s = time.perf_counter() - start

        batch = find_duplicates(articles)
        n = len(articles)
        size = sum(len(s) for _, s in signatures) / n
        print(f"DuplicateIndex.add:  {n / add_s:8.1f} articles/s "
              f"({add_s:.2f} s for {n}, median of {len(runs)})")
        print(f"signature() alone:   {n / sig_s:8.1f} articles/s ({size:.0f} bytes each)")
        print(f"restore() from sigs: {n / restore_s:8.1f} articles/s")
        print(f"incremental == find_duplicates: {pairs == batch}")

        counts = {r: sum(p.relation == r for p in pairs) for r in ("copy", "syndicated", "rewrite")}
        print(f"\npairs found: {len(pairs)} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
        for p in pairs:
            print(f"\n{p.relation}: similarity {p.similarity:.2f}, containment {p.containment:.2f}, "
                  f"words {p.word_similarity:.2f}, sentences {p.sentence_overlap:.2f}")
            print(f"  a: {label(by_id[p.a], DATASETS)}")
            print(f"  b: {label(by_id[p.b], DATASETS)}")
            print(f"  shared: {p.shared_passage[: args.passage]!r}")
        if args.sweep:
            sweep(articles)
    return 0


def _around(value: float | int) -> list:
    if isinstance(value, int):
        return sorted({max(1, value + d) for d in (-value // 2, 0, value)})
    return sorted({round(min(1.0, value * f), 3) for f in (0.7, 0.85, 1.0, 1.1, 1.2)})


def sweep(articles) -> None:
    """Pairs found on the pages (copy/syndicated/rewrite) and the sample corpus verdict as
    each threshold varies alone (the default marked *)."""
    print("\nthreshold sensitivity (pairs on the pages: copy/syndicated/rewrite; sample corpus vs gold)")
    params = DedupParams()
    for f in dataclasses.fields(params):
        default = getattr(params, f.name)
        cells = []
        for v in _around(default):
            p = dataclasses.replace(params, **{f.name: v})
            pairs = find_duplicates(articles, params=p)
            c = [sum(x.relation == r for x in pairs) for r in ("copy", "syndicated", "rewrite")]
            sample = check_sample(p)
            verdict = "gold" if "matches gold" in sample else sample.split(":")[1].split(",")[0].strip() + " DIFF"
            cells.append(f"{v}{'*' if v == default else ''}: {c[0]}/{c[1]}/{c[2]} {verdict}")
        print(f"  {f.name:<25} " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    sys.exit(main())
