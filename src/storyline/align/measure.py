"""What a figure measures, as alignment compares it: a structured :class:`Measure` (align stage).

The extractor reads the parse once and keeps, for every figure, its measure phrase (the
counted noun with its modifiers, and the casualty verb when the verb is what is counted) and
its normalised head (:mod:`storyline.extract.measure`). :func:`measure_of` turns that into
the fields alignment needs, using the words of :mod:`storyline.align.vocab`:

- ``counted``: the measure phrase;
- ``event``: what happened to what is counted (``killed``, ``wounded``, ``casualties`` for
  killed or wounded, ``arrested``...), read from the measure phrase, the words after the number,
  else the verb right before it ("which also hurt some 100 people"), or None; a word of an
  event set before another noun names a kind of thing ("death claims", "rescue workers"), not
  an event, unless that noun is a tally or whoever was hurt ("death toll", "shooting victims");
- ``holder``: whose the figure is when the text says: the possessor in the measure phrase
  ("the boy's age"), the person an age belongs to ("a six-year-old *boy*", "*Smith*, 34,");
  with its offsets in the article text;
- ``owner``: whose count a count is when the words right before it say: the subject of a verb
  of holding ("Lee *has* 40 delegates"), a possessor ("Ohio's 66 delegates", "the company's 120
  stores") or a name in apposition ("Ohio, 66 delegates,"): two owners keep two counts apart in
  findings, one owner is evidence of one count over time;
- ``named``: the name a sum or a share is told of, right before it: the giver of a sum ("Ana
  Ruiz gave $2 million"), the one a share is of ("Ruiz 38 percent", "Diaz received 33
  percent"); two names keep two figures apart, one name shows nothing alike;
- ``dimension`` and ``factor``: the dimension of the unit (``length``, ``time``, ``area``,
  ``mass``, ``speed``, ``share``, a currency, or ``count``) and the factor to its base unit,
  so that figures in metres and in feet, or in hours and in days, compare;
- ``aspect``: for a length, which one the text says (``depth``, ``width``, ``height``,
  ``length``: "40m-deep", "30 centimetres wide", "at a depth of 40m"; ``bearing``, how far
  away a place lies: "75 km west of the city"), or None: a depth and a width are never one
  measure; and ``point``, for a distance from a point the text names with what it is a point of
  ("four metres from the floor of the cave"), that point: two distances from one such point
  are likely one measure, whatever unit tells them;
- ``relation``: ``offset`` for a length of time from another moment ("two days before the
  election", "nine days earlier", "the last 11 days of the campaign"), ``point`` for a number
  that says when within a process ("after four innings", "after two days of digging", a share
  of the count done so far: "with 87 percent of precincts reporting"), else
  None (a length or a total): an offset is not the length of anything, a point is not a total;
- ``ordinal``: whether the number says which one ("the eighth inning", "a 41st year", one of
  a list of numbers: "versions 6, 7, 8 and 9"), not how many: two ordinals that differ name two things, and an ordinal is never a count;
- ``bare``: a share whose measure phrase names only the share ("23 percent"), with no holder:
  what it is a share of is unknown, so alignment never joins it to another figure;
- ``part``: a count of a part of a group ("12,000 of the casualties are children"), or of
  more on top of another count ("another 20", "two additional sentences", "three other
  passengers"), or one thing singled out of several ("one bomb hit the school, another the
  market"), or a sum paid in one form ("$40 million in cash"): never one measure with a count
  of a group, and two parts of different values are never shown to be the same part;
- ``severity``: for a count of the wounded, how gravely they were hurt when its clause says
  ("two *critically* injured", "a third man whose wounds are *life-threatening*"), or the
  condition a hospital gives of them ("two women are *in critical condition*"): a count of
  those hurt that gravely, its own measure whatever noun counts them, never the count of all the
  wounded (and, since the grade says which part it is, not a part of a group either);
- ``planned``: the verb of the plan or the expectation a figure is the value of ("was *due
  to last* an hour"): a plan and what happened ("lasted 90 minutes") are never one measure;
- ``predicate``: the class of the verb that says what happened to what is counted (the
  event when there is one; "crates packed *with* nine rifles" -> ``pack``, "two shells *hit* the
  depot" and "*struck* by two shells" -> ``struck``, "ten barns *were damaged*" -> ``damaged``),
  read from the verb right before the number (its object) or right after the counted noun (its
  subject), or None: a light verb ("had 20 points"), a number inside a compound ("a 40-metre-deep
  shaft") or no verb next to it says nothing;
- ``compound``: a count inside a compound that describes another noun ("a 200-seat hall"), and
  ``role``: the role a count is counted in ("seven seasons *as an assistant*"): scopes that a
  count of the things themselves, or in another role, does not share;
- ``score``: the score a number is one side of ("an 8-7 victory", "trailed 3-1"): its measure
  is that side of that score (the holder says which side), whatever noun the parse gave it;
- ``context``: the content words of the measure phrase and of the words around the number in
  its sentence: two figures whose head is generic ("duration", "run") are one measure only
  when their contexts say so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from storyline.align.params import DEFAULT, AlignParams
from storyline.align.vocab import (
    ANYONE_HURT,
    EDGE_OF_PERIOD,
    EVENT_MODIFIERS,
    EVENTS,
    FILLER_WORDS,
    NOT_IN_NOUN_PHRASE,
    GENERIC_HEADS,
    HARM_EVENTS,
    HEAD_SYNONYMS,
    AUXILIARY_WORDS,
    INCREMENT_WORDS,
    LENGTH_ASPECTS,
    LIGHT_VERBS,
    OBJECT_PRONOUNS,
    OFFSET_WORDS,
    ORDINAL_TEXT,
    ORDINAL_WORDS,
    PARTITIVE_DETERMINERS,
    NEGATIONS,
    OBJECT_OPENERS,
    PAYMENT_FORMS,
    PERSON_NOUNS,
    POINT_BEFORE,
    SEVERITY_WORDS,
    SHARE_OF,
    SHARE_WORDS,
    STATE_NOUNS,
    STOP,
    TALLY_WORDS,
    TIME_NOUNS,
    WIDER,
    event_of,
    is_currency,
    is_verb,
    predicate_class,
    unit_of,
)
from storyline.lang.en import (
    COUNT_PATTERN,
    DETERMINERS,
    EXPECTED_LENGTH_BEFORE,
    MODIFIER_STOPS,
    NUMBER_WORD_PATTERN,
    PLANNED_BEFORE,
    PLANNED_REACH,
    RUN_WORDS,
)
from storyline.model import Article, Figure, Quantity

__all__ = ["Measure", "base_interval", "compatible", "content_words", "context_idf", "counting_event",
           "context_similarity", "converted_digits", "counted_as", "group_head", "in_compound",
           "in_list_of_numbers", "interval_in", "measure_of", "near_words", "noun_offsets",
           "plain_word", "planned", "predicate_of", "score_of", "stated_precision", "telling_words",
           "unit_slack", "value_slack"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+\s){0,2}[\w'’-]+),\s*$")
_POSSESSOR = re.compile(r"((?:[A-Z][\w'’-]*\s)*[\w'’-]+)['’]s\b")
_DIMENSION_HEADS = {"length": "distance", "time": "duration", "area": "area", "mass": "weight",
                    "speed": "speed", "share": "percent"}


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure measures (see the module docstring).

    Attributes:
        counted: the measure phrase.
        head: the extractor's normalised head.
        event: the event that counts it, or None.
        holder: whose figure it is, lower-cased, or None.
        holder_start, holder_end: offsets of the holder in the article text (None if not read from it).
        dimension: ``count``, a physical dimension, or a currency code.
        factor: the factor from the figure's unit to the dimension's base unit.
        context: content words (lower-cased, plural ``s`` dropped) of the phrase and the sentence.
        aspect: for a length, ``depth``, ``width``, ``height``, ``length`` or ``bearing`` when the
            text says, else None.
        relation: ``offset``, ``point`` or None (see the module docstring).
        ordinal: the figure says which one ("the eighth inning", "45th president"), not how many.
        bare: a share that says neither what it is a share of nor whose it is ("about 23% have
            no party preference" read as "23 percent"): too weak to join it to another figure.
        part: a count of a part of a group the text names ("12,000 of the casualties are
            children", "two of those hurt"), or an increment or the rest of a group ("another
            20", "two additional sentences"): what the part is, the measure does not say.
        score: the score the figure is one side of ("8-7"), or None; its holder is then the
            side ("first of 8-7").
        predicate: the class of the verb that counts the figure (see the module docstring), or None.
        compound: a count inside a compound that describes another noun ("a 200-seat hall"):
            that noun's size, not a count of the things in the story.
        role: the role the figure is counted in ("seven seasons as an assistant"), or None.
        point: for a distance from a point, the point and what it is a point of ("from the
            floor of the cave" -> ``floor``, ``cave``), else empty.
        whole: for a share, the head noun of what it is a share of ("two-thirds of the county's
            voters" -> ``voter``), or None: shares of two different wholes are two measures.
        severity: for a count of the wounded, how gravely the text says they were hurt
            (``critically``, ``seriously``, ``slightly``: "a man whose wounds are
            life-threatening"), else None: those hurt that gravely, a part of the wounded.
        described: for a physical measure joined by a hyphen to its unit before a noun ("a
            92.4-mph delivery", "a 30-tonne truck"), that noun: the one thing it measures, else None.
        average: the figure is told as an average ("averages 110 mph", "an average
            of 300 a day"): not the measure of one thing the text names ("a 92.4-mph delivery").
        planned: when the figure is the value of a plan or an expectation ("was due to last
            an hour", "was supposed to take ten minutes"), the verb of the plan (``last``), else
            None: what was planned, not what happened.
        anchor: for an offset, its direction and the content words of the moment it is counted
            from ("before", "election"): two offsets from one moment with values that differ
            date two different events. An offset from a moment it does not name ("ago",
            "later", "earlier") has its direction alone.
        named: whose sum or share it is, by a name right before it: the giver of a sum ("Ana
            Ruiz gave $2 million" -> ``ruiz``), the one a share belongs to ("Diaz received 33
            percent" -> ``diaz``), else None. Evidence only to keep two figures apart: one giver
            gives many sums, one candidate gets other shares in other polls and places, so two
            figures with one name are not shown to measure one thing.
        owner: whose count a count is, by the words right before it (:func:`count_holder`: "Lee
            has 40 delegates" -> ``lee``, "Ohio's 66 delegates" -> ``ohio``), else None: counts of
            two owners are never one count over time, nor two sides of a conflict; one owner's
            counts at two moments may be ("Lee now has 95 delegates"). Not a holder: one story
            counts many things of one owner, so it joins no figures.
        owner_named: whether the text names the owner ("Lee", "Ohio"), not a noun standing for
            one ("the company's" -> ``the company``): only a named owner is evidence that two
            counts are one count over time.
        company: the words of the name of the company whose result a sum, a value per share or
            a percent is, when its sentence names it before the value (:func:`company_of`:
            "Acme Corp. said net rose to $4 million" -> ``{acme}``), else empty: two values of two
            companies are never one figure.
        group: the group a share is told of (:func:`share_group`: "28 percent of independents",
            "among independents, 40 percent" -> ``independent``), else None: shares of two groups
            are never one figure.
        companion: the other count a count is told with in one stat line (:func:`companion_of`:
            "caught 41 passes for 517 yards" -> ``("pass", 41.0)`` for the yards, ``("yard",
            517.0)`` for the passes), else None: two counts whose companions count one thing with
            two values count two sets (two games, two seasons).
    """

    counted: str
    head: str
    event: str | None
    holder: str | None
    holder_start: int | None
    holder_end: int | None
    dimension: str
    factor: float
    context: frozenset[str]
    aspect: str | None = None
    relation: str | None = None
    anchor: frozenset[str] = frozenset()
    ordinal: bool = False
    score: str | None = None
    bare: bool = False
    part: bool = False
    whole: str | None = None
    predicate: str | None = None
    compound: bool = False
    role: str | None = None
    point: frozenset[str] = frozenset()
    severity: str | None = None
    described: str | None = None
    average: bool = False
    planned: str | None = None
    named: str | None = None
    owner: str | None = None
    owner_named: bool = False
    line: str | None = None
    year_before: bool = False
    standing: str | None = None
    company: frozenset[str] = frozenset()
    group: str | None = None
    companion: tuple[str, float] | None = None

    @property
    def stretch(self) -> bool:
        """Whether the figure is the stretch at one end of an event ("the last 11 days of the
        campaign"): an offset from the event's end or start."""
        return _STRETCH in self.anchor

    def same_point(self, other: Measure) -> bool:
        """Whether two distances are counted from one point named with what it is a point of
        ("from the floor of the cave", "from reaching the floor of the cave"): like one holder,
        evidence that they measure one thing. One word ("from the border") is no such evidence,
        and points told in other words are not shown to differ ("from Lakeport", "from the
        main town of Lakeport")."""
        return bool(self.point) and self.point == other.point

    @property
    def generic(self) -> bool:
        """Whether the head says only a dimension or a bare count word, not what is measured."""
        return self.head in GENERIC_HEADS or self.dimension != "count"



