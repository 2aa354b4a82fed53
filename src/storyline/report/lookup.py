"""Looking up what a user named on the command line or in a URL, with a clear error."""

from __future__ import annotations

from storyline.errors import ConfigError
from storyline.model import Article, Story
from storyline.store.db import Store

__all__ = ["require_article", "require_story"]


def require_article(store: Store, article_id: str) -> Article:
    """The article with this id or unique prefix.

    Raises:
        ConfigError: there is none; the message says how to list them.
    """
    article = store.get_article(article_id)
    if article is None:
        raise ConfigError(f"no article with id {article_id!r}; list them with `storyline articles`")
    return article


def require_story(store: Store, story_id: str) -> Story:
    """The story with this id or unique prefix.

    Raises:
        ConfigError: there is none; the message says how to list them.
    """
    story = store.get_story(story_id)
    if story is None:
        raise ConfigError(f"no story with id {story_id!r}; list them with `storyline stories`")
    return story
