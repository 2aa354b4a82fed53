"""The story dossier: everything the report formats show, gathered from the store once.

:func:`story_dossier` collects a story's articles, figures, duplicate links, ledger
(tracked figures and findings), charts and timeline into a :class:`Dossier`; the HTML
(:mod:`storyline.report.html`), Markdown (:mod:`storyline.report.markdown`) and JSON
(:func:`dossier_record`) writers only render it. :func:`write_report` is what
``storyline report`` calls.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.align.figures import figure_source
from storyline.align.findings import Ledger, ledger_record
from storyline.errors import ConfigError
from storyline.model import Article, Figure, Story
from storyline.report.chart import Chart, charts_for
from storyline.report.export import public_inputs
from storyline.report.ledger import story_ledger
from storyline.report.lookup import require_story
from storyline.report.outlets import outlet_counts, source_namer
from storyline.store.db import Store

__all__ = ["Dossier", "TimelineDay", "default_report_name", "dossier_record", "largest_story", "render_report",
           "story_dossier", "write_report"]


@dataclass(frozen=True, slots=True)
class TimelineDay:
    """What happened on one day of the story: articles published and figures stated."""

    day: str
    articles: tuple[Article, ...]
    figures: tuple[tuple[Figure, str], ...]  # (figure, source)


@dataclass(frozen=True, slots=True)
class Dossier:
    """A story's dossier content."""

    title: str
    story: Story | None
    articles: list[Article]
    figures: dict[str, list[Figure]]
    inputs: dict[str, list[dict[str, Any]]]
    duplicates: list[dict[str, Any]]
    ledger: Ledger | None = None
    charts: dict[str, Chart] = field(default_factory=dict)
    timeline: list[TimelineDay] = field(default_factory=list)
    independent_outlets: int = 0
    outlets_in_all: int = 0
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def _timeline(articles: list[Article], figures: dict[str, list[Figure]],
              source_of: Any = None) -> list[TimelineDay]:
    by_day_articles: dict[str, list[Article]] = defaultdict(list)
    by_day_figures: dict[str, list[tuple[Figure, str]]] = defaultdict(list)
    for a in articles:
        if a.published_on:
            by_day_articles[a.published_on.isoformat()].append(a)
        for fig in figures.get(a.id, []):
            if fig.modality in ("hypothetical", "negated"):
                continue
            stated = fig.said_on.value if fig.said_on and fig.said_on.granularity == "day" else None
            if stated:
                by_day_figures[stated[:10]].append((fig, source_of(fig) if source_of else figure_source(fig, a)))
    days = sorted(set(by_day_articles) | set(by_day_figures))
    return [TimelineDay(d, tuple(by_day_articles.get(d, ())), tuple(by_day_figures.get(d, ()))) for d in days]


def central_article(articles: list[Article], members: list[dict[str, Any]],
                    copies: set[str] = frozenset()) -> Article | None:
    """The story's most central article with a headline: the one most other articles joined
    the story through (their nearest neighbour), then the highest score, then the earliest;
    copies of another article come last."""
    if not articles:
        return None
    joined = defaultdict(int)
    score = {}
    for m in members:
        if m.get("neighbour"):
            joined[m["neighbour"]] += 1
        score[m["article_id"]] = m.get("score") or 0.0
    titled = [a for a in articles if a.title.value] or articles
    return min(titled, key=lambda a: (a.id in copies, -joined[a.id], -score.get(a.id, 0.0),
                                      a.published.value or "9999", a.id))


def story_title(story: Story, articles: list[Article], members: list[dict[str, Any]],
                duplicates: list[dict[str, Any]]) -> str:
    """A story's title for people: the headline of its most central article (else its label)."""
    copies = {d["b"] for d in duplicates}
    central = central_article(articles, members, copies)
    return (central.title.value if central is not None else None) or story.label


def story_dossier(store: Store, story: Story) -> Dossier:
    """Gather the dossier of a stored story."""
    led, by_id = story_ledger(store, story)
    articles = [by_id[a] for a in story.article_ids if a in by_id]
    ids = set(by_id)
    duplicates = [d for d in store.duplicates() if d["a"] in ids and d["b"] in ids]
    figures = {a.id: store.figures_of(a.id) for a in articles}
    independent, in_all = outlet_counts(articles, duplicates)
    source_of = source_namer([f for figs in figures.values() for f in figs], by_id)
    return Dossier(
        title=story_title(story, articles, store.story_members(story.id), duplicates),
        story=story,
        articles=articles,
        figures=figures,
        inputs={a.id: public_inputs(store.inputs_of(a.id)) for a in articles},
        duplicates=duplicates,
        ledger=led,
        charts=charts_for(led.tracked, by_id, source_of),
        timeline=_timeline(articles, figures, source_of),
        independent_outlets=independent,
        outlets_in_all=in_all,
        changes=recent_changes(store, story),
    )


