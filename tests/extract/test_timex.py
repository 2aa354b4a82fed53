"""Table tests of date phrases resolved in their clause (storyline.extract.timex) and of a figure's times."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.figures import figures
from storyline.extract.timex import resolve_in_context
from storyline.model import Article, Field, Provenance, article_id_for

PUB = dt.date(2024, 11, 22)  # a Friday


@pytest.mark.parametrize("text, expected", [
    # said_on: the date of the reporting verb; refers_to: the date of the figure's own clause
    ("North Korea sent 10,000 troops, a Pentagon spokesperson said during a briefing on Nov. 12.",
     ("2024-11-12", None)),
    ("Russia is gathering 50,000 soldiers, the New York Times reported on Nov. 10.", ("2024-11-10", None)),
    ("According to officials, on November 20, Ukraine launched at least ten missiles.", (None, "2024-11-20")),
    ("On Monday, military intelligence said at least 30 soldiers had been killed.", ("2024-11-18", None)),
    ("Earlier this month, the plant produced 5 000 cars.", (None, "2024-11")),
    ("The army sent 300 soldiers.", (None, None)),
    # "X reported on Sunday, citing Y": the day of the report
    ("The army has massed about 9,000 troops near the pass, The Morning Star reported on Sunday, "
     "citing Western diplomats.", ("2024-11-17", None)),
    # "on <date>, when X said": the date of the saying
    ("The figure is up from the count the agency gave on Nov. 14, when an official said 70 people "
     "were missing.", ("2024-11-14", None)),
    # a forecast looks ahead: "by the end of March" is the next March; a past clause looks back
    ("The ministry predicted that the plant would hire 400 workers by the end of March.", (None, "2025-03")),
    ("The plant hired 400 workers in March.", (None, "2024-03")),
    # "since <date>" starts a span that runs to now: not when the figure holds
    ("Rents in the city have risen 40% since 2019.", (None, None)),
    ("The plant hired 400 workers, its largest intake since 2009.", (None, None)),
])
def test_figure_times(text, expected):
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""),
                  published=Field(PUB.isoformat(), "json"))
    (fig,) = figures(art)
    got = (fig.said_on.value if fig.said_on else None, fig.refers_to.value if fig.refers_to else None)
    assert got == expected
    for ref in (fig.said_on, fig.refers_to):
        if ref is not None:
            assert text[ref.start:ref.end] == ref.text


def _in_context(sentence: str, date_text: str, published: dt.date = PUB) -> str | None:
    from storyline.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    start = sentence.index(date_text)
    ent = doc.char_span(start, start + len(date_text), alignment_mode="expand")
    ref = resolve_in_context(ent, published)
    return ref.value if ref is not None else None


@pytest.mark.parametrize("sentence, date_text, expected", [
    # ahead: a future clause, a plan, "until"/"by"
    ("The council will vote on Jan. 5.", "Jan. 5", "2025-01-05"),
    ("The leaders will meet on Monday.", "Monday", "2024-11-25"),
    ("The team is expected to sign the deal in March.", "March", "2025-03"),
    ("The ban lasts until February.", "February", "2025-02"),
    # past: the last such date before publication
    ("The council voted on Dec. 5.", "Dec. 5", "2023-12-05"),
    ("The leaders met on Monday.", "Monday", "2024-11-18"),
    ("Prices had risen in March.", "March", "2024-03"),
    # no tense to go by: the nearer of the two
    ("The vote on Jan. 5 is the next test.", "Jan. 5", "2025-01-05"),
    ("The ruling of Nov. 12 is final.", "Nov. 12", "2024-11-12"),
])
def test_resolve_in_context(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    # a term the clause sets (payable, effective, of record, moved to, set as): the nearer date
    ("The board voted a payout, payable Dec. 16, of 20 pence for each unit.", "Dec. 16", "2024-12-16"),
    ("The board declared a payout for owners of record Dec. 2.", "Dec. 2", "2024-12-02"),
    ("The mill extended its offer to Dec. 9.", "Dec. 9", "2024-12-09"),
    ("The new rules, effective Jan. 15, were approved by the panel.", "Jan. 15", "2025-01-15"),
    ("The club has set Dec. 1 as the last day for bids.", "Dec. 1", "2024-12-01"),
    # ... while the time the past clause tells of is the last one before
    ("The panel approved the rules on Dec. 9.", "Dec. 9", "2023-12-09"),
    ("The mill raised its offer on Oct. 9.", "Oct. 9", "2024-10-09"),
    # a participle takes the tense of its clause, or tells the past by its form
    ("The shares have swung widely, climbing to a peak in July from a low in March.", "March", "2024-03"),
    ("Half of the orders are for models introduced in April.", "April", "2024-04"),
    ("The rules take effect in April.", "April", "2025-04"),
    # weekdays: a plan told of the past, 'last', 'is to', a weekday with its date
    ("The bid had been due to lapse on Tuesday.", "Tuesday", "2024-11-19"),
    ("The offer is due to expire on Tuesday.", "Tuesday", "2024-11-26"),
    ("The deal, due to close last Tuesday, fell through.", "last Tuesday", "2024-11-19"),
    ("Trading in the shares is to resume on Tuesday.", "Tuesday", "2024-11-26"),
    ("The fund lost $2 million on Friday, Nov. 8, alone.", "Friday", "2024-11-08"),
])
def test_scheduled_dates_participles_and_weekdays(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    # 'a year earlier': a year before the sentence's own date, else before publication
    ("Sales rose 8% to $4 billion from $3.7 billion a year earlier.", "a year earlier", "2023"),
    ("In the three months through Sept. 28, sales rose 8% from a year earlier.", "a year earlier", "2023-09-28"),
    ("The year-earlier loss was smaller.", "year-earlier", "2023"),
    # 'that year', 'the following month', 'N units later': from the last date written before
    ("The store opened in March 2019. The following month, it hired 40 people.", "The following month", "2019-04"),
    ("The plant closed in 2011, and the town lost 900 jobs that year.", "that year", "2011"),
    ("In 2016 the plant hired 300 people; two years later it shut.", "two years later", "2018"),
    ("The rebels took the town on June 3, 2022, and lost it five days later.", "five days later", "2022-06-08"),
    ("He lost his job that year.", "that year", None),  # no date to count from
    # 'the year', 'year-end', 'the current fiscal year': the sentence's year, else publication's
    ("Profit for the full year will rise, the firm said.", "the full year", "2024"),
    ("The mill was shut for repairs earlier in the year.", "earlier in the year", "2024"),
    ("Output in the first ten months of the year rose 4%.", "the first ten months of the year", "2024"),
    ("The plan costs $40 for the year.", "the year", None),  # any year: a price for a year
    ("The pest firm makes 4 visits throughout the year.", "the year", None),
    ("Rents were 6% above their level the year prior.", "the year", "2023"),
    ("The bank expects to finish the sale by year-end.", "year-end", "2024"),
    ("In 2015, profit for the year fell by half.", "the year", "2015"),
    ("Demand over the current fiscal year will be flat.", "the current fiscal year", "2024"),
    ("The index has risen 9% since year-end.", "year-end", "2023"),
    ("In the year since the flood, 300 homes have been rebuilt.", "the year", None),  # a span
])
def test_dates_told_from_another_date(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The vote in April is the main test.", "April", "2024-04"),  # as far ahead as back: the one before
    ("The vote in March is the main test.", "March", "2025-03"),  # nearer ahead
    ("The vote in August is the main test.", "August", "2024-08"),  # nearer back
])
def test_a_month_as_far_ahead_as_back_is_the_one_before(sentence, date_text, expected):
    assert _in_context(sentence, date_text, dt.date(2024, 10, 15)) == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    # a weekday told from another day: the one before or after the day the text told of last
    ("Shares in Oslo ended higher on Wednesday. The index rose 3% from the previous Wednesday.",
     "the previous Wednesday", "2024-11-13"),
    ("The pact was signed on Oct. 2, 2024, and came into force the following Monday.",
     "the following Monday", "2024-10-07"),
    ("The index rose 3% from the previous Wednesday.", "the previous Wednesday", "2024-11-20"),  # no day told
    # the start of a range is read ("from today to Dec. 2": today)
    ("The shop takes orders from today through Dec. 2.", "today through Dec. 2", "2024-11-22"),
    ("The firm bought the shares from Oct. 3 to Oct. 18.", "Oct. 3 to Oct. 18", "2024-10-03"),
    # a bare 'May' after a preposition is the month
    ("The chain said in May that it would close 12 stores.", "May", "2024-05"),
    # 'this' the parse left outside the unit
    ("This year's harvest was the largest on record.", "year", "2024"),
])
def test_weekdays_from_a_told_day_ranges_and_bare_months(sentence, date_text, expected):
    from storyline.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    start = sentence.index(date_text)
    ents = [e for e in doc.ents if e.start_char <= start < e.end_char]
    ent = ents[0] if ents else doc.char_span(start, start + len(date_text), alignment_mode="expand")
    ref = resolve_in_context(ent, PUB)
    assert (ref.value if ref is not None else None) == expected
    if ref is not None:
        assert sentence[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The works must be done by the last week of March.", "the last week of March", "2025-03"),
    ("The vote, meant to happen last Monday, was put off.", "last Monday", "2024-11-18"),
])
def test_last_looks_back_unless_it_picks_a_part_of_a_month(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected


def test_counting_from_a_date_out_of_the_calendar_gives_nothing():
    assert _in_context("The lease ran out on Dec. 30, 9999, and the shop shut five days later.",
                       "five days later") is None


@pytest.mark.parametrize("sentence, date_text, expected", [
    # a weekday with a month's day: the year where that day is that weekday, nearest to publication
    ("The fund lost $2 million on Friday, Nov. 8, alone.", "Friday", "2024-11-08"),
    ("The talks open on Friday, Dec. 6.", "Friday", "2024-12-06"),
    ("The club held its vote on Wednesday, Dec. 6.", "Wednesday", "2023-12-06"),
    ("The talks open on Friday.", "Friday", "2024-11-22"),  # no day written: the weekday alone
])
def test_a_weekday_with_its_day(sentence, date_text, expected):
    from storyline.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    start = sentence.index(date_text)
    ent = next(e for e in doc.ents if e.start_char <= start < e.end_char)
    ref = resolve_in_context(ent, PUB)
    assert ref.value == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The bank extended its bid until 6 p.m. Dec. 4.", "Dec. 4", "2024-12-04"),
    ("The shop stayed open until 6 p.m. Dec. 4, when the storm hit.", "Dec. 4", "2023-12-04"),  # nothing moved: past
])
def test_a_date_moved_to_is_not_told_as_past(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The board has picked Dec. 3 as the day of the vote.", "Dec. 3", "2024-12-03"),
    ("The crew spent March repairing the roof.", "March", "2024-03"),  # an object no verb sets: past
])
def test_a_date_a_verb_sets(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected
