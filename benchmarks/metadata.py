"""Metadata coverage on real article pages, with where each value came from.

For the 257 pages of ../shared/datasets/wcxb-test/ whose type in metadata.json is
``article``, prints how many got a title, an outlet, an author, an original publication
date, an updated date and a language, and the origins of each (meta tag, htmldate...).
With ``--show N`` it prints N pages' values to check by eye.

    python benchmarks/metadata.py [--show 20]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store

WCXB = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "wcxb-test"
FIELDS = ("title", "outlet", "author", "published", "updated", "language")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many pages' metadata")
    args = parser.parse_args()
    if not WCXB.is_dir():
        print(f"skipped: {WCXB} is not present", file=sys.stderr)
        return 0
    meta = json.loads((WCXB / "metadata.json").read_text())["files"]
    pages = sorted(p for p in (WCXB / "test" / "html").glob("*.html.gz")
                   if meta.get(p.name.split(".")[0], {}).get("page_type") == "article")
    with open_store(":memory:") as store:
        report = ingest([str(p) for p in pages], store, StorylineConfig())
        articles = list(store.iter_articles())
    print(f"article pages: {len(pages)}; stored {report.stored}, rejected {dict(report.rejected)}")
    print(f"{'field':<10} {'found':>6} {'share':>6}  origins")
    for name in FIELDS:
        values = [getattr(a, name) for a in articles]
        found = [v for v in values if v.value]
        origins = Counter(f"{v.origin}:{v.detail}" if v.origin == "meta" else v.origin for v in found)
        top = ", ".join(f"{k} {n}" for k, n in origins.most_common(4))
        print(f"{name:<10} {len(found):>6} {len(found) / max(1, len(pages)):>6.0%}  {top}")
    languages = Counter(a.language.value for a in articles)
    print("languages:", ", ".join(f"{k} {n}" for k, n in languages.most_common(8)))
    for a in articles[: args.show]:
        print("-", Path(a.provenance.source).name, "|", " | ".join(f"{n}={getattr(a, n).value}" for n in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
