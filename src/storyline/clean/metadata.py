"""Metadata helpers of the clean stage: reading meta tags, normalising values, language.

Each function returns :class:`~storyline.model.Field` values that say where a value came
from, so that ``storyline show`` can tell a user whether a date was stated in a meta tag,
guessed by htmldate or inferred from the text.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from storyline.dates import iso_date
from storyline.lang.en import (  # the English words these rules read
    AUTHOR_NOISE as _AUTHOR_NOISE,
)
from storyline.lang.en import (
    AUTHOR_TAIL as _AUTHOR_TAIL,
)
from storyline.lang.en import (
    NOT_AUTHORS as _NOT_AUTHORS,
)
from storyline.model import Field

__all__ = [
    "clean_author",
    "detect_language",
    "domain_of",
    "meta_fields",
]

log = logging.getLogger(__name__)


def domain_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``, or None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


_DOMAIN_LIKE = re.compile(r"\b[\w-]+\.(?:com|org|net|co\.uk|co|io|news|info|example)\b", re.I)


def clean_author(raw: str | None, *, outlet: str | None = None) -> str | None:
    """Clean an author string: no "By", no domains, no URLs, no site name; None if nothing is left."""
    if not raw:
        return None
    text = re.sub(r"\s+", " ", str(raw)).strip()
    if text.startswith(("http://", "https://")):
        # article:author is often a profile URL; its last path segment may be a name.
        slug = urlsplit(text).path.rstrip("/").rsplit("/", 1)[-1]
        text = slug.replace("-", " ").replace("_", " ").title() if slug and not slug.isdigit() else ""
    # RSS puts an e-mail first: "desk@example.org (Jane Doe)" names Jane Doe.
    mailbox = re.fullmatch(r"\S+@\S+\s*\((.+)\)", text)
    if mailbox:
        text = mailbox[1]
    text = re.sub(r"\S+@\S+", "", text)
    if text.lower().strip(" :") in _NOT_AUTHORS:
        return None
    text = re.sub(r"^[^\w]+", "", text)  # leading icons and punctuation
    text = _AUTHOR_NOISE.sub("", text)
    text = re.sub(r"^posted by(?=[A-Z])", "", text, flags=re.IGNORECASE)
    text = _AUTHOR_TAIL.sub("", text)
    text = _DOMAIN_LIKE.sub("", text)
    parts = [p.strip(" ,;|-") for p in re.split(r"\s*[|;]\s*", text)]
    if outlet:
        parts = [p for p in parts if p.lower() != outlet.lower()]
    parts = [p for p in parts if p and p.lower() not in _NOT_AUTHORS and any(c.isupper() for c in p)]
    text = ", ".join(dict.fromkeys(parts))
    return text or None


def _jsonld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for node in tree.iter("script"):
        if (node.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            obj = stack.pop()
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                if "@graph" in obj:
                    stack.extend(obj["@graph"] if isinstance(obj["@graph"], list) else [obj["@graph"]])
                yield obj


_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "webpage", "liveblogposting", "opinionnewsarticle"}


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def meta_fields(tree: Any, unreadable: dict[str, tuple[str, str]] | None = None) -> dict[str, Field]:
    """Read the metadata a page states about itself: meta tags, JSON-LD, ``<html lang>``.

    Args:
        tree: the parsed page.
        unreadable: when given, filled with each date the page states that is no date
            (``2024-02-30``, ``0000-00-00``): field -> (the value as stated, the tag), the first
            of each field, when no readable one was found before it.

    Returns:
        A dict with any of ``title``, ``outlet``, ``author``, ``published``, ``updated``,
        ``url``, ``language``; each value has origin ``meta`` and the tag in ``detail``.
    """
    found: dict[str, Field] = {}

    def put(key: str, value: Any, detail: str) -> None:
        if key in found or value is None:
            return
        if key in ("published", "updated"):
            stated, value = value, iso_date(value)
            if value is None and unreadable is not None and key not in unreadable and str(stated).strip():
                unreadable[key] = (str(stated).strip(), detail)
        elif isinstance(value, str):
            value = re.sub(r"\s+", " ", value).strip()
        if value:
            found[key] = Field(value, "meta", detail)

    metas: dict[str, str] = {}
    for node in tree.iter("meta"):
        content = node.get("content")
        if content is None:
            continue
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key and key not in metas:
            metas[key] = content

    for key in ("og:title", "twitter:title"):
        put("title", metas.get(key), f'meta {key}')
    for key in ("og:site_name", "application-name", "publisher"):
        put("outlet", metas.get(key), f"meta {key}")
    for key in ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"):
        put("author", metas.get(key), f"meta {key}")
    for key in ("article:published_time", "datepublished", "og:published_time", "pubdate",
                "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
                "parsely-pub-date"):
        put("published", metas.get(key), f"meta {key}")
    for key in ("article:modified_time", "datemodified", "og:updated_time", "last-modified"):
        put("updated", metas.get(key), f"meta {key}")
    put("url", metas.get("og:url"), "meta og:url")

    for obj in _jsonld_objects(tree):
        kind = obj.get("@type")
        kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
        if not kinds & _ARTICLE_TYPES:
            continue
        put("title", obj.get("headline"), "JSON-LD headline")
        put("author", _name_of(obj.get("author")), "JSON-LD author")
        put("outlet", _name_of(obj.get("publisher")), "JSON-LD publisher")
        put("published", obj.get("datePublished"), "JSON-LD datePublished")
        put("updated", obj.get("dateModified"), "JSON-LD dateModified")

    for node in tree.xpath('//link[@rel="canonical"][@href]'):
        put("url", node.get("href"), "link rel=canonical")
    titles = tree.xpath("//title")
    if titles:
        put("title", titles[0].text_content(), "<title>")
    lang = tree.xpath("/html/@lang")
    if lang:
        put("language", str(lang[0]).split("-")[0].lower(), "<html lang>")
    return found


def detect_language(text: str, *, declared: str | None = None, default: str = "en") -> Field:
    """Detect the language of ``text`` with py3langid.

    A confident detection (p >= 0.9) wins. An unsure one defers to the declared language;
    with nothing declared, the unsure guess is kept (it still says the text is not, say,
    English: Indonesian is often guessed as Malay), and ``default`` is used only for a text
    too short to guess. The detail records the probability.
    """
    sample = text[:1000]  # enough for a confident guess; the classifier is linear in length
    if len(sample.strip()) >= 40:
        # Imported here: loading the model takes a moment and only ingest needs it.
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = _identifier(LanguageIdentifier, MODEL_FILE)
        lang, prob = identifier.classify(sample)
        if prob >= 0.9 or not declared:
            return Field(lang, "detector", f"py3langid p={prob:.2f}")
    if declared:
        return Field(declared, "meta", "<html lang>")
    return Field(default, "default", "default_language setting")


_IDENTIFIER: Any = None


def _identifier(cls: Any, model_file: Any) -> Any:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        # py3langid 0.4 renamed the loader; accept both.
        load = getattr(cls, "from_model_file", None) or cls.from_pickled_model
        _IDENTIFIER = load(model_file, norm_probs=True)
    return _IDENTIFIER
