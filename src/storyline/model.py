"""The core nouns of storyline, shared by every stage of the pipeline.

Every stage passes these frozen, slotted dataclasses on: ingest produces
:class:`RawDocument`, clean turns it into an :class:`Article`, extract adds
:class:`Figure` claims. Wherever a value was read from the article text the
dataclass keeps the character offsets (``start``/``end``) into
:attr:`Article.text`, so the evidence for every number can be shown; wherever a
metadata value was read from somewhere else it keeps where (:class:`Field`).
A stage that refuses an input produces :class:`Rejected` with a reason instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from storyline.dates import (  # TimeRef is a date concept; re-exported here
    TimeRef,
    publication,
)

__all__ = [
    "Article",
    "Attribution",
    "Field",
    "Figure",
    "Finding",
    "FindingKind",
    "Modality",
    "Provenance",
    "Quantity",
    "RawDocument",
    "Rejected",
    "RemovedLine",
    "Source",
    "SourceKind",
    "Story",
    "Thread",
    "TimeRef",
    "TrackedFigure",
    "article_id_for",
    "normalise_text",
    "public_source",
]

#: How sure a figure is, as stated by its sentence.
Modality = Literal["asserted", "reported", "hypothetical", "forecast", "negated"]
#: What kind of source a figure is attributed to.
SourceKind = Literal["person", "organisation", "media", "government", "anonymous", "outlet"]

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Return the text as it is compared for identity: NFC, whitespace folded, trimmed."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id_for(text: str) -> str:
    """Return an article's id: the first 16 hex digits of the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


_URL = re.compile(r"^https?://", re.I)


