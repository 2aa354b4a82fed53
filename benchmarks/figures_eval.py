"""Score the figure extractor against gold files and print precision, recall and field accuracies.

Usage: ``python benchmarks/figures_eval.py GOLD_FILE... [--strict] [--show]``

A gold file has the shape of ``../shared/gold/seeds-figures.json``: rows of ``figures``
with ``doc``, ``text``, ``low``, ``high``, ``approx``, ``source``, ``modality``, optional
``date`` and ``is_figure: false`` for negatives. The texts of its docs are found:

- inline, under ``"docs": {"id": {"text": ..., "published": "YYYY-MM-DD", "complete": true}}``;
- else as ``corpus/seeds/<doc>_*.txt`` of the shared folder next to the gold file's folder
  (the publication date is then read from the text where it is stated, else none).

Matching: an extracted figure matches a gold row of the same doc when its span overlaps the
gold text (found in the doc text). For matched rows: interval exact (low, high and approx),
first source (by meaning: the significant words of one name contained in the other's; a
gold null source wants an empty chain), modality, and date (gold ``date`` equal to
said_on or refers_to) are scored separately. Extracted figures overlapping a negative row
are false positives; other unmatched extractions count as false positives only for docs
marked ``complete`` (or all docs with ``--strict``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from storyline.extract.figures import figures
from storyline.model import Article, Field, Provenance, article_id_for

_STOP = {"the", "a", "an", "of", "and", "s", "according", "to"}


def _words(name: str | None) -> set[str]:
    if not name:
        return set()
    name = name.lower().replace("u.s.", "us").replace("u.s", "us")
    return {w for w in re.findall(r"[a-z0-9]+", name) if w not in _STOP}


def same_source(gold: str | None, got: str | None) -> bool:
    """Sources match by meaning: one's significant words contained in the other's."""
    if gold is None or got is None:
        return gold is None and got is None
    g, e = _words(gold), _words(got)
    if not g or not e:
        return False
    # plural/singular tolerance
    stem = lambda ws: {w.rstrip("s") for w in ws}  # noqa: E731
    return stem(g) <= stem(e) or stem(e) <= stem(g)


_DATE_IN_TEXT = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})\b|\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b",
    re.I,
)


def published_from_text(text: str) -> str | None:
    """The publication date stated in the first lines of a plain-text article, or None."""
    head = "\n".join(text.splitlines()[:8])
    m = _DATE_IN_TEXT.search(head)
    if not m:
        return None
    if m.group(1):
        return m.group(1)
    from storyline.dates import resolve_time

    ref = resolve_time(m.group(2), 0, 0, None)
    return ref.value if ref and ref.resolved else None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    interval: int = 0
    source: int = 0
    modality: int = 0
    date_ok: int = 0
    date_n: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        for k in ("tp", "fp", "fn", "interval", "source", "modality", "date_ok", "date_n"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.errors += o.errors

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m = self.tp or 1
        d = f"{self.date_ok / self.date_n:.2f} ({self.date_n})" if self.date_n else "-"
        return (f"{label:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp} fp {self.fp} fn {self.fn})"
                f"  interval {self.interval / m:.3f}  source {self.source / m:.3f}"
                f"  modality {self.modality / m:.3f}  date {d}")


def doc_key(row: dict) -> str:
    """The key of a gold row's document: its ``doc``, with its ``member`` when it has one."""
    return row["doc"] + (f" ({row['member']})" if row.get("member") else "")


def _ingested(folder: Path, inputs: list[Path]) -> list[Article]:
    """The cleaned articles of ``inputs``, as storyline ingests them."""
    from storyline.config import StorylineConfig
    from storyline.ingest.runner import ingest
    from storyline.store import open_store

    with open_store(":memory:") as store:
        report = ingest([str(p) for p in inputs], store, StorylineConfig())
        if report.rejects:
            raise SystemExit(f"{folder}: gold documents were rejected: {report.rejects}")
        return list(store.iter_articles())


def _load_docs(gold_path: Path, gold: dict) -> dict[str, dict]:
    """The articles of a gold file: inline texts, or the cleaned files it names.

    ``doc`` is a seed number ("000", a file of ``corpus/seeds/`` beside the gold folder) or a
    path relative to the gold file's folder (with ``member`` for a feed entry or JSONL line).
    """
    docs: dict[str, dict] = {}
    for doc_id, d in (gold.get("docs") or {}).items():
        docs[doc_id] = dict(d)
    needed = {doc_key(row) for row in gold["figures"]} - set(docs)
    if not needed:
        return docs
    complete = bool(gold.get("complete"))
    names = {row["doc"] for row in gold["figures"] if doc_key(row) in needed}
    if all(n.isdigit() for n in names):
        seeds = gold_path.resolve().parent.parent / "corpus" / "seeds"
        for article in _ingested(seeds, [seeds]):
            number = Path(article.provenance.source).name[:3]
            docs[number] = {"article": article, "complete": complete}
    else:
        base = gold_path.resolve().parent
        for article in _ingested(base, sorted({base / n for n in names})):
            rel = Path(article.provenance.source).relative_to(base).as_posix()
            key = rel + (f" ({article.provenance.member})" if article.provenance.member else "")
            docs[key] = {"article": article, "complete": complete}
    missing = needed - set(docs)
    if missing:
        raise SystemExit(f"{gold_path}: no text for docs {sorted(missing)}")
    return docs


