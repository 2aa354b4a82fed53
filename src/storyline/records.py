"""One JSON shape and one short text per noun: what the CLI prints, the web app serves and the
exports and dossiers write.

Every ``*_record`` function turns a model object (with what it needs to be read: its article,
its ledger) into a plain dict of JSON values; every ``*_text`` function turns such a record
into the one line a person reads. The CLI (``--json`` and its tables), the web pages and
their ``/api/`` twins, the JSON dossier and the exports all build their objects here, so a
figure, a story or a duplicate pair has the same keys wherever it is shown.

=================  ==================================  ======================================
noun               record                              where
=================  ==================================  ======================================
article            :func:`article_record` (flat,       ``export``, ``show --json``,
                   the export columns);                ``/api/articles/{id}``
                   :func:`article_page_record` (with
                   inputs, figures, duplicates)
figure             :func:`figure_record`               ``figures --json``, ledgers, pages
tracked figure     :func:`tracked_record`              ``ledger --json``, stories, dossiers
finding            :func:`finding_record`              inside tracked figures, dossiers
duplicate          :func:`duplicate_record`            ``duplicates --json``, articles, dossiers
story              :func:`story_record`                ``stories --json``; the base of a story's
                                                       ledger (:func:`story_ledger_record`) and
                                                       of the dossier (:func:`dossier_record`)
source             :func:`source_record`               a story's articles with their figures
reject             :func:`reject_record`               ``ingest --json``, ``load``, ingest jobs
setting            :func:`setting_record`              ``/api/settings.json``
=================  ==================================  ======================================

Records never hold a local path: inputs are named by file name or URL (``path``), except
``article_record(local=True)``, which ``storyline show`` uses on the user's own machine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from storyline.align.figures import UNNAMED_SPEAKER, figure_date, figure_source
from storyline.align.findings import Finding, Ledger, folded, rank_findings
from storyline.align.measure import interval_in
from storyline.align.params import DEFAULT, AlignParams
from storyline.lang.en import TIME_WORDS
from storyline.model import (
    Article,
    Figure,
    Rejected,
    Story,
    Thread,
    TrackedFigure,
    public_source,
)
from storyline.outlets import OWN_VOICE, outlets_in_all

__all__ = [
    "OWN_VOICE", "RELATION_NOUN", "article_page_record", "article_record", "article_text", "dossier_record",
    "duplicate_record", "duplicate_text", "figure_record", "figure_text", "finding_record", "finding_text",
    "format_interval", "format_number", "interval_text", "key_number_record", "key_numbers",
    "ordered_findings", "ordered_tracked", "public_inputs", "range_text", "reject_record",
    "reject_text", "setting_record", "source_record", "source_records", "source_text", "story_ledger_record",
    "story_record", "story_text", "thread_record", "thread_text", "tracked_record", "tracked_records",
    "tracked_text",
]

#: How a duplicate relation reads in a sentence ("a syndicated copy of ...").
RELATION_NOUN = {"copy": "copy", "syndicated": "syndicated copy", "rewrite": "rewrite"}


# -- numbers and intervals (the one definition) -------------------------------------------

def format_number(v: float) -> str:
    """A value for people: thousands separated, no ``.0`` on whole numbers."""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def format_interval(low: float | None, high: float | None, *, approx: bool = False, unit: str | None = None,
                    open_ends: bool = True) -> str:
    """An interval for people: "~10,000", "10,000–12,000", "≥ 3,000", "≤ 100,000 km", "2–9 days", "?".

    With ``open_ends`` False, a bound that is missing is not an interval but nothing ("—").
    """
    if low is not None and high is not None:
        text = format_number(low) if low == high else f"{format_number(low)}–{format_number(high)}"
    elif low is not None:
        text = f"≥ {format_number(low)}"
    elif high is not None:
        text = f"≤ {format_number(high)}"
    else:
        return "?" if open_ends else "—"
    if unit in TIME_WORDS and not (low == high == 1 or (high is None and low == 1) or (low is None and high == 1)):
        unit = TIME_WORDS[unit]  # "2–9 days", "60–90 minutes"; "1 day"
    return ("~" if approx else "") + text + (f" {unit}" if unit else "")


def interval_text(fig: Figure) -> str:
    """A figure's interval for people: "~10,000", "10,000–12,000", "≥ 3,000", "≤ 100,000 km"."""
    q = fig.quantity
    return format_interval(q.low, q.high, approx=q.approx, unit=q.unit)


