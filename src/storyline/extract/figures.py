"""The figure extractor: every reported number with what, who, when and how sure.

:func:`figures` runs the steps of this package over one parsed article:
:func:`~storyline.extract.quantities.quantities` (the numbers),
:func:`~storyline.extract.measure.measure_for` (what they count),
:mod:`~storyline.extract.attribution` (who said them),
:func:`~storyline.dates.resolve_time` (when), and
:func:`~storyline.extract.modality.modality_for` (how sure). A figure repeated in one
article with the same value, measure and source is kept once, where it is told most fully
(most sources, then dates), at its first place on a tie; the sides of a score are one figure
with the score however it is told, and a bare number that counts nothing named repeats none,
nor does a value told of a new occasion ("once again won nine seats", "the next train, this one
at 120 km/h": :func:`new_occasion`), a count of others than those told before ("two other men",
"another 12 cars": :func:`counts_others`), or a value told as a plan beside the same value told of
what happened ("was due to last an hour", "an hour-long talk").
:func:`figures_from_docs` does the same for docs parsed in a batch with ``nlp.pipe``, and
:func:`figure_record` gives the JSON shape that ``storyline figures --json`` prints.
"""

from __future__ import annotations

from bisect import bisect_left
import datetime as dt
import itertools
import logging
from dataclasses import replace
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from storyline.dates import resolve_time
from storyline.extract.attribution import Cue, Segment, cue_for, doc_attributions, segments, source_kind
from storyline.extract.measure import measure_for
from storyline.extract.modality import modality_for
from storyline.extract.quantities import TIME_UNITS, date_part, quantities, record_side, score_of, size_sides
from storyline.extract.timex import resolve_in_context
from storyline.lang import language_of, not_read_reason
from storyline.lang.en import CLAUSE_ONLY_VERBS, NEW_OCCASION_WORDS, ORDINAL_TEXT, PORTION_WORDS, REPORTING_VERBS, UNIT_WORDS
from storyline.lang.en import PLANNED_BEFORE, PLANNED_REACH
from storyline.lang.en import SPEAKER_BEFORE_AGE as _SPEAKER_BEFORE_AGE
from storyline.lang.en import TIME_OFFSET_AFTER as _TIME_OFFSET_AFTER
from storyline.model import Article, Attribution, Figure, Quantity, Source, TimeRef
from storyline.nlp import doc_ents
from storyline.outlets import article_outlet

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = ["TooSlow", "figure_record", "figures", "figures_from_docs", "title_figures"]

log = logging.getLogger(__name__)

_TIME_LABELS = ("DATE",)
_SENTENCE_END = frozenset('. ! ? " ” ’ : ; …'.split())


def _ordinal(q: Quantity) -> bool:
    """Whether a quantity is an ordinal ("the 14th inning"): never the same figure as a count
    of the same value ("a 14-inning game")."""
    return q.unit is None and bool(ORDINAL_TEXT.search(q.text))


class TooSlow(Exception):
    """The extraction of one article ran past its time budget."""


def figures(article: Article, doc: Doc | None = None, *, budget: float | None = None) -> list[Figure]:
    """Extract the figures of one article.

    Args:
        article: the cleaned article; offsets of the result point into ``article.text``.
        doc: its spaCy ``Doc`` (of exactly ``article.text``); parsed with
            :func:`storyline.nlp.load_pipeline` when None.
        budget: seconds the extraction (after the parse) may take, None for no limit.

    Returns:
        The figures in text order, repeats of the same value, measure and source removed;
        then those of the title (:func:`title_figures`).

    Raises:
        TooSlow: ``budget`` ran out.
    """
    language = language_of(article)
    if language is None:  # a language storyline has no vocabulary for: the English rules do not read it
        log.info("%s (%s)", not_read_reason(article), article.id)
        return []
    if doc is None:
        from storyline.nlp import load_pipeline, parse_long

        doc = parse_long(load_pipeline(language.models), article.text)
    deadline = None if budget is None else time.monotonic() + budget
    body = _figures(article, doc, deadline)
    # the text's figures keep their places (and stored order); the title's, in another text, follow
    return body + title_figures(article, body, language.models, deadline)


def title_figures(article: Article, body: list[Figure], models: Any = None,
                  deadline: float | None = None) -> list[Figure]:
    """The figures of the article's title, marked ``in_title`` (their offsets point into the title).

    A title the text already begins with is read with the text. A title figure the text
    tells again (the same value and unit) is the text's figure: an article reports a
    figure once, and the text tells it more fully. A headline is no sentence (its grammar
    misparses), so its figures are the outlet's own unless it names their speaker with a verb
    of saying ("Minister says 40 schools will close": :func:`_headline_attribution`).

    Args:
        article: the article; its title is ``article.title.value``.
        body: the figures of its text.
        models: the spaCy models to parse the title with (:func:`storyline.nlp.load_pipeline`).
        deadline: as for :func:`figures`.
    """
    title = article.title.value or ""
    if not any(c.isdigit() or c.isalpha() for c in title) or article.text.lstrip().startswith(title.strip()):
        return []
    from storyline.nlp import load_pipeline

    doc = load_pipeline(models)(title)
    told = {_told_key(f) for f in body}
    headline = replace(article, text=title)
    return [replace(f, in_title=True, attribution=_headline_attribution(f, doc))
            for f in _figures(headline, doc, deadline) if _told_key(f) not in told]


