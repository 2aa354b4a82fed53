"""What a run did: the reports of the named chains, and the files a run leaves behind."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from storyline.model import Rejected
from storyline.pipeline import RunStats

__all__ = ["ExtractReport", "IngestReport", "write_run"]


@dataclass(slots=True)
class IngestReport:
    """What an ingest (or load) run did.

    Attributes:
        read: input items read (documents and rejected inputs).
        stored: new articles stored.
        already_present: items whose bytes or text were already in the store.
        rejected: rejected items by reason.
        rejects: every reject, in order.
        stored_ids: ids of the new articles, in order.
        failed: failures inside a stage by reason (bugs: the run went on without that work).
        resumed: stored articles whose unfinished work (duplicates, figures) this run did.
        figures: figures extracted (when the run extracts).
        outdated: articles read by an older extractor (``storyline extract`` reads them again).
        duplicates: duplicate pairs found between new and stored articles.
        stats: per-stage counters.
    """

    read: int = 0
    stored: int = 0
    already_present: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    rejects: list[Rejected] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    failed: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    figures: int = 0
    outdated: int = 0
    duplicates: int = 0
    stats: RunStats | None = None

    @property
    def total_rejected(self) -> int:
        return sum(self.rejected.values())

    @property
    def total_failed(self) -> int:
        return sum(self.failed.values())

    def summary(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "already_present": self.already_present,
            "resumed": self.resumed,
            "duplicates": self.duplicates,
            "rejected": dict(sorted(self.rejected.items())),
            "failed": dict(sorted(self.failed.items())),
        }


@dataclass(slots=True)
class ExtractReport:
    """What an extract run did: articles read, figures found, articles skipped (too slow)
    and failed (a bug; they stay unextracted and are tried again next time), with each record."""

    articles: int = 0
    figures: int = 0
    skipped: int = 0
    failed: int = 0
    rejects: list[Rejected] = field(default_factory=list)


def write_run(run_dir: Path, report: IngestReport) -> None:
    """Write ``stats.json`` and ``rejects.jsonl`` of a run into ``run_dir``."""
    run_dir.mkdir(parents=True, exist_ok=True)
    stats = {"finished": datetime.now(UTC).isoformat(timespec="seconds"),
             "summary": report.summary(),
             "stages": report.stats.as_dict() if report.stats else {}}
    (run_dir / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n")
    with (run_dir / "rejects.jsonl").open("w", encoding="utf-8") as fh:
        for rej in report.rejects:
            fh.write(json.dumps(asdict(rej), ensure_ascii=False) + "\n")
