"""Dossier rendering at scale: a synthetic story of 1,000 articles.

Builds 1,000 articles (about 2,500 characters each, 4 figures each, from 40 outlets over
60 days) with their figures in a store, clusters them into one story, and times
``storyline.api.report`` to HTML; prints the time and the file size (targets: < 10 s, < 15 MB).

    python benchmarks/dossier_size.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from storyline.cluster.stage import recluster
from storyline.model import Article, Attribution, Field, Figure, Provenance, Quantity, Source, TimeRef, article_id_for
from storyline import api
from storyline.store import open_store

SOURCES = ["the Pentagon", "Ukrainian intelligence", "a US official", "South Korea's spy agency", "the Kremlin"]
MEASURES = [("North Korean troops in Kursk", "personnel"), ("North Korean soldiers killed or wounded", "casualties"),
            ("missiles fired at the region", "missiles"), ("square kilometres held", "area")]


def synthetic(n: int, seed: int = 7) -> tuple[list[Article], dict[str, list[Figure]]]:
    rng = random.Random(seed)
    articles, figures = [], {}
    start = date(2024, 11, 1)
    for i in range(n):
        day = start + timedelta(days=rng.randrange(60))
        parts, figs, pos = [], [], 0
        for k in range(6):
            if k < 4:
                measure, head = MEASURES[k]
                value = {"personnel": 11000, "casualties": 900, "missiles": 40, "area": 800}[head]
                value = int(value * rng.uniform(0.6, 1.5))
                number = f"about {value:,}"
                source = rng.choice(SOURCES)
                sentence = (f"North Korea's role in the war deepened as {number} {measure} were reported by "
                            f"{source} on {day.isoformat()}, in a briefing that was widely quoted.")
                at = pos + sentence.index(number)
                figs.append((at, number, value, measure, head, source, pos, pos + len(sentence)))
            else:
                sentence = ("Officials in Kyiv and Seoul said the deployment would be watched closely, and that "
                            "more details would follow in the coming days as the fighting in Kursk continued. ") * 2
            parts.append(sentence)
            pos += len(sentence) + 2
        text = "\n\n".join(parts) + f"\n\nReport number {i} of the synthetic story."
        aid = article_id_for(text)
        articles.append(Article(
            id=aid, text=text, provenance=Provenance(f"/synthetic/{i}.txt", "text", f"{i:064x}"),
            title=Field(f"North Korean troops in Kursk, report {i}", "json"),
            outlet=Field(f"Outlet {i % 40}", "json"), published=Field(day.isoformat(), "json")))
        figures[aid] = [Figure(aid, Quantity(num, at, at + len(num), float(v), float(v), True), m, h,
                               Attribution((Source(src, "government", "reported"),)), "asserted", s, e,
                               said_on=TimeRef(day.isoformat(), s, s + 10, day.isoformat(), "day", True))
                        for at, num, v, m, h, src, s, e in figs]
    return articles, figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    articles, figures = synthetic(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(f"{tmp}/s.db") as store:
            for a in articles:
                store.save_article(a)
                store.save_figures(a.id, figures[a.id], version="synthetic")
            stories = recluster(store)
            biggest = max(stories, key=lambda s: len(s.article_ids))
            start = time.perf_counter()
            path = api.report(store, output=Path(tmp) / "dossier.html", story_id=biggest.id)[2]
            elapsed = time.perf_counter() - start
            size = path.stat().st_size
    print(f"articles: {args.articles}, in the largest story: {len(biggest.article_ids)}")
    print(f"render time: {elapsed:.2f} s (target < 10 s)")
    print(f"file size:   {size / 1e6:.2f} MB (target < 15 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