def _told_key(f: Figure) -> tuple[Any, ...]:
    """What makes a title's figure one the text tells again: value, unit and whether an ordinal
    (not what it counts: a headline's terse grammar reads its heads apart from the text's)."""
    q = f.quantity
    return q.low, q.high, q.unit, _ordinal(q)


#: Verbs by which a headline names who says what follows ("Minister says", "X claims"): the
#: reporting verbs that are verbs of saying, not of counting or recording ("records 5 wins").
HEADLINE_CUES = REPORTING_VERBS - CLAUSE_ONLY_VERBS - frozenset(
    "put count tally record post publish quote rate project calculate expect describe inform brief cite "
    "write".split())
_CLAUSE_BREAK = frozenset(": ; | — –".split())


def _headline_attribution(fig: Figure, doc: Doc) -> Attribution:
    """A headline figure's speaker: the one the attribution rules read with its cue, else the
    subject of a verb of saying before the figure in its clause (:func:`headline_speaker`),
    else none: the outlet's own voice."""
    src = fig.attribution.first
    if src is not None and src.cue_start is not None and src.start is not None and src.kind != "outlet":
        cue = doc.char_span(src.cue_start, src.cue_end or src.cue_start + 1, alignment_mode="expand")
        if cue is not None and len(cue) and (cue[0].pos_ not in ("VERB", "AUX", "NOUN") or (
                cue[0].lemma_.lower() in HEADLINE_CUES and not _object_of(cue[0], doc, fig.quantity.start))):
            return fig.attribution  # "Minister says 40 ...", "40 dead, according to police"
    speaker = headline_speaker(doc, fig.quantity.start)
    return Attribution((speaker,) if speaker is not None else ())


def _saying(t: Token) -> bool:
    """Is ``t`` a verb of saying in a headline's present or past ("says", "warned"), or one the
    parse took for a plural noun ("Okafor claims 3 million ...": not "claims of fraud")?"""
    if t.lemma_.lower() not in HEADLINE_CUES:
        return False
    if t.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return t.tag_ == "NNS" and nxt is not None and nxt.pos_ not in ("ADP", "PUNCT", "CCONJ")


def _object_of(cue: Token, doc: Doc, at: int) -> bool:
    """Is the figure at ``at`` in the object of ``cue`` ("Storm claims 5 lives"), what the verb
    acts on rather than what is said? Not for "say", whose object is what is said in a headline
    ("Police say three men arrested")."""
    if cue.lemma_.lower() == "say" or cue.pos_ != "VERB":
        return False
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    t = span.root if span is not None and len(span) else None
    while t is not None and t.head.i != t.i and t.head.i != cue.i:
        t = t.head
    return t is not None and t.head.i == cue.i and t.dep_ == "dobj"


def headline_speaker(doc: Doc, at: int) -> Source | None:
    """Who a headline says told the figure at offset ``at``: the subject of the last verb of
    saying before it in its clause ("Governor Jane Roe slams regulators and claims 500 ...":
    Governor Jane Roe). Headlines drop their articles and misparse, so a subject the parse
    does not give is the run of capitalised nouns and names that opens the clause."""
    toks = [t for t in doc if t.idx < at]
    cue = None
    for t in reversed(toks):
        if t.text in _CLAUSE_BREAK:
            break
        if _saying(t):
            cue = t
            break
    if cue is None or _object_of(cue, doc, at):
        return None
    verb = cue
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is not None:
        span = doc[subj.left_edge.i:subj.i + 1]
    else:
        start = next((t.i + 1 for t in reversed(toks[:cue.i]) if t.text in _CLAUSE_BREAK), 0)
        end = start
        while end < cue.i and (doc[end].pos_ == "PROPN" or doc[end].pos_ == "NOUN" and doc[end].text[:1].isupper()):
            end += 1
        if end == start:
            return None
        span = doc[start:end]
    return Source(name=span.text, kind=source_kind(span), cue=cue.text, start=span.start_char,
                  end=span.end_char, cue_start=cue.idx, cue_end=cue.idx + len(cue.text))


def figures_from_docs(articles: Iterable[Article], docs: Iterable[Doc]) -> Iterator[list[Figure]]:
    """Extract figures for articles parsed together (``nlp.pipe(a.text for a in articles)``).

    Args:
        articles: the articles, in the order their texts were given to ``nlp.pipe``.
        docs: the parsed docs, in the same order.

    Yields:
        One list of figures per article.
    """
    for article, doc in zip(articles, docs, strict=True):
        yield figures(article, doc)


def _date_ents(doc: Doc, published: dt.date | None) -> list[tuple[Span, TimeRef]]:
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in _TIME_LABELS:
            continue
        ent = date_part(ent)  # "Last week 250 nurses": the count is not part of the date
        if ent is None:
            continue
        ref = resolve_in_context(ent, published)
        if ref is not None:
            out.append((ent, ref))
    return out


def _possessed(t: Token) -> Token:
    """What a possessive owns ("Friday's fire" -> fire), or the word itself when it owns nothing."""
    return t.head if t.dep_ == "poss" and t.head.i != t.i else t


