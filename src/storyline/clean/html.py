"""HTML cleaning: the article text with trafilatura, the metadata with its provenance.

The page is parsed once; trafilatura and htmldate both work on copies of that tree.
Metadata the page states (meta tags, JSON-LD) wins over guesses; htmldate is asked for
the original publication date only when the page does not state it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import htmldate
import trafilatura
from trafilatura.utils import load_html

from storyline.clean.metadata import meta_fields
from storyline.dates import iso_date
from storyline.model import Field

__all__ = ["HtmlExtract", "extract_html"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What a page gave: its main text (paragraphs separated by blank lines) and metadata,
    and a note (a :class:`Field` without value) for each date it states that is no date."""

    text: str
    fields: dict[str, Field]
    ignored: dict[str, Field] = field(default_factory=dict)


_BLANKS = re.compile(r"\n{3,}")


def extract_html(data: bytes | str, *, url: str | None = None) -> HtmlExtract | None:
    """Extract the article text and metadata of an HTML page.

    Args:
        data: the page, as bytes (any encoding trafilatura can detect) or text.
        url: the page's URL, when known (helps trafilatura and the outlet).

    Returns:
        The extract, or None when the page cannot be parsed as HTML at all. An extract with
        empty text means the page has no article text.
    """
    if isinstance(data, bytes):
        # Most pages are UTF-8, but many do not say so and the parser would then guess a
        # legacy code page and garble every non-ASCII letter; decode what decodes cleanly.
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    tree = load_html(data)
    if tree is None:
        return None
    unreadable: dict[str, tuple[str, str]] = {}
    fields = meta_fields(tree, unreadable)
    ignored = {key: Field(None, "meta", f"{tag}: {stated[:40]!r} is not a plausible date; ignored")
               for key, (stated, tag) in unreadable.items()}
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=False, include_comments=False, include_tables=False,
        deduplicate=False,
    )
    text = ""
    if doc is not None and doc.text:
        # trafilatura gives one paragraph per line; a blank line between them keeps the
        # paragraph structure attribution relies on.
        paragraphs = [line.strip() for line in doc.text.splitlines() if line.strip()]
        text = "\n\n".join(paragraphs)
    if not text:
        return HtmlExtract("", fields, ignored)
    if "title" not in fields:
        h1 = tree.xpath("//h1")
        if h1 and h1[0].text_content().strip():
            fields["title"] = Field(re.sub(r"\s+", " ", h1[0].text_content()).strip(), "meta", "<h1>")
    if "author" not in fields:
        byline = _byline(tree)
        if byline:
            fields["author"] = Field(byline, "page", "byline element (trafilatura)")
    if "published" not in fields:
        found = _htmldate(tree, url, original=True)
        if found and "published" in unreadable and _cut_from(found, unreadable["published"][0]):
            found = None  # the page's own "2024-02-30", read as the first of its month: no day of the page's
        if found:
            fields["published"] = Field(found, "htmldate", "original_date=True")
    # The updated date is taken only from what the page states (meta tags, JSON-LD): asking
    # htmldate for the latest date on the page costs a second pass over the tree and mostly
    # returns dates of comments, related links or the copyright line.
    return HtmlExtract(_BLANKS.sub("\n\n", text), fields, ignored)


def _cut_from(found: str, stated: str) -> bool:
    """Whether a guessed ISO day is a stated date that is no date cut to its month or year
    ("2024-02-30" guessed as 2024-02-01, "2024-13-45" as 2024-01-01)."""
    return found.endswith("-01") and stated.startswith(found[:7]) or \
        found.endswith("-01-01") and stated.startswith(found[:4])


_BYLINE_XPATH = (
    '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") or '
    'contains(@class, "author-name") or contains(@class, "author") or contains(@id, "byline")]'
)


def _byline(tree) -> str | None:
    """The author named by a byline element of the page, when no meta tag names one.

    The first byline-like element (rel/itemprop author, a byline or author class) whose
    text is short enough to be a name, outside comments.
    """
    for node in tree.xpath(_BYLINE_XPATH):
        if node.tag in ("meta", "link", "script", "style", "img", "body", "html", "article"):
            continue
        if any("comment" in (anc.get("class") or "") + (anc.get("id") or "")
               for anc in node.iterancestors()):
            continue
        text = re.sub(r"\s+", " ", node.text_content()).strip()
        if 3 <= len(text) <= 80 and len(text.split()) <= 10:
            return text
    return None


def _htmldate(tree, url: str | None, *, original: bool) -> str | None:
    try:
        found = iso_date(htmldate.find_date(tree, url=url, original_date=original,
                                            extensive_search=True))
        if found and found.endswith("-01-01"):
            # htmldate's extensive search turns a bare year (a copyright line) into 1 January;
            # keep that only when the page's own date markup says so too.
            strict = htmldate.find_date(tree, url=url, original_date=original, extensive_search=False)
            if iso_date(strict) != found:
                return None
        return found
    except Exception as exc:  # htmldate raises a variety of parse errors on odd pages
        log.debug("htmldate failed: %s", exc)
        return None
