"""The Dask engine: batches are tasks on a Dask distributed cluster; each worker loads the models
once (a worker plugin), and the client writes results as they complete.

``settings.scheduler`` joins an existing cluster (``tcp://host:8786``); without it a LocalCluster of
``settings.worker_count`` single-threaded worker processes is started and stopped with the run.
Model paths in the settings must exist on every worker.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from pipeline.config import Settings
from pipeline.engine.core import Stages, pages_of
from pipeline.records import Document, Page

PLUGIN_NAME = "pipeline-stages"


class StagesPlugin(WorkerPlugin):
    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        worker.pipeline_stages = Stages(self.settings)


def _annotate_on_worker(pages: list[Page]) -> list[Document]:
    return get_worker().pipeline_stages.annotate(pages)


def connect(settings: Settings) -> tuple[Client, LocalCluster | None]:
    if settings.scheduler:
        return Client(settings.scheduler), None
    cluster = LocalCluster(n_workers=settings.worker_count, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def annotate_on_dask(settings: Settings, batches: Iterable[list]) -> Iterator[tuple[list, list[Document]]]:
    """Yields (batch, documents) as tasks complete, with at most two batches per worker in flight."""
    client, cluster = connect(settings)
    try:
        client.register_plugin(StagesPlugin(settings), name=PLUGIN_NAME)
        limit = 2 * max(1, len(client.scheduler_info()["workers"]))
        in_flight = as_completed()
        batch_of = {}
        for batch in batches:
            future = client.submit(_annotate_on_worker, pages_of(batch), pure=False)
            batch_of[future] = batch
            in_flight.add(future)
            while in_flight.count() >= limit:
                done = next(in_flight)
                yield batch_of.pop(done), done.result()
        for done in in_flight:
            yield batch_of.pop(done), done.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