def _governor(ent: Span) -> Token:
    """The verb or noun a date phrase hangs on ("said on Nov. 12" -> said). A date that owns a
    noun dates what the noun names, and hangs where the noun does ("killed in Thursday's
    bombing" -> killed, "said in Monday's statement" -> said)."""
    t = ent.root
    if _possessed(t).pos_ == "NOUN":
        t = _possessed(t)
    while t.dep_ in ("pobj", "prep", "npadvmod", "nummod", "compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ != "pobj" and t.lower_ not in ("briefing", "conference")):
            break
    return t


def _times(anchor: Token, cue_verb: Token | None, sent: Span,
           dates: list[tuple[Span, TimeRef]]) -> tuple[TimeRef | None, TimeRef | None]:
    said_on = refers_to = None
    # the words the figure hangs on, up to its verb of saying, each with its distance from the figure
    chain = {anchor.i: 0}
    t = anchor
    while t.head.i != t.i and (cue_verb is None or t.head.i != cue_verb.i) and len(chain) < 30:
        t = t.head
        chain[t.i] = len(chain)
    nearest = len(chain) + 1
    aside = _brackets_around(sent, anchor)
    when = next((c for c in cue_verb.children if c.lower_ == "when" and c.dep_ == "advmod"), None) \
        if cue_verb is not None else None
    # the dates are in text order: those of the sentence only, found by their start
    own = list(itertools.takewhile(lambda d: d[0].start < sent.end, itertools.islice(
        dates, bisect_left(dates, sent.start, key=lambda d: d[0].start), None)))
    for ent, ref in own:
        if when is not None and ent.end <= when.i and all(
                t.is_punct for t in sent.doc[ent.end:when.i]):
            said_on = said_on or ref  # "on December 17, when an official said ..."
            continue
        if _since(ent):
            continue  # "since 2019" starts a span that runs to now: not when a figure holds
        gov = _governor(ent)
        if cue_verb is not None and (gov == cue_verb or gov.head == cue_verb and gov.dep_ in ("prep", "pobj")):
            said_on = said_on or ref
            continue
        if _bound(ent):
            continue  # "a day after Friday's storm": a moment measured from, not when the figure holds
        if aside is not None and not (aside[0] <= ent.start_char and ent.end_char <= aside[1]):
            continue  # "Lee (25-7) will play on Friday": a figure in brackets is not dated by its sentence
        # the date that hangs nearest the figure is its own: "will play on Saturday the side that
        # won 51-50 on Friday" dates the score to Friday; a date on a word beside the chain is a
        # step further than one on the chain's word itself
        at = chain[gov.i] if gov.i in chain else chain[gov.head.i] + 1 if gov.head.i in chain else None
        if at is not None and at < nearest:
            refers_to, nearest = ref, at
    if refers_to is None:
        refers_to = antecedent_time(chain.keys(), sent, own)
        if refers_to is not None and said_on is not None and refers_to.start == said_on.start:
            refers_to = None  # "reports in its 2023 review that ...": when it was said, not what
    return said_on, refers_to


#: The words that open a relative clause as its subject ("the blast, *which* killed seven").
_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def antecedent_time(chain: Collection[int], sent: Span, dates: list[tuple[Span, TimeRef]]) -> TimeRef | None:
    """The time of the thing a figure's relative clause tells of, when the noun phrase the clause
    hangs on ends with it: "the bombing of a market in Dara on Tuesday, which officials said
    killed seven", "the bombing on Tuesday that killed seven", "Tuesday's bombing, which killed
    seven". ``chain`` holds the figure's word and the words it hangs on up to its verb of saying;
    the relative pronoun is the subject of one of them. The parse often hangs such a date on a
    verb before the noun ("would not respond to the bombing on Tuesday, which ..."), or the verb
    of saying inside the clause stops the walk up from the figure: the words themselves tie it to
    the clause. Not a "that" that opens what was said ("said on Tuesday that seven died"), nor a
    date after a verb ("spoke on Tuesday, which ..."): None."""
    doc = sent.doc
    for t in sent:
        if t.lower_ not in _RELATIVE_PRONOUNS or t.dep_ not in ("nsubj", "nsubjpass") or t.head.i not in chain:
            continue
        j = t.i - 1 if t.i - 1 > sent.start and doc[t.i - 1].text == "," else t.i
        for ent, ref in dates:
            if ent.end == j and ent.start - 1 > sent.start:
                before = doc[ent.start - 1]
                if before.lower_ in ("on", "in") and ent.start - 2 >= sent.start:
                    before = doc[ent.start - 2]
                if before.pos_ in ("NOUN", "PROPN"):
                    return ref  # "the bombing on Tuesday, which"
            noun = doc[j - 1] if j - 1 >= sent.start else None
            if noun is not None and noun.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and ent.start <= c.i < ent.end for c in noun.children):
                return ref  # "Tuesday's bombing, which"
    return None


