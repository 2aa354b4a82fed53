"""The shard format: the per-input work of a run (read, clean, extract) in a file of its own.

A large collection is processed in two steps, so that the expensive part can run anywhere
(the chains are in :mod:`storyline.run.chains`):

1. :func:`~storyline.run.chains.process_input` reads one input (a WARC file, a folder, a
   feed, a URL list: anything ``storyline ingest`` takes), cleans every document and, unless
   told not to, extracts its figures, with the same stages as ``storyline ingest``. It needs
   no store: it writes one *shard*, a gzipped JSON Lines file, into a folder (with
   :class:`ShardWriter`). :func:`~storyline.run.chains.process_inputs` maps it over many
   inputs on an executor (a process pool, a Dask cluster).
2. :func:`~storyline.run.chains.load_shards` reads shards into a store (:class:`ShardReader`),
   then links duplicates and clusters stories (the steps that compare articles with each
   other, so they run where the store is).

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
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.model import Article, Figure, Rejected, RemovedLine
from storyline.pipeline import Item
from storyline.store.db import (
    article_from_row,
    article_to_row,
    figure_from_row,
    figure_to_row,
)

__all__ = ["SHARD_SUFFIX", "ShardReader", "ShardSummary", "ShardWriter", "header", "is_current", "shard_files",
           "shard_path"]

log = logging.getLogger(__name__)

SHARD_SUFFIX = ".jsonl.gz"
FORMAT_VERSION = 1
STAGE = "load"


@dataclass(frozen=True, slots=True)
class ShardSummary:
    """What :func:`~storyline.run.chains.process_input` did with one input.

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


def header(spec: str, figures: bool, extractor: str) -> dict[str, Any]:
    """The header line of the shard of ``spec`` (``extractor``: the ``extractor_version`` setting)."""
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


def is_current(out: Path, header: dict[str, Any]) -> bool:
    """Is ``out`` a complete shard of the unchanged input that ``header`` describes?"""
    if not out.exists() or header["mtime_ns"] is None:
        return False
    old = _complete_header(out)
    return old is not None and all(old.get(k) == header[k] for k in ("identity", "size", "mtime_ns", "extractor"))


class ShardWriter:
    """Writes one shard: the header, then a line per article or reject, then the end line.

    A context manager: the lines go to a temporary name, renamed to ``out`` when the block
    ends without an exception (and deleted when it raises), so that no half shard is left.
    ``counts`` counts articles, rejects, failures and figures.
    """

    def __init__(self, out: Path, header: dict[str, Any]):
        self.out = out
        self.header = header
        self.tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
        self.counts = {"articles": 0, "rejects": 0, "failures": 0, "figures": 0}
        self._fh: Any = None

    def __enter__(self) -> ShardWriter:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self._fh = gzip.open(self.tmp, "wt", encoding="utf-8", compresslevel=6)
        self._write(self.header)
        return self

    def _write(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")

    def reject(self, rej: Rejected) -> None:
        self.counts["failures" if rej.failed else "rejects"] += 1
        self._write({"reject": asdict(rej)})

    def article(self, article: Article, figures: list[Figure] | None, status: str = "ok") -> None:
        self.counts["articles"] += 1
        if figures is not None:
            self.counts["figures"] += len(figures)
        self._write(_article_line(article, figures, status))

    def end(self, seconds: float) -> None:
        self._write({"end": {**self.counts, "seconds": seconds}})

    def __exit__(self, exc_type, *exc: object) -> None:  # type: ignore[no-untyped-def]
        self._fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.out)
        else:
            self.tmp.unlink(missing_ok=True)


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
    """Pipeline stage: shard files to items (and the rejects recorded in them): each
    article with the figures the shard holds for it (stored after the article, by
    :class:`storyline.store.stages.FigureWriter`). ``shards`` counts the shards read."""

    name = "read-shards"
    requires: frozenset[str] = frozenset()
    provides = frozenset({"article.text", "article.meta", "figures"})

    def __init__(self) -> None:
        self.shards = 0

    def __call__(self, items: Iterable[Path]) -> Iterator[Item | Rejected]:
        for path in items:
            problem = _check_shard(path)
            if problem:
                yield Rejected(str(path), STAGE, problem, _WHY[problem])
                continue
            self.shards += 1
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                header = json.loads(next(fh))
                version = header.get("extractor") or ""
                for line in fh:
                    obj = json.loads(line)
                    if "article" in obj:
                        removed = tuple(RemovedLine(n, t, r) for n, t, r in obj.get("removed") or ())
                        item = Item(article_from_row(obj["article"], removed))
                        if obj.get("figures") is not None and version:
                            item.figures = [figure_from_row(r) for r in obj["figures"]]
                            item.version = version
                            item.status = obj.get("figures_status", "ok")
                        yield item
                    elif "reject" in obj:
                        yield Rejected(**obj["reject"])
