"""Count a store's ledger findings per kind and per confidence band, so that an audit can be repeated.

Usage: ``python benchmarks/findings_audit.py --db STORE [--config FILE] [--story ID] [--json]``

For every story of two articles or more (or the one ``--story`` names) the ledger is built with
the run's ``align_*`` settings (``--config``, else ``$STORYLINE_CONFIG`` or ``./storyline.toml``),
as ``storyline ledger`` builds it, and the findings are counted
by kind (conflict, outlier, update, scope, agree, single, hypothetical) and by confidence band:
``sure`` (at least ``align_fold_below``: shown at once by the dossier and the web page) and
``folded`` (below it: shown under "more"), each split in tenths of confidence. It prints
counts only; judging whether each finding is true is the auditor's work (read them with
``storyline ledger --json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

#: The kinds in the order they are printed (a kind not listed is printed after them).
KINDS = ("conflict", "outlier", "update", "scope", "agree", "single", "hypothetical")


def band(confidence: float) -> str:
    """The tenth of confidence a finding falls in ("0.6-0.7"; 1.0 falls in "0.9-1.0")."""
    low = min(int(confidence * 10), 9) / 10
    return f"{low:.1f}-{low + 0.1:.1f}"


def audit(db: str, config: str | None = None, story_id: str | None = None) -> dict[str, Any]:
    """The counts of findings of a store: per kind, per kind and shown or folded, per kind and band."""
    from storyline.align.findings import folded
    from storyline.align.params import params_of
    from storyline.config import load_config
    from storyline.store import open_store
    from storyline.views import story, story_ledger

    params = params_of(load_config(config))
    kinds: Counter = Counter()
    shown: Counter = Counter()
    bands: Counter = Counter()
    n_stories = 0
    with open_store(db) as store:
        chosen = [story(store, story_id)] if story_id else [s for s in store.stories() if len(s.article_ids) > 1]
        for s in chosen:
            led, _ = story_ledger(store, s, params)
            n_stories += 1
            for f in led.findings:
                kinds[f.kind] += 1
                shown[(f.kind, "folded" if folded(f, params) else "sure")] += 1
                bands[(f.kind, band(f.confidence))] += 1
    order = [k for k in KINDS if k in kinds] + sorted(k for k in kinds if k not in KINDS)
    return {
        "stories": n_stories,
        "fold_below": params.fold_below,
        "kinds": {k: {"findings": kinds[k], "sure": shown[(k, "sure")], "folded": shown[(k, "folded")],
                      "bands": {b: n for (kk, b), n in sorted(bands.items()) if kk == k}} for k in order},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="the store to audit")
    ap.add_argument("--config", help="a TOML file of settings (the align_* thresholds)")
    ap.add_argument("--story", help="one story (its id); default: every story of 2+ articles")
    ap.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    args = ap.parse_args(argv)
    if not Path(args.db).is_file():
        print(f"no such store: {args.db}", file=sys.stderr)
        return 2
    out = audit(args.db, args.config, args.story)
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"{out['stories']} stories; findings below confidence {out['fold_below']} are folded")
    print(f"{'kind':<13}{'findings':>9}{'sure':>6}{'folded':>8}  by confidence")
    for kind, row in out["kinds"].items():
        spread = ", ".join(f"{b}: {n}" for b, n in row["bands"].items())
        print(f"{kind:<13}{row['findings']:>9}{row['sure']:>6}{row['folded']:>8}  {spread}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
