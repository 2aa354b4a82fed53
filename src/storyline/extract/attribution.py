"""Who a claim is attributed to: the chain of sources and their cues (extract stage, step 3).

Reads a parsed ``Doc`` cut into sentences (:func:`segments`: spaCy's sentences, also cut at
line breaks, each with the number of its paragraph) and finds, per sentence, the
attribution *cues*:

- ``according to X`` (and ``according to a report from X citing Y``);
- a reporting verb with a subject: ``X said``, ``X told Y``, ``X estimated``, ``X reported,
  citing Y``, ``reports suggest``, ``US officials say``, also after a quotation; "X related
  that ..." only with a name or a noun as X ("as he related" names no one); a text sent,
  issued or signed "by" someone speaks for them ("a statement issued by the ministry said"), and
  a participle of saying set after a subject or before its verb is that subject's ("The senator,
  arguing that ..., voted no"); a question asking who said it ("Who told you that ...?") and a
  thing after a verb of saying that closes a sentence (", reported the damage.") name no one;
- the owner of a plan or an estimate that states a figure ("X's plan would cap rents at 5%",
  "it raised its forecast to 2%", "by one estimate"), a statement "saying" or "calling"
  (its issuer's words), and a relative clause of saying or
  proposing ("the 30% levy he proposed");
- quotations: a cue found next to a quote covers the whole quote (also "X said" opening the
  next sentence, "Name: “...”", the speaker of the quotation just before, also in the next
  paragraph when a quotation opens it with no tag of its own, also after a paragraph of
  reported speech: "X said that ...", then a paragraph quoted whole; also a claim someone gives or
  owns before a colon, "X shares her forecast: “...”", and a quotation opened in the clause of a
  verb of thinking, "X thinks the result is “...”"; "It is “...”" right after a speaker's
  quotation in the same paragraph goes on with that speaker); straight quotes are paired by
  where each mark stands, a double quote typed as two apostrophes ('' ... '') is one, and a
  curly one left open ends with its paragraph;
- a manner of saying before a colon and a quotation ("X put it bluntly: “...”", "X had this to
  say about the plan: “...”"), and a text sent to someone "saying" something, its sender's words
  ("The campaign sent a message to backers saying ...": the campaign's, not the backers');
- a transcript's turns ("SMITH: ...") and embedded posts ("... -- Name (@handle) date", also
  signed on a line of their own under the post);
- views: a verb of believing or knowing (or "convinced", "sure") whose clause holds a figure
  ("X believes 20 ... ", "X knows there are 40 ..."): the figure is the holder's view, never a
  turn of speech the next sentence goes on with;
- judgements: a verb of judging ("X criticized Y for ...", "X accused Y of ...") gives the
  figures of what it judges, its object and its reason, never an object counted itself ("praised
  the 300 volunteers"); statements made ("X made it clear (that) ...", "X made the point that
  ..."); an owner's proposed or projected figure ("the alliance's recommended 2 percent"), "in
  X's view", threats, forecasts with an infinitive ("X expects to hire 300"), what a record
  documents; decisions, in the clause they take ("X agreed to lend $5m", "voted to cut 300
  posts"); a rule that allows or requires a figure ("the law requires a $15 wage"); the
  evidence someone points to ("pointed to a 40% rise"); an owned intent stated by its infinitive
  ("the city's pledge to add 7,000 posts"), a promise of what will be, with a clause of its own
  ("the maker promised buyers would play at 60fps"), urging or weighing a course ("urged the council to
  raise it to $15"); the poll a clause's figure is read in ("17 percent in a weekend poll"), a
  rule it is set under ("under state law, ..."), "..., per the Herald", a verb of valuing ("pegged
  his fortune at $2bn"; a deal that values something states its terms, no one's estimate), a
  gerund after a reporting verb ("reported raising $9m"). A bare action on a figure ("the
  company cut 300 jobs", "the factories added 23,000 posts") stays the outlet's report, and an aside between dashes ("a bold - some say reckless - pledge") tells only what
  stands between them;
- what the parse misses, read from the surface: a reporting verb tagged as a noun ("Smith
  charges that ..."), "X reported on Monday the agency had ..." read as a clause on X, a lemma
  cut wrong ("rated"), "as X noted, ...", a person's sentence ending with a colon before a
  quotation ("She then listed her demands: “...”"), a speaker set between commas and read as a
  noun phrase ("During that time, state records show, the ship ..."), a name between commas
  right before a verb of saying that the parse hung elsewhere ("On the third day of the trial,
  Tomas Brandt, 52, said that ..."; "..., Olga Santos, the chief clerk, wrote"), a share the
  parse hung outside the clause of the one poll of its sentence that finds or shows ("Crowds
  gathered as a new survey showed Lopez pulling ahead, 47 percent to 38 percent"), a verb of
  saying read as the last word of the name before it ("The Council on Clean Water reports in its
  audit that ..."), a passive verb of saying with an empty "it" that names its work or its agent
  ("It is revealed in a magazine's test that ...": the magazine), a verb of saying read as a
  noun in a relative clause ("a bridge, which the Transport Council estimates would cost $80
  million"), a relative clause of saying with no pronoun right after a figure ("the $30 million
  analysts say it costs": the analysts), a subject the parse ran back over a spaced dash ("a
  bold - some say reckless - pledge": "some", an aside);
- findings and revisions: "found" with a share after it ("the auditors found 40 percent of the
  grants unspent"), one who may speak revising a reckoned count ("officials raised the death toll
  to 40"), an intent noun after "with" on a verb, its subject's ("The council met, with plans to
  hire 300 nurses").

Then :func:`attribution_for` picks, for one token (the figure's), the cue that governs it:
the innermost reporting verb above it in the parse, else the sentence's ``according to``,
else the nearest cue of the sentence. A figure in what someone intends or decides is reported
by the speaker above it ("officials said the city agreed to host 200"), and what the people a
poll asked say is the poll's finding. A sentence without a cue goes on with the speaker of
the sentence before only when it continues it (an open quotation, a pronoun subject that
refers back, a contender placed at a share after a poll's figures in the same paragraph); a
poll's results read after its lead ("A new poll shows Lee ahead. Lee gets 52 percent.") are the
poll's, in its paragraph and the next ones, while each sentence places a name, a pronoun or a share
of those asked at a share. A telling inside a telling ("The union said the manager told him the
plant cut 200 jobs") gives its first teller, then who passed it on: (the manager, the union). Pronouns and bare role nouns ("he", "it", "the official") are resolved to the
nearest earlier source that fits, "the president" to the person named with that title, a
possessive ("his claim") to the named subject of its own clause, "he" or "she" as the subject of
a clause joined to one whose subject is a person to that person, a person joined to a subject
("Tom Baker and his wife Kali") a candidate when the text tells their sex, "he" or "she" with no source
before it that fits to the person the text last named (never one the text tells is of the other
sex: an honorific, a noun of a man or a woman, the person's own pronoun after their name); a pronoun nothing in the text resolves is
left unnamed (an empty name, the same in every cue), never returned as a name nor read as
the outlet speaking, and
"I" or "we" is the speaker of the quotation around it; outside any quotation, turn or post, the
writer's "I" is the outlet's own voice (a source of kind "outlet", like the outlet's "we").
No cue at all is the outlet's own voice: an empty chain.

Chains go from the speaker outward: "the WSJ reported, citing Western officials" gives
``(Western officials, the WSJ)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from storyline.extract.embeds import signed_blocks, signer_kind
from storyline.lang.en import (  # the English words these rules read
    ALIAS_KNOWN_AS as _ALIAS_KNOWN,
)
from storyline.lang.en import (
    ANONYMOUS_ADJECTIVES as _ANON_ADJ,
)
from storyline.lang.en import (
    BELIEF_VERBS as _BELIEF_VERBS,
)
from storyline.lang.en import (
    CLAIM_NOUNS as _CLAIM_NOUNS,
)
from storyline.lang.en import (
    CLAUSE_ONLY_VERBS as _CLAUSE_ONLY,
)
from storyline.lang.en import (
    CONTENDER_NOUNS as _CONTENDER_NOUNS,
)
from storyline.lang.en import (
    NAMED_TELLING_VERBS as _NAMED_TELLING,
)
from storyline.lang.en import (
    CONTINUING_PRONOUNS as _CONTINUING_PRONOUNS,
)
from storyline.lang.en import (
    STANDING_VERB_FORMS as _STANDING_VERB_FORMS,
)
from storyline.lang.en import (
    DECISION_VERBS as _DECISION_VERBS,
)
from storyline.lang.en import (
    GENDERED_HONORIFICS as _HONORIFICS,
)
from storyline.lang.en import (
    GENDERED_NOUNS as _GENDERED_NOUNS,
)
from storyline.lang.en import (
    GENDERED_PRONOUNS as _GENDERED_PRONOUNS,
)
from storyline.lang.en import (
    EVIDENCE_NOUNS,
    REPORTING_VERBS,
)
from storyline.lang.en import (
    EVIDENCE_VERBS as _EVIDENCE_VERBS,
)
from storyline.lang.en import (
    FORECAST_CUE_VERBS as _FORECAST_VERBS,
)
from storyline.lang.en import (
    HYPOTHETICAL_AUXILIARIES as _HYPOTHETICAL_AUX,
)
from storyline.lang.en import (
    INTENT_NOUNS as _INTENT_NOUNS,
)
from storyline.lang.en import (
    PRODUCT_PLAN_WORDS as _PRODUCT_PLAN_WORDS,
)
from storyline.lang.en import (
    PRODUCT_TIER_NAMES as _PRODUCT_TIER_NAMES,
)
from storyline.lang.en import (
    INTENT_VERBS as _INTENT_VERBS,
)
from storyline.lang.en import (
    PROPOSING_VERBS as _PROPOSING_VERBS,
)
from storyline.lang.en import (
    PROMISING_VERBS as _PROMISING_VERBS,
)
from storyline.lang.en import (
    TOLD_IN_NOUNS as _TOLD_IN_NOUNS,
)
from storyline.lang.en import (
    JUDGING_PREPOSITIONS as _JUDGING_PREPS,
)
from storyline.lang.en import (
    JUDGING_VERBS as _JUDGING_VERBS,
)
from storyline.lang.en import (
    REASON_JUDGING_VERBS as _REASON_JUDGING_VERBS,
)
from storyline.lang.en import (
    KIN_NOUNS as _KIN_NOUNS,
)
from storyline.lang.en import (
    LIGHT_SAYING_VERBS as _LIGHT_SAYING,
)
from storyline.lang.en import (
    SAYING_NOUNS as _SAYING_NOUNS,
)
from storyline.lang.en import (
    FIRST_PERSON_PRONOUNS as _FIRST_PERSON,
)
from storyline.lang.en import (
    GOVERNMENT_WORDS as _GOV_WORDS,
)
from storyline.lang.en import (
    MEDIA_CITING_VERBS as _MEDIA_CITING,
)
from storyline.lang.en import (
    MADE_STATEMENT_WORDS as _MADE_STATEMENT,
)
from storyline.lang.en import (
    MEDIA_NAME_WORDS as _MEDIA_NAMES,
)
from storyline.lang.en import (
    OPINION_NOUNS as _OPINION_NOUNS,
)
from storyline.lang.en import (
    OWNED_PARTICIPLES as _OWNED_PARTICIPLES,
)
from storyline.lang.en import (
    PERSON_ROLES as _PERSON_ROLES,
)
from storyline.lang.en import (
    JOB_NOUNS as _JOB_NOUNS,
)
from storyline.lang.en import (
    PROVISION_VERBS as _PROVISION_VERBS,
)
from storyline.lang.en import (
    PUBLICATION_WORDS as _PUBLICATION_WORDS,
)
from storyline.lang.en import (
    ROLE_NOUNS as _ROLE_NOUNS,
)
from storyline.lang.en import (
    RULE_NOUNS as _RULE_NOUNS,
)
from storyline.lang.en import (
    SOURCE_PRONOUNS as _PRONOUNS,
)
from storyline.lang.en import (
    VALUING_VERBS as _VALUING_VERBS,
)
from storyline.lang.en import (
    VIEW_ADJECTIVES as _VIEW_ADJ,
)
from storyline.lang.en import (
    VIEW_VERBS as _VIEW_VERBS,
)
from storyline.lang.en import (
    WORK_NOUNS as _WORK_NOUNS,
)
from storyline.lang.en import (
    COLLECTIVE_NOUNS as _COLLECTIVE_NOUNS,
)
from storyline.lang.en import (
    MEDIA_NOUNS as _MEDIA_NOUNS,
)
from storyline.lang.en import (
    PEOPLE_NOUNS as _PEOPLE_NOUNS,
)
from storyline.lang.en import (
    PUBLIC_LEVEL_WORDS as _PUBLIC_LEVELS,
)
from storyline.lang.en import (
    REVIEW_NOUNS as _REVIEW_NOUNS,
)
from storyline.lang.en import (
    ACCORDANCE_NOUNS as _ACCORDANCE_NOUNS,
)
from storyline.lang.en import (
    NARRATED_AFTER_SAYING as _NARRATED_AFTER,
)
from storyline.model import Attribution, Source, SourceKind
from storyline.nlp import doc_ents, doc_text, span_ents
from storyline.outlets import outlet_key

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Cue",
    "DocAttributions",
    "REPORTING_VERBS",
    "Segment",
    "attribution_for",
    "doc_attributions",
    "segments",
    "source_kind",
]


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence piece of the article: never crosses a line break."""

    span: Span
    paragraph: int
    index: int


@dataclass(slots=True)
class Cue:
    """One attribution cue of a sentence."""

    chain: tuple[Source, ...]
    verb: Token | None  # the reporting verb, None for "according to"
    excluded: tuple[int, int]  # token range (start, end) of the source phrase itself
    kind: str  # "according", "verb", "trailing" (found by surface pattern), "carried", "noun", "intent",
    # "owned" (the owner of a plan or an estimate), "relative" ("the 5% rate he proposed"), "turn", "colon",
    # "work" ("it is revealed in X's test that ...": only what its clause tells), "expect" ("X sees a
    # 30% chance", "X is looking for Y to post a 12% gain": only what is expected)
    segment: int
    anchor: Token | None = None  # the token the cue hangs on ("according", the verb)


@dataclass(slots=True)
class DocAttributions:
    """The cues of every segment of one document, ready for :func:`attribution_for`."""

    segments: list[Segment]
    cues: dict[int, list[Cue]] = field(default_factory=dict)
    inherited: dict[int, Cue] = field(default_factory=dict)
    quote_cue: dict[int, Cue] = field(default_factory=dict)  # token index -> cue of its quote
    introduced: dict[int, Cue] = field(default_factory=dict)  # segment -> the "X said:" cue before its paragraph
    quotations: list[tuple[int, int]] = field(default_factory=list)  # (start, end) characters of every quotation

    def segment_of(self, token_i: int) -> Segment | None:
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            sp = self.segments[mid].span
            if token_i < sp.start:
                hi = mid - 1
            elif token_i >= sp.end:
                lo = mid + 1
            else:
                return self.segments[mid]
        return None


def segments(doc: Doc) -> list[Segment]:
    """Cut ``doc`` into sentences that never cross a line break, numbering paragraphs.

    A paragraph is a run of text between line breaks; a new paragraph starts after every
    line break (plain-text articles put one paragraph on each line).
    """
    out: list[Segment] = []
    para = 0
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    out.append(Segment(doc[start:end], para, len(out)))
                para += 1
                start = tok.i + 1
        if sent.end > start:
            piece = doc[start:sent.end]
            if piece.text.strip():
                out.append(Segment(piece, para, len(out)))
    return out


def _trim(span: Span) -> Span:
    """Drop leading/trailing punctuation, quotes and conjunctions of a phrase."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ in ("and", "but")):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return doc[s:e]


def _phrase(tok: Token, bounds: tuple[int, int] | None = None,
            stop_deps: tuple[str, ...] = ("acl", "relcl", "advcl")) -> Span:
    """The noun phrase of ``tok``: its subtree without clauses hanging off it, within ``bounds``."""
    doc = tok.doc
    lo, hi = bounds if bounds is not None else (0, len(doc))
    left = max(tok.left_edge.i, lo)
    right = tok.i
    for child in tok.rights:
        if tok.head.i > tok.i and child.i > tok.head.i:
            break  # a word the parse hung on a subject past its own verb is no part of its phrase
        if child.dep_ in ("acl", "relcl") and _named_after_clause(tok, child):
            continue  # "One pastor backing the mayor, Tom Lee, said": the name after the clause stays
        closing = _name_closing_clause(tok, child) if child.dep_ in ("acl", "relcl") else None
        if closing is not None:
            right = closing.right_edge.i  # "One farmer backing Mr. Hale, Ann Lee, said": the parse hung her on him
            continue
        if child.dep_ in stop_deps or (
                child.dep_ == "prep" and child.lower_ not in ("of", "from", "for", "at", "in", "with")
                and not _names_example(child)):
            break
        if child.dep_ == "punct" and child.text == ",":
            # an apposition after a comma ("spokesperson, Maj. Gen. Pat Ryder,") stays
            nxt = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if nxt is None or not any(c.dep_ == "appos" for c in tok.rights):
                break
            continue
        right = _clause_free_end(child, stop_deps)
    return _trim(doc[left:min(right + 1, hi)])


def _clause_free_end(tok: Token, stop_deps: tuple[str, ...]) -> int:
    """The last token of ``tok``'s subtree before a clause hanging off it or off any word of
    it: a clause deep in an apposition ("Ann Lee, a nurse from Elm, who drove in") is no part
    of the name, as a clause on the name itself is not."""
    right = tok.i
    for child in tok.rights:
        if child.dep_ in stop_deps:
            break
        right = max(right, _clause_free_end(child, stop_deps))
    return right


def _named_after_clause(tok: Token, clause: Token) -> bool:
    """Does a name set between commas follow the clause hanging on ``tok`` ("One pastor backing
    the mayor, Tom Lee of the First Church, said")? It names who the noun is."""
    return any(c.dep_ == "appos" and c.i > clause.right_edge.i and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
               and tok.doc[c.left_edge.i - 1].text == "," for c in tok.rights)


def _name_closing_clause(tok: Token, clause: Token) -> Token | None:
    """The name set between commas that closes the clause hanging on the subject ``tok``, which
    the parse hung on a name inside the clause ("One farmer backing Mr. Hale, Ann Lee of Elm
    Farm, said": she is the farmer, not a second name of Mr. Hale's, and then the verb comes).
    None when the clause does not end on such a name, or no verb of ``tok`` follows it."""
    doc = tok.doc
    last = max(t.i for t in clause.subtree if not t.is_punct)
    for app in clause.subtree:
        if app.dep_ != "appos" or app.head.pos_ != "PROPN" or app.head.i > app.i or not (
                app.ent_type_ == "PERSON" or app.pos_ == "PROPN" and not app.ent_type_):  # (a name the tagger missed)
            continue
        end = app.right_edge.i
        if end != last or doc[app.left_edge.i - 1].text != "," or end + 2 >= len(doc):
            continue
        if doc[end + 1].text == "," and tok.head.i == end + 2 and tok.dep_ in ("nsubj", "nsubjpass"):
            return app
    return None


def _names_example(prep: Token) -> bool:
    """ "like Mr. Lee" after a group ("backers like Mr. Lee"): the one named is of the source."""
    return prep.lower_ == "like" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _publication_name(span: Span) -> bool:
    """ "The Herald", "the Sunday Gazette": "the" and capitalised names ending in a word naming a
    kind of publication is a newspaper's name, whatever entity the parse took it for ("The
    Herald" as a person). A lower-case word ("the observer") or a role noun before it ("the
    Chief Observer") is no name of a paper."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) < 2 or toks[0].lower_ != "the" or toks[-1].lower_ not in _PUBLICATION_WORDS:
        return False
    if not toks[-1].text.istitle():
        return False
    return all(t.text.istitle() and t.lower_ not in _ROLE_NOUNS | _PERSON_ROLES | _ANON_ADJ for t in toks[1:-1])


def source_kind(span: Span) -> SourceKind:
    """Classify a source phrase: person, media, anonymous, government or organisation."""
    text = span.text
    low = text.lower()
    ents = {e.label_ for e in span_ents(span)}
    root = span.root
    if _publication_name(span) or _named_medium(span) or _reviewed_by(span):
        return "media"
    if _named_evidence(span) or _names_only_modify(span):
        ents.discard("PERSON")  # "a Hale survey", "the Ann Lee study": a work, not its namesake
    if _lone_known_person(span):
        return "person"  # "Maria Okafor ... Okafor said": the tagger may call the surname a place
    if "PERSON" in ents and not _MEDIA_NAMES.search(low.split("'")[0]) or (
        "PERSON" in ents and root.ent_type_ == "PERSON"
    ) or (root.ent_type_ == "PERSON" and root.pos_ == "PROPN" and not _MEDIA_NAMES.search(low)):
        return "person"
    if _name_with_role(root) or any(e.end == span.end and e.start >= span.start for e in _role_names(span.doc)) \
            or _name_with_age(root):
        return "person"  # "county spokesman Rocky Mountain said": a name after a role
    if root.lower_ in ("we", "our"):
        return "outlet"
    if (owned := _named_report_kind(span)) is not None:
        return owned
    words = {t.lower_ for t in span}
    if root.lemma_.lower() in ("report", "media", "newspaper", "outlet", "publication") or (
        root.lower_ in _MEDIA_NOUNS and root.pos_ == "NOUN"
    ) or (
        _MEDIA_NAMES.search(low) and not _GOV_WORDS.search(low.replace("agency", ""))
        and ("ORG" in ents or root.lemma_ in ("report", "reports") or root.pos_ == "PROPN")
    ):
        return "media"
    if root.lower_ in _ROLE_NOUNS or root.lemma_ in _ROLE_NOUNS or words & _ANON_ADJ or root.lower_ in _KIN_NOUNS:
        return "anonymous"
    if _people_phrase(span):
        return "anonymous"  # "a visitor wrote", "the auditors said", "a group of scientists found"
    if _government_words(span) or _place_speaks(span) or _official_evidence(span):
        return "government"
    return _person_kind(span) or "organisation"


#: Nouns of a piece of work a body publishes under its name ("a Hiscox report", "an Acme analysis").
_NAMED_WORK_NOUNS = frozenset("report reports investigation analysis".split())


def _named_report_kind(span: Span) -> SourceKind | None:
    """The kind of a report, an investigation or an analysis named by whose it is ("the Acme
    Cyber Report", "Gadgetly's 2025 report", "a Valley Tribune investigation"): its owner's,
    a newspaper by a masthead word, a government by a word of government or a place, else a
    body. None for a report no name owns ("the report", "a police investigation")."""
    root = span.root
    if not _word_in(root, _NAMED_WORK_NOUNS):
        return None
    stop = next((t.i for t in span if t.i < root.i and t.lower_ == "of"), root.i)  # "State of Agency Work"
    owners = [t for t in span if t.i < stop and t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not owners:
        return None
    parts = {w for t in owners for w in t.lower_.split("-")}
    if parts & _PUBLICATION_WORDS or parts & {"tv", "television", "radio", "broadcasting"}:
        return "media"
    if _GOV_WORDS.search(" ".join(t.text for t in owners)) or any(t.ent_type_ in ("GPE", "NORP") for t in owners):
        return "government"
    return "organisation"


def _people_noun(tok: Token) -> bool:
    """Is ``tok`` a noun of a person or of people, unnamed: a job ("farmers"), a role or kin, one
    who does or is something to the story ("a visitor", "donors", "fans"), a noun ending as
    those of a trade or a study do ("a scientist", "historians"), or a people's name in the
    plural ("Democrats", "Canadians")?"""
    low = tok.lower_
    one = _singular(low)
    lemma = tok.lemma_.lower()
    words = _JOB_NOUNS | _KIN_NOUNS | _CROWD_NOUNS | _PEOPLE_NOUNS | _ROLE_NOUNS
    if low in words or one in words or lemma in words:
        return True
    if tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and low.endswith("s") and tok.text[0].isupper():
        return True
    return tok.pos_ == "NOUN" and len(lemma) > 4 and lemma.endswith(("ist", "ian"))


def _people_phrase(span: Span) -> bool:
    """Does the source name unnamed people by what they are, not a body: "a visitor", "the
    auditors", "furious Democrats", "organisers of the march", "a group of scientists"? Its
    head is a noun of people, or a noun of many ("a group") of a noun of people. A noun of an
    office of government ("prosecutors", "the mayor") stays government's."""
    root = span.root
    if root.ent_type_ in ("PERSON", "ORG", "GPE") or _GOV_WORDS.search(span.text):
        return False  # "Senate Democrats", "ministry employees": of a body of government
    if root.pos_ == "PROPN" and root.ent_type_ != "NORP" and not root.is_sent_start:
        return False  # a name ("Users Inc") is no noun of people
    if _people_noun(root) or _owned_word(root) and any(c.dep_ == "poss" and _people_noun(c) for c in root.children):
        return True
    return root.lemma_.lower() in _COLLECTIVE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _people_noun(o) for o in c.children)
        for c in root.children)


def _names_only_modify(span: Span) -> bool:
    """Do the persons' names in the source only tell whose the head noun is, not who speaks:
    "Lee fans", "the Lee campaign", "Lee's staff" (names before a common noun), "lawyers for
    Ann Lee" (a noun of people with the name after it)? Then the source is the noun's: fans are
    people, a campaign a body. A work named after its author ("a study by Ann Lee") keeps its
    author."""
    root = span.root
    people = [e for e in span_ents(span) if e.label_ == "PERSON"]
    if not people or root.ent_type_ == "PERSON" or any(e.start <= root.i < e.end for e in people):
        return False
    if root.pos_ != "NOUN" and not (root.is_sent_start and _people_noun(root)) or _owned_word(root):
        return False
    return all(e.end <= root.i or _people_noun(root) and e.root.dep_ == "pobj" and e.root.head.head == root
               for e in people)


def _owned_word(tok: Token) -> bool:
    """Is ``tok`` a noun of what someone says or records ("Lee's data", "her statement", "the
    residents' tally"), whose owner is the source's kind?"""
    lemma = tok.lemma_.lower()
    return _word_in(tok, EVIDENCE_NOUNS) or lemma in _WORK_NOUNS or lemma in _TEXT_NOUNS or lemma in _SAYING_NOUNS


def _lone_known_person(span: Span) -> bool:
    """A source of one capitalised name the text gives elsewhere as the last word of a person's
    full name ("Maria Stade ... Stade says"), or, not taken for a place, whose sentence goes on
    with "he" or "she" as the next subject ("Stade has said she will ..."), is that person,
    whatever entity the tagger took the lone name for (a place, a firm)."""
    toks = [t for t in span if not t.is_punct]
    if len(toks) != 1 or toks[0].ent_type_ == "PERSON":
        return False
    tok = toks[0]
    if any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") or t.lower_ == "its" and t.head.dep_ in (
            "nsubj", "nsubjpass") for t in tok.doc[tok.i + 1:tok.sent.end]):
        return False  # "Henry Ford built cars. Ford said it would ...": the firm of that name
    if tok.pos_ != "PROPN" or not tok.text.istitle() or len(tok.text) <= 2:
        return False
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in doc_ents(tok.doc)):
        return True
    if tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return False  # "Israel said he was ...": a place's "he" is someone else
    # "Lee has said he will ...": the first subject pronoun after the name is "he" or "she"
    told = next((t.lower_ for t in tok.doc[tok.i + 1:tok.sent.end]
                 if t.lower_ in ("he", "she", "it", "they") and t.dep_ in ("nsubj", "nsubjpass")), "")
    return told in ("he", "she")


def _name_with_age(root: Token) -> bool:
    """ "Ann Lee, 63, from Leeds": a capitalised name with an age between commas is a person."""
    doc, i = root.doc, root.i
    return root.pos_ == "PROPN" and root.text.istitle() and i + 3 < len(doc) and doc[i + 1].text == "," \
        and doc[i + 2].text.isdigit() and 0 < int(doc[i + 2].text) < 120 and doc[i + 3].text == ","


def _named_medium(span: Span) -> bool:
    """ "state media Xinhua", "the tabloid Nightly Star": a name right after a noun of news media
    is that medium's name, whatever entity the tagger took it for."""
    root = span.root
    return root.pos_ == "PROPN" and any(
        t.dep_ == "compound" and t.head == root and t.lower_ in _MEDIA_NOUNS for t in span if t.i < root.i)


def _reviewed_by(span: Span) -> bool:
    """ "Pixelhub's review found", "Gadgetly's test": a review of a product owned by a name the
    tagger took for a place is a publication's, unless the text uses the name as a place ("in
    Pixelhub", "from Pixelhub")."""
    root = span.root
    if root.lemma_.lower() not in _REVIEW_NOUNS:
        return False
    owners = [c for c in root.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.pos_ == "PROPN"]
    if not owners:
        return False
    doc = span.doc
    places = {t.text for t in doc if t.ent_type_ == "GPE" and t.i > 0
              and doc[t.i - 1].lower_ in ("in", "from", "across", "throughout", "to")}
    return not any(o.text in places for o in owners)


def _government_words(span: Span) -> bool:
    """Does a word of government name the source's body ("the finance ministry", "police
    records", "a police investigation", "federal data")? Not one that only modifies another
    common noun naming something else ("the department store chain", "a service provider")."""
    for m in _GOV_WORDS.finditer(span.text):
        tok = next((t for t in span if t.idx <= span.start_char + m.end() - 1 < t.idx + len(t)), None)
        if tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
                and not _GOV_WORDS.search(tok.head.text) and not _owned_word(tok.head) \
                and tok.head.lemma_.lower() not in _NAMED_WORK_NOUNS \
                and not _people_noun(tok.head) and not _person_role(tok.head):
            continue
        return True
    return False


def _place_speaks(span: Span) -> bool:
    """Does a place or a people speak as its government ("China said", "Seoul expects", "the
    Chinese")? The source's head is the place's name, or evidence the place's name modifies
    ("U.S. data"). A place that only modifies something else ("the U.S. steel industry", "a
    German carmaker") or sits in a phrase of its own ("organisers of the Boston march", "Ann
    Lee from Leeds") is no government."""
    root = span.root
    places = [e for e in span_ents(span) if e.label_ in ("GPE", "NORP")]
    if any(e.start <= root.i < e.end for e in places):
        return True
    return _word_in(root, _RECORD_WORDS) and any(
        c.ent_type_ in ("GPE", "NORP") and c.dep_ in ("compound", "amod", "poss", "nmod") for c in root.children)


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    """Is ``tok``, as written or by its lemma, one of ``words`` ("records" and "record" alike)?"""
    return tok.lower_ in words or tok.lemma_.lower() in words


#: Nouns of records a body keeps, whose place or level of government is their keeper ("state
#: records", "U.S. data"); not a poll or a study, whose place is what it asks about ("a state poll").
_RECORD_WORDS = frozenset("records data documents filings statistics figures census audit count tally".split())



def _official_evidence(span: Span) -> bool:
    """ "state records", "county election data": records or data of a level of government."""
    root = span.root
    return _word_in(root, _RECORD_WORDS) and any(
        t.lower_ in _PUBLIC_LEVELS and t.i < root.i and t.dep_ in ("compound", "amod", "nmod") for t in span)


def _named_evidence(span: Span) -> bool:
    """Is the phrase a poll, a study or a report named by the name before it ("a Hale survey",
    "the Ann Lee study"), not a person ("a study by Ann Lee" names its author)? Its head is a
    noun of evidence and every person's name in it only modifies that noun."""
    root = span.root
    people = [e for e in span_ents(span) if e.label_ == "PERSON"]
    return root.pos_ == "NOUN" and root.lemma_.lower() in EVIDENCE_NOUNS and bool(people) and all(
        e.end <= root.i and e.root.dep_ == "compound" and e.root.head == root for e in people)


#: Singular nouns of a role that only a person holds, beside jobs and kin ("Park, the spokeswoman").
_PERSON_ROLE_WORDS = frozenset("spokesperson spokesman spokeswoman official man woman aide adviser advisor".split())


def _person_role(tok: Token, kin: bool = False) -> bool:
    """Is the noun a role only a person holds: a job ("the coach"), a person's role ("the
    chairman"), a role word ("spokeswoman", "aide"), with ``kin`` also kin ("his wife")?"""
    lemma = tok.lemma_.lower()
    return lemma in _JOB_NOUNS or lemma in _PERSON_ROLES or tok.lower_ in _PERSON_ROLE_WORDS \
        or kin and lemma in _KIN_NOUNS


def _name_with_role(root: Token) -> bool:
    """ "Park, the CEO, said", "Okafor, a rancher, said": a capitalised name with an apposition
    whose noun is a person's job, role or kin (one, not many) names a person, whatever entity the
    tagger took the name for. A place's or a people's name is none ("Ohio, the state ...")."""
    if root.pos_ != "PROPN" or root.ent_type_ in ("GPE", "NORP", "LOC") or root.text.isupper():
        return False
    for app in (c for c in root.children if c.dep_ == "appos" and c.i > root.i
                and c.doc[c.left_edge.i - 1].text == ","):  # "Park, the CEO", not "Acme spokesperson"
        lemma = app.lemma_.lower()
        if app.tag_ in ("NNS", "NNPS") or app.lower_.endswith("s") and lemma != app.lower_:
            continue
        if _person_role(app, kin=True):
            return True
    return False


def _person_kind(span: Span) -> SourceKind | None:
    """A source that names a person the entity tagger did not mark: a noun of a job or standing
    ("the coach", "a history professor", "prosecutors", "the firm's CFO", the tagger may take an
    abbreviated title for a name), unnamed, or a lone capitalised name with no entity label
    ("Okafor"), a surname. Not an acronym ("NATO") or a name the tagger calls a body."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN") and (not root.ent_type_ or root.text.isupper()) \
            and _word_in(root, _JOB_NOUNS):
        return "anonymous"
    toks = [t for t in span if not t.is_punct and not t.like_num]  # "Lopez, 64": a name and an age
    if len(toks) == 1 and _name_word(root) and not root.ent_type_ and root.text.istitle() \
            and len(root.text) > 2 and root.tag_ != "NNPS" and not (root.is_sent_start and root.lower_.endswith("s")) \
            and _known_as_person(root):
        return "person"
    return None


def _known_as_person(tok: Token) -> bool:
    """Is the lone name ``tok`` known as a person's: the last word of a person's full name in the
    text ("Maria Okafor ... Okafor said"), given an age ("Okafor, 64, said"), or followed in its
    sentence by "he", "she", "his" or "her"? A lone capitalised name alone may as well be a firm's
    ("Pfizer said")."""
    doc = tok.doc
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in doc_ents(doc)):
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and _age_of_name(doc[tok.i + 2]):
        return True
    return any(t.lower_ in ("he", "she", "his", "her", "him") for t in tok.doc[tok.i + 1:tok.sent.end])


_ROLE_NAMES_KEY = "storyline.attribution.role_names"


def _role_names(doc: Doc) -> tuple[Span, ...]:
    """Names the tagger did not mark as a person's that a person's role or job sets before a verb
    of saying: "spokeswoman Jo Marsh said", "park director Glen Ivy told ...": two capitalised
    words (or three, the middle one an initial) right after a singular role noun and right before
    the verb are a person's name, whatever entity the tagger took them for. Read once per doc."""
    found = doc.user_data.get(_ROLE_NAMES_KEY)
    if found is not None:
        return found
    from spacy.tokens import Span as _Span

    out = []
    persons = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.tag_ != "NN" or not _person_role(tok):
            continue
        for n in (2, 3):
            words = doc[tok.i + 1:tok.i + 1 + n]
            verb = doc[tok.i + 1 + n] if tok.i + 1 + n < len(doc) else None
            if len(words) != n or verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
                continue
            if not all(_given_name_word(w) or (0 < k < n - 1 and re.fullmatch(r"[A-Z]\.", w.text))
                       for k, w in enumerate(words)) or words[0].lower_ in _HONORIFICS:
                continue
            if not any(e.start <= words.start and words.end <= e.end for e in persons):  # (or only a part)
                out.append(_Span(doc, words.start, words.end, label="PERSON"))
            break
    found = doc.user_data[_ROLE_NAMES_KEY] = tuple(out)
    return found


def _given_name_word(tok: Token) -> bool:
    """A word that may be part of a person's name: capitalised, of letters (a hyphen or an
    apostrophe inside), not all capitals."""
    return tok.text[:1].isupper() and not tok.text.isupper() and re.fullmatch(r"[A-Za-z][a-z]*(?:['’-][A-Za-z][a-z]*)*",
                                                                            tok.text) is not None


def _person_ents(doc: Doc) -> list[Span]:
    """The PERSON entities of the text and the names a role sets before a verb of saying
    (:func:`_role_names`, in place of an entity the tagger cut from one: "Glen" of "Glen Ivy"),
    in order."""
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    extra = _role_names(doc)
    if not extra:
        return people
    people = [e for e in people if not any(e.start < x.end and x.start < e.end for x in extra)]  # "Glen" of "Glen Ivy"
    return sorted(people + list(extra), key=lambda e: e.start)


_PAREN_TAIL = re.compile(r"\s*\([^()]*\)?\s*$")


