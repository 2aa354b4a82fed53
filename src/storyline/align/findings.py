"""Findings: what a careful editor concludes from the figures of a story (align stage).

For each tracked figure (:mod:`storyline.align.figures`) the figures are first reduced to
*reports*: a figure and its copies in duplicate articles (``copy``, ``syndicated``,
``rewrite``; see :mod:`storyline.cluster.dedup`) are one report, so a copy never counts as
a confirmation; each report has an *origin* (the cited source, else the article), so that
three outlets citing the police are one origin. Values are compared in the base unit of
their dimension, within rounding (10 % for approximate values and round numbers; an open
bound "more than 600,000" is read as near its bound). Reports are put in *bands* of
values that can be the same: every two values stated in a band can be one value, and an
open bound or a range that can be the values of two bands ("more than an hour" beside "an
hour" and "90 minutes") joins one of them but confirms neither and takes no side
(:func:`_bands`). Then:

``single``       one article reports the figure: not an agreement.
``agree``        one band from several articles; the sentence says how many independent
                 origins ("all citing the police"; spellings of one source are one origin).
                 A hypothetical or forecast figure of another article that gives the
                 value is listed as support; within a disagreement, each side that
                 several articles give is an agreement of its own.
``update``       bands that follow one another in time, when time explains the change: one
                 party revising its figure, weeks apart, or a change of at most
                 ``align_max_daily_factor`` per day (an age never updates). Reports are in
                 time order by when they were stated
                 (:func:`~storyline.align.figures.figure_date`); two undated figures of one
                 article are ordered by their weekdays; a figure given as an earlier report
                 holds the day before its article. Lengths of time that count from one
                 start ("50 hours" on the 8th, "85 hours" on the 10th) are an update;
                 but a length of time that grew, between reports of different parties, by
                 more than the days between them and one unit ("after four seasons", then
                 "after six seasons" a month later: two tenures) is not.
                 Never an update: one voice of one article telling the past occasion by
                 occasion ("in 2016 ... four years later ...", :func:`chronology`), a band
                 of past figures no article of the other band gives ("126 million voted
                 in 2012"), or that gives it with no change linking the two (two
                 occasions side by side), one party's two values for one day, nor two
                 values whose verbs say they count different things ("two barns
                 flattened", then "ten barns damaged"; a generic measure needs evidence
                 that both values measure one thing, and so do counts of any noun
                 weeks apart: :func:`update_evidence`; nor a chain of values that goes
                 down and up again, beyond rounding: "99", "11", "139" are several things
                 counted in turn, and so are earlier values set against a main value that do
                 not go one way with it: "25", "18", "27", then "34"); never two counts the
                 words around them set apart (:func:`counted_apart`: "40 seats at stake" and
                 "won 30 seats", "the 50 votes needed" and "got 45 votes", a margin "won by 20
                 points" and a total, a survey's sample, counts among two groups or from two
                 givers, prices for two amounts, the sum of a deal and a value, two terms of
                 an offer told with no change: :func:`offered`), nor counts of two owners or
                 two sizes told as compounds (:func:`owned_apart`: "Lee has 40 delegates" and
                 "Kim has 95", "Ohio's 66 delegates" and "Utah's 40"; "the 15-member board" and
                 "the full 180-member board"), nor a count of every one of a set and a count
                 that is not (:func:`told_as_whole`: "won 22 states", "in all 50 states"), nor
                 two sizes of a change over a span (:func:`two_changes`: "dropped 40 cents", then "up 15 cents"), nor, by the days between them alone, two measures that each narrow
                 their noun with no word in common (:func:`worded_apart`: "two outside
                 candidates", then "four remaining candidates").
``outlier``      a band of one source against a main band of at least ``align_min_main``
                 independent reports, not explained by time, nor a past figure, shown to
                 measure the same thing as the main band (:func:`direct_evidence`); never a
                 value an article gives in its own voice beside the main value it reports
                 too (:func:`tells_main_too`: a part of it, "two on the north side"), nor
                 a count of one place against counts of other places or of several
                 (:func:`placed_apart`: "six killed in Lyon", "the blasts in Lyon and Nice
                 killed 80").
``conflict``     bands that are none of these, from at least two origins and two sources:
                 ``factor`` says by how much (the largest value over the smallest). Only
                 sources that each give one value take a side (one voice giving two values
                 in one article for one day speaks of two things), a figure dated long
                 before its article is history, not a side, and two reports across the
                 sides, in two articles, must be shown to count one thing: the same holder,
                 the same predicate (the event or class of verb that counts them: "killed"
                 and "died", "hit" and "struck", not "loaded with" and "hit by"), or the same
                 digits (:func:`direct_evidence`). A shared noun, a party or matching
                 sentences are not enough: where the evidence is weak, no conflict is claimed.
                 A source two articles quote with values of both sides for one day takes no
                 side, and is cited with the conflict as part of what is disputed ("the fire
                 department is quoted with both": :func:`quoted_with_both`).
``scope``        two tracked figures of one party where one counts part of the other:
                 killed or wounded are part of casualties (killed or wounded); or values
                 that would conflict but each counts in another place: another named place,
                 or one place against every place of its kind ("at Riverside Hospital",
                 "in all hospitals"); no conflict either where two reports name two places
                 and another names none ("12 in Leeds", "18 in York", "30": parts and a
                 whole, which the text does not say; the counts of the whole still give
                 their change over time: :func:`whole_updates`); or values that would conflict but one side counts
                 only those harmed one way ("four killed by friendly fire" against "five
                 killed": :func:`counted_by`, :func:`cause_scope`).
``hypothetical`` a figure kept beside its group: hypothetical, forecast or negated.

Each kind is a named rule over a :class:`FindingContext` (the tracked figure's reports and
bands, read once): :func:`findings` runs :data:`BUILT_IN_RULES`, then :data:`FINDING_RULES`,
where :func:`add_finding_rule` adds a kind (see "Recipe: add a finding kind" in
``docs/ARCHITECTURE.md``).

Every finding carries a ``confidence`` and its ``reasons``; :func:`rank_findings` puts
the sure conflicts and updates of widely reported figures first, and findings below
``align_fold_below`` are folded under "more" in the dossier and the web page.

Each tracked figure also gets a summary (:func:`summary_sentence`): the range reported,
the most recent value, and the most conservative credible value, the rule conflict
monitors apply to casualty counts (the lowest credible figure, with the dispute noted).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from storyline.align.figures import (
    Alignment,
    align_figures,
    canonical_articles,
    change_linked,
    figure_date,
    figure_source,
    figure_when,
    misprint,
    profile,
    vague_value,
    value_distance,
)
from storyline.align.measure import (
    Measure,
    base_interval,
    compared_value,
    standing,
    told_as_change,
    compatible,
    content_words,
    context_similarity,
    converted_digits,
    measure_of,
    planned,
    value_slack,
)
from storyline.align.params import DEFAULT, AlignParams
from storyline.align.vocab import (
    CAUSE_PHRASE_END,
    CAUSE_PREPOSITIONS,
    EVENTS,
    GENERIC_HEADS,
    NOT_CAUSES,
    ORDINAL_TEXT,
    OTHER_OCCASION,
    STOP,
    unit_of,
)
from storyline.lang.en import NUMBER_ONES, NUMBER_TENS, TIME_WORDS
from storyline.dates import MONTHS, WEEKDAYS, days_between, period_end
from storyline.model import Article, Figure, Finding, TrackedFigure

__all__ = ["BUILT_IN_RULES", "FINDING_RULES", "KIND_RANK", "FindingContext", "FindingRule", "Ledger", "Report",
           "add_finding_rule", "finding_context", "findings", "folded", "ledger", "rank_findings",
           "summary_sentence", "tells_main_too"]

# The thresholds (align_band_ratio: estimates in the thousands within this factor of each other
# are one band, 10,000 and 12,000 agree, "about 8,000" and 10,000 do not; align_update_gap_days;
# align_min_main; align_max_daily_factor; align_fold_below) are settings, passed in as
# :class:`~storyline.align.params.AlignParams`.
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
        published: the day its article was published (ISO), or None.
        when: ``date`` as people read it (:func:`~storyline.align.figures.figure_when`:
            "2003" for a figure of that year, not its first day).
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
    published: str | None = None
    when: str | None = None

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
    name = re.sub(r"^(?:the|a|an)\s+", "", name).strip()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in re.findall(r"[\w']+", name.replace("'s", "")))


#: Short forms of words in the names of sources ("Fire Dept" is "Fire Department").
_ABBREVIATIONS = {"dept": "department", "govt": "government", "gov": "government", "intl": "international",
                  "natl": "national", "assn": "association", "corp": "corporation", "univ": "university"}


def _report(f: Figure, copies: Sequence[Figure], article: str, a: Article | None, wd: int | None,
            params: AlignParams = DEFAULT) -> Report:
    lo, hi = base_interval(f, measure_of(f, a, params))
    pub = a.published_on.isoformat() if a is not None and a.published_on else None
    return Report(f, tuple(copies), article, figure_source(f, a), figure_date(f, a), wd, _origin(f, article), lo, hi,
                  pub, figure_when(f, a))


def _reports(tf: TrackedFigure, articles: Mapping[str, Article], canon: Mapping[str, str],
             params: AlignParams = DEFAULT) -> list[Report]:
    by_key: dict[tuple[Any, ...], list[Figure]] = {}
    for f in tf.figures:
        art = canon.get(f.article_id, f.article_id)
        q = f.quantity
        src = figure_source(f, articles.get(f.article_id)).lower()
        key = (art, q.low, q.high, src if f.attribution.first is not None else "")
        by_key.setdefault(key, []).append(f)
    out = []
    for key, figs in by_key.items():
        # the report is the figure of the text rather than the title's (offsets of another text)
        figs.sort(key=lambda f: (f.article_id != key[0], f.article_id, f.in_title, f.quantity.start))
        f = figs[0]
        wd = None
        if f.said_on is not None and not f.said_on.value:
            wd = _WEEKDAYS.get(f.said_on.text.lower())
        out.append(_report(f, figs[1:], key[0], articles.get(f.article_id), wd, params))
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


def _pinned(r: Report) -> bool:
    """Whether a report states one value (exact or approximate), not an open bound ("more than
    an hour") or a range ("60 to 90 minutes")."""
    return r.low is not None and r.low == r.high


def _bands(reports: Sequence[Report], params: AlignParams = DEFAULT) -> list[list[Report]]:
    """The reports in bands of values that can be the same, lowest first. The reports that state
    one value make the bands, and every two of a band can state the same value: the nearest
    values join first, and two bands join only when each value of one can be each of the other
    (a third value that can be either, "90 minutes" beside "an hour" and "an hour and a half",
    or "12,000" beside "about 10,000" and "about 14,000", does not make them agree). An open
    bound or a range joins the band of such values it can state (the one more articles give when
    it can state several: "more than an hour" is no evidence that "an hour" and "90 minutes"
    agree); one that can state none joins a band of an open bound or a range it meets ("at
    least 43" beside "more than 40"), or makes one of its own. The two ends of a range a source
    gives, each told alone in other articles, one of them by that source too ("10 to 15 minutes",
    then "15 minutes" and "10 minutes"), are one band (:func:`range_ends`)."""
    key = lambda r: (r.point, _time_key(r))  # noqa: E731
    ordered = sorted(reports, key=key)
    pinned = [r for r in ordered if _pinned(r)]
    n = len(pinned)
    ranges = [r for r in ordered if not _pinned(r) and r.low is not None and r.high is not None]
    fit = [[i == j or _overlap(pinned[i], pinned[j], params) or range_ends(pinned[i], pinned[j], ranges)
            for j in range(n)] for i in range(n)]
    band_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def distance(i: int, j: int) -> float:
        return value_distance(pinned[i].point, pinned[j].point)

    for i, j in sorted(((i, j) for i in range(n) for j in range(i + 1, n) if fit[i][j]),
                       key=lambda e: (distance(*e), e)):
        x, y = band_of[i], band_of[j]
        if x == y or not all(fit[a][b] for a in members[x] for b in members[y]):
            continue
        for b in members[y]:
            band_of[b] = x
        members[x] += members.pop(y)
    bands = [[pinned[i] for i in sorted(m)] for m in members.values()]
    for r in ordered:
        if _pinned(r):
            continue
        fits = [b for b in bands if any(_overlap(r, m, params) for m in _values(b))] or \
            [b for b in bands if any(_overlap(r, m, params) for m in b)]
        if fits:
            max(fits, key=lambda b: (_independent(b), -fits.index(b))).append(r)
        else:
            bands.append([r])
    for b in bands:
        b.sort(key=key)
    bands.sort(key=lambda b: key(b[0]))
    return bands


def range_ends(a: Report, b: Report, ranges: Sequence[Report]) -> bool:
    """Whether two values, each told alone in an article of its own, are the low and the high end
    of a range a cited source gives in a third article, and that source is cited with one of the
    two as well ("10 to 15 minutes, the mayor said" in one, "the mayor said 15 minutes" in
    another, "10 minutes" in a third): the articles quote the source's range in part, so the two
    values are no two values that disagree. A range whose source gives neither end alone ("60"
    from the police, "90" from the medics, "60 to 90" from the mayor) may hold two values that
    disagree, and is left to the bands' other rules, as are values the range's own article
    tells and other values inside the range ("12 minutes")."""
    if a.article == b.article or a.low is None or b.low is None:
        return False
    lo, hi = sorted((a.low, b.low))
    return lo < hi and any(r.article not in (a.article, b.article) and r.low is not None and r.high is not None
                           and not r.origin.startswith("article:") and r.origin in (a.origin, b.origin)
                           and math.isclose(r.low, lo, rel_tol=1e-6) and math.isclose(r.high, hi, rel_tol=1e-6)
                           for r in ranges)


def _values(band: Sequence[Report]) -> list[Report]:
    """The reports of a band that state one value, or all of them when none does."""
    return [r for r in band if _pinned(r)] or list(band)


def _between(r: Report, bands: Sequence[Sequence[Report]], params: AlignParams = DEFAULT) -> bool:
    """Whether an open bound or a range can state the values of two bands ("more than an hour"
    beside "an hour" and "90 minutes"): it agrees with either and takes no side."""
    return not _pinned(r) and sum(any(_overlap(r, m, params) for m in _values(b) if m is not r)
                                  for b in bands) >= 2


def _round(x: float | None) -> bool:
    """A round number ("10,000", "500") is itself an estimate."""
    return x is not None and x >= 100 and x == round(x, -len(str(int(x))) + 1)


def _overlap(a: Report, b: Report, params: AlignParams = DEFAULT) -> bool:
    """Whether two reports can state the same value: their intervals meet within rounding,
    widened by 10 % for approximate values and round numbers, or (for estimates in the
    thousands) they are within ``params.band_ratio`` of each other."""
    qa, qb = a.figure.quantity, b.figure.quantity
    ea = qa.approx or (qa.low == qa.high and _round(qa.low))
    eb = qb.approx or (qb.low == qb.high and _round(qb.low))
    if compatible((a.low, a.high), ea, (b.low, b.high), eb, params, value_slack(qa, qb, a.low),
                  value_slack(qb, qa, b.low)):
        return True
    if ea and eb and min(a.point, b.point) >= 1000:
        return max(a.point, b.point) <= min(a.point, b.point) * params.band_ratio
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
    when = r.when or (r.figure.said_on.text if r.figure.said_on is not None else None)
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
    # the evidence: each report's figure, then the same figure in the articles that copy it
    # (cited as evidence, counted as one origin with the report)
    cited = [(f, r) for r in reports for f in (r.figure, *r.copies)]
    return Finding(kind=kind, tracked_id=tf.id, sentence=sentence,  # type: ignore[arg-type]
                   figures=tuple(f for f, _ in cited), sources=tuple(r.source for _, r in cited),
                   dates=tuple(r.date for _, r in cited), factor=factor, other_tracked_id=other,
                   confidence=round(min(max(confidence, 0.0), 1.0), 2), reasons=tuple(reasons))


def _origins(reports: Iterable[Report]) -> list[str]:
    """The distinct origins of reports, in order: a cited name of two words or more that another
    holds word for word is that origin ("fire department" and "seattle fire department")."""
    names = list(dict.fromkeys(r.origin for r in reports))
    words = {n: set(n.split()) for n in names if not n.startswith("article:")}
    return [n for n in names
            if not (n in words and len(words[n]) >= 2
                    and any(o != n and words[n] < ws for o, ws in words.items()))]


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


def _monotone_chain(reports: Sequence[Report], params: AlignParams = DEFAULT) -> list[Report]:
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
                        (r.point / max(last.point, 1e-9) if sign > 0 else last.point / max(r.point, 1e-9)) > params.band_ratio \
                        and len(c) + 1 > len(cand):
                    cand = [*c, r]
            chains.append(cand)
        longest = max(chains, key=len, default=[])
        if len(longest) > len(best):
            best = longest
    return best if len(best) >= 2 else []


#: Heads whose value does not change while a story is told: an age is never an update.
FIXED_HEADS = frozenset({"age"})

#: Heads that count lengths of time but are no unit of time themselves ("after four seasons"),
#: with the days of one. A head that is a unit ("three months") is measured in hours already.
TIME_HEADS = {"season": 365.0}


def _days_per_unit(tf: TrackedFigure) -> tuple[float, float] | None:
    """(days per unit of a report's point, days of one unit told) when the tracked figure
    measures a length of time; else None. The base unit of time is the hour."""
    unit = unit_of(tf.unit) or (unit_of(tf.measure_head) if tf.unit is None else None)
    if unit is not None and unit[0] == "time":
        return 1 / 24.0, unit[1] / 24.0
    if tf.unit is None and tf.measure_head in TIME_HEADS:
        return TIME_HEADS[tf.measure_head], TIME_HEADS[tf.measure_head]
    return None


def _outgrows_time(earlier: Sequence[Report], later: Sequence[Report], tf: TrackedFigure, gap: float) -> bool:
    """Whether a length of time grew between two bands by more than the days between them and
    one unit of rounding: "after nearly four seasons" and, three months later, "after six
    seasons" are two tenures, not one that went on. A length that shrinks ("two weeks left",
    then "one week left") may be the same, and so may one that grew no more than time allows."""
    days = _days_per_unit(tf)
    if days is None:
        return False
    per_point, unit_days = days
    grown = (min(r.point for r in later) - max(r.point for r in earlier)) * per_point
    return grown > gap + unit_days


def _explained_by_time(a: Sequence[Report], b: Sequence[Report], tf: TrackedFigure,
                       params: AlignParams = DEFAULT, articles: Mapping[str, Article] | None = None) -> str | None:
    """``earlier`` or ``later`` when band ``a`` holds wholly before or after band ``b`` and
    the change between them is one time can explain, else None (never for a chronology:
    :func:`chronology`, nor for a band of past figures that no article of the other gives, or
    gives with no change linking them: :func:`_past_occasion`)."""
    if tf.measure_head in FIXED_HEADS and not (_parties(a) & _parties(b)):
        return None
    if articles is not None and chronology([*a, *b], articles, params):
        return None
    if _past_occasion(a, b, params, articles) or _past_occasion(b, a, params, articles):
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
    shared = _parties(a) & _parties(b)
    if not shared and _outgrows_time(*((a, b) if when == "earlier" else (b, a)), tf, gap):
        return None  # two lengths of time that time between the reports cannot join
    if shared or gap >= params.update_gap_days:
        return when  # one party revising its figure, or weeks apart
    pa = sum(r.point for r in a) / len(a)
    pb = sum(r.point for r in b) / len(b)
    ratio = max(pa, pb) / max(min(pa, pb), 1e-9)
    return when if ratio <= params.max_daily_factor ** gap else None


def chronology(reports: Sequence[Report], articles: Mapping[str, Article], params: AlignParams = DEFAULT) -> bool:
    """Whether reports are one voice of one article telling the figure's past, occasion by
    occasion ("In 2016 she won by 0.23 percent ... four years later he won by 2.78 percent"):
    one of them is dated by its sentence at least ``params.update_gap_days`` before the article
    (:func:`_history`) and no change links two of them ("it has since lost much of that ground
    and now holds ..."): values of different occasions, not a figure revised."""
    if len({r.article for r in reports}) != 1 or len({r.origin for r in reports}) != 1 or \
            not any(_history(r, params) for r in reports):
        return False
    return not any(change_linked(x.figure, y.figure, articles)
                   for i, x in enumerate(reports) for y in reports[i + 1:])


def _past_occasion(a: Sequence[Report], b: Sequence[Report], params: AlignParams = DEFAULT,
                   articles: Mapping[str, Article] | None = None) -> bool:
    """Whether band ``a`` speaks only of the past (each report dated by its sentence at least
    ``params.update_gap_days`` before its article: "126 million voted in 2012") and no article
    of it gives a value of band ``b``, or (with ``articles``) each article of it that does gives
    it with no change linking the two (:func:`~storyline.align.figures.change_linked`: "raised
    $35m in 2009" beside "paid $334m", two occasions in one article): a figure of another
    occasion, not an earlier value of this one."""
    if not all(_history(r, params) for r in a):
        return False
    shared = {r.article for r in a} & {r.article for r in b}
    if not shared:
        return True
    return articles is not None and not any(
        change_linked(x.figure, y.figure, articles) for x in a for y in b if x.article == y.article)


def _strength(tf: TrackedFigure) -> tuple[float, str]:
    """How strongly the tracked figure's figures are one measure, and why."""
    if tf.party:
        return 1.0, f"same measure ({tf.measure_head}) of one party"
    return 0.85, f"same measure ({tf.measure_head}) in matching sentences"


@dataclass(frozen=True, slots=True)
class FindingContext:
    """What a finding rule reads about one tracked figure.

    Attributes:
        tf: the tracked figure.
        articles: article id -> article.
        canon: article id -> the id of the article it copies (itself when original).
        reports: its figures as reports (copies folded in), in time order.
        bands: the reports in bands of values that can be the same, lowest first.
        strength: how strongly its figures are one measure (0..1); a rule scales its
            confidence by it.
        why_same: the reason that says so.
        params: the alignment thresholds.
        support: the figures kept beside it as hypothetical or forecast, as reports: never
            counted, but one that gives the agreed value says the same number ("could not
            have read all 650,000 emails"), so an agreement lists it as support.
    """

    tf: TrackedFigure
    articles: Mapping[str, Article]
    canon: Mapping[str, str]
    reports: list[Report]
    bands: list[list[Report]]
    strength: float
    why_same: str
    params: AlignParams
    support: tuple[Report, ...] = ()
    #: :func:`counted_two_ways` of its reports, read once for the rules that ask.
    two_ways: tuple[list[Report], list[Report]] | None = field(init=False, default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "two_ways", _two_ways(self.reports))

    @property
    def label(self) -> str:
        return self.tf.label

    def finding(self, kind: str, sentence: str, reports: Sequence[Report], factor: float | None = None,
                other: str | None = None, *, confidence: float = 0.5, reasons: Sequence[str] = ()) -> Finding:
        """A finding about this tracked figure, with ``reports`` as its evidence."""
        return _finding(kind, self.tf, sentence, reports, factor, other, confidence=confidence, reasons=reasons)


def finding_context(tf: TrackedFigure, articles: Mapping[str, Article], canon: Mapping[str, str],
                    params: AlignParams = DEFAULT) -> FindingContext:
    """The reports and bands of a tracked figure, read once for every finding rule."""
    reports = _reports(tf, articles, canon, params)
    strength, why_same = _strength(tf)
    support = tuple(_report(f, (), canon.get(f.article_id, f.article_id), articles.get(f.article_id), None, params)
                    for f, reason in tf.excluded if reason in SUPPORTING)
    return FindingContext(tf, articles, canon, reports, _bands(reports, params) if reports else [],
                          strength, why_same, params, support)


def _value_range(band: Sequence[Report], unit: str | None = None) -> str:
    """ "10,000–12,000", or "about 10,000" when the band holds one value; in ``unit`` (the
    tracked figure's) when the band's figures are told in several units ("a week" and "nine
    days" are 7–9 days; "30 cm" and "12 inches" are about 30 cm, not "30–30"). An open bound
    beside values or ranges ("more than an hour" beside "90 minutes") gives no value of the
    band. A vague report beside precise ones ("several days" beside "eight days") meets their
    value and does not widen it: the band's value is that of the precise ones. A unit of
    measure follows the values ("100–108 years", "about 300 km"); a count, a sum of money or
    a share reads as its reports do."""
    band = [r for r in band if r.low is not None and r.high is not None] or band
    band = [r for r in band if not _vague(r)] or band
    dim = unit_of(unit)
    if dim is not None and any(r.figure.quantity.unit != unit for r in band):
        lows = [x for r in band if (x := r.low if r.low is not None else r.high) is not None]
        highs = [x for r in band if (x := r.high if r.high is not None else r.low) is not None]
        lo, hi = converted_digits(min(lows) / dim[1]), converted_digits(max(highs) / dim[1])
        # converted values that round to one number ("30 cm" and "12 inches") are one value
        text = f"{_num(lo)}–{_num(hi)}" if _num(hi) != _num(lo) else f"about {_num(lo)}"
        return _with_unit(text, unit, lo == hi == 1)
    lo = min(r.figure.quantity.low or r.figure.quantity.high or 0 for r in band)
    hi = max(r.figure.quantity.high or r.figure.quantity.low or 0 for r in band)
    # values that read as one number ("97" and "97.1" mph) are one value, not "97–97"
    text = f"{_num(lo)}–{_num(hi)}" if hi and _num(hi) != _num(lo) else f"about {_num(lo)}"
    return _with_unit(text, unit if dim is not None else None, lo == 1 and hi in (1, 0))


def _span(lo: float, hi: float, unit: str | None) -> str:
    """Two values in the base unit of their dimension (what :attr:`Report.point` holds) as
    people read them, in ``unit`` (the tracked figure's): "6 years", not the 52,596 hours
    six years are; one value once ("5", not "5–5")."""
    dim = unit_of(unit)
    if dim is not None:
        lo, hi = converted_digits(lo / dim[1]), converted_digits(hi / dim[1])
    text = _num(lo) if _num(lo) == _num(hi) else f"{_num(lo)}–{_num(hi)}"
    return _with_unit(text, unit if dim is not None else None, lo == hi == 1)


def _with_unit(text: str, unit: str | None, one: bool) -> str:
    """ "100–108" in years reads "100–108 years" ("about 1 year" for one); no unit, nothing."""
    if not unit:
        return text
    return f"{text} {unit if one else TIME_WORDS.get(unit, unit)}"


def _highest(band: Sequence[Report]) -> Report:
    return max(band, key=lambda r: (r.point, r.figure.quantity.high or 0, _time_key(r)))


#: The reasons a figure is kept beside its tracked figure that still let it support an
#: agreement on its value (a negated figure may be a denial of it: never support).
SUPPORTING = frozenset({"hypothetical", "forecast"})


def _supporting(ctx: FindingContext, band: Sequence[Report]) -> list[Report]:
    """The hypothetical or forecast figures of other articles that give the band's value. A
    bound alone ("if more than 50% vote") meets every value past it and gives none: no support."""
    arts = {r.article for r in band}
    return [s for s in ctx.support if s.article not in arts and _bounded(s)
            and any(_overlap(s, r, ctx.params) for r in band)]


def _bounded(r: Report) -> bool:
    return r.figure.quantity.low is not None and r.figure.quantity.high is not None


def _is_single(ctx: FindingContext) -> bool:
    return bool(ctx.reports) and _independent(ctx.reports) == 1 and len(ctx.bands) == 1 and \
        not _supporting(ctx, ctx.bands[0])


def single_source(ctx: FindingContext) -> list[Finding]:
    """``single``: one article reports the figure (its copies are not confirmations)."""
    if not _is_single(ctx):
        return []
    r0 = ctx.reports[0]
    copies = len({f.article_id for r in ctx.reports for f in r.copies} - {r0.article})
    s = f"{ctx.label}: {r0.text} has a single source ({_cite(r0)})"
    if copies:  # said only when there are copies: a copy is no confirmation
        s += f"; the {copies} articles copying it confirm nothing" if copies > 1 else \
            "; the article copying it confirms nothing"
    return [ctx.finding("single", s, ctx.reports, confidence=0.3 * ctx.strength,
                        reasons=("one article", ctx.why_same))]


def _vague(r: Report) -> bool:
    """A report of a vague word's span ("several", "dozens"): :func:`vague_value`."""
    return vague_value(r.figure)


def _confirms(band: Sequence[Report]) -> bool:
    """Whether two articles of a band give its value: a vague report ("several", "dozens")
    meets many values, and two of them saying the same word agree on little: it confirms none."""
    return _independent(r for r in band if not _vague(r)) >= 2


def one_band_agreement(ctx: FindingContext) -> list[Finding]:
    """``agree``: every report of several articles is in one band of values, and two of them
    give its value (:func:`_confirms`); hypothetical or forecast figures of other articles that
    give the same value are listed as support (and several articles that all state the value
    as a forecast agree on it as one)."""
    if not ctx.reports:
        return _forecast_agreement(ctx)
    if len(ctx.bands) != 1 or _is_single(ctx) or counted_two_ways(ctx):
        return []
    counted = ctx.bands[0]
    extra = _supporting(ctx, counted)
    band = [*counted, *extra]
    if not _confirms(band):
        return []
    values = {(r.figure.quantity.low, r.figure.quantity.high) for r in band}
    n = _independent(band)
    n_origins = len(_origins(band))
    note = _origin_note(band) + _support_note(extra)
    # "independent" only when the articles do not all repeat one origin
    arts = f"{n} independent article{'s' if n != 1 else ''}" if n_origins > 1 else f"{n} articles"
    if len(values) == 1:
        verb = "confirmed" if n_origins > 1 else "reported"
        s = f"{ctx.label}: {band[0].text} is {verb} by {arts}{note} ({'; '.join(_cite(r) for r in band)})"
    else:
        s = (f"{ctx.label}: {len(band)} reports from {arts}{note} broadly agree on "
             f"{_value_range(band, ctx.tf.unit)}, highest {_cite(_highest(band))}")
    return [ctx.finding("agree", s, sorted(band, key=lambda r: (r.point, _time_key(r))),
                        confidence=(0.45 + 0.15 * min(n_origins, 4)) * ctx.strength,
                        reasons=(f"{n_origins} independent origin{'s' if n_origins != 1 else ''}",
                                 "values agree within rounding", ctx.why_same))]


def _support_note(extra: Sequence[Report]) -> str:
    if not extra:
        return ""
    kinds = " or ".join(sorted({r.figure.modality for r in extra}))
    return f" ({', '.join(_cite(r) for r in extra)} stated as {kinds})"


def _forecast_agreement(ctx: FindingContext) -> list[Finding]:
    """``agree``: no counted figure, but several articles state one value as hypothetical or forecast."""
    bands = _bands(sorted(ctx.support, key=_time_key), ctx.params) if ctx.support else []
    if len(bands) != 1 or _independent(bands[0]) < 2:
        return []
    band = sorted(bands[0], key=lambda r: (r.point, _time_key(r)))
    kinds = " or ".join(sorted({r.figure.modality for r in band}))
    n_origins = len(_origins(band))
    s = (f"{ctx.label}: {_independent(band)} articles{_origin_note(band)} give {_value_range(band, ctx.tf.unit)}, "
         f"each as {kinds} ({'; '.join(_cite(r) for r in band)})")
    return [ctx.finding("agree", s, band, confidence=(0.3 + 0.05 * min(n_origins, 4)) * ctx.strength,
                        reasons=(f"{n_origins} independent origin{'s' if n_origins != 1 else ''}",
                                 f"every article states it as {kinds}", "values agree within rounding",
                                 ctx.why_same))]


def main_band(bands: Sequence[list[Report]], params: AlignParams = DEFAULT) -> list[Report]:
    """The band more independent articles confirm than any other, or [] when none is. An open
    bound or a range that can state the values of two bands (:func:`_between`) confirms
    neither."""
    def confirmed(b: Sequence[Report]) -> int:
        return _independent(r for r in b if not _between(r, bands, params))

    ranked = sorted(bands, key=lambda b: (-confirmed(b), -len(b), bands.index(b)))
    main = ranked[0]
    if confirmed(main) < 2 or confirmed(ranked[1]) == confirmed(main):
        return []  # no value is confirmed more than another
    return main


def main_band_agreement(ctx: FindingContext, main: Sequence[Report]) -> list[Finding]:
    """``agree``: the reports of the main band, when there is one."""
    if not main:
        return []
    n_origins = len(_origins(main))
    arts = f"{_independent(main)} {'independent ' if n_origins > 1 else ''}articles"
    return [ctx.finding("agree", f"{ctx.label}: {len(main)} reports from {arts}{_origin_note(main)} broadly "
                        f"agree on {_value_range(main, ctx.tf.unit)}, highest "
                        f"{_cite(_highest(main))}",
                        sorted(main, key=lambda r: (r.point, _time_key(r))),
                        confidence=(0.4 + 0.15 * min(n_origins, 4)) * ctx.strength,
                        reasons=(f"{n_origins} independent origins", "values agree within rounding",
                                 ctx.why_same))]


def against_main_band(ctx: FindingContext, main: Sequence[Report],
                      others: Sequence[list[Report]]) -> tuple[list[Finding], list[list[Report]]]:
    """Each other band set against the main band: an ``update`` when time explains it, an
    ``outlier`` when one source stands against at least ``params.min_main`` articles (not with
    a figure its sentence dates long before its article: :func:`_history`, a past figure, never
    a side, on either side: the main band's past figures are not counted against it); the
    bands that are neither are returned as conflicting, and so is a band that time explains
    against the main band with any band of one of its days that time does not explain
    against it (two later values of one day that disagree: "12" on Monday, then "19" and "60"
    on Wednesday)."""
    out: list[Finding] = []
    conflicting: list[list[Report]] = []
    updated: list[tuple[list[Report], str]] = []
    main_at = {_voice(r) for r in main}
    # an outlier stands against these: not past figures, nor an open bound or a range that can be
    # its value too
    present = [r for r in main if not _history(r, ctx.params) and not _between(r, ctx.bands, ctx.params)]
    timed = {id(b): _explained_by_time(b, main, ctx.tf, ctx.params, ctx.articles) for b in others}
    # a band that follows the main one in time, and another band of one of its days that time does
    # not explain against it ("19" and "60" the same day, after "12"): no update, no outlier, they
    # disagree
    pairs = [(x, y) for x in others for y in others
             if x is not y and timed[id(x)] and timed[id(y)] in (None, timed[id(x)])
             and {r.date for r in x if r.date} & {r.date for r in y if r.date}
             and not _explained_by_time(x, y, ctx.tf, ctx.params, ctx.articles)
             and not _explained_by_time(y, x, ctx.tf, ctx.params, ctx.articles)]
    unexplained = {id(b) for pair in pairs for b in pair}
    for b in others:
        if {_voice(r) for r in b} <= main_at:
            continue  # one voice giving the main value for the same day too: it speaks of something else
        when = timed[id(b)]
        if present and len(b) == 1 and b[0] not in present and _inside(b[0], present):
            continue  # a value among those the main band gives ("42" beside "40" and "50"): far from none
        if id(b) in unexplained:
            conflicting.append(b)
        elif when and update_evidence(ctx, b, main):
            updated.append((b, when))
            seq = sorted(b, key=_time_key) + sorted(main, key=_time_key)[:1] if when == "earlier" else \
                sorted(main, key=_time_key)[:1] + sorted(b, key=_time_key)
            out.append(ctx.finding("update", f"{ctx.label}: {'an earlier' if when == 'earlier' else 'a later'} "
                                   "value of the same figure, an update over time, not a conflict: "
                                   + " → ".join(_cite(r) for r in seq), seq,
                                   confidence=0.75 * ctx.strength,
                                   reasons=("ordered by when each figure was stated",
                                            "the change is one time can explain", ctx.why_same)))
        elif len({r.source.lower() for r in b}) == 1 and len(b) == 1 \
                and _independent(near := _near(b[0], present, ctx.params)) >= ctx.params.min_main \
                and not _history(b[0], ctx.params) and direct_evidence(ctx, [*b, *near]):
            if tells_main_too(b[0], main, ctx.articles):
                continue  # an article's own value beside the main value it reports: a part, not a dispute
            if placed_apart(ctx, b[0], near):
                continue  # the count of one place against counts of others or of several: a part
            m_lo = min(r.point for r in near)
            m_hi = max(r.point for r in near)
            f = max(b[0].point / m_hi, m_lo / max(b[0].point, 1e-9))
            slip = any(misprint(b[0].figure, r.figure, (b[0].low, b[0].high), (r.low, r.high)) for r in near)
            out.append(ctx.finding("outlier", f"{ctx.label}: {_cite(b[0])} is far from the other "
                                   f"{len(near)} reports ({_span(m_lo, m_hi, ctx.tf.unit)}), by a factor of {f:.1f}"
                                   + (" (the same digits a power of ten apart, so it may be a misprint)" if slip else ""),
                                   [b[0], *near], factor=round(f, 2),
                                   confidence=(0.5 + 0.1 * min(_independent(near), 4)) * ctx.strength,
                                   reasons=(f"{_independent(near)} articles agree on another value",
                                            "incompatible beyond rounding", ctx.why_same)))
        else:
            conflicting.append(b)
    return _one_way_updates(ctx, main, out, conflicting, updated)


def _one_way_updates(ctx: FindingContext, main: Sequence[Report], found: list[Finding],
                     conflicting: list[list[Report]],
                     updated: Sequence[tuple[list[Report], str]]) -> tuple[list[Finding], list[list[Report]]]:
    """The findings against the main band, and the conflicting bands, when the bands set as
    earlier or later values of the main band (``updated``, each with its ``when``) go one way with
    it in time, the earlier ones in time order, the main band's middle value, then the later ones
    (:func:`_one_way`; a vague band, "hundreds", says no way): else
    those bands count several things ("25" on the 3rd, "18" on the 5th, "27" on the 9th, then
    "34": several seats of several places, not one count changing) and are conflicting, no update."""
    if len(updated) < 2:
        return found, conflicting
    def firsts(when: str) -> list[Report]:
        return sorted((min(b, key=_time_key) for b, w in updated if w == when and not all(_vague(r) for r in b)),
                      key=_time_key)
    seq = firsts("earlier") + [sorted(main, key=lambda r: r.point)[len(main) // 2]] + firsts("later")
    if _one_way(seq, ctx.params.approx_tolerance):
        return found, conflicting
    return [f for f in found if f.kind != "update"], conflicting + [b for b, _ in updated]


def tells_main_too(r: Report, main: Sequence[Report], articles: Mapping[str, Article]) -> bool:
    """Whether a report in its article's own voice (no source cited) stands beside a report of the
    main band in the same article, no change linking the two: the article gives the main value
    itself ("nine windows broke, the inspector said ... on the north side two of them broke"), so
    its own other value counts something else (a part), it does not stand against the main value.
    A value a cited source gives ("the hospital said 12") may still stand against the others, and
    so does the article's own value of a plan beside the value a cited source gives of the same
    plan (:func:`planned_by_another`: "the talks were expected to last an hour" beside "she thought
    they would last 15 minutes"): a plan has no parts, two values of it are two expectations."""
    first = r.figure.attribution.first
    if first is not None and first.kind != "outlet":
        return False
    return any(m.figure.article_id == r.figure.article_id and m is not r
               and not change_linked(m.figure, r.figure, articles)
               and not planned_by_another(r, m, articles)
               for m in main)


def planned_by_another(r: Report, m: Report, articles: Mapping[str, Article]) -> bool:
    """Whether two reports are values of one verb of plan (:attr:`~storyline.align.measure.Measure.planned`,
    not a sum set as a goal), ``m`` a cited source's ("she thought the talks would last 15
    minutes"), ``r`` not necessarily: two expectations of one plan, not a whole and a part."""
    first = m.figure.attribution.first
    if first is None or first.kind == "outlet":
        return False
    pr = planned(r.figure, articles.get(r.figure.article_id))
    return pr not in (None, "goal") and pr == planned(m.figure, articles.get(m.figure.article_id))


def _inside(r: Report, reports: Sequence[Report]) -> bool:
    """Whether a report's value lies within the values the other reports give (between their
    lowest and highest points)."""
    return min(x.point for x in reports) <= r.point <= max(x.point for x in reports)


def change_over_time(ctx: FindingContext,
                     bands: Sequence[list[Report]]) -> tuple[list[Finding], list[list[Report]]]:
    """With no confirmed value: the bands in time order are one ``update`` when time explains
    each step; else they are all returned as conflicting."""
    timed = sorted(bands, key=lambda b: min(_time_key(r) for r in b))
    steps = [_explained_by_time(x, y, ctx.tf, ctx.params, ctx.articles) == "earlier" and update_evidence(ctx, x, y)
             for x, y in zip(timed, timed[1:])]
    if not all(steps):
        return [], list(bands)
    seq = _cited_chain(ctx, timed)
    if not _one_way(seq, ctx.params.approx_tolerance):
        return [], list(bands)  # down, then up again: several things counted, not one changing
    return [ctx.finding("update", f"{ctx.label}: the figure changed over time, an update, not a "
                        "conflict: " + " → ".join(_cite(r) for r in seq), seq,
                        confidence=0.6 * ctx.strength,
                        reasons=("ordered by when each figure was stated",
                                 "the change is one time can explain", ctx.why_same))], []


def _cited_chain(ctx: FindingContext, timed: Sequence[list[Report]]) -> list[Report]:
    """The report cited for each band of a change over time: the first of each band that is shown
    to count what the one cited before it counts (:func:`update_evidence`; "has 500 seats", then
    "has 860 seats", not "860 seats at stake" told the same day), else the band's first."""
    seq: list[Report] = []
    for b in timed:
        ordered = sorted(b, key=_time_key)
        seq.append(next((r for r in ordered if seq and update_evidence(ctx, [seq[-1]], [r])), ordered[0]))
    return seq


def _one_way(seq: Sequence[Report], tolerance: float) -> bool:
    """Whether the values of a chain of reports in time order go one way, up or down ("dozens",
    then "82", then "257"; a step back within ``tolerance`` of its values, "257" then "247",
    is a revision): a figure that changes over time. "99", then "11", then "139" is several
    things counted in turn."""
    points = [r.point for r in seq]
    up = points[-1] >= points[0]
    return all((b >= a if up else b <= a) or abs(b - a) <= tolerance * max(abs(a), abs(b))
               for a, b in zip(points, points[1:]))


def _voice(r: Report) -> tuple[str, str | None, str]:
    """Who says a value, where and for when: the article, the day and the source."""
    return r.article, r.date, r.source.lower()


def _history(r: Report, params: AlignParams = DEFAULT) -> bool:
    """Whether a report speaks of a moment long before its article (its sentence dates it at
    least ``params.update_gap_days`` earlier: "some 2 million died in the 1983-2005 war"): a
    past figure, never one side of a present disagreement. A year, month or week is measured
    from its last day: "this year" reaches the article's day, "last month" may."""
    if r.date is None or r.published is None:
        return False
    ref = r.figure.refers_to
    if r.figure.said_on is None and ref is not None and ref.value and ref.granularity != "day":
        end = period_end(ref)  # "earlier this year" reaches the article's day: not long before it
        if end is not None and end.isoformat() >= r.date:
            return _days(min(end.isoformat(), r.published), r.published) >= params.update_gap_days
    return _days(r.date, r.published) >= params.update_gap_days


def disagreeing(group: Sequence[Report], params: AlignParams = DEFAULT) -> list[Report]:
    """The reports of ``group`` that take a side: one source giving values in two bands in one
    article for one day (not an earlier figure and a later one), or a cited source giving
    them for one day in any articles, is speaking of two things, not disagreeing with others,
    so those reports are left out, and so is an open bound or a range that can state the values
    of two bands (:func:`_between`); [] when fewer than two bands remain."""
    group = [r for r in group if not _history(r, params)]
    bands = _bands(group, params)
    group = [r for r in group if not _between(r, bands, params)]
    band_of = {id(r): i for i, b in enumerate(bands) for r in b}
    bands_of: dict[tuple[str, str | None, str], set[int]] = {}
    for r in group:
        bands_of.setdefault(_voice(r), set()).add(band_of[id(r)])
        if not r.origin.startswith("article:"):  # a cited source, in whichever article
            bands_of.setdefault(("", r.date, r.origin), set()).add(band_of[id(r)])
    kept = [r for r in group if len(bands_of[_voice(r)]) == 1 and
            (r.origin.startswith("article:") or len(bands_of[("", r.date, r.origin)]) == 1)]
    return kept if len({band_of[id(r)] for r in kept}) >= 2 else []


def _said_day(r: Report) -> str | None:
    """The day a report was made: its article's, else the day its figure holds."""
    return r.published or r.date


def _near(r: Report, reports: Sequence[Report], params: AlignParams = DEFAULT) -> list[Report]:
    """The reports said within one news cycle of ``r`` (``params.update_gap_days``), and the
    undated ones: those an outlier stands against."""
    day = _said_day(r)
    return [x for x in reports if day is None or (d := _said_day(x)) is None or _days(day, d) < params.update_gap_days]


def one_cycle(group: Sequence[Report], params: AlignParams = DEFAULT) -> list[Report]:
    """The reports of ``group`` a conflict may set against each other: those said within one
    stretch of ``params.update_gap_days`` days (one news cycle), with the undated ones. Values
    told weeks or months apart, and not wholly one before the other ("1,237" and "2,383"
    over a whole campaign, told again and again in turn), are no dispute between sources: they
    are figures of different moments, or of different things a long story holds. When the
    reports span more than one stretch, the stretch with the most origins that still take two
    sides (:func:`disagreeing`) is kept ([] when none does)."""
    days = sorted({d for r in group if (d := _said_day(r))})
    if not days or _days(days[0], days[-1]) < params.update_gap_days:
        return list(group)
    best: list[Report] = []
    for start in days:
        inside = [r for r in group
                  if (d := _said_day(r)) is None or d >= start and _days(start, d) < params.update_gap_days]
        kept = disagreeing(inside, params)
        if (len(_origins(kept)), len(kept)) > (len(_origins(best)), len(best)):
            best = kept
    return best


def conflict(ctx: FindingContext, group: Sequence[Report]) -> list[Finding]:
    """``conflict``: the reports of bands that disagree, of sources that each give one value
    (:func:`disagreeing`), said within one news cycle (:func:`one_cycle`), from at least two
    origins and two sources; ``factor`` is the largest value over the smallest."""
    whole, group = group, one_cycle(disagreeing(group, ctx.params), ctx.params)
    if len(_origins(group)) < 2 or len({r.source.lower() for r in group}) < 2 or one_start(ctx, group):
        return []
    if not direct_evidence(ctx, group):
        # shown to measure one thing but for the cause one side narrows it to: a part of the whole
        causes = _causes(ctx, group)
        return cause_scope(ctx, group, causes) if causes and direct_evidence(ctx, group, by_cause=False) else []
    place = _report_places(ctx, group)
    places = _places(ctx, group, place)
    if places:
        return place_scope(ctx, group, places)
    if len(set(place.values()) - {""}) >= 2:
        return []  # counts in two places beside counts that name none: parts and wholes, not one count
    lo_r, hi_r = group[0], group[-1]
    factor = hi_r.point / max(lo_r.point, 1e-9)
    n_origins = len(_origins(group))
    same_day = len({r.date for r in group if r.date}) == 1
    # a likely misprint is part of the claim, told before the list of who said what
    slip = any(misprint(x.figure, y.figure, (x.low, x.high), (y.low, y.high)) for x in group for y in group)
    s = f"{ctx.label}: sources {_magnitude(factor)}" + \
        (", the same digits a power of ten apart, so one may be a misprint" if slip else "") + \
        " — " + ", ".join(_cite(r) for r in group)
    both = quoted_with_both(whole, group, ctx.params)
    if both:
        s += f"; {both[0].source} is quoted with both ({', '.join(_cite(r) for r in both)})"
    return [ctx.finding("conflict", s, sorted([*group, *both], key=lambda r: (r.point, _time_key(r))),
                        factor=round(factor, 2),
                        confidence=(0.45 + 0.1 * min(n_origins, 3) + (0.1 if factor >= 2 else 0.0)) * ctx.strength,
                        reasons=(f"{n_origins} independent origins", "each source gives one value",
                                 f"incompatible beyond rounding "
                                 f"(factor {factor:.1f})", "same day" if same_day else
                                 "not explained by time", ctx.why_same))]


def quoted_with_both(group: Sequence[Report], sides: Sequence[Report], params: AlignParams = DEFAULT) -> list[Report]:
    """The reports of a source that two articles quote with values of two sides of a
    disagreement for one day ("the fire department said one" in one article, "two, the fire
    department said" in another): no side (:func:`disagreeing`), but part of what is disputed,
    cited with the conflict. [] when one article gives both (one voice telling two things) or
    the source is an article's own voice."""
    bands = _bands(sides, params)
    kept = {id(r) for r in sides}
    by_origin: dict[tuple[str | None, str], list[Report]] = {}
    for r in group:
        if id(r) in kept or r.origin.startswith("article:") or not _pinned(r) or _history(r, params):
            continue
        by_origin.setdefault((r.date, r.origin), []).append(r)
    out = []
    for reports in by_origin.values():
        fits = [{i for i, b in enumerate(bands) if any(_overlap(r, m, params) for m in b)} for r in reports]
        if any(len(f) != 1 for f in fits) or len(set().union(*fits)) < 2:
            continue  # each value must fall in one side, and the values in two sides
        if len({r.article for r in reports}) < 2:
            continue  # one article giving both: one voice telling two things
        out += reports
    return out if len({r.origin for r in out}) == 1 else []


def _report_places(ctx: FindingContext, group: Sequence[Report]) -> dict[int, str]:
    """id(report) -> the place its measure or its clause names ("killed in Leeds", "at Riverside
    Hospital"), lower case, or ``""``."""
    return {id(r): profile(r.figure, ctx.articles.get(r.figure.article_id)).place.lower() for r in group}


def _places(ctx: FindingContext, group: Sequence[Report], place: Mapping[int, str]) -> dict[str, list[Report]]:
    """The reports of ``group`` by the place their measure names (``place``:
    :func:`_report_places`; "in Kursk", "in Seoul"), when every band names one and two bands
    name different places; else {}."""
    if any(not place[id(r)] for r in group):
        return {}
    return _split_by_band(ctx, group, place)


def _split_by_band(ctx: FindingContext, group: Sequence[Report], key: Mapping[int, str]) -> dict[str, list[Report]]:
    """The reports of ``group`` by their ``key`` (a place, a cause), when two bands differ in the
    keys their reports have; else {}."""
    bands = _bands(group, ctx.params)
    keys = [{key[id(r)] for r in b} for b in bands]
    if len(bands) < 2 or all(k == keys[0] for k in keys):
        return {}
    out: dict[str, list[Report]] = {}
    for r in group:
        out.setdefault(key[id(r)], []).append(r)
    return out


def place_scope(ctx: FindingContext, group: Sequence[Report], places: Mapping[str, list[Report]]) -> list[Finding]:
    """``scope``: reports that would conflict but count in different places ("in one district"
    and "in the capital"): not comparable like for like."""
    def where(r: Report) -> str:
        place = profile(r.figure, ctx.articles.get(r.figure.article_id)).place or "?"
        return place if place.split()[0].lower() in ("all", "every", "each") else f"in {place}"

    return _scope(ctx, group, "in different places", {where(rs[0]): rs for rs in places.values()},
                  "each band names another place")


def _causes(ctx: FindingContext, group: Sequence[Report]) -> dict[str, list[Report]]:
    """The reports of ``group`` by the cause their count is narrowed to (:func:`band_causes`;
    ``""`` for none), when two bands differ in it; else {}."""
    return _split_by_band(ctx, group, band_causes(ctx, group))


def cause_scope(ctx: FindingContext, group: Sequence[Report], causes: Mapping[str, list[Report]]) -> list[Finding]:
    """``scope``: reports that would conflict but count people harmed in different ways ("four
    killed by friendly fire" and "five killed"): a count narrowed to one cause is part of the
    whole, not comparable like for like."""
    return _scope(ctx, group, "for different causes",
                  {f"narrowed to {c}" if c else "all": rs for c, rs in causes.items()},
                  "a count narrowed to a cause is a part of the whole")


def _scope(ctx: FindingContext, group: Sequence[Report], how: str, parts: Mapping[str, Sequence[Report]],
           reason: str) -> list[Finding]:
    """The ``scope`` finding of reports counted ``how`` ("in different places"), each part's
    reports cited after its name."""
    told = "; ".join(f"{name}: " + ", ".join(_cite(r) for r in rs) for name, rs in parts.items())
    return [ctx.finding("scope", f"{ctx.label}: counted {how}, not comparable like for like — {told}",
                        group, confidence=0.6 * ctx.strength, reasons=(reason, ctx.why_same))]


def partial_update(ctx: FindingContext, group: Sequence[Report]) -> tuple[list[Finding], list[Report]]:
    """``update``: within a conflict, the longest run of reports whose values rise (or fall)
    with time, past figures of another occasion left out (:func:`_past_occasion`), unless a value
    of the run was already given by the day of the one before it (:func:`_said_by_then`); returns
    the finding and the run."""
    present = [x for x in group if not _history(x, ctx.params)]
    kept = [r for r in group
            if not (_history(r, ctx.params) and _past_occasion([r], present, ctx.params, ctx.articles))
            and not compared_value(r.figure, ctx.articles.get(r.figure.article_id))]
    chain = _monotone_chain(sorted(kept, key=_time_key), ctx.params)
    if not chain or chronology(chain, ctx.articles, ctx.params) or \
            any(_said_by_then(y, x, kept, ctx.params) for x, y in zip(chain, chain[1:])):
        return [], []
    return [ctx.finding("update", f"{ctx.label}: partly an update over time: "
                        + " → ".join(_cite(r) for r in chain), chain, confidence=0.5 * ctx.strength,
                        reasons=("ordered by when each figure was stated", "values rise or fall "
                                 "with time", ctx.why_same))], chain


def _said_by_then(later: Report, earlier: Report, group: Sequence[Report], params: AlignParams = DEFAULT) -> bool:
    """Whether a report of ``group`` gave the value of ``later`` by the day of ``earlier`` (150 m on
    the 13th, "200 ft" on the 16th, but "200 ft" also on the 13th): the later value is one side of
    the disagreement, not a change over time. An open bound ("more than 80") or a vague report
    gives no value."""
    return earlier.date is not None and any(
        r is not later and r.date is not None and r.date <= earlier.date and _bounded(r) and not _vague(r)
        and _overlap(r, later, params) for r in group)


def party_revisions(ctx: FindingContext, group: Sequence[Report], chain: Sequence[Report]) -> list[Finding]:
    """``update``: within a conflict, one party's sources revising their own figure ("several
    hundred" -> "more than 1,000"), each value stated on a later day than the one before,
    unless that is the run :func:`partial_update` found, or one voice of one article telling
    the past occasion by occasion (:func:`chronology`: "played 11 seasons from 1978 ... returned
    in 1994 for seven"), values of different occasions, not a figure revised."""
    out = []
    band_of = {id(r): i for i, b in enumerate(_bands(group, ctx.params)) for r in b}
    for party in sorted(_parties(group)):
        own = sorted((r for r in group if r.date and party in _parties([r])
                      and not compared_value(r.figure, ctx.articles.get(r.figure.article_id))), key=_time_key)
        revised = [r for i, r in enumerate(own) if i == 0 or band_of[id(r)] != band_of[id(own[i - 1])]]
        # a revision comes later: one voice giving two values for one day speaks of two things
        if len(revised) >= 2 and revised != list(chain) and len({band_of[id(r)] for r in revised}) >= 2 and \
                all(_before(x, y) for x, y in zip(revised, revised[1:])) and \
                not chronology(revised, ctx.articles, ctx.params):
            out.append(ctx.finding("update", f"{ctx.label}: {party.title()} sources revised their figure: "
                                   + " → ".join(_cite(r) for r in revised), revised,
                                   confidence=0.7 * ctx.strength,
                                   reasons=("one party's sources, in time order", ctx.why_same)))
    return out


def band_findings(ctx: FindingContext) -> list[Finding]:
    """The findings of a tracked figure whose reports fall in several bands: the main band's
    agreement, updates and outliers against it (or a change over time when there is no main
    band), then the conflict of the rest with the updates inside it."""
    if len(ctx.bands) <= 1 or counted_two_ways(ctx):
        return []
    main = main_band(ctx.bands, ctx.params)
    out = main_band_agreement(ctx, main)
    others = [b for b in ctx.bands if b is not main]
    found, conflicting = against_main_band(ctx, main, others) if main else change_over_time(ctx, others)
    out += found
    if not conflicting:
        return out
    group = sorted([r for b in conflicting for r in b] + list(main), key=lambda r: (r.point, _time_key(r)))
    disagreement = conflict(ctx, group)
    if disagreement:
        updates, chain = partial_update(ctx, group)
        out += side_agreements(ctx, conflicting) + disagreement + updates + party_revisions(ctx, group, chain)
    elif one_start(ctx, group):
        out += partial_update(ctx, group)[0]
    else:  # no disagreement is shown: each band several articles give still agrees on its value
        out += side_agreements(ctx, conflicting, disputed=False) + whole_updates(ctx, group)
    return out


def _one_place(place: str) -> bool:
    """Whether a report's place (:func:`_report_places`) is one place ("lyon"), not none, every
    place of a kind ("all hospitals") nor places named together ("lyon and nice")."""
    return bool(place) and place.split()[0] not in ("all", "every", "each") and \
        re.search(r",|\b(?:and|or)\b", place) is None


def placed_apart(ctx: FindingContext, r: Report, others: Sequence[Report]) -> bool:
    """Whether a report counts in one place (:func:`_one_place`: "six were killed in Lyon") and
    one of ``others`` names another place or several ("40 killed in Nice", "the blasts in Lyon and
    Nice killed 90"): the count of a part, never an outlier against them."""
    place = _report_places(ctx, [r, *others])
    own = place[id(r)]
    return _one_place(own) and any(place[id(o)] and place[id(o)] != own for o in others)


def whole_updates(ctx: FindingContext, group: Sequence[Report]) -> list[Finding]:
    """``update``: in a disagreement no conflict is claimed for because some reports count in one
    place ("three died in Lyon") and others in none or in several ("the storms in Lyon and Nice
    killed 40"), the change over time of the reports of the whole alone, when they are shown to
    count one thing (:func:`direct_evidence`): a toll that rises from "at least 20" to "more than
    60" stays an update beside a count of one city, the parts left out of it."""
    place = _report_places(ctx, group)
    whole = [r for r in group if not _one_place(place[id(r)])]
    if len(whole) == len(group) or len(whole) < 2 or not direct_evidence(ctx, whole):
        return []
    updates, chain = partial_update(ctx, whole)
    return updates + party_revisions(ctx, whole, chain)


def _ordinal_of_time(r: Report) -> bool:
    """Whether a report tells a length of time as the ordinal of its unit ("for a 41st year",
    "on the seventh day"): which unit is running, not how many have gone by."""
    dim = unit_of(r.figure.quantity.unit)
    text = r.figure.quantity.text.strip()
    m = ORDINAL_TEXT.search(text)
    # the ordinal is the number, not the unit ("one second", "a second" count seconds)
    return dim is not None and dim[0] == "time" and m is not None and m.end() < len(text)


def counted_two_ways(ctx: FindingContext) -> tuple[list[Report], list[Report]] | None:
    """The reports of a length of time that several articles count two ways, as the units gone by
    ("40 years since the plant opened", "after six days") and as the ordinal of the running one
    ("for a 41st year", "on the seventh day"): (the elapsed, the ordinals); else None. The two ways
    are one below the other by a unit as a rule, so they neither agree nor conflict value for
    value. Read once per context (:attr:`FindingContext.two_ways`)."""
    return ctx.two_ways


def _two_ways(reports: Sequence[Report]) -> tuple[list[Report], list[Report]] | None:
    ordinal = [r for r in reports if _ordinal_of_time(r)]
    if not ordinal or len(ordinal) == len(reports) or _independent(reports) < 2:
        return None
    return [r for r in reports if not _ordinal_of_time(r)], ordinal


def _follows(elapsed: Report, ordinal: Report) -> bool:
    """Whether a length gone by can be the whole units before an ordinal one: the Nth unit runs
    from N - 1 units to N units (the 41st year follows 40 whole years)."""
    dim = unit_of(ordinal.figure.quantity.unit)
    n = ordinal.figure.quantity.low
    if dim is None or n is None or elapsed.low is None:
        return False
    high = elapsed.high if elapsed.high is not None else float("inf")
    return elapsed.low <= n * dim[1] and high >= (n - 1) * dim[1]


def two_ways_findings(ctx: FindingContext) -> list[Finding]:
    """``scope``: a length of time counted two ways (:func:`counted_two_ways`), each way's
    reports cited after its name, said to be consistent when each elapsed value can be the whole
    units before each ordinal; then each way's own findings (an agreement, a disagreement) as if
    it were told alone."""
    split = counted_two_ways(ctx)
    if split is None:
        return []
    elapsed, ordinal = split
    unit = ordinal[0].figure.quantity.unit or "unit"
    parts = {"gone by": elapsed, f"the ordinal of the running {unit}": ordinal}
    how = "two ways"
    consistent = all(_follows(e, o) for e in elapsed for o in ordinal)
    if consistent:
        how += f" (consistent: each ordinal {unit} follows the whole ones gone by)"
    out = _scope(ctx, [*elapsed, *ordinal], how, parts, "the units gone by and the ordinal of the running one "
                 "are two ways of counting")
    if consistent:
        out = [replace(f, reasons=(*f.reasons, CONSISTENT_WAYS)) for f in out]
    for side in (elapsed, ordinal):
        sub = FindingContext(ctx.tf, ctx.articles, ctx.canon, side, _bands(side, ctx.params), ctx.strength,
                             ctx.why_same, ctx.params, ctx.support)
        out += one_band_agreement(sub) + band_findings(sub)
    return out


def counted_alike(mx: Measure, my: Measure) -> bool | None:
    """Whether two figures' measures say that they count the same thing: True when they name one
    holder, or one predicate (the same event or class of verb: "killed" and "the dead", "hit" and
    "struck"); False when each names a predicate and they differ ("crates packed with nine rifles",
    "nine rifles fired at a convoy": what was packed is not what was fired), or when they count in
    two scopes (a count inside a compound, "a 200-seat hall", and a count of the things; two roles,
    "seven seasons as an assistant" and "11 seasons"); None when they do not say."""
    if mx.dimension == my.dimension == "count" and mx.compound != my.compound or mx.role != my.role:
        return False  # "a 200-seat hall" and "300 seats"; seasons as a coach and seasons as a player
    if mx.holder and mx.holder == my.holder:
        return True
    if mx.predicate and my.predicate:
        return mx.predicate == my.predicate
    return None


_OTHER_OCCASION = re.compile(r"\b(?:(?:an?|the)\s+(?:" + "|".join(sorted(OTHER_OCCASION - {"another"})) + r")"
                             r"|another)\s+(?!of\b|one\b|\d)[A-Za-z]+"
                             r"|\b(?:minutes|hours|days|weeks)\s+(?:before|earlier)\b", re.IGNORECASE)


def other_occasion(fig: Figure, article: Article | None) -> bool:
    """Whether a figure's sentence tells another occasion of its kind than the story's ("three
    died when *another* school was shelled", "in *an earlier* raid", "*hours before*, two
    died"; :data:`~storyline.lang.en.OTHER_OCCASION`): a count of that occasion, no evidence
    that it counts what the story's other reports count. "Another 20" (more on top of a count) is
    a part, not another occasion."""
    if article is None:
        return False
    return _OTHER_OCCASION.search(article.text_of(fig)[fig.sentence_start:fig.sentence_end]) is not None


def counted_since(fig: Figure, article: Article | None) -> str | None:
    """The moment a count is counted from when the words right after it say ("arrested three
    times *since October*", "12 goals since 2019"): the word after "since" (a month, a year, a
    weekday), lower-cased, else None. A count since a moment and a count of all time, or since
    another moment, are two scopes, no evidence of one thing."""
    if article is None:
        return None
    after = article.text_of(fig)[fig.quantity.end:fig.sentence_end]
    m = re.match(r"(?:\s*[A-Za-z'’-]+){0,4}?\s+since\s+(?:early\s+|late\s+|mid-?)?(\d{4}|[A-Za-z]+)", after)
    if m is None:
        return None
    word = m.group(1).lower()
    return word if word.isdigit() or word in MONTHS or word in WEEKDAYS else None


def among(fig: Figure, article: Article | None) -> str | None:
    """The group a count or share is counted among when its sentence says ("won by 20 points
    *among women*", "*Among voters under 30*, she won by 12 points"): the content words of up to
    three words after "among" in the clause after the number, else after the first "among" of the
    sentence before it, else None. Counts among two groups are two things."""
    if article is None:
        return None
    text = article.text_of(fig)
    clause = _CLAUSE.split(text[fig.quantity.end:fig.sentence_end], maxsplit=1)[0]
    group = re.compile(r"\bamong\s+((?:[A-Za-z'’-]+\s*){1,3})", re.IGNORECASE)
    m = group.search(clause) or group.search(text[fig.sentence_start:fig.quantity.start])
    if m is None:
        return None
    return " ".join(content_words(m.group(1))) or None


def given_by(fig: Figure, article: Article | None) -> str | None:
    """Who gave a sum or an amount when a name follows it at once ("raised $2 million *from Acme
    Holdings*", "300 tonnes of grain from Norway" read as "from" and up to four capitalised
    words): the name, lower-cased, else None. Sums of two givers are two sums."""
    if article is None:
        return None
    m = re.match(r"\s+(?:[a-z]+\s+){0,2}?from\s+((?:[A-Z][\w.'’-]*\s*){1,4})",
                 article.text_of(fig)[fig.quantity.end:fig.sentence_end])
    return m.group(1).strip().lower() if m else None


_FOR_AMOUNT = re.compile(r"^\s*(?:[A-Za-z'’/-]+\s+){0,3}?for\s+(?:up\s+to\s+|the\s+same\s+)?(\d[\d,]*(?:\.\d+)?)\s*([KkMm])?"
                         r"\s+([a-z]+)")


def bought_for(fig: Figure, article: Article | None) -> str | None:
    """The amount a price or a sum is for when the words right after it say ("$9 a month *for 500
    contacts*", "$20 *for 3 tickets*"): the number and its noun ("500 contact"), else None. Prices
    for two amounts are the prices of two things (two plans, two bundles), never one price over time."""
    if article is None:
        return None
    m = _FOR_AMOUNT.match(article.text_of(fig)[fig.quantity.end:fig.sentence_end])
    if m is None:
        return None
    value = float(m.group(1).replace(",", "")) * {"k": 1e3, "m": 1e6}.get((m.group(2) or "").lower(), 1)
    return f"{value:g} {m.group(3).removesuffix('s')}"


#: A sentence that tells the terms of a product's offer: a price per period or per user ("$9/month",
#: "$14 per user, per month", "$17 a month"), a plan or trial named by its kind ("the free plan",
#: "paid plans", "a free trial"), plans that start at a price ("plans start at", "starts at $7"),
#: "pricing", or an allowance given free ("15,000 emails free").
_OFFER = re.compile(r"[$€£]\s?\d[\d,.]*\s*[KkMm]?\s*(?:/\s*|per\s+|an?\s+)(?:month|mo|year|yr|user|seat)\b"
                    r"|\b(?:free|paid|basic|premium|starter|standard|business|enterprise)\s+(?:plans?|tiers?|trials?)\b"
                    r"|\bplans?\s+(?:start|starts|begin|begins|cost|costs)\b|\bstarts?\s+at\s+[$€£]|\bpricing\b"
                    r"|(?<!\bset\s)\b\d[\d,.]*\s*[KkMm]?\s+[a-z]+\s+free\b", re.IGNORECASE)
#: Words that tell a change of an offer ("*now* costs", "*raised* its price", "*up from* $9").
_OFFER_CHANGE = re.compile(r"\b(?:now|raised?|raises|raising|hiked?|hikes|increased?|increases|lowered|"
                           r"cut|cuts|slashed|was|were|used\s+to|up\s+from|down\s+from|previously|formerly|"
                           r"no\s+longer)\b", re.IGNORECASE)


def offered(fig: Figure, article: Article | None) -> bool:
    """Whether a figure's sentence tells the terms of a product's offer and no change of them
    (:data:`_OFFER`: "Paid plans start at $19/month for 1,000 contacts", "The free plan gives
    2,000 contacts"; not "The plan now costs $12 a month"). Two offer terms are the terms of two
    offers (two sellers' plans, two plans of one seller) as often as of one offer at two moments:
    no evidence of one figure over time, nor of a conflict, unless a sentence tells the change."""
    if article is None:
        return False
    sent = article.text_of(fig)[fig.sentence_start:fig.sentence_end]
    return _OFFER.search(sent) is not None and _OFFER_CHANGE.search(sent) is None


#: Words right before a number that make it a whole: every one of a set ("in *all* 50 states", "*each
#: of* nine districts", "*every one of the* 12 miners").
_WHOLE_BEFORE = re.compile(r"\b(?:all|each\s+of|every\s+one\s+of)(?:\s+(?:of\s+)?(?:the|its|their|our|his|her))?\s+$",
                           re.IGNORECASE)


def told_as_whole(fig: Figure, article: Article | None) -> bool:
    """Whether a count is told as a whole set, every one of it ("offices in *all* 50 states",
    "three from *each of* nine districts"): the size of a set, not a count of those won, held or
    hit ("won 22 states"). A part and the whole it is a part of are two things, never one count
    changing over time."""
    if article is None:
        return False
    text = article.text_of(fig)
    return _WHOLE_BEFORE.search(text[max(fig.sentence_start, fig.quantity.start - 40):fig.quantity.start]) is not None


def counted_apart(x: Figure, y: Figure, articles: Mapping[str, Article]) -> bool:
    """Whether the words around two counts say they are two things: one stands for what is in
    play, a threshold, a difference or a survey's sample and the other does not, or for another of
    these (:func:`standing`), or both for what is in play (what a contest puts at stake is fixed:
    "six seats at stake" and "80 seats at stake" are two contests), or they are counted among two groups (:func:`among`), given by two
    givers (:func:`given_by`) or paid for two amounts (:func:`bought_for`), or both are the terms of
    an offer told with no change (:func:`offered`: "Paid plans start at $19/month" and "Plus: $29/month")."""
    ax, ay = articles.get(x.article_id), articles.get(y.article_id)
    sx, sy = standing(x, ax), standing(y, ay)
    if sx != sy or sx == "play" or offered(x, ax) and offered(y, ay):
        return True
    for read in (among, given_by, bought_for):
        gx, gy = read(x, ax), read(y, ay)
        if gx is not None and gy is not None and gx != gy:
            return True
    return False


#: Verbs of a change over a span before "by" and its size ("rose *by* 12"); not a margin held
#: ("leads by 7,000", "won by 20"), which may grow from one moment to another.
_CHANGE_BY = frozenset("""rise rises rose risen fall falls fell fallen increase increased decrease decreased
    grow grew grown drop dropped climb climbed jump jumped cut reduced""".split())


def change_size(fig: Figure, article: Article | None) -> bool:
    """Whether a figure is the size of a change over a span ("stock dropped 40 cents", "closed at $20,
    up 12 cents", "rose by 12": :func:`told_as_change`), not a margin held ("leads the county by
    7,000 votes")."""
    if article is None:
        return False
    text = article.text_of(fig)
    lead = text[fig.sentence_start:fig.quantity.start]
    before = re.findall(r"[A-Za-z'’-]+", lead.lower())
    return told_as_change(lead, bool(fig.quantity.unit)) or \
        before[-1:] == ["by"] and any(w in _CHANGE_BY for w in before[-4:-1])


def two_changes(x: Figure, y: Figure, articles: Mapping[str, Article]) -> bool:
    """Whether two figures both tell the size of a change over a span (:func:`change_size`: "shares
    dropped 40 cents" and, days later, "up 15 cents"; "rose by 12" and "rose by 30"): the changes of
    two spans (two days' trading, two weeks), not one level told at two moments: no update. Two
    margins held ("won the county by 900 votes", "now leads it by 7,000 votes") may be one margin grown."""
    return change_size(x, articles.get(x.article_id)) and change_size(y, articles.get(y.article_id))


def qualifiers(m: Measure) -> frozenset[str]:
    """The content words of a measure's phrase besides its head ("outside candidates" ->
    ``outside``; "members of the city council" -> ``city``, ``council``): what narrows the noun
    counted."""
    head = m.head.lower()
    return frozenset(w for w in content_words(m.counted) if w != head and not w.isdigit()
                     and w.removesuffix("s") != head)


def owned_apart(mx: Measure, my: Measure) -> bool:
    """Whether two counts (of two reports whose values differ) are told of two owners
    (:attr:`~storyline.align.measure.Measure.owner`: "Lee has 40 delegates" and "Kim has 95
    delegates", "Ohio's 66 delegates" and "Utah's 40 delegates"), or are both the size of what a
    compound describes (:attr:`~storyline.align.measure.Measure.compound`: "the 15-member board"
    and "the full 180-member assembly", "a 200-seat hall" and "a 900-seat hall": a size says what
    a thing is, and two sizes name two things): two counts, never one count over time nor two
    sides of a dispute."""
    return bool(mx.owner) and bool(my.owner) and mx.owner != my.owner or \
        mx.dimension == my.dimension == "count" and mx.compound and my.compound


def worded_apart(mx: Measure, my: Measure) -> bool:
    """Whether two measures each narrow their noun and share no word doing so ("four outside
    candidates" and "six remaining candidates", "the final 12 seats" and "seats at stake"):
    counts of two kinds of the thing, not one count over time. A measure with no such word
    ("30 rescuers") may be either."""
    qx, qy = qualifiers(mx), qualifiers(my)
    return bool(qx) and bool(qy) and not (qx & qy)


#: The events whose cause narrows a count of them ("killed *by friendly fire*", "arrested *for
#: drunk driving*"); not the events of a place left ("evacuated *from* homes").
_CAUSED_EVENTS = frozenset(w for e in ("killed", "wounded", "casualties", "arrested", "shot") for w in EVENTS[e])
_CLAUSE = re.compile(r"[,;:.()—\"“”]|\b(?:and|but|or|while|after|before|as|since|who|which|that|where|when|whose|"
                     r"because|though|although|if)\b")
_NOT_A_CAUSE = NOT_CAUSES | frozenset(NUMBER_ONES) | frozenset(NUMBER_TENS) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def counted_by(fig: Figure, article: Article | None, window: int = 4) -> str | None:
    """The cause or manner a count of people is narrowed to when the words right after it say:
    the event that counts them, within ``window`` words of the number in its clause, followed at
    once by "by", "in", "from", "of" or "for" and a noun phrase without a determiner or with "a"
    ("four soldiers killed *by friendly fire*", "two died *in a crash*", "arrested *for drunk
    driving*"): its content words, lower-cased, else None. A definite phrase names what the story
    told already ("killed in *the* attack", "by *the* gunman"), a capitalised word a place or a
    name ("in Gaza"), and a time ("in 2019", "in recent days") or an amount ("in total") no
    cause: none of them narrows the count. A count narrowed to a cause and a count of all, or
    of another cause, are two scopes, no evidence of one thing."""
    if article is None:
        return None
    clause = _CLAUSE.split(article.text_of(fig)[fig.quantity.end:fig.sentence_end], maxsplit=1)[0]
    words = clause.split()
    for i, word in enumerate(words[:window]):
        if word.lower() not in _CAUSED_EVENTS:
            continue
        if i + 1 >= len(words) or words[i + 1] not in CAUSE_PREPOSITIONS:
            return None
        phrase = words[i + 2:]
        if phrase and phrase[0] in ("a", "an"):
            phrase = phrase[1:]
        cause: list[str] = []
        for w in phrase[:3]:
            if not re.fullmatch(r"[a-z][a-z'’-]*", w) or w in STOP or w in CAUSE_PREPOSITIONS or \
                    w in CAUSE_PHRASE_END or any(w in ws for ws in EVENTS.values()):
                break
            cause.append(w)
        # the phrase starts with its first word: "the attack", "Gaza", "2019" name no cause
        if not cause or any(w in _NOT_A_CAUSE or (unit_of(w) or ("",))[0] == "time" for w in cause):
            return None
        return " ".join(content_words(" ".join(cause))) or None
    return None


def band_causes(ctx: FindingContext, group: Sequence[Report]) -> dict[int, str]:
    """The cause each report's count is narrowed to (:func:`counted_by`; ``""`` for none), by
    report id: a report that names none takes the one cause the other reports of its band name
    (reports that agree on a value count what the most specific of them says: "killing four"
    beside "four soldiers killed by friendly fire"); a band that names two causes leaves each
    report its own."""
    own = {id(r): counted_by(r.figure, ctx.articles.get(r.figure.article_id)) or "" for r in group}
    out = dict(own)
    for band in _bands(group, ctx.params):
        named = {own[id(r)] for r in band} - {""}
        if len(named) == 1:
            (c,) = named
            out.update({id(r): c for r in band})
    return out


def direct_evidence(ctx: FindingContext, group: Sequence[Report], by_cause: bool = True) -> bool:
    """Whether two reports on different sides of a disagreement, in two articles, neither of
    them vague ("several": :func:`_vague`) nor told of another occasion (:func:`other_occasion`),
    counted from the same moment (:func:`counted_since`) and, with ``by_cause``, narrowed to the
    same cause or to none (:func:`counted_by`, :func:`band_causes`), are shown to measure one thing, not only linked
    through others: the same holder or the same predicate (:func:`counted_alike`: "killed" and
    "died", "hit" and "struck"), or the same digits a power of ten apart (values of 10 or
    more); never two counts the words around them set apart (:func:`counted_apart`: the votes
    needed and the votes won), nor counts of two owners (:func:`owned_apart`). A specific head ("tractors"), a party or matching sentences are no such evidence
    by themselves: counts of one noun in one story are often counts of different things
    (rifles packed and rifles fired, barns flattened and barns damaged, the points of one
    player and of another); where the evidence is weak, no conflict is claimed."""
    band_of = {id(r): i for i, b in enumerate(_bands(group, ctx.params)) for r in b}
    ms = {id(r): measure_of(r.figure, ctx.articles.get(r.figure.article_id), ctx.params) for r in group}
    cause = band_causes(ctx, group) if by_cause else {}
    for i, x in enumerate(group):
        for y in group[i + 1:]:
            if band_of[id(x)] == band_of[id(y)] or x.article == y.article or _vague(x) or _vague(y) or \
                    other_occasion(x.figure, ctx.articles.get(x.figure.article_id)) or \
                    other_occasion(y.figure, ctx.articles.get(y.figure.article_id)) or \
                    counted_since(x.figure, ctx.articles.get(x.figure.article_id)) != \
                    counted_since(y.figure, ctx.articles.get(y.figure.article_id)) or \
                    by_cause and cause[id(x)] != cause[id(y)] or counted_apart(x.figure, y.figure, ctx.articles) or \
                    owned_apart(ms[id(x)], ms[id(y)]):
                continue  # a vague report ("several") meets many values; another occasion or scope is not this one
            mx, my = ms[id(x)], ms[id(y)]
            # the same digits say little of one-digit values (1 and 100)
            digits = min(x.point, y.point) >= 10 and misprint(x.figure, y.figure, (x.low, x.high), (y.low, y.high))
            if counted_alike(mx, my) or digits:
                return True
    return False


def update_evidence(ctx: FindingContext, a: Sequence[Report], b: Sequence[Report]) -> bool:
    """Whether a report of ``a`` and a report of ``b`` may be two values of one figure over time:
    their measures do not name two different predicates (:func:`counted_alike`: "two barns
    flattened", then "ten barns damaged", is no update), and, for a generic measure (a length
    of time, a distance, points), something says they measure one thing: the same holder or
    predicate, the same aspect of a length ("a 40-metre-deep shaft", "the 55m-deep shaft"), the
    same point of a distance named with what it is a point of ("from the floor of the cave"), or a
    change that links them in one article ("held 1,300 ... now holds 800":
    :func:`~storyline.align.figures.change_linked`); matching sentences are not enough (two
    players' yards are told in the same words). A count of a specific head ("rescuers") is
    enough between reports less than ``params.update_gap_days`` apart (a story's days tell one
    thing with one noun); reports further apart need that evidence too, or sentences told alike
    (context similarity of at least ``params.same_context_different_values``, what a conflict
    needs): counts of "delegates" months apart, in a long story, are the counts of different
    states and races, in different words. Neither holds for two measures that each narrow their
    noun with other words (:func:`worded_apart`: "four outside candidates", then "six remaining
    candidates"). Never an update: two counts the words around them set apart
    (:func:`counted_apart`: the seats at stake and the seats won, the votes needed and the votes
    cast, a margin and a total, a share among women and a share among men), counts of two owners
    or two compound sizes (:func:`owned_apart`), nor a count of all of a set and a count of part of
    it (:func:`told_as_whole`: "won 22 states", "in all 50 states"). One named owner's counts
    (:attr:`~storyline.align.measure.Measure.owner`: "Lee has 40 delegates", "Lee now has 95") are
    evidence as one holder is; a noun standing for an owner ("the company's") is not."""
    generic = ctx.tf.measure_head in GENERIC_HEADS or unit_of(ctx.tf.unit) is not None
    ms = {id(r): measure_of(r.figure, ctx.articles.get(r.figure.article_id), ctx.params) for r in (*a, *b)}
    for x in a:
        for y in b:
            mx, my = ms[id(x)], ms[id(y)]
            alike = counted_alike(mx, my)
            if alike is None and mx.owner_named and mx.owner == my.owner:
                alike = True  # one named owner's count at two moments ("Lee has 40", "Lee now has 95")
            if compared_value(x.figure, ctx.articles.get(x.figure.article_id)) != \
                    compared_value(y.figure, ctx.articles.get(y.figure.article_id)):
                continue  # the year before set against this one: two periods, not a figure revised
            if alike is False or owned_apart(mx, my) or counted_apart(x.figure, y.figure, ctx.articles) or \
                    two_changes(x.figure, y.figure, ctx.articles) or \
                    told_as_whole(x.figure, ctx.articles.get(x.figure.article_id)) != \
                    told_as_whole(y.figure, ctx.articles.get(y.figure.article_id)):
                continue  # two predicates; in play and won; two groups; two changes; a part and all
            if not generic and not worded_apart(mx, my) and (
                    x.date is not None and y.date is not None and abs(_days(x.date, y.date)) < ctx.params.update_gap_days
                    or context_similarity(mx, my) >= ctx.params.same_context_different_values) \
                    or alike or mx.aspect and mx.aspect == my.aspect or mx.same_point(my) or \
                    change_linked(x.figure, y.figure, ctx.articles):
                return True
    return False


def one_start(ctx: FindingContext, group: Sequence[Report]) -> bool:
    """Whether reports of a length of time all count from one start: two reports of one day
    agree, and two of different days differ by about the days between them (the time a
    search has gone on grows as the days pass): no conflict, an update. Not lengths of two
    things the measures name in other words (:func:`worded_apart`: "a 30-minute speech", then
    "a two-hour meeting")."""
    dim = unit_of(ctx.tf.unit)
    if dim is None or dim[0] != "time" or len(group) < 2:
        return False
    ms = {id(r): measure_of(r.figure, ctx.articles.get(r.figure.article_id), ctx.params) for r in group}
    for i, x in enumerate(group):
        for y in group[i + 1:]:
            px, py = x.published, y.published
            if not px or not py or worded_apart(ms[id(x)], ms[id(y)]):
                return False
            if px == py:
                if not _overlap(x, y, ctx.params):
                    return False
                continue
            (d0, v0), (d1, v1) = sorted([(px, x.point), (py, y.point)])
            tol = ctx.params.approx_tolerance if x.figure.quantity.approx or y.figure.quantity.approx \
                else ctx.params.rounding_tolerance
            if abs((v1 - v0) - 24.0 * _days(d0, d1)) > 24.0 + tol * max(v0, v1):
                return False
    return True


def side_agreements(ctx: FindingContext, sides: Sequence[list[Report]], disputed: bool = True) -> list[Finding]:
    """``agree``: within a disagreement, each side that several independent articles give
    ("two outlets say about $1 billion", beside the conflict with those that say less); with
    ``disputed`` False, each band of values that no conflict was shown between (its reports
    are not shown to count what the others count: :func:`direct_evidence`). An open bound or a
    range that can state the values of two bands (:func:`_between`) confirms neither side."""
    out = []
    for band in sides:
        n = _independent(band)
        if _independent(r for r in band if not _between(r, ctx.bands, ctx.params)) < 2:
            continue
        n_origins = len(_origins(band))
        arts = f"{n} {'independent ' if n_origins > 1 else ''}articles"
        lead = "one side of a disagreement: " if disputed else ""
        other = "other reports disagree" if disputed else "other values, not shown to count the same thing"
        out.append(ctx.finding("agree", f"{ctx.label}: {lead}{len(band)} reports from "
                               f"{arts}{_origin_note(band)} agree on {_value_range(band, ctx.tf.unit)}, highest "
                               f"{_cite(_highest(band))}", sorted(band, key=lambda r: (r.point, _time_key(r))),
                               confidence=(0.3 + 0.1 * min(n_origins, 4)) * ctx.strength,
                               reasons=(f"{n_origins} independent origin{'s' if n_origins != 1 else ''}",
                                        "values agree within rounding", other, ctx.why_same)))
    return out


def excluded_figures(ctx: FindingContext) -> list[Finding]:
    """``hypothetical``: each figure kept beside the tracked figure (hypothetical, forecast or
    negated), not counted."""
    out = []
    for f, reason in ctx.tf.excluded:
        a = ctx.articles.get(f.article_id)
        r = _report(f, (), ctx.canon.get(f.article_id, f.article_id), a, None, ctx.params)
        s = (f"{ctx.label}: {_cite(r)} is {reason}, not counted"
             + (" and not a conflict with the reported figures" if ctx.tf.figures else ""))
        out.append(ctx.finding("hypothetical", s, [r], confidence=0.6, reasons=(f"stated as {reason}",)))
    return out


#: A finding rule: what it concludes about one tracked figure.
FindingRule = Callable[[FindingContext], Iterable[Finding]]

#: The built-in rules of one tracked figure, in the order their findings are listed.
BUILT_IN_RULES: tuple[FindingRule, ...] = (single_source, one_band_agreement, band_findings, two_ways_findings,
                                           excluded_figures)

#: More rules, run after the built-in ones (see :func:`add_finding_rule`).
FINDING_RULES: list[FindingRule] = []


def add_finding_rule(rule: FindingRule, kind: str, rank: int | None = None) -> None:
    """Add a finding kind: ``rule`` reads a :class:`FindingContext` and returns findings of
    ``kind`` (made with :meth:`FindingContext.finding`); ``rank`` places the kind among the
    others when findings are ranked (see :data:`KIND_RANK`; after all of them by default)."""
    if rule not in FINDING_RULES:
        FINDING_RULES.append(rule)
    KIND_RANK[kind] = max(KIND_RANK.values()) + 1 if rank is None else rank


def findings(tf: TrackedFigure, articles: Mapping[str, Article],
             duplicates: Iterable[tuple[str, str, str]] | Mapping[str, str] | None = None,
             params: AlignParams = DEFAULT) -> list[Finding]:
    """The findings of one tracked figure (all kinds but ``scope``, which needs two).

    Args:
        tf: the tracked figure.
        articles: article id -> article.
        duplicates: near-duplicate links, see :func:`~storyline.align.figures.canonical_articles`.
        params: the alignment thresholds (the ``align_*`` settings).

    Returns:
        Findings in a fixed order: single or agree, update, outlier, conflict, hypothetical,
        then those of :data:`FINDING_RULES`.
    """
    ctx = finding_context(tf, articles, canonical_articles(duplicates), params)
    out: list[Finding] = []
    for rule in (*BUILT_IN_RULES, *FINDING_RULES):
        out.extend(rule(ctx))
    return out


def _scope_findings(tracked: Sequence[TrackedFigure], articles: Mapping[str, Article],
                    canon: Mapping[str, str], params: AlignParams = DEFAULT,
                    measures: Mapping[int, Any] | None = None) -> list[Finding]:
    out = []
    for part in tracked:
        whole_head = PART_OF.get(part.measure_head)
        if not whole_head or not part.figures:
            continue
        for whole in tracked:
            if whole.measure_head != whole_head or not whole.figures or whole.unit != part.unit:
                continue
            if measures and all(measures[id(f)].part for f in whole.figures if id(f) in measures):
                continue  # "12,000 of the casualties are children": a part of the whole, not the whole
            if part.party and whole.party and part.party != whole.party:
                continue
            pr = _reports(part, articles, canon, params)
            wr = _reports(whole, articles, canon, params)
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
                     f"{figure_when(tf.latest, a)})")
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
    params: AlignParams = DEFAULT

    def findings_of(self, tracked_id: str) -> list[Finding]:
        return [f for f in self.findings if f.tracked_id == tracked_id or f.other_tracked_id == tracked_id]


def ledger(story_id: str, figures: Iterable[Figure], articles: Mapping[str, Article],
           duplicates: Iterable[tuple[str, str, str]] | Mapping[str, str] | None = None,
           params: AlignParams = DEFAULT) -> Ledger:
    """Build the ledger of a story.

    Args:
        story_id: the story.
        figures: the figures of its articles.
        articles: article id -> article (its members at least).
        duplicates: near-duplicate links: ``(original_id, copy_id, relation)`` triples or a
            mapping copy id -> original id; copies count as one source.
        params: the alignment thresholds (the ``align_*`` settings;
            ``AlignParams.from_config(config)``).

    Returns:
        The :class:`Ledger`; the same input always gives the same ledger.
    """
    dup = list(duplicates.items()) if isinstance(duplicates, Mapping) else list(duplicates or [])
    dup_arg: Any = dict(dup) if isinstance(duplicates, Mapping) else dup
    canon = canonical_articles(dup_arg)
    alignment = align_figures(story_id, figures, articles, params)
    out: list[Finding] = []
    for tf in alignment.tracked:
        out.extend(findings(tf, articles, dup_arg, params))
    out.extend(_scope_findings(alignment.tracked, articles, canon, params, alignment.measures))
    summaries = {tf.id: summary_sentence(tf, articles) for tf in alignment.tracked}
    return Ledger(story_id, alignment.tracked, tuple(out), alignment.unaligned, summaries, alignment, params)


#: The order of the kinds when findings are ranked (a kind not listed comes last).
KIND_RANK = {"conflict": 0, "update": 1, "outlier": 2, "scope": 3, "agree": 4, "hypothetical": 5, "single": 6}
#: The reason of a ``scope`` finding whose two ways of counting say the same (40 years gone by,
#: the 41st year): it tells no discrepancy, so it ranks with the agreements.
CONSISTENT_WAYS = "the two ways are consistent"


def _kind_rank(finding: Finding) -> int:
    if finding.kind == "scope" and CONSISTENT_WAYS in finding.reasons:
        return KIND_RANK["agree"]
    return KIND_RANK.get(finding.kind, 9)


def folded(finding: Finding, params: AlignParams = DEFAULT) -> bool:
    """Whether a finding is shown only under "more" (its confidence is below ``params.fold_below``,
    the ``align_fold_below`` setting)."""
    return finding.confidence < params.fold_below


def rank_findings(led: Ledger) -> list[Finding]:
    """The findings of a ledger, most useful first: sure before folded, then conflicts and
    updates before agreement (a length counted two consistent ways ranks as an agreement), widely reported figures (more articles) first, then the
    finding with more articles in its evidence, then the surer one; ties keep the ledger's order."""
    reach = {tf.id: len({f.article_id for f in tf.figures}) for tf in led.tracked}
    order = {id(f): i for i, f in enumerate(led.findings)}
    return sorted(led.findings, key=lambda f: (folded(f, led.params), _kind_rank(f),
                                               -reach.get(f.tracked_id, 0),
                                               -len({x.article_id for x in f.figures}), -f.confidence,
                                               order[id(f)]))