def _brackets_around(sent: Span, tok: Token) -> tuple[int, int] | None:
    """The character span inside the brackets that hold a word of a sentence ("Lee (25-7)"), or
    None; None too for a value in brackets that converts the value before them ("1,300 pounds
    (600 kg)", "#40.2 million ($63.5 million)"): it is dated as that one is."""
    text = sent.doc.text
    start = text.rfind("(", sent.start_char, tok.idx)
    if start < 0 or text.find(")", start, tok.idx) >= 0:
        return None
    end = text.find(")", tok.idx, sent.end_char)
    if end < 0:
        return None
    before = [t for t in sent if t.idx < start][-2:]
    return None if any(t.like_num for t in before) else (start, end)


def _bound(ent: Span) -> bool:
    """Whether a date phrase tells the object of "before" or "after" ("a day after Friday's storm",
    "the five games before Thursday", "two days after the flood on Monday"): a moment a span is
    measured from or up to."""
    t = ent.root
    for _ in range(6):
        if t.dep_ == "pobj" and t.head.lower_ in ("before", "after"):
            # "shortly before 9 p.m. on Monday": a moment within the day, which still holds
            return t.i in range(ent.start, ent.end) or t.ent_type_ not in ("TIME", "DATE")
        if t.dep_ not in ("poss", "pobj", "prep", "compound") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _since(ent: Span) -> bool:
    """Whether a date phrase is the object of "since" ("up 40% since 2019", "the first title
    since 1945"): the start of a span that runs to the time of writing."""
    root = _possessed(ent.root)  # "since Sunday's quake"
    return root.dep_ == "pobj" and root.head.lower_ == "since" or ent[0].lower_ == "since"


_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]+,\s*$")


def speaker_age(text: str, q: Quantity) -> bool:
    """Is ``q`` the age in a speaker's own description ("Greg Smith, 36, said", "declared
    42-year-old Amy Rodgers", "a 49-year-old decorator, said")? Such a person is a voice in the
    story (a passer-by, a fan), and the age is not a figure of it."""
    if q.low is None or q.low != q.high or not 1 <= q.low <= 110:
        return False
    if q.unit == "year" and re.search(r"-?years?[- ]old", text[q.start:q.end + 12], re.I):
        return True
    return q.unit is None and q.text.isdigit() and bool(_AGE_AFTER_NAME.search(text[max(0, q.start - 40):q.start])) \
        and text[q.end:q.end + 1] in (",", ")", ".")


#: Entities whose name may end in a number ("Channel 5", "Apollo 11", "Terminal 3").
_NAMED_WITH_NUMBER = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "GPE", "NORP"})
_NAME_BEFORE_AGE = re.compile(r"\b([A-Z][\w'’-]+)(,?)[ \u00a0]*$")
_SAYING_AFTER_AGE = re.compile(
    r",?[ \u00a0]+(?:said|says|told|tells|added|adds|explained|recalled|recalls|admitted|insisted|noted|agreed"
    r"|wrote|writes)\b")


def age_before_saying(text: str, q: Quantity, doc: Doc) -> bool:
    """Is ``q`` a bare age between a person's name and their verb of saying, with a comma
    missing ("Jo Baker 62 told reporters", "Jo Baker, 62 said"), of a voice named there for the
    first time (as :func:`_introduces_voice` tells; the age of a person the story is about is a
    figure of it)? The name must be a person's where no comma sets the number off: the parse
    calls it one, or it is a first name and a surname ("Channel 4 said" is a name)."""
    if q.unit is not None or not q.text.isdigit() or q.low is None or not 1 <= q.low <= 110:
        return False
    name = _NAME_BEFORE_AGE.search(text, max(0, q.start - 40), q.start)
    saying = _SAYING_AFTER_AGE.match(text, q.end)
    if name is None or saying is None or (name.group(2) and saying.group(0).startswith(",")):
        return False  # "Lopez, 27, said" is read by speaker_age
    word = name.group(1)
    if re.search(rf"\b{re.escape(word)}\b", text[:name.start()]):
        return False
    if name.group(2):
        return True
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span[0].ent_type_ in _NAMED_WITH_NUMBER or span[0].i < 2:
        return False  # "Channel 5", "Radio 4": a name that holds a number
    first, last = doc[span[0].i - 2], doc[span[0].i - 1]
    return any(ent.label_ == "PERSON" and ent[-1].text == word for ent in doc_ents(doc)) or (
        first.pos_ == last.pos_ == "PROPN" and first.text.istitle() and last.text == word)


def _introduces_voice(text: str, q: Quantity, src) -> bool:
    """Is ``q`` part of the description of speaker ``src`` named here for the first time?

    A person the story is about is named before they speak ("Lopez won ... Lopez, 27, said");
    a voice from the crowd is introduced where they speak ("said Greg Smith, 36,").
    """
    if src.start is None or src.end is None:
        return False
    if not (src.start <= q.start <= src.end + 2 or 0 <= src.start - q.end <= 2):
        return False
    names = re.findall(r"[A-Z][a-z'’-]{2,}", src.name)
    return bool(names) and names[-1] not in text[:min(src.start, q.start)]




def _conversion(text: str, prev: Quantity | None, q: Quantity) -> bool:
    """Is ``q`` the quantity before it in other units, in parentheses right after it ("60 mph
    (97 km/h)", "30 centimetres wide (11.8 inches)", "a 25-metre-deep shaft (82 feet)")? Both
    must have a unit, not the same one."""
    if prev is None or prev.unit is None or q.unit is None or prev.unit == q.unit:
        return False
    return bool(re.fullmatch(r"(?:[\s-]+[a-z]+){0,2}\s*\(\s*", text[prev.end:q.start])) and \
        bool(re.match(r"\s*\)", text[q.end:q.end + 3]))


