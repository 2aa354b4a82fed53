"""The English words alignment relies on, in one place (align stage).

Alignment reads what a figure counts from its measure phrase (:mod:`storyline.extract.measure`)
and its sentence; the words it needs for that are listed here and nowhere else:

- :data:`EVENTS`: the events that count people (killed, wounded, arrested...), each with
  its synonyms, and :data:`WIDER`: which event counts a wider scope than which
  ("killed or wounded" holds "killed" and "wounded");
- :data:`UNITS`: units of measure as a dimension and a factor to the dimension's base unit,
  so that "40 metres" and "131 feet", "50 hours" and "two days" are comparable;
- :data:`GENERIC_HEADS`: measure heads that name a dimension or a bare count word, not what
  is measured ("duration", "distance", "run", "time"): two figures with such a head are the
  same measure only when their sentences say so;
- :data:`STOP`: words that carry no meaning of the measure, left out of the context of a figure;
- :data:`CHANGE_WORDS`: words of change that link two values of one measure in one sentence
  ("rose from two to six").
"""

from __future__ import annotations

__all__ = ["CHANGE_WORDS", "EVENTS", "GENERIC_HEADS", "HARM_EVENTS", "STOP", "UNITS", "WIDER", "event_of", "unit_of"]

#: event -> words (forms of verbs, nouns and adjectives) that state it.
EVENTS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) for name, words in {
        "killed": "killed kill kills killing dead death deaths die died dies dying fatality fatalities "
                  "fatal toll lives slain perished",
        "wounded": "wounded wound wounds injured injure injuries injury hurt harmed",
        "casualties": "casualty casualties losses",
        "arrested": "arrested arrest arrests detained detain detainees detention",
        "evacuated": "evacuated evacuate evacuation evacuees displaced fled flee refugees",
        "trapped": "trapped stranded buried",
        "missing": "missing unaccounted",
        "rescued": "rescued rescue saved",
        "deployed": "deployed deploy deployment sent dispatched stationed",
        "shot": "shot shooting gunshot",
        "captured": "captured capture prisoners prisoner pows",
    }.items()
}
#: Events that make a count of people or things a count of its own (killed soldiers are not troops).
HARM_EVENTS: frozenset[str] = frozenset(
    "killed wounded casualties arrested evacuated trapped missing rescued shot captured".split())
#: event -> the narrower events it holds.
WIDER: dict[str, frozenset[str]] = {"casualties": frozenset({"killed", "wounded"})}

#: unit -> (dimension, factor to the base unit of the dimension).
UNITS: dict[str, tuple[str, float]] = {
    # length, base metre
    "m": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0), "meter": ("length", 1.0),
    "meters": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001),
    "mi": ("length", 1609.34), "mile": ("length", 1609.34), "miles": ("length", 1609.34),
    "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "yard": ("length", 0.9144), "yards": ("length", 0.9144),
    # time, base hour
    "second": ("time", 1 / 3600), "minute": ("time", 1 / 60), "hour": ("time", 1.0), "day": ("time", 24.0),
    "week": ("time", 168.0), "month": ("time", 730.0), "year": ("time", 8766.0),
    # area, base km2
    "km2": ("area", 1.0), "mi2": ("area", 2.58999), "m2": ("area", 1e-6), "ha": ("area", 0.01),
    "acre": ("area", 0.00404686),
    # mass, base kg
    "kg": ("mass", 1.0), "g": ("mass", 0.001), "t": ("mass", 1000.0), "lb": ("mass", 0.453592),
    # speed, base km/h
    "km/h": ("speed", 1.0), "mph": ("speed", 1.60934), "kn": ("speed", 1.852),
    "%": ("share", 1.0), "pp": ("share", 1.0),
}

#: Heads that say what dimension is measured, or a bare count word, but not of what.
GENERIC_HEADS: frozenset[str] = frozenset(
    "duration distance age area weight speed temperature percent money volume power count time times "
    "year years day days number total run runs game games point points out outs one people person "
    "man men woman women thing way part share".split())

#: Words left out of a figure's context.
STOP: frozenset[str] = frozenset("""
a an the and or but of to in on at by for from with as into onto over under about around some nearly
almost roughly approximately more than less fewer least most at up down than then that this these those
there their they them he she his her him it its we our us you your i me my was were is are be been being
has have had having do does did will would could should may might can said says say told tell according
also just only very so such not no nor who whom whose which what when where while after before since
until during out off again once all any both each every other another same own new last first next one
two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand
thousands million millions billion several half mr mrs ms s t it's its' de la
""".split())

#: Words that say one value changed into another within a sentence.
CHANGE_WORDS: frozenset[str] = frozenset(
    "rose risen rise rises grew grown climbed jumped increased fell fallen dropped declined decreased "
    "revised raised lowered updated earlier previously initially later now since still".split())


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
