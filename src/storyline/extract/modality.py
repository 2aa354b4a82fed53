"""How sure a figure is, as its sentence states it (extract stage, step 5).

:func:`modality_for` reads the verbs above the figure's token in the parse (up to the
reporting verb that introduces it) and the cue itself:

==============  =================================================================
modality        signals
==============  =================================================================
negated         "not", "n't", "never", "no" on the figure's verb or noun
hypothetical    may, might, could, would, should; "if"/"unless" clauses; possibly,
                potentially; a cue verb such as "speculate"
forecast        will, shall, "is expected/set/due/likely/projected to", "plans to",
                "going to"; a forecast cue (predict, forecast, project, expect) with
                "would" below it ("he predicted that Russia would send 20,000")
reported        reportedly, allegedly, purportedly, "is believed/thought/said to",
                "it is believed that", a cue such as "reports suggest", "claims" (not
                "claimed 1,300 square kilometres", which is taking ground); a figure
                that word of it is "of" ("unconfirmed reports of 300 dead")
asserted        everything else
==============  =================================================================

The first row that matches wins, in this order. Two limits keep the signals to the clause
that holds the figure: "can" states a capability ("missiles that can reach 300 km"), not a
hypothesis, so it is asserted; and the negation, modal or "if" of one clause does not reach a
figure in a clause coordinated with it that has its own subject ("soldiers had not fought,
but dozens had been seen": dozens is asserted), nor a clause with its own subject that another
verb holds as its complement or an adverbial clause ("Could not load, try again later Ms Smith
won 5 seats": page furniture glued to a sentence; "did not meet after 9 members resigned"),
unless the verb above says whether it is true ("it is not true that ...") or the clause is a
condition ("if", "unless"). Nor do they reach a figure that describes a noun further up
("won't forgive the loss of 40,000 jobs": the 40,000 are taken as known), unless the noun
states it ("reports of 15,000 troops were not accurate"). Nor does the negation of an ability
within a time limit reach the things it counts: "you can't review 90,000 invoices in three days"
denies doing it that fast, the 90,000 invoices are taken as known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.lang.en import (  # the English words these rules read
    ABILITY_AUXILIARIES as _ABILITY_AUX,
)
from storyline.lang.en import (
    CONTENT_NOUNS as _CONTENT_NOUNS,
)
from storyline.lang.en import (
    FORECAST_ADJECTIVES as _FORECAST_ADJ,
)
from storyline.lang.en import (
    FORECAST_AUXILIARIES as _FORECAST_AUX,
)
from storyline.lang.en import (
    FORECAST_CUE_VERBS as _FORECAST_CUES,
)
from storyline.lang.en import (
    FORECAST_VERBS as _FORECAST_VERB,
)
from storyline.lang.en import (
    GROUND_WORDS as _GROUND_WORDS,
)
from storyline.lang.en import (
    HYPOTHETICAL_ADVERBS as _HYPO_ADV,
)
from storyline.lang.en import (
    HYPOTHETICAL_AUXILIARIES as _HYPO_AUX,
)
from storyline.lang.en import (
    PROMISE_VERBS as _PROMISE_VERBS,
)
from storyline.lang.en import (
    REPORTED_ADVERBS as _REPORTED_ADV,
)
from storyline.lang.en import (
    REPORTED_CUE_VERBS as _REPORTED_CUES,
)
from storyline.lang.en import (
    REPORTED_NOUNS as _REPORTED_NOUNS,
)
from storyline.lang.en import (
    REPORTED_PASSIVE_VERBS as _REPORTED_PASSIVE,
)
from storyline.lang.en import (
    SETTING_PREPOSITIONS as _SETTING_PREPS,
)
from storyline.lang.en import (
    TIME_LIMIT_NOUNS as _TIME_LIMIT_NOUNS,
)
from storyline.lang.en import (
    TIME_LIMIT_PREPOSITIONS as _TIME_LIMIT_PREPS,
)
from storyline.lang.en import (
    TRUTH_WORDS as _TRUTH_WORDS,
)
from storyline.model import Modality

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["modality_for"]


def _kids(tok: Token) -> list[Token]:
    """The children of ``tok`` that modality reads (those of :data:`_KID_DEPS`), from an
    index built once per doc: spaCy walks a token's whole subtree to list its children,
    which costs a flat parse of a long sentence its length for every figure in it."""
    doc = tok.doc
    index = doc.user_data.get(_KIDS)
    if index is None:
        index = {}
        for t in doc:
            if t.head.i != t.i and t.dep_ in _KID_DEPS:
                index.setdefault(t.head.i, []).append(t)
        doc.user_data[_KIDS] = index
    return index.get(tok.i, [])


_KIDS = "storyline.children"
_KID_DEPS = frozenset({"neg", "det", "aux", "auxpass", "advmod", "mark", "xcomp", "nsubj", "nsubjpass",
                       "expl", "dobj", "acomp", "attr"})

#: The most ancestors of a figure's token read for its modality; real clauses are far shallower.
MAX_DEPTH = 30


def _chain(tok: Token, stop: Token | None) -> list[Token]:
    """``tok`` and its ancestors, up to (not including) ``stop``; at most :data:`MAX_DEPTH`
    (a long run of numbers can parse into a chain as long as the sentence)."""
    out = [tok]
    t = tok
    while t.head.i != t.i and (stop is None or t.head.i != stop.i) and len(out) < MAX_DEPTH:
        if t.dep_ == "appos":
            break  # "the commander, a 41-year-old colonel, did not comment": a description
        t = t.head
        out.append(t)
    return out


def _claims_ground(verb: Token) -> bool:
    """ "claimed about 1,300 square kilometres": claiming ground is taking it, not a hedge."""
    return verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and any(t.lower_ in _GROUND_WORDS for t in c.subtree) for c in _kids(verb))


def _own_clause(t: Token) -> bool:
    """A verb coordinated with the one above it that has its own subject ("..., but X had ...")."""
    return t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in _kids(t))


def _embedded_clause(t: Token) -> bool:
    """A clause with its own subject held by another verb as its complement, an adverbial
    clause or beside it (``ccomp``, ``advcl``, ``parataxis``, ``dep``; not a condition: "if",
    "unless", "whether"): the figure's clause ends there, and a negation or a
    modal above it bears on something else ("Could not load, try again later Ms Smith won 5
    seats"), unless the verb above says whether it is true (:func:`_denies`)."""
    kids = _kids(t)
    return t.dep_ in ("ccomp", "advcl", "parataxis", "dep") and t.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids) and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids)  # a condition of it


