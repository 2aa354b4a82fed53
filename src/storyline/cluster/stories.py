"""Stories: articles about one developing event, grouped incrementally (cluster stage).

The graph: nodes are articles, and an edge joins two articles that are similar enough
(:func:`similarity` at least :attr:`StoryParams.threshold`). An edge depends on its two
articles only, never on the rest of the collection. A story is a function of the final
graph, so the stories do not depend on the order in which articles arrive, and adding
articles one by one (:class:`StoryIndex`) gives the same stories as clustering them all at
once (:func:`cluster`):

1. **Cores.** An edge between two *dated* articles, or between two *undated* ones, is
   *confirmed* when it is strong (:attr:`StoryParams.confirm_threshold`) or when the two
   have at least :attr:`StoryParams.min_common` neighbours of their kind (dated, undated)
   in common. The cores are the connected components of the confirmed edges: a core is all
   dated or all undated. A weak edge alone never merges two groups: single-link chaining
   through one loosely related article (a markets piece that mentions both the trade war
   and Hong Kong) was what glued unrelated stories together.
2. **Undated cores** follow their best dated neighbour (highest score, then earliest, over
   the edges of all their members) when that edge reaches
   :attr:`StoryParams.attach_threshold` *and* at least :attr:`StoryParams.attach_share` of
   their members have an edge that strong to a dated article; else they are a story of
   their own. Undated reports of one event therefore come together by content (they used
   to split into pairs, each following a single neighbour), a group of them joins at most
   one dated story, and a group does not join one through a few of its members (the
   undated reports of one earthquake, like enough to those of another to be in their group,
   used to bring the whole group into the other's dated story).
3. **Followers.** An article with no confirmed edge follows its best neighbour: a dated
   article its best *dated* neighbour (highest score, then earliest), an undated article its
   strongest edge, dated or undated (then a dated one, then the earliest). An article is in
   the story of the article it follows; two articles that follow each other form a story of
   their own. An undated article therefore joins one story and never bridges two (an undated
   guide like two guides eight years apart used to join them).
4. **Members that leave.** A member of an undated core whose strongest edge is to a dated
   article, of at least ``attach_threshold``, goes with that article: it goes where it
   agrees most, not with the group that weaker edges made it part of (a few undated reports
   of one earthquake in the group of another's). A member whose strongest edges lead,
   member to member, to such a member goes with the member of its strongest edge.

5. **Parts.** The articles these steps put together are a *group*; a group is told as its
   parts that are alike as wholes (:func:`story_parts`): average link over the edges between
   its members (two groups of them join while the mean edge score over all their pairs of
   articles reaches :attr:`StoryParams.part_threshold`), parts of fewer than
   :attr:`StoryParams.min_part` articles going with the part they are most linked to. The
   steps above link by single edges, confirmed by common neighbours: a newsroom's feed of
   one beat over months (an election year) was one group of hundreds of articles, each
   week's episode joined to the next by a few recaps; its parts are its episodes. A
   developing story whose episodes share names and words all through (a strike, then the
   deal that ends it) stays one story with threads. Each part is a story.

A story's id is the id of its earliest member (by publication date, then id; undated
articles sort last). The parts of a group are a function of its members' features alone,
computed when the stories are read (and for every group an add reached, with all its
parts), so they too do not depend on the order of arrival; adding an article still costs
its own edges only. Whether a core joins a dated story and which members leave it are read
from the state when the stories are asked for. An add changes the state of the new article
and its neighbours only, and every article whose story it changes is, after it, in the story
of one of them or of an article that was in one of their stories before (what saving only
the stories an add touched relies on):
confirmations only ever appear as articles arrive, so the cores are kept by union-find
(with, for an undated core, the dated neighbour it follows: a best edge, which can only
get better), and only the new article and its neighbours can change whom they follow.

Features of an article, all computed from the article alone:

``terms``     content words of the title (counted twice) and text: lower-cased, stop words
              and numbers removed, plurals folded; weight ``1 + log(tf)``, the
              :data:`TOP_TERMS` strongest kept, L2-normalised. There is no corpus IDF on
              purpose: a document frequency would make one pair's edge depend on the other
              articles, and so on the order of arrival; the stop list does IDF's main job.
``entities``  named entities: given by the caller (spaCy's, see :func:`entities_of` and
              :func:`entities_from_docs`) or, failing that, runs of capitalised words
              (:func:`fallback_entities`).
``day``       the publication date as a day number, or None when there is none or it is
              not trusted: more than :data:`UNTRUSTED_GAP_DAYS` from every full date the
              text writes (a crawl or archive date; :func:`trusted_day`).

The features are stored with the article (:meth:`ArticleFeatures.as_record`, under
:data:`FEATURES_VERSION`) so that a run rebuilds the index without reading old texts.

Score of a pair: ``(1 - w) * cos(terms) + w * cos(entities)``, ``w`` one half when both
name at least :attr:`StoryParams.entity_support` entities and less with fewer (terms alone
when either side has no entity), and 0 when both have entities but their terms agree less than
:attr:`StoryParams.min_term_cos` (the same places and leaders named in two different
events of one week), times a time factor: 1 within :attr:`StoryParams.grace_days`,
then halving every :attr:`StoryParams.half_life_days` (no hard window: past
:attr:`StoryParams.window_days` the factor is below the threshold, so no edge is
possible there and candidates are not looked for). A story can run for weeks because it
is a chain of such edges; two unrelated events of the same day still need shared words and names to
meet. An undated article is compared with every other one at a factor of
:attr:`StoryParams.undated_factor`.

Candidates come from inverted indexes over each article's keys (its strongest terms and
its entities) and over its terms with their weights, in time buckets one window wide
(:attr:`StoryParams.window_days` plus a day): a new article reads the two or three buckets
its window overlaps, and is compared only with the articles of its time window
that share at least :attr:`StoryParams.min_shared_keys` keys with it and whose term cosine
with it reaches the least any edge needs (``min(min_term_cos, threshold)``). Both are
counted over the postings at once with numpy, so a generic word shared with thousands of
articles costs an array read, not thousands of scores; then the pair score itself is
computed the same way (term and entity cosines, time factor) within a float slack, and
only pairs whose score can reach the threshold are scored exactly, in Python. Both conditions are properties of the pair alone, so the candidates, like the
edges, do not depend on the other articles or on the order of arrival (no document
frequency is used).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.cluster.forest import root
from storyline.config import prefixed
from storyline.dates import text_dates
from storyline.lang.en import COMMON_CAPITALISED, NAME_PARTICLES, SAME_IN_PLURAL, SENTENCE_OPENERS
from storyline.lang.en import STORY_STOP_WORDS as STOP_WORDS
from storyline.model import Article, Story
from storyline.outlets import article_outlet as _outlet

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = [
    "FEATURES_VERSION",
    "ArticleFeatures",
    "Assignment",
    "StoryIndex",
    "StoryParams",
    "cluster",
    "entities_from_docs",
    "entities_of",
    "fallback_entities",
    "features_of",
    "similarity",
]

#: The version of :func:`features_of`: features stored under another version are computed
#: again from the article. Change it whenever the features of an article change.
FEATURES_VERSION = "stories-6"
#: How many of an article's strongest terms form its term vector.
TOP_TERMS = 60
#: How many of them are index keys (with all its entities, up to :data:`MAX_ENTITY_KEYS`).
KEY_TERMS = 15
MAX_ENTITY_KEYS = 15
#: spaCy entity labels that name who and where a story is about.
ENTITY_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC EVENT PRODUCT LAW WORK_OF_ART".split())


_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_CAP_RUN = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’.-]*\w|[A-Z])(?:[ \t]+(?:(?:" + "|".join(NAME_PARTICLES) + r")[ \t]+)?"
    r"(?:[A-Z][\w'’.-]*\w|[A-Z]))*")
_SENT_START = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")


@dataclass(frozen=True, slots=True)
class StoryParams:
    """The thresholds of story clustering, and why they are what they are.

    Attributes:
        threshold: the least pair score for an edge. Same-story news articles share names
            and a few content words (0.3-0.7 on the seeds and the sample corpus); unrelated
            pages of the datasets stay under 0.2 except near-copies of one template. It sits
            in the middle of that gap, not at its top: an edge below ``confirm_threshold``
            merges no two groups by itself (it lets an article follow its best neighbour,
            and counts as a common neighbour), so the reports of one event told from
            another angle (0.25-0.3) still find their story. ECB+ events F1 0.901 at 0.3,
            0.924 at 0.28, 0.940 at 0.25 and 0.24, 0.942 at 0.22 (precision rises too: the
            edges confirm the groups they belong to); at 0.22 a protest story of the
            election week joins an election story of the dev events. The price: the
            weak edges that confirm ECB+ groups also bring the dev events' stories of one
            election week nearer to each other, so one step of ``min_term_cos`` (0.25) or
            ``min_common`` (1), or a threshold of 0.2, links them into one group (at 0.3
            none did); told as its parts (``part_threshold``) the group is those stories
            again (dev events F1 0.921 at each of these steps, 0.775, 0.835 and 0.867 when a
            group was one story): see ``benchmarks/stories_eval.py --sensitivity``.
        confirm_threshold: an edge this strong joins two cores by itself. Weaker edges
            (0.25-0.45: an opinion piece and a report on the same theme, two polls of one
            campaign) only let an article follow its best neighbour.
        min_common: a weak edge between two dated (or two undated) articles is confirmed
            when the two have this many neighbours of their kind in common: with one, an article weakly like two
            articles of each of two groups closes a triangle with each and merges them.
        min_term_cos: with entities on both sides, the least term cosine for any edge. The
            datasets' wrong pairs that shared only names (Taliban hostages / helicopter
            crash, Hong Kong protests / Alibaba listing) agree on 0.19-0.27 of their
            words, same-story pairs on 0.29 and more: a thin margin, set on those pages.
        half_life_days: past ``grace_days``, the time factor halves every this many days:
            articles weeks apart need more in common than articles of one week, and no
            hard window drops a late article of a long story (a story runs longer through
            its chain).
        grace_days: within this the time factor is 1.
        undated_factor: the time factor when either article has no (trusted) date.
        min_shared_keys: a pair is compared only when it shares this many index keys. On
            the dev sets 1 to 4 give the same stories; 3 compares half as many pairs as 2.
        attach_threshold: an undated core (undated articles joined by confirmed edges)
            joins the story of its best dated neighbour only through an edge this strong;
            with a weaker one it stays a story of its own. One weak edge of one member
            used to bring a whole group of undated articles into a same-kind event. An
            undated member whose strongest edge is to a dated article, this strong, goes
            with that article rather than with its group.
        attach_share: an undated core joins a dated story only when at least this share of
            its members have an edge of ``attach_threshold`` to a dated article. On ECB+ the
            groups of one event's undated reports that took in a few reports of a same-kind
            event, and joined that event's dated story through them, had 2 to 5 such
            members of 12 to 19; the groups that belong with their dated story mostly have
            half or more. ECB+ events F1 0.873 at 0.25, 0.886 at 0.4, 0.894 at 0.45, 0.901
            at 0.5, 0.898 from 0.55 to 1 (0.878 at 0: one member is enough; precision 0.904
            at 0, 0.977 from 0.5); the dev events unchanged throughout.
        entity_support: the entity cosine is half the pair score when both articles name at
            least this many distinct entities; with fewer it weighs in proportion (a pair
            that names 2 entities each: 2/8 of a half), and the term cosine the rest. Two
            short reports of one event that name different few names (a team, then a city)
            were split by an entity cosine of 0. On ECB+ events F1 0.920 at 4, 0.928 at 6 and 7,
            0.940 at 8, 9 and 16, 0.945 at 13 (0.870 at 1, which is the old fixed half);
            the dev events 0.921 throughout.
        part_threshold: a group of linked articles is one story while the parts average link
            grows in it have at least this mean edge score over all their pairs of articles
            (a pair without an edge counts 0; see :func:`story_parts`); 0 never splits. On
            the 920 political news articles of one election year, one group of 354 articles
            (113 threads, eleven months) became parts of 79, 39 and 32 at most (one to two
            months of one phase of the campaign each) at 0.06, and of 41, 40 and 32 at 0.08;
            ECB+ events F1 0.940 from 0 to 0.08 (0.934 at 0.1, 0.913-0.924 at 0.15: real
            events start to split), the dev events the same up to 0.15. One recap like every
            report of a week of eight (8 of 64 pairs at 0.4) does not join two weeks; of a
            week of four it does.
        min_part: a part of fewer articles than this is no story of its own: it goes with
            the part it has the most edge weight to (an article that follows one neighbour
            into a group is in that neighbour's part). ECB+ events F1 0.940 at 2, 3 and 4 (at
            ``part_threshold`` 0.08: 0.936 at 2, 0.940 at 3); the dev events 0.921 at each.
        part_max_articles: a group of more articles than this is not split (its edges are an
            n x n matrix); above :data:`PART_UNIT_ARTICLES` the parts grow from days.
    """

    threshold: float = 0.25
    confirm_threshold: float = 0.45
    half_life_days: float = 60.0
    grace_days: int = 3
    undated_factor: float = 0.9
    min_shared_keys: int = 3
    min_term_cos: float = 0.28
    min_common: int = 2
    attach_threshold: float = 0.45
    entity_support: int = 8
    attach_share: float = 0.5
    part_threshold: float = 0.06
    min_part: int = 3
    part_max_articles: int = 2000

    @classmethod
    def from_config(cls, config: object) -> StoryParams:
        """The thresholds of a :class:`~storyline.config.StorylineConfig` (its ``story_*`` settings)."""
        return prefixed(cls, config, "story_")

    @property
    def window_days(self) -> int:
        """The largest gap in days at which an edge is still possible (a pair score is at
        most 1, so the time factor must reach ``threshold``): candidates are looked for
        within it."""
        if self.threshold <= 0:
            return 10**6
        return self.grace_days + math.ceil(self.half_life_days * math.log2(1.0 / self.threshold))


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """What story clustering knows of one article (no text is kept).

    Attributes:
        article_id: the article.
        day: the publication date as a proleptic ordinal (``date.toordinal()``), or None.
        terms: term -> weight, L2-normalised.
        entities: normalised entity -> weight, L2-normalised.
        keys: the index keys: the strongest terms (``t:`` prefix) and entities (``e:``), sorted.
        outlet: the outlet name or domain, "" when unknown.
        published: the ISO publication date, or None.
        cased: word of its strongest entities -> the case the text writes it in most
            often, for the words not written as a capital and lower-case letters
            ("mcconnell" -> "McConnell", "cnbc" -> "CNBC"): what a story's label shows.
    """

    article_id: str
    day: int | None
    terms: Mapping[str, float]
    entities: Mapping[str, float]
    keys: tuple[str, ...]
    outlet: str = ""
    published: str | None = None
    cased: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the keys as a sorted tuple of interned words, whatever collection was given: a
        # frozenset of some thirty words is a hash table of 2 KB, ten times the tuple, and a
        # store holds the keys of every article (only iterated, never looked up)
        object.__setattr__(self, "keys", tuple(sorted(set(map(sys.intern, self.keys)))))

    @property
    def sort_key(self) -> tuple[int, str]:
        """Canonical order: dated articles by date, then undated ones; ties by id."""
        return (self.day if self.day is not None else 10**9, self.article_id)

    def as_record(self) -> dict[str, Any]:
        """The features as a JSON-ready dict (the store keeps them, see :data:`FEATURES_VERSION`)."""
        return {"day": self.day, "terms": dict(self.terms), "entities": dict(self.entities),
                "keys": sorted(self.keys), "outlet": self.outlet, "published": self.published,
                "cased": dict(self.cased)}

    @classmethod
    def from_record(cls, article_id: str, record: Mapping[str, Any]) -> ArticleFeatures:
        """The features of :meth:`as_record` back (floats round-trip exactly through JSON)."""
        return cls(article_id=article_id, day=record["day"], terms=_interned(record["terms"]),
                   entities=_interned(record["entities"]), keys=tuple(record["keys"]),
                   outlet=record.get("outlet", ""), published=record.get("published"),
                   cased=record.get("cased", {}))


@dataclass(frozen=True, slots=True)
class Assignment:
    """Why an article is in its story.

    Attributes:
        article_id: the article.
        story_id: its story (the id of the earliest member).
        score: the score of its strongest edge (0.0 when alone).
        neighbour: the article of that edge, or None.
        shared_terms: the terms the two share, strongest first.
        shared_entities: the entities the two share, strongest first.
        new_story: True when the article has no edge (it starts a story).
        merged: ids of the stories this article joined into one (it bridged them).
    """

    article_id: str
    story_id: str
    score: float
    shared_terms: tuple[str, ...] = ()
    shared_entities: tuple[str, ...] = ()
    new_story: bool = False
    neighbour: str | None = None
    merged: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- features

def _norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace("’", "'")


def _fold(word: str) -> str:
    """A term: lower case, possessive and plural folded ("troops" -> "troop"; "series" stays)."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if w in SAME_IN_PLURAL:
        return w
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _terms(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for m in _WORD.finditer(_norm(text)):
        w = m.group(0)
        lw = w.lower()
        if lw in STOP_WORDS or len(lw) < 3:
            continue
        t = _fold(w)
        if t in STOP_WORDS:
            continue
        out[t] += 1
    return out


def normalise_entity(name: str) -> str:
    """An entity as compared: NFKC, lower case, no leading article, no possessive."""
    e = _norm(name).strip(" \t\n.,;:!?\"“”()[]")
    e = re.sub(r"'s$", "", e)
    e = re.sub(r"\s+", " ", e).lower()
    e = re.sub(r"^(?:the|a|an) ", "", e)
    return e


def entities_of(doc: Doc) -> list[str]:
    """The named entities of a parsed doc that say who and where: people, places, groups.

    Args:
        doc: a spaCy ``Doc`` of the article text.

    Returns:
        Entity texts in order (repeats kept, so frequency counts), normalised.
    """
    return [e for e in (normalise_entity(ent.text) for ent in doc.ents if ent.label_ in ENTITY_LABELS)
            if len(e) > 1 and not e.isdigit()]


def entities_from_docs(articles: Iterable[Article], docs: Iterable[Doc]) -> dict[str, list[str]]:
    """The entities of articles parsed together, for :func:`cluster` and :meth:`StoryIndex.add`.

    Args:
        articles: the articles, in the order their texts were given to ``nlp.pipe`` (as
            :func:`storyline.extract.figures.figures_from_docs` takes them).
        docs: the parsed docs, in the same order.

    Returns:
        Article id -> its entities (:func:`entities_of`), the mapping :func:`cluster`
        takes. The doc is of the text only, so the title's names are not among them (the
        title's words still count twice among the terms).
    """
    return {a.id: entities_of(d) for a, d in zip(articles, docs, strict=True)}


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
#: The pronoun I and its contractions, as :func:`normalise_entity` leaves them.
_PRONOUN_I = re.compile(r"(?:^| )i(?:'(?:m|ve|d|ll))?(?: |$)")


def fallback_entities(text: str) -> list[str]:
    """Entities without a parser: runs of capitalised words.

    A capitalised common word is not a name, and it ends a run ("Queens Friday", "Out Of"):
    a stop word (weekdays and months among them) never is part of a name but for the
    small words inside one (:data:`~storyline.lang.en.NAME_PARTICLES`, written in lower
    case). At the start of a sentence, the leading words of a run that are common words
    (stop list) or that the text also writes in lower case are dropped, so "The",
    "However", "Officials" and "Higher" of "Higher prices ... prices were higher" are not
    names. A line written in title case (a headline: most of its longer words
    capitalised) says nothing by its capitals: there every word the text also writes in
    lower case is dropped and splits the run ("Woman Killed In Queens Crash" gives
    "queens" when the text writes "woman", "killed" and "crash").
    """
    out = []
    text = _norm(text)
    # the words the text writes in lower case: common words, capitalised only as a
    # sentence's first word or by a headline's title case
    lower = set(_LOWER_WORD.findall(text))
    headline = _title_case_spans(text)
    for m in _CAP_RUN.finditer(text):
        at_start = bool(_SENT_START.search(text[max(0, m.start() - 3):m.start()])) or m.start() == 0
        in_headline = any(a <= m.start() < b for a, b in headline)
        for words, first in _name_parts(m.group(0).split(), lower, in_headline):
            start = at_start and first
            while words and (words[0].lower() in STOP_WORDS or (start and len(words) > 1 and (
                    words[0].lower() in SENTENCE_OPENERS or words[0].lower() in lower))):
                words = words[1:]
            if not words:
                continue
            if len(words) == 1:
                w = words[0]
                if w.lower() in STOP_WORDS or len(w) < 2 or (w.isupper() and len(w) > 6):
                    continue
                if start and (_fold(w) in COMMON_CAPITALISED or w.lower() in lower):
                    continue
            e = normalise_entity(" ".join(words))
            if e and not e.isdigit():
                out.append(e)
    return out


def _name_parts(words: list[str], lower: set[str], headline: bool) -> list[tuple[list[str], bool]]:
    """A capitalised run cut at the words that cannot be part of a name: capitalised stop
    words, and in a headline the words the text writes in lower case. Each part with
    whether it opens the run."""
    parts: list[tuple[list[str], bool]] = []
    cur: list[str] = []
    first = True
    for w in words:
        lw = w.lower()
        particle = w in _PARTICLE_SET  # lower case: the regex let it in between two names
        if not particle and (lw in STOP_WORDS or (headline and lw in lower)):
            if cur:
                parts.append((cur, first))
            cur, first = [], False
            continue
        cur.append(w)
    if cur:
        parts.append((cur, first))
    # a part does not end on a particle ("Bank of")
    return [(p[:-1] if p[-1] in _PARTICLE_SET else p, f) for p, f in parts]


_PARTICLE_SET = frozenset(NAME_PARTICLES)
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines written in title case: at least three words of four
    letters or more, and at least three quarters of them capitalised."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        words = _HEADLINE_WORD.findall(line)
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _interned(weights: Mapping[str, float]) -> dict[str, float]:
    """The same weights with their words interned: a store's articles share one copy of
    each word (a term or entity string of every article would cost more than its weight)."""
    return {sys.intern(k): v for k, v in weights.items()}


def _l2(weights: Mapping[str, float]) -> dict[str, float]:
    n = math.sqrt(sum(v * v for v in weights.values()))
    return {k: v / n for k, v in weights.items()} if n else {}


def _top(counts: Counter[str], k: int) -> list[tuple[str, float]]:
    weighted = [(t, 1.0 + math.log(c)) for t, c in counts.items()]
    weighted.sort(key=lambda x: (-x[1], x[0]))
    return weighted[:k]


#: A publication date further than this from every full date written in the text (two
#: different ones at least) is not trusted: it is a crawl or archive date, not the day the
#: article appeared.
UNTRUSTED_GAP_DAYS = 365


def text_days(text: str) -> list[int]:
    """The full dates (day, month and year) written in a text, as day numbers."""
    return [day.toordinal() for _, _, day in text_dates(text)]


def trusted_day(published: dt.date | None, text: str) -> int | None:
    """The publication day, or None when there is none or it is far
    (:data:`UNTRUSTED_GAP_DAYS`) from every full date the text writes, when it writes at
    least two different ones: one date alone may be a past event the article recalls."""
    if published is None:
        return None
    day = published.toordinal()
    days = set(text_days(text))
    if len(days) >= 2 and min(abs(d - day) for d in days) > UNTRUSTED_GAP_DAYS:
        return None
    return day


def features_of(article: Article, entities: Sequence[str] | None = None) -> ArticleFeatures:
    """The clustering features of one article.

    Args:
        article: the article (its title, text, publication date and outlet are used).
        entities: its named entities (e.g. :func:`entities_of` of its parsed doc, or
            :func:`entities_from_docs`); when None, :func:`fallback_entities` of the
            title and text.

    Returns:
        The features; the same article always gives the same features.
    """
    title = article.title.value or ""
    counts = _terms(article.text)
    for t, c in _terms(title).items():
        counts[t] += 2 * c
    top = _top(counts, TOP_TERMS)
    terms = _l2(dict(top))
    # one text, so that the title's words are read with the words the text writes
    full = f"{title}\n{article.text}" if title else article.text
    if entities is None:
        ents = fallback_entities(full)
    else:
        ents = [normalise_entity(e) for e in entities]
    ent_counts = Counter(e for e in ents if e and e not in STOP_WORDS)
    ent_top = _top(ent_counts, 40)
    ent_w = _l2(dict(ent_top))
    keys = tuple([f"t:{t}" for t, _ in top[:KEY_TERMS]] + [f"e:{e}" for e, _ in ent_top[:MAX_ENTITY_KEYS]])
    return ArticleFeatures(article_id=article.id, day=trusted_day(article.published_on, article.text),
                           terms=_interned(terms),
                           entities=_interned(ent_w), keys=keys, outlet=_outlet(article),
                           published=article.published.value,
                           cased=written_case(full, (e for e, _ in ent_top[:MAX_ENTITY_KEYS])))


def written_case(text: str, entities: Iterable[str]) -> dict[str, str]:
    """Word of ``entities`` -> the form ``text`` writes it in most often, for the words
    whose form is not a capital then lower-case letters (the form a label gives a word
    it knows no other form of). On a tie a form not all in capitals wins (a headline's),
    then the first in sort order."""
    words = {w for e in entities for w in e.split()}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for m in _WORD.finditer(_norm(text)):
        w = m.group(0)
        lw = w.lower()
        if lw in words:
            forms[lw][w] += 1
    out = {}
    for lw, c in forms.items():
        form = _most_written(c)
        if form != _capitalised(lw):
            out[sys.intern(lw)] = sys.intern(form)
    return out


def _most_written(forms: Counter[str]) -> str:
    """The form of a word written most often; on a tie a form not all in capitals (a
    headline's capitals say nothing), then the first in sort order."""
    return min(forms, key=lambda f: (-forms[f], f.isupper() and len(f) > 1, f))


def _capitalised(word: str) -> str:
    """A word as a label writes a name it knows no other form of: its first letter a capital."""
    return word[:1].upper() + word[1:]


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # the shared keys only, in the order of ``a``: the same sum as over every key of ``a``
    # with 0 for the missing ones, a third faster
    return sum([v * b[k] for k, v in a.items() if k in b])


def time_factor(a: ArticleFeatures, b: ArticleFeatures, params: StoryParams = StoryParams()) -> float:
    """The time factor of a pair: 1 within ``grace_days``, then halving every
    ``half_life_days``; ``undated_factor`` when either has no date."""
    if a.day is None or b.day is None:
        return params.undated_factor
    gap = abs(a.day - b.day)
    if gap <= params.grace_days:
        return 1.0
    if gap > params.window_days:
        return 0.0
    return 0.5 ** ((gap - params.grace_days) / params.half_life_days)


def similarity(a: ArticleFeatures, b: ArticleFeatures, params: StoryParams = StoryParams()) -> float:
    """The score of a pair of articles; it depends on the two articles only."""
    tf = time_factor(a, b, params)
    if tf == 0.0:
        return 0.0
    ct = _cos(a.terms, b.terms)
    if a.entities and b.entities:
        if ct < params.min_term_cos:
            return 0.0
        # the entity cosine of a pair that can compare few names is noisy (a short item
        # naming one team and one city): it counts in proportion, fully from entity_support
        w = 0.5 * min(1.0, min(len(a.entities), len(b.entities)) / max(1, params.entity_support))
        s = (1.0 - w) * ct + w * _cos(a.entities, b.entities)
    else:
        s = ct
    return round(s * tf, 6)  # rounded so that float noise never decides an edge


def _shared(a: Mapping[str, float], b: Mapping[str, float], k: int = 8) -> tuple[str, ...]:
    common = [(a[t] * b[t], t) for t in a.keys() & b.keys()]
    common.sort(key=lambda x: (-x[0], x[1]))
    return tuple(t for _, t in common[:k])


# ---------------------------------------------------------------------------- parts of a story

#: Above this many members a story's parts are grown from days, not articles (see
#: :func:`story_parts`): the dated members of one day are one unit, the undated ones another.
PART_UNIT_ARTICLES = 400


def _vocab_matrix(vectors: Sequence[Mapping[str, float]]) -> np.ndarray:
    """The vectors as rows of a matrix over the keys held by two of them at least (a key of
    one vector adds nothing to any dot product of two)."""
    held = Counter(k for v in vectors for k in v)
    vocab = {k: c for c, k in enumerate(sorted(k for k, n in held.items() if n > 1))}
    m = np.zeros((len(vectors), max(1, len(vocab))))
    for row, v in enumerate(vectors):
        for k, w in v.items():
            col = vocab.get(k)
            if col is not None:
                m[row, col] = w
    return m


#: How near a gate (a threshold, a rounding step) a score computed by matrices must be for
#: :func:`story_edges` to score its pair again as :func:`similarity` does: the two sum the
#: same products in another order, so they differ by float noise only.
_NOISE = 1e-9


def story_edges(members: Sequence[ArticleFeatures], params: StoryParams = StoryParams()) -> np.ndarray:
    """The edges between the members of one story: an n x n matrix of :func:`similarity`
    for every pair that makes an edge (at least :attr:`StoryParams.threshold`, sharing
    :attr:`StoryParams.min_shared_keys` index keys: the pairs the index links), 0 elsewhere.

    Every pair is scored at once by matrices, as :func:`similarity` scores it term by term;
    a pair whose score or term cosine lies within float noise of a gate is scored again by
    :func:`similarity` itself, so an edge here is the edge the index holds."""
    n = len(members)
    out = np.zeros((n, n))
    if n < 2:
        return out
    keys = _vocab_matrix([dict.fromkeys(f.keys, 1.0) for f in members])
    shared = keys @ keys.T >= max(1, params.min_shared_keys) - 0.5
    terms = _vocab_matrix([f.terms for f in members])
    ct = terms @ terms.T
    n_ents = np.array([len(f.entities) for f in members])
    score = ct
    unsure = np.zeros((n, n), dtype=bool)
    if n_ents.any():
        ents = _vocab_matrix([f.entities for f in members])
        ce = ents @ ents.T
        w = 0.5 * np.minimum(1.0, np.minimum.outer(n_ents, n_ents) / max(1, params.entity_support))
        both = (n_ents[:, None] > 0) & (n_ents[None, :] > 0)
        score = np.where(both, np.where(ct >= params.min_term_cos, (1.0 - w) * ct + w * ce, 0.0), ct)
        unsure |= both & (np.abs(ct - params.min_term_cos) < _NOISE)
    days = np.array([_UNDATED if f.day is None else f.day for f in members], dtype=np.int64)
    undated = days == _UNDATED
    gap = np.abs(days[:, None] - days[None, :]).astype(np.float64)
    tf = np.where(gap <= params.grace_days, 1.0,
                  np.power(0.5, (np.maximum(gap, params.grace_days) - params.grace_days) / params.half_life_days))
    tf[gap > params.window_days] = 0.0
    tf[undated[:, None] | undated[None, :]] = params.undated_factor
    raw = score * tf
    scaled = raw * 1e6
    unsure |= np.abs(scaled - np.floor(scaled) - 0.5) < _NOISE * 1e6  # a rounding step
    scores = np.round(raw, 6)
    unsure |= np.abs(raw - params.threshold) < _NOISE
    unsure &= shared
    edges = shared & (scores >= params.threshold) & ~unsure
    np.fill_diagonal(edges, False)
    out[edges] = scores[edges]
    for i, j in zip(*np.nonzero(np.triu(unsure, 1)), strict=True):
        s = similarity(members[i], members[j], params)
        if s >= params.threshold:
            out[i, j] = out[j, i] = s
    return out


def _average_parts(weights: np.ndarray, sizes: Sequence[float], threshold: float) -> list[int]:
    """Average-link agglomeration of units: ``weights`` holds the sum of the edge scores
    between two units, ``sizes`` their members. The two groups whose mean edge score over
    all their pairs of members is highest merge while it reaches ``threshold`` (a pair
    without an edge counts 0). Returns a group number per unit; ties go to the first pair
    in unit order, so the result is a function of the units and their order.

    Each row keeps its best column, so a merge costs the rows it changes, not the whole
    matrix: a dense group of hundreds of articles is grown in milliseconds."""
    n = len(weights)
    w = weights.astype(np.float64).copy()
    np.fill_diagonal(w, 0.0)
    size = np.asarray(sizes, dtype=np.float64)
    mean = np.round(w / np.outer(size, size), 9)
    np.fill_diagonal(mean, -1.0)
    label = np.arange(n)
    alive = np.ones(n, dtype=bool)
    best = mean.argmax(axis=1) if n else np.zeros(0, dtype=np.int64)
    top = mean[np.arange(n), best] if n else np.zeros(0)
    while n > 1:
        i = int(np.argmax(top))  # the first row holding the highest mean, at its first column
        j = int(best[i])
        if top[i] < threshold:
            break
        if j < i:
            i, j = j, i
        w[i] += w[j]
        w[:, i] = w[i]
        w[i, i] = 0.0
        w[j], w[:, j] = 0.0, 0.0
        size[i] += size[j]
        alive[j] = False
        row = np.round(w[i] / (size[i] * size), 9)
        row[~alive] = -1.0
        row[i] = -1.0
        mean[i], mean[:, i] = row, row
        mean[j], mean[:, j] = -1.0, -1.0
        label[label == j] = i
        top[j], best[j] = -2.0, 0
        # rows whose best was i or j are read again; the others may now prefer i
        col = mean[:, i]
        better = alive & ((col > top) | ((col == top) & (i < best)))
        best[better] = i
        top[better] = col[better]
        again = np.flatnonzero(alive & ((best == j) | ((best == i) & ~better)))
        again = np.union1d(again, [i])
        best[again] = mean[again].argmax(axis=1)
        top[again] = mean[again, best[again]]
    return label.tolist()


def story_parts(members: Sequence[ArticleFeatures], params: StoryParams = StoryParams()) -> list[list[int]]:
    """The stories one group of linked articles is told as: its parts that are alike as wholes.

    Args:
        members: the articles of one group (:class:`StoryIndex` links them), in canonical
            order (:attr:`ArticleFeatures.sort_key`).
        params: thresholds; :attr:`StoryParams.part_threshold`,
            :attr:`StoryParams.min_part` and :attr:`StoryParams.part_max_articles` decide.

    Returns:
        The parts, as lists of positions in ``members`` (ascending), ordered by their first
        member; ``[[0, ..., n-1]]`` when the group is one story.

    How. The members are grown into groups by average link over the edges between them
    (:func:`story_edges`): two groups join while the mean edge score over all their pairs
    of members (0 for a pair without an edge) is at least ``part_threshold``. A group of
    ``min_part`` members or more is a part; a smaller one (an article that follows one
    neighbour, a pair) goes with the part it has the most edge weight to, the strongest
    first. A chain of weekly episodes of one beat, each like the next through a few of its
    articles, falls apart into its episodes; two episodes of a developing story whose
    articles share names and words all through (the shutdown, then the deal) stay one. A
    group of more than :data:`PART_UNIT_ARTICLES` members is grown from days (the members
    of one day, and the undated ones, as one unit each); one of more than
    ``part_max_articles`` is not split. The result depends on the set of members alone, so
    the parts do not depend on the order in which the articles arrived.
    """
    n = len(members)
    whole = [list(range(n))]
    if params.part_threshold <= 0 or n < 2 * max(1, params.min_part) or n > params.part_max_articles:
        return whole
    edges = story_edges(members, params)
    if (edges + np.eye(n)).min() >= params.part_threshold:
        return whole  # every pair linked: every two groups are alike enough
    if n <= PART_UNIT_ARTICLES:
        units = [[k] for k in range(n)]
    else:
        by_day: dict[int | None, list[int]] = defaultdict(list)
        for k, f in enumerate(members):
            by_day[f.day].append(k)
        units = list(by_day.values())  # in the members' order: days, then the undated ones
    if len(units) == n:
        unit_w = edges
    else:  # the edge weight between two days
        onehot = np.zeros((n, len(units)))
        for u, ks in enumerate(units):
            onehot[ks, u] = 1.0
        unit_w = onehot.T @ edges @ onehot
    label = _average_parts(unit_w, [len(ks) for ks in units], params.part_threshold)
    groups: dict[int, list[int]] = {}
    for u, lab in enumerate(label):
        groups.setdefault(lab, []).append(u)
    pieces = list(groups.values())
    bodies = [p for p in pieces if sum(len(units[u]) for u in p) >= params.min_part]
    if len(bodies) < 2:
        return whole
    small = [p for p in pieces if sum(len(units[u]) for u in p) < params.min_part]
    if small:  # the small groups go with the part they are most linked to, strongest first
        # weight[s, b]: the edge weight between small group s and part b, kept as they grow
        of_small = np.zeros((len(small), len(units)))
        for k, p in enumerate(small):
            of_small[k, p] = 1.0
        of_body = np.zeros((len(bodies), len(units)))
        for k, body in enumerate(bodies):
            of_body[k, body] = 1.0
        between = of_small @ unit_w
        weight = between @ of_body.T
        among = between @ of_small.T  # small group to small group
        left = np.ones(len(small), dtype=bool)
        for _ in range(len(small)):
            masked = np.where(left[:, None], np.round(weight, 9), -1.0)
            s_at, b_at = divmod(int(np.argmax(masked)), len(bodies))
            bodies[b_at] = bodies[b_at] + small[s_at]
            left[s_at] = False
            weight[:, b_at] += among[:, s_at]
    parts = [sorted(k for u in body for k in units[u]) for body in bodies]
    return sorted(parts, key=lambda p: p[0])


# ---------------------------------------------------------------------------- the index

#: Least width in days of the time buckets of the inverted index (they are one time window
#: wide): a dated article's candidates are read from the buckets that overlap its time
#: window (and from the undated articles). Each posting read costs a few microseconds of
#: Python whatever its length, so the buckets are wide: with 28-day buckets a 108-day window
#: read nine per term and key, and in a store dense enough to fill the window that
#: overhead, not the arrays, was most of the cost of an insert.
_MIN_BUCKET_DAYS = 28
#: Slack of the vectorised filters (float32 weights) below the exact bound.
_COS_SLACK = 1e-4
#: The day of an undated node in the index's array of days.
_UNDATED = -(2**31)
#: Slots of the entity postings of the score bound: entities are posted by hash slot, so
#: that a store of many one-off names costs no object per name (two entities sharing a
#: slot only make the bound looser).
_ENTITY_SLOTS = 1 << 16


def _entity_slot(entity: str) -> int:
    """The slot of an entity's postings: a hash that is the same in every process (Python's
    own string hash is salted per process, which would make the candidates of one store differ
    from run to run)."""
    return zlib.crc32(entity.encode("utf-8", "surrogatepass")) % _ENTITY_SLOTS


def _weighted_sum(found: Sequence[_Postings], query: Sequence[float], n: int) -> np.ndarray | None:
    """Per node (of ``n``), the sum of its weight in each posting of ``found`` times that
    posting's query weight (float32 products, summed in float64 in the postings' order);
    None when the postings are empty. The postings are joined by one ``bytes.join`` each
    for the ids and the weights: one allocation and one copy in C per posting."""
    ids = b"".join([p.ids for p in found])
    if not ids:
        return None
    wts = np.frombuffer(b"".join([p.weights for p in found]), dtype=np.float32)
    w = wts * np.repeat(np.asarray(query, dtype=np.float32), [len(p.ids) for p in found])
    return np.bincount(np.frombuffer(ids, dtype=np.int32), weights=w, minlength=n)


class _Postings:
    """The nodes that hold one term or key in one time bucket (and, for a term, its weights)."""

    __slots__ = ("ids", "weights")

    def __init__(self, weighted: bool):
        self.ids = array("i")
        self.weights = array("f") if weighted else None


@dataclass(slots=True)
class _Node:
    """What the index keeps of one article: only what the stories can still depend on.

    A dated node keeps its dated neighbours (numbers only, for counting common neighbours)
    and the scores of its weak edges that are not confirmed yet; an undated node keeps only
    its strongest edge and its strongest edge to a dated node. A dense group of near-identical pages
    therefore costs four bytes per edge, not two dict entries and two set entries.
    """

    feats: ArticleFeatures
    # dated node: its dated neighbours, ascending (a new node has the highest number, so
    # appending it keeps the order)
    adj: array = field(default_factory=lambda: array("I"))
    # dated node: neighbour -> score of each weak edge not confirmed (yet); None for none
    # (most nodes never have one: an empty dict and two empty sets on every node of a large
    # store cost a tenth of its memory)
    pending: dict[int, float] | None = None
    # how many confirmed edges it has, and the strongest of them (neighbour, score)
    confirmed: int = 0
    strongest: tuple[int, float] | None = None
    # undated node: its strongest edge (neighbour, score; on a tie a dated neighbour, then the
    # earliest), and its best dated neighbour through an edge of at least ``attach_threshold``
    best: tuple[int, float] | None = None
    attach: tuple[int, float] | None = None
    # for a node without a confirmed edge: the neighbour it follows into a story
    ptr: int | None = None
    # the nodes whose ptr is this node (None for none)
    followers: set[int] | None = None
    # dated node: the undated cores (by union-find root) that follow it (None for none)
    cores: set[int] | None = None


def _drop(members: set[int] | None, x: int) -> None:
    """Remove ``x`` from a node's set that may not exist yet."""
    if members:
        members.discard(x)


class _Parts:
    """The parts of one group of linked articles (node numbers, canonical order), where each
    node is, and, when the group is split, each member's strongest edge within its part."""

    __slots__ = ("best", "parts", "where")

    def __init__(self, parts: list[list[int]]):
        self.parts = parts
        self.where = {m: k for k, part in enumerate(parts) for m in part}
        self.best: dict[int, tuple[int, float]] = {}

    def of(self, node: int) -> list[int]:
        """The part ``node`` is in."""
        return self.parts[self.where[node]]


class StoryIndex:
    """Stories built incrementally: each :meth:`add` links the article to similar ones.

    The stories are a function of the final graph of edges (see the module doc): the
    components of its confirmed edges between dated articles, with every other article
    following its best neighbour. :meth:`stories` and :meth:`story_of` therefore do not
    depend on the order of the adds, and equal :func:`cluster` of the same articles. An
    add changes the state of the new article and its neighbours only.
    """

    def __init__(self, params: StoryParams | None = None):
        self.params = params or StoryParams()
        self._nodes: list[_Node] = []
        self._by_id: dict[str, int] = {}
        self._parent: list[int] = []
        # term -> time bucket (None = undated) -> nodes and their weights of the term;
        # key -> time bucket -> nodes that have it among their keys
        self._terms: dict[str, dict[int | None, _Postings]] = defaultdict(dict)
        self._keys: dict[str, dict[int | None, _Postings]] = defaultdict(dict)
        # what the vectorised score bound of :meth:`_candidates` reads: each node's day
        # (``_UNDATED`` for none) and whether it has entities, and the nodes holding an
        # entity with its weight, by slot of the entity's hash (:data:`_ENTITY_SLOTS` at
        # most, over all time: 8 bytes a posting, no object per entity)
        self._days = array("i")
        self._n_ents = array("i")  # per node: how many entities it has
        self._ent_slots: dict[int, _Postings] = {}
        # the nodes whose story may have changed since :meth:`track_changes` (None: not tracked)
        self._touched: set[int] | None = None
        # union-find root -> the nodes of its component of confirmed edges
        self._members: dict[int, list[int]] = {}
        # root of an undated core -> the dated neighbour it follows (and the score)
        self._core_attach: dict[int, tuple[int, float]] = {}
        # root of an undated core -> how many of its members have an edge of at least
        # ``attach_threshold`` to a dated node
        self._core_support: dict[int, int] = {}
        self._window_days = self.params.window_days
        self._bucket_days = max(_MIN_BUCKET_DAYS, self._window_days + 1)
        # the last day asked for and its buckets (:meth:`_bucket_keys`)
        self._window_buckets: tuple[int, tuple[int | None, ...]] | None = None
        # the edges of each node added since :meth:`log_edges`, to the nodes before it
        self._edge_log: list[tuple[str, list[tuple[str, float]]]] | None = None
        # anchor of a group of linked articles -> its parts (:meth:`_parts`), until the next add
        self._parts_cache: dict[int, _Parts] = {}

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    # union-find over confirmed edges -----------------------------------------------
    def _find(self, i: int) -> int:
        return root(self._parent, i)

    def _union(self, i: int, j: int) -> None:
        ri, rj = self._find(i), self._find(j)
        if ri == rj:
            return
        if len(self._members[ri]) < len(self._members[rj]):
            ri, rj = rj, ri
        self._parent[rj] = ri
        self._members[ri].extend(self._members.pop(rj))
        support = self._core_support.pop(rj, 0)
        if support:
            self._core_support[ri] = self._core_support.get(ri, 0) + support
        moved = self._core_attach.pop(rj, None)
        if moved is not None:
            _drop(self._nodes[moved[0]].cores, rj)
            self._offer_core(ri, *moved)

    def _offer_core(self, root: int, j: int, score: float) -> None:
        """Let the undated core of ``root`` follow the dated node ``j`` when that edge
        ranks before the one it follows."""
        held = self._core_attach.get(root)
        new = self._better(held, j, score)
        if new != held:
            if held is not None:
                _drop(self._nodes[held[0]].cores, root)
            self._core_attach[root] = new
            node = self._nodes[j]
            if node.cores is None:
                node.cores = set()
            node.cores.add(root)

    def _rank(self, j: int, score: float) -> tuple[bool, float, tuple[int, str]]:
        """How a neighbour ranks as the one to follow or to name: a dated one first, then
        the highest score, then the earliest."""
        f = self._nodes[j].feats
        return (f.day is None, -score, f.sort_key)

    def _better_by_score(self, held: tuple[int, float] | None, j: int, score: float) -> tuple[int, float]:
        """Of the edge ``held`` and the edge to ``j``, the stronger (then a dated
        neighbour, then the earliest): the edge an undated node follows."""
        if held is None:
            return (j, score)
        fj, fh = self._nodes[j].feats, self._nodes[held[0]].feats
        if (-score, fj.day is None, fj.sort_key) < (-held[1], fh.day is None, fh.sort_key):
            return (j, score)
        return held

    def _supported(self, root: int) -> bool:
        """Whether the undated core of ``root`` may follow a dated node: at least
        :attr:`StoryParams.attach_share` of its members have an edge of
        ``attach_threshold`` to a dated node. The count only grows as members gain such
        edges, the size as the core grows: both are of the final graph, so the answer does
        not depend on the order of arrival (it is asked when the stories are read)."""
        return self._core_support.get(root, 0) >= self.params.attach_share * len(self._members[root])

    def _better(self, held: tuple[int, float] | None, j: int, score: float) -> tuple[int, float]:
        """Of the edge ``held`` and the edge to ``j``, the one that ranks first."""
        return (j, score) if held is None or self._rank(j, score) < self._rank(*held) else held

    def _confirm(self, i: int, j: int, score: float) -> None:
        """Confirm the edge of ``i`` and ``j``, which is not confirmed yet."""
        for a, b in ((i, j), (j, i)):
            node = self._nodes[a]
            if node.pending:
                node.pending.pop(b, None)
            node.confirmed += 1
            node.strongest = self._better(node.strongest, b, score)
        self._union(i, j)
        for a in (i, j):
            node = self._nodes[a]
            if node.feats.day is None and node.confirmed == 1 and node.attach is not None:
                root = self._find(a)
                self._core_support[root] = self._core_support.get(root, 0) + 1
                self._offer_core(root, *node.attach)

    def _link(self, n: int, edges: dict[int, float]) -> None:
        """Record the edges of the new node ``n``, and confirm the edges its arrival makes
        strong enough: its strong edges to dated nodes, and every weak edge between dated
        nodes that now has :attr:`StoryParams.min_common` dated common neighbours (the
        edges of ``n`` and those between two of its neighbours, the only ones that gained
        one)."""
        nodes, params = self._nodes, self.params
        node = nodes[n]
        undated = node.feats.day is None
        # an undated node is offered every neighbour, and every undated node the new one;
        # a strong enough edge between an undated and a dated node may attach a core
        for c, s in edges.items():
            other = nodes[c]
            if undated:
                node.best = self._better_by_score(node.best, c, s)
            if other.feats.day is None:
                other.best = self._better_by_score(other.best, n, s)
            if s >= params.attach_threshold and undated != (other.feats.day is None):
                u, d = (n, c) if undated else (c, n)
                first = nodes[u].attach is None
                nodes[u].attach = self._better(nodes[u].attach, d, s)
                if nodes[u].confirmed:
                    root = self._find(u)
                    if first:
                        self._core_support[root] = self._core_support.get(root, 0) + 1
                    self._offer_core(root, d, s)
        # edges between two dated or two undated nodes make the cores
        same = sorted(c for c in edges if (nodes[c].feats.day is None) == undated)
        node.adj.extend(same)
        for c in same:
            nodes[c].adj.append(n)
        need = params.min_common
        for c in same:
            s = edges[c]
            if s >= params.confirm_threshold or self._n_common(n, c, need) >= need:
                self._confirm(n, c, s)
            else:
                for a, b in ((node, c), (nodes[c], n)):
                    if a.pending is None:
                        a.pending = {}
                    a.pending[b] = s
        # n is a new common neighbour of every pair of its neighbours joined by an edge;
        # of those, only the weak edges not confirmed yet can change
        around = set(same)
        for c in same:
            for d, s in list((nodes[c].pending or {}).items()):
                if d > c and d in around and self._n_common(c, d, need) >= need:
                    self._confirm(c, d, s)

    def _n_common(self, c: int, d: int, need: int) -> int:
        """How many neighbours of their own kind (dated or undated) ``c`` and ``d`` have in
        common, counted up to ``need``."""
        a, b = self._nodes[c].adj, self._nodes[d].adj
        if len(a) > len(b):
            a, b = b, a
        count, size = 0, len(b)
        for k in a:
            at = bisect_left(b, k)
            if at < size and b[at] == k:
                count += 1
                if count >= need:
                    break
        return count

    # stories as a function of the graph ---------------------------------------------
    def _best(self, i: int) -> int | None:
        """The neighbour a node follows, or None when its core places it: a dated node
        without a confirmed edge follows its best dated neighbour (highest score, then
        earliest), never an undated one; an undated node without a confirmed edge follows
        its strongest edge (then a dated neighbour, then the earliest); an undated node of a
        core follows its best dated neighbour when that edge reaches ``attach_threshold``
        and no edge of its core is stronger (it is not in its core's story then)."""
        node = self._nodes[i]
        if node.feats.day is None:
            if not node.confirmed:
                return node.best[0] if node.best else None
            # in a core, it leaves it for a dated neighbour only through its strongest edge
            attach = node.attach
            return attach[0] if attach is not None and attach[1] >= node.strongest[1] else None
        if node.confirmed:
            return None
        if not node.pending:
            return None
        # a dated node with no confirmed edge has only weak edges, all pending
        return min(node.pending, key=lambda j: self._rank(j, node.pending[j]))

    def _repoint(self, i: int) -> None:
        node = self._nodes[i]
        new = self._best(i)
        if new == node.ptr:
            return
        if node.ptr is not None:
            _drop(self._nodes[node.ptr].followers, i)
        node.ptr = new
        if new is not None:
            led = self._nodes[new]
            if led.followers is None:
                led.followers = set()
            led.followers.add(i)

    def _core_target(self, root: int) -> tuple[int, float] | None:
        """The dated node (and score) the undated core of ``root`` follows, or None when it
        is a story of its own: none of its members has an edge of ``attach_threshold`` to a
        dated node, or too few do (:meth:`_supported`)."""
        attach = self._core_attach.get(root)
        return attach if attach is not None and self._supported(root) else None

    def _leaves_to(self, i: int) -> int | None:
        """For an undated node of a core: the node it goes with instead of its core, or
        None when it is in its core's story. A member whose strongest edge is to a dated
        node goes with that node (its ``ptr``, see :meth:`_best`), and so does a member
        whose strongest edges lead, member to member, to such a member: it goes with the
        member of its strongest edge. This depends on the edges of the member and of those
        it leads to only, never on what the rest of its core does."""
        nodes = self._nodes
        node = nodes[i]
        if node.ptr is not None:
            return node.ptr
        seen = {i}
        j = node.strongest[0]
        while j not in seen:  # strongest edges between members, to a member that leaves
            if nodes[j].ptr is not None:
                return node.strongest[0]
            seen.add(j)
            j = nodes[j].strongest[0]
        return None

    def _next(self, i: int) -> int | None:
        """The node that node ``i`` goes with, or None when it stands for its story or is
        in its core's (:meth:`_anchor` walks these)."""
        node = self._nodes[i]
        if node.confirmed:
            return self._leaves_to(i) if node.feats.day is None else None
        return node.ptr

    def _anchor(self, i: int) -> int:
        """The node that stands for the story of node ``i``: its union-find root when the
        path of the nodes each goes with (:meth:`_next`) from ``i`` reaches a node in its
        core's story (an undated core goes on to the dated node it follows:
        :meth:`_core_target`), else the earliest node of the cycle the path ends in (two
        articles that are each other's best), else the last node of the path (an article
        with no edge)."""
        nodes = self._nodes
        path: dict[int, int] = {}
        while True:
            node = nodes[i]
            nxt = self._next(i)
            if nxt is None:
                if not node.confirmed:
                    return i
                root = self._find(i)
                target = self._core_target(root) if node.feats.day is None else None
                if target is None:
                    return root
                i = target[0]  # an undated core follows a dated node, never back
                continue
            if i in path:  # a cycle: the nodes from i on
                cyc = list(path)[path[i]:]
                return min(cyc, key=lambda k: nodes[k].feats.sort_key)
            path[i] = len(path)
            i = nxt

    def _story_set(self, anchor: int) -> set[int]:
        """Every node of the story of ``anchor``: its core and the nodes going with it.

        The nodes that may be in it are reached from the anchor through its core, the
        nodes following a member, the undated cores following a member and the cores of
        undated members (some of whose members may go with them); each is kept when its
        :meth:`_anchor` is ``anchor``, and only the kept ones are explored further."""
        nodes = self._nodes
        if nodes[anchor].confirmed:
            start = list(self._members[self._find(anchor)])
        else:
            start, i = [anchor], nodes[anchor].ptr
            while i is not None and i != anchor and not nodes[i].confirmed and i not in start:
                start.append(i)  # the rest of a cycle
                i = nodes[i].ptr
        seen = set(start)
        todo = [m for m in start if self._anchor(m) == anchor]
        kept = set(todo)
        roots = {self._find(anchor)} if nodes[anchor].confirmed else set()
        while todo:
            k = todo.pop()
            node = nodes[k]
            near = [*(node.followers or ()), *(m for r in node.cores or () for m in self._members[r])]
            if node.confirmed and node.feats.day is None and (root := self._find(k)) not in roots:
                roots.add(root)  # the members of its core, once
                near.extend(self._members[root])
            for f in near:
                if f not in seen:
                    seen.add(f)
                    if self._anchor(f) == anchor:
                        kept.add(f)
                        todo.append(f)
        return kept

    def _parts(self, anchor: int, members: Sequence[int] | None = None) -> _Parts:
        """The parts of the group of linked articles of ``anchor`` (:func:`story_parts`):
        each is a story. ``members``: the group's nodes when known (else walked from the
        anchor). Kept until the next add."""
        parts = self._parts_cache.get(anchor)
        if parts is None:
            nodes = self._nodes
            group = sorted(self._story_set(anchor) if members is None else members,
                           key=lambda m: nodes[m].feats.sort_key)
            feats = [nodes[m].feats for m in group]
            split = story_parts(feats, self.params)
            parts = _Parts([[group[k] for k in part] for part in split])
            if len(split) > 1:
                # why a member is in its part: its strongest edge within it (then the earliest)
                edges = story_edges(feats, self.params)
                for part in split:
                    inner = edges[np.ix_(part, part)]
                    for row, k in enumerate(part):
                        at = int(np.argmax(inner[row]))
                        if inner[row, at] > 0:
                            parts.best[group[k]] = (group[part[at]], float(inner[row, at]))
            self._parts_cache[anchor] = parts
        return parts

    def _story_id_of_node(self, i: int) -> str:
        parts = self._parts(self._anchor(i))
        return self._nodes[parts.of(i)[0]].feats.article_id

    def _ptr_score(self, i: int) -> float:
        """The score of the edge from node ``i`` to the neighbour it follows."""
        node = self._nodes[i]
        if node.feats.day is None:
            return node.attach[1] if node.confirmed else node.best[1]
        return node.pending[node.ptr]

    def _why(self, i: int) -> tuple[int, float] | None:
        """The edge that puts node ``i`` in its story: its strongest confirmed edge, or
        the edge to the neighbour it follows."""
        node = self._nodes[i]
        if node.ptr is not None:  # a member of a core too, when it goes with a dated node
            return node.ptr, self._ptr_score(i)
        if node.confirmed:
            return node.strongest  # in its core's story, or going with its strongest edge
        if node.followers:  # a dated article that undated ones follow, or one of a pair
            nodes = self._nodes
            j = min(node.followers, key=lambda k: (-self._ptr_score(k), nodes[k].feats.sort_key))
            return j, self._ptr_score(j)
        return None

    # candidates -----------------------------------------------------------------
    def _window_postings(self, day: int | None, weights: Iterable[str] | Mapping[str, float],
                         table: dict[str, dict[int | None, _Postings]]) -> tuple[list[_Postings], list[float]]:
        """The postings of the terms or keys in ``weights`` that a new article of ``day`` is
        compared with: of each, those of the buckets its time window overlaps and of the
        undated articles (in that order), or every bucket for an undated article; with
        each posting's query weight (1 for keys). One loop, no list per term."""
        found: list[_Postings] = []
        query: list[float] = []
        items = weights.items() if isinstance(weights, Mapping) else ((k, 1.0) for k in weights)
        if day is None:
            for key, qw in items:
                if by_bucket := table.get(key):
                    found += by_bucket.values()
                    query += [qw] * len(by_bucket)
            return found, query
        buckets = self._bucket_keys(day)
        for key, qw in items:
            if by_bucket := table.get(key):
                for k in buckets:
                    p = by_bucket.get(k)
                    if p is not None:
                        found.append(p)
                        query.append(qw)
        return found, query

    def _bucket_keys(self, day: int) -> tuple[int | None, ...]:
        """The buckets the time window of ``day`` overlaps, and the undated one."""
        keys = self._window_buckets
        if keys is None or keys[0] != day:
            width, window = self._bucket_days, self._window_days
            keys = self._window_buckets = (day, (*range((day - window) // width, (day + window) // width + 1), None))
        return keys[1]

    def _candidates(self, feats: ArticleFeatures) -> list[int]:
        """The nodes that may have an edge with a new article: those sharing at least
        :attr:`StoryParams.min_shared_keys` index keys with it, within its time window, and
        whose term cosine with it reaches the least any edge needs (``min_term_cos`` with
        entities on both sides, else ``threshold``: the pair score is never above the term
        cosine then). Both are properties of the pair alone, and they are counted over the
        postings at once (numpy), so a generic term shared with thousands of articles costs
        an array read, and only the few pairs that can make an edge are scored in Python."""
        n = len(self._nodes)
        if n == 0:
            return []
        params = self.params
        need = max(1, params.min_shared_keys)
        day = feats.day
        # the postings joined at once into one buffer (``bytes.join`` sizes it first, then
        # copies each array in C), read into numpy once: a numpy view per posting cost more
        # than the copy, and appending to a growing array reallocated it many times over
        # (a window of a large store holds tens of thousands of postings a term)
        found, _ = self._window_postings(day, feats.keys, self._keys)
        if not found:
            return []
        kids = b"".join([p.ids for p in found])
        if not kids:
            return []
        shared = np.bincount(np.frombuffer(kids, dtype=np.int32), minlength=n)
        del kids, found
        # the nodes sharing enough keys, at once; the term cosines are then read for those
        # only (a pass over all n nodes costs, in a large store, as much as a long posting)
        among = np.flatnonzero(shared >= need)
        bound = min(params.min_term_cos, params.threshold) - _COS_SLACK
        if bound <= 0 or not len(among):
            return among.tolist()
        cos = self._dot(feats.terms, self._terms, day, n)
        if cos is None:
            return []
        cos = cos[among]
        keep = cos >= bound
        cand, cos = among[keep], cos[keep]
        if not len(cand):
            return []
        return cand[self._score_bound(feats, cand, cos) >= params.threshold - _COS_SLACK].tolist()

    def _dot(self, weights: Mapping[str, float], postings: dict[str, dict[int | None, _Postings]],
             day: int | None, n: int) -> np.ndarray | None:
        """The dot product of ``weights`` with every node's vector (terms or entities) of
        the time window of ``day``, over the postings at once (float32: within
        :data:`_COS_SLACK` of the exact sums); None when no posting is shared."""
        return _weighted_sum(*self._window_postings(day, weights, postings), n)

    def _score_bound(self, feats: ArticleFeatures, cand: np.ndarray, cos: np.ndarray) -> np.ndarray:
        """:func:`similarity` of the new article with each candidate node, vectorised (its
        term cosine ``cos`` given): within :data:`_COS_SLACK` of the exact score, so that
        only pairs that can reach the threshold are scored in Python. A generic vocabulary
        shared with thousands of articles of the window then costs array reads, not
        thousands of Python scores. It mirrors :func:`similarity` and :func:`time_factor`
        term by term (``tests/cluster/test_incremental.py`` checks it against them): a
        change of either must change it too."""
        params = self.params
        days = np.frombuffer(self._days, dtype=np.int32)[cand]
        undated = days == _UNDATED
        if feats.day is None:
            tf = np.full(len(cand), params.undated_factor)
        else:
            gap = np.abs(days.astype(np.int64) - feats.day).astype(np.float64)
            tf = np.where(gap <= params.grace_days, 1.0,
                          np.power(0.5, (gap - params.grace_days) / params.half_life_days))
            tf[gap > params.window_days] = 0.0
            tf[undated] = params.undated_factor
        score = cos.astype(np.float64)
        if feats.entities:
            n_ents = np.frombuffer(self._n_ents, dtype=np.int32)[cand]
            both = n_ents > 0
            ce = self._ent_dot(feats)[cand]
            w = 0.5 * np.minimum(1.0, np.minimum(n_ents, len(feats.entities)) / max(1, params.entity_support))
            with_ents = np.where(cos >= params.min_term_cos - _COS_SLACK, (1.0 - w) * cos + w * ce, 0.0)
            score = np.where(both, with_ents, score)
        return score * tf

    def _ent_dot(self, feats: ArticleFeatures) -> np.ndarray:
        """At least the entity cosine of the new article with every node: each of its
        entities is matched with the entities of its hash slot, so a collision can only
        add to the sum (the bound stays a bound)."""
        found: list[_Postings] = []
        query = []
        slots = self._ent_slots
        for e, qw in feats.entities.items():
            p = slots.get(_entity_slot(e))
            if p is not None:
                found.append(p)
                query.append(qw)
        n = len(self._nodes)
        out = _weighted_sum(found, query, n)
        return np.zeros(n) if out is None else out

    def _index_node(self, n: int, feats: ArticleFeatures) -> None:
        bucket = None if feats.day is None else feats.day // self._bucket_days
        for term, weight in feats.terms.items():
            table = self._terms[term]
            p = table.get(bucket)
            if p is None:
                p = table[bucket] = _Postings(True)
            p.ids.append(n)
            p.weights.append(weight)
        for key in feats.keys:
            table = self._keys[key]
            p = table.get(bucket)
            if p is None:
                p = table[bucket] = _Postings(False)
            p.ids.append(n)
        self._days.append(_UNDATED if feats.day is None else feats.day)
        self._n_ents.append(len(feats.entities))
        for ent, weight in feats.entities.items():
            slot = _entity_slot(ent)
            p = self._ent_slots.get(slot)
            if p is None:
                p = self._ent_slots[slot] = _Postings(True)
            p.ids.append(n)
            p.weights.append(weight)

    # public ---------------------------------------------------------------------
    def insert(self, feats: ArticleFeatures) -> bool:
        """Add one article's features, without saying why it is where it is: what
        :func:`cluster` and the ingest run's stage do. The stories change as with
        :meth:`add`, but the story id of the new article is not looked up (finding the
        earliest article of a story walks the whole story, which would make adding to a
        long story cost its length). Returns False when the article was there already."""
        if feats.article_id in self._by_id:
            return False
        self._join(feats, self._edges(feats))
        return True

    def _edges(self, feats: ArticleFeatures) -> dict[int, float]:
        params = self.params
        nodes = self._nodes
        edges: dict[int, float] = {}
        for c in self._candidates(feats):
            s = similarity(feats, nodes[c].feats, params)
            if s >= params.threshold:
                edges[c] = s
        return edges

    def _join(self, feats: ArticleFeatures, edges: dict[int, float]) -> int:
        nodes = self._nodes
        self._parts_cache.clear()
        n = len(nodes)
        nodes.append(_Node(feats))
        self._by_id[feats.article_id] = n
        self._parent.append(n)
        self._members[n] = [n]
        self._index_node(n, feats)
        if self._edge_log is not None:
            self._edge_log.append((feats.article_id, [(nodes[c].feats.article_id, s) for c, s in edges.items()]))
        if self._touched is not None:  # the stories of n's neighbours are those it may change
            self._touched.add(n)
            self._touched.update(edges)
        self._link(n, edges)
        if self._touched is not None:
            # an undated member that goes with a dated article is in another story than its
            # group, whose edges still decide where the group goes: the stories of every
            # member of an undated group the add reached may change
            for root in {self._find(i) for i in (n, *edges) if nodes[i].feats.day is None}:
                self._touched.update(self._members[root])
        for i in (n, *edges):
            self._repoint(i)
        return n

    def add(self, article: Article | ArticleFeatures, entities: Sequence[str] | None = None) -> Assignment:
        """Add one article and link it to the stories it belongs to.

        Args:
            article: the article, or its precomputed :class:`ArticleFeatures`.
            entities: its named entities (see :func:`features_of`); ignored for features.

        Returns:
            The assignment: the story it is in now, the edge that put it there and what the
            two articles share. Adding an article already in the index returns its
            :meth:`membership` and changes nothing.
        """
        feats = article if isinstance(article, ArticleFeatures) else features_of(article, entities)
        if feats.article_id in self._by_id:
            return self.membership(feats.article_id)
        nodes = self._nodes
        edges = self._edges(feats)
        # the stories the new article touches, before it joins them (their ids are
        # needed only when it touches two or more, which it may merge)
        before = {c: self._anchor(c) for c in edges}
        story_before: dict[int, str] = {}
        if len(set(before.values())) > 1:
            story_before = {c: self._story_id_of_node(c) for c in edges}

        n = self._join(feats, edges)
        sid = self._story_id_of_node(n)
        joined = {story_before[c] for c in edges if story_before and self._story_id_of_node(c) == sid}
        merged = tuple(sorted(joined)) if len(joined) > 1 else ()
        why = self._why(n)
        if why is None:
            return Assignment(feats.article_id, sid, 0.0, new_story=True)
        other = nodes[why[0]].feats
        return Assignment(feats.article_id, sid, why[1],
                          _shared(feats.terms, other.terms), _shared(feats.entities, other.entities),
                          new_story=False, neighbour=other.article_id, merged=merged)

    def features(self, article_id: str) -> ArticleFeatures:
        """The stored features of an article."""
        return self._nodes[self._by_id[article_id]].feats

    def story_of(self, article_id: str) -> str:
        """The story id of an article in the index."""
        return self._story_id_of_node(self._by_id[article_id])

    def membership(self, article_id: str) -> Assignment:
        """Why the article is in its story now: its strongest confirmed edge, or the edge
        to the neighbour it follows.

        Unlike the :class:`Assignment` that :meth:`add` returned, this does not depend on
        which articles were there when it was added.
        """
        return self._assignment(self._by_id[article_id], self.story_of(article_id))

    def _assignment(self, i: int, sid: str) -> Assignment:
        node = self._nodes[i]
        why = self._why(i)
        parts = self._parts(self._anchor(i))
        if len(parts.parts) > 1 and (why is None or parts.where.get(why[0]) != parts.where[i]):
            why = parts.best.get(i)  # its group is split: its strongest edge within its part
        if why is None:
            return Assignment(node.feats.article_id, sid, 0.0, new_story=True)
        other = self._nodes[why[0]].feats
        return Assignment(node.feats.article_id, sid, why[1], _shared(node.feats.terms, other.terms),
                          _shared(node.feats.entities, other.entities),
                          new_story=False, neighbour=other.article_id)

    def memberships(self, story: Story) -> list[Assignment]:
        """:meth:`membership` of every article of ``story`` (one of :meth:`stories` or
        :meth:`stories_with`), without looking its story up once per article (which walks
        the story: a long story would cost its length squared)."""
        return [self._assignment(self._by_id[aid], story.id) for aid in story.article_ids]

    def story_seq(self, story: Story) -> int:
        """The place of a story in the order of stories, with its id: the day of its
        earliest article (undated stories last)."""
        return self.features(story.id).sort_key[0]

    # changes between two saves ----------------------------------------------------
    def log_edges(self) -> None:
        """From now on, note each added article's edges (see :meth:`logged_edges`)."""
        self._edge_log = []

    def logged_edges(self) -> list[tuple[str, list[tuple[str, float]]]]:
        """The articles added since :meth:`log_edges` or the last call, each with its edges
        (neighbour id, score) to the articles added before it; the log is emptied."""
        out, self._edge_log = self._edge_log or [], [] if self._edge_log is not None else None
        return out

    @classmethod
    def restore(cls, feats: Iterable[ArticleFeatures], edges: Mapping[str, Sequence[tuple[str, float]]],
                params: StoryParams | None = None) -> StoryIndex:
        """The index of these articles from their known edges, without scoring any pair.

        Args:
            feats: the articles' features.
            edges: article id -> its edges (neighbour id, score) to the articles added
                before it, as :meth:`logged_edges` gave them under the same parameters and
                features version, for every article of ``feats`` (an edge to an article
                not among ``feats`` is left out).

        Returns:
            The index :func:`cluster` of the same features gives: the articles are joined
            in the same canonical order, each with its edges to those joined before it.
        """
        feats = sorted(feats, key=lambda f: f.sort_key)
        ids = {f.article_id for f in feats}
        adjacent: dict[str, dict[str, float]] = defaultdict(dict)
        for a, row in edges.items():
            if a not in ids:
                continue
            for b, score in row:
                if b in ids:
                    adjacent[a][b] = adjacent[b][a] = score
        index = cls(params)
        by_id = index._by_id
        for f in feats:
            # ascending, as the candidates of an insert come
            index._join(f, dict(sorted((by_id[b], sc) for b, sc in adjacent.get(f.article_id, {}).items()
                                       if b in by_id)))
        return index

    def track_changes(self) -> None:
        """From now on, note the articles whose story an insert may change: the new article
        and its neighbours (an add changes the state of those only; every article whose
        story changes was, before the add, in the story of one of them)."""
        self._touched = set()

    def touched(self) -> list[str]:
        """The article ids noted since :meth:`track_changes` (or the last :meth:`untouch`)."""
        nodes = self._nodes
        return sorted(nodes[i].feats.article_id for i in self._touched or ())

    def untouch(self) -> None:
        """Forget the noted articles (their stories were saved)."""
        if self._touched is not None:
            self._touched.clear()

    def stories_with(self, article_ids: Iterable[str]) -> list[Story]:
        """The stories, as they are now, that hold any of ``article_ids`` (ids not in the
        index are ignored), earliest first: each the same as in :meth:`stories`."""
        nodes = self._nodes
        done: set[int] = set()
        groups = []
        for aid in article_ids:
            i = self._by_id.get(aid)
            if i is None or i in done:
                continue
            for part in self._parts(self._anchor(i)).parts:  # every part: one add may move them all
                done.update(part)
                groups.append(part)
        out = [self._story(nodes[g[0]].feats.article_id, [nodes[m].feats for m in g]) for g in groups]
        out.sort(key=lambda st: self.features(st.id).sort_key)
        return out

    def partition(self) -> dict[str, list[str]]:
        """Story id -> member article ids in canonical order."""
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._nodes)):
            groups[self._anchor(i)].append(i)
        out = {}
        for anchor, members in groups.items():
            for part in self._parts(anchor, members).parts:
                ids = [self._nodes[m].feats.article_id for m in part]
                out[ids[0]] = ids
        return dict(sorted(out.items(), key=lambda kv: self.features(kv[0]).sort_key))

    def stories(self, *, min_size: int = 1) -> list[Story]:
        """The stories, earliest first, each with its label, period and counts."""
        out = []
        for sid, ids in self.partition().items():
            if len(ids) < min_size:
                continue
            out.append(self._story(sid, [self.features(a) for a in ids]))
        return out

    def _story(self, sid: str, feats: list[ArticleFeatures]) -> Story:
        ent: Counter[str] = Counter()
        trm: Counter[str] = Counter()
        for f in feats:
            for e, w in f.entities.items():
                ent[e] += w
            for t, w in f.terms.items():
                trm[t] += w
        # the label says who, where and what: not the pronoun I ("I'm")
        top_e = [e for e, _ in sorted(ent.items(), key=lambda x: (-x[1], x[0]))
                 if not _PRONOUN_I.search(e)][:4]
        top_t = [t for t, _ in sorted(trm.items(), key=lambda x: (-x[1], x[0]))
                 if not any(t in e.split() for e in top_e) and not _PRONOUN_I.search(t)][:4]
        dates = sorted(f.published[:10] for f in feats if f.published and f.day is not None)
        outlets = sorted({f.outlet for f in feats if f.outlet})
        return Story(
            id=sid, label=_label(top_e, top_t, _story_case(feats, top_e)),
            article_ids=tuple(f.article_id for f in feats),
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            outlets=tuple(outlets), entities=tuple(top_e), terms=tuple(top_t),
        )


def _story_case(feats: Sequence[ArticleFeatures], entities: Sequence[str]) -> dict[str, str]:
    """Word of ``entities`` -> the form most of the members that name its entity write it
    in (:attr:`ArticleFeatures.cased`; a member that recorded no form of the word writes it
    capitalised). On a tie a form not all in capitals wins, then the first in sort order."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entities:
        words = e.split()
        for f in feats:
            if e in f.entities:
                for w in words:
                    votes[w][f.cased.get(w) or _capitalised(w)] += 1
    return {w: _most_written(c) for w, c in votes.items()}


def _label(entities: Sequence[str], terms: Sequence[str], case: Mapping[str, str] | None = None) -> str:
    """A label for people: the top entities as names, each word in the case the text writes
    it in most often (``case``; capitalised when unknown), then the top terms."""
    case = case or {}
    names = [" ".join(case.get(w) or _capitalised(w) for w in e.split()) for e in entities]
    if names and terms:
        return f"{', '.join(names)} · {', '.join(terms)}"
    return ", ".join(names or terms)


def cluster(articles: Iterable[Article | ArticleFeatures],
            entities: Mapping[str, Sequence[str]] | None = None,
            params: StoryParams | None = None) -> StoryIndex:
    """Cluster a collection from scratch (``storyline recluster``), in canonical order.

    Args:
        articles: the articles or their features.
        entities: article id -> its named entities, for the articles that have them.
        params: thresholds; the defaults when None.

    Returns:
        A :class:`StoryIndex` holding them; its stories equal those of adding the same
        articles one by one in any order.
    """
    entities = entities or {}
    feats = [a if isinstance(a, ArticleFeatures) else features_of(a, entities.get(a.id)) for a in articles]
    feats.sort(key=lambda f: f.sort_key)
    index = StoryIndex(params)
    for f in feats:
        index.insert(f)
    return index


def story_record(story: Story, index: StoryIndex, paths: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The JSON object of one story (``storyline stories --json``), with each membership's why."""
    from storyline.model import public_source

    paths = {k: public_source(v) for k, v in (paths or {}).items() if v}  # file names only: served
    members = []
    for aid in story.article_ids:
        m = index.membership(aid)
        members.append({"article_id": aid, "path": paths.get(aid), "score": m.score,
                        "neighbour": m.neighbour, "shared_terms": list(m.shared_terms),
                        "shared_entities": list(m.shared_entities)})
    return {"story_id": story.id, "label": story.label, "article_ids": list(story.article_ids),
            "paths": [paths.get(a) for a in story.article_ids],
            "first_published": story.first_published, "last_published": story.last_published,
            "articles": len(story.article_ids), "outlets": len(story.outlets), "members": members}
