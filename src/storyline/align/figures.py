"""Tracked figures: the figures of one story that measure the same thing (align stage).

Alignment is a clustering of the story's figures under hard constraints. Each figure's
structured :class:`~storyline.align.measure.Measure` is read first (event, holder,
dimension, context). Two figures can be the same tracked figure only when they have

- the same normalised measure head (``personnel``, ``killed``, ``casualties``...; see
  :mod:`storyline.extract.measure`; people counted by a harm event are that event:
  "3,000 soldiers killed or wounded" are casualties, not troops) and the same dimension
  (metres and feet, hours and days compare in a base unit): "killed" and "casualties"
  (killed or wounded) are different tracked figures, set side by side by a ``scope`` finding;
- the same *party*, whose people or things are counted: "North Korean troops" and
  "troops" that "North Korea has dispatched" are North Korea's, the 50,000 soldiers that
  "Russia has assembled" are Russia's. The party comes from the measure phrase, else from
  the nearest country or demonym before the number in its sentence, never from the name
  of the source ("according to *Ukrainian* intelligence"), from a destination ("sent
  *to Russia*") or from a plural demonym that ends a name (a team: "the Springfield
  *Russians*"). A figure whose party the text does not say joins the group of the same
  head and unit whose values are closest to its own (on a log scale). Counts of those one
  harm left hurt to one grade ("one man critically injured", "two patients in critical
  condition") are named by the harm and the grade as troops by their party: one measure
  whatever noun counts them, unless their nouns name two kinds of people
  (:func:`one_grade_of_harm`);
- the same *action* when the sentence says one: missiles "shot down" or "destroyed" are
  not the missiles fired.

Within such a group, :func:`cannot_link` keeps apart figures of different holders or
events, counts of two occasions (one dated by its sentence to a past year, the other to its
article's time: "last year, a quake killed at least one person" is not this week's toll;
:func:`past_year`), the two values one source gives at one date in one article (unless
a change links them), and one value an article tells again of a new occasion ("once
again won nine seats": :func:`told_again`). A group whose head is generic ("duration", "run", "money") or that
holds such a pair is clustered on the words around each number (idf-weighted Dice): matching
sentences, more so when the values differ; where the evidence is weak a figure stays a
tracked figure of its own rather than being merged.

Where a place is named ("in the Kursk region", "to Russia", "at Riverside Hospital"), or
every place of a kind ("in all hospitals"), it is kept as the figure's scope: troops in
Kursk and troops sent to Russia are one tracked figure (the same deployment), and findings
note the difference (a ``scope`` finding where values would otherwise conflict). Figures
stated as hypothetical, forecast or negated are kept beside the group
(:attr:`TrackedFigure.excluded`, with the reason), never counted in it. Figures whose
measure the extractor could not name (head ``count``) belong to no tracked figure and are
returned apart, but for the sides of a score ("an 8-7 victory":
:attr:`~storyline.align.measure.Measure.score`), each side of one score a measure of its
own. A share that says neither what it is a share of nor whose ("about 23%":
:attr:`~storyline.align.measure.Measure.bare`) is weak evidence: it is a tracked figure of
its own, never joined to another (no agreement, update or conflict rests on it).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from storyline.align.measure import (
    NOUN_PHRASE_OPENERS,
    Measure,
    base_interval,
    companies_apart,
    groups_apart,
    compatible,
    content_words,
    context_idf,
    context_similarity,
    counting_event,
    group_head,
    measure_of,
    score_of,
    noun_offsets,
    plain_word,
    telling_words,
    value_slack,
    written_content_words,
)
from storyline.align.params import DEFAULT, AlignParams
from storyline.align.vocab import (
    ANYONE_HURT,
    CHANGE_WORDS,
    EVENTS,
    FILLER_WORDS,
    HARM_EVENTS,
    HEAD_SYNONYMS,
    IRREGULAR_VERBS,
    OFFSET_WORDS,
    STOP,
    TOLL_EVENTS,
    is_verb,
    unit_of,
)
from storyline.dates import MONTHS, WEEKDAYS, period_end, start_of
from storyline.lang.en import (  # the English words these rules read
    EARLIER_REPORT as _EARLIER_REPORT,
)
from storyline.lang.en import (
    DETERMINERS,
    IRREGULAR_PLURALS,
    LASTING_LINKS,
    LASTING_VERBS,
    LENGTH_ASPECTS,
    MODIFIER_STOPS,
    NEW_OCCASION_WORDS,
    NOT_THINGS,
    REPORTING_IRREGULAR_FORMS,
    REPORTING_VERBS,
    RUN_WORDS,
    SIZE_ADJECTIVES,
    SPAN_NOUNS,
)
from storyline.lang.en import (
    INTERCEPTED_WORDS as _ACTION_INTERCEPTED,
)
from storyline.lang.en import (
    PARTIES as _PARTIES,
)
from storyline.lang.en import (
    PERIOD_WORDS as _PERIOD,
)
from storyline.lang.en import (
    PLACE_NOUNS_AFTER as _PLACE_NOUNS,
    PLACE_PREPOSITIONS_BEFORE as _PLACE_PREPS,
)
from storyline.lang.en import (
    SCOPE_ALL as _SCOPE_ALL,
)
from storyline.lang.en import (
    SCOPE_PLACE as _SCOPE_PLACE,
)
from storyline.lang.en import SCOPE_PREPOSITIONS, SETTING_PREPOSITIONS, STOP_WORDS, TIME_PREPOSITIONS
from storyline.lang.en import COUNT_PATTERN, CURRENCY_WORDS, UNIT_WORDS
from storyline.model import Article, Figure, Quantity, TimeRef, TrackedFigure

__all__ = [
    "Alignment",
    "FigureProfile",
    "align_figures",
    "canonical_articles",
    "change_linked",
    "figure_date",
    "figure_when",
    "toll_as_known",
    "figure_source",
    "point",
    "profile",
    "stated_earlier",
]

#: Modalities that are not counted, and the reason recorded for each.
EXCLUDED_MODALITIES = {"hypothetical": "hypothetical", "forecast": "forecast", "negated": "negated"}

_PARTY_RE = re.compile(r"(?<![\w.])(" + "|".join(p for p, _ in _PARTIES) + r")(?![\w])(?:'s|’s)?", re.IGNORECASE)
_PARTY_OF = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), name) for p, name in _PARTIES]


def _party_name(word: str) -> str | None:
    w = re.sub(r"(?:'s|’s)$", "", word)
    for rx, name in _PARTY_OF:
        if rx.match(w):
            return name
    return None


@dataclass(frozen=True, slots=True)
class FigureProfile:
    """What alignment reads from one figure besides its head and unit.

    Attributes:
        party: whose people or things are counted, or None when the text does not say.
        action: ``intercepted`` for things shot down or destroyed, else ``""``.
        place: the place the figure counts in, named in the measure ("Kursk", "Russia"), else
            in the first words of the clause after its number ("were treated at Riverside
            Hospital"); every place of a kind ("all hospitals", "every station"); or ``""``
            (:func:`scope_place`).
        period: ``week``, ``day``, ``month``, ``weekend`` or ``overnight`` when the figure
            covers only that stretch of time ("in a single week"), else ``""``.
    """

    party: str | None
    action: str = ""
    place: str = ""
    period: str = ""


_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$")


def _in_name(text: str, m: re.Match, phrase: bool) -> bool:
    """Whether a plural demonym is the last word of a name ("the Springfield Rangers"-style
    team and club names: "the Springfield Russians"): right after a capitalised word that is no
    function word, not the first word of a sentence, nor a party word itself."""
    word = m.group(1)
    name = _party_name(word)
    if not word.endswith("s") or name is None or _party_name(word[:-1]) != name:
        return False  # not a plural demonym
    before = _NAME_WORD_BEFORE.search(text[:m.start()])
    if before is None or before.group(1).lower() in STOP_WORDS or _party_name(before.group(1)) is not None:
        return False
    return phrase or bool(text[:before.start()].strip())


def _mentions(text: str, base: int = 0, phrase: bool = False) -> list[tuple[int, str]]:
    """The parties a text mentions, with their offsets (``phrase``: ``text`` is a measure
    phrase, not the start of a sentence)."""
    out = []
    for m in _PARTY_RE.finditer(text):
        word = m.group(1)
        if word.lower() == "us" and word != "US":
            continue  # the pronoun "us"
        if _PLACE_PREPS.search(text[max(0, m.start() - 40):m.start()]) or _PLACE_NOUNS.match(text[m.end():m.end() + 20]):
            continue
        if _in_name(text, m, phrase):
            continue
        name = _party_name(word)
        if name:
            out.append((base + m.start(), name))
    return out


def profile(fig: Figure, article: Article | None) -> FigureProfile:
    """Read the party, action, place and period of a figure from its measure and sentence."""
    measure = fig.measure
    party = None
    ms = _mentions(measure, phrase=True)
    if ms:
        party = ms[0][1]
    text = article.text_of(fig) if article is not None else ""
    sent = text[fig.sentence_start:fig.sentence_end] if text else ""
    q = fig.quantity
    if party is None and sent:
        before = text[fig.sentence_start:q.start]
        norm = before.replace("’", "'").lower()
        spans = []
        for src in fig.attribution.sources:
            name = src.name.replace("’", "'").lower()
            for m in re.finditer(re.escape(name), norm) if name else ():
                spans.append((fig.sentence_start + m.start(), fig.sentence_start + m.end()))
        # not a mention inside the source's name ("according to Ukrainian intelligence")
        cands = [(pos, name) for pos, name in _mentions(before, fig.sentence_start)
                 if not any(a <= pos < b for a, b in spans)]
        if cands:
            party = cands[-1][1]
    action = ""
    if sent:
        lead = text[max(fig.sentence_start, q.start - 30):q.start]
        if _ACTION_INTERCEPTED.search(lead):
            action = "intercepted"
    place = scope_place(measure)
    if not place and sent:
        place = scope_place(_clause_after(text[q.end:fig.sentence_end]))
    if not place and sent:
        place = shared_place(text[q.end:fig.sentence_end])
    if not place and sent:
        place = coordinated_place(text[fig.sentence_start:q.start], text[q.end:fig.sentence_end]) or \
            places_before(text[fig.sentence_start:q.start]) or \
            antecedent_place(text[fig.sentence_start:q.start]) or \
            place_there(text[max(0, fig.sentence_start - 400):fig.sentence_start], text[q.end:fig.sentence_end])
    per = _PERIOD.search(measure)
    period = next((g for g in per.groups() if g), "").lower() if per else ""
    return FigureProfile(party=party, action=action, place=place, period=period)


_CLAUSE_END = re.compile(r"[,;:.()—]|\b(?:and|but|while|after|before|as|since|who|which|that|where|when|whose|"
                         r"because|though|although|if)\b")


def _clause_after(rest: str, words: int = 8) -> str:
    """The first words of the clause that follows a number ("were treated at Riverside Hospital")."""
    return " ".join(_CLAUSE_END.split(rest, maxsplit=1)[0].split()[:words])


def _date_word(word: str) -> bool:
    """A month or a weekday ("November", "Sunday's"): a date, not a place."""
    w = re.sub(r"['’]s$", "", word.lower().rstrip("."))
    return w in MONTHS or w in WEEKDAYS


#: "and" right before a count, with at most a participle and a word of size between ("and 40
#: were hurt", "and more than 40 were hurt", "and injuring 40"): the count's clause is coordinated
#: with the clause before it and says nothing of its own first.
_AND_BEFORE = re.compile(r"\band\s+(?:[a-z]+(?:ed|ing)\s+)?(?:(?:more|fewer|less)\s+th[ae]n\s+|at\s+least\s+|"
                         r"(?:about|some|nearly|almost|over|around|roughly|another)\s+|up\s+to\s+)?$")
#: Words after a count that give it a scope of its own, wider than a place ("40 were hurt
#: *nationwide*", "*across* the country", "*in all*").
_OWN_SCOPE = re.compile(r"\b(?:nationwide|countrywide|worldwide|statewide|elsewhere|across|throughout|overall|"
                        r"altogether|in\s+all|in\s+total)\b", re.IGNORECASE)


_A_COUNT = re.compile(r"\b" + COUNT_PATTERN + r"\b", re.IGNORECASE)
#: A place coordinated with another ("in Lyon and Nice", "in Lyon, Nice and Metz"): two places.
_TWO_PLACES = re.compile(r"\w+\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s?)+(?:,\s*(?:[A-Z][\w'’-]+\s?)+)*,?\s*(?:and|or)\s+[A-Z]")


#: A count's clause that ends in a participle and "and" another count with its participle, the
#: two sharing what follows ("three were killed *and* 40 injured in Lyon", "six people died and
#: at least 58 were hurt at the station").
_SHARED_ADJUNCT = re.compile(r"^\s*(?:[A-Za-z'’-]+\s+){0,4}?(?:[a-z]+ed|hurt|slain|shot)\s+and\s+"
                             r"(?:(?:more|fewer|less)\s+th[ae]n\s+|at\s+least\s+|(?:about|some|nearly|almost|"
                             r"over|around|roughly|another)\s+)?(?:\d[\d,]*|[a-z]+)\s+"
                             r"(?:(?:others?|people|more|were|was|have|been|also)\s+){0,3}(?:[a-z]+ed|hurt)\b")
#: Where the words after a participle stop being its adjuncts: a clause mark, a comma, a period
#: that ends a sentence (not "U.S.").
_ADJUNCT_END = re.compile(r"[;:—(]|,\s|(?<![A-Z])\.(?:\s|$)|\b(?:but|while|after|before|when|because|who|"
                          r"which|that|where|and)\b")


def shared_place(after: str) -> str:
    """The place a count with no place of its own shares with the count its clause is joined to
    by "and", when the two clauses are a count and its participle each and the place follows the
    second ("Six were killed and 58 injured in a blast at the station in Lyon": the six are
    Lyon's too); else ``""``. Not a scope wider than a place ("and 40 injured across the
    country"), nor a place after other words open the second clause ("and officials said 40 were
    hurt in Lyon")."""
    m = _SHARED_ADJUNCT.match(after)
    if m is None:
        return ""
    rest = _ADJUNCT_END.split(after[m.end():], maxsplit=1)[0]
    rest = " ".join(rest.split()[:16])
    return "" if _OWN_SCOPE.search(rest) else scope_place(rest)


def coordinated_place(before: str, after: str) -> str:
    """The place a count with no place of its own takes from the clause it is coordinated with:
    when "and" joins its clause to the one before, in the same sentence, and nothing but a
    participle or a word of size stands between ("Three died in Lyon and 40 were hurt": the 40
    are Lyon's; "killed 12 in Lyon and injuring 40"), the last place named after the count of the
    clause before ("in Lyon"); else ``""``. Not a place told before that count ("the blast in
    Lyon killed three and hurt 40": the place of the blast, perhaps of both counts), nor one of
    two places ("died in Lyon and Nice and 40 were hurt"). Not when other words open the count's clause ("and across the country 40 were
    hurt", "and officials said 40 were hurt") or its words give a scope of their own ("and 40
    were hurt nationwide")."""
    m = _AND_BEFORE.search(before)
    if m is None or _OWN_SCOPE.search(_clause_after(after, 12)):
        return ""
    first = before[:m.start()]
    counts = list(_A_COUNT.finditer(first))
    if not counts:
        return ""
    clause = first[counts[-1].end():]
    starts = [p.start() for p in (*_SCOPE_PLACE.finditer(clause), *_SCOPE_ALL.finditer(clause))]
    for start in sorted(starts, reverse=True):
        place = scope_place(clause[start:])
        if place and not _TWO_PLACES.match(clause[start:]):
            return place
    return ""


_NAME = r"(?:[A-Z][\w'’.-]+\s?)+"
#: Places named together after a preposition ("in Lyon and Nice", "in Lyon, France, and Turin,
#: Italy"): a scope over several places.
_SEVERAL_PLACES = re.compile(rf"\b(?:in|at|across)\s+(?:the\s+)?({_NAME}(?:,\s*{_NAME})*,?\s*(?:and|or)\s+{_NAME}"
                             rf"(?:,\s*{_NAME})*)")
#: "there" as an adverb of place ("40 were hurt *there*"; not "there were").
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|have|has|had|may|might|could)\b)", re.IGNORECASE)


