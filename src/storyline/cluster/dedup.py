"""Near-duplicate articles: copies, syndicated copies and close rewrites, with the evidence.

Part of the cluster stage. Two articles are linked by a :class:`DuplicatePair` when one
repeats the other, so that later stages count them as one source and not as two
independent confirmations. The original (``a``) is the earlier by publication date; on the
same day, the one the other credits (it names ``a``'s outlet: "first appeared in North
Wire") and then the smaller id.

Relations
    ``copy``        the same text: the same normalised text (one stored article with
                    several inputs, see :meth:`storyline.store.Store.inputs_of`), or the
                    same words from the same outlet (or where an outlet is unknown),
                    differing only in whitespace, case, punctuation or a line of furniture
                    (a credit line, a caption). An edited rerun by the same outlet, above
                    the syndication cut, is a copy too: it is still one source.
    ``syndicated``  (nearly) the same body under another outlet: a wire story republished.
    ``rewrite``     the same facts in paraphrase: most sentences of one reappear in the
                    other reworded, but few word sequences survive intact.

Signals (all on lower-cased NFKC ``\\w+`` words, so punctuation and spacing never count)
    ``similarity``       Jaccard of the two sets of 5-word shingles, estimated by MinHash
                         (1.0 for a copy of the same normalised text).
    ``containment``      share of the smaller text's 5-word shingles found in the other,
                         computed exactly (on 64-bit hashes of the shingles, made of
                         their words' hashes). A republished body inside another outlet's
                         furniture has a containment near 1 whatever the furniture adds.
    ``word_similarity``  Jaccard of the two sets of distinct words, estimated by MinHash.
                         A paraphrase keeps the names, numbers and most content words but
                         breaks most 5-word sequences, so this is the signal that finds it.
    ``sentence_overlap`` share of the sentences of one text (the larger share of the two
                         directions) that have a counterpart in the other: a sentence with
                         a word-set Jaccard of at least :data:`SENTENCE_MATCH`.

Candidates come from MinHash LSH (datasketch signatures; the bands of datasketch's
``MinHashLSH``, looked up in sorted arrays, see :class:`_BandIndex`): over the shingle sets
at ``threshold`` and over the word sets at ``rewrite_threshold``. A candidate whose
signatures rule it out (word similarity under ``rewrite_threshold`` and a containment that
cannot reach the syndication cut even three standard errors up) is dropped. So is one that
can only be a copy (word similarity under ``rewrite_threshold``) when the shingle bitmap
stored with its signature bounds the containment under the cut: each shingle sets one bit
of the bitmap, so the new text's shingles whose bit is set are at least those the two
share (a bound, not an estimate: it drops only pairs the texts would reject). The Jaccard
bound is loose when one text is many times the other; the bitmap is not when the new text
is the shorter (a short report against a long page, whose text is the costly one to read).
A signature stored before bitmaps (format 1) is read as it is, its candidates checked on
the texts. Every other candidate is checked on the texts themselves, so LSH, the
signatures and the bitmaps decide only which pairs are looked at, and containment,
sentence overlap and the passage are exact: computed with numpy on the hashes of the
texts' words and shingles (a candidate read back is cut into words, sentences and hashes,
never into sets of strings; the pairs of sentences that share a chosen word are found and
their word sets intersected through a table of flags, with no matrix product), they give what the
sets of strings give (property tests compare the two) but for a collision of 64-bit hashes. Two dated articles are candidates only within
:attr:`DedupParams.window_days` of each other (an undated one is a candidate of every
article): a property of the pair alone, so the pairs still do not depend on the order of
arrival.

Thresholds, and why
    :data:`COPY_CONTAINMENT` = 0.98: a credit line or caption adds a few shingles to one
        side but removes none from the smaller, so a copy keeps containment near 1.0;
        0.98 leaves room for a changed word or two in a long text, no more.
    :data:`SYNDICATED_CONTAINMENT` = 0.90: a republished body keeps nine in ten of its
        5-word sequences even after light subbing (a changed headline or intro sentence, a
        house spelling); a paraphrase keeps far fewer (typically 0.1-0.3), and articles
        that merely cover the same story share almost none (under 0.05).
    ``threshold`` = 0.5 (shingle Jaccard for LSH candidates): a copy whose body is at least
        half of the longer text reaches it; smaller embedded copies are still found when
        their word sets are similar enough for the second index.
    ``rewrite_threshold`` = :data:`REWRITE_WORD_SIMILARITY` = 0.35: articles about the same
        story share the names, places and figures of the story and many function words;
        on the sample corpus of twelve such articles their word-set Jaccard stays at or
        below 0.28, while a close rewrite keeps about half of the distinct words of its
        original (0.52). 0.35 sits between the two with room for a looser rewrite.
    :data:`REWRITE_SENTENCE_OVERLAP` = 0.5 with :data:`SENTENCE_MATCH` = 0.4: the word-set
        signal alone cannot tell a rewrite from a short follow-up full of the same names,
        so a rewrite must also retell at least half of one text's sentences. A reworded
        sentence keeps roughly half of its words (Jaccard 0.4-0.7); two different sentences
        about the same event rarely reach 0.4, and same-story articles share at most one or
        two such sentences (under 0.2 of them on the sample corpus). Only prose counts:
        spans closed by ., ! or ?, of at least five words; headings, list items and
        schedules are left out, since two articles printing the same list of nominees or
        tour dates are not rewrites of each other. A text with fewer than
        :data:`SENTENCE_FLOOR` = 6 sentences counts as having six, so a rewrite retells at
        least three.
    :data:`WINDOW_DAYS` = 14: copies, syndicated copies and rewrites of a news report follow
        it within days (a wire story is republished the same day or the next). Without a
        window, the articles a dated article is checked against grow with the months a store
        spans: a store of real-page-like articles (``benchmarks/story_assign.py --real``) of
        50,000 articles over six months gave each new article about three same-kind reports
        of earlier months (another earthquake told in the same sentence frames) that passed
        the signatures and had to be read and compared. The pages of ``../shared/datasets``
        lose one pair to it (two versions of a documentation page, published 19 months
        apart). An archive where republication months later matters can set 0 (no window).
    :data:`MIN_WORDS` = 40: a text shorter than two or three sentences (a caption, a stub, an
        error page) gives too few shingles to call anything a duplicate; it is indexed
        (it has a signature) but never paired except as an identical text.

Measured
    On the sample corpus (``examples/kursk``, twelve articles on one story) these find its
    syndicated copy (containment 1.00) and its rewrite (similarity 0.10, containment 0.20,
    word similarity 0.52, sentence overlap 0.69) and nothing else; the closest other pair
    is at word similarity 0.28 and sentence overlap 0.15. On the 772 pages of
    ``../shared/datasets`` (``benchmarks/dedup_speed.py``) they find four pairs: two
    product pages sharing one template (copies) and two documentation pages in two
    versions (rewrites); the closest pairs left out are at sentence overlap 0.5 with word
    similarity 0.28 or below.

Known limits
    A paraphrase of a short text inside a much longer one (one section of a roundup) is
    not found: the word-set Jaccard falls with the ratio of the lengths. Pages built on one
    template (product variants) count as copies of each other when their text is the same.
    Publication dates are compared by day unless both have a time; a same-day pair is
    oriented by the credit line, else by id. A copy published more than
    :data:`WINDOW_DAYS` after its dated original is not linked (unless one is undated).

Identical normalised texts share one article id and so are stored once; :meth:`DuplicateIndex.add`
of an id already indexed returns no pair (re-adding changes nothing), and the copy shows in
the store as a second input of the same article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
import struct
import unicodedata
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32
from datasketch.lsh import _optimal_param

from storyline.cluster.forest import root
from storyline.config import prefixed
from storyline.dates import published_day
from storyline.model import Article
from storyline.outlets import outlet_key as _outlet_name

__all__ = [
    "COPY_CONTAINMENT",
    "MIN_WORDS",
    "REWRITE_SENTENCE_OVERLAP",
    "REWRITE_WORD_SIMILARITY",
    "SENTENCE_FLOOR",
    "SENTENCE_MATCH",
    "SYNDICATED_CONTAINMENT",
    "WINDOW_DAYS",
    "DedupParams",
    "DuplicateIndex",
    "DuplicatePair",
    "Relation",
    "classify",
    "compare",
    "find_duplicates",
    "original_first",
    "same_outlet",
]

log = logging.getLogger(__name__)

#: How a later article repeats an earlier one.
Relation = Literal["copy", "syndicated", "rewrite"]

COPY_CONTAINMENT = 0.98
SYNDICATED_CONTAINMENT = 0.90
REWRITE_WORD_SIMILARITY = 0.35
REWRITE_SENTENCE_OVERLAP = 0.5
SENTENCE_MATCH = 0.4
#: Sentences with fewer words than this are not matched (datelines, "Update:", captions).
SENTENCE_MIN_WORDS = 5
#: A text with fewer prose sentences counts as having this many in ``sentence_overlap``.
SENTENCE_FLOOR = 6
MIN_WORDS = 40
#: At most this many candidates of one new article have their texts compared (the most
#: similar by signature); a news article has a handful, a page of a template farm hundreds.
MAX_CANDIDATES = 10
#: At most this many prose sentences of each text are compared for a rewrite (a news
#: article has far fewer); it bounds the cost on very long pages built from one template.
SENTENCE_CAP = 150
#: A dated article is checked against the dated articles at most this many days from it
#: (and against every undated one): copies, syndicated copies and rewrites follow their
#: original within days, while a store of months holds many same-kind reports of other
#: events whose signatures pass (see the module doc).
WINDOW_DAYS = 14


@dataclass(frozen=True, slots=True)
class DedupParams:
    """The thresholds of duplicate linking (the module doc says why each is what it is);
    the settings ``dedup_*`` of :data:`storyline.config.SETTINGS` give them to a run.

    Attributes:
        threshold: LSH threshold on the 5-word shingle Jaccard (copy and syndication candidates).
        rewrite_threshold: LSH threshold, and minimum, of the distinct-word Jaccard of a rewrite.
        copy_containment: least containment of a copy (:data:`COPY_CONTAINMENT`).
        syndicated_containment: least containment of a syndicated copy (:data:`SYNDICATED_CONTAINMENT`).
        rewrite_sentence_overlap: least sentence overlap of a rewrite (:data:`REWRITE_SENTENCE_OVERLAP`).
        sentence_match: least word-set Jaccard of two sentences that retell each other
            (:data:`SENTENCE_MATCH`).
        max_candidates: most candidates of one new article whose texts are read (:data:`MAX_CANDIDATES`).
        window_days: most days between two dated articles that are checked (:data:`WINDOW_DAYS`;
            0 or less: no window).
    """

    threshold: float = 0.5
    rewrite_threshold: float = REWRITE_WORD_SIMILARITY
    copy_containment: float = COPY_CONTAINMENT
    syndicated_containment: float = SYNDICATED_CONTAINMENT
    rewrite_sentence_overlap: float = REWRITE_SENTENCE_OVERLAP
    sentence_match: float = SENTENCE_MATCH
    max_candidates: int = MAX_CANDIDATES
    window_days: int = WINDOW_DAYS

    @classmethod
    def from_config(cls, config: object) -> DedupParams:
        """The thresholds of a :class:`~storyline.config.StorylineConfig` (its ``dedup_*`` settings)."""
        return prefixed(cls, config, "dedup_")


_DEFAULT = DedupParams()

#: The shared passage is cut to about this many characters (at a sentence end when one is near).
PASSAGE_CHARS = 300
#: A shared run of fewer words than this gives way to the best retold sentence as evidence.
PASSAGE_MIN_RUN = 12


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two articles of which the later repeats the earlier, and the evidence.

    Attributes:
        a: id of the original (earlier by publication date, then the credited one, then id).
        b: id of the copy or rewrite.
        relation: ``copy``, ``syndicated`` or ``rewrite`` (see the module docstring).
        similarity: estimated Jaccard of the 5-word shingle sets (1.0 for the same text).
        containment: share of the smaller text's shingles found in the other (exact).
        shared_passage: the longest word sequence the two texts share, in ``a``'s wording,
            cut to about 300 characters; when that is shorter than PASSAGE_MIN_RUN words (a
            paraphrase), the sentence of ``a`` that best matches one of ``b``.
        shared_start_a, shared_end_a: offsets of the passage in ``a``'s text.
        shared_start_b, shared_end_b: offsets of the same words in ``b``'s text.
        word_similarity: estimated Jaccard of the distinct-word sets.
        sentence_overlap: share of one text's sentences retold in the other (the larger
            of the two directions).
    """

    a: str
    b: str
    relation: Relation
    similarity: float
    containment: float
    shared_passage: str
    shared_start_a: int
    shared_end_a: int
    shared_start_b: int
    shared_end_b: int
    word_similarity: float = 0.0
    sentence_overlap: float = 0.0