def _denies(verb: Token) -> bool:
    """A verb that says whether what it holds is true ("it is not true that ...")."""
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _TRUTH_WORDS for c in _kids(verb))


def not_predicated(child: Token, verb: Token) -> bool:
    """Does ``child`` hang on ``verb`` as something its negation and modals do not bear on?

    The subject ("The other four victims did not suffer injuries": four victims there were), a
    setting ("In the past 40 years there has never been ...", "will be sworn in in 70 days"), a
    time adverb ("13 years ago"). Objects and complements ("did not cut 500 jobs", "may send
    10,000 troops", "could rise to 500") are.
    """
    if child.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _TRUTH_WORDS for c in _kids(verb)):
        return False  # "reports of 15,000 troops were not accurate": the figure itself is denied
    if child.dep_ in ("nsubj", "nsubjpass", "expl", "npadvmod", "advmod", "csubj"):
        return True
    return child.dep_ == "prep" and child.lower_ in _SETTING_PREPS


def _too_fast(verb: Token, child: Token) -> bool:
    """Whether a verb's negation denies only that its object can be dealt with in a length of
    time: an ability denied within a time limit ("you can't review 90,000 invoices in three
    days", "they could not check 300 ballots within an hour"). The things counted are taken as
    known, what is denied is doing it that fast; a count that is no object of the verb, or
    a verb with no time limit ("you can't review 90,000 invoices"), is not read so."""
    if child.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ in _ABILITY_AUX for c in _kids(verb)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in _TIME_LIMIT_PREPS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _TIME_LIMIT_NOUNS and any(
            n.dep_ in ("nummod", "det") for n in o.children) for o in p.children)
        for p in verb.children)


def _presupposed(tok: Token) -> bool:
    """Is the figure a definite count, "the 12 million residents", "all 300 flats", "its
    12 members" (a determiner, "all" or a possessive before the number)?"""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else (tok.head if tok.dep_ == "nummod" else None)
    if noun is None:
        return False
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if num is None:
        return False
    return any(c.i < num.i and (c.dep_ == "poss" or (c.dep_ in ("det", "predet") and c.lower_ in
                                                      ("the", "these", "those", "all", "its", "their")))
               for c in noun.children)


