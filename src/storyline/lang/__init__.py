"""Languages storyline reads: for each language code, its vocabulary and its spaCy model.

A language is a :class:`Language`: its code (``en``), the module that holds its vocabulary
(``storyline.lang.en``, after spaCy's ``spacy/lang/en/``) and the spaCy model packages that
parse it, tried in order. :data:`LANGUAGES` holds the languages storyline has; a second
language is one more vocabulary file and one more entry (see "Recipe: add a language" in
``docs/ARCHITECTURE.md``; :func:`register` does it at run time).

:func:`language_of` says which language an article is read as: its own when storyline has
it, English when the article's language is unknown, and None when the language is known and
storyline has no vocabulary for it. The figures stage does not run the English rules over
such an article (an Indonesian "45.000 orang" is 45,000 people, not 45): it logs
:func:`not_read_reason`, stores the article's extraction with the status
:data:`NOT_READ_STATUS` (so it is not tried again) and goes on. It is not a reject: the input
was read and stored.

Today every rule reads the English vocabulary (the rule modules import :mod:`storyline.lang.en`
directly); a language registered here must provide the same names (:func:`register` checks),
and it is parsed with its own model.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from storyline.errors import ConfigError
from storyline.lang import en

if TYPE_CHECKING:  # pragma: no cover
    from storyline.model import Article

__all__ = ["ENGLISH", "LANGUAGES", "NOT_READ_STATUS", "Language", "code_of", "language_for", "language_of",
           "not_read_reason", "register", "vocabulary_names"]

#: The extraction status of an article whose language storyline has no vocabulary for: the
#: article is stored, has no figures, and the same extractor does not try it again.
NOT_READ_STATUS = "skipped_language"


@dataclass(frozen=True, slots=True)
class Language:
    """One language storyline reads: its code, its vocabulary module and its spaCy models."""

    code: str
    vocabulary: str
    models: tuple[str, ...]

    def words(self) -> ModuleType:
        """The vocabulary module (imported on first use)."""
        return importlib.import_module(self.vocabulary)


#: English: the vocabulary of :mod:`storyline.lang.en`, parsed with its models.
ENGLISH = Language("en", en.__name__, en.MODEL_NAMES)

#: code -> language; the languages whose articles get figures.
LANGUAGES: dict[str, Language] = {"en": ENGLISH}


def vocabulary_names(module: ModuleType = en) -> frozenset[str]:
    """The names a vocabulary module defines (its upper-case module attributes)."""
    return frozenset(n for n in vars(module) if n.isupper() and not n.startswith("_"))


def register(code: str, vocabulary: str, models: tuple[str, ...] | str) -> Language:
    """Add (or replace) the language ``code``: its vocabulary module and spaCy model(s).

    Raises:
        ConfigError: the vocabulary module cannot be imported, or lacks names that
            :mod:`storyline.lang.en` defines (the rules read every one of them).
    """
    key = code.strip().lower()
    if not key or key.split("-")[0] != key:
        raise ConfigError(f"language code {code!r} must be a bare primary code such as 'de' or 'id'")
    try:
        module = importlib.import_module(vocabulary)
    except ImportError as exc:
        raise ConfigError(f"language {key}: vocabulary module {vocabulary} cannot be imported: {exc}") from None
    missing = sorted(vocabulary_names() - vocabulary_names(module))
    if missing:
        raise ConfigError(f"language {key}: vocabulary {vocabulary} lacks {', '.join(missing[:8])}"
                          + (f" and {len(missing) - 8} more" if len(missing) > 8 else ""))
    language = Language(key, vocabulary, (models,) if isinstance(models, str) else tuple(models))
    LANGUAGES[key] = language
    return language


def code_of(article: Article) -> str | None:
    """The primary language code of an article ("en-GB" -> "en"), or None when unknown."""
    field = article.language
    value = (field.value or "").strip().lower() if field else ""
    return value.replace("_", "-").split("-")[0] or None


def language_for(code: str | None) -> Language | None:
    """The language a code is read as: English when ``code`` is None or empty, None when
    storyline has no vocabulary for it."""
    if not code:
        return ENGLISH
    return LANGUAGES.get(code.strip().lower().replace("_", "-").split("-")[0])


def language_of(article: Article) -> Language | None:
    """The language an article is read as (see :func:`language_for`)."""
    return language_for(code_of(article))


def not_read_reason(article: Article) -> str | None:
    """Why the figures of an article are not extracted ("figures not extracted: language id"),
    or None when they are."""
    if language_of(article) is not None:
        return None
    return f"figures not extracted: language {code_of(article)}"

