"""Outlets and sources: how they are named, compared and counted, defined once for every stage,
page and command.

*An article's outlet* (:func:`article_outlet`) is its ``outlet`` field, else its URL's host.
*Outlet keys* (:func:`outlet_key`) compare outlets whatever their spelling: a domain by its
name label (``www.north-wire.example`` -> ``north wire``), a name without a leading "the" or
a section suffix ("The Borderland Dispatch - Ukraine war" -> ``borderland dispatch``);
duplicate detection tells copies from the same outlet by it.

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
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from storyline.model import Article, Figure

__all__ = ["COUNTING", "OWN_VOICE", "article_outlet", "display_names", "independent_outlets", "name_key", "outlet_counts",
           "outlet_key", "outlets_in_all", "source_namer"]

#: The one label of a figure stated in the outlet's own voice when the outlet is unknown
#: (the same words :func:`storyline.align.figures.figure_source` uses).
OWN_VOICE = "the article"

#: The version of how outlets are counted (:func:`name_key`, :func:`outlets_in_all`). A store
#: keeps the version its saved outlet counts were made with, and counts them again when it is
#: opened by a storyline that counts otherwise: change it with either function.
COUNTING = "outlets-1"

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_SPACE = re.compile(r"\s+")


_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "news"}
_WORD = re.compile(r"\w+")
_HOST = re.compile(r"\w+://(?:www\.)?([^/]+)")


def article_outlet(article: Article) -> str:
    """An article's outlet as given: its ``outlet`` field, else its URL's host, else ""."""
    if article.outlet.value:
        return article.outlet.value
    if article.url.value:
        m = _HOST.match(article.url.value)
        if m:
            return m.group(1)
    return ""


def outlet_key(value: str | None) -> str:
    """An outlet as plain lower-case words: ``north-wire.example`` and ``North Wire`` -> ``north wire``."""
    if not value:
        return ""
    v = unicodedata.normalize("NFKC", value).casefold().strip()
    v = re.sub(r"^https?://", "", v).split("/")[0] if "://" in v else v
    if " " not in v and "." in v:  # a domain: keep its name label
        labels = [part for part in v.split(".") if part and part != "www"]
        if len(labels) > 1:
            labels = labels[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        v = labels[-1] if labels else v
    else:  # a name, maybe with a section: "The Borderland Dispatch - Ukraine war"
        v = re.split(r"\s+[-\u2013\u2014|:]\s+|\s*\|\s*", v)[0]
        v = re.sub(r"^the\s+", "", v)
    return " ".join(_WORD.findall(v.replace("_", " ")))


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
    from storyline.align.figures import (
        canonical_articles,  # not at the top: stages import this module
    )

    ids = {a.id for a in articles}
    pairs = [(d["a"], d["b"], d["relation"]) for d in duplicates if d["a"] in ids and d["b"] in ids]
    copies = {copy for copy, original in canonical_articles(pairs).items() if copy != original}
    keys = {}
    for a in articles:
        if a.id in copies:
            continue
        keys.setdefault(_counted_as(a.id, a.outlet.value), a.outlet.value or f"unknown outlet ({a.id[:8]})")
    return sorted(keys.values(), key=name_key)


def outlets_in_all(outlets: Iterable[tuple[str, str | None]]) -> int:
    """The outlets of articles given as ``(article id, outlet)``, copies included: distinct
    by :func:`name_key`, an article of unknown outlet counting as an outlet of its own.
    What the stories listing shows (saved with each story) and the dossier's "in all"."""
    return len({_counted_as(aid, outlet) for aid, outlet in outlets})


def _counted_as(article_id: str, outlet: str | None) -> str:
    """What an article's outlet is counted as: its name key, else (unknown) the article itself."""
    return name_key(outlet) if outlet else f"#{article_id}"


def outlet_counts(articles: Sequence[Article], duplicates: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """``(independent outlets, outlets in all)`` of ``articles``, counted the same way."""
    duplicates = list(duplicates)
    return (len(independent_outlets(articles, duplicates)),
            outlets_in_all((a.id, a.outlet.value) for a in articles))


def source_namer(figures: Iterable[Figure], articles: Mapping[str, Article]) -> Callable[[Figure], str]:
    """A function figure -> who it is attributed to, one spelling per :func:`name_key`.

    The speaker, else the outlet's name (its own voice), else :data:`OWN_VOICE`; "the
    Pentagon" and "The Pentagon" come out as one name.
    """
    from storyline.align.figures import figure_source

    names = display_names(figure_source(f, articles.get(f.article_id)) for f in figures)

    def source_of(fig: Figure) -> str:
        name = figure_source(fig, articles.get(fig.article_id))
        return names.get(name, name)

    return source_of