def new_occasion(span: Span) -> bool:
    """Does the clause of a number tell a new occasion of what was told before ("the party once
    again won nine seats", "the next train, this one at 120 km/h", "it rose to 7 metres again")? The words of
    :data:`~storyline.lang.en.NEW_OCCASION_WORDS` count when the last of them, or the word it
    hangs on, is on the number's path up to its nearest verb, and that verb is no saying verb
    ("the ministry again said 40 had died" repeats a claim; "they met again to discuss the 40
    hostages" tells nothing new of the hostages). Such a number is another figure, not a repeat
    of one of the same value."""
    if not len(span):
        return False
    path = []
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        path.append(tok)
        if tok.pos_ in ("VERB", "AUX"):
            break
    on_path = {t.i for t in path if t.lemma_.lower() not in REPORTING_VERBS}
    sent = span.root.sent
    words = [t.lower_ for t in sent]
    for i in range(len(words)):
        for w in NEW_OCCASION_WORDS:
            j = i + len(w) - 1
            if tuple(words[i:j + 1]) == w and not span.start <= sent.start + i < span.end:
                last = sent[j]
                if last.i in on_path or last.head.i in on_path:
                    return True
    return False


def _one_speaker(q: Quantity) -> bool:
    """Is ``q`` the "one" of a single speaker's description ("one official said", "One
    organiser of the march, ..., told")? Such a source is one person: the number counts nothing."""
    return q.unit is None and q.low == q.high == 1 and not q.approx and q.text.lower() in ("one", "1")


#: After a span of time: a word that counts it from a time ("two weeks ago", "four years later",
#: "a day earlier"), not from an event named after it ("nine days before the vote": the outlet
#: ties one event to another, even inside what is said).
_OFFSET_FROM_A_TIME = re.compile(r"\s+(?:ago|later|earlier|beforehand|afterwards?|from\s+now)\b", re.I)


def _offset_in_content(tok: Token, cue: Cue, after: str) -> bool:
    """Does the span of time at ``tok`` ("two weeks ago", "four years later", "a day earlier") date an event of what the cue's verb reports, not the saying itself? Its nearest verb
    is the head of the clause the reporting verb reports ("officials said the meeting was set two
    weeks ago", "the plant reopened four years later, she said": when it happened is their
    claim), or the clause a verb of saying set inside it as an aside stands in ("the plant, she
    said, reopened four years later"), not the reporting verb nor a clause that sets it ("she
    said two weeks ago that ...", "speaking four years later, she said ...": when she spoke, the
    outlet's), nor a span set before both the clause and the aside ("three weeks ago, she says,
    the town had 40 shelters": it may set the scene of either)."""
    if cue.kind == "according":
        return True  # "... shut two years back, according to a guild": no saying to date, all is the guild's
    verb = cue.verb
    if verb is None or cue.kind != "verb" or not _OFFSET_FROM_A_TIME.match(after):
        return False
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t, below = t.head, t
        if t.i == verb.i and below.dep_ == "ccomp" and below.i != tok.i:
            return True  # "a report noted that ...: 72 percent own theirs, up from 58 percent 15 years ago"
        if t.pos_ in ("VERB", "AUX"):
            return t.i != verb.i and (_below_saying(t, verb) or _aside_on(t, verb)
                                         and not (t.i == verb.head.i and tok.i < min(t.i, verb.i)))
    return False


def _aside_on(clause: Token, verb: Token) -> bool:
    """Is the verb of saying an aside set in the clause of ``clause`` ("the plant, she said,
    reopened ...", "reopening it four years later, she said, was hard"): the whole clause it
    stands in is what is said? Not a verb of saying with a clause of its own on the clause
    ("she said it closed, ..."), nor a clause apart from the aside's."""
    if verb.dep_ != "parataxis" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    host = verb.head
    t = clause
    for _ in range(12):
        if t.i == host.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


#: Before a span of time: a word that makes it a length ("over a period of 12 hours after the
#: quake", "within two days after the vote", "in the 48 hours after"), not the time something
#: happened.
_LENGTH_BEFORE = re.compile(
    r"\b(?:over|during|within|for|lasting|in)\s+(?:a\s+(?:period|span)\s+of\s+|the\s+(?:first\s+|next\s+)?)?$", re.I)


def _length_from_a_moment(text: str, q: Quantity) -> bool:
    """Is the span of time ``q`` a length counted from a moment ("300 tremors over a period of 12
    hours after the quake"): what a source counts in it is the source's, the span too (not "he
    left 12 hours after the quake": when, the outlet's)?"""
    return _LENGTH_BEFORE.search(text, max(0, q.start - 30), q.start) is not None