def range_text(tf: TrackedFigure) -> str:
    """The range a tracked figure's counted values span ("8,000–12,000"), or "—" when none has one.
    Values told in another unit of the same dimension are converted to the tracked figure's
    ("39,467 days" among years counts as 108 years)."""
    unit = getattr(tf, "unit", None)
    ends = [v for f in tf.figures for v in interval_in(f.quantity, unit) if v is not None]
    if not ends:
        return "—"
    return format_interval(min(ends), max(ends), unit=unit)


# -- articles -------------------------------------------------------------------------------

def article_record(article: Article, *, removed: bool = False, local: bool = False) -> dict[str, Any]:
    """A flat dict of an article: the export columns (every format), ``show --json``.

    Args:
        article: the article.
        removed: also each value's detail and the lines the cleaner removed.
        local: keep the input's full local path in ``source`` (``storyline show`` only);
            otherwise ``source`` is the file name or URL, fit to forward or serve.
    """
    record: dict[str, Any] = {"id": article.id}
    for name in Article.METADATA:
        field = getattr(article, name)
        record[name] = field.value
        record[f"{name}_origin"] = field.origin
        if removed:
            record[f"{name}_detail"] = field.detail
    source = article.provenance.source if local else article.provenance.public_name
    record.update(source=source, member=article.provenance.member,
                  format=article.provenance.format, sha256=article.provenance.sha256,
                  text=article.text)
    if removed:
        record["removed"] = [{"line_no": r.line_no, "text": r.text, "rule": r.rule} for r in article.removed]
    return record


