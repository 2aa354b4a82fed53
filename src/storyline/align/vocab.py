"""The English words alignment relies on, and the look-ups over them (align stage).

Alignment reads what a figure counts from its measure phrase (:mod:`storyline.extract.measure`)
and its sentence; the words it needs for that live in :mod:`storyline.lang.en` and are
re-exported here under their alignment names:

- :data:`EVENTS`: the events that count people (killed, wounded, arrested...), each with
  its synonyms, and :data:`WIDER`: which event counts a wider scope than which
  ("killed or wounded" holds "killed" and "wounded");
- :data:`UNITS`: units of measure as a dimension and a factor to the dimension's base unit,
  so that "40 metres" and "131 feet", "50 hours" and "two days" are comparable;
- :data:`GENERIC_HEADS`: measure heads that name a dimension or a bare count word, not what
  is measured ("duration", "distance", "run", "time"): two figures with such a head are the
  same measure only when their sentences say so;
- :data:`LENGTH_ASPECTS`: which length a word says (deep -> ``depth``, wide -> ``width``);
- :data:`OFFSET_WORDS` and :data:`POINT_BEFORE`: the words that make a length of time an
  offset from another moment ("two days *before*"), a count a point within a process ("*after*
  four innings"); :data:`EDGE_OF_PERIOD`: the words that make a length of time the stretch at
  one end of an event, an offset from it ("the *last* 11 days *of* the campaign");
- :data:`SEVERITY_WORDS`: how gravely people were hurt ("life-threatening" -> ``critically``):
  a count of the wounded that names it counts a part of the wounded;
- :data:`HEAD_SYNONYMS`: heads that name the same thing ("female" is compared as "woman");
  :data:`ANYONE_HURT`: nouns that count whoever a harm befell and name no kind of person
  ("patients", "victims");
- :data:`PERSON_NOUNS`: nouns for a person an age belongs to, when the parse named none;
- :data:`ORDINAL_WORDS`, :data:`ORDINAL_TEXT`: ordinal words ("eighth") and texts ("14th"): a
  number that says which one, not how many;
- :data:`SHARE_WORDS`: words that name only a share ("percent", "percentage points"): a share
  whose measure phrase says nothing more, and whose next word is not one of :data:`SHARE_OF`
  ("18 percent *of* the votes") followed by a word of :data:`OBJECT_PRONOUNS` or none, does not
  say what it is a share of;
- :data:`PARTITIVE_DETERMINERS`: words after "of" that make a count a part of a group ("12,000
  of the casualties are children");
- :data:`INCREMENT_WORDS`: words next to a number that make it more on top of another count
  ("another 20", "two additional sentences"): an increment, not the total; :data:`PAYMENT_FORMS`:
  the forms a sum is paid in ("$40 million *in cash*"): the part paid in that form, not the whole;
- :data:`STOP`: words that carry no meaning of the measure, left out of the context of a figure;
  :data:`FILLER_WORDS`: adverbs and prepositions beyond them, left out of the words that tell
  two tracked figures' labels apart;
- :data:`CHANGE_WORDS`: words of change that link two values of one measure in one sentence
  ("rose from two to six");
- :data:`PREDICATE_CLASSES`: verbs that say what happened to what is counted, by class beyond
  :data:`EVENTS` ("hit", "struck"; "flattened", "razed"), with :data:`LIGHT_VERBS` (which say
  nothing of it: "had", "was"), :data:`AUXILIARY_WORDS` (between a noun and its verb),
  :data:`IRREGULAR_VERBS` and :data:`NOT_VERBS` (words in -ed or -ing that are not verbs);
  :func:`predicate_class` names the class of a verb, else its stem; :data:`NOT_IN_NOUN_PHRASE`:
  words no noun phrase runs through (question words, negated auxiliaries, common verbs), for
  the words that tell two tracked figures' labels apart;
- :data:`OBJECT_OPENERS`: words that open a noun phrase as a verb's object (a word right before
  one is that verb, not a word of the noun phrase counted: "became *a* tie"), and
  :data:`TIME_NOUNS`: nouns of time, which a clause with no "that" may follow ("the day the war
  began");
- :data:`OTHER_OCCASION`: words that, before a noun, name another occasion of its kind
  ("another school", "an earlier raid");
- :data:`CAUSE_PREPOSITIONS` and :data:`NOT_CAUSES`: the prepositions that, after the event
  that counts people, name its cause ("killed *by* friendly fire"), and the words after them
  that name none ("in recent days", "in total"); :data:`CAUSE_PHRASE_END`: words that end the
  phrase of a cause ("in a crash *near* the town").
"""

from __future__ import annotations

import re

