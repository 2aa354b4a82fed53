"""What a figure counts: the measure phrase and its normalised head (extract stage, step 2).

:func:`measure_for` starts from the noun the quantity modifies ("12 thousand *soldiers*",
"dozens *of homes*"), keeps its modifiers and scope ("North Korean troops in Russia"), and
adds the verb when the verb is what is counted ("3,000 soldiers have been *killed or
wounded*", "more than 200 *died*"). :data:`HEADS` normalises the head for alignment:

============  ===============================================================
measure_head  words
============  ===============================================================
personnel     troops, soldiers, forces, servicemen, fighters, personnel, marines,
              military, men (with "-strong")
officers      officers;   generals: generals
killed        killed, dead, deaths, died, fatalities, lives
wounded       wounded, injured, injuries, hurt
casualties    casualties, losses, "killed or wounded", "killed and injured"
missiles      missiles, rockets;  drones: drones, UAVs;  shells: shells, rounds
aircraft      aircraft, planes, jets, helicopters;  tanks: tanks
people        people, civilians, residents, persons, citizens, children, adults
displaced     refugees, evacuated, displaced, fled
arrested      arrested, detained, detainees;  prisoners: prisoners, POWs, captured
============  ===============================================================

Units decide first: ``%`` -> percent, a currency -> money, km2/mi2/ha -> area, km/mi/m ->
distance, t/kg/lb -> weight, km/h/mph -> speed, °C/°F -> temperature, year ("-year-old",
"years old") -> age, other time units -> duration. Any other head is its lemma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.model import Quantity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ["HEADS", "UNIT_HEADS", "measure_for", "normalise_head"]

HEADS: dict[str, str] = {}
for _head, _words in {
    "personnel": "troop troops soldier soldiers force forces serviceman servicemen fighter fighters "
                 "personnel marine marines military militants militant conscripts recruits",
    "officers": "officer officers",
    "generals": "general generals",
    "killed": "killed dead death deaths die died fatality fatalities life lives kill",
    "wounded": "wounded injured injury injuries hurt wound wounds injure",
    "casualties": "casualty casualties loss losses",
    "missiles": "missile missiles rocket rockets",
    "drones": "drone drones uav uavs",
    "shells": "shell shells",
    "aircraft": "aircraft plane planes jet jets helicopter helicopters",
    "tanks": "tank tanks",
    "people": "people civilian civilians resident residents person persons citizen citizens "
              "child children adult adults patient patients passenger passengers victim victims",
    "displaced": "refugee refugees evacuate evacuated displaced flee fled evacuee evacuees",
    "arrested": "arrest arrested detain detained detainee detainees",
    "prisoners": "prisoner prisoners pow pows captive captives capture captured",
}.items():
    for _w in _words.split():
        HEADS[_w] = _head

UNIT_HEADS: dict[str, str] = {
    "%": "percent", "pp": "percent", "km2": "area", "mi2": "area", "m2": "area", "ha": "area",
    "acre": "area", "km": "distance", "mi": "distance", "m": "distance", "cm": "distance",
    "mm": "distance", "t": "weight", "kg": "weight", "g": "weight", "lb": "weight",
    "km/h": "speed", "mph": "speed", "kn": "speed", "°C": "temperature", "°F": "temperature",
    "l": "volume", "bbl": "volume", "MW": "power", "GW": "power", "kW": "power",
    "month": "duration", "week": "duration", "day": "duration", "hour": "duration",
    "minute": "duration", "second": "duration",
}
_CURRENCIES = frozenset("USD EUR GBP JPY RUB UAH KRW CHF AUD CAD CNY INR".split())
_CASUALTY_VERBS = frozenset("kill wound injure hurt die".split())
_SCOPE_PREPS = frozenset("in to from among at on across inside near of into within for".split())


def normalise_head(word: str) -> str:
    """The normalised measure head of one word ("soldiers" -> "personnel")."""
    w = word.lower()
    return HEADS.get(w, w)


def _counted_noun(root: Token, span_tokens: set[int]) -> Token | None:
    """The noun a quantity counts, from the quantity's root token."""
    t = root
    if t.pos_ in ("NOUN", "PROPN") and t.i not in span_tokens:
        return t
    # "dozens of homes", "several hundred of them"
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and t.lower_ in ("dozens", "hundreds", "thousands", "millions", "scores", "tens", "billions"):
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    h = t.head
    if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod", "advmod", "nmod", "det", "dep") and h.pos_ in ("NOUN", "PROPN"):
        return h
    if t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "of" and h.head.lower_ in ("force", "group", "total", "contingent", "army", "number"):
        return h.head  # "a force of 50,000 soldiers" has the soldiers as its root already
    return None