def public_inputs(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``Store.inputs_of`` rows fit to forward or serve: each source as a file name or URL."""
    return [{**row, "source": public_source(row["source"])} for row in inputs]


def article_page_record(article: Article, *, inputs: list[dict[str, Any]], figures: Sequence[Figure],
                        duplicates: list[dict[str, Any]], stories: list[dict[str, Any]], removed: bool = False,
                        local: bool = False) -> dict[str, Any]:
    """An article with everything known of it: :func:`article_record` (with details), its
    inputs, ``removed_count``, its figures (:func:`figure_record`), its duplicate pairs
    (:func:`duplicate_record`) and its stories. ``removed`` keeps the removed lines."""
    record = article_record(article, removed=True, local=local)
    if not removed:
        record.pop("removed")
    record["removed_count"] = len(article.removed)
    record["inputs"] = inputs if local else public_inputs(inputs)
    record["figures"] = [figure_record(f, article) for f in figures]
    record["duplicates"] = duplicates
    record["stories"] = stories
    return record


def article_text(rec: Mapping[str, Any]) -> str:
    """An article in one line: id, date, outlet, title."""
    return (f"{rec['id']}  {rec.get('published') or '—'}  {rec.get('outlet') or '—'}  "
            f"{rec.get('title') or '(no title)'}")


# -- figures --------------------------------------------------------------------------------

def _unnamed_label(kind: str, article: Article | None) -> str:
    """How a source the text names by no name is shown (a record never shows an empty name): the
    outlet's own voice ("we", the writer's "I") as the outlet (else "the article"), anyone else (a
    pronoun nothing resolves) as :data:`~storyline.align.figures.UNNAMED_SPEAKER`."""
    if kind == "outlet":
        return (article.outlet.value if article is not None else None) or "the article"
    return UNNAMED_SPEAKER


def figure_record(fig: Figure, article: Article | None, *, context: bool = False) -> dict[str, Any]:
    """The JSON object of one figure, wherever a figure is shown.

    The keys of :func:`storyline.extract.figures.figure_record` (value, offsets, measure,
    sources, times, modality, sentence), plus ``source`` (who it is attributed to: the
    speaker, else the outlet), ``date`` (when it holds: :func:`~storyline.align.figures.figure_date`),
    ``interval`` (for people) and ``anchor`` (its highlight's id on the article's page).
    With ``context``, also its article's ``title``, ``outlet``, ``published`` and the
    sentence around the figure (``sentence_before``, ``sentence_after``), as a search lists it.
    """
    from storyline.extract.figures import figure_record as extracted_record

    q = fig.quantity
    if article is not None:
        rec = extracted_record(fig, article)
    else:  # an article gone from the store: what the figure itself holds
        rec = {"article_id": fig.article_id, "path": None, "text": q.text, "start": q.start, "end": q.end,
               "low": q.low, "high": q.high, "approx": q.approx, "unit": q.unit, "measure": fig.measure,
               "measure_head": fig.measure_head, "sources": [], "said_on": None, "refers_to": None,
               "modality": fig.modality, "sentence": "", "in_title": fig.in_title}
    rec["sources"] = [{**s, "name": s["name"] or _unnamed_label(s["kind"], article)} for s in rec["sources"]]
    rec.update(source=figure_source(fig, article), date=figure_date(fig, article), interval=interval_text(fig),
               anchor=f"fig-title-{q.start}" if fig.in_title else f"fig-{q.start}")
    if context:
        s0, s1 = fig.sentence_start, fig.sentence_end
        text = article.text_of(fig) if article is not None else ""
        rec.update(title=article.title.value if article else None, outlet=article.outlet.value if article else None,
                   published=article.published.value if article else None,
                   sentence_before=text[s0:q.start] if s0 <= q.start else "",
                   sentence_after=text[q.end:s1] if q.end <= s1 else "")
    return rec


def figure_text(fig: Figure, article: Article | None) -> str:
    """A figure in one line (the hover text of its highlight): value, measure, source, modality."""
    first = fig.attribution.first
    name = figure_source(fig, article)
    source = f"{name} ({first.cue})" if first is not None and first.cue else name
    return (f"value: {interval_text(fig)} · measure: {fig.measure or '?'} · "
            f"source: {source} · modality: {fig.modality}")


# -- findings and tracked figures -----------------------------------------------------------

def finding_record(x: Finding, articles: Mapping[str, Article], params: AlignParams = DEFAULT) -> dict[str, Any]:
    """A finding: kind, the sentence that states it, its figures, confidence and reasons, and
    whether it is folded under "more" (below ``params.fold_below``)."""
    return {"kind": x.kind, "tracked_id": x.tracked_id, "sentence": x.sentence, "factor": x.factor,
            "sources": list(x.sources), "dates": list(x.dates),
            "figures": [figure_record(f, articles.get(f.article_id)) for f in x.figures],
            "other_tracked_id": x.other_tracked_id, "confidence": x.confidence,
            "reasons": list(x.reasons), "folded": folded(x, params)}


def finding_text(rec: Mapping[str, Any]) -> str:
    """A finding in one line: its kind, then its sentence."""
    return f"{rec['kind']}: {rec['sentence']}"


def tracked_record(tf: TrackedFigure, led: Ledger, articles: Mapping[str, Article],
                   ranked: Sequence[Finding] | None = None) -> dict[str, Any]:
    """A tracked figure: what is counted, its summary, its counted and excluded figures, its findings.

    ``ranked`` are the ledger's findings ranked (:func:`rank_findings`), when the caller has them.
    """
    ranked = rank_findings(led) if ranked is None else ranked
    return {
        "tracked_id": tf.id, "story_id": tf.story_id, "label": tf.label, "measure_head": tf.measure_head,
        "unit": tf.unit, "party": tf.party, "low": tf.low, "high": tf.high,
        "summary": led.summaries[tf.id], "n_figures": len(tf.figures),
        "figures": [figure_record(f, articles.get(f.article_id)) for f in tf.figures],
        "excluded": [{**figure_record(f, articles.get(f.article_id)), "reason": r} for f, r in tf.excluded],
        "findings": [finding_record(x, articles, led.params) for x in ranked if x.tracked_id == tf.id],
    }


def tracked_text(rec: Mapping[str, Any]) -> str:
    """A tracked figure in one line: what is counted, then its summary."""
    return f"{rec['label']}: {rec['summary']}"


def tracked_records(led: Ledger, articles: Mapping[str, Article]) -> list[dict[str, Any]]:
    """Every tracked figure of a ledger (:func:`tracked_record`), most reported first, as the
    dossier shows them (:func:`ordered_tracked`)."""
    ranked = rank_findings(led)
    return [tracked_record(tf, led, articles, ranked) for tf in ordered_tracked(led)]


# -- what a dossier shows first ---------------------------------------------------------------

def key_numbers(ledger: Any, by_id: dict[str, Article], source_of: Any, *, most: int = 3) -> list[dict[str, Any]]:
    """The key-numbers box: each widely reported tracked figure (two or more articles), with
    its range, its latest value and the finding that matters most (the best ranked)."""
    if ledger is None:
        return []
    ranked = [f for f in rank_findings(ledger) if not folded(f, ledger.params)]
    out = []
    for tf in ordered_tracked(ledger):
        if len({f.article_id for f in tf.figures}) < 2:
            continue
        latest = tf.latest
        out.append({
            "tracked": tf,
            "range": range_text(tf),
            "latest": latest,
            "latest_source": source_of(latest) if latest is not None else None,
            "latest_day": figure_date(latest, by_id.get(latest.article_id)) if latest is not None else None,
            "finding": next((f for f in ranked if f.tracked_id == tf.id), None),
        })
        if len(out) == most:
            break
    return out


def ordered_tracked(ledger: Any) -> list[Any]:
    """Tracked figures, most reported first: that is what an editor reads first."""
    if ledger is None:
        return []
    return sorted(ledger.tracked, key=lambda tf: (-len(tf.figures), tf.label))


def ordered_findings(ledger: Any) -> list[Any]:
    """Findings ranked (:func:`storyline.align.findings.rank_findings`): sure before folded,
    conflicts and updates of widely reported figures first."""
    if ledger is None:
        return []
    return rank_findings(ledger)


def key_number_record(k: Mapping[str, Any]) -> dict[str, Any]:
    """A key number (:func:`key_numbers`) as JSON: the tracked figure, its range, latest value and finding."""
    latest, finding = k["latest"], k["finding"]
    return {"tracked_id": k["tracked"].id, "label": k["tracked"].label, "range": k["range"],
            "latest": ({"text": latest.quantity.text, "source": k["latest_source"], "date": k["latest_day"],
                        "article_id": latest.article_id} if latest is not None else None),
            "finding": {"kind": finding.kind, "sentence": finding.sentence} if finding is not None else None}


# -- duplicates -----------------------------------------------------------------------------

def duplicate_record(pair: Mapping[str, Any], articles: Mapping[str, Article | None]) -> dict[str, Any]:
    """A duplicate pair (``a`` the original, ``b`` its copy, the relation and the evidence),
    with each side's outlet, date, title and path."""
    row = dict(pair)
    for side in ("a", "b"):
        art = articles.get(pair[side])
        row[f"{side}_outlet"] = art.outlet.value if art else None
        row[f"{side}_published"] = art.published.value if art else None
        row[f"{side}_title"] = art.title.value if art else None
        row[f"{side}_path"] = art.provenance.public_label if art else None
    return row