def _below_saying(clause: Token, verb: Token) -> bool:
    """Is the clause of ``clause`` inside what the reporting ``verb`` reports: its "that" clause, or
    a clause deeper in it when the verb comes first ("officials said the clinic lost staff, which
    had shrunk three years ago")? A verb after the span reports it only through its own clause
    ("the clinic shut three years ago, officials said")."""
    if clause.head.i == verb.i:
        return clause.dep_ == "ccomp"
    if verb.i > clause.i:
        return False
    path = [clause]
    while path[-1].head.i != path[-1].i and len(path) < 12:
        path.append(path[-1].head)
        if path[-1].i == verb.i:
            return any(p.dep_ == "ccomp" for p in path[:-1])
    return False


def _capability(tok: Token) -> bool:
    """Is ``tok`` in a clause that states what something can do ("missiles that can reach 300 km")?

    Such a sentence describes a thing in the outlet's own voice; it does not carry on the
    source of the sentence before it.
    """
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "can" for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _key_name(name: str) -> str:
    key = re.sub(r"\W+", " ", name.lower()).strip()
    return re.sub(r"^(?:the|a|an) ", "", key)  # "the Pentagon" and "Pentagon" are one source


def _richness(fig: Figure) -> tuple[int, int]:
    """How fully a figure is told: sources in its chain, dates it has."""
    return len(fig.attribution.sources), (fig.said_on is not None) + (fig.refers_to is not None)


#: Before a number: a word that points back to one told before ("these 28 projects", "all
#: eleven days", "one of the 5"): the number restates it.
_POINTS_BACK = re.compile(r"\b(?:these|those|the|this|that|all|each|same)\s+$", re.I)


#: A word right after a count that says it counts others than those told before ("two other
#: men", "three more trucks", "12 further cases"); not a comparison ("two more than last year").
_OTHERS_AFTER = re.compile(r"\s+(?:other|more|further)\b(?!\s+than\b)", re.I)
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.I)


def counts_others(text: str, q: Quantity) -> bool:
    """Whether a count is of others than those told before ("two other men", "three more
    trucks", "another 12 cars"): no repeat of an earlier equal count (a later equal count may
    still repeat it: "another $5 million ... the $5 million")."""
    return bool(_OTHERS_AFTER.match(text, q.end) or q.text.lower().startswith("another ")
                or _ANOTHER_BEFORE.search(text, max(0, q.start - 10), q.start))


def _told_as_plan(text: str, sentence_start: int, start: int) -> bool:
    """Whether the words right before a number say it is the value of a plan or an expectation
    (:data:`~storyline.lang.en.PLANNED_BEFORE`: "the talk was *due to last* an hour"): what was
    planned is no repeat of the same value told of what happened ("an hour-long talk")."""
    return PLANNED_BEFORE.search(text[max(sentence_start, start - PLANNED_REACH):start]) is not None


def _restated(article: Article, fig: Figure) -> bool:
    """Whether a figure's number points back to one told before in its sentence (:data:`_POINTS_BACK`)."""
    q = fig.quantity
    return _POINTS_BACK.search(article.text_of(fig)[max(fig.sentence_start, q.start - 12):q.start]) is not None


def _figures(article: Article, doc: Doc, deadline: float | None = None) -> list[Figure]:
    """The figures of the article; a repeat is kept once, where it is told most fully
    (a headline "Pentagon says more than 10,000" and its body sentence "..., the Pentagon said
    on Tuesday" give the body's figure), at the first place on a tie."""
    kept: list[Figure] = []
    where: dict[tuple[Any, ...], list[tuple[int, str | None]]] = {}
    headings: list[Figure] = []
    portions: dict[int, str | None] = {}  # id of a kept figure -> what its portions measure ("1 tsp salt": salt)
    def check() -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise TooSlow(f"more than {len(kept)} figures read when the time budget ran out")

    for key, thing, fig, heading in _candidates(article, doc, check):
        check()
        # equal values of two things named apart ("the index rose 0.5%", "the euro rose 0.5%")
        # are two figures; a repeat names the same thing, or leaves it unnamed
        # one value told twice in one sentence is told of two things ("$5 million on schools and
        # $5 million on roads", "12 dead in the north and 12 in the south"), not repeated; the
        # two sides of a tie ("a 6-6 tie") are one score
        # a count of others ("two other men", "another 12 cars") repeats no count told before
        k = None if key[-1] is False and counts_others(article.text, fig.quantity) else next(
            (i for i, t in where.get(key, ()) if (thing is None or t is None or t == thing)
             and (key[-1] or kept[i].sentence_start != fig.sentence_start or _restated(article, fig))), None)
        if k is None:
            where.setdefault(key, []).append((len(kept), thing))
            kept.append(fig)
            portions[id(fig)] = thing if fig.quantity.unit in _PORTION_UNITS or fig.measure_head in PORTION_WORDS else None
            if heading:
                headings.append(fig)
        elif _richness(fig) > _richness(kept[k]):
            kept[k] = fig
    # a heading ("10,000 soldiers must serve Russia") sums up a figure the body tells in full
    # ("about 10,000 soldiers, according to US estimates"): the same figure, kept in the body
    # (an ingredient's line, "1 tsp salt", sums up no other amount of 1 tsp: it is told of another thing)
    body: dict[tuple[Any, ...], set[str | None]] = {}
    for f in kept:
        if not any(f is h for h in headings):
            body.setdefault(_summed_key(f), set()).add(portions.get(id(f)))
    drop = {id(h) for h in headings if _summed_key(h) in body and (
        portions.get(id(h)) is None or portions.get(id(h)) in body[_summed_key(h)] or None in body[_summed_key(h)])}
    return sorted((f for f in kept if id(f) not in drop), key=lambda f: f.quantity.start)


