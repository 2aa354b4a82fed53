"""Story clustering over the 772 pages of ../shared/datasets: every story of more than one page.

The pages are mostly unrelated (three evaluation sets of news and other page types), so a
story of several pages is either a real pair (the same event covered twice) or a wrong
merge. This prints each such story with its members' titles, paths, the edge that put each
member there (its score, its neighbour, and whether it is a confirmed edge of the story's
core or the member follows its best neighbour) and what they share, for a person to judge.

Entities come from the capitalised-run fallback (no parse), as the ingest run clusters
today; ``--spacy`` parses the texts with the project's spaCy pipeline and clusters with
:func:`storyline.cluster.stories.entities_from_docs` instead.

    .venv/bin/python benchmarks/datasets_stories.py [DATASETS_DIR] [--spacy]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from storyline.cluster.stories import cluster, entities_from_docs
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "datasets"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default=str(DEFAULT))
    ap.add_argument("--spacy", action="store_true", help="entities from spaCy docs, not the fallback")
    args = ap.parse_args()
    root = Path(args.root)
    if not root.is_dir():
        raise SystemExit(f"{root} not found: pass the datasets folder")
    store = open_store(":memory:")
    t0 = time.perf_counter()
    ingest([str(root)], store, StorylineConfig(), stories=False)
    articles = {a.id: a for a in store.iter_articles()}
    t1 = time.perf_counter()
    entities = None
    if args.spacy:
        from storyline.nlp import load_pipeline

        nlp = load_pipeline()
        arts = list(articles.values())
        entities = entities_from_docs(arts, nlp.pipe(a.text for a in arts))
        t1b = time.perf_counter()
        print(f"parsed {len(arts)} texts in {t1b - t1:.0f} s")
        t1 = t1b
    index = cluster(articles.values(), entities)
    t2 = time.perf_counter()
    multi = index.stories(min_size=2)
    print(f"{len(articles)} articles (ingest {t1 - t0:.0f} s), clustered in {t2 - t1:.2f} s: "
          f"{len(index.stories())} stories, {len(multi)} of more than one page")
    for s in multi:
        print(f"\n== {s.id} ({len(s.article_ids)} pages) {s.label} | {s.period}")
        for aid in s.article_ids:
            a = articles[aid]
            m = index.membership(aid)
            node = index._nodes[index._by_id[aid]]
            how = "core" if node.confirmed else "follows" if node.ptr is not None else "followed"
            where = a.provenance.label.split("datasets/")[-1]
            print(f"   {aid} {a.published.value or '-':<25.25} {(a.title.value or '')[:70]!r}\n"
                  f"      {where}\n      {how}: score {m.score:.3f} with {m.neighbour}; "
                  f"terms {', '.join(m.shared_terms[:6])}; entities {', '.join(m.shared_entities[:5])}")
    store.close()


if __name__ == "__main__":
    main()
