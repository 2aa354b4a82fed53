"""Figures read in an article's title: marked ``in_title``, with offsets into the title."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figure_record, figures
from storyline.model import Article, Field, Provenance, article_id_for
from storyline.store import open_store


def titled(title: str | None, text: str) -> Article:
    return Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                   title=Field(title, "json" if title else ""))


@pytest.mark.parametrize("title, text, expected", [
    # a figure only the headline gives is read, from the headline
    ("Flooding forces 4,000 from their homes in the valley",
     "Rescue teams worked through the night. Roads stayed closed on Tuesday.",
     [("4,000", True)]),
    # told again in the text: the text's figure, once
    ("Flooding forces 4,000 from their homes",
     "About 4,000 residents left their homes, officials said.",
     [("About 4,000", False)]),
    # a title the text begins with is read with the text, not twice
    ("Council approves 12 new schools",
     "Council approves 12 new schools\n\nThe vote was unanimous.",
     [("12", False)]),
    # no title, or one without a number: nothing from it
    (None, "The museum received 300 paintings.", [("300", False)]),
    ("Museum gets a gift", "The museum received 300 paintings.", [("300", False)]),
])
def test_title_figures(title, text, expected):
    got = [(f.quantity.text, f.in_title) for f in figures(titled(title, text))]
    assert got == expected


def test_title_figure_offsets_and_record_point_into_the_title():
    title = "Storm leaves 25,000 homes without power"
    art = titled(title, "Crews were sent from three neighbouring counties.")
    figs = [f for f in figures(art) if f.in_title]
    assert len(figs) == 1
    fig = figs[0]
    assert title[fig.quantity.start:fig.quantity.end] == fig.quantity.text == "25,000"
    assert art.text_of(fig) == title
    rec = figure_record(fig, art)
    assert rec["in_title"] is True
    assert rec["sentence"] == title
    body = [f for f in figures(art) if not f.in_title]
    assert body and figure_record(body[0], art)["in_title"] is False


def test_title_figures_are_stored_with_their_mark(tmp_path):
    art = titled("Storm leaves 25,000 homes without power", "Crews came from three counties.")
    found = figures(art)
    with open_store(tmp_path / "s.db") as store:
        store.save_article(art)
        store.save_figures(art.id, found, version="test")
        back = store.figures_of(art.id)
    assert [(f.quantity.text, f.in_title) for f in back] == [(f.quantity.text, f.in_title) for f in found]
    assert any(f.in_title for f in back) and not all(f.in_title for f in back)


def test_title_figures_are_not_marked_in_the_text_and_link_apart():
    from storyline import records
    from storyline.report.html import paragraph_segments

    art = titled("Storm leaves 25,000 homes without power", "Crews came from 3 counties on Monday night.")
    found = figures(art)
    title_fig = next(f for f in found if f.in_title)
    marked = [fig for para in paragraph_segments(art.text, found) for _, fig in para if fig is not None]
    assert marked and not any(f.in_title for f in marked)
    rec = records.figure_record(title_fig, art, context=True)
    assert rec["anchor"] == f"fig-title-{title_fig.quantity.start}"
    assert rec["sentence_before"] + rec["text"] + rec["sentence_after"] == art.title.value


@pytest.mark.parametrize("title, expected", [
    # a headline names its speaker with a verb of saying: theirs
    ("Minister says 40 schools will close", "Minister"),
    ("Mayor warns 2,000 jobs are at risk", "Mayor"),
    # the parse takes "claims" for a noun: still the named subject's claim
    ("Okafor claims 3 million voted illegally", "Okafor"),
    # a subject shared by two verbs ("slams X and claims ...")
    ("Governor Jane Roe slams regulators and claims 500 homes were left out", "Governor Jane Roe"),
    # no verb of saying: the outlet's own voice, whatever the parse makes of the headline
    ("Seven hurt as bus overturns near the border", None),
    ("Storm leaves 25,000 homes without power", None),
    ("Team records 5 wins in a row", None),
    # what the verb acts on is not what anyone says ("claims 5 lives")
    ("Storm claims 5 lives in the north", None),
    # a speaker before a colon heads another clause
    ("Minister speaks: 40 schools close", None),
])
def test_title_figure_speaker(title, expected):
    art = titled(title, "Nothing in the text is counted here.")
    (fig,) = [f for f in figures(art) if f.in_title]
    first = fig.attribution.first
    assert (first.name if first else None) == expected
    if first is not None:
        assert title[first.start:first.end] == first.name
        assert title[first.cue_start:first.cue_end] == first.cue


@pytest.mark.parametrize("title", [
    "Final 2016: Rovers take the cup",      # a year heading the headline
    "An epic Game 3 sends the final on",    # a game's number
])
def test_title_numbers_that_are_no_figures(title):
    art = titled(title, "Nothing in the text is counted here.")
    assert [f.quantity.text for f in figures(art) if f.in_title] == []


def test_title_segments_mark_only_the_title_figures():
    from storyline.report.html import title_segments

    title = "Storm leaves 25,000 homes without power"
    art = titled(title, "Crews came from 3 counties on Monday night.")
    found = figures(art)
    runs = title_segments(title, found)
    assert "".join(text for text, _ in runs) == title
    assert [(text, fig.in_title) for text, fig in runs if fig is not None] == [("25,000", True)]
    assert title_segments(None, found) == []
