"""Resolves time expressions against the article's publication date (extract stage, step 4).

:func:`resolve_time` turns one expression into a :class:`~storyline.model.TimeRef`:

- explicit dates: "Nov. 12", "November 12, 2024", "12 November", "2024-11-12" (day), "in
  June", "early November 2024" (month), "in 2022" (year). A date without a year takes the
  most recent such date on or before publication, or the next one on or after it when the
  expression looks ahead (``forward``: "by the end of January", "until March");
- weekdays: "on Tuesday" is the most recent Tuesday on or before publication (day);
- relative: "today", "yesterday", "this/last week", "this/last/earlier this month",
  "this/last year", "this weekend".

Relative expressions need the publication date; without it they are kept with
``resolved=False`` and ``value=None``. Explicit dates with their year need nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from typing import TYPE_CHECKING

from storyline.model import TimeRef

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ["FIRST_PLAUSIBLE_YEAR", "looks_ahead", "parse_published", "plausible", "resolve_in_context",
           "resolve_time"]

#: Publication dates before this year are not trusted (placeholders such as 0001-01-01).
FIRST_PLAUSIBLE_YEAR = 1900


def plausible(day: dt.date) -> bool:
    """Can ``day`` be a publication date: from 1900 to the end of next year?"""
    return FIRST_PLAUSIBLE_YEAR <= day.year <= dt.date.today().year + 1

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MON}(?:,?\s+(\d{{4}}))?\b", re.I)
_MY = re.compile(rf"\b{_MON}(?:\s+(\d{{4}}))?\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def parse_published(value: str | None) -> dt.date | None:
    """The date part of an ISO 8601 publication value; None when there is none or it is
    not a plausible publication date (see :func:`plausible`)."""
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return day if plausible(day) else None


def _month_num(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


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

    Args:
        text: the expression as written ("on Tuesday", "Nov. 12", "last month").
        start, end: its offsets in the article text.
        published: the article's publication date, None when unknown (an implausible one,
            see :func:`plausible`, counts as unknown).
        forward: the expression looks ahead ("by the end of January", "until March"): a date
            without a year is the next one on or after publication, not the last one before.

    Returns:
        A :class:`TimeRef`, or None when ``text`` is not a point in time (a duration such
        as "three years"). Date arithmetic that leaves the calendar (before year 1, after
        9999) gives an unresolved reference, never an error.
    """
    if published is not None and not plausible(published):
        published = None
    try:
        return _resolve(text, start, end, published, forward)
    except (OverflowError, ValueError):
        return TimeRef(text=text, start=start, end=end, value=None, granularity="day", resolved=False)


