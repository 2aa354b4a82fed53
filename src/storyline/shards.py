"""Shards: the per-input work of a run (read, clean, extract), written to a file of its own.

A large collection is processed in two steps, so that the expensive part can run anywhere:

1. :func:`process_input` reads one input (a WARC file, a folder, a feed, a URL list: anything
   ``storyline ingest`` takes), cleans every document and, unless told not to, extracts its
   figures, with the same stages as ``storyline ingest``. It needs no store: it writes one
   *shard*, a gzipped JSON Lines file, into a folder. :mod:`storyline.distributed` maps it
   over many inputs, in a process pool or on a Dask cluster.
2. :func:`load_shards` reads shards into a store, then links duplicates and clusters stories
   (the steps that compare articles with each other, so they run where the store is).

Loading shards gives the store that ``storyline ingest --figures`` of the same inputs gives:
the same articles with the same metadata and removed lines, the same figures, rejects,
duplicate pairs and stories.

The shard format (one JSON object per line):

``{"shard": 1, "input": ..., "identity": ..., "size": ..., "mtime_ns": ..., "figures": true, "extractor": ..., "storyline": ...}``
    the header: the input as given and as an absolute path (a URL as given), its size
    and modification time (for a folder, the latest of its files'; None for a URL), and
    whether figures were extracted, by which extractor version. A complete shard whose
    header matches the input now is kept; a URL's shard is always written again.
``{"article": {...}, "removed": [[line_no, text, rule], ...], "figures": [{...}, ...] | null}``
    one per article: its store row (:func:`storyline.store.db.article_to_row`), the lines
    the cleaner removed, and its figure rows (null when figures were not extracted).
``{"reject": {"source": ..., "stage": ..., "reason": ..., "detail": ...}}``
    one per rejected input or document.
``{"end": {"articles": n, "rejects": n, "figures": n, "seconds": s}}``
    the last line. A shard without it is incomplete and is never loaded.

A shard is written to a temporary name and renamed when complete, so a crashed or
interrupted run leaves no half shard behind, and running again redoes only the inputs
without a complete shard (or whose file changed since).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.config import StorylineConfig
from storyline.model import Article, Figure, Rejected, RemovedLine
from storyline.pipeline import failure
from storyline.store.db import Store, article_from_row, article_to_row, figure_from_row, figure_to_row

__all__ = ["SHARD_SUFFIX", "ShardSummary", "load_shards", "process_input", "shard_path"]

log = logging.getLogger(__name__)

SHARD_SUFFIX = ".jsonl.gz"
FORMAT_VERSION = 1
STAGE = "load"


@dataclass(frozen=True, slots=True)
class ShardSummary:
    """What :func:`process_input` did with one input.

    Attributes:
        input: the input as given.
        shard: the shard file.
        status: ``written``; ``kept`` when a complete shard of the unchanged input was
            already there; ``failed`` when the input could not be processed at all (then
            ``error`` says why and no shard is written).
        articles: articles in the shard.
        rejects: rejected inputs and documents in the shard.
        failures: articles a stage failed on (a bug; they are in the shard without figures).
        figures: figures in the shard.
        seconds: time spent on it (0 when kept).
        error: for ``failed``, what went wrong.
    """

    input: str
    shard: str
    status: str
    articles: int = 0
    rejects: int = 0
    failures: int = 0
    figures: int = 0
    seconds: float = 0.0
    error: str = ""


def shard_path(spec: str, out_dir: str | Path) -> Path:
    """The shard file of an input: its name, made safe, and a hash of the full spec.

    Two inputs with the same file name in different folders get different shards.
    """
    name = Path(spec.rstrip("/")).name or "input"
    name = re.sub(r"[^\w.-]+", "_", name)[:80]
    digest = hashlib.sha1(_identity(spec).encode("utf-8")).hexdigest()[:12]
    return Path(out_dir) / f"{name}-{digest}{SHARD_SUFFIX}"


def _identity(spec: str) -> str:
    """What names an input across machines: a URL as given, a path made absolute."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec):
        return spec
    return str(Path(spec).expanduser().absolute())


def _stat(spec: str) -> tuple[int | None, int | None]:
    try:
        st = os.stat(spec)
    except (OSError, ValueError):
        return None, None
    return (st.st_size, st.st_mtime_ns) if not Path(spec).is_dir() else (None, _tree_mtime(spec))


def _tree_mtime(folder: str) -> int:
    """The latest modification time of a folder's files: a folder changed when any file did."""
    latest = 0
    for root, _, files in os.walk(folder):
        for f in files:
            try:
                latest = max(latest, os.stat(os.path.join(root, f)).st_mtime_ns)
            except OSError:
                continue
    return latest


