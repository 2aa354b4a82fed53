"""Outlets and sources as a reader counts them: one definition for every page and command.

*Independent outlets* of a set of articles: the distinct outlets of the articles that are
not a copy, syndication or rewrite of another article of the set (an article of unknown
outlet counts as an outlet of its own). The dossier (HTML, Markdown, JSON), ``storyline
stories`` and the web app all count with :func:`independent_outlets`.

Names of outlets and sources that differ only in case, spacing or a leading article ("the
Pentagon", "The Pentagon") are one: :func:`name_key` is what they are compared by, and
:func:`display_names` picks one spelling per key to show. The outlet's own voice (a figure
attributed to nobody) is shown as the outlet's name, or :data:`OWN_VOICE` when the outlet
is unknown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from storyline.align.figures import canonical_articles, figure_source
from storyline.model import Article, Figure

__all__ = ["OWN_VOICE", "display_names", "independent_outlets", "name_key", "outlet_counts", "source_namer"]

#: The one label of a figure stated in the outlet's own voice when the outlet is unknown
#: (the same words :func:`storyline.align.figures.figure_source` uses).
OWN_VOICE = "the article"

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_SPACE = re.compile(r"\s+")


def name_key(name: str | None) -> str:
    """What names are compared by: case-folded, spaces folded, a leading article dropped."""
    text = _SPACE.sub(" ", (name or "").strip()).casefold()
    return _ARTICLE.sub("", text) or text


def display_names(names: Iterable[str]) -> dict[str, str]:
    """Name -> the spelling shown for its key: the most frequent, ties broken by the
    capitalised one ("The Pentagon" over "the Pentagon"), then alphabetically."""
    counts = Counter(names)
    best: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], not n[:1].isupper(), n)):
        best.setdefault(name_key(name), name)
    return {name: best[name_key(name)] for name in counts}


def independent_outlets(articles: Sequence[Article], duplicates: Iterable[Mapping[str, Any]]) -> list[str]:
    """The independent outlets of ``articles`` (see the module docstring), sorted.

    Args:
        articles: the articles (of one story).
        duplicates: duplicate pairs (``Store.duplicates`` rows: ``a`` original, ``b`` copy).
    """
    ids = {a.id for a in articles}
    pairs = [(d["a"], d["b"], d["relation"]) for d in duplicates if d["a"] in ids and d["b"] in ids]
    copies = {copy for copy, original in canonical_articles(pairs).items() if copy != original}
    keys = {}
    for a in articles:
        if a.id in copies:
            continue
        key = name_key(a.outlet.value) if a.outlet.value else f"#{a.id}"
        keys.setdefault(key, a.outlet.value or f"unknown outlet ({a.id[:8]})")
    return sorted(keys.values(), key=name_key)


def outlet_counts(articles: Sequence[Article], duplicates: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """``(independent outlets, outlets in all)`` of ``articles``, counted the same way."""
    duplicates = list(duplicates)
    every = {name_key(a.outlet.value) if a.outlet.value else f"#{a.id}" for a in articles}
    return len(independent_outlets(articles, duplicates)), len(every)


def source_namer(figures: Iterable[Figure], articles: Mapping[str, Article]) -> Callable[[Figure], str]:
    """A function figure -> who it is attributed to, one spelling per :func:`name_key`.

    The speaker, else the outlet's name (its own voice), else :data:`OWN_VOICE`; "the
    Pentagon" and "The Pentagon" come out as one name.
    """
    names = display_names(figure_source(f, articles.get(f.article_id)) for f in figures)

    def source_of(fig: Figure) -> str:
        name = figure_source(fig, articles.get(fig.article_id))
        return names.get(name, name)

    return source_of
