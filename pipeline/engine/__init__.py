"""Engines compose the stages over batches: ``local`` (processes on this machine) or ``dask``."""

from __future__ import annotations

from pipeline.config import ENGINES, Settings
from pipeline.engine.core import RunSummary, Stages, run


def run_engine(settings: Settings, *, force: bool = False, progress: bool = True) -> RunSummary:
    if settings.engine == "dask":
        from pipeline.engine.cluster import DaskEngine

        return run(settings, DaskEngine(settings), force=force, progress=progress)
    from pipeline.engine.local import LocalEngine  # Settings allows only the ENGINES

    return run(settings, LocalEngine(settings), force=force, progress=progress)


__all__ = ["ENGINES", "RunSummary", "Stages", "run", "run_engine"]
