"""Findings: what a careful editor concludes from the figures of a story (align stage).

For each tracked figure (:mod:`storyline.align.figures`) the figures are first reduced to
*reports*: a figure and its copies in duplicate articles (``copy``, ``syndicated``,
``rewrite``; see :mod:`storyline.cluster.dedup`) are one report, so a copy never counts as
a confirmation; each report has an *origin* (the cited source, else the article), so that
three outlets citing the police are one origin. Values are compared in the base unit of
their dimension, within rounding (10 % for approximate values and round numbers; an open
bound "more than 600,000" is read as near its bound). Reports are put in *bands* of
values that can be the same. Then:

``single``       one article reports the figure: not an agreement.
``agree``        one band from several articles; the sentence says how many independent
                 origins ("all citing the police").
``update``       bands that follow one another in time, when time explains the change: one
                 party revising its figure, weeks apart, or a change of at most
                 :data:`MAX_DAILY_FACTOR` per day (an age never updates). Reports are in
                 time order by when they were stated
                 (:func:`~storyline.align.figures.figure_date`); two undated figures of one
                 article are ordered by their weekdays.
``outlier``      a band of one source against a main band of at least :data:`MIN_MAIN`
                 independent reports, not explained by time.
``conflict``     bands that are none of these, from at least two origins and two sources:
                 ``factor`` says by how much (the largest value over the smallest).
``scope``        two tracked figures of one party where one counts part of the other:
                 killed or wounded are part of casualties (killed or wounded).
``hypothetical`` a figure kept beside its group: hypothetical, forecast or negated.

Every finding carries a ``confidence`` and its ``reasons``; :func:`rank_findings` puts
the sure conflicts and updates of widely reported figures first, and findings below
:data:`FOLD_BELOW` are folded under "more" in the dossier and the web page.

Each tracked figure also gets a summary (:func:`summary_sentence`): the range reported,
the most recent value, and the most conservative credible value, the rule conflict
monitors apply to casualty counts (the lowest credible figure, with the dispute noted).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.align.figures import (
    Alignment,
    same_digits,
    align_figures,
    canonical_articles,
    figure_date,
    figure_source,
)
from storyline.align.measure import base_interval, compatible, measure_of
from storyline.dates import days_between
from storyline.model import Article, Figure, Finding, TrackedFigure

__all__ = ["BAND_RATIO", "FOLD_BELOW", "Ledger", "Report", "findings", "folded", "ledger",
           "rank_findings", "summary_sentence"]

#: Estimates in the thousands within this factor of each other are one band (10,000 and
#: 12,000 agree; "about 8,000" and 10,000 do not), besides values compatible within rounding.
BAND_RATIO = 1.2
#: Two bands apart in time are an update when a source of the same party speaks in both,
#: or when they are at least this many days apart; otherwise they conflict.
UPDATE_GAP_DAYS = 14
#: A main band needs this many independent reports before another band is an outlier.
MIN_MAIN = 3
#: Heads that are part of another head (scope findings).
PART_OF = {"killed": "casualties", "wounded": "casualties"}
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


@dataclass(frozen=True, slots=True)
class Report:
    """One figure as reported, with its copies in duplicate articles.

    Attributes:
        figure: the figure in the original (canonical) article.
        copies: the same figure in the copies.
        article: the canonical article id.
        source: who it is attributed to.
        date: the date it holds (ISO day) or None.
        weekday: the weekday its sentence names when undated ("Monday"), else None.
        origin: where the figure comes from: the cited source, else the article itself;
            copies and repeats of one source are one origin.
        low, high: the interval in the base unit of its dimension (metres, hours...).
    """

    figure: Figure
    copies: tuple[Figure, ...]
    article: str
    source: str
    date: str | None
    weekday: int | None
    origin: str = ""
    low: float | None = None
    high: float | None = None

    @property
    def point(self) -> float:
        lo, hi = self.low, self.high
        if lo is not None and hi is not None:
            return math.sqrt(lo * hi) if lo > 0 and hi > 0 else (lo + hi) / 2
        v = lo if lo is not None else hi
        return v or 0.0

    @property
    def text(self) -> str:
        return self.figure.quantity.text


def _origin(f: Figure, article: str) -> str:
    src = f.attribution.first
    if src is None or src.kind == "outlet":
        return f"article:{article}"
    name = src.name.lower().replace("’", "'")
    return re.sub(r"^(?:the|a|an)\s+", "", name).strip()


def _report(f: Figure, copies: Sequence[Figure], article: str, a: Article | None, wd: int | None) -> Report:
    lo, hi = base_interval(f, measure_of(f, a))
    return Report(f, tuple(copies), article, figure_source(f, a), figure_date(f, a), wd, _origin(f, article), lo, hi)


def _reports(tf: TrackedFigure, articles: Mapping[str, Article], canon: Mapping[str, str]) -> list[Report]:
    by_key: dict[tuple[Any, ...], list[Figure]] = {}
    for f in tf.figures:
        art = canon.get(f.article_id, f.article_id)
        q = f.quantity
        src = figure_source(f, articles.get(f.article_id)).lower()
        key = (art, q.low, q.high, src if f.attribution.first is not None else "")
        by_key.setdefault(key, []).append(f)
    out = []
    for key, figs in by_key.items():
        figs.sort(key=lambda f: (f.article_id != key[0], f.article_id, f.quantity.start))
        f = figs[0]
        wd = None
        if f.said_on is not None and not f.said_on.value:
            wd = _WEEKDAYS.get(f.said_on.text.lower())
        out.append(_report(f, figs[1:], key[0], articles.get(f.article_id), wd))
    out.sort(key=_time_key)
    return out


def _time_key(r: Report) -> tuple[Any, ...]:
    return (r.date or "9999", r.article, r.weekday if r.weekday is not None else 9, r.figure.quantity.start)


def _before(a: Report, b: Report) -> bool | None:
    """Whether ``a`` holds at an earlier time than ``b``; None when it cannot be told."""
    if a.date and b.date:
        return a.date < b.date if a.date != b.date else None
    if a.article == b.article and a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
        return a.weekday < b.weekday
    return None


def _bands(reports: Sequence[Report]) -> list[list[Report]]:
    ordered = sorted(reports, key=lambda r: (r.point, _time_key(r)))
    bands: list[list[Report]] = []
    for r in ordered:
        if bands and any(_overlap(r, m) for m in bands[-1]):
            bands[-1].append(r)
        else:
            bands.append([r])
    return bands


def _round(x: float | None) -> bool:
    """A round number ("10,000", "500") is itself an estimate."""
    return x is not None and x >= 100 and x == round(x, -len(str(int(x))) + 1)


def _overlap(a: Report, b: Report) -> bool:
    """Whether two reports can state the same value: their intervals meet within rounding,
    widened by 10 % for approximate values and round numbers, or (for estimates in the
    thousands) they are within :data:`BAND_RATIO` of each other."""
    qa, qb = a.figure.quantity, b.figure.quantity
    ea = qa.approx or (qa.low == qa.high and _round(qa.low))
    eb = qb.approx or (qb.low == qb.high and _round(qb.low))
    if compatible((a.low, a.high), ea, (b.low, b.high), eb):
        return True
    if ea and eb and min(a.point, b.point) >= 1000:
        return max(a.point, b.point) <= min(a.point, b.point) * BAND_RATIO
    return False


def _parties(reports: Iterable[Report]) -> set[str]:
    from storyline.align.figures import _mentions

    out = set()
    for r in reports:
        ms = _mentions(r.source)
        out |= {m[1] for m in ms} if ms else {r.source.lower().removeprefix("the ").removeprefix("a ")}
    return out


def _days(a: str, b: str) -> int:
    return days_between(a, b) or 0


def _num(x: float) -> str:
    return f"{x:,.0f}" if x >= 10 or x == int(x) else f"{x:g}"


def _cite(r: Report) -> str:
    when = r.date or (r.figure.said_on.text if r.figure.said_on is not None else None)
    return f"{r.text} ({r.source}{', ' + when if when else ''})"


def _magnitude(factor: float) -> str:
    orders = math.log10(factor) if factor > 0 else 0
    if orders >= 1.75:
        n = round(orders)
        return f"differ by {'two' if n == 2 else 'three' if n == 3 else str(n)} orders of magnitude"
    if orders >= 0.9:
        return "differ by an order of magnitude"
    return f"differ by a factor of {factor:.1f}"


def _finding(kind: str, tf: TrackedFigure, sentence: str, reports: Sequence[Report],
             factor: float | None = None, other: str | None = None, *,
             confidence: float = 0.5, reasons: Sequence[str] = ()) -> Finding:
    return Finding(kind=kind, tracked_id=tf.id, sentence=sentence,  # type: ignore[arg-type]
                   figures=tuple(r.figure for r in reports), sources=tuple(r.source for r in reports),
                   dates=tuple(r.date for r in reports), factor=factor, other_tracked_id=other,
                   confidence=round(min(max(confidence, 0.0), 1.0), 2), reasons=tuple(reasons))


def _origins(reports: Iterable[Report]) -> list[str]:
    """The distinct origins of reports, in order."""
    return list(dict.fromkeys(r.origin for r in reports))


def _origin_note(reports: Sequence[Report]) -> str:
    """ "" when every article speaks for itself, else how many origins and whom they cite."""
    origins = _origins(reports)
    n_art = _independent(reports)
    if len(origins) >= n_art:
        return ""
    cited = [o for o in origins if not o.startswith("article:")]
    if len(origins) == 1 and cited:
        who = next(r.source for r in reports if r.origin == cited[0])
        return f", all citing {who}"
    return f", {len(origins)} independent origin{'s' if len(origins) != 1 else ''}"


def _independent(reports: Iterable[Report]) -> int:
    return len({r.article for r in reports})


def _monotone_chain(reports: Sequence[Report]) -> list[Report]:
    """The longest run of reports in time order whose values only rise (or only fall)."""
    timed = [r for r in reports if r.date or r.weekday is not None]
    best: list[Report] = []
    for sign in (1, -1):
        # O(n^2) longest chain; a tracked figure holds tens of reports at most
        chains: list[list[Report]] = []
        for r in timed:
            cand = [r]
            for c in chains:
                last = c[-1]
                if _before(last, r) and sign * (r.point - last.point) > 0 and \
                        (r.point / max(last.point, 1e-9) if sign > 0 else last.point / max(r.point, 1e-9)) > BAND_RATIO \
                        and len(c) + 1 > len(cand):
                    cand = [*c, r]
            chains.append(cand)
        longest = max(chains, key=len, default=[])
        if len(longest) > len(best):
            best = longest
    return best if len(best) >= 2 else []


#: A figure that changes by more than this factor per day between two reports is not
#: explained by time: the reports conflict.
MAX_DAILY_FACTOR = 3.0
#: Heads whose value does not change while a story is told: an age is never an update.
FIXED_HEADS = frozenset({"age"})


def _explained_by_time(a: Sequence[Report], b: Sequence[Report], tf: TrackedFigure) -> str | None:
    """``earlier`` or ``later`` when band ``a`` holds wholly before or after band ``b`` and
    the change between them is one time can explain, else None."""
    if tf.measure_head in FIXED_HEADS and not (_parties(a) & _parties(b)):
        return None
    a_dates = sorted(r.date for r in a if r.date)
    b_dates = sorted(r.date for r in b if r.date)
    if len(a_dates) != len(a) or not b_dates:
        return None  # the band said to be earlier or later must be dated throughout
    if a_dates[-1] < b_dates[0]:
        when, gap = "earlier", _days(a_dates[-1], b_dates[0])
    elif a_dates[0] > b_dates[-1]:
        when, gap = "later", _days(a_dates[0], b_dates[-1])
    else:
        return None
    if _parties(a) & _parties(b) or gap >= UPDATE_GAP_DAYS:
        return when  # one party revising its figure, or weeks apart
    pa = sum(r.point for r in a) / len(a)
    pb = sum(r.point for r in b) / len(b)
    ratio = max(pa, pb) / max(min(pa, pb), 1e-9)
    return when if ratio <= MAX_DAILY_FACTOR ** gap else None


def _strength(tf: TrackedFigure) -> tuple[float, str]:
    """How strongly the tracked figure's figures are one measure, and why."""
    if tf.party:
        return 1.0, f"same measure ({tf.measure_head}) of one party"
    return 0.85, f"same measure ({tf.measure_head}) in matching sentences"


