"""The read side: what the CLI and the web app read from the store, each thing read once.

Every function here takes an open :class:`~storyline.store.db.Store` and returns records
(:mod:`storyline.records`) or the objects a renderer needs (a :class:`Dossier`); none writes.
What a command or a URL names and the store lacks raises :class:`~storyline.errors.NotFound`
(the CLI's exit 2, the web's 404); an id prefix that fits several raises
:class:`~storyline.errors.StoreError`.

The CLI and the web call these through :mod:`storyline.api`; the renderers of
:mod:`storyline.report` only render what these return.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storyline import records
from storyline.align.figures import figure_source
from storyline.align.findings import Ledger, ledger
from storyline.align.params import DEFAULT, AlignParams
from storyline.errors import ConfigError, NotFound
from storyline.model import Article, Figure, Rejected, Story, Thread
from storyline.outlets import independent_outlets, outlet_counts, source_namer
from storyline.store.db import Store

__all__ = [
    "ArticleView", "Dossier", "TimelineDay", "article", "article_view", "central_article", "dossier",
    "duplicates", "figures", "figures_page", "largest_story", "ledger_rows", "pick_story", "search",
    "search_count", "stories", "story", "story_ledger", "story_title", "story_view",
]

#: What to do next when an id names nothing, as the CLI says it.
_LIST_HINT = {"article": "list them with `storyline articles`", "story": "list them with `storyline stories`"}


# -- lookups ----------------------------------------------------------------------------------

def article(store: Store, article_id: str) -> Article:
    """The article with this id or unique prefix (4+ characters).

    Raises:
        NotFound: there is none.
        StoreError: the prefix fits several articles.
    """
    found = store.get_article(article_id)
    if found is None:
        raise NotFound("article", article_id, _LIST_HINT["article"])
    return found


def story(store: Store, story_id: str) -> Story:
    """The story with this id or unique prefix (4+ characters), reading that story only.

    Raises:
        NotFound: there is none.
        StoreError: the prefix fits several stories.
    """
    found = store.find_story(story_id)
    if found is None:
        raise NotFound("story", story_id, _LIST_HINT["story"])
    return found


def largest_story(stories: list[Story]) -> Story:
    """The story with the most articles (ties: the larger id), the one a dossier defaults to."""
    return max(stories, key=lambda s: (len(s.article_ids), s.id))


def pick_story(store: Store, story_id: str | None) -> Story:
    """The story ``story_id`` names, or the largest when None.

    Raises:
        ConfigError: the store has no stories yet.
        NotFound: ``story_id`` names none.
    """
    if story_id is not None:
        return story(store, story_id)
    every = store.stories()
    if not every:
        raise ConfigError("the store has no stories yet; ingest articles first (storyline ingest)")
    return largest_story(every)


# -- stories ----------------------------------------------------------------------------------

def central_article(articles: list[Article], members: list[dict[str, Any]],
                    copies: set[str] = frozenset()) -> Article | None:
    """The story's most central article with a headline: the one most other articles joined
    the story through (their nearest neighbour), then the highest score, then the earliest;
    copies of another article come last."""
    if not articles:
        return None
    joined: dict[str, int] = defaultdict(int)
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


def _story_record(story: Story, articles: list[Article], members: list[dict[str, Any]],
                  pairs: list[dict[str, Any]], threads: Sequence[Thread] = ()) -> dict[str, Any]:
    return records.story_record(story, title=story_title(story, articles, members, pairs), articles=articles,
                                members=members, outlet_names=independent_outlets(articles, pairs),
                                threads=threads)


def stories(store: Store, *, min_articles: int = 1) -> list[dict[str, Any]]:
    """Every story of ``min_articles`` or more (:func:`storyline.records.story_record`), with
    each member's why; the duplicate pairs are read once for all."""
    pairs = store.duplicates()
    rows = []
    for s in store.stories():
        if len(s.article_ids) < min_articles:
            continue
        by_id = store.get_articles(list(s.article_ids))
        articles = [by_id[a] for a in s.article_ids if a in by_id]
        among = [d for d in pairs if d["a"] in by_id and d["b"] in by_id]
        rows.append(_story_record(s, articles, store.story_members(s.id), among, store.story_threads(s.id)))
    return rows


@dataclass(frozen=True, slots=True)
class _StoryData:
    """What a story's ledger, page and dossier are made from: read from the store once."""

    story: Story
    articles: list[Article]           # in the story's order
    by_id: dict[str, Article]
    figures: list[Figure]             # in article order, then text order
    pairs: list[dict[str, Any]]       # duplicate pairs among the articles
    members: list[dict[str, Any]]
    threads: list[Thread] = field(default_factory=list)

    @property
    def figures_by_article(self) -> dict[str, list[Figure]]:
        out: dict[str, list[Figure]] = {a.id: [] for a in self.articles}
        for f in self.figures:
            out.setdefault(f.article_id, []).append(f)
        return out