def _article(doc_id: str, d: dict) -> Article:
    if "article" in d:
        return d["article"]
    text = d["text"]
    return Article(
        id=article_id_for(text), text=text,
        provenance=Provenance(source=d.get("path", doc_id), format="text", sha256=""),
        published=Field(d.get("published"), "json" if d.get("published") else ""),
    )


def _find(text: str, needle: str, used: set[int]) -> tuple[int, int] | None:
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return None
        if i not in used:
            return i, i + len(needle)
        start = i + 1


def score_file(path: Path, *, strict: bool = False) -> tuple[Score, dict[str, Score]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = _load_docs(path, gold)
    total = Score()
    per_doc: dict[str, Score] = {}
    by_doc: dict[str, list[dict]] = {}
    for row in gold["figures"]:
        by_doc.setdefault(doc_key(row), []).append(row)
    for doc_id in sorted(docs):
        d = docs[doc_id]
        art = _article(doc_id, d)
        got = figures(art)
        sc = Score()
        used: set[int] = set()
        rows = []
        for row in by_doc.get(doc_id, []):
            loc = _find(art.text, row["text"], used)
            if loc is None:
                if row.get("is_figure", True) is False:
                    continue  # a look-alike the cleaner already removed (a comment, furniture)
                sc.fn += 1
                sc.errors.append(f"{path.name}:{doc_id} FN (not in the cleaned text) {row['text']!r}")
                continue
            used.add(loc[0])
            rows.append((row, loc))
        claimed: set[int] = set()
        for row, (gs, ge) in rows:
            hits = [k for k, f in enumerate(got) if f.quantity.start < ge and gs < f.quantity.end]
            if row.get("is_figure", True) is False:
                for k in hits:
                    if k not in claimed:
                        claimed.add(k)
                        sc.fp += 1
                        sc.errors.append(f"{path.name}:{doc_id} FP negative {row['text']!r}")
                continue
            free = [k for k in hits if k not in claimed]
            if not free:
                sc.fn += 1
                sc.errors.append(f"{path.name}:{doc_id} FN {row['text']!r}")
                continue
            k = free[0]
            claimed.update(hits)
            f = got[k]
            sc.tp += 1
            q = f.quantity
            want = (row.get("low"), row.get("high"), bool(row.get("approx", False)))
            if (q.low, q.high, q.approx) == (
                    None if want[0] is None else float(want[0]), None if want[1] is None else float(want[1]), want[2]):
                sc.interval += 1
            else:
                sc.errors.append(f"{path.name}:{doc_id} interval {row['text']!r}: got {q.low}..{q.high} "
                                 f"approx={q.approx}, want {want}")
            first = f.attribution.first.name if f.attribution.first else None
            if same_source(row.get("source"), first):
                sc.source += 1
            else:
                sc.errors.append(f"{path.name}:{doc_id} source {row['text']!r}: got {first!r}, want {row.get('source')!r}")
            if f.modality == row.get("modality", "asserted"):
                sc.modality += 1
            else:
                sc.errors.append(f"{path.name}:{doc_id} modality {row['text']!r}: got {f.modality}, want {row.get('modality')}")
            if row.get("date"):
                sc.date_n += 1
                vals = {t.value for t in (f.said_on, f.refers_to) if t is not None}
                if row["date"] in vals:
                    sc.date_ok += 1
                else:
                    sc.errors.append(f"{path.name}:{doc_id} date {row['text']!r}: got {sorted(v for v in vals if v)}, want {row['date']}")
        if strict or d.get("complete"):
            for k, f in enumerate(got):
                if k not in claimed:
                    sc.fp += 1
                    sc.errors.append(f"{path.name}:{doc_id} FP {f.quantity.text!r} ({f.measure})")
        per_doc[doc_id] = sc
        total.add(sc)
    return total, per_doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--strict", action="store_true", help="treat every doc as fully annotated")
    ap.add_argument("--show", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    overall = Score()
    for path in args.gold:
        total, _ = score_file(path, strict=args.strict)
        print(total.line(path.name))
        if args.show:
            for e in total.errors:
                print("   ", e)
        overall.add(total)
    if len(args.gold) > 1:
        print(overall.line("overall"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