def plain_word(word: str) -> str:
    """A word lower-cased, its possessive and plural ending dropped ("matches" -> "match",
    "counties" -> "county", "votes" -> "vote", "The county's" -> "county")."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, lower-cased, possessive and plural ``s``
    dropped ("The county's voters" -> ``county``, ``voter``), stop words left out."""
    return [w for w, _ in written_content_words(text)]


def written_content_words(text: str) -> list[tuple[str, str]]:
    """:func:`content_words` each with the word as ``text`` writes it (``("state", "States")``)."""
    return [(w, m.group(0)) for m in _WORD.finditer(text) if (w := plain_word(m.group(0))) and w not in STOP]


def near_words(fig: Figure, article: Article) -> list[tuple[str, str, int]]:
    """The content words of a figure's sentence, nearest the number first (the word after it,
    then the word before, and so on), as (normalised, as written, offset) triples: a name
    keeps its capital, any other word is lower-cased. Contractions ("he'll"), adverbs in -ly
    and :data:`~storyline.lang.en.FILLER_WORDS` are left out."""
    text = article.text_of(fig)
    after = [m for m in _WORD.finditer(text, fig.quantity.end, fig.sentence_end)]
    before = [m for m in _WORD.finditer(text, fig.sentence_start, fig.quantity.start)][::-1]
    out: list[tuple[str, str, int]] = []
    for k in range(max(len(after), len(before))):
        for side in (after, before):
            if k >= len(side):
                continue
            m = side[k]
            word = m.group(0).rstrip("'’-")
            norm = plain_word(word)
            if len(norm) < 3 or norm in STOP or norm in FILLER_WORDS or norm.endswith("ly") \
                    or "'" in norm or "’" in word:
                continue
            initial = not text[fig.sentence_start:m.start()].strip(" \"“‘'(")
            keep = word[0].isupper() and (not initial or _written_as_name(word, text))
            out.append((norm, word if keep else word.lower(), m.start()))
    return out


#: Words after which the next words of a sentence begin a noun phrase: determiners, possessive
#: pronouns, quantifiers and prepositions ("a pocket", "for the ferry plan", "of Dutch farms").
#: Not "that" or "to", which also begin a clause or a verb ("a force that holds", "to push").
NOUN_PHRASE_OPENERS = frozenset(
    "a an the this these those its their his her our my your whose each every some any no all both several "
    "many few other another of in on at for from with by into onto over under around near across among between "
    "within without per about".split())
#: A word that is or begins with a number ("seven", "seven-yard", "third-and-goal"): a value, not a name of the thing.
_NUMBER_WORD = re.compile(rf"(?:{NUMBER_WORD_PATTERN}|first|{'|'.join(ORDINAL_WORDS)})(?:-|$)", re.I)
_PHRASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\w,.'’-]*|[^\sA-Za-z\d]")


def takes_object(word: str, following: Sequence[str]) -> bool:
    """Whether a (lower-cased) word followed by the tokens ``following`` reads as a verb with
    its object: a determiner or a possessive pronoun right after it (:data:`OBJECT_OPENERS`:
    "the lead became *a* tie", "she won *their* vote"). A noun's phrase goes on with a
    preposition, a verb or a mark. Not a noun of time ("the day the war began"), nor a word
    before a time ("lost the final the next night")."""
    if not following or following[0] not in OBJECT_OPENERS or word in TIME_NOUNS:
        return False
    return not any(w in TIME_NOUNS for w in following[1:3])


def noun_offsets(text: str, start: int, end: int, opened: bool = False) -> set[int]:
    """The offsets of the words of ``text[start:end]`` that read as nouns or their modifiers
    without a parse: the words of a noun phrase, from a determiner, a preposition, a number or a
    possessive ("the town", "of Ukraine's territory", "40 percent") up to the first verb, function
    word or punctuation, and the possessives themselves ("Ukraine's"). A verb in the present
    ("holds", "occupy") or after its subject ("forces crossed") opens no phrase, so is never one.
    ``opened``: the text begins a noun phrase (a measure phrase: "North Korean soldiers killed")."""
    out: set[int] = set()
    open_ = opened
    toks = list(_PHRASE_TOKEN.finditer(text, start, end))
    for k, m in enumerate(toks):
        tok = m.group(0)
        low = tok.lower().replace("’", "'")
        if tok[0].isalpha() and takes_object(low, [t.group(0).lower() for t in toks[k + 1:k + 4]]):
            open_ = False  # "the lead *became* a tie": a verb, no noun
        elif not tok[0].isalpha():
            open_ = tok[0].isdigit()
        elif low in NOUN_PHRASE_OPENERS:
            open_ = True
        elif low.endswith("'s") and len(low) > 2:
            out.add(m.start())
            open_ = True
        elif open_ and (low in MODIFIER_STOPS or low in RUN_WORDS or ORDINAL_TEXT.fullmatch(low)
                       or _NUMBER_WORD.match(low)):
            pass  # "the new stadium", "the second quarter", "a seven-yard pass": the phrase goes on
        elif open_ and low not in STOP and low not in FILLER_WORDS and low not in NOT_IN_NOUN_PHRASE \
                and not is_verb(low.rstrip("'-")):
            out.add(m.start())
        else:
            open_ = False
    return out


def telling_words(fig: Figure, article: Article, measure: Measure | None = None) -> list[tuple[str, str, int, int]]:
    """The words that tell what a figure counts, for a reader, as (normalised, as written, offset,
    tier) in order of preference: the holder the measure names (tier 0: "Ukraine"), the words of
    the measure phrase that name the counted thing (tier 1: "weapons package for Ukraine" ->
    ``weapons``, ``package``, ``Ukraine``), then the words of the sentence that read as nouns
    (:func:`noun_offsets`) or are names, nearest the number first (tier 2: :func:`near_words`). No verb, no
    function word: what is counted, not what happened to it ("area held", "the forces hold")."""
    text = article.text_of(fig)
    sentence = text[fig.sentence_start:fig.sentence_end]
    out: list[tuple[str, str, int, int]] = []

    def at(word: str) -> int:
        k = sentence.find(word)
        return fig.sentence_start + k if k >= 0 else fig.sentence_end

    if measure is not None and measure.holder:
        written = text[measure.holder_start:measure.holder_end] if measure.holder_start is not None \
            and measure.holder_end is not None else ""
        for m in _WORD.finditer(written or measure.holder):
            word = m.group(0).rstrip("'’-")
            word = re.sub(r"['’]s$", "", word)
            norm = plain_word(word)
            if len(norm) >= 3 and norm not in STOP:
                shown = word if written else (word.title() if _written_as_name(word.title(), text) else word)
                out.append((norm, shown, at(word), 0))
    if measure is not None and measure.owner_named and measure.owner and not measure.holder:
        # a named owner of a count ("Lee has 503 delegates") says whose it is, as a holder does
        k = text[fig.sentence_start:fig.quantity.start].lower().find(measure.owner)
        if k >= 0:
            k += fig.sentence_start
            for m in _WORD.finditer(text, k, k + len(measure.owner)):
                norm = plain_word(m.group(0))
                if len(norm) >= 3 and norm not in STOP:
                    out.append((norm, m.group(0), m.start(), 0))
    phrase = fig.measure or ""
    head = {plain_word(w) for w in _WORD.findall(fig.measure_head or "")}
    # the noun phrase ends at its head: a word right after it is the verb that counts it ("area
    # holds", "percent lost"), unless a preposition opens another phrase ("package for Ukraine")
    ends = [m.end() for m in _WORD.finditer(phrase) if plain_word(m.group(0)) in head]
    cut = ends[0] if ends else len(phrase)
    for k in sorted(noun_offsets(phrase, 0, cut, opened=True) | noun_offsets(phrase, cut, len(phrase))):
        m = _WORD.match(phrase, k)
        if m is None:
            continue
        word = re.sub(r"['’]s$", "", m.group(0).rstrip("'’-"))
        norm = plain_word(word)
        if len(norm) < 3 or norm in head or norm in STOP or norm in FILLER_WORDS or is_verb(norm) \
                or norm.endswith("ly") or measure is not None and predicate_class(norm) in (measure.predicate,
                                                                                          measure.event):
            continue  # the verb that counts it ("area holds") says what happened, not what is counted
        keep = word[0].isupper() and _written_as_name(word, text)
        out.append((norm, word if keep else word.lower(), at(word), 1))
    nouns = noun_offsets(text, fig.sentence_start, fig.sentence_end)
    # the word right before the number is its verb ("the rebels hold 300", "now occupy a fifth")
    lead = [m for m in _WORD.finditer(text, fig.sentence_start, fig.quantity.start)
            if m.group(0).lower() not in FILLER_WORDS]
    if lead and lead[-1].group(0).lower() not in NOUN_PHRASE_OPENERS:
        nouns.discard(lead[-1].start())
    out += [(norm, re.sub(r"['’]s$", "", word), off, 2) for norm, word, off in near_words(fig, article)
            if (off in nouns or word[0].isupper()) and not is_verb(norm)  # a name is a noun
            and word.lower() not in NOT_IN_NOUN_PHRASE]
    return out


def _written_as_name(word: str, text: str) -> bool:
    """Whether the text writes a capitalised word with its capital inside a sentence too: a
    capital that only opens a sentence ("Turnout") is lost, a name ("Ukraine's") keeps it."""
    return re.search(rf"[\w,;:]\s+{re.escape(word)}(?![\w'’])", text) is not None


def _events_in(words: Iterable[str]) -> str | None:
    found = {e for w in words if (e := event_of(w))}
    for wide, parts in WIDER.items():
        if parts <= found or wide in found:
            return wide
    return min(found) if found else None


#: The nouns after a word of an event that still count the event ("death *toll*", "shooting
#: *victims*").
_EVENT_COUNTED_BY = TALLY_WORDS | ANYONE_HURT


def _counting_words(words: Sequence[str]) -> list[str]:
    """The words of a measure phrase that may say what happened to what is counted: not a word of
    an event set before another noun to say what kind of thing it is ("*death* claims",
    "*rescue* workers"; :data:`EVENT_MODIFIERS`), unless that noun is a tally or whoever was hurt
    ("*death* toll", "*shooting* victims")."""
    return [w for i, w in enumerate(words)
            if not (w in EVENT_MODIFIERS and i + 1 < len(words) and words[i + 1] not in _EVENT_COUNTED_BY
                    and event_of(words[i + 1]) is None and words[i + 1] not in STOP)]


def counting_event(fig: Figure, article: Article | None, window: int = DEFAULT.event_window) -> str | None:
    """The event that counts a figure: from its head or measure phrase, else from the words
    right after the number in its clause ("3,000 soldiers have been killed or wounded")."""
    if fig.measure_head in EVENTS:
        return fig.measure_head
    event = _events_in(_counting_words(re.findall(r"[\w']+", fig.measure.lower())))
    if event or article is None or fig.measure_head in GENERIC_HEADS - {"people", "person", "man", "men",
                                                                          "woman", "women"}:
        return event
    after = article.text_of(fig)[fig.quantity.end:fig.sentence_end]
    clause = re.split(r"[,;:.()—]|\b(?:and|but|while|after|as|since|who|which|that|where|when|whose)\b", after,
                      maxsplit=1)[0]
    words = re.findall(r"[\w']+", clause.lower())[:window]
    event = _events_in(_counting_words(words))
    if event is None and not fig.quantity.unit:
        # the verb right before the number counts it ("the blast *killed* 40 people", "*injuring*
        # dozens"), not a noun ("the *dead*, 12") nor a verb with its object between
        lead = re.findall(r"[A-Za-z']+|[^\sA-Za-z']", article.text_of(fig)[fig.sentence_start:fig.quantity.start].lower())
        while lead and lead[-1] in _VERB_ADVERBS:
            lead.pop()
        if lead and lead[-1] in _HARM_VERBS:
            event = event_of(lead[-1])
    if event is None and _IN_CONDITION.match(after):
        event = "wounded"  # "two women are in critical condition": patients, hurt that gravely
    return event if event in HARM_EVENTS else None


#: After a count of people, the condition a hospital gives of them ("two women are *in critical,
#: but stable condition*", "three are *in a serious condition*"): those hurt that gravely.
_IN_CONDITION = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,4}?in\s+(?:an?\s+)?(?:" + "|".join(sorted(w for w in SEVERITY_WORDS if not w.endswith("ly")))
    + r")(?:\s*,?\s*(?:but|and|yet)?\s*[a-z-]+)?\s+condition\b", re.I)


def _severity(fig: Figure, article: Article | None, event: str | None,
              window: int = DEFAULT.event_window) -> str | None:
    """How gravely the wounded a figure counts were hurt (:data:`~storyline.lang.en.SEVERITY_WORDS`),
    from its measure phrase, the words after the number in its clause ("one *critically*", "2 of
    the 6 had *life-threatening* wounds") or the two words before it ("*critically* injuring
    two"), negated when a negation comes before it ("had *no* life-threatening wounds":
    ``not critically``); None for another event or when the text does not say."""
    if event != "wounded" or article is None:
        return None
    text = article.text_of(fig)
    after = text[fig.quantity.end:fig.sentence_end]
    clause = re.split(r"[,;:.()—]|\b(?:and|but|while|after|as|since|who|which|that|where|when|whose)\b", after,
                      maxsplit=1)[0]
    before = re.findall(r"[\w'’-]+", text[fig.sentence_start:fig.quantity.start].lower())[-2:]
    words = re.findall(r"[\w'’-]+", fig.measure.lower()) + re.findall(r"[\w'’-]+", clause.lower())[:window + 2] \
        + before
    grades, negated = set(), False
    for w in words:
        w = w.strip("'’-")
        negated = negated or w in _NEGATIONS or w.endswith("n't")
        if w in SEVERITY_WORDS:
            # "had no life-threatening wounds": the others, hurt less gravely
            grades.add(f"not {SEVERITY_WORDS[w]}" if negated else SEVERITY_WORDS[w])
    return grades.pop() if len(grades) == 1 else None


