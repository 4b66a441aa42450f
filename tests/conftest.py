from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.engine import Stages
from pipeline.resources import Resources

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpus" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def resources(settings):
    """The packaged taxonomy, registry, names and lexicons, read once for the whole session."""
    return Resources.from_settings(settings)


@pytest.fixture(scope="session")
def stages(settings, resources):
    """The real models, loaded once for the whole test session as the pipeline does per process."""
    return Stages(settings, resources)


@pytest.fixture(scope="session")
def samples_output(settings, tmp_path_factory):
    """The pipeline run once over corpus/samples (the five seed pages), as `make run` does."""
    from pipeline.engine import run_engine

    out = tmp_path_factory.mktemp("knowledge")
    summary = run_engine(settings.with_overrides(inputs=[str(SAMPLES)], output=str(out), workers=1), progress=False)
    return out, summary
