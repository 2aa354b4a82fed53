"""Inline SVG charts of tracked figures: every source's value over time, offline.

One chart per tracked figure: x is the date a figure was stated (or holds), y its value
(a log scale when the values span more than a factor of 20), one marker per figure with
its interval drawn as a bar (an arrow for an open bound: "at least 30" points up). Each
marker links to the highlighted sentence in the dossier, and its SVG ``<title>`` — shown
on hover by every browser, and read by screen readers — holds the sentence. The SVG is
built as a plain data structure and rendered by the dossier template, so every string is
escaped by Jinja like the rest of the page; no script and no external resource is needed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from storyline.align.figures import figure_date, figure_source
from storyline.align.measure import interval_in
from storyline.dates import parse_day
from storyline.model import Article, Figure, TrackedFigure

__all__ = ["Chart", "Marker", "SourceStyle", "chart_for", "charts_for", "source_styles"]

WIDTH, HEIGHT = 640, 230
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 44
#: Colour-blind-safe palette (Okabe–Ito; its yellow darkened to read on white), one colour
#: per source, the same in every chart of a dossier.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#B8A300")
#: A second channel beyond eight sources: the marker's shape.
SHAPES = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True, slots=True)
class SourceStyle:
    """How one source is drawn in every chart: a colour and a shape."""

    colour: str
    shape: str


def source_styles(sources: Sequence[str]) -> dict[str, SourceStyle]:
    """One style per source, by :func:`~storyline.outlets.name_key`: the most
    frequent source first, so the commonest get the clearest colours; after eight colours
    the shape changes, so no two sources look alike (up to 32)."""
    from collections import Counter

    from storyline.outlets import name_key

    counts = Counter(name_key(s) for s in sources)
    order = sorted(counts, key=lambda k: (-counts[k], k))
    return {k: SourceStyle(PALETTE[i % len(PALETTE)], SHAPES[(i // len(PALETTE)) % len(SHAPES)])
            for i, k in enumerate(order)}


@dataclass(frozen=True, slots=True)
class Marker:
    """One figure on the chart."""

    x: float
    y: float
    y_low: float | None
    y_high: float | None
    open_up: bool
    open_down: bool
    colour: str
    href: str
    title: str
    label: str
    excluded: bool
    shape: str = "circle"
    id: str = ""
    sentence: str = ""
    source: str = ""
    day: str = ""
    value: str = ""
    off_scale: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart ready for the template: markers, axis ticks, legend, and what was left out."""

    label: str
    markers: tuple[Marker, ...]
    y_ticks: tuple[tuple[float, str], ...]
    x_ticks: tuple[tuple[float, str, str], ...]
    legend: tuple[tuple[str, str, str], ...]  # (source, colour, shape)
    undated: tuple[str, ...] = ()
    log: bool = False
    width: int = WIDTH
    height: int = HEIGHT
    plot: tuple[float, float, float, float] = field(default=(LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM))


def _num(v: float) -> str:
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 10_000:
        return f"{v / 1000:g}k"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:g}"


def _values(fig: Figure, unit: str | None) -> tuple[float | None, float | None]:
    """A figure's interval on the chart's scale: in its tracked figure's ``unit``."""
    return interval_in(fig.quantity, unit)


def _nice_ticks(lo: float, hi: float, log: bool) -> list[float]:
    if log:
        start, stop = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        return [10.0 ** e for e in range(start, stop + 1)]
    span = hi - lo or abs(hi) or 1.0
    step = 10 ** math.floor(math.log10(span / 4))
    for mult in (1, 2, 5, 10):
        if span / (step * mult) <= 5:
            step *= mult
            break
    first = math.floor(lo / step) * step
    ticks, v = [], first
    while v <= hi + step * 0.01:
        ticks.append(v)
        v += step
    if ticks[-1] < hi - step * 0.01:  # a tick above the highest value, so none is drawn on the edge
        ticks.append(ticks[-1] + step)
    return ticks


