"""The cleaner: raw documents become articles with clean text and sourced metadata.

HTML goes through :mod:`storyline.clean.html` (trafilatura, meta tags, htmldate); plain
text through :mod:`storyline.clean.plaintext` (line rules plus lines repeated across one
outlet's files). Metadata is merged by precedence: what the container stated (a JSONL
field, a feed entry) > what the page states (meta tags) > what was guessed (htmldate,
text lines) > what was inferred; but the hints a container names in its
:data:`~storyline.ingest.base.FILL_ONLY_HINT` (a feed's titles on a page fetched from its
link) only fill what the page does not state. :class:`ArticleCleaner` is the pipeline stage.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.clean.decode import DecodeFailure, decode_text, replace_surrogates
from storyline.clean.html import extract_html
from storyline.clean.metadata import clean_author, detect_language, domain_of
from storyline.clean.plaintext import clean_plaintext, outlet_key, repeated_lines
from storyline.config import StorylineConfig
from storyline.crashpoints import crash_point
from storyline.dates import iso_date, latest_full_date
from storyline.ingest.base import FILL_ONLY_HINT
from storyline.ingest.jsonl import REPLACED_HINT
from storyline.model import (
    Article,
    Field,
    RawDocument,
    Rejected,
    RemovedLine,
    article_id_for,
)
from storyline.pipeline import Item, Mapper, failure

__all__ = ["KNOWN_HINT", "ArticleCleaner", "clean_document", "is_plaintext"]

log = logging.getLogger(__name__)

STAGE = "clean"

_HINT_ORIGIN = {"jsonl": "json", "json": "json", "rss": "feed", "url": "url", "warc": "warc"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n+")


#: The hint of a plain-text scrape already stored: read for its outlet's repeated lines only.
KNOWN_HINT = "known_input"


def is_plaintext(raw: RawDocument) -> bool:
    """A plain-text scrape, cleaned with the other files of its outlet."""
    return raw.kind == "text" and raw.provenance.format == "text"


def _reject(raw: RawDocument, reason: str, detail: str) -> Rejected:
    return Rejected(source=raw.provenance.label, stage=STAGE, reason=reason, detail=detail)


def _hint_fields(raw: RawDocument) -> tuple[dict[str, Field], dict[str, Field]]:
    """The container's metadata fields, and a note for each given date that is no date
    (``0000-00-00``, ``32/13/2020``, year 99999): ignored, and saying so."""
    origin = _HINT_ORIGIN.get(raw.provenance.format, raw.provenance.format)
    out: dict[str, Field] = {}
    ignored: dict[str, Field] = {}
    for key, value in raw.hints.items():
        if key == FILL_ONLY_HINT:
            continue
        where = f"{raw.provenance.format} field {key!r}"
        if key in ("published", "updated"):
            given, value = value, iso_date(value)
            if not value and given and given.strip():
                ignored[key] = Field(None, origin, f"{where}: {given.strip()[:40]!r} is not a plausible date; "
                                                   "ignored")
        if value:
            out[key] = Field(value, origin, where)
    return out, ignored


#: Where a page's title is only read, not stated (a ``<title>`` often adds the site's name,
#: an ``<h1>`` may be its logo): a container's title is kept over it, even one given to fill gaps.
_READ_TITLES = frozenset({"<title>", "<h1>"})


def _merge_hints(found: dict[str, Field], hints: dict[str, Field], fill_only: str) -> dict[str, Field]:
    """The hints to lay over the fields ``found`` in the page: all of them, except that a
    hint named in ``fill_only`` yields to a value the page states (``meta``; for a title,
    not one read from its ``<title>`` or ``<h1>``), which then notes the hint's value it kept
    out, unless the two are the same."""
    merged = dict(hints)
    for key in filter(None, (k.strip() for k in fill_only.split(","))):
        page, hint = found.get(key), hints.get(key)
        if page is None or hint is None or page.origin != "meta" or (key == "title" and page.detail in _READ_TITLES):
            continue
        del merged[key]
        if page.value != hint.value:
            merged[key] = Field(page.value, page.origin, "; ".join(filter(None, (
                page.detail, f"the {key} given with the link, {str(hint.value)[:80]!r}, not used: the page states its own"))))
    return merged


def _note_ignored(fields: dict[str, Field], ignored: dict[str, Field]) -> None:
    """Keep the note of each ignored date: as the field when nothing else gave it, else
    added to the detail of the value found elsewhere."""
    for key, note in ignored.items():
        found = fields.get(key)
        if found:
            fields[key] = Field(found.value, found.origin, "; ".join(filter(None, (found.detail, note.detail))))
        else:
            fields[key] = note


def _paragraphs(text: str) -> str:
    """Normalise given text to paragraphs separated by one blank line, lines kept as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = [p.strip() for p in _PARAGRAPH_BREAK.split(text)]
    return "\n\n".join(p for p in parts if p)