def places_before(before: str) -> str:
    """The places a sentence names together before a count ("the storms in Lyon and Nice killed
    40": "Lyon and Nice"): the count's scope is over all of them, not one; else ``""``."""
    m = _SEVERAL_PLACES.search(before)
    return re.sub(r"\s+", " ", m.group(1)).strip(" ,") if m else ""


#: A relative clause that opens a count's clause, with at most a few words before the count
#: ("the blast in Dara, *which officials said killed* seven"; "the blast in Dara *that killed* seven").
_RELATIVE_OPENING = re.compile(r"(?:,\s*|\s+)(?:which|that)\s+([^,;:()\u2014]{0,40})$")


#: Words of a date phrase besides months and weekdays ("on", "last week", "early this morning").
_DATE_FILLERS = frozenset("on in at last late early this the of week month year day night morning afternoon "
                          "evening weekend".split())


def antecedent_place(before: str) -> str:
    """The place of the thing a count's relative clause tells of, named at the end of the noun
    phrase the clause hangs on ("the bombing of a market in Dara on Tuesday, which officials said
    killed seven": "Dara"; "the fire at Riverside Mill that destroyed 40 homes"): the count is of
    that thing, so of that place. Only a date and one word of the place's kind may follow the
    name ("in Dara province on Tuesday"). Not a "that" opening what a verb of saying reports
    ("officials in Dara said that seven died"), nor a place a verb of saying is set in ("said
    in Dara, which ..."), nor a place told before other words of the phrase ("a market in Dara
    owned by the city, which ..."): else ``""``."""
    m = _RELATIVE_OPENING.search(before)
    if m is None:
        return ""
    phrase = re.split(r"[,;:()\u2014]", before[:m.start()])[-1]
    tail = list(_SCOPE_PLACE.finditer(phrase))
    if not tail:
        return ""
    lead = re.findall(r"[A-Za-z'’]+", phrase[:tail[-1].start()])
    if lead and _saying(lead[-1]) or "which" not in m.group(0) and any(_saying(w) for w in lead):
        return ""
    # the place ends the phrase: only a date and one word of its kind may follow ("state on Tuesday")
    rest = [w for w in re.findall(r"[A-Za-z'’]+", phrase[tail[-1].end():])
            if not _date_word(w) and w.lower() not in _DATE_FILLERS]
    # a verb of saying after the place ("officials in Dara *said* that"), told by its ending: not
    # a word of the place's kind that a verb of saying is also written as ("in Nile *state*")
    if len(rest) > 1 or any(_saying(w) and w.lower().endswith(("d", "s")) for w in rest):
        return ""
    return scope_place(phrase[tail[-1].start():])


def place_there(earlier: str, after: str) -> str:
    """The place "there" after a count stands for ("Two died in Lyon on Monday. Three more died
    there on Tuesday."): the last place the sentence before names, when it names one place and no
    places together; else ``""``."""
    if not _THERE.search(_clause_after(after, 12)):
        return ""
    sentences = [x for x in re.split(r"[.!?]\s+(?=[A-Z\"“])", earlier.strip()) if x.strip()]
    if not sentences or _SEVERAL_PLACES.search(sentences[-1]):
        return ""
    starts = [p.start() for p in _SCOPE_PLACE.finditer(sentences[-1])]
    return scope_place(sentences[-1][starts[-1]:]) if starts else ""


def scope_place(text: str) -> str:
    """The place a phrase counts in: every place of a kind ("in all hospitals" -> "all
    hospitals", "at every station" -> "every station"), else a named place ("in Leeds", "at
    Riverside Hospital"; not a date: "in November"), else ``""``."""
    m = _SCOPE_ALL.search(text)
    if m:
        return f"{(m.group(1) or m.group(3)).lower()} {(m.group(2) or m.group(4)).lower()}"
    for m in _SCOPE_PLACE.finditer(text):
        words = m.group(1).split()
        while words and (words[-1].lower() in STOP_WORDS or _date_word(words[-1])):
            words.pop()
        while words and (words[0].lower() in STOP_WORDS or _date_word(words[0])):
            words.pop(0)
        if words:
            return " ".join(words)
    return ""


def name_in(source: str, party: str) -> bool:
    """Whether a source name names the party ("ukraine's military intelligence" ~ ukraine)."""
    return any(_party_name(w) == party for w in re.findall(r"[\w.'’]+", source))


def point(fig: Figure) -> float | None:
    """One number for a figure, to compare magnitudes: the midpoint of a closed interval
    (geometric for ranges), else the bound there is."""
    q = fig.quantity
    if q.low is not None and q.high is not None:
        if q.low > 0 and q.high > 0:
            return math.sqrt(q.low * q.high)
        return (q.low + q.high) / 2
    return q.low if q.low is not None else q.high


def _iso_day(t: TimeRef | None) -> str | None:
    """A resolved time reference as an ISO day (a week by its Monday, a month by its 1st)."""
    day = start_of(t.value) if t is not None else None
    return day.isoformat() if day is not None else None


def stated_earlier(fig: Figure, article: Article | None) -> bool:
    """Whether the sentence gives the figure as an earlier report, superseded by the article's
    own ("Earlier reports had put it at 40m", "was earlier said to be six")."""
    if article is None:
        return False
    return bool(_EARLIER_REPORT.search(article.text_of(fig)[fig.sentence_start:fig.sentence_end]))


#: The dimensions of a thing's size: a size told before its noun is what the thing is.
SIZE_DIMENSIONS = frozenset({"length", "area"})
_BEFORE_COMPOUND = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|whose)\s+$", re.I)
_AFTER_COMPOUND = re.compile(r"^(?:-[a-z]+)?\s+[a-z]")


def size_of_thing(fig: Figure, article: Article | None) -> bool:
    """Whether a figure is the size of a thing told as a compound before its noun ("a
    130-foot-deep shaft", "the 40-metre mast", "its 5-km runway"): it says what the thing is,
    not what the sentence reports of it, so the time of the clause ("dropped down a 40-metre
    shaft last week", the time of the drop) does not date it. A size the clause states of its
    time ("the water rose to 3 metres on Monday", "took 700 square km in May") or a speed ("a
    100-mph pitch last year", the pitch's own) is no such figure."""
    q = fig.quantity
    dim = unit_of(q.unit)
    if article is None or dim is None or dim[0] not in SIZE_DIMENSIONS or "-" not in q.text + \
            article.text_of(fig)[q.end:q.end + 1]:
        return False
    text = article.text_of(fig)
    return bool(_BEFORE_COMPOUND.search(text[max(fig.sentence_start, q.start - 12):q.start])
                and _AFTER_COMPOUND.match(text[q.end:q.end + 20]))


def figure_date(fig: Figure, article: Article | None) -> str | None:
    """When a figure holds (ISO day): when it was stated if the sentence says, else the date
    it refers to when that time is over before publication ("about 8,000 in late October"; not
    "in 2016" in an article of November 2016, a year not yet over) and the figure is not the
    size of a thing named before its noun (:func:`size_of_thing`), else the article's
    publication date (the day before for a figure the sentence gives as an earlier report:
    :func:`stated_earlier`); None for an undated article."""
    said = _iso_day(fig.said_on)
    if said:
        return said
    pub = article.published_on if article is not None and article.published_on else None
    ref = None if size_of_thing(fig, article) or toll_as_known(fig, article) else _iso_day(fig.refers_to)
    if ref and (pub is None or _over_before(fig.refers_to, pub)):
        return ref
    if pub is not None and stated_earlier(fig, article):
        return (pub - timedelta(days=1)).isoformat()
    return pub.isoformat() if pub is not None else None


def toll_as_known(fig: Figure, article: Article | None, params: AlignParams = DEFAULT) -> bool:
    """Whether a figure is a toll of the story's own occasion as known when it was printed: a
    count of the dead, the wounded or the missing (:data:`TOLL_EVENTS`) whose sentence dates the harm
    to a time that ends less than ``params.update_gap_days`` before publication ("the blast on
    Friday killed 40", printed on Monday). The count is what was known that Monday, and a later
    "killed 52" is its update, not an earlier day's figure. A count of a past occasion ("last
    year a quake killed two") keeps its own date, and so does a count of what was done on a
    day ("police arrested 12 people last week"): a record of that day, not a toll."""
    if fig.refers_to is None or article is None or article.published_on is None or fig.quantity.unit:
        return False
    end = period_end(fig.refers_to)
    if end is None or end >= article.published_on or (article.published_on - end).days >= params.update_gap_days:
        return False
    return counting_event(fig, article, params.event_window) in TOLL_EVENTS


def _over_before(ref: TimeRef | None, day: date) -> bool:
    """Whether the time ``ref`` names is over before ``day`` (its last day is earlier)."""
    end = period_end(ref) if ref is not None else None
    return end is not None and end < day


def figure_when(fig: Figure, article: Article | None) -> str | None:
    """:func:`figure_date` as people read it: a year or a month the figure refers to is told
    as that year or month ("2003", "2003-10"), not as its first day; a decade as "the 1990s"."""
    day = figure_date(fig, article)
    ref = fig.refers_to
    if day is None or fig.said_on is not None or ref is None or not ref.value or _iso_day(ref) != day:
        return day
    if ref.granularity in ("year", "month"):
        return ref.value
    if ref.granularity == "decade":
        return f"the {ref.value[:3]}0s"
    return day


#: The words before a bare year that make it the time of a clause ("*in* 2009", "*including* 1984, when").
_YEAR_PREPOSITIONS = SETTING_PREPOSITIONS | TIME_PREPOSITIONS | SCOPE_PREPOSITIONS | frozenset(
    "around including circa".split())


def _names_a_thing(ref: TimeRef, text: str) -> bool:
    """Whether a time reference is a bare year that names a thing by its year, not the time of
    a clause: set before a noun without a preposition ahead of it ("his *2008* sedan"; "in the
    2012 election", "in 2009 a flood ..." are times), or the end of a name ("the Recovery Act
    *of 2009*", "the Class of 2009"; "the flood of 2009" is a time)."""
    if ref.granularity != "year" or not re.fullmatch(r"\d{4}", ref.text.strip()):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, ref.start - 40):ref.start])
    if len(before) >= 2 and before[-1].lower() == "of" and before[-2][:1].isupper():
        return True
    if re.match(r"\s+[A-Za-z]", text[ref.end:ref.end + 3]) is None:
        return False
    if before and before[-1].lower() == "the":
        before = before[:-1]
    return not before or before[-1].lower() not in _YEAR_PREPOSITIONS


def _occasion_time(fig: Figure, article: Article | None) -> TimeRef | None:
    """The resolved time a figure's sentence dates what it counts to: the time its clause refers
    to, else when it was said; None when there is none, or it is a year that names a thing
    (:func:`_names_a_thing`)."""
    ref = fig.refers_to if fig.refers_to is not None and fig.refers_to.value else fig.said_on
    if article is None or ref is None or not ref.value or _names_a_thing(ref, article.text_of(fig)):
        return None
    return ref


