"""The story dossier as Markdown: findings, tracked figures, threads, sources (``--format md``).

Article text is not repeated here (the HTML dossier has it); every figure names its
article and sentence. Text from articles is escaped for Markdown so it cannot inject links
or HTML into a renderer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.align.figures import figure_date
from storyline.outlets import source_namer
from storyline.records import (
    interval_text,
    key_numbers,
    ordered_findings,
    ordered_tracked,
)

if TYPE_CHECKING:
    from storyline.views import Dossier

__all__ = ["render_markdown"]

# Only what has inline meaning: emphasis, code, links ([ ] open them), HTML and table pipes.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: str | None) -> str:
    """Escape text for Markdown (and HTML inside Markdown)."""
    return _SPECIAL.sub(r"\\\1", (text or "").replace("\n", " "))


def render_markdown(d: Dossier) -> str:
    """Render the dossier as Markdown."""
    by_id = d.by_id
    source_of = source_namer([f for figs in d.figures.values() for f in figs], by_id)
    lines = [f"# {md(d.title)}", ""]
    if d.story:
        first, last = d.story.period
        more = (f" ({d.outlets_in_all} counting those that copy others)"
                if d.outlets_in_all and d.outlets_in_all != d.independent_outlets else "")
        lines.append(f"{len(d.articles)} articles, {d.independent_outlets} independent outlets{more}, "
                     f"{first or '?'} – {last or '?'}.")
        lines.append("")
    if d.changes:  # as the HTML dossier: what `storyline watch` found changed, newest first
        from storyline.watch.changes import describe

        lines += [f"## What changed since {d.changes[0]['at']}", ""]
        lines += [f"{n}. {c['at']} {md(describe(c))}" for n, c in enumerate(reversed(d.changes), 1)]
        lines.append("")
    if d.ledger:
        keys = key_numbers(d.ledger, by_id, source_of)
        if keys:
            lines += ["## Key numbers", ""]
            for k in keys:
                latest = k["latest"]
                text = f"- **{md(k['tracked'].label)}**: {md(k['range'])}"
                if latest is not None:
                    text += f"; latest {md(latest.quantity.text)} ({md(k['latest_source'])}, {k['latest_day'] or 'undated'})"
                if k["finding"] is not None:
                    text += f"; {k['finding'].kind}"
                lines.append(text)
            lines.append("")
        lines += ["## Findings", ""]
        lines += [f"- **{f.kind}**: {md(f.sentence)}" for f in ordered_findings(d.ledger)] or ["- none"]
        lines += ["", "## Tracked figures", ""]
        for tf in ordered_tracked(d.ledger):
            lines += [f"### {md(tf.label)}", "", md(d.ledger.summaries[tf.id]), "",
                      "| reported | value | source | date | outlet |", "| --- | --- | --- | --- | --- |"]
            rows = [(f, "") for f in tf.figures] + [(f, f" (not counted: {r})") for f, r in tf.excluded]
            for f, note in rows:
                a = by_id.get(f.article_id)
                lines.append(f"| {md(f.quantity.text)} | {md(interval_text(f) + note)} | {md(source_of(f))} "
                             f"| {figure_date(f, a) or '—'} | {md(a.outlet.value if a else '')} |")
            lines.append("")
    if len(d.threads) > 1:
        lines += ["## Threads", ""]
        for t in d.threads:
            first, last = t["first_published"], t["last_published"]
            period = (first or "undated") if first == last else f"{first or '?'} – {last or '?'}"
            lines.append(f"{t['thread']}. **{period}**, {t['articles']} articles"
                         + (f" — {md(t['label'])}" if t["label"] else ""))
            for aid in t["article_ids"]:
                a = by_id.get(aid)
                if a is not None:
                    lines.append(f"   - {md(a.title.value or '(no title)')} ({md(a.outlet.value or 'unknown outlet')}, "
                                 f"{a.published.value or 'undated'})")
        lines.append("")
    lines += ["## Sources", "", "| published | outlet | author | title | figures |", "| --- | --- | --- | --- | --- |"]
    for a in d.articles:
        lines.append(f"| {a.published.value or '—'} | {md(a.outlet.value)} | {md(a.author.value)} "
                     f"| {md(a.title.value)} | {len(d.figures.get(a.id, []))} |")
    if d.duplicates:
        lines += ["", "## Copies", ""]
        for dup in d.duplicates:
            a, b = by_id.get(dup["a"]), by_id.get(dup["b"])
            lines.append(f"- {md(b.outlet.value if b else dup['b'])} is a {dup['relation']} of "
                         f"{md(a.outlet.value if a else dup['a'])} (containment {dup['containment']:.2f})")
    return "\n".join(lines) + "\n"
