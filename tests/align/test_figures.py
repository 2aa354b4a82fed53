"""Tracked figures: grouping by head, unit, party and action; exclusions; duplicates."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from storyline.align.figures import (
    align_figures,
    canonical_articles,
    coordinated_place,
    place_there,
    places_before,
    misprint,
    point,
    profile,
    same_digits,
    value_distance,
)
from storyline.model import Attribution, Field, Figure, Quantity, Source

from .builders import article as _art
from .builders import figure as _fig


def test_party_from_measure_sentence_but_not_source_or_destination():
    a = _art("According to Ukrainian intelligence, about 12 thousand soldiers arrived in Russia.")
    b = _art("Russia has assembled a group of 50 000 soldiers.")
    c = _art("North Korea has dispatched 10,000 troops to Russia, a Pentagon spokesperson said.")
    assert profile(_fig(a, "about 12 thousand", 12000, 12000, "soldiers", "personnel", "Ukrainian intelligence"), a).party is None
    assert profile(_fig(b, "50 000", 50000, 50000, "soldiers", "personnel"), b).party == "russia"
    assert profile(_fig(c, "10,000", 10000, 10000, "troops to Russia", "personnel"), c).party == "north korea"


@pytest.mark.parametrize("text, qtext, measure, party", [
    # a plural demonym that ends a name (a team, a club) is not a country's people
    ("The hosts beat the Springfield Russians by 4 runs.", "4", "runs", None),
    ("Last night the Riverton Germans scored 3 goals.", "3", "goals", None),
    ("The Russians sent 4,000 troops.", "4,000", "troops", "russia"),
    ("Germans bought 300 tanks.", "300", "tanks", "germany"),
    ("Many Russians lost 20 homes.", "20", "homes", "russia"),
    ("North Korean troops numbered 11,000.", "11,000", "North Korean troops", "north korea"),
    # "Indians" names peoples of two continents and sports teams: no country by itself
    ("The Indians scored 7 runs.", "7", "runs", None),
    ("Indian forces sent 300 troops.", "300", "troops", "india"),
    # words that are also common English words count as a country only when capitalised
    ("The mayor told us that 40 families left.", "40", "families", None),
    ("The US sent 40 engineers.", "40", "engineers", "united states"),
    ("The farm sold 900 turkey chicks.", "900", "turkey chicks", None),
    ("Turkey sent 900 medics.", "900", "medics", "turkey"),
    ("Crews polish 12 statues a year.", "12", "statues", None),
])
def test_party_of_demonyms_and_names(text, qtext, measure, party):
    a = _art(text)
    assert profile(_fig(a, qtext, 1, 1, measure, "count"), a).party == party


def test_a_misprint_needs_digits_in_one_unit():
    a = _art("It took 650,000 e-mails and just a year.")
    b = _art("It took 6,500,000 e-mails and a century.")
    f = {x: _fig(art, x, v, v, "e-mails", "e-mail", unit=u) for art, x, v, u in (
        (a, "650,000", 650000, None), (b, "6,500,000", 6500000, None),
        (a, "a year", 1, "year"), (b, "a century", 100, "year"))}
    iv = {k: (g.quantity.low, g.quantity.high) for k, g in f.items()}
    assert misprint(f["650,000"], f["6,500,000"], iv["650,000"], iv["6,500,000"])
    assert not misprint(f["a year"], f["a century"], iv["a year"], iv["a century"])  # words, not digits


@pytest.mark.parametrize("a, b, bounds, same", [
    ((650000, 650000), (6500000, 6500000), False, True),
    # the bound of an open bound is written too: evidence to align, not to claim a disagreement
    ((None, 650000), (6500000, 6500000), True, True),
    ((None, 650000), (6500000, 6500000), False, False),
    ((2500, None), (250, 250), True, True),
    # a round bound differs from a round value by a power of ten as any round number does
    ((10, None), (100, 100), True, False),
    ((None, 5000), (50000, 50000), True, False),
    # a range writes no one value
    ((600000, 650000), (6500000, 6500000), True, False),
    ((650000, 650000), (6000000, 6000000), True, False),
])
def test_the_same_digits_of_a_bound(a, b, bounds, same):
    assert same_digits(a, b, bounds) is same
    assert same_digits(b, a, bounds) is same


def test_unknown_party_joins_the_closest_group_and_units_must_match():
    a = _art("North Korea sent about 10,000 soldiers. Russia gathered 50,000 soldiers. "
             "Ukraine held 1,300 km2 and 1,300 km.")
    b = _art("Officials said 11,000 soldiers.")
    figs = [_fig(a, "about 10,000", 10000, 10000, "soldiers", "personnel"),
            _fig(a, "50,000", 50000, 50000, "soldiers", "personnel"),
            _fig(b, "11,000", 11000, 11000, "soldiers", "personnel"),
            _fig(a, "1,300 km2", 1300, 1300, "area", "area", unit="km2"),
            _fig(a, "1,300 km.", 1300, 1300, "distance", "distance", unit="km")]
    al = align_figures("s", figs, {a.id: a, b.id: b})
    groups = {t.id: sorted(f.quantity.text for f in t.figures) for t in al.tracked}
    assert groups["s:north-korea-personnel"] == ["11,000", "about 10,000"]
    assert groups["s:russia-personnel"] == ["50,000"]
    assert len([t for t in al.tracked if t.measure_head in ("area", "distance")]) == 2


def test_a_value_below_zero_with_no_party_joins_a_group_without_error():
    # a change below zero has no logarithm: its distance to a group's values is their difference
    a = _art("North Korea's economy grew 4 percent. Russia's economy grew 2 percent.")
    b = _art("Officials said the economy grew -1 percent.")
    figs = [_fig(a, "4 percent", 4, 4, "economy", "percent", unit="%"),
            _fig(a, "2 percent", 2, 2, "economy", "percent", unit="%"),
            _fig(b, "-1 percent", -1, -1, "economy", "percent", unit="%")]
    al = align_figures("s", figs, {a.id: a, b.id: b})
    placed = [t for t in al.tracked if any(f.quantity.text == "-1 percent" for f in t.figures)]
    # it joined Russia's group (2 is nearer to -1 than 4 is); its own tracked figure names no
    # party, since its sentence names none
    assert len(placed) == 1 and placed[0].id.startswith("s:russia-") and placed[0].party is None
    assert value_distance(2, -3) == 5 and value_distance(10, 100) == pytest.approx(math.log(10))


def test_a_tracked_figure_names_a_party_only_when_its_figures_do():
    a = _art("Three Russian soldiers were killed in the raid, the ministry said.")
    b = _art("The raid on the depot killed 40 people, medics said.")
    figs = [_fig(a, "Three", 3, 3, "Russian soldiers killed", "killed", "the ministry"),
            _fig(b, "40", 40, 40, "people", "people", "medics")]
    al = align_figures("s", figs, {a.id: a, b.id: b})
    party = {f.quantity.text: t.party for t in al.tracked for f in t.figures}
    assert party == {"Three": "russia", "40": None}, [t.label for t in al.tracked]


def test_killed_is_not_casualties_and_hypotheticals_are_beside_the_group():
    a = _art("At least 30 North Korean soldiers were killed or wounded, and 10 North Korean soldiers killed. "
             "North Korea may send up to 100,000 troops, and sent 11,000 North Korean troops.")
    figs = [_fig(a, "At least 30", 30, None, "North Korean soldiers killed or wounded", "casualties"),
            _fig(a, "10 North", 10, 10, "North Korean soldiers killed", "killed"),
            _fig(a, "up to 100,000", None, 100000, "troops", "personnel", "Bloomberg", "hypothetical"),
            _fig(a, "11,000", 11000, 11000, "North Korean troops", "personnel")]
    al = align_figures("s", figs, {a.id: a})
    heads = {t.measure_head: t for t in al.tracked}
    assert set(heads) == {"casualties", "killed", "personnel"}
    pers = heads["personnel"]
    assert [f.quantity.text for f in pers.figures] == ["11,000"]
    assert [(f.quantity.text, r) for f, r in pers.excluded] == [("up to 100,000", "hypothetical")]
    assert pers.high == 11000 and pers.conservative.quantity.text == "11,000"


def test_shot_down_is_another_action():
    a = _art("Ukraine fired at least ten Storm Shadows. Russia said it had shot down two Storm Shadows.")
    figs = [_fig(a, "at least ten", 10, None, "Storm Shadows", "shadows"),
            _fig(a, "two", 2, 2, "Storm Shadows", "shadows")]
    al = align_figures("s", figs, {a.id: a})
    assert len(al.tracked) == 2


def test_canonical_articles_from_pairs_and_mapping():
    assert canonical_articles([("a", "b", "syndicated"), ("b", "c", "copy")]) == {"b": "a", "c": "a"}
    assert canonical_articles({"b": "a"}) == {"b": "a"}
    assert canonical_articles(None) == {}


@pytest.mark.parametrize("pairs, expected", [
    # one original, every pair of the group or one link per copy: the same map
    ([("w", "c1", "copy"), ("w", "c2", "copy"), ("c1", "c2", "copy")], {"c1": "w", "c2": "w"}),
    ([("w", "c1", "copy"), ("c1", "c2", "copy")], {"c1": "w", "c2": "w"}),
    # the original's id sorts after its copies'
    ([("z", "a", "syndicated"), ("z", "b", "syndicated"), ("a", "b", "copy")], {"a": "z", "b": "z"}),
    ([("z", "a", "syndicated"), ("a", "b", "copy")], {"a": "z", "b": "z"}),
    # two originals a rewrite retells both of: the smaller id stands for the group
    ([("w2", "r", "rewrite"), ("w1", "r", "rewrite")], {"r": "w1", "w2": "w1"}),
    # two groups stay apart
    ([("a", "b", "copy"), ("x", "y", "copy")], {"b": "a", "y": "x"}),
])
def test_canonical_article_is_the_original_of_the_group(pairs, expected):
    assert canonical_articles(pairs) == expected
    assert canonical_articles(list(reversed(pairs))) == expected


def test_point_of_a_range_is_its_geometric_middle():
    a = _art("between 100 and 10,000 people")
    assert point(_fig(a, "between 100 and 10,000", 100, 10000, "people", "people")) == 1000


def test_a_speaker_named_by_no_one_is_shown_as_unnamed():
    from storyline.align.figures import UNNAMED_SPEAKER, figure_source

    a = _art("He said 40 homes burned.")
    q = Quantity("40", 8, 10, 40, 40)
    unnamed = Figure(a.id, q, "homes", "homes", Attribution((Source("", "anonymous", "said", 0, 2),)), "reported",
                     0, len(a.text))
    named = Figure(a.id, q, "homes", "homes", Attribution((Source("Ann Lee", "person", "said"),)), "reported",
                   0, len(a.text))
    assert figure_source(unnamed, a) == UNNAMED_SPEAKER
    assert figure_source(named, a) == "Ann Lee"


def test_the_outlets_own_we_is_shown_as_the_outlet():
    from storyline.align.figures import figure_source

    a = replace(_art("We counted 40 boats in the harbour."), outlet=Field("Harbour Gazette", "json"))
    q = Quantity("40", 11, 13, 40, 40)
    ours = Figure(a.id, q, "boats", "boats", Attribution((Source("", "outlet", "counted", 0, 2),)), "asserted",
                  0, len(a.text))
    assert figure_source(ours, a) == "Harbour Gazette"
    assert figure_source(ours, None) == "the article"


_VOICES = ("Crews counted 12 barns lost by noon. He said 30 barns burned. She said 45 barns burned. "
           "He told reporters 60 barns burned. The fire chief said 75 barns burned. Fire chief Ann Hale said 90 "
           "barns burned.")


def _voiced(article, qtext, speaker):
    """A figure of ``_VOICES`` in its own sentence, said by ``speaker``: None (the outlet's own
    voice), a name, or a pronoun of the text (a speaker the text never names)."""

    text = article.text
    start = text.index(qtext)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.index(".", start) + 1
    if speaker is None:
        attr = Attribution()
    elif speaker in ("he", "she"):  # a pronoun: the mention in this sentence, no name
        attr = Attribution((Source("", "anonymous", "said", s0, s0 + len(speaker)),))
    else:
        attr = Attribution((Source(speaker, "person", "said"),))
    q = Quantity(qtext, start, start + len(qtext), float(qtext), float(qtext))
    return Figure(article.id, q, "barns", "barn", attr, "asserted", s0, s1)


@pytest.mark.parametrize("first, second, reason", [
    # the outlet's own voice and a speaker the text never names are two voices
    (("12", None), ("30", "he"), None),
    (("30", "he"), ("12", None), None),
    # one unnamed speaker, named by the same pronoun, is one voice giving two values
    (("30", "he"), ("60", "he"), "one source, two values"),
    # two pronouns are two speakers
    (("30", "he"), ("45", "she"), None),
    # a named speaker, spelt alike, is one voice; the outlet's voice is another
    (("75", "The fire chief"), ("90", "the fire chief"), "one source, two values"),
    (("75", "The fire chief"), ("12", None), None),
])
def test_one_source_two_values_tells_the_voices_apart(first, second, reason):
    from storyline.align.figures import cannot_link
    from storyline.align.measure import measure_of

    a = _art(_VOICES)
    fa, fb = _voiced(a, *first), _voiced(a, *second)
    arts = {a.id: a}
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, a), arts) == reason


@pytest.mark.parametrize("text, qtext, place", [
    ("Three died in Lyon and 40 were hurt.", "40", "Lyon"),
    ("Two were killed in Nantes, the port city, and more than 30 were hurt.", "30", "Nantes"),
    ("The storm killed four in Brest and injured about 25.", "25", "Brest"),
    ("In Paris, officials said three died in Lyon and 40 were hurt.", "40", "Lyon"),
    # the count's clause opens with words of its own, or gives a scope of its own
    ("Three died in Lyon, and across the country 40 were hurt.", "40", ""),
    ("Three died in Lyon and officials said 40 were hurt nationwide.", "40", ""),
    ("Three died in Lyon and 40 were hurt nationwide.", "40", ""),
    # no place in the clause before, a place told before its count, or one of two places
    ("Three died and 40 were hurt.", "40", ""),
    ("The storms in Lyon and Nice killed three and hurt 40.", "40", ""),
    ("Three died in Lyon and Nice and 40 were hurt.", "40", ""),
])
def test_a_count_coordinated_with_a_clause_takes_its_place(text, qtext, place):
    i = text.index(qtext)
    assert coordinated_place(text[:i], text[i + len(qtext):]) == place
    a = _art(text)
    # a count with no place of one clause counts in the places named together before it
    assert profile(_fig(a, qtext, 40, 40, "people hurt", "hurt"), a).place == (place or places_before(text[:i]))


@pytest.mark.parametrize("before, places", [
    ("The storms in Lyon and Nice killed ", "Lyon and Nice"),
    ("The attacks at the stations in Lyon, France, and Turin, Italy, killed ", "Lyon, France, and Turin, Italy"),
    # one place, or none
    ("The storm in Lyon killed ", ""),
    ("Officials said the storms killed ", ""),
])
def test_places_named_together_before_a_count(before, places):
    assert places_before(before) == places


@pytest.mark.parametrize("earlier, after, place", [
    ("Two died in Lyon on Monday. ", " more died there on Tuesday.", "Lyon"),
    ("The storm in Lyon came at 10 a.m. (0900 GMT) Friday, felling trees. ", " were hurt there, police said.", "Lyon"),
    # "there" opens a clause of its own, or the sentence before names two places or none
    ("Two died in Lyon on Monday. ", " died on Tuesday, and there were more.", ""),
    ("Storms hit farms in Lyon and Nice on Monday. ", " died there.", ""),
    ("Two died on Monday. ", " died there.", ""),
])
def test_there_is_the_place_of_the_sentence_before(earlier, after, place):
    assert place_there(earlier, after) == place