def past_year(fig: Figure, article: Article | None, params: AlignParams = DEFAULT) -> int | None:
    """The past year a figure's sentence dates what it counts to ("*last year*, a quake killed at
    least one person", "*in 2009*", "*two years ago*"): the year of the time its clause refers
    to (else of when it was said), when that time lies wholly in a calendar year before its
    article's and ends at least ``params.update_gap_days`` before it; else None. The time is
    the one the extractor hangs on the figure's own clause, never a year elsewhere in the
    sentence nor the start of a span ("the first title since 1908"). A count of another
    occasion, not of the story's present one."""
    pub = article.published_on if article is not None else None
    ref = _occasion_time(fig, article)
    if pub is None or ref is None:
        return None
    end = period_end(ref)
    if end is None or end.year >= pub.year or (pub - end).days < params.update_gap_days:
        return None
    return end.year


#: How a speaker the text names only by a pronoun nothing resolves is shown.
UNNAMED_SPEAKER = "an unnamed speaker"


def figure_source(fig: Figure, article: Article | None) -> str:
    """Who a figure is attributed to: the speaker (:data:`UNNAMED_SPEAKER` when the text never
    names them), else the outlet, else "the article". The outlet's own voice told as "we" or the
    writer's "I" (a source of kind ``outlet`` with no name) is the outlet's."""
    first = fig.attribution.first
    if first is not None and (first.name or first.kind != "outlet"):
        return first.name or UNNAMED_SPEAKER
    if article is not None and article.outlet.value:
        return article.outlet.value
    return "the article"


def canonical_articles(duplicates: Iterable[tuple[str, str, str]] | Mapping[str, str] | None) -> dict[str, str]:
    """Article id -> the id of the original its duplicate group stands for
    (``copy``/``syndicated``/``rewrite``), for every article of a group but that original.

    A group is the articles the pairs connect; its original is its member that copies no
    other (is no pair's copy), of several (two originals a rewrite retells both of) the
    smallest id. So the map depends on the groups and on which articles are copies, not on
    which pairs of a group were recorded: the duplicate index links a new article to one
    member of a group and need not record its pairs with the others
    (:meth:`storyline.cluster.dedup.DuplicateIndex.add`).

    Args:
        duplicates: ``(original_id, copy_id, relation)`` triples (as from
            :class:`storyline.cluster.dedup.DuplicatePair` ``a, b, relation``), or a
            mapping copy id -> original id, or None.
    """
    if duplicates is None:
        return {}
    if isinstance(duplicates, Mapping):
        pairs = [(orig, copy) for copy, orig in duplicates.items()]
    else:
        pairs = [(t[0], t[1]) for t in duplicates]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    copies = {b for _, b in pairs}
    members: dict[str, list[str]] = {}
    for x in {x for pair in pairs for x in pair}:
        members.setdefault(find(x), []).append(x)
    out: dict[str, str] = {}
    for group in members.values():
        originals = [x for x in group if x not in copies]
        root = min(originals or group)
        out.update((x, root) for x in group if x != root)
    return out


@dataclass(frozen=True, slots=True)
class Alignment:
    """The tracked figures of a story and the figures that belong to none."""

    story_id: str
    tracked: tuple[TrackedFigure, ...]
    unaligned: tuple[Figure, ...]
    profiles: Mapping[int, FigureProfile]
    measures: Mapping[int, Measure] = field(default_factory=dict)

    def profile_of(self, fig: Figure) -> FigureProfile:
        return self.profiles[id(fig)]

    def measure_of(self, fig: Figure) -> Measure:
        return self.measures[id(fig)]


def _fig_key(fig: Figure) -> tuple[str, bool, int, int]:
    return (fig.article_id, fig.in_title, fig.quantity.start, fig.quantity.end)  # a title's offsets are its own


def value_distance(a: float, b: float) -> float:
    """How far apart two values are: the ratio's logarithm when both are above zero (a
    magnitude), else their difference (a change "of -3 points", a temperature "of -5")."""
    return abs(math.log(a / b)) if a > 0 and b > 0 else abs(a - b)


def _log_distance(fig: Figure, figs: Sequence[Figure]) -> float:
    p = point(fig)
    pts = [x for x in (point(f) for f in figs) if x]
    if not p or not pts:
        return math.inf
    return min(value_distance(p, x) for x in pts)


def _label(head: str, unit: str | None, party: str | None, action: str, counted: str = "") -> str:
    """A tracked figure's label: the party whose people or things are counted ("North Korea
    personnel"), the head, the action and the unit ("duration (day)"). A measure with a unit
    (a length of time, a distance, an age, money) is nobody's count: its label names no party.
    A head that is the event a count tells ("killed", "critically wounded") follows the noun
    counted (``counted``: "people killed", "men wounded")."""
    words = []
    if party and not unit:
        words.append(party.title())
    if counted:
        words.append(counted)
    words.append(head)
    if action:
        words.append(action)
    if unit and unit not in head:
        words.append(f"({unit})")
    return " ".join(words)


def _measure_words(head: str, members: Sequence[Figure], measures: Mapping[int, Measure], label: str) -> str:
    """A label's words for the measure of a thing: a distance told as the aspect most of its
    figures say ("well: depth (m)", not "well: distance (m)"), a length most of its figures tell
    as a plan "planned" ("meeting: planned duration (minute)": what was planned, not what happened)."""
    ms = [measures[id(f)] for f in members]
    aspects = [m.aspect for m in ms if m.aspect]
    if head == "distance" and len(aspects) * 2 > len(ms) and len(set(aspects)) == 1 and aspects[0] != "bearing":
        label = label.replace("distance", aspects[0], 1)
    if head == "duration" and sum(1 for m in ms if m.planned) * 2 > len(ms):
        label = label.replace("duration", "planned duration", 1)
    return label


#: Words right before a score that say it is a lead ("*leading* 24-20", "*trailed* 3-1").
_LEAD_WORDS = frozenset("lead leads leading led trail trails trailing trailed".split())
#: Words that tell which score of a game it is ("the *final* score was 3-1").
_SCORE_KINDS = frozenset("final halftime half-time first-half opening closing".split())


def _score_sides(fig: Figure, article: Article | None) -> tuple[str, str] | None:
    """The words of a score's sentence before it and after it, or None when the figure is no score."""
    s = score_of(fig, article) if article is not None else None
    if s is None or article is None:
        return None
    text = article.text_of(fig)
    return text[fig.sentence_start:s[2]], text[s[3]:fig.sentence_end]


def score_thing(fig: Figure, article: Article | None) -> str:
    """What a score is, as a label names it, or ``""``: the noun right after it ("a 3-1 *win*",
    "a 19-4 *run*", "a 162-139 *record*"), the noun it is "of" ("a *record* of 12-4"), a lead
    ("*leading* 24-20" -> ``lead``), which score of a game ("the *final* score was 3-1" ->
    ``final score``), a record in brackets after a name ("Duke (12-3)" -> ``record``); never a
    function word ("24-20 *and*"), a name or a unit ("3-1 *goals*" says nothing the score does not)."""
    sides = _score_sides(fig, article)
    if sides is None:
        return ""
    before, after = sides
    m = re.match(r"\s+([a-z][a-z-]*)\b(?:\s+([a-z][a-z-]*)\b)?", after)
    if m and _score_word(m.group(1)):
        # past one word that describes it ("a 3-1 *home* win"), not into a verb ("a 3-1 win *gave*")
        two = m.group(2)
        return two if two and _score_word(two) and two not in IRREGULAR_VERBS and not two.endswith("ed") \
            and m.group(1) not in _SCORE_NOUNS else m.group(1)
    words = _THING_WORD.findall(before)[-6:]
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[-1] == "of" and _score_word(words[-2]):
        return words[-2]
    if low and low[-1] in _LEAD_WORDS:
        return "lead"
    k = len(low) - (1 if low and low[-1] in ("was", "is", "of", "at") else 0)
    if k >= 2 and low[k - 1] == "score" and low[k - 2] in _SCORE_KINDS:
        return f"{low[k - 2]} score"
    if re.search(r"\b[A-Z][\w'’.-]*\s*\($", before) and re.match(r"[),]", after):
        return "record"
    if re.search(r"[,\s]$", before) and any(w in _RESULT_VERBS for w in low[-5:]):
        return "game"  # "Leeds beat the Hawks, 83-74": the score of the game
    return ""


#: Nouns of a contest a score can be of ("led the *series* 3-1", "3-1 down in the *game*").
CONTESTS = frozenset("series game match final semifinal quarterfinal playoff bout fight race contest set frame "
                     "round inning quarter half period".split())


def score_contest(fig: Figure, article: Article | None) -> str:
    """The contest a score is of (:data:`CONTESTS`), or ``""``: the object of the verb before it
    ("Leeds led the *series* 3-1", "tied the *game* 3-3") or the noun "in" or "of" right after
    it names ("2-0 down in the best-of-five *series*", "a 3-1 lead in the *final*")."""
    sides = _score_sides(fig, article)
    if sides is None:
        return ""
    before, after = sides
    m = re.search(r"\b(?:the|this|that|their|its|a)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+$", before)
    if m and m.group(1) in CONTESTS and re.search(r"\b(?:le[ad]d?s?|leading|tied?s?|tying|trail(?:ed|s|ing)?)\s+"
                                                   r"(?:the|this|that|their|its|a)\s+(?:[a-z-]+\s+){0,2}?"
                                                   rf"{m.group(1)}\s+$", before):
        return m.group(1)
    m = re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:in|of)\s+(?:the|this|that|their|its|a)\s+((?:[a-z-]+\s*){1,3})", after)
    for w in (m.group(1).split() if m else []):
        if w in CONTESTS:
            return w  # "the best-of-seven *series*", "the first *half*"
        if w in NOUN_PHRASE_OPENERS:
            break  # "the rain *in* the second game": past the phrase
    return ""


#: Nouns a score is ("a 19-4 *run*", "a 12-4 *record*") that other rules take for no thing.
_SCORE_NOUNS = frozenset("win victory loss defeat rout lead run record streak margin deficit advantage "
                         "draw tie game match".split())
#: Verbs that tell a game's result, its score after them ("Leeds *beat* the Hawks, 83-74").
_RESULT_VERBS = frozenset("beat beats defeated defeats edged edges topped tops downed routed won wins lost loses "
                          "tied drew".split())


def _score_word(word: str) -> bool:
    """Whether a word can say what a score is: a noun of a score (:data:`_SCORE_NOUNS`) or another
    noun (:func:`_thing_word`), never one of the points counted ("3-1 *goals*")."""
    w = word.lower()
    return word.islower() and (w in _SCORE_NOUNS or w.isalpha() and w not in _PREPOSITIONS and _thing_word(w, "score")
                               and w not in ("points", "goals", "runs"))


def _ago(members: Sequence[Figure], measures: Mapping[int, Measure]) -> bool:
    """Whether most figures of a tracked figure are times ago ("three years ago", "a decade ago"):
    offsets back from the time of writing, no length of anything."""
    return sum(1 for f in members if measures[id(f)].relation == "offset"
               and measures[id(f)].anchor == frozenset({"ago"})) * 2 > len(members)


def _counted_noun(head: str, members: Sequence[Figure], measures: Mapping[int, Measure], party: str = "") -> str:
    """The noun a count whose head is its event ("killed", "critically wounded") counts, in the
    plural, the one most of its figures count ("five people were shot", "two men shot" ->
    ``people``), or ``""`` for a head that is not an event or a count of no noun. Of a party's
    count, "people" and a noun that names the party ("Americans") say nothing its name does not:
    "Poland soldiers killed", "Poland killed"."""
    last = head.split()[-1] if head else ""
    if not (is_verb(last) or last in IRREGULAR_VERBS) or not any(
            m.event and (head == m.event or head.endswith(f" {m.event}")) for m in (measures[id(f)] for f in members)):
        return ""  # "casualties", "deaths" name the people counted themselves
    nouns = [HEAD_SYNONYMS.get(f.measure_head, f.measure_head) for f in members
             if f.measure_head and f.measure_head.isalpha() and f.measure_head not in EVENTS]
    # a noun that names the party ("Americans") says again whose they are: "United States killed"
    nouns = [n for n in nouns if n != head and n not in head.split() and not (party and (
        n == "people" or any(re.fullmatch(rx, n, re.I) for rx, p in _PARTIES if p == party)))]
    return _plural(max(sorted(set(nouns)), key=nouns.count)) if nouns else ""


def _unit_word(word: str) -> bool:
    w = word.lower()
    return bool(w in UNIT_WORDS or w in CURRENCY_WORDS or unit_of(word) or unit_of(w.removesuffix("s")))


def thing_phrase(phrase: str | None, head: str, unit: str | None = None) -> tuple[str, str]:
    """What a tracked figure's label adds to its head to tell the thing counted, as
    ``(phrase, action)``: the measure phrase, short (:func:`short_phrase`), when one of its nouns
    (:func:`~storyline.align.measure.noun_offsets`) is neither the head ("matches" of head
    "match") nor a unit ("ft", "minutes", "dollars"): ``("final away matches", "")``;
    else the past participle that follows the head, told as what was done to the thing
    ("area captured" -> ``("", "captured")``, read "area captured (km2)"), but never of a
    length of time ("duration met" says no more than "duration"); else ``("", "")``. A phrase
    whose other words are verbs ("percent backing") or a unit ("distance: ft") names nothing
    the label does not already say."""
    if not phrase:
        return "", ""
    said = {plain_word(w) for w in head.split()}
    phrase = short_phrase(phrase)
    words = phrase.split()
    nouns = [m.group(0) for m in re.finditer(r"\S+", phrase) if m.start() in noun_offsets(phrase, 0, len(phrase), True)]
    if len(words) == 2 and plain_word(words[0]) in said and words[1].islower():
        nouns = []  # "money generate", "percent rise": the word after the head is its verb
        if plain_word(words[1]).startswith(plain_word(words[0])[:3]):
            return "", ""  # "age aged" says the head twice
    if not all(plain_word(w) in said or _unit_word(w) for w in nouns):
        return phrase, ""
    rest = [w for w in words if plain_word(w) not in said]
    dim = unit_of(unit)
    if len(rest) == 1 and rest[0] == words[-1] and (dim is None or dim[0] != "time") \
            and rest[0].islower() and (rest[0].endswith("ed") or rest[0] in IRREGULAR_VERBS) and is_verb(rest[0]):
        return "", rest[0]
    return "", ""


