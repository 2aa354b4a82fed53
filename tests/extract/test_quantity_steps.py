"""The named steps of :func:`storyline.extract.quantities._read_at`, one table each (positive
and negative rows). Every sentence is written for the test; the steps run without a parse
unless a row says otherwise."""

from __future__ import annotations

import pytest

from storyline.extract.quantities import (
    _SCAN,
    _glued_metres,
    _num_at,
    _read_left,
    _read_number_words,
    _read_range,
    _read_right,
    _read_threshold_verb,
    _read_unit,
    _Reading,
    _rejected_by_parse,
    _rejected_context,
    _rejected_digits,
    _rejected_word,
    quantities,
)
from storyline.nlp import load_pipeline


def _match(text: str, at: str | None = None):
    """The scanned match of ``at`` (default: the first number of the text)."""
    m = _SCAN.search(text, text.index(at) if at else 0)
    assert m is not None and (at is None or m.group(0) == at), (m and m.group(0), at)
    return m


def _reading(text: str, at: str | None = None, *, until: str = "") -> _Reading:
    """The reading of a number after the steps before ``until`` ran (left, range, unit, right)."""
    m = _match(text, at)
    start, end, raw = m.start(), m.end(), m.group(0)
    num = _num_at(raw, start)
    r = _Reading(start, end, num, metres=_glued_metres(text, start, end, raw, num))
    if r.metres:
        num.value, num.scaled = num.base, False
    steps = [("left", lambda: _read_left(text, r)), ("range", lambda: _read_range(text, r)),
             ("unit", lambda: _read_unit(text, r)), ("right", lambda: _read_right(text, r))]
    for name, step in steps:
        if name == until:
            break
        step()
    return r


@pytest.mark.parametrize("text, want", [
    ("Several hundred people marched.", ("Several hundred", 200, 900, True)),
    ("Hundreds of people marched.", ("Hundreds", 200, 999, True)),
    ("Two-thirds of voters agreed.", ("Two-thirds", 66.7, 66.7, False)),
    ("A dozen boats arrived.", ("A dozen", 12, 12, False)),
    ("It cost them hundreds.", None),  # a bare plural, not before "of" or a verb
])
def test_read_number_words(text, want):
    m = _match(text)
    got = _read_number_words(text, m.start(), m.end(), m.group(0), text[:m.start()])
    assert got is not None
    q, _ = got
    assert (None if q is None else (q.text, q.low, q.high, q.approx)) == want


@pytest.mark.parametrize("text", ["45 people came.", "Ten people came."])
def test_read_number_words_leaves_other_numbers(text):
    m = _match(text)
    assert _read_number_words(text, m.start(), m.end(), m.group(0), "") is None


@pytest.mark.parametrize("text, at, rejected", [
    ("The B-52 bombers flew.", "52", True),
    ("Call 5550134 for tickets.", "5550134", True),
    ("Ring +44 20 for tickets.", "44", True),
    ("See photo 2 of 8 below.", "2", True),
    ("They met at 10:30 on the quay.", "10", True),
    ("It was the 3rd time.", "3", True),
    ("1. Bring water\n", "1", True),
    ("The 5G masts went up.", "5", True),
    ("A 5 min read for you.", "5", True),
    ("45 people came.", "45", False),
    ("It cost EUR5m in all.", "5m", False),  # a currency code glued to the number is an amount
    ("It cost $40 in all.", "40", False),
])
def test_rejected_digits(text, at, rejected):
    m = _match(text, at)
    got = _rejected_digits(text, m.start(), m.end(), _num_at(m.group(0), m.start()), text[max(0, m.start() - 60):m.start()])
    assert (got is not None) is rejected
    if got is not None:
        assert got >= m.end()


@pytest.mark.parametrize("text, at, rejected", [
    ("She is a one-time champion.", "one", True),
    ("It was like the Thirty Years' War.", "Thirty", True),
    ("Thirty people came.", "Thirty", False),  # capitalised at the start of a sentence
    ("Then ten people came.", "ten", False),
])
def test_rejected_word(text, at, rejected):
    m = _match(text, at)
    assert (_rejected_word(text, m.start(), m.end(), m.group(0)) is not None) is rejected


@pytest.mark.parametrize("text, at, rejected", [
    ("It happened on Nov. 12 in the city.", "12", True),
    ("Take route 66 to the coast.", "66", True),
    ("The 810 separate brigade moved.", "810", True),
    ("One of them left.", "One", True),  # "one" as a pronoun (no parse says it heads a noun)
    ("A hundred people came.", "A hundred", False),
    ("Then 40 people came.", "40", False),
])
def test_rejected_context(text, at, rejected):
    m = _match(text, at)
    num = _num_at(m.group(0), m.start())
    got = _rejected_context(text, m.start(), m.end(), m.group(0), num, text[max(0, m.start() - 60):m.start()], None)
    assert (got is not None) is rejected