def _resolve(text: str, start: int, end: int, published: dt.date | None,
             forward: bool = False) -> TimeRef | None:
    """Resolve the time expression ``text`` (at ``start:end`` of the article).

    Args:
        text: the expression as written ("on Tuesday", "Nov. 12", "last month").
        start, end: its offsets in the article text.
        published: the article's publication date, None when unknown.
        forward: the expression looks ahead ("by the end of January", "until March"): a date
            without a year is the next one on or after publication, not the last one before.

    Returns:
        A :class:`TimeRef`, or None when ``text`` is not a point in time (a duration such
        as "three years").
    """
    low = text.lower().strip()
    pub = published

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
            day, month, year = int(m.group(1)), _month_num(m.group(2)), m.group(3)
        else:
            month, day, year = _month_num(m.group(1)), int(m.group(2)), m.group(3)
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
        back = (pub.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
        if re.search(r"\blast\b", low) and back == 0:
            back = 7
        return ref((pub - dt.timedelta(days=back)).isoformat(), "day", True)
    rel = _relative(low, pub)
    if rel is not None:
        value, gran = rel
        return ref(value, gran, value is not None)
    m = _MY.search(low)
    if m and not re.fullmatch(r"may", m.group(0).lower()) or (m and re.search(r"\bin\s+may\b|\bmay\s+\d{4}", low)):
        month = _month_num(m.group(1))
        if m.group(2):
            return ref(f"{int(m.group(2)):04d}-{month:02d}", "month", True)
        if pub is None:
            return ref(None, "month", False)
        if forward:
            year = pub.year if month >= pub.month else pub.year + 1
        else:
            year = pub.year if month <= pub.month else pub.year - 1
        return ref(f"{year:04d}-{month:02d}", "month", True)
    m = _YEAR.search(low)
    if m and not re.search(r"\b(?:years?|months?|days?|weeks?)\b", low):
        return ref(m.group(1), "year", True)
    return None


def _relative(low: str, pub: dt.date | None) -> tuple[str | None, str] | None:
    def month_of(d: dt.date) -> str:
        return f"{d.year:04d}-{d.month:02d}"

    def week_of(d: dt.date) -> str:
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"

    table: list[tuple[str, str, int]] = [
        (r"\btoday\b|\btonight\b|\bthis morning\b|\bthis afternoon\b|\bthis evening\b", "day", 0),
        (r"\byesterday\b|\blast night\b", "day", -1),
        (r"\bday before yesterday\b", "day", -2),
        (r"\bthis weekend\b|\bat the weekend\b|\bover the weekend\b", "week", 0),
        (r"\blast weekend\b|\blast week\b|\bpast week\b", "week", -1),
        (r"\b(?:earlier |later )?this week\b", "week", 0),
        (r"\blast month\b|\bpast month\b|\bprevious month\b", "month", -1),
        (r"\b(?:earlier |later |late |early )?this month\b", "month", 0),
        (r"\blast year\b|\bpast year\b|\bprevious year\b", "year", -1),
        (r"\b(?:earlier |later |late |early )?this year\b", "year", 0),
    ]
    for rx, gran, delta in table:
        if re.search(rx, low):
            if pub is None:
                return None, gran
            if gran == "day":
                return (pub + dt.timedelta(days=delta)).isoformat(), gran
            if gran == "week":
                return week_of(pub + dt.timedelta(days=7 * delta)), gran
            if gran == "month":
                y, mth = pub.year, pub.month + delta
                if mth < 1:
                    y, mth = y - 1, 12
                return f"{y:04d}-{mth:02d}", gran
            return f"{pub.year + delta:04d}", gran
    return None


#: Verbs whose complement lies ahead ("is expected to", "plans to", "scheduled for").
_AHEAD_VERBS = frozenset("expect plan schedule set due intend aim hope promise prepare propose vow".split())
_AHEAD_WORDS = re.compile(r"\b(?:will|'ll|shall|next|coming|upcoming|until|till|by|later|due|scheduled)\b", re.I)


def looks_ahead(ent: Span) -> bool:
    """Does the date phrase ``ent`` refer to a time after the text was written?

    Read from its clause: the verb it hangs on in the future ("will meet on Jan. 5", "is
    expected to vote in March", "due on Monday") or a word before it that looks ahead
    ("until March", "by Friday", "next Tuesday").
    """
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 2):ent.start].text
    if re.search(r"\b(?:until|till|by|next|coming)\s*$", before, re.I):
        return True
    t = ent.root
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return False
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "'ll", "shall", "wo") for c in aux):
        return True
    if t.tag_ == "VB" and any(c.lower_ == "to" for c in aux):
        head = t.head
        return head.lemma_.lower() in _AHEAD_VERBS or any(c.lower_ in ("will", "'ll") for c in head.children)
    if t.tag_ == "VBG" and any(c.lower_ in ("is", "are", "'s", "'re") for c in aux):
        return True  # "the team is meeting on Friday": a plan
    return t.lemma_.lower() in _AHEAD_VERBS and t.tag_ in ("VBN", "VBZ", "VBP") and any(
        c.lower_ in ("is", "are", "'s", "'re") for c in aux)


def _governor(ent: Span):
    t = ent.root
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _told_as_past(ent: Span) -> bool:
    """Is the clause of ``ent`` in the past tense ("met on March 3", "had voted in May")?"""
    t = _governor(ent)
    if t.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
    return t.tag_ == "VBD" or bool(aux & {"had", "has", "have", "was", "were", "did"})


def _start_of(ref: TimeRef) -> dt.date | None:
    try:
        return dt.date.fromisoformat(ref.value if ref.granularity == "day" else f"{ref.value}-01")
    except (TypeError, ValueError):
        return None


def resolve_in_context(ent: Span, published: dt.date | None) -> TimeRef | None:
    """Resolve the date entity ``ent`` of a parsed text, ahead or back as its clause says.

    A date without a year or a weekday in a clause that looks ahead (:func:`looks_ahead`) is
    the next such day on or after publication ("will meet on Monday"); in a clause told in the
    past it is the last one before; a date with no tense to go by ("the vote on March 30") is
    the nearer of the two. A weekday without tense is the last one (news tells what happened).
    """
    if published is not None and not plausible(published):
        published = None
    ahead = published is not None and looks_ahead(ent)
    ref = resolve_time(ent.text, ent.start_char, ent.end_char, published, forward=ahead)
    if (published is not None and not ahead and ref is not None and ref.resolved
            and ref.granularity in ("day", "month") and not _YEAR.search(ent.text)
            and not re.search(r"\d{4}|\b(?:last|this|next|ago|yesterday|today)\b", ent.text, re.I)
            and not _WEEKDAY.search(ent.text) and not _told_as_past(ent)):
        # neither ahead nor past ("the vote on March 30"): the nearer of the two
        fwd = resolve_time(ent.text, ent.start_char, ent.end_char, published, forward=True)
        a, b = _start_of(ref), _start_of(fwd) if fwd is not None else None
        if a is not None and b is not None and abs((b - published).days) < abs((published - a).days):
            ref = fwd
    if ahead and ref is not None and ref.resolved and ref.granularity == "day" and ref.value \
            and _WEEKDAY.search(ref.text) and ref.value < published.isoformat():
        day = dt.date.fromisoformat(ref.value) + dt.timedelta(days=7)
        ref = TimeRef(ref.text, ref.start, ref.end, day.isoformat(), "day", True)
    return ref