def findings(tf: TrackedFigure, articles: Mapping[str, Article],
             duplicates: Iterable[tuple[str, str, str]] | Mapping[str, str] | None = None) -> list[Finding]:
    """The findings of one tracked figure (all kinds but ``scope``, which needs two).

    Args:
        tf: the tracked figure.
        articles: article id -> article.
        duplicates: near-duplicate links, see :func:`~storyline.align.figures.canonical_articles`.

    Returns:
        Findings in a fixed order: single or agree, update, outlier, conflict, hypothetical.
    """
    canon = canonical_articles(duplicates)
    reports = _reports(tf, articles, canon)
    out: list[Finding] = []
    label = tf.label
    strength, why_same = _strength(tf)
    bands = _bands(reports) if reports else []
    if reports and _independent(reports) == 1 and len(bands) == 1:
        r0 = reports[0]
        s = f"{label}: {r0.text} has a single source ({_cite(r0)}); copies are not confirmations"
        out.append(_finding("single", tf, s, reports, confidence=0.3 * strength,
                            reasons=("one article", why_same)))
    elif len(bands) == 1:
        band = bands[0]
        top = max(band, key=lambda r: (r.point, r.figure.quantity.high or 0, _time_key(r)))
        values = {(r.figure.quantity.low, r.figure.quantity.high) for r in band}
        n = _independent(band)
        n_origins = len(_origins(band))
        note = _origin_note(band)
        if len(values) == 1:
            s = (f"{label}: {band[0].text} is confirmed by {n} independent article{'s' if n != 1 else ''}{note}"
                 f" ({'; '.join(_cite(r) for r in band)})")
        else:
            lo = min(r.figure.quantity.low or r.figure.quantity.high or 0 for r in band)
            hi = max(r.figure.quantity.high or r.figure.quantity.low or 0 for r in band)
            rng = f"{_num(lo)}–{_num(hi)}" if hi and hi != lo else f"about {_num(lo)}"
            s = (f"{label}: {len(band)} reports from {n} independent articles{note} broadly agree on {rng}, "
                 f"highest {_cite(top)}")
        out.append(_finding("agree", tf, s, sorted(band, key=lambda r: (r.point, _time_key(r))),
                            confidence=(0.45 + 0.15 * min(n_origins, 4)) * strength,
                            reasons=(f"{n_origins} independent origin{'s' if n_origins != 1 else ''}",
                                     "values agree within rounding", why_same)))
    elif len(bands) > 1:
        ranked = sorted(bands, key=lambda b: (-_independent(b), -len(b), bands.index(b)))
        main = ranked[0]
        if _independent(main) < 2 or _independent(ranked[1]) == _independent(main):
            main = []  # no value is confirmed more than another
        if main:
            lo = min(r.figure.quantity.low or r.figure.quantity.high or 0 for r in main)
            hi = max(r.figure.quantity.high or r.figure.quantity.low or 0 for r in main)
            rng = f"{_num(lo)}–{_num(hi)}" if hi and hi != lo else f"about {_num(lo)}"
            top = max(main, key=lambda r: (r.point, r.figure.quantity.high or 0, _time_key(r)))
            n_origins = len(_origins(main))
            out.append(_finding("agree", tf, f"{label}: {len(main)} reports from {_independent(main)} independent "
                                f"articles{_origin_note(main)} broadly agree on {rng}, highest {_cite(top)}",
                                sorted(main, key=lambda r: (r.point, _time_key(r))),
                                confidence=(0.4 + 0.15 * min(n_origins, 4)) * strength,
                                reasons=(f"{n_origins} independent origins", "values agree within rounding",
                                         why_same)))
        others = [b for b in bands if b is not main]
        conflicting: list[list[Report]] = []
        if main:
            for b in others:
                when = _explained_by_time(b, main, tf)
                if when:
                    seq = sorted(b, key=_time_key) + sorted(main, key=_time_key)[:1] if when == "earlier" else \
                        sorted(main, key=_time_key)[:1] + sorted(b, key=_time_key)
                    out.append(_finding("update", tf, f"{label}: {'an earlier' if when == 'earlier' else 'a later'} "
                                        "value of the same figure, an update over time, not a conflict: "
                                        + " → ".join(_cite(r) for r in seq), seq,
                                        confidence=0.75 * strength,
                                        reasons=("ordered by when each figure was stated",
                                                 "the change is one time can explain", why_same)))
                elif len({r.source.lower() for r in b}) == 1 and len(b) == 1 and _independent(main) >= MIN_MAIN:
                    m_lo = min(r.point for r in main)
                    m_hi = max(r.point for r in main)
                    f = max(b[0].point / m_hi, m_lo / max(b[0].point, 1e-9))
                    out.append(_finding("outlier", tf, f"{label}: {_cite(b[0])} is far from the other "
                                        f"{len(main)} reports ({_num(m_lo)}–{_num(m_hi)}), by a factor of {f:.1f}",
                                        [b[0], *main], factor=round(f, 2),
                                        confidence=(0.5 + 0.1 * min(_independent(main), 4)) * strength,
                                        reasons=(f"{_independent(main)} articles agree on another value",
                                                 "incompatible beyond rounding", why_same)))
                else:
                    conflicting.append(b)
        else:
            # no confirmed value: bands in time order are an update when time explains each step
            timed = sorted(others, key=lambda b: min(_time_key(r) for r in b))
            steps = [_explained_by_time(x, y, tf) == "earlier" for x, y in zip(timed, timed[1:])]
            if all(steps):
                seq = [sorted(b, key=_time_key)[0] for b in timed]
                out.append(_finding("update", tf, f"{label}: the figure changed over time, an update, not a "
                                    "conflict: " + " → ".join(_cite(r) for r in seq), seq,
                                    confidence=0.6 * strength,
                                    reasons=("ordered by when each figure was stated",
                                             "the change is one time can explain", why_same)))
            else:
                conflicting = others
        group = sorted([r for b in conflicting for r in b] + (list(main) if conflicting else []),
                       key=lambda r: (r.point, _time_key(r)))
        if conflicting and len(_origins(group)) >= 2 and len({r.source.lower() for r in group}) >= 2:
            lo_r, hi_r = group[0], group[-1]
            factor = hi_r.point / max(lo_r.point, 1e-9)
            n_origins = len(_origins(group))
            same_day = len({r.date for r in group if r.date}) == 1
            s = f"{label}: sources {_magnitude(factor)} — " + ", ".join(_cite(r) for r in group)
            if any(same_digits((x.low, x.high), (y.low, y.high)) for x in group for y in group):
                s += " (the same digits a power of ten apart: one may be a misprint)"
            out.append(_finding("conflict", tf, s, group, factor=round(factor, 2),
                                confidence=(0.45 + 0.1 * min(n_origins, 3) + (0.1 if factor >= 2 else 0.0))
                                * strength,
                                reasons=(f"{n_origins} independent origins", f"incompatible beyond rounding "
                                         f"(factor {factor:.1f})", "same day" if same_day else
                                         "not explained by time", why_same)))
            chain = _monotone_chain(sorted(group, key=_time_key))
            if chain:
                out.append(_finding("update", tf, f"{label}: partly an update over time: "
                                    + " → ".join(_cite(r) for r in chain), chain, confidence=0.5 * strength,
                                    reasons=("ordered by when each figure was stated", "values rise or fall "
                                             "with time", why_same)))
            # one party's sources revising their own figure ("several hundred" -> "more than 1,000")
            band_of = {id(r): i for i, b in enumerate(_bands(group)) for r in b}
            for party in sorted(_parties(group)):
                own = sorted((r for r in group if r.date and party in _parties([r])), key=_time_key)
                revised = [r for i, r in enumerate(own) if i == 0 or band_of[id(r)] != band_of[id(own[i - 1])]]
                if len(revised) >= 2 and revised != chain and len({band_of[id(r)] for r in revised}) >= 2:
                    out.append(_finding("update", tf, f"{label}: {party.title()} sources revised their figure: "
                                        + " → ".join(_cite(r) for r in revised), revised,
                                        confidence=0.7 * strength,
                                        reasons=("one party's sources, in time order", why_same)))
    for f, reason in tf.excluded:
        a = articles.get(f.article_id)
        r = _report(f, (), canon.get(f.article_id, f.article_id), a, None)
        s = (f"{label}: {_cite(r)} is {reason}, not counted"
             + (" and not a conflict with the reported figures" if tf.figures else ""))
        out.append(_finding("hypothetical", tf, s, [r], confidence=0.6,
                            reasons=(f"stated as {reason}",)))
    return out


