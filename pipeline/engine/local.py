"""The local engine: one process, or a pool of worker processes that each load the models once."""

from __future__ import annotations

import functools
import multiprocessing
import os
import threading
from contextlib import contextmanager
from itertools import chain
from typing import Callable, Iterable, Iterator

from pipeline.config import ONE_THREAD_PER_WORKER, Settings
from pipeline.engine.core import BatchOutcome, BatchWork, Stages


class LocalEngine:
    """This machine: the models in this process (one worker) or in a pool of worker processes,
    started when the first batch arrives and kept for linking, so a run with nothing new to
    annotate loads no models."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._pool = None

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            # Every task has returned by now and each worker wrote and synced its own files, so
            # nothing is lost by stopping the workers instead of letting each tear its models
            # down (about a second).
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, function: Callable, items: list, shared=None) -> list:
        """``function(item, shared)`` for each item, on the worker pool when there is one; each
        worker gets one chunk, so ``shared`` is sent once per worker."""
        if self._pool is None or len(items) < 2:
            return [function(item, shared) for item in items]
        chunk = -(-len(items) // self.settings.worker_count)
        return self._pool.starmap(function, [(item, shared) for item in items], chunksize=chunk)

    def map_reduce(self, function: Callable, items: list, fold: Callable, initial):
        """``function(item)`` for each item, folded into ``initial`` with ``fold`` as each result
        arrives, so that only the running total is held."""
        if self._pool is None or len(items) < 2:
            results = map(function, items)
        else:
            results = self._pool.imap_unordered(function, items)
        return functools.reduce(fold, results, initial)

    def process(self, work: Iterable[BatchWork]) -> Iterator[BatchOutcome]:
        """Processes batches in input order; with several workers each process loads the models
        once and writes its batches' part files, and at most two batches per worker are in
        flight, so memory does not grow with the corpus."""
        work = iter(work)
        first = next(work, None)
        if first is None:
            return
        workers = self.settings.worker_count
        if workers == 1:
            stages = Stages(self.settings)
            for item in chain([first], work):
                yield stages.process(item)
            return
        slots = threading.BoundedSemaphore(2 * workers)

        def feed():
            for item in chain([first], work):
                slots.acquire()
                yield item

        with _environment(ONE_THREAD_PER_WORKER):
            self._pool = multiprocessing.get_context("spawn").Pool(
                workers, initializer=_load_worker_stages, initargs=(self.settings,))
        for outcome in self._pool.imap(_process_in_worker, feed()):
            slots.release()
            yield outcome


@contextmanager
def _environment(variables: dict[str, str]):
    """Sets variables for the processes started inside the block (spawned children inherit them)."""
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


_worker_stages: Stages | None = None


def _load_worker_stages(settings: Settings) -> None:
    global _worker_stages
    _worker_stages = Stages(settings)


def _process_in_worker(work: BatchWork) -> BatchOutcome:
    return _worker_stages.process(work)
