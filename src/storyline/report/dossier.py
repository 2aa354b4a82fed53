"""A story's dossier in each report format: HTML (one self-contained page), Markdown or JSON.

The dossier's content is gathered by :func:`storyline.views.dossier`; :func:`render` only
renders it, with :mod:`storyline.report.html`, :mod:`storyline.report.markdown` or
:func:`storyline.records.dossier_record`. ``storyline report`` is :func:`storyline.api.report`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from storyline.errors import ConfigError

if TYPE_CHECKING:
    from storyline.views import Dossier

__all__ = ["FORMATS", "render"]

#: The report formats, by the name ``--format`` takes.
FORMATS = ("html", "md", "json")


def render(dossier: Dossier, fmt: str = "html") -> str:
    """The dossier as ``html``, ``md`` or ``json`` text.

    Raises:
        ConfigError: an unknown format.
    """
    if fmt == "html":
        from storyline.report.html import render_story_dossier

        return render_story_dossier(dossier)
    if fmt == "md":
        from storyline.report.markdown import render_markdown

        return render_markdown(dossier)
    if fmt == "json":
        from storyline.records import dossier_record

        return json.dumps(dossier_record(dossier), ensure_ascii=False, indent=2) + "\n"
    raise ConfigError(f"unknown report format {fmt!r}; use html, md or json")