def duplicate_text(rec: Mapping[str, Any]) -> str:
    """A duplicate pair in one line (after its relation): which article repeats which."""
    return (f"{rec['b'][:8]} ({rec['b_outlet'] or '?'}, {rec['b_published'] or 'undated'}) repeats "
            f"{rec['a'][:8]} ({rec['a_outlet'] or '?'}, {rec['a_published'] or 'undated'})")


# -- stories and their sources --------------------------------------------------------------

def story_record(story: Story, *, title: str, articles: Sequence[Article], members: list[dict[str, Any]],
                 outlet_names: list[str], threads: Sequence[Thread] = ()) -> dict[str, Any]:
    """A story: id, keywords (``label``), headline (``title``), period, article and independent
    outlet counts (``outlets_in_all`` counts copies too: the stories listing's number), each
    member with why it joined (score, nearest neighbour, shared terms
    and entities) and in which thread it is, and the story's threads
    (:func:`thread_record`). ``paths`` are file names or URLs, never local folders."""
    paths = {a.id: a.provenance.public_label for a in articles}
    thread_of = {aid: t.seq for t in threads for aid in t.article_ids}
    return {
        "story_id": story.id, "label": story.label, "title": title,
        "article_ids": list(story.article_ids), "paths": [paths.get(a) for a in story.article_ids],
        "first_published": story.first_published, "last_published": story.last_published,
        "articles": len(story.article_ids), "outlets": len(outlet_names), "outlet_names": outlet_names,
        "outlets_in_all": outlets_in_all((a.id, a.outlet.value) for a in articles),
        "members": [{k: m.get(k) for k in ("article_id", "score", "neighbour")}
                    | {"shared_terms": m.get("shared_terms", []), "shared_entities": m.get("shared_entities", []),
                       "path": paths.get(m["article_id"]), "thread": thread_of.get(m["article_id"])}
                    for m in members],
        "threads": [thread_record(t, articles) for t in threads],
    }