def _point(lo: float | None, hi: float | None, log: bool) -> float:
    """Where a value is drawn: its bound, or the middle of its interval (geometric on a log scale)."""
    if lo is None or hi is None:
        return lo if lo is not None else hi  # type: ignore[return-value]
    if log:
        return math.sqrt(lo * hi) if lo > 0 else hi
    return (lo + hi) / 2


#: Pixels between markers of equal value on one day, drawn side by side.
NUDGE = 7


def _spread(x: float, nth: int, count: int, left: float, right: float) -> float:
    """The x of the ``nth`` of ``count`` markers at one spot: side by side, centred on the spot
    and moved inwards as a group when it would pass an edge of the plot."""
    half = NUDGE * (count - 1) / 2
    centre = min(max(x, left + 6 + half), right - 6 - half) if 2 * half < right - left - 12 else (left + right) / 2
    return centre - half + NUDGE * nth


def chart_for(tf: TrackedFigure, articles: Mapping[str, Article], *, anchor: str = "f",
              styles: Mapping[str, SourceStyle] | None = None,
              source_of: Callable[[Figure], str] | None = None, min_points: int = 2) -> Chart | None:
    """The chart of a tracked figure, or None when fewer than ``min_points`` of its counted
    figures have a date and a value (a single point is a table row, not a chart).

    Args:
        tf: the tracked figure; its excluded figures are drawn hollow, and do not set the scale.
        articles: article id -> article, for dates, sources and sentences.
        anchor: prefix of the element ids of highlighted figures (``f-<article>-<start>``).
        styles: source key -> style, shared by every chart of a page (default: this chart's own).
        source_of: figure -> source name (default: :func:`figure_source`).
        min_points: the fewest dated counted figures worth a chart.
    """
    from storyline.outlets import name_key

    source_of = source_of or (lambda f: figure_source(f, articles.get(f.article_id)))
    items: list[tuple[Figure, bool]] = [(f, False) for f in tf.figures] + [(f, True) for f, _ in tf.excluded]
    dated, undated = [], []
    for fig, excluded in items:
        day = figure_date(fig, articles.get(fig.article_id))
        lo, hi = _values(fig, tf.unit)
        if lo is None and hi is None:
            continue
        if day is None:
            undated.append(fig.quantity.text)
            continue
        when = parse_day(day)
        if when is None:
            undated.append(fig.quantity.text)
        else:
            dated.append((when, fig, excluded))
    if sum(1 for _, _, excluded in dated if not excluded) < max(min_points, 1):
        return None
    # Excluded figures (hypothetical "up to 100,000") are drawn but do not set the scale.
    values = [v for _, f, excluded in dated if not excluded for v in _values(f, tf.unit) if v is not None]
    vmin, vmax = min(values), max(values)
    log = vmin > 0 and vmax / vmin > 20
    if log:
        y_lo, y_hi = 10 ** math.floor(math.log10(vmin)), 10 ** math.ceil(math.log10(vmax))
    else:
        pad = (vmax - vmin) * 0.15 or max(abs(vmax) * 0.2, 1.0)
        y_lo, y_hi = max(0.0, vmin - pad), vmax + pad
    ticks = _nice_ticks(y_lo, y_hi, log)
    y_lo, y_hi = min(y_lo, ticks[0]), max(y_hi, ticks[-1])
    days = [d for d, _, _ in dated]
    d0, d1 = min(days), max(days)
    span = max((d1 - d0).days, 1)
    x0, y0, x1, y1 = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM

    def sx(d: date) -> float:
        if d0 == d1:
            return (x0 + x1) / 2
        return x0 + 12 + (d - d0).days / span * (x1 - x0 - 24)

    def sy(v: float) -> float:
        if log:
            t = (math.log10(v) - math.log10(y_lo)) / (math.log10(y_hi) - math.log10(y_lo))
        else:
            t = (v - y_lo) / ((y_hi - y_lo) or 1.0)
        return y1 - t * (y1 - y0)

    if styles is None:
        styles = source_styles([source_of(f) for _, f, _ in dated])
    used: dict[str, tuple[str, SourceStyle]] = {}
    markers = []
    dated.sort(key=lambda t: (t[0], t[1].article_id, t[1].quantity.start))
    spots = [(day, _point(*_values(fig, tf.unit), log)) for day, fig, _ in dated]
    crowd = Counter((day, round(point, 6)) for day, point in spots)
    same_spot: dict[tuple[date, float], int] = {}
    for (day, fig, excluded), (_, point) in zip(dated, spots, strict=True):
        article = articles.get(fig.article_id)
        source = source_of(fig)
        style = styles.get(name_key(source)) or SourceStyle(PALETTE[-2], "circle")
        used.setdefault(name_key(source), (source, style))
        lo, hi = _values(fig, tf.unit)
        key = (day, round(point, 6))
        nudge = same_spot.get(key, 0)
        same_spot[key] = nudge + 1
        sentence = article.text_of(fig)[fig.sentence_start:fig.sentence_end] if article else ""
        note = " (excluded: not counted)" if excluded else ""
        off_scale = point > y_hi or point < y_lo
        note += " (off the scale)" if off_scale else ""
        markers.append(Marker(
            x=_spread(sx(day), nudge, crowd[key], x0, x1), y=sy(min(max(point, y_lo), y_hi)),
            y_low=sy(min(max(lo, y_lo), y_hi)) if lo is not None else None,
            y_high=sy(max(min(hi, y_hi), y_lo)) if hi is not None else None,
            open_up=hi is None, open_down=lo is None, colour=style.colour,
            href=f"#{anchor}-{fig.article_id}-{'t' if fig.in_title else ''}{fig.quantity.start}",
            title=f"{fig.quantity.text} — {source}, {day.isoformat()}{note}: {sentence}",
            label=f"{fig.quantity.text} ({source}, {day.isoformat()}){note}", excluded=excluded,
            shape=style.shape, sentence=sentence, source=source, day=day.isoformat(),
            value=fig.quantity.text, off_scale=off_scale,
        ))
    # (x, label, text-anchor): the end labels are anchored inwards so they are not clipped.
    x_ticks = [(sx(d0), d0.isoformat(), "start" if d1 != d0 else "middle")]
    if d1 != d0:
        x_ticks.append((sx(d1), d1.isoformat(), "end"))
        if span > 20:
            mid = date.fromordinal((d0.toordinal() + d1.toordinal()) // 2)
            x_ticks.insert(1, (sx(mid), mid.isoformat(), "middle"))
    return Chart(
        label=tf.label,
        markers=tuple(markers),
        y_ticks=tuple((sy(t), _num(t)) for t in ticks),
        x_ticks=tuple(x_ticks),
        legend=tuple((name, style.colour, style.shape) for name, style in used.values()),
        undated=tuple(undated),
        log=log,
    )


def charts_for(tracked: Sequence[TrackedFigure], articles: Mapping[str, Article],
               source_of: Callable[[Figure], str] | None = None) -> dict[str, Chart]:
    """Charts of every tracked figure with two or more dated values, by tracked figure id;
    each source keeps one colour and shape across them all."""
    source_of = source_of or (lambda f: figure_source(f, articles.get(f.article_id)))
    # The styles go to the sources of charted figures only, so that up to 32 sources
    # never share a look.
    drawn = [tf for tf in tracked if chart_for(tf, articles, styles={}, source_of=source_of) is not None]
    styles = source_styles([source_of(f) for tf in drawn for f in [*tf.figures, *(x for x, _ in tf.excluded)]])
    tracked = drawn
    out = {}
    for tf in tracked:
        chart = chart_for(tf, articles, styles=styles, source_of=source_of)
        if chart is not None:
            out[tf.id] = chart
    return out
