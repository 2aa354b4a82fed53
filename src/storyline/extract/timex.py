"""Resolves the date phrases of a parsed text, ahead or back as their clause says (extract
stage, step 4).

The expression itself is resolved by :func:`storyline.dates.resolve_time` ("Nov. 12", "on
Tuesday", "last month" against the publication date); this module reads the parse around it:
:func:`looks_ahead` says whether the clause looks ahead ("will meet on Monday", "until
March"), and :func:`resolve_in_context` picks the direction from that, from the tense, or
the nearer of the two. A date a clause sets rather than tells of ("payable Dec. 7", "extended
to Nov. 16") takes no tense from its clause. A date told from another one ("a year earlier",
"that year", "the following month", "two days later", "the previous Friday") is counted from
the last date the text wrote out before; "a year earlier" and "the year" without one, from
publication.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from storyline.dates import MONTH_NAME, MONTH_PATTERN, MONTHS, WEEKDAYS, plausible, resolve_time, start_of
from storyline.model import TimeRef
from storyline.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ["looks_ahead", "resolve_in_context"]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
_DAY_AFTER = re.compile(rf",?\s+({MONTH_PATTERN}\s+[0-3]?\d(?:,?\s+\d{{4}})?)\b", re.I)


#: Verbs whose complement lies ahead ("is expected to", "plans to", "scheduled for").
_AHEAD_VERBS = frozenset("expect plan schedule set due intend aim hope promise prepare propose vow".split())
_BACK_WORDS = re.compile(r"\b(?:last|previous|past|ago|yesterday|earlier)\b", re.I)
_PAST_AUX = frozenset(("had", "was", "were"))
_MONTH_WORD = re.compile(rf"\b{MONTH_NAME}\b", re.I)
_AHEAD_WORDS = re.compile(r"\b(?:will|'ll|shall|next|coming|upcoming|until|till|by|later|due|scheduled)\b", re.I)


def looks_ahead(ent: Span) -> bool:
    """Does the date phrase ``ent`` refer to a time after the text was written?

    Read from its clause: the verb it hangs on in the future ("will meet on Jan. 5", "is
    expected to vote in March", "due on Monday") or a word before it that looks ahead
    ("until March", "by Friday", "next Tuesday").
    """
    doc = ent.doc
    if _BACK_WORDS.search(ent.text) and not _MONTH_WORD.search(ent.text):
        return False  # "meant to close last Monday": told as before publication ("the last week of June" is not)
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
        told = head.head if head.dep_ == "acomp" else head  # "had been due to": the tense of "been"
        if told.tag_ == "VBD" or any(c.lower_ in _PAST_AUX and c.dep_ in ("aux", "auxpass") for c in told.children):
            return False  # "had been meant to end on Monday": a plan told of the past
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and t.dep_ == "xcomp":
            return True  # "is to resume on Tuesday": a plan
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


#: Verbs that move a date ("extended to Nov. 16", "postponed until March"): the date they move to
#: is no time of the past clause.
_MOVE_VERBS = frozenset("extend postpone delay defer adjourn push move reschedule".split())
#: Verbs that set a date ("picked May 3 as its final day").
_SET_VERBS = frozenset("set schedule fix pick choose name".split())
#: Nouns a date is the term of ("stock of record Nov. 30", "the deadline of May 1").
_TERM_NOUNS = frozenset("record deadline expiration maturity".split())


def _scheduled(ent: Span) -> bool:
    """Is ``ent`` a term the clause sets rather than the time it tells of: the date of an
    adjective ("payable Dec. 7", "effective Feb. 1"), of a term noun ("of record Nov. 30"), the
    end a date is moved to ("extended through January"), or the object of a verb that sets
    it ("set May 1 as the last day")? The tense of such a clause says nothing of the date."""
    doc = ent.doc
    if re.search(r"\b(?:payable|effective|due|record|deadline|expiring|maturing)\s*$",
                 doc[max(ent.sent.start, ent.start - 2):ent.start].text, re.I):
        return True
    root = ent.root
    head = root.head
    if head.i == root.i:
        return False
    if head.pos_ == "ADJ" or head.lower_ in _TERM_NOUNS:
        return True
    if root.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in _SET_VERBS:
        return True
    t = root
    for _ in range(4):  # "extended the offer until 5 p.m. on Nov. 9": up to the preposition
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "through", "until", "till", "into"):
            return t.head.head.lemma_.lower() in _MOVE_VERBS
        t = t.head
    return False


def _told_as_past(ent: Span) -> bool:
    """Is the clause of ``ent`` in the past tense ("met on March 3", "had voted in May")? A
    participle without auxiliary tells it by its own form ("products launched in April") or
    takes the tense of the clause it hangs on ("rising to $40 in June")."""
    if _scheduled(ent):
        return False
    t = _governor(ent)
    for _ in range(3):
        if t.pos_ not in ("VERB", "AUX"):
            return False
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
            return True
        if aux or t.tag_ not in ("VBG", "VBN"):
            return False
        if t.tag_ == "VBN" and t.dep_ == "acl":
            return True  # "the products launched in April"
        if t.dep_ not in ("advcl", "xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _start_of(ref: TimeRef) -> dt.date | None:
    return start_of(ref.value) if ref.granularity in ("day", "month") else None


_COUNT = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
#: "a year earlier", "year-earlier", "the previous year", "the year before": a year before the
#: time the sentence tells of (its own full date), else before publication.
_YEAR_BEFORE = re.compile(r"\b(?:(?:a|one|the)\s+year\s+(?:earlier|before|previously|prior)|year[- ](?:earlier|ago)"
                          r"|the\s+(?:previous|prior|preceding)\s+year)\b", re.I)
#: "the year", "the full year", "the fiscal year", "year-end", "the year's end", "earlier in the
#: year": the year the sentence tells of (a year it writes before), else the year of publication.
_THE_YEAR = re.compile(r"(?:\bthe\s+(?:(?:full|whole|entire|fiscal|calendar)\s+)*year\b(?!['’]?\s*-|\s+(?:earlier|before"
                       r"|ago|after|later|prior|previously|ended|ending|ends|to)\b)|\byear['’]?s?[- ]end\b|\byear['’]s\s+end\b)", re.I)
#: Where "the year" alone is this year without a year written before it: a part of it ("later in
#: the year"; its start, its close, its first ten months) or a year of accounts
#: ("the full year", "the fiscal year", "year-end"). Bare "the year" is as often any year ("three
#: visits throughout the year", "$50 for the year").
_THIS_YEAR_ALONE = re.compile(
    r"\b(?:full|whole|entire|fiscal|calendar)\s+year\b|\byear['’]?s?[- ]end\b|\byear['’]s\s+end\b"
    r"|\b(?:earlier|later)\s+in\s+the\s+year\b|\b(?:end|rest|start|beginning|balance|remainder)\s+of\s+the\s+year\b"
    r"|\b(?:first|last|second|third|fourth)\s+(?:\w+\s+)?(?:months?|weeks?|quarters?|half)\s+of\s+the\s+year\b", re.I)
#: "that year", "the same month", "the following month", "the next day", "the day before", "two
#: weeks later": counted from a date the text wrote before; nothing without one.
_ANCHORED = re.compile(
    r"^(?:(?:in|on|by|during|of|for|at)\s+)?(?:(?P<that>that|the\s+same)\s+(?P<u1>day|week|month|year)"
    r"|the\s+(?P<dir1>following|next|previous|prior|preceding)\s+(?P<u2>day|week|month|year)"
    r"|the\s+(?P<u3>day|week|month|year)\s+(?P<dir3>before|after)"
    rf"|{_COUNT}\s+(?P<u4>day|week|month|year)s?\s+(?P<dir4>later|earlier|after|before))$", re.I)
#: "the previous Friday", "the following Monday": a weekday before or after another day the text told of.
_WEEKDAY_FROM = re.compile(r"(?:(?:on|by|until)\s+)?the\s+(?P<way>previous|preceding|prior|following|next)\s+"
                           r"(?P<wd>" + "|".join(WEEKDAYS) + r")", re.I)
#: A date the text writes out: a month's name or a year.
_EXPLICIT = re.compile(rf"\b{MONTH_NAME}\b|\b(?:1[89]|20)\d\d\b", re.I)
_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}


def _anchor(ent: Span, published: dt.date | None, sentences: int, days: bool = False) -> TimeRef | None:
    """The last date written out (a month's name or a year) before ``ent`` in its sentence or
    the ``sentences`` before it, resolved in its own context; with ``days`` the last day of
    any kind ("Friday", "yesterday" too)."""
    doc = ent.doc
    first = ent.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for other in reversed([e for e in doc.ents if first <= e.start and e.end <= ent.start]):
        if other.label_ != "DATE" or not (days or _EXPLICIT.search(other.text)) or _THE_YEAR.search(other.text):
            continue
        ref = resolve_in_context(other, published)
        if ref is not None and ref.resolved and ref.granularity in (("day",) if days else ("day", "month", "year")):
            return ref
    return None


def _shift(ref: TimeRef, unit: str, n: int, keep: bool = False) -> tuple[str, str] | None:
    """``ref`` moved by ``n`` units, told in the unit ("the following month" of a day is a month),
    or with ``keep`` in the finer of its granularity and the unit's ("a year earlier" than a day
    is a day)."""
    day = start_of(ref.value)
    if day is None:
        return None
    gran = ref.granularity
    if unit == "year":
        if gran == "year" or not keep:
            return f"{day.year + n:04d}", "year"
        if gran == "month":
            return f"{day.year + n:04d}-{day.month:02d}", "month"
        try:
            return day.replace(year=day.year + n).isoformat(), "day"
        except ValueError:  # 29 February
            return dt.date(day.year + n, 2, 28).isoformat(), "day"
    if unit == "month":
        if gran == "year":
            return None
        y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
        return f"{y:04d}-{m + 1:02d}", "month"
    if gran != "day":
        return None
    if unit == "week":
        iso = (day + dt.timedelta(weeks=n)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    return (day + dt.timedelta(days=n)).isoformat(), "day"


def _anaphoric(ent: Span, published: dt.date | None) -> TimeRef | None:
    """A date told from another one: "a year earlier", "the year", "that year", "the following
    month", "two days later". Counted from the last date the text wrote out before (in the
    sentence for "a year earlier" and "the year", in the three sentences before for the others);
    "a year earlier" and "the year" without one are counted from publication, the others are
    left alone (None)."""
    text = ent.text
    if published is None or _EXPLICIT.search(text):
        return None

    def ref(value: str, gran: str) -> TimeRef:
        return TimeRef(text, ent.start_char, ent.end_char, value, gran, True)  # type: ignore[arg-type]

    m = _WEEKDAY_FROM.fullmatch(text.strip())
    if m:  # "the previous Friday": the Friday before the day the text told of last
        anchor = _anchor(ent, published, 10, days=True)
        day = start_of(anchor.value) if anchor is not None else None
        if day is None:
            return None
        wanted = WEEKDAYS.index(m["wd"].lower())
        if m["way"].lower() in ("previous", "preceding", "prior"):
            day -= dt.timedelta(days=(day.weekday() - wanted) % 7 or 7)
        else:
            day += dt.timedelta(days=(wanted - day.weekday()) % 7 or 7)
        return ref(day.isoformat(), "day")
    m = _ANCHORED.search(text.strip())
    if m:
        unit = m["u1"] or m["u2"] or m["u3"] or m["u4"]
        way = (m["dir1"] or m["dir3"] or m["dir4"] or "").lower()
        n = 0 if m["that"] else 1 if not m["n"] else int(m["n"]) if m["n"].isdigit() else _NUMBERS.get(m["n"].lower(), 1)
        if way in ("previous", "prior", "preceding", "before", "earlier"):
            n = -n
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in ("over", "within", "throughout", "through", "for") and way in ("next", "following"):
            return None  # "over the next year": a span to come
        if unit.lower() != "year" or n != -1:  # "the year before" is read as "a year earlier" below
            anchor = _anchor(ent, published, 3)
            shifted = _shift(anchor, unit.lower(), n) if anchor is not None else None
            return ref(*shifted) if shifted else None
    if _YEAR_BEFORE.search(text):
        anchor = _anchor(ent, published, 0)
        if anchor is not None and not re.search(r"\bago\b", text, re.I):
            shifted = _shift(anchor, "year", -1, keep=True)
            if shifted:
                return ref(*shifted)
        return ref(f"{published.year - 1:04d}", "year")
    if _THE_YEAR.search(text) and not re.search(r"\b(?:past|last|next|coming|first|latest|previous)\s+(?:\w+\s+)?year\b",
                                                text, re.I):
        nxt = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if nxt in ("since", "that", "when", "in", "after", "before") or re.search(r"\bYear\b", text):
            return None  # "in the year since the flood" is a span; "the Year" a title
        if nxt in ("prior", "earlier", "previously"):  # "down from the year prior": as "a year earlier"
            anchor = _anchor(ent, published, 0)
            return ref(f"{int(anchor.value[:4]) - 1 if anchor is not None else published.year - 1:04d}", "year")
        anchor = _anchor(ent, published, 0)
        if anchor is None and not _THIS_YEAR_ALONE.search(text):
            return None
        year = int(anchor.value[:4]) if anchor is not None else published.year
        if anchor is None and re.search(r"\bsince\b", ent.doc[max(ent.sent.start, ent.start - 2):ent.start].text, re.I):
            year -= 1  # "since year-end": the last one
        return ref(f"{year:04d}", "year")
    return None


def _nearer_ahead(back: TimeRef, ahead: TimeRef, published: dt.date) -> bool:
    """Is ``ahead`` nearer to publication than ``back``? Months are counted in months, so that
    a month as far ahead as back is the one before (news tells more of the past)."""
    a, b = _start_of(back), _start_of(ahead)
    if a is None or b is None:
        return False
    if back.granularity == "month":
        month = published.year * 12 + published.month
        return (b.year * 12 + b.month) - month < month - (a.year * 12 + a.month)
    return (b - published).days < (published - a).days


_RANGE_WORDS = frozenset(("through", "thru", "until", "till", "to"))
#: The start of a range a date phrase can be read alone from: a number, a month, a weekday, a day word.
_READ_ALONE = re.compile(rf"\d|\b(?:{MONTH_NAME}|today|yesterday|tomorrow)\b"
                         r"|" + _WEEKDAY.pattern, re.I)


def _span_to_read(ent: Span) -> Span:
    """The part of the parse to read as the date: a unit with the "this"/"last"/"next" the parse
    left before it ("This year's results" tagged "year"); else ``ent`` itself."""
    doc = ent.doc
    if ent.start > ent.sent.start and doc[ent.start - 1].lower_ in ("this", "last", "next") \
            and re.fullmatch(r"(?:year|month|week)(?:['’]s)?", ent.text.strip(), re.I):
        return doc[ent.start - 1:ent.end]
    return ent


def _reading(ent: Span) -> str:
    """The words to resolve for ``ent``: the start of a range ("today through Nov. 17" is read
    from "today"); a bare "May" after a preposition as the month (the parse tagged it a date,
    and "may" alone is mostly the verb); else its text."""
    doc = ent.doc
    for t in ent:
        if ent.start < t.i < ent.end - 1 and t.lower_ in _RANGE_WORDS:
            first = doc[ent.start:t.i].text
            if _READ_ALONE.search(first) and not re.search(r"\b(?:year|quarter|half|months?|period)\s*$", first, re.I):
                return first
            break
    if ent.text.strip() == "May" and ent.start > ent.sent.start and doc[ent.start - 1].lower_ in (
            "in", "since", "until", "till", "by", "during", "through", "from", "of", "before", "after", "to"):
        return "in May"
    return ent.text


_MONTH_DAY = re.compile(rf"\b({MONTH_PATTERN})\s+([0-3]?\d)\b(?!,?\s*\d{{4}})", re.I)


def _day_of_weekday(text: str, published: dt.date) -> dt.date | None:
    """The day a weekday and a month's day without a year ("Friday, Dec. 6") tell together: of
    the year before publication, its own or the next, the nearest where that day is that weekday;
    None when the text writes no such pair or a year."""
    wd, md = _WEEKDAY.search(text), _MONTH_DAY.search(text)
    if wd is None or md is None or _YEAR.search(text):
        return None
    month = MONTHS.get(md[1].rstrip(".").lower())
    wanted = WEEKDAYS.index(wd[0].lower())
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            day = dt.date(year, month, int(md[2]))
        except (TypeError, ValueError):
            continue
        if day.weekday() == wanted:
            days.append(day)
    return min(days, key=lambda d: abs((d - published).days)) if days else None


def resolve_in_context(ent: Span, published: dt.date | None) -> TimeRef | None:
    """Resolve the date entity ``ent`` of a parsed text, ahead or back as its clause says.

    A date without a year or a weekday in a clause that looks ahead (:func:`looks_ahead`) is
    the next such day on or after publication ("will meet on Monday"); in a clause told in the
    past it is the last one before; a date with no tense to go by ("the vote on March 30") is
    the nearer of the two. A weekday without tense is the last one (news tells what happened).
    """
    if published is not None and not plausible(published):
        published = None
    ent = _span_to_read(ent)
    try:
        told = _anaphoric(ent, published)
    except (OverflowError, ValueError):  # counted out of the calendar ("Dec. 30, 9999 ... five days later")
        told = None
    if told is not None:
        return told
    ahead = published is not None and looks_ahead(ent)
    reading = _reading(ent)
    ref = resolve_time(reading, ent.start_char, ent.end_char, published, forward=ahead)
    if ref is not None and reading != ent.text:
        ref = TimeRef(ent.text, ent.start_char, ent.end_char, ref.value, ref.granularity, ref.resolved)
    if ref is not None and ref.granularity == "day" and published is not None and _WEEKDAY.search(ent.text):
        m = _DAY_AFTER.match(doc_text(ent.doc), ent.end_char) if _WEEKDAY.fullmatch(ent.text.strip()) else None
        day = _day_of_weekday(ent.text + (m[0] if m else ""), published)
        if day is not None:  # "Friday, Oct. 13": the day written with the weekday
            return TimeRef(ref.text, ref.start, ref.end, day.isoformat(), "day", True)
    if (published is not None and not ahead and ref is not None and ref.resolved
            and ref.granularity in ("day", "month") and not _YEAR.search(ent.text)
            and not re.search(r"\d{4}|\b(?:last|this|next|ago|yesterday|today)\b", ent.text, re.I)
            and not _WEEKDAY.search(ent.text) and not _told_as_past(ent)):
        # neither ahead nor past ("the vote on March 30"): the nearer of the two
        fwd = resolve_time(reading, ent.start_char, ent.end_char, published, forward=True)
        if fwd is not None and _nearer_ahead(ref, fwd, published):
            ref = TimeRef(ent.text, ent.start_char, ent.end_char, fwd.value, fwd.granularity, fwd.resolved)
    if ahead and ref is not None and ref.resolved and ref.granularity == "day" and ref.value \
            and _WEEKDAY.search(ref.text) and ref.value < published.isoformat():
        day = start_of(ref.value)
        if day is not None:
            ref = TimeRef(ref.text, ref.start, ref.end, (day + dt.timedelta(days=7)).isoformat(), "day", True)
    return ref
