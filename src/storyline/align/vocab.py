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
- :data:`HEAD_SYNONYMS`: heads that name the same thing ("female" is compared as "woman");
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
  ("another 20", "two additional sentences"): an increment, not the total;
- :data:`STOP`: words that carry no meaning of the measure, left out of the context of a figure;
  :data:`FILLER_WORDS`: adverbs and prepositions beyond them, left out of the words that tell
  two tracked figures' labels apart;
- :data:`CHANGE_WORDS`: words of change that link two values of one measure in one sentence
  ("rose from two to six").
"""

from __future__ import annotations

from storyline.lang.en import (  # the English words alignment reads
    CHANGE_WORDS,
    EDGE_OF_PERIOD,
    EVENTS,
    FILLER_WORDS,
    GENERIC_HEADS,
    HARM_EVENTS,
    HEAD_SYNONYMS,
    INCREMENT_WORDS,
    LENGTH_ASPECTS,
    OBJECT_PRONOUNS,
    OFFSET_WORDS,
    ORDINAL_TEXT,
    ORDINAL_WORDS,
    PARTITIVE_DETERMINERS,
    PERSON_NOUNS,
    POINT_BEFORE,
    SHARE_OF,
    SHARE_WORDS,
    WIDER,
)
from storyline.lang.en import MEASURE_UNITS as UNITS
from storyline.lang.en import STOP_WORDS as STOP

__all__ = ["CHANGE_WORDS", "EDGE_OF_PERIOD", "EVENTS", "FILLER_WORDS", "GENERIC_HEADS", "HARM_EVENTS", "HEAD_SYNONYMS",
           "INCREMENT_WORDS", "LENGTH_ASPECTS",
           "OBJECT_PRONOUNS", "OFFSET_WORDS", "ORDINAL_TEXT", "ORDINAL_WORDS", "PARTITIVE_DETERMINERS",
           "PERSON_NOUNS", "POINT_BEFORE", "SHARE_OF", "SHARE_WORDS", "STOP", "UNITS", "WIDER", "event_of", "unit_of"]


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