def public_source(source: str) -> str:
    """An input's name fit to forward: a URL without credentials, a file name without its folders.

    ``/home/ana/sources/kyiv/report.html`` -> ``report.html``; ``-`` stays ``-``;
    ``https://user:pw@example.org/a`` -> ``https://example.org/a``; ``file:///x/a.html`` -> ``a.html``.
    """
    if _URL.match(source):
        scheme, rest = source.split("://", 1)
        host, sep, path = rest.partition("/")
        return f"{scheme}://{host.rpartition('@')[2]}{sep}{path}"
    name = re.split(r"[\\/]", source.removeprefix("file://").rstrip("/\\"))[-1]
    return name or source


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an input came from.

    Attributes:
        source: the path (as given, made absolute) or URL of the input; ``-`` for stdin.
        format: the reader that read it (``text``, ``html``, ``jsonl``, ``rss``, ``warc``, ``url``).
        sha256: hex SHA-256 of the input's bytes (for a JSONL line or feed entry: of that item).
        member: which item within a container input (``line 3``, ``entry 2``, ``record 17``), or ``""``.
    """

    source: str
    format: str
    sha256: str
    member: str = ""

    @property
    def label(self) -> str:
        """A short human label: the source, with the member when there is one."""
        return f"{self.source} ({self.member})" if self.member else self.source

    @property
    def public_name(self) -> str:
        """The source as it may be shown to others: a URL, or a local file's name only."""
        return public_source(self.source)

    @property
    def public_label(self) -> str:
        """:attr:`label` without the local folders: what dossiers, exports and the web API show.

        A reporter's folder names can name their sources; the full path stays in the store
        (``storyline show``) and is never forwarded or served.
        """
        name = self.public_name
        return f"{name} ({self.member})" if self.member else name


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input item before cleaning: bytes or text, and what the container said about it.

    Attributes:
        provenance: where it came from.
        data: the raw bytes (HTML or text).
        kind: ``html`` or ``text``: how the bytes should be cleaned.
        hints: metadata stated by the container, e.g. a JSONL line's ``title``, ``url``,
            ``published``, ``outlet``; keys are those of :class:`Article` metadata.
    """

    provenance: Provenance
    data: bytes
    kind: Literal["html", "text"]
    hints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value with where it came from.

    Attributes:
        value: the value (ISO 8601 for dates), or None when not found.
        origin: how it was found: ``meta`` (an HTML meta tag or structured data), ``url``,
            ``json`` (a field of the input), ``feed``, ``text`` (a line of the text),
            ``htmldate``, ``inferred``, ``detector`` or ``""`` when not found.
        detail: a short note on the exact place (the tag, the line), may be empty.
    """

    value: str | None = None
    origin: str = ""
    detail: str = ""

    def __bool__(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner took out of the article text, with the rule that removed it."""

    line_no: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: its text, metadata with provenance, and what was removed.

    Attributes:
        id: :func:`article_id_for` of ``text``.
        text: the cleaned article text; every offset elsewhere points into it.
        provenance: where the article was read from.
        title, outlet, author, published, updated, language, url: metadata, each a
            :class:`Field` recording where the value came from.
        removed: the lines the cleaner removed, in order.
        extras: free-form notes for experiments; nothing downstream may depend on it.
        published_on: ``published`` read once as a date (:func:`storyline.dates.publication`),
            None when it has none or an implausible one; what every consumer reads.
        published_at: its moment in UTC when ``published`` has a time of day, else None.
    """

    id: str
    text: str
    provenance: Provenance
    title: Field = Field()
    outlet: Field = Field()
    author: Field = Field()
    published: Field = Field()
    updated: Field = Field()
    language: Field = Field()
    url: Field = Field()
    removed: tuple[RemovedLine, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict, compare=False)
    published_on: dt.date | None = field(init=False, default=None, repr=False, compare=False)
    published_at: dt.datetime | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:

        on, at = publication(self.published.value)
        object.__setattr__(self, "published_on", on)
        object.__setattr__(self, "published_at", at)

    METADATA = ("title", "outlet", "author", "published", "updated", "language", "url")

    def text_of(self, fig: Figure) -> str:
        """The text ``fig``'s offsets point into: the title for a figure read in the title
        (:attr:`Figure.in_title`), else the article's text."""
        return (self.title.value or "") if fig.in_title else self.text


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from the text, normalised to an interval.

    ``low``/``high`` are None when unbounded on that side ("over 3,000" has ``high=None``).
    ``approx`` is set by hedges ("about", "some", "several hundred"). ``unit`` is the
    counted unit when it is not a plain count: ``%``, a currency code, ``km``, ``km2``...
    ``start``/``end`` are offsets of ``text`` in :attr:`Article.text`.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    approx: bool = False
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One link of an attribution chain: who, what kind, and the cue that names them.

    ``start``/``end`` are the offsets of the source's mention in the text, ``cue_start``/
    ``cue_end`` those of the cue word(s) ("said", "according to", "citing").
    """

    name: str
    kind: SourceKind
    cue: str
    start: int | None = None
    end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """The chain of sources of a claim, from the speaker outward.

    For "the WSJ reported, citing Western officials" the chain is
    ``(Western officials, the WSJ)``: the speaker first, then who passed it on.
    An empty chain means the outlet's own voice.
    """

    sources: tuple[Source, ...] = ()

    @property
    def first(self) -> Source | None:
        """The speaker: the innermost source, or None for the outlet's own voice."""
        return self.sources[0] if self.sources else None


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported figure: a quantity, what it counts, who said it, when, and how sure.

    Attributes:
        article_id: the article it was read from.
        quantity: the number and its interval.
        measure: what is counted, as a phrase from the sentence ("North Korean troops in Russia").
        measure_head: the normalised head alignment uses (``personnel``, ``killed``,
            ``casualties``...).
        attribution: who it is attributed to.
        said_on: when it was stated, if the text says.
        refers_to: the date the figure is about, if the text says.
        modality: asserted, reported, hypothetical, forecast or negated.
        sentence_start, sentence_end: offsets of the sentence holding it.
        in_title: read in the article's title, not its text: every offset of the figure
            (its quantity, sources, dates, sentence) then points into ``Article.title.value``
            (:meth:`Article.text_of`).
    """

    article_id: str
    quantity: Quantity
    measure: str
    measure_head: str
    attribution: Attribution
    modality: Modality
    sentence_start: int
    sentence_end: int
    said_on: TimeRef | None = None
    refers_to: TimeRef | None = None
    in_title: bool = False


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input a stage refused, and why. It is counted and written to the rejects log.

    Attributes:
        source: the input's label (path, URL, with the member within it).
        stage: the name of the stage that refused it.
        reason: a short machine-readable reason (``empty``, ``binary``, ``no_text``...).
        detail: a sentence for a person: what was wrong and what to do.
        failed: True when a stage failed on the item (an exception: a bug to report),
            False when the input itself was refused (empty, binary, no text...).
        article_id: the stored article the failure concerns, when it was already stored
            (its other work is kept; the failed work is retried by a later run).
    """

    source: str
    stage: str
    reason: str
    detail: str = ""
    failed: bool = False
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one developing event (see :mod:`storyline.cluster.stories`).

    Attributes:
        id: the id of its earliest member (by publication date, then id).
        label: its top entities and terms, comma-separated.
        article_ids: the members, earliest first (undated ones last).
        first_published, last_published: ISO dates of the earliest and latest dated member.
        outlets: the distinct outlets of the members (those known).
        entities, terms: the top entities and terms the label is made of.
    """

    id: str
    label: str
    article_ids: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
    outlets: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()

    @property
    def period(self) -> tuple[str | None, str | None]:
        """The first and last publication dates."""
        return (self.first_published, self.last_published)


@dataclass(frozen=True, slots=True)
class Thread:
    """One sub-event of a story: the members that tell the same episode (see
    :mod:`storyline.cluster.threads`).

    Attributes:
        story_id: its story.
        seq: its number in the story, from 1, earliest first.
        article_ids: its members, earliest first (undated ones last).
        first_published, last_published: ISO dates of its earliest and latest dated member.
        terms: the words that set it apart in its story, strongest first.
    """

    story_id: str
    seq: int
    article_ids: tuple[str, ...]
    first_published: str | None = None
    last_published: str | None = None
    terms: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Its terms, comma-separated."""
        return ", ".join(self.terms)


@dataclass(frozen=True, slots=True)
class TrackedFigure:
    """Figures of one story that measure the same thing (see :mod:`storyline.align.figures`).

    Attributes:
        id: ``<story id>:<slug>``, stable for the same figures.
        story_id: the story.
        label: what is measured, for a reader ("North Korean personnel").
        measure_head: the normalised head shared by its figures.
        unit: the unit shared by its figures (None for plain counts).
        party: whose people or things are counted ("north korea"), when the text says.
        figures: the counted figures, in time order (undated last).
        excluded: figures kept beside the group and not counted, each with the reason
            (``hypothetical``, ``forecast``, ``negated``).
        low, high: the range reported (None when unbounded on that side).
        latest: the most recent counted figure.
        conservative: the lowest credible figure (the lowest lower bound among figures
            stated as asserted or reported), as conflict monitors count casualties.
        disputed: True when the counted figures do not all agree.
    """

    id: str
    story_id: str
    label: str
    measure_head: str
    unit: str | None
    party: str | None
    figures: tuple[Figure, ...]
    excluded: tuple[tuple[Figure, str], ...] = ()
    low: float | None = None
    high: float | None = None
    latest: Figure | None = None
    conservative: Figure | None = None
    disputed: bool = False


#: What a finding says about the figures it cites.
FindingKind = Literal["agree", "conflict", "update", "scope", "outlier", "hypothetical", "single"]


@dataclass(frozen=True, slots=True)
class Finding:
    """A conclusion about a tracked figure, with its evidence (see :mod:`storyline.align.findings`).

    Attributes:
        kind: agree, conflict, update, scope, outlier, hypothetical or single (one article).
        tracked_id: the tracked figure it is about.
        sentence: the finding in plain English, for the dossier.
        figures: the evidence, in the order the sentence cites them, each followed by the same
            figure in the articles that copy its article (evidence too, never another origin).
        sources: the source of each figure (the speaker, else the outlet), same order.
        dates: the date of each figure (ISO, or None), same order.
        factor: for a conflict or an outlier, how many times the highest lower bound
            exceeds the lowest upper bound; None otherwise.
        other_tracked_id: for a scope finding, the tracked figure it is set beside.
        confidence: how sure the finding is (0..1); the dossier folds the least sure ones.
        reasons: why it was stated, in short phrases ("3 independent origins", "same day").
    """

    kind: FindingKind
    tracked_id: str
    sentence: str
    figures: tuple[Figure, ...]
    sources: tuple[str, ...]
    dates: tuple[str | None, ...]
    factor: float | None = None
    other_tracked_id: str | None = None
    confidence: float = 0.0
    reasons: tuple[str, ...] = ()