#: The units of a kitchen's portions (the unit codes of the portion words that are units: cup,
#: tbsp, tsp): an amount in them is told of the thing measured.
_PORTION_UNITS = frozenset(UNIT_WORDS[w] for w in PORTION_WORDS if w in UNIT_WORDS)


def _summed_key(f: Figure) -> tuple[Any, ...]:
    """What a heading's figure must share with a body's to sum it up."""
    return f.quantity.low, f.quantity.high, f.quantity.unit, _ordinal(f.quantity), f.measure_head


def _score_told(text: str, score: tuple[int, int], sentence_start: int) -> Any:
    """What a score is told as, for repeats: its text, with how often its sentence told it
    before ("won 6-2, 6-2": two sets; "won 8-7" and, later, "the 8-7 win": one score). Each
    score of a sentence is its own; a later sentence's first telling repeats the first."""
    told = text[score[0]:score[1]]
    before = len(re.findall(rf"(?<![\d.]){re.escape(told)}(?![\d.])", text[sentence_start:score[0]]))
    return (told, before) if before else told


def _heading(seg: Segment, segs: list[Segment]) -> bool:
    """A line on its own that does not end as a sentence does: a headline or a subheading."""
    alone = all(s.paragraph != seg.paragraph for s in segs[max(0, seg.index - 1):seg.index + 2] if s is not seg)
    if not alone or len(seg.span) > 60:
        return False
    words = [t for t in seg.span if not t.is_space]
    return len(words) <= 20 and bool(words) and words[-1].text not in _SENTENCE_END


def measured_thing(num: Token, q_tokens: set[int]) -> str | None:
    """What a number with a unit for its measure ("0.5%", "$3 million") is told of: the first
    noun its phrase hangs on ("a 30% share": share; "in-feed units (30%)": unit), else the
    subject of its nearest verb ("the index rose 0.5%": index; "the cost is 30% lower": cost);
    None when neither is found or the subject is a pronoun. Lemmas, lower case."""
    t = num
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.i in q_tokens:
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            return t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                return None
            return subj.lemma_.lower()
    return None


def portion_of(span: Span) -> str | None:
    """What a number of portions is an amount of ("1 cup oats": oat; "2 tbsp of melted butter":
    butter): the first noun after the portion word (:data:`~storyline.lang.en.PORTION_WORDS`),
    past "of" and its describing words; None when no portion word follows the number. Two such
    amounts of one value are two figures when they measure two things ("1 cup rice", "1 cup milk")."""
    doc = span.doc
    if len(span) > 1 and span[-1].lower_ in PORTION_WORDS:
        at = span.end  # "1 cup" read with its unit
    elif span.end < len(doc) and doc[span.end].lower_ in PORTION_WORDS:
        at = span.end + 1
    else:
        return None
    for t in doc[at:at + 4]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t.lower_.removesuffix("s")  # not the lemma: the parse lemmatises "oats" one way, then another
        if t.is_punct or t.pos_ not in ("ADP", "ADJ", "DET", "VERB") or t.pos_ == "ADP" and t.lower_ != "of":
            return None
    return None