def _read_story(store: Store, s: Story, *, members: bool = True) -> _StoryData:
    by_id = store.get_articles(list(s.article_ids))
    ids = list(by_id)
    return _StoryData(story=s, articles=[by_id[a] for a in s.article_ids if a in by_id], by_id=by_id,
                      figures=list(store.iter_figures(article_ids=ids)), pairs=store.duplicates_among(ids),
                      members=store.story_members(s.id) if members else [],
                      threads=store.story_threads(s.id) if members else [])


def _ledger_of(data: _StoryData, params: AlignParams = DEFAULT) -> Ledger:
    return ledger(data.story.id, data.figures, data.by_id, [(d["a"], d["b"], d["relation"]) for d in data.pairs],
                  params)


def story_ledger(store: Store, s: Story, params: AlignParams = DEFAULT) -> tuple[Ledger, dict[str, Article]]:
    """The ledger of a stored story (:func:`storyline.align.findings.ledger`, aligned with
    ``params``), and its articles by id."""
    data = _read_story(store, s, members=False)
    return _ledger_of(data, params), data.by_id


def ledger_rows(store: Store, *, story_id: str | None = None,
                failures: list[Rejected] | None = None, params: AlignParams = DEFAULT) -> list[dict[str, Any]]:
    """One tracked figure record per row (with its ``story_label``), of one story or of every
    story with more than one article.

    Over every story, one story whose alignment fails does not cost the others theirs: the
    failure is appended to ``failures`` and the others go on. Without ``failures``, or for
    one story, the error is raised.
    """
    from storyline.pipeline import failure

    chosen = [story(store, story_id)] if story_id else [s for s in store.stories() if len(s.article_ids) > 1]
    rows = []
    for s in chosen:
        try:
            led, articles = story_ledger(store, s, params)
            tracked = records.tracked_records(led, articles)
        except Exception as exc:
            if failures is None or story_id:
                raise
            failures.append(failure("align", f"story {s.id}", exc))
            continue
        rows.extend({"story_label": s.label, **rec} for rec in tracked)
    return rows


def story_view(store: Store, story_id: str, params: AlignParams = DEFAULT) -> dict[str, Any]:
    """A story's ledger as the web shows it (:func:`storyline.records.story_ledger_record`):
    the story, its tracked figures with summaries and findings, the unaligned figures and its
    sources; aligned with ``params``."""
    data = _read_story(store, story(store, story_id))
    led = _ledger_of(data, params)
    tracked = records.tracked_records(led, data.by_id)
    counts = {aid: len(figs) for aid, figs in data.figures_by_article.items()}
    sources = records.source_records(data.articles, led, tracked, data.pairs,
                                     {m["article_id"]: m for m in data.members}, counts)
    return records.story_ledger_record(_story_record(data.story, data.articles, data.members, data.pairs,
                                                     data.threads),
                                       led, data.by_id, sources, tracked)


# -- the dossier ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TimelineDay:
    """What happened on one day of the story: articles published and figures stated."""

    day: str
    articles: tuple[Article, ...]
    figures: tuple[tuple[Figure, str], ...]  # (figure, source)


@dataclass(frozen=True, slots=True)
class Dossier:
    """A story's dossier content: what every report format renders (the HTML adds its charts).

    ``duplicates`` are duplicate records (:func:`storyline.records.duplicate_record`);
    ``record``, ``tracked`` and ``sources`` the story's records as the JSON dossier holds them;
    ``threads`` its threads (:func:`storyline.records.thread_record`), earliest first.
    """

    title: str
    story: Story | None
    articles: list[Article]
    figures: dict[str, list[Figure]]
    inputs: dict[str, list[dict[str, Any]]]
    duplicates: list[dict[str, Any]]
    ledger: Ledger | None = None
    timeline: list[TimelineDay] = field(default_factory=list)
    independent_outlets: int = 0
    outlets_in_all: int = 0
    record: dict[str, Any] | None = None
    tracked: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    threads: list[dict[str, Any]] = field(default_factory=list)

    @property
    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}


def _timeline(articles: list[Article], figures: dict[str, list[Figure]],
              source_of: Callable[[Figure], str] | None = None) -> list[TimelineDay]:
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


