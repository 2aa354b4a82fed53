"""Table tests of note marks in brackets, changes told "from ... to ...", ounces and currencies
told by name, the names of securities by the time they run, "as one of", and a name in capitals
that spells a pronoun (storyline.extract.quantities, storyline.extract.attribution)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # the marks of the notes a sentence cites, two or more in rising order, at a clause's end
    ("Walking after meals may steady blood sugar (7, 8).", []),
    ("Sleep loss raises appetite in teenagers (12, 13, 14). It also lowers mood.", []),
    ("Cold baths did not help the runners [3, 5, 7];", []),
    ("Green tea may aid focus (21, 22), though the trials were short.", []),
    # values in brackets stay: not rising, a decimal, a count before a word, or one number
    ("Its winners were aged (41, 29) at the time.", [("41", 41, 41, False, None), ("29", 29, 29, False, None)]),
    ("The grades were (12, 14, 16) points apart.", [("12", 12, 12, False, None), ("14", 14, 14, False, None),
                                                    ("16", 16, 16, False, None)]),
])
def test_note_marks_are_no_figures(text, expected):
    assert found(text) == expected


def test_a_height_and_weight_in_brackets_are_no_note_marks():
    # a pair joined by a dash in the bracket: a height and a weight, not notes
    assert ("215", 215, 215, False, None) in found("The new guard (6-2, 215) signed on Monday.")


@pytest.mark.parametrize("text, expected", [
    # a change: the value before and the value after, not a range
    ("Membership grew from 300 to 450 families.", [("300", 300, 300, False, None), ("450", 450, 450, False, None)]),
    ("The board extended the shortlist from six to 12 names.",
     [("six", 6, 6, False, None), ("12", 12, 12, False, None)]),
    ("Raising the fibre share from 10% to 25% helped.",
     [("10%", 10, 10, False, "%"), ("25%", 25, 25, False, "%")]),
    ("The fee went up from $4 to $6.", [("$4", 4, 4, False, "USD"), ("$6", 6, 6, False, "USD")]),
    ("Its weight climbed from 3 kg to 5 kg.", [("3 kg", 3, 3, False, "kg"), ("5 kg", 5, 5, False, "kg")]),
    # a fall is two values already: the lower value comes second
    ("Sales fell from 900 to 700 units.", [("900", 900, 900, False, None), ("700", 700, 700, False, None)]),
    # a range stays a range: no word of rise or change before "from"
    ("From 40 to 60 walkers set out each day.", [("From 40 to 60", 40, 60, False, None)]),
    ("Seats cost from $15 to $30.", [("from $15 to $30", 15, 30, False, "USD")]),
    ("Readings ranged from 2 mg to 4 mg.", [("2 mg to 4 mg", 2, 4, False, "mg")]),
    ("Between 20 and 30 stalls opened.", [("Between 20 and 30", 20, 30, False, None)]),
    ("Rents should grow to somewhere between $900 and $1200.",
     [("between $900 and $1200", 900, 1200, False, "USD")]),
    ("Our survey found rises range from 3 to 8%.", [("from 3 to 8%", 3, 8, False, "%")]),
])
def test_a_change_from_one_value_to_another(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pour 6 ounces of stock into the pan.", [("6 ounces", 6, 6, False, "oz")]),
    ("Each cup holds 8 to 10 ounces.", [("8 to 10 ounces", 8, 10, False, "oz")]),
    ("Silver traded at $24.10 an ounce.", [("$24.10 an ounce", 24.1, 24.1, False, "USD/ounce")]),
    ("The firm owed 25 million ringgit.", [("25 million ringgit", 25_000_000, 25_000_000, False, "MYR")]),
    ("A night there costs 900 baht.", [("900 baht", 900, 900, False, "THB")]),
    ("He was fined 2,000 shekels.", [("2,000 shekels", 2000, 2000, False, "ILS")]),
])
def test_ounces_and_currencies_by_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a security or a traded metal named by the time it runs
    ("The 10-year note yielded 2.1% on Friday.", [("2.1%", 2.1, 2.1, False, "%")]),
    ("Two-year Treasury yields slipped.", []),
    ("The 30-year bond rose in price.", []),
    ("Three-month nickel ended flat.", []),
    # a span of time someone serves, signs or plans stays a figure
    ("She signed a three-month contract with the club.", [("three-month", 3, 3, False, "month")]),
    ("He got a 10-year sentence.", [("10-year", 10, 10, False, "year")]),
    ("The city began a five-year plan for its bonds.", [("five-year", 5, 5, False, "year")]),
    ("They held the bonds for 10 years.", [("10 years", 10, 10, False, "year")]),
])
def test_securities_named_by_the_time_they_run(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a thing is taken for is no count
    ("The hosts were seen as one of the strongest sides.", []),
    ("Critics rank her as one of the finest painters.", []),
    # one of a set named stays a count elsewhere
    ("Police arrested one of the drivers.", [("one", 1, 1, False, None)]),
])
def test_as_one_of_a_set(text, expected):
    assert found(text) == expected


def _sources(text: str) -> list[tuple[str, list[str]]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [(f.quantity.text, [s.name for s in f.attribution.sources]) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # a name in capitals that spells a pronoun is a name
    ("According to WHO, 1,200 cases were recorded last year.", [("1,200", ["WHO"])]),
    ("US officials said 40 ships took part.", [("40", ["US officials"])]),
    # a pronoun nothing resolves is still left unnamed
    ("Some 30 people came, he said.", [("Some 30", [""])]),
])
def test_a_name_in_capitals_is_no_pronoun(text, expected):
    assert _sources(text) == expected