def _scope_findings(tracked: Sequence[TrackedFigure], articles: Mapping[str, Article],
                    canon: Mapping[str, str]) -> list[Finding]:
    out = []
    for part in tracked:
        whole_head = PART_OF.get(part.measure_head)
        if not whole_head or not part.figures:
            continue
        for whole in tracked:
            if whole.measure_head != whole_head or not whole.figures or whole.unit != part.unit:
                continue
            if part.party and whole.party and part.party != whole.party:
                continue
            pr = _reports(part, articles, canon)
            wr = _reports(whole, articles, canon)
            s = (f"{part.label} counts only part of {whole.label} (killed or wounded): "
                 + ", ".join(_cite(r) for r in pr) + " is not comparable like for like with "
                 + ", ".join(_cite(r) for r in sorted(wr, key=lambda r: r.point)))
            out.append(_finding("scope", part, s, [*pr, *wr], other=whole.id, confidence=0.7,
                                reasons=(f"{part.measure_head} is part of {whole.measure_head}",
                                         "one party")))
    return out


def summary_sentence(tf: TrackedFigure, articles: Mapping[str, Article]) -> str:
    """The summary of a tracked figure: range, most recent, most conservative credible value."""
    if not tf.figures:
        return f"{tf.label}: no counted figure ({len(tf.excluded)} excluded)"
    rng = f"{_num(tf.low or 0)}–{_num(tf.high)}" if tf.high is not None and tf.high != tf.low else (
        f"{_num(tf.low or 0)} or more" if tf.high is None else _num(tf.low or 0))
    parts = [f"{tf.label}: reported range {rng}"]
    if tf.latest is not None:
        a = articles.get(tf.latest.article_id)
        parts.append(f"most recent {tf.latest.quantity.text} ({figure_source(tf.latest, a)}, "
                     f"{figure_date(tf.latest, a)})")
    if tf.conservative is not None:
        a = articles.get(tf.conservative.article_id)
        parts.append(f"most conservative credible {tf.conservative.quantity.text} "
                     f"({figure_source(tf.conservative, a)})" + (", disputed" if tf.disputed else ""))
    return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Ledger:
    """The ledger of one story: its tracked figures, their findings, and the rest."""

    story_id: str
    tracked: tuple[TrackedFigure, ...]
    findings: tuple[Finding, ...]
    unaligned: tuple[Figure, ...]
    summaries: Mapping[str, str]
    alignment: Alignment

    def findings_of(self, tracked_id: str) -> list[Finding]:
        return [f for f in self.findings if f.tracked_id == tracked_id or f.other_tracked_id == tracked_id]


