"""Score date resolution on timebank-dev: value accuracy of the dates storyline resolves, and coverage.

Usage: ``python benchmarks/timex_eval.py [--shared ../shared] [--offset N] [--limit N] [--show]``

Reads ``datasets/timebank-dev`` (TimeBank + AQUAINT, TIMEX3 with normalised values and the
document creation date). Each article is parsed; every spaCy DATE entity is resolved with
:func:`storyline.extract.timex.resolve_in_context` against the creation date, as the
figure extractor does. Only gold DATE expressions with a calendar value (a day ``1998-01-08``, a
week ``1998-W02``, a month ``1998-01`` or a year ``1998``) are scored; durations, sets and
references such as ``PRESENT_REF`` are not dates storyline resolves.

- **value accuracy**: of the resolved expressions overlapping a scored gold date, the share
  whose value equals the gold value;
- **coverage**: the share of scored gold dates that storyline resolves (right or wrong).
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
_CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$")


def load(shared: Path, limit: int | None = None,
         offset: int = 0) -> tuple[list[dict], dict[str, list[dict]]]:
    """The articles (by id, from the ``offset``-th, at most ``limit``) and their scored gold dates."""
    base = shared / "datasets" / "timebank-dev"
    arts = sorted((json.loads(line) for line in (base / "articles.jsonl").read_text().splitlines() if line.strip()),
                  key=lambda a: a["id"])
    arts = arts[offset:offset + limit] if limit else arts[offset:]
    ids = {a["id"] for a in arts}
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (base / "timex.jsonl").read_text().splitlines():
        t = json.loads(line)
        if t["doc_id"] in ids and t.get("type") == "DATE" and _CALENDAR.match(t.get("value") or ""):
            gold[t["doc_id"]].append(t)
    return arts, gold


def evaluate(shared: Path, *, limit: int | None = None, offset: int = 0,
             show: bool = False) -> dict[str, Any]:
    """Score the articles; returns ``acc, coverage, resolved, gold``."""
    from storyline.dates import published_day
    from storyline.extract.timex import resolve_in_context
    from storyline.nlp import load_pipeline

    arts, gold = load(shared, limit, offset)
    every: dict[str, list[dict]] = defaultdict(list)  # all gold TIMEX3 of any type, for --show only
    if show:
        ids = {a["id"] for a in arts}
        for line in (shared / "datasets" / "timebank-dev" / "timex.jsonl").read_text().splitlines():
            t = json.loads(line)
            if t["doc_id"] in ids:
                every[t["doc_id"]].append(t)
    nlp = load_pipeline()
    ok = resolved = covered = n_gold = 0
    for a, doc in zip(arts, nlp.pipe(x["text"] for x in arts)):
        pub = published_day(a.get("published"))
        refs = []
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            ref = resolve_in_context(ent, pub)
            if ref is not None and ref.resolved:
                refs.append(ref)
        golds = gold.get(a["id"], [])
        n_gold += len(golds)
        for g in golds:
            hit = [r for r in refs if r.start < g["end"] and g["start"] < r.end]
            if not hit:
                if show:
                    print(f"MISS {a['id']}: {g['text']!r} = {g['value']}")
                continue
            covered += 1
        for r in refs:
            g = next((g for g in golds if r.start < g["end"] and g["start"] < r.end), None)
            if g is None:
                if show:  # not scored: says which gold (of another type) it overlaps, if any
                    o = next((o for o in every[a["id"]] if r.start < o["end"] and o["start"] < r.end), None)
                    other = f"{o['type']} {o.get('value')} ({o['text']!r})" if o else "none"
                    print(f"EXTRA {a['id']} (dct {a.get('published')}): {r.text!r} got {r.value}; gold {other}")
                continue
            resolved += 1
            if r.value == g["value"]:
                ok += 1
            elif show:
                print(f"WRONG {a['id']} (dct {a.get('published')}): {r.text!r} got {r.value} want {g['value']} ({g['text']!r})")
    return {"acc": ok / max(resolved, 1), "coverage": covered / max(n_gold, 1),
            "resolved": resolved, "gold": n_gold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles (by id)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    s = evaluate(args.shared, limit=args.limit, offset=args.offset, show=args.show)
    print(f"timebank-dev: value accuracy={s['acc']:.3f} ({s['resolved']} resolved) "
          f"coverage={s['coverage']:.3f} ({s['gold']} gold dates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
