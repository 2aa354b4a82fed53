"""The HTML dossier: one self-contained page (no network) of a set of articles.

Rendered with Jinja2 with autoescaping on, so article text (untrusted) is always shown
as text. The page inlines its CSS; it loads nothing from anywhere.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from storyline import __version__
from storyline.model import Article

__all__ = ["render_dossier", "write_dossier"]


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("storyline.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = lambda text: [p for p in text.split("\n\n") if p.strip()]
    return env


def render_dossier(articles: list[Article], *, title: str, inputs: dict[str, list[dict[str, Any]]] | None = None) -> str:
    """Render the dossier page of ``articles``.

    Args:
        articles: the articles, in the order shown.
        title: the page title.
        inputs: per article id, every input its text was read from (copies found elsewhere).
    """
    dates = sorted(a.published.value for a in articles if a.published.value)
    outlets = Counter(a.outlet.value or "unknown outlet" for a in articles)
    return _env().get_template("dossier.html.j2").render(
        title=title,
        articles=articles,
        inputs=inputs or {},
        period=(dates[0], dates[-1]) if dates else None,
        outlets=outlets,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
    )


def write_dossier(path: str | Path, articles: list[Article], *, title: str,
                  inputs: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    """Render the dossier and write it to ``path`` (folders created); return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_dossier(articles, title=title, inputs=inputs), encoding="utf-8")
    return path
