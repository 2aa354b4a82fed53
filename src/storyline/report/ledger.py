"""Stories and ledgers read from the store: what ``storyline stories`` and ``ledger`` print.

:func:`story_ledger` gathers a story's articles, figures and duplicate links from the store
and hands them to the pure :func:`storyline.align.findings.ledger`.
"""

from __future__ import annotations

from typing import Any

from storyline.align.findings import Ledger, ledger, ledger_record
from storyline.align.params import DEFAULT, AlignParams
from storyline.report.lookup import require_story
from storyline.report.outlets import independent_outlets
from storyline.model import Article, Rejected, Story
from storyline.pipeline import failure
from storyline.store.db import Store

__all__ = ["ledger_rows", "stories_rows", "story_ledger"]


def story_ledger(store: Store, story: Story, params: AlignParams = DEFAULT) -> tuple[Ledger, dict[str, Article]]:
    """The ledger of a stored story (aligned with ``params``), and its articles by id."""
    articles = {aid: store.get_article(aid) for aid in story.article_ids}
    articles = {k: v for k, v in articles.items() if v is not None}
    figures = list(store.iter_figures(article_ids=list(articles)))
    links = [(d["a"], d["b"], d["relation"]) for d in store.duplicates()
             if d["a"] in articles and d["b"] in articles]
    return ledger(story.id, figures, articles, links, params), articles


def stories_rows(store: Store, *, min_articles: int = 1) -> list[dict[str, Any]]:
    """Every story as ``storyline stories --json`` prints it, with each member's why.

    ``title`` is the headline of its most central article, ``label`` its keywords;
    ``outlets`` counts independent outlets (:mod:`storyline.report.outlets`), named in
    ``outlet_names``; ``paths`` are file names or URLs, never local folders.
    """
    from storyline.report.dossier import story_title

    rows = []
    duplicates = store.duplicates()
    for story in store.stories():
        if len(story.article_ids) < min_articles:
            continue
        members = store.story_members(story.id)
        articles = [a for aid in story.article_ids if (a := store.get_article(aid)) is not None]
        paths = {a.id: a.provenance.public_label for a in articles}
        outlets = independent_outlets(articles, duplicates)
        rows.append({
            "story_id": story.id, "label": story.label,
            "title": story_title(story, articles, members, [d for d in duplicates if d["a"] in paths and d["b"] in paths]),
            "article_ids": list(story.article_ids),
            "paths": [paths.get(a) for a in story.article_ids],
            "first_published": story.first_published, "last_published": story.last_published,
            "articles": len(story.article_ids), "outlets": len(outlets), "outlet_names": outlets,
            "members": [{k: m[k] for k in ("article_id", "score", "neighbour", "shared_terms", "shared_entities")}
                        | {"path": paths.get(m["article_id"])} for m in members],
        })
    return rows


def ledger_rows(store: Store, *, story_id: str | None = None,
                failures: list[Rejected] | None = None, params: AlignParams = DEFAULT) -> list[dict[str, Any]]:
    """One object per tracked figure, of one story or of every story with more than one article.

    Over every story, one story whose alignment fails does not cost the others theirs: the
    failure is appended to ``failures`` (logged with its traceback) and the others go on.
    Without ``failures``, or for one story, the error is raised.
    """
    stories = [require_story(store, story_id)] if story_id else [s for s in store.stories() if len(s.article_ids) > 1]
    rows = []
    for story in stories:
        try:
            led, articles = story_ledger(store, story, params)
            records = ledger_record(led, articles)
        except Exception as exc:
            if failures is None or story_id:
                raise
            failures.append(failure("align", f"story {story.id}", exc))
            continue
        for record in records:
            rows.append({"story_label": story.label, **record})
    return rows