def thread_record(thread: Thread, articles: Sequence[Article] = ()) -> dict[str, Any]:
    """A thread of a story (a sub-event): its number, distinctive terms, period and members
    (with the headline of each member among ``articles``)."""
    titles = {a.id: a.title.value for a in articles}
    return {"thread": thread.seq, "label": thread.label, "terms": list(thread.terms),
            "first_published": thread.first_published, "last_published": thread.last_published,
            "articles": len(thread.article_ids), "article_ids": list(thread.article_ids),
            "titles": [titles.get(a) for a in thread.article_ids]}


def thread_text(rec: Mapping[str, Any]) -> str:
    """A thread in one line: number, period, article count and what sets it apart."""
    period = (rec["first_published"] or "undated" if rec["first_published"] == rec["last_published"]
              else f"{rec['first_published'] or '?'} – {rec['last_published'] or '?'}")
    count = f"{rec['articles']} article{'' if rec['articles'] == 1 else 's'}"
    return f"thread {rec['thread']}: {period}, {count} — {rec['label'] or '(no distinctive terms)'}"


def story_text(rec: Mapping[str, Any]) -> str:
    """A story in one line: articles, independent outlets (and all, when copies add some), period."""
    in_all = rec.get("outlets_in_all")
    more = f" ({in_all} counting those that copy others)" if in_all and in_all != rec["outlets"] else ""
    return (f"{rec['articles']} articles, {rec['outlets']} independent outlets{more}, "
            f"{rec['first_published'] or '?'} – {rec['last_published'] or '?'}")


def source_record(article: Article, *, tracked: list[str], figures_counted: int, figures: int,
                  copies: list[dict[str, str]], member: Mapping[str, Any]) -> dict[str, Any]:
    """An article as a source of a story: who, when, the tracked figures it reports, how many
    of its figures count and how many it has, its copies, and why it joined the story."""
    return {
        "article_id": article.id, "title": article.title.value, "outlet": article.outlet.value,
        "author": article.author.value, "published": article.published.value, "url": article.url.value,
        "path": article.provenance.public_label, "tracked_figures": tracked, "figures_counted": figures_counted,
        "figures": figures, "copies": copies,
        "joined": {"score": member.get("score"), "neighbour": member.get("neighbour"),
                   "shared_terms": member.get("shared_terms", []),
                   "shared_entities": member.get("shared_entities", [])},
    }


def source_text(rec: Mapping[str, Any]) -> str:
    """A story's source in one line: outlet, date, title, and the figures of it that count."""
    return (f"{rec['outlet'] or '?'} ({rec['published'] or 'undated'}): {rec['title'] or '(no title)'}"
            f" — {rec['figures_counted']} of {rec['figures']} figures counted")