_NEGATIONS = NEGATIONS | frozenset({"without", "none"})  # "n't" is read from a word's end


def _elided_wounded(fig: Figure, article: Article | None) -> str | None:
    """``wounded`` for a count followed at once by an adverb of how gravely ("five people were
    hurt, *one critically*") whose sentence told of the wounded before it: the count of those
    hurt that gravely, its noun and verb left out; else None."""
    if article is None:
        return None
    text = article.text_of(fig)
    nxt = re.match(r"\s*([A-Za-z]+ly)\b", text[fig.quantity.end:fig.sentence_end])
    if nxt is None or nxt.group(1).lower() not in SEVERITY_WORDS:
        return None
    before = re.findall(r"[a-z]+", text[fig.sentence_start:fig.quantity.start].lower())
    return "wounded" if any(event_of(w) == "wounded" for w in before) else None


#: The words of :data:`EVENTS` that are verbs which take the people they count as their
#: object ("killed 40", "injuring dozens"): a past tense or a present participle.
_HARM_VERBS = frozenset(w for e in HARM_EVENTS for w in EVENTS.get(e, ()) if w.endswith(("ed", "ing"))
                        or w in ("hurt", "shot", "slain")) - {"died", "dying", "perished", "missing", "unaccounted",
                                                               "fled", "stranded"}
_VERB_ADVERBS = frozenset("also reportedly further".split())


#: A name: one to three capitalised words, a title with its period allowed ("Mr. Ruiz", "Ana
#: Ruiz", "Greens").
_NAME = r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
#: Bounds passed over between a verb and its number ("gave *more than* $2 million").
_BOUND = (r"(?:(?:more\s+than|less\s+than|nearly|almost|about|around|roughly|over|just|only|at\s+least|some"
          r"|an\s+estimated)\s+)?")
#: The giver of a sum: a name that is the subject of a verb of giving or raising right before
#: it ("Ana Ruiz gave $2 million", "Mr. Ruiz, a builder, had contributed $300,000", "the Greens
#: raised $5 million" -> ``greens``).
_GIVER = re.compile(_NAME + r"(?:['’]s?\s+(?:campaign|team|committee|super\s+PAC))?"
                    r"(?:,[^,;:.]{1,60},|,\s+(?:the|a|an)\s[^;:.]{1,100},)?\s+"
                    r"(?:(?:has|had|have|also|already|[a-z]+ly)\s+){0,2}"
                    r"(?:gave|given|give|gives|contributed|contribute|contributes|donated|donate|donates"
                    r"|raised|raise|raises|collected|collects|pledged|pledge|pledges|spent|spend|spends)\s+" + _BOUND + r"$")
#: The one whose share a share is: a name right before it, alone or as the subject of a verb of
#: getting ("Ruiz 38 percent, Diaz 33 percent", "Ruiz had 38 percent", "the Greens won 12
#: percent").
_SHARE_HOLDER = re.compile(_NAME + r"(,?\s+(?:(?:has|had|have|also|still)\s+){0,2}"
                           r"(?:had|has|have|received|receives|got|gets|won|wins|took|takes|drew|draws|garnered"
                           r"|captured|polled|polls|earned|earns|held|holds)(?:\s+at)?|,?\s+(?:(?:is|was|stands|stood)\s+)?at)?\s+"
                           + _BOUND + r"$")
#: The one a share is for, named after it by a verb of support ("43 percent of voters *support
#: Ruiz*", "40 percent *chose Diaz*", "12 percent say they *will back* Kim").
_SHARE_FOR = re.compile(r"(?:\s+of\s+[^,;:.()]{1,40}?)?\s+(?:(?:say|said)\s+they\s+)?(?:would\s+|will\s+)?"
                        r"(?:support|supports|supported|back|backs|backed|favor|favors|favored|favour|favours"
                        r"|favoured|chose|choose|prefer|prefers|preferred|vote\s+for|voted\s+for)\s+" + _NAME)
#: What may stand before a name told with its share and no verb ("Ruiz 38 percent, Diaz 33
#: percent"; "with Ruiz 38 percent"): the start of the sentence, a mark, a conjunction. After
#: anything else the name is another's object ("Ruiz leads Diaz 38 percent to 33 percent").
_LIST_OPENS = frozenset("and with while but".split())
#: Words before a name that make it a place or a time, not a holder ("in Ohio 38 percent").
_NOT_HOLDER_BEFORE = frozenset("in at of from to for by among across on since until during than".split())
#: The last words of names of bodies that many bodies share ("Fair Roads PAC", "the Budget
#: Committee"): such a name is its holder whole.
_BODIES = frozenset("pac committee party fund campaign group foundation association council network team union "
                    "coalition alliance institute center centre project action america usa inc corp llc".split())
#: Capitalised words that never name a holder.
_NOT_NAMES = frozenset("january february march april may june july august september october november december "
                       "monday tuesday wednesday thursday friday saturday sunday percent".split())


#: Two names and a verb that sets one against the other ("Ruiz *leads* Diaz", "Kim *trailed* Lee").
_VERSUS = (_NAME + r"\s+(?:leads|led|leading|tops|topped|beats|beat|edges|edged|trails|trailed|trailing|outpolls"
           r"|outpolled)\s+" + _NAME + r",?\s+(?:by\s+)?")
#: The first share after two names set against each other: the first name's ("Ruiz leads Diaz *46
#: percent* to 44 percent").
_VERSUS_FIRST = re.compile(_VERSUS + _BOUND + r"$")
#: The second share: the second name's ("Ruiz leads Diaz 46 percent to *44 percent*").
_VERSUS_SECOND = re.compile(_VERSUS + r"[\d.,]+\s*(?:%|percent)\s+to\s+" + _BOUND + r"$")


def _versus_holder(before: str) -> str | None:
    """Whose share a share is when two names set against each other stand before it (:data:`_VERSUS`):
    the first share the first name's, the second after "to" the second name's ("Ruiz leads Diaz 46
    percent to 44 percent" -> ``ruiz``, ``diaz``), else None."""
    for pattern, group in ((_VERSUS_FIRST, 1), (_VERSUS_SECOND, 2)):
        m = pattern.search(before)
        if m is not None:
            words = [w.strip("'’") for w in m.group(group).split() if w.lower().rstrip(".") not in STOP]
            if words and not any(w.lower() in _NOT_NAMES for w in words):
                return plain_word(words[-1])
    return None


def _share_for(fig: Figure, text: str) -> str | None:
    """The one a share is for when a verb of support after it names them (:data:`_SHARE_FOR`:
    "43 percent of voters support Ana Ruiz" -> ``ruiz``), else None."""
    m = _SHARE_FOR.match(text, fig.quantity.end, fig.sentence_end)
    if m is None:
        return None
    words = [w.strip("'’") for w in m.group(1).split()]
    while words and (words[0].lower().rstrip(".") in STOP or words[0].lower() in _NOT_NAMES):
        words.pop(0)
    if not words or any(w.lower() in _NOT_NAMES for w in words):
        return None
    if plain_word(words[-1]) in _BODIES:
        return " ".join(words).lower() if len(words) >= 2 else None
    return plain_word(words[-1])


def _named_holder(fig: Figure, article: Article | None, dimension: str) -> str | None:
    """Whose sum or share a figure is, when a name right before it says so: the giver of a sum
    (:data:`_GIVER`: "Ana Ruiz gave $2 million", "Mr. Ruiz had contributed $300,000"), the
    one a share belongs to (:data:`_SHARE_HOLDER`: "Ruiz 38 percent", "Diaz received 33
    percent"), or, with no name before it, the one a verb of support after a share names
    (:func:`_share_for`: "43 percent of voters support Ruiz"). The holder is the name's last word, so that "Ana Ruiz" and "Mr. Ruiz" are one
    holder. None when no name stands there, when the name is a place or a time ("in Ohio 38
    percent", "In March 38 percent"), opens its sentence as a stop word ("The 38 percent"), is
    an adverb ("Ultimately 54 percent") or a tag of party and state ("R-Texas"); one word that
    opens its sentence is a name only when the article writes it capitalised after a word of
    lower case elsewhere ("... said Ruiz"; "Except 54 percent went" is none)."""
    if article is None:
        return None
    if dimension == "share":
        pattern = _SHARE_HOLDER
    elif is_currency(dimension):  # a sum of money
        pattern = _GIVER
    else:
        return None
    text, q = article.text_of(fig), fig.quantity
    start = max(fig.sentence_start, q.start - 200)
    before = text[start:q.start]
    if pattern is _SHARE_HOLDER:
        versus = _versus_holder(before)
        if versus is not None:
            return versus
    m = pattern.search(before)
    if m is None:
        return _share_for(fig, text) if pattern is _SHARE_HOLDER else None
    words = [w.strip("'’") for w in m.group(1).split()]
    while words and (words[0].lower().rstrip(".") in STOP or words[0].lower() in _NOT_NAMES):
        words.pop(0)
    if not words or any(w.lower() in _NOT_NAMES or w.lower().endswith("ly") or re.match(r"[A-Z]-[A-Z]", w)
                        for w in words):
        return None  # "Ultimately 54 percent", "Cruz, R-Texas, was at 7 percent"
    lead = text[fig.sentence_start:start] + before[:m.start(1)]  # the sentence's words before the name
    preceding = re.findall(r"[\w'’]+|[^\w\s]", lead)
    if len(m.group(1).split()) == 1 and not re.search(r"\w", lead) and \
            not re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", text):
        return None  # a word opening its sentence is a name if the article writes it so elsewhere
    if preceding and preceding[-1].lower() in _NOT_HOLDER_BEFORE:
        return None
    if pattern is _SHARE_HOLDER and not m.group(2) and preceding and preceding[-1].isalnum() \
            and preceding[-1].lower() not in _LIST_OPENS:
        return None
    if plain_word(words[-1]) in _BODIES:  # "Fair Roads PAC": the whole name, never "pac" alone
        return " ".join(words).lower() if len(words) >= 2 else None
    return plain_word(words[-1])


#: A verb of holding or winning a count, whose subject a name before it is ("Lee *has* 40 delegates",
#: "Ruiz *has won* at least 30 seats", "Kim (who *holds* 12 titles)", "Ono *picked up* two", "Lee
#: *leads with* 40").
_HOLDING = (r"(?:has|had|have|hold|holds|held|won|wins|got|gets|earned|earns|secured|secures|claimed|claims"
            r"|captured|captures|collected|amassed|picked\s+up|racked\s+up|(?:leads|led|leading)\s+with)")
#: The subject of a verb of holding right before a count (:data:`_HOLDING`), auxiliaries and adverbs
#: between ("Lee now has", "Kim (who has").
_COUNT_SUBJECT = re.compile(_NAME + r"(?:\s+\(who)?\s+(?:(?:has|had|have|now|still|already|also|so\s+far"
                            r"|[a-z]+ly)\s+){0,3}?" + _HOLDING + r"\s+" + _BOUND + r"$")
#: A possessor right before a count: a name ("Ohio's 66 delegates") or "the" and a noun ("the
#: company's 120 stores").
_COUNT_POSSESSOR = re.compile(r"(?:\b[Tt]he\s+([a-z][\w-]*)|" + _NAME + r")['’]s\s+" + _BOUND + r"$")
#: A name a count stands in apposition to, opening a clause or a list ("Both Ohio, 66 delegates,
#: and Utah, 40 delegates"), and the words after the count that close the apposition.
_COUNT_APPOSED = re.compile(r"(?:^|[,;(—]\s*|\b(?:[Aa]nd|[Bb]oth|[Ww]ith)\s+)" + _NAME + r",\s+" + _BOUND + r"$")
_APPOSITION_ENDS = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*[,;)—]")
#: Nouns of a place a definite possessor may stand for ("the state's 14 districts"): the place a
#: sentence opens with "In" names it ("In Utah, ... the state's 14 districts").
_PLACE_KINDS = frozenset("state country city county province region nation district territory".split())
_IN_PLACE = re.compile(r"^\W*In\s+" + _NAME + r"\s*,")