def _candidates(article: Article, doc: Doc, check: Callable[[], None] | None = None,
                ) -> Iterator[tuple[tuple[Any, ...], str | None, Figure, bool]]:
    text = article.text
    segs = segments(doc)
    da = doc_attributions(doc, segs, outlet=article_outlet(article), check=check)
    dates = _date_ents(doc, article.published_on)
    headings: dict[int, bool] = {}  # per segment: a number-heavy sentence must not cost its length per number
    prev: Quantity | None = None
    found = quantities(text, doc)
    sides = size_sides(text, found)
    for q in found:
        if _conversion(text, prev, q):
            continue  # "40 metres (131 feet)": the same figure in other units
        prev = q
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        seg = da.segment_of(span.root.i)
        if seg is None:
            continue
        if speaker_age(text, q) and (any(_introduces_voice(text, q, src)
                                         for c in da.cues.get(seg.index, []) for src in c.chain[:1])
                                     or _SPEAKER_BEFORE_AGE.search(text[max(0, q.start - 80):q.start])):
            continue  # "Greg Smith, 36, said": the age of a passer-by quoted, not a figure of the story
        if age_before_saying(text, q, doc):
            continue
        if _one_speaker(q) and any(src.start is not None and src.end is not None and src.start <= q.start < src.end
                                   for c in da.cues.get(seg.index, []) for src in c.chain):
            continue  # "one official said": who speaks, not a count
        # a side of a score ("a 5-1 win") counts what the whole score does
        score = score_of(text, q, doc)
        whole = doc.char_span(*score, alignment_mode="expand") if score is not None else None
        measure, head, anchor = measure_for(q, whole if whole is not None and len(whole) else span)
        side = record_side(text, q, doc) if score is not None and head not in ("record", "mark") else None
        if side is not None:
            measure, head = side, side  # "the Hawks (2-13)": wins and losses, not bare counts
        cue = cue_for(da, anchor) or cue_for(da, span.root)
        if cue is not None and (cue.excluded[0] <= span.root.i < cue.excluded[1] or any(
                src.start is not None and src.end is not None and src.start <= q.start < src.end
                for src in cue.chain)):
            # the number is part of the source ("10 experts said", "citing two diplomats"): not
            # theirs, but still the words of whoever speaks the sentence (a quotation's speaker)
            cue = da.quote_cue.get(span.root.i) or da.inherited.get(seg.index)
            if cue is not None and any(src.start is not None and src.start <= q.start < (src.end or 0)
                                       for src in cue.chain):
                cue = None
        if cue is not None and q.unit in TIME_UNITS and _TIME_OFFSET_AFTER.match(text[q.end:q.end + 20]) \
                and da.quote_cue.get(span.root.i) is None and not _offset_in_content(span.root, cue, text[q.end:q.end + 14]) \
                and not _length_from_a_moment(text, q):
            cue = None  # "he revealed it nine days earlier": when, told by the outlet, not a claim
        if cue is not None and cue.kind == "carried" and _capability(anchor):
            cue = None  # "The weapon can hit targets 250 km away": background, not the speaker's
        attribution = Attribution(cue.chain if cue is not None else ())
        # a pledge is the speaker's, and still a figure to come: its verb is no reporting verb here
        said_by = cue.verb if cue is not None and cue.kind != "intent" else None
        modality = modality_for(anchor, said_by, attribution.first.name if attribution.first else None)
        if anchor.i != span.root.i and modality == "asserted":
            modality = modality_for(span.root, said_by, attribution.first.name if attribution.first else None)
        said_on, refers_to = _times(anchor, cue.verb if cue else None, seg.span, dates)
        if modality == "forecast" and refers_to is not None:
            # "would send 20,000 troops by the end of January": a forecast looks ahead
            refers_to = resolve_time(refers_to.text, refers_to.start, refers_to.end,
                                     article.published_on, forward=True) or refers_to
        # a score told again ("won 8-7", "the 8-7 victory") is one figure, whatever its noun; a
        # bare number that counts nothing named ("with two on") is no repeat of another
        what: Any = head if score is None else _score_told(text, score, seg.span.start_char)
        if score is None and (head == "count" or new_occasion(span) or q.start in sides and q.unit is not None):
            # a bare count, a value told of a new occasion (not a score's side), or a side of a
            # size with its unit ("9 x 5 x 5 ft" has two sides of 5 ft) repeats none
            what = (what, q.start)
        key = (q.low, q.high, q.approx, q.unit, _ordinal(q), what,
               _key_name(attribution.first.name) if attribution.first else None,
               _told_as_plan(text, seg.span.start_char, q.start), score is not None)
        # a figure whose measure is only its unit ("percent", "money") is told of a thing its
        # sentence names: two such figures of one value and source are a repeat only of one thing
        thing = portion_of(span) or (measured_thing(span.root, {t.i for t in span})
                                     if q.unit is not None and score is None and measure.split()[0] == head else None)
        yield key, thing, Figure(
            article_id=article.id, quantity=q, measure=measure, measure_head=head,
            attribution=attribution, modality=modality,
            sentence_start=seg.span.start_char, sentence_end=seg.span.end_char,
            said_on=said_on, refers_to=refers_to,
        ), headings.setdefault(seg.index, _heading(seg, segs)) and not (q.start in sides and q.unit)  # a side sums up nothing


def _time_record(t: TimeRef | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"text": t.text, "start": t.start, "end": t.end, "value": t.value,
            "granularity": t.granularity, "resolved": t.resolved}


def figure_record(fig: Figure, article: Article) -> dict[str, Any]:
    """The JSON object of one figure, as ``storyline figures --json`` prints it.

    Args:
        fig: the figure.
        article: the article it was read from (for its input's name and sentence text).

    Returns:
        A dict with ``article_id, path, text, start, end, low, high, approx, unit, measure,
        measure_head, sources [{name, kind, cue, start, end, cue_start, cue_end}], said_on,
        refers_to, modality, sentence, in_title``; ``in_title`` is true for a figure read in the
        article's title, whose offsets (and ``sentence``, the title) are the title's;
        ``start``/``end`` of a source are the offsets of its
        mention (a pronoun keeps the pronoun's), ``cue_start``/``cue_end`` those of its cue
        ("said", "according to", "citing"), None when unknown.
    """
    q = fig.quantity
    return {
        "article_id": fig.article_id,
        "path": article.provenance.public_label,  # never the local folders: records are served
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "low": q.low,
        "high": q.high,
        "approx": q.approx,
        "unit": q.unit,
        "measure": fig.measure,
        "measure_head": fig.measure_head,
        "sources": [{"name": s.name, "kind": s.kind, "cue": s.cue, "start": s.start, "end": s.end,
                     "cue_start": s.cue_start, "cue_end": s.cue_end} for s in fig.attribution.sources],
        "said_on": _time_record(fig.said_on),
        "refers_to": _time_record(fig.refers_to),
        "modality": fig.modality,
        "sentence": article.text_of(fig)[fig.sentence_start:fig.sentence_end],
        "in_title": fig.in_title,
    }
