"""The HTML dossier: one self-contained page (no network) of a set of articles.

Rendered with Jinja2 with autoescaping on, so article text (untrusted) is always shown
as text. The page inlines its CSS; it loads nothing from anywhere.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.align.figures import figure_date
from storyline.align.findings import folded
from storyline.model import Article, Figure, TrackedFigure
from storyline.outlets import outlet_counts, source_namer
from storyline.records import (
    interval_text,
    key_numbers,
    ordered_findings,
    ordered_tracked,
)
from storyline.style import stylesheet

__all__ = ["paragraph_segments", "render_dossier", "render_story_dossier", "split_sentence", "title_segments"]


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


#: Findings shown before "more findings": on a phone the first chart stays within two screens.
TOP_FINDINGS = 3

_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?!\s*\n))*")


def paragraph_segments(text: str, figures: list[Figure], *,
                       in_title: bool = False) -> list[list[tuple[str, Figure | None]]]:
    """Split ``text`` into paragraphs, each a list of ``(text, figure or None)`` runs.

    Figures are marked by their character offsets, so what is highlighted is exactly the
    text the figure was read from. Overlapping figures keep the first. Only the figures read
    in the text are marked, or with ``in_title`` only those read in the title (the text
    is then the title: :func:`title_segments`).
    """
    spans = sorted(((f.quantity.start, f.quantity.end, f) for f in figures if f.in_title == in_title),
                   key=lambda t: (t[0], -t[1]))
    paragraphs = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        runs: list[tuple[str, Figure | None]] = []
        pos = start
        for fs, fe, fig in spans:
            if fs < pos or fe > end or fs < start:
                continue
            if fs > pos:
                runs.append((text[pos:fs], None))
            runs.append((text[fs:fe], fig))
            pos = fe
        if pos < end:
            runs.append((text[pos:end], None))
        paragraphs.append(runs)
    return paragraphs


def title_segments(title: str | None, figures: list[Figure]) -> list[tuple[str, Figure | None]]:
    """The runs of an article's title, its figures (those read in the title) marked."""
    return [run for para in paragraph_segments(title or "", figures, in_title=True) for run in para]


def render_dossier(articles: list[Article], *, title: str, inputs: dict[str, list[dict[str, Any]]] | None = None,
                   figures: dict[str, list[Figure]] | None = None,
                   duplicates: list[dict[str, Any]] | None = None,
                   ledger: Any = None, charts: dict[str, Any] | None = None,
                   timeline: list[Any] | None = None, changes: list[dict[str, Any]] | None = None,
                   threads: list[dict[str, Any]] | None = None) -> str:
    """Render the dossier page of ``articles``.

    Args:
        articles: the articles, in the order shown.
        title: the page title.
        inputs: per article id, every input its text was read from (copies found elsewhere).
        figures: per article id, its figures (highlighted in its text and listed).
        duplicates: duplicate pairs (rows of ``Store.duplicates``) among the articles.
        ledger, charts, timeline: a story's findings, tracked figures with their charts,
            and dated events (see :mod:`storyline.report.dossier`). Outlets are counted by
            :func:`storyline.outlets.outlet_counts`, as everywhere.
        changes: what ``storyline watch`` found changed, newest last (the "what changed
            since" section; see :mod:`storyline.watch.changes`).
        threads: the story's threads (:func:`storyline.records.thread_record`); the
            "threads" section lists them when there are two or more.
    """
    figures = figures or {}
    by_id = {a.id: a for a in articles}
    links: dict[str, list[tuple[str, Article]]] = {}
    for pair in duplicates or []:
        a, b = by_id.get(pair["a"]), by_id.get(pair["b"])
        if a is None or b is None:
            continue
        links.setdefault(b.id, []).append((f"{pair['relation']} of", a))
        links.setdefault(a.id, []).append((f"{pair['relation']} in", b))
    source_of = source_namer([f for figs in figures.values() for f in figs], by_id)
    dates = sorted(a.published.value for a in articles if a.published.value)
    independent, in_all = outlet_counts(articles, duplicates or [])
    return _env().get_template("dossier.html.j2").render(
        title=title,
        articles=articles,
        inputs=inputs or {},
        period=(dates[0], dates[-1]) if dates else None,
        figures=figures,
        links=links,
        ledger=ledger,
        findings=[f for f in ordered_findings(ledger) if not folded(f, ledger.params)][:TOP_FINDINGS],
        more_findings=([f for f in ordered_findings(ledger) if not folded(f, ledger.params)][TOP_FINDINGS:]
                       + [f for f in ordered_findings(ledger) if folded(f, ledger.params)]),
        tracked=ordered_tracked(ledger),
        key_numbers=key_numbers(ledger, by_id, source_of),
        split_sentence=split_sentence,
        label_of={t.id: t.label for t in ledger.tracked} if ledger else {},
        is_web=lambda v: isinstance(v, str) and v.lower().startswith(("http://", "https://")),
        charts=charts or {},
        timeline=timeline or [],
        changes=_described(changes),
        threads=threads if threads and len(threads) > 1 else [],
        independent_outlets=independent,
        outlets_in_all=in_all,
        by_id=by_id,
        figure_day=lambda f: figure_date(f, by_id.get(f.article_id)),
        figure_source=source_of,
        sentence_of=lambda f: by_id[f.article_id].text_of(f)[f.sentence_start:f.sentence_end] if f.article_id in by_id else "",
        lone_figure=lone_figure,
        segments={a.id: paragraph_segments(a.text, figures.get(a.id, [])) for a in articles},
        title_runs={a.id: title_segments(a.title.value, figures.get(a.id, [])) for a in articles},
        interval=interval_text,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        stylesheet=stylesheet(),
        version=__version__,
    )


