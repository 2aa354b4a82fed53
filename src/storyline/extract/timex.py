"""Resolves the date phrases of a parsed text, ahead or back as their clause says (extract
stage, step 4).

The expression itself is resolved by :func:`storyline.dates.resolve_time` ("Nov. 12", "on
Tuesday", "last month" against the publication date); this module reads the parse around it:
:func:`looks_ahead` says whether the clause looks ahead ("will meet on Monday", "until
March"), and :func:`resolve_in_context` picks the direction from that, from the tense, or
the nearer of the two.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from storyline.dates import WEEKDAYS, plausible, resolve_time, start_of
from storyline.model import TimeRef

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

__all__ = ["looks_ahead", "resolve_in_context"]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)


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
    return start_of(ref.value) if ref.granularity in ("day", "month") else None


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
        day = start_of(ref.value)
        if day is not None:
            ref = TimeRef(ref.text, ref.start, ref.end, (day + dt.timedelta(days=7)).isoformat(), "day", True)
    return ref
