"""Engines compose the stages over batches: ``local`` (processes on this machine) or ``dask``."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.engine.core import RunSummary, Stages, run

ENGINES = ("local", "dask")


def run_engine(settings: Settings, *, force: bool = False, progress: bool = True) -> RunSummary:
    if settings.engine == "dask":
        from pipeline.engine.cluster import DaskEngine

        return run(settings, DaskEngine(settings), force=force, progress=progress)
    if settings.engine == "local":
        from pipeline.engine.local import LocalEngine

        return run(settings, LocalEngine(settings), force=force, progress=progress)
    raise ValueError(f"unknown engine {settings.engine!r}; choose one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "RunSummary", "Stages", "run", "run_engine"]