def lone_figure(tf: TrackedFigure) -> Figure | None:
    """The one figure of a tracked figure that holds one, counted or not, else None: its
    sentence says more than a summary of one value."""
    figs = [*tf.figures, *(f for f, _ in tf.excluded)]
    return figs[0] if len(figs) == 1 else None


#: A finding's sentence longer than this shows its claim, and folds the list of who said what.
LONG_SENTENCE = 160


def split_sentence(sentence: str, label: str = "") -> tuple[str, str]:
    """A finding's sentence as (what it finds, who said what): a long sentence is cut at its
    first " — " or its last ": " after the tracked figure's ``label`` that opens it (the claim,
    then every value with its source); a short one is kept whole. A label may hold ": " itself
    ("percent (%): voters"), and the cut never falls inside it."""
    if len(sentence) <= LONG_SENTENCE:
        return sentence, ""
    lead = f"{label}: " if label and sentence.startswith(f"{label}: ") else ""
    rest = sentence[len(lead):]
    head, sep, tail = rest.partition(" — ")
    if not sep:  # "X: an earlier value ..., not a conflict: 8,000 (A) → 11,000 (B)"
        head, sep, tail = rest.rpartition(": ")
        if not sep or (not lead and ": " not in head):
            return sentence, ""
    if not tail.strip() or not head.strip():
        return sentence, ""
    return lead + head + ":", tail


def _described(changes: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    from storyline.watch.changes import describe

    return [{"at": c["at"], "kind": c["kind"], "text": describe(c)} for c in changes or []]


def render_story_dossier(dossier: Any) -> str:
    """Render a :class:`storyline.views.Dossier` as the self-contained HTML page, with a chart
    per tracked figure of two or more dated values."""
    from storyline.report.chart import charts_for

    by_id = dossier.by_id
    source_of = source_namer([f for figs in dossier.figures.values() for f in figs], by_id)
    charts = charts_for(dossier.ledger.tracked, by_id, source_of) if dossier.ledger else {}
    return render_dossier(
        dossier.articles, title=dossier.title, inputs=dossier.inputs, figures=dossier.figures,
        duplicates=dossier.duplicates, ledger=dossier.ledger, charts=charts,
        timeline=dossier.timeline, changes=dossier.changes, threads=dossier.threads,
    )