@pytest.mark.parametrize("text, at, want", [
    # (starts at, bounded below, bounded above, approx, currency, between, value)
    ("Officials said more than 30 people died.", "30", ("more than 30", True, False, False, None, False, 30)),
    ("The hall holds up to 100 guests.", "100", ("up to 100", False, True, False, None, False, 100)),
    ("It took about 40 minutes.", "40", ("about 40", True, True, True, None, False, 40)),
    ("It fell to -5 degrees.", "5", ("-5", True, True, False, None, False, -5)),
    ("It cost $40 in all.", "40", ("$40", True, True, False, "USD", False, 40)),
    ("Between 30 and 40 died.", "30", ("Between 30", True, True, False, None, True, 30)),
    ("Then 40 people came.", "40", ("40", True, True, False, None, False, 40)),
])
def test_read_left(text, at, want):
    r = _reading(text, at, until="range")
    got = (text[r.qstart:r.end], r.lo_b, r.hi_b, r.approx, r.currency[0] if r.currency else None, r.between, r.lo)
    assert got == want


@pytest.mark.parametrize("text, at, want", [
    # (low, high, quantity text so far, approx) or "score"
    ("About 10,000 to 12,000 troops.", "10,000", (10000, 12000, "About 10,000 to 12,000", True)),
    ("Between 30 and 40 died.", "30", (30, 40, "Between 30 and 40", False)),
    ("Two or three boats sank.", "Two", (2, 3, "Two or three", True)),
    ("Some 10 to 12 thousand came.", "10", (10000, 12000, "Some 10 to 12 thousand", True)),
    ("They won 2-1 at home.", "2", "score"),
    ("They had 30 and then 40.", "30", (30, 30, "30", False)),  # "and" without "between"
])
def test_read_range(text, at, want):
    r = _reading(text, at, until="range")
    resume = _read_range(text, r)
    if want == "score":
        assert resume is not None
        return
    assert resume is None
    assert (r.lo, r.hi, text[r.qstart:r.qend], r.approx) == want


@pytest.mark.parametrize("text, at, want", [
    ("The road is 40 km long.", "40", ("km", 40, 40, "40 km")),
    ("Doses of 44 mg to 50 mg were given.", "44", ("mg", 44, 50, "44 mg to 50 mg")),
    ("It cost $40 in all.", "40", ("USD", 40, 40, "$40")),
    ("Then 40 people came.", "40", (None, 40, 40, "40")),
])
def test_read_unit(text, at, want):
    r = _reading(text, at, until="unit")
    _read_unit(text, r)
    assert (r.unit, r.lo, r.hi, text[r.qstart:r.qend2]) == want


@pytest.mark.parametrize("text, at, rejected", [
    ("In 2019 the bridge was closed.", "2019", True),  # a year
    ("Some 2019 people signed it.", "2019", False),
    ("It cost $2019 in all.", "2019", False),  # a currency saves it from being a year
])
def test_rejected_by_parse_years(text, at, rejected):
    r = _reading(text, at, until="right")
    assert (_rejected_by_parse(text, r, None) is not None) is rejected


@pytest.mark.parametrize("text, rejected", [
    ("The two countries signed the deal.", True),  # a reference back
    ("Two countries signed the deal.", False),
    ("The two oldest banks merged.", False),  # a superlative picks a new set out
    ("The two rival banks merged.", True),  # adjectives between do not make it a new count
    ("Her two brothers came along.", True),  # a possessive names a known set
    ("The family's two dogs barked.", True),
    ("Her two brothers were killed.", False),  # a toll, whoever's they were
    ("Two largest banks merged.", False),
    # "the two" alone stands for people already named, unless a clause picks a set out
    ("The two talked for an hour.", True),
    ("The two who escaped were caught.", False),
    ("The two arrested on Monday were freed.", False),
])
def test_rejected_by_parse_references_back(text, rejected):
    r = _reading(text, "two" if "two" in text else "Two", until="right")
    assert (_rejected_by_parse(text, r, load_pipeline()(text)) is not None) is rejected


@pytest.mark.parametrize("text, at, open_above, parse", [
    ("The toll passed 3,000 on Friday.", "3,000", True, True),
    ("The toll passed 3,000 on Friday.", "3,000", False, False),  # the verb is read from the parse
    ("The toll was 3,000 on Friday.", "3,000", False, True),
])
def test_read_threshold_verb(text, at, open_above, parse):
    r = _reading(text, at, until="right")
    _read_threshold_verb(r, load_pipeline()(text) if parse else None)
    assert (not r.hi_b) is open_above


@pytest.mark.parametrize("text, at, want", [
    ("Some 30 or more boats sank.", "30", ((30, None), None, "Some 30 or more")),
    ("Some 30 or fewer boats sank.", "30", ((None, 30), None, "Some 30 or fewer")),
    ("It lasted three decades in all.", "three", ((30, 30), "year", "three decades")),
    ("Rent is $2,000 a month now.", "2,000", ((2000, 2000), "USD/month", "$2,000 a month")),
    ("The road is 40 km long.", "40", ((40, 40), "km", "40 km")),
])
def test_read_right(text, at, want):
    r = _reading(text, at, until="right")
    _read_right(text, r)
    assert (r.interval(), r.unit, text[r.qstart:r.qend2]) == want


def test_read_at_is_its_steps():
    """The steps put together are the scan: every quantity of a text is read by them."""
    text = "Officials said more than 30 people died and up to 100 were hurt in 2019, costing $40 million."
    assert [q.text for q in quantities(text)] == ["more than 30", "up to 100", "$40 million"]
