"""The Dask engine: batches and linking steps as tasks on a Dask distributed cluster.

Each worker loads the models once (a worker plugin), and the client writes results as they
complete. Entity linking's per-part steps run as tasks on the same cluster.

``settings.scheduler`` joins an existing cluster (``tcp://host:8786``); without it a LocalCluster of
``settings.worker_count`` single-threaded worker processes is started and stopped with the run.
Model paths in the settings, and the output directory (linking reads and rewrites its part
files), must be reachable from every worker.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from pipeline.config import ONE_THREAD_PER_WORKER, Settings
from pipeline.engine.core import BatchOutcome, BatchWork, Stages

PLUGIN_NAME = "pipeline-stages"


class StagesPlugin(WorkerPlugin):
    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        worker.pipeline_stages = Stages(self.settings)


def _process_on_worker(work: BatchWork) -> BatchOutcome:
    return get_worker().pipeline_stages.process(work)


class DaskEngine:
    """A Dask distributed cluster: the one at ``settings.scheduler``, or a LocalCluster of
    ``settings.worker_count`` single-threaded worker processes started for the run."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None

    def __enter__(self) -> "DaskEngine":
        if self.settings.scheduler:
            self.client = Client(self.settings.scheduler)
        else:
            self.cluster = LocalCluster(n_workers=self.settings.worker_count, threads_per_worker=1, processes=True,
                                        dashboard_address=None, env=ONE_THREAD_PER_WORKER)
            self.client = Client(self.cluster)
        self.client.register_plugin(StagesPlugin(self.settings), name=PLUGIN_NAME)
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map(self, function: Callable, items: list, shared=None) -> list:
        """Runs ``function(item, shared)`` as tasks; ``shared`` is sent to each worker once."""
        if not items:
            return []
        shared_future = self.client.scatter(shared, broadcast=True) if shared is not None else None
        return self.client.gather(self.client.map(function, items, [shared_future] * len(items), pure=False))

    def map_reduce(self, function: Callable, items: list, fold: Callable, initial):
        """``function(item)`` as tasks, folded pairwise with ``fold`` in a tree of tasks on the
        cluster; only the final result comes back to this process."""
        level = self.client.map(function, items, pure=False)
        while len(level) > 1:
            pairs = [self.client.submit(fold, a, b, pure=False) for a, b in zip(level[::2], level[1::2])]
            level = pairs + level[len(pairs) * 2:]
        return fold(initial, level[0].result()) if level else initial

    def process(self, work: Iterable[BatchWork]) -> Iterator[BatchOutcome]:
        """Batches as tasks; workers write their part files; outcomes come back as tasks complete,
        with at most two batches per worker in flight."""
        limit = 2 * max(1, len(self.client.scheduler_info()["workers"]))
        in_flight = as_completed()
        for item in work:
            in_flight.add(self.client.submit(_process_on_worker, item, pure=False))
            while in_flight.count() >= limit:
                yield next(in_flight).result()
        for done in in_flight:
            yield done.result()
