"""The parse stage: one spaCy parse per article, and the entities it names.

:class:`Parse` runs the one pipeline (:func:`storyline.nlp.load_pipeline`) over the
articles of a chain in batches and puts on each :class:`~storyline.pipeline.Item` its
``doc`` and its :class:`Entities` (people, organisations, places, events). Every later
stage reads them and never parses again: the figures stage reads the doc (and drops it, so
docs never pile up), and the entities are there for story clustering.

One article never costs the others their parse: a batch that spaCy fails on is parsed
again one article at a time, and an article whose parse raises is a failure (its figures
are left for a later run). A text longer than spaCy takes in one go is parsed in pieces
(:func:`storyline.nlp.parse_long`). An article whose figures are already stored (``skip``)
is not parsed at all, nor one whose language storyline has no vocabulary for
(:func:`storyline.lang.language_of`): that item passes with the status
:data:`storyline.lang.NOT_READ_STATUS`. Another language storyline has is parsed with
its own model.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.lang import NOT_READ_STATUS, language_of, not_read_reason
from storyline.model import Article, Rejected
from storyline.nlp import MAX_PARSE_CHARS, MODEL_NAMES, load_pipeline, parse_long
from storyline.pipeline import Item, failure

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["ENTITY_KINDS", "Entities", "Parse", "entities_of"]

log = logging.getLogger(__name__)

#: spaCy entity labels by the kind of entity they name.
ENTITY_KINDS: dict[str, frozenset[str]] = {
    "people": frozenset({"PERSON"}),
    "orgs": frozenset({"ORG", "NORP"}),
    "places": frozenset({"GPE", "LOC", "FAC"}),
    "events": frozenset({"EVENT"}),
}


@dataclass(frozen=True, slots=True)
class Entities:
    """The named entities of one article, by kind, in text order (repeats kept, so that
    frequency counts): each a tuple of ``(text, start, end)`` with character offsets into
    the article text."""

    people: tuple[tuple[str, int, int], ...] = ()
    orgs: tuple[tuple[str, int, int], ...] = ()
    places: tuple[tuple[str, int, int], ...] = ()
    events: tuple[tuple[str, int, int], ...] = ()

    def names(self) -> list[str]:
        """Every entity's text, in text order."""
        every = [*self.people, *self.orgs, *self.places, *self.events]
        return [text for text, _, _ in sorted(every, key=lambda e: e[1])]


def entities_of(doc: Doc) -> Entities:
    """The people, organisations, places and events a parsed doc names."""
    found: dict[str, list[tuple[str, int, int]]] = {kind: [] for kind in ENTITY_KINDS}
    for ent in doc.ents:
        for kind, labels in ENTITY_KINDS.items():
            if ent.label_ in labels:
                found[kind].append((ent.text, ent.start_char, ent.end_char))
                break
    return Entities(**{kind: tuple(v) for kind, v in found.items()})


class Parse:
    """Pipeline stage: each item gets its spaCy ``doc`` and its ``entities``.

    Args:
        skip: says of an article that it needs no parse (its figures are already stored);
            such an item passes with ``needs_figures`` False and no doc.
        n_process: spaCy processes (the run's executor says how many).
        batch_size: texts spaCy parses together.
    """

    name = "parse"
    requires = frozenset({"article.text"})
    provides = frozenset({"doc", "entities"})

    def __init__(self, *, skip: Callable[[Article], bool] | None = None, n_process: int = 1,
                 batch_size: int = 16):
        self.skip = skip
        self.n_process = max(1, n_process)
        self.batch_size = batch_size

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        nlp = load_pipeline()
        items = iter(items)
        # Batches are taken in this thread (upstream stages read the store), then parsed.
        while batch := list(itertools.islice(items, self.batch_size * self.n_process)):
            todo, alone = [], {}
            for item in batch:
                if self.skip is not None and self.skip(item.article):
                    item.needs_figures = False
                    continue
                language = language_of(item.article)
                if language is None:  # known, and not one storyline has words for: not parsed
                    log.info("%s (article %s)", not_read_reason(item.article), item.article.id)
                    item.status = NOT_READ_STATUS
                elif language.models == MODEL_NAMES:
                    todo.append(item)
                else:  # another language: parsed alone, with its own model
                    alone[id(item)] = language
            docs = self._parse_batch(nlp, todo) or [None] * len(todo)
            parsed = dict(zip((id(i) for i in todo), docs, strict=True))
            for item in batch:
                if id(item) in parsed:
                    yield from self._finish(nlp, item, parsed.pop(id(item)))
                elif id(item) in alone:
                    yield from self._finish(load_pipeline(alone.pop(id(item)).models), item, None)
                else:
                    yield item
            del docs, parsed

    def _parse_batch(self, nlp, batch: list[Item]) -> list[Any] | None:  # type: ignore[no-untyped-def]
        """The docs of the batch's short texts (None where a text is long), or None when
        spaCy fails on the batch (each article is then parsed alone)."""
        short = [i.article.text for i in batch if len(i.article.text) <= MAX_PARSE_CHARS]
        if not short:
            return [None] * len(batch)
        try:
            docs = iter(list(nlp.pipe(short, batch_size=self.batch_size, n_process=self.n_process)))
        except Exception:  # noqa: BLE001 - find the article at fault one by one
            log.warning("spaCy failed on a batch of %d articles; parsing them one by one", len(batch),
                        exc_info=True)
            return None
        return [next(docs) if len(i.article.text) <= MAX_PARSE_CHARS else None for i in batch]

    def _finish(self, nlp, item: Item, doc: Any) -> Iterator[Item | Rejected]:  # type: ignore[no-untyped-def]
        try:
            if doc is None:
                doc = parse_long(nlp, item.article.text, MAX_PARSE_CHARS)
            item.doc = doc
            item.entities = entities_of(doc)
        except Exception as exc:  # noqa: BLE001 - the article stays unextracted: retried later
            item.doc = None
            item.status = "failed"
            yield failure(self.name, item, exc,
                          kept="The article is stored without figures; `storyline extract` retries it.")
        yield item  # its other work goes on