def ledger(story_id: str, figures: Iterable[Figure], articles: Mapping[str, Article],
           duplicates: Iterable[tuple[str, str, str]] | Mapping[str, str] | None = None) -> Ledger:
    """Build the ledger of a story.

    Args:
        story_id: the story.
        figures: the figures of its articles.
        articles: article id -> article (its members at least).
        duplicates: near-duplicate links: ``(original_id, copy_id, relation)`` triples or a
            mapping copy id -> original id; copies count as one source.

    Returns:
        The :class:`Ledger`; the same input always gives the same ledger.
    """
    dup = list(duplicates.items()) if isinstance(duplicates, Mapping) else list(duplicates or [])
    dup_arg: Any = dict(dup) if isinstance(duplicates, Mapping) else dup
    canon = canonical_articles(dup_arg)
    alignment = align_figures(story_id, figures, articles)
    out: list[Finding] = []
    for tf in alignment.tracked:
        out.extend(findings(tf, articles, dup_arg))
    out.extend(_scope_findings(alignment.tracked, articles, canon))
    summaries = {tf.id: summary_sentence(tf, articles) for tf in alignment.tracked}
    return Ledger(story_id, alignment.tracked, tuple(out), alignment.unaligned, summaries, alignment)


#: Findings less sure than this are folded under "more" in the dossier and the web page.
FOLD_BELOW = 0.5
_KIND_RANK = {"conflict": 0, "update": 1, "outlier": 2, "scope": 3, "agree": 4, "hypothetical": 5, "single": 6}


def folded(finding: Finding) -> bool:
    """Whether a finding is shown only under "more" (its confidence is below :data:`FOLD_BELOW`)."""
    return finding.confidence < FOLD_BELOW


def rank_findings(led: Ledger) -> list[Finding]:
    """The findings of a ledger, most useful first: sure before folded, then conflicts and
    updates before agreement, widely reported figures (more articles) first, then the
    finding with more articles in its evidence, then the surer one; ties keep the ledger's order."""
    reach = {tf.id: len({f.article_id for f in tf.figures}) for tf in led.tracked}
    order = {id(f): i for i, f in enumerate(led.findings)}
    return sorted(led.findings, key=lambda f: (folded(f), _KIND_RANK.get(f.kind, 9), -reach.get(f.tracked_id, 0),
                                               -len({x.article_id for x in f.figures}), -f.confidence,
                                               order[id(f)]))
