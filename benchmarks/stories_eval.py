"""Quality of story clustering on real labelled news: B-cubed precision, recall and F1.

Two collections, each clustered from scratch (:func:`storyline.cluster.stories.cluster`):

``ecb+``    ``../shared/datasets/ecbplus-dev``: 496 articles of ECB+ (odd topics), each topic
            holding two events of one kind (two earthquakes, two rehab stays). Scored against
            the events (``story_id``) and, as a looser reading, against the topics.
``events``  ``../shared/datasets/giveme5w1h-dev`` (51 articles of 7 multi-outlet events; which
            article is which event comes from ``../shared/gold/dev-events-figures.json``)
            ingested into one store together with the five seed articles
            (``../shared/corpus/seeds``) and the sample corpus (``examples/kursk``); the seeds
            and the sample corpus are one event. Also checked: no story mixes a seed article
            with an article of another event.

Entities are those the ingest run clusters with: runs of capitalised words
(:func:`storyline.cluster.stories.fallback_entities`; ``--fallback`` says so explicitly).
``--spacy`` clusters with the entities of the spaCy parse instead
(:func:`storyline.cluster.stories.entities_of`), for comparison. Each collection is also
clustered by a plain baseline computed in the same run: TF-IDF vectors (lower-cased words,
spaCy's English stop words removed, smoothed IDF, L2 norm) joined by average-link
agglomerative clustering at a cosine threshold; its whole curve is printed, and the
baseline line is its best point (an upper bound for it: the threshold is chosen on the
labels).

``--sweep`` varies each threshold of :class:`~storyline.cluster.stories.StoryParams` alone
around its default and prints F1 for each value: how sensitive the result is to it.
``--sensitivity`` prints F1 on both sets with each threshold (of stories and of threads) one
step below and above its default, the others at theirs: a threshold tuned to one set may not
carry over, and this says how much a step costs. ``--errors`` lists the split events and the
mixed stories of ECB+. The "by thread" lines score each story's threads
(:mod:`storyline.cluster.threads`) against the same events: a developing story is kept one
story, and its threads are its sub-events.

    .venv/bin/python benchmarks/stories_eval.py [--sweep] [--sensitivity] [--errors] [--spacy]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from storyline.cluster.stories import ArticleFeatures, StoryParams, cluster, entities_of, features_of
from storyline.cluster.threads import ThreadParams, threads_of
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.model import Article, Field, Provenance
from storyline.report.demo import corpus_inputs
from storyline.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "kursk"
SEED_EVENT = "(seeds and sample corpus)"

# ---------------------------------------------------------------------------- data


def load_ecb(shared: Path = SHARED) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """ECB+ dev articles (ids as in the dataset), and id -> event, id -> topic."""
    folder = shared / "datasets" / "ecbplus-dev"
    articles = []
    with (folder / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            prov = Provenance(source=str(folder / "articles.jsonl"), format="jsonl",
                              sha256=hashlib.sha256(line.encode()).hexdigest(), member=row["id"])

            def fld(key: str) -> Field:
                return Field(row[key], "json") if row.get(key) else Field()
            articles.append(Article(id=row["id"], text=row["text"], provenance=prov, title=fld("title"),
                                    published=fld("published"), outlet=fld("outlet"), url=fld("url")))
    events, topics = {}, {}
    with (folder / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            events[row["id"]] = row["story_id"]
            topics[row["id"]] = row["topic_id"]
    return articles, events, topics


def load_events(shared: Path = SHARED, examples: Path = EXAMPLES) -> tuple[list[Article], dict[str, str]]:
    """giveme5w1h-dev, the seeds and the sample corpus ingested into one store: the
    articles, and article id -> event (the seeds and the sample corpus are one event)."""
    gold = json.loads((shared / "gold" / "dev-events-figures.json").read_text(encoding="utf-8"))
    event_of_doc = {doc: event for event, docs in gold["events"].items() for doc in docs}
    folder = shared / "datasets" / "giveme5w1h-dev"
    inputs = [str(folder / f"{doc}.jsonl") for doc in sorted(event_of_doc)]
    inputs += [str(shared / "corpus" / "seeds"), *corpus_inputs(examples)]
    store = open_store(":memory:")
    ingest(inputs, store, StorylineConfig(), dedup=False, stories=False)
    articles = list(store.iter_articles())
    store.close()
    labels = {}
    for a in articles:
        source = Path(a.provenance.source)
        labels[a.id] = event_of_doc.get(source.stem, SEED_EVENT) if source.parent == folder else SEED_EVENT
    return articles, labels


def parse_entities(articles: Sequence[Article], cache: Path | None) -> dict[str, list[str]]:
    """Article id -> spaCy entities (:func:`entities_of`), parses cached by text hash."""
    store: dict[str, list[list[str]]] = {}
    if cache and cache.exists():
        store = json.loads(cache.read_text(encoding="utf-8"))
    todo = [a for a in articles if _key(a) not in store]
    if todo:
        from storyline.nlp import load_pipeline

        nlp = load_pipeline()
        for a, doc in zip(todo, nlp.pipe((a.text for a in todo), batch_size=32), strict=True):
            store[_key(a)] = [[e.text, e.label_] for e in doc.ents]
        if cache:
            cache.write_text(json.dumps(store), encoding="utf-8")
    return {a.id: entities_of(_Ents(store[_key(a)])) for a in articles}


def _key(a: Article) -> str:
    return hashlib.sha1(a.text.encode("utf-8")).hexdigest()


class _Ents:
    """Stands for a parsed doc, from cached (text, label) pairs: what :func:`entities_of` reads."""

    class _Span:
        def __init__(self, text: str, label: str):
            self.text, self.label_ = text, label

    def __init__(self, pairs: Sequence[Sequence[str]]):
        self.ents = [self._Span(t, lab) for t, lab in pairs]


# ---------------------------------------------------------------------------- scoring


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``pred`` (item -> cluster) against
    ``gold`` (item -> class), over the items of ``gold``."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        by_pred[pred[item]].add(item)
        by_gold[gold[item]].add(item)
    p = r = 0.0
    for item in gold:
        c, g = by_pred[pred[item]], by_gold[gold[item]]
        both = len(c & g)
        p += both / len(c)
        r += both / len(g)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def storyline_partition(feats: Sequence[ArticleFeatures], params: StoryParams) -> dict[str, str]:
    """Article id -> story id, clustered from scratch."""
    return {aid: sid for sid, ids in cluster(feats, params=params).partition().items() for aid in ids}


def thread_partition(feats: Sequence[ArticleFeatures], stories: Mapping[str, str],
                     params: ThreadParams | None = None) -> dict[str, str]:
    """Article id -> "story id/thread number": the threads of each story of ``stories``
    (article id -> story id)."""
    by_id = {f.article_id: f for f in feats}
    members: dict[str, list[ArticleFeatures]] = defaultdict(list)
    for aid, sid in stories.items():
        members[sid].append(by_id[aid])
    return {aid: f"{sid}/{t.seq}" for sid, fs in members.items() for t in threads_of(sid, fs, params)
            for aid in t.article_ids}


# ---------------------------------------------------------------------------- the baseline

_TOKEN = re.compile(r"[^\W\d_]{2,}")


def tfidf_matrix(texts: Sequence[str]) -> np.ndarray:
    """Rows of L2-normalised TF-IDF weights (raw counts times ``1 + ln((1 + n) / (1 + df))``)."""
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP

    counts = [Counter(w for w in (m.group(0).lower() for m in _TOKEN.finditer(t)) if w not in SPACY_STOP)
              for t in texts]
    vocab = {w: i for i, w in enumerate(sorted({w for c in counts for w in c}))}
    m = np.zeros((len(texts), len(vocab)))
    for row, c in enumerate(counts):
        for w, k in c.items():
            m[row, vocab[w]] = k
    df = (m > 0).sum(axis=0)
    m *= 1.0 + np.log((1 + len(texts)) / (1 + df))
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def average_link(sim: np.ndarray, threshold: float) -> list[int]:
    """Average-link agglomerative clustering: merge the two clusters of highest mean pairwise
    similarity while it is at least ``threshold``. Returns a cluster number per row."""
    n = len(sim)
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    size = np.ones(n)
    label = list(range(n))
    alive = np.ones(n, dtype=bool)
    while True:
        flat = int(np.argmax(s))
        i, j = divmod(flat, n)
        if s[i, j] < threshold:
            break
        # j into i (Lance-Williams update for the average link)
        merged = (size[i] * s[i] + size[j] * s[j]) / (size[i] + size[j])
        s[i], s[:, i] = merged, merged
        s[i, i] = -np.inf
        s[j], s[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        alive[j] = False
        label = [i if lab == j else lab for lab in label]
    return label


def baseline_curve(articles: Sequence[Article], gold: Mapping[str, str], thresholds: Sequence[float]):
    """(threshold, P, R, F1) of the TF-IDF average-link baseline at each threshold."""
    m = tfidf_matrix([f"{a.title.value or ''}\n{a.text}" for a in articles])
    sim = m @ m.T
    out = []
    for t in thresholds:
        lab = average_link(sim, t)
        pred = {a.id: str(lab[k]) for k, a in enumerate(articles)}
        out.append((t, *bcubed(pred, gold)))
    return out


# ---------------------------------------------------------------------------- report


def _line(name: str, p: float, r: float, f: float, extra: str = "") -> str:
    return f"{name:<44} P {p:.3f}  R {r:.3f}  F1 {f:.3f}{extra}"


def error_report(pred: Mapping[str, str], events: Mapping[str, str], topics: Mapping[str, str],
                 articles: Mapping[str, Article]) -> None:
    """Split events and mixed stories, with how many members of each are dated."""
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for aid in events:
        by_pred[pred[aid]].append(aid)
        by_gold[events[aid]].append(aid)
    split = {g: Counter(pred[a] for a in ids) for g, ids in by_gold.items() if len({pred[a] for a in ids}) > 1}
    print(f"\n{len(split)} of {len(by_gold)} events split:")
    for g, parts in sorted(split.items(), key=lambda kv: -len(kv[1])):
        dated = sum(1 for a in by_gold[g] if articles[a].published.value)
        print(f"  {g:<14} {len(by_gold[g]):>3} articles ({dated} dated) in {len(parts)} stories: "
              f"{sorted(parts.values(), reverse=True)}")
    mixed = {s: Counter(events[a] for a in ids) for s, ids in by_pred.items() if len({events[a] for a in ids}) > 1}
    topic_of_event = {events[a]: topics[a] for a in events}
    same_topic = sum(1 for c in mixed.values() if len({topic_of_event[e] for e in c}) == 1)
    print(f"\n{len(mixed)} stories mix events ({same_topic} within one topic):")
    for s, c in sorted(mixed.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {s:<16} {dict(c)}")


def run(shared: Path = SHARED, *, spacy: bool = False, cache: Path | None = None,
        params: StoryParams | None = None, baseline: Sequence[float] = ()) -> dict:
    """Cluster both collections and score them.

    Args:
        shared: the ``../shared`` folder.
        spacy: entities from the spaCy parse (else the capitalised-run fallback).
        cache: where parsed entities are cached.
        params: thresholds (the defaults when None).
        baseline: thresholds at which to run the TF-IDF average-link baseline.

    Returns:
        ``{"ecb_events": (P, R, F1), "ecb_topics": ..., "events": ..., "seed_mixed":
        [events mixed with the seeds' story], "stories": {...}, "baseline": {name: [(t, P, R,
        F1), ...]}, "ecb_pred": ..., "feats": ..., "gold": ...}``.
    """
    params = params or StoryParams()
    ecb, ecb_events, ecb_topics = load_ecb(shared)
    ev, ev_labels = load_events(shared)
    ents = parse_entities([*ecb, *ev], cache) if spacy else {}
    ecb_feats = [features_of(a, ents.get(a.id)) for a in ecb]
    ev_feats = [features_of(a, ents.get(a.id)) for a in ev]
    ecb_pred = storyline_partition(ecb_feats, params)
    ev_pred = storyline_partition(ev_feats, params)
    seed_stories = {ev_pred[a] for a, lab in ev_labels.items() if lab == SEED_EVENT}
    out = {
        "ecb_events": bcubed(ecb_pred, ecb_events), "ecb_topics": bcubed(ecb_pred, ecb_topics),
        "events": bcubed(ev_pred, ev_labels),
        "ecb_threads": bcubed(thread_partition(ecb_feats, ecb_pred), ecb_events),
        "events_threads": bcubed(thread_partition(ev_feats, ev_pred), ev_labels),
        "seed_mixed": sorted({lab for a, lab in ev_labels.items() if ev_pred[a] in seed_stories and lab != SEED_EVENT}),
        "stories": {"ecb": len(set(ecb_pred.values())), "ecb_gold": len(set(ecb_events.values())),
                    "events": len(set(ev_pred.values())), "events_gold": len(set(ev_labels.values()))},
        "ecb_pred": ecb_pred, "feats": (ecb_feats, ev_feats),
        "gold": (ecb_events, ecb_topics, ev_labels), "articles": (ecb, ev), "baseline": {},
    }
    if baseline:
        for name, arts, gold in (("ECB+ events", ecb, ecb_events), ("ECB+ topics", ecb, ecb_topics),
                                 ("giveme5w1h + seeds + sample", ev, ev_labels)):
            out["baseline"][name] = baseline_curve(arts, gold, baseline)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(SHARED))
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--fallback", action="store_true",
                       help="capitalised-run entities, as the ingest run clusters (the default)")
    which.add_argument("--spacy", action="store_true", help="entities of the spaCy parse instead, for comparison")
    ap.add_argument("--sweep", action="store_true", help="F1 as each threshold varies alone")
    ap.add_argument("--errors", action="store_true", help="list split events and mixed stories of ECB+")
    ap.add_argument("--sensitivity", action="store_true",
                    help="F1 of both sets at each threshold (story and thread) one step below and above its default")
    ap.add_argument("--cache", default="/tmp/storyline-stories-eval-ents.json",
                    help="where parsed entities are cached by text hash ('' for none)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    thresholds = [round(0.05 * k, 2) for k in range(1, 11)]
    res = run(Path(args.shared), spacy=args.spacy, cache=Path(args.cache) if args.cache else None,
              baseline=thresholds)
    ecb, ev = res["articles"]
    n = res["stories"]
    print(f"{len(ecb)} ECB+ articles ({sum(1 for a in ecb if a.published.value)} dated), "
          f"{len(ev)} event articles; entities: {'spaCy parse' if args.spacy else 'capitalised runs, as the ingest run'}; "
          f"{time.perf_counter() - t0:.1f} s")
    print(_line("storyline  ECB+ events", *res["ecb_events"], f"  ({n['ecb']} stories, {n['ecb_gold']} events)"))
    print(_line("storyline  ECB+ topics", *res["ecb_topics"]))
    print(_line("storyline  giveme5w1h + seeds + sample", *res["events"],
                f"  ({n['events']} stories, {n['events_gold']} events)"))
    print(_line("storyline  ECB+ events, by thread", *res["ecb_threads"]))
    print(_line("storyline  giveme5w1h + ..., by thread", *res["events_threads"]))
    mixed = res["seed_mixed"]
    print(f"seed stories mixed with another event: {len(mixed)}{' ' + str(mixed) if mixed else ''}")
    for name, curve in res["baseline"].items():
        best = max(curve, key=lambda row: (row[3], -row[0]))
        print(_line(f"baseline   {name}", *best[1:], f"  (TF-IDF average link, best threshold {best[0]:.2f})"))
        print("    curve F1: " + " ".join(f"{t:.2f}:{f:.3f}" for t, _, _, f in curve))
    ecb_events, ecb_topics, ev_labels = res["gold"]
    if args.errors:
        error_report(res["ecb_pred"], ecb_events, ecb_topics, {a.id: a for a in ecb})
    if args.sweep:
        sweep(StoryParams(), *res["feats"], ecb_events, ev_labels)
    if args.sensitivity:
        sensitivity(*res["feats"], ecb_events, ev_labels)


def _around(value: float | int) -> list:
    if isinstance(value, int) and not isinstance(value, bool):
        return sorted({max(0, value + d) for d in (-value // 2, -1, 0, 1, value // 2 + 1, value)})
    return sorted({round(value * f, 3) for f in (0.5, 0.7, 0.85, 1.0, 1.15, 1.3, 1.6)})


def sweep(params: StoryParams, ecb_feats, ev_feats, ecb_events, ev_labels) -> None:
    """F1 on both collections as each threshold varies alone (the default marked *)."""
    print("\nthreshold sensitivity (F1 ECB+ events / giveme5w1h + seeds + sample; * = default)")
    for f in dataclasses.fields(params):
        default = getattr(params, f.name)
        if not isinstance(default, (int, float)) or isinstance(default, bool):
            continue
        cells = []
        for v in _around(default):
            p = dataclasses.replace(params, **{f.name: v})
            e = bcubed(storyline_partition(ecb_feats, p), ecb_events)[2]
            g = bcubed(storyline_partition(ev_feats, p), ev_labels)[2]
            cells.append(f"{v}{'*' if v == default else ''}:{e:.3f}/{g:.3f}")
        print(f"  {f.name:<18} " + "  ".join(cells))



#: One step of each threshold for :func:`sensitivity`: about the smallest change anyone
#: tuning it would try.
STEPS = {"threshold": 0.05, "confirm_threshold": 0.05, "half_life_days": 15.0, "grace_days": 1,
         "undated_factor": 0.05, "min_shared_keys": 1, "min_term_cos": 0.03, "min_common": 1,
         "attach_threshold": 0.05, "entity_support": 2, "attach_share": 0.1, "part_threshold": 0.02,
         "min_part": 1}
THREAD_STEPS = {"threshold": 0.02, "half_life_days": 1.0, "grace_days": 1}


def sensitivity_rows(ecb_feats, ev_feats, ecb_events, ev_labels) -> list[tuple[str, float, list]]:
    """(name, step, [(value, ECB+ F1, events F1) at default - step, default, default + step])
    for every story threshold (story F1) and thread threshold (F1 by thread)."""
    rows = []
    base = StoryParams()
    for name, step in STEPS.items():
        default = getattr(base, name)
        cells = []
        for v in (default - step, default, default + step):
            v = round(v, 6) if isinstance(default, float) else v
            p = dataclasses.replace(base, **{name: v})
            cells.append((v, bcubed(storyline_partition(ecb_feats, p), ecb_events)[2],
                          bcubed(storyline_partition(ev_feats, p), ev_labels)[2]))
        rows.append((f"story {name}", step, cells))
    ecb_pred, ev_pred = storyline_partition(ecb_feats, base), storyline_partition(ev_feats, base)
    tbase = ThreadParams()
    for name, step in THREAD_STEPS.items():
        default = getattr(tbase, name)
        cells = []
        for v in (default - step, default, default + step):
            v = round(v, 6) if isinstance(default, float) else v
            p = dataclasses.replace(tbase, **{name: v})
            cells.append((v, bcubed(thread_partition(ecb_feats, ecb_pred, p), ecb_events)[2],
                          bcubed(thread_partition(ev_feats, ev_pred, p), ev_labels)[2]))
        rows.append((f"thread {name}", step, cells))
    return rows


def sensitivity(ecb_feats, ev_feats, ecb_events, ev_labels) -> None:
    """Print :func:`sensitivity_rows`, with the largest drop of each threshold's F1."""
    print("\nsensitivity: B-cubed F1 (ECB+ events / giveme5w1h + seeds + sample) one step below, at and "
          "above each default; thread rows score the threads")
    for name, step, cells in sensitivity_rows(ecb_feats, ev_feats, ecb_events, ev_labels):
        (_, e0, g0), (d, e1, g1), (_, e2, g2) = cells
        drop = max(e1 - min(e0, e2), g1 - min(g0, g2))
        text = "  ".join(f"{v}{'*' if k == 1 else ''}: {e:.3f}/{g:.3f}" for k, (v, e, g) in enumerate(cells))
        print(f"  {name:<24} step {step:<5} {text}   largest drop {max(drop, 0):.3f}")


if __name__ == "__main__":
    main()