def _a_name(name: str, lead: str, text: str) -> tuple[str, int] | None:
    """The holder a capitalised run of words names (its last word, without a plural ``s``; a body's
    name whole: :data:`_BODIES`) and how many leading words were dropped, or None: a run of stop words,
    months or weekdays, an adverb, a tag of party and state, a word after a preposition that makes
    it a place or a time ("in Ohio"), or one word opening its sentence the article never writes
    capitalised after a word of lower case (``lead``: the sentence's words before the name)."""
    words = [w.strip("'’") for w in name.split()]
    dropped = 0
    while words and (words[0].lower().rstrip(".") in STOP or words[0].lower() in _NOT_NAMES):
        words.pop(0)
        dropped += 1
    if not words or any(w.lower() in _NOT_NAMES or w.lower().endswith("ly") or re.match(r"[A-Z]-[A-Z]", w)
                        for w in words):
        return None
    preceding = re.findall(r"[\w'’]+|[^\w\s]", lead)
    if len(name.split()) == 1 and not re.search(r"\w", lead) and \
            not re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", text):
        return None
    if preceding and preceding[-1].lower() in _NOT_HOLDER_BEFORE:
        return None
    if plain_word(words[-1]) in _BODIES:
        return (" ".join(words).lower(), dropped) if len(words) >= 2 else None
    return plain_word(words[-1]), dropped


class CountOwner(NamedTuple):
    """Whose count a count is (:func:`count_holder`), with the offsets of the words that say it.

    Attributes:
        name: the owner, lower-cased ("lee"; "the company" for a noun that stands for one).
        start, end: its offsets in the article text.
        named: whether the text names the owner ("Lee", "Ohio") rather than a noun standing for
            one ("the company's"): only a named owner's counts at two moments are one count over time.
    """

    name: str | None
    start: int | None
    end: int | None
    named: bool = False


_NO_OWNER = CountOwner(None, None, None)


def count_holder(fig: Figure, article: Article | None) -> CountOwner:
    """Whose count a count is when the words right before it say, with its offsets: the subject
    of a verb of holding or winning (:data:`_HOLDING`: "Lee has 40 delegates", "Ruiz has won at
    least 30 seats" -> ``lee``, ``ruiz``), a possessor ("Ohio's 66 delegates" -> ``ohio``; "the
    company's 120 stores" -> ``the company``, a noun that stands for a name the sentence does not
    give, and for a noun of a place, "In Utah, ... the state's 14 districts" -> ``utah``), or a name the count stands in apposition to ("Both Ohio, 66
    delegates, and ..."), else None. Counts of two holders ("Lee has 40 delegates", "Kim has 12")
    are two figures, never one changing over time; one holder's counts may be ("Lee now has 95")."""
    if article is None:
        return _NO_OWNER
    text, q = article.text_of(fig), fig.quantity
    start = max(fig.sentence_start, q.start - 200)
    before = text[start:q.start]
    m = _COUNT_POSSESSOR.search(before)
    if m and m.group(1):  # "the state's": the place its sentence opens with, else the noun
        noun = plain_word(m.group(1))
        place = _IN_PLACE.match(text[fig.sentence_start:start + m.start()]) if noun in _PLACE_KINDS else None
        if place is not None:
            found = _a_name(place.group(1), "", text)
            if found is not None:
                s = fig.sentence_start + place.start(1)
                return CountOwner(found[0], s, s + len(place.group(1)), True)
        s = start + m.start(1)
        return CountOwner(f"the {noun}", s, s + len(m.group(1)), False)
    name_group = 2 if m else 1
    if m is None:
        m = _COUNT_SUBJECT.search(before)
    if m is None and _APPOSITION_ENDS.match(text[q.end:fig.sentence_end]):
        m = _COUNT_APPOSED.search(before)
    if m is None:
        return _NO_OWNER
    name = m.group(name_group)
    found = _a_name(name, text[fig.sentence_start:start] + before[:m.start(name_group)], text)
    if found is None:
        return _NO_OWNER
    s = start + m.start(name_group)
    return CountOwner(found[0], s, s + len(name), True)


def _holder(fig: Figure, article: Article | None) -> tuple[str | None, int | None, int | None]:
    m = _POSSESSOR.search(fig.measure)
    if m:
        return m.group(1).lower(), None, None
    if article is None or fig.measure_head != "age":
        return None, None, None
    text, q = article.text_of(fig), fig.quantity
    after = text[q.end:min(fig.sentence_end, q.end + 40)]
    if q.text.lower().endswith("old"):
        # "a six-year-old boy": the next word that is not a stop word, when the parse made it
        # the measure's noun or it names a person ("the six-year-old fell" has no holder)
        named = {plain_word(w) for w in _WORD.findall(fig.measure)} - {plain_word(fig.measure_head)}
        for w in _WORD.finditer(after):
            if w.group(0).lower() not in STOP:
                word = plain_word(w.group(0))
                if word in named or w.group(0).lower() in PERSON_NOUNS:
                    return word, q.end + w.start(), q.end + w.end()
                break
    before = text[max(fig.sentence_start, q.start - 60):q.start]
    m2 = _NAME_BEFORE.search(before)
    if m2:  # "Smith, 34, ...", "his grandfather, 62," (apposition)
        words = m2.group(1).split()
        while words and words[0].lower() in STOP:
            words.pop(0)
        if words:
            name = " ".join(words)
            start = q.start - len(before) + m2.end(1) - len(name)
            return plain_word(name) if len(words) == 1 else name.lower(), start, start + len(name)
    return None, None, None


#: Words passed over between a verb and the number it counts ("loaded *with* four", "hit *by*
#: seven", "dropped *at least* four", "killing *about* 40"): prepositions, determiners and bounds.
_BEFORE_NUMBER = frozenset("a an the some about around nearly almost roughly approximately over under just only "
                           "at least most more than less fewer up to as many much estimated with for by of in into "
                           "from on another additional further so far now".split())
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|[^\sA-Za-z]")


def _predicate(fig: Figure, article: Article | None, event: str | None, plan: str | None) -> str | None:
    """What :attr:`Measure.predicate` holds: the event, else the class of the verb next to the
    number, else the plan's verb; for a noun of people in a state (:data:`STATE_NOUNS`: "eight
    refugees were detained"), the verb's class first, the event only when no verb says more."""
    if event and STATE_NOUNS & set(fig.measure.lower().split()):
        return predicate_of(fig, article) or event
    return event or predicate_of(fig, article) or (f"planned to {plan}" if plan else None)


def predicate_of(fig: Figure, article: Article | None) -> str | None:
    """The class of the verb that says what happened to what a figure counts
    (:func:`~storyline.align.vocab.predicate_class`), or None.

    The verb right before the number, past the words of :data:`_BEFORE_NUMBER` and adverbs, when
    the number is its object ("packed with nine rifles", "*killing* at least seven"; "spent *a
    staggering* $40 million": a word after a determiner is an adjective, passed over); else the
    verb right after the counted noun, past auxiliaries, when the number is its subject ("two
    shells *hit*", "two barns were completely *flattened*", "eleven workers who were *hurt*"). A
    light verb ("had", "was") says nothing; nor does a number inside a compound ("a 40-metre-deep
    shaft": it describes the shaft), nor a clause boundary."""
    if article is None:
        return None
    q, text = fig.quantity, article.text_of(fig)
    if in_compound(fig, article):
        return None  # "a 40-metre-deep shaft", "a 300-seat hall": part of a compound
    lead = _TOKEN.findall(text[fig.sentence_start:q.start])
    k = len(lead) - 1
    top = len(lead)
    while k >= 0 and top - k <= 8:
        w = lead[k]
        lw = w.lower()
        if lw == "including" and (j := _including_whole(lead, k)) is not None:
            k = top = j  # "killed 90 people, including 12 tourists": the verb of the 90
            continue
        if not w[0].isalpha():
            break
        if lw in _BEFORE_NUMBER or lw.endswith("ly") or lw in _VERB_ADVERBS:
            k -= 1
            continue
        if lw in LIGHT_VERBS:
            return None
        if is_verb(w):
            if k > 0 and lead[k - 1].lower() in DETERMINERS:  # "a staggering": an adjective
                k -= 1
                continue
            return None if _to_follows(lead, k) else predicate_class(w)
        break
    measure = {w.lower() for w in _WORD.findall(fig.measure)} | {"of", "the"}
    rest = _TOKEN.findall(text[q.end:fig.sentence_end])
    i = 0
    while i < len(rest) and rest[i].lower() in measure:
        i += 1
    i = _past_aside(rest, i)
    if i < len(rest) and rest[i].lower() in ("and", "or"):
        # "12 tractors and 30 trucks are being used": past the other noun to the verb
        j = next((j for j in range(i + 1, min(len(rest), i + 7)) if rest[j].lower() in AUXILIARY_WORDS), None)
        if j is None:
            return None
        i = j
    while i < len(rest) and (rest[i].lower() in AUXILIARY_WORDS or rest[i].lower().endswith("ly")):
        i += 1
    if i < len(rest) and rest[i][0].isalpha() and is_verb(rest[i]) and not _to_follows(rest, i):
        return predicate_class(rest[i])
    return None


_A_COUNT = re.compile(COUNT_PATTERN, re.IGNORECASE)


def _including_whole(lead: list[str], k: int) -> int | None:
    """For "including" at ``lead[k]`` right after a comma, the index of the last token before the
    count the part is included in ("killed 90 people, including 12": the token before "90"),
    within six tokens of the comma; else None."""
    if k < 2 or lead[k - 1] != ",":
        return None
    for j in range(k - 2, max(-1, k - 9), -1):
        t = lead[j]
        if _A_COUNT.fullmatch(t):  # back to the count's first token: "1,200", "forty-two"
            while j > 0 and (lead[j - 1][0].isdigit() or lead[j - 1] in ",.-" and j > 1 and _A_COUNT.fullmatch(lead[j - 2])):
                j -= 1 if lead[j - 1][0].isdigit() else 2
            return j - 1 if j > 0 else None
    return None


#: Marks that open an aside and the marks that close it ("200 Americans -- staff and their
#: families -- left", "(most of them staff)").
_ASIDE = {"_": "_", "—": "—", "–": "–", "(": ")", "-": "-"}


def _past_aside(tokens: list[str], i: int) -> int:
    """The index past an aside that opens at ``tokens[i]`` and closes within 15 tokens ("200
    Americans _ staff and their families _ left": the index of "left"), else ``i``."""
    if i >= len(tokens) or tokens[i] not in _ASIDE:
        return i
    close = _ASIDE[tokens[i]]
    start = i + 1
    while start < len(tokens) and tokens[start] == tokens[i]:
        start += 1  # "--"
    for j in range(start, min(len(tokens), start + 15)):
        if tokens[j] == close:
            while j + 1 < len(tokens) and tokens[j + 1] == close:
                j += 1  # "--"
            return j + 1
        if tokens[j] == ";" or tokens[j] == "." and not (len(tokens[j - 1]) == 1 and tokens[j - 1].isupper()):
            return i  # the sentence goes on past the aside's end ("U.S." is no end)
    return i


