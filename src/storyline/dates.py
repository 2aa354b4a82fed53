"""Dates in one place: every date read from metadata or text, and every time expression
resolved against a publication date.

Publication dates
    :func:`iso_date` turns what a container, a meta tag or htmldate states (an ISO string,
    an RFC 822 date, ``21 November 2024``, a ``date``) into an ISO day; :func:`struct_time_iso`
    does so for feedparser's parsed times, :func:`http_date` reads an HTTP header's date
    (``Retry-After``). :func:`publication` reads a stored value back as
    a typed day and, when it has a time of day, a UTC moment: :class:`~storyline.model.Article`
    holds both as ``published_on`` and ``published_at``, so no consumer parses the string
    again. On disk ``published`` stays an ISO string.

Plausibility
    A publication date before :data:`FIRST_PLAUSIBLE_YEAR` or after next year is a
    placeholder (``0001-01-01``, ``9999-12-31``), not a date: :func:`plausible`.

Dates written in a text
    :func:`text_dates` finds the full dates (day, month and year) a text writes,
    :func:`latest_full_date` the latest plausible one (a plain text's inferred date).

Time expressions
    :func:`resolve_time` resolves "Nov. 12", "on Tuesday", "the previous Friday", "last
    month", "January this year", "the current fiscal year", "two weeks ago", "a decade ago",
    "the 1990s" against the publication date ("the last week of March" is a part of March, not
    last week) into a :class:`~storyline.model.TimeRef`; :func:`start_of` reads a
    resolved value back as its first day and :func:`period_end` as its last,
    :func:`days_between` counts the days between two ISO days. How a phrase's clause sets
    the direction (ahead or back) is read from the parse, in :mod:`storyline.extract.timex`.

The words (month and weekday names, the relative expressions) are English and kept here:
:data:`MONTHS` is the one month table. Quarters ("the third quarter") are not resolved: a
:class:`~storyline.model.TimeRef` has no quarter granularity; nor has it seasons: "last summer"
is the year of that summer. Every function takes any value and never raises on an odd date (year 0, year
99999, 30 February, a time zone 25 hours off, lone surrogates): it gives None, or an
unresolved reference.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved against the article's publication date.

    ``value`` is an ISO date (``2024-11-12``), week (``2024-W46``), month (``2024-11``), year
    (``2024``) or decade (``199X``, the form of ISO 8601-2 for "the 1990s") depending on
    ``granularity``; None when it could not be resolved (``resolved`` False).
    """

    text: str
    start: int
    end: int
    value: str | None
    granularity: Literal["day", "week", "month", "year", "decade"]
    resolved: bool


__all__ = [
    "FIRST_PLAUSIBLE_YEAR",
    "MONTHS",
    "MONTH_NAME",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "days_between",
    "period_end",
    "http_date",
    "iso_date",
    "latest_full_date",
    "month_number",
    "parse_day",
    "plausible",
    "publication",
    "published_day",
    "resolve_time",
    "start_of",
    "struct_time_iso",
    "text_dates",
]

# --------------------------------------------------------------------------- vocabulary

#: Month names and their abbreviations (lower case, without the dot) to month numbers.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
        "august aug", "september sep sept", "october oct", "november nov", "december dec"), start=1)
    for name in names.split()
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A month name or abbreviation, as a non-capturing regex (longest first).
MONTH_NAME = rf"(?:{_MONTH_NAMES})"
#: :data:`MONTH_NAME` with its optional dot ("Sept.").
MONTH_PATTERN = rf"{MONTH_NAME}\.?"
#: Weekday names, Monday first (``date.weekday()`` order).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_number(word: str) -> int | None:
    """The number of a month name or abbreviation ("Sept.", "november"), else None."""
    return MONTHS.get(str(word).strip().rstrip(".").lower())


# --------------------------------------------------------------------------- plausibility

#: Publication dates before this year are not trusted (placeholders such as 0001-01-01).
FIRST_PLAUSIBLE_YEAR = 1900


def plausible(day: dt.date) -> bool:
    """Can ``day`` be a publication date: from 1900 to the end of next year?"""
    return FIRST_PLAUSIBLE_YEAR <= day.year <= dt.date.today().year + 1