def measure_for(q: Quantity, span: Span) -> tuple[str, str, Token]:
    """The measure phrase, its normalised head and the token the figure hangs on.

    Args:
        q: the quantity.
        span: the tokens of ``q`` in its parsed sentence.

    Returns:
        ``(measure, measure_head, anchor)``; ``anchor`` is the counted noun, else the
        quantity's root token (attribution and modality start from it).
    """
    root = span.root
    tokens = {t.i for t in span}
    unit_head = None
    if q.unit in _CURRENCIES:
        unit_head = "money"
    elif q.unit == "year":
        unit_head = "age" if ("old" in q.text.lower() or any(t.lower_ in ("aged", "age") for t in span.doc[max(0, span.start - 2):span.start])) else "duration"
    elif q.unit:
        unit_head = UNIT_HEADS.get(q.unit, q.unit)
    noun = _counted_noun(root, tokens)
    verb = None
    anchor = noun if noun is not None else root
    if noun is not None:
        parts = _noun_phrase(noun, tokens)
        head = HEADS.get(noun.lower_) or normalise_head(noun.lemma_)
        # passive casualty verbs: "3,000 soldiers have been killed or wounded"
        verb = noun.head if noun.dep_ in ("nsubjpass", "nsubj") else None
    else:
        parts = []
        head = None
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            verb = root.head
    verb_words: list[str] = []
    lemmas: list[Token] = []
    if verb is not None and verb.pos_ in ("VERB", "ADJ", "AUX"):
        lemmas = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]
        if any(v.lemma_.lower() in _CASUALTY_VERBS for v in lemmas):
            verb_words = [v.text for v in lemmas]
            heads = {normalise_head(v.text) for v in lemmas} | {normalise_head(v.lemma_) for v in lemmas}
            if "killed" in heads and "wounded" in heads:
                head = "casualties"
            elif "killed" in heads:
                head = "killed"
            elif "wounded" in heads:
                head = "wounded"
    if unit_head is not None:
        head = unit_head
    if head is None:
        head = "count"
    measure_words = parts + ([" or ".join(verb_words)] if verb_words else [])
    if verb_words and verb is not None:
        # the scope of a casualty verb: "killed or wounded in the Kursk region"
        measure_words += _scope(lemmas, noun.i if noun is not None else root.i)
    if not measure_words and q.unit:
        # "occupied several hundred square kilometers": the verb says what
        v = root.head if root.dep_ in ("dobj", "pobj", "attr", "npadvmod") else None
        measure_words = [head] + ([v.text] if v is not None and v.pos_ == "VERB" else [])
    measure = " ".join(w for w in measure_words if w).strip() or head
    return measure, head, anchor


def _scope(verbs: list[Token], after: int) -> list[str]:
    """The first prepositional phrase of any of ``verbs`` after token ``after``."""
    for v in verbs:
        for p in v.rights:
            if p.dep_ == "prep" and p.lower_ in _SCOPE_PREPS and p.i > after:
                return _pp_words(p)
    return []


def _pp_words(p: Token) -> list[str]:
    """A prepositional phrase as words, cut at a clause or a comma: "in Kursk Oblast"."""
    sub = []
    for x in p.subtree:
        if x.dep_ in ("relcl", "acl", "advcl", "appos") or x.text in (",", ";", "(", "—") or x.is_space:
            break
        sub.append(x)
    return [x.text for x in sub[:8] if not x.is_punct or x.text in ("'s", "’s")]


def _noun_phrase(noun: Token, q_tokens: set[int]) -> list[str]:
    """The counted noun with its modifiers and scope, as words, without the quantity."""
    words: list[str] = []
    for t in noun.lefts:
        if t.i in q_tokens or t.dep_ in ("det", "nummod", "quantmod", "poss", "punct", "predet", "advmod"):
            continue
        sub = [x for x in t.subtree if x.i not in q_tokens and not x.is_punct]
        if any(x.like_num for x in sub):
            continue
        words.extend(x.text for x in sub)
    words.append(noun.text)
    # scope: prepositional phrases after the noun, or after its verb when it is the object
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS]
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
        preps += [c for c in noun.head.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS and c.i > noun.i]
    for p in preps[:2]:
        words.extend(_pp_words(p))
    return words
