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

A hyphenated compound the parse split ("e-mails", "X-rays") is one noun, its head spelt
without hyphens ("email"); a bare whole number set off by commas after a noun ("Smith, 34,",
"the retired teacher, 62,") is an age; "-long" joined to a length of time ("an hour-long
meeting") says the noun lasts it and is no word of the measure ("meeting").

Units decide first: ``%`` -> percent, a currency -> money, km2/mi2/ha -> area, km/mi/m ->
distance, t/kg/lb -> weight, km/h/mph -> speed, °C/°F -> temperature, year ("-year-old",
"years old") -> age, other time units -> duration. Any other head is its lemma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.lang.en import (
    CASUALTY_VERBS as _CASUALTY_VERBS,
)
from storyline.lang.en import (
    COUNT_NOUNS as _COUNT_NOUNS,
)
from storyline.lang.en import (
    FRACTION_WORDS as _FRACTIONS,
)
from storyline.lang.en import (
    LEVEL_VERBS as _LEVEL_VERBS,
)
from storyline.lang.en import MEASURE_UNITS as UNIT_WORDS
from storyline.lang.en import CURRENCY_WORDS
from storyline.lang.en import (  # the English words these rules read
    MEASURE_HEADS as HEADS,
)
from storyline.lang.en import (
    SCOPE_PREPOSITIONS as _SCOPE_PREPS,
)
from storyline.lang.en import (
    THRESHOLD_NOUNS as _THRESHOLD_NOUNS,
)
from storyline.lang.en import (
    TIME_PREPOSITIONS as _TIME_PREPS,
)
from storyline.extract.quantities import is_multiple
from storyline.model import Quantity
from storyline.nlp import doc_ents

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = ["HEADS", "UNIT_HEADS", "measure_for", "normalise_head"]

#: Whether a number joined to a word by a hyphen counts that word ("a 10-inning victory").
READ_HYPHEN_COUNTS = True

UNIT_HEADS: dict[str, str] = {
    "%": "percent", "pp": "percent", "km2": "area", "mi2": "area", "m2": "area", "ha": "area",
    "acre": "area", "km": "distance", "mi": "distance", "m": "distance", "cm": "distance",
    "mm": "distance", "ly": "distance", "t": "weight", "kg": "weight", "g": "weight", "lb": "weight",
    "km/h": "speed", "mph": "speed", "kn": "speed", "°C": "temperature", "°F": "temperature",
    "l": "volume", "bbl": "volume", "MW": "power", "GW": "power", "kW": "power",
    "month": "duration", "week": "duration", "day": "duration", "hour": "duration",
    "minute": "duration", "second": "duration",
    "ft2": "area", "yd": "distance", "nmi": "distance", "kt": "weight", "Mt": "weight", "Gt": "weight",
    "W": "power", "TW": "power", "km3": "volume", "mi3": "volume",
    "in": "distance", "ft": "distance", "gal": "volume", "oz": "weight",
}
#: Money by any currency the extractor reads, by name or by code ("40 million ringgit", "900 pesetas").
_CURRENCIES = frozenset("USD EUR GBP JPY RUB UAH KRW CHF AUD CAD CNY INR".split()) | frozenset(CURRENCY_WORDS.values())


def normalise_head(word: str) -> str:
    """The normalised measure head of one word ("soldiers" -> "personnel")."""
    w = word.lower()
    return HEADS.get(w, w)


def _counted_noun(root: Token, span_tokens: set[int]) -> Token | None:
    """The noun a quantity counts, from the quantity's root token."""
    t = root
    if t.pos_ in ("NOUN", "PROPN") and t.i not in span_tokens:
        return t
    # "dozens of homes", "several hundred of them", "a couple of bikes"
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and (t.lower_ in ("dozens", "hundreds", "thousands", "millions", "scores", "tens", "billions", "trillions",
                                        "couple")
                           or t.pos_ == "NUM" or t.lower_.rstrip("s") in _FRACTIONS):
        # also the partitive "six of the missiles" (not "33 of them": a pronoun counts nothing)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj
    h = t.head
    if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod", "advmod", "nmod", "det", "dep") and h.pos_ in ("NOUN", "PROPN"):
        return h
    if t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "of" and h.head.lower_ in ("force", "group", "total", "contingent", "army", "number"):
        return h.head  # "a force of 50,000 soldiers" has the soldiers as its root already
    return None


def _fold_after(span: Span) -> Token | None:
    """The "fold" of a multiple told with a hyphen right after the number ("grow six-fold", "a
    four-fold rise"), else None."""
    doc, i = span.doc, span.end
    if i + 1 < len(doc) and doc[i].text == "-" and doc[i].whitespace_ == "" and doc[i + 1].lower_ == "fold":
        return doc[i + 1]
    return None


def _age_before(span: Span) -> bool:
    """Do the words before a number of years make it an age: "aged 71", "at age 19", "as young
    as 6", or "At" opening the sentence ("At 17, she left")?"""
    before = span.doc[max(0, span.start - 2):span.start]
    if any(t.lower_ in ("aged", "age", "young", "old") for t in before):
        return True
    return span.start >= 1 and span.doc[span.start - 1].text == "At" and span.doc[span.start - 1].is_sent_start


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
    if root.pos_ == "VERB":
        # "passed 3,000", "exceed £1 billion": the verb is part of the text, the number is the root
        root = next((t for t in span if t.head.i == root.i and t.pos_ in ("NUM", "NOUN")), root)
    tokens = {t.i for t in span}
    unit_head = None
    if q.unit in _CURRENCIES:
        unit_head = "money"
    elif q.unit == "year":
        old_after = span.end < len(span.doc) and span.doc[span.end].lower_ == "old" and (
            "-" in q.text or q.text.lower().endswith("year"))  # "a 40-year-old", "a 40 year old man"
        unit_head = "age" if (old_after or "old" in q.text.lower() or _age_before(span)) else "duration"
    elif q.unit in ("month", "week", "day") and q.text.lower().endswith("-old"):
        unit_head = "age"  # "a 13-month-old": an age told in months
    elif q.unit and not q.unit.startswith("/"):  # a count's rate ("/day") names what it counts after the number
        unit_head = UNIT_HEADS.get(q.unit, q.unit)
    noun = _counted_noun(root, tokens)
    shared = _shared_noun(noun, root, q) if not q.unit else None
    if shared is not None:
        noun, shared_words = shared  # "40 basic email and 12 landing page templates": templates
    # "a 10-inning victory": the word joined to the number is what it counts (an ordinal of the
    # same value, "the 10th inning", stays a figure of its own: see extract/figures.py)
    joined = _hyphen_noun(span) if READ_HYPHEN_COUNTS and not q.unit else None
    if joined is not None:
        noun = joined
    if not q.unit and span.end < len(span.doc) and span.doc[span.end].lower_ == "times":
        noun = span.doc[span.end]  # "over 6 times more oil": a multiple, not a count of the oil
    fold = _fold_after(span) if not q.unit else None
    if fold is not None:
        noun = fold  # "grow six-fold", "a four-fold rise": a multiple, as "six times"
    if not q.unit and is_multiple(q.text):
        return "times", "time", root  # "a fourfold rise", "3x more costly": a multiple, as "four times"
    if not q.unit and len(span) >= 4 and span[0].lower_ in ("a", "an") and span[2].lower_ == "or" \
            and span[1].pos_ in ("NOUN", "PROPN"):
        noun = span[1]  # "a term or two": about one or two terms
    if noun is not None and noun.lemma_.lower() in _THRESHOLD_NOUNS:
        noun = None  # "passed the 2 million mark": the mark is not what is counted
        root = root.head if root.head.lemma_.lower() in _THRESHOLD_NOUNS else root
    side = _margin_side(span) if not q.unit else None
    if side is not None and noun is not None and noun.i < span.start:
        noun = None  # "the hosts stood level or one ahead": the hosts lead, they are not what is counted
    verb = None
    anchor = noun if noun is not None else root
    if noun is not None and noun is joined:
        parts = [noun.text] + ([noun.head.text] if noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN") else [])
        head = HEADS.get(noun.lower_) or normalise_head(_lemma(noun))
    elif noun is not None:
        parts = _noun_phrase(noun, tokens)
        compound = _hyphen_compound(noun, tokens)
        if compound is not None:  # "e-mails": the compound, not its first piece, is the noun
            text, lemma = compound
            parts = [text if w == noun.text else w for w in parts]
            # spelt with or without its hyphens, it is one word: "e-mail" and "email"
            head = HEADS.get(text.lower()) or normalise_head(lemma.replace("-", ""))
        else:
            head = HEADS.get(noun.lower_) or normalise_head(noun.lemma_)
        if shared is not None:
            parts = shared_words
        # passive casualty verbs: "3,000 soldiers have been killed or wounded"
        verb = noun.head if noun.dep_ in ("nsubjpass", "nsubj") else None
    elif side is not None:
        parts, head = [side], side  # "level or two behind": a deficit; "two ahead": a lead
    else:
        parts = []
        head = None
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            verb = root.head
        hurt = _casualty_after(span)
        if hurt is not None:
            verb = hurt  # "among hundreds injured", "Dozens hurt in the crash were ...": the wounded
        subj = _level_subject(root)
        if subj is not None:
            # "the number of dead and wounded had passed 3,000", "losses topped 1,000"
            parts, head = subj
            anchor = root
    verb_words: list[str] = []
    lemmas: list[Token] = []
    if verb is not None and verb.pos_ in ("VERB", "ADJ", "AUX"):
        # "killed or wounded" is one wider event; "three were killed and 12 injured" is two:
        # a conjunct verb with a subject of its own counts its own people
        lemmas = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if any(v.lemma_.lower() in _CASUALTY_VERBS for v in lemmas):
            verb_words = [v.text for v in lemmas]
            heads = {normalise_head(v.text) for v in lemmas} | {normalise_head(v.lemma_) for v in lemmas}
            if "killed" in heads and "wounded" in heads:
                head = "casualties"
            elif "killed" in heads:
                head = "killed"
            elif "wounded" in heads:
                head = "wounded"
    if head is None and not parts and noun is None and not q.unit:
        elided = _elided_noun(root, tokens)
        if elided is not None:
            # "3 of the 7 in surgery", "the last two at home": the noun counted before ("7
            # patients", "three straight defeats"); the figure still hangs on its own number
            parts, head = [elided.text], HEADS.get(elided.lower_) or normalise_head(elided.lemma_)
    if unit_head is not None:
        head = unit_head
    if head is None and not parts and _apposed_age(q, span):
        head, parts = "age", ["age"]  # "the retired teacher, 62, said": her age
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


def _casualty_after(span: Span) -> Token | None:
    """The participle of a casualty verb right after a bare count that it describes ("among
    hundreds injured", "Dozens hurt in the crash were taken away"), else None: what the count counts.
    A verb of its own clause after the count ("the 12 that the storm killed") is not it."""
    if span.end >= len(span.doc):
        return None
    after = span.doc[span.end]
    if after.tag_ != "VBN" or after.lemma_.lower() not in _CASUALTY_VERBS or after.dep_ not in ("acl", "amod"):
        return None
    return after if span.start <= after.head.i < span.end else None


#: The side of a margin told by the word right after a bare number ("one behind", "two ahead").
_MARGIN_SIDES = {"behind": "deficit", "ahead": "lead"}
#: The words right before such a number: a verb of being or of finishing ("were two behind",
#: "finished three ahead"), or "tied/level/even/square or" ("level or two behind").
_MARGIN_VERBS = frozenset("is are was were be been being finished finishes ended ends sat sits stood stands "
                          "remained remains".split())
_MARGIN_LEVEL = frozenset("tied level even square".split())
#: The words after "behind" / "ahead" (and "of") of a place or an order, not a margin ("two behind
#: bars", "one behind another", "one ahead of the other").
_NO_MARGIN_AFTER = frozenset(["bars", "another", "each other", "one another", "the other", "the others"])


def _place_or_order(doc: Doc, at: int) -> bool:
    """Do the words from ``at`` (right after "behind" / "ahead", an "of" passed over) tell a place
    or an order ("bars", "another", "the other") rather than whom a margin is over?"""
    if at < len(doc) and doc[at].lower_ == "of":
        at += 1
    words = [t.lower_ for t in doc[at:at + 2]]
    return bool(words) and (words[0] in _NO_MARGIN_AFTER or " ".join(words) in _NO_MARGIN_AFTER)


def _margin_side(span: Span) -> str | None:
    """``deficit`` or ``lead`` for a number with no noun of its own that a verb of being or
    finishing (or "tied or") brings in right before "behind" or "ahead" ("the crew sat level or two
    behind", "she finished two ahead of the field"): how far one side trails or leads; else None
    ("two ahead of him were children", "three behind bars", "there were two behind the desk": the
    number is no margin there)."""
    doc = span.doc
    if span.end >= len(doc) or span.start < 1 or doc[span.end].lower_ not in _MARGIN_SIDES:
        return None
    prev = doc[span.start - 1].lower_
    level_or = prev == "or" and span.start >= 2 and doc[span.start - 2].lower_ in _MARGIN_LEVEL
    if span[0].lower_ not in _MARGIN_LEVEL and prev not in _MARGIN_VERBS and not level_or:
        return None
    if prev in _MARGIN_VERBS and span.start >= 2 and doc[span.start - 2].lower_ in ("there", "here"):
        return None  # "there were two ahead of us": people in a place, not a margin
    if _place_or_order(doc, span.end + 1):
        return None  # "were two behind bars", "stood one behind another": a place, an order
    return _MARGIN_SIDES[doc[span.end].lower_]


#: Words between "the" and a number whose noun is left out ("the last two", "the other three").
_ELLIPSIS_ADJECTIVES = frozenset("last first other remaining final next previous latest top".split())
#: How far back (in tokens) the noun a number leaves out is looked for.
_ELLIPSIS_REACH = 60


def _shared_noun(noun: Token | None, root: Token, q: Quantity) -> tuple[Token, list[str]] | None:
    """The plural noun a count shares with the next count of its phrase, when its own words end
    in an adjective or a singular noun that only modify it ("40 basic email and 12 landing page
    *templates*", "three red and four blue *cars*"): that noun, and the words of the count's own
    conjunct with it ("basic email templates"); else None. A count of one ("1 email and 3
    letters") and a count with a plural noun of its own ("20 trucks and 5 buses") keep theirs."""
    first = noun if noun is not None else (root.head if root.dep_ == "nummod" and root.head.pos_ == "ADJ" else None)
    if first is None or first.tag_ not in ("NN", "JJ") or q.low is None or q.low <= 1 or q.high != q.low:
        return None
    conj = next((c for c in first.rights if c.dep_ == "conj" and c.tag_ == "NNS" and c.pos_ == "NOUN"
                 and any(g.dep_ == "nummod" and g.like_num and g.i < c.i for g in c.subtree)), None)
    if conj is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.rights):
        return None
    return conj, [*_noun_phrase(first, {t.i for t in first.lefts if t.like_num}), conj.text]


def _elided_noun(num: Token, q_tokens: set[int]) -> Token | None:
    """The noun a number with none of its own refers back to: "N of the M" and "the last N"
    count what an earlier number counted ("7 patients ... 3 of the 7 in surgery", "three straight
    defeats - the last two at home"). The nearest noun counted by a number within the sentence
    and the one before, one counted by M itself first ("the 12" alone: by 12); None when the
    number is not in such a phrase."""
    if num.pos_ != "NUM" or num.dep_ == "nummod":
        return None
    doc = num.doc
    want = None
    of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    ref = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if ref is not None and ref.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ == "the" for c in ref.children) \
            and not any(c.dep_ in ("prep",) and c.lower_ == "of" for c in ref.children):
        want, start = ref.lower_, num.i  # "2 of the 5"
    else:
        i = min(q_tokens) - 1
        while i >= 0 and doc[i].lower_ in _ELLIPSIS_ADJECTIVES:
            i -= 1
        if i < 0 or doc[i].lower_ != "the" or any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
            return None  # not "the last two" ("the two of them" counts a pronoun)
        # "the 12" is the 12 counted before; "the last two", two of what was counted before
        want, start = (num.lower_ if i == min(q_tokens) - 1 else None), i
    first = doc[max(0, num.sent.start - 1)].sent.start if num.sent.start > 0 else 0
    found = None
    for t in reversed(doc[max(first, start - _ELLIPSIS_REACH):start]):
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.head.i not in q_tokens:
            if want is None or t.lower_ == want:
                return t.head
            found = found or t.head
    return found


