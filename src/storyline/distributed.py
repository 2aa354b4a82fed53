"""Distributed runs: :func:`storyline.shards.process_input` mapped over many inputs.

The per-input function is the same everywhere; only who runs it changes:

- ``workers = 1`` and no scheduler: one input after another, in this process;
- ``workers > 1``: a pool of that many local processes (one input each at a time);
- ``scheduler="local"``: a Dask cluster on this machine (``workers`` processes);
- ``scheduler="tcp://host:8786"``: the Dask cluster of that scheduler. Its workers must see
  the inputs and the shard folder at the same paths (a shared or network file system) and
  have storyline installed.

Dask is an optional extra (``pip install 'storyline[dask]'``); the local modes need nothing.
Each input is one task, so give a cluster many inputs (one WARC file each, typically). A
task that fails is reported with its error and the others go on; running again redoes only
the inputs without a complete shard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from storyline.config import StorylineConfig
from storyline.errors import ConfigError, MissingDependency
from storyline.shards import ShardSummary, process_input, shard_path

__all__ = ["process_inputs"]

log = logging.getLogger(__name__)


def _specs(inputs: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[Path] = set()
    for spec in inputs:
        if spec == "-":
            raise ConfigError("storyline process reads files, folders and URLs, not standard input (-); "
                              "save it to a file first, or use storyline ingest -")
        key = shard_path(spec, ".")
        if key not in seen:  # the same input twice would race for one shard
            seen.add(key)
            out.append(spec)
    return out


def process_inputs(
    inputs: Iterable[str],
    out_dir: str | Path,
    config: StorylineConfig,
    *,
    figures: bool = True,
    redo: bool = False,
    scheduler: str | None = None,
    progress: Callable[[ShardSummary], None] | None = None,
) -> list[ShardSummary]:
    """Write the shard of every input into ``out_dir``, in parallel.

    Args:
        inputs: files, folders and URLs, as ``storyline ingest`` takes them (one shard each).
        out_dir: the shard folder (created if missing); load it with
            :func:`storyline.shards.load_shards`.
        config: the run's settings; ``workers`` is the number of local processes.
        figures: extract figures too.
        redo: rewrite shards that are complete and whose input has not changed.
        scheduler: None for this machine without Dask, ``"local"`` for a Dask cluster on
            this machine, or a Dask scheduler address.
        progress: called with each input's summary as it finishes.

    Returns:
        The summaries, in the order of ``inputs``.

    Raises:
        MissingDependency: a scheduler was asked for and Dask's ``distributed`` is not installed.
        ConfigError: ``-`` among the inputs, or a scheduler that cannot be reached.
    """
    specs = _specs(inputs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    task = partial(process_input, out_dir=str(out_dir), config=config, figures=figures, redo=redo)
    done: dict[str, ShardSummary] = {}

    def finish(spec: str, summary: ShardSummary) -> None:
        done[spec] = summary
        if progress:
            progress(summary)

    def failed(spec: str, exc: BaseException) -> ShardSummary:
        log.error("processing %s failed: %s", spec, exc)
        return ShardSummary(spec, str(shard_path(spec, out_dir)), "failed", error=f"{type(exc).__name__}: {exc}")

    if scheduler:
        _on_dask(specs, task, config, scheduler, finish, failed)
    elif config.workers > 1 and len(specs) > 1:
        import concurrent.futures as cf
        import multiprocessing

        with cf.ProcessPoolExecutor(min(config.workers, len(specs)),
                                    mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = {pool.submit(task, spec): spec for spec in specs}
            for fut in cf.as_completed(futures):
                spec = futures[fut]
                exc = fut.exception()
                finish(spec, failed(spec, exc) if exc else fut.result())
    else:
        for spec in specs:
            finish(spec, task(spec))
    return [done[s] for s in specs]


def _on_dask(specs, task, config: StorylineConfig, scheduler: str, finish, failed) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise MissingDependency("distributed", "dask") from None
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ConfigError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}; "
                          "check the address, or use --scheduler local") from None
    try:
        futures = client.map(task, specs, pure=False)
        spec_of = {fut.key: spec for fut, spec in zip(futures, specs, strict=True)}
        for fut in as_completed(futures):
            spec = spec_of[fut.key]
            if fut.status == "error":
                finish(spec, failed(spec, fut.exception()))
            else:
                finish(spec, fut.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