# -- text analysis --------------------------------------------------------------------

_WORD = re.compile(r"\w+")
# Split on words, keeping them: separators and words alternate, so the words' offsets are the
# running sums of the pieces' lengths.
_WORD_SPLIT = re.compile(r"(\w+)")
# A sentence ends at ., ! or ? (with closing quotes or brackets) before a space, or at a newline.
# The pattern opens with one character class (an end mark or a newline, then which of the two
# it was), so the regular expression engine skips to such characters instead of trying every
# position of the text: the same matches as ``[.!?]+["')\]]*(?=\s|$)|\n``, three times as fast.
_SENTENCE_END = re.compile(
    r"[.!?\u2026\u3002\uff01\uff1f\n]"
    r"(?:(?<=\n)|[.!?\u2026\u3002\uff01\uff1f]*[\"'\u201d\u2019)\]]*(?=\s|$))")
_CLOSERS = ".!?\"'\u201d\u2019)"


class _Analysis:
    """One text cut into what the comparisons need, each part made on first use.

    The words (``tokens``, their offsets) are cut at once. A compared text needs its words'
    and shingles' hashes (``token_hashes``, ``gram_hashes``, ``gram_set``: containment and
    the longest shared run, with numpy) and its sentences (``sentences``,
    ``sentence_words``: the sentence overlap); only a new article's signature needs the
    shingles and words as strings (``shingles``, ``words``), so a candidate read back to be
    compared never builds them.
    """

    __slots__ = ("text", "k", "tokens", "starts", "ends", "folded_words", "_grams", "_shingles", "_words",
                 "_sentences", "_ranges", "_token_hashes", "_gram_hashes", "_gram_set", "_sentence_words")

    def __init__(self, text: str, k: int):
        self.text = text
        folded = text.casefold()
        if len(folded) == len(text) and unicodedata.is_normalized("NFKC", text):
            # Folding kept every character in place, so offsets into it are offsets into text.
            # The pieces alternate separator, word, separator...: a word starts where the
            # pieces before it end (all at C speed, no Python step per word).
            pieces = _WORD_SPLIT.split(folded)
            self.tokens = pieces[1::2]
            # the tokens are then the ``\w+`` words of the NFKC case-folded text
            self.folded_words = True
            self.starts, self.ends = _offsets(pieces)
        else:
            # Offsets from the text as it is, words normalised: all at once, joined by NUL,
            # which NFKC and case folding leave alone and which joins with no character
            # (a word normalised in the joined string is the word normalised alone).
            pieces = _WORD_SPLIT.split(text)
            self.starts, self.ends = _offsets(pieces)
            words = pieces[1::2]
            self.folded_words = False
            self.tokens = unicodedata.normalize("NFKC", "\0".join(words)).casefold().split("\0") if words else []
        self.k = k
        self._grams: list[str] | None = None
        self._shingles: set[str] | None = None
        self._words: set[str] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._ranges: list[tuple[int, int]] = []
        self._token_hashes: np.ndarray | None = None
        self._gram_hashes: np.ndarray | None = None
        self._gram_set: np.ndarray | None = None
        self._sentence_words: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    @property
    def grams(self) -> list[str]:
        """The k-word shingles in order, joined by a space (no word holds one)."""
        if self._grams is None:
            self._grams = list(map(" ".join, _grams(self.tokens, self.k)))
        return self._grams

    @property
    def shingles(self) -> set[str]:
        """The set of the k-word shingles (the whole text as one when it is shorter)."""
        if self._shingles is None:
            grams = self.grams
            self._shingles = set(grams) if grams else ({" ".join(self.tokens)} if self.tokens else set())
        return self._shingles

    @property
    def words(self) -> set[str]:
        """The distinct words."""
        if self._words is None:
            self._words = set(self.tokens)
        return self._words

    @property
    def n_grams(self) -> int:
        """How many k-word shingles the text has in order (0 when it is shorter than k)."""
        return max(0, len(self.tokens) - self.k + 1)

    @property
    def token_hashes(self) -> np.ndarray:
        """Each word's hash (int64; Python's string hash, so within one process only)."""
        if self._token_hashes is None:
            self._token_hashes = np.fromiter(map(hash, self.tokens), dtype=np.int64, count=len(self.tokens))
        return self._token_hashes

    @property
    def gram_hashes(self) -> np.ndarray:
        """The hash of each k-word shingle in order (uint64), made of its words' hashes
        (:func:`_gram_hashes_of`): the same for the same shingle in any text of this process."""
        if self._gram_hashes is None:
            self._gram_hashes = _gram_hashes_of(self.token_hashes, self.k)
        return self._gram_hashes

    @property
    def gram_set(self) -> np.ndarray:
        """The distinct shingle hashes, sorted: the shingle set compared on hashes."""
        if self._gram_set is None:
            self._gram_set = _distinct(self.gram_hashes)
        return self._gram_set

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """The prose sentences: (char start, char end); their words are
        ``tokens[first:end]`` of :attr:`sentence_ranges`.

        Only prose counts as a sentence: a span closed by sentence punctuation. Lines that
        end without it (headings, list items, tour dates, captions) are left out, since two
        articles quoting the same list are not rewrites of each other.
        """
        if self._sentences is None:
            text = self.text
            bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
            # a match is a newline alone, or ends with a mark or a closer: prose
            prose = [text[end - 1] != "\n" for end in bounds]
            bounds.append(len(text) + 1)
            prose.append(text.rstrip()[-1:] in _CLOSERS)
            # the first token at or past each bound (the bounds ascend): a sentence's
            # tokens run from the bound before it to its own
            ends = np.searchsorted(self.starts, bounds)
            firsts = np.concatenate(([0], ends[:-1]))
            keep = np.asarray(prose, dtype=bool) & (ends - firsts >= SENTENCE_MIN_WORDS)
            firsts, ends = firsts[keep], ends[keep]
            self._ranges = list(zip(firsts.tolist(), ends.tolist(), strict=True))
            self._sentences = list(zip(self.starts[firsts].tolist(), self.ends[ends - 1].tolist(), strict=True))
        return self._sentences

    @property
    def sentence_ranges(self) -> list[tuple[int, int]]:
        """The prose sentences as token ranges ``(first, end)``."""
        self.sentences  # noqa: B018 - cuts them
        return self._ranges

    def sentence_words(self, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The distinct words of the first ``count`` prose sentences, as arrays: each
        (sentence, word) once, by sentence: the words' hashes, their sentence numbers, the
        position of one of their tokens (to read the word), and how many distinct words
        each sentence has (the size of its word set). Those of the first
        max(``count``, :data:`SENTENCE_CAP`) sentences are made, once."""
        if self._sentence_words is None or (count > self._sentence_words[3].size
                                            and self._sentence_words[3].size < len(self.sentence_ranges)):
            ranges = np.asarray(self.sentence_ranges[:max(count, SENTENCE_CAP)], dtype=np.int64).reshape(-1, 2)
            lengths = ranges[:, 1] - ranges[:, 0]
            sid = np.repeat(np.arange(len(ranges), dtype=np.int64), lengths)
            pos = _run_indexes(ranges[:, 0], lengths)
            h = self.token_hashes[pos]
            # by sentence, then word (stable: first token first): a stable sort by word, then
            # one by sentence on small integers, which numpy sorts by radix
            order = np.argsort(h, kind="stable")
            order = order[np.argsort(sid.astype(_radix_dtype(len(ranges)))[order], kind="stable")]
            h, sid, pos = h[order], sid[order], pos[order]
            keep = np.ones(h.size, dtype=bool)
            keep[1:] = (h[1:] != h[:-1]) | (sid[1:] != sid[:-1])
            h, sid, pos = h[keep], sid[keep], pos[keep]
            self._sentence_words = (h, sid, pos, np.bincount(sid, minlength=len(ranges)))
        h, sid, pos, sizes = self._sentence_words
        if count >= sizes.size:
            return h, sid, pos, sizes
        end = int(np.searchsorted(sid, count))
        return h[:end], sid[:end], pos[:end], sizes[:count]


def _radix_dtype(count: int) -> type:
    """The type to sort ``count`` sentence numbers in: the smallest unsigned integer type that
    holds ``0 .. count - 1`` where one of 8 or 16 bits does (numpy sorts those by radix, in one
    pass per byte), else int64."""
    return np.uint8 if count <= 1 << 8 else np.uint16 if count <= 1 << 16 else np.int64


def _offsets(pieces: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The char offsets where the words start and end, for the pieces of a split on words
    (separator, word, separator...: a word starts where the pieces before it end): the
    running sums of the pieces' lengths, at once (int64 arrays)."""
    offsets = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))
    return offsets[0:-1:2], offsets[1::2]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: :func:`numpy.unique`, by one sort (numpy's own costs
    several times as much on the few hundred values of a text)."""
    out = np.sort(values)
    if out.size > 1:
        keep = np.empty(out.size, dtype=bool)
        keep[0] = True
        np.not_equal(out[1:], out[:-1], out=keep[1:])
        out = out[keep]
    return out


def _run_indexes(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indexes of the slices ``[starts[k], starts[k] + lengths[k])`` laid end to end
    (``[5, 1], [2, 3]`` -> ``[5, 6, 1, 2, 3]``): one range, each run shifted to its start by
    one repeat, so many slices are read at once."""
    return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)


