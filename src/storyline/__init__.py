"""storyline: a ledger of who reported which figure, when, and where the sources agree.

The public surface of the library is listed in ``__all__``; see README.md for the CLI and
the stages. Names are imported lazily, so ``import storyline`` stays cheap for the CLI.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

#: public name -> the module that defines it (or the module and the name there)
_EXPORTS: dict[str, str | tuple[str, str]] = {
    "Article": "storyline.model",
    "Attribution": "storyline.model",
    "ConfigError": "storyline.errors",
    "Field": "storyline.model",
    "Figure": "storyline.model",
    "Provenance": "storyline.model",
    "Quantity": "storyline.model",
    "RawDocument": "storyline.model",
    "Rejected": "storyline.model",
    "Source": "storyline.model",
    "StorylineConfig": "storyline.config",
    "StorylineError": "storyline.errors",
    "TimeRef": "storyline.model",
    "extract_figures": "storyline.run",
    "figures": "storyline.extract.figures",
    # ``storyline.ingest`` is the package of readers, so the run is exported under this name.
    "ingest_inputs": ("storyline.run", "ingest"),
    "load_config": "storyline.config",
    "open_store": "storyline.store.db",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'storyline' has no attribute {name!r}")
    module, attr = target if isinstance(target, tuple) else (target, name)
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
