"""Score attribution on PolNeAR (political news, source / cue / content spans).

Usage: ``python benchmarks/attribution_eval.py [--shared ../shared] [--split dev] [--offset N] [--limit N] [--show]``

Reads ``datasets/polnear-dev`` (primary annotator's relations) and runs
:func:`storyline.extract.figures.figures` and :func:`storyline.extract.attribution.doc_attributions`
over each article of the split. Prints two numbers:

- **figure source accuracy**: for every figure whose number lies inside an annotated content
  (the smallest such content when they nest), is its first source that relation's source? A
  source matches by span (the source's mention overlaps the gold source span, which is how a
  pronoun resolved to a name is checked) or by name (the significant words of one contained in
  the other's). A figure given to the outlet's own voice inside a content is an error.
- **source-span P/R/F1** over relations with a speech cue (verbs of saying, "according to",
  a colon): a gold source is found when a cue storyline finds in the text has a source mention
  overlapping it; a found source is right when it overlaps a gold source of any relation.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
_STOP = {"the", "a", "an", "of", "and", "s", "mr", "mrs", "ms", "dr", "u", "us"}


def load(shared: Path, split: str, limit: int | None = None,
         offset: int = 0) -> tuple[list[dict], dict[str, list[dict]]]:
    """The articles of ``split`` (by id, from the ``offset``-th, at most ``limit``) and their primary relations."""
    base = shared / "datasets" / "polnear-dev"
    arts = [json.loads(line) for line in (base / "articles.jsonl").read_text().splitlines() if line.strip()]
    arts = sorted((a for a in arts if a["split"] == split), key=lambda a: a["id"])
    arts = arts[offset:offset + limit] if limit else arts[offset:]
    ids = {a["id"] for a in arts}
    rels: dict[str, list[dict]] = defaultdict(list)
    for line in (base / "attributions.jsonl").read_text().splitlines():
        r = json.loads(line)
        if r["doc_id"] in ids and r.get("primary") and (r.get("content") or {}).get("spans"):
            rels[r["doc_id"]].append(r)
    return arts, rels


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP}


def _overlaps(a: tuple[int, int], spans: list[list[int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def source_ok(gold: dict | None, src) -> bool:
    """Does the extracted first source ``src`` (or None) name the gold source?"""
    if not gold or not gold.get("spans"):
        return src is None
    if src is None:
        return False
    if src.start is not None and _overlaps((src.start, src.end), gold["spans"]):
        return True
    g, p = _words(gold["text"]), _words(src.name)
    return bool(g and p and (g <= p or p <= g))


def evaluate(shared: Path, *, split: str = "dev", limit: int | None = None, offset: int = 0,
             show: bool = False) -> dict[str, Any]:
    """Score one split; returns ``fig_acc, fig_n, p, r, f1``."""
    from storyline.extract.attribution import doc_attributions, segments
    from storyline.extract.figures import figures
    from storyline.model import Article, Field, Provenance
    from storyline.nlp import load_pipeline

    arts, rels = load(shared, split, limit, offset)
    nlp = load_pipeline()
    fig_ok = fig_n = tp_g = n_g = tp_p = n_p = 0
    for a, doc in zip(arts, nlp.pipe(x["text"] for x in arts)):
        art = Article(id=a["id"], text=a["text"], provenance=Provenance(a["id"], "text", ""),
                      published=Field(a.get("published"), "json" if a.get("published") else ""))
        doc_rels = rels.get(a["id"], [])
        for f in figures(art, doc):
            q = (f.quantity.start, f.quantity.end)
            inside = [r for r in doc_rels if any(s <= q[0] and q[1] <= e for s, e in r["content"]["spans"])]
            if not inside:
                continue
            r = min(inside, key=lambda r: sum(e - s for s, e in r["content"]["spans"]))
            fig_n += 1
            first = f.attribution.first
            if source_ok(r.get("source"), first):
                fig_ok += 1
            elif show:
                cue = (r.get("cue") or {}).get("text")
                print(f"SRC {a['id'][:30]} {f.quantity.text!r}: got {first.name if first else None!r} "
                      f"({first.cue if first else ''!r}), want {(r.get('source') or {}).get('text')!r} "
                      f"(cue {cue!r})")
                sent = doc.char_span(q[0], q[1], alignment_mode="expand")
                if sent is not None:
                    print("    | " + sent.sent.text.replace("\n", " / ")[:400])
        # source spans of speech relations
        da = doc_attributions(doc, segments(doc))
        found = [s for cues in da.cues.values() for c in cues for s in c.chain[:1]
                 if s.start is not None]
        gold_src = [r["source"]["spans"] for r in doc_rels if r.get("speech_cue") and (r.get("source") or {}).get("spans")]
        all_src = [sp for r in doc_rels if (r.get("source") or {}).get("spans") for sp in r["source"]["spans"]]
        n_g += len(gold_src)
        tp_g += sum(1 for g in gold_src if any(_overlaps((s.start, s.end), g) for s in found))
        n_p += len(found)
        tp_p += sum(1 for s in found if _overlaps((s.start, s.end), all_src))
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"fig_acc": fig_ok / max(fig_n, 1), "fig_n": fig_n, "p": p, "r": r, "f1": f1, "articles": len(arts)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (by id)")
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles (by id)")
    ap.add_argument("--show", action="store_true", help="print every wrong figure source")
    args = ap.parse_args(argv)
    s = evaluate(args.shared, split=args.split, limit=args.limit, offset=args.offset, show=args.show)
    print(f"polnear-{args.split}: figure source accuracy={s['fig_acc']:.3f} ({s['fig_n']} figures in contents) "
          f"speech source spans P={s['p']:.3f} R={s['r']:.3f} F1={s['f1']:.3f} ({s['articles']} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
