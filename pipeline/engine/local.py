"""The local engine: one process, or a pool of worker processes that each load the models once."""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from typing import Callable, Iterable, Iterator

from pipeline.config import Settings
from pipeline.engine.core import Stages, pages_of
from pipeline.records import Document, Page


class LocalEngine:
    """This machine: the models in this process (one worker) or in a pool of worker processes."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def map(self, function: Callable, items: list, shared=None) -> list:
        return [function(item, shared) for item in items]

    def annotate(self, batches: Iterable[list]) -> Iterator[tuple[list, list[Document]]]:
        """Yields (batch, documents) in input order; with several workers each process loads the
        models once, and at most two batches per worker are in flight, so memory does not grow
        with the corpus."""
        workers = self.settings.worker_count
        if workers == 1:
            stages = Stages(self.settings)
            for batch in batches:
                yield batch, stages.annotate(pages_of(batch))
            return
        slots = threading.BoundedSemaphore(2 * workers)
        in_flight: deque = deque()

        def feed():
            for batch in batches:
                slots.acquire()
                in_flight.append(batch)
                yield pages_of(batch)

        context = multiprocessing.get_context("spawn")
        with context.Pool(workers, initializer=_load_worker_stages, initargs=(self.settings,)) as pool:
            for documents in pool.imap(_annotate_in_worker, feed()):
                batch = in_flight.popleft()
                slots.release()
                yield batch, documents


_worker_stages: Stages | None = None


def _load_worker_stages(settings: Settings) -> None:
    global _worker_stages
    _worker_stages = Stages(settings)


def _annotate_in_worker(pages: list[Page]) -> list[Document]:
    return _worker_stages.annotate(pages)