def _source(span: Span, cue: str, at: Token | Span | None = None) -> Source:
    """The source named by ``span``, with its cue word(s) ``at`` (a token or a span)."""
    span = _trim(span)
    m = _PAREN_TAIL.search(span.text)
    if m and m.start() > 0:
        # "the International Atomic Energy Agency (IAEA)": the name without its abbreviation
        cut = span.doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract")
        if cut is not None and len(cut):
            span = _trim(cut)
    span = _without_age(span)
    span = _without_caption(span)
    cue_start = cue_end = None
    if at is not None:
        cue_start = at.idx if hasattr(at, "idx") else at.start_char
        cue_end = cue_start + len(at.text)
    return Source(name=span.text, kind=source_kind(span), cue=cue,
                  start=span.start_char, end=span.end_char, cue_start=cue_start, cue_end=cue_end)


#: Small words inside a body's name ("University of Washington", "Parks and Recreation").
_NAME_JOINERS = frozenset("of for and the & de on".split())


def _without_caption(span: Span) -> Span:
    """ "... after the shooting Mercy Hospital spokeswoman Jo Marsh": a photo's caption run on
    into the next sentence puts its words before a name that a body and a role open (a
    capitalised name, a role noun, a person's name): the name starts at the body's name, not at
    the caption's words, when those hold a lower-case noun or verb ("the shooting"; never a
    "former" or "the" alone)."""
    toks = list(span)
    role = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].pos_ == "NOUN" and toks[k].is_lower
                 and _person_role(toks[k])), None)
    if role is None or not all(t.text[:1].isupper() for t in toks[role + 1:] if not t.is_punct):
        return span
    k = role
    while k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].lower_ in _NAME_JOINERS and k >= 2
                     and toks[k - 2].text[:1].isupper()):
        k -= 1
    while k < role and toks[k].lower_ in _NAME_JOINERS:
        k += 1
    if k == 0 or k == role or not any(t.is_lower and t.pos_ in ("NOUN", "VERB") for t in toks[:k]):
        return span
    return span.doc[toks[k].i:span.end]


def _without_age(span: Span) -> Span:
    """ "Lopez, 64": a name without the age the outlet puts after it."""
    toks = [t for t in span if not t.is_space]
    if len(toks) >= 3 and toks[-1].like_num and toks[-1].text.isdigit() and toks[-2].text == "," \
            and (_name_word(toks[-3]) or toks[-3].pos_ == "NOUN"):
        return span.doc[span.start:toks[-2].i]
    return span


def _inner_of_report(np_root: Token, bounds: tuple[int, int]) -> tuple[list[Source], str]:
    """For "a report from the WSJ citing Western officials": ([officials, WSJ], ...)."""
    chain: list[Source] = []
    cited = [c for c in np_root.subtree if _verb_is(c, "cite") and c.dep_ in ("acl", "advcl", "xcomp")]
    for c in cited:
        objs = [o for o in c.children if o.dep_ in ("dobj", "pobj", "attr", "nsubj")]
        if objs:
            chain.append(_source(_phrase(objs[0], bounds), "citing", c))
    if np_root.lemma_ in ("report", "reporting", "article", "statement", "estimate", "assessment", "data", "figure"):
        for p in np_root.children:
            if p.dep_ == "prep" and p.lower_ in ("from", "by", "of", "in"):
                objs = [o for o in p.children if o.dep_ == "pobj"]
                if objs:
                    chain.append(_source(_phrase(objs[0], bounds), "report", np_root))
                    return chain, "according to"
    agent = _by_agent(np_root)
    if agent is not None:  # "according to a tally by the North Wire"
        chain.append(_source(_phrase(agent, bounds), "report", np_root))
    return chain, "according to"


#: Nouns of a reckoning made by someone ("a tally by ...", "calculations by ..."), whose maker
#: named after "by" is who tells its figures.
_RECKONING_NOUNS = frozenset("""tally count calculation estimate projection forecast analysis study survey
    poll review audit tabulation reckoning""".split())


def _text_sender(verb: Token) -> Token | None:
    """ "The campaign sent a message to backers saying ...": a verb of saying whose subject the
    parse found in the ones a text was sent "to" (its subject, or the noun it hangs on) tells the
    text's words, which are its sender's: the subject of the verb of sending, when it could speak.
    None for anything else ("The mayor spoke to residents, saying ...": the mayor says it)."""
    doc = verb.doc
    listener = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if listener is None and verb.dep_ == "acl":
        listener = verb.head
    if listener is None or listener.left_edge.i < 1:
        return None
    to = doc[listener.left_edge.i - 1]
    send = to.head
    if to.lower_ != "to" or not _is_verb_of(send, _SENDING_VERBS) or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TEXT_NOUNS | _SAYING_NOUNS for c in send.children):
        return None
    sender = next((c for c in send.children if c.dep_ == "nsubj"), None)
    return sender if sender is not None and _could_speak(sender) else None


def _by_agent(noun: Token) -> Token | None:
    """The maker of a reckoning named after "by" ("a tally by the North Wire", "a 2019
    estimate by the budget office"): the head of that phrase, or None. A reckoning without
    its maker ("by one estimate"), or one "by" something else ("a count by hand", "a study by
    2030"), has none: the maker is a name, a group or a role."""
    if noun.lemma_.lower() not in _RECKONING_NOUNS:
        return None
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "by":
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
                                    or _word_in(obj, _ROLE_NOUNS)):
                return obj
    return None


#: Verbs of sending out or putting one's name to a text ("an email sent by", "a letter signed by").
_SENDING_VERBS = frozenset("send issue sign write release publish post file submit pen draft author".split())


def _sender_of(noun: Token) -> Token | None:
    """ "An email sent out by the mayor warned that ...", "a statement issued by the ministry
    said ...": a text that says something, with who sent, issued or signed it named after "by"
    (a name, a body or a person by role or job): that one says it, through the text. Not one who
    did something else with it ("a letter found by the police")."""
    if noun.lemma_.lower() not in _TEXT_NOUNS | _SAYING_NOUNS:
        return None
    for part in noun.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.i < noun.i or not _is_verb_of(part, _SENDING_VERBS):
            continue
        obj = next((o for a in part.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        if obj is not None and _could_speak(obj) and obj.pos_ != "PRON":
            return obj  # also "a letter written by the victim's mother", "a report written by the auditor"
    return None


#: Nouns of a reckoned amount: "X put / set / fixed the number at 5,000" states X's reckoning.
_RECKONED_NOUNS = frozenset("""number numbers figure figures toll total count tally cost costs bill damage
damages loss losses crowd turnout size value estimate""".split())


def _at_number(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "at" and any(t.like_num for t in prep.subtree)


def _puts_at_number(verb: Token) -> bool:
    """ "X put the toll at 500": "put" reports only with an object and "at" a number. "X put the
    number who walked out at 5,000": the parse may hang the "at" on a clause that ends the
    object, when the object is a reckoned amount and the verb has no place of its own."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return False
    if any(_at_number(c) for c in verb.children):
        return True
    return any(o.lemma_.lower() in _RECKONED_NOUNS and not any(c.dep_ in ("prep", "prt") and c.i > o.i
                                                                for c in verb.children)
               and any(_at_number(p) and p.right_edge.i == o.right_edge.i
                       for cl in o.subtree if cl.dep_ in ("relcl", "acl") for p in cl.children)
               for o in objs)


#: Nouns of a deal: "the deal values the firm at $1bn" states the deal's terms, no one's estimate.
_DEAL_NOUNS = frozenset("""deal offer bid agreement transaction merger acquisition takeover purchase sale
round investment listing""".split())


def _values_at_figure(verb: Token) -> bool:
    """ "X pegs the cost at $5m", "X lists the village's population as 4,310", "X lists the pair
    with $40bn each": a verb of valuing with an object and a figure "at", "as" or "with" it. A
    verb of valuing without one does not state a value ("placed 40 orders", "listed the homes")."""
    if verb.lemma_.lower() in ("set", "fix") and not any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        # "X set / fixed the number at 5,000": a reckoned amount, not "set the meeting at 9am"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _RECKONED_NOUNS for c in verb.children) and any(
            c.dep_ == "prep" and c.i > verb.i and c.lower_ == "at" and any(_counts(t) for t in c.subtree)
            for c in verb.children)
    return _is_verb_of(verb, _VALUING_VERBS) and not any(c.dep_ in ("neg", "auxpass") for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("at", "as", "with")
            and any(_counts(t) for t in c.subtree)
            for c in verb.children)


#: Verbs that revise a reckoned count ("raised the death toll to 40", "revised its tally up to 90").
_REVISING_VERBS = frozenset("raise increase revise update lift lower".split())
#: Counts one reckons and reports, which a body revises ("the toll", "the tally", "its estimate").
_REPORTED_COUNTS = frozenset("toll tally count estimate figure".split())


def _revises_count(verb: Token, subj: Token) -> bool:
    """ "Officials raised the death toll to 40", "the agency increases the toll from the quake to
    267": one who may speak revising a reckoned count to a figure reports that figure. An event
    that brings a toll up ("new deaths raised the toll to 40") or a deed on a number ("the club
    raised ticket prices to $40") reports nothing."""
    if verb.lemma_.lower() not in _REVISING_VERBS or not _could_speak(subj) or subj.lower_ in ("it", "which", "that"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _REPORTED_COUNTS), None)
    return obj is not None and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(_counts(t) for t in c.subtree)
        for h in (verb, obj) for c in h.children if c.i > obj.i)


#: Papers that are evidence only one by one ("the filing shows", "an email shows"), beside the
#: nouns of evidence; and verbs by which evidence finds a figure, beside those of showing.
_EVIDENCE_PAPERS = frozenset("filing document record email memo ledger ledgers spreadsheet number figure result".split())
_FINDING_VERBS = frozenset("identify uncover".split())
#: What a count or an ad holds as its own: "the tally includes 40 deaths" states them. Only counts
#: and works: what a report, a study or a model includes is how it is made ("the reports include
#: five sections", "the new model includes 64GB of storage"), which the outlet tells.
_HOLDING_VERBS = frozenset({"include"})
_HOLDING_NOUNS = frozenset("tally count total census estimate estimates figures numbers data statistics".split())
#: What a paper does as evidence: it shows or lists, it never "puts" or "gives" ("the number of
#: sales would put them ahead" is no evidence).
_PAPER_VERBS = frozenset("show indicate suggest document detail list identify reveal".split())


def _evidence_cue(verb: Token, subj: Token) -> bool:
    """A poll, study or report as the subject of "show", "give", "find" with a figure after it
    (the subject read as written or by its lemma: "the results show 40 percent", whose lemma
    "result" the word list does not hold; "several" is a figure too: "the report documented
    several cases"); also a paper that shows or lists ("the filing showed $400,000 in payments",
    "an email shows a 12-page list") and a finding verb ("the audit identified 14 accounts")."""
    papers = _word_in(subj, _EVIDENCE_PAPERS) and not _word_in(subj, EVIDENCE_NOUNS | _WORK_NOUNS)
    return ((_word_in(subj, EVIDENCE_NOUNS | _WORK_NOUNS) and _is_verb_of(verb, _EVIDENCE_VERBS | _FINDING_VERBS)
             or papers and _is_verb_of(verb, _PAPER_VERBS)
             or _word_in(subj, _HOLDING_NOUNS | _WORK_NOUNS) and _is_verb_of(verb, _HOLDING_VERBS))
            and _shows_a_figure(verb))


def _shows_a_figure(verb: Token) -> bool:
    """Does a figure stand after a verb of evidence, in what it shows ("showed $400,000", "documented
    several cases": "several" is a figure here; so is a round count in words, "the tens of millions")?"""
    return any(_counts(t) or t.lower_ == "several" for c in verb.children if c.i > verb.i for t in c.subtree)


#: Pronouns that refer back to a paper as the subject of a verb of showing ("It showed $200,000").
_PAPER_PRONOUNS = frozenset("it this".split())
_NOT_ANTECEDENT_ENTS = frozenset("DATE TIME CARDINAL MONEY PERCENT QUANTITY ORDINAL".split())


def _paper_antecedent(verb: Token, subj: Token) -> Token | None:
    """ "The county released a new audit on Monday. It showed $200,000 in missing funds": "it" or
    "this" as the subject of a verb of showing with a figure after it, where the last noun before
    it (in its sentence or the one before; dates and amounts skipped) is a paper, poll or report:
    that noun, which the pronoun stands for, is the source. None for "it" of anything else ("The
    firm hired a chef. It showed a 12% gain")."""
    if subj.lower_ not in _PAPER_PRONOUNS or subj.dep_ != "nsubj" or not _is_verb_of(verb, _PAPER_VERBS):
        return None
    if not _shows_a_figure(verb):
        return None
    start = subj.sent.start
    if not any(t.pos_ in ("NOUN", "PROPN") for t in subj.doc[start:subj.i]) and start > 0:
        start = subj.doc[start - 1].sent.start  # the sentence before
    for t in reversed(subj.doc[start:subj.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or t.ent_type_ in _NOT_ANTECEDENT_ENTS:
            continue
        return t if _word_in(t, EVIDENCE_NOUNS | _EVIDENCE_PAPERS) else None
    return None


def _paper_pronoun_cue(verb: Token, subj: Token, paper: Token, seg: Segment, bounds: tuple[int, int]) -> Cue:
    """The cue of a pronoun standing for a paper (:func:`_paper_antecedent`): named for the paper,
    found at the pronoun."""
    cue = _verb_cue(verb, subj, seg, bounds)
    named = _source(_phrase(paper, (paper.sent.start, paper.sent.end)), verb.text, verb)
    cue.chain = (replace(named, start=subj.idx, end=subj.idx + len(subj.text)),) + cue.chain[1:]
    return cue


def _introduces(verb: Token, span: Span) -> bool:
    """Does this reporting verb introduce a claim (a clause, a quote, a figure object)?"""
    if verb.lemma_.lower() == "put":  # "put the toll at 300", never "put out the fire", "put them ahead"
        return _puts_at_number(verb) or _as_noted(verb)  # "as the coach put it"
    if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "csubjpass"):
        return False  # "taxpayers reporting gains would pay 20%": who they are, not what they say
    if _claims_lives(verb):
        return False  # "the flood claimed 30 lives": a toll taken, nothing said
    if _says_after_relative(verb):
        return True  # "which the maker claims is a 15% gain" (the parse hangs the clause elsewhere)
    if _says_in_relative(verb):
        return True  # "servers that it says use 40% less power": the relative clause is what it says
    if any(c.dep_ in ("ccomp", "parataxis") or c.i > verb.i and _that_clause_as_relative(c) for c in verb.children):
        return True
    if any(c.dep_ == "prt" and c.lower_ in ("up", "off") for c in verb.children):
        return False  # "that adds up to 400", "the team showed off": no saying
    if _as_noted(verb) or _reduced_relative(verb):
        return True  # "As the Herald noted, the firm raised $1m"
    if any(c.dep_ == "xcomp" and any(g.dep_ == "ccomp" for g in c.children) for c in verb.children):
        return True  # "X said legalizing it could create 300 jobs" (the parse hangs the clause lower)
    if _colon_after(verb) or _quote_opens_after(verb):
        return True  # "X said:" and the words said after the colon; "She recalled, “...”"
    if _is_verb_of(verb, _FORECAST_VERBS) and any(
            c.dep_ == "xcomp" and c.i > verb.i and any(_counts(t) for t in c.subtree) for c in verb.children):
        return True  # "X expects to hire 300 nurses": X's forecast
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "X did not comment": nothing was said
    if any(_verb_is(c, "cite") and any(g.dep_ == "ccomp" for g in c.children) for c in verb.children):
        return True  # "X reported, citing Y, that ...": the parse hangs the clause on "citing"
    if _accuses(verb):
        return True  # "prosecutors charged two men with fraud": the accusation is the accuser's claim
    if _finds_share(verb):
        return True  # "the auditors found 40 percent of the grants unspent": a finding, not a deed
    if _is_verb_of(verb, _CLAUSE_ONLY) and _acts_on_figure(verb) or _person_posts_figure(verb) or _posts_bail(verb) \
            or _writes_a_work(verb) or _records_a_feat(verb):
        return False  # "the firm added 300 jobs", "costs would add up to $5m": a deed, not words
    if verb.dep_ in ("parataxis", "ccomp") and verb.i > verb.head.i or _trailing(verb, span):
        return True  # "..., he added." / "“...,” the official said."
    if _reports_doing(verb):
        return True  # "X reported raising $9 million": what X states of its own doing
    if verb.lemma_.lower() == "put":
        return _puts_at_number(verb)
    if _verb_is(verb, "point") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_counts(t) for t in c.subtree)
            and not any(g.dep_ == "nummod" for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")
                        for g in o.children)
            for c in verb.children):
        return True  # "X pointed to the 40% rise": the evidence X points to (not "to 40 invoices")
    if _tells_about_figure(verb):
        return True  # "X boasted of raising $25 million", "complained about 40 delays"
    if _is_verb_of(verb, _CLAUSE_ONLY):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _OWNED_NOUNS for c in verb.children) and any(
            c.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(_counts(t) for t in c.subtree) for c in verb.children):
        return True  # "X announced plans to give $15m" (the parse may hang the plan's verb on X's)
    # "X reported 30 deaths", "X put losses at 500"
    return any(c.dep_ in ("dobj", "attr", "prep") and any(
        t.like_num or t.lower_ in ("dozens", "hundreds", "thousands") for t in c.subtree)
        for c in verb.children)


#: The objects of "claim" in the sense of taking lives ("the storm claimed 12 lives").
_LIVES_TAKEN = frozenset("life lives victim victims".split())


def _claims_lives(verb: Token) -> bool:
    """ "The fire claimed at least 12 lives", "a crash that claimed two victims": "claim" whose
    object is lives or victims tells a toll, not a claim ("she claimed 12 votes were lost" and
    "he claimed 40 lives were saved" say something: their clause has a verb of its own)."""
    return _verb_is(verb, "claim") and any(
        c.dep_ == "dobj" and c.lower_ in _LIVES_TAKEN for c in verb.children) and not any(
        c.dep_ in ("ccomp", "parataxis") for c in verb.children)


#: Verbs of telling that state what they tell of or about ("boasted of raising $25m").
_TELLING_ABOUT = frozenset("boast brag complain joke quip remark recount".split())


#: What a side or a player achieves in play, the object of "record" or "post" as a deed ("the club
#: recorded its sixth straight win", "she recorded 12 rebounds", "he posted 29 points"), not a
#: count a recorder states.
_FEATS_OF_PLAY = frozenset("win wins victory victories draw draws shutout shutouts goal goals sack sacks assist assists "
                           "rebound rebounds save saves strikeout strikeouts touchdown touchdowns birdie birdies "
                           "hat-trick triple-double double-double interception interceptions point points "
                           "yard yards mark".split())


def _records_a_feat(verb: Token) -> bool:
    """Is "record" or "post" done in play: its object a feat ("the Colts recorded their sixth win",
    "she recorded 12 rebounds", "the guard posted a season-best 31 points", "he recorded a mark of
    12-4"), a deed of its subject, not words ("the ministry recorded 40 cases", "the firm posted a
    $4m loss")? A clause or a quotation after it is still saying."""
    if _verb_lemma(verb) not in ("record", "post") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _POLL_NOUNS for c in verb.children):
        return False  # "the survey recorded 12 points of support": a poll's finding
    return any(  # (a broken compound may leave the noun loose: "dep")
        c.dep_ in ("dobj", "dep") and c.i > verb.i and c.lower_ in _FEATS_OF_PLAY for c in verb.children)


def _finds_share(verb: Token) -> bool:
    """ "The auditors combed the books and found 40 percent of the grants unspent": "find" with a
    share after it (its object or what the parse hung there) is a finding its subject reports, as
    a study's is. A count found is a deed ("the divers found 300 coins")."""
    return verb.lemma_.lower() == "find" and any(
        c.dep_ in ("dobj", "attr", "ccomp", "xcomp") and c.i > verb.i and any(
            t.lower_ in _SHARE_HEADS for t in c.subtree) for c in verb.children)


def _tells_about_figure(verb: Token) -> bool:
    """Does a verb of boasting or complaining tell "of" or "about" something with a figure?"""
    return _verb_lemma(verb) in _TELLING_ABOUT and any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("of", "about") and any(_counts(t) for t in c.subtree)
        for c in verb.children)


#: Verbs that tell of something only with "of", "about" or "up" and a thing told ("reminded voters
#: of the nine years", "talked up her 30-county plan"), not among the verbs of saying.
_TALKING_OF = frozenset("remind talk".split())
#: Verbs of asking that tell what they ask "about" ("asked the mayor about the 40 closed clinics").
_ASKING_ABOUT = frozenset({"ask"})


def _talking_of_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "He reminded voters of the nine years his family farmed there", "she talked proudly of her two
    sons", "the mayor talked up her 30-county plan": what one reminds others of or talks of, up or
    about, a figure in it, is the subject's telling; so is what one asks "about" ("the host asked
    the mayor about the 40 closed clinics": the host tells of them). "The talks went on for two
    days", "she talked with 40 farmers" (no "of", "about", "up"), "she was asked about the 40
    clinics" (the asker unnamed) tell nothing."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in _TALKING_OF | _ASKING_ABOUT or any(c.dep_ == "neg" for c in tok.children):
        return None
    asking = lemma in _ASKING_ABOUT
    if asking and _passive(tok):
        return None
    told = [c for c in tok.children if c.i > tok.i and (
        c.dep_ == "prep" and c.lower_ in (("about",) if asking else ("of", "about"))
        or c.dep_ == "prt" and c.lower_ == "up" and lemma == "talk")]
    if lemma in ("remind", "ask"):  # "reminded voters of ...", "asked her about ...": hung on the listener
        told += [g for o in tok.children if o.dep_ in ("dobj", "dative") for g in o.children
                 if g.dep_ == "prep" and g.lower_ == ("of" if lemma == "remind" else "about")]
    if not told:
        return None
    things = [t for c in told for t in c.subtree]
    if any(c.dep_ == "prt" for c in told):
        things += [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
    if not any(_counts(t) for t in things):
        return None
    subj = _subject(tok, seg.span)
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("i", "we", "you", "it"):
        return None
    return _verb_cue(tok, subj, seg, bounds)


def _acts_on_figure(verb: Token) -> bool:
    """Does a verb that reports only through a clause take a figure as its own object ("added
    300 jobs", "would add up to $5m", "noted 40 cases")? Then it is doing, not saying."""
    if _verb_is(verb, "point") or _is_verb_of(verb, _EVIDENCE_VERBS | _JUDGING_VERBS | _ACCUSING_VERBS):
        return False  # "pointed to a 40% rise", "a poll showing her 3 points ahead", "charged two
        # men with fraud": evidence, judgements and charges read their objects by their own rules
    return any(c.i > verb.i and (c.dep_ in ("dobj", "attr")
                                 or c.dep_ in ("prep", "prt") and c.lower_ in ("to", "up", "by"))
               and any(_counts(t) and not _in_clause_below(t, c) for t in c.subtree) for c in verb.children)


#: Things one posts that carry words: posting them is saying.
_POSTED_TEXTS = frozenset("""message messages statement note update comment comments tweet tweets post
    posts letter thread video clip""".split())


def _person_posts_figure(verb: Token) -> bool:
    """ "She posted a 12.5 rating", "he posted 40 photos": a person posting a figure as its
    object scored it or put things up; they said nothing. A body posting results ("the firm
    posted a $4m loss") reports them, and a clause or a text posted ("posted a message that ...")
    is saying."""
    if verb.lemma_.lower() != "post" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i")
                            or subj.pos_ == "PROPN" and not subj.ent_type_ and _known_as_person(subj)):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lemma_.lower() not in _POSTED_TEXTS for o in objs) \
        and _acts_on_figure(verb)


def _writes_a_work(verb: Token) -> bool:
    """ "He wrote five books", "she had written a cycle of four plays", "wrote a $500 check": "write"
    with a thing written as its object, the figure in that object (not in a clause below it: "wrote a
    note saying 40 ..."), is a deed; whoever tells of it says the figure. "She wrote that 40 homes
    flooded", "she wrote 40 homes flooded" (a clause) is saying; so is "I wrote 250 reviews": who
    tells of the deed did it (the writer, the quotation's speaker)."""
    if _verb_lemma(verb) != "write" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    doer = verb.head if verb.dep_ == "xcomp" else verb  # "I could keep writing hundreds of tips"
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in (*verb.children, *doer.children)):
        return False
    return any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
               and any(_counts(t) and not _in_clause_below(t, c) for t in c.subtree) for c in verb.children)


#: What one posts to be let go or to secure a deal: posting it pays, it tells nothing.
_POSTED_PLEDGES = frozenset("bail bond bonds collateral".split())


def _posts_bail(verb: Token) -> bool:
    """ "each must post $500 bond", "she posted $2,000 bail": posting bail or a bond (a sum of
    money as the object) is paying it, not saying anything, whoever the subject."""
    if verb.lemma_.lower() != "post" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in _POSTED_PLEDGES or c.tag_ == "$")
               for c in verb.children)


def _in_clause_below(tok: Token, top: Token) -> bool:
    """Does ``tok`` stand in a clause hanging below ``top`` ("the bill, which cut $5m")?"""
    for t in [tok, *_ancestors(tok)]:
        if t.i == top.i:
            return False
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
    return False


#: Reporting verbs whose object is the one accused ("charged two men with fraud"): an object
#: with a figure does not make them a deed.
_ACCUSING_VERBS = frozenset({"charge"})


def _accuses(verb: Token) -> bool:
    """Does the verb accuse someone of something ("charged two men with fraud")? What the
    accusation tells, the accused included, is the accuser's claim; "charges $30 a month" is
    a price."""
    return _is_verb_of(verb, _ACCUSING_VERBS) and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i for c in verb.children)

#: Reporting verbs that never take what their subject did as a gerund ("the firm continued
#: adding jobs": nothing is reported).
_NOT_GERUND_REPORTS = frozenset({"continue"})


def _reports_doing(verb: Token) -> bool:
    """ "X reported raising $9 million", "she admitted taking $5,000": a reporting verb whose
    complement is a gerund that holds a figure tells what its subject states of its own deeds."""
    return _verb_lemma(verb) not in _NOT_GERUND_REPORTS and any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i and any(_counts(t) for t in c.subtree)
        for c in verb.children)


def _reduced_relative(verb: Token) -> Token | None:
    """ "Several outlets reported on Monday the agency had 40 staff": the parse read "reported"
    as a clause on "outlets" (as in "the outlets reported on Monday were ..."), leaving the
    sentence's verb with two subjects. Returns the noun that is the speaker, or None."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "nsubj" or head.i > verb.i:
        return None
    main = head.head
    if any(c.dep_ in ("dobj", "ccomp", "agent") for c in verb.children):
        return None
    return head if any(c.dep_ == "nsubj" and c.i > verb.i for c in main.children) else None


def _as_noted(verb: Token) -> bool:
    """ "As X noted, ...", "as X reported": a clause of saying opened by "as", with no object of
    its own, tells the clause it hangs on."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and (not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or _as_put_it(verb))


def _as_put_it(verb: Token) -> bool:
    """ "As the coach put it, ...": "put it" with a subject, in a clause opened by "as", is a way
    of saying (:func:`_as_noted`)."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("prep", "prt") or c.lower_ in _PLACING_ADVERBS for c in verb.children)


#: Adverbs of putting a thing somewhere ("as crews put it back"): a deed, not a way of saying.
_PLACING_ADVERBS = frozenset("back together away down up out off on in aside forward".split())


def _opens_sentence_as(verb: Token, seg: Segment) -> bool:
    """ "As a state survey noted, A was 58; B was 41.": an "as X noted" that opens the sentence
    tells all of it, also the clauses the parse hangs elsewhere."""
    first = _first_word(seg)
    return first >= 0 and verb.doc[first].lower_ == "as" and verb.doc[first].head.i == verb.i


def _colon_after_object(verb: Token) -> bool:
    """ "X issued a statement:", "X made the following comment:": the verb's object is a noun
    of saying and the sentence goes on after a colon right after it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SAYING_NOUNS), None)
    if obj is None or any(t.like_num for t in obj.lefts):
        return False  # "made three comments: ..." counts comments, it does not quote one
    doc = verb.doc
    # the colon ends the object's phrase, or the parse hangs it on the object
    return any(t.text == ":" for t in doc[obj.i + 1:min(obj.right_edge.i + 2, len(doc))]
               if t.i == obj.right_edge.i + 1 or t.head.i == obj.i)


#: Verbs that tell how something was said with "it" as their object ("X put it bluntly", "X worded it").
_PUT_IT_VERBS = frozenset("put word phrase".split())


def _says_it_thus(verb: Token) -> bool:
    """ "X put it bluntly: “...”", "X phrased it with care: “...”", "X had this to say on
    the plan: “...”": a verb that tells the manner of saying, with "it" (or "this ... to say") as its
    object, then a colon that closes its clause and a quotation right after: the quotation is the
    subject's words. Not a thing put somewhere ("put it on the list: ...") nor a colon before no
    quotation ("had this to sell: 40 trucks")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if _is_verb_of(verb, _PUT_IT_VERBS):
        if not any(o.lower_ == "it" for o in objs) or any(c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("on", "in", "into", "to")
                                                           for c in verb.children):
            return False
    elif lemma == "have":
        if not any(o.lower_ in ("this", "that", "much", "little", "plenty") and any(
                t.lemma_.lower() == "say" and any(a.lower_ == "to" for a in t.children) for t in o.subtree)
                for o in objs) and not any(c.lemma_.lower() == "say" and c.dep_ in ("xcomp", "advcl")
                                           for c in verb.children):
            return False
    else:
        return False
    doc, sent = verb.doc, verb.sent
    colon = next((t for t in doc[verb.i + 1:sent.end] if t.text == ":"), None)
    if colon is None or any(verb not in _ancestors(t) for t in doc[verb.i + 1:colon.i] if not t.is_punct):
        return False
    after = next((t for t in doc[colon.i + 1:min(colon.i + 3, len(doc))] if not t.is_space), None)
    return after is not None and after.text in ("“", "\"", "''", "«")


def _intends_figure(verb: Token) -> bool:
    """Does a verb of intending take a figure in its object or in the verb it governs ("proposed
    500 homes", "wants to hire 300 nurses", "called for a 15 percent rate")?"""
    deps = ("dobj", "xcomp", "ccomp", "prep", "advcl") if _calls_for(verb) else ("dobj", "xcomp", "ccomp")
    if _is_verb_of(verb, _DECISION_VERBS | _PROPOSING_VERBS):
        deps = ("xcomp", "ccomp")  # "agreed to lend $5 million", never "chose 3 players"
    elif _figure_beside_object(verb) or _promised_clause(verb):
        return True
    glued = _is_verb_of(verb, _PROMISING_VERBS)  # ("promised to deliver 60fps")
    return any(c.dep_ in deps and any(_counts(t) or glued and _figure_word(t) for t in c.subtree)
               for c in verb.children if c.i > verb.i and (c.dep_ != "prep" or c.lower_ == "for")
               and (c.dep_ != "advcl" or _for_to_clause(c, verb)))


def _promised_clause(verb: Token) -> bool:
    """ "The maker promised buyers would play at 60fps", "she vowed the line would carry 3,000 a
    day": a verb of promising with a clause of its own (the parse may take the clause's subject
    for the verb's object) is its subject's claim
    of what will be, whatever the figure in that clause looks like (a number glued to its unit is
    no number to the tagger). "Promised to cut 300 posts" (no clause) is read as an intent."""
    if not _is_verb_of(verb, _PROMISING_VERBS):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(_figure_word(t) for t in c.subtree) for c in verb.children)


def _promise_read_as_subject(verb: Token) -> Token | None:
    """ "The seller promised customers would get refunds of $50", "the maker promised players
    would be able to run it at 60fps": the parse may read a past verb of promising that has a
    subject of its own as the subject of the clause it takes (or as a word of that clause's
    subject). Returns the verb of the clause promised, or None."""
    if not _is_verb_of(verb, _PROMISING_VERBS) or verb.tag_ != "VBD" \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if verb.dep_ == "csubj" and verb.head.i > verb.i:
        return verb.head
    if verb.dep_ == "amod" and verb.head.i == verb.i + 1 and verb.head.dep_ in ("nsubj", "nsubjpass") \
            and verb.head.head.i > verb.i:
        return verb.head.head
    return None


def _figure_word(tok: Token) -> bool:
    """A number, a word of one ("dozens") or a number glued to its unit ("60fps", "5kg"), which
    the tagger does not take for a number."""
    return _counts(tok) or tok.text[:1].isdigit()


def _figure_beside_object(verb: Token) -> bool:
    """ "The carmaker is promising room for six", "the union wants raises of 5 percent": the parse
    hangs the phrase that completes the object on the verb itself; a phrase set right after the
    object and holding a number is still what is promised or wanted."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return False
    return any(c.dep_ == "prep" and c.i == obj.right_edge.i + 1 and c.lower_ in ("for", "of", "with")
               and any(t.like_num or t.pos_ == "NUM" for t in c.subtree)
               for c in verb.children)


def _calls_for(verb: Token) -> bool:
    """ "X called for ...": a verb of intending made of "call" and "for", also with a clause
    ("called for the wage to be raised to $15", which the parse opens with "for")."""
    return _verb_is(verb, "call") and any(
        c.dep_ == "prep" and c.lower_ == "for"
        or c.dep_ in ("advcl", "ccomp") and c.i > verb.i and _for_to_clause(c, verb)
        for c in verb.children)


def _for_to_clause(clause: Token, verb: Token) -> bool:
    """ "(called) for the wage to be raised": an infinitive opened by "for" right after ``verb``."""
    return any(g.dep_ == "mark" and g.lower_ == "for" and g.i == verb.i + 1 for g in clause.children) \
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)


#: Verbs of asking or pressing for something: what they ask for is their subject's demand.
_ASKING_VERBS = frozenset("ask push press lobby appeal petition clamor clamour".split())


def _passive(verb: Token) -> bool:
    """Is ``verb`` passive ("was asked", "were backed")?"""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _infinitive(clause: Token) -> bool:
    """Is ``clause`` a verb with its "to" ("to hire 40 nurses")?"""
    return clause.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children)


def _asks_for(verb: Token) -> bool:
    """ "The council asked for $4 million", "the union pushed for a 12-week leave", "she pressed the
    board to hire 40 nurses": a verb of asking with a figure in what is asked for ("for" and its
    object, or an infinitive after the one asked, who may speak) states its subject's demand.
    Not the one asked ("the clerk was asked for 30 files"), nor a reason ("pressed for time with
    3 days left" has no figure after "for")."""
    if verb.pos_ != "VERB" or not _is_verb_of(verb, _ASKING_VERBS) or _passive(verb):
        return False
    asked = any(c.dep_ == "dobj" and _could_speak(c) for c in verb.children)  # (never "pushed the cart to ...")
    return any(c.i > verb.i and any(_counts(t) for t in c.subtree) and (
        c.dep_ == "prep" and c.lower_ == "for" or asked and c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c))
        for c in verb.children)


#: Verbs of backing a course: the figures of the course backed are their subject's position.
_BACKING_VERBS = frozenset("support back endorse favor favour embrace champion advocate".split())
#: Nouns of a course one may back ("a $15 minimum wage", "a 5 percent cut", "a $2 billion bond").
_COURSE_NOUNS = frozenset("wage increase hike cut raise ban tax cap limit bond package".split())


def _figure_of_phrase(head: Token) -> bool:
    """Does the phrase of ``head`` hold a figure of its own, not one in a clause told of it ("a
    plan, which the bureau claims will cost 300 jobs": the bureau's)?"""
    for t in head.subtree:
        if not _counts(t):
            continue
        up = t
        while up.i != head.i and up.dep_ not in ("relcl", "acl"):
            up = up.head
        if up.i == head.i:
            return True
    return False


def _backs_course(verb: Token) -> bool:
    """ "Ruiz supports raising the state wage to $14", "the board backed cutting the rate to 3
    percent", "she endorsed freeing all 2,000 delegates", "he backs a $15 minimum wage": a verb
    of backing whose object is a course (a gerund, an infinitive, a plan, a measure) with a
    figure states its subject's position. Never a thing kept up ("the plant supports 3,000
    jobs", "the fund backs 40 startups") nor a rival backed ("voters back him by 20 points")."""
    if verb.pos_ != "VERB" or not _is_verb_of(verb, _BACKING_VERBS) or _passive(verb):
        return False
    for c in verb.children:
        if c.i < verb.i or c.dep_ not in ("dobj", "xcomp", "ccomp") or not _figure_of_phrase(c):
            continue
        if c.tag_ == "VBG" or _infinitive(c):
            return True
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and _word_in(c, _COURSE_NOUNS | _RULE_NOUNS | _INTENT_NOUNS):
            return True
    return False


#: Verbs by which a body puts out a text, and the texts whose count is then its own ("the agency
#: released 5,500 pages of emails", "the campaign unveiled a list of 85 mayors").
_PUBLISHING_VERBS = frozenset("release unveil publish issue".split())
_PUBLISHED_TEXTS = frozenset("list page document email record name roster tally count".split())