def _apposed_age(q: Quantity, span: Span) -> bool:
    """A bare whole number set off by commas right after a noun ("Smith, 34, was arrested",
    "the retired teacher, 62, said"): the age of whom the noun names."""
    doc = span.doc
    if q.unit or not q.text.isdigit() or q.low is None or q.low != q.high or not 1 <= q.low <= 120:
        return False
    if any(t.text in ("-", "–") for t in span):
        return False  # "Illinois, 45-17, on": a score after a name, not an age
    before = doc[span.start - 2:span.start] if span.start >= 2 else []
    after = doc[span.end] if span.end < len(doc) else None
    if not (len(before) == 2 and before[1].text == "," and before[0].pos_ in ("NOUN", "PROPN")
            and not before[0].like_num and after is not None):
        return False
    return after.text in (",", ";", ")") or (_person_name(before[0], span) and _age_goes_on(span, after))


#: Names that are places or times, never of a person with an age: "In Ohio, 38 died".
_NOT_A_PERSON = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "FAC", "EVENT"})


def _person_name(tok: Token, span: Span) -> bool:
    """Whether ``tok`` names a person: the parse calls it one here, it ends a person's name
    elsewhere in the text ("Ann Reyes ... Reyes, 38"), or it is a name of no place or time
    and the parse reads the number after it as an age (a DATE)."""
    if tok.ent_type_ == "PERSON" and tok.dep_ != "pobj":
        return True
    if tok.pos_ != "PROPN" or tok.dep_ == "pobj":
        return False  # "Like Ann Reyes, 40 were arrested": a count after a phrase of its own
    if any(e.label_ == "PERSON" and e[-1].text == tok.text for e in doc_ents(tok.doc)):
        return True
    return tok.ent_type_ not in _NOT_A_PERSON and span[0].ent_type_ == "DATE"