#: The most changes the dossier's "what changed since" section lists.
RECENT_CHANGES = 20


def recent_changes(store: Store, story: Story) -> list[dict[str, Any]]:
    """The story's latest changes found by ``storyline watch`` (none when it was never watched)."""
    from storyline.watch.changes import changes

    return changes(store, story_id=story.id, limit=RECENT_CHANGES)


def dossier_record(dossier: Dossier) -> dict[str, Any]:
    """The JSON of a dossier (``storyline report --format json``)."""
    from storyline.report.html import key_numbers

    by_id = dossier.by_id
    story = dossier.story
    source_of = source_namer([f for figs in dossier.figures.values() for f in figs], by_id)
    keys = [{"tracked_id": k["tracked"].id, "label": k["tracked"].label, "range": k["range"],
             "latest": ({"text": k["latest"].quantity.text, "source": k["latest_source"], "date": k["latest_day"],
                         "article_id": k["latest"].article_id} if k["latest"] is not None else None),
             "finding": ({"kind": k["finding"].kind, "sentence": k["finding"].sentence}
                         if k["finding"] is not None else None)}
            for k in (key_numbers(dossier.ledger, by_id, source_of) if dossier.ledger else [])]
    return {
        "story_id": story.id if story else None,
        "label": dossier.story.label if story else dossier.title,
        "title": dossier.title,
        "period": list(story.period) if story else None,
        "articles": len(dossier.articles),
        "independent_outlets": dossier.independent_outlets,
        "outlets_in_all": dossier.outlets_in_all,
        "key_numbers": keys,
        "findings": [{"kind": f.kind, "tracked_id": f.tracked_id, "sentence": f.sentence, "factor": f.factor}
                     for f in (dossier.ledger.findings if dossier.ledger else ())],
        "tracked_figures": ledger_record(dossier.ledger, by_id) if dossier.ledger else [],
        "sources": [{
            "article_id": a.id, "outlet": a.outlet.value, "published": a.published.value,
            "author": a.author.value, "title": a.title.value, "url": a.url.value, "path": a.provenance.public_label,
            "figures": len(dossier.figures.get(a.id, [])),
        } for a in dossier.articles],
        "duplicates": [{k: d[k] for k in ("a", "b", "relation", "containment", "shared_passage")}
                       for d in dossier.duplicates],
        "timeline": [{"day": t.day, "articles": [a.id for a in t.articles],
                      "figures": [{"text": f.quantity.text, "source": s, "article_id": f.article_id}
                                  for f, s in t.figures]} for t in dossier.timeline],
    }


def largest_story(stories: list[Story]) -> Story:
    """The story with the most articles (ties: the larger id), the one a dossier defaults to."""
    return max(stories, key=lambda s: (len(s.article_ids), s.id))


def _pick_story(store: Store, story_id: str | None) -> Story:
    stories = store.stories()
    if not stories:
        raise ConfigError("the store has no stories yet; ingest articles first (storyline ingest)")
    if story_id is None:
        return largest_story(stories)
    return require_story(store, story_id)


def render_report(store: Store, *, story_id: str | None = None, fmt: str = "html") -> tuple[Story, str]:
    """The dossier of a story (default: the largest) as ``html``, ``md`` or ``json`` text.

    Raises:
        ConfigError: no such story, the store has none, or an unknown format.
    """
    from storyline.report.html import render_story_dossier
    from storyline.report.markdown import render_markdown

    story = _pick_story(store, story_id)
    dossier = story_dossier(store, story)
    if fmt == "html":
        text = render_story_dossier(dossier)
    elif fmt == "md":
        text = render_markdown(dossier)
    elif fmt == "json":
        text = json.dumps(dossier_record(dossier), ensure_ascii=False, indent=2) + "\n"
    else:
        raise ConfigError(f"unknown report format {fmt!r}; use html, md or json")
    return story, text


def default_report_name(story: Story, fmt: str) -> str:
    """The file ``storyline report`` writes without ``-o``: ``<story-id>.<format>``."""
    return f"{story.id}.{fmt}"


def write_report(store: Store, out: str | Path | None = None, *, story_id: str | None = None,
                 fmt: str = "html") -> Path:
    """Write the dossier of a story (default: the largest) as ``html``, ``md`` or ``json``.

    Args:
        store: the store.
        out: the file to write (default: ``<story-id>.<format>`` in the current folder).
            Its folder must exist: a mistyped folder is an error, never created.
        story_id: the story (id or prefix).
        fmt: the format.

    Raises:
        ConfigError: no such story, the store has none, or no such folder.
    """
    story, text = render_report(store, story_id=story_id, fmt=fmt)
    path = Path(out) if out is not None else Path(default_report_name(story, fmt))
    if not path.parent.is_dir():
        raise ConfigError(f"cannot write {path}: no such folder {path.parent}; create it first or "
                          "choose another -o")
    path.write_text(text, encoding="utf-8")
    return path