def _publishes_count(verb: Token) -> bool:
    """ "The campaign unveiled a list of 85 mayors", "the agency released 5,500 more pages of
    emails": a text put out by the subject, counted in the object, is the subject's count. Not
    what is freed or sold ("the jail released 300 inmates", "the studio released 12 films")."""
    if verb.pos_ != "VERB" or not _is_verb_of(verb, _PUBLISHING_VERBS) or _passive(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and _word_in(obj, _PUBLISHED_TEXTS) and any(_counts(t) for t in obj.subtree)


#: Verbs that with "back" say in answer ("fired back that ...", "shot back that ...", "hit back that ...").
_ANSWERING_BACK_VERBS = frozenset("fire shoot hit strike snap".split())


def _answers_back(verb: Token) -> bool:
    """ "Lee fired back that voters had elected her twice": a verb of answering back with a
    clause of its own says that clause. Not a shot fired back ("fired back 3 rounds") nor a
    hit back with no clause."""
    return verb.pos_ == "VERB" and _is_verb_of(verb, _ANSWERING_BACK_VERBS) \
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children) \
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _intent_verb(verb: Token) -> bool:
    """A verb of intending or of deciding ("proposed", "wants", "called for", "agreed to")."""
    return verb.pos_ == "VERB" and (_is_verb_of(verb, _INTENT_VERBS | _DECISION_VERBS | _PROPOSING_VERBS)
                                    or _calls_for(verb))


def _colon_after(verb: Token) -> bool:
    """Is the verb followed by a colon, after at most its particle and a few adverbs ("X said:",
    "X then pointed out:", "X told reporters on Monday:", "X replied, after a pause:")?"""
    doc = verb.doc
    for t in doc[verb.i + 1:min(verb.i + 8, len(doc))]:
        if t.text == ":":
            return True
        if t.text == "," and t.head.i == verb.i:
            continue  # "X replied, after a pause:"
        if t.is_space or t.is_punct or not any(a.i == verb.i for a in _ancestors(t)[:3]):
            return False
    return False


def _quote_opens_after(verb: Token) -> bool:
    """ "She recalled, “We hid.”": a comma or a colon right after the verb, then a quotation
    that opens (the parse may hang the verb inside it). A quotation after anything else ("She
    recalled the “long nights”") is no telling."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text not in (",", ":"):
        return False
    mark = doc[verb.i + 2]
    return mark.text in ("“", "«") or mark.text in ('"', "''") and bool(doc[verb.i + 1].whitespace_) \
        and not mark.whitespace_


def _ends_with_colon(seg: Segment) -> bool:
    last = next((t for t in reversed(seg.span) if not t.is_space), None)
    return last is not None and last.text == ":"


def _shared_subject(verb: Token, span: Span) -> Token | None:
    """The subject a reporting verb without its own takes from the verb it hangs on.

    "Ukraine launched its push and at its height claimed 1,300 km2" (a coordinated verb);
    "The mayor criticised the agency, saying it could not review 90,000 invoices" (a participle).
    """
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or _verb_is(verb, "cite"):
        return None
    if _passive(verb):
        return None  # "... and game seven was confirmed": what is confirmed is not who confirms
    misread = _clause_misread(verb) if verb.dep_ == "conj" else None
    if misread is not None:
        return misread
    teller = _teller_going_on(verb)
    if teller is not None:
        return _subject(teller, span)
    if verb.dep_ == "conj" or (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.i > head.i):
        subj = _subject(head, span)
        if subj is not None and verb.tag_ == "VBG":
            return _teller_of_thing(head, subj, span) or _speaker_above_thing(verb, head, subj, span) or subj
        return subj
    return None


def _speaker_above_thing(verb: Token, head: Token, subj: Token, span: Span) -> Token | None:
    """ "Lee denied the idea that a reshuffle lies ahead, explaining that ...": a participle of
    saying after a comma that the parse hung on a clause whose subject is a thing that cannot
    speak ("a reshuffle") is said by the subject of the verb that clause hangs on (Lee), the first
    above it that can speak; None when there is none."""
    if _could_speak(subj) or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for up in _ancestors(head):
        if up.pos_ not in ("VERB", "AUX"):
            continue
        higher = _subject(up, span)
        if higher is not None and _could_speak(higher) and higher.i < verb.i:
            return higher
    return None


def _teller_of_thing(head: Token, subj: Token, span: Span) -> Token | None:
    """ "Lee said the figures she saw were starker, showing rivals outspending them 5-1", "Lee hopes
    the visit could help the town, pointing to a $2 million sale": a participle closing a
    clause someone says or hopes, whose own clause has a thing for its subject (the figures, the
    visit), goes on with that someone: a thing shows or points to nothing of its own there. The
    one who says or hopes (a name, a pronoun or a role), or None. Not a person or a body in the
    clause ("X said the mayor wrote back, saying ..."): they go on themselves."""
    if subj.pos_ != "NOUN" or _named(subj) or head.dep_ != "ccomp":
        return None
    outer = _subject(head.head, span)
    if outer is None or not (outer.pos_ in ("PROPN", "PRON") or _named(outer)):
        return None
    return outer


def _teller_going_on(verb: Token) -> Token | None:
    """ "The mayor said 30 homes burned and added that 12 people were hurt": a verb of saying with
    a clause of its own, joined to the clause another verb of saying takes, goes on from that
    verb (the parse joins it to the clause said); the outer verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or not any(c.dep_ == "ccomp" for c in verb.children) \
            or _is_verb_of(head, REPORTING_VERBS):
        return None  # "X said Y admitted A and denied B": Y denied
    outer = head.head
    return outer if outer.i < head.i and _is_verb_of(outer, REPORTING_VERBS) and _is_verb_of(verb, REPORTING_VERBS) \
        else None


#: Words that open a clause of time or cause, which the parse may read as a preposition.
_CLAUSE_OPENERS = frozenset("as while after when because since".split())


def _clause_misread(verb: Token) -> Token | None:
    """ "The hearing opened as a new survey showed Lee ahead": a clause opened by "as", "while"
    ... whose subject the parse took for the object of a preposition, and its verb for one
    coordinated with the sentence's: that noun, right before the verb, is the verb's subject."""
    if verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in _CLAUSE_OPENERS \
            and noun.head.i < noun.i and noun.head.head.i == verb.head.i:
        return noun
    return None


def _purpose_subject(verb: Token, span: Span) -> Token | None:
    """ "X held a briefing to announce that ...", "X went on television to say that ...": an
    infinitive of saying that takes a clause, set as the purpose of a verb (or of its object),
    is said by that verb's subject. Not when the verb has someone else to do it ("asked Y to
    say"): an infinitive as a complement only when its verb takes no object."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.tag_ != "VB" \
            or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and head.i < verb.i:
        if verb.dep_ == "relcl" and _could_speak(head):
            return None  # "needs a coach to say that ...": the coach would say it (read as a relative clause)
        head = head.head  # "held a briefing to brag that ..." (the parse may read it as a relative clause)
    elif verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    if head.pos_ != "VERB" or head.i > verb.i or any(c.dep_ == "neg" for c in head.children) \
            or head.lemma_.lower() in ("refuse", "decline", "fail"):
        return None  # "X declined to say that ...": nothing said
    return _subject(head, span)


def _subject_by_doing(verb: Token, span: Span) -> Token | None:
    """ "X rallied crowds by promising 35% tariffs", "after vowing to cut 300 posts, X ...": a
    gerund after a preposition on a verb takes that verb's subject."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.dep_ == "prep" and head.i < verb.i \
            and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head, span)
    return None


#: Prepositions before a gerund of saying that tell no saying of the verb's subject ("left
#: without saying that ...", "instead of announcing ...", "quoted Lee as saying ...": Lee's).
_NOT_SAYING_PREPS = frozenset("without instead as".split())


def _saying_by_doing(verb: Token, span: Span) -> Token | None:
    """ "The bank ended its meeting by announcing that it would buy $5 billion", "She opened her
    speech by saying that 3,000 jobs were lost": a gerund of saying after "by" (or "after",
    "in") on a verb is said by that verb's subject, or by the subject of the verb it completes
    ("She hopes to win votes by saying that ...": she); not after "without" or "instead of",
    nor when that verb is denied ("did not end it by saying ..."), nor by a relative pronoun
    ("voters who left the party by saying ...": the parse may hang the gerund there wrongly)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or head.dep_ != "prep" or head.i > verb.i \
            or head.lower_ in _NOT_SAYING_PREPS \
            or head.i > 0 and verb.doc[head.i - 1].lower_ in _NOT_SAYING_PREPS:
        return None
    doer = head.head
    while doer.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in doer.children):
        subj = _subject(doer, span)
        if subj is not None:
            return None if subj.tag_ in ("WDT", "WP") or doer.dep_ == "relcl" else subj
        if doer.dep_ != "xcomp":
            return None
        doer = doer.head
    return None


def _paper_showing(verb: Token, span: Span) -> Token | None:
    """ "documents showing the firm paid $2 million", "a poll indicating 40 percent back the
    plan": a participle of showing hung on a paper or a poll (a noun :func:`_evidence_cue` takes as
    a subject of that verb) has that noun as its subject. Not a participle on anything else
    ("the crowd showing 40 signs"), nor one before its noun."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or head.i > verb.i or head.pos_ not in ("NOUN", "PROPN") \
            or not head.i >= span.start:
        return None
    return head if _evidence_cue(verb, head) else None


def _misparsed_subject(verb: Token, span: Span) -> Token | None:
    """The subject the parse took for the sentence's head: "A state poll found last week that
    ..." parsed as a noun (the whole sentence's head) with a clause hanging on it, the verb
    taking a "that" clause of its own."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and head.dep_ == "ROOT" \
            and head.pos_ in ("NOUN", "PROPN") and head.i >= span.start and head.i < verb.i \
            and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                    for c in verb.children):
        return head
    return None


#: Heads of a subject that is a share of the people asked ("75% say", "forty percent of
#: residents said"): what a poll or survey found, not someone speaking.
_SHARE_HEADS = frozenset({"%", "percent", "pct", "cent", "percentage"})


def _share_of_respondents(subj: Token) -> bool:
    """True when the subject of a saying verb is a percentage of people, or a count out of
    every so many of them ("six in 10 voters say", "one in five said"): the figure is a
    finding of whatever asked them (the poll, the survey), told by the enclosing cue."""
    return _word_in(subj, _SHARE_HEADS) or _ratio_of_people(subj)


def _ratio_of_people(subj: Token) -> bool:
    """ "six in 10 voters", "one in five", "3 out of 4 parents": a subject that opens with a
    count out of every so many, the way a poll gives a share of those it asked. "in" or "out of"
    stands between two numbers before the subject's head or at it; "six voters in 10 towns"
    or "10 in the group" are no such share."""
    doc = subj.doc
    start = subj.left_edge.i
    for t in doc[start:subj.i + 1]:
        if t.lower_ not in ("in", "of") or t.i == start or t.i + 1 >= len(doc):
            continue
        before = doc[t.i - 1]
        if t.lower_ == "of":
            if before.lower_ != "out" or before.i == start:
                continue
            before = doc[before.i - 1]
        if before.like_num and doc[t.i + 1].like_num:
            return True
    return False


def _relative_subject(verb: Token, subj: Token) -> bool:
    """ "a mayor who pledged to hire 300 officers": a relative pronoun that is the subject of a
    relative clause on a noun stands for that noun (a ``relcl`` verb, a ``WP``/``WDT`` subject)."""
    return subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")


def _verb_cue(tok: Token, subj: Token, seg: Segment, bounds: tuple[int, int]) -> Cue:
    relative = None
    if _relative_subject(tok, subj):
        relative, subj = subj, tok.head  # "donors, who said ...": the noun the pronoun follows
    agent = _by_agent(subj) or _sender_of(subj)
    if agent is not None:  # "a 2019 estimate by the budget office projected ...": the office
        subj = agent
    np = _phrase(subj, bounds)
    opening = _after_dash(np, subj)
    if opening > np.start:  # "a costly - some say reckless - promise": "some" says it
        np = np.doc[opening:np.end]
    chain: list[Source] = [_source(np, tok.text, tok)]
    if relative is not None:  # named for the noun, found at the pronoun
        chain[0] = replace(chain[0], start=relative.idx, end=relative.idx + len(relative.text))
    doc = tok.doc
    near = [c for c in tok.children if c.i > tok.i and _verb_is(c, "cite") and c.tag_ == "VBG"]
    for c in near + list(doc[tok.i + 1:min(tok.i + 4, bounds[1])]):
        # "X reported (on Monday), citing Y" (the parse hangs "citing" in several places)
        if _verb_is(c, "cite") and c.tag_ == "VBG":
            objs = [o for o in c.children if o.dep_ in ("dobj", "pobj")]
            if objs:
                chain.insert(0, _source(_phrase(objs[0], bounds), "citing", c))
            break
    quoted = _quoted_as_saying(tok)
    if quoted is not None:  # "the paper quoted X as saying ...": X is the speaker it passes on
        chain.insert(0, _source(_phrase(quoted, bounds), "as saying", tok))
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "reference" for g in c.children):
            for g in c.subtree:
                if g.dep_ == "pobj" and g.head.lower_ == "to":
                    chain.insert(0, _source(_phrase(g, bounds), "with reference to", c))
                    break
    if tok.lemma_.lower() == "tell":
        # "X told Reuters": the outlet passed it on
        dobj = next((c for c in tok.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN")), None)
        if dobj is not None and _told_outlet(_phrase(dobj, bounds)):
            told = _source(_phrase(dobj, bounds), "told", tok)
            chain.append(replace(told, kind="media"))
    if len(chain) > 1 and chain[0].cue == "citing":
        chain[-1] = _citing_outlet(chain[-1], tok)
    mention = relative if relative is not None else subj
    end = mention.right_edge.i + 1
    if mention.i < tok.i:  # a subject before its verb ends before it (even when misparsed as its head)
        end = min(end, tok.i)
    start = max(mention.left_edge.i, opening if relative is None else 0)
    described = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < mention.i), None)
    if described is not None and _name_beside(described, mention):
        start = described.left_edge.i  # "A nurse backing the union, Maria Costa, said": both phrases
    excl = (max(start, bounds[0]), end)
    return Cue(tuple(chain), tok, excl, "verb", seg.index, tok)


#: Dashes that stand between words only as a break, never inside a compound ("front-runner").
_BREAK_DASHES = frozenset({"—", "–", "--"})


def _after_dash(np: Span, head: Token) -> int:
    """Where a subject's phrase opens when a dash set off by spaces (or a long dash) stands
    before its head: right after the last such dash. "a costly - some say reckless -
    promise" makes "a costly -" part of "some" in the parse, yet the speaker is "some" and
    what they say stands between the dashes; "the front-runner Ann Lee said" keeps its hyphen.
    The phrase's own start when there is none."""
    doc = np.doc
    start = np.start
    for k in range(np.start, min(head.i, np.end)):
        t = doc[k]
        spaced = k > 0 and bool(doc[k - 1].whitespace_) and bool(t.whitespace_)
        if t.text in _BREAK_DASHES or t.text == "-" and spaced:
            start = k + 1
    return start


def _quoted_as_saying(verb: Token) -> Token | None:
    """The object of "quoted X as saying", "reported X as writing": the speaker passed on."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if obj is None:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                g.tag_ == "VBG" and _is_verb_of(g, REPORTING_VERBS) for g in c.children):
            return obj
    return None


def _told_outlet(span: Span) -> bool:
    """The listener of "told": an outlet when its name says so, or when it is a named organisation
    that is not a government body ("told Reuters", "told the Valley Courier"; not "told Congress")."""
    if source_kind(span) == "media":
        return True
    ents = {e.label_ for e in span_ents(span)}
    return ents == {"ORG"} and span.root.pos_ == "PROPN" and not _GOV_WORDS.search(span.text)


def _citing_outlet(src: Source, verb: Token) -> Source:
    """The subject of "reported, citing Y" is an outlet when it is a named organisation: an outlet
    passes on what others told it ("the Evening Post reported, citing experts")."""
    if src.kind == "organisation" and _is_verb_of(verb, _MEDIA_CITING) and src.name[:1].isupper():
        return replace(src, kind="media")
    return src


_NP_POS = frozenset("DET PROPN NOUN ADJ NUM PRON PART".split())


def _trailing_cue(seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """A cue at the end of a sentence that the parse missed: ", the New York Times reported on Nov. 10."."""
    toks = [t for t in seg.span if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    commas = [k for k, t in enumerate(toks) if t.text in (",", "”", '"')]
    if not commas:
        return None
    k = commas[-1] + 1
    while k < len(toks) and toks[k].is_punct:
        k += 1
    if len(commas) > 1 and k < len(toks) and _verb_is(toks[k], "cite") and toks[k].tag_ == "VBG":
        # "..., The New York Times reported on Sunday, citing American officials."
        k = commas[-2] + 1
        while k < len(toks) and toks[k].is_punct:
            k += 1
    rest = toks[k:]
    # NP + verb + adjuncts, or verb + NP ("said the ministry")
    for j, t in enumerate(rest):
        if _noun_before_verb(t, rest[j + 1:]):
            continue  # "..., election commission records show.": "records" names, "show" tells
        if _is_verb_of(t, REPORTING_VERBS) and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
                or j == len(rest) - 1 and _closing_verb_as_noun(rest):
            np_toks = rest[:j]
            after = rest[j + 1:]
            if _passive_by(t, after):
                return None  # '... the "rider" clauses added by the mayor': done to them, no tag
            if not np_toks and after and not _tells_listener(t) and all(x.pos_ in _NP_POS or x.is_punct for x in after[:6]):
                np_toks, after = [x for x in after if x.pos_ in _NP_POS or x.text == "."], []
                if np_toks and not _could_speak(np_toks[-1]):
                    return None  # "The fire destroyed 40 homes, reported the damage.": no speaker after it
            if not np_toks or len(np_toks) > 10 or not all(
                    x.pos_ in _NP_POS or x.text in ".-'’&" or _name_particle(np_toks, n)
                    or _noun_before_verb(x, rest[n + 1:]) for n, x in enumerate(np_toks)):
                return None
            if any(x.pos_ == "VERB" and not _verb_is(x, "cite") for x in after) or _figure_object(t):
                return None  # another verb after it, or its object a figure: no tag of saying
            doc = seg.span.doc
            np = _trim(doc[np_toks[0].i:np_toks[-1].i + 1])
            chain = [_source(np, t.text, t)]
            for n, x in enumerate(after):
                if _verb_is(x, "cite") and x.tag_ == "VBG":
                    objs = [o for o in x.children if o.dep_ in ("dobj", "pobj")]
                    if objs:
                        chain.insert(0, _source(_phrase(objs[0], bounds), "citing", x))
                    elif n + 1 < len(after):
                        chain.insert(0, _source(doc[after[n + 1].i:after[-1].i + 1], "citing", x))
                    break
            if len(chain) > 1:
                chain[-1] = _citing_outlet(chain[-1], t)
            return Cue(tuple(chain), t, (np.start, np.end), "trailing", seg.index, t)
        if t.pos_ == "VERB":
            return None
    return None


def _could_speak(tok: Token) -> bool:
    """Can the noun ``tok``, set after a verb of saying that closes a sentence, be who says it
    ("said the coach", "reported state television", "said the report")? A name, a pronoun, a
    person by role, job or kin, a body of government, a medium, or a text or record is; a
    thing ("reported the damage") is not. So are the common nouns of bodies ("confirmed the
    airline", "reported the union") and nouns of one who does ("reported the rancher", "said
    rescuers", "confirmed the carmaker"): a body or a doer may speak, a thing may not."""
    return _named(tok) or tok.pos_ == "PRON" or tok.ent_type_ in ("GPE", "NORP", "ORG") \
        or _word_in(tok, _speaker_nouns()) or _doer_noun(tok) \
        or bool(_GOV_WORDS.search(tok.text) or _MEDIA_NAMES.search(tok.text))


@functools.cache
def _speaker_nouns() -> frozenset[str]:
    """The common nouns :func:`_could_speak` takes for one who may speak, built once (some of the
    word sets are defined further down the module)."""
    return _JOB_NOUNS | _KIN_NOUNS | _CROWD_NOUNS | EVIDENCE_NOUNS | _WORK_NOUNS | _TEXT_NOUNS | _SAYING_NOUNS \
        | _ROLE_NOUNS | _PERSON_ROLES | _GROUP_NOUNS | _BODY_NOUNS | frozenset(_ORG_ROLES)


#: Common nouns of bodies that may speak, beside those of government and of groups (``_GROUP_NOUNS``).
_BODY_NOUNS = frozenset("""airline hospital clinic school university college club team league charity
utility network channel station airport church foundation institute institution fund museum trust
society alliance coalition campaign organisation organization bureau tribunal panel body watchdog
carrier studio publisher lab laboratory exchange chain startup newspaper paper broadcaster""".split())
#: The endings of a noun of one who does something ("rancher", "regulator", "scientist", "historian").
_DOER_ENDINGS = ("er", "or", "ist", "ian")


def _doer_noun(tok: Token) -> bool:
    """Is ``tok`` a common noun of one who does something ("the rancher", "rescuers", "the
    regulator", "a scientist")? By its ending, on a word of more than four letters."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and len(lemma) > 4 and lemma.endswith(_DOER_ENDINGS)


#: Verbs of saying whose object is the one told, not who tells ("told the press").
_LISTENER_VERBS = frozenset("tell inform assure notify brief remind".split())


def _tells_listener(verb: Token) -> bool:
    """ "“We lost,” told the press.": after "told" comes the listener; a verb of telling someone
    never stands before its speaker as "said" does ("“We lost,” said the coach")."""
    return _is_verb_of(verb, _LISTENER_VERBS) or verb.lemma_.lower() in _LISTENER_VERBS


#: Small words inside a name ("the Bank of England", "Diario de Noticias", "Jan van Dijk").
_NAME_PARTICLES = frozenset("of de da do du del della van von der".split())


def _name_particle(toks: list[Token], n: int) -> bool:
    """Is ``toks[n]`` a small word inside a name, between two capitalised words ("..., the Bank
    of England said.", "..., the daily Diario de Noticias reports.")?"""
    return 0 < n < len(toks) - 1 and toks[n].lower_ in _NAME_PARTICLES \
        and toks[n - 1].text[:1].isupper() and toks[n + 1].text[:1].isupper()


def _noun_before_verb(tok: Token, after: list[Token]) -> bool:
    """A word tagged as a verb that the parse hung on the next word as a noun ("records" in
    "..., state board records show."), right before a verb of saying or of
    evidence that ends the tag."""
    return tok.dep_ == "compound" and tok.pos_ in ("VERB", "AUX") and bool(after) and after[0].i == tok.i + 1 \
        and (_is_verb_of(after[0], REPORTING_VERBS) or _is_verb_of(after[0], _EVIDENCE_VERBS))


def _passive_by(verb: Token, after: list[Token]) -> bool:
    """A past participle with its doer after "by" ("measures added by the council"): a passive,
    whose noun before it is what was done, not who says."""
    return verb.tag_ == "VBN" and bool(after) and after[0].lower_ == "by"


#: Verbs of saying far more often written as nouns ("auto-assign rules", "the new rules"): read
#: as a verb only where the parse makes one ("a judge ruled that ..."), never from a noun's tag.
_NOUN_FIRST_VERBS = frozenset({"rule"})


def _closing_verb_as_noun(rest: list[Token]) -> bool:
    """ "..., state records show.", "..., Jones notes.": a present reporting verb that ends the
    sentence after a noun phrase, taken by the parse for a noun. It agrees with the noun before
    it, as a verb does: a plural noun before the bare form ("records show"), a singular one
    before the form in -s ("Jones notes"). "..., a club record." (a singular noun before the bare
    form) or "..., the annual count." (an adjective before it) is a noun phrase."""
    if len(rest) < 2:
        return False
    verb, before = rest[-1], rest[-2]
    if verb.pos_ not in ("NOUN", "PROPN") or _verb_form(verb.lower_, REPORTING_VERBS, _PRESENT_ENDINGS) in (
            None, *_NOUN_FIRST_VERBS):
        return False
    if verb.lower_.endswith("s") and verb.lower_ not in REPORTING_VERBS:
        return before.tag_ in ("NN", "NNP")
    return before.tag_ in ("NNS", "NNPS")


def _claim_noun_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "Smith's claim that 40 died", "a Courier report that 40 died": the claim's owner (its
    possessor, else the name compounded with it) says what the "that" clause says. A claim noun
    without a clause, or without an owner, is no cue ("the report is late", "a claim that ...")."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return _filed_claim_cue(noun, seg, bounds)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is not None:
        src = _owner_source(owner, noun, bounds)
        excl = (owner.left_edge.i, noun.i + 1)
    else:
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
        if not names:
            return _made_claim_cue(noun, seg, bounds) or _came_with_claim_cue(noun, seg, bounds)
        left = min(t.left_edge.i for t in names)
        src = _source(noun.doc[left:names[-1].i + 1], noun.text, noun)
        excl = (left, noun.i + 1)
    return Cue((src,), noun, excl, "noun", seg.index, noun)


def _made_claim_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "X made the point that ...", "X issued a warning that ...": a claim noun without an owner,
    the object of a light verb, is the claim of that verb's subject."""
    head = noun.head
    if noun.dep_ != "dobj" or not _is_verb_of(head, _LIGHT_SAYING) or any(c.dep_ == "neg" for c in head.children):
        return None
    return _subjects_claim(head, noun, seg, bounds)


def _subjects_claim(head: Token, noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """The cue of a claim ``noun`` made by the subject of the verb ``head`` (not a relative
    pronoun), if the verb has one within ``bounds``."""
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None)
    if subj is None or subj.tag_ in ("WDT", "WP"):
        return None
    cue = _verb_cue(head, subj, seg, bounds)
    return Cue(cue.chain, noun, cue.excluded, "noun", seg.index, noun)


#: Nouns of a doubt, a hope or a fear one can voice ("expressed doubts that ...").
_ATTITUDE_NOUNS = frozenset("""doubt concern confidence hope fear skepticism scepticism optimism pessimism
    worry""".split())
#: Verbs by which one voices such an attitude ("voiced concern that ...", "raised fears that ...").
_VOICING_VERBS = frozenset("express voice raise share".split())


def _voiced_attitude_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "Council members expressed doubts that the plan would save $4 million", "the union
    voiced concern that 300 workers could lose their jobs": a doubt, hope or fear the subject of
    "express", "voice", "raise" or "share" puts in words is that subject's, with the "that"
    clause it holds. Not without such a clause ("expressed concern about the 300 layoffs": the
    layoffs are the outlet's), nor when the verb is denied."""
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or head.pos_ != "VERB" \
            or head.lemma_.lower() not in _VOICING_VERBS or any(c.dep_ == "neg" for c in head.children):
        return None
    if not any(c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                  for g in c.children)
               for c in noun.children):
        return None
    cue = _subjects_claim(head, noun, seg, bounds)
    if cue is None and head.dep_ == "conj":  # "The union met and voiced concern that ..."
        subj = _shared_subject(head, seg.span)
        if subj is not None and subj.tag_ not in ("WDT", "WP"):
            found = _verb_cue(head, subj, seg, bounds)
            cue = Cue(found.chain, noun, found.excluded, "noun", seg.index, noun)
    return cue


#: Verbs by which one lays a claim before others ("filed a claim for 40 acres").
_FILING_VERBS = frozenset("file lodge submit make enter press bring register put".split())
#: Prepositions by which a claim holds what it claims ("a claim for 40 acres", "a claim of $2m").
_CLAIMED_PREPS = frozenset("for of to".split())


def _filed_claim_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "She filed a claim for 40 acres", "The firm lodged a claim of $2m": a claim (the word
    itself) that its verb's subject lays, holding a number after "for", "of" or "to", is that
    subject's claim; a speaker above it passes the claim on ("..., her lawyer said": the claimant,
    then the lawyer). A claim with no number of its own ("filed a claim in court") is none."""
    if noun.lemma_.lower() != "claim" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" \
            or noun.head.lemma_.lower() not in _FILING_VERBS:
        return None
    if not any(p.dep_ == "prep" and p.lower_ in _CLAIMED_PREPS and any(t.like_num for t in p.subtree)
               for p in noun.children):
        return None
    head = noun.head
    if any(c.dep_ == "neg" for c in head.children):
        return None
    return _subjects_claim(head, noun, seg, bounds)


#: Verbs of coming forward with something ("went public with", "came out with").
_FORWARD_VERBS = frozenset("go come step".split())


def _came_with_claim_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "X went public with a claim that ...", "X came forward with an allegation that ...": a
    claim noun after "with" of a verb of coming forward is the claim of that verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    head = prep.head
    if head.lemma_.lower() not in _FORWARD_VERBS or any(c.dep_ == "neg" for c in head.children) \
            or not any(c.lower_ in ("public", "forward", "out") for c in head.children):
        return None
    return _subjects_claim(head, noun, seg, bounds)


def _made_statement_cue(verb: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """The cue of a statement made (:func:`_made_statement`) by the verb's subject, if it has one."""
    subj = _subject(verb, seg.span) if _made_statement(verb) else None
    return _verb_cue(verb, subj, seg, bounds) if subj is not None else None


def _made_statement(verb: Token) -> bool:
    """ "X made it clear (that) ...", "X made known that ...": "make" with an adjective of telling
    and the clause it tells ("X made this clear in a film" tells nothing here)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "make" or any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    j = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it")
    if j >= len(doc) or doc[j].lower_ not in _MADE_STATEMENT:
        return False
    return any(c.dep_ in ("ccomp", "advcl") and c.i > j for t in (verb, doc[j]) for c in t.children)


def _judging_cue(verb: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "X criticized Y for ...", "X accused Y of hiding 300 ...", "X blamed the fire on ...": a verb
    of judging whose object or reason holds a figure; its subject's claim. A passive, a negation,
    or an object counted itself ("praised the 300 volunteers") is no cue."""
    by_reason = _is_verb_of(verb, _REASON_JUDGING_VERBS)
    if verb.pos_ != "VERB" or not (_is_verb_of(verb, _JUDGING_VERBS) or by_reason or _calls_it(verb)) or any(
            c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
        return None
    # ("attacked her over the 40 emails" judges; "attacked a convoy of 12 trucks" is a deed)
    judged = [c for c in verb.children if c.i > verb.i and _judged_child(c) and not (by_reason and c.dep_ != "prep")]
    if not any(_counts(t) for c in judged for t in c.subtree) or any(_counted_target(c) for c in judged):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None) \
        or _shared_subject(verb, seg.span)
    if subj is None or _share_of_respondents(subj):
        return None
    cue = _verb_cue(verb, subj, seg, bounds)
    cue.kind = "judge"
    return cue


#: Verbs that judge or name a thing, in a passive whose judge comes after "by": those of calling,
#: with what the thing is called ("has been called a $3 billion giveaway by critics"), those of
#: viewing, with what it is seen "as" ("was viewed as a warning by some"), and those of judging.
_CALLING_VERBS = frozenset("call dub label brand term deem consider".split())
_VIEWING_VERBS = frozenset("view see regard describe characterize characterise depict portray hail".split())
#: Verbs of judging that are also deeds ("the samples were blasted by scientists", "grilled by the
#: chef"): in a passive, a judge only with what the thing is seen "as".
_DEED_JUDGING_VERBS = frozenset("blast slam grill hail".split())


