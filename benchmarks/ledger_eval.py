"""Score the ledger (align stage) on real multi-outlet events: alignment, findings, conflicts.

Usage: ``python benchmarks/ledger_eval.py [--shared ../shared] [--db PATH] [--show]``

Each event of ``gold/dev-events-figures.json`` (the articles of
``datasets/giveme5w1h-dev``) is ingested with figure extraction and its articles are taken
as one story (the event: this scores the ledger, not story clustering). Then:

- **alignment**: gold figures are matched to extracted figures with the reference
  scorer's rule (``eval/score.py``: a number token in common, and the gold text's first
  12 characters in the figure's sentence, or one text inside the other). Over the gold
  figures found in the ledger, B-cubed precision/recall/F1 of the grouping by tracked
  figure (an unaligned figure is a group of its own) against the grouping by gold measure.
  The same scores are printed again ("by value") with a second, value-aware pairing
  (:func:`match_gold_by_value`): a figure pairs with a gold figure of its document when its
  quantity overlaps an occurrence of the gold text and states the gold interval, so that
  ordinals and spans told in words ("in the third round", "over a decade") count, and a
  figure of another value or found elsewhere in the document does not. With ``--show``, the
  gold figures that only one of the two pairings pairs are listed.
- **expected findings**: an expected finding ``(measure, kind, docs)`` is recalled when a
  ledger finding of the same kind (``conflict`` also accepts ``outlier``; ``single`` is a
  finding of one report) cites figures matched to gold figures of that measure from at
  least ``min(2, len(docs))`` of its docs (one for ``single`` and one-doc findings).
  With ``--show``, each missed finding says why (:func:`miss_cause`): its figures were not
  extracted, were not aligned with each other, were aligned but gave findings of other
  kinds, or a finding of its kind cites them and the rule above did not match it.
- **conflict precision**: the share of ``conflict`` and ``outlier`` findings that match an
  expected conflict (figures of its measure from two of its docs, or its one doc).
- **labels** (a reading aid, not a gate): over the tracked figures holding figures paired with
  gold figures of at least two documents, the share whose label names the thing measured: it
  shares a content word with the gold measure of the majority of its paired figures, words of
  units and dimensions ("minute", "duration", "number", "people") and function words not
  counted (:func:`label_names_measure`). With ``--show``, the labels that miss beside their
  gold measure.

The seeds (``gold/seeds-figures.json``) and the sample corpus (``examples/kursk/gold.json``)
annotate findings in prose; for them the script checks the findings their texts list
(the same checks as ``tests/align/test_findings.py``) and prints how many hold.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NUM = re.compile(r"\d[\d,. ]*\d|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"dozens?|hundreds?|thousands?|millions?|several|half)\b", re.I)
CONFLICT_KINDS = ("conflict", "outlier")


def numtokens(s: str | None) -> set[str]:
    """The number tokens of a text, as the reference scorer reads them."""
    return {re.sub(r"[ ,]", "", m.group(0).lower()) for m in NUM.finditer(s or "")}


def bcubed(labels: dict[Any, Any], clusters: dict[Any, Any]) -> tuple[float, float, float]:
    """B-cubed P/R/F1 of ``clusters`` against ``labels`` (the reference scorer's definition)."""
    items = list(labels)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {i: clusters.get(i, ("single", i)) for i in items}
    by_pred: dict[Any, set] = defaultdict(set)
    by_gold: dict[Any, set] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[labels[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[labels[i]]) / len(by_pred[pred[i]]) for i in items) / len(items)
    r = sum(len(by_pred[pred[i]] & by_gold[labels[i]]) / len(by_gold[labels[i]]) for i in items) / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _load(inputs: list[str], db: str) -> tuple[dict, list]:
    from storyline.config import StorylineConfig
    from storyline.run import extract_figures, ingest
    from storyline.store import open_store

    config = StorylineConfig()
    with open_store(db) as store:
        ingest(inputs, store, config, extract=True, stories=False)
        if store.outdated_extractions(config.extractor_version):
            extract_figures(store, config)  # a store kept with --db, extracted by an older extractor
        arts = {a.id: a for a in store.iter_articles()}
        figs = list(store.iter_figures())
        links = [(d["a"], d["b"], d["relation"]) for d in store.duplicates()]
    return arts, figs, links


def match_gold(gold_rows: list[dict], figs: list, article) -> dict[int, dict]:
    """id(figure) -> the gold row it matches (the reference scorer's matching, positives first)."""
    out: dict[int, dict] = {}
    used: set[int] = set()
    rows = [g for g in gold_rows if g.get("is_figure") is not False]
    for g in rows:
        gnum = numtokens(g["text"])
        for f in figs:
            if id(f) in used:
                continue
            ptxt = f.quantity.text
            sent = article.text_of(f)[f.sentence_start:f.sentence_end] or ptxt
            if numtokens(ptxt) & gnum and (g["text"][:12] in sent or ptxt in g["text"] or g["text"] in sent):
                used.add(id(f))
                out[id(f)] = g
                break
    return out


def _same_value(g: dict, q) -> bool:
    """Whether a gold row and an extracted quantity state the same interval (both bounds, as written)."""
    def same(a: float | None, b: float | None) -> bool:
        return a is None and b is None or a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return same(g.get("low"), q.low) and same(g.get("high"), q.high)


def match_gold_by_value(gold_rows: list[dict], figs: list, article) -> dict[int, dict]:
    """id(figure) -> the gold row it matches by place and value: the figure's quantity overlaps an
    occurrence of the gold text in the article and states the gold interval. Unlike the scorer's
    rule it pairs a number told in words the scorer does not read ("in the third round", "her
    fifth straight serve"), and never a figure whose value differs from the gold (the "6" of
    "23-6" for "the score was 6-6"), nor one found elsewhere in the document. Each gold row takes
    the nearest such figure not taken yet, positives in their order."""
    out: dict[int, dict] = {}
    used: set[int] = set()
    for g in (g for g in gold_rows if g.get("is_figure") is not False):
        spans = {where: [(m.start(), m.start() + len(g["text"])) for m in re.finditer(re.escape(g["text"]), text)]
                 for where, text in ((False, article.text), (True, article.title.value or ""))}
        best = None
        for f in figs:
            q = f.quantity
            if id(f) in used or not _same_value(g, q):
                continue
            for s, e in spans[f.in_title]:  # a title figure's offsets are the title's
                if q.start < e and s < q.end:
                    dist = abs(q.start - s)
                    if best is None or dist < best[0]:
                        best = (dist, f)
        if best is not None:
            used.add(id(best[1]))
            out[id(best[1])] = g
    return out


def _finding_docs(finding, gold_of: dict[int, dict], measure: str) -> set[str]:
    return {gold_of[id(f)]["doc"][:12] for f in finding.figures
            if id(f) in gold_of and gold_of[id(f)]["measure"] == measure}


def miss_cause(e: dict, need: int, kinds: tuple[str, ...], led, ev_figs: list, gold_of: dict[int, dict],
               rows_by_doc: dict[str, list[dict]], articles: dict | None = None) -> str:
    """Why an expected finding was not recalled, the first cause that holds:

    - ``not extracted``: fewer than ``need`` of its docs have a figure matched to a gold
      figure of its measure, or fewer than ``need`` have one whose sentence holds the gold
      text (the scorer's rule also matches a figure elsewhere in the doc whose text is in the
      gold text: "6" of "23-6" for "the score was 6-6");
    - ``not aligned``: such figures exist, but no tracked figure holds them from ``need`` docs
      (where they went is listed: tracked figure labels, or unaligned);
    - ``kind differs``: one tracked figure holds them, but its findings are of other kinds
      (listed);
    - ``not matched``: a finding of the kind cites them, yet the rule above did not match it.
    """
    docs = {d[:12] for d in e["docs"]}
    mine = [f for f in ev_figs if id(f) in gold_of and gold_of[id(f)]["measure"] == e["measure"]
            and gold_of[id(f)]["doc"][:12] in docs]
    have = {gold_of[id(f)]["doc"][:12] for f in mine}
    mine_ids = {id(f) for f in mine}
    if len(have) < need:
        rows = [g["text"] for d in docs for g in next((v for k, v in rows_by_doc.items() if k.startswith(d)), [])
                if g.get("measure") == e["measure"] and g.get("is_figure") is not False]
        return f"not extracted ({len(have)}/{need} docs; gold {rows[:3]})"
    if articles is not None:
        def in_place(f) -> bool:
            g, a = gold_of[id(f)], articles[f.article_id]
            sent = a.text_of(f)[f.sentence_start:f.sentence_end]
            return g["text"][:12] in sent or g["text"] in sent
        placed_docs = {gold_of[id(f)]["doc"][:12] for f in mine if in_place(f)}
        if len(placed_docs) < need:
            return (f"not extracted ({len(placed_docs)}/{need} docs; the scorer's rule matched "
                    f"{sorted(f.quantity.text for f in mine if not in_place(f))} elsewhere in its docs)")
    where: dict[str, set[str]] = defaultdict(set)
    for tf in led.tracked:
        for f in (*tf.figures, *(x for x, _ in tf.excluded)):
            if id(f) in mine_ids:
                where[tf.id].add(gold_of[id(f)]["doc"][:12])
    best = max(where, key=lambda k: len(where[k]), default=None)
    if best is None or len(where[best]) < need:
        placed = sorted(f"{k.split(':', 1)[-1]} ({len(v)})" for k, v in where.items())
        n_un = sum(1 for u in led.unaligned if id(u) in mine_ids)
        return f"not aligned (docs {len(have)}; in {placed}, unaligned {n_un})"
    tf = next(t for t in led.tracked if t.id == best)
    got = sorted({x.kind for x in led.findings if x.tracked_id == best})
    if not any(k in got for k in kinds):
        return f"kind differs ({tf.id.split(':', 1)[-1]}: {got})"
    return f"not matched ({tf.id.split(':', 1)[-1]}: {got})"


#: Words that say how a thing is measured, not what is measured: a label naming only these
#: ("duration (minute)", "people") does not tell the reader which meeting or which people.
MEASURE_WORDS = frozenset("""
minute hour day week month year second decade century time date percent percentage point share rate
duration length distance age number count total amount figure sum people person one many much
mile kilometre kilometer metre meter foot feet inch yard acre pound kilogram ton tonne dollar cent euro
money price cost value high low first last more most least about some around over under
between after before since during against within
""".split())


def _label_words(text: str) -> set[str]:
    from storyline.align.measure import content_words

    words = {w for part in content_words(text.replace("-", " ")) for w in [part] if w}
    return {w for w in words if len(w) >= 3 and w not in MEASURE_WORDS}


def label_names_measure(label: str, measure: str) -> bool:
    """Whether a tracked figure's label shares a content word with a gold measure phrase,
    units, dimensions and function words left out ("meeting: duration (minute)" names
    "length of the meeting"; "duration (minute) · start hour" does not)."""
    return bool(_label_words(label) & _label_words(measure))


def label_score(led, gold_of: dict[int, dict]) -> tuple[int, int, list[str]]:
    """``(labels naming the measure, tracked figures scored, misses as "label <- gold measure")``
    over the tracked figures of one ledger holding gold-paired figures of two documents or more."""
    ok = n = 0
    misses: list[str] = []
    for tf in led.tracked:
        rows = [gold_of[id(f)] for f in (*tf.figures, *(x for x, _ in tf.excluded)) if id(f) in gold_of]
        if len({g["doc"] for g in rows}) < 2:
            continue
        measure = Counter(g["measure"] for g in rows).most_common(1)[0][0]
        n += 1
        if label_names_measure(tf.label or "", measure):
            ok += 1
        else:
            misses.append(f"{tf.label!r} <- {measure!r}")
    return ok, n, misses


def score_events(shared: Path, db: str = ":memory:") -> dict[str, Any]:
    """Run the ledger on every dev event and score it; returns the numbers printed: those of the
    reference scorer's pairing at the top level, those of the value-aware pairing
    (:func:`match_gold_by_value`) under ``"by_value"``, in the same shape."""
    from storyline.align.findings import ledger

    gold = json.loads((shared / "gold" / "dev-events-figures.json").read_text())
    folder = shared / "datasets" / "giveme5w1h-dev"
    rows_by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold["figures"]:
        rows_by_doc[g["doc"]].append(g)
    inputs = [str(folder / f"{doc}.jsonl") for docs in gold["events"].values() for doc in docs]
    arts, figs, links = _load(inputs, db)
    doc_of = {a.id: Path(a.provenance.source).stem for a in arts.values()}
    events = []
    for event, docs in gold["events"].items():
        ev_arts = {aid: a for aid, a in arts.items() if doc_of[aid] in docs}
        ev_figs = [f for f in figs if f.article_id in ev_arts]
        ev_links = [t for t in links if t[0] in ev_arts and t[1] in ev_arts]
        events.append((event, docs, ev_arts, ev_figs, ledger(event, ev_figs, ev_arts, ev_links)))
    out = _score(gold, events, rows_by_doc, doc_of, match_gold)
    out["reachable"] = reachable_findings(gold)
    out["by_value"] = _score(gold, events, rows_by_doc, doc_of, match_gold_by_value)
    return out


def _score(gold: dict, events: list, rows_by_doc: dict[str, list[dict]], doc_of: dict[str, str],
           pairing) -> dict[str, Any]:
    """The scores of the ledgers of ``events`` with gold figures paired to figures by ``pairing``."""
    labels: dict[Any, Any] = {}
    clusters: dict[Any, Any] = {}
    found = total = 0
    recalled: Counter = Counter()
    expected: Counter = Counter()
    n_conflicts = true_conflicts = 0
    misses: list[str] = []
    false_conflicts: list[str] = []
    paired: dict[tuple, tuple] = {}
    labels_ok = labels_n = 0
    label_misses: list[str] = []
    for event, docs, ev_arts, ev_figs, led in events:
        gold_of: dict[int, dict] = {}
        for aid, a in ev_arts.items():
            gold_of.update(pairing(rows_by_doc[doc_of[aid]], [f for f in ev_figs if f.article_id == aid], a))
        total += sum(1 for d in docs for g in rows_by_doc[d] if g.get("is_figure") is not False)
        in_ledger = {id(f): tf.id for tf in led.tracked for f in (*tf.figures, *(x for x, _ in tf.excluded))}
        for f in ev_figs:
            if id(f) not in gold_of:
                continue
            found += 1
            g = gold_of[id(f)]
            q = f.quantity
            paired[(g["doc"], g["text"], g.get("low"), g.get("high"))] = (q.text, q.low, q.high)
            key = (event, f.article_id, f.in_title, f.quantity.start)  # a title's offsets are its own
            labels[key] = (event, gold_of[id(f)]["measure"])
            if id(f) in in_ledger:
                clusters[key] = in_ledger[id(f)]
        lok, ln, lmiss = label_score(led, gold_of)
        labels_ok, labels_n = labels_ok + lok, labels_n + ln
        label_misses += [f"{event}: {m}" for m in lmiss]
        exp = gold["expected_findings"].get(event, [])
        for e in exp:
            expected[e["kind"]] += 1
            need = 1 if e["kind"] == "single" or len(e["docs"]) == 1 else 2
            kinds = CONFLICT_KINDS if e["kind"] == "conflict" else (e["kind"],)
            ok = False
            for x in led.findings:
                if e["kind"] == "single":
                    hit = x.kind in ("single",) and len(_finding_docs(x, gold_of, e["measure"])) >= 1
                else:
                    hit = x.kind in kinds and len(_finding_docs(x, gold_of, e["measure"]) & set(e["docs"])) >= need
                if hit:
                    ok = True
                    break
            recalled[e["kind"]] += ok
            if not ok:
                why = miss_cause(e, need, kinds, led, ev_figs, gold_of, rows_by_doc, ev_arts)
                misses.append(f"{event}: {e['kind']} {e['measure']!r} {e['values']} — {why}")
        gold_conflicts = [e for e in exp if e["kind"] == "conflict"]
        for x in led.findings:
            if x.kind not in CONFLICT_KINDS:
                continue
            n_conflicts += 1
            ok = any(len(_finding_docs(x, gold_of, e["measure"]) & set(e["docs"]))
                     >= (1 if len(e["docs"]) == 1 else 2) for e in gold_conflicts)
            true_conflicts += ok
            if not ok:
                false_conflicts.append(f"{event}: {x.sentence[:200]}")
    p, r, f1 = bcubed(labels, clusters)
    n_exp = sum(expected.values())
    out = {"alignment": (p, r, f1), "found": found, "gold": total,
           "recall": sum(recalled.values()) / n_exp if n_exp else 0.0,
           "recall_by_kind": {k: (recalled[k], expected[k]) for k in sorted(expected)},
           "conflicts": (true_conflicts, n_conflicts),
           "conflict_precision": true_conflicts / n_conflicts if n_conflicts else 1.0,
           "misses": misses, "false_conflicts": false_conflicts, "paired": paired,
           "labels": (labels_ok, labels_n), "label_misses": label_misses}
    return out


def reachable_findings(gold: dict) -> tuple[int, int]:
    """``(expected findings the reference scorer's pairing can recall, expected findings)``: a
    finding is out of its reach when fewer than the docs it needs have a gold figure of its
    measure holding a number the scorer reads ("the seventh pitch", "a third term" hold none),
    whatever the ledger says."""
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for g in gold["figures"]:
        if g.get("is_figure") is not False:
            rows[(g["doc"][:12], g.get("measure"))].append(g)  # findings name docs by 12 characters
    reachable = total = 0
    for exp in gold["expected_findings"].values():
        for e in exp:
            total += 1
            need = 1 if e["kind"] == "single" or len(e["docs"]) == 1 else 2
            readable = [d for d in e["docs"] if any(numtokens(g["text"]) for g in rows[(d[:12], e["measure"])])]
            reachable += len(readable) >= need
    return reachable, total


def print_events(res: dict[str, Any], show: bool) -> None:
    """The scores of both pairings: the reference scorer's rule first, then the value-aware one."""
    for label, r in (("dev events", res), ("dev events by value", res["by_value"])):
        p, rr, f1 = r["alignment"]
        print(f"{label} alignment: B3 P={p:.3f} R={rr:.3f} F1={f1:.3f} "
              f"(gold figures found in the ledger {r['found']}/{r['gold']})")
        kinds = " ".join(f"{k} {a}/{b}" for k, (a, b) in r["recall_by_kind"].items())
        print(f"{label} expected findings: recall={r['recall']:.3f} ({kinds})")
        if "reachable" in r:
            can, n = r["reachable"]
            print(f"{label} expected findings within the scorer's reach: {can} of {n} (recall <= {can / n:.3f}; "
                  f"the others' gold figures hold no number it reads)")
        t, n = r["conflicts"]
        print(f"{label} conflicts: precision={r['conflict_precision']:.3f} ({t} of {n} conflict findings true)")
        lok, ln = r["labels"]
        print(f"{label} labels: {lok / ln if ln else 0.0:.3f} name the thing measured ({lok} of {ln} tracked "
              f"figures with gold figures of two documents)")
        if show:
            for m in r["label_misses"]:
                print("   label misses:", m)
            for m in sorted(r["misses"]):
                print("   missed:", m)
            for m in sorted(r["false_conflicts"]):
                print("   false conflict:", m)
    if show:
        scorer, by_value = res["paired"], res["by_value"]["paired"]
        for k in sorted(set(scorer) - set(by_value)):
            print(f"   paired by the scorer's rule only: {k[0][:8]} {k[1]!r} gold {k[2]}..{k[3]}, figure {scorer[k]}")
        for k in sorted(set(by_value) - set(scorer)):
            print(f"   paired by value only: {k[0][:8]} {k[1]!r} gold {k[2]}..{k[3]}, figure {by_value[k]}")


def _corpus_checks(name: str, inputs: list[str], dup_paths: list[tuple[str, str]], checks) -> tuple[int, int, list]:
    from storyline.align.findings import ledger

    arts, figs, links = _load(inputs, ":memory:")

    def by_path(fragment: str) -> str:
        return next(a.id for a in arts.values() if fragment in a.provenance.label)

    dups = [(by_path(a), by_path(b), "syndicated") for a, b in dup_paths] or links
    led = ledger(name, figs, arts, dups)
    ok, failed = 0, []
    for label, fn in checks:
        try:
            good = bool(fn(led))
        except (StopIteration, ValueError, KeyError, AttributeError):
            good = False
        ok += good
        if not good:
            failed.append(label)
    return ok, len(checks), failed


def _kinds(led, head: str, party: str | None, kind: str) -> list:
    tf = next(t for t in led.tracked if t.measure_head == head and t.party == party)
    return [f for f in led.findings if f.tracked_id == tf.id and f.kind == kind]


def _texts(x) -> set[str]:
    return {f.quantity.text for f in x.figures}


SEED_CHECKS = [
    ("troop count agrees 10,000-12,000",
     lambda led: any("10,000–12,000" in a.sentence for a in _kinds(led, "personnel", "north korea", "agree"))),
    ("casualties conflict (30 / several hundred / over 3,000)",
     lambda led: any({"at least 30", "several hundred", "over 3,000"} <= _texts(c)
                     for c in _kinds(led, "casualties", "north korea", "conflict"))),
    ("Russian force of 50,000 confirmed by two articles",
     lambda led: any(len({f.article_id for f in a.figures}) == 2 for a in _kinds(led, "personnel", "russia", "agree"))),
    ("up to 100,000 hypothetical",
     lambda led: bool(_kinds(led, "personnel", "north korea", "hypothetical"))),
]
SAMPLE_CHECKS = [
    ("1 troop count agrees 10,000-12,000",
     lambda led: any("10,000–12,000" in a.sentence for a in _kinds(led, "personnel", "north korea", "agree"))),
    ("2 about 8,000 is an earlier value",
     lambda led: any("about 8,000" in _texts(u) for u in _kinds(led, "personnel", "north korea", "update"))),
    ("3 casualties conflict",
     lambda led: any({"at least 30", "several hundred"} <= _texts(c)
                     for c in _kinds(led, "casualties", "north korea", "conflict"))),
    ("4 US casualty estimate updated",
     lambda led: any("more than 1,000" in _texts(u) for u in _kinds(led, "casualties", "north korea", "update"))),
    ("5 killed or wounded vs part: scope",
     lambda led: any(f.kind == "scope" for f in led.findings)),
    ("6 up to 100,000 hypothetical",
     lambda led: any(f.quantity.text == "up to 100,000" and w == "hypothetical"
                     for t in led.tracked for f, w in t.excluded)),
    ("7 15,000 negated",
     lambda led: any(f.quantity.text == "15,000" and w == "negated" for t in led.tracked for f, w in t.excluded)),
    ("no money conflict",
     lambda led: not [f for f in led.findings if f.kind in CONFLICT_KINDS
                      and any(t.id == f.tracked_id and t.measure_head == "money" for t in led.tracked)]),
    ("no troop count update to a casualty figure",
     lambda led: not any({"at least 30", "more than 3,000"} & _texts(u)
                         for u in _kinds(led, "personnel", "north korea", "update"))),
]


def run(shared: Path, db: str = ":memory:") -> dict[str, Any]:
    """Every number the script prints: the dev events' scores and the seed and sample checks."""
    from storyline.report.demo import corpus_inputs

    res = score_events(shared, db)
    res["seeds"] = _corpus_checks("seeds", [str(shared / "corpus" / "seeds")], [], SEED_CHECKS)
    res["sample"] = _corpus_checks(
        "kursk", corpus_inputs(ROOT / "examples" / "kursk"),
        [("kursk-pentagon-10000", "lakeshore-courier"), ("harbour-post", "north-korea-losses-kursk")], SAMPLE_CHECKS)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--db", default=":memory:", help="a store file to reuse between runs (extraction is cached)")
    ap.add_argument("--show", action="store_true", help="print missed findings and false conflicts")
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"{args.shared} is absent: nothing to score", file=sys.stderr)
        return 1
    res = run(args.shared, args.db)
    print_events(res, args.show)
    for name, label in (("seeds", "seeds"), ("sample", "sample corpus")):
        ok, n, failed = res[name]
        print(f"{label} findings: {ok}/{n} hold" + (f" (failing: {'; '.join(failed)})" if failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