def _to_follows(tokens: list[str], i: int) -> bool:
    """Whether the verb at ``tokens[i]`` is followed by "to" and a verb ("volunteers are *hoping to*
    find"): an attempt or an intent, which says nothing of what happened to what is counted
    (not "sent *to the* farm", "sent *to* Kursk": a destination)."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower() != "to":
        return False
    nxt = tokens[i + 2]
    return nxt[0].isalpha() and nxt[0].islower() and nxt not in DETERMINERS


_SCORE_AFTER = re.compile(r"[-–](\d{1,3})(?!\d|[.,]\d|[-–]\d)")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(?<![\d][-–])(\d{1,3})[-–]$")


def score_of(fig: Figure, article: Article | None) -> tuple[str, int, int, int] | None:
    """The score a figure is one side of ("an 8-7 victory", "trailed 3-1"), read from the
    characters around its number: ``(score, side, start, end)``, the side 0 for the first number
    and 1 for the second, or None. The extractor reads the two numbers of a score as two
    figures, not as a range; each side of one score is its own measure."""
    if article is None:
        return None
    q, text = fig.quantity, article.text_of(fig)
    if not q.text.isdigit() or len(q.text) > 3:
        return None
    before = text[max(0, q.start - 1):q.start]
    after = _SCORE_AFTER.match(text, q.end)
    if after and not (before.isdigit() or before in "-–" and before):
        return f"{q.text}-{after.group(1)}", 0, q.start, after.end()
    lead = _SCORE_BEFORE.search(text[max(0, q.start - 5):q.start])
    if lead and not re.match(r"[-–]?\d", text[q.end:q.end + 2]):
        start = q.start - len(lead.group(0))
        return f"{lead.group(1)}-{q.text}", 1, start, q.end
    return None


def _bare(fig: Figure, article: Article | None, dimension: str, holder: str | None) -> bool:
    """Whether a share's measure phrase names only the share and no holder, and the word after
    it does not say what it is a share of ("18 percent of the votes" is not bare). A name
    before the share ("Ruiz 38 percent": :attr:`Measure.named`) says whose it is, not of what:
    such a share stays bare (one poll's "Ruiz 38 percent" is not another's)."""
    if dimension != "share" or holder or not all(w.lower() in SHARE_WORDS for w in re.findall(r"[\w%]+", fig.measure)):
        return False
    if article is None:
        return True
    after = re.findall(r"[\w%]+", article.text_of(fig)[fig.quantity.end:fig.sentence_end])
    while after and after[0].lower() in SHARE_WORDS:
        after.pop(0)
    return not (len(after) >= 2 and after[0].lower() in SHARE_OF and after[1].lower() not in OBJECT_PRONOUNS)


def _whole(fig: Figure, article: Article | None, dimension: str) -> str | None:
    """What a share is a share of: the head of the figure's measure phrase (the parse's noun),
    when the text right after the share says "of"/"among" (:data:`SHARE_OF`) and then that
    noun within a few words ("two-thirds of the county's voters backed" with the measure
    "county's voters" -> ``voter``); None when the text does not say."""
    if dimension != "share" or article is None:
        return None
    measure = [plain_word(w) for w in _WORD.findall(fig.measure) if w.lower() not in SHARE_WORDS]
    if not measure:
        return None
    rest = re.split(r"[,;:.()—–\"“”]", article.text_of(fig)[fig.quantity.end:fig.sentence_end], maxsplit=1)[0]
    words = _WORD.findall(rest)
    while words and words[0].lower() in SHARE_WORDS:
        words.pop(0)
    if len(words) < 2 or words[0].lower() not in SHARE_OF or words[1].lower() in OBJECT_PRONOUNS:
        return None
    if measure[-1] not in {plain_word(w) for w in words[1:6]}:
        return None
    return HEAD_SYNONYMS.get(measure[-1], measure[-1])


def _part(fig: Figure, article: Article | None, dimension: str) -> bool:
    """Whether a count is followed by "of the", "of those"... (:data:`SHARE_OF` and
    :data:`PARTITIVE_DETERMINERS`): a part of a group, not the group."""
    if dimension != "count" or article is None:
        return False
    after = re.findall(r"[\w']+", article.text_of(fig)[fig.quantity.end:fig.sentence_end])[:2]
    return len(after) == 2 and after[0].lower() in SHARE_OF and after[1].lower() in PARTITIVE_DETERMINERS


def _one_of_several(fig: Figure, article: Article | None) -> bool:
    """Whether a "one" singles out one thing of several its sentence goes on to tell ("One bomb
    hit the school, another the market"; "one shell landed inside and two others outside"): a
    word of :data:`INCREMENT_WORDS` after it in the sentence. The thing singled out is a part,
    not a count of one."""
    q = fig.quantity
    if article is None or q.approx or q.low != 1 or q.high != 1 or q.text.lower() not in ("one", "1"):
        return False
    rest = [w.lower() for w in _WORD.findall(article.text_of(fig)[q.end:fig.sentence_end])]
    return any(w in INCREMENT_WORDS for w in rest)


def _increment(fig: Figure, article: Article | None) -> bool:
    """Whether a figure counts more on top of another count, or the rest of a group: a word of
    :data:`INCREMENT_WORDS` in its quantity ("another 20"), right before its number ("the
    other 55") or right after it ("two additional sentences", "five more bodies")."""
    # "more than 600", "600 or more" are bounds, not more on top of something
    words = [w.lower() for w in _WORD.findall(re.sub(r"(?i)\bmore\s+than\b|\bor\s+more\b", " ",
                                                      fig.quantity.text))]
    if article is not None:
        words += [w.lower() for w in re.findall(r"[A-Za-z]+", article.text_of(fig)[fig.sentence_start:fig.quantity.start])[-1:]]
        after = re.match(r"[\s-]*([A-Za-z]+)", article.text_of(fig)[fig.quantity.end:fig.sentence_end])
        if after and not re.match(r"\s+than\b", article.text_of(fig)[fig.quantity.end + after.end():]):
            words.append(after.group(1).lower())
    return any(w in INCREMENT_WORDS for w in words)


def _paid_in(fig: Figure, article: Article | None, dimension: str) -> bool:
    """Whether a sum of money is followed by the form it is paid in ("$40 million *in cash*",
    "$50m in shares"; :data:`~storyline.lang.en.PAYMENT_FORMS`): the part paid in that form."""
    if article is None or dimension == "count" or unit_of(dimension) is not None:
        return False
    m = re.match(r"\s+in\s+([A-Za-z]+)", article.text_of(fig)[fig.quantity.end:fig.sentence_end])
    return m is not None and m.group(1).lower() in PAYMENT_FORMS


def _aspect(fig: Figure, article: Article | None) -> str | None:
    """Which length a figure measures, from its measure phrase, else the two words right after
    the number ("40m-deep", "30 centimetres wide", "75 km (50 miles) west of") or the three
    before it ("a depth of 40m")."""
    words = [w.lower() for w in _WORD.findall(fig.measure)]
    if article is not None:
        q, text = fig.quantity, article.text_of(fig)
        # the same length in another unit, in brackets, is passed over ("75 km (50 miles) west of")
        rest = re.sub(r"^\s*\([^()]*\)", "", text[q.end:fig.sentence_end])
        after = re.split(r"[,;:.()]", rest, maxsplit=1)[0]
        before = re.split(r"[,;:.()]", text[fig.sentence_start:q.start])[-1]
        words += [w.lower() for w in re.findall(r"[A-Za-z]+", after)[:2]]
        words += [w.lower() for w in re.findall(r"[A-Za-z]+", before)[-3:]]
    return next((LENGTH_ASPECTS[w] for w in words if w in LENGTH_ASPECTS), None)


#: A length followed by the point it is counted from: "from" (after an optional verb in -ing:
#: "from reaching") and the point's noun, after an optional determiner.
_DET = r"(?:(?:the|a|an|its|his|her|their|this|that)\s+)?"
_FROM_POINT = re.compile(r"\s*from\s+(?:[A-Za-z]+ing\s+)?" + _DET + r"([A-Za-z][A-Za-z'’-]*)"
                         r"(?:\s+of\s+" + _DET + r"([A-Za-z][A-Za-z'’-]*))?")


def _point_of(fig: Figure, article: Article | None) -> frozenset[str]:
    """The point a distance is counted from and what it is a point of, when the text says both
    ("from the floor *of the cave*" -> ``floor``, ``cave``), else the empty set: "from the
    border" names no one point (every place near a border is some distance from it)."""
    if article is None:
        return frozenset()
    rest = re.sub(r"^\s*\([^()]*\)", "", article.text[fig.quantity.end:fig.sentence_end])
    m = _FROM_POINT.match(rest)
    if m is None or not m.group(2) or m.group(2).lower() in STOP:
        return frozenset()
    return frozenset({plain_word(m.group(1)), plain_word(m.group(2))})


def _relation(fig: Figure, article: Article | None, dimension: str) -> tuple[str | None, frozenset[str]]:
    """``offset`` (with its anchor), ``point`` or None: the word right after a length of time,
    the word right before a count."""
    if article is None:
        return None, frozenset()
    q, text = fig.quantity, article.text_of(fig)
    # an age ("the five-year-old after his family said ...") is no length of time from a moment
    if dimension == "time" and fig.measure_head != "age" and not q.text.lower().endswith("old"):
        rest = text[q.end:fig.sentence_end]
        after = re.match(r"[\s-]*(?:[A-Za-z]+[\s-]+)?([A-Za-z]+)", rest)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", after.group(0))] if after else []
        # "two days before", "a week later", "the nine days between ..." is a length
        if words and (words[0] in OFFSET_WORDS or len(words) > 1 and unit_of(words[0]) and words[1] in OFFSET_WORDS):
            direction = words[0] if words[0] in OFFSET_WORDS else words[1]
            # "before the election" names its moment; "earlier", "later", "ago" do not, and
            # their anchor is the direction alone ("ago" counts from the time of writing,
            # "later" from a moment told before)
            if direction not in _ANCHORED:
                return "offset", frozenset({direction})
            tail = re.split(r"[,;:.()—]", rest[after.end():], maxsplit=1)[0]
            anchor = {w for w in content_words(tail)[:3] if w not in _WEEKDAY_WORDS}
            return "offset", frozenset({direction, *anchor}) if anchor else frozenset()
        # "the last 11 days of the campaign": the 11 days before its end, an offset from it
        lead = re.findall(r"[A-Za-z]+", text[fig.sentence_start:q.start])[-1:]
        of = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|his\s+|her\s+|its\s+|their\s+)?"
                      r"([A-Za-z][^,;:.()—]*)", rest)
        if lead and lead[0].lower() in EDGE_OF_PERIOD and of and not q.text.lower().startswith(lead[0].lower()):
            anchor = {w for w in content_words(of.group(1))[:3] if w not in _WEEKDAY_WORDS}
            if anchor:
                return "offset", frozenset({EDGE_OF_PERIOD[lead[0].lower()], _STRETCH, *anchor})
    before = re.findall(r"[A-Za-z]+", text[fig.sentence_start:q.start])[-1:]
    if before and before[0].lower() in POINT_BEFORE:
        return "point", frozenset()
    if dimension == "share" and (so_far := _COUNT_SO_FAR.match(text, q.end, fig.sentence_end)) and \
            (so_far.group(1).lower() == "reporting" or
             re.search(r"\bwith\s+" + _BOUND + r"$", text[fig.sentence_start:q.start], re.IGNORECASE)):
        return "point", frozenset()
    return None, frozenset()


#: A share of the count done so far ("87 percent of precincts reporting", "with 76 percent of
#: the vote counted", "with 97 percent of the results in,"): says when within the count, as
#: "after four innings" says when within a game; never a share anyone won ("38 percent of the
#: vote in the north", "had 33 percent of the votes counted"). Unless its verb is "reporting",
#: "with" must stand before it.
_COUNT_SO_FAR = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[A-Za-z]+\s+)?(?:precincts?|votes?|ballots?|results?|returns?)"
                           r"\s+(?:(?:now|already)\s+)?(reporting|reported|counted|tallied|tabulated|in(?=\s*(?:[,.;:)—–-]|$)))",
                           re.IGNORECASE)


_ANCHORED = frozenset({"before", "after", "prior", "from"})
#: In the anchor of a stretch at one end of an event ("the last 11 days of the campaign"): it
#: names its event, so it is never shown to be an offset from a moment the text does not name
#: ("a day earlier").
_STRETCH = "\x00stretch"
_WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today".split())


def is_ordinal(text: str) -> bool:
    """Whether a quantity's text is an ordinal ("45th", "eighth")."""
    return bool(ORDINAL_TEXT.search(text))


_LISTED = re.compile(r"\d+(?:\s*,\s*\d+)+\s*,?\s*(?:and|or)\s+\d+")


def in_list_of_numbers(fig: Figure, article: Article | None) -> bool:
    """Whether a bare whole number is one of a list of three or more ("versions 6, 7, 8 and 9",
    "rooms 4, 5 and 6"): each names one item, it does not count them (read as an ordinal)."""
    q = fig.quantity
    if article is None or not q.text.isdigit():
        return False
    text = article.text_of(fig)
    for m in _LISTED.finditer(text, max(fig.sentence_start, q.start - 40), min(fig.sentence_end, q.end + 40)):
        if m.start() <= q.start and q.end <= m.end():
            return True
    return False


def in_compound(fig: Figure, article: Article | None) -> bool:
    """Whether a count is joined by a hyphen to the noun it counts, inside a compound that
    describes another noun ("a 200-seat hall", "a 12-nation deal"): a property of that noun (its
    size), not a count of those things in the story."""
    if article is None:
        return False
    q, text = fig.quantity, article.text_of(fig)
    return bool(re.match(r"-[A-Za-z]", text[q.end:q.end + 2]) or re.search(r"\w-[A-Za-z]+$", q.text))


_ROLE = re.compile(r"\s+(?:[A-Za-z'’-]+\s+){0,2}?as\s+(?:an?|the|his|her|its|their|our)\s+((?:[A-Za-z'’-]+\s+)?[A-Za-z'’-]+)")


#: A physical measure joined by a hyphen to its unit, then the noun it describes: "a 92.4-mph
#: delivery", "a 30-tonne truck".
_DESCRIBED_NOUN = re.compile(r"[\s\u00a0]+([A-Za-z]+)\b(?!-)")


def described_noun(fig: Figure, article: Article | None, dimension: str) -> str | None:
    """The noun a physical measure joined by a hyphen to its unit describes ("a 92.4-mph delivery"
    -> ``delivery``), lower-cased and without a plural ``s``, else None. Counts, lengths of time and
    money are left out (their compounds name the same thing in many words: "a 10-day trip", "a
    10-day visit")."""
    if article is None or dimension in ("count", "time") or dimension.isupper():
        return None
    q, text = fig.quantity, article.text_of(fig)
    if not re.search(r"\d-[A-Za-z/]+$", q.text):
        return None
    m = _DESCRIBED_NOUN.match(text, q.end, fig.sentence_end)
    if m is None or m.group(1).lower() in STOP:
        return None
    return plain_word(m.group(1))


#: An average told right before a figure: "averages 98 mph", "an average of 300", "on average 5%".
_AVERAGE_BEFORE = re.compile(r"\b(?:averag(?:e|es|ed|ing)|mean)(?:\s+(?:of|at|about|around))?[\s\u00a0]*$", re.I)


def told_as_average(fig: Figure, article: Article | None) -> bool:
    """Whether the words right before a figure tell it as an average ("averages 110 mph",
    "an average of 300 a day")."""
    if article is None:
        return False
    text = article.text_of(fig)
    return bool(_AVERAGE_BEFORE.search(text[max(fig.sentence_start, fig.quantity.start - 30):fig.quantity.start]))