def _path_outlet(raw: RawDocument) -> Field | None:
    """A text scrape kept in a folder named after its site (``bbc.co.uk/``) names its outlet."""
    if raw.provenance.format != "text" or raw.provenance.source == "-":
        return None
    parent = Path(raw.provenance.source).parent.name
    if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", parent, flags=re.I):
        return Field(parent.lower(), "path", "the folder holding the file")
    return None


def clean_document(
    raw: RawDocument,
    config: StorylineConfig,
    *,
    repeated: frozenset[str] = frozenset(),
    decoded: str | None = None,
) -> Article | Rejected:
    """Clean one raw document into an article, or reject it with a reason.

    Args:
        raw: the input item.
        config: the run's settings (``min_text_chars``, ``default_language``).
        repeated: for plain text, the lines that repeat across the files of its outlet.
        decoded: the text of ``raw.data`` when the caller has already decoded it.
    """
    fields: dict[str, Field] = {}
    removed: tuple[RemovedLine, ...] = ()
    hints, ignored_dates = _hint_fields(raw)
    replaced = int(raw.hints.get(REPLACED_HINT) or 0)
    if raw.kind == "html":
        extract = extract_html(raw.data, url=raw.hints.get("url"))
        if extract is None:
            return _reject(raw, "not_html", "could not be parsed as HTML")
        text = extract.text
        if not text:
            return _reject(raw, "no_text", "the page has no article text (a listing, form or empty page?)")
        fields = extract.fields
        for key, note in extract.ignored.items():
            ignored_dates.setdefault(key, note)  # a date the container gives is noted first
    else:
        if decoded is None:
            try:
                decoded, _encoding = decode_text(raw.data)
            except DecodeFailure as exc:
                return _reject(raw, exc.reason, exc.detail)
        if raw.provenance.format == "text" or raw.provenance.source == "-":
            cleaned = clean_plaintext(decoded, repeated=repeated)
            text = cleaned.text
            removed = cleaned.removed
            for key in ("title", "author", "outlet", "published"):
                value = getattr(cleaned, key)
                if value:
                    fields[key] = value
        else:
            text = _paragraphs(decoded)
    # Precedence: the container's own fields beat what the page or text says, but for
    # the fields it gives only to fill gaps.
    fields.update(_merge_hints(fields, hints, raw.hints.get(FILL_ONLY_HINT, "")))
    if "url" in fields and "outlet" not in fields:
        domain = domain_of(fields["url"].value)
        if domain:
            fields["outlet"] = Field(domain, "url", "domain of the URL")
    if "outlet" not in fields:
        by_path = _path_outlet(raw)
        if by_path:
            fields["outlet"] = by_path
    if "author" in fields:
        outlet = fields["outlet"].value if "outlet" in fields else None
        author = clean_author(fields["author"].value, outlet=outlet)
        if author:
            fields["author"] = Field(author, fields["author"].origin, fields["author"].detail)
        else:
            del fields["author"]
    if "published" not in fields:
        inferred = latest_full_date(text)
        if inferred:
            fields["published"] = Field(inferred, "inferred", "latest full date mentioned in the text")
    _note_ignored(fields, ignored_dates)
    if len(text) < config.min_text_chars:
        return _reject(raw, "no_text",
                       f"only {len(text)} characters of article text after cleaning "
                       f"(min_text_chars is {config.min_text_chars})")
    declared = fields.pop("language", None)
    fields["language"] = detect_language(
        text, declared=declared.value if declared else None, default=config.default_language
    )
    text, n = replace_surrogates(text)
    replaced += n
    notes = (RemovedLine(0, f"{replaced} invalid character(s) (lone UTF-16 surrogates) replaced "
                            "with U+FFFD", "replaced_invalid_characters"),) if replaced else ()
    known = {k: _valid(v) for k, v in fields.items() if k in Article.METADATA}
    return Article(id=article_id_for(text), text=text, provenance=raw.provenance,
                   removed=notes + removed, **known)