def _gram_hashes_of(token_hashes: np.ndarray, k: int) -> np.ndarray:
    """The hash of each run of ``k`` words: a sum of the words' hashes, each times its own
    odd multiplier (mod 2**64). Two runs that differ in one word never collide (an odd
    multiple of a nonzero difference is not 0 mod 2**64); others as rarely as 64-bit hashes
    do, and every use checks what a collision could change (:func:`_longest_run`) or is
    the containment, where one collision in 2**64 pairs of shingles is not a concern."""
    n = token_hashes.size - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    words = token_hashes.view(np.uint64)
    mult = _gram_multipliers(k)
    out = words[:n] * mult[0]
    for m in range(1, k):
        out += words[m:m + n] * mult[m]
    return out


_MULTIPLIERS: dict[int, np.ndarray] = {}


def _gram_multipliers(k: int) -> np.ndarray:
    mult = _MULTIPLIERS.get(k)
    if mult is None:
        rng = np.random.default_rng(5150 + k)
        mult = _MULTIPLIERS[k] = rng.integers(1, 2**63, size=k, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    return mult


def _grams(tokens: list[str], k: int) -> Iterable[tuple[str, ...]]:
    """The runs of ``k`` tokens in order, as tuples (none when there are fewer tokens)."""
    return zip(*(tokens[m:] for m in range(k)))


def _analyse(text: str, k: int) -> _Analysis:
    return _Analysis(text, k)


def _jaccard(x: set[str], y: set[str]) -> float:
    if not x and not y:
        return 0.0
    return len(x & y) / len(x | y)


def _containment(x: set[str], y: set[str]) -> float:
    smaller = min(len(x), len(y))
    return len(x & y) / smaller if smaller else 0.0


def _shingle_containment(x: _Analysis, y: _Analysis) -> float:
    """:func:`_containment` of the two texts' shingle sets, on their hashes (sorted
    arrays: a binary search each, not a set of strings per text)."""
    if not (x.n_grams and y.n_grams and x.k == y.k):
        return _containment(x.shingles, y.shingles)
    a, b = x.gram_set, y.gram_set
    if a.size > b.size:
        a, b = b, a
    at = np.searchsorted(b, a)
    at[at == b.size] = 0
    return int((b[at] == a).sum()) / a.size


def _sentence_overlap(x: _Analysis, y: _Analysis,
                      sentence_match: float = SENTENCE_MATCH) -> tuple[float, tuple[int, int] | None]:
    """The larger share of either text's sentences matched in the other, and the best match.

    A text with fewer than SENTENCE_FLOOR sentences counts as having that many, so two
    shared sentences of a short text never make half of it.

    The best match is ``(index in x.sentences, index in y.sentences)`` of the most similar
    pair at or above :data:`SENTENCE_MATCH` (of equals, the first in x, then in y), or None.

    Each sentence of x is compared only with the sentences of y that share one of its rarer
    words (in at most a twentieth of y's sentences, and at least two): two sentences with a
    Jaccard of 0.4 or more share far more than their common words. A sentence of x that
    shares only common words with y is compared with the sentences holding the three least
    common of them (then by word). The word sets are compared at once on the words'
    hashes (numpy): the pairs to compare are found through y's sentences of each chosen
    word, and each pair's shared words by looking up its x sentence's words among y's
    (sentence, word) entries. No matrix product: a BLAS product of two large indicator
    matrices runs on several threads, which cost ten times its single-thread CPU time on a
    busy machine, and most of its cells are pairs that are never compared.
    """
    nx, ny = min(len(x.sentences), SENTENCE_CAP), min(len(y.sentences), SENTENCE_CAP)
    if not nx or not ny:
        return 0.0, None
    xw, xs, xp, lx = x.sentence_words(nx)
    yw, ys, _, ly = y.sentence_words(ny)
    # y's words and in how many of its sentences each is (each (sentence, word) is once)
    yu, y_col, ydf = np.unique(yw, return_inverse=True, return_counts=True)
    at = np.searchsorted(yu, xw)
    at[at == yu.size] = 0
    present = yu[at] == xw
    if not present.any():
        return 0.0, None
    df = np.where(present, ydf[at], 0)
    chosen = present & (df <= max(2, ny // 20))  # the rarer words
    has_rare = np.zeros(nx, dtype=bool)
    has_rare[xs[chosen]] = True
    alone = present & ~has_rare[xs]
    if alone.any():  # sentences sharing only common words: the three least common of them
        tokens = x.tokens
        bounds = np.searchsorted(xs, np.arange(nx + 1)).tolist()
        present_l, df_l, pos_l = present.tolist(), df.tolist(), xp.tolist()
        for r in _distinct(xs[alone]).tolist():
            shared = [e for e in range(bounds[r], bounds[r + 1]) if present_l[e]]
            shared.sort(key=lambda e: (df_l[e], tokens[pos_l[e]]))
            chosen[shared[:3]] = True
    # the pairs of sentences to compare: each chosen word of a sentence of x with every
    # sentence of y that has it (y's entries by word: its sentences of one word together)
    # (a stable sort of small integers: as 16-bit ones, numpy sorts them by radix)
    cols = y_col.reshape(-1)
    by_word = ys[np.argsort(cols.astype(np.uint16) if yu.size <= 1 << 16 else cols, kind="stable")]
    word_start = np.cumsum(ydf) - ydf
    ci, ca = xs[chosen], at[chosen]
    reach = ydf[ca]
    flags = np.zeros(nx * ny, dtype=bool)
    flags[np.repeat(ci, reach) * ny + by_word[_run_indexes(word_start[ca], reach)]] = True
    codes = np.flatnonzero(flags)  # (x sentence, y sentence) as i * ny + j, ascending
    pi, pj = codes // ny, codes % ny
    sx, sy = lx[pi], ly[pj]
    # Jaccard cannot exceed the ratio of the sizes: pairs that cannot match are left out
    fits = ~(np.minimum(sx, sy) < sentence_match * np.maximum(sx, sy))
    codes, pi, pj, sx, sy = codes[fits], pi[fits], pj[fits], sx[fits], sy[fits]
    # each pair's shared words: the words of its x sentence that y has, looked up in a
    # table of y's (sentence, word) entries (a flag at sentence * words + word), and
    # counted per pair (a pair's words are together; each pair has one at least, the
    # chosen word that made it)
    width = yu.size
    has = np.zeros(ny * width, dtype=np.uint8)
    has[ys * width + y_col.reshape(-1)] = 1
    xi, xa = xs[present], at[present]
    bounds = np.searchsorted(xi, np.arange(nx + 1))
    size = bounds[pi + 1] - bounds[pi]
    keys = np.repeat(pj, size) * width + xa[_run_indexes(bounds[pi], size)]
    inter = (np.add.reduceat(has[keys], np.cumsum(size) - size, dtype=np.int64) if codes.size
             else np.zeros(0, dtype=np.int64))
    score = inter / (sx + sy - inter)
    matched = score >= sentence_match
    share = max(_distinct(pi[matched]).size / max(nx, SENTENCE_FLOOR),
                _distinct(pj[matched]).size / max(ny, SENTENCE_FLOOR))
    if not matched.any():
        return share, None
    first = int(codes[np.argmax(np.where(matched, score, -1.0))])  # the first of the highest
    return share, (first // ny, first % ny)


def _longest_run(x: _Analysis, y: _Analysis, k: int) -> tuple[int, int, int]:
    """``(i, j, length)``: the longest word sequence x.tokens[i:i+length] == y.tokens[j:...].

    Anchored on shared k-word shingles: a run of ``length`` words is a chain of
    ``length - k + 1`` shingle matches on one diagonal (``i - j`` fixed). On the two texts'
    shingles (their hashes, made of the words' hashes: :attr:`_Analysis.gram_hashes`) the
    matches and their chains are found with numpy, so it costs a few array passes over the
    texts, not a Python step per word. A hash collision can only add false matches, so the
    run found is checked on the words, and when it is not a run the words are read one by one
    (:func:`_longest_run_slow`).
    Of the longest runs, the one with the smallest ``i``, then ``j``; ``length`` is 0 when
    they share no k words in a row.
    """
    k = max(1, min(k, len(x.tokens), len(y.tokens)))
    if not (x.k == y.k == k and x.n_grams and y.n_grams):
        return _longest_run_slow(x.tokens, y.tokens, k)
    hx, hy = x.gram_hashes, y.gram_hashes
    order = np.argsort(hy, kind="stable")  # y's positions of one hash stay ascending
    sorted_hy = hy[order]
    lo = np.searchsorted(sorted_hy, hx, side="left")
    # the end of a hash's run in y is searched only for x's shingles y has (a rewrite shares
    # few of them)
    shared = np.flatnonzero(sorted_hy[np.minimum(lo, sorted_hy.size - 1)] == hx)
    if not shared.size:
        return (0, 0, 0)
    lo = lo[shared]
    counts = np.searchsorted(sorted_hy, hx[shared], side="right") - lo
    # every pair (i, j) of equal shingle hashes, i ascending, then j ascending
    ii = np.repeat(shared, counts)
    jj = order[_run_indexes(lo, counts)]
    # chains on each diagonal: sorted by diagonal, then i (a stable sort by diagonal alone:
    # the matches come by i); a match continues the one before when that is (i - 1, j - 1)
    by_diag = np.argsort(ii - jj, kind="stable")
    ii, jj = ii[by_diag], jj[by_diag]
    cont = np.zeros(ii.size, dtype=bool)
    cont[1:] = (ii[1:] == ii[:-1] + 1) & (jj[1:] == jj[:-1] + 1)
    starts = np.flatnonzero(~cont)
    lengths = np.diff(np.append(starts, ii.size))
    longest = starts[lengths == lengths.max()]
    first = longest[np.lexsort((jj[longest], ii[longest]))[0]]
    i, j, n = int(ii[first]), int(jj[first]), int(lengths.max()) + k - 1
    if x.tokens[i:i + n] != y.tokens[j:j + n]:  # a hash collision made a false chain
        return _longest_run_slow(x.tokens, y.tokens, k)
    return (i, j, n)


def _longest_run_slow(tx: list[str], ty: list[str], k: int) -> tuple[int, int, int]:
    """:func:`_longest_run` on the tokens, for texts whose shingles are not of ``k`` words."""
    gx, gy = list(_grams(tx, k)), list(_grams(ty, k))
    where: dict[object, list[int]] = {}
    for j, gram in enumerate(gy):
        where.setdefault(gram, []).append(j)
    best = (0, 0, 0)
    for i, gram in enumerate(gx):
        for j in where.get(gram, ()):
            if i and j and tx[i - 1] == ty[j - 1]:
                continue  # inside a run that started earlier
            n = k
            while i + n < len(tx) and j + n < len(ty) and tx[i + n] == ty[j + n]:
                n += 1
            if n > best[2]:
                best = (i, j, n)
    return best


def _trim_end(text: str, start: int, ends: np.ndarray, first: int, last: int) -> int:
    """The index of the last token to keep so the passage from ``start`` fits PASSAGE_CHARS."""
    if ends[last] - start <= PASSAGE_CHARS:
        return last
    fit = max(first, bisect.bisect_right(ends, start + PASSAGE_CHARS, first, last + 1) - 1)
    for e in range(fit, first, -1):
        if ends[e] - start < PASSAGE_CHARS // 3:
            break
        if text[ends[e] : ends[e] + 1] in (".", "!", "?"):
            return e
    return fit


def _passage(
    a: str, b: str, x: _Analysis, y: _Analysis, k: int, match: tuple[int, int] | None
) -> tuple[str, int, int, int, int]:
    """The shared passage and its offsets in ``a`` and ``b``.

    ``match`` is the best pair of retold sentences (indexes into x and y), used when the
    longest shared run is shorter than PASSAGE_MIN_RUN words.
    """
    i, j, n = _longest_run(x, y, k)
    if n >= PASSAGE_MIN_RUN or (n and match is None):
        last = _trim_end(a, int(x.starts[i]), x.ends, i, i + n - 1)
        sa, ea = int(x.starts[i]), int(x.ends[last])
        sb, eb = int(y.starts[j]), int(y.ends[j + (last - i)])
        # Keep closing punctuation both texts have, so the passage reads as a sentence.
        while ea < len(a) and eb < len(b) and a[ea] == b[eb] and a[ea] in _CLOSERS:
            ea, eb = ea + 1, eb + 1
        return a[sa:ea], sa, ea, sb, eb
    if match is None:
        return "", 0, 0, 0, 0  # unreachable for a pair: a rewrite has retold sentences
    sa, ea = x.sentences[match[0]]
    sb, eb = y.sentences[match[1]]
    ea = min(ea, sa + PASSAGE_CHARS)
    eb = min(eb, sb + PASSAGE_CHARS)
    return a[sa:ea], sa, ea, sb, eb


# -- outlets and dates ----------------------------------------------------------------

def same_outlet(x: Article, y: Article) -> bool | None:
    """Whether two articles come from the same outlet; None when either outlet is unknown.

    Outlets compare by name with spaces, punctuation, a leading "the", a section suffix
    and a domain's TLD removed, so ``north-wire.example`` is the same as ``North Wire``.
    """
    kx = _outlet_name(x.outlet.value).replace(" ", "")
    ky = _outlet_name(y.outlet.value).replace(" ", "")
    if not kx or not ky:
        return None
    return kx == ky


def _credits(text: str, outlet: str | None, analysis: _Analysis | None = None) -> bool:
    """True when ``text`` names the outlet (a credit line, a wire byline).

    ``analysis``: the text's cut form, whose words are taken as they are when they are
    those of the NFKC case-folded text (:attr:`_Analysis.folded_words`), not found again."""
    name = _outlet_name(outlet).replace(" ", "")
    if len(name) < 5:
        return False
    if analysis is not None and analysis.folded_words and analysis.text is text:
        squashed = "".join(analysis.tokens)
    else:
        squashed = "".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))
    return name in squashed


def _cmp_published(x: Article, y: Article) -> int:
    """-1 when x was published first, 1 when y was, 0 when it cannot be told."""
    p, q = x.published_on, y.published_on
    if p is None or q is None:
        return (p is None) - (q is None)  # the dated one first
    if x.published_at is not None and y.published_at is not None:
        return (x.published_at > y.published_at) - (x.published_at < y.published_at)
    return (p > q) - (p < q)


def original_first(x: Article, y: Article) -> tuple[Article, Article]:
    """The two articles as (original, copy).

    The original is the earlier by publication date (a dated article before an undated
    one). On the same day, the article that names the other's outlet in its text (a credit
    line such as "first appeared in North Wire") is the copy; failing that, the smaller id
    comes first. The result does not depend on the order of the arguments.
    """
    return _original_first(x, y)


def _original_first(x: Article, y: Article, ax: _Analysis | None = None,
                    ay: _Analysis | None = None) -> tuple[Article, Article]:
    """:func:`original_first`, the texts' words taken from their analyses when given."""
    order = _cmp_published(x, y)
    if order == 0:
        y_credits_x = _credits(y.text, x.outlet.value, ay)
        x_credits_y = _credits(x.text, y.outlet.value, ax)
        if y_credits_x != x_credits_y:
            order = -1 if y_credits_x else 1
        else:
            order = -1 if x.id < y.id else 1
    return (x, y) if order < 0 else (y, x)


def _order_key(article: Article) -> tuple[bool, str, str]:
    """The store's order: published first (undated last), then id."""
    return (article.published.value is None, article.published.value or "", article.id)


# -- classification -------------------------------------------------------------------


def classify(
    a: Article,
    b: Article,
    *,
    containment: float,
    word_similarity: float = 0.0,
    sentence_overlap: float = 0.0,
    rewrite_threshold: float = REWRITE_WORD_SIMILARITY,
    params: DedupParams = _DEFAULT,
) -> Relation | None:
    """The relation of two articles given the evidence, or None when they are not duplicates.

    The 5-word shingle Jaccard (``similarity``) is not an argument: for deciding, it says
    nothing containment does not (containment is never smaller), and unlike containment it
    falls when one side carries extra furniture.

    Args:
        a, b: the two articles (either order).
        containment: share of the smaller text's 5-word shingles found in the other.
        word_similarity: Jaccard of the distinct-word sets.
        sentence_overlap: share of one text's sentences retold in the other.
        rewrite_threshold: the least word_similarity of a rewrite.
        params: the containment and sentence-overlap cuts (the defaults when not given).

    Returns:
        ``copy`` for the same normalised text, or the same words from the same outlet
        (containment >= COPY_CONTAINMENT, outlets not known to differ; from the same outlet
        an edited rerun above SYNDICATED_CONTAINMENT is a copy too, being one source);
        ``syndicated`` for containment >= SYNDICATED_CONTAINMENT otherwise;
        ``rewrite`` for word_similarity >= rewrite_threshold and
        sentence_overlap >= REWRITE_SENTENCE_OVERLAP; else None.
    """
    if a.id == b.id:
        return "copy"
    outlet = same_outlet(a, b)
    if containment >= params.copy_containment and outlet is not False:
        return "copy"
    if containment >= params.syndicated_containment:
        return "copy" if outlet else "syndicated"
    if word_similarity >= rewrite_threshold and sentence_overlap >= params.rewrite_sentence_overlap:
        return "rewrite"
    return None


def _pair(
    x: Article,
    y: Article,
    ax: _Analysis,
    ay: _Analysis,
    *,
    shingle: int,
    rewrite_threshold: float = REWRITE_WORD_SIMILARITY,
    similarity: float | None = None,
    word_similarity: float | None = None,
    params: DedupParams = _DEFAULT,
) -> DuplicatePair | None:
    """Check one candidate pair on its texts; the pair when it is a duplicate."""
    containment = _shingle_containment(ax, ay)
    if word_similarity is None:
        word_similarity = _jaccard(ax.words, ay.words)
    overlap, match = 0.0, None
    if containment >= params.syndicated_containment or word_similarity >= rewrite_threshold:
        overlap, match = _sentence_overlap(ax, ay, params.sentence_match)
    relation = classify(x, y, containment=containment, word_similarity=word_similarity,
                        sentence_overlap=overlap, rewrite_threshold=rewrite_threshold, params=params)
    if relation is None:
        return None
    if similarity is None:
        similarity = _jaccard(ax.shingles, ay.shingles)
    a, b = _original_first(x, y, ax, ay)
    aa, ab = (ax, ay) if a is x else (ay, ax)
    if match is not None and a is not x:
        match = (match[1], match[0])
    passage, sa, ea, sb, eb = _passage(a.text, b.text, aa, ab, shingle, match)
    return DuplicatePair(a.id, b.id, relation, float(similarity), float(containment), passage,
                         sa, ea, sb, eb, float(word_similarity), float(overlap))


def compare(a: Article, b: Article, *, shingle: int = 5) -> DuplicatePair | None:
    """Compare two articles exactly (no MinHash); the pair when one repeats the other.

    Similarities are exact Jaccard values here; :class:`DuplicateIndex` reports MinHash
    estimates of the same quantities, so the two can differ slightly near a threshold.
    """
    if a.id == b.id:
        a, b = original_first(a, b)
        end = min(len(a.text), PASSAGE_CHARS)
        return DuplicatePair(a.id, b.id, "copy", 1.0, 1.0, a.text[:end], 0, end, 0, end, 1.0, 1.0)
    ax, ay = _analyse(a.text, shingle), _analyse(b.text, shingle)
    if len(ax.tokens) < MIN_WORDS or len(ay.tokens) < MIN_WORDS:
        return None
    return _pair(a, b, ax, ay, shingle=shingle)


# -- the index ------------------------------------------------------------------------

# Signature layout: header, then the shingle MinHash values, then the word MinHash values.
_MAGIC = b"SLMH"
#: 1: the MinHash values; 2: then the shingle bitmap (:func:`_shingle_bits`). Both are read.
_FORMAT = 2
_FORMATS = (1, 2)
# magic, format, scheme, item size, shingle, num_perm, seed, words, distinct shingles
_HEADER = struct.Struct("<4sBBBBHIII")
_SCHEMES = {"legacy": 0, "affine32": 1, "affine64": 2}
#: How many analysed texts the index keeps for checking the next candidates.
_RECENT = 8
#: The day of an undated article in the index's array of days.
_UNDATED = -(2**31)
#: Days two dated articles must be apart for the order of their days to be the order of
#: their moments whatever their zones (a day is the value's own, and zones span 26 hours).
_SURELY_EARLIER = 3


def _day(published: dt.date | None) -> int:
    return _UNDATED if published is None else published.toordinal()


#: Recent band keys wait in a dict until this many articles have come, then join the sorted arrays.
_BAND_BUFFER = 2048


class _BandIndex:
    """MinHash LSH over several signatures at once: the band keys of every article in one
    sorted array, looked up by binary search.

    A band of ``r`` MinHash values is reduced to one 64-bit key (with the band's number),
    and two articles are candidates when one key of theirs is the same: the bands and rows
    of datasketch's ``MinHashLSH`` at the same threshold, so the same candidates (a rare
    64-bit key collision only adds a candidate, which the signatures and the texts then
    check). Each band costs 12 bytes (key and article number), where ``MinHashLSH`` keeps a
    bytes key and a set per band (about 17 KB per article for the two indexes); and a look-up
    reads the keys it asks for, whatever the number of articles. New keys are kept in a dict
    until :data:`_BAND_BUFFER` articles have come, then merged into the sorted arrays.
    """

    def __init__(self, specs: list[tuple[int, float]], num_perm: int):
        # specs: (offset of the signature in the values, LSH threshold) per signature
        self._slices: list[tuple[int, int, int]] = []  # (offset, bands, rows)
        for offset, threshold in specs:
            b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
            self._slices.append((offset, b, r))
        rng = np.random.default_rng(20240601)
        self._mult = rng.integers(1, 2**63, size=max(r for _, _, r in self._slices), dtype=np.uint64) | np.uint64(1)
        nbands = sum(b for _, b, _ in self._slices)
        self._band_salt = rng.integers(0, 2**63, size=nbands, dtype=np.uint64)
        self._keys = np.empty(0, dtype=np.uint64)
        self._nums = np.empty(0, dtype=np.int32)
        self._recent: dict[int, list[int]] = {}
        self._recent_count = 0

    def keys(self, values: np.ndarray) -> np.ndarray:
        """The band keys of one article's concatenated signatures (uint64, one per band)."""
        parts = []
        for offset, b, r in self._slices:
            rows = values[offset: offset + b * r].astype(np.uint64).reshape(b, r)
            parts.append((rows * self._mult[:r]).sum(axis=1, dtype=np.uint64))
        with np.errstate(over="ignore"):
            return np.concatenate(parts) ^ self._band_salt

    def insert(self, num: int, keys: np.ndarray) -> None:
        for k in keys.tolist():
            self._recent.setdefault(k, []).append(num)
        self._recent_count += 1
        if self._recent_count >= _BAND_BUFFER:
            self._merge()

    def insert_many(self, nums: list[int], keys: list[np.ndarray]) -> None:
        """Insert many articles at once (a restore): one sort, whatever their number."""
        if nums:
            per = len(keys[0])
            self._merge(np.concatenate(keys), np.repeat(np.asarray(nums, dtype=np.int32), per))

    def _merge(self, more_keys: np.ndarray | None = None, more_nums: np.ndarray | None = None) -> None:
        ks = np.fromiter((k for k, nums in self._recent.items() for _ in nums), dtype=np.uint64)
        ns = np.fromiter((n for nums in self._recent.values() for n in nums), dtype=np.int32)
        parts_k, parts_n = [self._keys, ks], [self._nums, ns]
        if more_keys is not None and more_nums is not None:
            parts_k.append(more_keys)
            parts_n.append(more_nums)
        keys = np.concatenate(parts_k)
        nums = np.concatenate(parts_n)
        order = np.argsort(keys, kind="stable")
        self._keys, self._nums = keys[order], nums[order]
        self._recent.clear()
        self._recent_count = 0

    def query(self, keys: np.ndarray) -> np.ndarray:
        """The numbers of the articles that share a band key with ``keys`` (sorted, unique)."""
        parts = []
        if self._keys.size:
            # one binary search per key; the end of a key's run is searched only for the keys
            # found (a few of the bands: at 50k articles the sorted array holds about three
            # million keys, and each search of it reads memory the cache no longer holds)
            lo = np.searchsorted(self._keys, keys, side="left")
            found = self._keys[np.minimum(lo, self._keys.size - 1)] == keys
            if found.any():
                lo = lo[found]
                hi = np.searchsorted(self._keys, keys[found], side="right")
                parts = [self._nums[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]
        for k in keys.tolist():
            nums = self._recent.get(k)
            if nums:
                parts.append(np.asarray(nums, dtype=np.int32))
        if not parts:
            return np.empty(0, dtype=np.int32)
        return _distinct(np.concatenate(parts))


@dataclass(slots=True)
class _Entry:
    shingles: np.ndarray
    words: np.ndarray
    n_words: int
    n_shingles: int
    # the shingle bitmap (:func:`_shingle_bits`); None for a signature of format 1
    bits: bytes | None = None


#: Most bytes of a text's shingle bitmap, and bits per distinct shingle below that.
BITMAP_MAX_BYTES = 512
_BITS_PER_SHINGLE = 4


def _shingle_hashes(encoded: list[bytes]) -> np.ndarray:
    """The 32-bit hash of each shingle (as UTF-8) that its MinHash is made of (datasketch's
    SHA-1 hash): stable across processes, so a stored bitmap can be read by a later run."""
    return np.fromiter(map(sha1_hash32, encoded), dtype=np.uint32, count=len(encoded))


def _shingle_bits(hashes: np.ndarray) -> bytes:
    """The bitmap of a text's shingles: bit ``h mod m`` set for each shingle's hash ``h``,
    ``m`` a power of two, about :data:`_BITS_PER_SHINGLE` bits per shingle (64 bits to
    :data:`BITMAP_MAX_BYTES` bytes). Every shingle of the text has its bit set, so the
    shingles of another text whose bits are set are at least those it shares with this one:
    a bound on the containment, stored with the signature (see :meth:`DuplicateIndex.add`)."""
    m = 64
    while m < _BITS_PER_SHINGLE * len(hashes) and m < 8 * BITMAP_MAX_BYTES:
        m *= 2
    flags = np.zeros(m, dtype=bool)
    flags[hashes & np.uint32(m - 1)] = True
    return np.packbits(flags, bitorder="little").tobytes()


def _bits_hit(bits: bytes, hashes: np.ndarray) -> int:
    """How many of these shingle hashes have their bit set in ``bits``: at least how many
    of those shingles the text of ``bits`` has."""
    table = np.frombuffer(bits, dtype=np.uint8)
    slots = (hashes & np.uint32(8 * len(bits) - 1)).astype(np.int64)
    return int(((table[slots >> 3] >> (slots & 7).astype(np.uint8)) & 1).sum())


class DuplicateIndex:
    """An incremental index of articles that finds each new article's duplicates.

    Add articles one at a time with :meth:`add`; each call returns the pairs between the
    new article and those added before. The result over a set of articles does not depend
    on the order they are added in, as long as no article has more than
    :data:`MAX_CANDIDATES` candidates (past that, only the most similar are read).

    Duplicate groups (the articles the pairs connect) grow with the store: a report
    republished by many outlets, or retold by many, is a group of as many articles, and a
    new copy of it has every member as a candidate. With ``every_pair=False`` (the ingest
    run's index) a new article is not compared with a candidate it is already linked to
    for sure: a member of a group one of its pairs of this add links it to, when the pair
    could make no article a copy that is not one already. That is so when the new article
    is already a copy in one of those pairs and the candidate was surely published before
    it (dated, and three days or more before it, or the new article undated); when the
    candidate is already a copy (of a pair found or given to :meth:`link`) and was surely
    published after the new article (undated, or three days or more after it, the new one
    dated); and when both are copies already, whatever their dates. Such a pair would only
    join two articles of one group and repeat a copy, so the groups and which articles are
    copies (and so :func:`storyline.align.figures.canonical_articles`) are those of every
    pair, whatever the order of arrival; only the pairs recorded inside a group depend on
    it. The groups come from the pairs the index found and those given to :meth:`link`
    (the stored ones, when an index is rebuilt); without them it reads more texts, never
    fewer. On the real-page benchmark's stores (``benchmarks/story_assign.py --real``) it
    reads 1.08 texts a new article at 50k instead of 1.59 (1.27 when only a new copy's
    surely earlier candidates were left out; 0.15 instead of 0.18 at 1k), with the same
    groups and copies. Each article's MinHash :meth:`signature` can be stored
    and given back to :meth:`restore` (or to :meth:`add`) so a rerun need not read the
    texts again; the texts of earlier articles are needed only to check candidates, and
    are fetched with ``lookup`` (e.g. ``store.get_article``) when one is given, else kept
    in memory.

    Args:
        threshold: LSH threshold on the 5-word shingle Jaccard (copy and syndication candidates).
        num_perm: MinHash permutations.
        shingle: words per shingle.
        seed: MinHash seed (signatures made with another seed cannot be restored).
        rewrite_threshold: LSH threshold, and minimum, of the distinct-word Jaccard for a rewrite.
        lookup: returns the stored article of an id; without it the index keeps every
            article it is given.
        params: all thresholds at once (``threshold`` and ``rewrite_threshold`` are then
            taken from it).
        every_pair: compare every candidate (up to the cap) and return every pair, as
            :func:`find_duplicates` does; False: leave out the candidates the new article is
            already linked to through its groups (see above).
    """

    def __init__(
        self,
        *,
        threshold: float = 0.5,
        num_perm: int = 128,
        shingle: int = 5,
        seed: int = 1,
        rewrite_threshold: float = REWRITE_WORD_SIMILARITY,
        lookup: Callable[[str], Article | None] | None = None,
        params: DedupParams | None = None,
        every_pair: bool = True,
    ):
        if params is not None:
            threshold, rewrite_threshold = params.threshold, params.rewrite_threshold
        else:
            params = DedupParams(threshold=threshold, rewrite_threshold=rewrite_threshold)
        self.params = params
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self.seed = seed
        self.rewrite_threshold = rewrite_threshold
        self.lookup = lookup
        self.every_pair = every_pair
        self._template = MinHash(num_perm=num_perm, seed=seed)
        # the same permutations, over hashes already computed (a shingle's hash also sets
        # its bit of the bitmap)
        self._hashed = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
        self._scheme = getattr(self._template, "scheme", "legacy")
        # the shingle signature at ``threshold``, the word signature at ``rewrite_threshold``
        self._bands = _BandIndex([(0, threshold), (num_perm, rewrite_threshold)], num_perm)
        # article numbers of the band index; a discarded number is never a candidate again
        self._num: dict[str, int] = {}
        self._ids: list[str] = []
        self._gone: set[int] = set()
        # per article number: its publication day (a proleptic ordinal; _UNDATED for none)
        self._days = array("i")
        # per article number: how many distinct shingles its text has (the containment bound)
        self._n_shingles = array("i")
        # per article number: its parent in the duplicate groups the index knows of (a
        # union-find over the pairs it found or was given, :meth:`link`); a root is its own
        self._parent = array("i")
        # per article number: 1 when it is the copy (``b``) of a pair the index found or was
        # given (:meth:`link`), so a later pair that could only make it a copy adds nothing
        self._copies = bytearray()
        # article numbers restored without their date (counted undated, but maybe dated)
        self._dateless: set[int] = set()
        self._entries: dict[str, _Entry] = {}
        self._articles: dict[str, Article] = {}
        # Recently analysed texts: the articles a new one duplicates tend to be recent ones.
        self._recent: OrderedDict[str, _Analysis] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    # -- signatures ----------------------------------------------------------------

    def _minhash(self, items: Iterable[str]) -> MinHash:
        m = self._template.copy()
        m.update_batch([s.encode("utf-8") for s in items])
        return m

    def _entry(self, analysis: _Analysis) -> _Entry:
        """The signatures and shingle bitmap of a text."""
        return self._entry_and_hashes(analysis)[0]

    def _entry_and_hashes(self, analysis: _Analysis) -> tuple[_Entry, np.ndarray]:
        """The signatures and bitmap of a text, and its shingles' hashes."""
        hashes = _shingle_hashes([s.encode("utf-8") for s in analysis.shingles])
        shingles = self._hashed.copy()
        shingles.update_batch(hashes.tolist())
        entry = _Entry(
            np.asarray(shingles.hashvalues),
            np.asarray(self._minhash(analysis.words).hashvalues),
            len(analysis.tokens),
            len(analysis.shingles),
            _shingle_bits(hashes),
        )
        return entry, hashes

    def _cannot_contain(self, hashes: np.ndarray, x: _Entry, y: _Entry) -> bool:
        """Whether the stored bitmap of ``y`` shows that the containment of the two texts
        is under the syndication cut: the shingles of ``x`` whose bit ``y`` sets are at
        least those the two share, so this is a bound, never an estimate."""
        if y.bits is None:
            return False  # a signature stored without a bitmap: the texts decide
        smaller = min(x.n_shingles, y.n_shingles)
        if not smaller:
            return True
        shared_at_most = min(_bits_hit(y.bits, hashes), smaller)
        return shared_at_most / smaller < self.params.syndicated_containment

    def _estimates(self, entry: _Entry, nums: np.ndarray) -> list[tuple[float, str, float, float]]:
        """The candidates (article numbers) whose texts may have to be read, as
        ``(-best estimate, id, shingle similarity, word similarity)``, in no order: a
        candidate is left out when its word signature is under the rewrite threshold and
        its shingle signature rules out a copy (:meth:`_may_contain_all`).

        The estimates and that test are made for every candidate at once (numpy): a store
        dense in one kind of page gives a new article a hundred candidates or more, of which
        a few pass; only those become Python tuples.
        """
        ids, entries = self._ids, self._entries
        n = self.num_perm
        # both signatures of every candidate in one array (one concatenation: numpy's stack
        # costs a Python step per array), compared with the new article's at once
        known = map(entries.__getitem__, map(ids.__getitem__, nums.tolist()))
        both = np.concatenate([part for k in known for part in (k.shingles, k.words)])
        same = (both.reshape(nums.size, 2, n) == np.concatenate([entry.shingles, entry.words]).reshape(2, n)).sum(axis=2)
        sims, word_sims = same[:, 0] / n, same[:, 1] / n
        their = np.frombuffer(self._n_shingles, dtype=np.int32)[nums].astype(np.int64)
        keep = (word_sims >= self.rewrite_threshold) | self._may_contain_all(sims, entry.n_shingles, their)
        return [(-max(similarity, word_similarity), ids[num], similarity, word_similarity)
                for num, similarity, word_similarity in zip(nums[keep].tolist(), sims[keep].tolist(),
                                                            word_sims[keep].tolist(), strict=True)]

    def _may_contain_all(self, similarity: np.ndarray, mine: int, theirs: np.ndarray) -> np.ndarray:
        """Whether the containment of one text (``mine`` distinct shingles) and each of many
        (their shingle similarities and counts) can reach the syndication cut.

        Containment follows from the Jaccard and the set sizes; the estimate is raised by
        three standard errors of a MinHash estimate, so a pair is dropped here only when
        even a generous reading of the signatures cannot make it a copy.
        """
        smaller = np.minimum(mine, theirs)
        high = np.minimum(1.0, similarity + 1.5 / self.num_perm**0.5)
        with np.errstate(divide="ignore", invalid="ignore"):
            reach = high * (mine + theirs) / ((1 + high) * smaller)
        return (smaller > 0) & (reach >= self.params.syndicated_containment)

    @staticmethod
    def _pack(entry: _Entry, scheme: str, shingle: int, num_perm: int, seed: int) -> bytes:
        size = entry.shingles.dtype.itemsize
        fmt = 1 if entry.bits is None else _FORMAT
        header = _HEADER.pack(_MAGIC, fmt, _SCHEMES.get(scheme, 255), size, shingle,
                              num_perm, seed, entry.n_words, entry.n_shingles)
        dtype = np.dtype(f"<u{size}")
        return (header + entry.shingles.astype(dtype).tobytes() + entry.words.astype(dtype).tobytes()
                + (entry.bits or b""))

    def _unpack(self, signature: bytes) -> _Entry:
        try:
            magic, fmt, scheme, size, shingle, num_perm, seed, n_words, n_shingles = _HEADER.unpack_from(
                signature)
        except struct.error as exc:
            raise ValueError("not a storyline duplicate signature (too short)") from exc
        if magic != _MAGIC or fmt not in _FORMATS:
            raise ValueError("not a storyline duplicate signature (unknown format); compute it again")
        made = (scheme, shingle, num_perm, seed)
        want = (_SCHEMES.get(self._scheme, 255), self.shingle, self.num_perm, self.seed)
        if made != want:
            raise ValueError(
                f"signature made with shingle={shingle}, num_perm={num_perm}, seed={seed} "
                f"(scheme {scheme}) does not fit this index (shingle={self.shingle}, "
                f"num_perm={self.num_perm}, seed={self.seed}); compute it again with signature()")
        if size not in (1, 2, 4, 8):
            raise ValueError(f"not a storyline duplicate signature (values of {size} bytes)")
        end = _HEADER.size + 2 * num_perm * size
        bits = signature[end:] if fmt >= 2 else None
        if bits is not None and (len(bits) < 8 or len(bits) & (len(bits) - 1)):
            raise ValueError(f"signature has a shingle bitmap of {len(bits)} bytes, expected a power of two")
        body = np.frombuffer(signature[:end] if fmt >= 2 else signature, dtype=f"<u{size}", offset=_HEADER.size)
        if body.size != 2 * num_perm:
            raise ValueError(f"signature has {body.size} values, expected {2 * num_perm}")
        native = np.dtype(f"u{size}")
        return _Entry(body[:num_perm].astype(native), body[num_perm:].astype(native), n_words, n_shingles, bits)

    def signature(self, text: str) -> bytes:
        """The MinHash signature of a text and its shingle bitmap, as bytes to store (1 to
        1.6 KB).

        It records the index parameters it was made with; :meth:`restore` refuses a
        signature made with others.
        """
        entry = self._entry(_analyse(text, self.shingle))
        return self._pack(entry, self._scheme, self.shingle, self.num_perm, self.seed)

    def signature_of(self, article_id: str) -> bytes:
        """The signature of an article already in the index (to store after :meth:`add`).

        Raises:
            KeyError: the article is not in the index.
        """
        return self._pack(self._entries[article_id], self._scheme, self.shingle, self.num_perm, self.seed)

    # -- adding --------------------------------------------------------------------

    def _band_keys(self, entry: _Entry) -> np.ndarray:
        return self._bands.keys(np.concatenate([entry.shingles, entry.words]))

    def _insert(self, article_id: str, entry: _Entry, keys: np.ndarray | None = None, *,
                day: int = _UNDATED) -> None:
        self._entries[article_id] = entry
        if entry.n_words >= MIN_WORDS:
            num = len(self._ids)
            self._ids.append(article_id)
            self._num[article_id] = num
            self._days.append(day)
            self._n_shingles.append(entry.n_shingles)
            self._parent.append(num)
            self._copies.append(0)
            self._bands.insert(num, self._band_keys(entry) if keys is None else keys)

    def _in_window(self, nums: np.ndarray, day: int) -> np.ndarray:
        """The article numbers that may be checked against an article of ``day``: not
        discarded, and undated or within :attr:`DedupParams.window_days` of it (every one
        for an undated article)."""
        if self._gone:
            nums = nums[~np.isin(nums, np.fromiter(self._gone, dtype=np.int32))]
        window = self.params.window_days
        if window <= 0 or day == _UNDATED or not nums.size:
            return nums
        days = np.frombuffer(self._days, dtype=np.int32)[nums].astype(np.int64)
        return nums[(days == _UNDATED) | (np.abs(days - day) <= window)]

    def discard(self, article_id: str) -> None:
        """Take an article out of the index (its check failed half-way); no-op when absent."""
        self._entries.pop(article_id, None)
        num = self._num.pop(article_id, None)
        if num is not None:
            self._gone.add(num)
            # its links may not have been stored: the groups are forgotten (known again
            # only from the links found from now on, which costs reads, never a link)
            self._parent = array("i", range(len(self._parent)))
            self._copies = bytearray(len(self._copies))
        self._articles.pop(article_id, None)
        self._recent.pop(article_id, None)

    def _root(self, num: int) -> int:
        return root(self._parent, num)

    def _join(self, x: int, y: int) -> None:
        x, y = self._root(x), self._root(y)
        if x != y:
            self._parent[max(x, y)] = min(x, y)

    def link(self, pairs: Iterable[tuple[str, str]]) -> int:
        """Record duplicate links found before (``(a, b)`` ids of stored pairs), so that
        :meth:`add` knows the groups they make (see :meth:`add`: a candidate already in a
        group the new article is linked to need not be read). Links of ids not in the index
        are left out. Without them the index finds the same groups, reading more texts.

        Returns:
            how many links were recorded.
        """
        count = 0
        num = self._num
        for a, b in pairs:
            x, y = num.get(a), num.get(b)
            if x is not None and y is not None:
                self._join(x, y)
                self._copies[y] = 1
                count += 1
        return count

    def _copies_known_original(self, num: int, day: int) -> bool:
        """Whether an article of ``day`` is, for sure, the later of a pair with article
        ``num``, from the dates alone: ``num`` is dated and the article is undated (the
        dated one is the original), or ``num`` is dated :data:`_SURELY_EARLIER` days or more
        before it (a day is read in the value's own zone, so a day apart can be the other
        order in UTC, which decides when both have a time)."""
        other = self._days[num]
        return other != _UNDATED and (day == _UNDATED or other <= day - _SURELY_EARLIER)

    def _adds_no_copy(self, num: int, day: int, is_copy: bool) -> bool:
        """Whether a pair of an article of ``day`` (``is_copy``: already the copy in a pair
        of this add) with article ``num`` could make no article a copy that is not one
        already: whichever of the two it could make the copy is a copy already (the new
        article is the later for sure, or ``num`` is: :meth:`_copies_known_original` either
        way round, or either could be and both are copies)."""
        if self._copies[num]:
            other = self._days[num]
            return is_copy or (day != _UNDATED and (other >= day + _SURELY_EARLIER or (
                other == _UNDATED and num not in self._dateless)))
        return is_copy and self._copies_known_original(num, day)

    def restore(self, entries: Iterable[tuple[str, bytes] | tuple[str, bytes, object]]) -> int:
        """Put back articles from stored ``(article id, signature)`` rows, without comparing them.

        Use it to rebuild the index of a store whose duplicates are already recorded; new
        articles given to :meth:`add` afterwards are compared with these. A row may carry
        a third value, the article's stored publication date (an ISO string): without it
        the article counts as undated, so it is checked against every new article whatever
        :attr:`DedupParams.window_days`.

        Returns:
            how many articles were put back (ids already in the index are skipped).

        Raises:
            ValueError: the index has no ``lookup`` (it could not check candidates against
                restored articles), or a signature was made with other parameters.
        """
        if self.lookup is None:
            raise ValueError("restore() needs DuplicateIndex(lookup=...) to fetch the stored articles")
        count = 0
        nums: list[int] = []
        keys: list[np.ndarray] = []
        for row in entries:
            article_id, signature = row[0], row[1]
            if article_id in self._entries:
                continue
            entry = self._unpack(signature)
            self._entries[article_id] = entry
            if entry.n_words >= MIN_WORDS:
                num = len(self._ids)
                self._ids.append(article_id)
                self._num[article_id] = num
                self._days.append(_day(published_day(row[2]) if len(row) > 2 else None))
                if len(row) <= 2:
                    self._dateless.add(num)
                self._n_shingles.append(entry.n_shingles)
                self._parent.append(num)
                self._copies.append(0)
                nums.append(num)
                keys.append(self._band_keys(entry))
            count += 1
        self._bands.insert_many(nums, keys)
        return count

    def _analysis(self, article: Article) -> _Analysis:
        analysis = self._recent.get(article.id)
        if analysis is None:
            analysis = self._recent[article.id] = _analyse(article.text, self.shingle)
            if len(self._recent) > _RECENT:
                self._recent.popitem(last=False)
        else:
            self._recent.move_to_end(article.id)
        return analysis

    def _article(self, article_id: str) -> Article | None:
        if self.lookup is not None:
            return self.lookup(article_id)
        return self._articles.get(article_id)

    def add(self, article: Article, *, signature: bytes | None = None) -> list[DuplicatePair]:
        """Add an article; return its pairs with the articles added before, by id of the other.

        Args:
            article: the article; one whose id is already in the index is ignored.
            signature: its stored :meth:`signature`, to skip computing it.

        Raises:
            ValueError: ``signature`` was made with other parameters.
        """
        if article.id in self._entries:
            return []
        analysis = None
        hashes = None
        if signature is not None:
            entry = self._unpack(signature)
        else:
            analysis = self._analysis(article)
            entry, hashes = self._entry_and_hashes(analysis)
        nums = None
        keys = None
        day = _day(article.published_on)
        if entry.n_words >= MIN_WORDS:
            keys = self._band_keys(entry)
            nums = self._in_window(self._bands.query(keys), day)
        self._insert(article.id, entry, keys, day=day)
        if self.lookup is None:
            self._articles[article.id] = article
        estimates = self._estimates(entry, nums) if nums is not None and nums.size else []
        # Pages built from one template all look alike to the signatures; reading every such
        # candidate's text would make a crawl of them quadratic. Only the most similar ones
        # are read (below this many candidates, nothing is left out).
        estimates.sort()
        cap = self.params.max_candidates
        if len(estimates) > cap:
            log.debug("%s has %d duplicate candidates; checking the %d most similar",
                      article.id, len(estimates), cap)
        pairs = []
        # the groups (roots) this article is linked to so far, and whether it is a copy in
        # one of its pairs: a candidate in such a group, surely earlier than it, would only
        # add one more link inside a group it is already in, as a copy (see the class doc)
        linked: set[int] = set()
        is_copy = False
        for _, other_id, similarity, word_similarity in estimates[:cap]:
            other_num = self._num[other_id]
            if (not self.every_pair and linked and self._root(other_num) in linked
                    and self._adds_no_copy(other_num, day, is_copy)):
                continue
            if word_similarity < self.rewrite_threshold:
                # only a copy or a syndicated copy is possible: a containment the other's
                # stored bitmap bounds under the cut rules it out without reading its text
                if hashes is None:
                    if analysis is None:
                        analysis = self._analysis(article)
                    hashes = _shingle_hashes([s.encode("utf-8") for s in analysis.shingles])
                if self._cannot_contain(hashes, entry, self._entries[other_id]):
                    continue
            other = self._article(other_id)
            if other is None:
                log.warning("duplicate candidate %s is not in the store any more; skipped", other_id)
                continue
            if analysis is None:
                analysis = self._analysis(article)
            pair = _pair(article, other, analysis, self._analysis(other),
                         shingle=self.shingle, rewrite_threshold=self.rewrite_threshold,
                         similarity=similarity, word_similarity=word_similarity, params=self.params)
            if pair is not None:
                pairs.append(pair)
                linked.add(self._root(other_num))
                is_copy = is_copy or pair.b == article.id
        if pairs:
            num = self._num[article.id]
            for root in linked:
                self._join(num, root)
            for pair in pairs:
                self._copies[num if pair.b == article.id else self._num[pair.b]] = 1
        return pairs


def find_duplicates(articles: Iterable[Article], **kw) -> list[DuplicatePair]:
    """Every duplicate pair among the articles, sorted by ``(a, b)``.

    The result does not depend on the order of the input. Articles with the same id are
    one article (the first by source, then member, is kept).

    Args:
        articles: the articles.
        **kw: :class:`DuplicateIndex` options (``threshold``, ``num_perm``, ``shingle``...).
    """
    unique: dict[str, Article] = {}
    for article in articles:
        kept = unique.get(article.id)
        prov = article.provenance
        if kept is None or (prov.source, prov.member) < (kept.provenance.source, kept.provenance.member):
            unique[article.id] = article
    index = DuplicateIndex(**kw)
    pairs: list[DuplicatePair] = []
    for article in sorted(unique.values(), key=_order_key):
        pairs.extend(index.add(article))
    return sorted(pairs, key=lambda p: (p.a, p.b))