#: What opens a value set against another ("up *from*", "*compared with*"), with a second unit of the
#: same value between ("from $4 million, *or* 27 cents a share"; "from $4.2 million, *or* ...": the
#: points and commas of a number do not end it).
_COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                              r"(?:(?:[^,;:.]|[.,](?=\d)){1,30},\s*or\s+)?$", re.I)
#: The period of a year before that a value so set is of ("a year earlier", "a year ago", "the
#: year-earlier quarter", "the same period last year", "last year").
_COMPARED_PERIOD = re.compile(r"^[^;:]{0,40}?\b(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
                              r"(?:a\s+|the\s+)?year[-\s](?:earlier|ago)\b|last\s+year|the\s+(?:previous|prior)\s+year|"
                              r"the\s+same\s+(?:period|quarter|month|week|half)\b)", re.I)


def compared_value(fig: Figure, article: Article | None) -> bool:
    """Whether a value is given as the value of the year before, set against the present one
    ("47 pence a share, from 29 pence a year earlier", "sales of $40 million, compared with
    $35 million a year ago", "up from 9 cents in the year-earlier quarter"): a value of another
    period, not an earlier value of this one revised. A value a change starts from with no
    period of its own ("rose to six from two", "the toll rose to 40 from 20 a day earlier") is
    no such value."""
    if article is None:
        return False
    text, q = article.text_of(fig), fig.quantity
    before = text[max(fig.sentence_start, q.start - 60):q.start]
    return bool(_COMPARED_BEFORE.search(before)) and bool(_COMPARED_PERIOD.match(text[q.end:fig.sentence_end]))


#: Words right after a count that say it is what is in play, not what anyone holds ("30 seats
#: *at stake*", "12 places *up for grabs*"), or what is left to win ("1,500 delegates *outstanding*",
#: "300 seats *yet to be decided*"); not the shares or the debt a company has issued ("72% of its
#: shares outstanding").
_IN_PLAY = re.compile(r"^(?:\s*[A-Za-z'’-]+){0,3}?\s+(?:(?:are|is|were|was|remain|remained)\s+)?"
                      r"(?:at\s+stake|up\s+for\s+grabs|in\s+play|on\s+offer|unallocated"
                      r"|(?<!shares\s)(?<!stock\s)(?<!debt\s)(?<!loans\s)(?<!bonds\s)(?<!notes\s)outstanding"
                      r"|(?:yet\s+)?to\s+be\s+(?:allocated|awarded|decided|won))\b", re.IGNORECASE)
#: Words right before a count that say it is what is left to win ("the *remaining* four seats",
#: "a runoff is held *to award the last* 9 seats"), or in play, its clause opening with it ("*At
#: stake in the four counties are* 90 seats").
_IN_PLAY_BEFORE = re.compile(r"(?:\b(?:remaining|(?:to|will|would)\s+(?:be\s+)?(?:award|awarded|allocate|allocated)"
                             r"(?:\s+(?:the|its|their))?(?:\s+(?:final|last|remaining))?)"
                             r"|^\s*(?:[A-Za-z'’-]+\s+){0,2}?at\s+stake\b[^,;:.]{0,40}?\b(?:are|is|were|was))\s+$",
                             re.IGNORECASE)
#: Words that say a count is a threshold: what is needed, not what is held ("the 50 votes
#: *needed* to pass", "*it takes* 50 votes", "*needs* 50"); not a verb of its own with an object
#: ("12 people needed treatment") or a passive after it ("needed to be rescued").
_NEEDED_AFTER = re.compile(r"^(?:\s*[A-Za-z'’-]+){0,3}?\s+(?:(?:are|is|were|was)\s+)?(?:needed|required|necessary)"
                           r"(?:\s+(?:to\s+(?!be\b)|for\b)|\s*[,.;:]|\s*$)", re.IGNORECASE)
_NEEDED_BEFORE = frozenset("need needs needed require requires required".split())
_IT_TAKES = frozenset("take takes took".split())
#: Words right before a count that make it the people a survey asked ("*surveyed* 800 adults",
#: "*a poll of* 1,000 voters"): the size of one survey, not a count of the story.
_SURVEY_WORDS = frozenset("surveyed surveying polled interviewed interviewing sampled".split())
_SURVEY_NOUNS = frozenset("survey poll sample".split())
#: Words before "by" that make the count after it a difference (a margin or a change: "won *by*
#: 20 points", "trails the leader *by* 300", "rose *by* 12"), not a level.
_DIFFERENCE_VERBS = frozenset("""win wins won winning lead leads led leading trail trails trailed trailing
    beat beats beaten ahead behind rise rises rose risen fall falls fell fallen increase increased
    decrease decreased grow grew grown drop dropped climb climbed jump jumped cut reduced outpaced
    predate predates predated postdate postdates postdated older younger outlived outlasted""".split())
#: Verbs of a deal before "for" and a sum ("acquired Bolt *for* $200 million", "sold it for
#: $5"), or of paying right before it ("paid $200 million"): the price of one deal, not a value held.
_DEAL_VERBS = frozenset("""acquire acquires acquired acquiring buy buys bought buying sell sells sold selling
    purchase purchases purchased purchasing""".split())
_PAY_VERBS = frozenset("pay pays paid paying spend spends spent spending".split())


#: Verbs that tell a change with its size as their object and nothing else ("slipped 40 cents",
#: "rose 12"): the size is a difference, whatever is counted.
_CHANGE_ONLY = frozenset("""rose risen rises rise fell fallen falls fall slipped slid tumbled plunged plummeted
    soared surged declined dipped edged eased advanced retreated""".split())
#: Verbs that tell a change when what follows is a measure with a unit ("gained 3 points", "lost
#: $2", "dropped 5 percent") but may take a count of things as their object ("lost 12 soldiers",
#: "dropped 12 bombs", "gained 40 members"): a difference only for a measure with a unit.
_CHANGE_OF_MEASURE = frozenset("""gained gains lost loses dropped drops climbed climbs jumped jumps added adds
    shed sheds""".split())
#: "up" or "down" and the size right after a comma, a dash or a verb of a level ("closed at $12,
#: *up* 40 cents", "shares were *down* 3 percent", "ended *up* 2"); not a particle ("shot *down* 12").
_UP_DOWN = re.compile(r"(?:[,;—–-]|\b(?:is|are|was|were|be|been|being|closed|closing|ended|finished|opened|"
                      r"stood|traded|trading))\s+(?:up|down)\s+(?:(?:about|some|nearly|almost|roughly|around|"
                      r"more\s+than|less\s+than)\s+)?[$€£]?$", re.IGNORECASE)


def told_as_change(before: str, with_unit: bool) -> bool:
    """Whether the words right before a number tell it as the size of a change, with no "by"
    (``before``: the sentence up to the number; ``with_unit``: the figure has a unit): right after
    a verb of change alone ("stock *slipped* 40 cents", "the index *rose* 12"), after a verb of gain
    or loss for a measure with a unit ("*gained* 3 points", "*lost* $2"; not "lost 12 soldiers"),
    or after "up" or "down" told of a level ("closed at $20, *up* 12 cents"). Not a change's
    ends: "rose *from* 12 *to* 30", "closed at $12, up *from* $10"."""
    if _UP_DOWN.search(before):
        return True
    words = re.findall(r"[A-Za-z'’-]+|[^\sA-Za-z]", before)
    while words and words[-1].lower() in ("about", "some", "nearly", "almost", "roughly", "around",
                                          "another", "more", "less", "than", "$", "€", "£"):
        words.pop()
    if not words:
        return False
    w = words[-1].lower()
    return w in _CHANGE_ONLY or with_unit and w in _CHANGE_OF_MEASURE


def standing(fig: Figure, article: Article | None) -> str | None:
    """What a count stands for when the words right around it say, else None (a level held or
    counted): ``play`` for what is in play ("40 seats *at stake*", "*up for grabs*", what is left
    to win: "1,500 delegates *outstanding*", "*yet to be awarded*", "the *remaining* four", "*to award
    the last* 9"), ``needed``
    for a threshold ("the 50 votes *needed* to pass", "*it takes* 50 votes to pass"),
    ``difference`` for a margin or a change ("won *by* 20 points", "*by* 12 over the week",
    "$3 million *off* the price"), ``sample`` for the people a survey asked ("*surveyed* 800
    adults"; "poll" or "sample" before "of": "a poll *of* 1,000 voters"), ``price`` for the sum
    of one deal ("acquired Bolt *for* $200 million", "*paid* $5 million"; a sum of money only).
    Two counts of one noun that stand for two of these (the seats
    at stake and the seats won, the votes needed and the votes cast) are two things, never one
    figure over time."""
    if article is None:
        return None
    text = article.text_of(fig)
    q = fig.quantity
    after = text[q.end:fig.sentence_end]
    before = re.findall(r"[A-Za-z'’-]+", text[fig.sentence_start:q.start].lower())
    if _IN_PLAY.match(after) or _IN_PLAY_BEFORE.search(text[max(fig.sentence_start, q.start - 60):q.start]):
        return "play"
    if _NEEDED_AFTER.match(after) or before[-1:] and before[-1] in _NEEDED_BEFORE or \
            before[-2:-1] == ["it"] and before[-1] in _IT_TAKES:
        return "needed"
    if any(w in _SURVEY_WORDS for w in before[-3:]) or len(before) >= 2 and before[-1] == "of" and \
            before[-2] in _SURVEY_NOUNS:
        return "sample"
    if before and before[-1] == "by" and any(w in _DIFFERENCE_VERBS for w in before[-4:-1]) or \
            re.match(r"\s+off\s+(?:the|its|his|her|their|a)\b", after) or \
            told_as_change(text[fig.sentence_start:q.start], bool(q.unit)):
        return "difference"
    if is_currency(fig.quantity.unit) and (
            before[-1:] == ["for"] and any(w in _DEAL_VERBS for w in before[-5:-1]) or
            before[-1:] and before[-1] in _PAY_VERBS):
        return "price"
    return None


#: The line of an account a sum is told of, by the last word that names one before it in its clause:
#: what came in ("*revenue* of $40 million", "*sales* rose to $9 million", "*net sales*") or what was
#: left or lost ("*net* was $4 million", "a *profit* of", "*earnings* of", "a net *loss* of", "*lost* $2").
_LINE_WORDS = {**{w: "revenue" for w in "revenue revenues sales turnover".split()},
               **{w: "result" for w in """net profit profits earnings income loss losses earned lost
                  deficit""".split()}}
_LINE_CLAUSE_END = re.compile(r"[;:()]|,\s+(?:or|and|but|while|compared|up|down|from)\b|\b(?:while|but|whereas)\b",
                              re.IGNORECASE)


def money_line(fig: Figure, article: Article | None, dimension: str) -> str | None:
    """The line of an account a sum is told of: ``revenue`` for what came in ("revenue of $40
    million", "sales rose 8% to $9 million", "net sales of"), ``result`` for what was left or lost
    ("net income of $4 million", "posted a loss of $2 million", "earned $3 million"), read from the
    last such word in the clause before the sum (at most eight words back); None for anything
    else, or a sum of money whose clause names no line ("a $5 million reward"). Revenue and a
    result are two measures of one company, never one figure."""
    if article is None or not dimension.isupper():
        return None
    text = article.text_of(fig)
    lead = text[max(fig.sentence_start, fig.quantity.start - 80):fig.quantity.start]
    ends = list(_LINE_CLAUSE_END.finditer(lead))
    if ends:
        lead = lead[ends[-1].end():]
    words = re.findall(r"[A-Za-z]+", lead.lower())[-8:]
    for i in range(len(words) - 1, -1, -1):
        line = _LINE_WORDS.get(words[i])
        if line is not None:
            return "revenue" if line == "result" and words[i] == "net" and "sales" in words[i + 1:i + 2] else line
    return None


#: The period of a year before, told after a value ("$4 million, 22 cents per share, *one year
#: earlier*", "*in the year-ago quarter*") or before it ("a *year-earlier* loss of $6 million").
_YEAR_BEFORE_AFTER = re.compile(r"^(?:[^;:.]|\.(?=\d)){0,40}?\b((?:a|one|the)\s+year\s+(?:earlier|ago|before)\b|"
                                r"the\s+(?:year[-\s](?:earlier|ago)|previous\s+year(?:'s)?|prior[-\s]year)"
                                r"\s+(?:period|quarter|half|month|week|year)\b)", re.IGNORECASE)
_YEAR_BEFORE_LEAD = re.compile(r"\b(?:year[-\s](?:earlier|ago)|prior[-\s]year)\s+(?:[A-Za-z-]+\s+){0,3}?"
                               r"(?:of\s+)?[$€£]?$", re.IGNORECASE)
#: The period of a year before told earlier in a value's clause ("*One year before*, in that quarter, the mill
#: made $3 million", "*During the year-earlier half*, it lost $2 million", "*During the comparable year-ago
#: half*, the mill lost $1 million").
_YEAR_BEFORE_OPENING = re.compile(r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:comparable\s+|same\s+)?year[-\s](?:earlier|ago)\s+"
                                  r"(?:period|quarter|half|month|week|year))\b", re.IGNORECASE)
#: Words between a value and a period that make the period the other side of a comparison
#: ("$40 million, *up from* $35 million a year earlier"; "rose 12% *from* a year ago").
_COMPARISON = re.compile(r"\b(?:from|than|compared|versus|vs|against|over|up|down|rose|fell|increase|decrease)\b",
                         re.IGNORECASE)


