"""Table tests of storyline.dates: every function with rows that hold and rows that must not,
and a fuzz test: no value, however odd, makes a public function raise."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline import dates
from storyline.dates import (
    MONTHS,
    days_between,
    http_date,
    iso_date,
    latest_full_date,
    month_number,
    parse_day,
    period_end,
    plausible,
    publication,
    published_day,
    resolve_time,
    start_of,
    struct_time_iso,
    text_dates,
)
from storyline.model import Article, Field, Provenance, TimeRef

PUB = dt.date(2024, 11, 22)  # a Friday
NEXT_YEAR = dt.date.today().year + 1


# --------------------------------------------------------------------------- vocabulary

@pytest.mark.parametrize("word, expected", [
    ("January", 1), ("jan", 1), ("Jan.", 1), ("sept", 9), ("Sep.", 9), ("SEPTEMBER", 9), ("may", 5),
    ("dec", 12), ("  June ", 6),
    ("Janu", None), ("Monday", None), ("", None), ("13", None), ("mayday", None),
])
def test_month_number(word, expected):
    assert month_number(word) == expected


def test_one_month_table_covers_every_month_with_name_and_abbreviation():
    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert all(len([k for k, v in MONTHS.items() if v == n]) >= 1 for n in range(1, 13))
    assert MONTHS["may"] == 5 and "sept" in MONTHS


# --------------------------------------------------------------------------- plausibility

@pytest.mark.parametrize("day, expected", [
    (dt.date(2024, 11, 12), True), (dt.date(1900, 1, 1), True), (dt.date(NEXT_YEAR, 12, 31), True),
    (dt.datetime(2024, 11, 12, 8, 0), True),
    (dt.date(1, 1, 1), False), (dt.date(1899, 12, 31), False), (dt.date(NEXT_YEAR + 1, 1, 1), False),
    (dt.date(9999, 12, 31), False),
])
def test_plausible(day, expected):
    assert plausible(day) is expected


# --------------------------------------------------------------------------- publication dates

@pytest.mark.parametrize("value, expected", [
    ("2024-11-12", dt.date(2024, 11, 12)), ("2024-11-12T08:00:00+01:00", dt.date(2024, 11, 12)),
    (" 1850-02-03", dt.date(1850, 2, 3)),  # any calendar year: plausibility is published_day's
    (dt.datetime(2024, 1, 2, 3, 4), dt.date(2024, 1, 2)), (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
    ("2024-02-30", None), ("0000-01-01", None), ("12.11.2024", None), ("Nov 12, 2024", None),
    ("2024-11-123", None), ("", None), (None, None), (20241112, None),
])
def test_parse_day(value, expected):
    assert parse_day(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2024-11-22T02:13:00+00:00", dt.date(2024, 11, 22)), ("2024-11-22", dt.date(2024, 11, 22)),
    ("1900-01-01", dt.date(1900, 1, 1)),
    (None, None), ("yesterday", None), ("0001-01-01", None), ("9999-12-31", None), ("1899-12-31", None),
    (f"{NEXT_YEAR + 1}-01-01", None), ("2024-13-01", None),
])
def test_published_day(value, expected):
    assert published_day(value) == expected


UTC = dt.UTC


@pytest.mark.parametrize("value, expected", [
    ("2024-11-12", (dt.date(2024, 11, 12), None)),
    ("2024-11-12T10:00:00+02:00", (dt.date(2024, 11, 12), dt.datetime(2024, 11, 12, 8, 0, tzinfo=UTC))),
    ("2024-11-12T10:00:00Z", (dt.date(2024, 11, 12), dt.datetime(2024, 11, 12, 10, 0, tzinfo=UTC))),
    ("2024-11-12T10:00:00", (dt.date(2024, 11, 12), dt.datetime(2024, 11, 12, 10, 0, tzinfo=UTC))),  # no zone: UTC
    # the day is the one written; the moment is the instant in UTC
    ("2024-11-12T23:30:00-05:00", (dt.date(2024, 11, 12), dt.datetime(2024, 11, 13, 4, 30, tzinfo=UTC))),
    ("2024-11-12T10:00:00+25:00", (dt.date(2024, 11, 12), None)),  # an offset beyond a day: no moment
    ("2024-11-12 garbage after", (dt.date(2024, 11, 12), None)),
    ("0001-01-01T00:00:00+05:00", (None, None)),
    ("1899-06-01T12:00:00Z", (None, None)),
    (None, (None, None)), ("", (None, None)), ("last week", (None, None)),
])
def test_publication(value, expected):
    assert publication(value) == expected


def test_an_article_carries_its_publication_date_typed():
    art = Article(id="a", text="t", provenance=Provenance("s", "text", ""),
                  published=Field("2024-11-12T10:00:00+02:00", "json", "jsonl field 'published'"))
    assert art.published_on == dt.date(2024, 11, 12)
    assert art.published_at == dt.datetime(2024, 11, 12, 8, 0, tzinfo=UTC)
    assert art.published.value == "2024-11-12T10:00:00+02:00"  # the stored string is untouched
    bare = Article(id="b", text="t", provenance=Provenance("s", "text", ""))
    placeholder = Article(id="c", text="t", provenance=Provenance("s", "text", ""), published=Field("0001-01-01", "meta"))
    assert (bare.published_on, bare.published_at) == (None, None)
    assert (placeholder.published_on, placeholder.published.value) == (None, "0001-01-01")


@pytest.mark.parametrize("parsed, raw, expected", [
    ((2024, 11, 12, 8, 30, 0, 1, 317, 0), "Tue, 12 Nov 2024 08:30:00 GMT", "2024-11-12T08:30:00+00:00"),
    (None, "12 Nov 2024", "12 Nov 2024"),  # feedparser could not parse it: the feed's text
    ((0, 1, 1, 0, 0, 0, 0, 1, 0), "0000-01-01", "0000-01-01"),
    ((2024, 2, 30, 0, 0, 0, 0, 1, 0), "", None),
    (None, None, None), (None, "", None),
])
def test_struct_time_iso(parsed, raw, expected):
    assert struct_time_iso(time.struct_time(parsed) if parsed else None, raw) == expected


@pytest.mark.parametrize("value, expected", [
    ("Wed, 21 Oct 2015 07:28:00 GMT", dt.datetime(2015, 10, 21, 7, 28, tzinfo=UTC)),
    ("Wed, 21 Oct 2015 09:28:00 +0200", dt.datetime(2015, 10, 21, 7, 28, tzinfo=UTC)),
    ("Wed, 21 Oct 2015 07:28:00 -0000", dt.datetime(2015, 10, 21, 7, 28, tzinfo=UTC)),  # no zone: UTC
    ("120", None), ("soon", None), ("", None), (None, None), ("Fri, 31 Dec 9999 23:00:00 -0500", None),  # past the calendar in UTC
    ("Wed, 31 Feb 2015 07:28:00 GMT", None),
])
def test_http_date(value, expected):
    assert http_date(value) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024-11-21T08:00:00+02:00", "2024-11-21"),
        ("2024-11-21", "2024-11-21"),
        ("Thu, 21 Nov 2024 08:00:00 GMT", "2024-11-21"),
        ("21 November 2024", "2024-11-21"),
        ("2024-13-45", None),
        ("yesterday-ish", None),
        (None, None),
    ],
)
def test_iso_date(raw, expected):
    assert iso_date(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("November 21, 2024", "2024-11-21"), ("21 Nov 2024", "2024-11-21"), ("2024/11/21", "2024-11-21"),
    ("21.11.2024", "2024-11-21"), ("20241121", "2024-11-21"), (dt.date(2024, 11, 21), "2024-11-21"),
    (dt.datetime(2024, 11, 21, 23, 0), "2024-11-21"), ("Thursday, 21st of November 2024", "2024-11-21"),
    ("0001-01-01", None), ("9999-12-31T00:00:00Z", None), (f"{NEXT_YEAR + 1}-01-01", None),
    ("Feb 30, 2024", None), ("   ", None), ("\ud800", None), ("2024", None), ("November 2024", None),
    # a date told relative to a day the field does not give is no date (not the day of the run)
    ("yesterday", None), ("2 days ago", None), ("tomorrow", None), ("in 3 days", None),
    ("1732147200", "2024-11-21"),  # seconds since 1970, as a string
])
def test_iso_date_more(raw, expected):
    assert iso_date(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("Signed on November 20, 2024 in Kyiv.", [(10, 27, dt.date(2024, 11, 20))]),
    ("22nd of Nov 2024", [(0, 16, dt.date(2024, 11, 22))]),
    ("At 2024-11-22T10:00Z and on 5.12.2024.", [(3, 13, dt.date(2024, 11, 22)), (28, 37, dt.date(2024, 12, 5))]),
    ("Friday, November 22, 2024", [(8, 25, dt.date(2024, 11, 22))]),
    ("On November 20 the missiles", []), ("In June 2024", []), ("February 30, 2024", []),
    ("2024-13-01", []), ("12 November 1850", []), ("", []),
])
def test_text_dates(text, expected):
    assert text_dates(text) == expected


def test_latest_full_date_skips_implausible_dates():
    assert latest_full_date(f"Signed on 2 May 2024; the lease runs to 1 May {NEXT_YEAR + 2}.") == "2024-05-02"


# --------------------------------------------------------------------------- dates in a text

@pytest.mark.parametrize("text, expected", [
    ("It began on November 20, 2024 and ended on 21 Nov 2024.", "2024-11-21"),
    ("Published 2024-11-21T10:00:00Z, updated 2024-11-19.", "2024-11-21"),
    ("On Nov. 12, 2024, a spokesperson said so.", "2024-11-12"),
    ("He was seen on Sept. 9, 2018 in Pyongyang.", "2018-09-09"),
    ("The pact took effect on 5.12.2024, officials said.", "2024-12-05"),
    ("On November 20 the missiles were launched.", None),
    ("In June 2024 the leaders signed a pact.", None),
    ("February 30, 2024 is not a date.", None),
    ("About 12 thousand soldiers, 500 officers.", None),
    ("", None),
])
def test_latest_full_date(text, expected):
    assert latest_full_date(text) == expected


# --------------------------------------------------------------------------- time expressions

@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", ("2024-11-19", "day", True)),
    ("on Friday", ("2024-11-22", "day", True)),
    ("last Friday", ("2024-11-15", "day", True)),
    ("Nov. 12", ("2024-11-12", "day", True)),
    ("November 20", ("2024-11-20", "day", True)),
    ("on Dec. 25", ("2023-12-25", "day", True)),
    ("12 November 2023", ("2023-11-12", "day", True)),
    ("2024-11-21", ("2024-11-21", "day", True)),
    ("yesterday", ("2024-11-21", "day", True)),
    ("last week", ("2024-W46", "week", True)),
    ("this weekend", ("2024-W47", "week", True)),
    ("last month", ("2024-10", "month", True)),
    ("Earlier this month", ("2024-11", "month", True)),
    ("in June", ("2024-06", "month", True)),
    ("early November 2024", ("2024-11", "month", True)),
    ("last year", ("2023", "year", True)),
    ("in 2022", ("2022", "year", True)),
])
def test_resolve_time(text, expected):
    ref = resolve_time(text, 0, len(text), PUB)
    assert (ref.value, ref.granularity, ref.resolved) == expected


@pytest.mark.parametrize("text, expected", [
    ("in March", ("2025-03", "month", True)),
    ("Dec. 2", ("2024-12-02", "day", True)),
    ("in November", ("2024-11", "month", True)),
])
def test_resolve_time_forward(text, expected):
    ref = resolve_time(text, 0, len(text), PUB, forward=True)
    assert (ref.value, ref.granularity, ref.resolved) == expected


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", (None, "day", False)),
    ("last month", (None, "month", False)),
    ("Nov. 12", (None, "day", False)),
    ("12 November 2023", ("2023-11-12", "day", True)),  # needs no publication date
])
def test_resolve_time_without_publication_date(text, expected):
    ref = resolve_time(text, 0, len(text), None)
    assert (ref.value, ref.granularity, ref.resolved) == expected


@pytest.mark.parametrize("text", ["three years", "48 hours", "a long time"])
def test_durations_are_not_points_in_time(text):
    assert resolve_time(text, 0, len(text), PUB) is None


@pytest.mark.parametrize("value, expected", [
    ("2024-11-22T02:13:00+00:00", dt.date(2024, 11, 22)), ("2024-11-22", dt.date(2024, 11, 22)),
    (None, None), ("yesterday", None),
])
def test_published_day_on_stored_values(value, expected):
    assert published_day(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("the previous Friday", ("2024-11-15", "day", True)),
    ("last Thursday", ("2024-11-21", "day", True)),
    ("January this year", ("2024-01", "month", True)),
    ("June last year", ("2023-06", "month", True)),
    ("early October this year", ("2024-10", "month", True)),
    ("last May", ("2024-05", "month", True)),
    ("last November", ("2023-11", "month", True)),  # not the publication month itself
    ("last December", ("2023-12", "month", True)),
    ("this September", ("2024-09", "month", True)),
    ("Saturday, April 25, 2020", ("2020-04-25", "day", True)),
    ("the 12th of November", ("2024-11-12", "day", True)),
    ("day before yesterday", ("2024-11-21", "day", True)),
    ("tomorrow", ("2024-11-23", "day", True)),
    ("next week", ("2024-W48", "week", True)),
    ("next month", ("2024-12", "month", True)),
    ("early next year", ("2025", "year", True)),
    ("the current fiscal year", ("2024", "year", True)),
    ("the last week of March", ("2024-03", "month", True)),
    ("last summer", ("2024", "year", True)),      # over by November: this year's
    ("last spring", ("2024", "year", True)),
    ("this fall", ("2024", "year", True)),
    ("next spring", ("2025", "year", True)),
    ("next fall", ("2025", "year", True)),        # begun by November: the next one
    ("the last day of June", ("2024-06", "month", True)),
    ("this calendar year", ("2024", "year", True)),
    ("10 days ago", ("2024-11-12", "day", True)),
    ("two weeks ago", ("2024-W45", "week", True)),
    ("eleven months ago", ("2023-12", "month", True)),
    ("a year ago", ("2023", "year", True)),
    ("nearly four years ago", ("2020", "year", True)),
    ("a decade ago", ("2014", "year", True)),
    ("two decades ago", ("2004", "year", True)),
    ("the 1990s", ("199X", "decade", True)),
    ("in the early 1980s", ("198X", "decade", True)),
    ("the '90s", ("199X", "decade", True)),      # two digits: the last such decade begun by publication
    ("the ’20s", ("202X", "decade", True)),
    ("the late '60s", ("196X", "decade", True)),
])
def test_resolve_time_more(text, expected):
    ref = resolve_time(text, 0, len(text), PUB)
    assert (ref.value, ref.granularity, ref.resolved) == expected


@pytest.mark.parametrize("text, published", [
    ("February 30, 2024", PUB), ("2024-02-30", PUB),  # not a day: nothing
    ("next Tuesday", PUB), ("a decade", PUB), ("", PUB), ("Maybe", PUB), ("two weeks", PUB),
    ("years ago", PUB), ("a year earlier", PUB), ("decades ago", PUB),
    ("in their 20s", PUB), ("in her '80s", PUB),  # ages, not decades
    ("last winter", PUB), ("the summer of love", PUB),  # a winter straddles two years
    ("the last year of the war", PUB), ("the first week of his term", PUB),  # a part of another time
])
def test_resolve_time_gives_nothing_for_what_is_no_point_in_time(text, published):
    assert resolve_time(text, 0, len(text), published) is None


@pytest.mark.parametrize("text", ["3000 years ago", "2024 years ago"])
def test_counting_back_out_of_the_calendar_is_unresolved(text):
    ref = resolve_time(text, 0, len(text), PUB)
    assert ref is not None and (ref.value, ref.resolved) == (None, False)


def test_a_day_no_year_has_is_kept_unresolved():
    ref = resolve_time("Feb. 30", 0, 7, PUB)
    assert (ref.value, ref.granularity, ref.resolved) == (None, "day", False)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(9999, 12, 31), "2024-11-22"])
def test_resolve_time_with_an_implausible_anchor_resolves_nothing_relative(published):
    ref = resolve_time("last week", 0, 9, published)
    assert ref is not None and not ref.resolved and ref.value is None


@pytest.mark.parametrize("value, expected", [
    ("2024-11-12", dt.date(2024, 11, 12)), ("2024-W46", dt.date(2024, 11, 11)), ("2024-11", dt.date(2024, 11, 1)),
    ("2024", dt.date(2024, 1, 1)), ("2020-W53", dt.date(2020, 12, 28)), ("199X", dt.date(1990, 1, 1)),
    ("2024-W60", None), ("2024-13", None), ("0000", None), ("2024-02-30", None), ("spring", None),
    (None, None), ("", None),
])
def test_start_of(value, expected):
    assert start_of(value) == expected


@pytest.mark.parametrize("value, granularity, expected", [
    ("2024-11-12", "day", dt.date(2024, 11, 12)), ("2024-W46", "week", dt.date(2024, 11, 17)),
    ("2024-02", "month", dt.date(2024, 2, 29)), ("2023-02", "month", dt.date(2023, 2, 28)),
    ("2024-12", "month", dt.date(2024, 12, 31)), ("2024", "year", dt.date(2024, 12, 31)),
    ("199X", "decade", dt.date(1999, 12, 31)),
    ("2024-13", "month", None), ("spring", "year", None), (None, "day", None),
])
def test_period_end(value, granularity, expected):
    assert period_end(TimeRef("t", 0, 1, value, granularity, value is not None)) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("2024-11-12", "2024-11-22", 10), ("2024-11-22", "2024-11-12", 10), ("2024-11-12", "2024-11-12T23:00", 0),
    ("2023-12-31", "2024-01-01", 1),
    ("2024-11-12", "soon", None), (None, "2024-11-12", None), ("2024-02-30", "2024-03-01", None),
])
def test_days_between(a, b, expected):
    assert days_between(a, b) == expected


# --------------------------------------------------------------------------- never raises

_ODD_TEXT = st.one_of(
    st.text(max_size=60),
    st.from_regex(r"-?\d{1,6}-\d{1,3}-\d{1,3}(T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?)?", fullmatch=True),
    st.from_regex(r"(last |the previous |this |next )?(Feb\.? \d{1,3}(, \d{1,5})?|\d{1,5}-W\d{1,2}|[A-Z][a-z]+day)", fullmatch=True),
    st.sampled_from(["\ud800", "2024-11-12\udfff", "0000-00-00", "99999-12-31", "Feb 30, 2024", "2024-11-12T10:00+25:00",
                     "2024-11-12T10:00:00+23:59", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"]),
)
_ODD_VALUE = st.one_of(_ODD_TEXT, st.none(), st.integers(), st.dates(), st.datetimes(),
                       st.datetimes(timezones=st.timezones()) if hasattr(st, "timezones") else st.datetimes())
_ODD_ANCHOR = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_ODD_VALUE, other=_ODD_VALUE, anchor=_ODD_ANCHOR, forward=st.booleans())
def test_no_public_function_raises_on_odd_dates(value, other, anchor, forward):
    text = value if isinstance(value, str) else str(value)
    month_number(text)
    parse_day(value)
    published_day(value)
    day, moment = publication(value)
    assert day is None or plausible(day)
    assert moment is None or moment.tzinfo is not None
    iso = iso_date(value)
    assert iso is None or plausible(dt.date.fromisoformat(iso))
    struct_time_iso(None, text)
    for _, _, d in text_dates(text):
        assert isinstance(d, dt.date)
    latest_full_date(text)
    ref = resolve_time(text, 0, len(text), anchor, forward=forward)
    assert ref is None or (ref.value is None) is (not ref.resolved)
    start_of(value)
    days_between(value, other)
    http_date(value)


@settings(max_examples=100, deadline=None)
@given(parts=st.tuples(st.integers(-5, 20000), st.integers(-5, 20), st.integers(-5, 40),
                       st.integers(-1, 30), st.integers(-1, 70), st.integers(-1, 70)))
def test_struct_time_iso_never_raises(parts):
    out = struct_time_iso((*parts, 0, 1, 0), "raw")
    assert out == "raw" or dt.datetime.fromisoformat(out).year == parts[0]


def test_every_public_function_has_its_table_test_here():
    functions = [name for name in dates.__all__ if not name.isupper()]
    assert functions and all(callable(getattr(dates, name)) for name in functions)
    missing = [name for name in functions if f"test_{name}" not in globals()]
    assert not missing, f"no table test for {missing}"


@pytest.mark.parametrize("text, published, expected", [
    ("last summer", dt.date(2024, 7, 10), "2023"),   # this summer is not over yet
    ("last fall", dt.date(2024, 3, 1), "2023"),
    ("next summer", dt.date(2024, 3, 1), "2024"),    # not begun yet: this year's
])
def test_seasons_by_publication_month(text, published, expected):
    assert resolve_time(text, 0, len(text), published).value == expected