def _judge_by(verb: Token) -> Token | None:
    """The one who judges after "by" in a passive of judging or calling: "The plan has been called
    a $3 billion giveaway by critics", "The 40 percent rise was viewed as a warning by some
    economists", "The $2 million fee was criticized by two senators": the head after "by" (a name,
    a pronoun, a person by role, a body) when the verb says what the thing is (a name it is called
    is no judgement: "was called Route 9 by locals") and a figure stands outside the "by" phrase.
    None for a deed ("was signed by 12 mayors"), a sight ("was seen by 40,000 fans") or a "by"
    of time or measure ("was viewed as likely by 2030")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _passive(verb):
        return None
    lemma = _verb_lemma(verb)
    if lemma in _CALLING_VERBS:
        said = any(c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i and c.pos_ != "PROPN" for c in verb.children)
    elif lemma in _VIEWING_VERBS:
        said = any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for c in verb.children)
    else:
        said = _is_verb_of(verb, _JUDGING_VERBS) and lemma not in _DEED_JUDGING_VERBS
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None) or next(
        (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
         for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "by"),
        None)  # ("viewed as a warning by some": the parse may hang "by" on what it is seen as)
    judge = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
    if not said or judge is None or not _could_speak(judge) or _counts(judge) \
            or judge.ent_type_ in _NOT_ANTECEDENT_ENTS:
        return None
    outside = [t for t in verb.subtree if not (agent.left_edge.i <= t.i <= agent.right_edge.i)]
    return judge if any(_counts(t) for t in outside) else None


def _judged_by_cue(verb: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """The cue of a judge named after "by" in a passive of judging (:func:`_judge_by`)."""
    judge = _judge_by(verb)
    if judge is None or judge.i < bounds[0] or judge.i >= bounds[1]:
        return None
    cue = _verb_cue(verb, judge, seg, bounds)
    cue.kind = "judge"
    return cue


def _provision_cue(verb: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "The law requires employers to pay $15 an hour", "a program that allows investors to put
    in $500,000": a rule that sets a figure by a verb of allowing or requiring is its source; the
    figure is in what it sets (after the verb). A negation sets nothing."""
    if verb.pos_ != "VERB" or not _is_verb_of(verb, _PROVISION_VERBS) or any(
            c.dep_ in ("neg", "auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None)
    if subj is None:
        return None
    rule = verb.head if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subj
    if rule.lemma_.lower() not in _RULE_NOUNS or not any(
            _counts(t) for c in verb.children if c.i > verb.i for t in c.subtree):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in verb.children) or (
            rule.dep_ == "attr" and any(c.dep_ == "expl" for h in (rule.head, rule.head.head) for c in h.children)):
        return None  # "a provision that would allow ...", "there should be a law that requires ...": a proposal
    cue = _verb_cue(verb, subj, seg, bounds)
    cue.kind = "rule"
    return cue


def _judged_child(child: Token) -> bool:
    """Is a child of a verb of judging what it judges: its object, what it calls the object, its
    reason ("for ...") or what it takes in ("railed against the fees, including the $40 levy")?"""
    return child.dep_ in ("dobj", "oprd") or child.dep_ == "prep" and (
        child.lower_ in _JUDGING_PREPS or child.lower_ == "including")


def _counted_target(child: Token) -> bool:
    """Is what a verb of judging judges a count in itself, as its object or after "against" or
    "including" ("praised the 300 volunteers", "railed against the 40 booths"): the outlet's count
    of whom or what it judged, not the judge's claim?"""
    targets = [child] if child.dep_ == "dobj" else [
        o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in (
        "against", "including") else []
    return any(g.dep_ == "nummod" for t in targets for g in t.children)


def _calls_it(verb: Token) -> bool:
    """ "Lee called the mayor a “liar” for claiming 3,000 homes were built", "who has called the
    12-nation pact “a disaster”": "call" with an object and what the object is called (or a
    name set beside the object) judges like a verb of judging. Not a call made ("called the
    office 3 times"), one for something ("called for 300 more officers") nor a name given ("we
    call it the 30-Day Game")."""
    if not _verb_is(verb, "call") or _calls_for(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    called = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
    called += [c for c in obj.children if c.dep_ == "appos"] if obj is not None else []
    return any(c.pos_ != "PROPN" for c in called)  # (a name given is no judgement: "we call it the 30-Day Game")


def _owned_participle_cue(part: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "the alliance's recommended 2 percent", "the city's projected $4 million deficit": a
    participle of proposing or estimating before a noun with an owner and a figure; the owner
    gives the figure (found like a relative clause of proposing, on the noun)."""
    if part.dep_ != "amod" or part.tag_ != "VBN" or part.lemma_.lower() not in _OWNED_PARTICIPLES:
        return None
    noun = part.head
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < part.i), None)
    if owner is None or noun.i < part.i or not any(_counts(t) for t in noun.subtree if t.i > part.i):
        return None
    src = _source(_owner_phrase(owner, bounds), part.text, part)
    return Cue((src,), part, (owner.left_edge.i, owner.i + 1), "relative", seg.index, part)


#: Nouns of a figure someone worked out or proposes: its owner gives the figures of the clause
#: it heads ("the mayor's plan would cap rents at 5%", "by one estimate, 300 died").
_OWNED_NOUNS = frozenset("""plan proposal estimate forecast projection tally count calculation admission
    account analysis reckoning""".split())
#: Prepositions that set a whole sentence under an estimate ("by one estimate", "under X's plan").
_SETTING_PREPS = frozenset("by under in".split())


def _product_plan(noun: Token) -> bool:
    """Is ``noun`` a plan one buys, not one someone proposes: "Acme's cheapest plan costs $8",
    "its most affordable plan", "their basic plan", "a family plan"? Its figures are the
    product's terms, told by the outlet."""
    if noun.lemma_.lower() != "plan":
        return False
    return any(c.i < noun.i and (c.dep_ in ("amod", "compound", "nmod") and (
        c.lower_ in _PRODUCT_PLAN_WORDS or c.tag_ == "JJS" or any(m.lower_ in ("most", "least") for m in c.children)
        or _tier_name(c) and not _person_owned(noun)))
        for c in noun.children)


def _tier_name(word: Token) -> bool:
    """A product tier's name before "plan", capitalised inside its sentence ("Acme's Essentials
    plan", "the Pro plan"), not a lower-case word ("the firm's business plan") nor the name of a
    policy ("the Medicare plan")."""
    return word.lower_ in _PRODUCT_TIER_NAMES and word.text[:1].isupper() and word.i > word.sent.start


def _person_owned(noun: Token) -> bool:
    """Is ``noun`` owned by a person ("Mayor Ruiz's Home plan", "the governor's Gold plan", "her
    Home plan")? A person's named plan is a course proposed, not a product's tier."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and (owner.ent_type_ == "PERSON" or owner.lower_ in ("his", "her")
                                  or owner.lower_ in _PERSON_ROLES or owner.lower_ in _ROLE_NOUNS)


def _owned_figures_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """The owner of a plan or an estimate as the source of the figures it states.

    "The mayor's plan would cap rents at 5%": the figures of the clause whose subject the noun
    is; "it raised its forecast to 2%", "to hold the bank's estimate at 3%": those of the verb
    it is the object of (the verb's subject when the owner is "its"); "under the mayor's plan,
    ...", "by one estimate, ...", "by some accounts, ...", "..., by one estimate.": those of
    the whole sentence. A noun without an owner is no cue ("the plan would cost $5m"), except
    after "by" ("by one estimate"); a noun with a "that" clause is a claim (see :func:`_claim_noun_cue`)."""
    if any(c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
           for c in noun.children):
        return None
    if _product_plan(noun):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is not None and _the_readers(noun):
        return None  # "your plan would cost $8": the reader's, told by the outlet
    head = noun.head
    doc = noun.doc
    scope = head.head if noun.dep_ == "pobj" else head  # the clause whose figures it would give
    if not any(_counts(t) for t in scope.subtree if not noun.left_edge.i <= t.i <= noun.i):
        return None  # no figure to give: no cue
    if noun.dep_ == "pobj" and head.lower_ in _SETTING_PREPS and head.head.pos_ in ("VERB", "AUX") \
            and (head.i < head.head.i or head.i > 0 and doc[head.i - 1].text == ","):
        if owner is None and head.lower_ != "by":
            return None
        phrase = _owner_phrase(owner, bounds) if owner is not None else _trim(doc[noun.left_edge.i:noun.i + 1])
        src = _source(phrase, head.lower_, head)
        return Cue((src,), None, (head.i, noun.i + 1), "owned", seg.index, head)
    if owner is None or head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in head.children):
        return None
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if noun.dep_ == "dobj":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if owner.lower_ in _PRONOUNS and subj is not None and subj.i >= bounds[0]:
            cue = _verb_cue(head, subj, seg, bounds)  # "it raised its forecast": the subject's
            cue.kind = "owned"
            return cue
    src = _whose_owner(owner, noun, bounds) or _source(_owner_phrase(owner, bounds), noun.text, noun)
    return Cue((src,), head, (owner.left_edge.i, noun.i + 1), "owned", seg.index, noun)


def _owned_intent_cue(noun: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "Berlin's pledge to add 7,000 soldiers", "her decision to admit 1,000 refugees", "the
    agency's goal of hiring 300": an intent noun with an owner, and the infinitive or the "of"
    gerund that states it holding a figure, is its owner's intent; the figures of that clause
    (its verb is the cue's) are the owner's. Without an owner ("a plan to hire 300") it is no cue."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    doer = _doer_with_intent(noun, seg) if owner is None else None
    if owner is None and doer is None:
        return None
    clause = next((c for c in noun.children if c.i > noun.i and c.dep_ == "acl" and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None:
        clause = next((g for c in noun.children if c.i > noun.i and c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if clause is None and noun.dep_ == "dobj" and noun.right_edge.i == noun.i:
        # "She defended her call to lift the wage to $16": the parse hangs the infinitive right
        # after the object on the verb
        clause = next((c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                       and c.left_edge.i == noun.i + 1 and c.left_edge.lower_ == "to"
                       and any(a.dep_ == "aux" and a.i == noun.i + 1 for a in c.children)), None)
    if clause is None or not any(_counts(t) for t in clause.subtree):
        return None
    if any(a.pos_ == "VERB" and _verb_lemma(a) in REPORTING_VERBS and _subject(a, seg.span) is not None
           for a in _ancestors(noun)):
        return None  # "X announced it had met its target of 4,000", "X argues there is no point
        # answering Y's threat of a 35% tariff": an intent named inside someone's words is theirs
    if doer is not None:  # "The campaign bought ads, with plans to spend $10m": the campaign's plans
        np = _phrase(doer, bounds)
        return Cue((_source(np, noun.text, noun),), clause, (np.start, np.end), "intent", seg.index, noun)
    src = _owner_source(owner, noun, bounds)
    if src.name.lower() in _POSSESSIVE_SUBJECTS:  # "her decision": "she", resolved like a subject
        src = replace(src, name=_POSSESSIVE_SUBJECTS[src.name.lower()])
    return Cue((src,), clause, (owner.left_edge.i, noun.i + 1), "intent", seg.index, noun)


def _doer_with_intent(noun: Token, seg: Segment) -> Token | None:
    """ "The campaign is making its biggest ad buy, with plans to spend $10 million": an intent noun
    with no owner after "with" on a verb is the intent of that verb's subject (one who may speak,
    not a pronoun that stands for a clause). None when "with" hangs on a noun ("a house with plans
    to add 3 rooms": the house intends nothing)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX") or prep.i < prep.head.i:
        return None
    subj = _subject(prep.head, seg.span)
    if subj is None or subj.lower_ in ("it", "that", "which", "this", "what") or not _could_speak(subj):
        return None
    return subj


#: Possessive pronouns and the subject pronoun each stands for.
_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _nominal_verb(tok: Token) -> bool:
    """A word the parse tagged as a verb but placed as a noun owned by someone ("its growth
    forecast" as the object of "raised")."""
    return tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(c.dep_ == "poss" for c in tok.children)


def _counts(tok: Token) -> bool:
    """A number, or a word of one ("dozens", "millions")."""
    return tok.like_num or tok.lower_ in ("dozens", "hundreds", "thousands", "millions", "billions")


def _owner_phrase(owner: Token, bounds: tuple[int, int]) -> Span:
    """The possessor's phrase without its "'s" ("the mayor's" -> "the mayor")."""
    return _phrase(owner, (bounds[0], owner.i + 1))


#: Possessive determiners: an owner that is one of them is named by it alone.
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())


def _whose_owner(owner: Token, noun: Token, bounds: tuple[int, int]) -> Source | None:
    """ "a pastor whose plan to add 100 members": the owner "whose" is the noun its relative
    clause hangs on (named so, found at "whose"); None for any other owner."""
    if owner.lower_ != "whose":
        return None
    rel = next((a for a in _ancestors(owner) if a.dep_ == "relcl"), None)
    head = rel.head if rel is not None else owner.doc[owner.i - 1] if owner.i > bounds[0] else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i > owner.i:
        return None  # (with no relative clause parsed, the noun right before "whose")
    src = _source(_phrase(head, (bounds[0], owner.i)), noun.text, noun)
    return replace(src, start=owner.idx, end=owner.idx + len(owner.text))


def _owner_source(owner: Token, noun: Token, bounds: tuple[int, int]) -> Source:
    """The owner of a noun of saying or intending, as the source of its figures: a possessive
    pronoun as it stands ("her claim"), else the possessor's phrase without its "'s" ("the
    mayor's claim": the mayor); "whose" as the noun its relative clause hangs on, found at
    "whose" ("a pastor whose plan to add 100 members": the pastor)."""
    whose = _whose_owner(owner, noun, bounds)
    if whose is not None:
        return whose
    if owner.lower_ in _POSSESSIVE_PRONOUNS:
        return _source(noun.doc[owner.i:owner.i + 1], noun.text, noun)
    src = _source(_owner_phrase(owner, bounds), noun.text, noun)
    m = re.search(r"(?:'s|’s|')$", src.name)
    if m:
        src = replace(src, name=src.name[:m.start()], end=src.end - len(m.group(0)))
    return src


def _cues_of(seg: Segment) -> list[Cue]:
    cues: list[Cue] = []
    span = seg.span
    bounds = (span.start, span.end)
    for tok in span:
        # -- "17 percent in a weekend poll", "under state law, ...", "..., per the Herald."
        setting = _evidence_in_cue(tok, seg, bounds) or _under_rule_cue(tok, seg, bounds) \
            or _per_source_cue(tok, seg, bounds)
        if setting is not None:
            cues.append(setting)
            continue
        # -- "according to X"
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < span.end and span.doc[tok.i + 1].lower_ == "to":
                to = span.doc[tok.i + 1]
            if to is None:
                continue
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs or _goes_by_no_speaker(objs[0]):
                continue
            np = _phrase(objs[0], bounds)
            inner, _ = _inner_of_report(objs[0], bounds)
            if inner:
                # cut "citing ..." out of the outer phrase
                cut = min((s.start for s in inner if s.start is not None), default=None)
                if cut is not None and cut > np.start_char:
                    np = _trim(span.doc.char_span(np.start_char, cut, alignment_mode="contract") or np)
                outer = [_source(np, "according to", span.doc[tok.i:to.i + 1])] if inner[-1].cue != "report" else []
                chain = tuple(inner) + tuple(outer)
            else:
                chain = (_source(np, "according to", span.doc[tok.i:to.i + 1]),)
            cues.append(Cue(chain, None, (tok.i, objs[0].right_edge.i + 1), "according", seg.index, tok))
            continue
        # -- "a bridge, which the council estimates would cost $80m" ("estimates" read as a noun)
        teller = _relative_teller_as_noun(tok)
        if teller is not None:
            cues.append(Cue((_source(teller, tok.text, tok),), tok, (teller.start, tok.i + 1), "verb",
                            seg.index, tok))
            continue
        # -- "X's plan would cap rents at 5%", "it raised its forecast to 2%", "by one estimate"
        if tok.lemma_.lower() in _OWNED_NOUNS and (tok.pos_ == "NOUN" or _nominal_verb(tok)):
            owned = _owned_figures_cue(tok, seg, bounds)
            if owned is not None:
                cues.append(owned)
                continue
        # -- "the city's pledge to add 7,000 posts", "her decision to admit 1,000 refugees"
        if tok.lemma_.lower() in _INTENT_NOUNS and tok.pos_ == "NOUN":
            intent = _owned_intent_cue(tok, seg, bounds)
            if intent is not None:
                cues.append(intent)
                continue
        # -- "in X's view, ..."
        if tok.lemma_.lower() in _OPINION_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ == "in" and any(c.dep_ == "poss" for c in tok.children):
            owned = _owned_figures_cue(tok, seg, bounds)
            if owned is not None:
                cues.append(owned)
                continue
        # -- "the alliance's recommended 2 percent"
        if tok.dep_ == "amod":
            part = _owned_participle_cue(tok, seg, bounds)
            if part is not None:
                cues.append(part)
                continue
        named = _name_ending_in_verb(tok, span)
        if named is not None:  # "The Council on Clean Water reports in its audit that ..."
            cues.append(Cue((_source(named, tok.text, tok),), tok, (named.start, named.end), "verb", seg.index, tok))
            continue
        # -- "X expressed doubts that ...", "X voiced concern that ..."
        if tok.lemma_.lower() in _ATTITUDE_NOUNS:
            voiced = _voiced_attitude_cue(tok, seg, bounds)
            if voiced is not None:
                cues.append(voiced)
                continue
        # -- "X's claim that ...", "a Courier report that ..."
        if tok.lower_ in _CLAIM_NOUNS and (tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
            noun_cue = _claim_noun_cue(tok, seg, bounds)
            if noun_cue is not None:
                cues.append(noun_cue)
            if noun_cue is not None or not (tok.pos_ in ("NOUN", "PROPN") and _noun_as_verb(tok)):
                continue  # else "Lee claims she is worth $40m" with "claims" tagged as a noun: a verb
        # -- "X put it bluntly: “...”", "X had this to say: “...”"
        if tok.pos_ in ("VERB", "AUX") and _says_it_thus(tok):
            subj = _subject(tok, span)
            if subj is not None:
                cues.append(_verb_cue(tok, subj, seg, bounds))
                continue
        # -- a reporting verb with a subject
        if tok.pos_ == "VERB" and _is_verb_of(tok, _LIGHT_SAYING) and _colon_after_object(tok):
            subj = _subject(tok, span)
            if subj is not None:
                cues.append(_verb_cue(tok, subj, seg, bounds))
            continue
        if tok.dep_ == "relcl":
            relative = _relative_cue(tok, seg, bounds)
            if relative is not None:
                cues.append(relative)
                continue
        promised = _promise_read_as_subject(tok) if tok.pos_ == "VERB" else None
        if promised is not None and any(_figure_word(t) for t in promised.subtree if t not in tok.subtree):
            subj = _subject(tok, span)  # "The seller promised customers would get $50": the seller's claim
            if subj is not None and subj.lower_ not in ("i", "we", "you", "it", "that", "which", "who"):
                cues.append(_verb_cue(tok, subj, seg, bounds))
                continue
        if _answers_back(tok):
            subj = _subject(tok, span) or (_shared_subject(tok, span) if tok.dep_ == "conj" else None)
            if subj is not None:  # "Lee fired back that voters had elected her twice"
                cues.append(_verb_cue(tok, subj, seg, bounds))
                continue
        if _asks_for(tok) or _backs_course(tok) or _publishes_count(tok):
            # "asked for $4 million", "supports raising the wage to $14", "released a list of 85 mayors"
            subj = _subject(tok, span) or (_shared_subject(tok, span) if tok.dep_ == "conj" else None)
            if subj is not None and (subj.lower_ not in ("i", "we", "you", "it", "that", "which", "who")
                                     or _relative_subject(tok, subj)):
                cue = _verb_cue(tok, subj, seg, bounds)
                if not _publishes_count(tok):
                    cue.kind = "intent"
                cues.append(cue)
                continue
        if _intent_verb(tok) and _intends_figure(tok):
            # (also a verb joined to one whose subject it shares: "Lee praised it and vowed to hire 300")
            subj = _subject(tok, span) or _subject_by_doing(tok, span) \
                or (_shared_subject(tok, span) if tok.dep_ == "conj" and tok.head.dep_ not in ("relcl", "acl")
                    else None)  # (never a verb the parse joined to a relative clause's)
            if subj is not None and tok.dep_ == "conj" and _in_parentheses(subj):
                continue  # "(The Herald) Lee and Kim met and pledged to ...": a dateline pledges nothing
            if subj is not None and (subj.lower_ not in ("i", "we", "you", "it", "that", "which", "who")
                                     or _relative_subject(tok, subj)):
                cue = _verb_cue(tok, subj, seg, bounds)
                cue.kind = "intent"
                cues.append(cue)
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "read":
            subj = _subject(tok, span)
            if subj is not None and (subj.lemma_.lower() in _TEXT_NOUNS or subj.lower_ == "it") and (
                    _colon_after(tok) or _trailing(tok, span) or _quote_opens_after(tok)):
                # "the letter read: ...", "“...,” the sign read", "at the foot it reads, “...”"
                cues.append(_verb_cue(tok, subj, seg, bounds))
            continue
        ruled = next((c for c in (rule(tok, seg, bounds) for rule in _CLAUSE_CUE_RULES) if c is not None), None)
        if ruled is not None:
            cues.append(ruled)
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _REVISING_VERBS:
            subj = _subject(tok, span) or _shared_subject(tok, span)
            if subj is not None and _revises_count(tok, subj):
                cues.append(_verb_cue(tok, subj, seg, bounds))  # "Officials raised the death toll to 40"
                continue
        if tok.pos_ == "VERB" and _values_at_figure(tok):
            subj = _subject(tok, span) or _shared_subject(tok, span)
            if subj is not None and not _share_of_respondents(subj) and subj.lemma_.lower() not in _DEAL_NOUNS:
                cues.append(_verb_cue(tok, subj, seg, bounds))  # "X pegs the cost at $5m"
            continue
        if tok.pos_ in ("NOUN", "PROPN") and _noun_as_verb(tok):
            subj = _subject_before(tok, span) or _subject(tok, span)  # (also "The Institute (TI) reports")
            if subj is not None:
                cues.append(_verb_cue(tok, subj, seg, bounds))
            continue
        contact = _contact_speaker(tok)
        if contact is not None:  # "the $30 million analysts say it costs": the analysts
            speaker = _speaker_words(contact)
            cues.append(Cue((_source(speaker, tok.text, tok),), tok, (speaker.start, speaker.end), "verb",
                            seg.index, tok))
            continue
        named_teller = _named_teller(tok)
        if named_teller is not None:  # "Tom Hale related that the ferry carried 80 cars"
            cues.append(_verb_cue(tok, named_teller, seg, bounds))
            continue
        if tok.pos_ in ("VERB", "AUX") and (_verb_lemma(tok) in REPORTING_VERBS
                                            or _is_verb_of(tok, _EVIDENCE_VERBS | _FINDING_VERBS | _HOLDING_VERBS)):
            if _expected_doing(tok):
                continue  # "analysts expect the chain to report a 12% gain": the analysts' forecast
            shown = _shown_in_work(tok, bounds)
            if shown is not None:  # "It is revealed in a magazine's test that ...": the magazine
                cues.append(Cue((shown[0],), tok, shown[1], "work", seg.index, tok))  # (only its clause)
                continue
            subj = _subject(tok, span)
            subj = _text_sender(tok) or subj  # "X sent a letter to Y saying ...": X's words
            named = _speaker_between_commas(tok, span, subj)
            if named is not None:  # "On the third day of the trial, Tomas Brandt, 52, said that ..."
                # after a clause the parse gave the verb ("..., Olga Santos, the chief clerk, wrote"): a tag
                kind = "verb" if subj is None else "trailing"
                cues.append(Cue((_source(named, tok.text, tok),), tok, (named.start, named.end), kind,
                                seg.index, tok))
                continue
            if _inverted_tag(tok, span) or _thing_tells_thing(tok, span):
                continue  # "..., reported state television.": the tag the surface pattern reads below
            if subj is None:
                subj = _speaker_shown(tok, span) or _shared_subject(tok, span) or _participle_after_subject(tok, span) \
                    or _misparsed_subject(tok, span) or _saying_by_doing(tok, span) or _paper_showing(tok, span) \
                    or _reduced_relative(tok) or _purpose_subject(tok, span) or _speaker_after_quote(tok, span) \
                    or _listed_subject(tok, span) or _subject_read_as_modifier(tok, span)
            if subj is None or _share_of_respondents(subj) or subj.head.i == tok.i and _passive_participle(tok) \
                    or _the_readers(subj) or _loose_crowd(subj) or _asks_who(tok, subj):
                continue
            if _verb_lemma(tok) not in REPORTING_VERBS or not _introduces(tok, span):
                paper = None if _evidence_cue(tok, subj) else _paper_antecedent(tok, subj)
                if paper is not None:  # "It showed $200,000", after a sentence naming an audit
                    cues.append(_paper_pronoun_cue(tok, subj, paper, seg, bounds))
                    continue
                if not _evidence_cue(tok, subj):
                    continue
            cues.append(_verb_cue(tok, subj, seg, bounds))
    cues = [c for c in cues if not _denied_speaker(c)]
    if not any(c.kind == "verb" for c in cues):  # the parse may have missed it
        trailing = _trailing_cue(seg, bounds)
        if trailing is not None:
            cues.append(trailing)
    aside = _aside_cue(seg, bounds)
    if aside is not None and not any(c.verb is not None and c.verb.i == aside.verb.i for c in cues):
        cues.append(aside)
    if not any(c.kind != "evidence" for c in cues):
        lead = _lead_in(seg, bounds)
        if lead is not None:
            cues.append(lead)
    setting = _evidence_setting(seg, bounds)
    if setting is not None:
        asked = setting.anchor.head
        if _is_verb_of(asked, REPORTING_VERBS) and _respondents(asked):
            # "In a poll released Monday, 79 percent said ...": what the asked say is the poll's
            cues = [c for c in cues if c.verb is None or c.verb.i != asked.i]
            cues.append(setting)
        elif not any(c.kind != "evidence" for c in cues):
            cues.append(setting)
    return cues


#: Words that open a subject saying no one does it ("no vendor", "nobody", "none of them").
_NO_ONE_WORDS = frozenset("no nobody none neither".split())


def _contact_speaker(verb: Token) -> Token | None:
    """ "That is a fraction of the $30 million analysts say it costs": a relative clause of saying
    with no relative pronoun right after a figure, which the parse reads as one noun phrase ("the
    $30 million analysts") in an object or after a preposition. The plural noun right before the
    verb of saying, a noun of those who may speak with the figure on its left, is who says it; the
    figure is what they say. None when that noun is the verb's subject ("40 analysts say it costs
    too much": the analysts are counted) or no clause follows the verb."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or _verb_lemma(verb) not in REPORTING_VERBS \
            or verb.i < 1:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.tag_ != "NNS" or noun.dep_ not in ("pobj", "dobj") or not _could_speak(noun) \
            or any(c.dep_ in ("nsubj", "nsubjpass") and c.i == noun.i for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "advcl") and c.i > verb.i for c in verb.children):
        return None
    return noun if _contact_figure(noun) is not None else None


def _contact_figure(noun: Token) -> Token | None:
    """The number on the left of ``noun`` in its phrase ("the $30 million analysts": "million")."""
    return next((c for c in noun.lefts if c.dep_ in ("nummod", "compound") and any(
        _counts(t) for t in c.subtree)), None)


def _speaker_words(noun: Token) -> Span:
    """The speaker's words of a phrase the parse ran on from a figure: the noun and the
    adjectives right before it ("the $30 million outside analysts": "outside analysts")."""
    start = noun.i
    while start - 1 >= 0 and noun.doc[start - 1].pos_ == "ADJ" and noun.doc[start - 1].head.i == noun.i:
        start -= 1
    return noun.doc[start:noun.i + 1]


def _named_teller(verb: Token) -> Token | None:
    """ "Tom Hale related that the ferry carried 80 cars": a verb that tells only with a "that"
    clause of its own (:data:`NAMED_TELLING_VERBS`) whose subject is a name or a noun, that
    subject; None for a pronoun subject, no subject ("As he related, ...", "the related costs")
    or no clause ("the figures relate to 2020")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMED_TELLING or verb.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in _PRONOUN_WORDS:
        return None
    return subj


def _denied_speaker(cue: Cue) -> bool:
    """Is the cue's subject a denial that anyone says or does it ("No vendor can promise 100
    percent uptime", "Nobody claims the plan saves $5m", "Neither firm says ...")? No one is
    named: the figure is the writer's. A group named after "none of" or "neither" is
    not the speaker either."""
    if cue.kind not in ("verb", "intent", "view", "judge") or cue.verb is None or not cue.chain:
        return False
    doc = cue.verb.doc
    lo, hi = cue.excluded
    words = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].lower_ in _NO_ONE_WORDS and not (
        words[0].lower_ == "no" and len(words) > 1 and words[1].lower_ in ("doubt", "less", "more"))


def _goes_by_no_speaker(obj: Token) -> bool:
    """Does "according to" take ``obj`` for a measure to go by rather than for someone who tells?
    A need, a taste or a plan ("according to your needs", "according to plan", "according to the
    schedule"), and anything of the reader's own that cannot speak ("according to your budget"),
    names no speaker; "according to police", "according to the report", "according to her
    lawyer", "according to your doctor" do."""
    if _word_in(obj, _ACCORDANCE_NOUNS):
        return True
    readers = any(c.dep_ == "poss" and c.lower_ in ("your", "one's", "one’s") for c in obj.children)
    return readers and not _could_speak(obj)


#: The endings a verb's forms take, each with what to put back: "hopes", "pushes", "rated",
#: "claimed", "hoping", "claiming" (and a doubled consonant: "planned", "admitting").
_VERB_ENDINGS = (("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("ing", "e"), ("ing", ""))


def _verb_form(word: str, verbs: frozenset[str], endings: tuple[tuple[str, str], ...] = _VERB_ENDINGS) -> str | None:
    """The verb of ``verbs`` that ``word`` (lower case) is a form of: itself, or the word
    without one of its ``endings``; None when it is none."""
    if word in verbs:
        return word
    for end, back in endings:
        if not word.endswith(end) or len(word) <= len(end) + 1:
            continue
        stem = word[:-len(end)]
        if stem + back in verbs:
            return stem + back
        if not back and end in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs:
            return stem[:-1]
    return None


def _verb_lemma(tok: Token, verbs: frozenset[str] = REPORTING_VERBS) -> str:
    """The lemma of a verb, mended when the lemmatizer cut one of ``verbs`` wrong ("rated" ->
    "rat", "hopes" -> "hop"): the verb the word itself is a form of, when it is one."""
    lemma = tok.lemma_.lower()
    if lemma in verbs or tok.pos_ != "VERB":
        return lemma
    return _verb_form(tok.lower_, verbs) or lemma


def _is_verb_of(tok: Token, verbs: frozenset[str]) -> bool:
    """Is ``tok`` one of ``verbs`` (by its lemma, mended by :func:`_verb_lemma`)?"""
    return _verb_lemma(tok, verbs) in verbs


_ONE_VERB = {w: frozenset((w,)) for w in ("cite", "point", "call", "claim")}


def _verb_is(tok: Token, verb: str) -> bool:
    """Is ``tok`` the (regular) verb ``verb`` ("cite", "point", "call", "claim"), by the same lemma rule?"""
    return _verb_lemma(tok, _ONE_VERB[verb]) == verb


def _statement_saying(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "X issued a statement saying 40 died", "a report calling it the third breach": a
    participle of saying (or "calling") that hangs on a noun of saying or of a claim tells what
    that statement says; its source is whoever issued it (the subject of the verb the noun is the
    object of), else the statement itself."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or not (_verb_lemma(tok) in REPORTING_VERBS or _verb_is(tok, "call")):
        return None
    noun = tok.head
    if noun.i > tok.i or not (noun.lemma_.lower() in _SAYING_NOUNS or noun.lower_ in _CLAIM_NOUNS):
        return None
    if not any(c.dep_ in ("ccomp", "dobj", "oprd") for c in tok.children):
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None) \
        if noun.dep_ == "dobj" else None
    return _verb_cue(tok, subj if subj is not None else noun, seg, bounds)


def _view_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "X believes (that) ...", "X knows there are ...", "we are convinced that ...": a verb of
    believing or knowing, or an adjective of being sure, that takes a clause with a figure; its
    subject holds the view the clause states. Without such a clause it is no cue ("X thought
    about it", "I think it is wrong")."""
    lemma = _verb_lemma(tok, _VIEW_VERBS)
    if tok.pos_ == "VERB" and lemma in _VIEW_VERBS and lemma not in REPORTING_VERBS:
        holder = tok
    elif tok.lower_ in _VIEW_ADJ and tok.pos_ in ("ADJ", "VERB"):
        holder = tok if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else tok.head
    else:
        return None
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    if not any(_counts(t) for c in clauses for t in c.subtree) or any(c.dep_ == "neg" for c in holder.children):
        return None  # no clause, or none with a figure to hold a view of
    if any(c.tag_ == "WRB" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in holder.children):
        return None  # "they asked how she could be so sure that ...": a view questioned, held by no one
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= bounds[0]), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or _share_of_respondents(subj):
        return None
    cue = _verb_cue(tok, subj, seg, bounds)
    cue.kind = "view"
    return cue


#: Nouns of how likely a thing is: one who "sees" such a chance forecasts it.
_CHANCE_NOUNS = frozenset("chance chances odds probability likelihood risk".split())


def _to_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of a clause with "to" ("the firm to post a gain")?"""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _looks_for_doing(verb: Token) -> bool:
    """ "Analysts are looking for the chain to post a 12 percent gain": "look for" someone "to" do
    something is an expectation (the parse hangs the clause on "for" as a mark, or on the noun after
    it). "Police are looking for two men" (no clause with "to") expects nothing."""
    if verb.lemma_.lower() != "look" or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and _to_clause(c) and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and any(r.dep_ in ("relcl", "acl") and _to_clause(r) for r in o.children)
                for o in c.children):
            return True
    return False


def _sees_chance(verb: Token) -> bool:
    """ "Traders see a one-in-four chance that rates fall", "analysts see about a 30 percent chance
    of a strike": "see" with a chance (or odds, a risk) as its object, or after "about", is a
    forecast. "Voters see the mayor winning" names no chance."""
    if verb.lemma_.lower() != "see" or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _CHANCE_NOUNS:
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _CHANCE_NOUNS for o in c.children):
            return True
    return False


def _expectation_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """An expectation the forecast verbs do not name: "X sees a 30 percent chance ...", "X is looking
    for Y to post a 12 percent gain". Its subject forecasts the figures in it; with none, no cue."""
    if not (_sees_chance(tok) or _looks_for_doing(tok)) or any(c.dep_ == "neg" for c in tok.children):
        return None
    if not any(_counts(t) for t in tok.subtree if t.i > tok.i):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("i", "we", "you", "it"):
        return None
    cue = _verb_cue(tok, subj, seg, bounds)
    cue.kind = "expect"
    return cue


def _in_expectation(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in what an expectation expects (the chance seen, the clause looked for), not in a
    clause beside it ("..., although its output is expected to grow 8 percent": not the forecaster's)?"""
    if verb not in anc:
        return False
    child = [tok, *anc][anc.index(verb)]
    if child.dep_ == "advcl":
        return any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)
    return child.dep_ in ("dobj", "prep", "ccomp", "xcomp")


def _expected_doing(verb: Token) -> bool:
    """ "Analysts expect the chain to report a 12 percent gain", "... are looking for the chain to
    post ...": a verb of reporting in the clause with "to" under a forecast is what is expected, not
    a report its subject made; the forecaster speaks."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl") or not _to_clause(verb):
        return False
    if verb.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "for":
        head = head.head.head  # "looking for the chain to post": the clause hangs on the noun after "for"
    return _is_verb_of(head, _FORECAST_VERBS) or _looks_for_doing(head)


#: Nouns of asking people, whose "has X at N" places someone in a race.
_POLL_NOUNS = frozenset("poll polls survey surveys".split())


def _poll_places_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "The latest poll has Lee at 31 percent", "a survey had her leading by four points (44 to
    40)": "have" with a poll or survey as its subject and someone placed by it (an object and
    "at" a figure, or someone doing something) gives the poll's figures. "The poll has 40
    questions", "the survey's error margin was 3 points" place nobody: no cue."""
    if tok.lemma_.lower() != "have" or tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "aux":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None)
    if subj is None or not _word_in(subj, _POLL_NOUNS):
        return None
    placed = any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in tok.children) or any(
        c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG" and any(
            g.dep_ == "nsubj" and g.pos_ in ("PROPN", "PRON") for g in c.children) for c in tok.children)
    if not placed or not any(_counts(t) for t in tok.subtree if t.i > tok.i):
        return None
    return _verb_cue(tok, subj, seg, bounds)


#: The cues a verb gives through the clause it takes, tried in this order, the first that reads
#: one wins: a rule in force, a judging verb, a statement made, a statement saying, a view, a
#: poll placing someone.
_CLAUSE_CUE_RULES = (_provision_cue, _judging_cue, _judged_by_cue, _made_statement_cue, _statement_saying, _view_cue,
                     _poll_places_cue, _expectation_cue, _talking_of_cue)

_PRESENT_ENDINGS = (("s", ""), ("es", ""))


def _relative_teller_as_noun(tok: Token) -> Span | None:
    """ "a bridge, which the Transport Council estimates would cost $80 million": a present form of
    a verb of saying that the parse read as a plural noun, the subject of the relative clause's
    verb right after it (or after that verb's auxiliaries), in a clause opened by a relative
    pronoun before it. The words before it in its phrase (a name or a noun) are who says the
    clause: its figures are theirs. None when nothing but a determiner stands before it ("which the
    estimates put at $5m": a noun), when what follows is what a plural noun takes ("which the
    bank's reports describe as ..."), or when no relative pronoun opens the clause ("the council
    estimates were low")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or _verb_form(tok.lower_, REPORTING_VERBS, _PRESENT_ENDINGS) is None:
        return None
    verb = tok.head
    if verb.dep_ != "relcl" or verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    if any(t.dep_ not in ("aux", "neg") for t in doc[tok.i + 1:verb.i]) or doc[tok.i + 1].tag_ not in ("MD", "VBZ"):
        return None  # (a plural noun takes "describe", not "would cost" nor "is": "which the bank's reports describe")
    left = tok.left_edge.i
    if doc[left].tag_ in ("WDT", "WP") and left < tok.i:
        left += 1  # "which the Farm Bureau claims": the parse hung the pronoun and the name on the noun
    elif not any(c.tag_ in ("WDT", "WP") and c.i < left for c in verb.children):
        return None
    words = doc[left:tok.i]
    if tok.i - left > 6 or not any(t.pos_ in ("PROPN", "NOUN") for t in words) \
            or any(t.dep_ not in ("det", "compound", "amod", "nsubj", "punct") for t in words):
        return None
    return _trim(words)


def _noun_as_verb(tok: Token) -> bool:
    """A reporting verb the parse took for a noun ("Smith charges that ...", "documents from
    the case show he paid ..."): the word is a verb's form, it has no determiner, possessor or
    adjective of its own, and a clause hangs on it (with "that", or as a complement)."""
    if _verb_form(tok.lower_, REPORTING_VERBS, _PRESENT_ENDINGS) in (None, *_NOUN_FIRST_VERBS):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "poss") or any(
            c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
        return False
    return any(c.i > tok.i and (c.dep_ == "ccomp" or c.dep_ in ("acl", "relcl") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) or _that_clause_as_relative(c))
        for c in tok.children)


def _shown_in_work(verb: Token, bounds: tuple[int, int]) -> tuple[Source, tuple[int, int]] | None:
    """ "It is revealed in a magazine's test that the car reaches 200 km/h", "it was found by the
    auditors that ...": a passive verb of saying whose subject is an empty "it" and which takes a
    "that" clause names who says it with "in" a work (its owner when it has one, "the magazine";
    else the work, "a new study") or "by" someone. "It is reported that ..." names no one; "it
    was shown in May" is no work. Returns the source and the token range of "in X"."""
    if not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or not any(c.dep_ == "ccomp" and c.i > obj.i for c in verb.children) \
            and not any(_that_opens(c) for c in obj.children):
        return None  # (the parse may hang the "that" clause on the work: "in a new study that 40 ...")
    if prep.lower_ == "in":
        if not {obj.lemma_.lower(), obj.lower_} & (EVIDENCE_NOUNS | _TEXT_NOUNS | _TOLD_IN_NOUNS):
            return None
    elif not (obj.pos_ in ("PROPN", "NOUN") or obj.ent_type_):
        return None
    np = _phrase(obj, bounds)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None) if prep.lower_ == "in" else None
    src = _owner_source(owner, verb, bounds) if owner is not None else _source(np, verb.text, verb)
    return src, (prep.i, np.end)


def _that_opens(clause: Token) -> bool:
    """ "(a new study) that 40 wells failed": a clause the parse hung on a noun as a relative one,
    opened by "that" and with a subject of its own besides it: a "that" clause of what is told."""
    return clause.dep_ in ("relcl", "acl") and clause.i > clause.head.i and clause.left_edge.lower_ == "that" \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)


def _name_ending_in_verb(tok: Token, span: Span) -> Span | None:
    """ "The Council on Clean Water reports in Audit 2022 that 40% of wells fail": a verb of saying
    in the present, in lower case right after a capitalised name, that the parse took for the
    last word of that name (a noun), then "that" (straight after it or after a short phrase of
    "in" or "on" with no verb in it): the name is the speaker. Returns the name's phrase, from the
    start of the noun phrase the verb was read into up to the verb. "The Water reports that are
    due" (a noun with a relative clause of its own) and "the reports of the council" are no
    verbs."""
    doc = tok.doc
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_lower or tok.i == span.start \
            or _verb_form(tok.lower_, REPORTING_VERBS, _PRESENT_ENDINGS) is None \
            or any(c.dep_ in ("det", "poss", "amod", "nummod", "relcl", "acl") for c in tok.children):
        return None
    prev = doc[tok.i - 1]
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper():
        return None
    nxt = tok.i + 1
    if nxt < span.end and doc[nxt].lower_ in ("in", "on"):
        nxt = next((t.i for t in doc[nxt + 1:min(nxt + 8, span.end)] if t.lower_ == "that" or t.pos_ in ("VERB", "AUX")
                    or t.is_punct), span.end)
    if nxt >= span.end or doc[nxt].lower_ != "that" or doc[nxt].dep_ != "mark":
        return None
    head, through = tok, False
    while head.dep_ in ("pobj", "compound") and head.head.i < head.i and (
            head.dep_ == "compound" or head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN")):
        through = through or head.dep_ == "pobj"
        head = head.head if head.dep_ == "compound" else head.head.head
    start = max(min(head.left_edge.i, tok.left_edge.i), span.start)
    if not through or start >= tok.i:
        return None  # (a verb read as the head of its subject's phrase is read by _noun_as_verb)
    return _trim(doc[start:tok.i])


def _that_clause_as_relative(clause: Token) -> bool:
    """ "The council reports in its 2023 survey that of the fees paid ..., nearly 60 percent came
    from ...": the parse reads the clause as a relative one whose subject is "that"; a clause
    that has a subject of its own besides "that" is a "that" clause (what is reported)."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) >= 2 and subjects[0].lower_ == "that" and subjects[0].i < clause.i


def _subject(verb: Token, span: Span) -> Token | None:
    """The subject of a verb within its sentence (spaCy's ``nsubj`` child), if it has one. When
    the parse gives the verb two, a phrase of time that opens the sentence ("The night before, at a
    town hall, the senator was blunt") is not the subject: the other one is; nor is a word in
    square brackets when the verb has a subject outside them (see :func:`_in_brackets`), nor,
    for a verb in round brackets, a word outside them when one inside is a subject too ("... to
    admit 2,000 refugees (in fact, the council has proposed 300)": the council proposes)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i >= span.start]
    if len(subjects) > 1 and not all(_in_brackets(c) for c in subjects):
        subjects = [c for c in subjects if not _in_brackets(c)]
    if len(subjects) > 1 and _in_parentheses(verb):
        subjects = [c for c in subjects if _in_parentheses(c)] or subjects
    if len(subjects) > 1 and (_time_phrase(subjects[0]) or _set_aside(subjects[0]) or _name_beside(subjects[0], subjects[1])
                              or _relative_object(subjects[0], subjects[1]) or _quoted_before(subjects[0], subjects[1])):
        return subjects[1]
    return subjects[0] if subjects else None


#: Words that close a phrase set aside before the clause ("His pledges notwithstanding, ...").
_SETTING_ASIDE = frozenset("notwithstanding aside apart".split())


def _set_aside(first: Token) -> bool:
    """Is the first of two subjects the parse gave a verb a phrase set aside before the clause,
    closed by "notwithstanding" or "aside" and a comma ("Her promises to renters notwithstanding,
    outside analysts agree the richest tenth would gain 9 percent")? The other one is the subject."""
    doc = first.doc
    end = first.right_edge.i
    return doc[end].lower_ in _SETTING_ASIDE and end + 1 < len(doc) and doc[end + 1].text == ","


def _quoted_before(first: Token, second: Token) -> bool:
    """ "“The early rounds matter, but they only give 4 percent,” the manager said": the parse gives
    the tag's verb two subjects, a word inside the quotation and the name after its closing mark;
    the one after the mark is who speaks, the one inside is what the quotation tells of."""
    return first.i < second.i and any(t.text in _QUOTE_CLOSERS and t.text != "’"
                                      for t in first.doc[first.i + 1:second.left_edge.i])


def _relative_object(first: Token, second: Token) -> bool:
    """ "(150 hp,) which the maker claims is a gain": the parse gives the verb two subjects, the
    relative pronoun and a noun after it; the pronoun is what is claimed, the noun who claims."""
    return first.tag_ in ("WDT", "WP") and first.i < second.i and second.pos_ in ("NOUN", "PROPN", "PRON") \
        and second.tag_ not in ("WDT", "WP")


def _claimed_after_relative(cues: list[Cue], tok: Token, anc: list[Token]) -> Cue | None:
    """ "It makes 150 hp, which the maker claims is a 15% gain": a verb of saying in a relative
    clause whose object is the pronoun says the clause right after it, which the parse hung
    elsewhere ("is a 15% gain" above the figure). What comes before the verb is not said by it."""
    for c in cues:
        verb = c.verb
        if verb is None or c.kind != "verb" or not verb.i < tok.i < len(verb.doc):
            continue
        if _says_after_relative(verb) and verb.doc[verb.i + 1] in anc:
            return c
        if _relative_teller_as_noun(verb) is not None and verb.head in anc:
            return c  # "which the council estimates would cost $80m" ("estimates" read as a noun)
    return None


def _says_after_relative(verb: Token) -> bool:
    """ "which the maker claims is ...": a verb of saying with the relative pronoun and a noun as its
    two subjects, no clause of its own and a verb right after it (the clause it says)."""
    subjects = [g for g in verb.children if g.dep_ == "nsubj"]
    return len(subjects) > 1 and _relative_object(subjects[0], subjects[1]) and verb.i + 1 < len(verb.doc) \
        and verb.doc[verb.i + 1].pos_ in ("AUX", "VERB") and not any(g.dep_ == "ccomp" for g in verb.children)


def _says_in_relative(verb: Token) -> bool:
    """ "servers that it says use 40% less power", "a drug which the maker claims cuts deaths by
    half": a verb of saying in a relative clause, opened by "that" or "which", whose subject is a
    speaker and whose next word is the verb it says (hung on it), the clause it tells."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.i + 1 >= len(doc):
        return False
    said = doc[verb.i + 1]
    opener = any(c.dep_ in ("mark", "nsubj", "dobj") and c.lower_ in ("that", "which") and c.i < verb.i
                 for c in verb.children)
    speaker = any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which") and c.i < verb.i for c in verb.children)
    return opener and speaker and said.pos_ in ("AUX", "VERB") and said.head.i == verb.i and said.dep_ in ("xcomp", "ccomp")


def _in_parentheses(tok: Token) -> bool:
    """Is ``tok`` inside round brackets in its sentence ("(The Herald) Lee said ...")?"""
    sent = tok.sent
    before = [t.text for t in tok.doc[sent.start:tok.i]]
    opened = max((k for k, w in enumerate(before) if w == "("), default=-1)
    return opened >= 0 and ")" not in before[opened:] and any(t.text == ")" for t in tok.doc[tok.i + 1:sent.end])


def _in_brackets(tok: Token) -> bool:
    """Is ``tok`` inside square brackets ("from [40%] to 45% [of voters]")? What an editor puts in
    brackets inside a quotation is the editor's note: the parse may take a word of it for a second
    subject of the tag's verb, which is not who speaks. A subject in brackets that is the verb's
    only one ("the 40 votes [the senators] said were lost") names, in the editor's words, who
    does."""
    doc = tok.doc
    for k in range(tok.i - 1, max(tok.i - 12, -1), -1):
        if doc[k].text == "]":
            return False
        if doc[k].text == "[":
            return any(doc[j].text == "]" for j in range(tok.i + 1, min(tok.i + 12, len(doc))))
    return False


def _name_beside(first: Token, second: Token) -> bool:
    """ "A nurse backing the union, Maria Costa of the city hospital, said ...": the parse gives the verb
    two subjects, a common noun's phrase and, after a comma, the name of whom it describes. The
    name (a person's or a body's) is the speaker's."""
    doc = first.doc
    return first.pos_ == "NOUN" and second.pos_ == "PROPN" and second.ent_type_ in ("PERSON", "ORG") \
        and second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == "," \
        and first.right_edge.i < second.left_edge.i


#: Nouns of a time, which as a sentence's first phrase tell when, not who.
_TIME_NOUNS = frozenset("""day days week weeks month months year years decade morning afternoon evening night
    weekend time monday tuesday wednesday thursday friday saturday sunday""".split())


def _time_phrase(tok: Token) -> bool:
    """Is ``tok`` the head of a phrase of time ("the day before", "last week", "Monday")?"""
    return tok.lower_ in _TIME_NOUNS or tok.ent_type_ in ("DATE", "TIME")


def _subject_read_as_modifier(verb: Token, span: Span) -> Token | None:
    """ "The Board of Trade reports in its outlook that ...": the parse reads the subject and the
    verb as one noun phrase ("the ... reports"), the verb taking the article and the name as its
    modifiers; the name (its head word) is the subject."""
    if not any(c.dep_ == "det" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("nmod", "compound") and c.i < verb.i
                 and c.i >= span.start and c.pos_ in ("PROPN", "NOUN")), None)


def _subject_before(tok: Token, span: Span) -> Token | None:
    """The subject of a verb the parse missed: the names compounded with it ("Smith charges"),
    else the noun right before it, taken up to the noun its phrase hangs on ("documents from
    the case show": "documents")."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if names:
        return names[0]
    prev = tok.doc[tok.i - 1] if tok.i > span.start else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    while prev.dep_ == "pobj" and prev.head.dep_ == "prep" and prev.head.head.pos_ in ("NOUN", "PROPN") \
            and prev.head.head.i >= span.start:
        prev = prev.head.head
    return prev


def _speaker_between_commas(verb: Token, span: Span, subj: Token | None) -> Span | None:
    """A speaker the parse missed, set between commas right before a verb of saying, maybe with
    an apposition of its own ("On the third day of the trial, Tomas Brandt, 52, said that ...",
    "... were locked in a vault, Olga Santos, the chief clerk, wrote"): a name (a person's or a
    body's) between commas, with only noun phrases between it and the verb. Only when the parse
    gives the verb no subject, or one before the name with a clause of its own in between (it
    is the subject of another verb); never "The mayor, Ann Lee, said" (a name set beside the
    subject)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _verb_lemma(verb) not in REPORTING_VERBS \
            or verb.i - 1 <= span.start or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None  # "..., Lee, told the board" or "asked them to ...": not a verb of saying here
    end = verb.i - 1
    for _ in range(3):
        start = next((j for j in range(end - 1, span.start - 1, -1) if doc[j].text == ","), None)
        if start is None or start <= span.start:
            return None
        chunk = doc[start + 1:end]
        if not len(chunk) or len(chunk) > 12 or any(t.pos_ in ("VERB", "AUX") for t in chunk):
            return None
        if len(chunk) <= 5 and all(t.pos_ == "PROPN" or t.text == "." for t in chunk) \
                and chunk[-1].ent_type_ in ("PERSON", "ORG"):
            if subj is not None and (subj.i >= chunk.start or not any(
                    t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")
                    for t in doc[subj.i + 1:chunk.start])):
                return None  # the parse's subject, or a name set beside it
            return chunk
        end = start
    return None


def _inverted_tag(verb: Token, span: Span) -> bool:
    """ "The storm destroyed 300 homes, reported state television.": a verb of saying right after
    a comma, with no subject of its own, followed by who says it and nothing more up to the end
    of the sentence, which the parse read as a second verb of the sentence's subject with the
    speaker as its object. It is a tag, inverted: its speaker comes after it. Only a speaker
    can be that object: a name, a role, a body of government or a medium ("announced the
    ministry"), not a thing ("..., reported the damage.")."""
    obj = _object_closing_tag(verb, span)
    if obj is None:
        return False
    if verb.lemma_.lower() in _TAKING_TOO and _agent(verb.head):
        return False  # "The Senate voted 52 to 48, confirmed the judge": a second deed of its subject
    return _object_could_speak(obj)


def _object_closing_tag(verb: Token, span: Span) -> Token | None:
    """The object of a verb of saying set after a comma with no subject of its own, which runs to
    the end of the sentence (", reported state television.", ", reported the damage."): the
    shape of a tag told verb first. None when the verb is not so set."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.i - 1 <= span.start or doc[verb.i - 1].text != "," \
            or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or not all(t.is_punct for t in doc[obj.right_edge.i + 1:span.end]):
        return None
    return obj


def _object_could_speak(obj: Token) -> bool:
    """Can the object of a closing verb of saying be who speaks: what :func:`_could_speak`
    allows, or a phrase naming a body of government or a medium ("state television", "the
    office of the mayor"), not a thing ("the damage")?"""
    phrase = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
    return _could_speak(obj) or bool(_GOV_WORDS.search(phrase.text) or _MEDIA_NAMES.search(phrase.text))


def _thing_tells_thing(verb: Token, span: Span) -> bool:
    """ "The fire destroyed 40 homes, reported the damage.": a verb of saying set like an inverted
    tag whose object is no speaker, after a clause whose subject is a thing, not a person or a body
    ("The fire"): no one is named who says it, and a thing reports nothing. The verb is no cue;
    the sentence stays the outlet's own."""
    obj = _object_closing_tag(verb, span)
    return obj is not None and not _object_could_speak(obj) and not _agent(verb.head) \
        and not any(c.dep_ == "nsubj" and c.lemma_.lower() in EVIDENCE_NOUNS | _WORK_NOUNS for c in verb.head.children)


#: Verbs of saying that also take a seat, a title or a nominee as a deed ("claimed the Senate",
#: "confirmed the judge").
_TAKING_TOO = frozenset("claim confirm".split())


def _agent(verb: Token) -> bool:
    """Is the subject of ``verb`` a person or a body that acts ("Republicans", "the Senate", "she"),
    not a thing ("The storm")?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (_named(subj) or subj.pos_ == "PRON" or subj.ent_type_ in ("GPE", "NORP")
                                 or subj.lemma_.lower() in _JOB_NOUNS or bool(_GOV_WORDS.search(subj.text)))


def _listed_subject(verb: Token, span: Span) -> Token | None:
    """ "She thanked the staff and questioned the 4% figure, suggested that ...": a verb of
    saying with no subject, listed after a comma behind a clause of the same subject that the
    parse hung on it as what it says. That clause's subject is the verb's. Only with a clause of
    its own after it and no quotation closing before its comma ("“...”, said X" is a tag, its
    speaker after it)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i - 1 <= span.start \
            or doc[verb.i - 1].text != "," or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    left = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if left is None or doc[verb.i - 2].text in _QUOTE_CLOSERS or doc[verb.i - 2].text in _QUOTE_MARKS:
        return None
    subj = _subject(left, span)
    return subj if subj is not None and subj.i < left.i else None


def _participle_after_subject(verb: Token, span: Span) -> Token | None:
    """ "The senator, arguing that the plan would cost $4 billion, voted no", "Lee, later alleging
    that ..., said ...", "Arguing that ..., the senator voted no": a participle of saying with a
    clause of its own, set after the subject of a verb (hung on that subject) or before the verb
    it hangs on: that verb's subject is who says it."""
    if not _aside_participle(verb) or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl":  # "Arguing that ..., the senator voted no"
        return _subject(head, span)
    return head if any(t.text == "," for t in verb.doc[head.i + 1:verb.left_edge.i]) else None


def _asks_who(verb: Token, subj: Token) -> bool:
    """ "Who told you that 80 percent of the files were kept?": a question whose subject asks who
    says it names no one who does (inside a quotation the one who asks speaks)."""
    return subj.tag_ == "WP" and subj.lower_ in ("who", "whom") and verb.dep_ == "ROOT" and subj.i < verb.i \
        and any(t.text == "?" for t in verb.doc[verb.i + 1:verb.sent.end])


def _the_readers(subj: Token) -> bool:
    """ "Your needs suggest the 2-seat tier", "your budget will show whether ...": a thing of the
    one the text addresses (owned by "your") is no one who speaks; what it "suggests" is the
    writer's advice. A quotation's "your" goes with its speaker, whose words they are anyway."""
    return subj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "your" for c in subj.children)


#: Loose words of amount ("a ton of people", "lots of folks", "a bunch of users").
_LOOSE_AMOUNTS = frozenset("ton tons lot lots bunch load loads heap heaps plenty".split())


#: Plain words of a crowd, with no role or trade ("people", "users", "fans").
_CROWD_NOUNS = frozenset("""people folks users customers buyers shoppers consumers fans viewers readers
    listeners subscribers owners""".split())


def _loose_crowd(subj: Token) -> bool:
    """ "A ton of people find the $8 tier enough", "lots of users say it takes 3 days": a loose
    amount of a plain crowd, the writer's way of telling what is common, is no one who speaks.
    Not a loose amount of people of a role or a trade ("a bunch of lawmakers said", "plenty of
    economists expect"): they are unnamed sources."""
    return subj.lower_ in _LOOSE_AMOUNTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in _CROWD_NOUNS for o in c.children)
        for c in subj.children)


def _passive_participle(verb: Token) -> bool:
    """ "With the user base projected to grow to 6 million, ...", "two rivals, usually
    described as outsiders, won 61%": a participle with no auxiliary that the parse gave a
    subject, in a clause opened by "with" or "without", or a past participle with no object nor
    clause of its own that takes "as" or an infinitive (not "Smith boasted of ...", a verb the
    parse tagged as a participle). What it hangs on is what is projected or described, not who
    says it."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "ccomp", "dative") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children)


def _speaker_after_quote(verb: Token, span: Span) -> Token | None:
    """ "“...,” recalled Mr. Lund.": a verb of saying right after a quotation's closing mark, its
    speaker after it, which the parse took for the verb's object (a proper noun or a role noun,
    and nothing more up to the sentence's end, bar punctuation), or hung elsewhere (see
    :func:`_name_after`)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.i - 2 < span.start:
        return None
    if doc[verb.i - 1].text not in _QUOTE_CLOSERS and not (
            doc[verb.i - 1].text == "," and doc[verb.i - 2].text in _QUOTE_CLOSERS):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return _name_after(verb, span)
    if not _named(obj):
        return None
    nxt = doc[obj.i + 1] if obj.i + 1 < span.end else None
    return obj if nxt is None or nxt.is_punct else None


def _name_after(verb: Token, span: Span) -> Token | None:
    """The name right after a verb of saying that follows a quotation, however the parse hung it
    ("“...,” said Ann Lee, who ran the office, ..." with the name read as the subject of a verb
    further on, or as an adverb): its last word, when the name ends at a comma or the sentence's
    end."""
    doc = verb.doc
    k = verb.i + 1
    while k < span.end and doc[k].text[:1].isupper() and doc[k].ent_type_ not in ("DATE", "TIME") \
            and doc[k].lower_ not in _TIME_NOUNS:
        k += 1  # capitalised words, whatever the tagger made of them ("Skelly" as an adverb)
    if k == verb.i + 1 or k < span.end and doc[k].text not in (",", ".") or k - verb.i > 5:
        return None
    return doc[k - 1]


def _speaker_shown(verb: Token, span: Span) -> Token | None:
    """ "footage of X asking, ...", "a video of X saying ...": the person a recording shows is
    who speaks, not the recording's subject."""
    if verb.tag_ != "VBG" or verb.i <= span.start:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ in ("PROPN", "NOUN") and prev.dep_ == "pobj" and prev.head.lower_ == "of":
        return prev
    return None


#: Nouns of written texts that "read" what they say ("the letter read: ...").
_TEXT_NOUNS = frozenset("""letter article statement sign message note post tweet headline caption
    text document memo email e-mail notice banner placard poster report release""".split())


def _lead_in(seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "He then listed the qualities he wants:" followed by a quotation: a sentence of a person
    or a body that ends with a colon right before a quotation leads into that person's words,
    whatever its verb."""
    if not _ends_with_colon(seg):
        return None
    doc = seg.span.doc
    after = doc_text(doc)[seg.span.end_char:seg.span.end_char + 8].lstrip()
    if not after or after[0] not in _QUOTE_MARKS:
        return None
    root = seg.span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i >= bounds[0]), None)
    if root.pos_ != "VERB" or subj is None or not (
            subj.lower_ in ("he", "she", "they") or subj.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    return _verb_cue(root, subj, seg, bounds)


#: Nouns of the evidence a figure is read in ("17 percent in a weekend poll").
_EVIDENCE_IN_NOUNS = frozenset("""poll polls survey surveys study studies census report reports audit audits
    estimate estimates projection projections tally analysis""".split())


def _evidence_in_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "She slipped to 17 percent in a weekend poll", "he trails by 9 points in the average of
    state polls": the poll, survey or study named by "in" inside a clause gives that clause's
    figures (see :func:`_in_clause_of`). A sentence that opens with it is read by
    :func:`_evidence_setting`; "in" a place, a time or a field ("invested $5m in research") and
    a counted one ("in 40 polls") are no evidence."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i == _first_word(seg):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or any(c.dep_ == "nummod" for c in obj.children):
        return None
    named = obj
    if obj.lower_ in ("average", "averages"):  # "the average of state polls"
        named = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), obj)
    if named.lower_ not in _EVIDENCE_IN_NOUNS:
        return None
    np = _phrase(obj, bounds)
    clause = _clause_of(tok)
    answered = _answered(clause)
    if not any(_counts(t) and _clause_of(t) in (clause, answered) for t in (answered or clause).subtree
               if not np.start <= t.i < np.end):
        return None  # no figure in its clause to give: no cue
    return Cue((_source(np, "in", tok),), None, (tok.i, np.end), "evidence", seg.index, tok)


def _first_word(seg: Segment) -> int:
    """The index of the first word of a segment (not a mark or a space); -1 if none."""
    return next((t.i for t in seg.span if not (t.is_punct or t.is_space)), -1)


def _clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in (itself when a verb; the root when none)."""
    for t in [tok, *_ancestors(tok)]:
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
    return tok


def _in_clause_of(tok: Token, cue: Cue) -> bool:
    """Is ``tok`` in the clause the cue's word hangs in (or, for a poll, in the clause of the
    share of people answering it: "40 percent said they ... in the poll")?"""
    if cue.anchor is None:
        return False
    clause = _clause_of(cue.anchor)
    return clause == _clause_of(tok) or cue.kind == "evidence" and _answered(clause) == _clause_of(tok)


def _answered(clause: Token) -> Token | None:
    """ "Forty percent of those asked said the plan was unfair, in the poll": the verb of saying whose
    subject is a share of people asked, when ``clause`` is what they said; None otherwise."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i or not _is_verb_of(head, REPORTING_VERBS):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return head if subj is not None and _share_of_respondents(subj) else None


def _under_rule_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "Under state law, towns must hold a vote ...", "under the new rules, ... 40 hours": a rule
    named by "under" before its clause (or after a comma) sets that sentence's figures, like "by
    one estimate" (:func:`_owned_figures_cue`)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "under" or tok.lemma_.lower() not in _RULE_NOUNS \
            or tok.pos_ not in ("NOUN", "PROPN") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    if not (head.i < head.head.i or head.i > 0 and doc[head.i - 1].text == ","):
        return None
    if not any(_counts(t) for t in head.head.subtree if not head.i <= t.i <= tok.i):
        return None
    phrase = _trim(doc[tok.left_edge.i:tok.i + 1])
    return Cue((_source(phrase, "under", head),), None, (head.i, tok.i + 1), "owned", seg.index, head)


def _per_source_cue(tok: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "..., per the Herald.", "..., per court records": "per" after a comma, before a name or
    a record, is "according to" (never a rate: "$5 per share")."""
    if tok.lower_ != "per" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None and tok.i + 1 < bounds[1]:
        nxt = tok.doc[tok.i + 1]
        obj = nxt.head if nxt.head.i > tok.i and nxt.head.i < bounds[1] else nxt
    if obj is None or not (obj.pos_ == "PROPN" or obj.lemma_.lower() in EVIDENCE_NOUNS
                           or _MEDIA_NAMES.search(obj.lower_)):
        return None
    np = _phrase(obj, bounds)
    return Cue((_source(np, "per", tok),), None, (tok.i, np.end), "according", seg.index, tok)


def _aside_cue(seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "During that time, state records show, the ship sailed 216 hours": a speaker and a
    reporting verb set between commas, which the parse took for a noun phrase. The words are a
    noun phrase and a verb's form that agrees with it (a plural or a name and "show" / "say", a
    singular and "shows", any and "said"); the verb's form is a reporting verb's."""
    toks = [t for t in seg.span if not t.is_space]
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    for a, b in zip(commas, commas[1:]):
        inner = toks[a + 1:b]
        if not 2 <= len(inner) <= 6:
            continue
        verb, np_toks = inner[-1], inner[:-1]
        head = np_toks[-1]
        form = _verb_form(verb.lower_, REPORTING_VERBS)
        if form is None or form in _NOUN_FIRST_VERBS and verb.pos_ != "VERB" \
                or head.pos_ not in ("NOUN", "PROPN", "PRON") or not all(
                t.pos_ in _NP_POS or t.text in ".-'’&" for t in np_toks):
            continue
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we")
        if verb.lower_ == form and not plural or verb.lower_ == form + "s" and plural:
            continue  # "the TV show,": no verb agreeing with a subject
        if verb.lower_ not in (form, form + "s", form + "es") and not verb.tag_ in ("VBD", "VBN") \
                and not verb.lower_.endswith("ed") and verb.lower_ not in ("said", "told", "wrote"):
            continue
        doc = seg.span.doc
        np = _trim(doc[np_toks[0].i:head.i + 1])
        return Cue((_source(np, verb.text, verb),), verb, (np.start, verb.i + 1), "trailing", seg.index, verb)
    return None


def _evidence_setting(seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "In the latest poll, 40 percent ...", "In a study published Monday, ...": a sentence that
    opens by naming the poll, study or report it reads from, and has no speaker of its own."""
    toks = [t for t in seg.span if not (t.is_punct or t.is_space)]
    if len(toks) < 3 or toks[0].lower_ != "in" or toks[0].dep_ != "prep":
        return None
    obj = next((c for c in toks[0].children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    np = _phrase(obj, bounds)
    return Cue((_source(np, "in", toks[0]),), None, (toks[0].i, np.end), "according", seg.index, toks[0])


def _figure_object(verb: Token) -> bool:
    """Does a figure follow the verb as its object ("charges $30 a month")? Then the verb does
    not close its sentence as a tag of saying does ("..., the studio said."; "Below, you will
    find 10 tips" finds no speaker). Not evidence told by a participle ("..., with a poll showing
    her 3 points ahead"), pointing, a judgement or an accusation: their objects are what they
    state."""
    if _verb_is(verb, "point") or _is_verb_of(verb, _JUDGING_VERBS) or _accuses(verb) \
            or verb.tag_ == "VBG" and _is_verb_of(verb, _EVIDENCE_VERBS):
        return False  # "..., with one poll showing her 3 points ahead": evidence states its object
    return any(c.i > verb.i and c.dep_ in ("dobj", "attr") and any(_counts(t) for t in c.subtree)
               for c in verb.children)


def _goes_on_to_verb(tok: Token) -> bool:
    """Does "continue" take another verb after it as what goes on ("As the rain fell, the tremors
    continued to shake the town")? It does not end its sentence as "..., he continued." does. (A
    verb of saying with a verb after it still says: "Acme, which claims to have 900 clients".)"""
    return _verb_lemma(tok) in _NOT_GERUND_REPORTS and any(
        c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") for c in tok.children)


def _trailing(tok: Token, span: Span) -> bool:
    """A reporting verb after a comma or a quote at the end of its sentence ("..., he added.").
    A verb with a figure for its object after it does not end the sentence ("Since May, the
    studio charges $30 a month": what it charges)."""
    if _figure_object(tok) or _goes_on_to_verb(tok):
        return False
    before = [t for t in span if t.i < tok.i and t.i >= tok.left_edge.i - 2]
    if any(t.text in (",", "”", '"', "’") for t in before):
        return True
    # the subject opens a sentence right after a closing quotation mark ("“...?” Smith said.")
    doc = span.doc
    start = tok.left_edge.i
    return start == span.start and start > 0 and doc[start - 1].text in ("”", '"', "’") \
        and "\n" not in doc[start - 1].whitespace_ and tok.i - start <= 6


#: Words that stand for a source without naming it: personal pronouns, relatives and
#: demonstratives ("he", "I", "which", "that"; "'s" of "let's").
_PRONOUN_WORDS = frozenset(_PRONOUNS) | _FIRST_PERSON | frozenset(
    "him them my our your which that who whom whose this these those 's ’s".split())


def _pronoun_joined(src: Source) -> Source | None:
    """ "She and her brother Omar said ...": the "he" or "she" a source of people joined by "and"
    opens with, as a source of its own (its mention at the pronoun), for the person it stands for
    to take its place; None for any other source."""
    words = src.name.split()
    if len(words) < 3 or words[0].lower() not in ("he", "she") or words[1].lower() != "and" or src.start is None:
        return None
    return replace(src, name=words[0], kind="person", end=src.start + len(words[0]))


def _capitals_name(name: str) -> bool:
    """Is ``name`` one word of two or more capitals ("WHO", "US"): an abbreviation's name, not
    a pronoun ("who", "us") nor the pronoun "I"?"""
    return len(name) >= 2 and name.isalpha() and name.isupper()


def _unnamed(src: Source) -> Source:
    """A source named only by a pronoun, left unnamed: a pronoun is never returned as a name,
    nor a part of a group named by one ("all of whom", "two of them"). Its mention, cue and
    offsets stay; any other source comes back as it is."""
    if _capitals_name(src.name):
        return src  # "WHO", "US": a name in capitals, not the pronoun its letters spell
    words = src.name.lower().split()
    if not words or not (len(words) == 1 and words[0] in _PRONOUN_WORDS
                         or len(words) >= 3 and words[-2] == "of" and words[-1] in _PRONOUN_WORDS):
        return src
    return replace(src, name="", kind="outlet" if src.kind == "outlet" else "anonymous")


def _pronoun_class(src: Source, tok_root: Token | None) -> str | None:
    name = src.name.lower()
    if name in _PRONOUNS:
        return _PRONOUNS[name]
    words = name.split()
    if words and len(words) <= 3 and words[0] in ("the", "this", "that", "these", "those") and (
        words[-1] in _ROLE_NOUNS or words[-1] in ("ministry", "agency", "newspaper", "outlet",
                                                   "publication", "government", "department")
            or words[-1] in _ORG_ROLES and src.name[1:] == src.name[1:].lower()):  # not "The Harbour Bank"
        return "role:" + words[-1]
    if _business_described(src.name):
        return "role:company"
    return None


#: Nouns a text describes a business by when it refers back to one it named ("The Tulsa pipe
#: concern said ...", "the computer maker added ...").
_BUSINESS_NOUNS = frozenset("""company firm concern maker manufacturer automaker airline carrier insurer
    retailer lender thrift utility producer provider operator giant chain publisher developer""".split())


def _business_described(name: str) -> bool:
    """Is ``name`` a description of a business by "the" and a common noun of business, with its
    place, trade or size before it and what it makes after "of" ("The Tulsa pipe and valve concern",
    "the Ohio-based maker of boots", "The computer maker")? Not a name ("The Harbour Company":
    its noun capitalised), nor a part of a body ("the unit of Acme"), nor a bare noun of a trade
    ("the airline" may be one the text names in passing, never as a speaker)."""
    words = name.split()
    if not 2 <= len(words) <= 12 or words[0].lower() != "the":
        return False
    lowered = [w.lower() for w in words]
    end = lowered.index("of") if "of" in lowered else len(words)
    head = words[end - 1].strip(",")
    return (end >= 3 or head in _ORG_ROLES) and head in _BUSINESS_NOUNS


#: Common nouns of businesses that stand for the one the text named before ("Acme said ...
#: The company added ..."), with the kind of source they can refer back to. Other bodies keep
#: the name the text gives them ("The charity estimated ...").
_ORG_ROLES = {"company": "organisation", "firm": "organisation", "bank": "organisation",
              "group": "organisation"}


def _stands_in(src: Source) -> bool:
    """Does the source only stand in for one named before ("he", "the official")? "The bank"
    left unresolved is a name later pronouns can refer back to."""
    cls = _pronoun_class(src, None)
    return bool(cls) and not (cls.startswith("role:") and cls[5:] in _ORG_ROLES)


_JOINED = re.compile(r"\s(?:and|&)\s", re.I)


def _joined_people(src: Source) -> bool:
    """Does the source name people joined by "and" ("she and her brother Omar", "Tom Baker and Ann
    Cole"): a group, whom "they" refers to, never "he" or "she"? A body's name with "and" in it
    ("the Office of Parks and Recreation") is one source, as is a person with two
    roles set beside the name ("Ann Lee, a nurse and mother of two") or before it ("Retired
    nurse and author Ann Lee")."""
    m = _JOINED.search(src.name)
    if not m or re.search(r",\s*[^\d\s]", src.name[:m.start()].rstrip(", ")):
        return False  # "Ann Lee, a nurse and mother of two", "Ann Lee, CEO and founder": one person
    left = [w for w in src.name[:m.start()].replace(",", " ").split() if not w.isdigit()]  # "Tom Baker, 45, and"
    if len(left) == 1 and left[0].lower() in ("he", "she"):
        return True  # "he and his wife"
    named = len(left) > 1 and left[-1][:1].isupper()  # "Tom Baker and ...", not "Early retiree and ..."
    role = len(left) == 2 and left[0].lower() == "the"  # "the mayor and her deputy"
    return src.kind == "person" and (named or role or len(left) == 1 and left[0][:1].isupper())


def _fits(cls: str, cand: Source) -> bool:
    if cand.name.lower() in _PRONOUNS or _stands_in(cand):
        return False
    if _joined_people(cand):
        return cls == "pl"  # "Tom Baker and Ann Cole said ... They ...", never "He ..."
    if cls == "sg_person":
        last = cand.name.lower().split()[-1] if cand.name else ""
        return (cand.kind in ("person", "anonymous") or last in _PERSON_ROLES) and not last.endswith("s")
    if cls == "org":
        return cand.kind in ("media", "organisation", "government")
    if cls == "pl":
        # "they" stands for people or a body, never for one thing told with "a" ("a chat with
        # a friend reminded me ... why should they ...")
        return cand.kind in ("anonymous", "government", "organisation", "media") and \
            cand.name.split()[:1] not in (["a"], ["an"], ["A"], ["An"])
    if cls.startswith("role:"):
        if cls[5:] in _ORG_ROLES:  # "the company": the organisation named before it
            if _pronoun_class(cand, None):
                return False  # (not another "the company" left as the text gave it)
            return (cls[5:] in cand.name.lower() or cand.kind == _ORG_ROLES[cls[5:]]) and _body_name(cand.name)
        word = cls[5:]
        if _plural_role(word):  # "the researchers": people named as a group before, never one person
            last = cand.name.lower().split()[-1] if cand.name else ""
            return _singular(word) in cand.name.lower() or cand.kind == "anonymous" and _plural_role(last)
        return word in cand.name.lower() or (cand.kind in ("person", "anonymous") and word in _ROLE_NOUNS)
    return False


def _body_name(name: str) -> bool:
    """Is ``name`` a body's name, its first word after "the" capitalised ("Acme Corp.", "the Harbour
    Bank", "GM"), not a phrase that only holds one ("a unit of Beta Holdings", "expected losses at
    its Beta unit") nor a group of common nouns ("Companies and traders")?"""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in ("a", "an") and (
        len(words) == 1 or any(w[:1].isupper() for w in words[1:]))  # not "Companies and traders"


def _named_by_job(src: Source, latest: dict[tuple[str, str], Source]) -> Source | None:
    """The person "the nurse" or "the coach" refers back to: the last source so far named with
    that job beside the name ("Ann Ruiz, a nurse at the clinic, said ... added the nurse"). None
    when no source so named fits ("the nurse" stays as the text gives it)."""
    words = src.name.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _JOB_NOUNS:
        return None
    job = re.compile(rf"\b{re.escape(words[1])}\b")
    for cand in reversed(latest.values()):
        name = cand.name
        if cand.kind == "person" and name.lower() != src.name.lower() and job.search(name.lower()) \
                and any(w[:1].isupper() and w.lower() not in ("the", "a", "an") for w in name.split()):
            return cand
    return None


def _singular(word: str) -> str:
    return {"people": "person", "men": "man", "women": "woman"}.get(word, word[:-1] if word.endswith("s") else word)


def _plural_role(word: str) -> bool:
    """A role noun in the plural ("officials", "researchers", "people"); not "witness"."""
    return word in _ROLE_NOUNS and word != _singular(word) and (
        _singular(word) in _ROLE_NOUNS or word in ("people", "men", "women"))


_ABBR = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Z&]{1,6})")
_CAP = r"[A-Z][\w'’.&-]*"
_ALIAS_PAREN = re.compile(
    rf"((?:{_CAP}\s+)(?:(?:of|for|and|on|the|de|du|des)\s+|{_CAP}\s+)*?{_CAP}|(?:[Tt]he\s+)?{_CAP}(?:'s|’s)?"
    rf"(?:\s+[a-z]+){{1,4}})\s+\(([A-Z][A-Z&]{{1,6}})\)")


def _aliases(doc: Doc) -> dict[str, tuple[int, int]]:
    """Abbreviations the text defines: "the National Intelligence Service (NIS)", "X, known as HUR".

    Returns ABBR -> the character range of the full name (its first definition).
    """
    text = doc_text(doc)
    out: dict[str, tuple[int, int]] = {}
    if "(" not in text and "known as" not in text:
        return out
    for m in _ALIAS_PAREN.finditer(text):
        out.setdefault(m.group(2), (m.start(1), m.end(1)))
    for m in _ALIAS_KNOWN.finditer(text):
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        # the noun phrase that ends just before the comma
        head = doc[span.start - 1]
        while head.dep_ in ("compound", "amod", "poss") and head.head.i > head.i:
            head = head.head
        np = _phrase(head, (head.sent.start, span.start))
        out.setdefault(m.group(1), (np.start_char, np.end_char))
    return out


def _initials(name: str) -> str:
    """The initials of the capitalised words at the end of a name ("South Korea's National
    Intelligence Service" -> "NIS" is a suffix of "SKNIS")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    caps = []
    for w in reversed(words):
        if w[0].isupper():
            caps.append(w[0])
        elif w.lower() in ("of", "for", "and", "on"):
            continue
        else:
            break
    return "".join(reversed(caps))


def _expand(abbr: str, aliases: dict[str, tuple[int, int]], history: list[Source],
            doc: Doc | None = None) -> Source | None:
    """The full name an abbreviated source stands for: a definition in the text, else the latest
    earlier source whose capitalised words it abbreviates."""
    for cand in reversed(history):
        if cand.name.lower().removeprefix("the ") == abbr.lower():
            continue
        if aliases.get(abbr) is not None and cand.start is not None and cand.end is not None:
            a, b = aliases[abbr]
            if cand.start <= a < cand.end or a <= cand.start < b:
                return cand
    for cand in reversed(history):
        init = _initials(cand.name)
        if (init == abbr or len(abbr) >= 3 and init.endswith(abbr)) and not _ABBR.fullmatch(cand.name):
            return cand
    if doc is not None and aliases.get(abbr) is not None:
        span = doc.char_span(*aliases[abbr], alignment_mode="expand")
        if span is not None and len(span):
            return _source(span, "")
    return None


def doc_attributions(doc: Doc, segs: list[Segment] | None = None, *, outlet: str = "",
                     check: Callable[[], None] | None = None) -> DocAttributions:
    """Find the attribution cues of every sentence of ``doc`` and resolve pronouns.

    Args:
        doc: the parsed article.
        segs: its :func:`segments`, when already computed.
        outlet: the article's own outlet (its metadata): a source of that name is an outlet.
        check: called before each sentence; it raises to stop a run out of time.

    Returns:
        A :class:`DocAttributions` to query with :func:`attribution_for`.
    """
    segs = segs if segs is not None else segments(doc)
    da = DocAttributions(segments=segs)
    aliases = _aliases(doc)
    genders = _person_genders(doc)
    history: list[Source] = []
    # the latest mention of each source (name and kind: all a pronoun's fit reads), oldest first,
    # so that looking back for the one a pronoun refers to costs the sources, not the mentions
    latest: dict[tuple[str, str], Source] = {}
    prev_cue: Cue | None = None
    prev_para = -1
    block: tuple[Cue, int] | None = None  # "X said:" at a paragraph's end: its cue and the paragraph it opens
    poll: Cue | None = None  # "A new poll shows ...": the poll whose results the next sentences read

    def resolve(src: Source, cls: str) -> Source:
        """The source a pronoun of class ``cls`` stands for, by the sources so far and the people
        the text names; an unnamed source when nothing fits."""
        cand = next((c for c in reversed(latest.values()) if _fits(cls, c)
                     and (cls != "sg_person" or _same_sex(src, c, genders))), None)
        person = _named_person(doc, src, after=cand.start if cand is not None else None,
                               genders=genders) if cls == "sg_person" else None
        after = cand.start if cand is not None else None
        group = _named_group(doc, src, cls, after=after) if cls in ("pl", "org") else \
            _named_group(doc, src, "org", after=after) if cls.startswith("role:") and cls[5:] in _ORG_ROLES \
            else None  # "The company said": a body named since, as for "it"
        if group is not None and cls.startswith("role:") and (_pronoun_class(group, None) or not _body_name(group.name)):
            group = None  # (by its name, not by another "the company")
        if person is not None:  # a person named since the last source that fits
            out = replace(src, name=person, kind="person")
        elif group is not None:  # a body named since the last source that fits
            out = replace(src, name=group.name, kind=group.kind)
        elif cand is not None:
            out = replace(src, name=cand.name, kind=cand.kind)
        elif cls == "sg_person" and (far := _named_person(doc, src, anywhere=True, genders=genders)) is not None:
            out = replace(src, name=far, kind="person")  # the person the text named last
        else:  # a pronoun nothing in the text fits: said by someone unnamed
            out = _unnamed(src)
        if cls == "sg_person":
            _learn_sex(doc, genders, src, out)
        return out

    for seg in segs:
        if check is not None:
            check()
        cues = _cues_of(seg)
        resolved: list[Cue] = []
        for cue in cues:
            chain = list(cue.chain)
            for k, src in enumerate(chain):
                cls = _pronoun_class(src, None)
                if src.name.lower() in _FIRST_PERSON:
                    continue  # "I", "we": the quotation's speaker, settled by cue_for
                titled = _titled_person(doc, src)
                if titled is not None:  # "the president": the person last named with that title
                    chain[k] = replace(src, name=titled, kind="person")
                elif cls and (own := _owner_in_own_clause(doc, src, cls)) is not None:
                    chain[k] = replace(src, name=own.name, kind=own.kind)  # "X ... his claim": X
                elif cls == "sg_person" and (co := _coordinated_subject(doc, src, genders)) is not None:
                    chain[k] = replace(src, name=co.name, kind=co.kind)  # "X called it ..., but he noted": X
                elif cls:
                    chain[k] = resolve(src, cls)
                elif (joined := _pronoun_joined(src)) is not None:  # "she and her brother Omar"
                    one = resolve(joined, "sg_person")
                    if one.name:
                        chain[k] = replace(src, name=one.name + src.name[len(joined.name):], kind="person")
                elif _unnamed(src) is not src:  # "which", "that": a relative nothing resolved
                    chain[k] = _unnamed(src)
                elif _ABBR.fullmatch(src.name):
                    full = _expand(_ABBR.fullmatch(src.name).group(1), aliases, history, doc)
                    if full is not None:
                        chain[k] = replace(src, name=full.name, kind=full.kind)
                elif (whole := _whole_name(doc, src, genders)) is not None:
                    chain[k] = replace(src, name=whole, kind="person")  # "Lee said": "Ann Marie Lee"
                elif (job := _named_by_job(src, latest)) is not None:
                    chain[k] = replace(src, name=job.name, kind=job.kind)  # "the nurse": "Ann Ruiz, a nurse"
            cue.chain = tuple(_own_outlet(src, outlet) for src in chain)
            if _owner_unknown(cue):
                continue
            resolved.append(cue)
            for named in chain:
                if named.name and not _stands_in(named) and named.name.lower() not in _FIRST_PERSON:
                    history.append(named)
                    latest.pop((named.name, named.kind), None)
                    latest[(named.name, named.kind)] = named
        da.cues[seg.index] = resolved
        if seg.paragraph != prev_para and not (prev_cue is not None and _quote_goes_on(seg)):
            prev_cue = None
        speaking = [c for c in resolved if not _first_person(c)]
        if block is not None and seg.paragraph > block[1]:
            block = None  # the block a colon opens is one paragraph
        if block is not None and seg.paragraph == block[1]:
            da.introduced[seg.index] = Cue(block[0].chain, None, (0, 0), "carried", seg.index)
        if block is not None and seg.paragraph == block[1] and not speaking:
            da.inherited[seg.index] = da.introduced[seg.index]
        elif speaking:
            said = [c for c in speaking
                    if not _belief(c) and c.kind not in ("owned", "relative", "view", "judge", "rule", "evidence")]
            prev_cue = said[-1] if said else None  # a belief is no turn of speech to go on with
        elif resolved and prev_cue is not None and _opens_quote(seg):
            # "I" and "we" inside a quotation are its speaker: the speaker before goes on
            da.inherited[seg.index] = Cue(prev_cue.chain, None, (0, 0), "carried", seg.index)
        elif prev_cue is not None and continues(seg, prev_cue, segs[seg.index - 1] if seg.index else None,
                                                genders):
            da.inherited[seg.index] = Cue(prev_cue.chain, None, (0, 0), "carried", seg.index)
        else:
            prev_cue = None  # the speaker's turn ended: later sentences are the outlet's
        poll = _poll_goes_on(seg, speaking, poll, da)
        if speaking and _ends_with_colon(seg) and seg.index + 1 < len(segs):
            nxt = segs[seg.index + 1]
            if nxt.paragraph != seg.paragraph:  # "X said:" ends its paragraph: the next is what was said
                block = (speaking[-1], nxt.paragraph)
        prev_para = seg.paragraph
    _turns(doc, da)
    _posts(doc, da)
    _quotes(doc, da)
    return da


def _owner_unknown(cue: Cue) -> bool:
    """Is the cue a plan or an intent owned by a possessive pronoun that nothing in the text
    resolves ("... urged the board to drop its plan to shut 40 branches" with no board among the
    sources)? An owner known only as "its" or "their" names no one to tell the figure: the cue
    gives no source rather than an empty name."""
    return cue.kind in ("intent", "owned") and cue.anchor is not None and cue.anchor.pos_ in ("NOUN", "PROPN") \
        and bool(cue.chain) and not cue.chain[0].name and cue.chain[0].kind != "outlet"


def _posts(doc: Doc, da: DocAttributions) -> None:
    """An embedded post ("Hundreds of fans sang. -- Ann Lee (@annlee) May 4, 2021") or a signed
    letter is its signer's words (:func:`~storyline.extract.embeds.signed_blocks`)."""
    for b in signed_blocks(doc_text(doc), [g.span.start_char for g in da.segments]):
        name = doc.char_span(b.name_start, b.name_end, alignment_mode="contract")
        if name is None or not len(name):
            continue
        src = _source(name, b.kind, doc.char_span(b.sig_start, b.sig_end, alignment_mode="contract") or name)
        src = replace(src, kind=signer_kind(src.name, src.kind))
        seg = da.segment_of(name.start)
        cue = Cue((src,), None, (name.start, name.end), "post", seg.index if seg is not None else 0, name[0])
        for t in doc[max(0, name.start - (name.start_char - b.start)):name.start]:  # a token is at least a character
            if b.start <= t.idx < b.end and not t.is_space:
                da.quote_cue.setdefault(t.i, cue)


def _turns(doc: Doc, da: DocAttributions) -> None:
    """A paragraph that opens with a speaker's name and a colon, as transcripts write turns
    ("SMITH: We counted 40 boats."), is that speaker's words, like a quotation; when speakers
    take turns (a name opens several paragraphs), so are the paragraphs up to the next turn."""
    paragraphs: dict[int, list[Segment]] = {}
    for seg in da.segments:
        paragraphs.setdefault(seg.paragraph, []).append(seg)
    turns = [(toks, segs[0], _turn_label(toks)) for segs in paragraphs.values()
             for toks in ([t for seg in segs for t in seg.span if not t.is_space],)]
    # a headline "Name: Words In Capitals" (the title, a link to another story) is no turn of a
    # transcript: it tells its own line, and names no speaker whose turns go on
    labels = [label for toks, _, label in turns if label and not _headline_turn(toks)]
    interview = _INTERVIEW_LABELS.keys() <= set(labels)
    interviewee = _interviewee_named(doc, [(toks, label) for toks, _, label in turns]) if interview else None
    cue: Cue | None = None
    going_on = False
    for toks, seg, label in turns:
        if label:
            repeated = labels.count(label) > 1
            cue = _interview_turn(toks, seg, interviewee) if interview and label in _INTERVIEW_LABELS \
                else _turn_speaker(doc, toks, seg, repeated)
            going_on = cue is not None and (repeated or interview) and not _headline_turn(toks)
            # (in a transcript, a turn goes on to the next)
        elif not going_on:
            cue = None
        if cue is None:
            continue
        for t in toks:
            if t.i >= cue.excluded[1]:
                da.quote_cue.setdefault(t.i, cue)


def _headline_turn(toks: list[Token]) -> bool:
    """Is the paragraph a headline with a name before its colon ("Ann Lee: Why I Voted No On The
    $40m Plan")? Four words or more after the colon, nearly all capitalised (a turn of a
    transcript is a sentence: "LEE: We voted no on the plan.")."""
    colon = next((j for j, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon is None:
        return False
    words = [t for t in toks[colon + 1:] if t.is_alpha]
    if len(words) < 4:
        return False
    small = sum(1 for t in words if not t.text[0].isupper())
    return small <= len(words) // 5


#: The labels of an interview printed as questions and answers, and who each one is.
_INTERVIEW_LABELS = {"Q": "the interviewer", "A": "the interviewee"}


def _interview_turn(toks: list[Token], seg: Segment, interviewee: str | None = None) -> Cue:
    """ "Q: How many ...?" / "A: About 40.": in a text where both labels open paragraphs, a
    question is the interviewer's and an answer the interviewee's (by name when the text names
    them: :func:`_interviewee_named`), up to the next label."""
    k = 1 if toks and toks[0].text in _QUOTE_MARKS else 0
    label, colon = toks[k], toks[k + 1]
    src = Source(name=_INTERVIEW_LABELS[label.text], kind="anonymous", cue=":", start=label.idx,
                 end=label.idx + len(label.text), cue_start=colon.idx, cue_end=colon.idx + 1)
    if interviewee and label.text == "A":
        src = replace(src, name=interviewee, kind="person")
    return Cue((src,), None, (label.i, colon.i + 1), "turn", seg.index, colon)


#: Marks that open an item of a list ("- ", "* ", "• ").
_LIST_BULLETS = frozenset("- * • · ‣ ▪ – —".split())


def _interviewee_named(doc: Doc, paragraphs: list[tuple[list[Token], str]]) -> str | None:
    """Who answers in a Q/A interview, when the text names them: a question that calls the one
    asked by name ("Q: Ann – what did the first year teach you?", "Q: Ann, ...") naming a person the
    text named before its first question ("We sat down with Ann Lee, our new director"): that
    person, by the fullest form of the name. None when no question calls anyone by name, or the
    name is of no one named before (then the answers stay "the interviewee")."""
    first_q = next((toks[0].idx for toks, label in paragraphs if label == "Q" and toks), None)
    if first_q is None:
        return None
    people = [_unpossessed(e.text) for e in doc_ents(doc)
              if e.label_ == "PERSON" and e.end_char <= first_q]
    for toks, label in paragraphs:
        if label != "Q":
            continue
        k = next((j for j, t in enumerate(toks[:3]) if t.text == ":"), None)
        if k is None:
            continue
        called = []
        for t in toks[k + 1:k + 4]:
            if t.text in (",", "-", "–", "—"):
                break
            if not (t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN"):
                called = []
                break
            called.append(t.text)
        else:
            called = []
        if called:
            forms = [p for p in people if set(called) <= set(p.split())]
            if not forms:  # a name the tagger missed: the called name and the capitalised words after it
                pattern = r"\b" + r"\s+".join(map(re.escape, called)) + r"(?:\s+[A-Z][\w'’-]*){0,2}\b"
                forms = [m.group(0) for m in re.finditer(pattern, doc_text(doc)[:first_q])
                         if len(m.group(0).split()) > len(called)]
            people = _distinct_people(_bare_name(f) for f in forms)
            if len(people) == 1:  # ("Q: Ann, ..." of "Ann Lee" and "Ann Fox" is either)
                return people[0]
    return None


def _turn_label(toks: list[Token]) -> str:
    """The words before a colon that opens a paragraph ("SMITH" of "SMITH: ..."), "" if none.
    A list item's label after its bullet ("- STEP: do 3 sets") names a heading, no speaker."""
    if toks and toks[0].text in _LIST_BULLETS:
        return ""
    k = 1 if toks and toks[0].text in _QUOTE_MARKS else 0
    colon = next((j for j, t in enumerate(toks[k:k + 5], k) if t.text == ":"), None)
    if colon is None or colon == k or len(toks) - colon < 4:
        return ""
    name = toks[k:colon]
    if not all(t.is_alpha or t.text in (".", "-", "'") for t in name):
        return ""
    return " ".join(t.text for t in name)


def _turn_speaker(doc: Doc, toks: list[Token], seg: Segment, repeated: bool) -> Cue | None:
    """ "SMITH: ...", "Ann Lee: ...": a name of at most four words before a colon that opens the
    paragraph (``toks``, whose :func:`_turn_label` it is), with words after it. The name is a
    person's: one the parse knows as a person, or a name in capitals whose last word is the
    surname of a person the text names, or that opens another paragraph too (``repeated``:
    speakers taking turns)."""
    k = 1 if toks and toks[0].text in _QUOTE_MARKS else 0
    colon = next(j for j, t in enumerate(toks[k:k + 5], k) if t.text == ":")
    name = toks[k:colon]
    span = doc[name[0].i:name[-1].i + 1]
    words = [t.text for t in name if t.is_alpha]
    surname = words[-1].lower() if words else ""
    # the fullest way the text writes the name ("LEE" -> "Ann Lee"), when one person holds it
    # ("LEE" of "Ann Lee" and "Tom Lee" stays as written)
    forms = [_bare_name(e.text) for e in doc_ents(doc) if e.label_ == "PERSON" and not e.text.isupper()
             and _surname(e.text).lower() == surname]
    people = _distinct_people(f for f in forms if _form_of(" ".join(words).lower(), f.lower()))
    full = people[0] if len(people) == 1 else None
    person = any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end for e in doc_ents(doc))
    capitals = bool(words) and all(w.isupper() and len(w) > 1 for w in words)
    if not person and not (capitals and (forms or repeated)):
        return None
    if not repeated and not _says_something(toks[colon + 1:]):
        return None  # "Box Size: 8 inches wide", "Ann Lee: theft, held on $500 bond": a label, no turn
    src = replace(_source(span, ":", toks[colon]), kind="person")
    if full is not None and span.text.isupper():
        src = replace(src, name=full)
    return Cue((src,), None, (span.start, toks[colon].i + 1), "turn", seg.index, toks[colon])


#: The tags of a finite verb: what a clause that says something holds.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _says_something(toks: list[Token]) -> bool:
    """Do the words after a paragraph's label say something, as a speaker's turn does ("Ann Lee:
    We counted 40 boats.")? A clause with a finite verb does; a list of facts or a measurement
    does not ("Box Size: 8 inches wide x 2 inches deep", "Ann Lee: theft, held on $500 bond"):
    the label names what the line is about."""
    return any(t.tag_ in _FINITE_TAGS for t in toks)


def _own_outlet(src: Source, outlet: str) -> Source:
    """A source named as the article's own outlet (its metadata) is that outlet: "the Courier
    reported" in an article of "The Valley Courier"."""
    if not outlet or src.kind in ("media", "person"):
        return src
    if outlet_key(src.name) and outlet_key(src.name) in (outlet_key(outlet), outlet_key(outlet).split(" ")[-1]):
        return replace(src, kind="media")
    return src


#: How far back (characters) a person named as a subject is taken for "he" or "she".
_PERSON_REACH = 600


def _surname(name: str) -> str:
    """The last word of a person's name, without a possessive ("Dana Reyes's" -> "Reyes")."""
    words = _unpossessed(name).split()
    return words[-1] if words else ""


def _person_genders(doc: Doc) -> dict[str, str]:
    """What the text itself tells of the sex of the people it names: "m" or "f" (or "" when its
    signs disagree), by the name as the text writes it ("=Ann Lee") and by its last word ("Lee",
    only when every name ending so agrees: "Ann Lee" and "Tom Lee" tell nothing of "Lee"). The signs:
    a noun of a man or a woman set before the name or beside it ("actress Dana Reyes", "Reyes, a
    mother of two"), and the name's own pronoun: a "he"/"she" subject or a
    possessive after the name, as the subject of its clause, with no other person between ("Reyes
    said her team ...", "Lee said he ..."). No list of first names: a name alone tells nothing."""
    told: dict[str, str] = {}  # by a noun, by the name as the text writes it
    by_pronoun: dict[str, str] = {}

    def note(name: str, sex: str, out: dict[str, str] = told) -> None:
        key = _unpossessed(name)
        if key:
            out[key] = sex if out.get(key, sex) == sex else ""

    for ent in _person_ents(doc):
        before = doc[ent.start - 1] if ent.start else None
        # (an honorific tells only of its own mention, see _mention_name: "Mrs. Hale" and a
        # plain "Hale" may be two people)
        if before is not None and before.lower_ in _GENDERED_NOUNS and before.dep_ in ("compound", "amod", "nmod"):
            note(ent.text, _GENDERED_NOUNS[before.lower_])  # "actress Dana Reyes"
        root = ent.root
        for app in (c for c in root.children if c.dep_ == "appos" and c.lower_ in _GENDERED_NOUNS):
            note(ent.text, _GENDERED_NOUNS[app.lower_])  # "Reyes, a mother of two"
        if root.dep_ == "appos" and root.head.lower_ in _GENDERED_NOUNS and root.head.i < ent.start:
            note(ent.text, _GENDERED_NOUNS[root.head.lower_])  # "her husband, Tom Lee"
        if root.dep_ != "nsubj":
            continue
        for tok in doc[ent.end:ent.sent.end]:
            if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.lemma_.lower() in _PERSON_ROLES \
                    or tok.lower_ in _KIN_NOUNS or tok.lower_ in _GENDERED_NOUNS or tok.text in _QUOTE_MARKS:
                break  # another person (or a quotation) before any pronoun
            if tok.lower_ in _GENDERED_PRONOUNS and (
                    tok.dep_ == "poss" or tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp"
                    and tok.head.head.i == root.head.i):  # "Reyes said her team ...", "Lee said he ..."
                note(ent.text, _GENDERED_PRONOUNS[tok.lower_], by_pronoun)
                break
    out: dict[str, str] = {}
    for name, sex in {**by_pronoun, **told}.items():
        out["=" + name] = sex
        # by the last word alone only when it names one person ("Ann Lee" and "Tom Lee" tell
        # nothing of "Lee")
        key = _surname(name)
        out[key] = sex if out.get(key, sex) == sex and _one_person(doc, key) else ""
    return out


def _one_person(doc: Doc, surname: str) -> bool:
    """Do all the names of people the text ends with ``surname`` name one person: each a form of
    the fullest ("Lee", "Ann Lee", "Ann Marie Lee"), not two ("Ann Lee", "Tom Lee"; "Ann Lee",
    "Joann Lee")?"""
    forms = _person_names(doc)
    return len(_distinct_people([f for f in forms if _surname(f) == surname])) <= 1


def _unpossessed(name: str) -> str:
    """A name without the possessive it was written with ("Ann Lee's" -> "Ann Lee")."""
    return name.removesuffix("'s").removesuffix("’s")


def _person_names(doc: Doc, before: int | None = None) -> list[str]:
    """The names of people the text gives (before the character ``before``, when given), each as
    :func:`_bare_name` writes it, in their order."""
    return [_bare_name(e.text) for e in _person_ents(doc) if before is None or e.start_char < before]


def _bare_name(text: str) -> str:
    """A person's name as a mention writes it, without a possessive or an honorific set before
    it ("Mrs. Lee's" -> "Lee")."""
    words = _unpossessed(text).split()
    while len(words) > 1 and words[0].lower() in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _distinct_people(forms: Iterable[str]) -> list[str]:
    """The people a set of names of one surname stands for, each by its fullest form, in the order
    they come: a name all of whose words another name holds is a shorter form of it ("Lee", "Ann
    Lee" of "Ann Marie Lee"); "Ann Lee" and "Tom Lee" are two people."""
    forms = list(dict.fromkeys(f for f in forms if f))
    return [f for f in forms if not any(set(f.split()) < set(g.split()) for g in forms)]


def _fullest_name(doc: Doc, name: str, before: int, sex: str = "",
                  genders: dict[str, str] | None = None, titled: bool = False) -> str:
    """The fullest form of a person's ``name`` (as a mention writes it) among the names of people
    the text gives before ``before`` ("Lindqvist" -> "Maria Lindqvist"). When two people hold
    the name ("Ann Lee" and "Tom Lee" for "Lee"): the only one the text tells is of the sex
    ``sex`` (of a "she", a "Mrs.": by ``genders``), else of those it may be, the one the text
    named in full first: news names the person its plain surname stands for first, and a
    second one of that surname in full or by first name ("Ann Lee ... her husband, Tom Lee ...
    Lee said": Ann Lee). Never the longer name, nor the one named last. A mention with an
    honorific (``titled``: "Mr. Lee", where a text writes every one of them so) that the text's
    signs do not settle stays as written."""
    written = _unpossessed(name)
    name = _bare_name(name)
    forms = _person_names(doc, before)
    people = _distinct_people(f for f in forms if _surname(f) == _surname(name) and len(f.split()) <= 4
                              and _form_of(name, f))
    if len(people) <= 1:
        return people[0] if people else written
    if sex and genders is not None:
        sexes = [_sex_of(Source(name=p, kind="person", cue=""), genders) for p in people]
        told = [p for p, x in zip(people, sexes) if x == sex]
        if len(told) == 1:
            return told[0]
        people = [p for p, x in zip(people, sexes) if x in ("", sex)] or people
    return written if titled else people[0]


def _whole_name(doc: Doc, src: Source, genders: dict[str, str]) -> str | None:
    """ "Ann Marie Lee won the seat. Lee said ...": a source named by part of a person's name (a
    surname, "Mrs. Lee", a first name and surname of a longer name) is the person the text named
    in full before it, by :func:`_fullest_name`. Of two people who share the surname, the one
    the honorific's sex tells ("Ann Lee ... her husband, Tom Lee ... Mr. Lee said"); a plain
    "Lee" may be either and stays as written, as does one the text first named bare, before any
    full name ("President Lee met ... his wife, Ann Lee, ... Lee said": the president, whom the
    text names no fuller). None when the text named no fuller form of it before, for a name of
    capitals ("NATO") or of more than two words, or for a name the tagger took for a body that
    no person's name of the text holds ("Lee said" with no "... Lee" before: a firm may be "Lee"),
    nor for such a name its sentence goes on with "it" ("Ford said it would ...": the firm)."""
    if src.start is None or src.kind not in ("person", "organisation", "government"):
        return None
    words = _bare_name(src.name).split()
    if not words or len(words) > 2 or not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                                              for w in words):
        return None
    if src.kind != "person" and src.end is not None:
        after = doc.char_span(src.end, len(doc_text(doc)), alignment_mode="expand")
        rest = after[:max(0, after[0].sent.end - after.start)] if after is not None and len(after) else []
        told = next((t.lower_ for t in rest if t.lower_ in ("it", "its", "he", "she", "his", "her")), "")
        if told in ("it", "its"):
            return None  # "Henry Ford built cars. Ford said it would ...": the firm of that name
    first = src.name.split()[0].lower()
    sex = _HONORIFICS.get(first, "")
    full = _fullest_name(doc, src.name, src.start, sex, genders, titled=True)
    if len(full.split()) <= len(words) or not _form_of(" ".join(words), full) \
            or not all(w[:1].isupper() and w.replace("-", "").replace(".", "").replace("'", "").isalpha()
                       or w in _PERSON_NAME_PARTICLES for w in full.split()):
        return None  # (never a tagger's "person" that is no name: "Acme vs Zenith")
    named_first = next((_bare_name(e.text) for e in _person_ents(doc) if _surname(e.text) == _surname(full)), full)
    if len(named_first.split()) == 1:
        return None  # the text named someone of that surname by it alone first
    # the person as the text first names them in full, not a longer form it took up later with
    # a word that is no part of the name ("Ann Lee ... Tough Ann Lee ... Lee said": "Ann Lee")
    return next((f for f in _person_names(doc, src.start) if len(f.split()) > 1
                 and set(words) <= set(f.split()) <= set(full.split())), full)


#: Lower-case words inside people's names ("Ludwig van Beethoven", "Ana de la Cruz").
_PERSON_NAME_PARTICLES = frozenset("de da di del della dos das du la le van von der den ter bin ibn al el y".split())


def _mention_name(ent: Span) -> str:
    """A person's name as this mention writes it, with the honorific set before it ("Mrs. Alder")."""
    name = _unpossessed(ent.text)
    before = ent.doc[ent.start - 1] if ent.start else None
    return f"{before.text} {name}" if before is not None and before.lower_ in _HONORIFICS else name


def _sex_of(src: Source, genders: dict[str, str]) -> str:
    """The sex the text gives the source ("m", "f"), or "" when it tells none: by the pronoun
    itself, an honorific or a noun of a man or a woman in its name ("the chairman", "Mrs.
    Alder"), else by what :func:`_person_genders` found for its last word."""
    words = src.name.split()
    if not words or _joined_people(src):
        return ""  # "he and his wife": two people, of no one sex
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in _GENDERED_PRONOUNS:
        return _GENDERED_PRONOUNS[low[0]]
    if low[0] in _HONORIFICS:
        return _HONORIFICS[low[0]]
    last = _unpossessed(low[-1])
    if last in _GENDERED_NOUNS:
        return _GENDERED_NOUNS[last]
    full = _unpossessed(src.name)
    return genders.get("=" + full, genders.get(_surname(src.name), ""))


def _learn_sex(doc: Doc, genders: dict[str, str], pronoun: Source, person: Source) -> None:
    """ "“...,” said Ann Lee. “...,” she added.": the "she" the text resolved to a named person
    tells that person's sex, for a later "he" (who is then not her). Only when no other person is
    named between that person's last mention and the pronoun (the pronoun can be no one else),
    and only for a name the text told nothing of yet."""
    sex = _GENDERED_PRONOUNS.get(pronoun.name.lower(), "")
    name = _unpossessed(person.name)
    if not sex or person.kind != "person" or not name or name.lower() in _GENDERED_PRONOUNS \
            or pronoun.start is None:
        return
    words = set(name.split(",")[0].split())
    mentions = [e for e in _people_named(doc) if e.end_char <= pronoun.start]
    last = next((k for k in range(len(mentions) - 1, -1, -1) if set(mentions[k].text.split()) & words), None)
    if last is None or any(not set(e.text.split()) & words for e in mentions[last + 1:]):
        return
    for key in {name, name.split(",")[0].strip()}:  # also "Ann Lee" of "Ann Lee, the founder"
        genders.setdefault("=" + key, sex)


def _same_sex(src: Source, cand: Source | str, genders: dict[str, str]) -> bool:
    """May "he" or "she" (``src``) be ``cand`` (a source or a person's name)? No only when the
    text tells the sex of both and they differ; a text that tells nothing keeps the candidate."""
    mine = _sex_of(src, genders)
    if not mine:
        return True
    theirs = _sex_of(cand if isinstance(cand, Source) else Source(name=cand, kind="person", cue=""), genders)
    return not theirs or theirs == mine


def _subject_person(ent: Span) -> bool:
    """Is the named person the subject of a clause, or named beside it ("Among the fans was X, a
    lawyer"; "X, the mayor, ...")? A name inside an object ("Okafor's decision") is not."""
    root = ent.root
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass", "attr") or dep == "appos" and root.head.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    return dep == "poss" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _PERSON_ROLES


def _joined_to_subject(ent: Span) -> bool:
    """Is the named person joined to a clause's subject ("Tom Baker and his wife Kali run a farm",
    "Lee and Ann Ortiz met")? A pronoun may refer to them as to the subject, when the text tells
    their sex (:func:`_named_person`: "she" is then the wife, "he" the husband)."""
    tok = ent.root.head if ent.root.dep_ == "appos" else ent.root  # ("his wife Kali")
    if tok.dep_ != "conj":
        return False
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _introduced_with_role(ent: Span) -> bool:
    """Is the person named as an object with their role beside it ("We then met Tom Baker, the
    firm's chief engineer", "a talk with Ann Lee, head of the lab", "we called the agent Ann Lee")? The text brings them in as
    someone who may speak next, as it does a subject, when no person named as a subject of the
    sentence goes first."""
    def role(t: Token) -> bool:
        return t.lemma_.lower() in _PERSON_ROLES | _ROLE_NOUNS | _JOB_NOUNS or _doer_noun(t)

    root = ent.root
    sent = ent.sent
    if any(e.label_ == "PERSON" and e.start != ent.start and sent.start <= e.start < sent.end and _subject_person(e)
           for e in doc_ents(ent.doc)):
        return False  # "Sam Ford met Ann Lee, his editor. He ...": the subject goes first
    if any(t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in _GENDERED_PRONOUNS or t.lemma_.lower() in _PERSON_ROLES)
           for t in sent):
        return False  # "the mayor said she once clashed with her deputy, Tom Lee": so does a pronoun or role
    if any(t.text in _QUOTE_MARKS or t.text in ("'", "’") and t.i in (sent.start, sent.end - 1) for t in sent):
        return False  # a person named in someone's quoted words is no one the writer brings in
    if root.dep_ == "appos" and root.head.dep_ in ("dobj", "pobj") and role(root.head):
        return True  # "(we visited) the editor Ann Lee"
    if root.dep_ not in ("dobj", "pobj"):
        return False
    return any(c.dep_ == "appos" and c.i > root.i and role(c) for c in root.children)


def _named_person(doc: Doc, src: Source, after: int | None = None, anywhere: bool = False,
                  genders: dict[str, str] | None = None) -> str | None:
    """The person "he" or "she" refers to: the last person named as a subject before the pronoun
    (in its paragraph or the one before, within a reach; ``anywhere`` before it, when no source
    before it fits), if named after the mention ``after`` of the last source that fits; by the
    fullest form of the name the text used ("Maria Lindqvist ... Lindqvist ... she" -> "Maria
    Lindqvist")."""
    if src.start is None:
        return None
    para_start = -1 if anywhere else _reach_start(doc_text(doc), src.start, after)
    people = [e for e in _people_named(doc) if para_start < e.start_char and e.end_char <= src.start
              and not any(t.lower_ in _PRONOUNS for t in e)
              and (_subject_person(e) or _introduced_with_role(e) or genders is not None and _joined_to_subject(e)
                   and _sex_of(Source(name=_mention_name(e), kind="person", cue=""), genders) != "")
              and (not anywhere or _doer_named(e))
              and (genders is None or _same_sex(src, _mention_name(e), genders))]
    if not people:
        return None
    mention = people[-1]
    titled = _sex_of(Source(name=_mention_name(mention), kind="person", cue=""), {})
    sex = titled or (_sex_of(src, genders) if genders is not None else "")
    return _fullest_name(doc, mention.text, src.start, sex, genders, titled=bool(titled))


def _form_of(name: str, form: str) -> bool:
    """Can ``form`` be a fuller (or shorter) way of writing ``name``: one's words all among
    the other's ("Hale" and "Tom Hale", "Tom Hale" and "President Tom Hale"), not two first
    names ("Tom Hale" and "Ann Hale")."""
    a, b = set(name.split()), set(form.split())
    return a <= b or b <= a


_PEOPLE_KEY = "storyline.attribution.people"


def _people_named(doc: Doc) -> tuple[Span, ...]:
    """The people a text names, in order: its PERSON entities, and a capitalised name the tagger
    took for something else (or for nothing), as a subject, that a relative "who" follows
    ("Callan, who plays the lead, ...": "who" is said of people) or a person's job or role beside
    it ("Vance, the make-up artist, ..."). Read once per doc."""
    found = doc.user_data.get(_PEOPLE_KEY)
    if found is not None:
        return found
    from spacy.tokens import Span as _Span

    people = _person_ents(doc)
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC") \
                or tok.dep_ not in ("nsubj", "nsubjpass") or tok.text.isupper():
            continue
        if not any(c.dep_ == "relcl" and c.i > tok.i and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass")
                                                                for g in c.children) for c in tok.children) \
                and not _name_with_role(tok):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].head.i == tok.i:
            start -= 1
        people.append(_Span(doc, start, tok.i + 1, label="PERSON"))
    found = doc.user_data[_PEOPLE_KEY] = tuple(sorted(people, key=lambda e: e.start))
    return found


def _doer_named(ent: Span) -> bool:
    """Is the person ``ent`` named as one who does something, so that a "he" or "she" far after it
    may be them: the subject of an active verb, outside any quotation ("Ann Lee opened a shop")? Not
    one something is done to ("Ann Lee was hit by a van"), found to be something ("the jury found
    Carl Mendes guilty"), nor one a speaker talks of ('"Ann Lee was kind," the pastor said')."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    before = ent.doc[ent.sent.start:ent.start].text
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0


#: Verbs by which one sets oneself against what another holds ("the judge rejected his claim",
#: "the mayor questioned her estimate"): a possessive in their object is mostly someone else.
_CONTESTING_VERBS = frozenset("""reject dismiss dispute deny question challenge doubt contest rebut refute
mock deride ridicule ignore criticise criticize attack counter overrule oppose debunk scorn discount
disprove contradict""".split())


def _owner_in_own_clause(doc: Doc, src: Source, cls: str) -> Source | None:
    """ "The mayor offered no basis for his claim that ...": a possessive pronoun ("his",
    "her", "its", "their") stands for the subject of the clause it is in, when that subject is
    named before it (a name, a role, a job) and fits the pronoun; None otherwise ("Officials said
    her claim ...": "her" is in the subject of its own clause, and officials are not "her")."""
    if src.start is None or src.end is None or src.name.lower() not in _POSSESSIVE_PRONOUNS:
        return None
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    verb = next((v for v in _ancestors(tok) if v.pos_ in ("VERB", "AUX")
                 and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subj is None or subj.i > tok.i or tok.i <= subj.right_edge.i or subj.lower_ in _PRONOUN_WORDS \
            or not (_named(subj) or subj.lemma_.lower() in _JOB_NOUNS):
        return None
    if verb.lemma_.lower() in _CONTESTING_VERBS:
        return None  # "The judge rejected his claim": one rejects the claim of another
    cand = _source(_phrase(subj, (subj.sent.start, min(verb.i, tok.i))), "")
    return cand if _fits(cls, cand) else None


def _coordinated_subject(doc: Doc, src: Source, genders: dict[str, str]) -> Source | None:
    """ "Lee called the storm a disaster, but he also noted that 40 homes were saved": "he" or
    "she", the subject of a clause joined to one whose subject names a person (a name, or a
    person's job or role) before it, is that person, whoever spoke before the sentence. Not when
    the text tells them apart by sex ("Mrs. Alder left, and he said ..."), nor a name of a place
    or a people."""
    if src.start is None or src.name.lower() not in ("he", "she"):
        return None
    span = doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    tok = span[0]
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is None or subj.lower_ in _PRONOUN_WORDS or subj.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return None
    named = subj.pos_ == "PROPN" and not subj.text.isupper()
    if not (named or subj.pos_ == "NOUN" and subj.tag_ == "NN"
            and _person_role(subj, kin=True)):
        return None
    cand = _source(_phrase(subj, (subj.sent.start, verb.head.i)), "")
    if not _same_sex(src, cand, genders):
        return None
    return replace(cand, kind="person") if named else cand


def _reach_start(text: str, at: int, after: int | None) -> int:
    """Where the look back for whom a pronoun at ``at`` refers to stops (exclusive): the start of
    the paragraph before its own, at most :data:`_PERSON_REACH` back, and never before ``after``
    (the mention of the last source that fits)."""
    return max(text.rfind("\n", 0, text.rfind("\n", 0, at)), at - _PERSON_REACH,
               after if after is not None else -1)


def _named_group(doc: Doc, src: Source, cls: str, after: int | None = None) -> Source | None:
    """The body "they" or "it" refers to when the text named one as the subject of a clause
    after the last source that fits ("Union leaders called the strike. They put the number at
    5,000" -> the union leaders, not a speaker before them): the last such subject before the
    pronoun, in its paragraph or the one before, within a reach. Only a name, an organisation
    or a role ("the union", "officials") is such a body; "the strike" or "it" is none."""
    if src.start is None:
        return None
    lo = _reach_start(doc_text(doc), src.start, after)
    if lo + 1 >= src.start:
        return None  # an empty reach: the last source that fits is at the pronoun or after it
    found: Source | None = None
    for tok in doc:
        if tok.idx <= lo:
            continue
        if tok.idx >= src.start:
            break
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX") \
                or tok.lower_ in _PRONOUN_WORDS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "NORP", "GPE")
                or tok.lower_ in _ROLE_NOUNS or tok.lemma_.lower() in _PERSON_ROLES or tok.lemma_.lower() in _ORG_ROLES
                or tok.lemma_.lower() in _GROUP_NOUNS):
            continue
        span = _phrase(tok)
        if span.end_char > src.start or not len(span):
            continue
        cand = _source(span, "")
        if cand.kind == "person" or not _fits(cls, cand) or (cls == "org") != (tok.tag_ in ("NN", "NNP")):
            continue
        found = cand
    return found


#: Common nouns of bodies that speak ("the union said"), beside the roles of people.
_GROUP_NOUNS = frozenset("""union council committee board authority agency ministry department
government company firm bank group party commission association federation court police organiser
organizer""".split())


#: Words that make another title of the one after them ("Vice President", "former Governor").
_TITLE_PREFIXES = frozenset("vice deputy former ex assistant acting co lieutenant".split())


def _titled_person(doc: Doc, src: Source) -> str | None:
    """The person a title names: "the president" is the person named "President X" before it
    (the one so named most often, the last on a tie; by the fullest form of the name), "the
    president-elect" the one named "President-elect Y"; "Vice President Z" is not "the
    president". A title of two words names the same way: "the minority leader" is the one
    named "Minority Leader X"."""
    words = src.name.lower().split()
    if len(words) not in (2, 3) or words[0] != "the" or src.start is None:
        return None
    title = " ".join(words[1:])
    if words[-1].split("-")[0] not in _PERSON_ROLES or len(words) == 3 and not words[1].isalpha():
        return None
    text = doc_text(doc)
    titled: dict[str, list[int]] = {}  # surname -> places named with the title
    names: dict[str, str] = {}  # surname -> the name first given with the title
    for ent in (e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end_char <= src.start):
        before = text[max(0, ent.start_char - 40):ent.start_char].lower().rstrip()
        if not before.endswith(title):
            continue
        rest = before[:len(before) - len(title)]
        prev = re.findall(r"[a-z]+", rest)[-1:] or [""]
        if rest and (rest[-1].isalnum() or rest[-1] == "-") or prev[0] in _TITLE_PREFIXES:
            continue  # "vice president", "co-president"
        name = _unpossessed(ent.text)
        titled.setdefault(name.split()[-1], []).append(ent.start_char)
        names.setdefault(name.split()[-1], name)
    if not titled:
        return None
    surname = max(titled, key=lambda k: (len(titled[k]), titled[k][-1]))
    # the fullest form of the name the title was given ("Rivera" -> "Ana Rivera"), never
    # another person of the same surname ("Tom Rivera" is not "Ana Rivera")
    return _fullest_name(doc, names[surname], src.start)


def _quote_goes_on(seg: Segment) -> bool:
    """A paragraph that opens with a quotation mark after a paragraph whose quotation was left
    open (the news convention: no closing mark at the end of a quoted paragraph that goes on)."""
    first = next((t for t in seg.span if not t.is_space), None)
    if first is None or first.text[:1] not in _QUOTE_MARKS:
        return False
    text = doc_text(seg.span.doc)
    end = text.rfind("\n", 0, seg.span.start_char)
    prev = text[text.rfind("\n", 0, max(end, 0)) + 1:max(end, 0)].strip() if end > 0 else ""
    if not prev:  # blank lines between paragraphs: the last one with text
        before = text[:seg.span.start_char].rstrip()
        prev = before[before.rfind("\n") + 1:]
    return prev.count('"') % 2 == 1 or prev.count("“") > prev.count("”")


_QUOTE_MARKS = "“\"«‘"
#: A double quote typed as two apostrophes, opening (after a space, before a word) and closing.
_TWO_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=[\s(]))''(?=\w)")
_TWO_APOSTROPHES_CLOSE = re.compile(r"(?<=\S)''")


def _opens_quote(seg: Segment) -> bool:
    """Does the sentence start with a quotation mark, or inside a quotation left open before it?"""
    first = next((t for t in seg.span if not t.is_space), None)
    if first is not None and (first.text[:1] in _QUOTE_MARKS or first.text == "''"):
        return True
    doc = seg.span.doc
    # the paragraph so far: a straight quotation still open, or more opening marks than closing
    start = doc_text(doc).rfind("\n", 0, seg.span.start_char) + 1
    before = doc_text(doc)[start:seg.span.start_char].rstrip()
    spans = _straight_quotations(before)
    return (bool(spans) and spans[-1][1] == len(before) and before[-1:] != '"'
            or before.count("“") > before.count("”")
            or len(_TWO_APOSTROPHES_OPEN.findall(before)) > len(_TWO_APOSTROPHES_CLOSE.findall(before)))


def _pronoun_subject(seg: Segment) -> str | None:
    """The class of the personal pronoun that is the subject of the sentence's main verb, if any."""
    root = seg.span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in _CONTINUING_PRONOUNS:
        return None
    return _CONTINUING_PRONOUNS[subj.lower_]


def _someone_else_named(seg: Segment, prev_seg: Segment | None, speaker: Source) -> bool:
    """Is a person other than the speaker named in the sentence before, or before the pronoun
    of this one ("When Lester left, he ...")? Then "he" may mean them."""
    root = seg.span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), root)
    toks = [*(prev_seg.span if prev_seg is not None else ()), *seg.span.doc[seg.span.start:subj.i]]
    for tok in toks:
        if not (tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ == ""):
            continue
        if speaker.start is not None and speaker.end is not None and speaker.start <= tok.idx < speaker.end:
            continue
        if speaker.name and tok.text in speaker.name:
            continue
        return True
    return False


def continues(seg: Segment, prev: Cue, prev_seg: Segment | None = None,
              genders: dict[str, str] | None = None) -> bool:
    """Does a sentence without a cue of its own go on with the speaker of the sentence before?

    Only a real continuation does: a quotation still open (or a new one opening right after
    the speaker's sentence), or a sentence whose subject is a pronoun that can refer back to
    the speaker ("He said 40 were hurt. He expects more.") and no other person named in the
    sentence before. Any other sentence is the outlet's own voice again, even in the same
    paragraph.
    """
    if not prev.chain:
        return False
    if _opens_quote(seg):
        return True
    if _standing_in_poll(seg, prev):
        return True
    cls = _pronoun_subject(seg)
    if cls is None:
        return False
    speaker = prev.chain[0]
    if cls == "sg_person" and _someone_else_named(seg, prev_seg, speaker):
        return False  # "X said ... when Lester left. He then ...": he is not X
    subj = next((c for c in seg.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if cls == "sg_person" and genders is not None and subj is not None \
            and not _same_sex(Source(name=subj.text, kind="anonymous", cue=""), speaker, genders):
        return False  # "Mrs. Alder said ... He expects ...": he is not her
    return _fits(cls, speaker) or (
        speaker.kind == "anonymous" and (not speaker.name or speaker.name.lower() in _PRONOUNS))


#: Words of a share that places someone in a poll ("at 13 percent", "with 9 points").
_STANDING_WORDS = frozenset("percent % points pct".split())


def _poll_goes_on(seg: Segment, speaking: list[Cue], poll: Cue | None, da: DocAttributions) -> Cue | None:
    """The poll whose results the sentences after ``seg`` read, having read ``seg`` ("A new poll
    shows Lee ahead. Lee gets 52 percent, Park 38 percent."; also across paragraphs): a sentence
    whose poll finds or shows something opens it (with figures of its own or none), and each
    sentence after it without a cue of its own that places someone or a share of the people
    asked at a share (:func:`_poll_result`) is the poll's. A sentence with another speaker, or
    one that places no one at a share, ends it: what follows is the outlet's own again."""
    if speaking:
        return next((c for c in reversed(speaking) if _names_poll(c)), None)
    if seg.index in da.inherited:
        return poll if poll is not None and da.inherited[seg.index].chain == poll.chain else None
    if poll is not None and _poll_result(seg):
        da.inherited[seg.index] = Cue(poll.chain, None, (0, 0), "carried", seg.index)
        return poll
    return _poll_lead(seg)


def _names_poll(cue: Cue) -> bool:
    """A cue that says or shows something with a poll or survey as its source ("a new poll found
    ...", "according to the latest survey")."""
    return cue.kind in ("verb", "trailing", "according", "evidence") and bool(cue.chain) \
        and bool(set(re.findall(r"[a-z]+", cue.chain[0].name.lower())) & _POLL_NOUNS)


def _poll_lead(seg: Segment) -> Cue | None:
    """ "A new poll shows the governor with a wide lead.": a poll or survey that finds or shows,
    the subject of the sentence's verb, in a sentence with no cue of its own (it states no figure):
    the cue its results after it go on with."""
    span = seg.span
    for tok in span:
        if tok.pos_ == "VERB" and _poll_finds(tok):
            subj = next(c for c in tok.children if c.dep_ == "nsubj")
            return _verb_cue(tok, subj, seg, (span.start, span.end))
    return None


#: Subjects that stand for a share of the people a poll asked ("everyone else", "the rest").
_SHARE_SUBJECTS = frozenset("everyone everybody others rest".split())


def _poll_result(seg: Segment) -> bool:
    """Does the sentence place someone at a share, as a poll's result ("Lee gets 52 percent",
    "She trails by 4 points", "Another 9 percent are undecided")? Its subject is a name (or has
    one beside it), a
    person's pronoun or a share of the people asked; a share of a thing ("The jobless rate is 4
    percent") is no poll's result."""
    root = seg.span.root
    if not any(t.lower_ in _STANDING_WORDS for t in seg.span):
        return False
    if _misread_standing_verb(root):
        return True  # "Her rival trails at 41 percent" with "trails" read as a noun
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    named = [subj, *(c for c in subj.children if c.dep_ == "appos")]  # "Her rival, Sam Ode, has ..."
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in named) \
        or subj.lower_ in ("he", "she", "they") or subj.lower_ in _SHARE_SUBJECTS or _share_of_respondents(subj) \
        or any(t.lower_ in _SHARE_HEADS for t in subj.subtree) or subj.lower_ in _CONTENDER_NOUNS


def _misread_standing_verb(root: Token) -> bool:
    """Is the sentence's root a verb that places a contender ("trails", "leads", "polls") read as
    a plural noun, with a name or a contender before it and a share after it ("Park trails at 41
    percent", "Her rival leads by 6 points")? The parse found no verb: the word's place, after its
    subject and before "at", "by" or "with", tells it is one."""
    doc = root.doc
    if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.lower_ not in _STANDING_VERB_FORMS \
            or root.i + 1 >= len(doc) or doc[root.i + 1].lower_ not in ("at", "by", "with", "behind"):
        return False
    left = [t for t in root.lefts if t.pos_ != "DET"]
    return bool(left) and all(t.i < root.i for t in left) and any(
        t.lower_ in _CONTENDER_NOUNS or t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") for t in left)


def _standing_in_poll(seg: Segment, prev: Cue) -> bool:
    """ "According to a new poll, Lee leads with 31 percent. Park trails at 22 percent.": a sentence
    of the same paragraph that places a named contender at a share goes on with the poll the
    sentence before reads from (a poll or survey by its name). A sentence of another subject
    ("The tax rate is 5 percent."), or one without a share, is the outlet's own."""
    src = prev.chain[0]
    if not set(re.findall(r"[a-z]+", src.name.lower())) & _POLL_NOUNS:
        return False
    root = seg.span.root
    if _misread_standing_verb(root):
        return True  # "Park trails at 22 percent" with "trails" read as a noun
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP")):
        return False
    return any(t.lower_ in _STANDING_WORDS and t.i > root.i for t in seg.span)


_OPEN = "“\"«"
_CLOSE = "”\"»"


#: Quotations: curly and straight double quotes (a curly one left open ends with its paragraph,
#: the news convention for a quotation that goes on in the next; one typed with a straight closing mark
#: ends there: '“We lost," said X. "We ...”', unless a straight mark opened inside it before ('“We
#: call it "the plan" ...”': a term quoted within) or it is an inch mark ('“It is 12" wide ...”')),
#: a double quote typed as two apostrophes
#: (''...''), curly single quotes, and straight single quotes that open after a space and close
#: before a space or a stop (not the apostrophe of "Okafor's").
_QUOTATION = re.compile(
    r"[“«](?:([^\"”»\n]+?)(?<=[^\s“\d])\"(?=[ \t]|$)|(.+?)(?:[”»]|$))|(?:(?<=[\s(])|^)''(?=\w)([^\n]+?)''|‘([^’\n]+?)’(?![a-z])|(?:(?<=[\s(])|^)'((?:[^'\n\"“”]|(?<=[A-Za-z])'(?=[a-z]))"
    r"{2,400}?)'(?=[\s,.;:!?)]|$)",
    re.M)


def _straight_quotations(text: str) -> list[tuple[int, int]]:
    """The quotations between straight double quotes, paired by where each mark stands: one
    that opens stands after a space (or a bracket, a dash, the start) before a word, one that
    closes after a word. A quotation still open when another opens ends there: the news
    convention for a quotation going on into the next paragraph, whose line break a scraped
    text may have lost. A line break also ends an open quotation."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer(r'"|\n|”', text):
        i = m.start()
        if text[i] == "”":  # '"We sold 40," said X' typed with a curly closing mark
            if start is not None and _closes_straight(text, start, i):
                out.append((start, i + 1))
                start = None
            continue
        if text[i] == "\n":
            if start is not None and i - start > 2:
                out.append((start, i))
            start = None
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([—–-") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")
        if opens and not closes:
            if start is not None and i - start > 2:
                out.append((start, i))  # left open: it went on in a new paragraph
            start = i
        elif start is not None and (closes or before.isspace()):
            out.append((start, i + 1))
            start = None
    if start is not None and len(text) - start > 2:
        out.append((start, len(text)))
    return out


def _closes_straight(text: str, start: int, i: int) -> bool:
    """Does the curly closing mark at ``i`` close the quotation a straight mark opened at
    ``start``? Yes when no curly opening mark stands between them (mixed marks of a text typed
    with two tools: '"We sold 40 cars,” she said')."""
    return "“" not in text[start:i] and i - start > 2


def _quotes(doc: Doc, da: DocAttributions) -> None:
    """Give every token inside a quotation the cue found next to that quotation."""
    text = doc_text(doc)
    spans = sorted([(m.start(), m.end()) for m in _QUOTATION.finditer(text)] + _straight_quotations(text))
    da.quotations = spans
    for qs, qe in spans:
        inside = doc.char_span(qs, qe, alignment_mode="expand")
        if inside is None or not len(inside):
            continue
        # a cue in the sentence that holds the closing quote, or in the one holding the opening
        cands: list[Cue] = []
        labelled = _label_before_colon(da, inside[0]) or _speaker_on_label(da, inside[0])
        if labelled is not None:  # "Polls were right this time - Ann Lee: “...”": Lee's words
            cands.append(labelled)
        for t in (inside[-1], inside[0]) if labelled is None else ():
            seg = da.segment_of(t.i)
            if seg is None:
                continue
            for cue in da.cues.get(seg.index, []):
                if cue.verb is not None and cue.kind not in ("noun", "owned", "relative", "view", "rule") \
                        and not (inside.start <= cue.verb.i < inside.end):
                    cands.append(cue)
            if cands:
                break
        if not cands:
            tag = _tag_after(da, qe) or _speaker_going_on(da, inside[0]) or _named_before_colon(da, inside[0]) \
                or _reported_then_quoted(da, inside[0], qe) or _thinker_of_quote(da, inside)
            if tag is not None:
                cands.append(tag)
        if not cands:
            seg = da.segment_of(inside[0].i)
            intro = da.introduced.get(seg.index) if seg is not None else None
            if intro is not None:  # "X wrote:" and the quotation as the next paragraph
                for t in inside:
                    da.quote_cue.setdefault(t.i, intro)
                continue
            colon = _subject_before_colon(da, inside[0])
            if colon is None:
                continue
            cands.append(colon)
        # the nearest cue to the quote
        cue = _settled(min(cands, key=lambda c: _distance(c, inside)))
        for t in inside:
            if _label_in_post(da.quote_cue.get(t.i), cue):
                da.quote_cue[t.i] = cue
            else:
                da.quote_cue.setdefault(t.i, cue)


def _distance(cue: Cue, inside: Span) -> int:
    """How far a cue's word stands from a quotation (0 for a cue carried without a word)."""
    at = cue.verb or cue.anchor
    return 0 if at is None else min(abs(at.i - inside.end), abs(at.i - inside.start))


def _tag_after(da: DocAttributions, end: int) -> Cue | None:
    """The speaker tag of a quotation that ends its sentence: the next sentence, on the same
    line right after the closing mark, opens with "X said" and says nothing of its own
    ("“Who knew?” Smith said, smiling.")."""
    seg = next((g for g in da.segments if g.span.start_char >= end), None)
    if seg is None:
        return None
    gap = doc_text(seg.span.doc)[end:seg.span.start_char]
    if not gap or len(gap) > 2 or gap.strip() or "\n" in gap:
        return None
    for cue in da.cues.get(seg.index, []):
        verb = cue.verb
        if cue.kind in ("verb", "trailing") and verb is not None and verb.i - seg.span.start <= 6 \
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            return _settled(cue)
    return None


def _label_before_colon(da: DocAttributions, first: Token) -> Cue | None:
    """ "Polls were right this time - Ann Lee: “...”": a name set after a dash and before the colon
    that opens a quotation labels the quotation as that name's, whatever verb of saying the words
    before the dash hold (they are a summary of it, in the writer's words)."""
    cue = _named_before_colon(da, first)
    return cue if cue is not None and _dash_label(cue) else None


def _label_in_post(old: Cue | None, cue: Cue) -> bool:
    """A quotation inside an embedded post with its speaker named before a colon ("Sen. Ann Lee
    on the radio: “...”" signed "— Tom Reyes (@treyes)") is the one named's, not the poster's."""
    return old is not None and old.kind == "post" and cue.kind == "colon"


_ON_LABEL_PREPS = frozenset("on to at in".split())


def _colon_before(first: Token) -> int | None:
    """The index of the colon right before ``first`` (spaces aside) on the same line, or None."""
    doc = first.doc
    j = first.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":" or "\n" in doc[j].whitespace_:
        return None
    return j


def _speaker_on_label(da: DocAttributions, first: Token) -> Cue | None:
    """ "Sen. Ann Lee on the radio: “...”", "Ann Lee to reporters: “...”": a person's name, maybe
    after a title, and where or to whom they spoke, opening the sentence before the colon that
    opens a quotation, labels the quotation as theirs."""
    doc = first.doc
    j = _colon_before(first)
    if j is None or j < 3:
        return None
    sent_start = doc[j].sent.start
    ent = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and sent_start <= e.start and e.end < j), None)
    if ent is None or doc[ent.end].lower_ not in _ON_LABEL_PREPS or j - ent.end > 5:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[ent.end:j]):
        return None
    if any(t.pos_ != "PROPN" for t in doc[sent_start:ent.start]):
        return None  # "Ann Lee on the radio", "Sen. Ann Lee ...": a title at most before the name
    return _colon_cue(da, replace(_source(doc[sent_start:ent.end], ":", doc[j]), kind="person"), sent_start, doc[j])


def _dash_label(cue: Cue) -> bool:
    """Is ``cue`` a name set after a dash before a colon ("... - Ann Lee:")?"""
    if cue.kind != "colon" or cue.excluded[0] < 1 or cue.anchor is None or not cue.chain:
        return False
    return cue.anchor.doc[cue.excluded[0] - 1].text in _DASHES and cue.chain[0].name[:1].isupper()


def _named_before_colon(da: DocAttributions, first: Token) -> Cue | None:
    """ "... - Ann Lee: “...”", "More from the county auditor: “...”": a quotation right after
    a colon that follows the name of a person or an organisation is theirs; so is one after a
    colon that follows a noun of a finding or a claim ("as the study concluded in this
    finding: “...”"), which it quotes."""
    doc = first.doc
    j = _colon_before(first)
    if j is None or j < 1:
        return None
    ent = next((e for e in doc_ents(doc) if e.end == j and e.label_ in ("PERSON", "ORG")), None)
    if ent is None and _words_of(doc[j - 1]):  # "as told in the words of the pilot: “...”"
        ent = _phrase(doc[j - 1], (doc[j - 1].sent.start, j))
    if ent is None:
        noun = doc[j - 1]
        if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in EVIDENCE_NOUNS or noun.lower_ in _CLAIM_NOUNS
                                       or noun.lemma_.lower() in _CLAIM_NOUNS):
            return None
        giver = _giver_of(noun)
        if giver is not None:  # "X shares his predictions: “...”": X's words
            src = _source(giver, ":", doc[j])
            src = replace(src, kind="person") if giver.root.ent_type_ == "PERSON" else src
            return _colon_cue(da, src, giver.start, doc[j])
        ent = _phrase(noun, (noun.sent.start, j))
    src = _source(ent, ":", doc[j])
    if ent.label_ == "PERSON":
        src = replace(src, kind="person")
    return _colon_cue(da, src, ent.start, doc[j])