def _age_goes_on(span: Span, after: Token) -> bool:
    """After a person's name, a comma and a bare number, what shows the closing comma is only
    missing: a spaced dash ("Jo Reyes, 38 – who runs"), the sentence's end ("and Jo Reyes, 38."), a verb ("Jo Reyes, 51 would join") or
    "and" and another person ("a daughter Mia, 17 and a son"), not the noun the number counts."""
    if after.text in ("–", "—") or (after.text == "-" and span[-1].whitespace_ and after.whitespace_):
        return True
    if after.text in (".", "!", "?") and after.is_sent_end is not False:
        return True  # "... and Tom Brown, 45.": the sentence ends with the age
    if after.pos_ in ("AUX", "VERB") and after.tag_ not in ("VBG", "VBN"):
        return True
    nxt = span.doc[after.i + 1] if after.i + 1 < len(span.doc) else None
    return after.lower_ == "and" and nxt is not None and nxt.lower_ in ("a", "an", "her", "his", "their")


def _lemma(t: Token) -> str:
    """A noun's lemma; a word the tagger took for a verb ("inning") keeps its own form."""
    return t.lemma_ if t.pos_ in ("NOUN", "PROPN") else t.lower_


def _hyphen_noun(span: Span) -> Token | None:
    """The word a number is joined to by a hyphen ("a 10-inning victory", "a 5-star hotel"):
    the number's last token, a hyphen and a word, with no space between them."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or span[-1].whitespace_ or doc[end].text not in ("-", "–") or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    if not word.is_alpha or word.pos_ not in ("NOUN", "PROPN", "VERB") or word.lower_ in UNIT_WORDS or \
            (end + 2 < len(doc) and not word.whitespace_ and doc[end + 2].text in ("-", "–")):
        return None  # "a 3-year-old": a longer compound, not a noun
    return word


def _hyphen_compound(noun: Token, q_tokens: set[int]) -> tuple[str, str] | None:
    """A hyphenated compound the parse split around ``noun`` ("e-mails", "X-rays"): its text
    and its lemma (the last piece's lemma), or None when ``noun`` is a word of its own."""
    doc = noun.doc
    start = end = noun.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and start - 2 not in q_tokens:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and \
            not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end += 2
    if start == end:
        return None
    last = doc[end]
    text = doc[start:end + 1].text
    return text, (text[:len(text) - len(last.text)] + _lemma(last)).lower()


def _level_subject(num: Token) -> tuple[list[str], str] | None:
    """The measure of a bare number that a level verb reached: (words, head) or None."""
    if num.pos_ != "NUM" and num.lemma_.lower() not in _THRESHOLD_NOUNS:
        return None
    verb = num.head
    if num.dep_ == "pobj" and verb.lower_ in ("to", "past", "above", "over") and verb.dep_ == "prep":
        verb = verb.head  # "rose to 52"
    elif num.dep_ not in ("dobj", "attr"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _LEVEL_VERBS or verb.i > num.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        # a parse that lost the subject ("the number of dead and wounded had passed"):
        # the nearest count noun before the verb in the same clause
        for t in reversed(list(verb.doc[verb.sent.start:verb.i])):
            if t.pos_ == "VERB" and t.lemma_ not in ("wound", "kill", "injure") or t.lower_ in ("that", ";"):
                break
            if t.lemma_.lower() in _COUNT_NOUNS and t.i + 1 < verb.i and t.nbor().lower_ == "of":
                subj = t
                break
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if subj.lemma_.lower() in _COUNT_NOUNS:
        of = subj.i + 1
        if of < verb.i and subj.doc[of].lower_ == "of":
            words = [t for t in subj.doc[of + 1:verb.i] if t.dep_ not in ("aux", "auxpass", "neg")
                     and not t.is_punct]
            heads = {normalise_head(t.text) for t in words} | {normalise_head(t.lemma_) for t in words}
        else:
            # "the death toll", "the casualty count"
            words = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod")] + [subj]
            heads = {normalise_head(t.lemma_) for t in words[:-1]}
        if "killed" in heads and "wounded" in heads or "casualties" in heads:
            head = "casualties"
        else:
            head = next((h for h in ("killed", "wounded", "personnel", "people", "displaced",
                                     "arrested", "prisoners") if h in heads), None)
            if head is None:
                nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.i != subj.i]
                head = normalise_head(nouns[-1].lemma_) if nouns else "count"
        return [t.text for t in words], head
    words = _noun_phrase(subj, set())
    return words, HEADS.get(subj.lower_) or normalise_head(subj.lemma_)


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
        if x.i != p.i and x.dep_ == "prep" and x.lower_ in _TIME_PREPS:
            break  # "into the Kursk fighting | by the end of January": a time, not the scope
        sub.append(x)
    return [x.text for x in sub[:8] if not x.is_punct or x.text in ("'s", "’s")]


def _length_suffix(sub: list[Token], q_tokens: set[int]) -> bool:
    """Whether a modifier is the ending joined by a hyphen to the number before it ("an
    hour-*long* meeting", "a week-*long* strike"): it says the number is the noun's length,
    it is no word of what is measured."""
    if len(sub) != 1 or sub[0].lower_ not in _LENGTH_SUFFIXES or sub[0].i < 2:
        return False
    doc = sub[0].doc
    return doc[sub[0].i - 1].text in ("-", "–") and doc[sub[0].i - 2].i in q_tokens


#: Endings joined to a length of time by a hyphen ("an hour-long meeting").
_LENGTH_SUFFIXES = frozenset("long".split())


def _noun_phrase(noun: Token, q_tokens: set[int]) -> list[str]:
    """The counted noun with its modifiers and scope, as words, without the quantity."""
    words: list[str] = []
    for t in noun.lefts:
        if t.i in q_tokens or t.dep_ in ("det", "nummod", "quantmod", "poss", "punct", "predet", "advmod"):
            continue
        sub = [x for x in t.subtree if x.i not in q_tokens and not x.is_punct]
        if any(x.like_num for x in sub) or _length_suffix(sub, q_tokens):
            continue
        words.extend(x.text for x in sub)
    words.append(noun.text)
    # scope: prepositional phrases after the noun, or after its verb when it is the object
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS]
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
        preps += [c for c in noun.head.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS and c.i > noun.i]
    preps = [p for p in preps if not any(c.dep_ == "pobj" and c.pos_ == "PRON" for c in p.children)]
    for p in preps[:2]:
        words.extend(_pp_words(p))  # ("among them" says nothing of the scope)
    return words