_THING_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

#: The words that open a clause inside a measure phrase ("thumping *that* decided ...").
_CLAUSE_WORDS = frozenset("that which who whom what where when while whose".split())
#: The most words of a measure phrase a label shows ("final matches on the road").
PHRASE_WORDS = 5


def short_phrase(phrase: str) -> str:
    """A measure phrase as a label shows it: up to the clause it opens ("defeat *that* ended the
    run" -> ``defeat``), and, when longer than :data:`PHRASE_WORDS`, up to its first
    preposition ("seats in the upper deck of the arena" -> ``seats``; "passes for 64 yards and a
    touchdown" -> ``passes``), never ending at a function word."""
    words = phrase.split()
    k = next((i for i, w in enumerate(words) if i and w.lower() in _CLAUSE_WORDS), len(words))
    words = words[:k]
    if len(words) > PHRASE_WORDS:
        k = next((i for i, w in enumerate(words) if i and w.lower() in NOUN_PHRASE_OPENERS), len(words))
        words = words[:k]
    while len(words) > 1 and (words[-1].lower() in NOUN_PHRASE_OPENERS or words[-1].lower() in STOP):
        words = words[:-1]
    return " ".join(words)


def _thing_word(word: str, head: str) -> bool:
    """Whether a word can name the thing a length, a size, an age or a sum is of: a common noun
    in lower case ("meeting", "well"), not the head, a unit, a dimension or an aspect of a length
    ("depth"), a stretch of time itself ("period"), a function word or a verb."""
    w = word.lower()
    return (word.islower() and len(w) >= 3 and plain_word(w) not in {plain_word(x) for x in head.split()}
            and w not in STOP and w not in FILLER_WORDS and w not in SPAN_NOUNS and plain_word(w) not in SPAN_NOUNS
            and w not in LENGTH_ASPECTS and w not in SIZE_ADJECTIVES and w not in OFFSET_WORDS
            and w not in RUN_WORDS and w not in MODIFIER_STOPS  # "consecutive", "whole": no noun
            and w not in NOT_THINGS
            and w not in _DIMENSION_WORDS and not _unit_word(w) and not w.endswith("ly")
            and not (is_verb(w) and not w.endswith("ing")))  # "the meeting", "the hearing": nouns


#: The names of dimensions and measures a label already says ("duration", "distance").
_DIMENSION_WORDS = frozenset("duration distance length age money percent percentage share area weight speed time amount "
                             "total sum number count figure average value price cost".split())


def _plural(noun: str) -> str:
    """A counted noun in the plural, as a label reads it ("man" -> "men", "soldier" -> "soldiers")."""
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "sh", "x")) else "s")


def _offset_thing(after: str) -> str:
    """The moment an offset is counted from, as a label says it: its direction and the noun its
    phrase ends at ("two days before the general election" -> ``before election``; "11 days
    after the Senate hearing opened" -> ``after hearing``), or ``""`` ("nine days earlier")."""
    m = re.match(r"\s+(before|after|since|until)\s+([^.,;:!?()\"“”]*)", after)
    if m is None:
        return ""
    noun = ""
    for w in _THING_WORD.findall(m.group(2)):
        low = w.lower()
        if low in _BEFORE_MOMENT_NOUN or low.endswith(("'s", "’s")) or not w.islower() and not noun:
            continue  # "the", "Tuesday's", "the Senate": before the noun
        if not w.islower() or low in STOP or low in IRREGULAR_VERBS or is_verb(low) and not low.endswith("ing"):
            break  # the phrase ends: "hearing *began*", "election *in* May"
        noun = w
    return f"{m.group(1)} {noun}" if noun and _thing_word(noun, "") else ""


#: Words before the noun of the moment an offset is counted from ("two days before *the next*
#: vote"): determiners and the words that pick one of a series.
_BEFORE_MOMENT_NOUN = DETERMINERS | frozenset("last first next previous".split())


def measured_thing(fig: Figure, article: Article | None, measure: Measure) -> str:
    """The noun a length of time, a size, an age or a sum is of, as a label names it, or ``""``:

    - the noun its measure phrase ends at, before a preposition ("the 90-minute meeting" ->
      ``meeting``; "budget for the new stadium" -> ``budget``);
    - for an age, whose age it is (its holder: "a five-year-old girl" -> ``girl``; a name as
      written, its last word: "Ruiz Okafor, 44," -> ``Okafor``);
    - the noun its number and unit describe ("a 40-metre-deep well", "an hour-long talk",
      "the $5 million contract");
    - the subject of the verb that tells it ("the talks lasted two hours", "the search, which
      took 50 hours", "the pit measured 30 centimetres wide"), or the noun it is "of" ("a crater
      of 300 feet", "a delay of three hours");
    - for an offset, the moment it is counted from ("two days before the general election" ->
      ``before election``), and for a length since or until a moment, that moment ("40 years since
      the last flood" -> ``since flood``; "their first title in 40 years" -> ``since title``);
    - for a sum, who gave, raised or spent it ("the campaign raised $9 million" -> ``campaign``).

    A count has none (its label names what is counted); nor has a length that is a stretch of
    time itself ("the 10-week period") or a word that is a unit, an aspect or a verb."""
    if measure.dimension == "share" and article is not None:
        return share_whole(fig, article)
    if measure.dimension in _NOT_OF_A_THING and fig.measure_head != "age":
        return ""  # a count names what it counts, a speed the thing described
    head = fig.measure_head or ""
    phrase = (fig.measure or "").split()
    # the phrase ends at a preposition, and at its head or unit: the word after that is the verb
    # that tells the figure ("age save", "money spent"), not a thing
    cut = next((k for k, w in enumerate(phrase) if k and w.lower() in NOUN_PHRASE_OPENERS | STOP
                or not _thing_word(w, head) and (_unit_word(w) or w.lower() in _DIMENSION_WORDS
                                                  or plain_word(w) == plain_word(head))), len(phrase))
    if cut and _thing_word(phrase[cut - 1], head) and phrase[cut - 1].isalpha():
        return phrase[cut - 1]
    if head == "age" and measure.holder and article is not None and measure.holder_start is not None \
            and measure.holder_end is not None:
        # whose age, named: the last word of the name as written ("Ruiz Okafor, 44," -> ``Okafor``)
        name = _THING_WORD.findall(article.text_of(fig)[measure.holder_start:measure.holder_end])
        if name and name[-1][0].isupper() and name[-1].lower() == measure.holder.split()[-1]:
            return re.sub(r"['’]s$", "", name[-1])
    if head == "age" and measure.holder and " " not in measure.holder and _thing_word(measure.holder, head):
        return measure.holder
    if article is None:
        return ""
    text = article.text_of(fig)
    q = fig.quantity
    after = text[q.end:fig.sentence_end]
    before = text[fig.sentence_start:q.start]
    if measure.relation == "offset":  # "two days before the general election": the moment it is counted from
        return _offset_thing(after)
    if measure.dimension == "time":
        # "40 years since the last flood", "the 10-week stretch until the handover"
        span = re.match(r"(?:-[a-z]+)?(?:\s+[a-z]+)?(?=\s+(?:since|until)\b)", after)
        if span and (not span.group(0).strip(" -") or span.group(0).split()[-1].lower() in SPAN_NOUNS):
            since = _offset_thing(after[span.end():])
            if since:
                return since
        # "their first title in 40 years": the length since the last one
        first = re.search(r"\bfirst\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)\s+in\s+$", before)
        if first and _thing_word(first.group(1), head):
            return f"since {first.group(1)}"
        of = _length_of(after, head) or _role_of(after, head)
        if of:
            return of
    # "a 40-metre-deep well", "the 90 minute talk", "a $5 million contract": a unit in the singular
    # joined to the noun after it (a plural unit is told of something before it: "40 metres deep")
    words = _THING_WORD.findall(q.text)
    m = re.match(r"(?:-(?:[a-z]+))*\s+(?:([a-z]+)\s+)?([a-z]+)\b", after)
    attributive = after.startswith("-") or "-" in q.text or any(c.isdigit() for c in q.text) and (
        not words or not words[-1].lower().endswith("s") or len(words[-1]) <= 2)  # not "a year courting them"
    if m and attributive and not (m.group(1) and (m.group(1) in STOP or m.group(1) in FILLER_WORDS
                                                  or m.group(1).endswith("ly"))):
        # the noun the size describes, past one word before it ("the 40m dry well"), never past
        # a function word ("a century of failure": "of" opens another phrase)
        for w in (m.group(2), m.group(1)):
            if w and _thing_word(w, head) and not (w == m.group(1) and m.group(2) in STOP):
                return w
    # "the talks lasted two hours", "the search, which took 50 hours", "a delay of three hours"
    toks = _THING_WORD.findall(before)[-8:]
    toks = [t for t in toks if t.lower() not in ("for", "about", "around", "almost", "nearly", "over", "some")]
    k = len(toks)
    if k >= 2 and toks[-1].lower() == "of" and _thing_word(toks[-2], head):
        return toks[-2]
    if k and toks[-1].lower() == "on":
        toks, k = toks[:-1], k - 1  # "went on for", "has been going on for"
    # "the mill had been abandoned for decades", "the road was closed for two weeks": the
    # subject of a state told with a helper and "for"
    raw = _THING_WORD.findall(before)[-7:]
    if raw and raw[-1].lower() == "for":
        j = len(raw) - 1
        done = 0
        while j and done < 2 and (raw[j - 1].lower().endswith("ed") or raw[j - 1].lower() in IRREGULAR_VERBS
                                  or raw[j - 1].lower() == "left"):
            j, done = j - 1, done + 1
        helped = 0
        while j and raw[j - 1].lower() in _STATE_HELPERS:
            j, helped = j - 1, helped + 1
        if done and helped and j and _thing_word(raw[j - 1], head):
            return raw[j - 1]
    if measure.dimension not in ("time", "length", "area", "mass") and k >= 2:
        # a sum: who gave, raised or spent it ("the campaign raised $9 million", "the club paid out $2 million")
        j = k - 1 if toks[-1].lower() in _PARTICLES else k
        if j >= 2 and (toks[j - 1].lower() in IRREGULAR_VERBS or toks[j - 1].lower().endswith("ed")):
            j -= 1
            while j and toks[j - 1].lower() in LASTING_LINKS:
                j -= 1
            if j and _thing_word(toks[j - 1], head):
                return toks[j - 1]
    # a verb in its base form follows "to" or a helper ("was due to last", "will take"): alone it
    # is a word of another kind ("the *last* two months")
    if k and toks[-1].lower() in LASTING_VERBS and (toks[-1].lower() not in _BASE_FORMS or
                                                    k >= 2 and toks[-2].lower() in LASTING_LINKS):
        k -= 1
        while k and (toks[k - 1].lower() in LASTING_LINKS or toks[k - 1].lower() in _LIKELY):
            k -= 1
        # past what follows the subject ("the talks *between the two envoys* lasted an hour")
        prep = next((j for j in range(k - 1, max(k - 5, 0), -1) if toks[j].lower() in _SUBJECT_PREPOSITIONS), None)
        if prep is not None and _thing_word(toks[prep - 1], head):
            return toks[prep - 1]
        if k and _thing_word(toks[k - 1], head):
            return toks[k - 1]
    if head == "money":  # "$60 million in funding", when no one gave it
        return money_form(fig, article)
    return ""


#: Words between a thing and "to" before a verb of length that leave it its subject ("a tour
#: *likely* to last a week").
_LIKELY = frozenset("likely unlikely certain bound sure".split())


def _length_of(after: str, head: str) -> str:
    """The noun a length of time is the length of, told by "of" right after it ("three days of
    questioning" -> ``questioning``; "two years of the talks" -> ``talks``), or ``""``: a name,
    a stretch of time or a part of one ("40 years of his term"), a unit ("two hours of the day"),
    or no noun ("three years of it")."""
    m = re.match(r"\s+of\s+", after)
    if m is None:
        return ""
    noun = ""
    for w in _THING_WORD.findall(_PHRASE_END.split(after[m.end():], maxsplit=1)[0]):
        low = w.lower()
        if not noun and (low in DETERMINERS or low.endswith(("'s", "’s")) or low in ("his", "her", "its", "their")) \
                or not w.islower() and next_lower(after[m.end():], w):
            continue  # "of *the* talks", "of *the city's* rule", "of a punishing *Senate* inquiry"
        if noun and low in ("and", "or"):
            return ""  # "of countless *and* often ...": the noun is further on
        if noun and low in ("up", "out", "off", "down") and not noun.endswith("ing"):
            continue  # "of pent *up* anger": the noun is further on
        if not w.islower() or low in STOP or low in NOUN_PHRASE_OPENERS or low in _PREPOSITIONS or noun and (
                low in IRREGULAR_VERBS or is_verb(low) and not low.endswith("ing") or not low.isalpha()):
            break  # "rule *came*", "talks *in* May", "orthodoxy *toward* it", "life *that's*", a name
        noun = w
    return noun if noun and noun.isalpha() and _thing_word(noun, head) else ""


#: Prepositions that end a noun phrase ("orthodoxy *toward* it", "19-15 *along* party lines").
_PREPOSITIONS = frozenset("toward towards against across through throughout during within without under over into "
                          "onto upon amid amidst among along beside despite since until till via per versus".split())


def next_lower(rest: str, word: str) -> bool:
    """Whether the word after the first ``word`` of ``rest`` is in lower case: a name before a noun
    it describes ("*Senate* hearings"), not a name that ends its phrase ("of *Ruiz* in May")."""
    m = re.search(rf"\b{re.escape(word)}\s+([A-Za-z][\w'’-]*)", rest)
    return bool(m and m.group(1).islower() and m.group(1) not in STOP and m.group(1) not in NOUN_PHRASE_OPENERS)