def _colon_cue(da: DocAttributions, src: Source, start: int, colon: Token) -> Cue:
    """The cue of a quotation that ``colon`` hands to ``src``, whose words run from the token
    ``start`` to the colon."""
    seg = da.segment_of(colon.i)
    return Cue((src,), None, (start, colon.i + 1), "colon", seg.index if seg is not None else 0, colon)


def _subject_before_colon(da: DocAttributions, first: Token) -> Cue | None:
    """ "The mayor later apologized: “I should have hired 40 more nurses.”", "Lee was blunt: “...”":
    a quotation right after a colon that closes a clause with no verb of saying is the words of
    that clause's subject when it names someone (a person or a body by name, a role; a pronoun is
    left to the sentence's lead-in, which knows whom it stands for), not when it is a thing, a
    paper that may quote others ("The report was blunt: ...", "the Courier dwells on the toll:
    ...") or a crowd ("Voters had one question: ..."), nor when the clause is denied ("Lee did not
    apologize: ...")."""
    doc = first.doc
    j = _colon_before(first)
    if j is None or j < 2:
        return None
    start = doc[j].sent.start
    top = doc[j - 1]
    while top.head.i != top.i and start <= top.head.i < j:
        top = top.head
    if top.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in top.children):
        return None
    subj = next((c for c in top.children if c.dep_ == "nsubj" and start <= c.i < top.i), None)
    if subj is not None and subj.lower_ in ("he", "she"):
        return _pronoun_before_colon(da, subj, doc[j])
    if subj is None or not _named(subj) or subj.tag_ in ("WDT", "WP"):
        return None
    np = _phrase(subj, (start, top.i))
    src = _source(np, ":", doc[j])
    if src.kind == "media":
        return None  # a paper may quote others
    if subj.ent_type_ == "PERSON":
        src = replace(src, kind="person")
    return _colon_cue(da, src, np.start, doc[j])