def _header(spec: str, figures: bool, extractor: str) -> dict[str, Any]:
    size, mtime = _stat(spec)
    return {"shard": FORMAT_VERSION, "input": spec, "identity": _identity(spec), "size": size, "mtime_ns": mtime,
            "figures": figures, "extractor": extractor if figures else None,
            "storyline": __version__}


def _complete_header(path: Path) -> dict[str, Any] | None:
    """The header of a complete, readable shard, else None."""
    try:
        header, end = None, None
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                obj = json.loads(line)
                if i == 0:
                    header = obj
                end = obj
        if header and "shard" in header and end and "end" in end:
            return header
    except (OSError, EOFError, zlib.error, ValueError, UnicodeDecodeError):
        return None
    return None


def _article_line(article: Article, figures: list[Figure] | None, status: str = "ok") -> dict[str, Any]:
    line = {"article": article_to_row(article),
            "removed": [[r.line_no, r.text, r.rule] for r in article.removed],
            "figures": None if figures is None else [figure_to_row(f, i) for i, f in enumerate(figures)]}
    if status != "ok":
        line["figures_status"] = status
    return line


def process_input(spec: str, out_dir: str | Path, config: StorylineConfig, *,
                  figures: bool = True, redo: bool = False) -> ShardSummary:
    """Read, clean and (with ``figures``) extract one input, and write its shard.

    This is the function a distributed run maps over its inputs. It never raises for bad
    content: a bad document or input is a reject in the shard, and an input that cannot
    be processed at all gives a ``failed`` summary.

    Args:
        spec: the input, as ``storyline ingest`` takes it (a path or a URL; not ``-``).
        out_dir: the folder of shards (created if missing).
        config: the run's settings; the work runs in this process (``workers`` is ignored:
            the caller runs several inputs at once instead).
        figures: extract the figures (spaCy) too.
        redo: write the shard again even when a complete one of the unchanged input exists.

    Returns:
        What was done.
    """
    from storyline.clean.cleaner import ArticleCleaner
    from storyline.ingest import InputReader
    from storyline.pipeline import run

    out = shard_path(spec, out_dir)
    header = _header(spec, figures, config.extractor_version)
    if not redo and out.exists():
        old = _complete_header(out)
        if old is not None and all(old.get(k) == header[k] for k in ("identity", "size", "mtime_ns", "extractor")) \
                and header["mtime_ns"] is not None:
            return ShardSummary(spec, str(out), "kept")
    config = replace(config, workers=1)
    started = time.perf_counter()
    counts = {"articles": 0, "rejects": 0, "failures": 0, "figures": 0}
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=6) as fh:
            def write(obj: dict[str, Any]) -> None:
                fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")

            def on_reject(rej: Rejected) -> None:
                counts["failures" if rej.failed else "rejects"] += 1
                write({"reject": asdict(rej)})

            def on_item(item: Any) -> None:
                counts["articles"] += 1
                if figures and item.status == "failed":
                    write(_article_line(item.article, None))  # stored; `storyline extract` retries
                elif figures:
                    counts["figures"] += len(item.figures)
                    write(_article_line(item.article, item.figures, item.status))
                else:
                    write(_article_line(item, None))

            write(header)
            stages: list[Any] = [InputReader(config), ArticleCleaner(config)]
            if figures:
                from storyline.extract.stage import FigureExtractor

                stages.append(FigureExtractor(config))
            run(stages, [spec], on_item=on_item, on_reject=on_reject)
            seconds = round(time.perf_counter() - started, 3)
            write({"end": {**counts, "seconds": seconds}})
        os.replace(tmp, out)
    except Exception as exc:  # the input, not the batch, fails
        log.exception("processing %s failed", spec)
        tmp.unlink(missing_ok=True)
        return ShardSummary(spec, str(out), "failed", error=f"{type(exc).__name__}: {exc}")
    return ShardSummary(spec, str(out), "written", seconds=seconds, **counts)


# ----------------------------------------------------------------------------- loading

def shard_files(specs: Iterable[str | Path]) -> list[Path]:
    """The shard files named by ``specs``: files as given, folders by their shards, sorted."""
    out: list[Path] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.name.endswith(SHARD_SUFFIX) and not q.name.startswith(".")))
        else:
            out.append(p)
    return out


def _check_shard(path: Path) -> str | None:
    """Why a shard cannot be loaded, or None when it is complete and well formed."""
    if not path.exists():
        return "not_found"
    if _complete_header(path) is None:
        return "bad_shard"
    return None