def _role_of(after: str, head: str) -> str:
    """The role a length of time is spent in, told by "as" right after it ("five years as leader
    of the party", "12 years as a judge" -> ``judge``), before a function word or the end of
    the clause, or ``""``: a clause ("two years as prices rose"), a name, a noun of more words."""
    m = re.match(r"\s+as\s+(?:an?\s+)?([a-z][a-z'’-]*)\b(?:\s+([A-Za-z][\w'’-]*))?", after)
    if m is None or not _thing_word(m.group(1), head):
        return ""
    nxt = m.group(2) or ""
    if nxt and not (nxt in NOUN_PHRASE_OPENERS or nxt in STOP):
        return ""  # "as prices *rose*": a clause; "as chief *executive*": a longer name of the role
    return m.group(1)


#: Where the noun phrase after "percent of" ends: a mark of a clause or an aside.
_PHRASE_END = re.compile(r"[.,;:!?()\"“”—–\d]|\s-\s")


def share_whole(fig: Figure, article: Article) -> str:
    """The whole a share is of, as a label names it: the noun the phrase "of ..." right after the
    share ends at ("42 percent of voters back Ruiz" -> ``voters``; "a third of the likely
    primary voters said" -> ``voters``; "12 percent of GDP" -> ``GDP``; "30 percent of
    Republicans" -> ``Republicans``), past determiners and the words that describe it, before a
    verb, a function word or a mark; ``""`` when no "of" follows ("41 percent backed her"), or
    the phrase names a person in the singular, a stretch of time or no noun ("half of those
    surveyed", "90 percent of the time")."""
    text = article.text_of(fig)
    after = text[fig.quantity.end:fig.sentence_end]
    m = re.match(r"\s+(?:(?:per\s*cent|percent|%)\s+)?of\s+", after)
    if m is None:
        return ""
    return phrase_noun(after[m.end():])


def phrase_noun(rest: str) -> str:
    """The noun a noun phrase at the start of ``rest`` ends at: past determiners and the words
    that describe it ("the likely primary *voters* said"), before a verb, a function word, a
    number or a mark; a group named in the plural ("Republicans") or in letters ("GDP"); ``""``
    when it names none, or names a measure ("the *total*", "new primary *money*"; not "the total
    *votes*")."""
    rest = _PHRASE_END.split(rest, maxsplit=1)[0]
    whole = ""
    for w in _THING_WORD.findall(rest):
        low = w.lower()
        if w.islower() and (low in STOP or low in NOUN_PHRASE_OPENERS):
            if whole or low not in DETERMINERS | _WHOLE_QUANTIFIERS:
                break  # "voters *who* ...", "voters *in* Ohio"
            continue  # "of *the* voters", "of *all* respondents"
        if re.search(r"['’]s$", w):
            continue  # "of *the city's* schools": whose the whole is
        if whole and (re.search(r"[^s]s$", whole) and (whole.islower() or not re.search(r"[^s]s$", w))
                      or not w.islower()):
            break  # "voters *back* Ruiz", "Republicans *agree*": a plural ends the phrase (not "Lee supporters")
        if low in _DIMENSION_WORDS or low.removesuffix("s") in _DIMENSION_WORDS:
            if whole:
                return ""  # "in new primary money": the phrase names the measure itself
            continue  # "of the *total* votes" (alone, "of the total", it names none)
        if w.islower() and _thing_word(w, "percent"):
            whole = w  # "of primary *voters*": the last noun of the phrase
        elif whole:
            break  # "the vote *cast*": a word of another kind
        elif not w.islower() and ((w.isupper() and len(w) >= 2) or re.fullmatch(r"[A-Z][a-z]{2,}s", w)):
            whole = w  # a group in the plural ("Republicans") or letters ("GDP")
        # else a word that describes the whole ("of *registered* voters", "of *Democratic* voters")
    return whole


def money_form(fig: Figure, article: Article) -> str:
    """What a sum is, told by "in" right after it ("$60 million in funding" -> ``funding``; "$7
    million in cash on hand" -> ``cash``; "$2 million in previously unreported payments" ->
    ``payments``), or ``""`` ("$5 million in the quarter", "$5 million in 2015", "$9 million in
    new money")."""
    after = article.text_of(fig)[fig.quantity.end:fig.sentence_end]
    m = re.match(r"\s+in\s+(?=[a-z])", after)
    if m is None or after[m.end():].split(" ", 1)[0] in DETERMINERS:
        return ""
    word = phrase_noun(after[m.end():])
    return word if word.islower() else ""


#: Words before the whole of a share that pick all or part of it ("percent of *all* voters").
_WHOLE_QUANTIFIERS = frozenset("all some every each".split())


#: The dimensions whose labels name their thing another way: a count its noun, a share its whole, a
#: speed the thing described ("a 92.4-mph delivery"), an area whose ground it is ("area (km2) · Ukraine").
_NOT_OF_A_THING = frozenset({"count", "share", "speed", "area"})
_PARTICLES = frozenset("in out up back off".split())
_STATE_HELPERS = frozenset("was were is are been has have had be being".split())
_BASE_FORMS = frozenset("last take run go measure stretch".split())
#: The prepositions of a phrase that can follow the subject of a verb of length ("the talks *between* ...").
_SUBJECT_PREPOSITIONS = frozenset("between with among at in on of".split())


# The thresholds of the clustering are settings (align_same_context, align_same_context_specific,
# align_same_context_different_values, align_same_digits_bonus, align_equal_bonus,
# align_same_holder), passed in as :class:`~storyline.align.params.AlignParams`.


def _source_key(fig: Figure, article: Article | None = None) -> str:
    """Whose voice a figure is in, within its article: ``""`` for the outlet's own voice, the
    speaker's name, or, for a speaker the text never names ("he said"), a key of its own that
    is never the outlet's, told apart by the pronoun that stands for them ("he", "she")."""
    src = fig.attribution.first
    if src is None:
        return ""
    if src.name:
        return src.name.lower()
    said = article.text_of(fig)[src.start:src.end].lower() if article is not None and src.start is not None \
        and src.end is not None else ""
    return f"\x00{UNNAMED_SPEAKER}: {said}"


def change_linked(a: Figure, b: Figure, articles: Mapping[str, Article]) -> bool:
    """Whether two figures of one article are linked by a change: in one sentence or two
    sentences in a row, the sentence of the later one says so ("rose from two to six"; "held
    1,300 ... now holds 800"; not "each had raised $100,000. The campaign brought in $1 billion")."""
    if a.article_id != b.article_id:
        return False
    art = articles.get(a.article_id)
    if art is None or a.in_title != b.in_title:
        return False  # a title and a sentence of the text are never one sentence
    first, second = (a, b) if a.sentence_start <= b.sentence_start else (b, a)
    if first.sentence_start != second.sentence_start and \
            art.text_of(first)[first.sentence_end:second.sentence_start].strip(" \t\"'’”)") != "":
        return False  # not the same sentence, nor the next one
    words = re.findall(r"[a-z]+", art.text_of(second)[second.sentence_start:second.sentence_end].lower())
    return any(w in CHANGE_WORDS and not _offset_word(words, i) for i, w in enumerate(words))


