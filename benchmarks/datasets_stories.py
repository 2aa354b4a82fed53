"""Story clustering over the 772 pages of ../shared/datasets: every story of more than one page.

The pages are mostly unrelated (three evaluation sets of news and other page types), so a
story of several pages is either a real pair (the same event covered twice) or a wrong
merge. This prints each such story with its members' titles, paths, scores and what they
share, for a person to judge. Entities come from the capitalised-run fallback (no parse).

    .venv/bin/python benchmarks/datasets_stories.py [DATASETS_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from storyline.cluster.stories import cluster
from storyline.config import StorylineConfig
from storyline.ingest.runner import ingest
from storyline.store import open_store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not root.is_dir():
        sys.exit(f"{root} not found: pass the datasets folder")
    store = open_store(":memory:")
    t0 = time.perf_counter()
    ingest([str(root)], store, StorylineConfig())
    articles = {a.id: a for a in store.iter_articles()}
    t1 = time.perf_counter()
    index = cluster(articles.values())
    t2 = time.perf_counter()
    multi = index.stories(min_size=2)
    print(f"{len(articles)} articles (ingest {t1 - t0:.0f} s), clustered in {t2 - t1:.2f} s: "
          f"{len(index.stories())} stories, {len(multi)} of more than one page")
    for s in multi:
        print(f"\n== {s.id} ({len(s.article_ids)} pages) {s.label} | {s.period}")
        for aid in s.article_ids:
            a = articles[aid]
            m = index.membership(aid)
            where = a.provenance.label.split("datasets/")[-1]
            print(f"   {aid} {a.published.value or '-':<25.25} {(a.title.value or '')[:70]!r}\n"
                  f"      {where}\n      score {m.score:.3f} with {m.neighbour}; "
                  f"terms {', '.join(m.shared_terms[:6])}; entities {', '.join(m.shared_entities[:5])}")
    store.close()


if __name__ == "__main__":
    main()
