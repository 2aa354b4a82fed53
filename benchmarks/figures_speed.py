"""Time spaCy's ``nlp.pipe`` and the figure extraction separately over the fundus-eval pages.

Usage: ``python benchmarks/figures_speed.py [DATASET_DIR]`` (default:
``../shared/datasets/fundus-eval/dataset/html`` next to the repository). The text of each
``*.html.gz`` page is extracted with ``trafilatura.extract`` first (not timed); then the
texts are parsed with ``nlp.pipe`` and :func:`storyline.extract.figures.figures_from_docs`
runs over the docs. Prints both times and the ratio; the target is extraction <= 25% of spaCy.
"""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

import trafilatura

from storyline.extract.figures import figures_from_docs
from storyline.model import Article, Provenance, article_id_for
from storyline.nlp import load_pipeline

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "fundus-eval" / "dataset" / "html"


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT
    pages = sorted(folder.glob("*.html.gz"))
    if not pages:
        print(f"no *.html.gz pages in {folder}", file=sys.stderr)
        return 1
    articles = []
    for p in pages:
        html = gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
        text = trafilatura.extract(html) or ""
        if text.strip():
            articles.append(Article(id=article_id_for(text), text=text,
                                    provenance=Provenance(str(p), "html", "")))
    nlp = load_pipeline()
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = sum(len(f) for f in figures_from_docs(articles, docs))
    t_extract = time.perf_counter() - t0
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars} characters, {n} figures")
    print(f"spaCy nlp.pipe: {t_spacy:.2f} s")
    print(f"extraction:     {t_extract:.2f} s")
    print(f"ratio extraction/spaCy: {t_extract / t_spacy:.1%} (target <= 25%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