def _offset_word(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` ends a length of time that dates another moment ("four years
    *later*", "a week *earlier*"): it moves to another occasion, it does not say that a value changed."""
    if words[i] not in OFFSET_WORDS or i == 0:
        return False
    unit = unit_of(words[i - 1]) or unit_of(words[i - 1].removesuffix("s"))
    return unit is not None and unit[0] == "time"


def same_value(a: Figure, b: Figure, ma: Measure, mb: Measure, params: AlignParams = DEFAULT) -> bool:
    """Whether two figures can state the same value (:func:`~storyline.align.measure.compatible`
    in the base unit, a whole number of a unit of time within half that unit)."""
    ia, ib = base_interval(a, ma), base_interval(b, mb)
    return compatible(ia, a.quantity.approx, ib, b.quantity.approx, params,
                      value_slack(a.quantity, b.quantity, ia[0]), value_slack(b.quantity, a.quantity, ib[0]))


#: The reasons of :func:`cannot_link` that say two figures measure different kinds of thing,
#: whatever their values and whoever gives them.
MEASURE_KIND_REASONS = frozenset({"different holders", "different events", "different aspects",
                                  "an offset or a point is not a length or a total",
                                  "an ordinal says which one, not how many", "a part of a group is not the group",
                                  "shares of two different wholes", "measures of two different things",
                                  "an average is not one instance",
                                  "counts of two occasions, one of a past year"})


def ages_apart(a: Figure, b: Figure) -> bool:
    """Whether two ages are told in two units ("a 6-month-old son", "his 6-year-old son"; weeks,
    months, years): a baby's age is told in weeks or months, a child's or a grown-up's in years, and
    one holder's age in one story in one unit; two ages in two units that differ in value are the
    ages of two holders (an age belongs to its holder), never one figure, its outlier nor its conflict."""
    return a.measure_head == "age" == b.measure_head and bool(a.quantity.unit) and bool(b.quantity.unit) and \
        a.quantity.unit != b.quantity.unit


def _after_number(fig: Figure, articles: Mapping[str, Article]) -> str:
    """The words of a figure's sentence after its number."""
    art = articles.get(fig.article_id)
    return art.text_of(fig)[fig.quantity.end:fig.sentence_end] if art is not None else ""


def cannot_link(a: Figure, b: Figure, ma: Measure, mb: Measure, articles: Mapping[str, Article],
                params: AlignParams = DEFAULT) -> str | None:
    """Why two figures can never be one tracked figure, or None.

    - different holders ("the boy's age" is not "the grandfather's age"; two ages told in two units
      with two values, "a 6-month-old son" and "a 6-year-old son": :func:`ages_apart`), or two names a sum or a
      share is told of (:attr:`~storyline.align.measure.Measure.named`: "Ruiz gave $2 million" is
      not "Berg gave $2 million", "Ruiz 38 percent" is not "Diaz 33 percent"), or two named owners
      of counts (:attr:`~storyline.align.measure.Measure.owner`: "Lee has 412 delegates" is not
      "Park has 60 delegates"), or two companies whose results two values are
      (:func:`~storyline.align.measure.companies_apart`: "Acme Corp. said net rose to $4 million" is
      not "Brightline posted net of $4 million");
    - different events ("killed" is not "arrested");
    - different aspects of a length (a depth is not a width);
    - shares of two different wholes ("two-thirds of the voters", "two-thirds of the
      council"), or of two groups (:attr:`~storyline.align.measure.Measure.group`: "40 percent of
      independents", "among women, 40 percent");
    - a count of what is in play ("nine delegates are at stake", "12 seats up for grabs":
      :func:`~storyline.align.measure.standing`) and a count held, won or of any other standing;
      two counts in play whose values differ ("nine delegates at stake", "48 delegates up for
      grabs") are two contests;
    - two lines of an account (:attr:`~storyline.align.measure.Measure.line`: "revenue of $40
      million" is not "a net loss of $40 million");
    - a value of the same period a year before and a value of now
      (:attr:`~storyline.align.measure.Measure.year_before`: "a year-earlier loss of $6 million",
      "net of $1 million a year ago"): two occasions;
    - the value of a plan or an expectation ("was due to last an hour") and a value
      told as what happened ("lasted 90 minutes");
    - an ordinal ("the eighth inning") and a count, or two ordinals that differ;
    - two counts told in stat lines whose other counts of one thing differ ("39 passes for 302
      yards", "29 passes for 201 yards": :attr:`~storyline.align.measure.Measure.companion`): two
      sets, two games or two seasons;
    - two shares of a count done so far whose values differ ("with 91 percent of precincts
      reporting", "with 98 percent of precincts reporting"): two moments of the count, never one
      figure;
    - a count of a part of a group ("12,000 of the casualties are children", "another 20")
      and a count of a group; two such parts whose values differ ("one of the bombs", "two
      of the bombs"): which part each counts, the text does not say;
    - an offset from another moment ("two days before the vote"), a point within a process
      ("after four innings") and a length or total are three different things; two offsets
      from one moment ("two days before the election", "11 days before the election") with
      values that differ date two events; two offsets whose moments share no word, not even
      the direction ("11 days before the election", "a week after the letter"), count from two
      moments, and so do two offsets from moments they do not name, in two directions ("four
      years ago", "four years later"); a stretch at one end of an event ("the last four days
      of the campaign") and an offset from a moment the text does not name ("a day earlier")
      are never shown to count from one moment; any other offset from an unnamed moment
      ("nine days earlier") and one from a named moment are left to the sentences;
    - two counts of two occasions: one its sentence dates to a past year, the other, by its
      sentence too, to its article's time (:func:`past_year`: "last year, a quake killed at
      least one person" is not the count of this week's quake); lengths of time are left out
      (the time a length's sentence names is often one of its ends);
    - two counts of one event whose clauses date it to two days at least two days apart, with
      values that differ (:func:`two_days`: "the bombing in Dara on Tuesday, which killed seven"
      and "a car bomb in Hama on Thursday killed twelve"): two occasions of one kind;
    - two incompatible values in one sentence, whoever gives them ("after the 90-minute
      meeting ... in the coming two months"): two things, unless a change links them
      ("rose from two to six");
    - one source giving two incompatible values at one date in one article: it is speaking
      of two things, unless a change links them in one sentence ("rose from two to six");
    - one value told twice in one article, once with a word of a new occasion next to it and
      once without ("won nine seats in the spring ... once again won nine seats", "the next
      train, this one at 120 km/h": :func:`told_again`): two occasions of one value, each its own figure (the sides
      of a score are left out: a game's story says "again" of much else than its score).
    """
    if ma.holder and mb.holder and ma.holder != mb.holder or ma.named and mb.named and ma.named != mb.named or \
            ma.owner_named and mb.owner_named and ma.owner != mb.owner or companies_apart(ma, mb) or \
            ages_apart(a, b) and not same_value(a, b, ma, mb, params):
        return "different holders"
    if ma.event and mb.event and ma.event != mb.event:
        return "different events"
    if ma.aspect and mb.aspect and ma.aspect != mb.aspect:
        return "different aspects"
    if ma.whole and mb.whole and ma.whole != mb.whole or \
            groups_apart(ma, mb, _after_number(a, articles), _after_number(b, articles)):
        return "shares of two different wholes"
    if ma.described and mb.described and ma.described != mb.described or \
            ma.line and mb.line and ma.line != mb.line:
        return "measures of two different things"
    if ma.year_before != mb.year_before:
        return "a value of the year before is another occasion"
    if ma.standing != mb.standing and "play" in (ma.standing, mb.standing):
        return "what is in play is not what is held"
    if ma.standing == mb.standing == "play" and not same_value(a, b, ma, mb, params):
        return "two counts in play of two sizes: two contests"
    if ma.average and mb.described or mb.average and ma.described:
        return "an average is not one instance"
    if bool(ma.planned) != bool(mb.planned):
        return "a plan is not what happened"
    if ma.relation != mb.relation:
        return "an offset or a point is not a length or a total"
    if ma.ordinal != mb.ordinal:
        return "an ordinal says which one, not how many"
    if ma.part != mb.part:
        return "a part of a group is not the group"
    if ma.ordinal and base_interval(a, ma) != base_interval(b, mb):
        return "two ordinals name two things"
    if ma.companion and mb.companion and ma.companion[0] == mb.companion[0] and ma.companion[1] != mb.companion[1]:
        return "two stat lines: two sets"
    if ma.relation == mb.relation == "point" and ma.dimension == "share" == mb.dimension and \
            not same_value(a, b, ma, mb, params):
        return "two points within a count: two moments"
    if ma.part and mb.part and not same_value(a, b, ma, mb, params):
        return "two parts of a group of different sizes"
    named_a, named_b = len(ma.anchor) > 1, len(mb.anchor) > 1  # an unnamed moment: the direction alone
    if ma.anchor and mb.anchor and not ma.anchor & mb.anchor and named_a == named_b or \
            ma.relation == mb.relation == "offset" and (ma.stretch and not named_b or mb.stretch and not named_a):
        return "offsets from two different moments"
    if ma.anchor and mb.anchor and len(ma.anchor & mb.anchor) >= 2 and \
            not same_value(a, b, ma, mb, params):
        return "two offsets from one moment: two events"
    if ma.dimension != "time" != mb.dimension and \
            _occasions_differ(a, b, articles.get(a.article_id), articles.get(b.article_id), params):
        return "counts of two occasions, one of a past year"
    if two_days(a, b, ma, mb, articles, params):
        return "counts of two occasions on two days"
    if a.article_id == b.article_id and a.sentence_start != b.sentence_start and not ma.score and not mb.score and \
            told_again(a, articles.get(a.article_id)) != told_again(b, articles.get(b.article_id)) and \
            same_value(a, b, ma, mb, params):
        return "one value told of two occasions"
    if a.article_id == b.article_id and a.in_title == b.in_title and a.sentence_start == b.sentence_start and \
            not same_value(a, b, ma, mb, params) and \
            not change_linked(a, b, articles):
        return "one sentence, two values"
    if a.article_id == b.article_id and \
            _source_key(a, articles.get(a.article_id)) == _source_key(b, articles.get(b.article_id)) and \
            figure_date(a, articles.get(a.article_id)) == figure_date(b, articles.get(b.article_id)) and \
            not same_value(a, b, ma, mb, params) and \
            not change_linked(a, b, articles):
        return "one source, two values"
    return None


#: Words before a day that make it the end of a count's span, not its occasion ("*by* Friday",
#: "*as of* Monday", "*until* Sunday", "*since* Tuesday").
_SPAN_END = re.compile(r"\b(?:by|until|till|through|since|as\s+of)\s+(?:late\s+|early\s+)?$", re.I)


def occasion_day(fig: Figure, article: Article | None) -> TimeRef | None:
    """The day a count's own clause dates what it counts to ("killed seven on Tuesday", "the
    bombing on Tuesday, which killed seven"), resolved or not ("Thursday's bombing" in an article
    with no date): its time reference when that is one day, not the end of a span ("by Friday",
    "as of Monday"), in a sentence that tells no change ("the toll rose to 52 on Saturday": a
    count of the same occasion as known that day); else None."""
    ref = fig.refers_to
    if article is None or ref is None or ref.granularity != "day":
        return None
    text, q = article.text_of(fig), fig.quantity
    if _SPAN_END.search(text[max(fig.sentence_start, ref.start - 20):ref.start]):
        return None
    if not _in_clause_of(text, ref, q):
        return None
    words = re.findall(r"[a-z]+", text[fig.sentence_start:fig.sentence_end].lower())
    if any(w in CHANGE_WORDS and not _times_the_saying(words, i) for i, w in enumerate(words)):
        return None
    return ref


def _times_the_saying(words: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` stands next to a verb of saying, and so tells when it was said,
    not a change of what was counted ("said *earlier* that 12 were killed", "had *earlier* told");
    not a word of a noun phrase ("an *earlier* count")."""
    if i > 0 and words[i - 1] in DETERMINERS:
        return False
    return any(_saying(w) for w in words[max(0, i - 1):i] + words[i + 1:i + 2])


def _weekday(ref: TimeRef) -> int | None:
    """The day of the week of a day's reference (Monday 0): of its resolved day, else of the one
    weekday its words name ("Thursday's", "last Tuesday")."""
    day = start_of(ref.value) if ref.value else None
    if day is not None:
        return day.weekday()
    named = {WEEKDAYS.index(w) for w in re.findall(r"[a-z]+", ref.text.lower()) if w in WEEKDAYS}
    return named.pop() if len(named) == 1 else None


#: A relative clause's opening ("..., which", " that killed").
_RELATIVE = re.compile(r",?\s*\b(?:which|that|who)\b", re.I)


def _in_clause_of(text: str, ref: TimeRef, q: Quantity) -> bool:
    """Whether a time phrase is told in the clause of a count: after it with no comma or dash
    between ("killed seven in Dara on Tuesday"), or before it with no relative clause opening
    between but right after the time ("the bombing on Tuesday, which killed seven", "on
    Tuesday a car bomb killed twelve"; not "met aides on Tuesday to discuss the bombings, which
    have killed 250": a day of another clause)."""
    if ref.start >= q.end:
        return re.search(r"[,;:()\u2013\u2014]", text[q.end:ref.start]) is None
    between = text[ref.end:q.start]
    m = _RELATIVE.search(between)
    return m is None or m.start() == 0


def two_days(a: Figure, b: Figure, ma: Measure, mb: Measure, articles: Mapping[str, Article],
             params: AlignParams = DEFAULT) -> bool:
    """Whether two counts of one event ("killed") are of two occasions told by their days: each
    clause dates its occasion to a day (:func:`occasion_day`), the days at least two days apart
    (a night's event is told on either side of midnight), and the values differ: "the bombing in
    Dara on Tuesday, which officials said killed seven" and "a car bomb in Hama on Thursday killed
    twelve" are two attacks of one kind, not one toll rising. In an article with no date, a day
    named by its weekday counts by the weekday: two weekdays that are not neighbours ("Tuesday",
    "Thursday's bombing") are two days at least two apart. A count told with no day of its own
    is left to the other rules."""
    if ma.dimension != "count" or mb.dimension != "count" or not ma.event or ma.event != mb.event:
        return False
    ra = occasion_day(a, articles.get(a.article_id))
    rb = occasion_day(b, articles.get(b.article_id))
    if ra is None or rb is None:
        return False
    da, db = _iso_day(ra), _iso_day(rb)
    if da is not None and db is not None:
        apart = abs(_days_apart(da, db)) >= 2
    else:
        # a day an undated article names only by its weekday: two weekdays that are not
        # neighbours are two days at least two apart, whatever their weeks
        wa, wb = _weekday(ra), _weekday(rb)
        apart = wa is not None and wb is not None and min((wa - wb) % 7, (wb - wa) % 7) >= 2
    return apart and not same_value(a, b, ma, mb, params)


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-+\s")
_TOLD_AGAIN = re.compile(r"\b(?:" + "|".join(r"\s+".join(w) for w in NEW_OCCASION_WORDS) + r")\b", re.I)


def told_again(fig: Figure, article: Article | None, before: int = 30, after: int = 15) -> bool:
    """Whether the words next to a figure, in its clause, tell a new occasion ("once again
    won nine seats", "the next train, this one at 120 km/h", "rose to 7 metres again":
    :data:`~storyline.lang.en.NEW_OCCASION_WORDS` within ``before`` characters before the number
    or ``after`` characters after it, with no comma, colon, dash or bracket between; an "again"
    further away is of another clause: "the side scored again, taking a 14-0 lead"). An "again"
    next to a verb of saying tells the claim again, not a new occasion of what it counts ("the
    ministry again said 200 had died"), as :func:`storyline.extract.figures.new_occasion` reads it."""
    if article is None:
        return False
    q, text = fig.quantity, article.text_of(fig)
    left = _CLAUSE_BREAK.split(text[max(fig.sentence_start, q.start - before):q.start])[-1]
    right = _CLAUSE_BREAK.split(text[q.end:min(fig.sentence_end, q.end + after)])[0]
    return _new_occasion_in(left) or _new_occasion_in(right)


def _new_occasion_in(words: str) -> bool:
    """Whether ``words`` hold a word of a new occasion that is not next to a verb of saying."""
    for m in _TOLD_AGAIN.finditer(words):
        near = words[:m.start()].split()[-1:] + words[m.end():].split()[:1]
        if not any(_saying(w.strip(".,;:!?\"'’")) for w in near):
            return True
    return False


def _saying(word: str) -> bool:
    """Whether a word is a form of a verb of saying ("said", "reports", "estimated", "denied",
    "noting"), read from its letters: the base forms of :data:`~storyline.lang.en.REPORTING_VERBS`
    with their suffixes taken off, and the irregular forms."""
    w = word.lower()
    if w in REPORTING_VERBS or w in REPORTING_IRREGULAR_FORMS:
        return True
    if not w.endswith(("s", "d", "g")):
        return False
    return any(stem in REPORTING_VERBS for stem in (w[:-1], w[:-2], w[:-3], w[:-3] + "y", w[:-3] + "e"))


def _occasions_differ(a: Figure, b: Figure, art_a: Article | None, art_b: Article | None,
                      params: AlignParams = DEFAULT) -> bool:
    """Whether two counts are of two occasions: one is dated by its sentence to a past year
    (:func:`past_year`) and the other, dated by its sentence too, to its article's time ("last
    year, a flood drowned at least two people" and "the flood on Sunday drowned at least two
    people"). A count its sentence does not date may tell the same past occasion in other
    words ("up 3-0, five outs away" after "13 years ago"), and two past years may be the two
    ends of one span ("returned in 1994 and stayed seven seasons", "joined in 2001 after seven
    seasons"): no evidence either way, left to the other rules."""
    ya, yb = past_year(a, art_a, params), past_year(b, art_b, params)
    if (ya is None) == (yb is None):
        return False
    present, article = (b, art_b) if ya is not None else (a, art_a)
    return _dated_by_sentence(present, article)


def _dated_by_sentence(fig: Figure, article: Article | None) -> bool:
    """Whether a figure's sentence dates it (:func:`_occasion_time`) in a dated article."""
    return article is not None and article.published_on is not None and _occasion_time(fig, article) is not None


def _written_value(iv: tuple[float | None, float | None], bounds: bool = True) -> float | None:
    """The number an interval writes: its value when exact, the bound of an open bound ("as many
    as 430,000") when that bound has two significant digits or more (a round bound, "more than
    10", differs from "100" by a power of ten as every round number does: no sign of a slip),
    else None."""
    low, high = iv
    if low is not None and low == high:
        return low
    bound = None if not bounds else high if low is None else low if high is None else None
    if bound is None or bound <= 0 or bound != round(bound):
        return None
    return bound if len(str(int(bound)).rstrip("0")) >= 2 else None


def same_digits(a: tuple[float | None, float | None], b: tuple[float | None, float | None],
                bounds: bool = False) -> bool:
    """Whether two written values differ by a power of ten (10 or more): the same digits. An exact
    value is a written value, and, with ``bounds``, so is the bound of an open bound with two
    significant digits or more (:func:`_written_value`)."""
    x, y = _written_value(a, bounds), _written_value(b, bounds)
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    k = math.log10(max(x, y) / min(x, y))
    return k >= 0.999 and abs(k - round(k)) < 1e-6


def misprint(a: Figure, b: Figure, ia: tuple[float | None, float | None],
             ib: tuple[float | None, float | None], bounds: bool = False) -> bool:
    """Whether two figures may be one value with a misprint: the same digits a power of ten
    apart (:func:`same_digits`), both written in digits in one unit ("430,000" and "4,300,000";
    not "a year" and "a century", which no slip of a key turns into each other)."""
    qa, qb = a.quantity, b.quantity
    return qa.unit == qb.unit and any(c.isdigit() for c in qa.text) and any(c.isdigit() for c in qb.text) and \
        same_digits(ia, ib, bounds)


def grows_over_time(a: Figure, b: Figure, articles: Mapping[str, Article], params: AlignParams = DEFAULT) -> bool:
    """Whether two figures of two articles read as one count rising over time: the later one is
    the larger, in an article published on a later day, by no more than
    ``params.max_daily_factor`` per day (a toll that rises, more rescuers as days pass). A count
    that falls, changes within a day, or is dated only by its sentence (a chronology of past
    events) is no such evidence."""
    if a.article_id == b.article_id:
        return False
    da, db = _published(articles.get(a.article_id)), _published(articles.get(b.article_id))
    pa, pb = point(a), point(b)
    if not da or not db or da == db or not pa or not pb or pa <= 0 or pb <= 0:
        return False
    (d0, p0), (d1, p1) = sorted([(da, pa), (db, pb)])
    days = _days_apart(d0, d1)
    return p1 > p0 and days > 0 and math.log(p1 / p0) <= days * math.log(params.max_daily_factor)


def same_start(a: Figure, b: Figure, ma: Measure, mb: Measure, articles: Mapping[str, Article],
               params: AlignParams = DEFAULT) -> bool:
    """Whether two lengths of time, in articles published on different days, count from one
    moment: each article's day less its length gives the same start, within a day (and the
    rounding tolerance of the longer, ``params.approx_tolerance`` when one is approximate):
    "50 hours" on the 8th and "more than 85 hours" on the 10th are one search going on, not
    two lengths that disagree."""
    if a.article_id == b.article_id or ma.dimension != "time" or mb.dimension != "time" or ma.relation or mb.relation:
        return False
    da, db = _published(articles.get(a.article_id)), _published(articles.get(b.article_id))
    pa, pb = _base_point(a, ma), _base_point(b, mb)
    if not da or not db or da == db or pa is None or pb is None or \
            figure_date(a, articles.get(a.article_id)) != da or figure_date(b, articles.get(b.article_id)) != db:
        return False  # a length the sentence dates otherwise is not counted to its article's day
    gap_hours = 24.0 * _days_apart(min(da, db), max(da, db))
    later, earlier = (pb, pa) if db > da else (pa, pb)
    tol = params.approx_tolerance if a.quantity.approx or b.quantity.approx else params.rounding_tolerance
    return abs((later - earlier) - gap_hours) <= 24.0 + tol * max(pa, pb)


def _base_point(f: Figure, m: Measure) -> float | None:
    lo, hi = base_interval(f, m)
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def _published(article: Article | None) -> str | None:
    return article.published_on.isoformat() if article is not None and article.published_on else None


def _days_apart(a: str, b: str) -> int:
    from storyline.dates import days_between

    return days_between(a, b) or 0


#: A value whose interval spans this factor or more ("several" 2..9, "thousands" 2,000..9,999) is vague.
VAGUE_SPAN = 2.0


def one_plan(a: Figure, b: Figure, ma: Measure, mb: Measure, articles: Mapping[str, Article]) -> bool:
    """Whether two values of a plan or an expectation, in two articles, are values of one plan:
    the same verb of plan (:attr:`~storyline.align.measure.Measure.planned`, not a sum set as a
    goal), one dimension and one thing planned (:func:`measured_thing`: "the talks were expected
    to last an hour", "the talks were supposed to last ten minutes"). Like one holder, evidence
    that two values measure one thing, so that their difference can be told; two things planned
    in one story ("the strike was due to last two days", "the talks were due to last an hour")
    stay apart. The clustering takes them as it takes two values a change links: one measure."""
    if a.article_id == b.article_id or not ma.planned or ma.planned != mb.planned or ma.planned == "goal" or \
            ma.dimension != mb.dimension:
        return False
    thing = measured_thing(a, articles.get(a.article_id), ma)
    return bool(thing) and plain_word(thing) == plain_word(measured_thing(b, articles.get(b.article_id), mb))


def vague_value(fig: Figure) -> bool:
    """Whether a figure's value is a vague word's span ("several", "dozens", "thousands"): two
    of them that read alike state no one value, so they are no evidence of one figure."""
    lo, hi = fig.quantity.low, fig.quantity.high
    return lo is not None and hi is not None and lo > 0 and hi / lo >= VAGUE_SPAN


def _clusters(members: Sequence[Figure], measures: Mapping[int, Measure],
              articles: Mapping[str, Article], party: str = "",
              idf: Mapping[str, float] | None = None, params: AlignParams = DEFAULT) -> list[list[Figure]]:
    """Constrained single-link clustering of one group's figures (see :func:`align_figures`)."""
    counted = [f for f in members if f.modality not in EXCLUDED_MODALITIES]
    excluded = [f for f in members if f.modality in EXCLUDED_MODALITIES]
    n = len(counted)
    ms = [measures[id(f)] for f in counted]
    cannot = {(i, j) for i in range(n) for j in range(i + 1, n)
              if cannot_link(counted[i], counted[j], ms[i], ms[j], articles, params)}
    # a specific head with a named party ("North Korean troops") is strong evidence by itself, and
    # so are counts of those one harm left hurt to one grade ("critically wounded"); a generic
    # head ("duration") or another group without a party needs the sentences to agree
    generic = any(m.generic for m in ms)
    graded = one_grade_of_harm(counted, ms)
    if (not generic and party or graded) and not cannot:
        clusters = [list(range(n))] if n else []
    else:
        sim = {(i, j): 1.0 if change_linked(counted[i], counted[j], articles)
               or one_plan(counted[i], counted[j], ms[i], ms[j], articles) else
               context_similarity(ms[i], ms[j], idf)
               + (params.same_holder if ms[i].holder and ms[i].holder == ms[j].holder
                  or ms[i].same_point(ms[j]) else 0.0)
               for i in range(n) for j in range(i + 1, n)}
        need = params.same_context if generic else params.same_context_specific
        # values that differ need more evidence, unless they read as a specific count rising
        # over time (a count of one thing in a developing story grows) or as lengths of time
        # from one start (the time a search has gone on)
        # two vague words ("thousands", "thousands") meet without stating one value: they
        # need the evidence two different values need
        comp = {(i, j): not (vague_value(counted[i]) and vague_value(counted[j])) and (
                same_value(counted[i], counted[j], ms[i], ms[j], params)
                or not generic and grows_over_time(counted[i], counted[j], articles, params)
                or same_start(counted[i], counted[j], ms[i], ms[j], articles, params))
                for i in range(n) for j in range(i + 1, n)}
        ivs = [base_interval(f, m) for f, m in zip(counted, ms, strict=True)]
        for i in range(n):
            for j in range(i + 1, n):
                # a bound's digits too ("up to 430,000" and "4,300,000"): evidence to align
                # them, not to claim that they disagree (that needs two written values)
                if counted[i].article_id != counted[j].article_id and \
                        misprint(counted[i], counted[j], ivs[i], ivs[j], bounds=True):
                    sim[(i, j)] += params.same_digits_bonus
        equal = {(i, j) for i in range(n) for j in range(i + 1, n)
                 if comp[(i, j)] and (counted[i].article_id != counted[j].article_id and ivs[i] == ivs[j]
                                      or counted[i].article_id == counted[j].article_id
                                      and one_harm_count(ms[i], ms[j], ivs[i], ivs[j]))}
        # one value of a bare dimension ("40 years", "36 percent") is no evidence by itself: in a
        # group with a generic head, two equal values of two articles whose sentences share no
        # word are no pair ("a 40-year career", "has stood for 40 years")
        # single-link on the best pair, under the cannot-links: the score of two clusters is
        # their best evidence (values that differ need more), kept per pair of clusters and
        # updated on each merge (a story's group may hold hundreds of figures)
        score: dict[tuple[int, int], float] = {}
        for (i, j), v in sim.items():
            score[(i, j)] = -math.inf if (i, j) in cannot else (
                v + (params.equal_bonus if (i, j) in equal and (v > 0 or not generic or
                                                                 counted[i].article_id == counted[j].article_id)
                     else 0.0)
                - (0.0 if comp[(i, j)] else params.same_context_different_values - need))
        groups: dict[int, list[int]] = {i: [i] for i in range(n)}
        while True:
            best = max(((v, -a, -b) for (a, b), v in score.items() if v >= need), default=None)
            if best is None:
                break
            a, b = -best[1], -best[2]
            groups[a] += groups.pop(b)
            for c in groups:
                if c == a:
                    continue
                ac, bc = (min(a, c), max(a, c)), (min(b, c), max(b, c))
                sa, sb = score.get(ac, -math.inf), score.get(bc, -math.inf)
                # a cannot-link with either side forbids the merged cluster
                score[ac] = -math.inf if -math.inf in (sa, sb) else max(sa, sb)
            score = {k: v for k, v in score.items() if b not in k}
        clusters = [sorted(g) for g in groups.values()]
    out = [[counted[i] for i in c] for c in clusters]
    strict = (generic or not party) and not graded or bool(cannot)  # the group needed matching sentences
    for f in excluded:
        # beside the cluster it most resembles (the largest when nothing resembles it, unless
        # the group needs matching sentences: then a tracked figure of its own); a figure that
        # gives the same value resembles it more and one that gives another value needs closer
        # sentences, as in the clustering; never beside a cluster whose measure differs in kind
        # (another holder, event, aspect, relation)
        m = measures[id(f)]
        need = params.same_context if generic else params.same_context_specific
        sims = [-math.inf if any(cannot_link(f, g, m, measures[id(g)], articles, params) in MEASURE_KIND_REASONS
                                 for g in c) else
                max((context_similarity(m, measures[id(g)], idf)
                     + (params.equal_bonus if same_value(f, g, m, measures[id(g)], params)
                        else need - params.same_context_different_values)
                     for g in c), default=0.0) for c in out]
        if not out or max(sims) == -math.inf or strict and max(sims) < need:
            out.append([f])
            continue
        target = max(range(len(out)), key=lambda k: (sims[k], len(out[k]), -k))
        out[target].append(f)
    out.sort(key=lambda c: (-sum(1 for f in c if f.modality not in EXCLUDED_MODALITIES), _fig_key(c[0])))
    return out


def one_grade_of_harm(figs: Sequence[Figure], ms: Sequence[Measure]) -> bool:
    """Whether a group's counts are all counts of the people one harm left hurt to one grade
    (:attr:`~storyline.align.measure.Measure.severity`: "one man critically injured", "two
    patients in critical condition", "one person with life-threatening wounds"), and their nouns
    name no two kinds of people (:func:`kind_of_person`: "two men" and "a woman in critical
    condition" are two parts of the gravely hurt). The harm and the grade name what such counts
    measure, as a party names whose troops are counted: in one story they are one measure
    whatever noun counts them, unless something tells two apart (:func:`cannot_link`)."""
    if not figs or not all(m.severity and m.event in HARM_EVENTS and m.dimension == "count" for m in ms):
        return False
    return len({k for f in figs if (k := kind_of_person(f.measure_head))}) <= 1


_EVENT_WORDS = frozenset(w for words in EVENTS.values() for w in words) | frozenset(EVENTS)


def kind_of_person(head: str | None) -> str | None:
    """The kind of person a count's head names ("males" -> ``man``, "child"), or None for a
    head that names whoever was hurt (:data:`~storyline.lang.en.ANYONE_HURT`: "patients",
    "victims") or only the harm ("wounded", "injured")."""
    written = (head or "").lower()
    word = plain_word(written)
    if not word or {written, word} & (ANYONE_HURT | _EVENT_WORDS):
        return None
    return HEAD_SYNONYMS.get(written) or HEAD_SYNONYMS.get(word, word)


def _told_count(iv: tuple[float | None, float | None]) -> float | None:
    """The number a count states: its value when exact, the bound of "at least five" (a count
    that one report gives as a floor), else None."""
    low, high = iv
    return low if low is not None and (high is None or high == low) else None


def one_harm_count(ma: Measure, mb: Measure, ia: tuple[float | None, float | None],
                   ib: tuple[float | None, float | None]) -> bool:
    """Whether two counts of the people one kind of harm befell (:data:`HARM_EVENTS`: "shot",
    "wounded", "arrested") state one number: in one article, "six patients with gunshot wounds"
    and "at least six were shot by the attacker" are one count told with and without its noun, and
    the clustering takes them as equal values (its equal bonus), as it takes two articles' "six".
    A count with anything that tells it apart (a holder, a part of the group, how gravely, a
    share, an average, a plan, an offset) is left to its sentences, and so is a floor in another
    article ("at least 9,000 people in the camp" is not shown to count the "9,000" a depot
    has supplies for)."""
    if not (ma.event and ma.event == mb.event and ma.event in HARM_EVENTS):
        return False
    if ma.dimension != "count" or mb.dimension != "count":
        return False
    for m in (ma, mb):
        if m.holder or m.part or m.severity or m.whole or m.average or m.planned or m.relation or \
                m.ordinal or m.score or m.described or m.aspect:
            return False
    x, y = _told_count(ia), _told_count(ib)
    return x is not None and x == y


def _common_unit(figs: Sequence[Figure]) -> str | None:
    units = [f.quantity.unit for f in figs if f.quantity.unit]
    if not units:
        return None
    return max(sorted(set(units)), key=units.count)


def singular_heads(heads: Iterable[str]) -> dict[str, str]:
    """Plural heads of a story that another of its heads is the singular of ("innings" and
    "inning", "boxes" and "box"), each mapped to that singular: one thing counted, whichever
    form the parse kept."""
    seen = set(heads)
    out = {}
    for h in seen:
        for stem in (h[:-1] if h.endswith("s") else None, h[:-2] if h.endswith("es") else None):
            if stem and len(stem) > 2 and stem in seen:
                out[h] = stem
                break
    return out


def align_figures(story_id: str, figures: Iterable[Figure], articles: Mapping[str, Article],
                  params: AlignParams = DEFAULT) -> Alignment:
    """Group the figures of one story into tracked figures.

    Figures are first grouped by head (a unit word counts as its dimension: "feet" and
    "metres" are distances), dimension, party and action as the module docstring says; each
    group is then clustered under hard constraints (:func:`cannot_link`): when its head is
    generic or one source gives two values of it, two figures are one tracked figure only
    when their sentences share enough context, more when their values differ.

    Args:
        story_id: the story.
        figures: its figures (any order).
        articles: article id -> article, for the sentences and dates.
        params: the alignment thresholds (the ``align_*`` settings).

    Returns:
        The tracked figures, ordered by head, unit and party, and the unaligned figures.
    """
    figs = sorted(figures, key=_fig_key)
    profiles = {id(f): profile(f, articles.get(f.article_id)) for f in figs}
    measures = {id(f): measure_of(f, articles.get(f.article_id), params) for f in figs}
    idf = context_idf(measures.values())
    groups: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    unknown: list[Figure] = []
    unaligned: list[Figure] = []

    def dim(f: Figure) -> str:
        m = measures[id(f)]
        return "" if m.dimension == "count" else m.dimension

    singular = singular_heads(group_head(f, measures[id(f)]) for f in figs)

    def head(f: Figure) -> str:
        h = group_head(f, measures[id(f)])
        return singular.get(h, h)

    alone: dict[tuple[str, str, str, str], list[Figure]] = defaultdict(list)
    for f in figs:
        if f.measure_head == "count" and not measures[id(f)].score:
            unaligned.append(f)
            continue
        p = profiles[id(f)]
        if measures[id(f)].bare:  # a share of what is unknown: weak evidence, never joined to another
            alone[(head(f), dim(f), p.party or "", p.action)].append(f)
            continue
        if p.party is None:
            unknown.append(f)
        else:
            groups[(head(f), dim(f), p.party, p.action)].append(f)
    # a figure whose party is unknown joins the closest group of its kind (by counted values)
    for f in unknown:
        p = profiles[id(f)]
        same = [k for k in groups if k[:2] == (head(f), dim(f)) and k[3] == p.action]
        counted = {k: [g for g in groups[k] if g.modality not in EXCLUDED_MODALITIES] or groups[k] for k in same}
        if same:
            best = min(same, key=lambda k: (_log_distance(f, counted[k]), k))
            groups[best].append(f)
        else:
            groups[(head(f), dim(f), "", p.action)].append(f)
    tracked = []
    for key in sorted(set(groups) | set(alone)):
        hd, _, party, action = key
        clusters = _clusters(groups[key], measures, articles, party, idf, params) if key in groups else []
        for k, members in enumerate(clusters + [[f] for f in alone.get(key, [])]):
            counted = [f for f in members if f.modality not in EXCLUDED_MODALITIES]
            excluded = tuple((f, EXCLUDED_MODALITIES[f.modality]) for f in members
                             if f.modality in EXCLUDED_MODALITIES)
            counted.sort(key=lambda f: (figure_date(f, articles.get(f.article_id)) or "9999", _fig_key(f)))
            unit = _common_unit(counted or [f for f, _ in excluded]) or ""
            slug = "-".join(x for x in (party.replace(" ", "-"), hd.replace(" ", "-"), action, unit) if x)
            digest = hashlib.sha1(slug.encode()).hexdigest()[:6]
            # the party is the tracked figure's only when one of its figures names it: figures that
            # joined the group without one ("257 people") are nobody's in particular
            own = party if any(profiles[id(f)].party == party for f in members) else ""
            counted_noun = _counted_noun(hd, members, measures, own)
            label = _label(hd, unit or None, own or None, action, counted_noun)
            things = [t for t in (measured_thing(f, articles.get(f.article_id), measures[id(f)]) for f in members) if t]
            if k:
                slug = f"{slug}-{k + 1}"
            thing = max(sorted(set(things)), key=things.count) if things else ""
            if not (thing and (things.count(thing) >= 2 or len(members) <= 2)):
                thing = ""  # said by two of its figures when it has more than two
            said = ""
            if hd == "score":  # the contest a score is of: "series score"
                games = [t for t in (score_contest(f, articles.get(f.article_id)) for f in members) if t]
                game = max(sorted(set(games)), key=games.count) if games else ""
                if game and (games.count(game) >= 2 or len(members) <= 2):
                    label = label.replace("score", f"{game} score", 1)
            if hd == "score":  # what the score is: "score: win", "final score"
                kinds = [t for t in (score_thing(f, articles.get(f.article_id)) for f in members) if t]
                said = max(sorted(set(kinds)), key=kinds.count) if kinds else ""
                # said by more of its figures than any other ("a 3-1 lead" of one side is "a 3-1
                # deficit" of the other: told as both as often, it is neither)
                if said and (kinds.count(said) >= 2 or len(members) <= 2) and \
                        sum(1 for x in set(kinds) if kinds.count(x) == kinds.count(said)) == 1:
                    label = said if said.endswith("score") else f"{label}: {said}"
                else:
                    said = ""
            if k and not said:
                told = [thing_phrase(f.measure, hd, unit or None) for f in members]
                # a phrase of a dimension word alone ("score: count") says nothing
                phrases = [t for t, _ in told if t and not all(plain_word(w) in _DIMENSION_WORDS for w in t.split())]
                actions = [a for _, a in told if a]
                phrases = [t for t in phrases if plain_word(t) not in {plain_word(w) for w in label.split()}]
                if phrases and not thing:  # "men shot", not "men shot: men"
                    label = f"{label}: {max(sorted(set(phrases)), key=phrases.count)}"
                elif actions and not action:  # "money raised (USD)"
                    label = _label(hd, unit or None, own or None, max(sorted(set(actions)), key=actions.count),
                                   counted_noun)
            if thing:  # what the length, the size or the sum is of: "meeting: duration (minute)"
                label = f"{thing}: {_measure_words(hd, members, measures, label)}"
            elif hd == "duration" and _ago(members, measures):  # "three years ago": no length of anything
                label = label.replace("duration", "time ago", 1)
            tracked.append(_summarise(TrackedFigure(
                id=f"{story_id}:{slug or digest}", story_id=story_id, label=label, measure_head=hd,
                unit=unit or None, party=own or None, figures=tuple(counted), excluded=excluded,
            ), articles, measures))
    return Alignment(story_id, tuple(distinct_labels(tracked, articles, measures)), tuple(unaligned), profiles,
                     measures)


#: The words a label that several tracked figures of a story share is told apart by.
LABEL_WORDS = 2


def distinct_labels(tracked: Sequence[TrackedFigure], articles: Mapping[str, Article],
                    measures: Mapping[int, Measure] | None = None) -> list[TrackedFigure]:
    """The tracked figures, each label that several of them share followed by the words that
    tell each one apart ("percent (%) · Latino voters"), the best kind of them there is: whose
    figure it is (the party, the holder its measure names: "area (km2) · Ukraine"), else the
    nouns of its measure phrase, else the nouns and names of its sentences nearest the number
    (:func:`~storyline.align.measure.telling_words`); only those the others sharing the label
    lack when there are any, those of more of its figures first. Never a verb or a function
    word ("area · Ukraine", not "area · Ukraine's holds"), nor the party of a length of time,
    which is nobody's. A label that names the thing measured ("meeting: duration (minute)") is
    kept as it is by the one most reported of those sharing it. A tracked figure with no such
    word keeps its label.

    Two tracked figures may still read alike; the label is for reading, the id tells them apart."""
    from dataclasses import replace

    by_label: dict[str, list[int]] = defaultdict(list)
    for i, tf in enumerate(tracked):
        by_label[tf.label].append(i)
    out = list(tracked)
    for label, idx in by_label.items():
        if len(idx) < 2:
            continue
        said = set(content_words(label)) | {plain_word(w) for w in re.findall(r"[\w'’-]+", label)}
        count: dict[int, dict[str, int]] = {}
        rank: dict[int, dict[str, tuple[int, int]]] = {}
        shown: dict[int, dict[str, tuple[int, int, str]]] = {}  # word -> (figure, offset, as written)
        for i in idx:
            tf = tracked[i]
            count[i], rank[i], shown[i] = defaultdict(int), {}, {}
            for k, f in enumerate(tf.figures or tuple(f for f, _ in tf.excluded)):
                article = articles.get(f.article_id)
                if article is None:
                    continue
                seen = set()
                # whose, when not said, as it is written ("United States", not "United State")
                # a length of time is nobody's: the party of its group says nothing of it
                party = [] if (unit_of(tf.unit) or ("",))[0] == "time" else [
                    (w, written.title() if written.islower() else written, -1, 0)
                    for w, written in written_content_words(tf.party or "")]
                for r, (norm, word, at, tier) in enumerate(party + telling_words(f, article,
                                                                                  (measures or {}).get(id(f)))):
                    if norm in said or plain_word(word) in said or norm in seen:
                        continue
                    seen.add(norm)
                    count[i][norm] += 1
                    rank[i][norm] = min(rank[i].get(norm, (tier, r)), (tier, r))
                    shown[i].setdefault(norm, (k, at, word))
        sizes = sorted((len(tracked[i].figures) for i in idx), reverse=True)
        said_as = {i: _told_apart(i, False, label, idx, tracked, count, rank, shown, sizes) for i in idx}
        for i in sorted(idx, key=lambda i: len(tracked[i].figures)):
            # two told alike by those words keep any word that tells them apart ("percent · share
            # highest"), the less reported first
            if said_as[i] is not None and sum(1 for j in idx if said_as[j] == said_as[i]) > 1:
                said_as[i] = _told_apart(i, True, label, idx, tracked, count, rank, shown, sizes)
        for i in idx:
            if said_as[i] is not None:
                out[i] = replace(tracked[i], label=f"{label} · {said_as[i]}")
    return out


def _told_apart(i: int, plain: bool, label: str, idx: Sequence[int], tracked: Sequence[TrackedFigure],
                count: Mapping[int, Mapping[str, int]], rank: Mapping[int, Mapping[str, tuple[int, int]]],
                shown: Mapping[int, Mapping[str, tuple[int, int, str]]], sizes: Sequence[int]) -> str | None:
    """The words that tell the tracked figure ``i`` apart from the others of ``idx`` sharing
    ``label`` (as :func:`distinct_labels` says), in the order the text says them, or None; with
    ``plain``, words of any kind (a unit or a dimension too)."""
    if ":" in label and len(tracked[i].figures) == sizes[0] > sizes[1]:
        # a label that names the thing measured ("meeting: duration (minute)") is kept by
        # the most reported of those sharing it: the others are told apart from it
        return None
    # a word the others sharing the label also have tells this one apart only when no other
    # does, unless it says whose figure this one is (its holder, party or owner) and only
    # stands near the others' numbers ("Lee has 503 delegates" against "Lee won 40 of the
    # 865 delegates at stake")
    others: dict[str, int] = {}
    for j in idx:
        if j != i:
            for w in count[j]:
                others[w] = min(others.get(w, rank[j][w][0]), rank[j][w][0])

    def shared(w: str) -> bool:
        return w in others and (rank[i][w][0] > 0 or others[w] == 0)
    words = sorted(count[i], key=lambda w: (shared(w), rank[i][w][0], -count[i][w], rank[i][w][1], w))
    words = [w for w in words if not shared(w)] or words
    if not plain:
        # a unit, a dimension, a stretch of time or a word of no thing says nothing of what
        # is measured ("percent · year", "distance · yards"): a noun or a name does
        time = (unit_of(tracked[i].unit) or ("",))[0] == "time"
        words = [w for w in words if _telling_label_word(shown[i][w][2], time)] or words
    words = [w for w in words if rank[i][w][0] == rank[i][words[0]][0]][:LABEL_WORDS] if words else []
    if not words:
        return None
    # in the order the text says them
    return " ".join(shown[i][w][2] for w in sorted(words, key=lambda w: shown[i][w][:2]))


def _telling_label_word(word: str, time: bool = False) -> bool:
    """Whether a word told of a figure can tell its label apart: a name ("Ruiz", "GDP") or a noun
    that can name a thing (:func:`_thing_word`: "voters", "contract"), not a unit ("yards"), a
    dimension ("percent", "total"), a word of no thing ("lot") nor, of a length of time (``time``), a
    stretch of time ("period")."""
    if not word.islower():
        return True
    w = word.lower()
    one = w.removesuffix("s")
    return not (_unit_word(w) or w in _DIMENSION_WORDS or one in _DIMENSION_WORDS or w in NOT_THINGS
                or one in NOT_THINGS or time and one in SPAN_NOUNS)


def _summarise(tf: TrackedFigure, articles: Mapping[str, Article],
               measures: Mapping[int, Measure] | None = None) -> TrackedFigure:
    """Fill in the range (in the tracked figure's unit), the latest and the most conservative credible figure."""
    from dataclasses import replace

    figs = tf.figures
    if not figs:
        return tf
    unit = unit_of(tf.unit)
    unit_factor = unit[1] if unit else 1.0

    def scaled(f: Figure) -> tuple[float | None, float | None]:
        m = (measures or {}).get(id(f))
        if m is None:
            return f.quantity.low, f.quantity.high
        lo, hi = base_interval(f, m)
        return (None if lo is None else lo / unit_factor, None if hi is None else hi / unit_factor)

    ivs = [scaled(f) for f in figs]
    lows = [lo if lo is not None else hi for lo, hi in ivs]
    highs = [hi for _, hi in ivs]
    low = min(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    dated = [f for f in figs if figure_date(f, articles.get(f.article_id))]
    latest = max(dated, key=lambda f: (figure_date(f, articles.get(f.article_id)), _fig_key(f))) if dated else None
    credible = [f for f in figs if f.modality in ("asserted", "reported")]
    conservative = min(credible, key=lambda f: (scaled(f)[0] if scaled(f)[0] is not None
                                                 else (scaled(f)[1] or 0.0), _fig_key(f))) if credible else None
    pts = [p for p in ((math.sqrt(lo * hi) if lo and hi and lo > 0 and hi > 0 else (lo if lo is not None else hi))
                       for lo, hi in ivs) if p]
    disputed = bool(pts) and max(pts) / max(min(pts), 1e-9) > 1.5
    return replace(tf, low=low, high=high, latest=latest, conservative=conservative, disputed=disputed)