def source_records(articles: Sequence[Article], led: Ledger | None, tracked: list[dict[str, Any]],
                   duplicates: list[dict[str, Any]], members: Mapping[str, Mapping[str, Any]],
                   figure_counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """The sources of a story (:func:`source_record`), in the story's order."""
    reported: dict[str, list[str]] = {}
    for rec in tracked:
        for f in rec["figures"] + rec["excluded"]:
            labels = reported.setdefault(f["article_id"], [])
            if rec["label"] not in labels:
                labels.append(rec["label"])
    ids = {a.id for a in articles}
    copies: dict[str, list[dict[str, str]]] = {}
    for d in duplicates:
        if d["a"] in ids and d["b"] in ids:
            noun = RELATION_NOUN.get(d["relation"], d["relation"])
            copies.setdefault(d["b"], []).append({"relation": d["relation"], "text": f"{noun} of",
                                                  "article_id": d["a"]})
            copies.setdefault(d["a"], []).append({"relation": d["relation"], "text": f"has a {noun} in",
                                                  "article_id": d["b"]})
    counted = Counter(f.article_id for tf in (led.tracked if led else ()) for f in tf.figures)
    return [source_record(a, tracked=reported.get(a.id, []), figures_counted=counted.get(a.id, 0),
                          figures=figure_counts.get(a.id, 0), copies=copies.get(a.id, []),
                          member=members.get(a.id, {})) for a in articles]


def story_ledger_record(story: dict[str, Any], led: Ledger, articles: Mapping[str, Article],
                        sources: list[dict[str, Any]], tracked: list[dict[str, Any]]) -> dict[str, Any]:
    """A story's ledger (``/api/stories/{id}``): the story record, its tracked figures
    (``tracked``), the figures aligned to none (``unaligned``) and its sources."""
    return {**story, "tracked": tracked,
            "unaligned": [figure_record(f, articles[f.article_id]) for f in led.unaligned if f.article_id in articles],
            "sources": sources}


def dossier_record(d: Any) -> dict[str, Any]:
    """The JSON of a dossier (``storyline report --format json``): the story record, its
    period and outlet counts, key numbers, findings (ranked, as the HTML and Markdown dossiers
    list them: :func:`ordered_findings`), tracked figures, sources, duplicate
    pairs, timeline and the changes ``storyline watch`` found, newest first. ``d`` is a :class:`storyline.views.Dossier`."""
    from storyline.outlets import source_namer

    by_id = d.by_id
    story = d.story
    source_of = source_namer([f for figs in d.figures.values() for f in figs], by_id)
    keys = [key_number_record(k) for k in key_numbers(d.ledger, by_id, source_of)]
    return {
        **(d.record or {}),
        "story_id": story.id if story else None,
        "label": story.label if story else d.title,
        "title": d.title,
        "period": list(story.period) if story else None,
        "articles": len(d.articles),
        "independent_outlets": d.independent_outlets,
        "outlets_in_all": d.outlets_in_all,
        "key_numbers": keys,
        "findings": [finding_record(f, by_id, d.ledger.params) for f in ordered_findings(d.ledger)],
        "tracked_figures": d.tracked,
        "sources": d.sources,
        "duplicates": d.duplicates,
        "timeline": [{"day": t.day, "articles": [a.id for a in t.articles],
                      "figures": [{"text": f.quantity.text, "source": s, "article_id": f.article_id}
                                  for f, s in t.figures]} for t in d.timeline],
        "changes": [change_record(c) for c in reversed(d.changes)],
    }


def change_record(c: Mapping[str, Any]) -> dict[str, Any]:
    """A change ``storyline watch`` found in a story, as the dossier lists it: when, what kind,
    the sentence the other formats print and the data it was made from."""
    from storyline.watch.changes import describe

    return {"at": c["at"], "kind": c["kind"], "text": describe(c), "data": c["data"]}


# -- rejects and settings -------------------------------------------------------------------

def reject_record(r: Rejected, *, public: bool = False) -> dict[str, Any]:
    """A reject (an input refused) or a failure (a stage raised on one item): where, why, and
    whether it is a failure. ``public`` names the input by file name or URL only."""
    return {"source": public_source(r.source) if public else r.source, "stage": r.stage, "reason": r.reason,
            "detail": r.detail, "failed": r.failed}


def reject_text(rec: Mapping[str, Any]) -> str:
    """A reject in one line: the input, the stage, the reason and the sentence for a person."""
    return f"{rec['source']} at {rec['stage']}: {rec['reason']} — {rec['detail']}"


#: Settings whose value is a local path: served by its file name only (as every input is).
PATH_SETTINGS = frozenset({"db", "demo_dir"})
#: Settings that are not named ``*_secret`` but often hold one (a webhook URL carries its key).
KEY_BEARING_SETTINGS = frozenset({"watch_webhook_url"})


def setting_record(setting: Any, value: Any) -> dict[str, Any]:
    """A setting: name, type, default, the value in force, and its help; of a secret (or a
    setting that carries one, such as a webhook URL), only whether it is set; of a local path,
    its file name, never its folders (the record is served)."""
    if setting.name.endswith("_secret") or setting.name in KEY_BEARING_SETTINGS:
        value = "(set)" if value else ""
    elif setting.name in PATH_SETTINGS and isinstance(value, str) and value:
        value = public_source(value)
    return {"name": setting.name, "type": setting.type.__name__, "default": setting.default, "value": value,
            "help": setting.help}