def _pronoun_before_colon(da: DocAttributions, subj: Token, colon: Token) -> Cue | None:
    """ "Ann Lee spoke on Monday. She was blunt: “We need 40 more officers.”": "he" or "she" before
    the colon is the person of that sex last named as a subject before it, in its paragraph or the
    one before; with no one so named, the quotation is left to the writer."""
    pron = _source(subj.doc[subj.i:subj.i + 1], ":", colon)
    name = _named_person(subj.doc, pron, genders=_person_genders(subj.doc))
    if name is None:
        return None
    return _colon_cue(da, replace(pron, name=name, kind="person"), subj.i, colon)


def _words_of(noun: Token) -> bool:
    """Is ``noun`` the one whose words "in the words of" or "according to" names ("how the trip
    went, in the words of our pilot:", "according to the nurse:")? Then a quotation after the
    colon right after it is theirs."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (prep.lower_ == "of" and prep.head.lower_ == "words") or (prep.lower_ == "to" and prep.head.lower_ == "according")


def _named(tok: Token) -> bool:
    """Is ``tok`` a name of a person or a body (a proper noun, or a name the parse knows), or a
    noun of someone's role ("the mayor", "officials")?"""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP") \
        or tok.pos_ == "NOUN" and (tok.lower_ in _ROLE_NOUNS or tok.lemma_.lower() in _PERSON_ROLES)