from storyline.lang.en import (  # the English words alignment reads
    ANYONE_HURT,
    CHANGE_WORDS,
    EDGE_OF_PERIOD,
    EVENT_MODIFIERS,
    EVENTS,
    FILLER_WORDS,
    GENERIC_HEADS,
    HARM_EVENTS,
    STATE_NOUNS,
    TALLY_WORDS,
    TOLL_EVENTS,
    HEAD_SYNONYMS,
    AUXILIARY_WORDS,
    CAUSE_PHRASE_END,
    CAUSE_PREPOSITIONS,
    INCREMENT_WORDS,
    IRREGULAR_VERBS,
    LENGTH_ASPECTS,
    LIGHT_VERBS,
    NEGATIONS,
    NOT_CAUSES,
    NOT_IN_NOUN_PHRASE,
    NOT_VERBS,
    OBJECT_OPENERS,
    OBJECT_PRONOUNS,
    OFFSET_WORDS,
    ORDINAL_TEXT,
    ORDINAL_WORDS,
    OTHER_OCCASION,
    PARTITIVE_DETERMINERS,
    PAYMENT_FORMS,
    PERSON_NOUNS,
    POINT_BEFORE,
    PREDICATE_CLASSES,
    SEVERITY_WORDS,
    SHARE_OF,
    SHARE_WORDS,
    TIME_NOUNS,
    WIDER,
)
from storyline.lang.en import MEASURE_UNITS as UNITS
from storyline.lang.en import STOP_WORDS as STOP

__all__ = ["ANYONE_HURT", "AUXILIARY_WORDS", "CAUSE_PHRASE_END", "CAUSE_PREPOSITIONS", "CHANGE_WORDS", "EDGE_OF_PERIOD", "EVENT_MODIFIERS", "EVENTS", "FILLER_WORDS", "GENERIC_HEADS",
           "HARM_EVENTS", "HEAD_SYNONYMS", "INCREMENT_WORDS", "IRREGULAR_VERBS", "LENGTH_ASPECTS", "LIGHT_VERBS",
           "NOT_CAUSES", "NOT_IN_NOUN_PHRASE", "NOT_VERBS", "OBJECT_OPENERS", "OBJECT_PRONOUNS", "OFFSET_WORDS", "ORDINAL_TEXT", "ORDINAL_WORDS", "OTHER_OCCASION",
           "NEGATIONS", "PARTITIVE_DETERMINERS",
           "PAYMENT_FORMS", "PERSON_NOUNS", "POINT_BEFORE", "PREDICATE_CLASSES", "SEVERITY_WORDS", "SHARE_OF",
           "SHARE_WORDS", "STATE_NOUNS", "STOP", "TALLY_WORDS", "TIME_NOUNS", "TOLL_EVENTS",
           "UNITS", "WIDER", "event_of", "is_currency", "is_verb", "predicate_class", "unit_of"]


def event_of(word: str) -> str | None:
    """The event a word states ("deaths" -> ``killed``), or None."""
    w = word.lower()
    for name, words in EVENTS.items():
        if w in words:
            return name
    return None


def unit_of(word: str | None) -> tuple[str, float] | None:
    """The dimension and base factor of a unit or unit word ("feet" -> ("length", 0.3048))."""
    if not word:
        return None
    return UNITS.get(word) or UNITS.get(word.lower())


def is_currency(unit: str | None) -> bool:
    """Whether a unit is a sum of money: a currency code, alone or per something ("USD",
    "EUR/month")."""
    return bool(unit) and re.fullmatch(r"[A-Z]{3}(?:/.*)?", unit) is not None


def is_verb(word: str) -> bool:
    """Whether a word reads as a verb that can say what happened to what is counted: a word of
    :data:`EVENTS` or :data:`PREDICATE_CLASSES`, a common irregular past ("hit", "lost"), or a
    word in -ed or -ing that is not one of :data:`NOT_VERBS` ("loaded", "working"); never a
    light verb ("had")."""
    w = word.lower()
    if w in LIGHT_VERBS or w in NOT_VERBS:
        return False
    if w in IRREGULAR_VERBS or w in _PREDICATE_WORDS:
        return True
    if w in _EVENT_WORDS and w.endswith(("ed", "ing", "t")):
        return True
    return len(w) > 4 and w.endswith(("ed", "ing"))


#: Every word of :data:`PREDICATE_CLASSES` and of :data:`EVENTS`, for :func:`is_verb` (asked
#: of every word a ledger label reads).
_PREDICATE_WORDS = frozenset().union(*PREDICATE_CLASSES.values())
_EVENT_WORDS = frozenset().union(*EVENTS.values())


def predicate_class(word: str) -> str:
    """The class of a verb: its event ("killing" -> ``killed``), its class of
    :data:`PREDICATE_CLASSES` ("flattened" -> ``destroyed``), else its stem ("loaded" and
    "loading" -> ``load``)."""
    w = word.lower()
    for name, words in EVENTS.items():
        if w in words:
            return name
    for name, words in PREDICATE_CLASSES.items():
        if w in words:
            return name
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w