def year_before(fig: Figure, article: Article | None) -> bool:
    """Whether a value is told as the value of the same period a year before: a year-before
    word right before it ("a *year-earlier* loss of $6 million", "*year-ago* sales of $9
    million"), the period earlier in its clause ("*One year before*, in that quarter, the mill made $3
    million"; not "*compared with a year ago*, sales rose to $40 million"), or the period right after it with no comparison between ("net of $1 million, or
    4 cents per share, *one year ago*", "earned $10 million *in the year-ago quarter*"; not
    "$40 million, up 12% from a year earlier", whose period is the other side). A value of the
    year before and a value of now are two occasions, never one figure."""
    if article is None:
        return False
    if compared_value(fig, article):
        return True
    text, q = article.text_of(fig), fig.quantity
    if _YEAR_BEFORE_LEAD.search(text[max(fig.sentence_start, q.start - 50):q.start]):
        return True
    lead = re.split(r"[;:]", text[fig.sentence_start:q.start])[-1]
    if any(not _COMPARISON.search(lead[max(0, m.start() - 14):m.start()]) for m in _YEAR_BEFORE_OPENING.finditer(lead)):
        return True
    after = text[q.end:fig.sentence_end]
    m = _YEAR_BEFORE_AFTER.match(after)
    return m is not None and not _COMPARISON.search(after[:m.start(1)])


def counted_as(fig: Figure, article: Article | None) -> str | None:
    """The role a count is counted in when the words right after it say ("seven seasons *as an
    assistant*", "ten years as the club's coach"): those words, lower-cased, else None. Seasons as
    a coach and seasons as a player, or all seasons, are two scopes."""
    if article is None:
        return None
    m = _ROLE.match(article.text_of(fig), fig.quantity.end, fig.sentence_end)
    return " ".join(w for w in (plain_word(w) for w in m.group(1).split()) if w not in STOP) or None if m else None


def measure_of(fig: Figure, article: Article | None, params: AlignParams = DEFAULT) -> Measure:
    """The structured measure of a figure, read from its measure phrase and its sentence
    (``params.context_window`` words either side of the number are its context)."""
    unit = fig.quantity.unit
    # the last word of the measure phrase, unless the phrase holds another number, whose unit it
    # is ("29 passes for 201 yards" counts passes, not yards)
    last = fig.measure.split()[-1] if fig.measure and not any(c.isdigit() for c in fig.measure) else None
    dim = unit_of(unit) or unit_of(fig.measure_head) or unit_of(last)
    if dim is not None:
        dimension, factor = dim
    elif unit:
        dimension, factor = unit, 1.0
    else:
        dimension, factor = "count", 1.0
    holder, hs, he = _holder(fig, article)
    score = score_of(fig, article) if dimension == "count" else None
    if score is not None:  # whose side of the score: the first number's or the second's
        holder, hs, he = f"{('first', 'second')[score[1]]} of {score[0]}", score[2], score[3]
    relation, anchor = _relation(fig, article, dimension)
    ctx = set(content_words(fig.measure))
    if article is not None:
        text = article.text_of(fig)
        before = content_words(text[fig.sentence_start:fig.quantity.start])[-params.context_window:]
        after = content_words(text[fig.quantity.end:fig.sentence_end])[:params.context_window]
        ctx.update(before + after)
    ctx -= {plain_word(w) for w in _WORD.findall(fig.quantity.text)}
    event = counting_event(fig, article, params.event_window) or \
        (_elided_wounded(fig, article) if dimension == "count" else None)
    severity = _severity(fig, article, event, params.event_window) if dimension == "count" else None
    plan = planned(fig, article)
    ordinal = dimension == "count" and (is_ordinal(fig.quantity.text) or in_list_of_numbers(fig, article))
    return Measure(counted=fig.measure, head=fig.measure_head, event=event, holder=holder,
                   holder_start=hs, holder_end=he, dimension=dimension, factor=factor,
                   context=frozenset(ctx), aspect=_aspect(fig, article) if dimension == "length" else None,
                   point=_point_of(fig, article) if dimension == "length" else frozenset(),
                   relation=relation, anchor=anchor,
                   ordinal=ordinal,
                   compound=dimension == "count" and in_compound(fig, article), role=counted_as(fig, article),
                   score=score[0] if score else None, bare=_bare(fig, article, dimension, holder),
                   part=severity is None and (_part(fig, article, dimension) or _increment(fig, article)
                                              or _one_of_several(fig, article) or _paid_in(fig, article, dimension)),
                   severity=severity, described=described_noun(fig, article, dimension),
                   average=told_as_average(fig, article), planned=plan,
                   whole=_whole(fig, article, dimension),
                   predicate=_predicate(fig, article, event, plan),
                   named=None if score else _named_holder(fig, article, dimension),
                   line=money_line(fig, article, dimension), year_before=year_before(fig, article),
                   standing=standing(fig, article),
                   company=company_of(fig, article, dimension),
                   group=share_group(fig, article, dimension),
                   companion=companion_of(fig, article),
                   **_owner_fields(fig, article, dimension == "count" and not (holder or score or ordinal)))


#: The last word of a company's name ("Acme Corp.", "Brightline Group", "Orbis plc").
_COMPANY_ENDS = r"(?:Inc|Corp|Co|Cos|Ltd|Corporation|Company|PLC|plc|Group|LLC|AG|S\.A|N\.V)\b\.?"
#: A company's name: capitalised words, then the last word of a company's name.
_COMPANY_NAME = re.compile(r"((?:[A-Z][\w&'’.-]*\s+){1,4}?)" + _COMPANY_ENDS)
#: A verb of reporting results; a name right before it is the company whose results follow
#: ("Acme posted a loss", "Brightline earned $9 million"; "said" and "reported" only with a line of
#: an account after them: "Acme said net rose", not "Lee said 40 percent").
_RESULT_SUBJECT = re.compile(_NAME + r"\s+(?:(?:also|again)\s+)?(?:(earned|earns|posted|posts|lost|loses)"
                             r"|(?:said|says|reported|reports|announced)\b(?=[^.;]{0,60}?\b(?:net|earnings|profit"
                             r"|income|revenue|revenues|sales|loss|losses)\b))")
#: A possessor that is a name ("Brightline's revenue of $9 million", "Acme's unit posted").
_NAME_POSSESSOR = re.compile(_NAME + r"['’]s\s")
#: A noun standing for a company named before ("the company said", "The Ohio concern's revenue",
#: "the maker posted"), up to four words after "the".
_COMPANY_NOUN = re.compile(r"\b[Tt]he\s+(?:(?![Tt]he\b)[\w,.'’-]+\s+){0,4}?(?:company|concern|firm|maker)(?:['’]s)?\s")
#: Capitalised words opening a sentence that name no company ("Today's sales of $2 million").
_NOT_COMPANIES = frozenset("today yesterday tomorrow year quarter month week nation country state city world "
                           "company firm market industry".split())
#: Words of a company's name that say nothing of which company it is.
_COMPANY_STOP = frozenset("the inc corp co cos ltd corporation company plc group llc ag s.a n.v & and of".split())


def company_of(fig: Figure, article: Article | None, dimension: str) -> frozenset[str]:
    """The words of the name of the company a sum, a value per share or a percent belongs to, when
    its sentence names it before the value: a name that ends as a company's does (:data:`_COMPANY_ENDS`:
    "Acme Corp. said net rose to $4 million" -> ``{acme}``), the subject of a verb of reporting
    results (:data:`_RESULT_SUBJECT`: "Brightline posted a loss of $2 million" -> ``{brightline}``)
    or a named possessor ("Brightline's revenue of $9 million"); the last such name before the value
    ("Acme earned $4 million, while Brightline posted $3 million": the second sum is Brightline's).
    A name after a preposition is not the owner ("a unit of Acme Corp. had net of $1 million"
    names no owner). With no name there, a noun standing for a company as the subject or the
    possessor (:data:`_COMPANY_NOUN`: "the company said net rose", "the Ohio concern's revenue")
    stands for the company the article named last before the sentence. Empty for other figures
    and when nothing names the company."""
    if article is None or not (is_currency(dimension) or dimension == "share"
                               or (fig.quantity.unit or "").endswith("/share")):
        return frozenset()
    text = article.text_of(fig)
    before = text[fig.sentence_start:fig.quantity.start]
    found = _companies_named(before, text)
    if found:
        return max(found, key=lambda f: f[0])[1]
    m = _COMPANY_NOUN.search(before)
    if m is None or _after_preposition(before[:m.start()]):
        return frozenset()
    # "the company said": the company the article named last before this sentence
    found = _companies_named(text[max(0, fig.sentence_start - 3000):fig.sentence_start], text, possessors=False)
    return max(found, key=lambda f: f[0])[1] if found else frozenset()


def _after_preposition(lead: str) -> bool:
    tokens = re.findall(r"[\w'’]+|[^\w\s]", lead)
    return bool(tokens) and tokens[-1].lower() in _NOT_HOLDER_BEFORE


def _companies_named(before: str, text: str, possessors: bool = True) -> list[tuple[int, frozenset[str]]]:
    """The companies named in ``before`` (:func:`company_of`), each with its offset."""
    found: list[tuple[int, frozenset[str]]] = []
    for pattern in (_COMPANY_NAME, _RESULT_SUBJECT, _NAME_POSSESSOR)[:3 if possessors else 2]:
        for m in pattern.finditer(before):
            words = [w.strip("'’,").lower() for w in m.group(1).split()]
            while words and (words[0] in STOP or words[0] in _NOT_NAMES):
                words.pop(0)
            name = frozenset(w for w in words if w not in _COMPANY_STOP)
            lead = re.findall(r"[\w'’]+|[^\w\s]", re.split(r"[.!?][\"'”’]?\s+(?=[A-Z\"“]|$)", before[:m.start(1)])[-1])
            if not name or any(w in _NOT_NAMES or w.endswith("ly") for w in name) or \
                    lead and lead[-1].lower() in _NOT_HOLDER_BEFORE:
                continue
            first = m.group(1).split()[-1]
            if pattern is not _COMPANY_NAME and len(words) == 1 and not lead and \
                    (first.endswith("s") or words[0] in _NOT_COMPANIES) and \
                    not re.search(r"[a-z,;]\s+" + re.escape(first) + r"\b", text):
                continue  # "Analysts said net rose", "Today's sales": a word opening its sentence, no name
            found.append((m.start(1), name))
    return found


#: Words before the noun of a group that do not say which group ("28 percent of *likely* voters",
#: "of *all* voters", "of *those* polled").
_GROUP_FILLERS = frozenset("the all those these likely registered eligible voting adult polled surveyed "
                           "its their his her our".split())
#: "among" and a group earlier in a share's clause ("*Among independents*, Ruiz has 40 percent").
_AMONG = re.compile(r"\b[Aa]mong\s+((?:[\w'’-]+[ \t]*){1,3})")


def groups_apart(ma: Measure, mb: Measure, text_a: str, text_b: str) -> bool:
    """Whether two shares are told of two groups (:attr:`Measure.group`): both name one, and
    neither group's word is one of the first two words of the other's ("of Orbis's shares
    outstanding" and "of the common shares of Orbis" are one group; "of women", "of men" two;
    "of Republican voters" and "of the voters" two)."""
    if not (ma.group and mb.group) or ma.group == mb.group:
        return False
    return ma.group not in _group_words(text_b) and mb.group not in _group_words(text_a)


def _group_run(rest: str) -> list[str] | None:
    """The words that say which group a share is of, in ``rest`` (the words after the share): those
    after "of" or "among" past fillers, stop words and a possessor ("of the county's voters" ->
    ``["voter"]``), up to a pronoun; None when no "of" or "among" follows the share."""
    words = _WORD.findall(re.split(r"[,;:.()—–\"“”]", rest, maxsplit=1)[0])
    while words and words[0].lower() in SHARE_WORDS:
        words.pop(0)
    if len(words) < 2 or words[0].lower() not in SHARE_OF:
        return None
    run = words[1:6]
    owned = [i for i, w in enumerate(run) if w.endswith(("'s", "’s"))]
    if owned:  # "of the county's voters", "of Ana Ruiz's donors": the noun after the possessor
        run = run[owned[-1] + 1:]
    found = []
    for w in run:
        if w.lower() in OBJECT_PRONOUNS:
            return []
        if w.lower() not in _GROUP_FILLERS and w.lower() not in STOP:
            found.append(plain_word(w))
    return found


def _group_words(rest: str) -> set[str]:
    """The first two words of a share's group ("of its common shares outstanding" -> common, share)."""
    return set((_group_run(rest) or [])[:2])


def share_group(fig: Figure, article: Article | None, dimension: str) -> str | None:
    """The group a share is told of: the first word after "of" or "among" right after the share
    that is not a filler (:data:`_GROUP_FILLERS`: "28 percent *of independents*", "45% of *likely
    Republican* voters" -> ``independent``, ``republican``), else a group "among" names earlier in
    its clause ("*Among women*, Ruiz has 40 percent" -> ``woman``), else None. A pronoun after
    "of" ("40 percent of them") names no group. Two shares of two groups are never one figure."""
    if dimension != "share" or article is None:
        return None
    text, q = article.text_of(fig), fig.quantity
    run = _group_run(text[q.end:fig.sentence_end])
    if run is not None:
        return run[0] if run else None
    lead = re.split(r"[;:]|\.\s", text[fig.sentence_start:q.start])[-1]
    m = None
    for m in _AMONG.finditer(lead):
        pass
    if m is None:
        return None
    found = [w for w in _WORD.findall(m.group(1)) if w.lower() not in _GROUP_FILLERS and w.lower() not in STOP]
    return plain_word(found[0]) if found else None