def dossier(store: Store, s: Story, params: AlignParams = DEFAULT) -> Dossier:
    """Gather the dossier of a stored story: its articles, figures, duplicate pairs, members
    and inputs are each read once; its ledger is aligned with ``params``."""
    data = _read_story(store, s)
    led = _ledger_of(data, params)
    figures = data.figures_by_article
    articles = data.articles
    by_id = data.by_id
    independent, in_all = outlet_counts(articles, data.pairs)
    source_of = source_namer(data.figures, by_id)
    tracked = records.tracked_records(led, by_id)
    sources = records.source_records(articles, led, tracked, data.pairs,
                                     {m["article_id"]: m for m in data.members},
                                     {aid: len(figs) for aid, figs in figures.items()})
    return Dossier(
        title=story_title(s, articles, data.members, data.pairs),
        story=s,
        articles=articles,
        figures=figures,
        inputs={a.id: records.public_inputs(store.inputs_of(a.id)) for a in articles},
        duplicates=[records.duplicate_record(d, by_id) for d in data.pairs],
        ledger=led,
        timeline=_timeline(articles, figures, source_of),
        independent_outlets=independent,
        outlets_in_all=in_all,
        record=_story_record(s, articles, data.members, data.pairs, data.threads),
        threads=[records.thread_record(t, articles) for t in data.threads],
        tracked=tracked,
        sources=sources,
        changes=recent_changes(store, s),
    )


#: The most changes the dossier's "what changed since" section lists.
RECENT_CHANGES = 20


def recent_changes(store: Store, story: Story) -> list[dict[str, Any]]:
    """The story's latest changes found by ``storyline watch`` (none when it was never watched)."""
    from storyline.watch.changes import changes

    return changes(store, story_id=story.id, limit=RECENT_CHANGES)


# -- articles, figures, duplicates ------------------------------------------------------------

def duplicates(store: Store, *, article_id: str | None = None) -> list[dict[str, Any]]:
    """Every stored duplicate pair (:func:`storyline.records.duplicate_record`), or those of one
    article; both sides' articles are read in one query.

    Raises:
        NotFound: ``article_id`` names no article.
    """
    return _duplicates_of(store, article(store, article_id).id if article_id is not None else None)


def _duplicates_of(store: Store, full_id: str | None) -> list[dict[str, Any]]:
    pairs = store.duplicates(full_id)
    by_id = store.get_articles(list(dict.fromkeys(x for p in pairs for x in (p["a"], p["b"]))))
    return [records.duplicate_record(p, by_id) for p in pairs]


def figures(store: Store, *, article_id: str | None = None, measure_head: str | None = None) -> list[dict[str, Any]]:
    """Every stored figure (:func:`storyline.records.figure_record`), optionally of one article
    or one measure head.

    Raises:
        NotFound: ``article_id`` names no article.
    """
    ids = [article(store, article_id).id] if article_id is not None else None
    found = list(store.iter_figures(article_ids=ids, measure_head=measure_head))
    by_id = store.get_articles(list(dict.fromkeys(f.article_id for f in found)))
    return [records.figure_record(f, by_id.get(f.article_id)) for f in found]


def figures_page(store: Store, *, measure_head: str | None, phrase: str | None, offset: int, limit: int
                 ) -> tuple[int, list[dict[str, Any]]]:
    """A page of the figures of one measure head and/or whose measure phrase contains ``phrase``,
    each with its article's context; and how many match in all."""
    total, matched = store.figures_page(measure_head=measure_head, phrase=phrase, limit=limit, offset=offset)
    by_id = store.get_articles(list(dict.fromkeys(f.article_id for f in matched)))
    return total, [records.figure_record(f, by_id[f.article_id], context=True) for f in matched]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article, its figures, and its record (:func:`storyline.records.article_page_record`)."""

    record: dict[str, Any]
    article: Article
    figures: list[Figure]


def article_view(store: Store, article_id: str | Article, *, removed: bool = False,
                 local: bool = False) -> ArticleView:
    """An article (an id, a unique prefix, or the article already read) with its inputs,
    figures, duplicate pairs and stories.

    Raises:
        NotFound: there is no such article.
    """
    a = article_id if isinstance(article_id, Article) else article(store, article_id)
    figs = store.figures_of(a.id)
    record = records.article_page_record(a, inputs=store.inputs_of(a.id), figures=figs,
                                         duplicates=_duplicates_of(store, a.id),
                                         stories=store.stories_of(a.id), removed=removed, local=local)
    return ArticleView(record, a, figs)


def search(store: Store, query: str, *, limit: int = 20, offset: int = 0,
           marks: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
    """Full-text hits of ``query`` (SQLite FTS5 syntax), a page at a time: id, title, outlet,
    date and a snippet with the matches between ``marks``."""
    return store.search(query, limit=limit, offset=offset, marks=marks)


def search_count(store: Store, query: str) -> int:
    """How many articles match ``query`` in all."""
    return store.count_search(query)