def _giver_of(noun: Token) -> Span | None:
    """Who gives the claim a noun names: its owner ("the council's forecast"), else, for "his",
    "her" or no owner, the subject of the verb it is the object of when a name or a role
    ("Ms Ortiz shares her forecast", "the mayor gave his predictions"). None for a claim no
    one named gives ("its findings", "the report shared the findings": it names itself)."""
    bounds = (noun.sent.start, noun.i)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
        return _owner_phrase(owner, bounds)
    if owner is not None and owner.lower_ not in _POSSESSIVE_PRONOUNS or noun.dep_ != "dobj":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.head.i), None)
    return _phrase(subj, bounds) if subj is not None and _named(subj) else None


def _thinker_of_quote(da: DocAttributions, inside: Span) -> Cue | None:
    """ "The coach thinks the result is “a fair one. We lost 12 in a row.”": a quotation that
    opens in the clause of a verb of thinking is the words of the one who thinks, when a name
    is its subject; the quotation goes on past the sentence that holds the verb."""
    word = next((t for t in inside if not (t.is_punct or t.is_space)), None)
    if word is None:
        return None
    anc = _ancestors(word)
    verb = next((v for v in anc if v.pos_ == "VERB" and v.i < inside.start and _is_verb_of(v, _BELIEF_VERBS)), None)
    if verb is None or verb.sent.start != word.sent.start:
        return None
    path = [word, *anc]
    if path[path.index(verb) - 1].dep_ not in _CONTENT_DEPS:
        return None  # "X thinks of a plan “...”": no clause of the verb's
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not _named(subj):
        return None
    np = _phrase(subj, (verb.sent.start, verb.i))
    src = _source(np, verb.text, verb)
    if subj.ent_type_ == "PERSON":
        src = replace(src, kind="person")
    seg = da.segment_of(verb.i)
    return Cue((src,), verb, (np.start, np.end), "verb", seg.index if seg is not None else 0, verb)


def _speaker_going_on(da: DocAttributions, first: Token) -> Cue | None:
    """A quotation that opens a sentence right after a sentence whose quotation has a speaker
    goes on with that speaker: in the same paragraph ("“...,” wrote X. “...”", also when X is
    "I"), and in the next paragraph when it opens that paragraph (news texts quote a speech
    paragraph by paragraph: "“...,” X said.", then "“...”" with no tag of its own); also "It is
    “...”" in the same paragraph (see :func:`_it_is_quoted`)."""
    seg = da.segment_of(first.i)
    if seg is None or seg.index == 0 or first.i > seg.span.start + 1 and not _it_is_quoted(seg, first, da):
        return None
    prev = da.segments[seg.index - 1]
    said = [da.quote_cue[t.i] for t in prev.span if t.i in da.quote_cue]
    own = {c.anchor.i for c in da.cues.get(prev.index, []) if c.anchor is not None}
    said = [c for c in said if c.chain and (c.chain[0].name or c.chain[0].start is not None)
            and c.anchor is not None and c.anchor.i in own]
    if not said and _quote_goes_on(seg):  # a quotation left open at the end of the paragraph before
        said = [da.quote_cue[t.i] for t in prev.span if t.i in da.quote_cue]
    return said[-1] if said else None


_POINTING_PRONOUNS = frozenset("it this that these they".split())


def _it_is_quoted(seg: Segment, first: Token, da: DocAttributions) -> bool:
    """ "“That's hard,” Lee said. It is “a task we spent 8 years on.”": a sentence of the
    paragraph of the quotation before it, whose only words before its own quotation are a pronoun
    that points back and a form of "be", goes on quoting the same speaker."""
    if da.segments[seg.index - 1].paragraph != seg.paragraph:
        return False
    words = [t for t in seg.span.doc[seg.span.start:first.i] if not (t.is_punct or t.is_space)]
    return 2 <= len(words) <= 3 and words[0].lower_ in _POINTING_PRONOUNS \
        and all(t.lemma_ == "be" or t.lower_ in ("'s", "’s", "still", "also") for t in words[1:])


def _reported_then_quoted(da: DocAttributions, first: Token, end: int) -> Cue | None:
    """A paragraph that is one quotation with no tag of its own, right after a paragraph that
    ends with someone's reported speech ("X said that ... .", then "“...”"), goes on with that
    speaker: news texts give a speaker's words first in their own and then in the speaker's. So
    does a quotation opening a sentence of the same paragraph after a sentence a speaker tells
    whole (:func:`_tells_sentence`)."""
    seg = da.segment_of(first.i)
    if seg is None or seg.index == 0 or first.i > seg.span.start + 1:
        return None
    prev = da.segments[seg.index - 1]
    text = doc_text(first.doc)
    line_end = text.find("\n", end)
    same = prev.paragraph == seg.paragraph
    if not same and text[end:line_end if line_end >= 0 else len(text)].strip():
        return None  # not quoted to the paragraph's end
    told = [c for c in da.cues.get(prev.index, []) if c.kind in ("verb", "trailing") and c.verb is not None
            and _verb_lemma(c.verb) in REPORTING_VERBS and not _belief(c) and not _first_person(c)
            and c.chain and c.chain[0].name and (not same or _tells_sentence(c))]
    return _settled(min(told, key=lambda c: len(_ancestors(c.verb)))) if told else None  # the outermost


def _tells_sentence(cue: Cue) -> bool:
    """Does ``cue`` tell its whole sentence ("Lee says the fund is short.", "The fund is short,
    Lee says.")? Then a quotation opening the next sentence of the paragraph with no tag of its
    own goes on with Lee's words ("Lee says the fund is short. “We need $40 million.”"); a
    saying in a clause set below another verb ("Lee errs when she says ...") tells no more than
    that clause."""
    return cue.kind == "trailing" or cue.verb is not None and cue.verb.dep_ == "ROOT"


def _ancestors(tok: Token) -> list[Token]:
    out = []
    t = tok
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


#: Dependencies of a verb's children that set the scene before the claim ("Speaking after the
#: 90-minute meeting, X said", "In a letter sent two days before, X said").
_BACKGROUND_DEPS = frozenset("advcl prep npadvmod advmod nsubj nsubjpass mark".split())


def _belief(cue: Cue) -> bool:
    """A cue of thinking rather than saying ("X believes", "fans thought")."""
    return cue.verb is not None and cue.kind != "noun" and _is_verb_of(cue.verb, _BELIEF_VERBS)


def _first_person(cue: Cue) -> bool:
    """A cue whose speaker is "I", "we" or "you": inside a quotation, the quoted speaker."""
    return bool(cue.chain) and cue.chain[0].name.lower() in _FIRST_PERSON


def _background(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in a clause that sets the scene before ``verb`` rather than in what it reports?

    The figure hangs on the verb through a child on the verb's left that is an adverbial
    clause, a prepositional phrase, or the subject itself.
    """
    if verb not in anc:
        return False
    path = [tok, *anc]
    child = path[path.index(verb) - 1]
    return child.i < verb.i and child.dep_ in _BACKGROUND_DEPS and not _period_of_claim(child, verb)


def _deed_after_saying(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in a clause of doing set after the verb of saying with "before", "after",
    "while" or "upon" ("“We are glad,” she said before naming the three winners")? The writer
    tells what the speaker did then; the speaker's words are the quotation or the clause said."""
    if verb not in anc:
        return False
    path = [tok, *anc]
    child = path[path.index(verb) - 1]
    if child.i < verb.i or any(t.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
                               for t in path[:path.index(verb) - 1]):
        return False  # (not "she said after visiting the camp that 23 were hurt": the parse hangs the clause low)
    if child.dep_ == "prep" and child.lower_ in _NARRATED_AFTER:
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
    return child.dep_ == "advcl" and child.tag_ == "VBG" and any(
        c.dep_ == "mark" and c.lower_ in _NARRATED_AFTER for c in child.children)


#: Prepositions of a stretch of time ("in the last five years", "over the past decade").
_PERIOD_PREPS = frozenset("in over during within across for".split())
#: Words that reach back or ahead from now ("the last five years", "the next decade").
_FROM_NOW = frozenset("last past previous recent next coming".split())


def _period_of_claim(child: Token, verb: Token) -> bool:
    """ "In the last five years, X says its work saved $2 million": a stretch of time reaching
    back or ahead from now, set before a verb of saying in the present that takes a clause, is
    the time of what is said (saying takes no five years), not the scene of the saying. Not a
    time of the act ("Last week, X said ...", "On Monday, X says ...")."""
    if child.dep_ != "prep" or child.lower_ not in _PERIOD_PREPS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    return any(o.dep_ == "pobj" and _singular(o.lower_) in _DURATION_NOUNS
               and any(m.lower_ in _FROM_NOW for m in o.children if m.i < o.i)
               for o in child.children)


#: Words that open a clause of time on a verb ("X called for a revolt after 300 people were
#: declared missing"): the verb's setting, told by the outlet. Not "because": a reason next to a
#: verb of saying is mostly the reason the speaker gives ("he sold the boat, he says, because
#: the harbour fees had doubled").
_SETTING_OPENERS = (_CLAUSE_OPENERS - {"because"}) | frozenset("before until once".split())

#: Nouns of a length of time: "for 20 minutes" on a verb of saying is how long it went on.
_DURATION_NOUNS = frozenset("second minute hour day week month year decade".split())

#: A verb's children that hold what it says, not when or why it was said.
_CONTENT_DEPS = frozenset("ccomp xcomp parataxis".split())


#: Verbs that take what they ask for with "for" ("asked for 30 days").
_ASKING_VERBS = frozenset("ask call press push plead appeal".split())


def _bare_duration(noun: Token) -> bool:
    """A noun of a length of time with nothing of its own after it ("20 minutes", not "20 days
    of mourning", nor "20 minutes that ...", which the parse may make of a clause of saying)."""
    return _singular(noun.lower_) in _DURATION_NOUNS and not any(
        c.i > noun.i and (c.dep_ in ("relcl", "acl", "ccomp") or c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children)


#: Prepositions that date a verb by an event ("said before the 3-2 defeat", "after a 40-minute
#: hearing", "during a 90-minute talk").
_EVENT_PREPS = frozenset("before after during".split())


def _time_of_event(child: Token) -> bool:
    """Is ``child`` a phrase that dates a verb by an event, "before the 3-2 defeat", "after the
    40-minute hearing", "during a two-hour visit" (a preposition of time with a noun)? On the
    right of a verb of saying it tells when the words were said: the event and its figures are
    the outlet's narration. Not a clause ("after 300 people died", read as a clause of time
    elsewhere), nor a stretch of time ("during its last six weeks": maybe the time of what is
    said), nor a phrase with the value the verb gives still after it ("puts it during May at 4%"),
    nor one holding a clause with a subject ("said during a visit to 3 wards that 40 nurses had
    quit", what is said hung by the parse on the event's noun)."""
    if child.dep_ != "prep" or child.lower_ not in _EVENT_PREPS or any(
            c.i > child.i and (c.dep_ in ("dobj", "attr") or c.dep_ == "prep" and c.lower_ in ("at", "as"))
            for c in child.head.children):
        return False  # "puts the rate during those months at 4%": what is said comes after it
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in child.subtree):
        return False
    return any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and _singular(o.lower_) not in _DURATION_NOUNS
               for o in child.children)


def _setting_after(child: Token, verb: Token) -> bool:
    """Is ``child`` (on the right of ``verb``) a clause of time ("after 300 people died",
    "as 40 homes burned") or a length of time ("for 20 minutes", "20 minutes later")? Not
    what a verb of intending asks for ("called for 20 days of talks", "asked for 30 days")."""
    if child.dep_ == "advcl":
        return any(g.dep_ in ("mark", "advmod") and g.i < child.i and g.lower_ in _SETTING_OPENERS
                   for g in child.children)
    if _time_of_event(child):
        return True
    if child.dep_ == "prep" and child.lower_ == "for":
        if child.i == verb.i + 1 and (_intent_verb(verb) or _is_verb_of(verb, _ASKING_VERBS)):
            return False  # "called for 20 days", "asked for 30 days": what is asked for
        return any(o.dep_ == "pobj" and _bare_duration(o) for o in child.children)
    return child.dep_ == "npadvmod" and _bare_duration(child)


