"""The figure extractor: every reported number with what, who, when and how sure.

:func:`figures` runs the steps of this package over one parsed article:
:func:`~storyline.extract.quantities.quantities` (the numbers),
:func:`~storyline.extract.measure.measure_for` (what they count),
:mod:`~storyline.extract.attribution` (who said them),
:func:`~storyline.extract.timex.resolve_time` (when), and
:func:`~storyline.extract.modality.modality_for` (how sure). A figure repeated in one
article with the same value, measure and source is kept once, at its first place.
:func:`figures_from_docs` does the same for docs parsed in a batch with ``nlp.pipe``, and
:func:`figure_record` gives the JSON shape that ``storyline figures --json`` prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from storyline.extract.attribution import cue_for, doc_attributions, segments
from storyline.extract.measure import measure_for
from storyline.extract.modality import modality_for
from storyline.extract.quantities import quantities
from storyline.extract.timex import parse_published, resolve_time
from storyline.model import Article, Attribution, Figure, TimeRef

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = ["figure_record", "figures", "figures_from_docs"]

_TIME_LABELS = ("DATE",)


def figures(article: Article, doc: Doc | None = None) -> list[Figure]:
    """Extract the figures of one article.

    Args:
        article: the cleaned article; offsets of the result point into ``article.text``.
        doc: its spaCy ``Doc`` (of exactly ``article.text``); parsed with
            :func:`storyline.nlp.load_pipeline` when None.

    Returns:
        The figures in text order, repeats of the same value, measure and source removed.
    """
    if doc is None:
        from storyline.nlp import load_pipeline

        doc = load_pipeline()(article.text)
    return list(_figures(article, doc))


def figures_from_docs(articles: Iterable[Article], docs: Iterable[Doc]) -> Iterator[list[Figure]]:
    """Extract figures for articles parsed together (``nlp.pipe(a.text for a in articles)``).

    Args:
        articles: the articles, in the order their texts were given to ``nlp.pipe``.
        docs: the parsed docs, in the same order.

    Yields:
        One list of figures per article.
    """
    for article, doc in zip(articles, docs, strict=True):
        yield figures(article, doc)


def _published(article: Article) -> dt.date | None:
    return parse_published(article.published.value) if article.published else None


def _date_ents(doc: Doc, published: dt.date | None) -> list[tuple[Span, TimeRef]]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _TIME_LABELS:
            continue
        ref = resolve_time(ent.text, ent.start_char, ent.end_char, published)
        if ref is not None:
            out.append((ent, ref))
    return out


def _governor(ent: Span) -> Token:
    """The verb or noun a date phrase hangs on ("said on Nov. 12" -> said)."""
    t = ent.root
    while t.dep_ in ("pobj", "prep", "npadvmod", "nummod", "compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ != "pobj" and t.lower_ not in ("briefing", "conference")):
            break
    return t


def _times(anchor: Token, cue_verb: Token | None, sent: Span,
           dates: list[tuple[Span, TimeRef]]) -> tuple[TimeRef | None, TimeRef | None]:
    said_on = refers_to = None
    chain = {anchor.i}
    t = anchor
    while t.head.i != t.i and (cue_verb is None or t.head.i != cue_verb.i):
        t = t.head
        chain.add(t.i)
    for ent, ref in dates:
        if not (sent.start <= ent.start < sent.end):
            continue
        gov = _governor(ent)
        if cue_verb is not None and (gov == cue_verb or gov.head == cue_verb and gov.dep_ in ("prep", "pobj")):
            said_on = said_on or ref
        elif gov.i in chain or gov.head.i in chain:
            refers_to = refers_to or ref
    return said_on, refers_to


def _key_name(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def _figures(article: Article, doc: Doc) -> Iterator[Figure]:
    text = article.text
    segs = segments(doc)
    da = doc_attributions(doc, segs)
    dates = _date_ents(doc, _published(article))
    seen: set[tuple[Any, ...]] = set()
    for q in quantities(text, doc):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        seg = da.segment_of(span.root.i)
        if seg is None:
            continue
        measure, head, anchor = measure_for(q, span)
        cue = cue_for(da, anchor) or cue_for(da, span.root)
        if cue is not None and cue.excluded[0] <= span.root.i < cue.excluded[1]:
            cue = None  # the number is part of the source ("10 experts said")
        attribution = Attribution(cue.chain if cue is not None else ())
        modality = modality_for(anchor, cue.verb if cue else None,
                                attribution.first.name if attribution.first else None)
        if anchor.i != span.root.i and modality == "asserted":
            modality = modality_for(span.root, cue.verb if cue else None,
                                    attribution.first.name if attribution.first else None)
        said_on, refers_to = _times(anchor, cue.verb if cue else None, seg.span, dates)
        key = (q.low, q.high, q.approx, q.unit, head,
               _key_name(attribution.first.name) if attribution.first else None)
        if key in seen:
            continue
        seen.add(key)
        yield Figure(
            article_id=article.id, quantity=q, measure=measure, measure_head=head,
            attribution=attribution, modality=modality,
            sentence_start=seg.span.start_char, sentence_end=seg.span.end_char,
            said_on=said_on, refers_to=refers_to,
        )


def _time_record(t: TimeRef | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"text": t.text, "start": t.start, "end": t.end, "value": t.value,
            "granularity": t.granularity, "resolved": t.resolved}


def figure_record(fig: Figure, article: Article) -> dict[str, Any]:
    """The JSON object of one figure, as ``storyline figures --json`` prints it.

    Args:
        fig: the figure.
        article: the article it was read from (for its path and sentence text).

    Returns:
        A dict with ``article_id, path, text, start, end, low, high, approx, unit, measure,
        measure_head, sources [{name, kind, cue}], said_on, refers_to, modality, sentence``.
    """
    q = fig.quantity
    return {
        "article_id": fig.article_id,
        "path": article.provenance.label,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "low": q.low,
        "high": q.high,
        "approx": q.approx,
        "unit": q.unit,
        "measure": fig.measure,
        "measure_head": fig.measure_head,
        "sources": [{"name": s.name, "kind": s.kind, "cue": s.cue} for s in fig.attribution.sources],
        "said_on": _time_record(fig.said_on),
        "refers_to": _time_record(fig.refers_to),
        "modality": fig.modality,
        "sentence": article.text[fig.sentence_start:fig.sentence_end],
    }
