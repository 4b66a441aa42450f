from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.engine import Stages
from pipeline.resources import Resources

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "corpus" / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"

needs_shared_pages = pytest.mark.skipif(
    not (SHARED / "pages").is_dir(),
    reason=f"{SHARED / 'pages'} is absent: the real pages that corpus/gold/pages annotates live there, outside the repo")

# What a run changes in the settings but the models do not depend on.
RUN_ONLY = {"inputs", "output", "batch_size", "workers", "engine", "scheduler", "max_file_bytes", "html_seconds",
            "max_page_chars", "compact_after_parts"}
_loaded: dict[str, Stages] = {}


def loaded_stages(settings) -> Stages:
    """The stages of these model settings, loaded the first time they are asked for in this process."""
    key = repr({setting.name: getattr(settings, setting.name) for setting in fields(settings) if setting.name not in RUN_ONLY})
    if key not in _loaded:
        _loaded[key] = Stages(settings)
    return _loaded[key]


@pytest.fixture(scope="session", autouse=True)
def models_loaded_once_per_session():
    """Runs inside the test process reuse the models an earlier run with the same model settings
    loaded, as one long-lived process would, instead of loading them again (a second or more each).
    Runs in subprocesses, worker pools and Dask worker processes load their own as always."""
    with pytest.MonkeyPatch.context() as patch:
        # raising=True: if the engines stop looking Stages up here, this fails loudly instead of
        # silently loading the models once per run again
        patch.setattr("pipeline.engine.local.Stages", loaded_stages, raising=True)
        patch.setattr("pipeline.engine.cluster.Stages", loaded_stages, raising=True)
        yield


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
    return loaded_stages(settings)


@pytest.fixture(scope="session")
def samples_output(settings, tmp_path_factory):
    """The pipeline run once over corpus/samples (the five seed pages), as `make run` does."""
    from pipeline.engine import run_engine

    out = tmp_path_factory.mktemp("knowledge")
    summary = run_engine(settings.with_overrides(inputs=[str(SAMPLES)], output=str(out), workers=1), progress=False)
    return out, summary