#: A count and its noun told right before "for" and a figure ("39 passes *for* 302 yards").
_COMPANION_BEFORE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+([a-z]+)\s+for\s+" + _BOUND + r"$")
#: A figure's noun, "for" and a count with its noun after it ("39 passes *for 302 yards*").
_COMPANION_AFTER = re.compile(r"\s+[a-z]+\s+for\s+(\d[\d,]*(?:\.\d+)?)\s+([a-z]+)\b")


def companion_of(fig: Figure, article: Article | None) -> tuple[str, float] | None:
    """The other count a count is told with in one stat line, as (its noun, its value): the count
    right before "for" and the figure ("caught 41 passes for 517 yards" -> ``("pass", 41.0)`` for
    the yards), or the count after the figure's noun and "for" (``("yard", 517.0)`` for the
    passes), else None. Two counts whose companions count one thing with two values ("39 passes
    for 302 yards", "29 passes for 201 yards") count two sets: two games, two seasons."""
    if article is None:
        return None
    text, q = article.text_of(fig), fig.quantity
    lead = text[max(fig.sentence_start, q.start - 60):q.start]
    m = _COMPANION_BEFORE.search(lead)
    if m is not None and re.search(r"\bof\s+$", lead[:m.start()]):
        return None  # "19 of 33 passes for 247 yards": which of the two counts is the line's, unsaid
    if m is None and not any(c.isalpha() for c in q.text.lstrip("0123456789,. ")):
        m = _COMPANION_AFTER.match(text, q.end, fig.sentence_end)
    if m is None:
        return None
    try:
        return plain_word(m.group(2)), float(m.group(1).replace(",", ""))
    except ValueError:
        return None


def companies_apart(ma: Measure, mb: Measure) -> bool:
    """Whether two values belong to two companies (:attr:`Measure.company`): both name one and
    neither name's words hold the other's ("Acme Corp." and "Acme" are one company; "Acme" and
    "Brightline" two)."""
    return bool(ma.company) and bool(mb.company) and not ma.company <= mb.company and \
        not mb.company <= ma.company


def _owner_fields(fig: Figure, article: Article | None, counted: bool) -> dict[str, object]:
    """The ``owner`` and ``owner_named`` of a measure: a count's owner (:func:`count_holder`),
    none for a figure that is not a plain count."""
    found = count_holder(fig, article) if counted else _NO_OWNER
    return {"owner": found.name, "owner_named": found.named}


def planned(fig: Figure, article: Article | None) -> str | None:
    """The verb of the plan or the expectation a figure is the value of, when the words right
    before its number say so (:data:`~storyline.lang.en.PLANNED_BEFORE`: "the talks were
    *due to last* an hour", "a visit *scheduled to run for* three days" -> ``last``,
    ``run``; for a length of time, what one expected a thing to last,
    :data:`~storyline.lang.en.EXPECTED_LENGTH_BEFORE`: "thought the talks would only last '15
    minutes'"), or ``goal`` for a sum set as a goal (:data:`_GOAL_BEFORE`, :data:`_GOAL_AFTER`),
    else None: what was planned, never the same measure as what happened ("the talks lasted two
    hours")."""
    if article is None:
        return None
    text = article.text_of(fig)
    start = max(fig.sentence_start, fig.quantity.start - PLANNED_REACH)
    before = text[start:fig.quantity.start]
    m = PLANNED_BEFORE.search(before)
    if m is None and (unit_of(fig.quantity.unit) or ("",))[0] == "time":
        m = EXPECTED_LENGTH_BEFORE.search(before)  # "thought the talks would only last '15 minutes'"
    if m:
        return m.group(1).lower()
    goal = _GOAL_BEFORE.search(before)
    if goal and _TARGET_OF_ATTACK.search(before[:goal.start()] + goal.group(0)[:6]):
        goal = None  # "was the target of $275,000 in ads": attacked, no goal
    if goal or _GOAL_AFTER.match(text, fig.quantity.end, fig.sentence_end):
        return "goal"
    return None


#: A sum set as a goal, before its number ("set a goal of raising $41 million", "a target of
#: $5 million", "hopes to raise $2 million"), or after it ("the $41 million it must collect"):
#: what is to be raised, never the same measure as what was raised ("has collected $56 million").
_GOAL_VERBS = r"(raise|raising|collect|collecting|spend|spending|reach|reaching|bring\s+in|bringing\s+in)"
_GOAL_BEFORE = re.compile(r"\b(?:goal|target|aim)\s+(?:of|to|is\s+to|was\s+to)\s+(?:" + _GOAL_VERBS + r"\s+)?"
                          r"(?:(?:more\s+than|nearly|about|around|at\s+least)\s+)?$"
                          r"|\b(?:must|needs?\s+to|has\s+to|have\s+to|hopes?\s+to|aims?\s+to|plans?\s+to|wants?\s+to"
                          r"|seeks?\s+to)\s+" + _GOAL_VERBS + r"\s+(?:(?:more\s+than|nearly|about|around|at\s+least)\s+)?$",
                          re.IGNORECASE)
_TARGET_OF_ATTACK = re.compile(r"\b(?:was|is|were|are|been|being|became|become)\s+(?:(?:also|often|again|[a-z]+ly)\s+)?"
                               r"(?:the|a)\s+(?:[a-z]+\s+)?target$",
                               re.IGNORECASE)
_GOAL_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they|he|she|we)\s+(?:still\s+)?(?:must|needs?\s+to|has\s+to"
                         r"|have\s+to|hopes?\s+to|aims?\s+to|plans?\s+to)\s+" + _GOAL_VERBS + r"\b", re.IGNORECASE)


def group_head(fig: Figure, m: Measure) -> str:
    """The head figures are grouped by: the event for people or things it counts ("3,000
    soldiers killed or wounded" are casualties, not troops), with how gravely they were hurt when
    the text says ("critically wounded"), the dimension's name for a unit
    word ("feet" -> distance), else the extractor's head, or the head it names the same thing as
    (:data:`~storyline.align.vocab.HEAD_SYNONYMS`: "female" -> "woman")."""
    if m.score:
        return "score"
    if m.severity:
        return f"{m.severity} {m.event}"  # "critically wounded": a part of the wounded
    if m.dimension == "count" and m.event in HARM_EVENTS and fig.measure_head not in EVENTS:
        return m.event
    if fig.measure_head == "age" or m.dimension == "count" or m.dimension not in _DIMENSION_HEADS:
        return HEAD_SYNONYMS.get(fig.measure_head, fig.measure_head)
    return _DIMENSION_HEADS[m.dimension]


def base_interval(fig: Figure, m: Measure) -> tuple[float | None, float | None]:
    """The figure's interval in the base unit of its dimension."""
    q = fig.quantity
    return (None if q.low is None else q.low * m.factor, None if q.high is None else q.high * m.factor)


def interval_in(q: Quantity, unit: str | None) -> tuple[float | None, float | None]:
    """A quantity's interval told in ``unit`` (a tracked figure's) when both are units of one
    dimension ("39,467 days" in years is 108.1), else as it is told. Values converted from
    another unit keep three significant digits: the conversion states no more precision than
    the text did."""
    here, there = unit_of(q.unit), unit_of(unit)
    if q.unit == unit or here is None or there is None or here[0] != there[0] or here[1] == there[1]:
        return q.low, q.high
    k = here[1] / there[1]
    return (None if q.low is None else converted_digits(q.low * k),
            None if q.high is None else converted_digits(q.high * k))


def converted_digits(v: float) -> float:
    """A value converted from another unit, to three significant digits ("70 days" is 2.3
    months, not 2.30137): the conversion states no more precision than the text did."""
    return float(f"{v:.3g}")


def unit_slack(q: Quantity, other: Quantity) -> float:
    """How far a whole number of a unit of time may be from the length it rounds, in hours, when
    ``other`` is told in another unit: half the unit ("two months" is anything from six to ten
    weeks, "a four-day search" lasted 84 to 108 hours), so that lengths told in coarse units
    compare with those told in fine ones. In one unit the numbers compare as they are (five
    years and six years differ)."""
    dim = unit_of(q.unit)
    if q.unit == other.unit or dim is None or dim[0] != "time" or q.low is None or q.low != q.high or \
            q.low <= 0 or q.low != round(q.low):
        return 0.0
    return 0.5 * dim[1]


_DECIMAL = re.compile(r"(?<![\d.,])(\d[\d,]*)\.(\d+)(?![\d.])")


def stated_precision(q: Quantity) -> float | None:
    """The relative precision an exact value written with decimal places states: half its last
    place over the number written ("97.1" is 97.05 to 97.15: 0.05 / 97.1; "1.25 million",
    0.005 / 1.25), or None for a whole number, an approximate value or a range. Such a value is
    compared within what it states, not within the rounding tolerance of a whole number:
    "97.1" and "97.9" are two readings, "2.78" and "2.8" may be one."""
    if q.approx or q.low is None or q.low != q.high or q.low == 0:
        return None
    m = _DECIMAL.search(q.text)
    if m is None:
        return None
    number = float(m.group(1).replace(",", "") + "." + m.group(2))
    return 0.5 * 10 ** -len(m.group(2)) / number if number > 0 else None


def value_slack(q: Quantity, other: Quantity, base_value: float | None) -> float:
    """How far a value may be from the one it states, in its base unit (``base_value`` is its
    value there): the rounding of a coarse unit of time (:func:`unit_slack`), else the
    precision its decimal places state (:func:`stated_precision`), else 0 (the tolerances of
    :func:`compatible` apply)."""
    slack = unit_slack(q, other)
    if slack:
        return slack
    rel = stated_precision(q)
    return rel * abs(base_value) if rel and base_value else 0.0


def compatible(a: tuple[float | None, float | None], a_approx: bool,
               b: tuple[float | None, float | None], b_approx: bool, params: AlignParams = DEFAULT,
               a_slack: float = 0.0, b_slack: float = 0.0) -> bool:
    """Whether two intervals can hold the same value, within rounding (and 10 % for approximate
    ones; ``params.approx_tolerance``, ``rounding_tolerance``, ``open_bound_factor``), and within
    each side's ``slack`` in its base unit (:func:`unit_slack`; the larger of the two looseness,
    not both)."""
    def widen(iv: tuple[float | None, float | None], approx: bool, slack: float) -> tuple[float, float]:
        low, high = iv
        if slack and low is not None and low == high:
            half = max(slack, low * (params.approx_tolerance if approx else 0.0))
            return low - half, low + half
        # a vague range ("several hundred") or a bound already says how loose it is
        tol = params.approx_tolerance if approx and low == high else params.rounding_tolerance if low == high \
            else 0.0
        # "at least 30" says about 30, not "any number above 30"
        if low is None and high is not None:
            low = high / params.open_bound_factor
        if high is None and low is not None:
            high = low * params.open_bound_factor
        lo = -float("inf") if low is None else low * (1 - tol)
        hi = float("inf") if high is None else high * (1 + tol)
        return lo, hi

    la, ha = widen(a, a_approx, a_slack)
    lb, hb = widen(b, b_approx, b_slack)
    if not (la <= hb and lb <= ha):
        return False
    # a whole number of a coarse unit stands for what rounds to it, the looser side's rounding
    # against the other value as stated: a value half a unit away ("90 minutes" against "an
    # hour") rounds away from it
    if a_slack or b_slack:
        (lx, hx), slack, (ly, hy), (wl, wh) = ((la, ha), a_slack, b, (lb, hb)) if a_slack >= b_slack \
            else ((lb, hb), b_slack, a, (la, ha))
        if ly is None or hy is None or ly != hy or slack >= (wh - wl) / 2:
            ly = -float("inf") if ly is None else ly
            hy = float("inf") if hy is None else hy
            return lx < hy and ly < hx
    return True


def context_similarity(a: Measure, b: Measure, idf: Mapping[str, float] | None = None) -> float:
    """Dice overlap of two contexts (0..1), each word weighted by ``idf`` when given (words
    found around every figure of a story say little)."""
    if not a.context or not b.context:
        return 0.0
    if idf is None:
        return 2 * len(a.context & b.context) / (len(a.context) + len(b.context))
    # an exact sum: a set's order changes with the hash seed, and a float sum's rounding with
    # the order, which could tip a score over a threshold in one run and not in the next
    w = lambda ws: math.fsum(idf.get(x, 1.0) for x in ws)  # noqa: E731
    return 2 * w(a.context & b.context) / (w(a.context) + w(b.context))


def context_idf(measures: Iterable[Measure]) -> dict[str, float]:
    """Inverse document frequency of context words over the figures of a story."""
    ms = list(measures)
    df: dict[str, int] = {}
    for m in ms:
        for x in m.context:
            df[x] = df.get(x, 0) + 1
    n = len(ms) or 1
    return {x: 1.0 + math.log(n / c) for x, c in df.items()}