# --------------------------------------------------------------------------- publication dates

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
#: Layouts :func:`iso_date` tries with ``strptime`` before asking dateparser.
_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d", "%d.%m.%Y", "%Y%m%d")


def parse_day(value: Any) -> dt.date | None:
    """The calendar day an ISO value starts with ("2024-11-12", "2024-11-12T08:00+01:00"),
    None when it starts with none. Any year of the calendar; see :func:`published_day`."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_PREFIX.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def published_day(value: Any) -> dt.date | None:
    """The day of an ISO publication value, None when there is none or it is not
    :func:`plausible`."""
    day = parse_day(value)
    return day if day is not None and plausible(day) else None


def publication(value: Any) -> tuple[dt.date | None, dt.datetime | None]:
    """A stored publication value read back: its plausible day, and its moment in UTC when
    the value has a time of day (a value without a zone is taken as UTC); (None, None) when
    there is no plausible day."""
    day = published_day(value)
    if day is None:
        return None, None
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, str) and len(value.strip()) > 10:
        try:
            when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return day, None
    else:
        return day, None
    try:
        when = when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)
    except (OverflowError, ValueError):  # an offset that leaves the calendar
        return day, None
    return day, when


def iso_date(value: Any) -> str | None:
    """Normalise a stated date (ISO string, RFC 822 string, "21 November 2024", a date or
    datetime) to a plausible ISO day ``YYYY-MM-DD``; None when unreadable or implausible
    (before 1900, after next year: placeholders such as ``0001-01-01``)."""
    day = _read_date(value)
    return day.isoformat() if day is not None and plausible(day) else None


def _read_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return parse_day(value)
    text = str(value).strip()
    if not text:
        return None
    if _ISO_PREFIX.match(text):
        return parse_day(text)
    try:  # RFC 822 dates, as in feeds and HTTP headers
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    import dateparser  # imported lazily: it is slow to import and rarely needed here

    try:
        # no relative dates: "yesterday" in a date field has no day to count from, and the day of
        # the run would be taken for it
        parsed = dateparser.parse(text[:200], languages=["en"],
                                  settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                            "PARSERS": ["timestamp", "custom-formats", "absolute-time"]})
    except Exception:  # noqa: BLE001 - a third-party parser on untrusted text: no date, no crash
        return None
    return parsed.date() if parsed else None


def http_date(value: Any) -> dt.datetime | None:
    """An HTTP or RFC 822 date ("Wed, 21 Oct 2015 07:28:00 GMT") as a UTC datetime, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    try:
        return when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)
    except (OverflowError, ValueError):
        return None


def struct_time_iso(parsed: time.struct_time | tuple | None, raw: str | None) -> str | None:
    """A feed's parsed time (feedparser's ``*_parsed``, in UTC) as an ISO datetime; the
    feed's own string when the parsed time leaves the calendar (year 0, 10000) or is absent."""
    if parsed:
        try:
            return dt.datetime(*parsed[:6], tzinfo=dt.UTC).isoformat()
        except (ValueError, OverflowError, TypeError):  # a year outside 1-9999: keep the text
            pass
    return raw or None


# --------------------------------------------------------------------------- dates in a text

_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"
_MONTH_GROUP = rf"(?P<mon>{_MONTH_NAMES})\.?"
_TEXT_DATES = (
    # November 22, 2024 / Nov. 22 2024 / Friday, November 22, 2024
    re.compile(rf"\b{_MONTH_GROUP}\s+{_DAY},?\s+{_YEAR4}\b", re.I),
    # 22 November 2024 / 22nd of Nov 2024
    re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH_GROUP},?\s+{_YEAR4}\b", re.I),
    # 2024-11-22 (also as the start of an ISO timestamp)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # 22.11.2024 (day first, as written in most of Europe)
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
)