def _valid(f: Field) -> Field:
    """A metadata field with any lone surrogate replaced (a store cannot write them)."""
    if isinstance(f.value, str):
        value, n = replace_surrogates(f.value)
        if n:
            return Field(value, f.origin, f.detail)
    return f


def _clean_safely(raw: RawDocument, config: StorylineConfig, **kw) -> Article | Rejected:
    """:func:`clean_document`, with an unexpected error turned into a reject of that input."""
    crash_point("clean")
    try:
        return clean_document(raw, config, **kw)
    except Exception as exc:  # one bad input must not stop the batch: a failure, recorded
        return failure(STAGE, raw, exc, kept="Nothing of it was stored.")


def _clean_in_worker(args: tuple[RawDocument, StorylineConfig]) -> Article | Rejected:
    raw, config = args
    return _clean_safely(raw, config)


def _crashed(args: tuple[RawDocument, StorylineConfig], exc: BaseException) -> Rejected:
    return failure(STAGE, args[0], exc, reason="clean_crashed",
                   kept="The process cleaning it died; nothing of it was stored.")


def _item(out: Article | Rejected) -> Item | Rejected:
    return out if isinstance(out, Rejected) else Item(out)


class ArticleCleaner:
    """Pipeline stage: raw documents to items (:class:`~storyline.pipeline.Item`) of articles.

    HTML streams through, spread over the run's executor when it has one (``executor``, a
    :class:`~storyline.pipeline.Mapper`: a worker process that dies costs only its page);
    without one, in this process. Plain-text scrapes are held until the input ends, because
    a line is boilerplate when it repeats across the files of one outlet, which is only
    known once the outlet's files are read.
    """

    name = STAGE
    requires = frozenset({"raw"})
    provides = frozenset({"article.text", "article.meta"})

    def __init__(self, config: StorylineConfig, *, executor: Mapper | None = None):
        self.config = config
        self.executor = executor

    def __call__(self, items: Iterable[RawDocument | Rejected]) -> Iterator[Item | Rejected]:
        texts: list[RawDocument] = []

        def html_and_rest() -> Iterator[RawDocument]:
            for raw in items:
                if is_plaintext(raw):
                    texts.append(raw)
                else:
                    yield raw

        ex = self.executor
        if ex is not None and ex.batch > 1:
            # Upstream stages read the store, so their generators must run in this thread:
            # take batches here and hand only the batch to the executor (never the generator).
            stream = html_and_rest()
            try:
                while batch := list(itertools.islice(stream, ex.batch)):
                    for out in ex.map(_clean_in_worker, [(raw, self.config) for raw in batch], _crashed):
                        yield _item(out)
            finally:
                ex.idle()  # the pages are done: no idle workers while the later stages run
        else:
            for raw in html_and_rest():
                yield _item(_clean_in_worker((raw, self.config)))
        for out in self._clean_texts(texts):
            yield _item(out)

    def _clean_texts(self, texts: list[RawDocument]) -> Iterator[Article | Rejected]:
        decoded: list[tuple[RawDocument, str | None, str]] = []
        groups: dict[str, list[str]] = defaultdict(list)
        for raw in texts:
            try:
                text, _ = decode_text(raw.data)
            except DecodeFailure:
                decoded.append((raw, None, ""))
                continue
            try:
                key = outlet_key(text, fallback=str(Path(raw.provenance.source).parent))
            except Exception:  # noqa: BLE001 - cleaned alone; a failure there is recorded
                log.exception("finding the outlet of %s failed", raw.provenance.label)
                decoded.append((raw, text, ""))
                continue
            decoded.append((raw, text, key))
            groups[key].append(text)
        repeats = {}
        for key, group in groups.items():
            if len(group) > 1:
                try:
                    repeats[key] = repeated_lines(group)
                except Exception:  # noqa: BLE001 - the group is cleaned without repeated lines
                    log.exception("finding the repeated lines of %s failed", key)
        for raw, text, key in decoded:
            if raw.hints.get(KNOWN_HINT):
                continue  # stored before; it only told which lines its outlet repeats
            yield _clean_safely(raw, self.config, repeated=repeats.get(key, frozenset()), decoded=text)
