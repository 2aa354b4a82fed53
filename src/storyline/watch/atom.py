"""An Atom feed (RFC 4287) of recorded changes: one entry per change.

Built with :mod:`xml.etree.ElementTree`, which escapes every text and attribute, so a
headline or a source name taken from an article cannot break the XML or inject markup.
Entry ids are ``tag:`` URIs made of the store's change ids, stable across renders.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from storyline.watch.changes import describe

__all__ = ["render_atom"]

_NS = "http://www.w3.org/2005/Atom"
_KIND_TITLES = {"new_articles": "New articles", "new_figures": "New figures", "new_tracked": "New tracked figure",
                "new_conflict": "Sources disagree", "resolved_conflict": "Conflict resolved",
                "update": "Figure updated", "revision": "Source revised its figure"}


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{_NS}}}{tag}", attrs)
    el.text = _clean(text)
    return el


def _clean(text: str) -> str:
    """Text without the control characters XML 1.0 cannot carry."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def render_atom(changes: list[dict[str, Any]], *, title: str, feed_id: str, link: str | None = None) -> str:
    """The Atom XML of ``changes`` (newest entry first).

    Args:
        changes: as :func:`storyline.watch.changes.changes` returns them.
        title: the feed's title (e.g. the story's label).
        feed_id: a stable id for the feed (``story/<id>``), made a ``tag:`` URI.
        link: the page the feed is about, when there is one (a relative URL is fine).
    """
    ET.register_namespace("", _NS)
    feed = ET.Element(f"{{{_NS}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", f"tag:storyline,2024:{feed_id}")
    updated = max((c["at"] for c in changes), default=datetime.now(UTC).isoformat(timespec="seconds"))
    _text(feed, "updated", updated)
    _text(feed, "generator", "storyline")
    if link:
        ET.SubElement(feed, f"{{{_NS}}}link", {"rel": "alternate", "href": link})
    author = ET.SubElement(feed, f"{{{_NS}}}author")
    _text(author, "name", "storyline watch")
    for c in sorted(changes, key=lambda c: c["id"], reverse=True):
        entry = ET.SubElement(feed, f"{{{_NS}}}entry")
        label = c.get("story_label") or c["story_id"]
        _text(entry, "title", f"{_KIND_TITLES.get(c['kind'], c['kind'])}: {label}")
        _text(entry, "id", f"tag:storyline,2024:{feed_id}/change/{c['id']}")
        _text(entry, "updated", c["at"])
        _text(entry, "category", "", term=c["kind"])
        _text(entry, "summary", describe(c), type="text")
    return ET.tostring(feed, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="utf-8"?>\n', "\n"])
