"""A margin told with no noun ("the crew sat level or two behind", "she finished two ahead"): a figure
whose measure is the deficit or the lead, not a pronoun "one" nor a count of nothing."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Field, Provenance, article_id_for

from .quantity_found import found


def _measures(text: str) -> list[tuple[str, float | None, float | None, str]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                  published=Field("2024-05-02", "json"))
    return [(f.quantity.text, f.quantity.low, f.quantity.high, f.measure_head) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # a tie or a margin: from 0 to the number, "tied or" part of the quantity
    ("The canvass had the mayor tied or two behind in most wards.", [("tied or two", 0, 2, False, None)]),
    ("In the table the hosts stood level or one ahead.", [("level or one", 0, 1, False, None)]),
    ("By the last lap the two crews were level or two ahead.", [("level or two", 0, 2, False, None)]),
    # a margin after a verb of being: "one" is a count here
    ("At the break our side was one behind.", [("one", 1, 1, False, None)]),
    ("The sloop finished three ahead of the ketch.", [("three", 3, 3, False, None)]),
    # "one" as a pronoun before "behind" / "ahead" stays no quantity
    ("She left one behind at the depot.", []),
    ("No one ahead of us in the line had a ticket.", []),
    ("The one behind the bakery closed early.", []),
    ("There was one behind the curtain all along.", []),
    # ... nor before a place or an order
    ("Two vans stood one behind another at the gate.", [("Two", 2, 2, False, None)]),
    ("The twins sat one ahead of the other on the bus.", []),
    # "tied or" with a hedge between is left alone: the hedge is the left side
    ("The squads were tied or about two behind.", [("about two", 2, 2, True, None)]),
])
def test_margin_quantities(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The canvass had the mayor tied or two behind in most wards.", [("tied or two", 0, 2, "deficit")]),
    ("In the table the hosts stood level or one ahead.", [("level or one", 0, 1, "lead")]),
    ("By the last lap the two crews were level or two ahead.", [("level or two", 0, 2, "lead")]),
    ("At the break our side was one behind.", [("one", 1, 1, "deficit")]),
    ("The sloop finished three ahead of the ketch.", [("three", 3, 3, "lead")]),
    # no margin: a number that is the subject, or a noun of its own after "behind"
    ("Two ahead of him in the queue carried bags.", [("Two", 2, 2, "count")]),
    ("The trawler kept four nets behind the stern.", [("four", 4, 4, "net")]),
    ("There were two ahead of us at the kiosk.", [("two", 2, 2, "count")]),
    # nor a number before a place or an order
    ("Of those held in May, most were three behind bars by June.", [("three", 3, 3, "count")]),
    ("Two crews finished one behind another.", [("Two", 2, 2, "crew")]),
])
def test_margin_measures(text, expected):
    assert _measures(text) == expected


def _ledger(texts: list[str]):
    from storyline.align.findings import ledger

    arts = {}
    for i, text in enumerate(texts):
        a = Article(id=article_id_for(text), text=text, provenance=Provenance(f"m{i}.txt", "text", ""),
                    published=Field("2024-05-02", "json"))
        arts[a.id] = a
    figs = [f for a in arts.values() for f in figures(a)]
    return ledger("race", figs, arts)


@pytest.mark.parametrize("texts, agree", [
    # two outlets quoting one margin: one tracked figure, an agreement
    (["The coach said the crew was level or two behind at every buoy, by her count.",
      "At every buoy the crew was level or two behind, the coach told reporters."], True),
    # a deficit and a lead are never one tracked figure, whatever their values
    (["The coach said the crew was two behind at the last buoy.",
      "The coach said the crew was two ahead at the last buoy."], False),
])
def test_margins_in_the_ledger(texts, agree):
    led = _ledger(texts)
    heads = {t.measure_head for t in led.tracked}
    kinds = {x.kind for t in led.tracked if t.measure_head in ("deficit", "lead")
             for x in led.findings if x.tracked_id == t.id}
    assert ("agree" in kinds) == agree
    assert heads & {"deficit", "lead"}
    if not agree:
        assert all(len({f.quantity.text for f in t.figures}) == 1 for t in led.tracked
                   if t.measure_head in ("deficit", "lead"))
        assert {"deficit", "lead"} <= heads