def _setting_of_verb(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in a clause or phrase on the right of ``verb`` that tells when, why or how long
    it was said, not what ("X called for a revolt after 300 people died", "they called X for 20
    minutes")? Only before anything said: after a clause of saying the parse may hang on the verb
    what belongs to that clause ("X said the town rebelled after 300 people died"), so the figure
    stays with the speaker there."""
    if verb not in anc:
        return False
    path = [tok, *anc]
    child = path[path.index(verb) - 1]
    if child.dep_ == "ccomp" and path.index(verb) >= 2:
        # "X said, after 300 people died, that ...": what comes before "that" is not what is said
        # (the parse hangs the clause on the said clause's verb)
        that = next((g for g in child.children if g.dep_ == "mark" and g.lower_ == "that"), None)
        inner = path[path.index(verb) - 2]
        return that is not None and verb.i < inner.i and inner.right_edge.i < that.i and _setting_after(inner, child)
    if child.i < verb.i or not _setting_after(child, verb):
        return False
    return not any(c.dep_ in _CONTENT_DEPS and verb.i < c.left_edge.i < child.left_edge.i for c in verb.children)


#: Dependents through which a verb tells what follows it (an object, a clause, a complement).
_TOLD_AFTER_DEPS = frozenset("dobj ccomp xcomp attr dative parataxis".split())


def _across_semicolon(tok: Token, verb: Token) -> bool:
    """Is ``tok`` in a statement set before ``verb`` with a semicolon between them ("Lee backs a
    $15 wage; Cole seeks $12")? The parse may hang the first clause on the second's verb as what
    it takes, but a semicolon closes a statement: the verb after it, which tells what follows it,
    does not tell what came before. Not inside a quotation ("“... 40 ...; we will see,” she
    said"), nor before a tag that closes the sentence with nothing it tells after it ("40 homes
    burned in Ashby; 25 in Barton, officials said.": the tag covers the list before it)."""
    if verb.i < tok.i or not any(c.i > verb.i and c.dep_ in _TOLD_AFTER_DEPS for c in verb.children):
        return False
    between = verb.doc[tok.i + 1:verb.i]
    return any(t.text == ";" for t in between) and not any(t.text in _QUOTE_CLOSERS for t in between)


def _in_view(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in the clause a verb of believing takes, and not in a clause that only sets a
    scene or describes inside it ("the crowd believed it knew the ending when he came on
    with two minutes left": the two minutes are the game's, not the crowd's view)? A relative
    clause on a noun of that clause is part of what is held ("the founders are convinced this is
    the only town in which a family can live on 900 dollars a month")."""
    if verb not in anc:
        return False
    path = [tok, *anc[:anc.index(verb)]]
    return path[-1].dep_ == "ccomp" and not any(t.dep_ in ("advcl", "acl") for t in path)


def _judged_path(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in what a verb of judging judges (its object or its reason), not beside it?"""
    if verb not in anc:
        return False
    path = [tok, *anc]
    child = path[path.index(verb) - 1]
    if _passive(verb) and (child.dep_ == "nsubjpass" or child.dep_ == "prep" and child.lower_ == "as"):
        return True  # "the $2 million fee was criticized by ...", "was described as a $5 billion gamble"
    return _judged_child(child)


def _judged_subject(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in the subject of a passive of judging, the thing judged ("the $2 million fee
    was criticized by two senators"), not a scene set before it?"""
    if verb not in anc or not _passive(verb):
        return False
    path = [tok, *anc]
    return path[path.index(verb) - 1].dep_ == "nsubjpass"


def _end_tag(verb: Token, seg: Segment) -> bool:
    """A reporting verb that closes its sentence after a comma, with nothing of its own to say
    ("..., court filings show.", "..., officials said on Monday."), also before a remark set off
    by a dash ("..., officials said on Monday -- a turn that few expected": the tag closes what
    they said, the remark comes after it)."""
    span = seg.span
    rest = []
    for t in span:
        if t.i <= verb.i or t.is_space:
            continue
        if _break_dash(t):
            break
        if not t.is_punct:
            rest.append(t)
    return len(rest) <= 3 and _trailing(verb, span) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _remark_after_tag(tok: Token, verb: Token, seg: Segment) -> bool:
    """Is ``tok`` in a remark set off by a dash after a tag that closes what was said ("rents rose
    40 percent, the office reported -- a turn that will cost 300 landlords")? The remark is the
    writer's, not the tag's. Not a dash before the verb, nor one inside what the verb tells
    ("the office reported a rise -- 40 percent -- in rents")."""
    if tok.i < verb.i or not any(_break_dash(t) for t in seg.span.doc[verb.i + 1:tok.i]):
        return False
    return _end_tag(verb, seg)


def _break_dash(tok: Token) -> bool:
    """A dash that breaks a sentence ("--", a long dash, or "-" with a space on either side)."""
    doc = tok.doc
    return tok.text in _BREAK_DASHES or tok.text == "-" and tok.i > 0 and bool(doc[tok.i - 1].whitespace_) \
        and bool(tok.whitespace_)


def _relative_cue(rel: Token, seg: Segment, bounds: tuple[int, int]) -> Cue | None:
    """ "the 30 percent levy he proposed", "the 500 homes the mayor promised": a relative
    clause of saying or proposing whose object is the noun it hangs on, a noun with a figure.
    "the rate, which rose", "the homes the mayor saw", "the plan he proposed to them" are not."""
    if rel.dep_ != "relcl" or rel.head.i > rel.i or rel.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if not (_is_verb_of(rel, REPORTING_VERBS) and not _is_verb_of(rel, _CLAUSE_ONLY) or _intent_verb(rel)):
        return None
    subj = next((c for c in rel.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or any(
            c.dep_ in ("dobj", "ccomp") or c.dep_ == "xcomp" and not _gap_infinitive(c) for c in rel.children):
        return None
    if not any(_counts(t) for t in rel.head.subtree if t.i < rel.head.i):
        return None
    cue = _verb_cue(rel, subj, seg, bounds)
    cue.kind = "relative"
    return cue


def _gap_infinitive(xcomp: Token) -> bool:
    """ "(the $2 million it) expects to raise", "(the 40 homes she) promised to build": an infinitive
    whose object is the noun the relative clause hangs on, with no object or clause of its own."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in xcomp.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in xcomp.children)


def _told_in_relative(tok: Token, cues: list[Cue]) -> Cue | None:
    """The relative cue of the noun that holds ``tok`` (the token or the nouns above it)."""
    for t in [tok, *_ancestors(tok)][:4]:
        if t.pos_ in ("VERB", "AUX"):
            break
        rel = next((c for c in cues if c.kind == "relative" and c.verb.head.i == t.i), None)
        if rel is not None:
            return rel
    return None


def _owned_scope(tok: Token, cue: Cue, anc: list[Token]) -> bool:
    """Does the figure belong to what the plan or estimate states: its verb's object, a
    complement or a phrase of the verb, not a clause beside it ("..., while 40 protested")?"""
    path = [tok, *anc]
    child = path[path.index(cue.verb) - 1]
    return child.dep_ not in ("advcl", "conj", "parataxis", "ccomp", "nsubj", "nsubjpass", "csubj") or (
        child.i == cue.anchor.i)


def cue_for(da: DocAttributions, tok: Token) -> Cue | None:
    """The cue that governs ``tok``, or None for the outlet's own voice.

    A speaker named only "I" or "we" is the speaker of the quotation around ``tok`` (or of
    the turn it goes on with); a pronoun still unresolved is left unnamed."""
    if _age_of_name(tok) and tok.i not in da.quote_cue:
        return None  # "Lopez, 64, said ...": the outlet tells the age
    if _glosses_quoted_term(tok) and tok.i not in da.quote_cue:
        return None  # "... the fund's “buffer” - the sum it keeps for five years": the outlet explains
    cue = _governing_cue(da, tok)
    if cue is None or not cue.chain:
        return cue
    if _age_in_intent(tok, cue) and tok.i not in da.quote_cue:
        return None  # "The state wants to extradite Berry, 47, ...": the outlet tells the age
    if _first_person(cue):
        seg = da.segment_of(tok.i)
        for other in (da.quote_cue.get(tok.i), da.inherited.get(seg.index) if seg is not None else None):
            if other is not None and other.chain and other.chain[0].name and not _first_person(other):
                return other
        if _writer_speaks(da, cue, tok):  # the outlet's own voice, at the writer's "I"
            writer = replace(cue.chain[0], name="", kind="outlet")
            return Cue((writer, *cue.chain[1:]), cue.verb, cue.excluded, cue.kind, cue.segment, cue.anchor)
    return _settled(cue)


def _writer_speaks(da: DocAttributions, cue: Cue, tok: Token) -> bool:
    """ "After months of looking, I found them and asked about the 40 letters": an "I" outside
    any quotation, turn or post, whose sentence goes on with no one else's words, is the writer:
    the outlet's own voice (a source of kind "outlet", as "we" of the outlet is), not someone
    unnamed."""
    if cue.chain[0].name.lower() not in ("i", "me") or tok.i in da.quote_cue:
        return False
    seg = da.segment_of(tok.i)
    if seg is None or seg.index in da.inherited:
        return False
    opening = next(g for g in da.segments if g.paragraph == seg.paragraph)
    if _turn_label([t for t in opening.span if not t.is_space]):
        return False  # "SMITH: I counted 40 boats.": a speaker's turn, named or not
    verb = cue.verb if cue.verb is not None else tok
    return not any(s <= at.idx < e for s, e in da.quotations for at in (tok, verb))


def _settled(cue: Cue) -> Cue:
    """The cue with every source named only by a pronoun left unnamed."""
    chain = tuple(_unnamed(s) for s in cue.chain)
    if all(a is b for a, b in zip(chain, cue.chain)):
        return cue
    return Cue(chain, cue.verb, cue.excluded, cue.kind, cue.segment, cue.anchor)


def _governing_cue(da: DocAttributions, tok: Token) -> Cue | None:
    seg = da.segment_of(tok.i)
    if seg is None:
        return None
    cues = [c for c in da.cues.get(seg.index, []) if not (c.excluded[0] <= tok.i < c.excluded[1])
            and _within_aside(c, tok)]
    if not cues:
        q = da.quote_cue.get(tok.i)
        if q is not None:
            return q
        return da.inherited.get(seg.index)
    anc = _ancestors(tok)
    for c in cues:
        contact = _contact_speaker(c.verb) if c.kind == "verb" and c.verb is not None else None
        figure = _contact_figure(contact) if contact is not None else None
        if figure is not None and (tok.i == figure.i or figure in anc) and tok.i < contact.i:
            return c  # "the $30 million analysts say it costs": what the analysts say it costs
    verb_cues = [c for c in cues if c.verb is not None and c.kind != "relative"
                 and not (_background(tok, c.verb, anc) and not (c.kind == "trailing" and tok.i < c.excluded[0])
                          and not (c.kind == "judge" and _judged_subject(tok, c.verb, anc)))
                 and not _setting_of_verb(tok, c.verb, anc) and not _deed_after_saying(tok, c.verb, anc)
                 and (c.kind != "work" or tok.i > c.verb.i)  # (not a clause the parse hung before it)
                 and (c.kind != "view" or _in_view(tok, c.verb, anc))
                 and (c.kind != "expect" or _in_expectation(tok, c.verb, anc))
                 and (c.kind != "judge" or _judged_path(tok, c.verb, anc))
                 and not _across_semicolon(tok, c.verb)
                 and not _joined_after_told(tok, c.verb, anc)
                 and not _remark_after_tag(tok, c.verb, seg)
                 and not _quoted_apart(da, c.verb, tok)]
    quoted = da.quote_cue.get(tok.i)
    if quoted is not None and _dash_label(quoted):
        return quoted  # "The council met - Ann Lee: “We need 40 beds.”": the label's
    if quoted is not None:
        # "'I expect 20 more,' he said": the first person of a quotation is its speaker, and
        # "'They wanted 60 votes,' X said": what the quotation tells of others is still X's
        verb_cues = [c for c in verb_cues if not _first_person(c) and c.verb.i not in da.quote_cue]
        if not verb_cues and not [c for c in cues if c.kind == "according"]:
            return quoted
    carried = da.inherited.get(seg.index)
    if carried is not None and verb_cues and all(_first_person(c) for c in verb_cues):
        return carried  # "I" inside a quotation the speaker before opened
    above = [c for c in verb_cues if c.verb in anc and (c.kind != "owned" or _owned_scope(tok, c, anc))]
    according = [c for c in cues if c.kind == "according" and not _according_in_joined_clause(c, tok)]
    if any(c.kind != "owned" for c in above):
        # "X estimates that Y's plan would raise $1bn": the plan is told by X
        above = [c for c in above if c.kind != "owned"]
    if not above:
        claimed = _claimed_after_relative(cues, tok, anc)
        if claimed is not None:
            return claimed
    if not above:
        said = next((c for c in verb_cues if _clause_hung_beside(c, anc)), None)
        if said is not None:
            return said  # "the senator, who boasts he has hosted 120 forums": what he boasts
    told = _told_in_relative(tok, cues)
    if told is not None and all(c.kind in ("intent", "owned") for c in above):
        return told  # "X wants a levy far below the 30% levy Y proposed": Y's
    if above:
        best = min(above, key=lambda c: anc.index(c.verb))
        best = _reporter_above(best, above, anc)
        if according and according[0].chain and best.chain and \
                according[0].chain[0].name != best.chain[0].name:
            acc = according[0]
            if _according_to_aside(acc, tok, best):
                # "X says the gap, which stood at 263, according to Y, ...": the aside is Y's
                chain = acc.chain
            elif _passes_on(best, acc, tok):
                # "X reports that ... $90,000 ..., according to Y": what X reports comes from Y
                chain = acc.chain + best.chain
            elif _told_of(best, acc, anc):
                # "X will propose spending $2bn, according to an aide": the aide tells of the plan
                chain = acc.chain
            else:  # "According to the WSJ, an official said ..." -> (official, WSJ)
                chain = best.chain + acc.chain
            best = Cue(chain, best.verb, best.excluded, best.kind, best.segment, best.anchor)
        return best
    opening = [c for c in verb_cues if _opens_with(c, seg) and c.verb.i < tok.i]
    if according and opening and all(a.anchor is not None and a.anchor.i > tok.i for a in according):
        # "X reported that A holds $2bn; B holds $1bn, according to its filing": a long
        # sentence the parse cut up, told by the cue that opens it
        return opening[0]
    if according:
        chained = _said_according(cues, according[0], tok)
        return chained if chained is not None else according[0]
    evidence = [c for c in cues if c.kind == "evidence" and _in_clause_of(tok, c)]
    if evidence:
        return evidence[0]
    if told is not None:
        return told
    q = da.quote_cue.get(tok.i)
    if q is not None:
        return q
    # a reporting verb elsewhere in the sentence: take it when it heads the sentence
    # or hangs beside the figure's clause ("..., a spokesperson said.")
    # (an intent tells only the course its own clause takes: "Acme is among several lenders taken to
    # court, and the bank agreed to settle for $3m" leaves "several" to the outlet)
    root_cues = [c for c in verb_cues if c.kind not in ("owned", "view", "judge", "rule", "intent", "work") and (
        c.kind == "trailing" or c.verb.dep_ in ("ROOT", "parataxis") or _end_tag(c.verb, seg)
        or _promise_read_as_subject(c.verb) is not None
        or c.verb.head.dep_ == "ROOT" and c.verb.dep_ != "advcl"  # not "after his family claimed"
        or _opens_with(c, seg) and c.verb.i < tok.i or _as_noted(c.verb) and (c.verb.head in anc or _opens_sentence_as(c.verb, seg))
        or _reduced_relative(c.verb) is not None and c.verb.head.head in anc)]
    root_cues = [c for c in root_cues if not _in_teller_of(tok, c, da.cues.get(seg.index, []))
                 and not _aside_participle(c.verb) and not _contrasted_after(c.verb, tok, cues)]
    if root_cues:
        return min(root_cues, key=lambda c: abs(c.verb.i - tok.i))
    setting = [c for c in cues if c.kind == "owned" and c.verb is None]
    if setting:  # "by one estimate, ...", "under the mayor's plan, ..." (a speaker of the sentence goes first)
        return setting[0]
    polls = [c for c in verb_cues if c.kind == "verb" and _poll_finds(c.verb)]
    if len(polls) == 1 and _share_token(tok):
        # "Crowds gathered as a new survey showed Lopez pulling ahead, 47 percent to 38 percent": a share the
        # parse hung elsewhere in the sentence of a poll's finding is the poll's
        return polls[0]
    return None


def _clause_hung_beside(cue: Cue, anc: list[Token]) -> bool:
    """ "The senator, who boasts he has hosted over 120 forums, ...": a verb of saying in a
    relative clause, with no clause of its own, right before a clause with its own subject that
    the parse hung beside it on the same noun (both relative clauses of "senator"): that clause is
    what it says. Not when a "that", a comma or a word other than the subject stands between
    ("who left, and he has held ...")."""
    verb = cue.verb
    if cue.kind != "verb" or verb is None or verb.dep_ != "relcl" or _verb_lemma(verb) not in REPORTING_VERBS \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or doc[nxt].dep_ != "nsubj" or doc[nxt].pos_ not in ("PRON", "PROPN", "NOUN"):
        return False
    clause = doc[nxt].head
    return clause in anc and clause.head.i == verb.head.i and clause.dep_ in ("relcl", "conj") \
        and doc[nxt].left_edge.i == nxt


def _quoted_apart(da: DocAttributions, verb: Token, tok: Token) -> bool:
    """Is the verb inside a quotation that the figure is outside of ("the Courier dwells on the
    20-minute rampage: “..., the gunmen showed how deadly ...”")? Words quoted tell only what
    the quotation holds; the sentence around it is someone else's."""
    at, fig = verb.idx, tok.idx
    return any(s <= at < e and not s <= fig < e for s, e in da.quotations)


def _aside_participle(verb: Token) -> bool:
    """Is ``verb`` a participle of saying set after a subject or before the verb it hangs on
    ("The striker, insisting that he was fit, played 90 minutes", "Arguing that ..., the senator
    voted no")? It tells what its own clause says, not the deed of the sentence around it."""
    return verb.tag_ == "VBG" and (verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass")
                                   and verb.head.i < verb.i or verb.dep_ == "advcl" and verb.head.i > verb.i)


#: Conjunctions that set a second clause against the first ("..., yet X says ...").
_CONTRAST_CONJUNCTIONS = frozenset("yet but though although whereas".split())


def _contrasted_after(verb: Token, tok: Token, cues: list[Cue]) -> bool:
    """Is ``verb`` a verb of saying whose clause opens with "yet" or "but" and a new subject by
    name, joined after the figure's clause ("The new van carries 900 kg, yet its maker says it
    uses less fuel")? The clause before the conjunction is the writer's, set against what the
    speaker says; the speaker's words begin after it. A pronoun subject ("..., but he also
    noted ...") goes on with the one the first clause is about, and a tag closing the sentence
    ("..., but she cannot win, Ruiz notes.") tells both clauses."""
    if verb.dep_ != "conj" or verb.i <= tok.i or tok.i in {t.i for t in verb.subtree}:
        return False
    if any(c.anchor is not None and c.anchor.i == verb.head.i for c in cues):
        return False  # the first clause is a speaker's own
    path = [tok, *_ancestors(tok)]
    if verb.head in path and any(a.pos_ in ("VERB", "AUX") and _verb_lemma(a) in REPORTING_VERBS
                                 for a in path[:path.index(verb.head) + 1]):
        return False  # "He was first reported to be six, but later reports said five": a report too
    if _joined_by_and(verb, tok):
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or subj.lower_ in _PRONOUN_WORDS:
        return False
    opening = subj.left_edge.i - 1
    return any(c.i == opening and c.lower_ in _CONTRAST_CONJUNCTIONS and c.i > tok.i
               for t in (verb.head, verb) for c in t.children)


def _joined_by_and(clause: Token, tok: Token) -> bool:
    """Is ``clause`` a clause joined after the figure's clause by a comma and "and", with a subject
    of its own ("The storm flooded 40 homes, and officials said the toll could rise")? The clause
    before is the writer's; the speaker's words begin after the "and". Not without the comma
    ("Ruiz won 40 votes and Lee said ..."), nor when the figure stands in that clause."""
    if clause.dep_ != "conj" or clause.i <= tok.i or tok.i in {t.i for t in clause.subtree}:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children):
        return False
    doc = clause.doc
    cc = next((c for t in (clause.head, clause) for c in t.children
               if c.dep_ == "cc" and c.lower_ == "and" and tok.i < c.i < clause.i), None)
    return cc is not None and cc.i > 0 and doc[cc.i - 1].text == "," and all(
        t.dep_ in ("cc", "punct") or t.i >= clause.left_edge.i for t in doc[cc.i:clause.i])


def _according_in_joined_clause(cue: Cue, tok: Token) -> bool:
    """Does an "according to" open a clause joined after the figure's by a comma and "and"
    ("He owed rent on his 9-room house, and according to the police, he had told
    friends ...")? It tells that clause, not the one before. One closing the sentence ("..., and
    he had $5 million left, according to his filings") tells both."""
    anchor = cue.anchor
    if cue.kind != "according" or anchor is None or anchor.i <= tok.i:
        return False
    clause = anchor.head
    while clause.dep_ not in ("conj", "ROOT") and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    return anchor.i < clause.i and _joined_by_and(clause, tok)  # (not a tag closing the sentence)


def _joined_after_told(tok: Token, verb: Token, anc: list[Token]) -> bool:
    """Is ``tok`` in a clause joined by a comma and "and" after what ``verb`` tells, with a subject
    of its own that counts nothing ("Analysts had expected a small profit, and the stock fell 25
    cents")? The writer goes on there. Not a clause whose subject is the figure or a pronoun
    ("Police said four died, and 12 were hurt"; "..., and it will cost $5 million")."""
    if verb not in anc or not any(c.dep_ in _CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return False
    path = [tok, *anc]
    child = path[path.index(verb) - 1]
    if child.dep_ != "conj" or child.i < verb.i or not _joined_by_and(child, verb):
        return False
    subj = next(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i)
    return subj.lower_ not in _PRONOUN_WORDS and not any(_counts(t) or t.like_num for t in subj.subtree)


def _in_teller_of(tok: Token, cue: Cue, all_cues: list[Cue]) -> bool:
    """ "A study of 212 patients found that those on the new drug reported fewer headaches": the
    figure names who tells (it stands in the source phrase of "found"), so a cue in what that
    one tells ("reported") does not tell it."""
    return any(o is not cue and o.verb is not None and o.excluded[0] <= tok.i < o.excluded[1]
               and o.verb in _ancestors(cue.verb) for o in all_cues)


def _poll_finds(verb: Token) -> bool:
    """Is ``verb`` a verb of evidence ("shows", "found") whose subject is a poll or a survey?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _POLL_NOUNS and _is_verb_of(verb, _EVIDENCE_VERBS)


def _share_token(tok: Token) -> bool:
    """Is ``tok`` a share or a margin ("41 percent", "40%", "12 points"), or its number?"""
    words = _SHARE_HEADS | {"point", "points"}
    return tok.lower_ in words or tok.head.lower_ in words and tok.dep_ == "nummod" \
        or any(c.lower_ in words for c in tok.children if c.i == tok.i + 1)


def _speech(cue: Cue) -> bool:
    """A cue of someone saying or stating something (a verb of saying or of evidence, a tag at
    the sentence's end), not a belief, an intent, a judgement, a rule or an owned plan."""
    return cue.kind in ("verb", "trailing") and cue.verb is not None and not _belief(cue) and bool(cue.chain)


def _reporter_above(best: Cue, above: list[Cue], anc: list[Token]) -> Cue:
    """Who reports a figure that lies in what someone else intends or decides, or in what the
    people a poll asked answered, and who passes on a claim someone makes. "Officials said the city agreed to host 200 people": the city
    holds the intent, the officials tell of it, so the figure is the officials' report. "A poll
    found that voters rated the economy good by four to one": what the asked say is the poll's
    finding. An intent or a group's answer with no speaker above it stays its holder's ("The
    city agreed to host 200 people", "Voters said ..."), as does an intent in round brackets
    that no speaker inside them tells of ("Lee said the city would hire 40 nurses (the council
    has proposed hiring 25)": the council's proposal, set aside from Lee's words)."""
    outer = sorted((c for c in above if c is not best and anc.index(c.verb) > anc.index(best.verb)),
                   key=lambda c: anc.index(c.verb))
    if best.kind == "intent":
        if _in_parentheses(best.verb):
            outer = [c for c in outer if _in_parentheses(c.verb)]  # an aside's proposal stays its own
        return next((c for c in outer if _speech(c) or _claim_told(c)), best)
    if best.kind == "noun":
        # "Two women came forward with claims that ..., prosecutors said": the women claim it,
        # the prosecutors pass the claim on (the one who claims first, then who tells of it)
        teller = next((c for c in outer if _speech(c)), None)
        if teller is not None and best.chain and teller.chain and teller.chain[0].name != best.chain[0].name:
            return Cue(best.chain + teller.chain, best.verb, best.excluded, best.kind, best.segment, best.anchor)
    if best.kind == "verb" and best.verb is not None and _respondents(best.verb):
        return next((c for c in outer if _poll_finding(c)), best)
    return _passed_on_by(best, outer, anc)


def _claim_told(cue: Cue) -> bool:
    """Is ``cue`` a claim by its owner ("the union's claim that the mayor wanted to close 12
    schools", "X made the point that ...")? An intent inside what it claims is the claim's
    telling of someone's aim, told by the claim's owner as a verb of saying would tell it; a
    voiced hope or fear ("expressed hope that ...") is a belief, not a claim."""
    return cue.kind == "noun" and bool(cue.chain) and cue.verb is not None \
        and cue.verb.lemma_.lower() not in _ATTITUDE_NOUNS


def _passed_on_by(best: Cue, outer: list[Cue], anc: list[Token]) -> Cue:
    """A telling inside a telling: "The union said the manager told him the plant cut 200 jobs".
    The manager said it first, the union passes it on: the chain goes from the first teller
    outward (the manager, then the union), as for "X reported, citing Y". Each outer cue is a verb
    of saying whose clause (its "that" clause) holds the telling inside, not a verb of evidence
    ("the poll found that senators said ..."); a speaker already in the chain is not named twice."""
    if best.kind not in ("verb", "trailing") or not _speech(best):
        return best
    chain = list(best.chain)
    for c in outer:  # innermost first
        if not _speech(c) or c.kind != "verb" or _is_verb_of(c.verb, _EVIDENCE_VERBS):
            break  # "the poll found that senators said ...": a finding, not a telling passed on
        k = anc.index(c.verb)
        if k > 0 and anc[k - 1].dep_ == "conj" and anc[k - 1] is best.verb:
            continue  # "X admitted that ... and denied that ...": one teller, two verbs
        if k == 0 or anc[k - 1].dep_ != "ccomp":
            break
        chain += [src for src in c.chain if src.name.lower() not in {x.name.lower() for x in chain}]
    if len(chain) == len(best.chain):
        return best
    return Cue(tuple(chain), best.verb, best.excluded, best.kind, best.segment, best.anchor)


def _respondents(verb: Token) -> bool:
    """Is the subject of ``verb`` a group of people named by a plural noun or a share of them
    ("voters", "Democrats", "most respondents", "40 percent"), not a person or a body by name?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if _share_of_respondents(subj):
        return True
    doc = subj.doc
    # a name before it ("Senate Democrats") names a body; a hyphened word ("Irish-Americans") does not
    return subj.tag_ in ("NNS", "NNPS") and subj.ent_type_ not in ("PERSON", "ORG", "GPE") \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and doc[c.i + 1].tag_ != "HYPH"
                    for c in subj.children)


#: Nouns of asking or studying people, whose finding tells what the people asked or studied say:
#: polls, surveys, studies, research.
_FINDING_NOUNS = _POLL_NOUNS | frozenset("study studies research census".split())


def _poll_finding(cue: Cue) -> bool:
    """A poll, a survey or a study that finds or shows a clause ("a poll found that ...", "a study
    showed that most nurses said ...")."""
    if cue.verb is None:
        return False
    subj = next((c for c in cue.verb.children if c.dep_ == "nsubj"), None) or _shared_subject(cue.verb, cue.verb.sent)
    return subj is not None and subj.lemma_.lower() in _FINDING_NOUNS \
        and any(c.dep_ == "ccomp" for c in cue.verb.children)


#: Cues of what someone intends or judges rather than says: told by an "according to" of their sentence.
_TOLD_OF_KINDS = frozenset({"intent", "judge"})


def _told_of(cue: Cue, according: Cue, anc: list[Token]) -> bool:
    """Is ``cue`` an intent or a judgement ("X plans to hire 300", "X denounced the deal") that
    an "according to" of the same sentence tells of, rather than a speaker it passes on? The
    "according to" hangs on a verb above the figure (``anc``, the figure's ancestors), not on
    a clause beside it ("X praised the six years of Y's work and won 70 percent, according to
    exit polls": the polls tell the 70 percent only)."""
    return _held_not_told(cue) and according.anchor is not None and according.anchor.head in anc


def _held_not_told(cue: Cue) -> bool:
    """A cue of what its source intends or judges, not of what it tells: an intent, a judgement,
    or an owned plan or proposal ("X's plan would raise $1bn"; not "X's estimate", a reckoning
    its owner tells)."""
    return cue.kind in _TOLD_OF_KINDS or cue.kind == "owned" and cue.anchor is not None \
        and cue.anchor.lemma_.lower() in _INTENT_NOUNS


def _passes_on(cue: Cue, according: Cue, tok: Token) -> bool:
    """Does a verb of publishing or of evidence pass on what an "according to" after its clause
    names ("X reports that ... 40 ..., according to Y", "records show ..., according to Y")? Not
    when the one named is an outlet ("an official said ..., according to the Herald")."""
    verb, anchor = cue.verb, according.anchor
    return anchor is not None and anchor.head.i == verb.i and anchor.i > tok.i > verb.i \
        and _is_verb_of(verb, (_MEDIA_CITING - {"say"}) | _EVIDENCE_VERBS) \
        and according.chain[0].kind != "media"


def _according_to_aside(according: Cue, tok: Token, cue: Cue) -> bool:
    """ "X says the club can close the gap, which stood at 12 points on Friday, according to the
    league": an "according to" right after the comma that closes a relative clause set off by a
    comma ("..., which ..."), in what ``cue`` tells, names who gives that clause's figures: the
    writer adds the aside and its source, the speaker does not say it. The parse may hang the
    "according to" on the clause the relative stands in."""
    anchor = according.anchor
    if anchor is None or cue.verb is None or anchor.i < tok.i:
        return False
    doc = tok.doc
    for t in _ancestors(tok):
        if t.i == cue.verb.i:
            return False
        if t.dep_ != "relcl" or t.head.i > t.i:
            continue
        first = t.left_edge.i
        if first < 1 or doc[first - 1].text != "," or doc[first].tag_ not in ("WDT", "WP", "WP$"):
            return False  # a relative that restricts its noun ("the 40 seats it won") is no aside
        end = t.right_edge.i
        return end + 2 == anchor.i and doc[end + 1].text == ","
    return False


def _said_according(verb_cues: list[Cue], according: Cue, tok: Token) -> Cue | None:
    """ "40 were hurt, the ministry said, according to Reuters": the "according to" hangs on the
    verb of the tag after the figure (", the ministry said"), so the tag's speaker said it and the
    one named after "according to" passed it on (speaker first, then who passed it on), however
    the parse hung the clause before the tag."""
    anchor = according.anchor
    if anchor is None or not according.chain:
        return None
    doc = tok.doc
    for c in verb_cues:
        if c.kind in ("verb", "trailing") and c.chain and c.verb is not None and anchor.head.i == c.verb.i \
                and tok.i < c.excluded[0] and c.excluded[0] > 0 and doc[c.excluded[0] - 1].text == "," \
                and c.verb.i < anchor.i and _speech(c) and c.chain[0].name != according.chain[0].name:
            return Cue(c.chain + according.chain, c.verb, c.excluded, c.kind, c.segment, c.anchor)
    return None


_DASHES = frozenset({"-", "–", "—", "--"})
#: Marks that close a quotation: a straight or a curly double quote, two apostrophes, a closing
#: guillemet, a single curly quote (also an apostrophe: "the players’ union").
_QUOTE_CLOSERS = frozenset({"”", "\"", "''", "»", "’"})


def _within_aside(cue: Cue, tok: Token) -> bool:
    """A cue set between dashes or brackets ("a bold - some say reckless - pledge") tells only
    what stands between them: is ``tok`` there, or is the cue no aside?"""
    verb = cue.verb
    if verb is None or cue.kind not in ("verb", "trailing"):
        return True
    doc = verb.doc
    start = cue.excluded[0] - 1
    if start < 0 or not (doc[start].text in _DASHES or doc[start].text == "("):
        return True
    closing = ")" if doc[start].text == "(" else None
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "ADV"):
        return True  # "... - the ministry said (on Monday) - ...": a tag of what comes before
    for t in doc[verb.i + 1:min(verb.i + 6, len(doc))]:
        if t.text == closing or closing is None and t.text in _DASHES:
            return start < tok.i < t.i
    return True


def _opens_with(cue: Cue, seg: Segment) -> bool:
    """Does the sentence open with the cue's subject and its verb taking a "that" clause ("The
    researchers reported that ...", also a verb the parse read into its subject's name: see
    :func:`_name_ending_in_verb`)?"""
    if cue.kind != "verb" or cue.verb is None:
        return False
    first = next((t for t in seg.span if not (t.is_punct or t.is_space)), None)
    return first is not None and cue.excluded[0] <= first.i and (any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in cue.verb.children) or _name_ending_in_verb(cue.verb, seg.span) is not None)


def attribution_for(da: DocAttributions, tok: Token) -> Attribution:
    """The attribution chain of a claim whose main token is ``tok``.

    Args:
        da: the document's cues, from :func:`doc_attributions`.
        tok: the figure's token (the number or the noun it counts).

    Returns:
        The :class:`Attribution`; an empty chain for the outlet's own voice.
    """
    cue = cue_for(da, tok)
    return Attribution(cue.chain if cue is not None else ())


_CLOSING_MARKS = frozenset("”\"’'")


def _glosses_quoted_term(tok: Token) -> bool:
    """ "X said costs beat the fund's “buffer” – the sum it keeps to pay debts within five years.":
    a phrase after a dash that opens with an article, right after a term of a few words in
    quotation marks, tells what the term means: the outlet explains it, no speaker says it."""
    doc, sent = tok.doc, tok.sent
    for d in range(tok.i - 1, sent.start, -1):
        if doc[d].text not in _DASHES:
            continue
        if d + 1 >= tok.i or doc[d + 1].lower_ not in ("the", "a", "an") or doc[d - 1].text not in _CLOSING_MARKS:
            return False
        if doc[d + 1].head.dep_ in ("nsubj", "nsubjpass"):
            return False  # "an “insult” – the firm made $40m": a clause of its own, not a gloss
        opening = next((k for k in range(d - 2, max(sent.start, d - 7) - 1, -1) if doc[k].text in _OPEN + "‘'"), None)
        return opening is not None and 1 <= d - 2 - opening <= 4 \
            and not any(doc[k].text in _OPEN for k in range(sent.start, opening))  # not inside a quotation
    return False


def _age_of_name(tok: Token) -> bool:
    """ "Lopez, 64, said": a bare number between commas right after a name, the subject of the
    sentence, is the age the outlet gives of that person, not a figure anyone says. Not the age of
    one named inside what a speaker tells ("the moment Lopez, 64, stood up, she said")."""
    doc, i = tok.doc, tok.i
    if not (tok.like_num and tok.text.isdigit() and 0 < int(tok.text) < 120) or i < 2 or i + 1 >= len(doc):
        return False
    name = doc[i - 2]
    return doc[i - 1].text == "," and _name_word(name) and doc[i + 1].text in (",", ".", ";") \
        and (name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "ROOT"
             or i + 2 < len(doc) and doc[i + 2].dep_ == "ROOT" and doc[i + 2].pos_ == "VERB")


def _age_in_intent(tok: Token, cue: Cue) -> bool:
    """ "The state wants the court to extradite Berry, 47, over ...": a bare number between commas
    right after a name, inside what someone wants or plans (an intent or an owned plan), is the
    age the outlet gives of that person; nobody wants or plans an age."""
    if cue.kind not in ("intent", "owned"):
        return False
    doc, i = tok.doc, tok.i
    if not (tok.like_num and tok.text.isdigit() and 0 < int(tok.text) < 120) or i < 2 or i + 1 >= len(doc):
        return False
    return doc[i - 1].text == "," and _name_word(doc[i - 2]) and doc[i + 1].text in (",", ".", ";")


def _name_word(tok: Token) -> bool:
    """A word of a name: a proper noun, or a capitalised word the tagger misread at the
    sentence's start ("Lopez, 64, said" with "Lopez" as an adjective)."""
    return tok.pos_ == "PROPN" or tok.is_sent_start and tok.text.istitle() and tok.pos_ == "ADJ" \
        and not tok.is_stop