def modality_for(tok: Token, cue_verb: Token | None = None, cue_source: str | None = None) -> Modality:
    """The modality of the figure whose main token is ``tok``.

    Args:
        tok: the figure's number or counted noun.
        cue_verb: the reporting verb that introduces it, if any (its own hedges count too).
        cue_source: the speaker's name ("reports" makes a figure reported).

    Returns:
        One of asserted, reported, hypothetical, forecast, negated.
    """
    found: set[str] = set()
    hypo_would = False  # "would" is the only hypothetical signal so far
    hypo_other = False
    chain = _chain(tok, cue_verb)
    described = False  # crossed into a clause that describes a noun ("the run that put them up 7-6")
    beyond = False  # crossed out of the figure's clause into one that holds it ("could not ..., X received 5")
    for k, t in enumerate(chain):
        if k and _own_clause(chain[k - 1]):
            # "..., but dozens had been seen": the head clause's own negation and modals
            # are not this clause's; what is above the coordination still counts
            continue
        if k and chain[k - 1].dep_ in ("relcl", "acl"):
            described = True
        if k >= 2 and chain[k - 1].dep_ == "prep" and chain[k - 1].lower_ == "of" and t.pos_ == "NOUN" \
                and t.lemma_.lower() in _REPORTED_NOUNS:
            found.add("reported")  # "unconfirmed reports of 300 dead": word of it, not the thing
        if k >= 2 and chain[k - 1].dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") \
                and t.lemma_.lower() not in _CONTENT_NOUNS:
            # "blamed for the loss of 40,000 jobs": a figure that describes a noun
            # further up is taken as known; the denial of what is said of that noun is not its
            described = True
        if k and _embedded_clause(chain[k - 1]):
            beyond = True
        # the verb's negation and modals bear on what it predicates, not on this
        muted = bool(k) and (described or not_predicated(chain[k - 1], t) or beyond and not _denies(t))
        for c in _kids(t):
            low = c.lower_
            if muted and not (c.dep_ == "advmod" and low in _REPORTED_ADV):
                continue
            if c.dep_ == "neg" and k and _too_fast(t, chain[k - 1]):
                continue  # "can't review 90,000 invoices in three days": the invoices are known
            if c.dep_ == "neg" or (c.dep_ == "det" and low == "no" and t.pos_ in ("NOUN", "PROPN")):
                found.add("negated")
            if c.dep_ == "aux":
                if low in _HYPO_AUX:
                    found.add("hypothetical")
                    if low in ("would", "'d"):
                        hypo_would = True
                    else:
                        hypo_other = True
                elif low in _FORECAST_AUX or c.lemma_ == "will":
                    found.add("forecast")
            if c.dep_ == "advmod":
                if low in _REPORTED_ADV:
                    found.add("reported")
                elif low in _HYPO_ADV:
                    found.add("hypothetical")
                    hypo_other = True
            if c.dep_ == "mark" and low in ("if", "unless", "whether") and t.pos_ in ("VERB", "AUX"):
                found.add("hypothetical")
                hypo_other = True
        if t.pos_ in ("VERB", "AUX"):
            if t.lemma_ in _PROMISE_VERBS and not muted:
                found.add("forecast")
            if t.lemma_ in _REPORTED_PASSIVE and any(c.dep_ == "auxpass" for c in _kids(t)) and any(
                    c.dep_ == "xcomp" for c in _kids(t)):
                found.add("reported")  # "300 fighters are believed to be ..."
            if t.dep_ == "xcomp" and t.head.lemma_ in _FORECAST_ADJ | _FORECAST_VERB and not muted:
                found.add("forecast")
            if t.dep_ == "xcomp" and t.head.lemma_ in _REPORTED_PASSIVE and any(
                    c.dep_ == "auxpass" for c in _kids(t.head)):
                found.add("reported")  # "are believed to have ..."
            if t.dep_ == "ccomp" and t.head.lemma_ in _REPORTED_PASSIVE and any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in _kids(t.head)) and any(
                    c.lower_ == "it" for c in _kids(t.head)):
                found.add("reported")  # "it is believed that ..."
            if t.lemma_ == "go" and any(c.dep_ == "xcomp" for c in _kids(t)) and t.tag_ == "VBG":
                found.add("forecast")
        if t.dep_ == "advcl" and not muted and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                   for c in _kids(t)):
            found.add("hypothetical")
            hypo_other = True
    # "expected to reach 100": acomp/xcomp above the figure's verb
    forecast_cue = False
    if cue_verb is not None:
        for c in _kids(cue_verb):
            if c.dep_ == "aux" and c.lower_ in _HYPO_AUX:
                found.add("hypothetical")
                hypo_other = True
            if c.dep_ == "advmod" and c.lower_ in _REPORTED_ADV:
                found.add("reported")
        if cue_verb.lemma_ in _REPORTED_CUES and not _claims_ground(cue_verb):
            found.add("reported")
        if cue_verb.lemma_ in _FORECAST_CUES:
            found.add("forecast")
            forecast_cue = True
    if cue_source and cue_source.lower().split()[-1:] in (["reports"], ["rumours"], ["rumors"]):
        found.add("reported")
    if "hypothetical" in found and hypo_would and not hypo_other and (
            forecast_cue or any(t.lemma_ in _FORECAST_CUES | _FORECAST_ADJ and t.pos_ == "VERB" for t in chain)):
        found.discard("hypothetical")  # "predicted that Russia would send": the future of a forecast
        found.add("forecast")
    if _presupposed(tok) and not forecast_cue:
        # "will rehouse the 12 million residents", "could not have sold all 300 flats": a
        # definite count is taken as known; what may or will be done with it is not the figure's
        found -= {"hypothetical", "forecast"}
    for m in ("negated", "hypothetical", "forecast", "reported"):
        if m in found:
            return m  # type: ignore[return-value]
    return "asserted"