def text_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date (day, month and year) written in ``text``: (start, end, day), in text
    order. "on November 20" or "in June 2024" are not full dates; "February 30, 2024" is none."""
    if not isinstance(text, str):
        return []
    found: dict[int, tuple[int, int, dt.date]] = {}
    for pattern in _TEXT_DATES:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e, _ in found.values()):
                continue
            groups = m.groupdict()
            month = MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["mnum"])
            try:
                found[m.start()] = (m.start(), m.end(), dt.date(int(groups["year"]), month, int(groups["day"])))
            except ValueError:
                continue
    return [found[k] for k in sorted(found)]


def latest_full_date(text: str) -> str | None:
    """The latest plausible full date the text writes, as an ISO day: the date a text was
    written at the earliest (its caller marks it ``inferred``)."""
    days = [d for _, _, d in text_dates(text) if plausible(d)]
    return max(days).isoformat() if days else None


# --------------------------------------------------------------------------- time expressions

_MON = rf"({_MONTH_NAMES})\.?"  # the month name as group 1
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MON}(?:,?\s+(\d{{4}}))?\b", re.I)
_MY = re.compile(rf"\b{_MON}(?:\s+(\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
#: "June last year", "January this year", "early October next year": a month of a named year.
_MONTH_OF_YEAR = re.compile(rf"\b{_MON}\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)
#: "last May" (the last May before the publication month), "this September" (of the publication year).
_MONTH_NAMED = re.compile(rf"\b(last|this)\s+{_MON}(?!\s*\d)", re.I)
#: "last summer", "this spring", "next fall": the year of that season (winter, which straddles two
#: years, is not read).
_SEASON = re.compile(r"\b(last|this|next|past)\s+(spring|summer|fall|autumn)\b(?!\s+of\b)")
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
#: A decade: "the 1990s", "the early 1980s", "the '90s" (the last such decade that began by publication).
_DECADE = re.compile(r"(?<![\w'’])(?:(1[89]\d|20\d)0|['’](\d)0)s\b")


def _last_on_or_before(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The most recent ``month``/``day`` on or before ``ref``."""
    for year in (ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            return None
        if cand <= ref:
            return cand
    return None


def _first_on_or_after(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The next ``month``/``day`` on or after ``ref``."""
    for year in (ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            return None
        if cand >= ref:
            return cand
    return None


def resolve_time(text: str, start: int, end: int, published: dt.date | None,
                 forward: bool = False) -> TimeRef | None:
    """Resolve the time expression ``text`` (at ``start:end`` of the article).

    - explicit dates: "Nov. 12", "November 12, 2024", "12 November", "2024-11-12" (day), "in
      June", "early November 2024", "January this year", "last May" (month), "in 2022"
      (year). A date without a year takes the most recent such date on or before
      publication, or the next one on or after it when the expression looks ahead;
    - weekdays: "on Tuesday" is the most recent Tuesday on or before publication; "last
      Tuesday" and "the previous Tuesday" are never the publication day itself (day);
    - relative: "today", "yesterday", "tomorrow", "this/last/next week", "this/last/earlier
      this/next month", "this/last/next year", "this weekend"; "two weeks ago", "41 years
      ago" count back in their unit (day, week, month or year), "a decade ago" ten years;
    - decades: "the 1990s", "the late '80s" (decade; a decade told by two digits is the last
      such decade that began by publication).

    Args:
        text: the expression as written ("on Tuesday", "Nov. 12", "last month").
        start, end: its offsets in the article text.
        published: the article's publication date, None when unknown (an implausible one,
            see :func:`plausible`, counts as unknown).
        forward: the expression looks ahead ("by the end of January", "until March"): a date
            without a year is the next one on or after publication, not the last one before.

    Returns:
        A :class:`TimeRef`, or None when ``text`` is not a point in time (a duration such
        as "three years"). Relative expressions without a publication date are kept with
        ``resolved=False`` and ``value=None``; date arithmetic that leaves the calendar
        (before year 1, after 9999) gives an unresolved reference, never an error.
    """
    if published is not None and not (isinstance(published, dt.date) and plausible(published)):
        published = None
    if isinstance(published, dt.datetime):
        published = published.date()
    try:
        return _resolve(str(text), start, end, published, forward)
    except (OverflowError, ValueError):
        return TimeRef(text=text, start=start, end=end, value=None, granularity="day", resolved=False)


def _resolve(text: str, start: int, end: int, pub: dt.date | None, forward: bool) -> TimeRef | None:
    low = text.lower().strip()

    def ref(value: str | None, gran: str, resolved: bool) -> TimeRef:
        return TimeRef(text=text, start=start, end=end, value=value, granularity=gran,  # type: ignore[arg-type]
                       resolved=resolved)

    m = _ISO.search(low)
    if m:
        try:
            return ref(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), "day", True)
        except ValueError:
            return None
    m = _MDY.search(low) or None
    day_first = False
    if m is None:
        m = _DMY.search(low)
        day_first = m is not None
    if m:
        if day_first:
            day, month, year = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
        else:
            month, day, year = MONTHS[m.group(1)], int(m.group(2)), m.group(3)
        if year:
            try:
                return ref(dt.date(int(year), month, day).isoformat(), "day", True)
            except ValueError:
                return None
        if pub is None:
            return ref(None, "day", False)
        d = (_first_on_or_after if forward else _last_on_or_before)(month, day, pub)
        return ref(d.isoformat() if d else None, "day", d is not None)
    m = _WEEKDAY.search(low)
    if m and not re.search(r"\b(?:next|coming)\b", low):
        if pub is None:
            return ref(None, "day", False)
        back = (pub.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        if re.search(r"\b(?:last|previous)\b", low) and back == 0:
            back = 7
        return ref((pub - dt.timedelta(days=back)).isoformat(), "day", True)
    m = _MONTH_OF_YEAR.search(low) or _MONTH_NAMED.search(low)
    if m:
        if m.re is _MONTH_OF_YEAR:
            month, which = MONTHS[m.group(1)], m.group(2)
        else:
            month, which = MONTHS[m.group(2)], m.group(1)
        if pub is None:
            return ref(None, "month", False)
        if m.re is _MONTH_NAMED and which == "last":  # the last such month before this one
            year = pub.year if month < pub.month else pub.year - 1
        else:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[which]
        return ref(f"{year:04d}-{month:02d}", "month", True)
    rel = _relative(low, pub)
    if rel is not None:
        value, gran = rel
        return ref(value, gran, value is not None)
    m = _SEASON.search(low)
    if m and not _YEAR.search(low):
        if pub is None:
            return ref(None, "year", False)
        first, last = _SEASON_MONTHS[m.group(2)]
        if m.group(1) in ("last", "past"):  # the last one over before publication
            year = pub.year if last < pub.month else pub.year - 1
        elif m.group(1) == "next":  # the next one not begun by publication
            year = pub.year if first > pub.month else pub.year + 1
        else:
            year = pub.year
        return ref(f"{year:04d}", "year", True)
    m = _MY.search(low)
    if m and not re.fullmatch(r"may", m.group(0).lower()) or (m and re.search(r"\bin\s+may\b|\bmay\s+\d{4}", low)):
        month = MONTHS[m.group(1)]
        if m.group(2):
            return ref(f"{int(m.group(2)):04d}-{month:02d}", "month", True)
        if pub is None:
            return ref(None, "month", False)
        if forward:
            year = pub.year if month >= pub.month else pub.year + 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
        return ref(f"{year:04d}-{month:02d}", "month", True)
    m = _DECADE.search(low)
    if m and not re.search(r"\b(?:years?|months?|days?|weeks?)\b|\b(?:his|her|their|its|your|our|my)\s+", low):
        if m.group(1):
            return ref(f"{m.group(1)}X", "decade", True)
        if pub is None:
            return ref(None, "decade", False)
        first = pub.year // 100 * 100 + int(m.group(2)) * 10
        first -= 100 if first > pub.year else 0
        return ref(f"{first // 10:03d}X", "decade", True)
    m = _YEAR.search(low)
    if m and not re.search(r"\b(?:years?|months?|days?|weeks?)\b", low):
        return ref(m.group(1), "year", True)
    return None


#: Relative expressions: (pattern, granularity, offset in that unit from publication).
_RELATIVE: tuple[tuple[re.Pattern[str], str, int], ...] = tuple((re.compile(rx), gran, delta) for rx, gran, delta in (
    (r"\btoday\b|\btonight\b|\bthis morning\b|\bthis afternoon\b|\bthis evening\b", "day", 0),
    (r"\byesterday\b|\blast night\b", "day", -1),
    (r"\btomorrow\b", "day", 1),
    (r"\bday before yesterday\b", "day", -2),
    (r"\bthis weekend\b|\bat the weekend\b|\bover the weekend\b", "week", 0),
    (r"\blast weekend\b|\blast week\b|\bpast week\b", "week", -1),
    (r"\b(?:earlier |later )?this week\b", "week", 0),
    (r"\bnext week\b", "week", 1),
    (r"\blast month\b|\bpast month\b|\bprevious month\b", "month", -1),
    (r"\b(?:earlier |later |late |early )?this month\b", "month", 0),
    (r"\bnext month\b", "month", 1),
    (r"\blast year\b|\bpast year\b|\bprevious year\b", "year", -1),
    (r"\b(?:earlier |later |late |early )?this year\b", "year", 0),
    # "the current fiscal year", "this fiscal year": the year of publication
    (r"\b(?:the current|this) (?:fiscal |calendar )?year\b", "year", 0),
    (r"\bnext year\b", "year", 1),
))
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)} | {"a": 1, "an": 1}
#: "two weeks ago", "41 years ago", "a month ago", "a decade ago": counted back from publication in
#: that unit (a decade in years).
_AGO = re.compile(r"\b(\d{1,4}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
                  + r")\s+(day|week|month|year|decade)s?\s+ago\b")


def _relative(low: str, pub: dt.date | None) -> tuple[str | None, str] | None:
    steps = [(rx.search(low), gran, delta) for rx, gran, delta in _RELATIVE]
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        steps.insert(0, (m, "year", -10 * n) if m.group(2) == "decade" else (m, m.group(2), -n))
    for found, gran, delta in steps:
        if found and re.match(r"\s+of\b", low[found.end():]):
            continue  # "the last week of March", "the last year of the war": a part of another time
        if found:
            if pub is None:
                return None, gran
            if gran == "day":
                return (pub + dt.timedelta(days=delta)).isoformat(), gran
            if gran == "week":
                iso = (pub + dt.timedelta(days=7 * delta)).isocalendar()
                return f"{iso[0]:04d}-W{iso[1]:02d}", gran
            if gran == "month":
                y, mth = divmod(pub.year * 12 + pub.month - 1 + delta, 12)
                return f"{_in_calendar(y):04d}-{mth + 1:02d}", gran
            return f"{_in_calendar(pub.year + delta):04d}", gran
    return None


def _in_calendar(year: int) -> int:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} is outside the calendar")
    return year


_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_YEAR_VALUE = re.compile(r"\d{4}")
_DECADE_VALUE = re.compile(r"(\d{3})X")


def start_of(value: Any) -> dt.date | None:
    """The first day of a resolved value: a day itself, a week's Monday (``2024-W46``), a
    month's 1st (``2024-11``), a year's 1 January (``2024``), a decade's first 1 January
    (``199X``: 1990-01-01); None when unreadable."""
    if not isinstance(value, str):
        return parse_day(value)
    try:
        m = _WEEK_VALUE.fullmatch(value)
        if m:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        m = _MONTH_VALUE.fullmatch(value)
        if m:
            return dt.date(int(m[1]), int(m[2]), 1)
        if _YEAR_VALUE.fullmatch(value):
            return dt.date(int(value), 1, 1)
        m = _DECADE_VALUE.fullmatch(value)
        if m:
            return dt.date(int(m[1]) * 10, 1, 1)
    except ValueError:
        return None
    return parse_day(value)


def period_end(t: TimeRef) -> dt.date | None:
    """The last day of a resolved time reference (a decade's last 31 December, a year's 31
    December, a month's last day, a week's Sunday, a day itself); None when unreadable."""
    first = start_of(t.value)
    if first is None:
        return None
    if t.granularity == "decade":
        return dt.date(first.year + 9, 12, 31)
    if t.granularity == "year":
        return dt.date(first.year, 12, 31)
    if t.granularity == "month":
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if t.granularity == "week":
        return first + dt.timedelta(days=6)
    return first


def days_between(a: Any, b: Any) -> int | None:
    """The number of days between two ISO days (either order), None when one is unreadable."""
    da, db = parse_day(a), parse_day(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)
