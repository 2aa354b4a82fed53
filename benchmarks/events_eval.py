"""Score the figures of the dev events with the shared reference scorer, and show the errors.

Usage: ``python benchmarks/events_eval.py [--shared ../shared] [--show]``

Ingests ``datasets/giveme5w1h-dev/*.jsonl`` (51 articles of 7 multi-outlet events) into an
in-memory store with the extract stage, writes what ``storyline figures --json`` prints, and
runs ``eval/score.py figures`` on it against ``gold/dev-events-figures.json``; the scorer's
last line is the result. The line before it says what a perfect extractor would score: the
scorer pairs figures by the numbers it reads, so a gold figure told in other words ("the
eighth inning") is missed whatever is extracted. ``--show`` also lists every error, grouped: wrong source, wrong
modality, wrong interval, extracted negatives, other extractions no gold row matches, misses.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def load_scorer(shared: Path):
    """The shared reference scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("storyline_shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def event_records(shared: Path) -> list[dict[str, Any]]:
    """The ``storyline figures --json`` records of the dev event articles."""
    from storyline.config import StorylineConfig
    from storyline import api
    from storyline.run import ingest
    from storyline.store import open_store

    inputs = sorted(str(p) for p in (shared / "datasets" / "giveme5w1h-dev").glob("*.jsonl"))
    with open_store(":memory:") as store:
        ingest(inputs, store, StorylineConfig(), extract=True, dedup=False, stories=False)
        return api.figures(store)


def score_events(shared: Path, records: list[dict[str, Any]] | None = None,
                 *, quiet: bool = True) -> dict[str, float]:
    """Run the reference scorer on the dev events; returns its numbers by name."""
    records = event_records(shared) if records is None else records
    score = load_scorer(shared)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
        path = fh.name
    out = io.StringIO()
    with contextlib.redirect_stdout(out) if quiet else contextlib.nullcontext():
        score.figures(shared / "gold" / "dev-events-figures.json", path)
    Path(path).unlink()
    last = (out.getvalue().strip().splitlines() or [""])[-1] if quiet else ""
    nums = dict(kv.split("=") for kv in last.split() if "=" in kv)
    return {k.lower(): float(v) for k, v in nums.items()} | {"line": last}


def show_errors(shared: Path, records: list[dict[str, Any]]) -> None:
    """Print every error, with the scorer's matching (a gold row takes the first free prediction)."""
    score = load_scorer(shared)
    gold = json.loads((shared / "gold" / "dev-events-figures.json").read_text())["figures"]
    docs = sorted({g["doc"] for g in gold}, key=len, reverse=True)
    preds: dict[str, list[dict]] = defaultdict(list)
    for p in records:
        k = score.doc_key(p.get("path") or p.get("article_id"), docs)
        if k:
            preds[k].append(p)
    used: set[tuple[str, int]] = set()
    groups: dict[str, list[str]] = defaultdict(list)
    pos = [g for g in gold if g.get("is_figure") is not False]
    for g in pos + [g for g in gold if g.get("is_figure") is False]:
        gnum = score.numtokens(g["text"])
        hit = None
        for i, p in enumerate(preds[g["doc"]]):
            if (g["doc"], i) in used:
                continue
            sent = p.get("sentence", "") or p.get("text", "")
            if score.numtokens(p.get("text", "")) & gnum and (
                    g["text"][:12] in sent or p.get("text", "") in g["text"] or g["text"] in sent):
                hit = i
                break
        d = g["doc"][:8]
        if hit is None:
            if g.get("is_figure") is not False:
                groups["missed"].append(f"{d} {g['text']!r} ({g.get('note', '')})")
            continue
        used.add((g["doc"], hit))
        p = preds[g["doc"]][hit]
        if g.get("is_figure") is False:
            groups["negative extracted"].append(f"{d} {g['text']!r} got {p['text']!r} ({g.get('note', '')})")
            continue
        srcs = p.get("sources") or []
        if not score.source_ok(g.get("source"), srcs):
            got = [(s["name"], s.get("cue")) for s in srcs]
            groups["source"].append(f"{d} {p['text']!r}: got {got}, want {g.get('source')!r} || {p['sentence'][:200]!r}")
        gm, pm = g.get("modality", "asserted"), p.get("modality", "asserted")
        if not ((gm == pm) or ({gm, pm} <= {"asserted", "reported"} and gm != "hypothetical")):
            groups["modality"].append(f"{d} {p['text']!r}: got {pm}, want {gm} || {p['sentence'][:160]!r}")
        if (p.get("low"), p.get("high")) != (g.get("low"), g.get("high")):
            groups["interval"].append(f"{d} {p['text']!r}: got {p.get('low')}..{p.get('high')}, "
                                      f"want {g.get('low')}..{g.get('high')} ({g['text']!r})")
    for k, ps in preds.items():
        for i, p in enumerate(ps):
            if (k, i) not in used:
                groups["extra"].append(f"{k[:8]} {p['text']!r} [{p['measure']}] || {p['sentence'][:140]!r}")
    for name, rows in groups.items():
        print(f"== {name} ({len(rows)})")
        for r in rows:
            print("  ", r)
    # the scorer pairs rows by the numbers it reads (digits and a word list): a figure told
    # only in words it does not list ("a week", "third", "decades") can never be paired
    blind_gold = sum(1 for g in pos if not score.numtokens(g["text"]))
    blind_pred = sum(1 for k, ps in preds.items() for i, p in enumerate(ps)
                     if (k, i) not in used and not score.numtokens(p.get("text", "")))
    print(f"== unpairable by the scorer: {blind_gold} gold figures, {blind_pred} extracted figures "
          f"(told in words the scorer does not read)")


def scorer_ceiling(shared: Path) -> tuple[int, int]:
    """``(gold figures the scorer can pair, gold figures)``: a gold figure told only in words
    the scorer reads no number in ("in the eighth inning", "a century") is missed whatever is
    extracted, so a perfect extractor's recall is the first over the second."""
    score = load_scorer(shared)
    gold = json.loads((shared / "gold" / "dev-events-figures.json").read_text())["figures"]
    pos = [g for g in gold if g.get("is_figure") is not False]
    return sum(1 for g in pos if score.numtokens(g["text"])), len(pos)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--show", action="store_true", help="list every error, grouped by kind")
    args = ap.parse_args(argv)
    records = event_records(args.shared)
    if args.show:
        show_errors(args.shared, records)
    pairable, total = scorer_ceiling(args.shared)
    found = score_events(args.shared, records)
    print(f"scorer's ceiling: {pairable} of {total} gold figures hold a number the scorer reads (recall <= "
          f"{pairable / total:.3f}); recall on those {pairable}: {found['r'] * total / pairable:.3f}")
    score_events(args.shared, records, quiet=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