_WHY = {
    "not_found": "no such shard file; give shard files or the folder `storyline process --out` wrote",
    "bad_shard": "not a complete storyline shard (not gzip, not JSON lines, or cut short before its "
                 "end line); run `storyline process` again for its input, which rewrites it",
}


class ShardReader:
    """Pipeline stage: shard files to articles (and the rejects recorded in them).

    The figures of each article are handed to :class:`ShardFigureWriter` through
    ``pending``, since the articles must be stored before their figures.
    """

    name = "read-shards"
    requires: frozenset[str] = frozenset()
    provides = frozenset({"article.text", "article.meta"})

    def __init__(self, pending: dict[str, tuple[list[Figure], str, str]], counts: dict[str, int]):
        self.pending = pending
        self.counts = counts

    def __call__(self, items: Iterable[Path]) -> Iterator[Article | Rejected]:
        for path in items:
            problem = _check_shard(path)
            if problem:
                yield Rejected(str(path), STAGE, problem, _WHY[problem])
                continue
            self.counts["shards"] += 1
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                header = json.loads(next(fh))
                version = header.get("extractor") or ""
                for line in fh:
                    obj = json.loads(line)
                    if "article" in obj:
                        removed = tuple(RemovedLine(n, t, r) for n, t, r in obj.get("removed") or ())
                        article = article_from_row(obj["article"], removed)
                        if obj.get("figures") is not None and version:
                            self.pending[article.id] = ([figure_from_row(r) for r in obj["figures"]], version,
                                                        obj.get("figures_status", "ok"))
                        yield article
                    elif "reject" in obj:
                        yield Rejected(**obj["reject"])


class ShardFigureWriter:
    """Pipeline stage: store the figures a shard holds for each stored article."""

    name = "store-figures"
    requires = frozenset({"stored"})
    provides = frozenset({"figures.stored"})

    def __init__(self, store: Store, pending: dict[str, tuple[list[Figure], str, str]], counts: dict[str, int]):
        self.store = store
        self.pending = pending
        self.counts = counts

    def __call__(self, items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            found = self.pending.pop(article.id, None)
            if found is not None:
                figs, version, status = found
                try:
                    if not self.store.is_extracted(article.id, version):
                        self.store.save_figures(article.id, figs, version=version, status=status)
                        self.counts["figures"] += len(figs)
                except Exception as exc:  # noqa: BLE001 - rolled back: `storyline extract` redoes it
                    yield failure(self.name, article, exc,
                                  kept="The article is stored without figures; `storyline extract` retries it.")
            yield article


def load_shards(
    specs: Iterable[str | Path],
    store: Store,
    config: StorylineConfig,
    *,
    dedup: bool = True,
    stories: bool = True,
    progress: Callable[[Article | Rejected], None] | None = None,
):
    """Load shards into ``store``, then link duplicates and cluster stories.

    Args:
        specs: shard files, or folders of shards (as ``storyline process --out`` writes).
        store: the open store to write.
        config: the run's settings.
        dedup: link each new article to the stored articles it copies, syndicates or rewrites.
        stories: add each new article to its story.
        progress: called with each stored article and each reject.

    Returns:
        An :class:`~storyline.ingest.runner.IngestReport`: ``read`` counts the inputs the
        shards recorded; a shard that is missing or incomplete is rejected (stage ``load``)
        and the others are loaded. Loading a shard twice stores nothing new.
    """
    from storyline.ingest.runner import ArticleWriter, IngestReport, Resume, cluster_stages, reject_recorder
    from storyline.pipeline import run

    report = IngestReport()
    pending: dict[str, tuple[list[Figure], str, str]] = {}
    counts = {"shards": 0, "figures": 0}

    # every reject in a shard, and every bad shard, is an input or document read
    on_reject = reject_recorder(report, store, progress, counts_read=lambda rej: True)

    def on_item(article: Article) -> None:
        report.read += 1
        if progress:
            progress(article)

    with store.writing("load"):
        linker, cluster = cluster_stages(store, dedup=dedup, stories=stories)
        stages = [ShardReader(pending, counts), ArticleWriter(store, report),
                  Resume(store, report, dedup=dedup, extract=False), *cluster,
                  ShardFigureWriter(store, pending, counts)]
        report.stats = run(stages, shard_files(specs), on_item=on_item, on_reject=on_reject)
        report.duplicates = linker.pairs if linker else 0
    report.figures = counts["figures"]
    return report
