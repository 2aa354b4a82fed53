"""The sample corpus of ``storyline demo`` (:func:`storyline.api.demo`): where it is, and its inputs.

The corpus is the project's ``examples/kursk`` (found beside the source tree, or in the
current folder), or any folder given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typing import Any

from storyline.errors import InputError

__all__ = ["ANNOTATION_FILES", "DemoResult", "corpus_inputs", "find_corpus"]


@dataclass(frozen=True, slots=True)
class DemoResult:
    corpus: Path
    db: Path
    dossier: Path
    report: Any  # the ingest run's report
    others: tuple[Path, ...] = ()


def find_corpus(corpus: str | Path | None = None) -> Path:
    """The sample corpus folder.

    Raises:
        InputError: none was found; the message says where it looked.
    """
    if corpus is not None:
        return Path(corpus)
    candidates = [Path(__file__).resolve().parents[2] / "examples" / "kursk", Path("examples/kursk")]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise InputError(f"the sample corpus was not found (looked in {looked}); "
                     "run from a clone of the project or pass --corpus DIR")


#: Files of a sample corpus that describe it rather than belong to it.
ANNOTATION_FILES = {"README.md", "gold.json"}


def corpus_inputs(corpus: Path) -> list[str]:
    """The inputs of a sample corpus: everything in it but its annotation files."""
    return [str(p) for p in sorted(corpus.iterdir())
            if p.name not in ANNOTATION_FILES and not p.name.startswith(".")]
