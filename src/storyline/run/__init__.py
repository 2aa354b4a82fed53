"""The run layer: the named chains, their reports, the shard format and the executors.

- :mod:`storyline.run.chains`: ``ingest``, ``process_input`` / ``process_inputs``,
  ``load_shards``, ``extract_figures``, ``recluster``: each chain built from the stages here
  and nowhere else;
- :mod:`storyline.run.report`: what a run did (:class:`IngestReport`, :class:`ExtractReport`);
- :mod:`storyline.run.shards`: the shard format of ``storyline process`` / ``load``;
- :mod:`storyline.run.executor`: who runs the per-item work (serial, process pool, Dask).

Stage packages (ingest, clean, parse, extract, cluster, align, store) never import this one.
"""

from __future__ import annotations

from storyline.run.chains import (
           extract_figures,
           ingest,
           load_shards,
           process_input,
           process_inputs,
           recluster,
)
from storyline.run.executor import Dask, Executor, ProcessPool, Serial, executor_for
from storyline.run.report import ExtractReport, IngestReport
from storyline.run.shards import ShardSummary, shard_path

__all__ = ["Dask", "Executor", "ExtractReport", "IngestReport", "ProcessPool", "Serial", "ShardSummary",
           "executor_for", "extract_figures", "ingest", "load_shards", "process_input", "process_inputs",
           "recluster", "shard_path"]
