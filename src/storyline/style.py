"""The one stylesheet (``static/style.css``): linked by the web pages, inlined into every dossier."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from markupsafe import Markup

__all__ = ["STATIC", "stylesheet"]

#: The package's static files: the stylesheet and the web pages' one script.
STATIC = Path(__file__).parent / "static"


@cache
def stylesheet() -> Markup:
    """The stylesheet's text, safe to inline in a ``<style>`` element (it is ours, not input)."""
    return Markup((STATIC / "style.css").read_text(encoding="utf-8"))
