"""Pass 1 on a Ray cluster: the batches go through Ray Data, the driver gathers them in order.

``medsyn validate --executor ray`` connects to the cluster named by ``RAY_ADDRESS`` (e.g. after
``ray start --head`` on one node and ``ray start --address HEAD:6379`` on the others), or, when
it is unset, starts a Ray instance on this machine. The jobs (shard path, row range) become a
Ray dataset; :class:`_BatchWorker` actors (``workers`` of them, default: the cluster's CPUs), each
holding the run's :class:`~.batches.BatchPlan`, run :func:`~.batches.run_batch` on them, and the
outputs come back to the driver **in job order** (``preserve_order``), pickled: the corpus-wide
checks then finalize on the gathered compact state, and pass 2 decides and writes on the driver,
exactly as with the local executor. So the same input gives the same files on either executor.

Every node reads the input shards by the path the driver was given: on a cluster the input folder
must be on a filesystem all nodes see at that path (NFS, a mounted bucket), and the package must
be installed on every node (or shipped with a runtime environment). Ray is the optional ``ray``
extra, imported here only.
"""

from __future__ import annotations

import logging
import pickle
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from medsyn_dataset._lazy import connect_ray, import_optional
from medsyn_dataset.validation.batches import BatchJob, BatchOutput, BatchPlan, ShardReader
from medsyn_dataset.validation.executors import guarded, raise_failure

_NOT_INSTALLED = "--executor ray needs Ray: pip install 'medsyn-dataset[ray]' (or: pip install 'ray[data]')"


def _ray() -> Any:
    return import_optional("ray", "ray.data", hint=_NOT_INSTALLED)  # Ray Data is a separate part of the package


class RayExecutor:
    """Runs pass 1's batches as a Ray dataset mapped by ``workers`` actors (see the module docstring)."""

    def __init__(self, workers: int | None = None) -> None:
        self.ray = _ray()
        self.workers = workers
        self._plan: BatchPlan | None = None
        self._started_ray = False

    def start(self, plan: BatchPlan, jobs: Sequence[BatchJob]) -> None:
        ray = self.ray
        self._started_ray = connect_ray(ray) or self._started_ray
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # outputs in job order: the corpus in order
        context.enable_progress_bars = False  # the run has its own progress display
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # not its notices (e.g. "progress bars disabled")
        self._plan = plan

    def actors(self, jobs: int) -> int:
        """How many actors: ``workers``, or the cluster's CPUs; never more than there are jobs."""
        wanted = self.workers or int(self.ray.cluster_resources().get("CPU", 1))
        return max(1, min(wanted, jobs))

    def map(self, jobs: Sequence[BatchJob]) -> Iterator[BatchOutput]:
        if not jobs:
            return
        assert self._plan is not None, "start() first"
        ray = self.ray
        dataset = ray.data.from_items([{"job": pickle.dumps(job)} for job in jobs], override_num_blocks=len(jobs))
        with warnings.catch_warnings():  # max_restarts as a remote argument is deprecated, not yet replaced
            warnings.simplefilter("ignore", DeprecationWarning)
            outputs = dataset.map_batches(
                _BatchWorker, fn_constructor_kwargs={"plan": self._plan}, batch_size=1, batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=self.actors(len(jobs))), num_cpus=1,
                max_restarts=0,  # a failed actor fails the run (nothing is written); a restart could not get its plan back
            )  # fmt: skip
        expected = iter(jobs)
        for row in outputs.iter_rows():
            out = raise_failure(pickle.loads(row["out"]))
            job = next(expected)
            if out.number != job.number:  # never expected: preserve_order is on
                raise RuntimeError(f"ray executor: batch {out.number} came back where batch {job.number} was expected")
            yield out

    def close(self) -> None:
        self._plan = None
        if self._started_ray and self.ray.is_initialized():
            self.ray.shutdown()
            self._started_ray = False


class _BatchWorker:
    """A Ray Data actor: the run's plan, a shard reader, and :func:`~.batches.run_batch` per job."""

    def __init__(self, plan: BatchPlan) -> None:
        self.plan = plan
        self.reader = ShardReader()

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        outs = [pickle.dumps(guarded(self.plan, pickle.loads(blob), self.reader)) for blob in batch.column("job").to_pylist()]
        return pa.table({"out": pa.array(outs, pa.binary())})
