"""The parse stage: one spaCy parse per article, its entities on the item, docs let go."""

from __future__ import annotations

import pytest

from storyline.config import StorylineConfig
from storyline.model import Article, Provenance, article_id_for
from storyline.parse import Entities, Parse, entities_of
from storyline.pipeline import Item, run
from storyline.run import extract_figures, ingest
from storyline.store import open_store

TEXT = ("Angela Merkel met Emmanuel Macron in Paris on Monday, officials said.\n\n"
        "The European Union pledged $40 million in aid after the flood in Bavaria, the Red Cross said.")


def _article(text: str = TEXT) -> Article:
    return Article(id=article_id_for(text), text=text,
                   provenance=Provenance(source="mem.txt", format="text", sha256="0" * 64))


def test_the_parse_stage_puts_the_doc_and_its_entities_on_the_item():
    items: list[Item] = []
    run([Parse()], [Item(_article())], given={"article.text"}, on_item=items.append)
    [item] = items
    assert item.doc is not None and item.doc.text == TEXT
    ents = item.entities
    assert isinstance(ents, Entities)
    assert ents == entities_of(item.doc)
    every = [*ents.people, *ents.orgs, *ents.places, *ents.events]
    assert every, "the model names nobody in a text full of names"
    for text, start, end in every:  # offsets point into the article text
        assert TEXT[start:end] == text
    assert {"Paris", "Bavaria"} & {t for t, _, _ in ents.places}
    assert ents.names() == [t for t, _, _ in sorted(every, key=lambda e: e[1])]


def test_an_article_already_read_is_not_parsed():
    items: list[Item] = []
    run([Parse(skip=lambda a: True)], [Item(_article())], given={"article.text"}, on_item=items.append)
    [item] = items
    assert item.doc is None and item.entities is None and not item.needs_figures


def test_a_parse_that_raises_costs_only_its_article(monkeypatch):
    import storyline.parse as parse

    real = parse.entities_of
    monkeypatch.setattr(parse, "entities_of",
                        lambda doc: (_ for _ in ()).throw(ValueError("bad doc")) if "flood" in doc.text else real(doc))
    other = _article("The council approved a budget of 12 million for the new harbour wall on Tuesday.")
    items, rejects = [], []
    run([Parse()], [Item(_article()), Item(other)], given={"article.text"}, on_item=items.append,
        on_reject=rejects.append)
    assert [i.status for i in items] == ["failed", "ok"]  # both forwarded: their other work goes on
    [rej] = rejects
    assert rej.failed and rej.stage == "parse" and rej.reason == "parse_failed"
    assert items[1].doc is not None


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, place in enumerate(["Lyon", "Turin", "Porto"]):
        (folder / f"{n}.txt").write_text(
            f"Officials in {place} said on Monday that {40 + n} people were hurt when the bridge gave way.\n\n"
            f"Rescue teams searched the river for {n + 2} more people through the night, police said.\n\n"
            f"The bridge in {place} had been closed for repairs twice in the past decade, records show.")
    return folder


def _count_parses(monkeypatch) -> list[int]:
    """Count the texts spaCy parses, alone or in batches."""
    from storyline.nlp import load_pipeline

    nlp = load_pipeline()
    cls = type(nlp)
    seen = [0]
    real_call, real_pipe = cls.__call__, cls.pipe

    def call(self, text, *a, **kw):
        seen[0] += 1
        return real_call(self, text, *a, **kw)

    def pipe(self, texts, *a, **kw):
        texts = list(texts)
        seen[0] += len(texts)
        return real_pipe(self, texts, *a, **kw)

    monkeypatch.setattr(cls, "__call__", call)
    monkeypatch.setattr(cls, "pipe", pipe)
    return seen


def test_an_ingest_parses_each_article_once(corpus, tmp_path, monkeypatch):
    seen = _count_parses(monkeypatch)
    with open_store(tmp_path / "s.db") as store:
        report = ingest([str(corpus)], store, StorylineConfig(), extract=True)
        assert report.stored == 3 and report.figures > 0 and not report.failed
        assert seen[0] == 3
        assert store.unextracted_ids() == []
        again = ingest([str(corpus)], store, StorylineConfig(), extract=True)
        assert again.stored == 0 and seen[0] == 3  # nothing parsed again
        assert extract_figures(store, StorylineConfig()).articles == 0 and seen[0] == 3


def test_the_figures_stage_drops_the_doc_once_read(corpus, tmp_path):
    from storyline.extract.stage import FigureExtractor

    items: list[Item] = []
    with open_store(tmp_path / "s.db") as store:
        ingest([str(corpus)], store, StorylineConfig())
        source = [Item(a) for a in store.iter_articles()]
    run([Parse(), FigureExtractor(StorylineConfig())], source, given={"article.text"}, on_item=items.append)
    assert len(items) == 3
    assert all(i.doc is None and i.entities is not None and i.figures for i in items)


def test_without_figures_nothing_is_parsed(corpus, tmp_path, monkeypatch):
    seen = _count_parses(monkeypatch)
    with open_store(tmp_path / "s.db") as store:
        report = ingest([str(corpus)], store, StorylineConfig(), extract=False)
    assert report.stored == 3 and seen[0] == 0


@pytest.mark.parametrize(("text", "sentences"), [
    # a one-letter unit and its full stop, glued to the number or not, ends the sentence
    ("Reports put the shaft at a depth of 35m. The diver was found at noon.", 2),
    ("The span is 120 m. Engineers checked it on Friday.", 2),
    ("The fund lost $9m. Its manager resigned.", 2),
    # no stop to find: clock times, a number after the letter, a lower-case word after it
    ("Trains leave at 6 a.m. Monday through Friday, the operator said.", 1),
    ("The ship, No. 7 in the fleet, sailed late.", 1),
    ("The mast stands 18 m. high above the deck.", 1),
])
def test_sentence_starts_the_parser_misses_after_a_unit_stop(text, sentences):
    from storyline.nlp import load_pipeline

    assert len(list(load_pipeline()(text).sents)) == sentences


def test_entities_and_text_read_once_per_doc_are_those_spacy_gives():
    from storyline.nlp import doc_ents, doc_text, load_pipeline, span_ents

    doc = load_pipeline()(TEXT)
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is doc_ents(doc)
    # every span of up to eight tokens, entities cut at either end included
    for i in range(len(doc)):
        for j in range(i, min(len(doc), i + 8) + 1):
            span = doc[i:j]
            assert [(e.start, e.end) for e in span_ents(span)] == [(e.start, e.end) for e in span.ents], span.text


def test_reading_the_sources_of_a_long_article_keeps_to_the_time_budget(monkeypatch):
    import importlib

    figures_module = importlib.import_module("storyline.extract.figures")  # the package names a function so

    text = "\n\n".join(f"Officer Reyes said the road near the {w} bridge was closed, and she said it again."
                       for w in ("north", "south", "east", "west", "old", "new", "rail", "foot"))
    clock = iter(range(10_000))  # a clock one second further at every reading
    monkeypatch.setattr(figures_module.time, "monotonic", lambda: float(next(clock)))
    # the text has no figure: only reading its sources can run out of time
    with pytest.raises(figures_module.TooSlow):
        figures_module.figures(_article(text), budget=4.0)
