"""``storyline demo``: the sample corpus into a fresh store, and its dossier.

The corpus is the project's ``examples/kursk`` (found beside the source tree, or in the
current folder), or any folder given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyline.config import StorylineConfig
from storyline.errors import InputError
from storyline.run import IngestReport, ingest
from storyline.report.dossier import largest_story, write_report
from storyline.store import open_store

__all__ = ["DemoResult", "corpus_inputs", "find_corpus", "run_demo"]


@dataclass(frozen=True, slots=True)
class DemoResult:
    corpus: Path
    db: Path
    dossier: Path
    report: IngestReport
    others: tuple[Path, ...] = ()


def find_corpus(corpus: str | Path | None = None) -> Path:
    """The sample corpus folder.

    Raises:
        InputError: none was found; the message says where it looked.
    """
    if corpus is not None:
        return Path(corpus)
    candidates = [Path(__file__).resolve().parents[3] / "examples" / "kursk", Path("examples/kursk")]
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


def run_demo(config: StorylineConfig, *, corpus: str | Path | None = None) -> DemoResult:
    """Ingest the sample corpus into ``<demo_dir>/storyline.db`` (made anew) and write the dossier."""
    source = find_corpus(corpus)
    out = Path(config.demo_dir)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "storyline.db"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    config = config.replace(db=str(db))
    with open_store(db) as store:
        report = ingest(corpus_inputs(source), store, config, run_dir=out / "run", extract=True)
        # The largest story's dossier is dossier.html; every other story of 2+ articles
        # gets its own page beside it.
        dossier = write_report(store, out / "dossier.html")
        stories = store.stories()
        largest = largest_story(stories)
        others = [write_report(store, out / f"story-{s.id}.html", story_id=s.id)
                  for s in stories if len(s.article_ids) > 1 and s.id != largest.id]
    return DemoResult(corpus=source, db=db, dossier=dossier, report=report, others=tuple(others))
