"""How the figure extraction's cost grows with an article's length.

Usage: ``python benchmarks/long_article.py [--sentences N] [--times K]``

Builds two articles of our own generated news sentences (speakers named, then referred to by
pronouns and roles, dates, counts, places), one of N sentences and one of K times as many,
parses each once, and times :func:`storyline.extract.figures.figures` on each (CPU time, the
parse not included). Prints the extraction's cost per sentence at both lengths and their
ratio: about 1 when the cost grows with the length, about K when it grows with its square.
A long transcript or live page must cost its length, not more.
"""

from __future__ import annotations

import argparse
import time

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for
from storyline.nlp import load_pipeline, parse_long

_SPEAKERS = ["Ana Lopez", "the ministry", "Officer Reyes", "the mayor", "Dr. Kim", "the agency", "She", "The company"]
_PLACES = ["Lyon", "Oslo", "Perth", "Quito", "Accra"]
_DAYS = ["on Monday", "last week", "on March 3", "overnight", "by Friday"]


def article(sentences: int) -> Article:
    """An article of ``sentences`` generated sentences, a paragraph every five."""
    parts = []
    for i in range(sentences):
        who, where, when = _SPEAKERS[i % 8], _PLACES[i % 5], _DAYS[i % 5]
        parts.append(f"{who} said {i % 90 + 2} people were hurt in {where} {when}.")
        if i % 5 == 4:
            parts.append("\n\n")
    text = " ".join(parts)
    return Article(id=article_id_for(text), text=text, provenance=Provenance("generated", "text", ""))


def extraction_seconds(nlp, art: Article) -> tuple[float, int]:
    doc = parse_long(nlp, art.text)
    start = time.process_time()
    found = figures(art, doc)
    return time.process_time() - start, len(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=500, help="sentences of the short article (default 500)")
    ap.add_argument("--times", type=int, default=4, help="how many times longer the long one is (default 4)")
    args = ap.parse_args(argv)
    nlp = load_pipeline()
    extraction_seconds(nlp, article(20))  # warm up
    costs = []
    for n in (args.sentences, args.sentences * args.times):
        art = article(n)
        seconds, found = extraction_seconds(nlp, art)
        costs.append(seconds / n)
        print(f"{n:>6} sentences, {len(art.text):>8,} characters: extraction {seconds:6.2f} s CPU, "
              f"{seconds / n * 1000:.2f} ms a sentence ({found} figures)")
    print(f"cost a sentence, {args.times}x longer article: x{costs[1] / costs[0]:.2f} "
          f"(x1 when it grows with the length, x{args.times} with its square)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
